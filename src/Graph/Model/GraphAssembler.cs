using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Text;

namespace Graph.Model;

/// <summary>
/// Merges what was extracted from many articles into one graph: one node per entity, one edge per
/// (type, source, target) with all its evidence, meetings and events as nodes. A person the lexicon
/// does not know, named by a surname alone in one article, is merged into the one person of another
/// article whose full name ends with that surname. The result does not depend on the order articles
/// are added in.
/// </summary>
internal sealed class GraphAssembler(KnowledgeBase knowledge)
{
    private readonly Dictionary<string, ArticleRecord> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeBuilder> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeBuilder> _edges = new(StringComparer.Ordinal);
    private readonly HashSet<string> _newPeople = new(StringComparer.Ordinal);

    /// <summary>One copy of each short string that recurs across articles (mention texts, triggers), to keep the graph small.</summary>
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>Adds one article's findings.</summary>
    public void Add(ArticleExtraction extraction)
    {
        var article = extraction.Article;
        if (_articles.ContainsKey(article.Id))
        {
            return;
        }

        _articles[article.Id] = article.ToRecord();
        _newPeople.UnionWith(extraction.NewEntities.Where(e => e.Value.Label == NodeLabel.Person && knowledge.FindEntity(e.Key) is null).Select(e => e.Key));
        var content = article.Content;
        // Many edges cite the same sentence: its text is cut out of the article once.
        var sentenceTexts = new string?[extraction.Sentences.Count];
        Evidence EvidenceFor(int sentence, string trigger, double confidence)
        {
            var span = content.ToOriginal(extraction.Sentences[sentence].Span);
            var text = sentenceTexts[sentence] ??= content.Original[span.Start..span.End];
            return new Evidence(article.Id, sentence, span.Start, span.End, text, Intern(trigger)) { Confidence = confidence };
        }

        var firstMention = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in extraction.Mentions)
        {
            var node = EntityNode(mention.EntityId, extraction.NewEntities);
            var span = content.ToOriginal(mention.Span);
            var text = Intern(content.Original.AsSpan(span.Start, span.End - span.Start));
            node.Mentions.Add(new Mention(article.Id, span.Start, span.End, text));
            if (!mention.ByRole)
            {
                node.Aliases.Add(content.Text[mention.Span.Start..mention.Span.End].Trim());
            }
            firstMention.TryAdd(mention.EntityId, mention.Sentence);
        }

        foreach (var (entityId, sentence) in firstMention)
        {
            var count = extraction.Mentions.Count(m => m.EntityId == entityId);
            var confidence = extraction.Mentions.Where(m => m.EntityId == entityId).Max(m => m.Confidence);
            AddEdge(EdgeType.Mentions, article.Id, entityId, EvidenceFor(sentence, "mention", Math.Round(confidence, 3))).Counts[article.Id] = count;
            if (knowledge.FindEntity(entityId) is { Label: NodeLabel.Place, Country: { } country })
            {
                EntityNode(country, extraction.NewEntities);
                AddEdge(EdgeType.LocatedIn, entityId, country, EvidenceFor(sentence, "lexicon", 1.0));
            }
        }

