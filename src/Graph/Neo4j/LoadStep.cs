namespace Graph.Neo4j;

/// <summary>One statement of a load and all the rows it runs over (split into batches when sent).</summary>
/// <param name="Name">What the step loads, e.g. <c>Person nodes</c> or <c>MET_WITH Person→Person</c>.</param>
/// <param name="Kind">What the rows become.</param>
/// <param name="Cypher">The statement, starting with <see cref="LoadStatements.RowsPrefix"/>.</param>
/// <param name="Rows">The rows, each a map of parameter values.</param>
internal sealed record LoadStep(string Name, LoadStepKind Kind, string Cypher, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
