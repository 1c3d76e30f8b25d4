using System.Collections.Immutable;

namespace Graph.Articles;

/// <summary>Counts of what reading the inputs produced.</summary>
/// <param name="Read">Articles read (duplicates not counted).</param>
/// <param name="Duplicates">Inputs that repeated an article already read.</param>
/// <param name="Failures">Inputs that could not become an article, by reason.</param>
public sealed record ReadSummary(int Read, int Duplicates, ImmutableSortedDictionary<InputFailureReason, int> Failures)
{
    /// <summary>Nothing read yet.</summary>
    public static ReadSummary Empty { get; } = new(0, 0, ImmutableSortedDictionary<InputFailureReason, int>.Empty);

    /// <summary>The number of inputs that failed, whatever the reason.</summary>
    public int Failed => Failures.Values.Sum();

    /// <summary>This summary with <paramref name="outcome"/> counted.</summary>
    public ReadSummary Add(ArticleReadOutcome outcome) => outcome switch
    {
        ArticleRead => this with { Read = Read + 1 },
        DuplicateArticle => this with { Duplicates = Duplicates + 1 },
        InputFailed failed => this with { Failures = Failures.SetItem(failed.Reason, Failures.GetValueOrDefault(failed.Reason) + 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
