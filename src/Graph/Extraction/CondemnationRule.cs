using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Condemnation by the speaker: «با تقبیح [act]», «[act] را محکوم کرد», «[act] را اقدامی تجاوزکارانه
/// عنوان کرد», «[act] … نقض فاحش قوانین بین‌المللی است», an act judged in the phrase itself
/// («مداخلات غیرقانونی آمریکا»), and «[X] را محکوم کرد» / «از [X] انتقاد کرد». The condemned one is
/// the doer of the act, never its victim; «محکوم نکرد» cancels.
/// </summary>
internal sealed class CondemnationRule(ActPhraseReader reader) : IRelationRule
{
    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        var speakers = SpeakersOf(view, subject, memory);
        if (speakers.Count == 0)
        {
            return;
        }

        var acts = reader.Read(view);
        foreach (var act in acts)
        {
            var condemnTrigger = CondemnationOf(view, act);
            if (condemnTrigger is null || Negated(view, act.Trigger.FirstToken))
            {
                continue;
            }

            var doers = act.Doers.Count > 0 ? act.Doers : DemonstrativeDoers(view, act, acts, memory) ?? ClauseActor(view, act, acts);
            var evidence = act.Trigger.Text;
            foreach (var speaker in speakers)
            {
                foreach (var doer in doers.Where(d => !speakers.Contains(d)))
                {
                    var confidence = act.Doers.Count > 0 ? 0.85 : 0.65;
                    sink.Relations.Add(new RelationFinding(EdgeType.Condemned, speaker, doer, view.Index, condemnTrigger == act.Trigger.Text ? evidence : $"{condemnTrigger} ({evidence})", confidence)
                    {
                        EventKey = act.Kind == "act" ? null : new EventFinding(act.Kind, doers, act.Targets, null, null, view.Index, evidence).Key,
                    });
                }
            }
        }

        foreach (var blamed in Blamed(view, acts))
        {
            foreach (var speaker in speakers.Where(s => s != blamed))
            {
                sink.Relations.Add(new RelationFinding(EdgeType.Condemned, speaker, blamed, view.Index, "را مسئول … دانست", 0.75));
            }
        }

