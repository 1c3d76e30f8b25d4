using Graph.Text;

namespace Graph.Articles;

/// <summary>An article read from some input, with its metadata and normalized content.</summary>
/// <param name="Id">Stable content id: <c>article:</c> and a hash of the normalized content.</param>
/// <param name="Source">Where the article was read from.</param>
/// <param name="Metadata">Title, outlets and publication date.</param>
/// <param name="Content">The normalized article text (page furniture excluded) with its map to the original text.</param>
public sealed record Article(string Id, ArticleSource Source, ArticleMetadata Metadata, NormalizedText Content);
