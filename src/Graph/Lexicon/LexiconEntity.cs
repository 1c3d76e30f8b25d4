namespace Graph.Lexicon;

/// <summary>A named real-world entity from the lexicon: a person, country, place or organization.</summary>
/// <param name="Id">The graph node id (<c>country:ru</c>, <c>place:damascus</c>, <c>org:un</c>, <c>person:vladimir-putin</c>).</param>
/// <param name="Label">One of <c>Person</c>, <c>Country</c>, <c>Place</c>, <c>Organization</c> (see <see cref="Graph.Model.NodeLabel"/>).</param>
/// <param name="Name">The usual Persian name.</param>
public sealed record LexiconEntity(string Id, string Label, string Name)
{
    /// <summary>The English name, when the lexicon gives one.</summary>
    public string? NameEn { get; init; }

    /// <summary>Other Persian names and spellings, in file order.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Demonyms and adjectives that stand for a country («روسی»).</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>
    /// The names (from <see cref="Name"/>, <see cref="Aliases"/> or <see cref="Adjectives"/>) that are also
    /// ordinary Persian words or common given names («آستانه» is also "threshold"); accept them only with context.
    /// </summary>
    public IReadOnlyList<string> Ambiguous { get; init; } = [];

    /// <summary>The ISO 3166-1 alpha-2 code of a country, upper case.</summary>
    public string? Code { get; init; }

    /// <summary>The id of the country a place, organization or person belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>The kind of a place (<c>capital</c>, <c>city</c>…) or organization (<c>ministry</c>, <c>military</c>…).</summary>
    public string? Kind { get; init; }

    /// <summary>The id of the entity this name stands for in political text («کرملین» → <c>country:ru</c>).</summary>
    public string? StandsFor { get; init; }

    /// <summary>The id of the parent organization.</summary>
    public string? PartOf { get; init; }

    /// <summary>The roles a person held or holds.</summary>
    public IReadOnlyList<RoleTenure> Roles { get; init; } = [];

    /// <summary>The name followed by the aliases: every name of the entity except adjectives.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
