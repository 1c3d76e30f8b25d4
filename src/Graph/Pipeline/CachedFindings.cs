using Graph.Extraction;

namespace Graph.Pipeline;

/// <summary>What the extractor found in one article, as kept between runs of <c>graph build</c>.</summary>
internal sealed record CachedFindings(
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyDictionary<string, NewEntity> NewEntities,
    IReadOnlyList<RoleFact> RoleFacts,
    IReadOnlyList<RelationFinding> Relations,
    IReadOnlyList<MeetingFinding> Meetings,
    IReadOnlyList<EventFinding> Events)
{
    /// <summary>The findings of an extraction.</summary>
    public static CachedFindings From(ArticleExtraction extraction) =>
        new(extraction.Mentions, extraction.NewEntities, extraction.RoleFacts, extraction.Relations, extraction.Meetings, extraction.Events);
}
