using System.Globalization;
using System.Text;

namespace Graph.Evaluation;

/// <summary>
/// The Unicode operations of Python that score.py relies on (NFKC, <c>str.lower()</c>, <c>\s</c>,
/// <c>str.isprintable()</c>), computed from <see cref="PythonUnicodeData"/> rather than from .NET,
/// whose normalization is switched off under invariant globalization.
/// Strings are handled as Python does: as sequences of code points, lone surrogates included.
/// </summary>
internal static class PythonUnicode
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;
    private const int CapitalSigma = 0x3A3;
    private const int SmallSigma = 0x3C3;
    private const int FinalSigma = 0x3C2;

    private static readonly Lazy<Dictionary<int, int[]>> Decompositions = new(() => ParseMappings(PythonUnicodeData.CompatibilityDecompositions));
    private static readonly Lazy<Dictionary<int, int[]>> LowercaseMappings = new(() => ParseMappings(PythonUnicodeData.Lowercase));
    private static readonly Lazy<Dictionary<int, int>> CombiningClasses = new(ParseCombiningClasses);
    private static readonly Lazy<Dictionary<long, int>> Compositions = new(ParseCompositions);
    private static readonly Lazy<CodePointSet> CaseIgnorable = new(() => CodePointSet.Parse(PythonUnicodeData.CaseIgnorable));
    private static readonly Lazy<CodePointSet> CasedNotIgnorable = new(() => CodePointSet.Parse(PythonUnicodeData.CasedNotIgnorable));
    private static readonly Lazy<CodePointSet> Whitespace = new(() => CodePointSet.Parse(PythonUnicodeData.Whitespace));
    private static readonly Lazy<CodePointSet> NotPrintable = new(() => CodePointSet.Parse(PythonUnicodeData.NotPrintable));

    /// <summary>The code points of a string; a surrogate that is not part of a pair stands for itself.</summary>
    public static List<int> ToCodePoints(string text)
    {
        var codePoints = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(c);
            }
        }

        return codePoints;
    }

    /// <summary>The string of a sequence of code points.</summary>
    public static string FromCodePoints(IEnumerable<int> codePoints)
    {
        var builder = new StringBuilder();
        foreach (var codePoint in codePoints)
        {
            Append(builder, codePoint);
        }

        return builder.ToString();
    }

    /// <summary>Appends one code point (a lone surrogate as the single UTF-16 unit it is).</summary>
    public static void Append(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    /// <summary>Python's <c>unicodedata.normalize("NFKC", s)</c>.</summary>
    public static List<int> NormalizeNfkc(List<int> codePoints)
    {
        var decomposed = new List<int>(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            Decompose(codePoint, decomposed);
        }

        OrderCanonically(decomposed);
        return Compose(decomposed);
    }

    /// <summary>Python's <c>str.lower()</c>, final sigma included.</summary>
    public static List<int> Lower(List<int> codePoints)
    {
        var lowered = new List<int>(codePoints.Count);
        for (var i = 0; i < codePoints.Count; i++)
        {
            var codePoint = codePoints[i];
            if (codePoint == CapitalSigma)
            {
                lowered.Add(IsFinalSigma(codePoints, i) ? FinalSigma : SmallSigma);
            }
            else if (LowercaseMappings.Value.TryGetValue(codePoint, out var mapping))
            {
                lowered.AddRange(mapping);
            }
            else
            {
                lowered.Add(codePoint);
            }
        }

        return lowered;
    }

    /// <summary>Whether the regular expression <c>\s</c> of Python matches the code point.</summary>
    public static bool IsWhitespace(int codePoint) => Whitespace.Value.Contains(codePoint);

    /// <summary>Python's <c>str.isprintable()</c> for one code point.</summary>
    public static bool IsPrintable(int codePoint) => !NotPrintable.Value.Contains(codePoint);

    private static bool IsFinalSigma(List<int> codePoints, int index)
    {
        // Python's rule: a cased letter before (case-ignorable characters skipped) and none after.
        var j = index - 1;
        while (j >= 0 && CaseIgnorable.Value.Contains(codePoints[j]))
        {
            j--;
        }

        if (j < 0 || !CasedNotIgnorable.Value.Contains(codePoints[j]))
        {
            return false;
        }

        j = index + 1;
        while (j < codePoints.Count && CaseIgnorable.Value.Contains(codePoints[j]))
        {
            j++;
        }

        return j == codePoints.Count || !CasedNotIgnorable.Value.Contains(codePoints[j]);
    }

    private static void Decompose(int codePoint, List<int> output)
    {
        var sIndex = codePoint - SBase;
        if (sIndex is >= 0 and < SCount)
        {
            output.Add(LBase + (sIndex / NCount));
            output.Add(VBase + (sIndex % NCount / TCount));
            if (sIndex % TCount != 0)
            {
                output.Add(TBase + (sIndex % TCount));
            }
        }
        else if (Decompositions.Value.TryGetValue(codePoint, out var mapping))
        {
            output.AddRange(mapping);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    private static int CombiningClass(int codePoint) =>
        CombiningClasses.Value.TryGetValue(codePoint, out var combiningClass) ? combiningClass : 0;

    private static void OrderCanonically(List<int> codePoints)
    {
        // A stable insertion sort of each run of non-starters by combining class.
        for (var i = 1; i < codePoints.Count; i++)
        {
            var combiningClass = CombiningClass(codePoints[i]);
            if (combiningClass == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(codePoints[j - 1]) > combiningClass)
            {
                (codePoints[j - 1], codePoints[j]) = (codePoints[j], codePoints[j - 1]);
                j--;
            }
        }
    }

    private static List<int> Compose(List<int> codePoints)
    {
        if (codePoints.Count == 0)
        {
            return codePoints;
        }

        var output = new List<int>(codePoints.Count) { codePoints[0] };
        var starterIndex = 0;
        var lastClass = CombiningClass(codePoints[0]) == 0 ? 0 : 256;
        for (var i = 1; i < codePoints.Count; i++)
        {
            var codePoint = codePoints[i];
            var combiningClass = CombiningClass(codePoint);
            var composite = ComposePair(output[starterIndex], codePoint);
            if (composite >= 0 && (lastClass < combiningClass || lastClass == 0))
            {
                output[starterIndex] = composite;
                continue;
            }

            if (combiningClass == 0)
            {
                starterIndex = output.Count;
            }

            lastClass = combiningClass;
            output.Add(codePoint);
        }

        return output;
    }

    private static int ComposePair(int first, int second)
    {
        var lIndex = first - LBase;
        if (lIndex is >= 0 and < LCount)
        {
            var vIndex = second - VBase;
            return vIndex is >= 0 and < VCount ? SBase + (((lIndex * VCount) + vIndex) * TCount) : -1;
        }

        var sIndex = first - SBase;
        if (sIndex is >= 0 and < SCount && sIndex % TCount == 0)
        {
            var tIndex = second - TBase;
            return tIndex is > 0 and < TCount ? first + tIndex : -1;
        }

        return Compositions.Value.TryGetValue(PairKey(first, second), out var composite) ? composite : -1;
    }

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static IEnumerable<string> Tokens(string table) => table.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<int, int[]> ParseMappings(string table)
    {
        var mappings = new Dictionary<int, int[]>();
        foreach (var token in Tokens(table))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            mappings[Hex(token[..colon])] = [.. token[(colon + 1)..].Split(',').Select(Hex)];
        }

        return mappings;
    }

    private static Dictionary<int, int> ParseCombiningClasses()
    {
        var classes = new Dictionary<int, int>();
        foreach (var token in Tokens(PythonUnicodeData.CombiningClasses))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var range = token[..colon];
            var combiningClass = int.Parse(token[(colon + 1)..], CultureInfo.InvariantCulture);
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var first = Hex(dash < 0 ? range : range[..dash]);
            var last = dash < 0 ? first : Hex(range[(dash + 1)..]);
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                classes[codePoint] = combiningClass;
            }
        }

        return classes;
    }

    private static Dictionary<long, int> ParseCompositions()
    {
        var compositions = new Dictionary<long, int>();
        foreach (var token in Tokens(PythonUnicodeData.Compositions))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var pair = token[..colon].Split(',');
            compositions[PairKey(Hex(pair[0]), Hex(pair[1]))] = Hex(token[(colon + 1)..]);
        }

        return compositions;
    }
}
