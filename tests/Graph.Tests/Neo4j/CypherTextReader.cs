using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Tests.Neo4j;

/// <summary>
/// A small Cypher lexer written independently of the code under test: reads literals back (strings with every Cypher
/// escape, numbers, booleans, null, lists, maps with plain or backtick keys) and splits scripts into statements the
/// way cypher-shell does (at <c>;</c> outside strings, quoted names and comments).
/// </summary>
internal static class CypherTextReader
{
    public static object? ReadLiteral(string text)
    {
        var position = 0;
        var value = ReadValue(text, ref position);
        SkipSpace(text, ref position);
        if (position != text.Length)
        {
            throw new FormatException($"Unexpected text after the literal at {position}: {text[position..]}");
        }

        return value;
    }

    public static object? ReadValue(string text, ref int position)
    {
        SkipSpace(text, ref position);
        var c = text[position];
        switch (c)
        {
            case '\'' or '"':
                return ReadString(text, ref position);
            case '[':
                {
                    position++;
                    var list = new List<object?>();
                    SkipSpace(text, ref position);
                    if (text[position] == ']')
                    {
                        position++;
                        return list;
                    }

                    while (true)
                    {
                        list.Add(ReadValue(text, ref position));
                        SkipSpace(text, ref position);
                        var next = text[position++];
                        if (next == ']')
                        {
                            return list;
                        }

                        if (next != ',')
                        {
                            throw new FormatException($"Expected , or ] at {position - 1}");
                        }
                    }
                }

            case '{':
                {
                    position++;
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    SkipSpace(text, ref position);
                    if (text[position] == '}')
                    {
                        position++;
                        return map;
                    }

                    while (true)
                    {
                        SkipSpace(text, ref position);
                        var key = ReadName(text, ref position);
                        SkipSpace(text, ref position);
                        if (text[position++] != ':')
                        {
                            throw new FormatException($"Expected : at {position - 1}");
                        }

                        map.Add(key, ReadValue(text, ref position));
                        SkipSpace(text, ref position);
                        var next = text[position++];
                        if (next == '}')
                        {
                            return map;
                        }

                        if (next != ',')
                        {
                            throw new FormatException($"Expected , or }} at {position - 1}");
                        }
                    }
                }

            default:
                if (text.AsSpan(position).StartsWith("toFloat('"))
                {
                    position += "toFloat(".Length;
                    var inner = (string)ReadString(text, ref position);
                    position++;
                    return double.Parse(inner, CultureInfo.InvariantCulture);
                }

                var start = position;
                while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '-' or '+' or '_'))
                {
                    position++;
                }

                var word = text[start..position];
                return word switch
                {
                    "null" => null,
                    "true" => true,
                    "false" => false,
                    _ when long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
                    _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && (word.Contains('.', StringComparison.Ordinal) || word.Contains('E', StringComparison.OrdinalIgnoreCase)) => d,
                    _ => throw new FormatException($"Not a literal: '{word}' at {start}"),
                };
        }
    }

    /// <summary>Splits a script into statements at <c>;</c> outside strings, backtick names and comments; comments are dropped.</summary>
    public static List<string> SplitStatements(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"')
            {
                var start = i;
                ReadString(script, ref i);
                current.Append(script, start, i - start);
            }
            else if (c == '`')
            {
                var start = i;
                ReadName(script, ref i);
                current.Append(script, start, i - start);
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == ';')
            {
                statements.Add(current.ToString().Trim());
                current.Clear();
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            statements.Add(current.ToString().Trim());
        }

        return statements;
    }

    /// <summary>The string literals of a statement, read back.</summary>
    public static List<string> StringLiterals(string statement)
    {
        var literals = new List<string>();
        var i = 0;
        while (i < statement.Length)
        {
            if (statement[i] is '\'' or '"')
            {
                literals.Add(ReadString(statement, ref i));
            }
            else if (statement[i] == '/' && i + 1 < statement.Length && statement[i + 1] == '/')
            {
                while (i < statement.Length && statement[i] != '\n')
                {
                    i++;
                }
            }
            else if (statement[i] == '`')
            {
                ReadName(statement, ref i);
            }
            else
            {
                i++;
            }
        }

        return literals;
    }

    private static string ReadString(string text, ref int position)
    {
        var quote = text[position++];
        var value = new StringBuilder();
        while (true)
        {
            var c = text[position++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c is '\n' or '\r')
            {
                throw new FormatException($"A raw line break inside a string literal at {position - 1}");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = text[position++];
            switch (escape)
            {
                case '\\' or '\'' or '"':
                    value.Append(escape);
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case 'b':
                    value.Append('\b');
                    break;
                case 'f':
                    value.Append('\f');
                    break;
                case 'u':
                    value.Append((char)int.Parse(text.AsSpan(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    position += 4;
                    break;
                case 'U':
                    value.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(position, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    position += 8;
                    break;
                default:
                    throw new FormatException($"Unknown escape \\{escape} at {position - 2}");
            }
        }
    }

    private static string ReadName(string text, ref int position)
    {
        if (text[position] != '`')
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return text[start..position];
        }

        position++;
        var name = new StringBuilder();
        while (true)
        {
            var c = text[position++];
            if (c == '`')
            {
                if (position < text.Length && text[position] == '`')
                {
                    name.Append('`');
                    position++;
                    continue;
                }

                return name.ToString();
            }

            name.Append(c);
        }
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    /// <summary>A canonical text of a value, so that arrays and lists, any map type and int widths compare equal.</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => "s:" + s,
        bool b => b ? "true" : "false",
        int or long => "i:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double or float => "d:" + Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Canonical(p.Value))) + "}",
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
        _ => throw new ArgumentException(value.GetType().Name),
    };
}
