using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Resolves the referents of a sentence in article order (roles, pronouns, «دو کشور»), finds its
/// subject and updates who is speaking.
/// </summary>
internal sealed class SentenceResolver(RoleResolver roles, ExtractionLexicon lexicon)
{
    /// <summary>Resolves <paramref name="view"/> in place and returns its subject, if any.</summary>
    public Referent? Resolve(SentenceView view, ArticleMemory memory, List<MentionRecord> extraMentions)
    {
        var dateline = DatelineEnd(view);
        var boundary = view.StatementBoundary(dateline + 1);
        Referent? subject = null;
        var unknownSubject = false;
        for (var k = 0; k < view.Referents.Count; k++)
        {
            var referent = view.Referents[k];
            var isSubjectCandidate = subject is null && !unknownSubject && referent.FirstToken > dateline && (boundary < 0 || referent.FirstToken < boundary) && StandsInSubjectPosition(view, referent);
            referent = referent.Kind switch
            {
                ReferentKind.Role when referent.RoleId == Referent.CounterpartRole => ResolveCounterpart(referent, view, k, memory),
                ReferentKind.Role => ResolveRole(referent, memory),
                ReferentKind.Pronoun => referent with { EntityIds = PronounTarget(isSubjectCandidate, memory) is { } p ? [p] : [] },
                ReferentKind.CountryGroup => referent with { EntityIds = memory.LastCountries(referent.GroupSize) },
                _ => referent,
            };
            view.Referents[k] = referent;
            Note(referent, memory);
            if (referent.Kind == ReferentKind.Role && referent.EntityIds.Count > 0)
            {
                extraMentions.AddRange(referent.EntityIds.Select(id => new MentionRecord(id, view.Index, referent.Span) { ByRole = true }));
            }

            // «کاخ سفید … محکوم کرد», «مسکو اعلام کرد»: a place that stands for a government speaks for it.
            if (isSubjectCandidate && referent.Label == NodeLabel.Place && referent.EntityIds.Count == 1 && lexicon.Entity(referent.EntityIds[0])?.StandsFor is { } government
                && IsVerbal(view))
            {
                referent = referent with { EntityIds = [government], Label = NodeLabel.Country };
                view.Referents[k] = referent;
            }

            if (subject is null && !unknownSubject && !isSubjectCandidate && referent.FirstToken > dateline && (boundary < 0 || referent.FirstToken < boundary)
                && view.GovernmentBodyOf(referent) is { } body && StandsInSubjectPosition(view, referent with { FirstToken = body.FirstToken }))
            {
                // «دولت بلاروس …», «وزارت خارجه کوبا … محکوم کرد»: a body of a government the lexicon does not hold speaks for its country.
                subject = referent;
            }
            else if (isSubjectCandidate && referent.EntityIds.Count > 0 && (referent.IsPerson || referent.IsInstitution))
            {
                subject = referent;
            }
            else if (isSubjectCandidate && referent.Kind == ReferentKind.Role)
            {
                // A subject we cannot name («سخنگوی وزارت خارجه بلاروس» with no known holder) speaks for the one country or
                // organization of the role when it condemns, supports or speaks; in any case it ends the previous speaker's turn.
                if (referent is { EntityIds.Count: 0, Scopes.Count: 1, GroupSize: <= 1 } && referent.RoleId != Referent.CounterpartRole && IsVerbal(view))
                {
                    subject = referent with { EntityIds = referent.Scopes, Label = ExtractionLexicon.LabelOfId(referent.Scopes[0]) };
                }
                else
                {
                    unknownSubject = true;
                }
            }
        }

        if (unknownSubject && IsVerbal(view))
        {
            memory.Speaker = null;
        }

        UpdateSpeaker(view, memory, subject, boundary);
        return subject;
    }

    /// <summary>Whether the sentence says, condemns, supports, judges («… را اقدامی تروریستی خواند») or blames («… را مسئول … دانست»).</summary>
    private static bool IsVerbal(SentenceView view) =>
        view.Triggers.Any(t => t.Is(TriggerKind.Speech) || t.Is(TriggerKind.Condemn) || t.Is(TriggerKind.Support))
        || view.Triggers.Any(t => t.Is(TriggerKind.Evaluative) || t.Is(TriggerKind.BlameNoun)) && view.Triggers.Any(t => t.Is(TriggerKind.PredicateVerb) || t.Is(TriggerKind.BlameVerb));

