namespace Graph.Ner;

/// <summary>A slot of <see cref="NerWeightTable"/>: the high half of a feature hash (0 = empty) and where its weights lie.</summary>
/// <param name="Fingerprint">The upper 32 bits of the feature hash.</param>
/// <param name="Weights">The index of its first weight times 16, plus how many weights it has.</param>
internal readonly record struct NerFeatureSlot(uint Fingerprint, uint Weights)
{
    /// <summary>The index of the first weight.</summary>
    public int Start => (int)(Weights >> 4);

    /// <summary>The number of weights.</summary>
    public int Count => (int)(Weights & 15);
}
