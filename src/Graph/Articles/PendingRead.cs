namespace Graph.Articles;

/// <summary>
/// One input read from disk whose costly part (decoding, normalization, metadata) is still to be done:
/// <see cref="Complete"/> does it and may run on any thread. Inputs that failed before that are already complete.
/// </summary>
public sealed class PendingRead
{
    private readonly Func<ArticleReadOutcome>? _complete;
    private readonly ArticleReadOutcome? _outcome;

    internal PendingRead(ArticleSource source, Func<ArticleReadOutcome> complete)
    {
        Source = source;
        _complete = complete;
    }

    private PendingRead(ArticleReadOutcome outcome)
    {
        Source = outcome.Source;
        _outcome = outcome;
    }

    /// <summary>The input (file, and line for JSON Lines).</summary>
    public ArticleSource Source { get; }

    /// <summary>Whether the input is a JSON Lines file in an encoding that stops its reading.</summary>
    internal bool IsUnknownEncoding => _outcome is InputFailed { Reason: InputFailureReason.UnknownEncoding };

    /// <summary>Decodes and normalizes the input into its outcome (an article or a failure); duplicates are not marked here.</summary>
    public ArticleReadOutcome Complete() => _outcome ?? _complete!();

    /// <summary>An input whose outcome is already known.</summary>
    internal static PendingRead Done(ArticleReadOutcome outcome) => new(outcome);
}
