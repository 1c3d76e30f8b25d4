using Graph.Model;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Reads an act phrase from its noun: modifiers («موشکی», «غیرقانونی»), the doer in the genitive
/// («حمله آمریکا، فرانسه و انگلیس») or after «از سوی»/«توسط», and the target after «به»/«علیه».
/// </summary>
internal sealed class ActPhraseReader(ExtractionLexicon lexicon)
{
    private const int MaxModifiers = 4;

    // How many words an unnamed target and its place («مواضع گروه‌های مقاومت در منطقه …») may have before the country.
    private const int MaxUnnamedTargetWords = 8;

    /// <summary>The act phrases of a sentence, in text order.</summary>
    public List<ActPhrase> Read(SentenceView view)
    {
        var acts = new List<ActPhrase>();
        var after = -1;
        foreach (var trigger in view.Triggers)
        {
            var kind = KindOf(trigger);
            if (kind is null || trigger.FirstToken <= after)
            {
                continue;
            }

            var act = ReadAt(view, trigger, kind);
            acts.Add(act);
            after = act.Doers.Count > 0 ? act.LastToken : trigger.LastToken;
        }

        return acts;
    }

    private static string? KindOf(TriggerHit trigger) =>
        trigger.Is(TriggerKind.ActAttack) ? "attack"
        : trigger.Is(TriggerKind.ActSanctions) ? "sanctions"
        : trigger.Is(TriggerKind.ActIntervention) ? "intervention"
        : trigger.Is(TriggerKind.ActGeneric) ? "act"
        : null;

    private ActPhrase ReadAt(SentenceView view, TriggerHit trigger, string kind)
    {
        var evaluative = trigger.Is(TriggerKind.Evaluative);
        var doers = new List<string>();
        var targets = new List<string>();
        var i = trigger.LastToken + 1;
        var modifiers = 0;
        var modified = false;
        var last = trigger.LastToken;
        var genitiveIsVictim = trigger.Is(TriggerKind.ObjectGenitiveAct);
        while (i < view.Tokens.Count && modifiers <= MaxModifiers)
        {
            if (view.Triggers.FirstOrDefault(t => t.FirstToken == i && t.Is(TriggerKind.Evaluative)) is { } judged)
            {
                evaluative = true;
                modified = true;
                // «این اقدام نقض اصل چین واحد است»: what follows a judging act such as «نقض» is what it violates.
                genitiveIsVictim |= judged.Is(TriggerKind.ObjectGenitiveAct);
                i = judged.LastToken + 1;
                last = judged.LastToken;
                continue;
            }

            if (view.ReferentAt(i) is { } referent)
            {
                // A capital stands for its government only as the act's own genitive: after modifiers
                // («حمله تروریستی بغداد», «انفجار مرگبار کابل») it says where the act happened, not who did it.
                var placeAfterModifiers = referent.Label == NodeLabel.Place && (modifiers > 0 || modified) && !genitiveIsVictim;
                if (IsActor(referent) && !placeAfterModifiers || genitiveIsVictim && referent.Label == NodeLabel.Place && referent.EntityIds.Count > 0)
                {
                    foreach (var member in view.Coordination(referent))
                    {
                        (genitiveIsVictim ? targets : doers).AddRange(ActorIds(member));
                        last = member.LastToken;
                    }
                }
                else if (placeAfterModifiers)
                {
                    // The place belongs to the act phrase, so it is not read again as the object of the verb.
                    last = referent.LastToken;
                }

                break;
            }

            if (view.TokenIs(i, TriggerKind.VictimNoun))
            {
                genitiveIsVictim = true;
            }

            var token = view.Tokens[i];
            if (token.Text is "،" or "و")
            {
                if (view.TokenIs(i + 1, TriggerKind.Evaluative))
                {
                    i++;
                    continue;
                }

                break;
            }

            // «در امور» is matched as one phrase (a role's subject matter), but its «در» still ends the act's genitive.
            if (token.Kind != TokenKind.Word || view.TokenIs(i, TriggerKind.Preposition) || view.TokenIs(i, TriggerKind.RoleAffairs) || view.TokenIs(i, TriggerKind.ClauseBreak) || view.TokenIs(i, TriggerKind.Speech)
                || view.Triggers.Any(t => t.FirstToken == i && KindOf(t) is not null))
            {
                break;
            }

            modifiers++;
            i++;
        }

        // «تحریم‌های جدیدی را علیه ونزوئلا»: with no doer in the genitive, the target may follow the act's modifiers.
        if (doers.Count == 0 && targets.Count == 0 && i > last + 1 && i < view.Tokens.Count && view.TokenText(i) is "علیه" or "به" or "بر")
        {
            last = i - 1;
        }

        // «… کوبا از سوی آمریکا»: the genitive was the target, the marked phrase is the doer. Not when a target follows the
        // genitive («حمله آمریکا به سوریه از سوی روسیه محکوم شد»: the marked phrase is the agent of the verb).
        var genitiveThenTarget = doers.Count > 0 && view.TokenText(last + 1) is "به" or "علیه" or "بر";
        var scanEnd = genitiveThenTarget ? last : Math.Min(view.Tokens.Count - 1, last + 6);
        for (var k = last + 1; k <= scanEnd; k++)
        {
            if (view.TriggerAt(k, TriggerKind.DoerMarker) is { } marker && view.ReferentAt(marker.LastToken + 1) is { } doer && IsActor(doer))
            {
                targets.AddRange(doers);
                doers = view.Coordination(doer).SelectMany(ActorIds).ToList();
                last = doer.LastToken;
                break;
            }

            if (view.TokenText(k) is "." or ":" or "؛")
            {
                break;
            }
        }

        var endToken = last;
        var objectStart = last + 2;
        while (objectStart < view.Tokens.Count && objectStart <= last + 4 && view.ReferentAt(objectStart) is null
            && (view.TokenIs(objectStart, TriggerKind.VictimNoun) || view.TokenIs(objectStart, TriggerKind.TargetNoun)))
        {
            objectStart++;
        }

        if (view.TokenText(last + 1) is "به" or "علیه" or "بر" && view.ReferentAt(objectStart) is { } target && (IsActor(target) || target.Label == NodeLabel.Place && target.EntityIds.Count > 0))
        {
            var members = view.Coordination(target);
            targets.AddRange(members.SelectMany(ActorIds));
            endToken = members[^1].LastToken;
        }
        else if (targets.Count == 0 && view.TokenText(last + 1) is "به" or "علیه" or "بر" && CountryOfUnnamedTarget(view, objectStart) is { } country)
        {
            targets.Add(country.EntityIds[0]);
            endToken = country.LastToken;
        }

        return new ActPhrase(trigger, kind, doers.Distinct().ToList(), targets.Distinct().ToList(), evaluative, last, endToken);
    }

