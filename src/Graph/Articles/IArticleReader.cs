namespace Graph.Articles;

/// <summary>Reads articles from files, folders, JSON Lines files and standard input.</summary>
public interface IArticleReader
{
    /// <summary>
    /// Reads <paramref name="inputs"/> in order, one article at a time: paths of files or folders,
    /// or <c>-</c> for standard input. Bad inputs come out as <see cref="InputFailed"/> and reading goes on.
    /// </summary>
    IAsyncEnumerable<ArticleReadOutcome> ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default);
}
