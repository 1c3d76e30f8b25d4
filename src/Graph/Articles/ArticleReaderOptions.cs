namespace Graph.Articles;

/// <summary>Settings of <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>The default largest article, in bytes: 10 MB.</summary>
    public const long DefaultMaxArticleBytes = 10 * 1024 * 1024;

    /// <summary>The default file name pattern for folders.</summary>
    public const string DefaultPattern = "*.txt";

    /// <summary>Which files of a folder are read as plain-text articles (<c>*.jsonl</c> files are always read).</summary>
    public string Pattern { get; init; } = DefaultPattern;

    /// <summary>The largest article (a file, or a JSON Lines record) in bytes; larger ones fail as <see cref="InputFailureReason.TooLarge"/>.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>Opens the stream read for the input <c>-</c>; standard input unless replaced (in tests).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>What an earlier run read from files that have not changed since (<c>graph build</c>); none reads every file.</summary>
    public IInputCache? Cache { get; init; }
}
