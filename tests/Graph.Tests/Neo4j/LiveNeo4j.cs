using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>
/// A connection to the real server named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE), for the
/// live tests; they are skipped when NEO4J_URI is not set. Every node a test creates has an id starting with
/// <see cref="Prefix"/>, and <see cref="DisposeAsync"/> deletes them all.
/// </summary>
internal sealed class LiveNeo4j : IAsyncDisposable
{
    private LiveNeo4j(Neo4jConnectionSettings settings)
    {
        Settings = settings;
        Client = new Neo4jHttpClient(settings, new Neo4jClientOptions { RequestTimeout = TimeSpan.FromMinutes(5) });
    }

    public Neo4jConnectionSettings Settings { get; }

    public Neo4jHttpClient Client { get; }

    public string Prefix { get; } = $"test-{Guid.NewGuid():N}:";

    public static LiveNeo4j Connect()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Skip("NEO4J_URI is not set: the live Neo4j tests need a server (docker compose up -d; NEO4J_URI=http://localhost:7474 NEO4J_PASSWORD=...).");
        }

        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        var user = Environment.GetEnvironmentVariable("NEO4J_USER");
        return new LiveNeo4j(new Neo4jConnectionSettings(
            Neo4jConnectionSettings.ParseUri(uri),
            string.IsNullOrEmpty(database) ? Neo4jConnectionSettings.DefaultDatabase : database,
            string.IsNullOrEmpty(user) ? Neo4jConnectionSettings.DefaultUser : user,
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD")));
    }

    public SampleGraphs Samples => new(Prefix);

    public Task<LoadSummary> LoadAsync(GraphDocument graph, LoadOptions? options = null) =>
        new GraphLoader(Client).LoadAsync(graph, options, null, TestContext.Current.CancellationToken);

    public async Task<CypherResult> RunAsync(string cypher, params (string Name, object? Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return await Client.RunAsync(cypher, values, TestContext.Current.CancellationToken);
    }

    public async Task<long> CountNodesAsync(string label, string? prefix = null)
    {
        Assert.Contains(label, NodeLabel.All);
        var result = await RunAsync($"MATCH (n:{label}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS c", ("prefix", prefix ?? Prefix));
        return (long)result.Value(0, "c")!;
    }

    public async Task<long> CountRelationshipsAsync(string type, string? prefix = null)
    {
        Assert.Contains(type, EdgeType.All);
        var result = await RunAsync($"MATCH (s)-[r:{type}]->() WHERE s.id STARTS WITH $prefix RETURN count(r) AS c", ("prefix", prefix ?? Prefix));
        return (long)result.Value(0, "c")!;
    }

    public async Task<long> CountEvidenceAsync(string? prefix = null)
    {
        var result = await RunAsync(
            "MATCH (s)-[r]->() WHERE s.id STARTS WITH $prefix AND r.evidenceKeys IS NOT NULL RETURN sum(size(r.evidenceKeys)) AS c",
            ("prefix", prefix ?? Prefix));
        return result.Value(0, "c") as long? ?? 0;
    }

    /// <summary>Counts per label and per relationship type, and the evidence items, under a prefix.</summary>
    public async Task<SortedDictionary<string, long>> CountAllAsync(string? prefix = null)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in NodeLabel.All)
        {
            counts[label] = await CountNodesAsync(label, prefix);
        }

        foreach (var type in EdgeType.All)
        {
            counts[type] = await CountRelationshipsAsync(type, prefix);
        }

        counts["evidence"] = await CountEvidenceAsync(prefix);
        return counts;
    }

    public async Task<CypherResult> RunQueryFileAsync(string name, params (string Name, object? Value)[] parameters)
    {
        var query = CypherQueryFile.Load(Path.Combine(AppContext.BaseDirectory, "Cypher", "queries", name));
        var values = query.Parameters.ToDictionary(p => p.Name, p => (object?)null, StringComparer.Ordinal);
        foreach (var (parameter, value) in parameters)
        {
            Assert.True(values.ContainsKey(parameter), $"{name} does not declare ${parameter}");
            values[parameter] = value;
        }

        return await Client.RunAsync(query.Text, values, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await DeleteAsync(Prefix);
        Client.Dispose();
    }

    public async Task DeleteAsync(string prefix)
    {
        while (true)
        {
            var result = await Client.RunAsync(
                "MATCH (n) WHERE n.id STARTS WITH $prefix WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted",
                new Dictionary<string, object?> { ["prefix"] = prefix },
                CancellationToken.None);
            if ((long)result.Value(0, "deleted")! == 0)
            {
                return;
            }
        }
    }
}
