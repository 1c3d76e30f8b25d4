using System.Globalization;

namespace Graph.Evaluation;

/// <summary>Writes an evaluation report as score.py prints it: the text summary or the <c>--json</c> document.</summary>
public static class EvaluationReportWriter
{
    /// <summary>Writes the summary lines (relations per type, duplicate nodes, entities, relations), after the per-article details when <paramref name="verbose"/>.</summary>
    public static void WriteText(EvaluationReport report, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (verbose)
        {
            foreach (var article in report.Articles)
            {
                output.WriteLine(article.File);
                WriteDetail(output, "missed_entities", article.MissedEntities.Select(PythonLiteral.Repr).ToList());
                WriteDetail(output, "extra_entities", article.ExtraEntities.Select(PythonLiteral.Repr).ToList());
                WriteDetail(output, "missed_relations", article.MissedRelations.Select(Repr).ToList());
                WriteDetail(output, "extra_relations", article.ExtraRelations.Select(Repr).ToList());
            }
        }

        foreach (var (type, counts) in report.RelationsByType)
        {
            output.WriteLine($"{type,-10} {Figures(counts, rounded: true)}");
        }

        if (report.DuplicateNodes.Count > 0)
        {
            var duplicates = report.DuplicateNodes.Select(d => PythonLiteral.Repr(d.GoldKey) + ": " + d.NodeCount.ToString(CultureInfo.InvariantCulture));
            output.WriteLine("duplicate nodes: {" + string.Join(", ", duplicates) + "}");
        }

        output.WriteLine($"entities  {Figures(report.Entities, rounded: false)}");
        output.WriteLine($"relations {Figures(report.Relations, rounded: false)}");
    }

    /// <summary>Writes the JSON document that <c>score.py --json</c> prints, followed by a newline.</summary>
    public static void WriteJson(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToJson(report));
    }

    /// <summary>The JSON document that <c>score.py --json</c> prints, laid out the same way (one-space indent).</summary>
    public static string ToJson(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new List<KeyValuePair<string, object?>>
        {
            new("entities", Counts(report.Entities)),
            new("relations", Counts(report.Relations)),
            new("relations_by_type", report.RelationsByType.Select(r => Member(r.Type, Counts(r.Counts))).ToList()),
            new("duplicate_nodes", report.DuplicateNodes.Select(d => Member(d.GoldKey, d.NodeCount)).ToList()),
            new("articles", report.Articles.Select(a => Member(a.File, Details(a))).ToList()),
        };
        return PythonJsonWriter.Write(root);
    }

    private static KeyValuePair<string, object?> Member(string name, object? value) => new(name, value);

    private static List<KeyValuePair<string, object?>> Counts(MatchCounts counts) =>
    [
        Member("precision", PythonLiteral.RoundToThousandths(counts.Precision)),
        Member("recall", PythonLiteral.RoundToThousandths(counts.Recall)),
        Member("f1", PythonLiteral.RoundToThousandths(counts.F1)),
        Member("tp", counts.TruePositives),
        Member("fp", counts.FalsePositives),
        Member("fn", counts.FalseNegatives),
    ];

    private static List<KeyValuePair<string, object?>> Details(ArticleEvaluation article) =>
    [
        Member("missed_entities", article.MissedEntities.Cast<object?>().ToList()),
        Member("extra_entities", article.ExtraEntities.Cast<object?>().ToList()),
        Member("missed_relations", article.MissedRelations.Select(Tuple).ToList()),
        Member("extra_relations", article.ExtraRelations.Select(Tuple).ToList()),
    ];

    private static object? Tuple(RelationKey relation) => new List<object?> { relation.Type, relation.Subject, relation.Object };

    private static string Repr(RelationKey relation) =>
        $"({PythonLiteral.Repr(relation.Type)}, {PythonLiteral.Repr(relation.Subject)}, {PythonLiteral.Repr(relation.Object)})";

    private static void WriteDetail(TextWriter output, string name, List<string> items)
    {
        if (items.Count > 0)
        {
            output.WriteLine($"  {name}: [{string.Join(", ", items)}]");
        }
    }

    private static string Figures(MatchCounts counts, bool rounded)
    {
        // score.py prints the rounded figures per type and the raw ones in the totals; both go through .3f.
        string Format(double value) => PythonLiteral.FormatThousandths(rounded ? PythonLiteral.RoundToThousandths(value) : value);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"P={Format(counts.Precision)} R={Format(counts.Recall)} F1={Format(counts.F1)} (tp={counts.TruePositives} fp={counts.FalsePositives} fn={counts.FalseNegatives})");
    }
}
