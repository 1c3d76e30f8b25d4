using System.Security.Cryptography;
using System.Text;
using Graph.Model;
using Graph.Text;

namespace Graph.Articles;

/// <summary>An article read from some input, with its metadata and normalized content.</summary>
/// <param name="Id">Stable content id: <c>article:</c> and a hash of the normalized content.</param>
/// <param name="Source">Where the article was read from.</param>
/// <param name="Metadata">Title, outlets and publication date.</param>
/// <param name="Content">The normalized article text (page furniture excluded) with its map to the original text.</param>
public sealed record Article(string Id, ArticleSource Source, ArticleMetadata Metadata, NormalizedText Content)
{
    /// <summary>The prefix of every article id.</summary>
    public const string IdPrefix = "article:";

    /// <summary>The page-furniture lines of the original text left out of <see cref="Content"/>, as spans of the original.</summary>
    public IReadOnlyList<TextSpan> Furniture { get; init; } = [];

    /// <summary>The id of an article whose normalized text is <paramref name="normalizedText"/>: <c>article:</c> and the first 16 hex digits of its SHA-256.</summary>
    public static string CreateId(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText));
        return IdPrefix + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>The article as it appears in <c>graph.json</c>, with the files of its <paramref name="duplicates"/>.</summary>
    public ArticleRecord ToRecord(IReadOnlyList<ArticleSource>? duplicates = null) =>
        new(Id, Source.File, Metadata.Title, Metadata.Outlets, Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        {
            Line = Source.Line,
            SourceId = Source.SourceId,
            Url = Source.Url,
            Duplicates = duplicates is { Count: > 0 } ? [.. duplicates.Select(d => d.Line is { } line ? $"{d.File}:{line}" : d.File)] : null,
        };
}
