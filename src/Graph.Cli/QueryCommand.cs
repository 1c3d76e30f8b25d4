using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Neo4j;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph query</c> command: runs a Cypher query (text or file) and prints the result.</summary>
internal static partial class QueryCommand
{
    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var text = new Argument<string?>("CYPHER")
        {
            Description = "The Cypher statement (or use --file).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<FileInfo>("--file", "-f")
        {
            Description = "A .cypher file to run, e.g. cypher/queries/who-met-whom.cypher; its header declares its parameters.",
            HelpName = "FILE",
        }.AcceptExistingOnly();
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as name=value (repeatable). Numbers, true, false and null are typed; JSON lists and objects are read as such; anything else is a string (write \"123\" for a string of digits).",
            HelpName = "NAME=VALUE",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => [],
        };
        var format = new Option<QueryOutputFormat>("--format")
        {
            Description = "How to print the result on standard output: table (for people), json or csv.",
            DefaultValueFactory = _ => QueryOutputFormat.Table,
        };
        var connection = new Neo4jConnectionOptions();
        var command = new Command(
            "query",
            "Runs a Cypher query against Neo4j and prints the result: an aligned table by default, JSON or CSV for programs. " +
            "Parameters a query file declares as optional and that are not given are sent as null.\n" + Neo4jConnectionOptions.HelpText + "\n\n" +
            "Examples:\n" +
            "  graph query \"MATCH (p:Person) RETURN p.name AS name LIMIT 10\" --neo4j http://localhost:7474\n" +
            "  graph query --file cypher/queries/who-met-whom.cypher --param name=\"علی شمخانی\"\n" +
            "  graph query --file cypher/queries/edge-evidence.cypher -p from=شمخانی -p to=لاورنتیف --format json\n" +
            "  graph query --file cypher/queries/most-connected-people.cypher -p limit=10 --format csv > people.csv")
        {
            text,
            file,
            parameters,
            format,
        };
        connection.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var statement = BuildStatement(parseResult.GetValue(text), parseResult.GetValue(file), parseResult.GetValue(parameters) ?? [], out var error);
            if (statement is null)
            {
                Log.Error("{Error}", error);
                return ExitCodes.UsageError;
            }

            var settings = connection.Resolve(parseResult, null, null, out error);
            if (settings is null)
            {
                Log.Error("{Error}", error);
                return ExitCodes.UsageError;
            }

            using var client = Neo4jConnectionOptions.CreateClient(settings);
            CypherResult result;
            try
            {
                result = await client.RunAsync(statement, cancellationToken);
            }
            catch (Neo4jException e)
            {
                Log.Error("{Error}", e.Message);
                return ExitCodes.InputFailed;
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (OperatingSystem.IsWindows() && ReferenceEquals(output, Console.Out))
            {
                // Windows consoles default to a code page that cannot show Persian; Console.Out is replaced when the encoding changes.
                Console.OutputEncoding = new System.Text.UTF8Encoding(false);
                output = Console.Out;
            }

            Write(result, parseResult.GetValue(format), output);
            Log.Debug("{Rows} rows; {Stats}", result.Rows.Count, result.Stats);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes a result in a format.</summary>
    public static void Write(CypherResult result, QueryOutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case QueryOutputFormat.Json:
                CypherResultWriter.WriteJson(result, output);
                break;
            case QueryOutputFormat.Csv:
                CypherResultWriter.WriteCsv(result, output);
                break;
            default:
                CypherResultWriter.WriteTable(result, output);
                break;
        }
    }

    /// <summary>Builds the statement from the text or the file and the <c>name=value</c> parameters; null with a reason when it cannot.</summary>
    public static CypherStatement? BuildStatement(string? text, FileInfo? file, IReadOnlyList<string> parameterTexts, out string? error)
    {
        if (string.IsNullOrWhiteSpace(text) == (file is null))
        {
            error = "give either a Cypher statement or --file FILE (one of them).";
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameterText in parameterTexts)
        {
            if (!TryParseParameter(parameterText, out var name, out var value, out error))
            {
                return null;
            }

            values[name] = value;
        }

        string cypher;
        IReadOnlyList<CypherQueryParameter> declared;
        if (file is not null)
        {
            var query = CypherQueryFile.Load(file.FullName);
            cypher = query.Text;
            declared = query.Parameters;
            Log.Debug("{File}: {Description}", file.Name, query.Description);
        }
        else
        {
            cypher = CypherQueryFile.StripTerminator(text!);
            declared = [];
        }

        var used = CypherQueryFile.FindParameters(cypher);
        var missing = new List<string>();
        foreach (var name in used.Where(n => !values.ContainsKey(n)))
        {
            if (declared.FirstOrDefault(p => p.Name == name) is { IsOptional: true })
            {
                values[name] = null;
            }
            else
            {
                missing.Add(name);
            }
        }

        if (missing.Count > 0)
        {
            var help = string.Join(" ", missing.Select(n => $"--param {n}=…"));
            var described = string.Join("; ", declared.Where(p => missing.Contains(p.Name)).Select(p => $"{p.Name}: {p.Description.TrimEnd('.')}"));
            error = $"the query needs {help}{(described.Length > 0 ? " (" + described + ")" : string.Empty)}";
            return null;
        }

        foreach (var unused in values.Keys.Where(k => !used.Contains(k)))
        {
            Log.Warning("the query does not use parameter {Name}", unused);
        }

        error = null;
        return new CypherStatement(cypher, values);
    }

    /// <summary>Reads <c>name=value</c>: null, true, false, integers and decimals typed; JSON lists, objects and quoted strings read as JSON; anything else a string.</summary>
    public static bool TryParseParameter(string text, out string name, out object? value, out string? error)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        name = equals > 0 ? text[..equals].Trim().TrimStart('$') : string.Empty;
        value = null;
        if (!ParameterName().IsMatch(name))
        {
            error = $"'{text}' is not a parameter: write name=value.";
            return false;
        }

        var raw = text[(equals + 1)..];
        error = null;
        if (raw == "null")
        {
            value = null;
        }
        else if (raw is "true" or "false")
        {
            value = raw == "true";
        }
        else if (IntegerValue().IsMatch(raw) && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
        }
        else if (DecimalValue().IsMatch(raw) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }
        else if (raw.Length > 0 && raw[0] is '[' or '{' or '"')
        {
            try
            {
                using var json = JsonDocument.Parse(raw);
                value = Neo4jResponseValue(json.RootElement);
            }
            catch (JsonException e)
            {
                error = $"parameter {name}: '{raw}' is not valid JSON ({e.Message})";
                return false;
            }
        }
        else
        {
            value = raw;
        }

        return true;
    }

    private static object? Neo4jResponseValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Neo4jResponseValue).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Neo4jResponseValue(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerValue();

    [GeneratedRegex(@"^-?[0-9]+\.[0-9]+([eE][-+]?[0-9]+)?$")]
    private static partial Regex DecimalValue();
}
