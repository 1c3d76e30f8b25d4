using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>A node of the graph: an entity, meeting or event.</summary>
/// <param name="Id">Stable slug id, e.g. <c>person:ali-shamkhani</c>, <c>country:ir</c>.</param>
/// <param name="Label">One of <see cref="NodeLabel"/>.</param>
/// <param name="Name">The Persian name (or a generated description for meetings and events).</param>
public sealed record GraphNode(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("name")] string Name)
{
    /// <summary>The English name, when known.</summary>
    [JsonPropertyName("nameEn")]
    public string? NameEn { get; init; }

    /// <summary>Other names the entity was found under, sorted.</summary>
    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Label-specific properties (country code, roles, mode, date, kind…), with sorted keys.</summary>
    [JsonPropertyName("properties")]
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new SortedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Where the entity is mentioned, in article then offset order.</summary>
    [JsonPropertyName("mentions")]
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}
