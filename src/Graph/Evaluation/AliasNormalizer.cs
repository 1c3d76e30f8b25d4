namespace Graph.Evaluation;

/// <summary>
/// Normalizes a name the way score.py's <c>norm</c> does, so that spelling variants of one alias
/// compare equal: NFKC, Arabic letter forms folded to Persian, Persian and Arabic-Indic digits to
/// ASCII, diacritics, tatweel, joiners, direction marks, whitespace, guillemets, quotes, brackets and
/// hyphens removed, then lower case.
/// </summary>
public static class AliasNormalizer
{
    /// <summary>The normalized form of <paramref name="name"/>; empty for null or empty.</summary>
    public static string Normalize(string? name)
    {
        var codePoints = PythonUnicode.NormalizeNfkc(PythonUnicode.ToCodePoints(name ?? string.Empty));
        var kept = new List<int>(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            var folded = Fold(codePoint);
            if (!IsDropped(folded))
            {
                kept.Add(folded);
            }
        }

        return PythonUnicode.FromCodePoints(PythonUnicode.Lower(kept));
    }

    private static int Fold(int codePoint) => codePoint switch
    {
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        '\u0629' => '\u0647',
        '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0624' => '\u0648',
        >= '\u06F0' and <= '\u06F9' => '0' + (codePoint - '\u06F0'),
        >= '\u0660' and <= '\u0669' => '0' + (codePoint - '\u0660'),
        _ => codePoint,
    };

    private static bool IsDropped(int codePoint) =>
        codePoint is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or '\u200C' or '\u200D' or '\u200E' or '\u200F'
            or '\u00AB' or '\u00BB' or '"' or '\'' or '(' or ')' or '[' or ']' or '-'
        || PythonUnicode.IsWhitespace(codePoint);
}
