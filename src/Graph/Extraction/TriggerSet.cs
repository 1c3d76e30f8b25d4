using System.Text.Json;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>The trigger words of every family, read from the lexicon's <c>triggers</c> section.</summary>
internal sealed class TriggerSet
{
    private static readonly Dictionary<string, TriggerKind> Sections = new(StringComparer.Ordinal)
    {
        ["speech"] = TriggerKind.Speech,
        ["meeting"] = TriggerKind.Meeting,
        ["phone"] = TriggerKind.Phone,
        ["summit"] = TriggerKind.Summit,
        ["meetingReference"] = TriggerKind.MeetingReference,
        ["notHappened"] = TriggerKind.NotHappened,
        ["notHappenedNext"] = TriggerKind.NotHappenedNext,
        ["placeContext"] = TriggerKind.PlaceContext,
        ["attribution"] = TriggerKind.Attribution,
        ["subjectLead"] = TriggerKind.SubjectLead,
        ["victimNouns"] = TriggerKind.VictimNoun,
        ["supportWith"] = TriggerKind.SupportWith,
        ["counterpart"] = TriggerKind.Counterpart,
        ["host"] = TriggerKind.Host,
        ["roleAffairs"] = TriggerKind.RoleAffairs,
        ["condemnFrom"] = TriggerKind.CondemnFrom,
        ["predicateVerbs"] = TriggerKind.PredicateVerb,
        ["condemnViaEnvoy"] = TriggerKind.CondemnViaEnvoy,
        ["objectGenitiveActs"] = TriggerKind.ObjectGenitiveAct,
        ["imposingVerbs"] = TriggerKind.ActImposing,
        ["blameNouns"] = TriggerKind.BlameNoun,
        ["blameVerbs"] = TriggerKind.BlameVerb,
        ["condemn"] = TriggerKind.Condemn,
        ["condemnNegation"] = TriggerKind.CondemnNegation,
        ["evaluative"] = TriggerKind.Evaluative,
        ["support"] = TriggerKind.Support,
        ["supportWeak"] = TriggerKind.SupportWeak,
        ["supportNegation"] = TriggerKind.SupportNegation,
        ["visit"] = TriggerKind.Visit,
        ["doerMarkers"] = TriggerKind.DoerMarker,
        ["prepositions"] = TriggerKind.Preposition,
        ["clauseBreaks"] = TriggerKind.ClauseBreak,
        ["pronouns"] = TriggerKind.Pronoun,
        ["functionWords"] = TriggerKind.FunctionWord,
        ["roleModifiers"] = TriggerKind.RoleModifier,
    };

    /// <summary>A phrase of a sub-family belongs to its family too («احضار کرد» is a condemnation).</summary>
    private static readonly Dictionary<TriggerKind, TriggerKind> Implied = new()
    {
        [TriggerKind.CondemnViaEnvoy] = TriggerKind.Condemn,
        [TriggerKind.CondemnFrom] = TriggerKind.Condemn,
        [TriggerKind.SupportWeak] = TriggerKind.Support,
        [TriggerKind.SupportWith] = TriggerKind.Support,
        [TriggerKind.SupportBeside] = TriggerKind.Support,
    };

    /// <summary>Families matched apart from the others (see <see cref="OverlappingMatcher"/>).</summary>
    private static readonly Dictionary<string, TriggerKind> OverlappingSections = new(StringComparer.Ordinal)
    {
        ["governmentBodies"] = TriggerKind.GovernmentBody,
        ["targetNouns"] = TriggerKind.TargetNoun,
        ["supportBeside"] = TriggerKind.SupportBeside,
        ["arrivalHeads"] = TriggerKind.ArrivalHead,
        ["destinationMarkers"] = TriggerKind.DestinationMarker,
        ["visitVerbs"] = TriggerKind.Visit,
        ["subordinateHeads"] = TriggerKind.SubordinateHead,
    };

    private static readonly Dictionary<string, TriggerKind> Acts = new(StringComparer.Ordinal)
    {
        ["attack"] = TriggerKind.ActAttack,
        ["sanctions"] = TriggerKind.ActSanctions,
        ["intervention"] = TriggerKind.ActIntervention,
        ["generic"] = TriggerKind.ActGeneric,
    };

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _countryReferencesByKey;

    private TriggerSet(PhraseMatcher<TriggerKind> matcher, PhraseMatcher<TriggerKind> overlapping, Dictionary<string, int> countryReferences)
    {
        Matcher = matcher;
        OverlappingMatcher = overlapping;
        CountryReferences = countryReferences;
        _countryReferencesByKey = countryReferences.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The matcher over every trigger phrase; a phrase may belong to several families.</summary>
    public PhraseMatcher<TriggerKind> Matcher { get; }

    /// <summary>
    /// The matcher over the families added after the learned recognizer's model was trained (government bodies «دولت»,
    /// «وزارت خارجه»; target nouns «شرکت‌های»), apart from <see cref="Matcher"/>: they may overlap other triggers («نیروهای
    /// مسلح» keeps «نیروهای» a victim noun) and stay out of the recognizer's hints, so that train-ner still reproduces it.
    /// </summary>
    public PhraseMatcher<TriggerKind> OverlappingMatcher { get; }

    /// <summary>Phrases that refer back to the last N countries («این کشور» 1, «دو کشور» 2), normalized key to N.</summary>
    public IReadOnlyDictionary<string, int> CountryReferences { get; }

    /// <summary>The N of the country reference whose key (<see cref="PhraseMatcher{T}.Key"/>) is <paramref name="key"/>, without making a string of it.</summary>
    public bool TryGetCountryReference(ReadOnlySpan<char> key, out int count) => _countryReferencesByKey.TryGetValue(key, out count);

    /// <summary>Reads the triggers from the <c>triggers</c> JSON object.</summary>
    public static TriggerSet Parse(JsonElement triggers, ITextNormalizer normalizer)
    {
        var matcher = new PhraseMatcher<TriggerKind>(allowSuffixes: false, allowGluedPrefixes: false);
        var overlapping = new PhraseMatcher<TriggerKind>(allowSuffixes: false, allowGluedPrefixes: false);
        var countryReferences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in triggers.EnumerateObject())
        {
            if (OverlappingSections.TryGetValue(section.Name, out var apart))
            {
                AddAll(overlapping, section.Value, apart, normalizer);
            }
            else if (Sections.TryGetValue(section.Name, out var kind))
            {
                AddAll(matcher, section.Value, kind, normalizer);
            }
            else if (section.Name == "acts")
            {
                foreach (var act in section.Value.EnumerateObject())
                {
                    if (Acts.TryGetValue(act.Name, out var actKind))
                    {
                        AddAll(matcher, act.Value, actKind, normalizer);
                    }
                }
            }
            else if (section.Name == "countryReferences")
            {
                foreach (var reference in section.Value.EnumerateObject())
                {
                    countryReferences[PhraseMatcher<TriggerKind>.Key(normalizer.Normalize(reference.Name).Text)] = reference.Value.GetInt32();
                }
            }
        }

        return new TriggerSet(matcher, overlapping, countryReferences);
    }

    private static void AddAll(PhraseMatcher<TriggerKind> matcher, JsonElement phrases, TriggerKind kind, ITextNormalizer normalizer)
    {
        foreach (var phrase in phrases.EnumerateArray())
        {
            var normalized = normalizer.Normalize(phrase.GetString() ?? string.Empty).Text;
            matcher.Add(normalized, kind);
            if (Implied.TryGetValue(kind, out var family))
            {
                matcher.Add(normalized, family);
            }
        }
    }
}
