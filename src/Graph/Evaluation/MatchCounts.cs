namespace Graph.Evaluation;

/// <summary>True positives, false positives and false negatives, with the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Gold items found in the graph.</param>
/// <param name="FalsePositives">Graph items that are no gold item.</param>
/// <param name="FalseNegatives">Gold items missing from the graph.</param>
public sealed record MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>No items at all.</summary>
    public static MatchCounts Zero { get; } = new(0, 0, 0);

    /// <summary>tp / (tp + fp); 1 when the graph has no items.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>tp / (tp + fn); 1 when the gold standard has no items.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1
    {
        get
        {
            var (precision, recall) = (Precision, Recall);
            return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
    }

    /// <summary>These counts plus <paramref name="other"/>.</summary>
    public MatchCounts Add(MatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
    }
}
