using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>One scoring of a graph: score.py's <c>main</c>, step by step and in the same order.</summary>
internal sealed class GraphScoring
{
    private static readonly Dictionary<string, string> TypeAliases = new(StringComparer.Ordinal)
    {
        ["City"] = "Place",
        ["Location"] = "Place",
        ["Region"] = "Place",
        ["Org"] = "Organization",
    };

    private static readonly HashSet<string> EntityTypes = new(["Person", "Country", "Place", "Organization"], StringComparer.Ordinal);

    private readonly GoldStandard _gold;
    private readonly JsonElement _graph;
    private readonly Dictionary<string, HashSet<string>> _goldAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonKey, string> _articleFile = [];
    private readonly OrderedDictionary<JsonKey, GraphNodeView> _nodes = [];

    /// <summary>Prepares the scoring of <paramref name="graph"/>, a JSON object.</summary>
    public GraphScoring(GoldStandard gold, JsonElement graph)
    {
        _gold = gold;
        _graph = graph;
    }

    /// <summary>Scores the graph.</summary>
    public EvaluationReport Run()
    {
        IndexGoldAliases();
        IndexArticles();
        ReadNodes();
        var duplicates = FindDuplicates();

        var entities = MatchCounts.Zero;
        var relations = MatchCounts.Zero;
        var byType = GoldStandard.RelationTypes.ToDictionary(type => type, _ => MatchCounts.Zero, StringComparer.Ordinal);
        var articles = new List<ArticleEvaluation>();
        foreach (var article in _gold.Articles)
        {
            var (entityCounts, missedEntities, extraEntities) = ScoreEntities(article);
            entities = entities.Add(entityCounts);
            var (missedRelations, extraRelations) = ScoreRelations(article, ref relations, byType);
            articles.Add(new ArticleEvaluation(article.File, missedEntities, extraEntities, missedRelations, extraRelations));
        }

        return new EvaluationReport(
            entities,
            relations,
            [.. GoldStandard.RelationTypes.Select(type => new RelationTypeScore(type, byType[type]))],
            duplicates,
            articles);
    }

    private void IndexGoldAliases()
    {
        foreach (var (key, entity) in _gold.Entities)
        {
            foreach (var alias in entity.Aliases)
            {
                var normalized = AliasNormalizer.Normalize(alias);
                if (!_goldAlias.TryGetValue(normalized, out var keys))
                {
                    _goldAlias[normalized] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }
        }
    }

    private void IndexArticles()
    {
        var i = 0;
        foreach (var article in ObjectsOrEmpty(_graph, "articles", "articles"))
        {
            var where = $"articles[{i++}]";
            var file = PythonJson.Get(article, "file");
            var path = PythonJson.Get(article, "path");
            var id = PythonJson.Get(article, "id");
            var chosen = PythonJson.IsTruthy(file) ? file : PythonJson.IsTruthy(path) ? path : id;
            var name = PythonJson.AsString(chosen)
                ?? throw new EvaluationInputException($"{where} has no file, path or id that is a string");
            name = name.Replace('\\', '/');
            name = name[(name.LastIndexOf('/') + 1)..];
            _articleFile[PythonJson.Key(id, where + ".id")] = name;
            _articleFile[JsonKey.Of(name)] = name;
        }
    }

    private void ReadNodes()
    {
        var i = 0;
        foreach (var node in ObjectsOrEmpty(_graph, "nodes", "nodes"))
        {
            var where = $"nodes[{i++}]";
            var id = PythonJson.Get(node, "id") is { } value
                ? PythonJson.Key(value, where + ".id")
                : throw new EvaluationInputException($"{where} has no \"id\"");
            _nodes[id] = new GraphNodeView(id, node, null, null);
        }

        foreach (var (id, node) in _nodes.ToList())
        {
            var where = $"node {id}";
            var type = NodeType(node.Element, where);
            _nodes[id] = node with { Type = type, GoldKey = Resolve(node.Element, type, where) };
        }
    }

    private static string? NodeType(JsonElement node, string where)
    {
        var labels = PythonJson.Get(node, "labels");
        var label = PythonJson.Get(node, "label");
        IEnumerable<JsonElement> candidates = PythonJson.IsTruthy(labels)
            ? PythonJson.Iterate(labels!.Value, where + ".labels")
            : PythonJson.IsTruthy(label) ? [label!.Value] : [];
        foreach (var candidate in candidates)
        {
            if (candidate.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{where} has a label that is {PythonJson.Describe(candidate)}");
            }

            if (PythonJson.AsString(candidate) is { } text)
            {
                var type = TypeAliases.GetValueOrDefault(text, text);
                if (EntityTypes.Contains(type))
                {
                    return type;
                }
            }
        }

        return null;
    }

    private HashSet<string> NodeNames(JsonElement node, string where)
    {
        var names = new List<JsonElement?>
        {
            PythonJson.Get(node, "name"),
            PythonJson.Get(node, "nameFa"),
            PythonJson.Get(node, "nameEn"),
            PythonJson.Get(node, "canonicalName"),
        };
        var aliases = PythonJson.Get(node, "aliases");
        if (PythonJson.IsTruthy(aliases))
        {
            names.AddRange(PythonJson.Iterate(aliases!.Value, where + ".aliases").Select(alias => (JsonElement?)alias));
        }

        var normalized = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (PythonJson.AsString(name) is { } text && AliasNormalizer.Normalize(text) is { Length: > 0 } norm)
            {
                normalized.Add(norm);
            }
        }

        return normalized;
    }

