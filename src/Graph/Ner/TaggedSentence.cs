namespace Graph.Ner;

/// <summary>A sentence of a name-tagged corpus: its tokens and one BIO tag per token («B-PER», «I-LOC», «O»).</summary>
/// <param name="Tokens">The tokens, as written in the corpus.</param>
/// <param name="Tags">The tags, one per token.</param>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>The index of the document the sentence belongs to (a <c>-DOCSTART-</c> line starts a new one).</summary>
    public int Document { get; init; }
}
