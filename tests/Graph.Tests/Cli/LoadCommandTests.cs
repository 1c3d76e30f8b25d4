using System.CommandLine;
using System.Text.Json;
using Graph.Cli;
using Graph.Neo4j;
using Graph.Tests.Neo4j;

namespace Graph.Tests.Cli;

public sealed class LoadCommandTests
{
    [Fact]
    public async Task Loading_into_a_server_that_is_not_running_fails_with_exit_code_2()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("graph-load-").FullName, "graph.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new SampleGraphs().FirstSet()), TestContext.Current.CancellationToken);

        var exit = await Program.CreateRootCommand()
            .Parse(["load", file, "--neo4j", $"http://127.0.0.1:{LoopbackHttpServer.FreePort()}"])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InputFailed, exit);
    }

    [Fact]
    public async Task A_graph_json_round_trips_into_the_loader()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("graph-load-").FullName, "graph.json");
        var graph = new SampleGraphs().FirstSet();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(graph), TestContext.Current.CancellationToken);
        await using var server = LoopbackHttpServer.Start(request => Task.FromResult(Answer(request)));

        var exit = await Program.CreateRootCommand()
            .Parse(["load", file, "--neo4j", server.Uri.ToString(), "--batch-size", "5"])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() }, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, exit);
        var bodies = server.Requests.Select(r => JsonDocument.Parse(r.Body)).ToList();
        var people = bodies.Select(b => b.RootElement.GetProperty("statements")[0])
            .Where(s => s.GetProperty("statement").GetString()!.Contains("MERGE (n:Person", StringComparison.Ordinal))
            .SelectMany(s => s.GetProperty("parameters").GetProperty("rows").EnumerateArray())
            .Select(r => r.GetProperty("properties").GetProperty("name").GetString())
            .ToList();
        Assert.Equal(graph.Nodes.Where(n => n.Label == "Person").Select(n => n.Name), people);
        bodies.ForEach(b => b.Dispose());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void A_batch_size_below_one_is_a_usage_error(string size) =>
        Assert.NotEmpty(Program.CreateRootCommand().Parse(["load", typeof(LoadCommandTests).Assembly.Location, "--batch-size", size]).Errors);

    [Fact]
    public void The_summary_names_the_failed_step_the_error_and_the_attempts()
    {
        var error = new Neo4jStatementException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        typeof(Neo4jException).GetProperty(nameof(Neo4jException.Attempts))!.SetValue(error, 5);
        var summary = new LoadSummary
        {
            ArticlesSkipped = ["article:1"],
            BatchesSucceeded = 4,
            BatchesFailed = 1,
            BatchesNotRun = 7,
            FailedStep = "MET_WITH Person→Person",
            Error = error,
            Stats = new CypherStats { NodesCreated = 12, RelationshipsCreated = 3 },
        };

        var lines = LoadCommand.Describe(summary);

        Assert.Equal("1 articles already in the database, skipped: article:1", lines[0]);
        Assert.StartsWith("partly loaded: 0 new articles; nodes 0 sent, 12 created; relationships 0 sent, 0 merged, 3 created", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("batches: 4 committed, 1 failed, 7 not run", lines[2], StringComparison.Ordinal);
        Assert.Equal("failed at MET_WITH Person→Person: Neo.TransientError.Transaction.DeadlockDetected: deadlock (after 5 attempts)", lines[3]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_graph_is_reported_and_not_loaded()
    {
        var file = new FileInfo(Path.Combine(Directory.CreateTempSubdirectory("graph-load-").FullName, "graph.json"));
        await File.WriteAllTextAsync(file.FullName, "{ not json", TestContext.Current.CancellationToken);

        Assert.Null(await LoadCommand.ReadGraphAsync(file, TestContext.Current.CancellationToken));
    }

    private static RecordedResponse Answer(ReceivedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var statement = body.RootElement.GetProperty("statements")[0];
        var rows = statement.GetProperty("parameters").TryGetProperty("rows", out var r) ? r.GetArrayLength() : 0;
        var json = statement.GetProperty("parameters").TryGetProperty("ids", out _)
            ? """{"results":[{"columns":["id"],"data":[]}],"errors":[]}"""
            : """{"results":[{"columns":["merged","evidenceAdded"],"data":[{"row":[ROWS,0],"meta":[null,null]}],"stats":{"nodes_created":ROWS}}],"errors":[]}"""
                .Replace("ROWS", rows.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new RecordedResponse(200, [("Content-Type", "application/json")], System.Text.Encoding.UTF8.GetBytes(json));
    }
}