    private string? Resolve(JsonElement node, string? type, string where)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in NodeNames(node, where))
        {
            if (!_goldAlias.TryGetValue(name, out var keys))
            {
                continue;
            }

            foreach (var key in keys)
            {
                if (type is null || _gold.Entities[key].Type == type)
                {
                    votes[key] = votes.GetValueOrDefault(key) + 1;
                }
            }
        }

        // max(sorted(votes), key=...) keeps the first of the most voted keys in code point order.
        string? best = null;
        foreach (var key in votes.Keys.Order(CodePointComparer.Instance))
        {
            if (best is null || votes[key] > votes[best])
            {
                best = key;
            }
        }

        return best;
    }

    private List<DuplicateNode> FindDuplicates()
    {
        var byGold = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, node) in _nodes)
        {
            if (node.GoldKey is { } key)
            {
                if (!byGold.TryGetValue(key, out var ids))
                {
                    byGold[key] = ids = [];
                }

                ids.Add(id.ToString());
            }
        }

        return [.. byGold.Where(pair => pair.Value.Count > 1).Select(pair => new DuplicateNode(pair.Key, pair.Value))];
    }

    private (MatchCounts Counts, List<string> Missed, List<string> Extra) ScoreEntities(GoldArticle article)
    {
        var core = new HashSet<string>(article.CoreEntities, StringComparer.Ordinal);
        var optional = new HashSet<string>(article.OptionalEntities, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var (id, node) in _nodes)
        {
            if (node.Type is null || !AnyReferenceTo(node.Element, "mentions", article.File, $"node {id}.mentions"))
            {
                continue;
            }

            if (node.GoldKey is { } key)
            {
                found.Add(key);
            }
            else
            {
                var name = PythonJson.Get(node.Element, "name");
                unknown.Add(PythonJson.IsTruthy(name) ? PythonJson.Str(name) : "?");
            }
        }

        var missed = core.Where(key => !found.Contains(key)).Order(CodePointComparer.Instance).ToList();
        var extra = found.Where(key => !core.Contains(key) && !optional.Contains(key)).Order(CodePointComparer.Instance)
            .Concat(unknown.Order(CodePointComparer.Instance))
            .ToList();
        var truePositives = found.Count(core.Contains);
        return (new MatchCounts(truePositives, extra.Count, missed.Count), missed, extra);
    }

    private (List<RelationKey> Missed, List<RelationKey> Extra) ScoreRelations(
        GoldArticle article, ref MatchCounts relations, Dictionary<string, MatchCounts> byType)
    {
        var coreGroups = article.CoreRelations.Select(relation => (relation.Type, Forms: relation.Forms().ToHashSet())).ToList();
        var allowed = article.OptionalRelations.SelectMany(relation => relation.Forms()).ToHashSet();
        allowed.UnionWith(coreGroups.SelectMany(group => group.Forms));

        var found = new HashSet<RelationKey>();
        var i = 0;
        foreach (var edge in ObjectsOrEmpty(_graph, "edges", "edges"))
        {
            var where = $"edges[{i++}]";
            if (PythonJson.AsString(PythonJson.Get(edge, "type")) is not { } type || !GoldStandard.RelationTypes.Contains(type))
            {
                continue;
            }

            if (!AnyReferenceTo(edge, "evidence", article.File, where + ".evidence"))
            {
                continue;
            }

            var source = PythonJson.Get(edge, "source");
            var target = PythonJson.Get(edge, "target");
            found.Add(RelationKey.Create(type, EndName(source, where + ".source"), EndName(target, where + ".target")));
        }

        var missed = new List<RelationKey>();
        foreach (var (type, forms) in coreGroups)
        {
            var hit = forms.Overlaps(found);
            var counts = hit ? new MatchCounts(1, 0, 0) : new MatchCounts(0, 0, 1);
            relations = relations.Add(counts);
            byType[type] = byType[type].Add(counts);
            if (!hit)
            {
                missed.Add(forms.Min()!);
            }
        }

        var extra = found.Where(relation => !allowed.Contains(relation)).Order().ToList();
        foreach (var relation in extra)
        {
            relations = relations.Add(new MatchCounts(0, 1, 0));
            byType[relation.Type] = byType[relation.Type].Add(new MatchCounts(0, 1, 0));
        }

        return (missed, extra);
    }

    private string EndName(JsonElement? end, string where)
    {
        var key = PythonJson.Key(end, where);
        if (_nodes.TryGetValue(key, out var node))
        {
            return node.GoldKey ?? "?" + PythonJson.Str(PythonJson.Get(node.Element, "name"));
        }

        return "?None";
    }

    private bool AnyReferenceTo(JsonElement owner, string member, string file, string where)
    {
        if (PythonJson.Get(owner, member) is not { } references)
        {
            return false;
        }

        foreach (var reference in PythonJson.Objects(references, where))
        {
            var article = PythonJson.Key(PythonJson.Get(reference, "article"), where + "[].article");
            if (_articleFile.TryGetValue(article, out var name) && name == file)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<JsonElement> ObjectsOrEmpty(JsonElement obj, string member, string where) =>
        PythonJson.Get(obj, member) is { } value ? PythonJson.Objects(value, where) : [];
}
