namespace Graph.Neo4j;

/// <summary>What a load did: what was sent, what the server created, and the error that stopped it, if any.</summary>
public sealed record LoadSummary
{
    /// <summary>Articles loaded by this run.</summary>
    public int ArticlesLoaded { get; init; }

    /// <summary>Ids of the articles that were already in the database and were left out.</summary>
    public IReadOnlyList<string> ArticlesSkipped { get; init; } = [];

    /// <summary>Node rows sent (entities, meetings, events and articles).</summary>
    public int NodesSent { get; init; }

    /// <summary>Relationship rows sent (graph edges and article links).</summary>
    public int RelationshipsSent { get; init; }

    /// <summary>Relationship rows the server merged (fewer than sent when a node was missing).</summary>
    public int RelationshipsMerged { get; init; }

    /// <summary>Evidence items added to relationships (items already present are not added again).</summary>
    public long EvidenceAdded { get; init; }

    /// <summary>The server's counts summed over every committed batch (nodes and relationships created, properties set…).</summary>
    public CypherStats Stats { get; init; } = CypherStats.None;

    /// <summary>Schema statements run.</summary>
    public int SchemaStatements { get; init; }

    /// <summary>Batches committed.</summary>
    public int BatchesSucceeded { get; init; }

    /// <summary>Batches that failed and were rolled back (0 or 1: the load stops at the first).</summary>
    public int BatchesFailed { get; init; }

    /// <summary>Batches not attempted because the load stopped.</summary>
    public int BatchesNotRun { get; init; }

    /// <summary>The step that failed, when one did.</summary>
    public string? FailedStep { get; init; }

    /// <summary>The failure that stopped the load, when one did.</summary>
    public Neo4jException? Error { get; init; }

    /// <summary>What was left out of the load and why.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>How long the load took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether everything was loaded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Relationship rows merged per second of the whole load.</summary>
    public double RelationshipsPerSecond => Elapsed > TimeSpan.Zero ? RelationshipsMerged / Elapsed.TotalSeconds : 0;
}
