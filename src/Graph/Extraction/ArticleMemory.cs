namespace Graph.Extraction;

/// <summary>What the extractor remembers while it reads one article: who was named, with which role, who is speaking.</summary>
internal sealed class ArticleMemory
{
    private readonly HashSet<string> _seenByName = new(StringComparer.Ordinal);
    private readonly List<RoleFact> _roleFacts = [];
    private readonly List<string> _recentCountries = [];
    private readonly List<string> _recentPeople = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _lastDoers = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _latestActDoers;

    /// <summary>Creates the memory for an article published on <paramref name="published"/>.</summary>
    public ArticleMemory(DateOnly? published, ExtractionLexicon lexicon)
    {
        Published = published;
        NewNames = new NewEntityRegistry(lexicon);
    }

    /// <summary>The article's publication date, if known.</summary>
    public DateOnly? Published { get; }

    /// <summary>
    /// When the article has no date: the latest day on which every role it gives its people
    /// («شویگو وزیر دفاع روسیه») was held, per the lexicon. Roles without a name resolve at this date.
    /// </summary>
    public DateOnly? EstimatedDate { get; set; }

    /// <summary>The date roles are resolved at: the publication date, else the estimate.</summary>
    public DateOnly? ReferenceDate => Published ?? EstimatedDate;

    /// <summary>People the lexicon does not know, found in this article.</summary>
    public NewPersonRegistry NewPeople { get; } = new();

    /// <summary>Places and organizations the lexicon does not know, found in this article.</summary>
    public NewEntityRegistry NewNames { get; }

    /// <summary>Every entity the lexicon does not know, found in this article, by id.</summary>
    public IReadOnlyDictionary<string, NewEntity> NewEntities =>
        NewPeople.Names.ToDictionary(p => p.Key, p => new NewEntity(Model.NodeLabel.Person, p.Value), StringComparer.Ordinal)
            .Concat(NewNames.Entities).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    /// <summary>People introduced with a role in this article.</summary>
    public IReadOnlyList<RoleFact> RoleFacts => _roleFacts;

    /// <summary>The person currently speaking, carried over from sentence to sentence.</summary>
    public string? Speaker { get; set; }

    /// <summary>The meeting the article is reporting, for «در این دیدار».</summary>
    public MeetingFinding? CurrentMeeting { get; set; }

    /// <summary>Whether the entity was named by an unambiguous name earlier in the article.</summary>
    public bool HasSeenByName(string entityId) => _seenByName.Contains(entityId);

    /// <summary>Records that the entity was named by an unambiguous name.</summary>
    public void MarkSeenByName(string entityId) => _seenByName.Add(entityId);

    /// <summary>Every entity named by an unambiguous name so far.</summary>
    public IReadOnlyCollection<string> SeenByName => _seenByName;

    /// <summary>Records a person introduced with a role.</summary>
    public void AddRoleFact(RoleFact fact)
    {
        if (!_roleFacts.Any(f => f.PersonId == fact.PersonId && f.RoleId == fact.RoleId && f.ScopeId == fact.ScopeId))
        {
            _roleFacts.Add(fact);
        }
    }

    /// <summary>Records that a country was mentioned, for «این کشور» and «دو کشور».</summary>
    public void NoteCountry(string countryId)
    {
        _recentCountries.Remove(countryId);
        _recentCountries.Add(countryId);
    }

    /// <summary>Records the doers of the latest act of a kind («attack», «sanctions»…), for «این حملات» in a later sentence.</summary>
    public void NoteActDoers(string kind, IReadOnlyList<string> doers)
    {
        _lastDoers[kind] = doers;
        _latestActDoers = doers;
    }

    /// <summary>
    /// The doers of the latest act of a kind told so far, or null; for a generic act («این اقدام», «این تصمیم») the latest
    /// act of any kind.
    /// </summary>
    public IReadOnlyList<string>? LastActDoers(string kind) => kind == "act" ? _latestActDoers : _lastDoers.GetValueOrDefault(kind);

    /// <summary>Records that a person was mentioned, for pronouns.</summary>
    public void NotePerson(string personId)
    {
        _recentPeople.Remove(personId);
        _recentPeople.Add(personId);
    }

    /// <summary>The last <paramref name="count"/> countries mentioned, oldest first.</summary>
    public IReadOnlyList<string> LastCountries(int count) =>
        _recentCountries.Count >= count ? _recentCountries.Skip(_recentCountries.Count - count).ToList() : [];

    /// <summary>The most recently mentioned person other than <paramref name="except"/>.</summary>
    public string? LastPerson(string? except = null) => _recentPeople.LastOrDefault(p => p != except);
}
