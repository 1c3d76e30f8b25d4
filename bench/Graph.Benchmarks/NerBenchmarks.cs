using BenchmarkDotNet.Attributes;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Ner;
using Graph.Text;

namespace Graph.Benchmarks;

/// <summary>
/// The cost of the learned name recognizer: extraction of the seed articles with and without it
/// (the model is loaded once, outside the measurement, as in <c>graph extract</c>).
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private readonly List<Article> _articles = [];
    private KnowledgeBase _knowledge = null!;

    /// <summary>With the recognizer (the default) or without it (<c>--no-learned-ner</c>).</summary>
    [Params(true, false)]
    public bool LearnedNer { get; set; }

    /// <summary>Loads the lexicon and the model and normalizes the seeds once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.LoadBuiltIn();
        _ = NerModel.BuiltIn;
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
        var extractor = GraphExtractor.Create(_knowledge, ExtractionOptions.Default with { LearnedNer = LearnedNer });
        foreach (var article in _articles)
        {
            extractor.Add(article);
        }

        return extractor.Build().Edges.Count;
    }
}
