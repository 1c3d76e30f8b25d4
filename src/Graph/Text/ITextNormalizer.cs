namespace Graph.Text;

/// <summary>Normalizes text so that spelling variants compare equal, keeping offsets to the original.</summary>
public interface ITextNormalizer
{
    /// <summary>Normalizes <paramref name="original"/>.</summary>
    NormalizedText Normalize(string original);

    /// <summary>Normalizes <paramref name="original"/>, treating the <paramref name="excluded"/> ranges as paragraph breaks.</summary>
    NormalizedText Normalize(string original, IReadOnlyList<TextSpan> excluded);
}
