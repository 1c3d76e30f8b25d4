using Graph.Articles;
using Graph.Output;
using Graph.Pipeline;
using Serilog;

namespace Graph.Cli;

/// <summary>
/// The stages of <c>graph extract</c>: the read stage streams articles (read, normalized and prepared on
/// several threads, see <see cref="ParallelArticleStream"/>) into every sink in reading order, then the write
/// stage asks each sink to write its files; failures of single inputs are logged and counted, and decide the exit code.
/// </summary>
internal sealed class ExtractPipeline(ParallelArticleStream stream, IReadOnlyList<IArticleSink> sinks, ReadProgress? progress)
{
    /// <summary>The progress bar appears once more than this many inputs have been handled.</summary>
    public const int ProgressThreshold = 20;

    private ReadSummary _summary = ReadSummary.Empty;
    private List<ArticleReadOutcome>? _deferredLog;

    /// <summary>Reads <paramref name="inputs"/>, writes the output files into <paramref name="outputFolder"/> and returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> inputs, string outputFolder, CancellationToken cancellationToken)
    {
        try
        {
            await ReadAsync(inputs, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            // Each sink writes its own files: they are written at the same time.
            await Task.WhenAll(sinks.Select(sink => Task.Run(() => sink.WriteAsync(outputFolder, cancellationToken), cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.Warning("Cancelled; no output file was left half-written");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error("Cannot write the output to {Folder}: {Message}", outputFolder, exception.Message);
            return ExitCodes.OutputFailed;
        }

        LogSummary(outputFolder);
        return _summary.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private async Task ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var outcomes = stream.ReadAsync(inputs, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (outcomes)
        {
            var handled = 0;
            while (await outcomes.MoveNextAsync())
            {
                Handle(outcomes.Current);
                if (++handled == ProgressThreshold && progress is not null)
                {
                    // Log lines written while the bar is drawn would tear it; they are written after it.
                    _deferredLog = [];
                    try
                    {
                        await progress.ShowWhileAsync(outcomes, outcome => Handle(outcome));
                    }
                    finally
                    {
                        var deferred = _deferredLog;
                        _deferredLog = null;
                        deferred.ForEach(LogOutcome);
                    }

                    break;
                }
            }
        }
    }

    private ReadSummary Handle(PreparedOutcome prepared)
    {
        var outcome = prepared.Outcome;
        _summary = _summary.Add(outcome);
        for (var i = 0; i < sinks.Count; i++)
        {
            sinks[i].Accept(outcome, prepared.Prepared[i]);
        }

        if (_deferredLog is not null)
        {
            _deferredLog.Add(outcome);
        }
        else
        {
            LogOutcome(outcome);
        }

        return _summary;
    }

    private static void LogOutcome(ArticleReadOutcome outcome)
    {
        switch (outcome)
        {
            case ArticleRead read:
                Log.Debug("Read {Id} from {Source}: {Title}", read.Article.Id, Describe(read.Article.Source), read.Article.Metadata.Title);
                foreach (var warning in read.Warnings)
                {
                    Log.Warning("{Warning}", warning);
                }

                break;
            case DuplicateArticle duplicate:
                Log.Debug("{Source} is the same article as {First} ({Id}); kept the first", Describe(duplicate.Source), Describe(duplicate.First), duplicate.Id);
                break;
            case InputFailed failed:
                Log.Error("Skipped {Input}", failed.Describe());
                break;
        }
    }

    private void LogSummary(string outputFolder)
    {
        var reasons = _summary.Failures.Count == 0
            ? ""
            : " (" + string.Join(", ", _summary.Failures.Select(f => $"{f.Value} {Describe(f.Key)}")) + ")";
        Log.Information(
            "Read {Read} articles; {Duplicates} duplicates (listed in articles.json); {Failed} inputs failed{Reasons}",
            _summary.Read,
            _summary.Duplicates,
            _summary.Failed,
            reasons);
        Log.Information("Wrote the output to {Folder}", outputFolder);
    }

    private static string Describe(ArticleSource source) => source.Line is { } line ? $"{source.File}:{line}" : source.File;

    private static string Describe(InputFailureReason reason) => reason switch
    {
        InputFailureReason.NotFound => "not found",
        InputFailureReason.Unreadable => "unreadable",
        InputFailureReason.NoMatchingFiles => "folder without matching files",
        InputFailureReason.Empty => "empty",
        InputFailureReason.Binary => "binary",
        InputFailureReason.TooLarge => "too large",
        InputFailureReason.UnknownEncoding => "unknown encoding",
        InputFailureReason.MalformedJsonLine => "malformed JSON line",
        InputFailureReason.MissingText => "JSON line without text",
        _ => reason.ToString(),
    };
}
