namespace Graph.Model;

/// <summary>The labels a graph node can have; the same names are used as Neo4j labels.</summary>
public static class NodeLabel
{
    /// <summary>A person.</summary>
    public const string Person = "Person";

    /// <summary>A country (ISO 3166).</summary>
    public const string Country = "Country";

    /// <summary>A city, province or region.</summary>
    public const string Place = "Place";

    /// <summary>A government body, international body, party or armed group.</summary>
    public const string Organization = "Organization";

    /// <summary>A meeting, phone call or summit.</summary>
    public const string Meeting = "Meeting";

    /// <summary>An attack, sanctions, vote, deployment or other event.</summary>
    public const string Event = "Event";

    /// <summary>A news article.</summary>
    public const string Article = "Article";

    /// <summary>All node labels, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Country, Place, Organization, Meeting, Event, Article];

    /// <summary>The labels of named entities (the ones with names and aliases).</summary>
    public static IReadOnlyList<string> Entities { get; } = [Person, Country, Place, Organization];
}
