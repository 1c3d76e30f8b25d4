namespace Graph.Ner;

/// <summary>
/// A structured (sequence) perceptron with averaged weights: predicts with Viterbi, and on a mistake
/// moves the weights of the gold path's features up and those of the predicted path down.
/// </summary>
/// <remarks>
/// Averaging uses the accumulated-update trick: with <c>c</c> examples seen, the average of the
/// weights over all steps is <c>w - u / c</c>, where <c>u</c> sums every update times the step it was made at.
/// </remarks>
internal sealed class StructuredPerceptron
{
    private readonly NerTagSet _tags;
    private readonly double[] _weights;
    private readonly double[] _accumulated;
    private readonly double[] _transitions;
    private readonly double[] _accumulatedTransitions;
    private long _step = 1;

    /// <summary>Creates a perceptron with all weights zero.</summary>
    public StructuredPerceptron(int featureCount, NerTagSet tags)
    {
        _tags = tags;
        _weights = new double[featureCount * tags.Count];
        _accumulated = new double[featureCount * tags.Count];
        _transitions = new double[(tags.Count + 1) * tags.Count];
        _accumulatedTransitions = new double[(tags.Count + 1) * tags.Count];
    }

    /// <summary>Predicts the tags of a sentence (feature indexes per token) with the current weights.</summary>
    public int[] Predict(int[][] features)
    {
        var count = _tags.Count;
        var emissions = new double[features.Length * count];
        for (var t = 0; t < features.Length; t++)
        {
            foreach (var f in features[t])
            {
                var row = f * count;
                for (var y = 0; y < count; y++)
                {
                    emissions[t * count + y] += _weights[row + y];
                }
            }
        }

        return LinearChain.Viterbi(emissions, _transitions, _tags, features.Length);
    }

    /// <summary>Learns from one sentence: predicts, and updates the weights where the prediction is wrong.</summary>
    public void Learn(int[][] features, int[] gold)
    {
        var predicted = Predict(features);
        var count = _tags.Count;
        var goldPrevious = _tags.Start;
        var predictedPrevious = _tags.Start;
        for (var t = 0; t < gold.Length; t++)
        {
            var g = gold[t];
            var p = predicted[t];
            if (g != p)
            {
                foreach (var f in features[t])
                {
                    Update(_weights, _accumulated, f * count + g, 1);
                    Update(_weights, _accumulated, f * count + p, -1);
                }
            }

            if (g != p || goldPrevious != predictedPrevious)
            {
                Update(_transitions, _accumulatedTransitions, goldPrevious * count + g, 1);
                Update(_transitions, _accumulatedTransitions, predictedPrevious * count + p, -1);
            }

            goldPrevious = g;
            predictedPrevious = p;
        }

        _step++;
    }

    /// <summary>The averaged feature weights (feature × tag) and transition weights, rounded to single precision.</summary>
    public (float[] Weights, double[] Transitions) Averaged()
    {
        var weights = new float[_weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(_weights[i] - _accumulated[i] / _step);
        }

        var transitions = new double[_transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(_transitions[i] - _accumulatedTransitions[i] / _step);
        }

        return (weights, transitions);
    }

    private void Update(double[] weights, double[] accumulated, int index, double delta)
    {
        weights[index] += delta;
        accumulated[index] += _step * delta;
    }
}
