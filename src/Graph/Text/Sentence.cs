namespace Graph.Text;

/// <summary>A sentence of a normalized text.</summary>
/// <param name="Index">0-based position of the sentence in the text.</param>
/// <param name="Span">Where the sentence lies in the normalized text (without surrounding whitespace).</param>
/// <param name="Text">The normalized sentence text.</param>
/// <param name="StartsParagraph">Whether the sentence begins a paragraph (after a line break, or the first).</param>
public sealed record Sentence(int Index, TextSpan Span, string Text, bool StartsParagraph);
