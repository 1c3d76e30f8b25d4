using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>A sentence that supports an edge.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Sentence">The 0-based index of the sentence in the article.</param>
/// <param name="Start">Start offset (inclusive) of the sentence in the original text.</param>
/// <param name="End">End offset (exclusive) of the sentence in the original text.</param>
/// <param name="Text">The sentence as it stands in the original text.</param>
/// <param name="Trigger">The trigger word or phrase that signalled the relation.</param>
public sealed record Evidence(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("sentence")] int Sentence,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("trigger")] string Trigger)
{
    /// <summary>Confidence of this piece of evidence in [0, 1].</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; } = 1.0;
}
