using System.Text.Json.Serialization;

namespace Graph.Model;

/// <summary>The whole extracted graph as written to <c>graph.json</c>.</summary>
public sealed record GraphDocument
{
    /// <summary>The format name and version of this document.</summary>
    public const string CurrentFormat = "graph/1";

    /// <summary>The format of the document, <see cref="CurrentFormat"/> when written by this version.</summary>
    [JsonPropertyName("format")]
    public string Format { get; init; } = CurrentFormat;

    /// <summary>The articles the graph was extracted from, ordered by id.</summary>
    [JsonPropertyName("articles")]
    public IReadOnlyList<ArticleRecord> Articles { get; init; } = [];

    /// <summary>The entity nodes (people, countries, places, organizations, meetings, events), ordered by id.</summary>
    [JsonPropertyName("nodes")]
    public IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    /// <summary>The relationships between nodes, ordered by id.</summary>
    [JsonPropertyName("edges")]
    public IReadOnlyList<GraphEdge> Edges { get; init; } = [];
}
