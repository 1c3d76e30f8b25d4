using System.CommandLine;
using Serilog;
using Serilog.Events;

namespace Graph.Cli;

/// <summary>The entry point of the <c>graph</c> command.</summary>
public static class Program
{
    /// <summary>Parses the command line, configures logging and runs the chosen command.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

    /// <summary>Builds the command tree: the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand() => CreateRootCommand(null);

    /// <summary>Runs the command line; tests replace standard input (for <c>-</c>) and the writers of help and usage errors.</summary>
    internal static async Task<int> RunAsync(string[] args, Func<Stream>? standardInput = null, InvocationConfiguration? invocation = null)
    {
        var parseResult = CreateRootCommand(standardInput).Parse(args);
        Log.Logger = CreateLogger(parseResult.GetValue(GlobalOptions.Verbosity));
        try
        {
            return await parseResult.InvokeAsync(invocation);
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static RootCommand CreateRootCommand(Func<Stream>? standardInput)
    {
        var root = new RootCommand("graph: builds a knowledge graph (people, countries, places, organizations, meetings, events) from Persian news articles.");
        root.Options.Add(GlobalOptions.Verbosity);
        root.Subcommands.Add(BuildCommand.Create(standardInput));
        root.Subcommands.Add(ExtractCommand.Create(standardInput));
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainNerCommand.Create());
        root.Subcommands.Add(EvalNerCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        return root;
    }

    private static ILogger CreateLogger(Verbosity verbosity) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(ToLevel(verbosity))
            .WriteTo.Console(
                outputTemplate: verbosity >= Verbosity.Detailed
                    ? "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}"
                    : "{Level:w}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();

    /// <summary>Maps a verbosity to the lowest Serilog level that is written.</summary>
    internal static LogEventLevel ToLevel(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => LogEventLevel.Error,
        Verbosity.Minimal => LogEventLevel.Warning,
        Verbosity.Normal => LogEventLevel.Information,
        Verbosity.Detailed => LogEventLevel.Debug,
        _ => LogEventLevel.Verbose,
    };
}
