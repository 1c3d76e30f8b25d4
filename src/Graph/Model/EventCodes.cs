namespace Graph.Model;

/// <summary>The CAMEO and PLOVER codes of each relationship type, so the graph can be joined with event datasets.</summary>
public static class EventCodes
{
    private static readonly Dictionary<string, (string Cameo, string Plover)> Codes = new(StringComparer.Ordinal)
    {
        [EdgeType.MetWith] = ("040", "CONSULT"),
        [EdgeType.Visited] = ("042", "CONSULT"),
        [EdgeType.Condemned] = ("111", "ACCUSE"),
        [EdgeType.Supported] = ("051", "SUPPORT"),
        [EdgeType.Sanctioned] = ("163", "SANCTION"),
        [EdgeType.Attacked] = ("190", "ASSAULT"),
    };

    /// <summary>The default CAMEO code of a relationship type, or null when it is not an event type.</summary>
    public static string? Cameo(string edgeType) => Codes.TryGetValue(edgeType, out var c) ? c.Cameo : null;

    /// <summary>The PLOVER event type of a relationship type, or null when it is not an event type.</summary>
    public static string? Plover(string edgeType) => Codes.TryGetValue(edgeType, out var c) ? c.Plover : null;
}
