namespace Graph.Evaluation;

/// <summary>An entity of the gold standard with the names it may appear under.</summary>
/// <param name="Key">The entity's key, e.g. <c>shamkhani</c>.</param>
/// <param name="Type">Person, Country, Place or Organization.</param>
/// <param name="English">The English name (<c>en</c>), also matched as an alias; null when absent.</param>
/// <param name="Persian">The Persian aliases (<c>fa</c>); null stands for an empty entry.</param>
public sealed record GoldEntity(string Key, string Type, string? English, IReadOnlyList<string?> Persian)
{
    /// <summary>Every alias: the Persian ones, then the English name.</summary>
    public IEnumerable<string?> Aliases => Persian.Append(English);
}
