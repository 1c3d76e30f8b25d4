namespace Graph.Articles;

/// <summary>One line of a file as bytes, without its line break.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line's bytes, or null when the line is longer than the limit.</param>
/// <param name="Length">The line's length in bytes.</param>
internal sealed record BoundedLine(int Number, byte[]? Bytes, long Length);
