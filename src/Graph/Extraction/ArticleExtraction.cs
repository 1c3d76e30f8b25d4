using Graph.Articles;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>Everything found in one article, before it is merged into the graph.</summary>
/// <param name="Article">The article.</param>
/// <param name="Sentences">Its sentences (normalized spans).</param>
/// <param name="Mentions">Every entity mention.</param>
/// <param name="NewEntities">People, places and organizations the lexicon does not know: id to label and normalized name.</param>
/// <param name="RoleFacts">People introduced with a role.</param>
/// <param name="Relations">Relations between entities.</param>
/// <param name="Meetings">Meetings, calls and summits.</param>
/// <param name="Events">Attacks, sanctions, interventions.</param>
internal sealed record ArticleExtraction(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyDictionary<string, NewEntity> NewEntities,
    IReadOnlyList<RoleFact> RoleFacts,
    IReadOnlyList<RelationFinding> Relations,
    IReadOnlyList<MeetingFinding> Meetings,
    IReadOnlyList<EventFinding> Events);
