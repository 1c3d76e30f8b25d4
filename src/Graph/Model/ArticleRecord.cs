using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>An article as it appears in the graph: where it came from and its metadata.</summary>
/// <param name="Id">The stable content id (a hash of the normalized text), e.g. <c>article:3f2a…</c>.</param>
/// <param name="File">The file the article was read from (<c>-</c> for standard input).</param>
/// <param name="Title">The title: from JSON Lines, else the first non-empty line.</param>
/// <param name="Outlets">The reporting outlet first, then the outlets it cites.</param>
/// <param name="Published">The publication date as an ISO date (yyyy-MM-dd), when known.</param>
public sealed record ArticleRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("outlets")] IReadOnlyList<string> Outlets,
    [property: JsonPropertyName("published")] string? Published)
{
    /// <summary>The line of a JSON Lines file the article came from (1-based).</summary>
    [JsonPropertyName("line")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    /// <summary>The record's own id in a JSON Lines file.</summary>
    [JsonPropertyName("sourceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceId { get; init; }

    /// <summary>The article's URL, when the input gave one.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>The other files whose content was the same article.</summary>
    [JsonPropertyName("duplicates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Duplicates { get; init; }
}
