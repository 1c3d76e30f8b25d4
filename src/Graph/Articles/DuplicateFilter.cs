namespace Graph.Articles;

/// <summary>
/// Marks as <see cref="DuplicateArticle"/> every article whose id was read before: fed the outcomes in
/// reading order, the first source of an id is kept. Not thread-safe: one reader feeds it in order.
/// </summary>
public sealed class DuplicateFilter
{
    private readonly Dictionary<string, ArticleSource> _firstSources = new(StringComparer.Ordinal);

    /// <summary>The outcome itself, or a <see cref="DuplicateArticle"/> when it is an article already seen.</summary>
    public ArticleReadOutcome Filter(ArticleReadOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome is ArticleRead read && !_firstSources.TryAdd(read.Article.Id, read.Article.Source))
        {
            return new DuplicateArticle(read.Article.Id, read.Article.Source, _firstSources[read.Article.Id]);
        }

        return outcome;
    }
}
