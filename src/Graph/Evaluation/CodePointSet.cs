using System.Globalization;

namespace Graph.Evaluation;

/// <summary>A set of code points read from hexadecimal ranges such as <c>300-36F 483</c>.</summary>
internal sealed class CodePointSet
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private CodePointSet(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Reads ranges (<c>first-last</c> or a single code point) separated by whitespace, in ascending order.</summary>
    public static CodePointSet Parse(string ranges)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var token in ranges.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            var first = int.Parse(dash < 0 ? token : token[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var last = dash < 0 ? first : int.Parse(token[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            starts.Add(first);
            ends.Add(last);
        }

        return new CodePointSet([.. starts], [.. ends]);
    }

    /// <summary>Whether the code point is in the set.</summary>
    public bool Contains(int codePoint)
    {
        var index = Array.BinarySearch(_starts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= _ends[index];
    }
}
