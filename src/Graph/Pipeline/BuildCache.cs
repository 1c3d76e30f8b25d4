using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Articles;
using Graph.Output;

namespace Graph.Pipeline;

/// <summary>
/// What <c>graph build</c> keeps in <c>DIR/.graph-cache</c> so that the next build over the same inputs reads and
/// extracts only new or changed files: for each file read, its size, modification time and outcomes (articles by
/// content id, failures); for each article, its original text, metadata and findings. A file whose size and time
/// are unchanged is not read: its articles are restored (normalized again, which is cheap) with their findings; an
/// article whose content id and date were extracted before is not extracted again, whatever file it is in. The
/// graph is then merged again from every article, in reading order, so the output is the same as a full build's;
/// files removed or changed since simply no longer give their old articles. A cache made by another version of the
/// tool, another lexicon or other options (the fingerprint) is ignored.
/// </summary>
public sealed class BuildCache : IInputCache, IDisposable
{
    /// <summary>The folder, inside the output folder, that holds the cache.</summary>
    public const string FolderName = ".graph-cache";

    private const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _folder;
    private readonly string _fingerprint;
    private readonly CacheManifest? _previous;
    private readonly FileStream? _previousArticles;
    private readonly ConcurrentDictionary<string, (long Size, long Ticks)> _stamps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedArticle> _restored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _articles = new(StringComparer.Ordinal);
    private readonly string _articlesFile;
    private readonly FileStream _newArticles;
    private int _unchangedFiles;
    private int _reusedFindings;

