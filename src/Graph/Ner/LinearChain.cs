namespace Graph.Ner;

/// <summary>
/// Decoding of a first-order tag sequence from per-token tag scores and tag-to-tag transition scores,
/// with the BIO constraint (an «I-X» only after «B-X» or «I-X»).
/// </summary>
/// <remarks>
/// Emissions are laid out token by token (<c>emissions[t * T + y]</c>), transitions row by previous tag
/// with the sentence start as row T (<c>transitions[previous * T + y]</c>).
/// </remarks>
internal static class LinearChain
{
    /// <summary>The highest-scoring allowed tag sequence (Viterbi).</summary>
    public static int[] Viterbi(ReadOnlySpan<double> emissions, ReadOnlySpan<double> transitions, NerTagSet tags, int length)
    {
        var count = tags.Count;
        var result = new int[length];
        if (length == 0)
        {
            return result;
        }

        var score = new double[length * count];
        var back = new int[length * count];
        for (var y = 0; y < count; y++)
        {
            score[y] = tags.Allowed(tags.Start, y) ? transitions[tags.Start * count + y] + emissions[y] : double.NegativeInfinity;
        }

        for (var t = 1; t < length; t++)
        {
            for (var y = 0; y < count; y++)
            {
                var best = double.NegativeInfinity;
                var bestPrevious = 0;
                foreach (var p in tags.Predecessors[y])
                {
                    var s = score[(t - 1) * count + p] + transitions[p * count + y];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }

                score[t * count + y] = best + emissions[t * count + y];
                back[t * count + y] = bestPrevious;
            }
        }

        var last = 0;
        for (var y = 1; y < count; y++)
        {
            if (score[(length - 1) * count + y] > score[(length - 1) * count + last])
            {
                last = y;
            }
        }

        result[length - 1] = last;
        for (var t = length - 1; t > 0; t--)
        {
            result[t - 1] = back[t * count + result[t]];
        }

        return result;
    }
}
