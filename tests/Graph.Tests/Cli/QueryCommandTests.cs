using System.CommandLine;
using System.Text.Json;
using Graph.Cli;
using Graph.Tests.Neo4j;

namespace Graph.Tests.Cli;

public sealed class QueryCommandTests
{
    private static readonly string Queries = Path.Combine(AppContext.BaseDirectory, "Cypher", "queries");

    [Theory]
    [InlineData("limit=10", "limit", 10L)]
    [InlineData("score=0.5", "score", 0.5)]
    [InlineData("flag=true", "flag", true)]
    [InlineData("name=علی شمخانی", "name", "علی شمخانی")]
    [InlineData("id=person:ali-shamkhani", "id", "person:ali-shamkhani")]
    [InlineData("code=\"123\"", "code", "123")]
    [InlineData("$q=a=b", "q", "a=b")]
    [InlineData("empty=", "empty", "")]
    public void A_parameter_value_gets_its_type(string text, string name, object expected)
    {
        Assert.True(QueryCommand.TryParseParameter(text, out var parsedName, out var value, out var error), error);

        Assert.Equal(name, parsedName);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Null_and_JSON_lists_are_read_as_such()
    {
        Assert.True(QueryCommand.TryParseParameter("x=null", out _, out var nothing, out _));
        Assert.True(QueryCommand.TryParseParameter("ids=[\"a\", 2]", out _, out var list, out _));

        Assert.Null(nothing);
        Assert.Equal(new List<object?> { "a", 2L }, list);
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=x")]
    [InlineData("bad name=x")]
    [InlineData("ids=[1,")]
    public void A_malformed_parameter_is_refused(string text) =>
        Assert.False(QueryCommand.TryParseParameter(text, out _, out _, out _));

    [Fact]
    public void Optional_parameters_of_a_query_file_default_to_null()
    {
        var statement = QueryCommand.BuildStatement(null, new FileInfo(Path.Combine(Queries, "who-met-whom.cypher")), [], out var error);

        Assert.Null(error);
        Assert.Equal(["name"], statement!.Parameters.Keys);
        Assert.Null(statement.Parameters["name"]);
        Assert.Contains("MATCH (a:Person)-[r:MET_WITH]-(b:Person)", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_parameter_is_named_with_its_description()
    {
        var statement = QueryCommand.BuildStatement(null, new FileInfo(Path.Combine(Queries, "edge-evidence.cypher")), ["from=شمخانی"], out var error);

        Assert.Null(statement);
        Assert.StartsWith("the query needs --param to=…", error, StringComparison.Ordinal);
        Assert.Contains("to: name, alias", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_statement_loses_its_semicolon_and_needs_its_parameters()
    {
        var ok = QueryCommand.BuildStatement("MATCH (p:Person {name: $name}) RETURN p;  ", null, ["name=علی"], out _);
        var missing = QueryCommand.BuildStatement("RETURN $x", null, [], out var error);

        Assert.Equal("MATCH (p:Person {name: $name}) RETURN p", ok!.Text);
        Assert.Null(missing);
        Assert.Contains("--param x=…", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_one_of_statement_and_file_is_needed()
    {
        Assert.Null(QueryCommand.BuildStatement(null, null, [], out var neither));
        Assert.Null(QueryCommand.BuildStatement("RETURN 1", new FileInfo(Path.Combine(Queries, "who-met-whom.cypher")), [], out var both));

        Assert.NotNull(neither);
        Assert.Equal(neither, both);
    }

    [Fact]
    public async Task A_query_file_runs_against_the_server_and_prints_a_table_with_Persian_text()
    {
        await using var server = LoopbackHttpServer.Replaying("22-read-back-persian.txt");
        var output = new StringWriter();

        var exit = await Program.CreateRootCommand()
            .Parse(["query", "--file", Path.Combine(Queries, "who-met-whom.cypher"), "--param", "name=علی شمخانی", "--neo4j", server.Uri.ToString()])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("person:ali-shamkhani  | علی شمخانی", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("(2 rows)" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
        using var request = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var statement = request.RootElement.GetProperty("statements")[0];
        Assert.Equal("علی شمخانی", statement.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Contains("who met whom", statement.GetProperty("statement").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task JSON_output_is_machine_readable()
    {
        await using var server = LoopbackHttpServer.Replaying("21-fulltext-query.txt");
        var output = new StringWriter();

        var exit = await Program.CreateRootCommand()
            .Parse(["query", "--file", Path.Combine(Queries, "search-name.cypher"), "-p", "q=شمخانی", "--format", "json", "--neo4j", server.Uri.ToString()])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("علی شمخانی", json.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_Cypher_error_fails_with_exit_code_2_and_prints_nothing()
    {
        await using var server = LoopbackHttpServer.Replaying("04-tx-commit-bad-cypher.txt");
        var output = new StringWriter();

        var exit = await Program.CreateRootCommand()
            .Parse(["query", "RETURN 1 AS", "--neo4j", server.Uri.ToString()])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Empty(output.ToString());
    }
}