        foreach (var trigger in view.TriggersOf(TriggerKind.Condemn).Where(t => !Negated(view, t.FirstToken)))
        {
            foreach (var target in DirectTargets(view, trigger, acts).Where(t => !speakers.Contains(t)))
            {
                foreach (var speaker in speakers)
                {
                    sink.Relations.Add(new RelationFinding(EdgeType.Condemned, speaker, target, view.Index, trigger.Text, 0.8));
                }
            }
        }
    }

    /// <summary>The subject (every member of a coordinated one: «روسیه و چین … محکوم کردند»), else the article's current speaker.</summary>
    private List<string> SpeakersOf(SentenceView view, Referent? subject, ArticleMemory memory)
    {
        // The passive «… از سوی/توسط [Y] محکوم شد»: the marked agent condemns.
        foreach (var marker in view.TriggersOf(TriggerKind.DoerMarker))
        {
            if (view.ReferentAt(marker.LastToken + 1) is { } agent && reader.IsActor(agent)
                && view.Triggers.Any(t => t.Is(TriggerKind.Condemn) && t.FirstToken > agent.LastToken && t.FirstToken <= agent.LastToken + 3))
            {
                return reader.CoordinatedActorIds(view, agent);
            }
        }

        if (subject is { EntityIds.Count: 1 } && (subject.IsPerson || subject.IsInstitution && view.Triggers.Any(t => t.Is(TriggerKind.Condemn) || t.Is(TriggerKind.Speech) || t.Is(TriggerKind.BlameVerb))))
        {
            return view.Coordination(subject).Where(m => m.Single is not null && m.IsPerson == subject.IsPerson && (m.IsPerson || m.IsInstitution)).Select(m => m.Single!).Distinct().ToList();
        }

        return memory.Speaker is { } speaker ? [speaker] : [];
    }

    /// <summary>
    /// Whether a negation («محکوم نکرد», «رد کرد») governs the token: it stands in the same stretch of the sentence,
    /// with no speech verb, clause break or sentence punctuation between them («… را رد کرد و گفت … را محکوم می‌کند» is not negated).
    /// </summary>
    private static bool Negated(SentenceView view, int token) =>
        view.Triggers.Any(n => n.Is(TriggerKind.CondemnNegation) && !view.BreakBetween(Math.Min(n.LastToken, token), Math.Max(n.FirstToken, token)));

    /// <summary>«[Y] را مسئول/مقصر … دانست»: the actor marked by «را» before a blame noun, when a blame verb closes the phrase.</summary>
    private IEnumerable<string> Blamed(SentenceView view, List<ActPhrase> acts)
    {
        foreach (var noun in view.TriggersOf(TriggerKind.BlameNoun))
        {
            if (view.TokenText(noun.FirstToken - 1) != "را" || Negated(view, noun.FirstToken)
                || !view.Triggers.Any(t => t.Is(TriggerKind.BlameVerb) && t.FirstToken > noun.LastToken && t.FirstToken <= noun.LastToken + 6 && !view.BreakBetween(noun.LastToken, t.FirstToken)))
            {
                continue;
            }

            var marked = view.Referents.LastOrDefault(r => r.LastToken == noun.FirstToken - 2);
            if (marked is not null && reader.IsActor(marked) && !acts.Any(a => a.Trigger.FirstToken <= marked.FirstToken && marked.LastToken <= a.EndToken))
            {
                foreach (var id in reader.CoordinatedActorIds(view, marked))
                {
                    yield return id;
                }
            }
        }
    }

    private static bool CommaBetween(SentenceView view, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.TokenText(k) is "،" or ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrase that makes an act condemned, or null when nothing judges it.</summary>
    private static string? CondemnationOf(SentenceView view, ActPhrase act)
    {
        if (act.Evaluative)
        {
            return act.Trigger.Text;
        }

        var before = view.Triggers.FirstOrDefault(t => t.Is(TriggerKind.Condemn) && t.LastToken >= act.Trigger.FirstToken - 2 && t.LastToken < act.Trigger.FirstToken);
        if (before is not null)
        {
            return before.Text;
        }

        var clauseEnd = view.ClauseEnd(act.LastToken);
        var after = view.Triggers.FirstOrDefault(t => (t.Is(TriggerKind.Condemn) || t.Is(TriggerKind.Evaluative) && IsPredicate(view, t, clauseEnd)) && t.FirstToken > act.LastToken && t.FirstToken <= clauseEnd
            && !view.Triggers.Any(o => o != t && o.FirstToken < t.FirstToken && o.FirstToken > act.LastToken && (o.Is(TriggerKind.ActAttack) || o.Is(TriggerKind.ActIntervention) || o.Is(TriggerKind.ActSanctions) || o.Is(TriggerKind.ActGeneric)) && !o.Is(TriggerKind.Evaluative)));
        return after?.Text;
    }

    /// <summary>Whether a judging word stands in the predicate («… نقض فاحش قوانین است») rather than qualifying another noun («گروهک‌های تروریستی»).</summary>
    private static bool IsPredicate(SentenceView view, TriggerHit judged, int clauseEnd) =>
        view.Triggers.Any(t => t.Is(TriggerKind.PredicateVerb) && t.FirstToken > judged.LastToken && t.FirstToken <= Math.Min(clauseEnd + 1, judged.LastToken + 6))
        || Enumerable.Range(Math.Max(0, judged.FirstToken - 3), Math.Min(3, judged.FirstToken)).Any(k => view.TokenText(k) == "را");

    /// <summary>
    /// «این/آن/همین اقدامات»: an act named with a demonstrative is one told before — earlier in the sentence, else the
    /// article's latest act of its kind — and has its doers (none when there is no such act); null when the act has no demonstrative.
    /// </summary>
    private static IReadOnlyList<string>? DemonstrativeDoers(SentenceView view, ActPhrase act, List<ActPhrase> acts, ArticleMemory memory) =>
        view.TokenText(act.Trigger.FirstToken - 1) is "این" or "آن" or "همین" or "چنین"
            ? acts.LastOrDefault(a => a.EndToken < act.Trigger.FirstToken && a.Doers.Count > 0)?.Doers ?? memory.LastActDoers(act.Kind) ?? []
            : null;

    /// <summary>
    /// For an act without a named doer, the actor that is the subject of its clause («رژیم صهیونیستی دست به اقدامات تجاوزکارانه زده»):
    /// not across a speech verb, and not the victim of another act phrase (its doer may be).
    /// </summary>
    private List<string> ClauseActor(SentenceView view, ActPhrase act, List<ActPhrase> acts)
    {
        var start = view.ClauseStart(act.Trigger.FirstToken);
        for (var k = act.Trigger.FirstToken - 1; k > start; k--)
        {
            if (view.TokenIs(k, TriggerKind.Speech))
            {
                start = k + 1;
                break;
            }
        }

        var actor = view.Referents.LastOrDefault(r => r.FirstToken >= start && r.LastToken < act.Trigger.FirstToken && reader.IsActor(r) && !view.PrecededByPreposition(r.FirstToken) && !r.IsPerson
            && !acts.Any(a => a != act && a.Trigger.FirstToken <= r.FirstToken && r.LastToken <= a.EndToken && !reader.ActorIds(r).Any(a.Doers.Contains)));
        return actor is null ? [] : reader.ActorIds(actor).ToList();
    }

    private List<string> DirectTargets(SentenceView view, TriggerHit trigger, List<ActPhrase> acts)
    {
        bool InAct(Referent r) => acts.Any(a => a.Trigger.FirstToken <= r.FirstToken && r.LastToken <= a.EndToken);

        // «محکوم کردن [X]», «[X] را محکوم کرد», «از [X] انتقاد کرد».
        if (view.ReferentAt(trigger.LastToken + 1) is { } after && reader.IsActor(after) && !InAct(after) && !view.Triggers.Any(t => t.FirstToken == trigger.LastToken + 1))
        {
            return view.Coordination(after).SelectMany(reader.ActorIds).ToList();
        }

        // «[Y] را … محکوم کرد», «[Y] را به … متهم کرد», «از [Y] … انتقاد کرد»: the nearest marked object in the clause.
        var start = view.ClauseStart(trigger.FirstToken);
        for (var k = trigger.FirstToken - 1; k > start; k--)
        {
            var marker = view.TokenText(k);
            if (marker == "را")
            {
                // «… خواند و آن را محکوم کرد»: a demonstrative object refers back to what was just said, not to a name.
                if (view.TokenText(k - 1) is "آن" or "این" or "آنها" or "اینها")
                {
                    return [];
                }

                // «سفیر انگلیس در تهران را»: the object's head comes before a «در»/«به» modifier.
                var objectReferents = view.Referents.Where(r => r.LastToken < k && r.FirstToken >= Math.Max(start, k - 8)).ToList();
                var marked = objectReferents.LastOrDefault(r => !view.PrecededByPreposition(r.FirstToken)) ?? objectReferents.LastOrDefault();
                // «X … حمله … را محکوم کرد», «حمله در X را», «مداخله در امور داخلی X را محکوم کرد»: an act heads the object
                // and is judged on its own; X is inside it.
                if (marked is null || InAct(marked) || acts.Any(a => a.Trigger.FirstToken > marked.LastToken && a.Trigger.FirstToken < k)
                    || acts.Any(a => a.Trigger.FirstToken < marked.FirstToken && a.Trigger.FirstToken >= Math.Max(start, k - 8) && !CommaBetween(view, a.Trigger.LastToken, marked.FirstToken)))
                {
                    return [];
                }

                if (trigger.Is(TriggerKind.CondemnViaEnvoy) && marked.Kind == ReferentKind.Role)
                {
                    return marked.Scopes.Where(s => ExtractionLexicon.LabelOfId(s) == NodeLabel.Country).ToList();
                }

                return reader.IsActor(marked) ? reader.ActorIds(marked).ToList() : [];
            }

            // «از حمایت غرب از اوکراین انتقاد کرد»: the «از» of a support phrase inside the object is not the verb's.
            if (marker == "از" && trigger.Is(TriggerKind.CondemnFrom) && view.Triggers.Any(t => t.Is(TriggerKind.Support) && t.LastToken < k && k - t.LastToken <= 3))
            {
                continue;
            }

            if (marker == "از" && trigger.Is(TriggerKind.CondemnFrom))
            {
                return view.ReferentOrGovernmentAt(k + 1) is { } source && !InAct(source) && reader.IsActor(source) ? reader.ActorIds(source).ToList() : [];
            }
        }

        return [];
    }
}
