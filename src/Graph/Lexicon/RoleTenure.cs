namespace Graph.Lexicon;

/// <summary>A period in which a person held a role.</summary>
/// <param name="Role">The role id (<c>foreign-minister</c>).</param>
/// <param name="Of">The id of the country or organization the role belongs to.</param>
/// <param name="From">The first day in office, inclusive; null when unknown.</param>
/// <param name="To">The first day out of office, exclusive; null while still in office.</param>
public sealed record RoleTenure(string Role, string Of, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the person held the role on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is null || From.Value <= date) && (To is null || date < To.Value);
}
