namespace Graph.Text;

/// <summary>
/// Text after Persian normalization, with a map from every normalized character back to the
/// characters of the original text it came from.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <remarks><paramref name="starts"/> and <paramref name="ends"/> hold at least one entry per character of <paramref name="text"/>.</remarks>
    internal NormalizedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The original text, exactly as read.</summary>
    public string Original { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(TextSpan span) => ToOriginal(span.Start, span.End);

    /// <summary>Maps the normalized range [<paramref name="start"/>, <paramref name="end"/>) to the original range it came from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            var at = start < Text.Length ? _starts[start] : Original.Length;
            return new TextSpan(at, at);
        }

        return new TextSpan(_starts[start], _ends[end - 1]);
    }

    /// <summary>The original characters behind a normalized span.</summary>
    public string OriginalSlice(TextSpan span)
    {
        var original = ToOriginal(span);
        return Original[original.Start..original.End];
    }
}
