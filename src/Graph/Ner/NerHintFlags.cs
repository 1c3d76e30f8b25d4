namespace Graph.Ner;

/// <summary>What the lexicon says about a token, besides names: the cues that make a tagger transfer across domains.</summary>
[Flags]
internal enum NerHintFlags
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>A given name of the lexicon («علی», «سرگئی»).</summary>
    GivenName = 1 << 0,

    /// <summary>Part of a title or honorific («آقای», «دکتر», «حجت الاسلام»).</summary>
    Title = 1 << 1,

    /// <summary>Part of a role name («وزیر امور خارجه», «سخنگوی»).</summary>
    Role = 1 << 2,

    /// <summary>The first word of a speech verb («گفت», «اظهار داشت»).</summary>
    Speech = 1 << 3,

    /// <summary>A preposition («در», «به», «از»).</summary>
    Preposition = 1 << 4,

    /// <summary>A function word.</summary>
    FunctionWord = 1 << 5,

    /// <summary>A personal pronoun («وی», «او»).</summary>
    Pronoun = 1 << 6,

    /// <summary>A word that introduces a place («شهر», «استان»).</summary>
    PlaceContext = 1 << 7,

    /// <summary>A source attribution («به گزارش», «به نقل از»).</summary>
    Attribution = 1 << 8,

    /// <summary>Any other trigger word of the lexicon (meetings, condemnation, support…).</summary>
    Trigger = 1 << 9,
}
