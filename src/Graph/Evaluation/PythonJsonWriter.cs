using System.Globalization;
using System.Text;

namespace Graph.Evaluation;

/// <summary>
/// Writes a tree of values as Python's <c>json.dumps(value, ensure_ascii=False, indent=1)</c> does.
/// Values are strings, ints, doubles, lists (<see cref="IReadOnlyList{T}"/> of object) and objects
/// (<see cref="IReadOnlyList{T}"/> of <see cref="KeyValuePair{TKey, TValue}"/>, in order).
/// </summary>
internal static class PythonJsonWriter
{
    /// <summary>The JSON text of the value, without a final newline.</summary>
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(double.IsNaN(number) ? "NaN" : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : PythonLiteral.FloatRepr(number));
                break;
            case IReadOnlyList<KeyValuePair<string, object?>> members:
                WriteContainer(builder, '{', '}', members.Count, depth, (i, inner) =>
                {
                    WriteString(builder, members[i].Key);
                    builder.Append(": ");
                    Write(builder, members[i].Value, inner);
                });
                break;
            case IReadOnlyList<object?> items:
                WriteContainer(builder, '[', ']', items.Count, depth, (i, inner) => Write(builder, items[i], inner));
                break;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} as JSON.", nameof(value));
        }
    }

    private static void WriteContainer(StringBuilder builder, char open, char close, int count, int depth, Action<int, int> writeItem)
    {
        builder.Append(open);
        if (count == 0)
        {
            builder.Append(close);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
            writeItem(i, depth + 1);
        }

        builder.Append('\n').Append(' ', depth).Append(close);
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                case '\b':
                    builder.Append(@"\b");
                    break;
                case '\f':
                    builder.Append(@"\f");
                    break;
                case < ' ':
                    builder.Append(CultureInfo.InvariantCulture, $@"\u{(int)c:x4}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
