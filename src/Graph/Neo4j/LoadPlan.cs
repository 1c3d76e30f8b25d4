using System.Globalization;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// Turns a <see cref="GraphDocument"/> into the ordered statements that load it: entity, meeting and event nodes,
/// relationships between them, articles, article links, and last the mark that the articles are complete.
/// </summary>
/// <remarks>
/// Articles are marked complete only at the end, so an interrupted load is redone in full next time (every statement
/// merges and so can run again). Articles listed as already loaded are left out together with the evidence, mentions and
/// nodes that only they contribute.
/// </remarks>
internal sealed class LoadPlan
{
    private LoadPlan(IReadOnlyList<LoadStep> steps, IReadOnlyList<string> warnings)
    {
        Steps = steps;
        Warnings = warnings;
    }

    /// <summary>The steps in the order they must run.</summary>
    public IReadOnlyList<LoadStep> Steps { get; }

    /// <summary>What was left out of the plan and why (unknown labels and types, edges whose nodes are missing).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The key of an evidence item on a relationship: <c>article#sentence#start</c>.</summary>
    public static string EvidenceKey(Evidence evidence) =>
        string.Create(CultureInfo.InvariantCulture, $"{evidence.Article}#{evidence.Sentence}#{evidence.Start}");

    /// <summary>Plans the load of a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="loadedArticles">Ids of articles already loaded, whose contributions are left out.</param>
    public static LoadPlan Create(GraphDocument graph, IReadOnlySet<string>? loadedArticles = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var loaded = loadedArticles ?? new HashSet<string>(StringComparer.Ordinal);
        var warnings = new List<string>();
        var labels = MapLabels(graph, warnings);
        var newArticles = graph.Articles.Where(a => !loaded.Contains(a.Id)).ToList();
        var newArticleIds = newArticles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var steps = new List<LoadStep>();
        AddNodeSteps(graph, loaded, labels, steps);
        var (entityEdges, articleEdges) = PlanEdges(graph, loaded, labels, warnings);
        steps.AddRange(entityEdges);
        if (newArticles.Count > 0)
        {
            steps.Add(new LoadStep($"{NodeLabel.Article} nodes", LoadStepKind.Nodes, LoadStatements.Articles, newArticles.Select(ArticleRow).ToList()));
        }

        AddArticleLinkSteps(graph, newArticleIds, labels, steps);
        steps.AddRange(articleEdges);
        if (newArticles.Count > 0)
        {
            steps.Add(new LoadStep(
                "complete articles",
                LoadStepKind.Completion,
                LoadStatements.CompleteArticles,
                newArticles.Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = a.Id }).ToList()));
        }

        return new LoadPlan(steps, warnings);
    }

    private static Dictionary<string, string> MapLabels(GraphDocument graph, List<string> warnings)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in graph.Articles)
        {
            labels.TryAdd(article.Id, NodeLabel.Article);
        }

        foreach (var node in graph.Nodes)
        {
            if (node.Label == NodeLabel.Article || !NodeLabel.All.Contains(node.Label, StringComparer.Ordinal))
            {
                warnings.Add($"node {node.Id} left out: label '{node.Label}' is not one of {string.Join(", ", NodeLabel.All.Where(l => l != NodeLabel.Article))}");
            }
            else if (!labels.TryAdd(node.Id, node.Label))
            {
                warnings.Add($"node {node.Id} left out: its id is already used by a {labels[node.Id]}");
            }
        }

        return labels;
    }

    private static void AddNodeSteps(GraphDocument graph, IReadOnlySet<string> loaded, Dictionary<string, string> labels, List<LoadStep> steps)
    {
        foreach (var label in NodeLabel.All.Where(l => l != NodeLabel.Article))
        {
            var rows = graph.Nodes
                .Where(n => n.Label == label && labels.TryGetValue(n.Id, out var l) && l == label)
                .Where(n => n.Mentions.Count == 0 || n.Mentions.Any(m => !loaded.Contains(m.Article)))
                .DistinctBy(n => n.Id, StringComparer.Ordinal)
                .Select(NodeRow)
                .ToList();
            if (rows.Count > 0)
            {
                steps.Add(new LoadStep($"{label} nodes", LoadStepKind.Nodes, LoadStatements.Nodes(label), rows));
            }
        }
    }

    private static (List<LoadStep> EntityEdges, List<LoadStep> ArticleEdges) PlanEdges(
        GraphDocument graph,
        IReadOnlySet<string> loaded,
        Dictionary<string, string> labels,
        List<string> warnings)
    {
        var groups = new Dictionary<(string Type, string Source, string Target), List<IReadOnlyDictionary<string, object?>>>();
        foreach (var edge in graph.Edges)
        {
            if (!EdgeType.All.Contains(edge.Type, StringComparer.Ordinal))
            {
                warnings.Add($"edge {edge.Id} left out: type '{edge.Type}' is not one of {string.Join(", ", EdgeType.All)}");
                continue;
            }

            if (!labels.TryGetValue(edge.Source, out var sourceLabel) || !labels.TryGetValue(edge.Target, out var targetLabel))
            {
                var missing = labels.ContainsKey(edge.Source) ? edge.Target : edge.Source;
                warnings.Add($"edge {edge.Id} left out: node {missing} is not in the graph");
                continue;
            }

            var evidence = edge.Evidence.Where(e => !loaded.Contains(e.Article)).ToList();
            if (edge.Evidence.Count > 0 && evidence.Count == 0)
            {
                continue;
            }

            var key = (edge.Type, sourceLabel, targetLabel);
            if (!groups.TryGetValue(key, out var rows))
            {
                groups[key] = rows = [];
            }

            rows.Add(EdgeRow(edge, evidence));
        }

        var entityEdges = new List<LoadStep>();
        var articleEdges = new List<LoadStep>();
        foreach (var ((type, source, target), rows) in groups
            .OrderBy(g => IndexOf(EdgeType.All, g.Key.Type))
            .ThenBy(g => IndexOf(NodeLabel.All, g.Key.Source))
            .ThenBy(g => IndexOf(NodeLabel.All, g.Key.Target)))
        {
            var step = new LoadStep($"{type} {source}→{target}", LoadStepKind.Relationships, LoadStatements.Edges(type, source, target), rows);
            (source == NodeLabel.Article || target == NodeLabel.Article ? articleEdges : entityEdges).Add(step);
        }

        return (entityEdges, articleEdges);
    }

    private static void AddArticleLinkSteps(GraphDocument graph, HashSet<string> newArticles, Dictionary<string, string> labels, List<LoadStep> steps)
    {
        // Links the graph already has as edges (with their own evidence) are loaded as edges, not derived again.
        var explicitLinks = graph.Edges
            .Where(e => e.Type is EdgeType.Mentions or EdgeType.Reported)
            .Select(e => (e.Type, e.Source, e.Target))
            .ToHashSet();
        foreach (var label in NodeLabel.Entities)
        {
            var rows = new List<IReadOnlyDictionary<string, object?>>();
            foreach (var node in graph.Nodes.Where(n => n.Label == label && labels.GetValueOrDefault(n.Id) == label))
            {
                foreach (var group in node.Mentions
                    .Where(m => newArticles.Contains(m.Article) && !explicitLinks.Contains((EdgeType.Mentions, m.Article, node.Id)))
                    .GroupBy(m => m.Article, StringComparer.Ordinal))
                {
                    var mentions = group.ToList();
                    rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["article"] = group.Key,
                        ["node"] = node.Id,
                        ["count"] = (long)mentions.Count,
                        ["starts"] = mentions.Select(m => (long)m.Start).ToArray(),
                        ["ends"] = mentions.Select(m => (long)m.End).ToArray(),
                        ["texts"] = mentions.Select(m => m.Text).ToArray(),
                    });
                }
            }

            if (rows.Count > 0)
            {
                steps.Add(new LoadStep($"{EdgeType.Mentions} {NodeLabel.Article}→{label} (from mentions)", LoadStepKind.ArticleLinks, LoadStatements.Mentions(label), rows));
            }
        }

        foreach (var label in new[] { NodeLabel.Meeting, NodeLabel.Event })
        {
            var sentences = new SortedDictionary<(string Node, string Article), SortedSet<long>>();
            foreach (var node in graph.Nodes.Where(n => n.Label == label && labels.GetValueOrDefault(n.Id) == label))
            {
                foreach (var mention in node.Mentions.Where(m => newArticles.Contains(m.Article)))
                {
                    Sentences(sentences, node.Id, mention.Article);
                }
            }

            foreach (var edge in graph.Edges)
            {
                foreach (var end in new[] { edge.Source, edge.Target }.Where(id => labels.GetValueOrDefault(id) == label))
                {
                    foreach (var evidence in edge.Evidence.Where(e => newArticles.Contains(e.Article)))
                    {
                        Sentences(sentences, end, evidence.Article).Add(evidence.Sentence);
                    }
                }
            }

            var rows = sentences
                .Where(p => !explicitLinks.Contains((EdgeType.Reported, p.Key.Article, p.Key.Node)))
                .Select(p => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["article"] = p.Key.Article,
                    ["node"] = p.Key.Node,
                    ["sentences"] = p.Value.ToArray(),
                })
                .ToList();
            if (rows.Count > 0)
            {
                steps.Add(new LoadStep($"{EdgeType.Reported} {NodeLabel.Article}→{label} (from evidence)", LoadStepKind.ArticleLinks, LoadStatements.Reported(label), rows));
            }
        }
    }

    private static SortedSet<long> Sentences(SortedDictionary<(string Node, string Article), SortedSet<long>> sentences, string node, string article)
    {
        if (!sentences.TryGetValue((node, article), out var set))
        {
            sentences[(node, article)] = set = [];
        }

        return set;
    }

    private static Dictionary<string, object?> NodeRow(GraphNode node)
    {
        var properties = Neo4jPropertyFlattener.Flatten(node.Properties, LoadStatements.ReservedNodeKeys);
        properties["name"] = node.Name;
        if (!string.IsNullOrEmpty(node.NameEn))
        {
            properties["nameEn"] = node.NameEn;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["properties"] = properties,
            ["aliases"] = node.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    private static Dictionary<string, object?> ArticleRow(ArticleRecord article)
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["file"] = article.File,
            ["outlets"] = article.Outlets.ToArray(),
        };
        AddIfPresent(properties, "title", article.Title);
        AddIfPresent(properties, "published", article.Published);
        AddIfPresent(properties, "url", article.Url);
        AddIfPresent(properties, "sourceId", article.SourceId);
        if (article.Line is { } line)
        {
            properties["line"] = (long)line;
        }

        if (article.Duplicates is { Count: > 0 } duplicates)
        {
            properties["duplicates"] = duplicates.ToArray();
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = article.Id, ["properties"] = properties };
    }

    private static Dictionary<string, object?> EdgeRow(GraphEdge edge, List<Evidence> evidence) => new(StringComparer.Ordinal)
    {
        ["id"] = edge.Id,
        ["source"] = edge.Source,
        ["target"] = edge.Target,
        ["confidence"] = edge.Confidence,
        ["properties"] = Neo4jPropertyFlattener.Flatten(edge.Properties, LoadStatements.ReservedEdgeKeys),
        ["evidence"] = evidence
            .DistinctBy(EvidenceKey, StringComparer.Ordinal)
            .Select(e => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = EvidenceKey(e),
                ["article"] = e.Article,
                ["sentence"] = (long)e.Sentence,
                ["start"] = (long)e.Start,
                ["end"] = (long)e.End,
                ["text"] = e.Text,
                ["trigger"] = e.Trigger,
                ["confidence"] = e.Confidence,
            })
            .ToList(),
    };

    private static void AddIfPresent(SortedDictionary<string, object?> properties, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            properties[key] = value;
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return list.Count;
    }
}
