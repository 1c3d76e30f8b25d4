using System.Text.Json;

namespace Graph.Lexicon;

/// <summary>
/// Merges the values of an unknown top-level key across files: objects key by key (recursively),
/// arrays by concatenation; any other value is replaced by the later one.
/// </summary>
internal static class ExtensionMerger
{
    /// <summary>Merges the values in file order into one independent element.</summary>
    public static JsonElement Merge(IReadOnlyList<JsonElement> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, parts);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<JsonElement> parts)
    {
        var last = parts[^1];
        if (last.ValueKind == JsonValueKind.Object)
        {
            var objects = parts.Reverse().TakeWhile(p => p.ValueKind == JsonValueKind.Object).Reverse().ToList();
            var keys = new List<string>();
            var values = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
            foreach (var property in objects.SelectMany(o => o.EnumerateObject()))
            {
                if (!values.TryGetValue(property.Name, out var list))
                {
                    keys.Add(property.Name);
                    values[property.Name] = list = [];
                }

                list.Add(property.Value);
            }

            writer.WriteStartObject();
            foreach (var key in keys)
            {
                writer.WritePropertyName(key);
                Write(writer, values[key]);
            }

            writer.WriteEndObject();
        }
        else if (last.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            foreach (var item in parts.Reverse().TakeWhile(p => p.ValueKind == JsonValueKind.Array).Reverse().SelectMany(a => a.EnumerateArray()))
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }
        else
        {
            last.WriteTo(writer);
        }
    }
}