    private static void Note(Referent referent, ArticleMemory memory)
    {
        foreach (var id in referent.EntityIds)
        {
            if (referent.IsPerson)
            {
                memory.NotePerson(id);
            }
            else if (referent.Label == NodeLabel.Country && referent.Kind != ReferentKind.CountryGroup)
            {
                memory.NoteCountry(id);
            }
        }
    }

    /// <summary>
    /// The last token of a dateline that opens a report («تهران- ایرنا-», «مسکو - اسپوتنیک -»: a place, a dash, the
    /// agency, a dash; «کابل (پژواک):»: a place, the agency in brackets, a colon or dash), or -1: the agency there is the
    /// source, not the subject, and the colon does not open a statement.
    /// </summary>
    private static int DatelineEnd(SentenceView view)
    {
        if (view.Referents.Count == 0 || view.Referents[0].FirstToken != 0 || view.Referents[0].Label != NodeLabel.Place)
        {
            return -1;
        }

        var dashes = 0;
        var start = view.Referents[0].LastToken + 1;
        for (var i = start; i < Math.Min(view.Tokens.Count, view.Referents[0].LastToken + 8); i++)
        {
            if (view.TokenText(i) is "-" or "–" or "—" && ++dashes == 2)
            {
                return i;
            }

            if (view.TokenText(i) == ")" && view.TokenText(start) == "(" && view.TokenText(i + 1) is ":" or "-" or "–" or "—")
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Persian puts the subject first: at the start of the sentence, after a comma or colon, after
    /// «در این دیدار» or a leading adverb. A name after a noun («هماهنگی ایران») is a genitive, not the subject.
    /// </summary>
    private static bool StandsInSubjectPosition(SentenceView view, Referent referent)
    {
        var before = referent.FirstToken - 1;
        while (before >= 0 && view.TokenText(before) is "«" or "\"")
        {
            before--;
        }

        // «به گفته [X]، [Y] …», «پس از حمله به [X]، [Y] …»: the comma closes an attribution or a prepositional phrase,
        // not a list, so Y is the subject.
        var afterList = view.TokenText(before) is "،" or "," && view.Referents.Any(r => r.LastToken == before - 1
            && !(view.TokenText(r.FirstToken - 1) == "گفته" && view.TokenText(r.FirstToken - 2) == "به") && !view.PrecededByPreposition(r.FirstToken));
        return before < 0
            || view.Tokens[before].Kind == Graph.Text.TokenKind.Punctuation && view.TokenText(before) is not ("«" or "(") && !afterList
            || view.TokenIs(before, TriggerKind.SubjectLead)
            || view.Triggers.Any(t => t.LastToken == before && t.Is(TriggerKind.MeetingReference));
    }

    private Referent ResolveCounterpart(Referent referent, SentenceView view, int index, ArticleMemory memory)
    {
        var subject = view.Referents.Take(index).FirstOrDefault(r => r.IsPerson && r.EntityIds.Count == 1)?.EntityIds[0] ?? memory.Speaker;
        var role = subject is null ? null : roles.RoleOf(subject, memory);
        var person = role is null ? null : roles.Resolve(role, referent.Scopes[0], memory);
        return referent with { EntityIds = person is null ? [] : [person] };
    }

    private Referent ResolveRole(Referent referent, ArticleMemory memory)
    {
        var scopes = referent.Scopes.Count > 0 ? referent.Scopes.Select(s => (string?)s).ToList() : [null];
        // A plural role («وزرای دفاع ایران، روسیه و سوریه») names people only when the article names them too.
        var plural = referent.GroupSize > 1;
        var people = scopes.Select(s => roles.Resolve(referent.RoleId!, s, memory, fromLexicon: !plural)).OfType<string>().Distinct().ToList();
        return referent with { EntityIds = people };
    }

    private static string? PronounTarget(bool isSubject, ArticleMemory memory) =>
        isSubject ? memory.Speaker ?? memory.LastPerson() : memory.LastPerson(except: memory.Speaker) ?? memory.LastPerson();

    private static void UpdateSpeaker(SentenceView view, ArticleMemory memory, Referent? subject, int boundary)
    {
        var verbal = IsVerbal(view);
        if (subject is not { EntityIds.Count: 1 })
        {
            return;
        }

        // An institution speaks only through a verb («وزارت خارجه … اعلام کرد»); a person also by a colon or by opening a paragraph.
        if (subject.IsPerson ? verbal || boundary >= 0 || view.Sentence.StartsParagraph : verbal)
        {
            memory.Speaker = subject.EntityIds[0];
        }
    }
}
