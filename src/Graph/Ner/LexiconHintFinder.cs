using Graph.Extraction;
using Graph.Model;
using Graph.Text;

namespace Graph.Ner;

/// <summary>Marks the tokens of a sentence with what the lexicon knows: names and their labels, titles, roles, given names, trigger words.</summary>
internal sealed class LexiconHintFinder(ExtractionLexicon lexicon)
{
    /// <summary>Runs the lexicon's matchers over the text the tokens cover and marks the tokens.</summary>
    public NerTokenHint[] Find(string text, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return [];
        }

        var range = new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End);
        var roles = lexicon.Roles.FindAll(text, range);
        var names = lexicon.Names.FindAll(text, range, PhraseMatcher<RoleEntry>.GluedEnds(text, roles));
        return From(tokens, names, roles, lexicon.Titles.FindAll(text, range), lexicon.Triggers.Matcher.FindAll(text, range));
    }

    /// <summary>Marks the tokens from matches already found.</summary>
    public NerTokenHint[] From(
        IReadOnlyList<Token> tokens,
        IReadOnlyList<PhraseMatch<NameEntry>> names,
        IReadOnlyList<PhraseMatch<RoleEntry>> roles,
        IReadOnlyList<PhraseMatch<string>> titles,
        IReadOnlyList<PhraseMatch<TriggerKind>> triggers)
    {
        var labels = new string?[tokens.Count];
        var begins = new bool[tokens.Count];
        var flags = new NerHintFlags[tokens.Count];
        foreach (var name in names)
        {
            var (first, last) = MentionFinder.TokenRange(tokens, name.Span);
            if (first < 0)
            {
                continue;
            }

            var label = LabelOf(name.Values);
            for (var i = first; i <= last; i++)
            {
                if (labels[i] is null)
                {
                    labels[i] = label;
                    begins[i] = i == first;
                }
            }
        }

        foreach (var role in roles)
        {
            Mark(tokens, role.Span, flags, NerHintFlags.Role, wholeSpan: true);
        }

        foreach (var title in titles)
        {
            Mark(tokens, title.Span, flags, NerHintFlags.Title, wholeSpan: true);
        }

        foreach (var trigger in triggers)
        {
            foreach (var kind in trigger.Values)
            {
                Mark(tokens, trigger.Span, flags, FlagOf(kind), wholeSpan: kind != TriggerKind.Speech);
            }
        }

        var result = new NerTokenHint[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && lexicon.GivenNames.Contains(PhraseMatcher<string>.Key(tokens[i].Text)))
            {
                flags[i] |= NerHintFlags.GivenName;
            }

            result[i] = new NerTokenHint(labels[i], begins[i], flags[i]);
        }

        return result;
    }

    private static void Mark(IReadOnlyList<Token> tokens, TextSpan span, NerHintFlags[] flags, NerHintFlags flag, bool wholeSpan)
    {
        var (first, last) = MentionFinder.TokenRange(tokens, span);
        for (var i = first; i >= 0 && i <= (wholeSpan ? last : first); i++)
        {
            flags[i] |= flag;
        }
    }

    private static string LabelOf(IReadOnlyList<NameEntry> entries)
    {
        var entry = entries.OrderBy(e => e.Form == NameForm.Ambiguous ? 1 : 0).ThenBy(e => Priority(e.Label)).First();
        var label = entry.Form == NameForm.Adjective ? "Adjective" : entry.Label;
        return entry.Form == NameForm.Ambiguous ? label + "?" : label;
    }

    private static int Priority(string label) => label switch
    {
        NodeLabel.Country => 0,
        NodeLabel.Person => 1,
        NodeLabel.Organization => 2,
        _ => 3,
    };

    private static NerHintFlags FlagOf(TriggerKind kind) => kind switch
    {
        TriggerKind.Speech => NerHintFlags.Speech,
        TriggerKind.Preposition => NerHintFlags.Preposition,
        TriggerKind.FunctionWord => NerHintFlags.FunctionWord,
        TriggerKind.Pronoun => NerHintFlags.Pronoun,
        TriggerKind.PlaceContext => NerHintFlags.PlaceContext,
        TriggerKind.Attribution => NerHintFlags.Attribution,
        // Added after the shipped model was trained: left out of its hints so that train-ner still reproduces it.
        TriggerKind.ActImposing or TriggerKind.BlameNoun or TriggerKind.BlameVerb => NerHintFlags.None,
        _ => NerHintFlags.Trigger,
    };
}
