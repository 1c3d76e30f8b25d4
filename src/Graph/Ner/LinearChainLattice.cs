namespace Graph.Ner;

/// <summary>
/// The forward-backward lattice of a sentence, kept in scaled probability space (each position's
/// forward values sum to one) so that no logarithm or exponential is taken inside the recursions.
/// </summary>
internal sealed class LinearChainLattice
{
    private readonly NerTagSet _tags;
    private readonly int _length;
    private readonly double[] _emissions;
    private readonly double[] _transitions;
    private readonly double[] _alpha;
    private readonly double[] _beta;
    private readonly double[] _scale;

    /// <summary>Runs forward-backward over log-scores divided by <paramref name="temperature"/> (see <see cref="LinearChain"/> for the layout).</summary>
    public LinearChainLattice(ReadOnlySpan<double> emissions, ReadOnlySpan<double> transitions, NerTagSet tags, int length, double temperature = 1)
    {
        var count = tags.Count;
        _tags = tags;
        _length = length;
        _emissions = new double[length * count];
        _transitions = new double[(count + 1) * count];
        _alpha = new double[length * count];
        _beta = new double[length * count];
        _scale = new double[length];

        // Scores are shifted by their maximum before exponentiation; the shifts go back into LogZ.
        var logZ = 0.0;
        var maxTransition = double.NegativeInfinity;
        for (var i = 0; i < _transitions.Length; i++)
        {
            maxTransition = Math.Max(maxTransition, transitions[i] / temperature);
        }

        for (var p = 0; p <= count; p++)
        {
            for (var y = 0; y < count; y++)
            {
                _transitions[p * count + y] = tags.Allowed(p, y) ? Math.Exp(transitions[p * count + y] / temperature - maxTransition) : 0;
            }
        }

        for (var t = 0; t < length; t++)
        {
            var max = double.NegativeInfinity;
            for (var y = 0; y < count; y++)
            {
                max = Math.Max(max, emissions[t * count + y] / temperature);
            }

            for (var y = 0; y < count; y++)
            {
                _emissions[t * count + y] = Math.Exp(emissions[t * count + y] / temperature - max);
            }

            logZ += max + maxTransition;
        }

        for (var t = 0; t < length; t++)
        {
            var sum = 0.0;
            for (var y = 0; y < count; y++)
            {
                var incoming = 0.0;
                if (t == 0)
                {
                    incoming = _transitions[tags.Start * count + y];
                }
                else
                {
                    for (var p = 0; p < count; p++)
                    {
                        incoming += _alpha[(t - 1) * count + p] * _transitions[p * count + y];
                    }
                }

                _alpha[t * count + y] = incoming * _emissions[t * count + y];
                sum += _alpha[t * count + y];
            }

            _scale[t] = sum;
            for (var y = 0; y < count; y++)
            {
                _alpha[t * count + y] /= sum;
            }

            logZ += Math.Log(sum);
        }

        LogZ = logZ;
        for (var y = 0; y < count && length > 0; y++)
        {
            _beta[(length - 1) * count + y] = 1;
        }

        for (var t = length - 2; t >= 0; t--)
        {
            for (var y = 0; y < count; y++)
            {
                var outgoing = 0.0;
                for (var n = 0; n < count; n++)
                {
                    outgoing += _transitions[y * count + n] * _emissions[(t + 1) * count + n] * _beta[(t + 1) * count + n];
                }

                _beta[t * count + y] = outgoing / _scale[t + 1];
            }
        }
    }

    /// <summary>The log of the sum of the scores of every allowed tag sequence.</summary>
    public double LogZ { get; }

    /// <summary>The probability that token <paramref name="token"/> has tag <paramref name="tag"/>.</summary>
    public double Marginal(int token, int tag) => _alpha[token * _tags.Count + tag] * _beta[token * _tags.Count + tag];

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> are exactly one span:
    /// <paramref name="begin"/> at the first, <paramref name="inside"/> after it, and no <paramref name="inside"/> right after the last.
    /// </summary>
    public double SpanProbability(int first, int last, int begin, int inside)
    {
        var count = _tags.Count;
        var probability = _alpha[first * count + begin];
        var previous = begin;
        for (var t = first + 1; t <= last; t++)
        {
            probability *= _transitions[previous * count + inside] * _emissions[t * count + inside] / _scale[t];
            previous = inside;
        }

        if (last < _length - 1)
        {
            var after = 0.0;
            for (var n = 0; n < count; n++)
            {
                if (n != inside)
                {
                    after += _transitions[previous * count + n] * _emissions[(last + 1) * count + n] * _beta[(last + 1) * count + n];
                }
            }

            probability *= after / _scale[last + 1];
        }

        return probability;
    }
}
