namespace Graph.Extraction;

/// <summary>A trigger phrase found in a sentence.</summary>
/// <param name="Kinds">The families the phrase belongs to.</param>
/// <param name="FirstToken">The index of its first token in the sentence.</param>
/// <param name="LastToken">The index of its last token in the sentence.</param>
/// <param name="Text">The normalized phrase.</param>
internal sealed record TriggerHit(IReadOnlyList<TriggerKind> Kinds, int FirstToken, int LastToken, string Text)
{
    /// <summary>The families as bits (there are fewer than 64), so that <see cref="Is"/> is one test.</summary>
    public ulong KindMask { get; } = Kinds.Aggregate(0UL, (mask, kind) => mask | (1UL << (int)kind));

    /// <summary>Whether the phrase belongs to <paramref name="kind"/>.</summary>
    public bool Is(TriggerKind kind) => (KindMask & (1UL << (int)kind)) != 0;
}
