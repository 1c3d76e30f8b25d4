using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>A relationship of the graph with all the evidence for it.</summary>
/// <param name="Id">Stable id derived from type, source and target.</param>
/// <param name="Type">One of <see cref="EdgeType"/>.</param>
/// <param name="Source">The id of the source node.</param>
/// <param name="Target">The id of the target node.</param>
public sealed record GraphEdge(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("target")] string Target)
{
    /// <summary>Type-specific properties (count, modes, first/last date, CAMEO/PLOVER codes…), with sorted keys.</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new SortedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Every sentence that supports the edge, in article then offset order.</summary>
    [JsonPropertyName("evidence")]
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Confidence in [0, 1]: the highest confidence of any evidence.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; }
}
