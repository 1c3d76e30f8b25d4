using Graph.Articles;

namespace Graph.Extraction;

/// <summary>What <see cref="GraphExtractor.Extract"/> found in one article, ready to be merged with <see cref="GraphExtractor.Add(ExtractedArticle)"/>.</summary>
public sealed class ExtractedArticle
{
    internal ExtractedArticle(ArticleExtraction extraction) => Extraction = extraction;

    /// <summary>The article the findings are about.</summary>
    public Article Article => Extraction.Article;

    internal ArticleExtraction Extraction { get; }
}
