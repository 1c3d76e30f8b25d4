using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>A reference annotation in the kg-gold/1 format: gold entities with their aliases and, per article, the entities and relations a graph should contain.</summary>
/// <param name="Entities">The gold entities by key, in file order.</param>
/// <param name="Articles">The annotated articles, in file order.</param>
public sealed record GoldStandard(IReadOnlyDictionary<string, GoldEntity> Entities, IReadOnlyList<GoldArticle> Articles)
{
    /// <summary>The format name a gold file carries in its <c>format</c> member.</summary>
    public const string FormatName = "kg-gold/1";

    /// <summary>The relation types that are scored, in report order.</summary>
    public static IReadOnlyList<string> RelationTypes { get; } = ["MET_WITH", "CONDEMNED", "SUPPORTED"];

    /// <summary>The relation types whose direction does not matter.</summary>
    public static IReadOnlySet<string> SymmetricRelationTypes { get; } = new HashSet<string>(["MET_WITH"], StringComparer.Ordinal);

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="EvaluationInputException">The file cannot be read, is not JSON, or is not in the kg-gold/1 format; the message names the file.</exception>
    public static GoldStandard Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var document = EvaluationFile.ReadJson(path);
        try
        {
            return FromJson(document.RootElement);
        }
        catch (EvaluationInputException e)
        {
            throw new EvaluationInputException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Reads a gold standard from JSON text.</summary>
    /// <exception cref="EvaluationInputException">The text is not JSON or not in the kg-gold/1 format.</exception>
    public static GoldStandard Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, EvaluationFile.JsonOptions);
            EvaluationFile.RequireReadableStrings(document.RootElement);
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a gold standard from a parsed kg-gold/1 document.</summary>
    /// <exception cref="EvaluationInputException">The document is not in the kg-gold/1 format.</exception>
    public static GoldStandard FromJson(JsonElement root) => GoldStandardReader.Read(root);
}
