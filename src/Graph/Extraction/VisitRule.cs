using Graph.Model;

namespace Graph.Extraction;

/// <summary>Visits: «[X] به [city/country] سفر کرد», «[X] وارد [city] شد», «سفر [X] به [city]».</summary>
internal sealed class VisitRule : IRelationRule
{
    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        foreach (var trigger in view.TriggersOf(TriggerKind.Visit))
        {
            var traveller = view.ReferentAt(trigger.LastToken + 1) is { IsPerson: true } nominal ? nominal : subject is { IsPerson: true } ? subject : null;
            if (traveller is null || traveller.EntityIds.Count == 0 || view.Triggers.Any(t => t.Is(TriggerKind.NotHappened) && t.FirstToken > trigger.FirstToken && t.FirstToken <= view.ClauseEnd(trigger.LastToken)))
            {
                continue;
            }

            var destination = view.Referents.FirstOrDefault(r =>
                r.Label is NodeLabel.Place or NodeLabel.Country && r.EntityIds.Count == 1 && view.TokenText(r.FirstToken - 1) == "به"
                && (r.LastToken < trigger.FirstToken && trigger.FirstToken - r.LastToken <= 3 || r.FirstToken > trigger.LastToken && r.FirstToken - trigger.LastToken <= 4));
            if (destination is null)
            {
                continue;
            }

            foreach (var person in traveller.EntityIds)
            {
                sink.Relations.Add(new RelationFinding(EdgeType.Visited, person, destination.EntityIds[0], view.Index, trigger.Text, 0.8) { Cameo = "042" });
            }
        }

        ApplyArrivals(view, subject, sink);
    }

    /// <summary>«[X] … وارد [city] شد»: arriving in a place the verb's parts enclose is visiting it.</summary>
    private static void ApplyArrivals(SentenceView view, Referent? subject, ExtractionSink sink)
    {
        if (subject is not { IsPerson: true, EntityIds.Count: > 0 })
        {
            return;
        }

        for (var i = subject.LastToken + 1; i < view.Tokens.Count - 1; i++)
        {
            if (view.TokenText(i) != "وارد" || view.ReferentAt(i + 1) is not { Label: NodeLabel.Place or NodeLabel.Country, EntityIds.Count: 1 } place
                || view.TokenText(place.LastToken + 1) is not ("شد" or "شدند" or "شده" or "می شود" or "می‌شود"))
            {
                continue;
            }

            if (view.Triggers.Any(t => t.Is(TriggerKind.NotHappened) && t.FirstToken > place.LastToken && t.FirstToken <= view.ClauseEnd(place.LastToken + 1)))
            {
                continue;
            }

            foreach (var person in subject.EntityIds)
            {
                sink.Relations.Add(new RelationFinding(EdgeType.Visited, person, place.EntityIds[0], view.Index, $"وارد … {view.TokenText(place.LastToken + 1)}", 0.8) { Cameo = "042" });
            }
        }
    }
}
