namespace Graph.Neo4j;

/// <summary>A Cypher statement and the parameters it refers to as <c>$name</c>.</summary>
/// <param name="Text">The Cypher text; data goes in <paramref name="Parameters"/>, never in the text.</param>
/// <param name="Parameters">Parameter values: null, strings, booleans, numbers, lists and string-keyed maps of those.</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>Creates a statement without parameters.</summary>
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }
}
