using Graph.Model;

namespace Graph.Neo4j;

/// <summary>The constraints and indexes of the graph in Neo4j (the same statements as <c>cypher/schema.cypher</c>).</summary>
/// <remarks>
/// Neo4j refuses schema changes and writes in one transaction, so each of these statements runs in a transaction of its
/// own, before any data. All of them use <c>IF NOT EXISTS</c> and can run again.
/// </remarks>
public static class Neo4jSchema
{
    /// <summary>The name of the full-text index over the names of people, countries, places and organizations.</summary>
    public const string FullTextIndexName = "entity_names";

    /// <summary>The Lucene analyzer of the full-text index (normalizes Arabic and Persian letters, drops Persian stop words).</summary>
    public const string FullTextAnalyzer = "persian";

    /// <summary>Waits (up to 5 minutes) until every index is online, so that the loads that follow use them.</summary>
    public const string AwaitIndexesStatement = "CALL db.awaitIndexes(300)";

    /// <summary>The schema statements, in the order they run.</summary>
    public static IReadOnlyList<string> Statements { get; } = CreateStatements();

    /// <summary>The name of the uniqueness constraint on <c>id</c> of a label, e.g. <c>person_id</c>.</summary>
    public static string ConstraintName(string label) => label.ToLowerInvariant() + "_id";

    private static List<string> CreateStatements()
    {
        var statements = new List<string>();
        foreach (var label in NodeLabel.All)
        {
            statements.Add($"CREATE CONSTRAINT {ConstraintName(label)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE");
        }

        statements.Add(
            $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{string.Join('|', NodeLabel.Entities)}) " +
            $"ON EACH [n.name, n.nameEn, n.aliasText] OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FullTextAnalyzer}'}}}}");
        foreach (var label in NodeLabel.Entities)
        {
            statements.Add($"CREATE INDEX {label.ToLowerInvariant()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)");
        }

        statements.Add($"CREATE INDEX meeting_date IF NOT EXISTS FOR (n:{NodeLabel.Meeting}) ON (n.date)");
        statements.Add($"CREATE INDEX event_date IF NOT EXISTS FOR (n:{NodeLabel.Event}) ON (n.date)");
        statements.Add($"CREATE INDEX article_published IF NOT EXISTS FOR (n:{NodeLabel.Article}) ON (n.published)");
        return statements;
    }
}
