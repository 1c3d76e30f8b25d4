using Graph.Articles;
using Spectre.Console;

namespace Graph.Cli;

/// <summary>A progress bar on standard error (never standard output) while many articles are read.</summary>
internal sealed class ReadProgress
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Shows the bar while <paramref name="handle"/> takes the rest of <paramref name="outcomes"/>; the bar is cleared at the end.</summary>
    public Task ShowWhileAsync<T>(IAsyncEnumerator<T> outcomes, Func<T, ReadSummary> handle) =>
        _console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Reading articles").IsIndeterminate();
                while (await outcomes.MoveNextAsync())
                {
                    var summary = handle(outcomes.Current);
                    task.Description = $"Reading articles: {summary.Read} read, {summary.Duplicates} duplicates, {summary.Failed} failed";
                }

                task.StopTask();
            });
}
