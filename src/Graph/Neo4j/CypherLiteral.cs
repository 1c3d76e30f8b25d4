using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Neo4j;

/// <summary>Writes values as Cypher literals that read back as the same value in Neo4j Browser and cypher-shell.</summary>
/// <remarks>
/// Strings are single-quoted; backslash, quotes, control characters, line and paragraph separators and <c>;</c> are
/// escaped (<c>;</c> so that no statement splitter can cut a string), everything else, Persian included, is kept as is.
/// Map keys that are not plain ASCII identifiers are quoted with backticks.
/// </remarks>
internal static class CypherLiteral
{
    /// <summary>Writes a value: null, string, bool, number, list or string-keyed map.</summary>
    /// <exception cref="ArgumentException">The value has a type Cypher has no literal for.</exception>
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string s:
                WriteString(output, s);
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                WriteFloat(output, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                output.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    output.Append(first ? string.Empty : ", ");
                    first = false;
                    WriteKey(output, key);
                    output.Append(": ");
                    Write(output, item);
                }

                output.Append('}');
                break;
            case IEnumerable list:
                output.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    output.Append(firstItem ? string.Empty : ", ");
                    firstItem = false;
                    Write(output, item);
                }

                output.Append(']');
                break;
            default:
                throw new ArgumentException($"Cypher has no literal for a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Returns the literal of a value.</summary>
    public static string ToLiteral(object? value)
    {
        var output = new StringBuilder();
        Write(output, value);
        return output.ToString();
    }

    /// <summary>Writes a single-quoted string literal.</summary>
    public static void WriteString(StringBuilder output, string value)
    {
        output.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                output.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '\\':
                    output.Append(@"\\");
                    break;
                case '\'':
                    output.Append(@"\'");
                    break;
                case '"':
                    output.Append("\\\"");
                    break;
                case '\n':
                    output.Append(@"\n");
                    break;
                case '\r':
                    output.Append(@"\r");
                    break;
                case '\t':
                    output.Append(@"\t");
                    break;

                // Lone surrogates cannot be written in UTF-8; ';' is escaped so that no statement splitter cuts a string.
                case ';' or '\u2028' or '\u2029' or '\uFEFF' or < ' ' or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF'):
                    output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        output.Append('\'');
    }

    /// <summary>Writes a map key: bare when it is an ASCII identifier, else in backticks (a backtick doubled).</summary>
    public static void WriteKey(StringBuilder output, string key)
    {
        if (key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            output.Append(key);
        }
        else
        {
            output.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append('`');
        }
    }

    private static void WriteFloat(StringBuilder output, double value)
    {
        if (double.IsNaN(value))
        {
            output.Append("toFloat('NaN')");
        }
        else if (double.IsInfinity(value))
        {
            output.Append(value > 0 ? "toFloat('Infinity')" : "toFloat('-Infinity')");
        }
        else
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
            output.Append(text);
            if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
            {
                output.Append(".0");
            }
        }
    }
}
