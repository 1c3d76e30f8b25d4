namespace Graph.Extraction;

/// <summary>How a lexicon phrase names its entity.</summary>
internal enum NameForm
{
    /// <summary>The entity's name or one of its aliases.</summary>
    Name,

    /// <summary>A demonym or adjective that stands for a country («روسی»).</summary>
    Adjective,

    /// <summary>An alias that is also an ordinary word and needs context («روحانی», «آستانه»).</summary>
    Ambiguous,
}
