namespace Graph.Ner;

/// <summary>
/// A linear-chain conditional random field trained by stochastic gradient with AdaGrad step sizes
/// and an L2 penalty applied to the weights a sentence touches.
/// </summary>
internal sealed class CrfLearner
{
    private readonly NerTagSet _tags;
    private readonly double[] _weights;
    private readonly double[] _squares;
    private readonly double[] _transitions;
    private readonly double[] _transitionSquares;
    private readonly double _rate;
    private readonly double _l2;

    /// <summary>Creates a model with all weights zero.</summary>
    public CrfLearner(int featureCount, NerTagSet tags, double rate, double l2)
    {
        _tags = tags;
        _weights = new double[featureCount * tags.Count];
        _squares = new double[featureCount * tags.Count];
        _transitions = new double[(tags.Count + 1) * tags.Count];
        _transitionSquares = new double[(tags.Count + 1) * tags.Count];
        _rate = rate;
        _l2 = l2;
    }

    /// <summary>Takes one gradient step on the negative log-likelihood of one sentence.</summary>
    public void Learn(int[][] features, int[] gold)
    {
        var count = _tags.Count;
        var n = features.Length;
        var emissions = new double[n * count];
        for (var t = 0; t < n; t++)
        {
            foreach (var f in features[t])
            {
                for (var y = 0; y < count; y++)
                {
                    emissions[t * count + y] += _weights[f * count + y];
                }
            }
        }

        var (alpha, beta, logZ) = LinearChain.ForwardBackward(emissions, _transitions, _tags, n);
        var gradient = new double[count];
        var transitionGradient = new double[_transitions.Length];
        for (var t = 0; t < n; t++)
        {
            for (var y = 0; y < count; y++)
            {
                gradient[y] = Math.Exp(alpha[t * count + y] + beta[t * count + y] - logZ) - (gold[t] == y ? 1 : 0);
            }

            foreach (var f in features[t])
            {
                for (var y = 0; y < count; y++)
                {
                    var index = f * count + y;
                    var g = gradient[y] + _l2 * _weights[index];
                    if (g == 0)
                    {
                        continue;
                    }

                    _squares[index] += g * g;
                    _weights[index] -= _rate * g / Math.Sqrt(_squares[index]);
                }
            }

            var previousGold = t == 0 ? _tags.Start : gold[t - 1];
            transitionGradient[previousGold * count + gold[t]] -= 1;
            if (t == 0)
            {
                for (var y = 0; y < count; y++)
                {
                    transitionGradient[_tags.Start * count + y] += Math.Exp(alpha[y] + beta[y] - logZ);
                }

                continue;
            }

            for (var p = 0; p < count; p++)
            {
                for (var y = 0; y < count; y++)
                {
                    if (_tags.Allowed(p, y))
                    {
                        transitionGradient[p * count + y] += Math.Exp(alpha[(t - 1) * count + p] + _transitions[p * count + y] + emissions[t * count + y] + beta[t * count + y] - logZ);
                    }
                }
            }
        }

        for (var i = 0; i < _transitions.Length; i++)
        {
            var g = transitionGradient[i] + _l2 * _transitions[i];
            if (g != 0)
            {
                _transitionSquares[i] += g * g;
                _transitions[i] -= _rate * g / Math.Sqrt(_transitionSquares[i]);
            }
        }
    }

    /// <summary>The feature weights (feature × tag) and transition weights, rounded to single precision.</summary>
    public (float[] Weights, double[] Transitions) Current()
    {
        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)_weights[i];
        }

        var transitions = new double[_transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)_transitions[i];
        }

        return (weights, transitions);
    }
}
