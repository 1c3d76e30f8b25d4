using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Graph.Articles;
using Graph.Output;

namespace Graph.Pipeline;

/// <summary>
/// Reads articles as a stream: one reader lists and reads the inputs in order, <c>parallelism</c> workers
/// decode, normalize and prepare them (extraction, serialization) for every sink at once, and the outcomes
/// come out in reading order, duplicates marked as a sequential read would mark them, so what the sinks are
/// given does not depend on the parallelism. At most a few dozen articles per worker are in flight: memory
/// does not grow with the corpus.
/// </summary>
public sealed class ParallelArticleStream
{
    private const int InFlightPerWorker = 32;

    private readonly ArticleReader _reader;
    private readonly IReadOnlyList<IArticleSink> _sinks;
    private readonly int _parallelism;
    private readonly ArticleShard _shard;

    /// <summary>Creates the stream over <paramref name="reader"/>, preparing articles for <paramref name="sinks"/>.</summary>
    public ParallelArticleStream(ArticleReader reader, IReadOnlyList<IArticleSink> sinks, int parallelism, ArticleShard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _reader = reader;
        _sinks = sinks;
        _parallelism = parallelism;
        _shard = shard ?? ArticleShard.All;
    }

    /// <summary>The outcomes of reading <paramref name="inputs"/> that belong to the shard, in reading order, prepared for every sink.</summary>
    public async IAsyncEnumerable<PreparedOutcome> ReadAsync(IReadOnlyList<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var capacity = _parallelism * InFlightPerWorker;
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        var producer = Task.Run(() => ProduceAsync(inputs, work.Writer, ordered.Writer, stop.Token), CancellationToken.None);
        var workers = Enumerable.Range(0, _parallelism).Select(_ => Task.Run(() => WorkAsync(work.Reader, stop.Token), CancellationToken.None)).ToArray();
        var duplicates = new DuplicateFilter();
        try
        {
            await foreach (var item in ordered.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var (outcome, prepared) = await item.Result.ConfigureAwait(false);
                if (outcome is null)
                {
                    continue;
                }

                outcome = duplicates.Filter(outcome);
                yield return new PreparedOutcome(outcome, outcome is ArticleRead ? prepared : new object?[_sinks.Count]);
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers.Append(producer)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task ProduceAsync(IReadOnlyList<string> inputs, ChannelWriter<WorkItem> work, ChannelWriter<WorkItem> ordered, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var pending in _reader.ReadPendingAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                var item = new WorkItem(pending);
                // Into the ordered queue first: the consumer then waits for items the workers are sure to get.
                await ordered.WriteAsync(item, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            ordered.Complete();
            work.Complete();
        }
        catch (Exception exception)
        {
            ordered.Complete(exception);
            work.Complete(exception);
            throw;
        }
    }

    private async Task WorkAsync(ChannelReader<WorkItem> work, CancellationToken cancellationToken)
    {
        await foreach (var item in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            item.Run(_sinks, _shard);
        }
    }

    /// <summary>One input on its way through the workers.</summary>
    private sealed class WorkItem(PendingRead pending)
    {
        private readonly TaskCompletionSource<(ArticleReadOutcome?, object?[])> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The completed outcome (null when it belongs to another shard) and what each sink prepared.</summary>
        public Task<(ArticleReadOutcome? Outcome, object?[] Prepared)> Result => _result.Task;

        public void Run(IReadOnlyList<IArticleSink> sinks, ArticleShard shard)
        {
            try
            {
                var outcome = pending.Complete();
                var prepared = new object?[sinks.Count];
                if (!shard.Contains(outcome))
                {
                    _result.SetResult((null, prepared));
                    return;
                }

                if (outcome is ArticleRead read)
                {
                    for (var i = 0; i < sinks.Count; i++)
                    {
                        prepared[i] = sinks[i].Prepare(read.Article);
                    }
                }

                _result.SetResult((outcome, prepared));
            }
            catch (Exception exception)
            {
                _result.SetException(exception);
            }
        }
    }
}
