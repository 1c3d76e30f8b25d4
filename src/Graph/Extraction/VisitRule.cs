using Graph.Model;

namespace Graph.Extraction;

/// <summary>Visits: «[X] به [city/country] سفر کرد/رفت», «[X] وارد/عازم [city] شد», «سفر [X] به [city]», «به مقصد [city]».</summary>
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

    /// <summary>
    /// «[X] … وارد/عازم/راهی [city] شد» (the lexicon's <c>arrivalHeads</c>): arriving in or heading for a place the verb's
    /// parts enclose is visiting it; so is leaving «به مقصد [city]» (<c>destinationMarkers</c>).
    /// </summary>
    private static void ApplyArrivals(SentenceView view, Referent? subject, ExtractionSink sink)
    {
        if (subject is not { IsPerson: true, EntityIds.Count: > 0 })
        {
            return;
        }

        foreach (var head in view.Triggers.Where(t => t.FirstToken > subject.LastToken && (t.Is(TriggerKind.ArrivalHead) || t.Is(TriggerKind.DestinationMarker))))
        {
            var marker = head.Is(TriggerKind.DestinationMarker);
            if (view.ReferentAt(head.LastToken + 1) is not { Label: NodeLabel.Place or NodeLabel.Country, EntityIds.Count: 1 } place
                || !marker && view.TokenText(place.LastToken + 1) is not ("شد" or "شدند" or "شده" or "می شود" or "می‌شود"))
            {
                continue;
            }

            if (view.Triggers.Any(t => t.Is(TriggerKind.NotHappened) && t.FirstToken > place.LastToken && t.FirstToken <= view.ClauseEnd(place.LastToken + 1)))
            {
                continue;
            }

            var evidence = marker ? head.Text : $"{head.Text} … {view.TokenText(place.LastToken + 1)}";
            foreach (var person in subject.EntityIds)
            {
                sink.Relations.Add(new RelationFinding(EdgeType.Visited, person, place.EntityIds[0], view.Index, evidence, marker ? 0.7 : 0.8) { Cameo = "042" });
            }
        }
    }
}
