using System.Text.Json;

namespace Graph.Lexicon;

/// <summary>Applies lexicon files in order, then checks references across files and builds the knowledge base.</summary>
internal sealed class KnowledgeBaseBuilder
{
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly List<EntityDraft> _entityOrder = [];
    private readonly Dictionary<string, RoleDraft> _roles = new(StringComparer.Ordinal);
    private readonly List<RoleDraft> _roleOrder = [];
    private readonly Dictionary<string, int> _titleIndex = new(StringComparer.Ordinal);
    private readonly List<TitleWord> _titles = [];
    private readonly HashSet<string> _givenNameSet = new(StringComparer.Ordinal);
    private readonly List<string> _givenNames = [];
    private readonly Dictionary<string, List<JsonElement>> _extensions = new(StringComparer.Ordinal);
    private readonly List<string> _extensionOrder = [];
    private readonly List<string> _sourceNames = [];
    private readonly LexiconIssueList _issues = new();

    /// <summary>The home country setting and where it was set.</summary>
    public (string Id, LexiconOrigin Origin)? HomeCountry { get; set; }

    /// <summary>Reads and applies one file.</summary>
    public void Add(LexiconSource source)
    {
        _sourceNames.Add(source.Name);
        LexiconFileReader.Read(source, this, _issues);
    }

    /// <summary>The entity seen so far with <paramref name="id"/>, if any.</summary>
    public EntityDraft? FindEntity(string id) => _entities.GetValueOrDefault(id);

    /// <summary>Starts a new entity.</summary>
    public EntityDraft AddEntity(string id, string label, string name)
    {
        var draft = new EntityDraft(id, label, name);
        _entities.Add(id, draft);
        _entityOrder.Add(draft);
        return draft;
    }

    /// <summary>The role seen so far with <paramref name="id"/>, if any.</summary>
    public RoleDraft? FindRole(string id) => _roles.GetValueOrDefault(id);

    /// <summary>Starts a new role.</summary>
    public RoleDraft AddRole(string id, string nameEn, string scope)
    {
        var draft = new RoleDraft(id, nameEn, scope);
        _roles.Add(id, draft);
        _roleOrder.Add(draft);
        return draft;
    }

    /// <summary>Adds a title; a title with the same normalized text replaces the old one.</summary>
    public void AddTitle(TitleWord title)
    {
        var key = LexiconNameKey.Of(title.Text);
        if (_titleIndex.TryGetValue(key, out var index))
        {
            _titles[index] = title;
        }
        else
        {
            _titleIndex.Add(key, _titles.Count);
            _titles.Add(title);
        }
    }

    /// <summary>Adds a given name unless it is already there.</summary>
    public void AddGivenName(string name)
    {
        if (_givenNameSet.Add(name))
        {
            _givenNames.Add(name);
        }
    }

    /// <summary>Keeps the value of an unknown top-level key.</summary>
    public void AddExtension(string key, JsonElement value)
    {
        if (!_extensions.TryGetValue(key, out var parts))
        {
            _extensions.Add(key, parts = []);
            _extensionOrder.Add(key);
        }

        parts.Add(value);
    }

    /// <summary>Checks references and builds the knowledge base.</summary>
    /// <exception cref="LexiconException">A file has errors.</exception>
    public KnowledgeBase Build()
    {
        if (_issues.HasErrors)
        {
            // Reference checks on a half-read lexicon would only add noise.
            throw new LexiconException(_issues.Errors());
        }

        var entities = _entityOrder.Select(BuildEntity).ToList();
        var roles = _roleOrder.Select(BuildRole).ToList();
        var homeCountry = Resolve(HomeCountry, "homeCountry");
        if (_issues.HasErrors)
        {
            throw new LexiconException(_issues.Errors());
        }

        var extensionParts = _extensionOrder.ToDictionary(k => k, k => (IReadOnlyList<JsonElement>)_extensions[k], StringComparer.Ordinal);
        return new KnowledgeBase(
            entities,
            roles,
            _titles.ToList(),
            _givenNames.ToList(),
            new LexiconSettings(homeCountry),
            extensionParts,
            _issues.Warnings(),
            _sourceNames.ToList());
    }

    private LexiconEntity BuildEntity(EntityDraft draft)
    {
        var tenures = new List<RoleTenure>();
        foreach (var tenure in draft.Tenures)
        {
            var role = _roles.GetValueOrDefault(tenure.Role);
            if (role is null)
            {
                _issues.ErrorInBuiltIn(tenure.Origin, $"{draft.Id} holds the role '{tenure.Role}', which is not in the role list");
                continue;
            }

            var of = tenure.Of ?? role.Of?.Id;
            if (of is null)
            {
                _issues.ErrorInBuiltIn(tenure.Origin, $"the tenure of {draft.Id} as {tenure.Role} needs 'of' (the role has no fixed one)");
                continue;
            }

            if (!_entities.ContainsKey(of))
            {
                _issues.ErrorInBuiltIn(tenure.Origin, $"{draft.Id} is {tenure.Role} of {of}, which is not in the lexicon");
                continue;
            }

            tenures.Add(new RoleTenure(tenure.Role, of, tenure.From, tenure.To));
        }

        return new LexiconEntity(draft.Id, draft.Label, draft.Name)
        {
            NameEn = draft.NameEn,
            Aliases = draft.Aliases.ToList(),
            Adjectives = draft.Adjectives.ToList(),
            Ambiguous = draft.Ambiguous.ToList(),
            Code = draft.Code ?? (draft.Label == Graph.Model.NodeLabel.Country ? draft.Id["country:".Length..].ToUpperInvariant() : null),
            Country = Resolve(draft.Country, $"country of {draft.Id}"),
            Kind = draft.Kind,
            StandsFor = Resolve(draft.StandsFor, $"standsFor of {draft.Id}"),
            PartOf = Resolve(draft.PartOf, $"partOf of {draft.Id}"),
            Roles = tenures,
        };
    }

    private RoleDefinition BuildRole(RoleDraft draft) =>
        new(draft.Id, draft.NameEn, draft.Names.ToList(), draft.Scope, Resolve(draft.Of, $"fixed scope of role {draft.Id}"));

    private string? Resolve((string Id, LexiconOrigin Origin)? reference, string what)
    {
        if (reference is not { } found)
        {
            return null;
        }

        if (_entities.ContainsKey(found.Id))
        {
            return found.Id;
        }

        _issues.ErrorInBuiltIn(found.Origin, $"the {what} is {found.Id}, which is not in the lexicon");
        return null;
    }
}
