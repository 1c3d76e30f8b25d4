using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Meetings and calls: «[X] با [Y] دیدار کرد», «دیدار [X] با [Y]», «[X] در تماس تلفنی با [Y]»,
/// «رؤسای جمهور [C] و [C2] در گفتگویی تلفنی», and «[Y] نیز در این دیدار» for the meeting being reported.
/// Meetings that did not happen («دیدار خواهد کرد», «نشست آتی», «لغو شد») are skipped.
/// </summary>
internal sealed class MeetingRule(EventDateResolver dates) : IRelationRule
{
    // How many words may stand between a meeting noun and its first participant («دیدار اخیر [X] با [Y]»).
    private const int MaxMeetingModifiers = 2;

    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        var references = view.TriggersOf(TriggerKind.MeetingReference).ToList();
        foreach (var trigger in view.Triggers.Where(t => t.Is(TriggerKind.Meeting) || t.Is(TriggerKind.Host) && HostedGuest(view, t) is not null))
        {
            if (references.Any(r => r.FirstToken <= trigger.FirstToken && trigger.LastToken <= r.LastToken) || DidNotHappen(view, trigger))
            {
                continue;
            }

            var people = Participants(view, trigger, subject);
            if (people.Count < 2)
            {
                continue;
            }

            var mode = view.Triggers.Any(t => t.Is(TriggerKind.Phone)) ? "phone" : people.Count > 2 && view.Triggers.Any(t => t.Is(TriggerKind.Summit)) ? "summit" : "in_person";
            var place = mode == "phone" ? null : PlaceOf(view);
            var meeting = new MeetingFinding(people.Order(StringComparer.Ordinal).ToList(), mode, dates.Resolve(view.Sentence.Text, memory.Published), place, view.Index, trigger.Text, 0.9);
            Record(meeting, sink);
            memory.CurrentMeeting = meeting;
            break;
        }

        foreach (var summit in view.TriggersOf(TriggerKind.Summit))
        {
            if (sink.Meetings.Any(m => m.Sentence == view.Index) || DidNotHappen(view, summit) || SummitCountries(view, summit) is not { Count: >= 2 } countries)
            {
                continue;
            }

            var meeting = new MeetingFinding(countries, "summit", dates.Resolve(view.Sentence.Text, memory.Published), PlaceOf(view, summit.LastToken, travel: false), view.Index, summit.Text, 0.8);
            sink.Meetings.Add(meeting);
            break;
        }

