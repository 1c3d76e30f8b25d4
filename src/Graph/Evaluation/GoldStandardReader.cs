using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>Reads and checks a kg-gold/1 document; a member repeated in an object counts once, with its last value, as in Python.</summary>
internal static class GoldStandardReader
{
    /// <summary>The gold standard in the document.</summary>
    /// <exception cref="EvaluationInputException">The document is not in the kg-gold/1 format; the message says where.</exception>
    public static GoldStandard Read(JsonElement root)
    {
        RequireObject(root, "the document");
        var format = PythonJson.Get(root, "format");
        if (format is { } f && (f.ValueKind != JsonValueKind.String || f.GetString() != GoldStandard.FormatName))
        {
            throw new EvaluationInputException($"format is {f.GetRawText()}, not \"{GoldStandard.FormatName}\"");
        }

        var entities = new OrderedDictionary<string, GoldEntity>(StringComparer.Ordinal);
        foreach (var (key, value) in PythonJson.Items(RequireMember(root, "entities", string.Empty, JsonValueKind.Object)))
        {
            entities[key] = ReadEntity(key, value);
        }

        var articles = new List<GoldArticle>();
        foreach (var (file, value) in PythonJson.Items(RequireMember(root, "articles", string.Empty, JsonValueKind.Object)))
        {
            articles.Add(ReadArticle(file, value));
        }

        return new GoldStandard(entities, articles);
    }

    private static GoldEntity ReadEntity(string key, JsonElement value)
    {
        var where = $"entities.{key}";
        RequireObject(value, where);
        var type = RequireMember(value, "type", where, JsonValueKind.String).GetString()!;
        var persian = RequireMember(value, "fa", where, JsonValueKind.Array).EnumerateArray()
            .Select((alias, i) => OptionalName(alias, $"{where}.fa[{i}]"))
            .ToList();
        var english = PythonJson.Get(value, "en") is { } en
            ? OptionalName(en, $"{where}.en")
            : throw new EvaluationInputException($"{where} has no \"en\"");
        return new GoldEntity(key, type, english, persian);
    }

    private static string? OptionalName(JsonElement value, string where)
    {
        // score.py normalizes `alias or ""`: any false value is an empty alias.
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return PythonJson.IsTruthy(value)
            ? throw new EvaluationInputException($"{where} is {PythonJson.Describe(value)}, not a name")
            : null;
    }

    private static GoldArticle ReadArticle(string file, JsonElement value)
    {
        var where = $"articles.{file}";
        RequireObject(value, where);
        var entities = RequireMember(value, "entities", where, JsonValueKind.Object);
        var relations = RequireMember(value, "relations", where, JsonValueKind.Object);
        var core = ReadKeys(RequireMember(entities, "core", where + ".entities", JsonValueKind.Array), where + ".entities.core");
        var optional = PythonJson.Get(entities, "optional") is { } o
            ? ReadKeys(RequireKind(o, where + ".entities.optional", JsonValueKind.Array), where + ".entities.optional")
            : [];
        var coreRelations = ReadRelations(RequireMember(relations, "core", where + ".relations", JsonValueKind.Array), where + ".relations.core", core: true);
        var optionalRelations = PythonJson.Get(relations, "optional") is { } ro && PythonJson.IsTruthy(ro)
            ? ReadRelations(RequireKind(ro, where + ".relations.optional", JsonValueKind.Array), where + ".relations.optional", core: false)
            : [];
        return new GoldArticle(file, core, optional, coreRelations, optionalRelations);
    }

    private static List<string> ReadKeys(JsonElement array, string where) =>
        array.EnumerateArray().Select((key, i) => RequireKind(key, $"{where}[{i}]", JsonValueKind.String).GetString()!).ToList();

    private static List<GoldRelation> ReadRelations(JsonElement array, string where, bool core)
    {
        var relations = new List<GoldRelation>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{where}[{i++}]";
            if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() != 3)
            {
                throw new EvaluationInputException($"{at} is not a [type, subject, object] list");
            }

            var type = RequireKind(item[0], at + "[0]", JsonValueKind.String).GetString()!;
            if (core && !GoldStandard.RelationTypes.Contains(type))
            {
                throw new EvaluationInputException($"{at} has the type {type}, not one of {string.Join(", ", GoldStandard.RelationTypes)}");
            }

            var relation = new GoldRelation(type, ReadEnd(item[1], at + "[1]"), ReadEnd(item[2], at + "[2]"));
            if (core && (relation.Subjects.Count == 0 || relation.Objects.Count == 0))
            {
                throw new EvaluationInputException($"{at} has an empty list of acceptable keys");
            }

            relations.Add(relation);
        }

        return relations;
    }

    private static List<string> ReadEnd(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => ReadKeys(value, where),
        _ => throw new EvaluationInputException($"{where} is {PythonJson.Describe(value)}, not a key or a list of keys"),
    };

    private static JsonElement RequireMember(JsonElement obj, string name, string where, JsonValueKind kind) =>
        PythonJson.Get(obj, name) is { } member
            ? RequireKind(member, where.Length == 0 ? name : $"{where}.{name}", kind)
            : throw new EvaluationInputException($"{(where.Length == 0 ? "the document" : where)} has no \"{name}\"");

    private static JsonElement RequireKind(JsonElement value, string where, JsonValueKind kind)
    {
        if (value.ValueKind != kind)
        {
            var expected = kind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "a list",
                _ => "a string",
            };
            throw new EvaluationInputException($"{where} is {PythonJson.Describe(value)}, not {expected}");
        }

        return value;
    }

    private static void RequireObject(JsonElement value, string where) => RequireKind(value, where, JsonValueKind.Object);
}
