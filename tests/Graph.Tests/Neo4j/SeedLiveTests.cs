using Graph.Articles;
using Graph.Lexicon;
using Graph.Model;
using Graph.Output;

namespace Graph.Tests.Neo4j;

/// <summary>The seed articles, extracted by the real extractor, loaded into a real server (skipped unless NEO4J_URI is set).</summary>
public sealed class SeedLiveTests
{
    [Fact]
    public async Task The_extracted_seeds_load_twice_with_the_same_counts_and_answer_who_met_Shamkhani()
    {
        await using var neo4j = LiveNeo4j.Connect();
        var graph = Prefixed(ExtractSeeds(), neo4j.Prefix);

        var first = await neo4j.LoadAsync(graph);
        Assert.True(first.Succeeded, first.Error?.Message);
        var counts = await neo4j.CountAllAsync();
        foreach (var label in NodeLabel.All.Where(l => l != NodeLabel.Article))
        {
            Assert.Equal(graph.Nodes.Count(n => n.Label == label), counts[label]);
        }

        foreach (var type in new[] { EdgeType.MetWith, EdgeType.Condemned, EdgeType.Supported, EdgeType.ParticipatedIn, EdgeType.HeldIn })
        {
            Assert.Equal(graph.Edges.Count(e => e.Type == type), counts[type]);
        }

        var again = await neo4j.LoadAsync(graph);
        Assert.True(again.Succeeded, again.Error?.Message);
        Assert.Equal(graph.Articles.Count, again.ArticlesSkipped.Count);
        Assert.Equal(counts, await neo4j.CountAllAsync());

        var met = await neo4j.RunQueryFileAsync("who-met-whom.cypher", ("name", neo4j.Prefix + "person:ali-shamkhani"));
        Assert.Equal(
            new[] { "الکساندر لاورنتیف", "سرگئی شویگو", "نیکلای پاتروشف" }.Order(StringComparer.Ordinal),
            Enumerable.Range(0, met.Rows.Count).Select(i => (string)met.Value(i, "metWith")!).Order(StringComparer.Ordinal));
    }

    private static GraphDocument ExtractSeeds()
    {
        var sink = new GraphJsonSink(KnowledgeBase.LoadBuiltIn());
        foreach (var outcome in new ArticleReader().ReadAsync([Path.Combine(AppContext.BaseDirectory, "Seeds")]).ToBlockingEnumerable())
        {
            sink.Accept(outcome);
        }

        return sink.Build();
    }

    /// <summary>The graph with every id prefixed, so the test's data never touches anything else in the database.</summary>
    private static GraphDocument Prefixed(GraphDocument graph, string prefix) => graph with
    {
        Articles = [.. graph.Articles.Select(a => a with { Id = prefix + a.Id })],
        Nodes = [.. graph.Nodes.Select(n => n with { Id = prefix + n.Id, Mentions = [.. n.Mentions.Select(m => m with { Article = prefix + m.Article })] })],
        Edges = [.. graph.Edges.Select(e => e with
        {
            Id = prefix + e.Id,
            Source = prefix + e.Source,
            Target = prefix + e.Target,
            Evidence = [.. e.Evidence.Select(v => v with { Article = prefix + v.Article })],
        })],
    };
}
