using Graph.Articles;
using Graph.Evaluation;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Output;
using Graph.Tests.Evaluation;

namespace Graph.Tests.Extraction;

/// <summary>
/// The five seed articles against the hand-made reference (Evaluation/TestData/seeds.gold.json,
/// copied from the project's shared evaluation folder), with the built-in lexicon.
/// </summary>
public sealed class SeedExtractionTests
{
    private static readonly Lazy<string> SeedGraph = new(() => WriteSeedGraph(ExtractionOptions.Default));

    private static readonly Lazy<string> SeedGraphWithoutLearnedNer = new(() => WriteSeedGraph(ExtractionOptions.Default with { LearnedNer = false }));

    private static string WriteSeedGraph(ExtractionOptions options)
    {
        var sink = new GraphJsonSink(KnowledgeBase.LoadBuiltIn(), options);
        var reader = new ArticleReader();
        foreach (var outcome in reader.ReadAsync([Path.Combine(AppContext.BaseDirectory, "Seeds")]).ToBlockingEnumerable())
        {
            sink.Accept(outcome);
        }

        var path = Path.Combine(Path.GetTempPath(), $"graph-seeds-{Environment.ProcessId}-{options.LearnedNer}.json");
        File.WriteAllText(path, GraphJsonWriter.Serialize(sink.Build()));
        return path;
    }

    [Fact]
    public void The_seeds_reach_the_reference_targets_without_duplicate_nodes()
    {
        var report = GraphScorer.ScoreFile(GoldStandard.Load(ScorePy.DataFile("seeds.gold.json")), SeedGraph.Value);

        Assert.True(report.Entities.F1 >= 0.90, $"entity F1 {report.Entities.F1:F3}");
        Assert.True(report.Relations.F1 >= 0.85, $"relation F1 {report.Relations.F1:F3}");
        Assert.Empty(report.DuplicateNodes);
    }

    [Fact]
    public void The_learned_recognizer_adds_no_false_entity_or_relation_to_the_seeds()
    {
        var gold = GoldStandard.Load(ScorePy.DataFile("seeds.gold.json"));

        var with = GraphScorer.ScoreFile(gold, SeedGraph.Value);
        var without = GraphScorer.ScoreFile(gold, SeedGraphWithoutLearnedNer.Value);

        Assert.True(with.Entities.F1 >= without.Entities.F1, $"entity F1 {with.Entities.F1:F3} with, {without.Entities.F1:F3} without");
        Assert.True(with.Relations.F1 >= without.Relations.F1, $"relation F1 {with.Relations.F1:F3} with, {without.Relations.F1:F3} without");
        Assert.Equal(without.Entities.FalsePositives, with.Entities.FalsePositives);
    }

    [Fact]
    public void Graph_eval_scores_the_seed_graph_exactly_as_score_py_does() =>
        ScorePy.AssertSameReport(ScorePy.DataFile("seeds.gold.json"), SeedGraph.Value);

    [Fact]
    public void The_seed_phone_call_is_dated_from_the_publication_date()
    {
        var graph = GraphJsonWriter.Read(File.OpenRead(SeedGraph.Value));

        var call = Assert.Single(graph.Nodes, n => n.Id.StartsWith("meeting:2018-04-15:", StringComparison.Ordinal));
        Assert.Equal("phone", call.Properties["mode"]?.ToString());
    }
}
