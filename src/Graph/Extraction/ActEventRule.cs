using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Attacks and sanctions with a doer and a target («حمله آمریکا به سوریه», «تحریم کوبا از سوی آمریکا», «آمریکا تحریم‌هایی
/// علیه کوبا وضع کرد») become events and edges.
/// </summary>
internal sealed class ActEventRule(ActPhraseReader reader, EventDateResolver dates) : IRelationRule
{
    // How many tokens after the act its imposing verb may come («… علیه بلاروس به دلیل نقض گسترده حقوق بشر تصویب کرد»).
    private const int ImposingVerbReach = 10;

    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        foreach (var read in reader.Read(view))
        {
            var act = read.Doers.Count == 0 && ImposedBy(view, read, subject) is { } imposer ? read with { Doers = imposer }
                : read.Doers.Count == 0 && VerbalAttack(view, read, subject) is { } verbal ? read with { Doers = verbal.Doers, Targets = verbal.Targets }
                : read.Doers.Count == 0 && VerbalSanctions(view, read, subject) is { } sanctioned ? read with { Doers = sanctioned.Doers, Targets = sanctioned.Targets }
                : read;
            if (act.Doers.Count > 0)
            {
                memory.NoteActDoers(act.Kind, act.Doers);
            }
            if (act.Kind is not ("attack" or "sanctions" or "intervention") || act.Doers.Count == 0)
            {
                continue;
            }

            var place = view.Referents.FirstOrDefault(r => r.Label == NodeLabel.Place && r.FirstToken > act.LastToken && view.TokenText(r.FirstToken - 1) == "در")?.Single;
            var found = new EventFinding(act.Kind, act.Doers, act.Targets, dates.Resolve(view.Sentence.Text, memory.Published), place, view.Index, act.Trigger.Text);
            sink.Events.Add(found);
            var type = act.Kind switch
            {
                "attack" => EdgeType.Attacked,
                "sanctions" => EdgeType.Sanctioned,
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            foreach (var doer in act.Doers)
            {
                foreach (var target in act.Targets.Where(t => t != doer))
                {
                    sink.Relations.Add(new RelationFinding(type, doer, target, view.Index, act.Trigger.Text, act == read ? 0.75 : 0.7) { EventKey = found.Key, Date = found.Date });
                }
            }
        }
    }

    /// <summary>
    /// «[X] (بامداد امروز) به [Y] حمله کرد»: the verb «حمله کردن» has the subject (a country or an organization) as its
    /// doer and the actor or place after «به» before it as its target.
    /// </summary>
    private (IReadOnlyList<string> Doers, IReadOnlyList<string> Targets)? VerbalAttack(SentenceView view, ActPhrase act, Referent? subject)
    {
        if (act.Kind != "attack" || subject is not { IsInstitution: true, EntityIds.Count: 1 } || subject.LastToken >= act.Trigger.FirstToken
            || !IsDoVerb(view.TokenText(act.Trigger.LastToken + 1)))
        {
            return null;
        }

        for (var k = act.Trigger.FirstToken - 1; k > subject.LastToken; k--)
        {
            if (view.TokenText(k) != "به")
            {
                continue;
            }

            // «به [Y]», else «به یک پالایشگاه در منطقه کراسنودار روسیه»: an unnamed target in a country.
            var target = view.Referents.FirstOrDefault(r => r.FirstToken > k && r.FirstToken <= k + 3 && r.LastToken < act.Trigger.FirstToken
                && (reader.IsActor(r) || r.Label == NodeLabel.Place && r.EntityIds.Count > 0))
                ?? ActPhraseReader.CountryOfUnnamedTarget(view, k + 1);
            if (target is null || target.LastToken >= act.Trigger.FirstToken)
            {
                return null;
            }

            return (SubjectActorIds(view, subject, before: k), reader.CoordinatedActorIds(view, target));
        }

        return null;
    }

    /// <summary>
    /// «[X] [Y] را تحریم کرد», «[X] ۱۵ مقام ایرانی را تحریم کردند»: the verb «تحریم کردن» has the subject (a country or an
    /// organization) as its doer and the actor its «را» marks (every member of a coordination) as its target.
    /// </summary>
    private (IReadOnlyList<string> Doers, IReadOnlyList<string> Targets)? VerbalSanctions(SentenceView view, ActPhrase act, Referent? subject)
    {
        var marker = act.Trigger.FirstToken - 1;
        if (act.Kind != "sanctions" || subject is not { IsInstitution: true, EntityIds.Count: 1 } || subject.LastToken >= marker
            || view.TokenText(marker) != "را" || !IsDoVerb(view.TokenText(act.Trigger.LastToken + 1)))
        {
            return null;
        }

        var members = view.Coordination(subject);
        var marked = view.Referents.LastOrDefault(r => r.FirstToken > members[^1].LastToken && r.LastToken < marker && reader.IsActor(r));
        if (marked is null || view.BreakBetween(marked.LastToken, marker))
        {
            return null;
        }

        var first = view.Referents.FirstOrDefault(r => r.FirstToken > members[^1].LastToken && view.Coordination(r).Contains(marked)) ?? marked;
        return (SubjectActorIds(view, subject, before: first.FirstToken), reader.CoordinatedActorIds(view, first));
    }

    /// <summary>Whether a word is a form of «کردن» that makes a verb of the noun before it («تحریم کرد», «حمله می‌کنند»).</summary>
    private static bool IsDoVerb(string word) =>
        word.Replace(Graph.Text.PersianNormalizer.Zwnj.ToString(), string.Empty, StringComparison.Ordinal) is "کرد" or "کردند" or "کرده" or "کردیم" or "کند" or "کنند" or "میکند" or "میکنند";

    /// <summary>
    /// «[X] تحریم‌هایی علیه [Y] وضع کرد»: an act without a doer, with a target, that is the object of an imposing verb
    /// later in the same clause, is done by the sentence's subject (a country or an organization).
    /// </summary>
    private IReadOnlyList<string>? ImposedBy(SentenceView view, ActPhrase act, Referent? subject)
    {
        if (act.Targets.Count == 0 || subject is not { IsInstitution: true, EntityIds.Count: 1 } || subject.LastToken >= act.Trigger.FirstToken)
        {
            return null;
        }

        for (var k = act.EndToken + 1; k < view.Tokens.Count && k <= act.EndToken + ImposingVerbReach; k++)
        {
            if (view.TokenIs(k, TriggerKind.ActImposing))
            {
                // «اتحادیه اروپا و آمریکا تحریم‌هایی … اعمال کردند»: every member of the subject.
                return SubjectActorIds(view, subject, before: act.Trigger.FirstToken);
            }

            // A light verb that is not part of an imposing verb ends the predicate the act was the object of.
            if (view.TokenText(k) is "." or ":" or "؛" or "،" or "کرد" or "کردند" or "شد" or "شدند" or "است" or "بود" or "داد" or "دادند"
                || view.TokenIs(k, TriggerKind.ClauseBreak) || view.TokenIs(k, TriggerKind.Condemn) || view.TokenIs(k, TriggerKind.CondemnNegation))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actor ids of the members of a coordinated subject that end before token <paramref name="before"/>.</summary>
    private List<string> SubjectActorIds(SentenceView view, Referent subject, int before) =>
        view.Coordination(subject).Where(m => m.LastToken < before && reader.IsActor(m)).SelectMany(reader.ActorIds).Distinct().ToList();
}
