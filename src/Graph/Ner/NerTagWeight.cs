namespace Graph.Ner;

/// <summary>The weight of a feature for one tag.</summary>
/// <param name="Tag">The tag index.</param>
/// <param name="Weight">The weight.</param>
internal readonly record struct NerTagWeight(int Tag, float Weight);
