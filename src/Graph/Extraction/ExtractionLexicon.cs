using System.Text.Json;
using Graph.Lexicon;
using Graph.Model;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>The lexicon compiled for fast matching: names, roles, titles, given names and triggers.</summary>
internal sealed class ExtractionLexicon
{
    private static readonly (string Singular, string Plural)[] PluralRoleHeads =
    [
        ("رئیس", "روسای"), ("رئیس", "رؤسای"), ("رییس", "روسای"), ("وزیر", "وزرای"), ("دبیر", "دبیران"), ("سفیر", "سفرای"), ("نماینده", "نمایندگان"), ("فرمانده", "فرماندهان"),
    ];

    private ExtractionLexicon(KnowledgeBase knowledge, ITextNormalizer normalizer)
    {
        Knowledge = knowledge;
        Normalizer = normalizer;
        var ambiguous = ReadStrings(knowledge, "ambiguousAliases").Select(a => PhraseMatcher<NameEntry>.Key(normalizer.Normalize(a).Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in knowledge.Entities)
        {
            var entityAmbiguous = entity.Ambiguous.Select(a => PhraseMatcher<NameEntry>.Key(normalizer.Normalize(a).Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var name in entity.Names.Concat(entity.Ambiguous))
            {
                var normalized = normalizer.Normalize(name).Text;
                var key = PhraseMatcher<NameEntry>.Key(normalized);
                var form = ambiguous.Contains(key) || entityAmbiguous.Contains(key) ? NameForm.Ambiguous : NameForm.Name;
                Names.Add(normalized, new NameEntry(entity.Id, entity.Label, form));
            }

            foreach (var adjective in entity.Adjectives)
            {
                Names.Add(normalizer.Normalize(adjective).Text, new NameEntry(entity.Id, entity.Label, NameForm.Adjective));
            }
        }

        foreach (var role in knowledge.Roles)
        {
            foreach (var name in role.Names)
            {
                var normalized = normalizer.Normalize(name).Text;
                Roles.Add(normalized, new RoleEntry(role.Id, role.Of, Plural: false));
                foreach (var (singular, plural) in PluralRoleHeads)
                {
                    if (normalized.StartsWith(singular + " ", StringComparison.Ordinal))
                    {
                        Roles.Add(plural + normalized[singular.Length..], new RoleEntry(role.Id, role.Of, Plural: true));
                    }
                }
            }
        }

        foreach (var title in knowledge.Titles)
        {
            Titles.Add(normalizer.Normalize(title.Text).Text, title.Kind);
        }

        foreach (var given in knowledge.GivenNames)
        {
            GivenNames.Add(PhraseMatcher<string>.Key(normalizer.Normalize(given).Text));
        }

        foreach (var word in ReadStrings(knowledge, "notNames"))
        {
            NotNames.Add(PhraseMatcher<string>.Key(normalizer.Normalize(word).Text));
        }

        Triggers = knowledge.Extensions.TryGetValue("triggers", out var triggers)
            ? TriggerSet.Parse(triggers, normalizer)
            : TriggerSet.Parse(JsonDocument.Parse("{}").RootElement, normalizer);
        HomeCountry = knowledge.Settings.HomeCountry;
    }

    /// <summary>The knowledge the matchers were built from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The normalizer used for lexicon phrases and article text.</summary>
    public ITextNormalizer Normalizer { get; }

    /// <summary>Entity names, aliases and adjectives.</summary>
    public PhraseMatcher<NameEntry> Names { get; } = new(allowSuffixes: true, allowGluedPrefixes: true);

    /// <summary>Role names («وزیر امور خارجه», «رئیس جمهور») and their plurals.</summary>
    public PhraseMatcher<RoleEntry> Roles { get; } = new(allowSuffixes: false, allowGluedPrefixes: false);

    /// <summary>Titles and honorifics («آقای», «دریابان», «حجت الاسلام والمسلمین»).</summary>
    public PhraseMatcher<string> Titles { get; } = new(allowSuffixes: false, allowGluedPrefixes: false);

    /// <summary>Given names, as matcher keys.</summary>
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="GivenNames"/>, looked up by a span of characters.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNamesByKey => GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Ordinary words that are never a name on their own («استقلال» independence, also a club), as matcher keys.</summary>
    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (normalized text) is one of <see cref="NotNames"/>.</summary>
    public bool IsNotName(string word) => NotNames.Contains(PhraseMatcher<string>.Key(word));

    /// <summary>The trigger words.</summary>
    public TriggerSet Triggers { get; }

    /// <summary>The country that «کشورمان» and scope-less roles refer to, if set.</summary>
    public string? HomeCountry { get; }

    /// <summary>Compiles <paramref name="knowledge"/>.</summary>
    public static ExtractionLexicon Compile(KnowledgeBase knowledge, ITextNormalizer normalizer) => new(knowledge, normalizer);

    /// <summary>The entity with <paramref name="id"/>, if the lexicon knows it.</summary>
    public LexiconEntity? Entity(string id) => Knowledge.FindEntity(id);

    /// <summary>The label of the entity with <paramref name="id"/>, from the lexicon or the id's prefix.</summary>
    public static string LabelOfId(string id) => id[..Math.Max(0, id.IndexOf(':'))] switch
    {
        "person" => NodeLabel.Person,
        "country" => NodeLabel.Country,
        "place" => NodeLabel.Place,
        "org" => NodeLabel.Organization,
        "meeting" => NodeLabel.Meeting,
        "event" => NodeLabel.Event,
        _ => NodeLabel.Article,
    };

    private static IEnumerable<string> ReadStrings(KnowledgeBase knowledge, string key) =>
        knowledge.Extensions.TryGetValue(key, out var element) && element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0)
            : [];
}
