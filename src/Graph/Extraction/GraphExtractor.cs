using Graph.Articles;
using Graph.Lexicon;
using Graph.Model;
using Graph.Ner;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>Extracts a knowledge graph from articles: add articles, then build the merged graph.</summary>
public sealed class GraphExtractor
{
    private readonly ArticleExtractor _extractor;
    private readonly GraphAssembler _assembler;
    private readonly object _gate = new();

    private GraphExtractor(KnowledgeBase knowledge, ExtractionOptions options, ISentenceSplitter splitter, ITokenizer tokenizer, IDateFinder dates)
    {
        var lexicon = ExtractionLexicon.Compile(knowledge, PersianNormalizer.Instance);
        var learned = options.LearnedNer ? new LearnedNameFinder(lexicon, options.NerModel ?? NerModel.BuiltIn, options) : null;
        _extractor = new ArticleExtractor(lexicon, splitter, tokenizer, dates, learned);
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
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var extraction = _extractor.Extract(article);
        lock (_gate)
        {
            _assembler.Add(extraction);
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
