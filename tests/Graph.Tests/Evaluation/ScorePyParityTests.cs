namespace Graph.Tests.Evaluation;

public sealed class ScorePyParityTests
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "seeds.gold.json", "perfect.graph.json" },
        { "seeds.gold.json", "empty.graph.json" },
        { "seeds.gold.json", "variants.graph.json" },
        { "seeds.gold.json", "references.graph.json" },
        { "seeds.gold.json", "duplicates.graph.json" },
        { "seeds.gold.json", "unknown.graph.json" },
        { "mini.gold.json", "lists.graph.json" },
        { "mini.gold.json", "rounding.graph.json" },
        { "mini.gold.json", "unknown.graph.json" },
        { "mini.gold.json", "empty.graph.json" },
        { "mini.gold.json", "lenient.graph.json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Graph_eval_reports_what_score_py_prints(string gold, string graph) =>
        ScorePy.AssertSameReport(ScorePy.DataFile(gold), ScorePy.DataFile(graph));
}