        // «[Y] نیز در این دیدار …»: the speaker took part in the meeting being reported.
        if (references.Count > 0 && memory.CurrentMeeting is { } current && subject is { IsPerson: true, EntityIds.Count: 1 } && !current.Participants.Contains(subject.EntityIds[0]))
        {
            var joined = current with { Participants = current.Participants.Append(subject.EntityIds[0]).Order(StringComparer.Ordinal).ToList(), Sentence = view.Index, Trigger = references[0].Text, Confidence = 0.7 };
            Record(joined, sink);
            memory.CurrentMeeting = joined;
        }
    }

    private static void Record(MeetingFinding meeting, ExtractionSink sink)
    {
        sink.Meetings.Add(meeting);
        var people = meeting.Participants.Where(p => ExtractionLexicon.LabelOfId(p) == NodeLabel.Person).ToList();
        for (var a = 0; a < people.Count; a++)
        {
            for (var b = a + 1; b < people.Count; b++)
            {
                sink.Relations.Add(new RelationFinding(EdgeType.MetWith, people[a], people[b], meeting.Sentence, meeting.Trigger, meeting.Confidence)
                {
                    Mode = meeting.Mode,
                    Date = meeting.Date,
                    Cameo = meeting.Mode == "phone" ? "041" : "040",
                });
            }
        }
    }

    private static bool DidNotHappen(SentenceView view, TriggerHit trigger)
    {
        var start = view.ClauseStart(trigger.FirstToken);
        var end = view.ClauseEnd(trigger.LastToken);
        return view.TokenIs(trigger.LastToken + 1, TriggerKind.NotHappenedNext)
            || view.Triggers.Any(t => t.Is(TriggerKind.NotHappened) && t.FirstToken >= start && t.FirstToken <= end);
    }

    private static List<string> Participants(SentenceView view, TriggerHit trigger, Referent? subject)
    {
        var people = new List<string>();
        void Add(Referent? referent)
        {
            if (referent is { IsPerson: true })
            {
                foreach (var member in view.Coordination(referent))
                {
                    people.AddRange(member.EntityIds.Where(id => !people.Contains(id)));
                }
            }
        }

        Add(view.ReferentAt(trigger.LastToken + 1) ?? ModifiedGenitive(view, trigger));
        if (trigger.Is(TriggerKind.Host))
        {
            Add(HostedGuest(view, trigger));
        }

        var start = view.ClauseStart(trigger.FirstToken);
        var end = view.ClauseEnd(trigger.LastToken);
        for (var i = start; i <= end; i++)
        {
            if (view.TokenText(i) == "با")
            {
                Add(view.ReferentAt(i + 1));
            }
        }

        if (subject is not null && (subject.FirstToken < trigger.FirstToken || people.Count == 1))
        {
            Add(subject);
        }
        return people;
    }

    /// <summary>
    /// «دیدار اخیر [X] با [Y]», «دیدار روز گذشته [X] با [Y]»: the person in the genitive of a meeting noun after up to two
    /// modifiers, when «با» follows them; null otherwise.
    /// </summary>
    private static Referent? ModifiedGenitive(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.LastToken + 1; k <= trigger.LastToken + MaxMeetingModifiers + 1 && k < view.Tokens.Count; k++)
        {
            if (view.ReferentAt(k) is { } referent)
            {
                return k > trigger.LastToken + 1 && referent.IsPerson && view.TokenText(view.Coordination(referent)[^1].LastToken + 1) == "با" ? referent : null;
            }

            if (view.Tokens[k].Kind != Graph.Text.TokenKind.Word || view.TokenIs(k, TriggerKind.Preposition) || view.Triggers.Any(t => t.FirstToken == k && !t.Is(TriggerKind.FunctionWord)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The countries of a summit: «اجلاس سه‌جانبه ایران، روسیه و ترکیه», «اجلاس وزرای دفاع ایران، روسیه و سوریه».
    /// </summary>
    private static List<string> SummitCountries(SentenceView view, TriggerHit summit)
    {
        for (var i = summit.LastToken + 1; i <= Math.Min(view.Tokens.Count - 1, summit.LastToken + 4); i++)
        {
            if (view.ReferentAt(i) is not { } referent)
            {
                if (view.Tokens[i].Kind != Graph.Text.TokenKind.Word || view.TokenIs(i, TriggerKind.Preposition))
                {
                    break;
                }

                continue;
            }

            if (referent.Kind == ReferentKind.Role && referent.Scopes.Count >= 2)
            {
                return referent.Scopes.Where(s => ExtractionLexicon.LabelOfId(s) == NodeLabel.Country).Order(StringComparer.Ordinal).ToList();
            }

            if (referent.Label == NodeLabel.Country)
            {
                return view.Coordination(referent).SelectMany(r => r.EntityIds).Distinct().Order(StringComparer.Ordinal).ToList();
            }

            break;
        }

        return [];
    }

    /// <summary>The person a host receives: «از [Y] استقبال کرد», «میزبان [Y]», «[Y] را به حضور پذیرفت».</summary>
    internal static Referent? HostedGuest(SentenceView view, TriggerHit trigger)
    {
        if (view.ReferentAt(trigger.LastToken + 1) is { IsPerson: true } after)
        {
            return after;
        }

        // «[Y] را (در [place]) به حضور پذیرفت»: the guest is the object marked by «را» shortly before.
        for (var k = trigger.FirstToken - 1; k >= Math.Max(0, trigger.FirstToken - 5) && trigger.Is(TriggerKind.Host); k--)
        {
            if (view.TokenText(k) == "را")
            {
                return view.Referents.LastOrDefault(r => r.LastToken == k - 1 && r.IsPerson);
            }

            if (view.Tokens[k].Kind == Graph.Text.TokenKind.Punctuation || view.TokenIs(k, TriggerKind.ClauseBreak))
            {
                break;
            }
        }

        for (var k = trigger.FirstToken - 1; k >= Math.Max(0, trigger.FirstToken - 8); k--)
        {
            if (view.TokenText(k) == "از")
            {
                return view.ReferentAt(k + 1) is { IsPerson: true } guest ? guest : null;
            }
        }

        return null;
    }

    /// <summary>Where a meeting took place: «در [city]», «در شهر [city]», and for visits «به [city] سفر».</summary>
    private static string? PlaceOf(SentenceView view, int after = 0, bool travel = true)
    {
        foreach (var referent in view.Referents)
        {
            if (referent.Label != NodeLabel.Place || referent.EntityIds.Count != 1 || referent.FirstToken < after)
            {
                continue;
            }

            var before = referent.FirstToken - 1;
            if (view.TokenIs(before, TriggerKind.PlaceContext))
            {
                before--;
            }

            if (view.TokenText(before) == "در" || travel && view.TokenText(before) == "به")
            {
                return referent.EntityIds[0];
            }
        }

        return null;
    }
}
