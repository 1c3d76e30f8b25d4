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
        JsonSerializer.Serialize(stream, graph, Options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The JSON text of <paramref name="graph"/>.</summary>
    public static string Serialize(GraphDocument graph) => JsonSerializer.Serialize(graph, Options) + "\n";

    /// <summary>Reads a graph.json written by <see cref="Write"/>.</summary>
    public static GraphDocument Read(Stream stream) =>
        JsonSerializer.Deserialize<GraphDocument>(stream, Options) ?? throw new JsonException("graph.json is empty.");
}
