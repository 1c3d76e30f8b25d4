using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Resolves a role phrase without a name to a person: first the person the article itself
/// introduced with that role, then a person the article names who held the role, then the
/// lexicon's holder at the article's date (the latest holder when the date is unknown).
/// </summary>
internal sealed class RoleResolver(ExtractionLexicon lexicon)
{
    /// <summary>The person a role of <paramref name="scope"/> (null: unnamed scope) refers to, or null.</summary>
    public string? Resolve(string roleId, string? scope, ArticleMemory memory)
    {
        var facts = memory.RoleFacts.Where(f => f.RoleId == roleId && (scope is null || f.ScopeId == scope || f.ScopeId is null)).ToList();
        if (facts.Count > 0)
        {
            return (facts.FirstOrDefault(f => f.ScopeId == scope) ?? facts[0]).PersonId;
        }

        var named = memory.SeenByName
            .Select(id => lexicon.Entity(id))
            .Where(e => e is not null && e.Label == NodeLabel.Person)
            .Select(e => (Entity: e!, Tenures: e!.Roles.Where(r => r.Role == roleId && (scope is null || r.Of == scope)).ToList()))
            .Where(x => x.Tenures.Count > 0)
            .OrderByDescending(x => memory.Published is { } d && x.Tenures.Any(t => Covers(t, d)))
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .ToList();
        if (named.Count > 0)
        {
            return named[0].Entity.Id;
        }

        var effectiveScope = scope ?? lexicon.HomeCountry;
        if (effectiveScope is null)
        {
            return null;
        }

        return lexicon.Knowledge.HoldersOf(roleId, effectiveScope, memory.Published)
            .Select(e => e.Id)
            .OrderBy(id => id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool Covers(Graph.Lexicon.RoleTenure tenure, DateOnly date) =>
        (tenure.From is null || tenure.From <= date) && (tenure.To is null || date < tenure.To);
}
