namespace Graph.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (Persian, Arabic or Latin), possibly joined by ZWNJ.</summary>
    Word,

    /// <summary>Digits, possibly with separators inside (1397/01/27, 11:23, 1.5).</summary>
    Number,

    /// <summary>Punctuation, including quotes such as « and ».</summary>
    Punctuation,

    /// <summary>Anything else (symbols).</summary>
    Symbol,
}
