namespace Graph.Extraction;

/// <summary>An event (attack, sanctions, intervention) found in an article.</summary>
/// <param name="Kind"><c>attack</c>, <c>sanctions</c>, <c>intervention</c> or <c>act</c>.</param>
/// <param name="Actors">Who did it.</param>
/// <param name="Targets">Whom it was done to.</param>
/// <param name="Date">When, if known.</param>
/// <param name="Place">Where, if known.</param>
/// <param name="Sentence">The sentence that reports it.</param>
/// <param name="Trigger">The trigger phrase.</param>
internal sealed record EventFinding(string Kind, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, DateOnly? Date, string? Place, int Sentence, string Trigger)
{
    /// <summary>A key that is the same for the same event reported twice in an article.</summary>
    public string Key => $"{Kind}:{string.Join('+', Actors)}>{string.Join('+', Targets)}";
}
