using Graph.Articles;
using Graph.Text;

namespace Graph.Pipeline;

/// <summary>One article as kept between runs of <c>graph build</c>: its original text, where it came from, its metadata and findings.</summary>
internal sealed record CachedArticle(
    string Id,
    ArticleSource Source,
    ArticleMetadata Metadata,
    string Original,
    IReadOnlyList<TextSpan> Furniture,
    CachedFindings Findings)
{
    /// <summary>The article again: the original text normalized as when it was read (normalization is cheap and the same every time).</summary>
    public Article ToArticle(ArticleSource source) =>
        new(Id, source, Metadata, PersianNormalizer.Instance.Normalize(Original, Furniture)) { Furniture = Furniture };
}
