using System.Text.Json;

namespace Graph.Lexicon;

/// <summary>
/// The merged, checked lexicon: entities, roles, titles, given names, settings and the raw JSON of
/// top-level keys the loader does not know (such as <c>triggers</c>). Immutable.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> BuiltInLexicon = new(() => FromSources(LexiconSource.BuiltIn()));

    private readonly Dictionary<string, LexiconEntity> _entities;
    private readonly Dictionary<string, RoleDefinition> _roles;
    private readonly Dictionary<string, (LexiconEntity Person, RoleTenure Tenure)[]> _tenures;

    internal KnowledgeBase(
        IReadOnlyList<LexiconEntity> entities,
        IReadOnlyList<RoleDefinition> roles,
        IReadOnlyList<TitleWord> titles,
        IReadOnlyList<string> givenNames,
        LexiconSettings settings,
        IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> extensionParts,
        IReadOnlyList<LexiconIssue> warnings,
        IReadOnlyList<string> sourceNames)
    {
        Entities = entities;
        Roles = roles;
        Titles = titles;
        GivenNames = givenNames;
        Settings = settings;
        ExtensionParts = extensionParts;
        Extensions = extensionParts.ToDictionary(p => p.Key, p => ExtensionMerger.Merge(p.Value), StringComparer.Ordinal);
        Warnings = warnings;
        SourceNames = sourceNames;
        _entities = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _roles = roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _tenures = entities
            .SelectMany(e => e.Roles.Select(t => (Person: e, Tenure: t)))
            .GroupBy(h => TenureKey(h.Tenure.Role, h.Tenure.Of), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Present = _tenures.Values.SelectMany(h => h).Select(h => h.Tenure.To ?? h.Tenure.From).Max();
    }

    /// <summary>How long an office may have had nobody in the lexicon, before its <see cref="Present"/>, and still be held by its last holder when no date is known.</summary>
    public const int VacantYears = 5;

    /// <summary>The latest date the lexicon's tenures record (a start or an end): its present, for articles with no date.</summary>
    public DateOnly? Present { get; }

    /// <summary>Every entity, in the order the files first name them.</summary>
    public IReadOnlyList<LexiconEntity> Entities { get; }

    /// <summary>Every entity by id.</summary>
    public IReadOnlyDictionary<string, LexiconEntity> EntitiesById => _entities;

    /// <summary>The role vocabulary, in file order.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; }

    /// <summary>The role vocabulary by id.</summary>
    public IReadOnlyDictionary<string, RoleDefinition> RolesById => _roles;

    /// <summary>Honorifics and ranks that precede names.</summary>
    public IReadOnlyList<TitleWord> Titles { get; }

    /// <summary>Given names in Persian script, without duplicates.</summary>
    public IReadOnlyList<string> GivenNames { get; }

    /// <summary>The settings, later files overriding earlier ones.</summary>
    public LexiconSettings Settings { get; }

    /// <summary>
    /// The top-level keys the loader does not interpret (<c>triggers</c>…), merged across files:
    /// objects key by key, arrays concatenated, other values replaced by the later file.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>The same keys as <see cref="Extensions"/>, with each file's value unmerged, in load order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> ExtensionParts { get; }

    /// <summary>Problems that did not stop the load (unknown fields, dangling references in user files).</summary>
    public IReadOnlyList<LexiconIssue> Warnings { get; }

    /// <summary>The names of the files loaded, in order.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    /// <summary>The lexicon embedded in the library (loaded once, then shared).</summary>
    /// <exception cref="LexiconException">The built-in data has errors.</exception>
    public static KnowledgeBase LoadBuiltIn() => BuiltInLexicon.Value;

    /// <summary>The built-in lexicon followed by user files, applied in order.</summary>
    /// <exception cref="LexiconException">A file cannot be read or has errors.</exception>
    public static KnowledgeBase Load(IEnumerable<string> extraFiles)
    {
        ArgumentNullException.ThrowIfNull(extraFiles);
        return FromSources(LexiconSource.BuiltIn().Concat(extraFiles.Select(LexiconSource.FromFile)));
    }

    /// <summary>A lexicon made of exactly these sources, applied in order (tests, tools).</summary>
    /// <exception cref="LexiconException">A source has errors.</exception>
    public static KnowledgeBase FromSources(IEnumerable<LexiconSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new KnowledgeBaseBuilder();
        foreach (var source in sources)
        {
            builder.Add(source);
        }

        return builder.Build();
    }

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public LexiconEntity? FindEntity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The role with <paramref name="id"/>, or null.</summary>
    public RoleDefinition? FindRole(string id) => _roles.GetValueOrDefault(id);

    /// <summary>
    /// The people who held <paramref name="roleId"/> of <paramref name="scopeId"/> on <paramref name="at"/>
    /// (from inclusive, to exclusive); with no date, the latest holders: those still in office, or else
    /// those whose tenure ended last, unless that was more than <see cref="VacantYears"/> years before the lexicon's
    /// <see cref="Present"/> (an abolished office, such as Iran's prime minister). Most recent start first.
    /// </summary>
    public IReadOnlyList<LexiconEntity> HoldersOf(string roleId, string scopeId, DateOnly? at)
    {
        ArgumentNullException.ThrowIfNull(roleId);
        ArgumentNullException.ThrowIfNull(scopeId);
        if (!_tenures.TryGetValue(TenureKey(roleId, scopeId), out var holders))
        {
            return [];
        }

        IEnumerable<(LexiconEntity Person, RoleTenure Tenure)> chosen;
        if (at is { } date)
        {
            chosen = holders.Where(h => h.Tenure.Covers(date));
        }
        else if (holders.Any(h => h.Tenure.To is null))
        {
            chosen = holders.Where(h => h.Tenure.To is null);
        }
        else
        {
            var lastEnd = holders.Max(h => h.Tenure.To);
            chosen = Present is { } present && lastEnd < present.AddYears(-VacantYears) ? [] : holders.Where(h => h.Tenure.To == lastEnd);
        }

        return chosen
            .OrderByDescending(h => h.Tenure.From ?? DateOnly.MinValue)
            .ThenBy(h => h.Person.Id, StringComparer.Ordinal)
            .Select(h => h.Person)
            .Distinct()
            .ToList();
    }

    private static string TenureKey(string roleId, string scopeId) => roleId + "\n" + scopeId;
}
