namespace Graph.Articles;

/// <summary>An input held the same article (same normalized text) as one read before; only the first is kept.</summary>
/// <param name="Id">The id the two share.</param>
/// <param name="Source">Where the duplicate was found.</param>
/// <param name="First">Where the kept article was read from.</param>
public sealed record DuplicateArticle(string Id, ArticleSource Source, ArticleSource First) : ArticleReadOutcome(Source);
