namespace Graph.Articles;

/// <summary>An input could not become an article; it was skipped and reading went on.</summary>
/// <param name="Source">The file (and line, for JSON Lines) that failed.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="Message">What went wrong, in words, without the file name.</param>
public sealed record InputFailed(ArticleSource Source, InputFailureReason Reason, string Message) : ArticleReadOutcome(Source)
{
    /// <summary>The message with the file (and line) in front, as <c>file:line: message</c>.</summary>
    public string Describe() => Source.Line is { } line ? $"{Source.File}:{line}: {Message}" : $"{Source.File}: {Message}";
}
