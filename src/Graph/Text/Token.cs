namespace Graph.Text;

/// <summary>A token of a normalized text.</summary>
/// <param name="Text">The token's characters.</param>
/// <param name="Span">Where the token lies in the normalized text.</param>
/// <param name="Kind">What the token is made of.</param>
public sealed record Token(string Text, TextSpan Span, TokenKind Kind);
