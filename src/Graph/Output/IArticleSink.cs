using Graph.Articles;

namespace Graph.Output;

/// <summary>
/// A stage after reading: receives every outcome of the read stage, in order, and writes its output
/// files when reading is done. <c>graph extract</c> runs a list of them (articles.json, the graph…).
/// The costly work on one article may be done ahead, on any thread, by <see cref="Prepare"/>; its
/// result comes back to <see cref="Accept(ArticleReadOutcome, object)"/>, which is called in reading order.
/// </summary>
public interface IArticleSink
{
    /// <summary>Takes one outcome of the read stage (an article, a duplicate or a failed input).</summary>
    void Accept(ArticleReadOutcome outcome);

    /// <summary>
    /// Does the sink's work on one article that depends on no other article. Thread-safe: called from
    /// several threads at once, in any order. Returns what <see cref="Accept(ArticleReadOutcome, object)"/> needs, or null.
    /// </summary>
    object? Prepare(Article article) => null;

    /// <summary>Takes one outcome with what <see cref="Prepare"/> made of its article (null for other outcomes or when not prepared).</summary>
    void Accept(ArticleReadOutcome outcome, object? prepared) => Accept(outcome);

    /// <summary>Writes the sink's files into <paramref name="outputFolder"/>, each one atomically.</summary>
    Task WriteAsync(string outputFolder, CancellationToken cancellationToken);
}
