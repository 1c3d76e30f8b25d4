namespace Graph.Extraction;

/// <summary>How a referent names what it refers to.</summary>
internal enum ReferentKind
{
    /// <summary>A lexicon name («علی شمخانی», «روسیه»), or a place or organization found by the learned recognizer.</summary>
    Name,

    /// <summary>A country adjective («آمریکایی»).</summary>
    Adjective,

    /// <summary>A role phrase without a name («وزیر دفاع روسیه»).</summary>
    Role,

    /// <summary>A personal pronoun («وی»).</summary>
    Pronoun,

    /// <summary>A reference to countries named before («این کشور», «دو کشور»).</summary>
    CountryGroup,

    /// <summary>A person the lexicon does not know, found from a title, guillemets or a role, or by the learned recognizer.</summary>
    NewPerson,
}
