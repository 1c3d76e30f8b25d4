namespace Graph.Ner;

/// <summary>
/// Scores features as they come: each feature's hash (<see cref="NerFeatureHashes"/>) is looked up at once and its
/// weights added to the current token's row of emission scores, so tagging keeps no per-token feature arrays.
/// </summary>
internal sealed class NerFeatureScores(NerWeightTable weights, int tagCount, int tokens, double outsideBias) : INerFeatureSink
{
    private readonly double[] _emissions = NewEmissions(tagCount, tokens, outsideBias);
    private int _token;

    /// <summary>The score of every (token, tag), token by token.</summary>
    public double[] Emissions => _emissions;

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> value = default) => weights.AddTo(NerFeatureHashes.Of(template, value), Row);

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> left, ReadOnlySpan<char> right) => weights.AddTo(NerFeatureHashes.Of(template, left, right), Row);

    /// <summary>Adds the weights of a feature already hashed.</summary>
    public void Add(ulong hash) => weights.AddTo(hash, Row);

    /// <inheritdoc />
    public void EndToken() => _token++;

    private Span<double> Row => _emissions.AsSpan(_token * tagCount, tagCount);

    // Tag 0 is «O»: the bias against it starts every row.
    private static double[] NewEmissions(int tagCount, int tokens, double outsideBias)
    {
        var emissions = new double[tagCount * tokens];
        for (var t = 0; t < tokens; t++)
        {
            emissions[t * tagCount] = -outsideBias;
        }

        return emissions;
    }
}
