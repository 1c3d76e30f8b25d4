using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Output;

/// <summary>Writes and reads <c>graph.json</c>: indented UTF-8, Persian kept readable, the same bytes for the same graph.</summary>
public static class GraphJsonWriter
{
    /// <summary>The serializer options used for graph.json.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NewLine = "\n",
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/>.</summary>
    public static void Write(GraphDocument graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        // The same bytes as serializing the whole document, but items are serialized on all cores.
        var head = JsonSerializer.SerializeToUtf8Bytes(graph with { Articles = [], Nodes = [], Edges = [] }, Options);
        IndentedJsonSplicer.Write(stream, head,
        [
            new("articles", graph.Articles.Count, i => JsonSerializer.SerializeToUtf8Bytes(graph.Articles[i], Options)),
            new("nodes", graph.Nodes.Count, i => JsonSerializer.SerializeToUtf8Bytes(graph.Nodes[i], Options)),
            new("edges", graph.Edges.Count, i => JsonSerializer.SerializeToUtf8Bytes(graph.Edges[i], Options)),
        ]);
    }

    /// <summary>The JSON text of <paramref name="graph"/>.</summary>
    public static string Serialize(GraphDocument graph) => JsonSerializer.Serialize(graph, Options) + "\n";

    /// <summary>Reads a graph.json written by <see cref="Write"/>.</summary>
    public static GraphDocument Read(Stream stream) =>
        JsonSerializer.Deserialize<GraphDocument>(stream, Options) ?? throw new JsonException("graph.json is empty.");
}
