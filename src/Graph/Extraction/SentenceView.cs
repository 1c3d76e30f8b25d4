using Graph.Text;

namespace Graph.Extraction;

/// <summary>A sentence with its tokens, referents and triggers, and queries over them.</summary>
internal sealed class SentenceView
{
    /// <summary>Creates the view.</summary>
    public SentenceView(Sentence sentence, IReadOnlyList<Token> tokens, List<Referent> referents, IReadOnlyList<TriggerHit> triggers, IReadOnlyList<MentionRecord> mentions)
    {
        Sentence = sentence;
        Tokens = tokens;
        Referents = referents;
        Triggers = triggers;
        Mentions = mentions;
        _covered = new ulong[tokens.Count];
        _starting = new List<TriggerHit>?[tokens.Count];
        foreach (var trigger in triggers)
        {
            for (var i = Math.Max(0, trigger.FirstToken); i <= trigger.LastToken && i < tokens.Count; i++)
            {
                _covered[i] |= trigger.KindMask;
            }

            if (trigger.FirstToken >= 0 && trigger.FirstToken < tokens.Count)
            {
                (_starting[trigger.FirstToken] ??= []).Add(trigger);
            }
        }
    }

    /// <summary>Per token, the families of the triggers that cover it, as bits.</summary>
    private readonly ulong[] _covered;

    /// <summary>Per token, the triggers that start at it, in trigger order.</summary>
    private readonly List<TriggerHit>?[] _starting;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>Its tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Its referents in text order, not overlapping (resolved in place as the article is read).</summary>
    public List<Referent> Referents { get; }

    /// <summary>Its triggers in text order.</summary>
    public IReadOnlyList<TriggerHit> Triggers { get; }

    /// <summary>Every entity name found in it (including those inside role phrases).</summary>
    public IReadOnlyList<MentionRecord> Mentions { get; }

    /// <summary>The index of the sentence in the article.</summary>
    public int Index => Sentence.Index;

    /// <summary>The token text at <paramref name="index"/>, or empty outside the sentence.</summary>
    public string TokenText(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Text : string.Empty;

    /// <summary>The triggers of a family.</summary>
    public IEnumerable<TriggerHit> TriggersOf(TriggerKind kind) => Triggers.Where(t => t.Is(kind));

    /// <summary>Whether a trigger of <paramref name="kind"/> covers the token.</summary>
    public bool TokenIs(int index, TriggerKind kind) => index >= 0 && index < _covered.Length && (_covered[index] & (1UL << (int)kind)) != 0;

    /// <summary>The trigger of <paramref name="kind"/> that starts at the token, if any.</summary>
    public TriggerHit? TriggerAt(int index, TriggerKind kind)
    {
        if (index >= 0 && index < _starting.Length && _starting[index] is { } starting)
        {
            foreach (var trigger in starting)
            {
                if (trigger.Is(kind))
                {
                    return trigger;
                }
            }
        }

        return null;
    }

    /// <summary>The referent that starts at the token (or right after an opening quote there), if any.</summary>
    public Referent? ReferentAt(int index) =>
        Referents.FirstOrDefault(r => r.FirstToken == index) ?? (TokenText(index) is "«" or "\"" ? Referents.FirstOrDefault(r => r.FirstToken == index + 1) : null);

    /// <summary>
    /// The government body that ends right before <paramref name="referent"/>, a country's name («دولت قزاقستان», «وزارت
    /// خارجه کوبا»): the body speaks and acts for the country. Null when there is none.
    /// </summary>
    public TriggerHit? GovernmentBodyOf(Referent referent) =>
        referent is { Label: Model.NodeLabel.Country, Kind: ReferentKind.Name, EntityIds.Count: 1 }
            ? Triggers.FirstOrDefault(t => t.Is(TriggerKind.GovernmentBody) && t.LastToken == referent.FirstToken - 1)
            : null;

    /// <summary>The referent at a token, or the country whose government body starts there («از دولت قزاقستان انتقاد کرد»).</summary>
    public Referent? ReferentOrGovernmentAt(int index) =>
        ReferentAt(index) ?? Triggers.Where(t => t.FirstToken == index && t.Is(TriggerKind.GovernmentBody)).Select(t => ReferentAt(t.LastToken + 1)).FirstOrDefault(r => r is not null && GovernmentBodyOf(r) is not null);

    /// <summary>The index of the first token from <paramref name="from"/> on that ends the statement's subject part: a speech verb or a colon; -1 if none.</summary>
    public int StatementBoundary(int from = 0)
    {
        var speech = Triggers.FirstOrDefault(t => t.Is(TriggerKind.Speech) && t.FirstToken >= from);
        var colon = -1;
        for (var i = from; i < Tokens.Count; i++)
        {
            if (Tokens[i].Text is ":")
            {
                colon = i;
                break;
            }
        }

        return (speech?.FirstToken, colon) switch
        {
            (null, -1) => -1,
            (null, var c) => c,
            (var s, -1) => s.Value,
            (var s, var c) => Math.Min(s.Value, c),
        };
    }

    /// <summary>The index of the last token of the clause that contains <paramref name="index"/> (up to a clause break or colon).</summary>
    public int ClauseEnd(int index)
    {
        for (var i = index + 1; i < Tokens.Count; i++)
        {
            if (Tokens[i].Text is ":" or "؛" or "." || TokenIs(i, TriggerKind.ClauseBreak))
            {
                return i - 1;
            }
        }

        return Tokens.Count - 1;
    }

    /// <summary>The index of the first token of the clause that contains <paramref name="index"/>.</summary>
    public int ClauseStart(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Tokens[i].Text is ":" or "؛" or "." || TokenIs(i, TriggerKind.ClauseBreak))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a statement breaks between tokens <paramref name="from"/> and <paramref name="to"/> (both excluded): sentence
    /// punctuation, a speech verb or a clause break.
    /// </summary>
    public bool BreakBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (TokenText(k) is "." or ":" or "؛" || TokenIs(k, TriggerKind.Speech) || TokenIs(k, TriggerKind.ClauseBreak))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token before <paramref name="index"/> is a preposition.</summary>
    public bool PrecededByPreposition(int index) => index > 0 && TokenIs(index - 1, TriggerKind.Preposition);

    /// <summary>
    /// The referents in a coordination that starts at <paramref name="first"/>: «X، Y و Z».
    /// </summary>
    public List<Referent> Coordination(Referent first)
    {
        var list = new List<Referent> { first };
        var current = first;
        while (true)
        {
            var next = current.LastToken + 1;
            if (TokenText(next) is not ("و" or "،" or ","))
            {
                break;
            }

            var following = ReferentAt(next + 1);
            if (following is null || following.Label != first.Label && !(following.IsInstitution && first.IsInstitution))
            {
                break;
            }

            list.Add(following);
            current = following;
        }

        return list;
    }
}
