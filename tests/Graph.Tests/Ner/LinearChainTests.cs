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
        var lattice = LinearChain.ForwardBackward(emissions, transitions, Tags, 4);

        var person = LinearChain.SpanProbability(emissions, transitions, Tags, 4, lattice, 0, 1, Tags.IndexOf("B-PER"), Tags.IndexOf("I-PER"));
        var place = LinearChain.SpanProbability(emissions, transitions, Tags, 4, lattice, 3, 3, Tags.IndexOf("B-LOC"), Tags.IndexOf("I-LOC"));

        Assert.InRange(person, 0.99, 1.0);
        Assert.InRange(place, 0.0, 0.5);
    }
}
