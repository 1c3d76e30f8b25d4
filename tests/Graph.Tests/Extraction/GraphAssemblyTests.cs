using Graph.Model;
using Graph.Output;
using static Graph.Tests.Extraction.TestExtraction;

namespace Graph.Tests.Extraction;

public sealed class GraphAssemblyTests
{
    private const string First = "پوتين و اردوغان تلفنی گفتگو کردند\nولادیمیر پوتین در تماس تلفنی با رجب طیب اردوغان گفتگو کرد.";
    private const string Second = "دیدار اردغان و پوتن\nرجب\u00a0طیب اردوغان روز گذشته در آنکارا با ولاديمير پوتين ديدار كرد.";

    [Fact]
    public void Spelling_variants_in_two_articles_merge_into_one_node_and_one_edge_with_both_evidence()
    {
        var graph = GraphOf(Article(First, file: "a.txt"), Article(Second, file: "b.txt"));

        Assert.Single(graph.Nodes, n => n.Id == "person:vladimir-putin");
        var edge = Assert.Single(graph.Edges, e => e.Type == EdgeType.MetWith);
        Assert.Equal(2, edge.Evidence.Select(e => e.Article).Distinct().Count());
        Assert.Equal(new[] { "in_person", "phone" }, Assert.IsType<List<string>>(edge.Properties["modes"]));
    }

    [Fact]
    public void Evidence_and_mentions_point_at_the_characters_of_the_original_text()
    {
        var article = Article(Second, file: "b.txt");
        var graph = GraphOf(article);

        foreach (var evidence in graph.Edges.SelectMany(e => e.Evidence))
        {
            Assert.Equal(Second[evidence.Start..evidence.End], evidence.Text);
        }

        var erdogan = Assert.Single(graph.Nodes, n => n.Id == "person:recep-tayyip-erdogan");
        var mention = Assert.Single(erdogan.Mentions, m => m.Start > Second.IndexOf('\n'));
        Assert.Equal("رجب\u00a0طیب اردوغان", Second[mention.Start..mention.End]);
        Assert.Equal(mention.Text, Second[mention.Start..mention.End]);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_json_whatever_the_order_of_articles()
    {
        var a = Article(First, file: "a.txt");
        var b = Article(Second, file: "b.txt");

        var forward = GraphJsonWriter.Serialize(GraphOf(a, b));
        var backward = GraphJsonWriter.Serialize(GraphOf(b, a));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, GraphJsonWriter.Serialize(GraphOf(a, b)));
    }

    [Fact]
    public void An_article_added_twice_counts_once()
    {
        var a = Article(First, file: "a.txt");

        var once = GraphOf(a);
        var twice = GraphOf(a, a);

        Assert.Single(twice.Articles);
        Assert.Equal(GraphJsonWriter.Serialize(once), GraphJsonWriter.Serialize(twice));
    }

    [Fact]
    public void Every_edge_connects_nodes_of_the_graph_or_articles_and_carries_evidence()
    {
        var graph = GraphOf(Article(First, file: "a.txt"), Article(Second, file: "b.txt"));
        var ids = graph.Nodes.Select(n => n.Id).Concat(graph.Articles.Select(a => a.Id)).ToHashSet();

        Assert.All(graph.Edges, e =>
        {
            Assert.Contains(e.Source, ids);
            Assert.Contains(e.Target, ids);
            Assert.NotEmpty(e.Evidence);
            Assert.InRange(e.Confidence, 0.0, 1.0);
        });
    }
}
