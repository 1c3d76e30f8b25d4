namespace Graph.Ner;

/// <summary>
/// Span-level evaluation of a name tagger: a predicted span counts only when its first token, last
/// token and type all equal those of a gold span (the CoNLL measure).
/// </summary>
public sealed class SpanEvaluator
{
    private readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted tag sequences.</summary>
    public void Add(IReadOnlyList<string> goldTags, IReadOnlyList<string> predictedTags) => Add(NerSpan.FromTags(goldTags), NerSpan.FromTags(predictedTags));

    /// <summary>Adds one sentence's gold and predicted spans.</summary>
    public void Add(IEnumerable<NerSpan> gold, IEnumerable<NerSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = gold.Select(Key).ToHashSet();
        var predictedSet = predicted.Select(Key).ToHashSet();
        foreach (var span in predictedSet)
        {
            Count(span.Type, goldSet.Contains(span) ? 1 : 0, goldSet.Contains(span) ? 0 : 1, 0);
        }

        foreach (var span in goldSet.Where(s => !predictedSet.Contains(s)))
        {
            Count(span.Type, 0, 0, 1);
        }
    }

    /// <summary>The types seen in gold or predicted spans, in ordinal order.</summary>
    public IReadOnlyList<string> Types => _counts.Keys.ToList();

    /// <summary>The score of one type.</summary>
    public SpanScore Score(string type)
    {
        var (tp, fp, fn) = _counts.GetValueOrDefault(type);
        return new SpanScore(type, tp, fp, fn);
    }

    /// <summary>The micro-averaged score of several types together.</summary>
    public SpanScore Micro(params string[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var scores = types.Select(Score).ToList();
        return new SpanScore(string.Join('+', types), scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives));
    }

    private static (int First, int Last, string Type) Key(NerSpan span) => (span.First, span.Last, span.Type);

    private void Count(string type, int tp, int fp, int fn)
    {
        var (a, b, c) = _counts.GetValueOrDefault(type);
        _counts[type] = (a + tp, b + fp, c + fn);
    }
}
