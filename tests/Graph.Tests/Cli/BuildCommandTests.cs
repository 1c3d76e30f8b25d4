using System.Net;
using System.Net.Sockets;
using Graph.Cli;
using Graph.Output;
using Graph.Neo4j;
using Graph.Tests.Articles;
using Graph.Tests.Neo4j;

namespace Graph.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_without_a_server_writes_graph_json_and_graph_cypher_and_returns_0()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");

        SkipWhenALiveServerIsConfigured();

        var exitCode = await Program.Main(["build", ArticleTestData.SeedsFolder, "-o", output, "-v", "quiet"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(File.Exists(Path.Combine(output, GraphJsonSink.FileName)));
        var cypher = File.ReadAllText(Path.Combine(output, BuildCommand.CypherFileName));
        Assert.Contains("CREATE CONSTRAINT person_id IF NOT EXISTS", cypher, StringComparison.Ordinal);
        Assert.Contains("person:ali-shamkhani", cypher, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_with_an_unreachable_server_still_writes_the_files_and_returns_2()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        var port = FreePort();
        SkipWhenALiveServerIsConfigured();

        var exitCode = await BuildIntoAsync(output, $"http://127.0.0.1:{port}", "secret");

        Assert.Equal(ExitCodes.InputFailed, exitCode);
        Assert.True(File.Exists(Path.Combine(output, GraphJsonSink.FileName)));
        Assert.True(File.Exists(Path.Combine(output, BuildCommand.CypherFileName)));
    }

    [Fact]
    public async Task Build_creates_the_schema_before_any_data_and_loads_the_graph()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        SkipWhenALiveServerIsConfigured();
        // Every statement succeeds; the data statements' one row says every row was merged.
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult(new RecordedResponse(
            200,
            [("Content-Type", "application/json")],
            """{"results":[{"columns":["merged"],"data":[{"row":[1000000],"meta":[null]}]}],"errors":[]}"""u8.ToArray())));

        var exitCode = await BuildIntoAsync(output, server.Uri.ToString(), "secret");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(File.Exists(Path.Combine(output, GraphJsonSink.FileName)));
        var bodies = server.Requests.Select(r => r.Body).ToList();
        var schema = Neo4jSchema.Statements.Count + 1;
        Assert.True(bodies.Count > schema, $"only {bodies.Count} requests");
        Assert.All(bodies.Take(schema), body => Assert.DoesNotContain("UNWIND", body, StringComparison.Ordinal));
        Assert.Contains(bodies.Skip(schema), body => body.Contains("UNWIND $rows", StringComparison.Ordinal) && body.Contains("person:ali-shamkhani", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_with_a_wrong_password_sends_no_data_and_still_writes_the_files()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        SkipWhenALiveServerIsConfigured();
        await using var server = LoopbackHttpServer.Replaying("05-tx-commit-wrong-password.txt");

        var exitCode = await BuildIntoAsync(output, server.Uri.ToString(), "wrong");

        Assert.Equal(ExitCodes.InputFailed, exitCode);
        Assert.True(File.Exists(Path.Combine(output, BuildCommand.CypherFileName)));
        Assert.Single(server.Requests);
    }

    /// <summary>Runs <c>graph build</c> on the seeds into <paramref name="output"/>, loading into <paramref name="uri"/> with the password in NEO4J_PASSWORD.</summary>
    private static async Task<int> BuildIntoAsync(string output, string uri, string password)
    {
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", password);
        try
        {
            return await Program.Main(["build", ArticleTestData.SeedsFolder, "-o", output, "--neo4j", uri, "-v", "quiet"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", null);
        }
    }

    /// <summary>These tests change NEO4J_* variables or would load into the configured server; the live tests own those.</summary>
    private static void SkipWhenALiveServerIsConfigured()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Assert.Skip("NEO4J_URI is set: the live Neo4j tests run instead of this one.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
