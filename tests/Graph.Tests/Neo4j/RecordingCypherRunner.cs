using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

/// <summary>
/// A fake <see cref="ICypherRunner"/> that records every request and answers like a server would: data statements
/// merge all their rows, the loaded-articles query finds the ids in <see cref="LoadedArticles"/>.
/// </summary>
internal sealed class RecordingCypherRunner : ICypherRunner
{
    public List<IReadOnlyList<CypherStatement>> Requests { get; } = [];

    public HashSet<string> LoadedArticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Throws this exception for the request with this 0-based index.</summary>
    public (int Request, Neo4jException Error)? Failure { get; set; }

    /// <summary>How many rows of each data request the fake server merges (all when null).</summary>
    public Func<int, int>? Merged { get; set; }

    public IEnumerable<CypherStatement> Statements => Requests.SelectMany(r => r);

    public IEnumerable<CypherStatement> DataStatements => Statements.Where(s => s.Parameters.ContainsKey("rows"));

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var index = Requests.Count;
        Requests.Add(statements);
        if (Failure is { } failure && failure.Request == index)
        {
            throw failure.Error;
        }

        return Task.FromResult<IReadOnlyList<CypherResult>>(statements.Select(Answer).ToList());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(CypherStatement statement) =>
        ((IEnumerable<IReadOnlyDictionary<string, object?>>)statement.Parameters["rows"]!).ToList();

    private CypherResult Answer(CypherStatement statement)
    {
        if (statement.Parameters.TryGetValue("ids", out var ids))
        {
            var found = ((IEnumerable<string>)ids!).Where(LoadedArticles.Contains).Select(id => (IReadOnlyList<object?>)[id]).ToList();
            return new CypherResult(["id"], found, CypherStats.None);
        }

        if (!statement.Parameters.ContainsKey("rows"))
        {
            return new CypherResult([], [], CypherStats.None);
        }

        var rows = Rows(statement);
        var merged = Merged?.Invoke(rows.Count) ?? rows.Count;
        var evidence = rows.Sum(r => r.TryGetValue("evidence", out var e) ? ((IEnumerable<IReadOnlyDictionary<string, object?>>)e!).Count() : 0);
        var isNodes = statement.Text.Contains("MERGE (n:", StringComparison.Ordinal) || statement.Text.Contains("MERGE (a:Article", StringComparison.Ordinal);
        var stats = isNodes ? new CypherStats { NodesCreated = rows.Count, PropertiesSet = rows.Count } : new CypherStats { RelationshipsCreated = merged };
        return statement.Text.Contains("evidenceAdded", StringComparison.Ordinal)
            ? new CypherResult(["merged", "evidenceAdded"], [[(long)merged, (long)evidence]], stats)
            : new CypherResult(["merged"], [[(long)merged]], stats);
    }
}
