using Graph.Text;

namespace Graph.Articles;

/// <summary>
/// Makes an <see cref="Article"/> from the original text of one input: leaves the page furniture out,
/// normalizes the rest, derives the id from the normalized text and finds the metadata.
/// </summary>
public sealed class ArticleFactory
{
    private readonly PageFurnitureFinder _furniture;
    private readonly ArticleMetadataExtractor _metadata;

    /// <summary>Creates a factory with the default furniture finder and metadata extractor.</summary>
    public ArticleFactory()
        : this(new PageFurnitureFinder(), new ArticleMetadataExtractor())
    {
    }

    /// <summary>Creates a factory with the given furniture finder and metadata extractor.</summary>
    public ArticleFactory(PageFurnitureFinder furniture, ArticleMetadataExtractor metadata)
    {
        ArgumentNullException.ThrowIfNull(furniture);
        ArgumentNullException.ThrowIfNull(metadata);
        _furniture = furniture;
        _metadata = metadata;
    }

    /// <summary>The metadata extractor, for reading given fields such as a <c>published</c> string.</summary>
    public ArticleMetadataExtractor Metadata => _metadata;

    /// <summary>
    /// The article whose original text is <paramref name="original"/>, or null when nothing but
    /// whitespace and page furniture is left. <paramref name="fields"/> given by the input win over what
    /// is found in the text (a given outlet goes first among the found ones).
    /// </summary>
    public Article? Create(string original, ArticleSource source, ArticleInputFields? fields = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(source);
        var furniture = _furniture.Find(original);
        var content = PersianNormalizer.Instance.Normalize(original, furniture);
        if (string.IsNullOrWhiteSpace(content.Text))
        {
            return null;
        }

        var found = _metadata.Extract(content.Text);
        var metadata = fields is null
            ? found
            : new ArticleMetadata(
                string.IsNullOrWhiteSpace(fields.Title) ? found.Title : fields.Title.Trim(),
                string.IsNullOrWhiteSpace(fields.Outlet) ? found.Outlets : [.. found.Outlets.Prepend(PersianNormalizer.Instance.NormalizeString(fields.Outlet)).Distinct(StringComparer.Ordinal)],
                fields.Published ?? found.Published,
                fields.Published is not null ? fields.PublishedTime : found.PublishedTime);
        return new Article(Article.CreateId(content.Text), source, metadata, content) { Furniture = furniture };
    }
}
