using System.Text.Json.Serialization;

namespace Graph.Output;

/// <summary>One article as written to <c>articles.json</c>.</summary>
public sealed record ArticleEntry
{
    /// <summary>The stable content id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The file the article was read from (<c>-</c> for standard input).</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>The line of a JSON Lines file.</summary>
    [JsonPropertyName("line")]
    public int? Line { get; init; }

    /// <summary>The record's own id in a JSON Lines file.</summary>
    [JsonPropertyName("sourceId")]
    public string? SourceId { get; init; }

    /// <summary>The record's URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The encoding the input was read in.</summary>
    [JsonPropertyName("encoding")]
    public string? Encoding { get; init; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The reporting outlet first, then the cited ones.</summary>
    [JsonPropertyName("outlets")]
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>The publication date, yyyy-MM-dd.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>The publication time, HH:mm (HH:mm:ss when the seconds are given).</summary>
    [JsonPropertyName("publishedTime")]
    public string? PublishedTime { get; init; }

    /// <summary>The other places the same article was found.</summary>
    [JsonPropertyName("duplicates")]
    public IReadOnlyList<ArticleOrigin> Duplicates { get; init; } = [];

    /// <summary>The page-furniture lines left out of the text, as they stand in the original.</summary>
    [JsonPropertyName("furniture")]
    public IReadOnlyList<string> Furniture { get; init; } = [];

    /// <summary>The non-empty lines of the normalized text.</summary>
    [JsonPropertyName("paragraphs")]
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The sentences, when a sentence splitter is available.</summary>
    [JsonPropertyName("sentences")]
    public IReadOnlyList<SentenceEntry>? Sentences { get; init; }
}
