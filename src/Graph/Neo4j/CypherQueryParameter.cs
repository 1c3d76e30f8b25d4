namespace Graph.Neo4j;

/// <summary>A parameter a query file declares in its header with <c>// @param name (optional) description</c>.</summary>
/// <param name="Name">The name, used in the query as <c>$name</c>.</param>
/// <param name="IsOptional">Whether the query works with the parameter null (then it need not be given).</param>
/// <param name="Description">What the parameter means.</param>
public sealed record CypherQueryParameter(string Name, bool IsOptional, string Description);
