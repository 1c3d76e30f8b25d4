using System.Text.Json;
using Graph.Evaluation;
using Graph.Model;

namespace Graph.Tests.Evaluation;

public sealed class GraphScorerTests
{
    private static readonly GoldStandard Seeds = GoldStandard.Load(ScorePy.DataFile("seeds.gold.json"));
    private static readonly GoldStandard Mini = GoldStandard.Load(ScorePy.DataFile("mini.gold.json"));

    [Fact]
    public void A_graph_with_every_gold_item_scores_one_everywhere()
    {
        var report = Score(Seeds, "perfect.graph.json");

        Assert.Equal(new MatchCounts(70, 0, 0), report.Entities);
        Assert.Equal(new MatchCounts(15, 0, 0), report.Relations);
        Assert.Equal(
            [new("MET_WITH", new MatchCounts(6, 0, 0)), new("CONDEMNED", new MatchCounts(7, 0, 0)), new RelationTypeScore("SUPPORTED", new MatchCounts(2, 0, 0))],
            report.RelationsByType);
        Assert.Empty(report.DuplicateNodes);
        Assert.All(report.Articles, article => Assert.Empty(article.ExtraEntities.Concat(article.MissedEntities)));
        Assert.Equal((1.0, 1.0, 1.0), (report.Entities.Precision, report.Entities.Recall, report.Entities.F1));
    }

    [Fact]
    public void An_empty_graph_has_full_precision_and_no_recall()
    {
        var report = Score(Seeds, "empty.graph.json");

        Assert.Equal(new MatchCounts(0, 0, 70), report.Entities);
        Assert.Equal(new MatchCounts(0, 0, 15), report.Relations);
        Assert.Equal((1.0, 0.0, 0.0), (report.Entities.Precision, report.Entities.Recall, report.Entities.F1));
        Assert.Equal(new RelationKey("MET_WITH", "shamkhani", "shoigu"), report.Articles[2].MissedRelations[0]);
    }

    [Fact]
    public void Spelling_variants_and_label_forms_still_match_the_gold_aliases()
    {
        var report = Score(Seeds, "variants.graph.json");
        var article = report.Articles.Single(a => a.File == "003_23e1b10e4cf44e26.txt");

        // Twelve typed nodes match; kazakhstan's node has labels as a string, so it has no type.
        Assert.Equal(new MatchCounts(11, 0, 59), report.Entities);
        Assert.Equal(["kazakhstan"], article.MissedEntities);
        Assert.Empty(article.ExtraEntities);
    }

    [Fact]
    public void Met_with_is_symmetric_and_condemned_is_not()
    {
        var report = Score(Seeds, "variants.graph.json");
        var article = report.Articles.Single(a => a.File == "003_23e1b10e4cf44e26.txt");

        Assert.Equal(new MatchCounts(1, 0, 5), report.RelationsByType[0].Counts);
        Assert.Equal([new RelationKey("CONDEMNED", "shamkhani", "usa")], article.MissedRelations);
        Assert.Equal([new RelationKey("CONDEMNED", "usa", "shamkhani")], article.ExtraRelations);
        Assert.Equal(new MatchCounts(1, 1, 14), report.Relations);
        Assert.Equal(0.118, PythonLiteral.RoundToThousandths(report.Relations.F1));
    }

    [Fact]
    public void Mentions_and_evidence_name_articles_by_id_or_by_file_name_but_not_by_path()
    {
        var report = Score(Seeds, "references.graph.json");

        Assert.Equal(new MatchCounts(8, 0, 62), report.Entities);
        Assert.Equal(new MatchCounts(3, 0, 12), report.Relations);
        Assert.DoesNotContain("shamkhani", report.Articles[1].MissedEntities);
        Assert.Contains("shamkhani", report.Articles[3].MissedEntities);
    }

    [Fact]
    public void Several_nodes_for_one_gold_entity_are_reported_as_duplicates()
    {
        var report = Score(Seeds, "duplicates.graph.json");

        // The second node with id p1 replaces the first in its place: p1 is Assad, so Shoigu has one node.
        Assert.Equal(["shamkhani", "iran"], report.DuplicateNodes.Select(d => d.GoldKey));
        Assert.Equal(["p3", "p4", "p5"], report.DuplicateNodes[0].NodeIds);
        Assert.Equal(2, report.DuplicateNodes[1].NodeCount);
        Assert.Equal(new MatchCounts(4, 0, 66), report.Entities);
        Assert.Equal(new MatchCounts(2, 0, 13), report.Relations);
    }

