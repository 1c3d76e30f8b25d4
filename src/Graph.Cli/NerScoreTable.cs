using System.Globalization;
using Graph.Ner;

namespace Graph.Cli;

/// <summary>Writes span-level scores as a Markdown table: one row per type, then PER+LOC+ORG together and all types together.</summary>
internal static class NerScoreTable
{
    /// <summary>The types whose micro-averaged F1 is the headline figure.</summary>
    public static readonly string[] MainTypes = ["PER", "LOC", "ORG"];

    /// <summary>Writes the table of <paramref name="evaluator"/> under <paramref name="title"/>.</summary>
    public static void Write(TextWriter output, string title, SpanEvaluator evaluator)
    {
        output.WriteLine(title);
        output.WriteLine();
        output.WriteLine("| type | gold | predicted | correct | precision | recall | F1 |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var type in evaluator.Types)
        {
            WriteRow(output, evaluator.Score(type));
        }

        WriteRow(output, evaluator.Micro(MainTypes));
        WriteRow(output, evaluator.Micro([.. evaluator.Types]) with { Type = "all" });
        output.WriteLine();
    }

    private static void WriteRow(TextWriter output, SpanScore score) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {score.Type} | {score.Gold} | {score.TruePositives + score.FalsePositives} | {score.TruePositives} | {score.Precision:F3} | {score.Recall:F3} | {score.F1:F3} |"));
}
