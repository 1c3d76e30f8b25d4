namespace Graph.Text;

/// <summary>Splits normalized text into sentences.</summary>
public interface ISentenceSplitter
{
    /// <summary>The sentences of <paramref name="normalizedText"/>, in order, with spans into it.</summary>
    IReadOnlyList<Sentence> Split(string normalizedText);
}