    private BuildCache(string folder, string fingerprint, CacheManifest? previous)
    {
        _folder = folder;
        _fingerprint = fingerprint;
        Directory.CreateDirectory(folder);
        if (previous is not null && File.Exists(Path.Combine(folder, previous.ArticlesFile)))
        {
            _previous = previous;
            _previousArticles = new FileStream(Path.Combine(folder, previous.ArticlesFile), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        }

        _articlesFile = $"articles-{Guid.NewGuid():N}.jsonl";
        _newArticles = new FileStream(Path.Combine(folder, _articlesFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Files not read because they had not changed since the last build.</summary>
    public int UnchangedFiles => _unchangedFiles;

    /// <summary>Articles whose findings were taken from the last build instead of being extracted.</summary>
    public int ReusedFindings => _reusedFindings;

    /// <summary>Whether a usable cache of an earlier build was found.</summary>
    public bool HasPrevious => _previous is not null;

    /// <summary>
    /// Opens the cache in <paramref name="outputFolder"/>: the earlier build's, when it was made with the same
    /// <paramref name="fingerprint"/> and <paramref name="reuse"/> is true, else an empty one; either way it records this build.
    /// </summary>
    public static BuildCache Open(string outputFolder, string fingerprint, bool reuse = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputFolder);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var folder = Path.Combine(outputFolder, FolderName);
        CacheManifest? previous = null;
        var manifest = Path.Combine(folder, ManifestName);
        if (reuse && File.Exists(manifest))
        {
            try
            {
                using var stream = File.OpenRead(manifest);
                previous = JsonSerializer.Deserialize<CacheManifest>(stream, JsonOptions);
            }
            catch (JsonException)
            {
                previous = null;
            }

            if (previous is not null && (previous.Format != CacheManifest.CurrentFormat || previous.Fingerprint != fingerprint))
            {
                previous = null;
            }
        }

        return new BuildCache(folder, fingerprint, previous);
    }

    /// <inheritdoc />
    public IReadOnlyList<PendingRead>? Unchanged(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        FileInfo info;
        try
        {
            info = new FileInfo(file);
            _stamps[file] = (info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (_previous is null
            || !_previous.Files.TryGetValue(file, out var cached)
            || cached.Size != info.Length
            || cached.ModifiedTicks != info.LastWriteTimeUtc.Ticks
            || cached.Outcomes.Any(o => o.Id is { } id && !_previous.Articles.ContainsKey(id)))
        {
            return null;
        }

        _unchangedFiles++;
        return [.. cached.Outcomes.Select(outcome => outcome.Id is { } id
            ? new PendingRead(outcome.Source, () => Restore(id, outcome.Source))
            : PendingRead.Done(new InputFailed(outcome.Source, outcome.Reason ?? InputFailureReason.Unreadable, outcome.Message ?? string.Empty)))];
    }

    /// <summary>Writes the record of this build over the earlier one (call after the output files are written).</summary>
    public void Commit()
    {
        _newArticles.Flush(flushToDisk: true);
        _newArticles.Dispose();
        var manifest = new CacheManifest(_fingerprint, _articlesFile, _files, _articles);
        AtomicFileWriter.WriteJsonAsync(Path.Combine(_folder, ManifestName), manifest, JsonOptions).GetAwaiter().GetResult();
        _previousArticles?.Dispose();
        foreach (var old in Directory.EnumerateFiles(_folder, "articles-*.jsonl"))
        {
            if (Path.GetFileName(old) != _articlesFile)
            {
                File.Delete(old);
            }
        }
    }

    /// <summary>Closes the files; a build not committed leaves the earlier cache as it was.</summary>
    public void Dispose()
    {
        _previousArticles?.Dispose();
        if (_newArticles.CanWrite)
        {
            _newArticles.Dispose();
            File.Delete(Path.Combine(_folder, _articlesFile));
        }
    }

    /// <summary>The findings of the earlier build for an article with the same content and date, if any (thread-safe).</summary>
    internal CachedFindings? Findings(Article article)
    {
        var cached = _restored.TryRemove(article.Id, out var restored) ? restored : Read(article.Id);
        if (cached is null || cached.Metadata.Published != article.Metadata.Published)
        {
            return null;
        }

        Interlocked.Increment(ref _reusedFindings);
        return cached.Findings;
    }

    /// <summary>The record of one article for the next build (thread-safe).</summary>
    internal static byte[] Serialize(Article article, CachedFindings findings) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new CachedArticle(article.Id, article.Source, article.Metadata, article.Content.Original, article.Furniture, findings),
            JsonOptions);

    /// <summary>Records one outcome of this build, in reading order, with the article's record when it is a new article.</summary>
    internal void Record(ArticleReadOutcome outcome, byte[]? record)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var file = outcome.Source.File;
        if (!_stamps.TryGetValue(file, out var stamp))
        {
            return;
        }

        if (!_files.TryGetValue(file, out var entry))
        {
            _files[file] = entry = new CachedFile(stamp.Size, stamp.Ticks, []);
        }

        switch (outcome)
        {
            case ArticleRead read:
                entry.Outcomes.Add(new CachedOutcome(read.Source, read.Article.Id));
                if (record is not null && !_articles.ContainsKey(read.Article.Id))
                {
                    _articles[read.Article.Id] = [_newArticles.Position, record.Length];
                    _newArticles.Write(record);
                    _newArticles.WriteByte((byte)'\n');
                }

                break;
            case DuplicateArticle duplicate:
                entry.Outcomes.Add(new CachedOutcome(duplicate.Source, duplicate.Id));
                break;
            case InputFailed failed:
                entry.Outcomes.Add(new CachedOutcome(failed.Source, null, failed.Reason, failed.Message));
                break;
        }
    }

    private ArticleReadOutcome Restore(string id, ArticleSource source)
    {
        var cached = Read(id) ?? throw new InvalidDataException($"The build cache in {_folder} lost the article {id}; run graph build --rebuild.");
        var article = cached.ToArticle(source);
        _restored[id] = cached;
        return new ArticleRead(article, []);
    }

    private CachedArticle? Read(string id)
    {
        if (_previous is null || _previousArticles is null || !_previous.Articles.TryGetValue(id, out var place))
        {
            return null;
        }

        var bytes = new byte[place[1]];
        RandomAccess.Read(_previousArticles.SafeFileHandle, bytes, place[0]);
        return JsonSerializer.Deserialize<CachedArticle>(bytes, JsonOptions);
    }
}
