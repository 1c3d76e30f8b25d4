using System.CommandLine;
using System.Text;
using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>
/// The <c>--neo4j</c>, <c>--database</c> and <c>--user</c> options of the commands that talk to Neo4j, and how they
/// become <see cref="Neo4jConnectionSettings"/>: URI from the option or <c>NEO4J_URI</c>, user from the option or
/// <c>NEO4J_USER</c>, password only from <c>NEO4J_PASSWORD</c> or a prompt on a terminal (never from the command line).
/// </summary>
internal sealed class Neo4jConnectionOptions
{
    /// <summary>The environment variable with the server address.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The environment variable with the user name.</summary>
    public const string UserVariable = "NEO4J_USER";

    /// <summary>The environment variable with the password.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>Help text on the connection that commands append to their description.</summary>
    public const string HelpText =
        "The password is read from NEO4J_PASSWORD, or asked for when standard input is a terminal; it is never a command-line option. " +
        "Exit codes: 0 done, 1 usage error, 2 Neo4j could not be reached or refused the work (authentication, database, Cypher error, failed batch).";

    /// <summary>The <c>--neo4j</c> option: the HTTP address of Neo4j.</summary>
    public Option<string?> Uri { get; } = new("--neo4j")
    {
        Description = $"The HTTP address of Neo4j, e.g. http://localhost:7474 (default: ${UriVariable}).",
        HelpName = "URI",
    };

    /// <summary>The <c>--database</c> option.</summary>
    public Option<string> Database { get; } = new("--database")
    {
        Description = "The database name.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Neo4jConnectionSettings.DefaultDatabase,
    };

    /// <summary>The <c>--user</c> option.</summary>
    public Option<string?> User { get; } = new("--user")
    {
        Description = $"The user name (default: ${UserVariable}, else neo4j).",
        HelpName = "NAME",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(Database);
        command.Options.Add(User);
    }

    /// <summary>Whether a server address was given, by option or environment.</summary>
    public bool IsGiven(ParseResult parseResult, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return !string.IsNullOrWhiteSpace(parseResult.GetValue(Uri) ?? environment(UriVariable));
    }

    /// <summary>Builds the connection settings, or explains in one line why it cannot.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="environment">Reads environment variables (tests pass their own).</param>
    /// <param name="readPassword">Asks for the password on a terminal; null to use the console when stdin is a terminal.</param>
    /// <param name="error">Why no settings could be built.</param>
    public Neo4jConnectionSettings? Resolve(
        ParseResult parseResult,
        Func<string, string?>? environment,
        Func<string, string?>? readPassword,
        out string? error)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var uriText = parseResult.GetValue(Uri) ?? environment(UriVariable);
        if (string.IsNullOrWhiteSpace(uriText))
        {
            error = $"no Neo4j address: give --neo4j http://localhost:7474 or set {UriVariable}.";
            return null;
        }

        Uri uri;
        try
        {
            uri = Neo4jConnectionSettings.ParseUri(uriText);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }

        var user = parseResult.GetValue(User) ?? NonEmpty(environment(UserVariable)) ?? Neo4jConnectionSettings.DefaultUser;
        var password = NonEmpty(environment(PasswordVariable));
        if (password is null)
        {
            readPassword ??= ReadPasswordFromTerminal;
            password = readPassword(user);
        }

        error = null;
        return new Neo4jConnectionSettings(uri, parseResult.GetValue(Database) ?? Neo4jConnectionSettings.DefaultDatabase, user, password);
    }

    /// <summary>Asks for the password on the terminal without echo; null when standard input is not a terminal.</summary>
    public static string? ReadPasswordFromTerminal(string user)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        Console.Error.Write($"Neo4j password for {user}: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.Length == 0 ? null : password.ToString();
    }

    /// <summary>Creates a client that logs each retry as a warning.</summary>
    public static Neo4jHttpClient CreateClient(Neo4jConnectionSettings settings) =>
        new(settings, Neo4jClientOptions.Default with
        {
            OnRetry = (attempt, delay, failure) =>
                Serilog.Log.Warning("{Failure} (attempt {Attempt}; retrying in {Delay:0.0} s)", failure.Message, attempt, delay.TotalSeconds),
        });

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
