namespace Graph.Articles;

/// <summary>Where an article came from, so that results can be joined back to the user's records.</summary>
/// <param name="File">The file path as given (<c>-</c> for standard input).</param>
/// <param name="Line">The 1-based line in a JSON Lines file.</param>
/// <param name="SourceId">The record's own <c>id</c> in a JSON Lines file.</param>
/// <param name="Url">The record's <c>url</c>, when given.</param>
public sealed record ArticleSource(string File, int? Line = null, string? SourceId = null, string? Url = null)
{
    /// <summary>The text encoding the input was read in (<c>utf-8</c>, <c>utf-16</c>, <c>utf-16BE</c>, <c>windows-1256</c>), when known.</summary>
    public string? Encoding { get; init; }
}
