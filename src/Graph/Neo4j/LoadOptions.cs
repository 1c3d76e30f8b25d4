namespace Graph.Neo4j;

/// <summary>How <see cref="GraphLoader"/> loads a graph.</summary>
public sealed record LoadOptions
{
    /// <summary>The default number of rows per batch.</summary>
    /// <remarks>A guess that keeps requests around a megabyte with evidence sentences; confirm it by measurement on a live server.</remarks>
    public const int DefaultBatchSize = 1000;

    /// <summary>The defaults.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Rows per batch; each batch is one statement in one transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Whether to create the constraints and indexes first (each in a transaction of its own).</summary>
    public bool CreateSchema { get; init; } = true;

    /// <summary>Whether to leave out articles already loaded (the default); when false they are loaded again, which changes nothing but costs time.</summary>
    public bool SkipLoadedArticles { get; init; } = true;
}
