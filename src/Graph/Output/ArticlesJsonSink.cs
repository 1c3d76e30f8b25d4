using System.Globalization;
using System.Text.Json;
using Graph.Articles;
using Graph.Text;

namespace Graph.Output;

/// <summary>Collects the articles read and writes them to <c>articles.json</c>, ordered by id, with their duplicates and the failed inputs.</summary>
/// <param name="sentenceSplitter">Splits each article into sentences for the output; none leaves sentences out.</param>
public sealed class ArticlesJsonSink(ISentenceSplitter? sentenceSplitter = null) : IArticleSink
{
    private readonly Dictionary<string, ArticleEntry> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ArticleOrigin>> _duplicates = new(StringComparer.Ordinal);
    private readonly List<InputFailureEntry> _failures = [];

    /// <inheritdoc />
    public void Accept(ArticleReadOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome)
        {
            case ArticleRead read:
                _articles[read.Article.Id] = ToEntry(read.Article);
                break;
            case DuplicateArticle duplicate:
                if (!_duplicates.TryGetValue(duplicate.Id, out var origins))
                {
                    _duplicates[duplicate.Id] = origins = [];
                }

                origins.Add(ArticleOrigin.From(duplicate.Source));
                break;
            case InputFailed failed:
                _failures.Add(new InputFailureEntry(failed.Source.File, failed.Source.Line, JsonNamingPolicy.CamelCase.ConvertName(failed.Reason.ToString()), failed.Message));
                break;
        }
    }

    /// <summary>The document as it stands now.</summary>
    public ArticlesDocument ToDocument() => new()
    {
        Read = _articles.Count,
        Duplicates = _duplicates.Values.Sum(d => d.Count),
        Failed = _failures.Count,
        Articles = [.. _articles.Values
            .Select(a => _duplicates.TryGetValue(a.Id, out var origins) ? a with { Duplicates = origins } : a)
            .OrderBy(a => a.Id, StringComparer.Ordinal)],
        Failures = _failures,
    };

    /// <inheritdoc />
    public Task WriteAsync(string outputFolder, CancellationToken cancellationToken) =>
        AtomicFileWriter.WriteJsonAsync(Path.Combine(outputFolder, ArticlesDocument.FileName), ToDocument(), GraphJsonWriter.Options, cancellationToken);

    private ArticleEntry ToEntry(Article article)
    {
        var content = article.Content;
        var metadata = article.Metadata;
        return new ArticleEntry
        {
            Id = article.Id,
            File = article.Source.File,
            Line = article.Source.Line,
            SourceId = article.Source.SourceId,
            Url = article.Source.Url,
            Encoding = article.Source.Encoding,
            Title = metadata.Title,
            Outlets = metadata.Outlets,
            Published = metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishedTime = metadata.PublishedTime?.ToString(metadata.PublishedTime.Value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
            Furniture = [.. article.Furniture.Select(span => content.Original[span.Start..span.End])],
            Paragraphs = [.. content.Text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)],
            Sentences = sentenceSplitter?.Split(content.Text).Select(sentence => ToEntry(content, sentence)).ToList(),
        };
    }

    private static SentenceEntry ToEntry(NormalizedText content, Sentence sentence)
    {
        var original = content.ToOriginal(sentence.Span);
        return new SentenceEntry(original.Start, original.End, sentence.Text);
    }
}
