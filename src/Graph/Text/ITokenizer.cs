namespace Graph.Text;

/// <summary>Splits normalized text into tokens that keep their spans.</summary>
public interface ITokenizer
{
    /// <summary>The tokens of <paramref name="normalizedText"/> inside <paramref name="range"/>, with spans into the whole text.</summary>
    IReadOnlyList<Token> Tokenize(string normalizedText, TextSpan range);
}
