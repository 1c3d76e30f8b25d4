namespace Graph.Extraction;

/// <summary>Collects what the rules find in one article.</summary>
internal sealed class ExtractionSink
{
    /// <summary>Relations between entities.</summary>
    public List<RelationFinding> Relations { get; } = [];

    /// <summary>Meetings, calls and summits.</summary>
    public List<MeetingFinding> Meetings { get; } = [];

    /// <summary>Attacks, sanctions and other events.</summary>
    public List<EventFinding> Events { get; } = [];
}
