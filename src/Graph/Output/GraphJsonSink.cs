using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Pipeline;

namespace Graph.Output;

/// <summary>Extracts the graph from every article read and writes it to <c>graph.json</c>.</summary>
public sealed class GraphJsonSink : IArticleSink
{
    /// <summary>The name of the file this sink writes.</summary>
    public const string FileName = "graph.json";

    private readonly GraphExtractor _extractor;
    private readonly BuildCache? _cache;
    private readonly Dictionary<string, List<ArticleSource>> _duplicates = new(StringComparer.Ordinal);

    /// <summary>Creates the sink over the given lexicon, with the built-in learned name recognizer.</summary>
    public GraphJsonSink(KnowledgeBase knowledge)
        : this(knowledge, ExtractionOptions.Default)
    {
    }

    /// <summary>Creates the sink over the given lexicon, with or without the learned name recognizer; with a <paramref name="cache"/>, findings of an earlier build are reused and this build's are recorded.</summary>
    public GraphJsonSink(KnowledgeBase knowledge, ExtractionOptions options, BuildCache? cache = null)
    {
        _extractor = GraphExtractor.Create(knowledge, options);
        _cache = cache;
    }

    /// <summary>Called with the graph after it is built, while it is written (to write other formats of it or load it elsewhere).</summary>
    public List<Func<GraphDocument, string, CancellationToken, Task>> AlsoWrite { get; } = [];

    private static string Describe(ArticleSource source) => source.Line is { } line ? $"{source.File}:{line}" : source.File;

    /// <inheritdoc />
    public void Accept(ArticleReadOutcome outcome) => Accept(outcome, null);

    /// <summary>Extracts the graph of one article (or takes it from the cache), without merging it (thread-safe).</summary>
    public object? Prepare(Article article) => PrepareArticle(article);

    /// <inheritdoc />
    public void Accept(ArticleReadOutcome outcome, object? prepared)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome)
        {
            case ArticleRead read:
                var ready = prepared is PreparedArticle article && ReferenceEquals(article.Extracted.Article, read.Article) ? article : PrepareArticle(read.Article);
                _extractor.Add(ready.Extracted);
                _cache?.Record(outcome, ready.Record);
                break;
            case DuplicateArticle duplicate:
                if (!_duplicates.TryGetValue(duplicate.Id, out var sources))
                {
                    _duplicates[duplicate.Id] = sources = [];
                }

                sources.Add(duplicate.Source);
                _cache?.Record(outcome, null);
                break;
            case InputFailed:
                _cache?.Record(outcome, null);
                break;
        }
    }

    private PreparedArticle PrepareArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_cache is null)
        {
            return new PreparedArticle(_extractor.Extract(article), null);
        }

        var extracted = _cache.Findings(article) is { } findings ? _extractor.Restore(article, findings) : _extractor.Extract(article);
        return new PreparedArticle(extracted, BuildCache.Serialize(article, CachedFindings.From(extracted.Extraction)));
    }

    /// <summary>The graph of every article accepted so far.</summary>
    public GraphDocument Build()
    {
        var graph = _extractor.Build();
        return graph with
        {
            Articles = graph.Articles.Select(a => _duplicates.TryGetValue(a.Id, out var sources) ? a with { Duplicates = [.. sources.Select(Describe).Order(StringComparer.Ordinal)] } : a).ToList(),
        };
    }

    /// <summary>The graph as last written, or null before <see cref="WriteAsync"/>.</summary>
    public GraphDocument? Written { get; private set; }

    /// <inheritdoc />
    public async Task WriteAsync(string outputFolder, CancellationToken cancellationToken)
    {
        var graph = Build();
        Written = graph;
        // graph.json and the other outputs (graph.cypher, a Neo4j load) are written at the same time.
        var json = Task.Run(
            () => AtomicFileWriter.WriteAsync(Path.Combine(outputFolder, FileName), (stream, _) =>
            {
                GraphJsonWriter.Write(graph, stream);
                return Task.CompletedTask;
            }, cancellationToken),
            cancellationToken);
        await Task.WhenAll(AlsoWrite.Select(write => Task.Run(() => write(graph, outputFolder, cancellationToken), cancellationToken)).Prepend(json));
    }

    /// <summary>An article's findings with its record for the next build (when there is a cache).</summary>
    private sealed record PreparedArticle(ExtractedArticle Extracted, byte[]? Record);
}
