namespace Graph.Lexicon;

/// <summary>Thrown when lexicon files cannot be loaded; lists every error found.</summary>
public sealed class LexiconException : Exception
{
    private const int ErrorsInMessage = 20;

    /// <summary>Creates the exception for one or more errors.</summary>
    public LexiconException(IReadOnlyList<LexiconIssue> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a plain message and no located errors.</summary>
    public LexiconException()
        : this("The lexicon could not be loaded.")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public LexiconException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a plain message and the exception that caused it.</summary>
    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<LexiconIssue> Errors { get; }

    private static string Describe(IReadOnlyList<LexiconIssue> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var lines = errors.Take(ErrorsInMessage).Select(e => "  " + e);
        var more = errors.Count > ErrorsInMessage ? [$"  … and {errors.Count - ErrorsInMessage} more"] : Array.Empty<string>();
        var header = errors.Count == 1 ? "The lexicon has an error:" : $"The lexicon has {errors.Count} errors:";
        return string.Join(Environment.NewLine, lines.Prepend(header).Concat(more));
    }
}
