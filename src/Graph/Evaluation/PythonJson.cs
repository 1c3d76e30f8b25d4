using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>
/// JSON values seen the way score.py sees what <c>json.load</c> returns: dictionaries where a repeated
/// member keeps its first position and its last value, truthiness, <c>str()</c>, <c>repr()</c> and keys.
/// </summary>
internal static class PythonJson
{
    /// <summary><c>obj.get(name)</c>: the last member of that name, or null when there is none.</summary>
    public static JsonElement? Get(JsonElement obj, string name)
    {
        JsonElement? found = null;
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                found = property.Value;
            }
        }

        return found;
    }

    /// <summary><c>obj.items()</c>: each member name once, at its first position, with its last value.</summary>
    public static OrderedDictionary<string, JsonElement> Items(JsonElement obj)
    {
        var items = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            items[property.Name] = property.Value;
        }

        return items;
    }

    /// <summary>Whether Python's <c>bool()</c> of the value is true (a missing member is <c>None</c>).</summary>
    public static bool IsTruthy(JsonElement? value)
    {
        if (value is not { } element)
        {
            return false;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!.Length > 0,
            JsonValueKind.Number => !IsZero(element),
            JsonValueKind.True => true,
            JsonValueKind.Array => element.GetArrayLength() > 0,
            JsonValueKind.Object => element.EnumerateObject().Any(),
            _ => false,
        };
    }

    /// <summary>The value when it is a string, else null.</summary>
    public static string? AsString(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } element ? element.GetString() : null;

    /// <summary>The value as a dictionary key, as Python hashes and compares it.</summary>
    /// <exception cref="EvaluationInputException">The value is a list or an object, which Python cannot hash.</exception>
    public static JsonKey Key(JsonElement? value, string where)
    {
        if (value is not { } element)
        {
            return JsonKey.None;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => JsonKey.Of(element.GetString()!),
            JsonValueKind.Number => new JsonKey(JsonKeyKind.Number, CanonicalNumber(element)),
            JsonValueKind.True => new JsonKey(JsonKeyKind.Number, "1"),
            JsonValueKind.False => new JsonKey(JsonKeyKind.Number, "0"),
            JsonValueKind.Null => JsonKey.None,
            _ => throw new EvaluationInputException($"{where} is {Describe(element)}, which cannot be an id"),
        };
    }

    /// <summary>Python's <c>str()</c> of the value (<c>None</c> for a missing member).</summary>
    public static string Str(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } element ? element.GetString()! : Repr(value);

    /// <summary>Python's <c>repr()</c> of the value (<c>None</c> for a missing member).</summary>
    public static string Repr(JsonElement? value)
    {
        if (value is not { } element)
        {
            return "None";
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return PythonLiteral.Repr(element.GetString()!);
            case JsonValueKind.Number:
                return IsIntegerLiteral(element.GetRawText())
                    ? BigInteger.Parse(element.GetRawText(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
                    : PythonLiteral.FloatRepr(ParseDouble(element.GetRawText()));
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.Array:
                return "[" + string.Join(", ", element.EnumerateArray().Select(item => Repr(item))) + "]";
            case JsonValueKind.Object:
                return "{" + string.Join(", ", Items(element).Select(item => PythonLiteral.Repr(item.Key) + ": " + Repr(item.Value))) + "}";
            default:
                return "None";
        }
    }

    /// <summary>The elements a <c>for</c> loop over the value visits, when each must be an object.</summary>
    /// <exception cref="EvaluationInputException">Python would fail: not iterable, or iterating gives strings.</exception>
    public static IEnumerable<JsonElement> Objects(JsonElement? value, string where)
    {
        if (value is not { } element)
        {
            throw new EvaluationInputException($"{where} is missing or null where a list is needed");
        }

        var elements = element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().ToList(),
            JsonValueKind.String when element.GetString()!.Length == 0 => [],
            JsonValueKind.Object when !element.EnumerateObject().Any() => [],
            _ => throw new EvaluationInputException($"{where} is {Describe(element)} where a list of objects is needed"),
        };
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i].ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{where}[{i}] is {Describe(elements[i])} where an object is needed");
            }

            yield return elements[i];
        }
    }

    /// <summary>The items a <c>for</c> loop over a truthy value visits: list items, a string's characters, an object's keys.</summary>
    /// <exception cref="EvaluationInputException">The value is a number or <c>true</c>, which Python cannot iterate.</exception>
    public static IEnumerable<JsonElement> Iterate(JsonElement value, string where) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().ToList(),
        JsonValueKind.String => PythonUnicode.ToCodePoints(value.GetString()!).Select(codePoint => StringElement(PythonUnicode.FromCodePoints([codePoint]))).ToList(),
        JsonValueKind.Object => Items(value).Keys.Select(StringElement).ToList(),
        JsonValueKind.Null or JsonValueKind.False => [],
        _ => throw new EvaluationInputException($"{where} is {Describe(value)}, which is not a list"),
    };

    /// <summary>A short description of a value for error messages.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static JsonElement StringElement(string text) => JsonSerializer.SerializeToElement(text);

    private static bool IsIntegerLiteral(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    private static bool IsZero(JsonElement number) =>
        IsIntegerLiteral(number.GetRawText())
            ? BigInteger.Parse(number.GetRawText(), CultureInfo.InvariantCulture).IsZero
            : ParseDouble(number.GetRawText()) == 0;

    private static double ParseDouble(string raw) => double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string CanonicalNumber(JsonElement number)
    {
        var raw = number.GetRawText();
        if (IsIntegerLiteral(raw))
        {
            return BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var value = ParseDouble(raw);
        return double.IsFinite(value) && Math.Floor(value) == value
            ? new BigInteger(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
