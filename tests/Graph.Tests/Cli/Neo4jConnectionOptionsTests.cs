using System.CommandLine;
using Graph.Cli;

namespace Graph.Tests.Cli;

public sealed class Neo4jConnectionOptionsTests
{
    private static (Neo4jConnectionOptions Options, ParseResult Result) Parse(params string[] args)
    {
        var options = new Neo4jConnectionOptions();
        var command = new RootCommand();
        options.AddTo(command);
        return (options, command.Parse(args));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_address_and_user_come_from_the_environment_when_not_given()
    {
        var (options, result) = Parse();

        var settings = options.Resolve(result, Environment(("NEO4J_URI", "http://db:7474"), ("NEO4J_USER", "reader"), ("NEO4J_PASSWORD", "pw")), _ => throw new InvalidOperationException("no prompt"), out var error);

        Assert.Null(error);
        Assert.Equal(new Uri("http://db:7474"), settings!.Uri);
        Assert.Equal("reader", settings.User);
        Assert.Equal("pw", settings.Password);
        Assert.Equal("neo4j", settings.Database);
    }

    [Fact]
    public void Options_win_over_the_environment()
    {
        var (options, result) = Parse("--neo4j", "http://localhost:7474", "--user", "admin", "--database", "news");

        var settings = options.Resolve(result, Environment(("NEO4J_URI", "http://db:7474"), ("NEO4J_USER", "reader"), ("NEO4J_PASSWORD", "pw")), null, out _);

        Assert.Equal(new Uri("http://localhost:7474"), settings!.Uri);
        Assert.Equal("admin", settings.User);
        Assert.Equal("news", settings.Database);
    }

    [Fact]
    public void Without_NEO4J_PASSWORD_the_password_is_asked_for_the_user()
    {
        var (options, result) = Parse("--neo4j", "http://localhost:7474");
        string? askedFor = null;

        var settings = options.Resolve(result, Environment(), user => { askedFor = user; return "typed"; }, out _);

        Assert.Equal("neo4j", askedFor);
        Assert.Equal("typed", settings!.Password);
    }

    [Fact]
    public void No_address_at_all_is_explained()
    {
        var (options, result) = Parse();

        Assert.Null(options.Resolve(result, Environment(), _ => null, out var error));
        Assert.Equal("no Neo4j address: give --neo4j http://localhost:7474 or set NEO4J_URI.", error);
    }

    [Theory]
    [InlineData("load", "graph.json")]
    [InlineData("query", "RETURN 1")]
    [InlineData("schema")]
    public void No_command_takes_a_password_on_the_command_line(params string[] args)
    {
        var result = Graph.Cli.Program.CreateRootCommand().Parse([.. args, "--password", "secret"]);

        Assert.NotEmpty(result.Errors);
        Assert.DoesNotContain(result.CommandResult.Command.Options, o => o.Name.Contains("password", StringComparison.OrdinalIgnoreCase));
    }
}
