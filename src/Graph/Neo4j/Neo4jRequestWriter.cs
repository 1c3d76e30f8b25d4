using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>Writes the JSON body of a request to the HTTP transactional endpoint.</summary>
internal static class Neo4jRequestWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"statements":[{"statement":…,"parameters":{…},"includeStats":true}, …]}</c>.</summary>
    /// <exception cref="ArgumentException">A parameter value is not something Neo4j accepts (e.g. NaN or an unknown type).</exception>
    public static byte[] Write(IReadOnlyList<CypherStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                json.WriteStartObject();
                json.WriteString("statement", statement.Text);
                json.WritePropertyName("parameters");
                json.WriteStartObject();
                foreach (var (name, value) in statement.Parameters)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value);
                }

                json.WriteEndObject();
                json.WriteBoolean("includeStats", true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one parameter value as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                json.WriteNumberValue(u);
                break;
            case double d:
                WriteFloat(json, d);
                break;
            case float f:
                WriteFloat(json, f);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(json);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteFloat(Utf8JsonWriter json, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("A Cypher parameter sent as JSON cannot be NaN or infinite.", nameof(value));
        }

        // A double must stay a float in Neo4j: written as "1" it would be read as an integer, and a list mixing
        // integers and floats cannot be stored as a property.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        json.WriteRawValue(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
    }
}
