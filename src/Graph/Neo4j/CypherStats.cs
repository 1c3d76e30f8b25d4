namespace Graph.Neo4j;

/// <summary>What a statement (or a sum of statements) changed in the database, as the server counts it.</summary>
public sealed record CypherStats
{
    /// <summary>No change.</summary>
    public static CypherStats None { get; } = new();

    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Property writes (the server counts every write, also of an unchanged value).</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Labels added to nodes.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Labels removed from nodes.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Indexes created.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Indexes dropped.</summary>
    public long IndexesRemoved { get; init; }

    /// <summary>Constraints created.</summary>
    public long ConstraintsAdded { get; init; }

    /// <summary>Constraints dropped.</summary>
    public long ConstraintsRemoved { get; init; }

    /// <summary>Whether the statement changed anything.</summary>
    public bool ContainsUpdates { get; init; }

    /// <summary>Adds two sets of counts.</summary>
    public static CypherStats operator +(CypherStats left, CypherStats right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new CypherStats
        {
            NodesCreated = left.NodesCreated + right.NodesCreated,
            NodesDeleted = left.NodesDeleted + right.NodesDeleted,
            RelationshipsCreated = left.RelationshipsCreated + right.RelationshipsCreated,
            RelationshipsDeleted = left.RelationshipsDeleted + right.RelationshipsDeleted,
            PropertiesSet = left.PropertiesSet + right.PropertiesSet,
            LabelsAdded = left.LabelsAdded + right.LabelsAdded,
            LabelsRemoved = left.LabelsRemoved + right.LabelsRemoved,
            IndexesAdded = left.IndexesAdded + right.IndexesAdded,
            IndexesRemoved = left.IndexesRemoved + right.IndexesRemoved,
            ConstraintsAdded = left.ConstraintsAdded + right.ConstraintsAdded,
            ConstraintsRemoved = left.ConstraintsRemoved + right.ConstraintsRemoved,
            ContainsUpdates = left.ContainsUpdates || right.ContainsUpdates,
        };
    }

    /// <summary>Adds two sets of counts (the named form of <c>+</c>).</summary>
    public static CypherStats Add(CypherStats left, CypherStats right) => left + right;
}
