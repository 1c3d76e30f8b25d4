using BenchmarkDotNet.Attributes;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Text;

namespace Graph.Benchmarks;

/// <summary>Extraction of the seed articles (normalization excluded): the cost per article of the whole extractor.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly List<Article> _articles = [];
    private KnowledgeBase _knowledge = null!;

    /// <summary>Loads the lexicon and normalizes the seeds once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.LoadBuiltIn();
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var content = PersianNormalizer.Instance.Normalize(File.ReadAllText(file));
            _articles.Add(new Article(Article.CreateId(content.Text), new ArticleSource(file), ArticleMetadata.Empty, content));
        }
    }

    /// <summary>Extracts the graph of the five seeds.</summary>
    [Benchmark]
    public int ExtractSeeds()
    {
        var extractor = GraphExtractor.Create(_knowledge);
        foreach (var article in _articles)
        {
            extractor.Add(article);
        }

        return extractor.Build().Edges.Count;
    }
}
