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
                for (var p = 0; p < count; p++)
                {
                    if (!tags.Allowed(p, y))
                    {
                        continue;
                    }

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

    /// <summary>The forward and backward log scores of every (token, tag), and the log partition.</summary>
    public static (double[] Alpha, double[] Beta, double LogZ) ForwardBackward(ReadOnlySpan<double> emissions, ReadOnlySpan<double> transitions, NerTagSet tags, int length)
    {
        var count = tags.Count;
        var alpha = new double[length * count];
        var beta = new double[length * count];
        if (length == 0)
        {
            return (alpha, beta, 0);
        }

        var terms = new double[count];
        for (var y = 0; y < count; y++)
        {
            alpha[y] = tags.Allowed(tags.Start, y) ? transitions[tags.Start * count + y] + emissions[y] : double.NegativeInfinity;
        }

        for (var t = 1; t < length; t++)
        {
            for (var y = 0; y < count; y++)
            {
                for (var p = 0; p < count; p++)
                {
                    terms[p] = tags.Allowed(p, y) ? alpha[(t - 1) * count + p] + transitions[p * count + y] : double.NegativeInfinity;
                }

                alpha[t * count + y] = LogSumExp(terms) + emissions[t * count + y];
            }
        }

        for (var t = length - 2; t >= 0; t--)
        {
            for (var y = 0; y < count; y++)
            {
                for (var n = 0; n < count; n++)
                {
                    terms[n] = tags.Allowed(y, n) ? transitions[y * count + n] + emissions[(t + 1) * count + n] + beta[(t + 1) * count + n] : double.NegativeInfinity;
                }

                beta[t * count + y] = LogSumExp(terms);
            }
        }

        return (alpha, beta, LogSumExp(alpha.AsSpan((length - 1) * count, count)));
    }

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> are exactly one span:
    /// <paramref name="begin"/> at the first, <paramref name="inside"/> after it, and no <paramref name="inside"/> right after the last.
    /// </summary>
    public static double SpanProbability(ReadOnlySpan<double> emissions, ReadOnlySpan<double> transitions, NerTagSet tags, int length, (double[] Alpha, double[] Beta, double LogZ) lattice, int first, int last, int begin, int inside)
    {
        var count = tags.Count;
        var score = lattice.Alpha[first * count + begin];
        var previous = begin;
        for (var t = first + 1; t <= last; t++)
        {
            score += transitions[previous * count + inside] + emissions[t * count + inside];
            previous = inside;
        }

        if (last < length - 1)
        {
            var terms = new double[count];
            for (var n = 0; n < count; n++)
            {
                terms[n] = n != inside && tags.Allowed(previous, n)
                    ? transitions[previous * count + n] + emissions[(last + 1) * count + n] + lattice.Beta[(last + 1) * count + n]
                    : double.NegativeInfinity;
            }

            score += LogSumExp(terms);
        }

        return Math.Exp(score - lattice.LogZ);
    }

    /// <summary>log(Σ exp(x)), stable for large and for minus-infinite terms.</summary>
    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
