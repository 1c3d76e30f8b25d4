namespace Graph.Ner;

/// <summary>A slot of <see cref="NerWeightTable"/>: a feature hash (0 = empty) and where its weights lie.</summary>
/// <param name="Key">The feature hash.</param>
/// <param name="Start">The index of its first weight.</param>
/// <param name="Count">How many weights it has.</param>
internal readonly record struct NerFeatureSlot(ulong Key, int Start, int Count);
