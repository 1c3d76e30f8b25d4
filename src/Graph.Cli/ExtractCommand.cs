using System.CommandLine;

namespace Graph.Cli;

/// <summary>The <c>graph extract</c> command: reads articles and writes the graph files.</summary>
internal static class ExtractCommand
{
    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders, JSON Lines files (*.jsonl) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => ["seeds"],
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The output folder.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var command = new Command("extract", "Reads articles and writes the extracted graph to DIR/graph.json.")
        {
            inputs,
            output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            _ = parseResult.GetValue(inputs);
            _ = parseResult.GetValue(output);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
