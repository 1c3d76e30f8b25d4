using Graph.Model;
using Graph.Ner;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Runs the learned name recognizer on a sentence and combines what it finds with the lexicon (the
/// combination rule of docs/ner.md). The lexicon wins: a span is dropped when any of its tokens is
/// part of a lexicon name (even one rejected for lack of context), a role, a title or a trigger word,
/// with two exceptions: ordinary nouns that also head names («شورای», «نیروهای», «بندر») may be part
/// of a name but not all of it, and an organization may contain countries or places when it starts
/// with a word of its own («شورای ریاستی یمن»). A span is also dropped when the recognizer's probability is below
/// the threshold, when it is not made of words only, when it is an event, or when it names the source
/// of the report («به گزارش X», «به نقل از X»), or when it is one ordinary word the lexicon lists as never a name alone
/// («استقلال»). The rest become people, places and organizations; a
/// nationality becomes its country when the lexicon knows it. The recognizer also confirms lexicon
/// names that are ordinary words too («ریاض», «آستانه») when it tags the same tokens with the same type.
/// </summary>
internal sealed class LearnedNameFinder
{
    private static readonly string[] PluralSuffixes = ["های", "ها", "یان", "ان"];
    private static readonly string[] AdjectiveSuffixes = ["ای", "یی", "ی"];

    /// <summary>Trigger families of ordinary nouns that also head names («شورای», «نیروهای», «ارتش», «بندر»): allowed inside a name, not as all of it.</summary>
    private static readonly HashSet<TriggerKind> NameWords = [TriggerKind.FunctionWord, TriggerKind.VictimNoun, TriggerKind.RoleModifier, TriggerKind.PlaceContext];

    private readonly ExtractionLexicon _lexicon;
    private readonly NerModel _model;
    private readonly double _minConfidence;
    private readonly double _minOrganizationConfidence;
    private readonly LexiconHintFinder _hints;
    private readonly Lazy<Dictionary<string, List<string>>> _surnames;

    /// <summary>Creates the finder over a model and the lexicon whose names win, with the probability thresholds of <paramref name="options"/>.</summary>
    public LearnedNameFinder(ExtractionLexicon lexicon, NerModel model, ExtractionOptions options)
    {
        _lexicon = lexicon;
        _model = model;
        _minConfidence = options.MinNerConfidence;
        _minOrganizationConfidence = options.MinOrganizationConfidence;
        _hints = new LexiconHintFinder(lexicon);
        _surnames = new(() => IndexSurnames(lexicon));
    }

    /// <summary>Every span the recognizer tags in the sentence.</summary>
    public TaggedNames Tag(
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch<NameEntry>> names,
        IReadOnlyList<PhraseMatch<RoleEntry>> roles,
        IReadOnlyList<PhraseMatch<string>> titles,
        IReadOnlyList<PhraseMatch<TriggerKind>> triggers) =>
        tokens.Count == 0 ? TaggedNames.None : _model.Tag(tokens.Select(t => t.Text).ToArray(), _hints.From(tokens, names, roles, titles, triggers));

    /// <summary>Whether the recognizer tags exactly tokens <paramref name="first"/>..<paramref name="last"/> as a name of <paramref name="label"/>, confidently.</summary>
    public bool Confirms(TaggedNames tagged, int first, int last, string label) =>
        tagged.Spans.Any(s => s.First == first && s.Last == last && LabelOf(s.Type) is { } type
            && (type == label || type == NodeLabel.Place && label == NodeLabel.Country) && tagged.ConfidenceOf(s) >= Threshold(type));

    /// <summary>The tagged names the combination rule keeps, in text order.</summary>
    public List<LearnedName> Keep(
        IReadOnlyList<Token> tokens,
        TaggedNames tagged,
        IReadOnlyList<PhraseMatch<NameEntry>> names,
        IReadOnlyList<PhraseMatch<RoleEntry>> roles,
        IReadOnlyList<PhraseMatch<string>> titles,
        IReadOnlyList<PhraseMatch<TriggerKind>> triggerMatches,
        IReadOnlyList<TriggerHit> triggers)
    {
        var result = new List<LearnedName>();
        if (tagged.Spans.Count == 0)
        {
            return result;
        }

        // Per token: blocked by anything, and blocked only by the name of a country or place lying inside the span.
        var blocked = new bool[tokens.Count];
        var nameWords = new bool[tokens.Count];
        var places = new List<(int First, int Last)>();
        foreach (var span in names.Where(n => !IsPlace(n)).Select(n => n.Span).Concat(roles.Select(r => r.Span)).Concat(titles.Select(t => t.Span))
            .Concat(triggerMatches.Where(t => !t.Values.All(NameWords.Contains)).Select(t => t.Span)))
        {
            Mark(tokens, span, blocked);
        }

        foreach (var trigger in triggerMatches.Where(t => t.Values.All(NameWords.Contains)))
        {
            Mark(tokens, trigger.Span, nameWords);
        }

        foreach (var name in names.Where(IsPlace))
        {
            var range = MentionFinder.TokenRange(tokens, name.Span);
            if (range.First >= 0)
            {
                places.Add(range);
            }
        }

        foreach (var span in tagged.Spans)
        {
            var label = LabelOf(span.Type);
            if (label is null || !MadeOfWords(tokens, span) || IsSource(triggers, span) || span.First == span.Last && _lexicon.IsNotName(tokens[span.First].Text)
                || Enumerable.Range(span.First, span.Last - span.First + 1).Any(i => blocked[i])
                || Enumerable.Range(span.First, span.Last - span.First + 1).All(i => nameWords[i]))
            {
                continue;
            }

            var inner = places.Where(p => p.First <= span.Last && span.First <= p.Last).ToList();
            var containsPlaces = inner.Count > 0;
            if (containsPlaces && !(label == NodeLabel.Organization && inner.All(p => p.First > span.First && p.Last <= span.Last)))
            {
                continue;
            }

            var name = string.Join(' ', Enumerable.Range(span.First, span.Last - span.First + 1).Select(i => tokens[i].Text));
            var country = label == NodeLabel.Country ? CountryOfAdjective(name) : null;
            var confidence = label == NodeLabel.Country && country is null ? 0 : tagged.ConfidenceOf(span);
            if (confidence < Threshold(label))
            {
                continue;
            }

            result.Add(new LearnedName(span.First, span.Last, label, name, country, confidence) { ContainsPlaces = containsPlaces });
        }

        return result;
    }

    /// <summary>The lexicon people one of whose names has several words and ends with <paramref name="word"/>.</summary>
    public IReadOnlyList<string> PeopleWithSurname(string word) => _surnames.Value.TryGetValue(PhraseMatcher<string>.Key(word), out var people) ? people : [];

    private static Dictionary<string, List<string>> IndexSurnames(ExtractionLexicon lexicon)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in lexicon.Knowledge.Entities.Where(e => e.Label == NodeLabel.Person))
        {
            foreach (var name in person.Names)
            {
                var words = lexicon.Normalizer.Normalize(name).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2)
                {
                    continue;
                }

                var key = PhraseMatcher<string>.Key(words[^1]);
                if (!index.TryGetValue(key, out var people))
                {
                    index[key] = people = [];
                }

                if (!people.Contains(person.Id))
                {
                    people.Add(person.Id);
                }
            }
        }

        return index;
    }

    private double Threshold(string label) => label == NodeLabel.Organization ? _minOrganizationConfidence : _minConfidence;

    private static string? LabelOf(string type) => type switch
    {
        "PER" => NodeLabel.Person,
        "LOC" => NodeLabel.Place,
        "ORG" or "POG" => NodeLabel.Organization,
        "NAT" => NodeLabel.Country,
        _ => null,
    };

    private static bool IsPlace(PhraseMatch<NameEntry> name) => name.Values.All(v => v.Label is NodeLabel.Country or NodeLabel.Place);

    private static void Mark(IReadOnlyList<Token> tokens, TextSpan span, bool[] blocked)
    {
        var (first, last) = MentionFinder.TokenRange(tokens, span);
        for (var i = first; i >= 0 && i <= last; i++)
        {
            blocked[i] = true;
        }
    }

    private static bool MadeOfWords(IReadOnlyList<Token> tokens, NerSpan span)
    {
        var letters = 0;
        for (var i = span.First; i <= span.Last; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            letters += tokens[i].Text.Length;
        }

        return letters >= 2;
    }

    /// <summary>«به گزارش X»، «به نقل از X»، «X گزارش داد»: the outlet a report comes from is metadata, not a party to the story.</summary>
    private static bool IsSource(IReadOnlyList<TriggerHit> triggers, NerSpan span) =>
        triggers.Any(t => t.Is(TriggerKind.Attribution) && (t.LastToken == span.First - 1 || t.FirstToken == span.Last + 1));

    /// <summary>«ونزوئلایی‌ها» → Venezuela: the country whose name is the nationality without its suffixes, if the lexicon knows it.</summary>
    private string? CountryOfAdjective(string name)
    {
        var key = PhraseMatcher<string>.Key(name);
        var stems = new List<string> { key };
        stems.AddRange(PluralSuffixes.Where(p => key.Length - p.Length >= 3 && key.EndsWith(p, StringComparison.Ordinal)).Select(p => key[..^p.Length]));
        foreach (var stem in stems)
        {
            foreach (var candidate in AdjectiveSuffixes.Where(a => stem.Length - a.Length >= 2 && stem.EndsWith(a, StringComparison.Ordinal)).Select(a => stem[..^a.Length]).Append(stem))
            {
                if (_lexicon.Names.Lookup(candidate).FirstOrDefault(e => e.Label == NodeLabel.Country && e.Form != NameForm.Ambiguous) is { } entry)
                {
                    return entry.EntityId;
                }
            }
        }

        return null;
    }
}