        foreach (var fact in extraction.RoleFacts)
        {
            var node = EntityNode(fact.PersonId, extraction.NewEntities);
            node.Roles.Add((fact.RoleId, fact.ScopeId));
            if (fact.ScopeId is not null)
            {
                EntityNode(fact.ScopeId, extraction.NewEntities);
                AddEdge(EdgeType.HoldsRole, fact.PersonId, fact.ScopeId, EvidenceFor(fact.Sentence, fact.RoleId, 0.9)).Values["role"].Add(fact.RoleId);
            }
        }

        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var found in extraction.Events)
        {
            var when = found.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ShortId(article.Id);
            var id = found.Targets.Count == 0 ? $"event:{found.Kind}:{when}:{Slug(found.Actors)}" : $"event:{found.Kind}:{when}:{Slug(found.Actors)}:{Slug(found.Targets)}";
            events.TryAdd(found.Key, id);
            var node = Node(id, NodeLabel.Event, $"{found.Kind}: {string.Join("، ", found.Actors.Select(NameOf))} → {string.Join("، ", found.Targets.Select(NameOf))}");
            node.Properties["kind"] = found.Kind;
            node.Properties["date"] = found.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var evidence = EvidenceFor(found.Sentence, found.Trigger, 0.75);
            AddEdge(EdgeType.Reported, article.Id, id, evidence);
            foreach (var actor in found.Actors)
            {
                AddEdge(EdgeType.ParticipatedIn, actor, id, evidence).Values["role"].Add("actor");
            }

            foreach (var target in found.Targets)
            {
                AddEdge(EdgeType.ParticipatedIn, target, id, evidence).Values["role"].Add("target");
            }

            if (found.Place is not null)
            {
                AddEdge(EdgeType.HeldIn, id, found.Place, evidence);
            }
        }

        foreach (var meeting in MergeMeetings(extraction.Meetings))
        {
            var date = meeting.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var id = $"meeting:{date ?? ShortId(article.Id)}:{Slug(meeting.Participants)}";
            var node = Node(id, NodeLabel.Meeting, string.Join(" – ", meeting.Participants.Select(NameOf)));
            node.Properties["mode"] = meeting.Mode;
            node.Properties["date"] = date;
            node.Properties["place"] = meeting.Place;
            var evidence = EvidenceFor(meeting.Sentence, meeting.Trigger, meeting.Confidence);
            AddEdge(EdgeType.Reported, article.Id, id, evidence);
            foreach (var participant in meeting.Participants)
            {
                AddEdge(EdgeType.ParticipatedIn, participant, id, evidence);
            }

            if (meeting.Place is not null)
            {
                EntityNode(meeting.Place, extraction.NewEntities);
                AddEdge(EdgeType.HeldIn, id, meeting.Place, evidence);
            }

            var people = meeting.Participants.Where(p => ExtractionLexicon.LabelOfId(p) == NodeLabel.Person).ToList();
            foreach (var a in people)
            {
                foreach (var b in people.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    Edge(EdgeType.MetWith, a, b).Values["meetings"].Add(id);
                }
            }
        }

        foreach (var relation in extraction.Relations)
        {
            var (source, target) = relation.Type == EdgeType.MetWith && string.CompareOrdinal(relation.Source, relation.Target) > 0
                ? (relation.Target, relation.Source)
                : (relation.Source, relation.Target);
            EntityNode(source, extraction.NewEntities);
            EntityNode(target, extraction.NewEntities);
            var edge = AddEdge(relation.Type, source, target, EvidenceFor(relation.Sentence, relation.Trigger, relation.Confidence));
            if (relation.Mode is not null)
            {
                edge.Values["modes"].Add(relation.Mode);
            }

            if (relation.Date is { } day)
            {
                edge.Values["dates"].Add(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (relation.Cameo is not null)
            {
                edge.Values["cameo"].Add(relation.Cameo);
            }

            if (relation.EventKey is not null && events.TryGetValue(relation.EventKey, out var eventId))
            {
                edge.Values["events"].Add(eventId);
            }
        }
    }

    /// <summary>The merged graph, sorted for byte-identical output.</summary>
    public GraphDocument Build()
    {
        var merges = SurnameMerges();
        var absorbed = merges.GroupBy(m => m.Value, m => _nodes[m.Key]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var edges = new Dictionary<string, EdgeBuilder>(StringComparer.Ordinal);
        var taken = new HashSet<EdgeBuilder>(ReferenceEqualityComparer.Instance);
        foreach (var edge in _edges.Values)
        {
            var source = merges.GetValueOrDefault(edge.Source, edge.Source);
            var target = merges.GetValueOrDefault(edge.Target, edge.Target);
            if (edge.Type == EdgeType.MetWith && string.CompareOrdinal(source, target) > 0)
            {
                (source, target) = (target, source);
            }

            if (source == target)
            {
                continue;
            }

            var id = $"{edge.Type}:{source}->{target}";
            if (!edges.TryGetValue(id, out var merged))
            {
                if (edge.Source == source && edge.Target == target)
                {
                    // An edge nothing was merged into is taken as it is, not copied; it is copied if another joins it.
                    edges[id] = edge;
                    taken.Add(edge);
                    continue;
                }

                merged = new EdgeBuilder(id, edge.Type, source, target);
                edges[id] = merged;
            }
            else if (taken.Contains(merged))
            {
                var copy = new EdgeBuilder(id, merged.Type, source, target);
                copy.Absorb(merged);
                edges[id] = copy;
                merged = copy;
            }

            merged.Absorb(edge);
        }

        return new()
        {
            Articles = _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            // Each node and edge is built on its own (sorting its evidence), so they are built on all cores; the order comes from the sort.
            Nodes = _nodes.Values.Where(n => !merges.ContainsKey(n.Id)).AsParallel().Select(n => n.Build(absorbed.GetValueOrDefault(n.Id) ?? [])).ToArray().OrderBy(n => n.Id, StringComparer.Ordinal).ToList(),
            Edges = edges.Values.AsParallel().Select(e => e.Build()).ToArray().OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// New people named by one word whose word is the surname of exactly one new person with a full
    /// name («لودریان» → «ژان ایو لودریان»), in any article: the one-word id to the full name's id.
    /// </summary>
    private Dictionary<string, string> SurnameMerges()
    {
        var people = _newPeople.Where(_nodes.ContainsKey).Select(id => (Id: id, Words: _nodes[id].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        var bySurname = people.Where(p => p.Words.Length > 1).GroupBy(p => PhraseMatcher<string>.Key(p.Words[^1]), p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct().ToList(), StringComparer.Ordinal);
        var merges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, words) in people.Where(p => p.Words.Length == 1))
        {
            if (bySurname.GetValueOrDefault(PhraseMatcher<string>.Key(words[0])) is [var full])
            {
                merges[id] = full;
            }
        }

        return merges;
    }

    private string Intern(ReadOnlySpan<char> text)
    {
        var strings = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!strings.TryGetValue(text, out var interned))
        {
            interned = text.ToString();
            strings.Add(interned);
        }

        return interned;
    }

    private static IEnumerable<MeetingFinding> MergeMeetings(IReadOnlyList<MeetingFinding> meetings)
    {
        // A meeting re-reported with one more participant («… نیز در این دیدار») is the same meeting.
        var result = new List<MeetingFinding>();
        foreach (var meeting in meetings)
        {
            var same = result.FindIndex(m => m.Mode == meeting.Mode && (m.Participants.All(meeting.Participants.Contains) || meeting.Participants.All(m.Participants.Contains)));
            if (same < 0)
            {
                result.Add(meeting);
            }
            else if (meeting.Participants.Count > result[same].Participants.Count)
            {
                result[same] = meeting with { Sentence = result[same].Sentence, Trigger = result[same].Trigger, Place = result[same].Place ?? meeting.Place, Date = result[same].Date ?? meeting.Date };
            }
            else
            {
                result[same] = result[same] with { Place = result[same].Place ?? meeting.Place, Date = result[same].Date ?? meeting.Date };
            }
        }

        return result;
    }

    private static string ShortId(string articleId) => articleId[(articleId.IndexOf(':') + 1)..];

    private static string Slug(IEnumerable<string> ids) => string.Join('+', ids.Select(id => id[(id.IndexOf(':') + 1)..]));

    private string NameOf(string id) => _nodes.TryGetValue(id, out var node) ? node.Name : knowledge.FindEntity(id)?.Name ?? id;

    private NodeBuilder Node(string id, string label, string name)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = new NodeBuilder(id, label, name);
            _nodes[id] = node;
        }

        return node;
    }

    private NodeBuilder EntityNode(string id, IReadOnlyDictionary<string, NewEntity> newEntities)
    {
        if (_nodes.TryGetValue(id, out var existing))
        {
            return existing;
        }

        if (knowledge.FindEntity(id) is { } entity)
        {
            var node = Node(id, entity.Label, entity.Name);
            node.NameEn = entity.NameEn;
            foreach (var alias in entity.Aliases)
            {
                node.Aliases.Add(alias);
            }

            node.Properties["code"] = entity.Code;
            node.Properties["country"] = entity.Country;
            node.Properties["kind"] = entity.Kind;
            foreach (var tenure in entity.Roles)
            {
                node.LexiconRoles.Add(tenure);
            }

            return node;
        }

        return newEntities.TryGetValue(id, out var found) ? Node(id, found.Label, found.Name) : Node(id, ExtractionLexicon.LabelOfId(id), id);
    }

    private EdgeBuilder AddEdge(string type, string source, string target, Evidence evidence)
    {
        var edge = Edge(type, source, target);
        edge.Evidence.Add(evidence);
        return edge;
    }

    private EdgeBuilder Edge(string type, string source, string target)
    {
        var id = $"{type}:{source}->{target}";
        if (!_edges.TryGetValue(id, out var edge))
        {
            edge = new EdgeBuilder(id, type, source, target);
            _edges[id] = edge;
        }

        return edge;
    }

    /// <summary>A node being merged.</summary>
    private sealed class NodeBuilder(string id, string label, string name)
    {
        public string Id => id;

        public string Name => name;

        public string? NameEn { get; set; }

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

        public List<Mention> Mentions { get; } = [];

        private HashSet<(string Role, string? Of)>? _roles;
        private List<RoleTenure>? _lexiconRoles;

        public HashSet<(string Role, string? Of)> Roles => _roles ??= [];

        public List<RoleTenure> LexiconRoles => _lexiconRoles ??= [];

        /// <summary>The node, with the names, mentions and roles of the nodes merged into it.</summary>
        public GraphNode Build(IReadOnlyList<NodeBuilder> absorbed)
        {
            var aliases = new SortedSet<string>(Aliases.Concat(absorbed.SelectMany(a => a.Aliases.Append(a.Name))), StringComparer.Ordinal);
            var mentions = Mentions.Concat(absorbed.SelectMany(a => a.Mentions));
            var ownRoles = Roles.Concat(absorbed.SelectMany(a => a.Roles)).Distinct();
            var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in Properties)
            {
                if (value is not null)
                {
                    properties[key] = value;
                }
            }

            var roles = LexiconRoles
                .Select(r => new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["role"] = r.Role, ["of"] = r.Of, ["from"] = Iso(r.From), ["to"] = Iso(r.To) })
                .Concat(ownRoles.Where(r => !LexiconRoles.Any(l => l.Role == r.Role && l.Of == r.Of))
                    .Select(r => new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["role"] = r.Role, ["of"] = r.Of, ["from"] = null, ["to"] = null }))
                .OrderBy(r => (string?)r["role"], StringComparer.Ordinal).ThenBy(r => (string?)r["of"], StringComparer.Ordinal).ThenBy(r => (string?)r["from"], StringComparer.Ordinal)
                .ToList();
            if (roles.Count > 0)
            {
                properties["roles"] = roles;
            }

            aliases.Remove(name);
            return new GraphNode(id, label, name)
            {
                NameEn = NameEn,
                Aliases = aliases.ToList(),
                Properties = properties,
                Mentions = mentions.Distinct().OrderBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Start).ThenBy(m => m.End).ToList(),
            };
        }

        private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An edge being merged.</summary>
    private sealed class EdgeBuilder(string id, string type, string source, string target)
    {
        public string Type => type;

        public string Source => source;

        public string Target => target;

        public List<Evidence> Evidence { get; } = [];

        private Dictionary<string, int>? _counts;

        /// <summary>Mentions per article (MENTIONS edges only; created on first use, as most edges have none).</summary>
        public Dictionary<string, int> Counts => _counts ??= new(StringComparer.Ordinal);

        public DefaultingDictionary Values { get; } = new();

        /// <summary>Adds the evidence, counts and values of <paramref name="other"/> (an edge whose end was merged into this one's).</summary>
        public void Absorb(EdgeBuilder other)
        {
            Evidence.AddRange(other.Evidence);
            foreach (var (article, count) in other.Counts)
            {
                Counts[article] = Counts.GetValueOrDefault(article) + count;
            }

            foreach (var (key, values) in other.Values.Items)
            {
                Values[key].UnionWith(values);
            }
        }

        public GraphEdge Build()
        {
            var evidence = Evidence
                .DistinctBy(e => (e.Article, e.Sentence, e.Trigger))
                .OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Sentence).ThenBy(e => e.Trigger, StringComparer.Ordinal)
                .ToList();
            var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, values) in Values.Items)
            {
                if (values.Count > 0)
                {
                    properties[key] = values.ToList();
                }
            }

            if (EventCodes.Cameo(type) is { } cameo)
            {
                properties["cameo"] = Values.Items.TryGetValue("cameo", out var specific) && specific.Count > 0 ? specific.ToList() : new List<string> { cameo };
                properties["plover"] = EventCodes.Plover(type);
            }

            var articles = evidence.Select(e => e.Article).Distinct().Count();
            // MET_WITH counts meetings, MENTIONS counts mentions, the others count supporting sentences.
            properties["count"] = Values.Items.TryGetValue("meetings", out var meetings) && meetings.Count > 0 ? meetings.Count
                : _counts is { Count: > 0 } counts ? counts.Values.Sum() : evidence.Count;
            properties["articles"] = articles;
            if (Values.Items.TryGetValue("dates", out var dates) && dates.Count > 0)
            {
                properties.Remove("dates");
                properties["firstDate"] = dates.Min;
                properties["lastDate"] = dates.Max;
            }

            return new GraphEdge(id, type, source, target)
            {
                Properties = properties,
                Evidence = evidence,
                Confidence = evidence.Count == 0 ? 0 : Math.Round(evidence.Max(e => e.Confidence), 3),
            };
        }
    }

    /// <summary>Sorted string sets by property name, created on first use.</summary>
    private sealed class DefaultingDictionary
    {
        private static readonly SortedDictionary<string, SortedSet<string>> None = new(StringComparer.Ordinal);

        // Created on first use: most edges never get a value, and a graph has millions of edges.
        private SortedDictionary<string, SortedSet<string>>? _items;

        public SortedDictionary<string, SortedSet<string>> Items => _items ?? None;

        public SortedSet<string> this[string key]
        {
            get
            {
                _items ??= new(StringComparer.Ordinal);
                if (!_items.TryGetValue(key, out var set))
                {
                    set = new SortedSet<string>(StringComparer.Ordinal);
                    _items[key] = set;
                }

                return set;
            }
        }
    }
}
