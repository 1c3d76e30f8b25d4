namespace Graph.Ner;

/// <summary>The weight of a feature for one tag, in half precision (models stay small and cache-friendly).</summary>
/// <param name="Tag">The tag index.</param>
/// <param name="Weight">The weight.</param>
internal readonly record struct NerTagWeight(byte Tag, Half Weight);
