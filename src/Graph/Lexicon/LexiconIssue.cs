namespace Graph.Lexicon;

/// <summary>A problem found in a lexicon file: an error (the load fails) or a warning.</summary>
/// <param name="Source">The file (or resource) name.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Path">The JSON path (<c>$.entities[3].roles[0].from</c>), when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record LexiconIssue(string Source, int? Line, string? Path, string Message)
{
    /// <summary>Formats the issue as <c>source:line: path: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}:{line}" : Source;
        return Path is null ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}