    [Fact]
    public void Nodes_that_match_no_gold_entity_count_as_false_positives()
    {
        var report = Score(Seeds, "unknown.graph.json");
        var article = report.Articles[4];

        Assert.Equal(["damascus", "?", "?", "اسد", "دونالد ترامپ", "نخست\u200Cوزیر انگلیس"], article.ExtraEntities);
        Assert.Equal(new MatchCounts(5, 6, 65), report.Entities);
        Assert.Equal(
            [
                new RelationKey("CONDEMNED", "rouhani", "?دونالد ترامپ"),
                new RelationKey("MET_WITH", "?تماس تلفنی", "rouhani"),
                new RelationKey("SUPPORTED", "rouhani", "?None"),
            ],
            article.ExtraRelations);
        Assert.Equal(new MatchCounts(3, 3, 12), report.Relations);
    }

    [Fact]
    public void Any_acceptable_key_finds_a_relation_and_optional_relations_count_for_nothing()
    {
        var report = Score(Mini, "lists.graph.json");

        Assert.Equal(new MatchCounts(5, 0, 1), report.Entities);
        Assert.Equal(new MatchCounts(3, 1, 1), report.Relations);
        Assert.Equal(new MatchCounts(2, 0, 0), report.RelationsByType[1].Counts);
        Assert.Equal([new RelationKey("SUPPORTED", "iran", "eu")], report.Articles[0].MissedRelations);
        // The node named with the alias that two ministries share resolves to the first key in code point order.
        Assert.Equal([new RelationKey("SUPPORTED", "iran", "iran_fm")], report.Articles[0].ExtraRelations);
    }

    [Fact]
    public void A_graph_document_in_memory_is_scored_like_its_json()
    {
        var graph = new GraphDocument
        {
            Articles = [new ArticleRecord("article:1", "in/b.txt", null, [], null)],
            Nodes =
            [
                new GraphNode("person:lavrov", NodeLabel.Person, "لاوروف") { Mentions = [new Mention("article:1", 0, 6, "لاوروف")] },
                new GraphNode("org:eu", NodeLabel.Organization, "اتحادیه اروپا") { Mentions = [new Mention("article:1", 10, 23, "اتحادیه اروپا")] },
                new GraphNode("country:us", NodeLabel.Country, "آمریکا"),
            ],
            Edges =
            [
                new GraphEdge("e1", EdgeType.Condemned, "org:eu", "country:us") { Evidence = [new Evidence("article:1", 0, 0, 30, "…", "محکوم کرد")] },
            ],
        };

        var report = GraphScorer.Score(Mini, graph);

        Assert.Equal(new MatchCounts(2, 0, 4), report.Entities);
        Assert.Equal(new MatchCounts(1, 0, 3), report.Relations);
    }

    [Theory]
    [InlineData("""[]""", "the graph is a list, not an object")]
    [InlineData("""{"nodes": [{"label": "Person"}]}""", "nodes[0] has no \"id\"")]
    [InlineData("""{"nodes": null}""", "nodes is null where a list of objects is needed")]
    [InlineData("""{"nodes": [{"id": [1]}]}""", "nodes[0].id is a list, which cannot be an id")]
    [InlineData("""{"articles": [{"file": 3}]}""", "articles[0] has no file, path or id that is a string")]
    [InlineData("""{"nodes": [{"id": 1, "label": "Person", "mentions": "x"}]}""", "node 1.mentions is a string where a list of objects is needed")]
    public void A_graph_that_score_py_cannot_read_is_reported(string json, string problem)
    {
        using var document = JsonDocument.Parse(json);

        var error = Assert.Throws<EvaluationInputException>(() => GraphScorer.Score(Mini, document));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static EvaluationReport Score(GoldStandard gold, string graph) => GraphScorer.ScoreFile(gold, ScorePy.DataFile(graph));
}
