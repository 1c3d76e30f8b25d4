using Graph.Model;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Support by the subject or speaker: «حمایت از [Y]», «اعلام حمایت قاطع از [Y]», «[X] از [Y] حمایت کرد»,
/// «قدردانی/تشکر/استقبال از [Y]» (weaker), reaching through a few nouns («از نقش سازنده [Y]»)
/// with lower confidence. «عدم حمایت» and the passive «مورد حمایت» are not support by the speaker.
/// </summary>
internal sealed class SupportRule(ActPhraseReader reader) : IRelationRule
{
    /// <summary>Findings below this confidence are dropped.</summary>
    public const double MinimumConfidence = 0.5;

    private const int MaxNouns = 4;

    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        foreach (var trigger in view.Triggers.Where(t => t.Is(TriggerKind.Support)))
        {
            if (view.TokenText(trigger.FirstToken - 1) is "مورد" or "عدم" || view.Triggers.Any(t => t.Is(TriggerKind.SupportNegation) && t.FirstToken <= trigger.LastToken && trigger.FirstToken <= t.LastToken))
            {
                continue;
            }

            // «از [person] استقبال کرد» is a host receiving a guest (a meeting), not support.
            if (trigger.Is(TriggerKind.Host) && MeetingRule.HostedGuest(view, trigger) is not null)
            {
                continue;
            }

            // «حمایت آمریکا از اسرائیل»: a support noun with its supporter in the genitive reports that support,
            // whoever speaks.
            var preposition = PrepositionOf(trigger);
            if (view.ReferentAt(trigger.LastToken + 1) is { } genitive && reader.IsActor(genitive) && view.TokenText(genitive.LastToken + 1) == preposition)
            {
                var reported = reader.CoordinatedActorIds(view, genitive);
                var (objects, _) = TargetAfter(view, genitive.LastToken + 2);
                foreach (var supporter in reported)
                {
                    foreach (var (target, _) in objects.Where(o => o.Item1 != supporter && !reported.Contains(o.Item1)))
                    {
                        sink.Relations.Add(new RelationFinding(EdgeType.Supported, supporter, target, view.Index, trigger.Text, 0.7));
                    }
                }

                continue;
            }

            // «از حمایت غرب از اوکراین انتقاد کرد», «حمایت … را محکوم کرد»: support that the speaker condemns is not the speaker's.
            if (IsCondemnedObject(view, trigger))
            {
                continue;
            }

            // «روسیه و چین از … حمایت کردند»: every member of a coordinated subject supports.
            var bySubject = subject is { EntityIds.Count: 1 } && subject.FirstToken < trigger.FirstToken;
            var supporters = bySubject && subject is not null
                ? view.Coordination(subject).Where(m => m.LastToken < trigger.FirstToken && m.Single is not null && (m.IsPerson || m.IsInstitution) == (subject.IsPerson || subject.IsInstitution)).Select(m => m.Single!).Distinct().ToList()
                : memory.Speaker is { } speaker ? [speaker] : [];
            if (supporters.Count == 0)
            {
                continue;
            }

            var (targets, nouns) = Forward(view, trigger);
            if (targets.Count == 0)
            {
                (targets, nouns) = Backward(view, trigger, subject);
            }

            // Thanks for something of Y («قدردانی از تلاش‌های Y») says less about Y than support of Y itself, and a welcome
            // («استقبال از پیشنهاد Y», also how a host greets a guest) less still.
            var weak = !trigger.Is(TriggerKind.SupportWeak) ? 1.0 : nouns == 0 ? 0.8 : trigger.Is(TriggerKind.Host) ? 0.56 : 0.7;
            foreach (var supporter in supporters)
            {
                var confidence = 0.9 * weak * (nouns == 0 ? 1.0 : nouns <= 2 ? 0.85 : 0.7)
                    * (bySubject ? 1.0 : 0.9);
                foreach (var (target, isGroup) in targets)
                {
                    var c = isGroup ? confidence * 0.8 : confidence;
                    if (target != supporter && target != reader.HomeOf(supporter) && !supporters.Contains(target) && c >= MinimumConfidence)
                    {
                        sink.Relations.Add(new RelationFinding(EdgeType.Supported, supporter, target, view.Index, trigger.Text, Math.Round(c, 3)));
                    }
                }
            }
        }
    }

    /// <summary>The preposition before what a trigger supports: «همبستگی با [Y]», «در کنار [Y] ایستاده است», else «از [Y]».</summary>
    private static string PrepositionOf(TriggerHit trigger) =>
        trigger.Is(TriggerKind.SupportWith) ? "با" : trigger.Is(TriggerKind.SupportBeside) ? "کنار" : "از";

    private static bool IsCondemnedObject(SentenceView view, TriggerHit trigger) =>
        view.Triggers.Any(c => c.Is(TriggerKind.Condemn) && c.FirstToken > trigger.LastToken && c.FirstToken - trigger.LastToken <= 10
            && (view.TokenText(trigger.FirstToken - 1) == "از" || Enumerable.Range(trigger.LastToken + 1, c.FirstToken - trigger.LastToken - 1).Any(k => view.TokenText(k) == "را"))
            && !view.BreakBetween(trigger.LastToken, c.FirstToken));

    private (List<(string, bool)> Targets, int Nouns) Forward(SentenceView view, TriggerHit trigger)
    {
        var preposition = PrepositionOf(trigger);
        var i = trigger.LastToken + 1;
        var skipped = 0;
        while (i < view.Tokens.Count && view.TokenText(i) != preposition && skipped < 3 && view.Tokens[i].Kind == TokenKind.Word && !view.TokenIs(i, TriggerKind.Preposition))
        {
            i++;
            skipped++;
        }

        return view.TokenText(i) == preposition ? TargetAfter(view, i + 1) : ([], 0);
    }

    private (List<(string, bool)> Targets, int Nouns) Backward(SentenceView view, TriggerHit trigger, Referent? subject)
    {
        // «[X] از [Y] … حمایت کرد»: the object stands between the subject (or the clause start) and the verb.
        var limit = Math.Max(view.ClauseStart(trigger.FirstToken), subject is not null && subject.LastToken < trigger.FirstToken ? subject.LastToken + 1 : 0);
        var preposition = PrepositionOf(trigger);
        for (var k = trigger.FirstToken - 1; k >= limit; k--)
        {
            // «از حق اسرائیل برای دفاع از خود حمایت می‌کند»: an «از» inside the object («دفاع از خود») names nobody; the
            // object's own «از» comes before it.
            if (view.TokenText(k) == preposition && TargetAfter(view, k + 1) is { Targets.Count: > 0 } found)
            {
                return found;
            }
        }

        return ([], 0);
    }

    private (List<(string, bool)> Targets, int Nouns) TargetAfter(SentenceView view, int start)
    {
        var nouns = 0;
        for (var i = start; i < view.Tokens.Count && nouns <= MaxNouns; i++)
        {
            if (view.ReferentAt(i) is { } referent)
            {
                // Reached through a place word, a capital names the thing supported («از توافق مینسک», «از روند صلح آستانه»), not
                // a government; through other nouns it is the government («از مواضع بغداد»).
                if (!reader.IsActor(referent) || referent.Label == NodeLabel.Place && Enumerable.Range(start, i - start).Any(k => view.TokenIs(k, TriggerKind.PlaceContext)))
                {
                    return ([], nouns);
                }

                var group = referent.Kind == ReferentKind.CountryGroup;
                return (reader.CoordinatedActorIds(view, referent).Select(id => (id, group)).ToList(), nouns);
            }

            var token = view.Tokens[i];
            if (token.Kind != TokenKind.Word || view.TokenIs(i, TriggerKind.Preposition) || view.TokenIs(i, TriggerKind.ClauseBreak) || view.TokenIs(i, TriggerKind.Support))
            {
                break;
            }

            nouns++;
        }

        return ([], nouns);
    }
}
