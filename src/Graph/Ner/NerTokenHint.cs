namespace Graph.Ner;

/// <summary>What the lexicon knows about one token, as input to the tagger's features.</summary>
/// <param name="Lexicon">The label of the lexicon name that covers the token («Person», «Country», «Adjective»…; «?» appended for ambiguous names), or null.</param>
/// <param name="LexiconBegins">Whether that name starts at this token.</param>
/// <param name="Flags">Titles, roles, given names and trigger words at the token.</param>
internal readonly record struct NerTokenHint(string? Lexicon, bool LexiconBegins, NerHintFlags Flags)
{
    /// <summary>Whether the token carries <paramref name="flag"/>.</summary>
    public bool Has(NerHintFlags flag) => (Flags & flag) != 0;
}
