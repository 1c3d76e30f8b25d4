using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Neo4j;

/// <summary>Writes query results as an aligned text table for people, or as JSON or CSV for programs.</summary>
public static class CypherResultWriter
{
    /// <summary>The widest a table cell gets (in terminal columns) before it is cut with <c>…</c>; the last column is never cut.</summary>
    public const int MaxCellWidth = 60;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonWriterOptions CompactJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes an aligned table: a header, a rule, one line per row, then the row count.</summary>
    public static void WriteTable(CypherResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var columns = result.Columns.Count;
        var cells = result.Rows
            .Select(row => Enumerable.Range(0, columns).Select(i => Cell(i < row.Count ? row[i] : null, i == columns - 1)).ToArray())
            .ToList();
        var widths = Enumerable.Range(0, columns)
            .Select(i => cells.Select(r => DisplayWidth(r[i])).Append(DisplayWidth(result.Columns[i])).Max())
            .ToArray();
        WriteLine(writer, result.Columns.ToArray(), widths);
        writer.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            WriteLine(writer, row, widths);
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({result.Rows.Count} {(result.Rows.Count == 1 ? "row" : "rows")})"));
    }

    /// <summary>Writes a JSON array with one object per row (column name to value); Persian text is not escaped.</summary>
    public static void WriteJson(CypherResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    json.WritePropertyName(result.Columns[i]);
                    Neo4jRequestWriter.WriteValue(json, i < row.Count ? row[i] : null);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes RFC 4180 CSV with a header line; lists and maps are written as JSON.</summary>
    public static void WriteCsv(CypherResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', result.Columns.Select(Quote)) + "\r\n");
        foreach (var row in result.Rows)
        {
            writer.Write(string.Join(',', Enumerable.Range(0, result.Columns.Count).Select(i => Quote(FormatValue(i < row.Count ? row[i] : null)))) + "\r\n");
        }
    }

    /// <summary>The text of a value: empty for null, invariant numbers, JSON for lists and maps.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable when value is not IEnumerable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => ToJson(value),
    };

    /// <summary>How many terminal columns a text takes: combining marks and format characters (ZWNJ, direction marks) take none, wide East Asian characters two.</summary>
    public static int DisplayWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += RuneWidth(rune);
        }

        return width;
    }

    private static int RuneWidth(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }

        var v = rune.Value;
        var wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    private static string Cell(object? value, bool isLast)
    {
        var text = string.Concat(FormatValue(value).Select(c => c is '\n' or '\r' or '\t' ? ' ' : c));
        if (isLast || DisplayWidth(text) <= MaxCellWidth)
        {
            return text;
        }

        var cut = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = RuneWidth(rune);
            if (width + w > MaxCellWidth - 1)
            {
                break;
            }

            cut.Append(rune.ToString());
            width += w;
        }

        return cut.Append('…').ToString();
    }

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(cells[i]);
            if (i + 1 < cells.Length)
            {
                line.Append(' ', widths[i] - DisplayWidth(cells[i])).Append(" | ");
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string ToJson(object value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CompactJsonOptions))
        {
            Neo4jRequestWriter.WriteValue(json, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
