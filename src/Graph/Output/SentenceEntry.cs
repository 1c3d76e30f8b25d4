using System.Text.Json.Serialization;

namespace Graph.Output;

/// <summary>A sentence of an article, as written to <c>articles.json</c>.</summary>
/// <param name="Start">Start offset (inclusive) in the original text, in UTF-16 code units.</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
/// <param name="Text">The normalized sentence.</param>
public sealed record SentenceEntry(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);
