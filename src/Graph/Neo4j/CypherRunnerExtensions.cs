namespace Graph.Neo4j;

/// <summary>Shorthands for running a single statement with an <see cref="ICypherRunner"/>.</summary>
public static class CypherRunnerExtensions
{
    /// <summary>Runs one statement in its own transaction and returns its result.</summary>
    public static async Task<CypherResult> RunAsync(this ICypherRunner runner, CypherStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var results = await runner.RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results.Count > 0 ? results[0] : new CypherResult([], [], CypherStats.None);
    }

    /// <summary>Runs one statement with the given parameters in its own transaction and returns its result.</summary>
    public static Task<CypherResult> RunAsync(
        this ICypherRunner runner,
        string text,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            new CypherStatement(text, parameters ?? new Dictionary<string, object?>(StringComparer.Ordinal)),
            cancellationToken);
}
