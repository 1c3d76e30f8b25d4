using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// Resolves the referents of a sentence in article order (roles, pronouns, «دو کشور»), finds its
/// subject and updates who is speaking.
/// </summary>
internal sealed class SentenceResolver(RoleResolver roles)
{
    /// <summary>Resolves <paramref name="view"/> in place and returns its subject, if any.</summary>
    public Referent? Resolve(SentenceView view, ArticleMemory memory, List<MentionRecord> extraMentions)
    {
        var boundary = view.StatementBoundary();
        Referent? subject = null;
        for (var k = 0; k < view.Referents.Count; k++)
        {
            var referent = view.Referents[k];
            var isSubjectCandidate = subject is null && (boundary < 0 || referent.FirstToken < boundary) && !view.PrecededByPreposition(referent.FirstToken)
                && !PrecededByMeetingNoun(view, referent);
            referent = referent.Kind switch
            {
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

            if (isSubjectCandidate && referent.EntityIds.Count > 0 && (referent.IsPerson || referent.IsInstitution))
            {
                subject = referent;
            }
        }

        UpdateSpeaker(view, memory, subject, boundary);
        return subject;
    }

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

    private static bool PrecededByMeetingNoun(SentenceView view, Referent referent) =>
        view.Triggers.Any(t => t.LastToken == referent.FirstToken - 1 && t.Is(TriggerKind.Meeting));

    private Referent ResolveRole(Referent referent, ArticleMemory memory)
    {
        var scopes = referent.Scopes.Count > 0 ? referent.Scopes.Select(s => (string?)s).ToList() : [null];
        var people = scopes.Select(s => roles.Resolve(referent.RoleId!, s, memory)).OfType<string>().Distinct().ToList();
        return referent with { EntityIds = people };
    }

    private static string? PronounTarget(bool isSubject, ArticleMemory memory) =>
        isSubject ? memory.Speaker ?? memory.LastPerson() : memory.LastPerson(except: memory.Speaker) ?? memory.LastPerson();

    private void UpdateSpeaker(SentenceView view, ArticleMemory memory, Referent? subject, int boundary)
    {
        var isStatement = boundary >= 0 || view.Triggers.Any(t => t.Is(TriggerKind.Condemn) || t.Is(TriggerKind.Support));
        if (subject is { EntityIds.Count: 1 } && (isStatement || subject.IsPerson && view.Sentence.StartsParagraph))
        {
            memory.Speaker = subject.EntityIds[0];
        }
    }
}
