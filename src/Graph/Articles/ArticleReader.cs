using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace Graph.Articles;

/// <summary>
/// Reads articles from files, folders (recursively, files matching <see cref="ArticleReaderOptions.Pattern"/>
/// and every <c>*.jsonl</c>), JSON Lines files (one article per line) and standard input (<c>-</c>, one article),
/// one at a time. Each input that cannot become an article comes out as an <see cref="InputFailed"/>
/// and reading goes on; an article whose normalized text was read before comes out as a <see cref="DuplicateArticle"/>.
/// </summary>
public sealed class ArticleReader : IArticleReader
{
    /// <summary>The input that stands for standard input.</summary>
    public const string StandardInput = "-";

    private readonly ArticleReaderOptions _options;
    private readonly ArticleFactory _factory;
    private readonly JsonLineArticleParser _jsonLines;
    private readonly Func<string, Stream> _openFile;

    /// <summary>Creates a reader with the default options.</summary>
    public ArticleReader()
        : this(new ArticleReaderOptions())
    {
    }

    /// <summary>Creates a reader with <paramref name="options"/> and the default <see cref="ArticleFactory"/>.</summary>
    public ArticleReader(ArticleReaderOptions options)
        : this(options, new ArticleFactory())
    {
    }

    /// <summary>Creates a reader with <paramref name="options"/> that makes articles with <paramref name="factory"/>.</summary>
    public ArticleReader(ArticleReaderOptions options, ArticleFactory factory)
        : this(options, factory, path => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
    {
    }

    /// <summary>Creates a reader that opens files with <paramref name="openFile"/> (tests use it to simulate unreadable files).</summary>
    internal ArticleReader(ArticleReaderOptions options, ArticleFactory factory, Func<string, Stream> openFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxArticleBytes);
        _options = options;
        _factory = factory;
        _jsonLines = new JsonLineArticleParser(factory);
        _openFile = openFile;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ArticleReadOutcome> ReadAsync(IReadOnlyList<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var duplicates = new DuplicateFilter();
        await foreach (var pending in ReadPendingAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            yield return duplicates.Filter(pending.Complete());
        }
    }

    /// <summary>
    /// Reads <paramref name="inputs"/> in order like <see cref="ReadAsync"/>, but leaves the costly part of each
    /// article (decoding, normalization, metadata) to <see cref="PendingRead.Complete"/>, which may run on
    /// other threads, and does not mark duplicates: pass the completed outcomes, in this order, through a
    /// <see cref="DuplicateFilter"/> to get exactly what <see cref="ReadAsync"/> gives.
    /// </summary>
    public async IAsyncEnumerable<PendingRead> ReadPendingAsync(IReadOnlyList<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var pending in ReadInputAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return pending;
            }
        }
    }

    private async IAsyncEnumerable<PendingRead> ReadInputAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (input == StandardInput)
        {
            yield return await ReadTextAsync(new ArticleSource(StandardInput), _options.OpenStandardInput, cancellationToken).ConfigureAwait(false);
        }
        else if (Directory.Exists(input))
        {
            await foreach (var outcome in ReadFolderAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
        else if (File.Exists(input))
        {
            await foreach (var outcome in ReadFileAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
        else
        {
            yield return PendingRead.Done(new InputFailed(new ArticleSource(input), InputFailureReason.NotFound, "does not exist"));
        }
    }

    private async IAsyncEnumerable<PendingRead> ReadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (files, failure) = ListFiles(folder);
        if (failure is not null)
        {
            yield return PendingRead.Done(failure);
            yield break;
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var outcome in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>The files of <paramref name="folder"/> to read, in ordinal order of their paths, or why there are none.</summary>
    private (IReadOnlyList<string> Files, InputFailed? Failure) ListFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false };
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", options)
                .Where(f => IsJsonLines(f) || FileSystemName.MatchesSimpleExpression(_options.Pattern, Path.GetFileName(f), ignoreCase: true))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ([], new InputFailed(new ArticleSource(folder), InputFailureReason.Unreadable, $"cannot be listed ({exception.Message})"));
        }

        return files.Count == 0
            ? ([], new InputFailed(new ArticleSource(folder), InputFailureReason.NoMatchingFiles, $"holds no file matching {_options.Pattern} or *.jsonl"))
            : (files, null);
    }

    private async IAsyncEnumerable<PendingRead> ReadFileAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_options.Cache?.Unchanged(file) is { } cached)
        {
            foreach (var pending in cached)
            {
                yield return pending;
            }

            yield break;
        }

        if (!IsJsonLines(file))
        {
            yield return await ReadTextAsync(new ArticleSource(file), () => _openFile(file), cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var (stream, failure) = Open(file, () => _openFile(file));
        if (stream is null)
        {
            yield return PendingRead.Done(failure!);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var lines = new BoundedLineReader(stream, _options.MaxArticleBytes);
            var records = 0;
            while (true)
            {
                var (line, readFailure) = await ReadLineAsync(lines, file, cancellationToken).ConfigureAwait(false);
                if (readFailure is not null)
                {
                    yield return PendingRead.Done(readFailure);
                    yield break;
                }

                if (line is null)
                {
                    break;
                }

                var pending = ParseLine(file, line, ref records);
                if (pending is { IsUnknownEncoding: true })
                {
                    yield return pending;
                    yield break;
                }

                if (pending is not null)
                {
                    yield return pending;
                }
            }

            if (records == 0)
            {
                yield return PendingRead.Done(new InputFailed(new ArticleSource(file), InputFailureReason.Empty, "holds no JSON Lines records"));
            }
        }
    }

    /// <summary>The outcome of one JSON Lines line, parsed when completed; null for a blank line, which is skipped.</summary>
    private PendingRead? ParseLine(string file, BoundedLine line, ref int records)
    {
        var source = new ArticleSource(file, line.Number);
        if (line.Bytes is not { } bytes)
        {
            records++;
            return PendingRead.Done(new InputFailed(source, InputFailureReason.TooLarge, $"is {line.Length} bytes, over the article size limit of {_options.MaxArticleBytes} bytes"));
        }

        if (line.Number == 1)
        {
            if (bytes.AsSpan().StartsWith(ArticleTextDecoder.Utf8Bom))
            {
                bytes = bytes[ArticleTextDecoder.Utf8Bom.Length..];
            }
            else if (ArticleTextDecoder.HasUtf16ByteOrderMark(bytes))
            {
                return PendingRead.Done(new InputFailed(new ArticleSource(file), InputFailureReason.UnknownEncoding, "is UTF-16; JSON Lines files must be UTF-8"));
            }
        }

        if (bytes.AsSpan().Trim(" \t\r\f\v"u8).IsEmpty)
        {
            return null;
        }

        records++;
        var number = line.Number;
        return new PendingRead(source, () => _jsonLines.Parse(bytes, file, number));
    }

    private async Task<PendingRead> ReadTextAsync(ArticleSource source, Func<Stream> open, CancellationToken cancellationToken)
    {
        var (stream, failure) = Open(source.File, open);
        if (stream is null)
        {
            return PendingRead.Done(failure!);
        }

        byte[]? bytes;
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                bytes = stream.CanSeek && stream.Length > _options.MaxArticleBytes
                    ? null
                    : await ReadAtMostAsync(stream, _options.MaxArticleBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return PendingRead.Done(new InputFailed(source, InputFailureReason.Unreadable, $"cannot be read ({exception.Message})"));
            }
        }

        if (bytes is null)
        {
            return PendingRead.Done(new InputFailed(source, InputFailureReason.TooLarge, $"is over the article size limit of {_options.MaxArticleBytes} bytes"));
        }

        if (bytes.Length == 0)
        {
            return PendingRead.Done(new InputFailed(source, InputFailureReason.Empty, "is empty"));
        }

        return new PendingRead(source, () => Create(source, bytes));
    }

    private ArticleReadOutcome Create(ArticleSource source, byte[] bytes)
    {
        var decoded = ArticleTextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return new InputFailed(source, decoded.Failure!.Value, decoded.Message!);
        }

        var article = _factory.Create(decoded.Text, source with { Encoding = decoded.Encoding });
        return article is null
            ? new InputFailed(source, InputFailureReason.Empty, "has no article text (only whitespace or page furniture)")
            : new ArticleRead(article, []);
    }

    private static (Stream? Stream, InputFailed? Failure) Open(string file, Func<Stream> open)
    {
        try
        {
            return (open(), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var link = file == StandardInput ? null : new FileInfo(file).LinkTarget;
            var message = link is not null && exception is FileNotFoundException or DirectoryNotFoundException
                ? $"cannot be read: it is a broken symbolic link to {link}"
                : $"cannot be read ({exception.Message})";
            return (null, new InputFailed(new ArticleSource(file), InputFailureReason.Unreadable, message));
        }
    }

    private static async Task<(BoundedLine? Line, InputFailed? Failure)> ReadLineAsync(BoundedLineReader lines, string file, CancellationToken cancellationToken)
    {
        try
        {
            return (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, new InputFailed(new ArticleSource(file), InputFailureReason.Unreadable, $"cannot be read ({exception.Message})"));
        }
    }

    /// <summary>All bytes of <paramref name="stream"/>, or null when there are more than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}
