using System.Text.Json.Serialization;
using Graph.Articles;

namespace Graph.Output;

/// <summary>Where a copy of an article was found, as written to <c>articles.json</c>.</summary>
/// <param name="File">The file (<c>-</c> for standard input).</param>
/// <param name="Line">The line of a JSON Lines file.</param>
/// <param name="SourceId">The record's own id in a JSON Lines file.</param>
public sealed record ArticleOrigin(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("sourceId")] string? SourceId)
{
    /// <summary>The origin of <paramref name="source"/>.</summary>
    public static ArticleOrigin From(ArticleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.File, source.Line, source.SourceId);
    }
}
