using System.Text.Json;
using Graph.Model;

namespace Graph.Evaluation;

/// <summary>Scores a graph (graph.json) against a gold standard, with the same figures as score.py.</summary>
public static class GraphScorer
{
    /// <summary>Scores a graph file.</summary>
    /// <exception cref="EvaluationInputException">The file cannot be read, is not JSON, or lacks what scoring needs; the message names the file.</exception>
    public static EvaluationReport ScoreFile(GoldStandard gold, string graphPath)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(graphPath);
        using var document = EvaluationFile.ReadJson(graphPath);
        try
        {
            return Score(gold, document.RootElement);
        }
        catch (EvaluationInputException e)
        {
            throw new EvaluationInputException($"{graphPath}: {e.Message}", e);
        }
    }

    /// <summary>Scores a parsed graph.json document.</summary>
    /// <exception cref="EvaluationInputException">The document lacks what scoring needs.</exception>
    public static EvaluationReport Score(GoldStandard gold, JsonDocument graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Score(gold, graph.RootElement);
    }

    /// <summary>Scores a graph held in memory, as it would be written to graph.json.</summary>
    public static EvaluationReport Score(GoldStandard gold, GraphDocument graph) =>
        Score(gold, JsonSerializer.SerializeToElement(graph));

    /// <summary>
    /// Scores a graph given as JSON: <c>articles</c> [{id, file}], <c>nodes</c> [{id, label or labels, name,
    /// nameFa, nameEn, canonicalName, aliases, mentions [{article}]}], <c>edges</c> [{type, source, target,
    /// evidence [{article}]}], where an article reference is an article id or file name.
    /// </summary>
    /// <exception cref="EvaluationInputException">The document lacks what scoring needs (where score.py would fail too).</exception>
    public static EvaluationReport Score(GoldStandard gold, JsonElement graph)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (graph.ValueKind != JsonValueKind.Object)
        {
            throw new EvaluationInputException($"the graph is {PythonJson.Describe(graph)}, not an object");
        }

        return new GraphScoring(gold, graph).Run();
    }
}
