namespace Graph.Ner;

/// <summary>
/// The names the model tags in one sentence (the best tag sequence), with their probabilities computed
/// only when asked for: most tagged names in news are lexicon names, whose probability is never needed.
/// </summary>
internal sealed class TaggedNames
{
    private readonly NerModel _model;
    private readonly double[] _emissions;
    private LinearChainLattice? _lattice;

    /// <summary>Creates the result of tagging a sentence.</summary>
    public TaggedNames(NerModel model, double[] emissions, IReadOnlyList<NerSpan> spans)
    {
        _model = model;
        _emissions = emissions;
        Spans = spans;
    }

    /// <summary>No names.</summary>
    public static TaggedNames None { get; } = new(null!, [], []);

    /// <summary>The names of the best tag sequence, in text order.</summary>
    public IReadOnlyList<NerSpan> Spans { get; }

    /// <summary>The probability, under the model, that <paramref name="span"/> is exactly a name of its type.</summary>
    public double ConfidenceOf(NerSpan span)
    {
        _lattice ??= _model.Lattice(_emissions, _model.Temperature);
        return _lattice.SpanProbability(span.First, span.Last, _model.TagSet.IndexOf("B-" + span.Type), _model.TagSet.IndexOf("I-" + span.Type));
    }
}
