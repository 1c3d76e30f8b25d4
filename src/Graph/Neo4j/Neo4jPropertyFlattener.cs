using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>
/// Turns the free-form <c>properties</c> of nodes and edges into Neo4j properties, which must be primitives or
/// homogeneous lists of primitives.
/// </summary>
/// <remarks>
/// Strings, booleans and numbers stay as they are (integers as 64-bit, other numbers as doubles); lists of one primitive
/// kind stay lists (integers mixed with other numbers become doubles); dates become ISO strings; everything else (maps,
/// lists of maps, lists with nulls or mixed kinds) is stored as a JSON string. Nulls are left out, so a later load
/// never erases a value with "unknown". Keys become identifiers (other characters become <c>_</c>) and a key that
/// would overwrite a property the loader owns gets the prefix <c>property_</c>.
/// </remarks>
internal static class Neo4jPropertyFlattener
{
    /// <summary>The prefix of a data key that collides with a property the loader owns.</summary>
    public const string ReservedPrefix = "property_";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Flattens a property map; keys are sanitized and moved off <paramref name="reserved"/> names, in ordinal key order.</summary>
    public static SortedDictionary<string, object?> Flatten(IReadOnlyDictionary<string, object?> properties, IReadOnlySet<string> reserved)
    {
        var flattened = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var name = ToPropertyKey(key);
            if (name is null || !TryFlatten(value, out var stored))
            {
                continue;
            }

            if (reserved.Contains(name))
            {
                name = ReservedPrefix + name;
            }

            flattened[name] = stored;
        }

        return flattened;
    }

    /// <summary>Makes a key an identifier: letters, digits and <c>_</c> stay, anything else becomes <c>_</c>; null when nothing is left.</summary>
    public static string? ToPropertyKey(string key)
    {
        var builder = new StringBuilder(key.Length + 1);
        foreach (var c in key.Trim())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || builder.ToString().All(c => c == '_'))
        {
            return null;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Converts a value to what Neo4j can store; false for null (nothing to store).</summary>
    public static bool TryFlatten(object? value, out object? stored)
    {
        stored = null;
        if (value is JsonElement element)
        {
            value = FromJson(element);
        }

        if (value is null)
        {
            return false;
        }

        if (TryPrimitive(value, out var primitive))
        {
            stored = primitive;
            return true;
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> or IDictionary)
        {
            stored = ToJson(value);
            return true;
        }

        if (value is IEnumerable list)
        {
            stored = FlattenList(list) ?? ToJson(value);
            return true;
        }

        stored = ToJson(value);
        return true;
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(e => e.ValueKind is JsonValueKind.Array or JsonValueKind.Object ? (object?)e : FromJson(e)).ToList(),
        JsonValueKind.Object => element,
        _ => null,
    };

    private static bool TryPrimitive(object value, out object primitive)
    {
        switch (value)
        {
            case string s:
                primitive = s;
                return true;
            case bool b:
                primitive = b;
                return true;
            case int or long or short or byte or sbyte or ushort or uint:
                primitive = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case ulong u:
                primitive = u <= long.MaxValue ? (long)u : (object)(double)u;
                return true;
            case double or float or decimal:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                primitive = double.IsFinite(d) ? d : d.ToString(CultureInfo.InvariantCulture);
                return true;
            case DateTime dateTime:
                primitive = dateTime.ToString("o", CultureInfo.InvariantCulture);
                return true;
            case DateTimeOffset dateTimeOffset:
                primitive = dateTimeOffset.ToString("o", CultureInfo.InvariantCulture);
                return true;
            case DateOnly date:
                primitive = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
            case Enum or Guid or Uri or TimeSpan or char:
                primitive = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                return true;
            default:
                primitive = value;
                return false;
        }
    }

    private static object? FlattenList(IEnumerable list)
    {
        var items = new List<object>();
        foreach (var raw in list)
        {
            var item = raw is JsonElement element ? FromJson(element) : raw;
            if (item is null || item is JsonElement || !TryPrimitive(item, out var primitive))
            {
                return null;
            }

            items.Add(primitive);
        }

        if (items.Count == 0 || items.All(i => i is string))
        {
            return items.Cast<string>().ToArray();
        }

        if (items.All(i => i is bool))
        {
            return items.Cast<bool>().ToArray();
        }

        if (items.All(i => i is long))
        {
            return items.Cast<long>().ToArray();
        }

        if (items.All(i => i is long or double))
        {
            return items.Select(i => Convert.ToDouble(i, CultureInfo.InvariantCulture)).ToArray();
        }

        return null;
    }

    private static string ToJson(object value) => JsonSerializer.Serialize(value, value.GetType(), JsonOptions);
}
