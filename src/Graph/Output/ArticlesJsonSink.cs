using System.Globalization;
using System.Text.Json;
using Graph.Articles;
using Graph.Text;

namespace Graph.Output;

/// <summary>
/// Collects the articles read and writes them to <c>articles.json</c>, ordered by id, with their duplicates
/// and the failed inputs. Memory does not grow with the text: each article's entry is serialized as soon as
/// it is accepted and kept in a temporary file (deleted when the sink is disposed) until the file is written.
/// </summary>
/// <param name="sentenceSplitter">Splits each article into sentences for the output; none leaves sentences out.</param>
public sealed class ArticlesJsonSink(ISentenceSplitter? sentenceSplitter = null) : IArticleSink, IDisposable
{
    private readonly Dictionary<string, (long Offset, int Length)> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ArticleOrigin>> _duplicates = new(StringComparer.Ordinal);
    private readonly List<InputFailureEntry> _failures = [];
    private FileStream? _spill;

    /// <inheritdoc />
    public void Accept(ArticleReadOutcome outcome) => Accept(outcome, null);

    /// <summary>Makes the article's entry and serializes it (thread-safe).</summary>
    public object? Prepare(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new PreparedEntry(article, JsonSerializer.SerializeToUtf8Bytes(ToEntry(article), GraphJsonWriter.Options));
    }

    /// <inheritdoc />
    public void Accept(ArticleReadOutcome outcome, object? prepared)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome)
        {
            case ArticleRead read:
                var json = prepared is PreparedEntry entry && ReferenceEquals(entry.Article, read.Article)
                    ? entry.Json
                    : ((PreparedEntry)Prepare(read.Article)!).Json;
                _articles[read.Article.Id] = Spill(json);
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

    /// <summary>The document as it stands now (every entry read back into memory: for small runs and tests).</summary>
    public ArticlesDocument ToDocument()
    {
        _spill?.Flush();
        return Head() with
        {
            Articles = [.. _articles.Keys.Order(StringComparer.Ordinal).Select(id => JsonSerializer.Deserialize<ArticleEntry>(EntryJson(id), GraphJsonWriter.Options)!)],
        };
    }

    /// <inheritdoc />
    public Task WriteAsync(string outputFolder, CancellationToken cancellationToken) =>
        AtomicFileWriter.WriteAsync(Path.Combine(outputFolder, ArticlesDocument.FileName), (stream, token) =>
        {
            // The document without its articles, then the spilled entries spliced in where the empty list was.
            _spill?.Flush();
            var ids = _articles.Keys.Order(StringComparer.Ordinal).ToList();
            var head = JsonSerializer.SerializeToUtf8Bytes(Head(), GraphJsonWriter.Options);
            IndentedJsonSplicer.Write(stream, head, [new("articles", ids.Count, i => EntryJson(ids[i]))], token);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Deletes the temporary file of entries.</summary>
    public void Dispose() => _spill?.Dispose();

    private ArticlesDocument Head() => new()
    {
        Read = _articles.Count,
        Duplicates = _duplicates.Values.Sum(d => d.Count),
        Failed = _failures.Count,
        Failures = _failures,
    };

    private (long Offset, int Length) Spill(byte[] json)
    {
        _spill ??= new FileStream(Path.Combine(Path.GetTempPath(), $"graph-articles-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var offset = _spill.Length;
        _spill.Seek(0, SeekOrigin.End);
        _spill.Write(json);
        return (offset, json.Length);
    }

    /// <summary>The serialized entry of an article, with its duplicates added when it has some.</summary>
    private byte[] EntryJson(string id)
    {
        var (offset, length) = _articles[id];
        var json = new byte[length];
        RandomAccess.Read(_spill!.SafeFileHandle, json, offset);
        if (!_duplicates.TryGetValue(id, out var origins))
        {
            return json;
        }

        var entry = JsonSerializer.Deserialize<ArticleEntry>(json, GraphJsonWriter.Options)!;
        return JsonSerializer.SerializeToUtf8Bytes(entry with { Duplicates = origins }, GraphJsonWriter.Options);
    }


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

    /// <summary>An article's entry, serialized ahead by <see cref="Prepare"/>.</summary>
    private sealed record PreparedEntry(Article Article, byte[] Json);
}
