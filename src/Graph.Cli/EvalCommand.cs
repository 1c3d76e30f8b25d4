using System.CommandLine;
using Graph.Evaluation;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph eval</c> command: scores a graph.json against a reference annotation, as score.py does.</summary>
internal static class EvalCommand
{
    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var graph = new Argument<string>("GRAPH")
        {
            Description = "The graph.json to score.",
        };
        var gold = new Option<string>("--gold")
        {
            Description = "The reference annotation, a kg-gold/1 JSON file (see docs/evaluation.md).",
            HelpName = "GOLD",
            Required = true,
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print, per article, the missed and extra entities and relations before the scores.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the scores and the per-article details as JSON.",
        };
        var command = new Command("eval", "Scores a graph against a reference annotation: precision, recall and F1 of entities and relations.")
        {
            graph,
            gold,
            verbose,
            json,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(gold),
            parseResult.GetRequiredValue(graph),
            parseResult.GetValue(verbose),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string goldPath, string graphPath, bool verbose, bool asJson, TextWriter output)
    {
        EvaluationReport report;
        try
        {
            report = GraphScorer.ScoreFile(GoldStandard.Load(goldPath), graphPath);
        }
        catch (EvaluationInputException e)
        {
            Log.Error("Cannot evaluate: {Problem}", e.Message);
            return ExitCodes.InputFailed;
        }

        if (asJson)
        {
            EvaluationReportWriter.WriteJson(report, output);
        }
        else
        {
            EvaluationReportWriter.WriteText(report, output, verbose);
        }

        return ExitCodes.Success;
    }
}
