namespace Graph.Articles;

/// <summary>An article was read.</summary>
/// <param name="Article">The article.</param>
/// <param name="Warnings">Things about the input worth telling the user that did not stop the article (an unreadable <c>published</c> field).</param>
public sealed record ArticleRead(Article Article, IReadOnlyList<string> Warnings) : ArticleReadOutcome(Article.Source);
