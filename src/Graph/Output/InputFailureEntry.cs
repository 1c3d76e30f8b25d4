using System.Text.Json.Serialization;

namespace Graph.Output;

/// <summary>An input that could not become an article, as written to <c>articles.json</c>.</summary>
/// <param name="File">The file or folder as given.</param>
/// <param name="Line">The line of a JSON Lines file.</param>
/// <param name="Reason">The reason, in camelCase (<c>empty</c>, <c>binary</c>, <c>malformedJsonLine</c>…).</param>
/// <param name="Message">What went wrong, in words.</param>
public sealed record InputFailureEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("message")] string Message);
