using System.Security.Cryptography;
using System.Text;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Text;

namespace Graph.Tests.Extraction;

/// <summary>Runs the extractor with the test lexicon (TestData/lexicon.json) and the built-in trigger words.</summary>
internal static class TestExtraction
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeBase.FromSources(
        LexiconSource.BuiltIn().Where(s => s.Name == "triggers.json")
            .Append(LexiconSource.FromFile(Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", "lexicon.json")))));

    /// <summary>The test lexicon.</summary>
    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    /// <summary>An article made from text, with an optional publication date.</summary>
    public static Article Article(string text, DateOnly? published = null, string file = "test.txt")
    {
        var content = PersianNormalizer.Instance.Normalize(text);
        var id = "article:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content.Text)))[..16].ToLowerInvariant();
        return new Article(id, new ArticleSource(file), new ArticleMetadata(null, [], published), content);
    }

    /// <summary>The text of a test article file in TestData/articles.</summary>
    public static string ArticleText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", "articles", name));

    /// <summary>What the extractor finds in one article.</summary>
    public static ArticleExtraction ExtractOne(string text, DateOnly? published = null)
    {
        var lexicon = ExtractionLexicon.Compile(Knowledge, PersianNormalizer.Instance);
        return new ArticleExtractor(lexicon, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance).Extract(Article(text, published));
    }

    /// <summary>The merged graph of the given articles.</summary>
    public static GraphDocument GraphOf(params Article[] articles)
    {
        var extractor = GraphExtractor.Create(Knowledge);
        foreach (var article in articles)
        {
            extractor.Add(article);
        }

        return extractor.Build();
    }

    /// <summary>The graph of one test article file.</summary>
    public static GraphDocument GraphOfFile(string name, DateOnly? published = null) => GraphOf(Article(ArticleText(name), published, name));

    /// <summary>The (type, source, target) triples of a graph's edges of the given types.</summary>
    public static HashSet<(string Type, string Source, string Target)> Relations(GraphDocument graph, params string[] types) =>
        graph.Edges.Where(e => types.Contains(e.Type)).Select(e => (e.Type, e.Source, e.Target)).ToHashSet();
}
