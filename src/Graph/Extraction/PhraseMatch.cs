using Graph.Text;

namespace Graph.Extraction;

/// <summary>A phrase found in text: where the phrase itself ends and where its attached suffix ends.</summary>
/// <typeparam name="T">The kind of value stored with the phrase.</typeparam>
/// <param name="Span">The phrase with any attached suffix.</param>
/// <param name="PhraseEnd">Where the phrase itself ends (before the suffix).</param>
/// <param name="Values">The values stored with the phrase.</param>
/// <param name="Prefixed">Whether a glued preposition or conjunction («و», «با», «در»…) precedes the phrase in the same word.</param>
internal sealed record PhraseMatch<T>(TextSpan Span, int PhraseEnd, IReadOnlyList<T> Values, bool Prefixed = false);
