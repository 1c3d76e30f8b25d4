using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Neo4j;

/// <summary>
/// A query kept in a <c>.cypher</c> file: a header of <c>//</c> comments saying what it answers, with one
/// <c>// @param name (optional) description</c> line per parameter, then one Cypher statement.
/// </summary>
/// <param name="Text">The statement to send (the whole file without a trailing <c>;</c>; comments are valid Cypher).</param>
/// <param name="Description">The header comment without the parameter lines.</param>
/// <param name="Parameters">The declared parameters, in order.</param>
public sealed partial record CypherQueryFile(string Text, string Description, IReadOnlyList<CypherQueryParameter> Parameters)
{
    /// <summary>Reads a query file.</summary>
    public static CypherQueryFile Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Reads a query from its text.</summary>
    public static CypherQueryFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var description = new List<string>();
        var parameters = new List<CypherQueryParameter>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                if (trimmed.Length == 0)
                {
                    continue;
                }

                break;
            }

            var match = ParamLine().Match(trimmed);
            if (match.Success)
            {
                parameters.Add(new CypherQueryParameter(match.Groups["name"].Value, match.Groups["optional"].Success, match.Groups["description"].Value.Trim()));
            }
            else
            {
                description.Add(trimmed[2..].Trim());
            }
        }

        return new CypherQueryFile(StripTerminator(text), string.Join(' ', description).Trim(), parameters);
    }

    /// <summary>Removes trailing white space and a trailing <c>;</c> (the HTTP API takes one statement without it).</summary>
    public static string StripTerminator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(';') ? trimmed[..^1].TrimEnd() : trimmed;
    }

    /// <summary>The names of the parameters (<c>$name</c>) a statement uses, outside strings, quoted names and comments.</summary>
    public static IReadOnlySet<string> FindParameters(string cypher)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < cypher.Length)
        {
            var c = cypher[i];
            if (c is '\'' or '"' or '`')
            {
                i = SkipQuoted(cypher, i, c);
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '/')
            {
                var end = cypher.IndexOf('\n', i);
                i = end < 0 ? cypher.Length : end;
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '*')
            {
                var end = cypher.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? cypher.Length : end + 2;
            }
            else if (c == '$')
            {
                var start = ++i;
                while (i < cypher.Length && (char.IsLetterOrDigit(cypher[i]) || cypher[i] == '_'))
                {
                    i++;
                }

                if (i > start)
                {
                    names.Add(cypher[start..i]);
                }
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    private static int SkipQuoted(string text, int start, char quote)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i += 2;
            }
            else if (text[i] == quote)
            {
                // A doubled backtick is an escaped backtick inside a quoted name.
                if (quote == '`' && i + 1 < text.Length && text[i + 1] == '`')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^//\s*@param\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?<optional>\(optional\))?(?<description>.*)$")]
    private static partial Regex ParamLine();
}
