using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>One place in an article where an entity is named.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Start">Start offset (inclusive) in the original text of the article, in UTF-16 code units.</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
/// <param name="Text">The original characters between <paramref name="Start"/> and <paramref name="End"/>.</param>
public sealed record Mention(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);
