using Graph.Text;

namespace Graph.Extraction;

/// <summary>An entity named in an article.</summary>
/// <param name="EntityId">The entity's node id.</param>
/// <param name="Sentence">The index of the sentence.</param>
/// <param name="Span">Where the name lies in the normalized text.</param>
internal sealed record MentionRecord(string EntityId, int Sentence, TextSpan Span)
{
    /// <summary>Whether the entity is named by a role phrase («وزیر دفاع روسیه») rather than by its name.</summary>
    public bool ByRole { get; init; }

    /// <summary>Whether the country is named by its adjective or nationality («روسی», «ایرانیان»).</summary>
    public bool Adjective { get; init; }

    /// <summary>How sure the finder is of the mention (below 1 only for names of the learned recognizer).</summary>
    public double Confidence { get; init; } = 1.0;
}
