namespace Graph.Model;

/// <summary>The relationship types of the graph; the same names are used as Neo4j relationship types.</summary>
public static class EdgeType
{
    /// <summary>Person met Person (aggregated over meetings).</summary>
    public const string MetWith = "MET_WITH";

    /// <summary>Person or Country took part in a Meeting.</summary>
    public const string ParticipatedIn = "PARTICIPATED_IN";

    /// <summary>Meeting or Event took place in a Place.</summary>
    public const string HeldIn = "HELD_IN";

    /// <summary>Speaker condemned a target.</summary>
    public const string Condemned = "CONDEMNED";

    /// <summary>Speaker supported a target.</summary>
    public const string Supported = "SUPPORTED";

    /// <summary>Actor attacked a target.</summary>
    public const string Attacked = "ATTACKED";

    /// <summary>Actor sanctioned a target.</summary>
    public const string Sanctioned = "SANCTIONED";

    /// <summary>Person visited a Place or Country.</summary>
    public const string Visited = "VISITED";

    /// <summary>Person holds a role in a Country or Organization.</summary>
    public const string HoldsRole = "HOLDS_ROLE";

    /// <summary>Entity is a member of an Organization.</summary>
    public const string MemberOf = "MEMBER_OF";

    /// <summary>Place is located in a Country.</summary>
    public const string LocatedIn = "LOCATED_IN";

    /// <summary>Article mentions an entity.</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>Article reports a Meeting or Event.</summary>
    public const string Reported = "REPORTED";

    /// <summary>Event or condemned act is linked to the Event node it concerns.</summary>
    public const string Concerns = "CONCERNS";

    /// <summary>All relationship types, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MetWith, ParticipatedIn, HeldIn, Condemned, Supported, Attacked, Sanctioned, Visited, HoldsRole, MemberOf, LocatedIn, Mentions, Reported, Concerns];
}
