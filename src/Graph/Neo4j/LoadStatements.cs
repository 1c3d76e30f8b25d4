using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// The Cypher text of every statement the loader sends. Data goes in <c>$rows</c> (or <c>$ids</c>); labels and
/// relationship types come from <see cref="NodeLabel"/> and <see cref="EdgeType"/> only, never from data.
/// </summary>
internal static class LoadStatements
{
    /// <summary>The text every data statement starts with; the script writer replaces <c>$rows</c> with a list literal.</summary>
    public const string RowsPrefix = "UNWIND $rows AS row\n";

    /// <summary>The relationship types that have no direction and are merged without one.</summary>
    public static IReadOnlySet<string> SymmetricTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { EdgeType.MetWith };

    /// <summary>The properties the loader owns on entity, meeting and event nodes.</summary>
    public static IReadOnlySet<string> ReservedNodeKeys { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "id", "name", "nameEn", "aliases", "aliasText", "loadedAt" };

    /// <summary>The properties the loader owns on relationships.</summary>
    public static IReadOnlySet<string> ReservedEdgeKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "confidence", "evidenceKeys", "evidenceArticles", "evidenceSentences", "evidenceStarts", "evidenceEnds",
        "evidenceTexts", "evidenceTriggers", "evidenceConfidences", "evidenceCount", "articleCount",
    };

    /// <summary>The properties kept as parallel evidence lists on a relationship, with the evidence field each one holds.</summary>
    public static IReadOnlyList<(string Property, string Field)> EvidenceLists { get; } =
    [
        ("evidenceKeys", "key"),
        ("evidenceArticles", "article"),
        ("evidenceSentences", "sentence"),
        ("evidenceStarts", "start"),
        ("evidenceEnds", "end"),
        ("evidenceTexts", "text"),
        ("evidenceTriggers", "trigger"),
        ("evidenceConfidences", "confidence"),
    ];

    /// <summary>Returns the ids of the articles (of <c>$ids</c>) whose load has completed.</summary>
    public static string LoadedArticles =>
        $"MATCH (a:{NodeLabel.Article}) WHERE a.id IN $ids AND a.loadedAt IS NOT NULL RETURN a.id AS id";

    /// <summary>Merges entity, meeting or event nodes of one label: rows <c>{id, properties, aliases}</c>; aliases accumulate.</summary>
    public static string Nodes(string label)
    {
        Require(label, NodeLabel.All);
        return RowsPrefix +
            $"MERGE (n:{label} {{id: row.id}})\n" +
            "SET n += row.properties\n" +
            "SET n.aliases = reduce(acc = coalesce(n.aliases, []), item IN row.aliases | CASE WHEN item IN acc THEN acc ELSE acc + item END)\n" +
            "SET n.aliasText = reduce(joined = '', item IN n.aliases | CASE joined WHEN '' THEN item ELSE joined + ' | ' + item END)\n" +
            "RETURN count(n) AS merged";
    }

    /// <summary>Merges article nodes: rows <c>{id, properties}</c>.</summary>
    public static string Articles =>
        RowsPrefix +
        $"MERGE (a:{NodeLabel.Article} {{id: row.id}})\n" +
        "SET a += row.properties\n" +
        "RETURN count(a) AS merged";

    /// <summary>Marks articles as completely loaded (the last step of a load): rows <c>{id}</c>.</summary>
    public static string CompleteArticles =>
        RowsPrefix +
        $"MATCH (a:{NodeLabel.Article} {{id: row.id}})\n" +
        "SET a.loadedAt = datetime()\n" +
        "RETURN count(a) AS merged";

    /// <summary>
    /// Merges relationships of one type between two labels: rows <c>{id, source, target, confidence, properties, evidence}</c>;
    /// evidence items whose key the relationship already has are not added again.
    /// </summary>
    public static string Edges(string type, string sourceLabel, string targetLabel)
    {
        Require(type, EdgeType.All);
        Require(sourceLabel, NodeLabel.All);
        Require(targetLabel, NodeLabel.All);
        var arrow = SymmetricTypes.Contains(type) ? "-" : "->";
        var appends = string.Join(
            ",\n    ",
            EvidenceLists.Select(l => $"r.{l.Property} = coalesce(r.{l.Property}, []) + [e IN fresh | e.{l.Field}]"));
        return RowsPrefix +
            $"MATCH (s:{sourceLabel} {{id: row.source}})\n" +
            $"MATCH (t:{targetLabel} {{id: row.target}})\n" +
            $"MERGE (s)-[r:{type}]{arrow}(t)\n" +
            "WITH r, row, [e IN row.evidence WHERE NOT e.key IN coalesce(r.evidenceKeys, [])] AS fresh\n" +
            "SET r += row.properties\n" +
            "SET r.id = coalesce(r.id, row.id),\n" +
            "    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,\n" +
            $"    {appends}\n" +
            "SET r.evidenceCount = size(r.evidenceKeys),\n" +
            "    r.articleCount = size(reduce(seen = [], item IN r.evidenceArticles | CASE WHEN item IN seen THEN seen ELSE seen + item END))\n" +
            "RETURN count(r) AS merged, sum(size(fresh)) AS evidenceAdded";
    }

    /// <summary>Links articles to the entities they name: rows <c>{article, node, count, starts, ends, texts}</c>.</summary>
    public static string Mentions(string label)
    {
        Require(label, NodeLabel.Entities);
        return RowsPrefix +
            $"MATCH (a:{NodeLabel.Article} {{id: row.article}})\n" +
            $"MATCH (n:{label} {{id: row.node}})\n" +
            $"MERGE (a)-[m:{EdgeType.Mentions}]->(n)\n" +
            "SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.texts = row.texts\n" +
            "RETURN count(m) AS merged";
    }

    /// <summary>Links articles to the meetings and events they report: rows <c>{article, node, sentences}</c>.</summary>
    public static string Reported(string label)
    {
        Require(label, [NodeLabel.Meeting, NodeLabel.Event]);
        return RowsPrefix +
            $"MATCH (a:{NodeLabel.Article} {{id: row.article}})\n" +
            $"MATCH (n:{label} {{id: row.node}})\n" +
            $"MERGE (a)-[m:{EdgeType.Reported}]->(n)\n" +
            "SET m.sentences = row.sentences\n" +
            "RETURN count(m) AS merged";
    }

    private static void Require(string name, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not one of {string.Join(", ", allowed)}.", nameof(name));
        }
    }
}