    /// <summary>
    /// «حمله به مواضع گروه‌های مقاومت در عراق», «به یک پالایشگاه در منطقه کراسنودار روسیه»: a target the lexicon cannot name, in
    /// a country named after «در» within the same phrase (places and words may stand between), is that country's; null when
    /// the phrase ends first or names another actor.
    /// </summary>
    public static Referent? CountryOfUnnamedTarget(SentenceView view, int start)
    {
        var inPlace = false;
        for (var k = start; k < view.Tokens.Count && k <= start + MaxUnnamedTargetWords; k++)
        {
            if (view.ReferentAt(k) is { } named)
            {
                if (inPlace && named is { Label: NodeLabel.Country, EntityIds.Count: 1 })
                {
                    return named;
                }

                if (!inPlace || named.Label != NodeLabel.Place)
                {
                    return null;
                }

                k = named.LastToken;
                continue;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.TokenText(k) is "را" or "و" || view.TokenIs(k, TriggerKind.ClauseBreak) || view.TokenIs(k, TriggerKind.Speech)
                || view.TokenIs(k, TriggerKind.Condemn) || view.Triggers.Any(t => t.FirstToken == k && KindOf(t) is not null))
            {
                return null;
            }

            inPlace |= view.TokenText(k) == "در";
        }

        return null;
    }

    /// <summary>Whether a referent can do or suffer an act: a country, organization, person, or a place that stands for a government.</summary>
    public bool IsActor(Referent referent) =>
        referent.EntityIds.Count > 0 && (referent.IsPerson || referent.IsInstitution || referent.Label == NodeLabel.Place && lexicon.Entity(referent.EntityIds[0])?.StandsFor is not null);

    /// <summary>The country a person or organization belongs to, per the lexicon; a speaker's support for it is not news.</summary>
    public string? HomeOf(string entityId) => lexicon.Entity(entityId)?.Country;

    /// <summary>The actor ids of a coordination that starts at <paramref name="first"/> («روسیه، چین و ایران»), each once.</summary>
    public List<string> CoordinatedActorIds(SentenceView view, Referent first) => view.Coordination(first).SelectMany(ActorIds).Distinct().ToList();

    /// <summary>The entity ids a referent stands for as an actor (a capital stands for its country).</summary>
    public IEnumerable<string> ActorIds(Referent referent) =>
        referent.Label == NodeLabel.Place
            ? referent.EntityIds.Select(id => lexicon.Entity(id)?.StandsFor ?? id)
            : referent.EntityIds;
}
