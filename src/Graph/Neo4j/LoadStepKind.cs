namespace Graph.Neo4j;

/// <summary>What the rows of a <see cref="LoadStep"/> become.</summary>
internal enum LoadStepKind
{
    /// <summary>Nodes (entities, meetings, events, articles).</summary>
    Nodes,

    /// <summary>Relationships of the graph, with evidence.</summary>
    Relationships,

    /// <summary>Article links (MENTIONS, REPORTED) derived from mentions and evidence.</summary>
    ArticleLinks,

    /// <summary>The final mark on the articles whose load has completed.</summary>
    Completion,
}
