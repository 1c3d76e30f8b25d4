using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Resolves a role phrase without a name to a person: first the person the article itself
/// introduced with that role, then a person the article names who held the role, then the
/// lexicon's holder at the article's date (the latest holder when the date is unknown).
/// </summary>
internal sealed class RoleResolver(ExtractionLexicon lexicon)
{
    /// <summary>
    /// The person a role of <paramref name="scope"/> (null: unnamed scope) refers to, or null.
    /// With <paramref name="fromLexicon"/> false only people the article names are considered.
    /// </summary>
    public string? Resolve(string roleId, string? scope, ArticleMemory memory, bool fromLexicon = true)
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
            .OrderByDescending(x => memory.ReferenceDate is { } d && x.Tenures.Any(t => Covers(t, d)))
            .ThenBy(x => x.Entity.Id, StringComparer.Ordinal)
            .ToList();
        if (named.Count > 0)
        {
            return named[0].Entity.Id;
        }

        var effectiveScope = scope ?? lexicon.HomeCountry;
        if (effectiveScope is null || !fromLexicon)
        {
            return null;
        }

        var holder = lexicon.Knowledge.HoldersOf(roleId, effectiveScope, memory.ReferenceDate)
            .Select(e => e.Id)
            .OrderBy(id => id, StringComparer.Ordinal)
            .FirstOrDefault();

        // «رئیس مجلس شورای اسلامی»: a country's role named with one of the country's bodies is held in the country.
        return holder is null && lexicon.Knowledge.FindRole(roleId)?.Scope == "country" && lexicon.Entity(effectiveScope) is { Label: NodeLabel.Organization, Country: { } country }
            ? Resolve(roleId, country, memory, fromLexicon)
            : holder;
    }

    /// <summary>The role a person is introduced with in the article, else the one the lexicon says they held at the article's date.</summary>
    public string? RoleOf(string personId, ArticleMemory memory)
    {
        if (memory.RoleFacts.FirstOrDefault(f => f.PersonId == personId) is { } fact)
        {
            return fact.RoleId;
        }

        var tenures = lexicon.Entity(personId)?.Roles ?? [];
        return (memory.ReferenceDate is { } date ? tenures.FirstOrDefault(t => Covers(t, date)) : null)?.Role
            ?? tenures.OrderByDescending(t => t.From).FirstOrDefault()?.Role;
    }

    /// <summary>The latest day on which every role fact of the article held, per the lexicon's tenures, or null.</summary>
    public DateOnly? EstimateDate(ArticleMemory memory)
    {
        DateOnly? from = null;
        DateOnly? to = null;
        foreach (var fact in memory.RoleFacts)
        {
            var tenures = lexicon.Entity(fact.PersonId)?.Roles.Where(r => r.Role == fact.RoleId && (fact.ScopeId is null || r.Of == fact.ScopeId)).ToList();
            if (tenures is not { Count: 1 })
            {
                continue;
            }

            var tenure = tenures[0];
            if (tenure.From is { } f && (from is null || f > from))
            {
                from = f;
            }

            if (tenure.To is { } t && (to is null || t < to))
            {
                to = t;
            }
        }

        if (to is { } end && (from is null || from < end))
        {
            return end.AddDays(-1);
        }

        return null;
    }

    private static bool Covers(Graph.Lexicon.RoleTenure tenure, DateOnly date) =>
        (tenure.From is null || tenure.From <= date) && (tenure.To is null || date < tenure.To);
}
