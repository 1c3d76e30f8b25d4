using Graph.Text;

namespace Graph.Articles;

/// <summary>Metadata of an article, found in the text or given by the input.</summary>
/// <param name="Title">The title: given by the input, else the first non-empty line.</param>
/// <param name="Outlets">The reporting outlet first, then the outlets it cites.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="PublishedTime">The publication time, when the text gives one next to the date.</param>
public sealed record ArticleMetadata(string? Title, IReadOnlyList<string> Outlets, DateOnly? Published, TimeOnly? PublishedTime = null)
{
    /// <summary>Metadata with nothing known.</summary>
    public static ArticleMetadata Empty { get; } = new(null, [], null);
}
