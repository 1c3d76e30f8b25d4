using Graph.Ner;

namespace Graph.Tests.Ner;

public sealed class LinearChainTests
{
    private static readonly NerTagSet Tags = NerTagSet.ForTypes(["PER", "LOC"]);

    private static double[] Emissions(params (int Token, string Tag, double Score)[] scores)
    {
        var emissions = new double[4 * Tags.Count];
        foreach (var (token, tag, score) in scores)
        {
            emissions[token * Tags.Count + Tags.IndexOf(tag)] = score;
        }

        return emissions;
    }

    [Fact]
    public void Viterbi_never_puts_an_inside_tag_after_outside_or_at_the_start()
    {
        var emissions = Emissions((0, "I-PER", 9), (1, "O", 5), (2, "I-LOC", 9));
        var transitions = new double[(Tags.Count + 1) * Tags.Count];

        var best = LinearChain.Viterbi(emissions, transitions, Tags, 4).Select(t => Tags.Tags[t]).ToArray();

        Assert.DoesNotContain(best.Select((tag, i) => (tag, i)), p => p.tag.StartsWith("I-", StringComparison.Ordinal) && (p.i == 0 || best[p.i - 1] == "O"));
    }

    [Fact]
    public void A_clear_span_is_nearly_certain_and_a_doubtful_one_is_not()
    {
        var emissions = Emissions((0, "B-PER", 12), (1, "I-PER", 12), (2, "O", 12), (3, "B-LOC", 0.2));
        var transitions = new double[(Tags.Count + 1) * Tags.Count];
        var lattice = new LinearChainLattice(emissions, transitions, Tags, 4);

        var person = lattice.SpanProbability(0, 1, Tags.IndexOf("B-PER"), Tags.IndexOf("I-PER"));
        var place = lattice.SpanProbability(3, 3, Tags.IndexOf("B-LOC"), Tags.IndexOf("I-LOC"));

        Assert.InRange(person, 0.99, 1.0);
        Assert.InRange(place, 0.0, 0.5);
        Assert.Equal(1.0, Enumerable.Range(0, Tags.Count).Sum(tag => lattice.Marginal(3, tag)), 9);
    }

    [Fact]
    public void The_partition_is_the_sum_over_every_allowed_sequence()
    {
        var tags = NerTagSet.ForTypes(["PER"]);
        double[] emissions = [0.5, 1.0, -1.0, 0.2, -0.3, 2.0];
        double[] transitions = [0.1, -0.2, 0.3, 0.0, 0.4, -0.5, 0.2, 0.1, 0.0, 0.3, 0.7, -0.1];
        var total = 0.0;
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                if (tags.Allowed(tags.Start, a) && tags.Allowed(a, b))
                {
                    total += Math.Exp(transitions[tags.Start * 3 + a] + emissions[a] + transitions[a * 3 + b] + emissions[3 + b]);
                }
            }
        }

        Assert.Equal(Math.Log(total), new LinearChainLattice(emissions, transitions, tags, 2).LogZ, 9);
    }
}
