namespace Graph.Extraction;

/// <summary>A name the learned recognizer found and the combination rule kept.</summary>
/// <param name="First">The index of its first token in the sentence.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Label">The node label it becomes: Person, Place, Organization, or Country (a nationality whose country the lexicon knows).</param>
/// <param name="Name">Its normalized text.</param>
/// <param name="CountryId">For a nationality, the country's id.</param>
/// <param name="Confidence">The recognizer's probability of the span.</param>
internal sealed record LearnedName(int First, int Last, string Label, string Name, string? CountryId, double Confidence)
{
    /// <summary>Whether the name contains lexicon countries or places («شورای ریاستی یمن»), which it replaces.</summary>
    public bool ContainsPlaces { get; init; }
}
