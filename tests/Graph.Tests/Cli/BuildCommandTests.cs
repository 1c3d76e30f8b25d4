using System.Net;
using System.Net.Sockets;
using Graph.Cli;
using Graph.Output;
using Graph.Tests.Articles;

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
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", "secret");
        try
        {
            var exitCode = await Program.Main(["build", ArticleTestData.SeedsFolder, "-o", output, "--neo4j", $"http://127.0.0.1:{port}", "-v", "quiet"]);

            Assert.Equal(ExitCodes.InputFailed, exitCode);
            Assert.True(File.Exists(Path.Combine(output, GraphJsonSink.FileName)));
            Assert.True(File.Exists(Path.Combine(output, BuildCommand.CypherFileName)));
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
