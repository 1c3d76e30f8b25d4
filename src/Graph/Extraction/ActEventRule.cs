using Graph.Model;

namespace Graph.Extraction;

/// <summary>Attacks and sanctions with a doer and a target («حمله آمریکا به سوریه», «تحریم کوبا از سوی آمریکا») become events and edges.</summary>
internal sealed class ActEventRule(ActPhraseReader reader, EventDateResolver dates) : IRelationRule
{
    /// <inheritdoc />
    public void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink)
    {
        foreach (var act in reader.Read(view))
        {
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
                    sink.Relations.Add(new RelationFinding(type, doer, target, view.Index, act.Trigger.Text, 0.75) { EventKey = found.Key, Date = found.Date });
                }
            }
        }
    }
}
