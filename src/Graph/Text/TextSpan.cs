namespace Graph.Text;

/// <summary>A half-open range of characters [<see cref="Start"/>, <see cref="End"/>) in some text.</summary>
/// <param name="Start">The first character of the span.</param>
/// <param name="End">One past the last character of the span.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
}
