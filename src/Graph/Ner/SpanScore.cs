namespace Graph.Ner;

/// <summary>Span-level counts and precision, recall and F1 of one name type (or of several together).</summary>
/// <param name="Type">The type, or the types joined by «+».</param>
/// <param name="TruePositives">Predicted spans with exactly the gold boundaries and type.</param>
/// <param name="FalsePositives">Predicted spans that are not gold spans.</param>
/// <param name="FalseNegatives">Gold spans that were not predicted.</param>
public sealed record SpanScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>The share of predicted spans that are right (1 when nothing was predicted).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>The share of gold spans that were found (1 when there were none).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The number of gold spans.</summary>
    public int Gold => TruePositives + FalseNegatives;
}
