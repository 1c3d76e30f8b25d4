namespace Graph.Lexicon;

/// <summary>Collects the errors and warnings of a load and resolves their JSON paths to lines.</summary>
internal sealed class LexiconIssueList
{
    private readonly List<Pending> _pending = [];

    /// <summary>Whether an error was recorded.</summary>
    public bool HasErrors => _pending.Exists(p => p.IsError);

    /// <summary>Records an error at a value.</summary>
    public void Error(LexiconOrigin at, string message) => _pending.Add(new Pending(at.Source, at.Path, null, message, IsError: true));

    /// <summary>Records a warning at a value.</summary>
    public void Warning(LexiconOrigin at, string message) => _pending.Add(new Pending(at.Source, at.Path, null, message, IsError: false));

    /// <summary>Records an error, or a warning when the value comes from a user file.</summary>
    public void ErrorInBuiltIn(LexiconOrigin at, string message)
    {
        if (at.Source.IsBuiltIn)
        {
            Error(at, message);
        }
        else
        {
            Warning(at, message + " (ignored)");
        }
    }

    /// <summary>Records an error whose line is already known (malformed JSON).</summary>
    public void ErrorAtLine(LexiconSource source, int line, string? path, string message) =>
        _pending.Add(new Pending(source, path, line, message, IsError: true));

    /// <summary>The errors, with lines.</summary>
    public IReadOnlyList<LexiconIssue> Errors() => Resolve(isError: true);

    /// <summary>The warnings, with lines.</summary>
    public IReadOnlyList<LexiconIssue> Warnings() => Resolve(isError: false);

    private List<LexiconIssue> Resolve(bool isError)
    {
        var chosen = _pending.Where(p => p.IsError == isError).ToList();
        var lines = chosen
            .Where(p => p.Line is null && p.Path is not null)
            .GroupBy(p => p.Source)
            .ToDictionary(g => g.Key, g => JsonLineLocator.Locate(g.Key.Utf8.Span, g.Select(p => p.Path!).ToHashSet(StringComparer.Ordinal)));
        return chosen
            .Select(p => new LexiconIssue(
                p.Source.Name,
                p.Line ?? (p.Path is not null && lines.TryGetValue(p.Source, out var found) && found.TryGetValue(p.Path, out var line) ? line : null),
                p.Path,
                p.Message))
            .ToList();
    }

    private sealed record Pending(LexiconSource Source, string? Path, int? Line, string Message, bool IsError);
}
