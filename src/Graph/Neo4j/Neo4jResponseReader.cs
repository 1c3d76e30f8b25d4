using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>Reads the JSON body the HTTP transactional endpoint answers with.</summary>
internal static class Neo4jResponseReader
{
    /// <summary>The results and errors of a response body.</summary>
    /// <param name="Results">One result per statement that ran (a failed transaction may still list the results before the failure).</param>
    /// <param name="Errors">The errors as (code, message); empty means the transaction committed.</param>
    public sealed record Response(IReadOnlyList<CypherResult> Results, IReadOnlyList<(string Code, string Message)> Errors);

    /// <summary>Reads a response body.</summary>
    /// <exception cref="JsonException">The body is not a transactional endpoint response.</exception>
    public static Response Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The answer is not a JSON object.");
        }

        var results = new List<CypherResult>();
        if (root.TryGetProperty("results", out var resultsElement) && resultsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in resultsElement.EnumerateArray())
            {
                results.Add(ReadResult(result));
            }
        }

        var errors = new List<(string, string)>();
        if (root.TryGetProperty("errors", out var errorsElement) && errorsElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errorsElement.EnumerateArray())
            {
                errors.Add((ReadString(error, "code") ?? "Neo.Unknown", ReadString(error, "message") ?? string.Empty));
            }
        }
        else if (!root.TryGetProperty("results", out _))
        {
            throw new JsonException("The answer has neither 'results' nor 'errors'.");
        }

        return new Response(results, errors);
    }

    /// <summary>Converts a JSON value to the plain value <see cref="CypherResult.Rows"/> holds.</summary>
    public static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static CypherResult ReadResult(JsonElement result)
    {
        var columns = new List<string>();
        if (result.TryGetProperty("columns", out var columnsElement) && columnsElement.ValueKind == JsonValueKind.Array)
        {
            columns.AddRange(columnsElement.EnumerateArray().Select(c => c.GetString() ?? string.Empty));
        }

        var rows = new List<IReadOnlyList<object?>>();
        if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (item.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array)
                {
                    rows.Add(row.EnumerateArray().Select(ToValue).ToList());
                }
            }
        }

        var stats = result.TryGetProperty("stats", out var statsElement) && statsElement.ValueKind == JsonValueKind.Object
            ? ReadStats(statsElement)
            : CypherStats.None;
        return new CypherResult(columns, rows, stats);
    }

    private static CypherStats ReadStats(JsonElement stats) => new()
    {
        NodesCreated = ReadLong(stats, "nodes_created"),
        NodesDeleted = ReadLong(stats, "nodes_deleted"),
        RelationshipsCreated = ReadLong(stats, "relationships_created"),

        // Neo4j 4.4 and 5.x spell this one in the singular.
        RelationshipsDeleted = ReadLong(stats, "relationship_deleted") + ReadLong(stats, "relationships_deleted"),
        PropertiesSet = ReadLong(stats, "properties_set"),
        LabelsAdded = ReadLong(stats, "labels_added"),
        LabelsRemoved = ReadLong(stats, "labels_removed"),
        IndexesAdded = ReadLong(stats, "indexes_added"),
        IndexesRemoved = ReadLong(stats, "indexes_removed"),
        ConstraintsAdded = ReadLong(stats, "constraints_added"),
        ConstraintsRemoved = ReadLong(stats, "constraints_removed"),
        ContainsUpdates = stats.TryGetProperty("contains_updates", out var updates) && updates.ValueKind == JsonValueKind.True,
    };

    private static long ReadLong(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var l) ? l : 0;

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
