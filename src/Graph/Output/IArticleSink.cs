using Graph.Articles;

namespace Graph.Output;

/// <summary>
/// A stage after reading: receives every outcome of the read stage, in order, and writes its output
/// files when reading is done. <c>graph extract</c> runs a list of them (articles.json, the graph…).
/// </summary>
public interface IArticleSink
{
    /// <summary>Takes one outcome of the read stage (an article, a duplicate or a failed input).</summary>
    void Accept(ArticleReadOutcome outcome);

    /// <summary>Writes the sink's files into <paramref name="outputFolder"/>, each one atomically.</summary>
    Task WriteAsync(string outputFolder, CancellationToken cancellationToken);
}
