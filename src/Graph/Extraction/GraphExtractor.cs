using System.Runtime.CompilerServices;
using Graph.Articles;
using Graph.Lexicon;
using Graph.Model;
using Graph.Ner;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Extracts a knowledge graph from articles: add articles, then build the merged graph. Extraction of
/// one article (<see cref="Extract"/>) runs on any number of threads at once; merging
/// (<see cref="Add(ExtractedArticle)"/>) is serialized, and merging in the same order gives the same graph.
/// </summary>
public sealed class GraphExtractor
{
    /// <summary>Each lexicon is compiled once per process, however many extractors use it.</summary>
    private static readonly ConditionalWeakTable<KnowledgeBase, ExtractionLexicon> Compiled = [];

    private readonly ArticleExtractor _extractor;
    private readonly ISentenceSplitter _splitter;
    private readonly GraphAssembler _assembler;
    private readonly object _gate = new();

    private GraphExtractor(KnowledgeBase knowledge, ExtractionOptions options, ISentenceSplitter splitter, ITokenizer tokenizer, IDateFinder dates)
    {
        var lexicon = Compiled.GetValue(knowledge, k => ExtractionLexicon.Compile(k, PersianNormalizer.Instance));
        var learned = options.LearnedNer ? new LearnedNameFinder(lexicon, options.NerModel ?? NerModel.BuiltIn, options) : null;
        _extractor = new ArticleExtractor(lexicon, splitter, tokenizer, dates, learned);
        _splitter = splitter;
        _assembler = new GraphAssembler(knowledge);
    }

    /// <summary>Creates an extractor that uses <paramref name="knowledge"/> (names, roles, triggers) and the built-in learned name recognizer.</summary>
    public static GraphExtractor Create(KnowledgeBase knowledge) => Create(knowledge, ExtractionOptions.Default);

    /// <summary>Creates an extractor that uses <paramref name="knowledge"/>, with or without the learned name recognizer as <paramref name="options"/> say.</summary>
    public static GraphExtractor Create(KnowledgeBase knowledge, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        return new(knowledge, options, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance);
    }

    /// <summary>Extracts from one article and merges the result into the graph. Safe to call from several threads.</summary>
    public void Add(Article article) => Add(Extract(article));

    /// <summary>Extracts from one article without merging it. Safe to call from several threads at once.</summary>
    public ExtractedArticle Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractedArticle(_extractor.Extract(article));
    }

    /// <summary>What an earlier run extracted from the same article, ready to merge (thread-safe).</summary>
    internal ExtractedArticle Restore(Article article, Pipeline.CachedFindings findings) =>
        new(new ArticleExtraction(article, _splitter.Split(article.Content.Text), findings.Mentions, findings.NewEntities, findings.RoleFacts, findings.Relations, findings.Meetings, findings.Events));

    /// <summary>Merges what was extracted from one article into the graph; the first of several articles with the same id wins.</summary>
    public void Add(ExtractedArticle extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        lock (_gate)
        {
            _assembler.Add(extracted.Extraction);
        }
    }

    /// <summary>The merged graph of every article added so far.</summary>
    public GraphDocument Build()
    {
        lock (_gate)
        {
            return _assembler.Build();
        }
    }
}
