namespace Graph.Extraction;

/// <summary>A meeting, call or summit found in an article.</summary>
/// <param name="Participants">The people (and, for summits, countries) who took part, sorted.</param>
/// <param name="Mode"><c>in_person</c>, <c>phone</c> or <c>summit</c>.</param>
/// <param name="Date">The date of the meeting, when known.</param>
/// <param name="Place">The place id, when known.</param>
/// <param name="Sentence">The sentence that reports it.</param>
/// <param name="Trigger">The trigger phrase.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
internal sealed record MeetingFinding(IReadOnlyList<string> Participants, string Mode, DateOnly? Date, string? Place, int Sentence, string Trigger, double Confidence);
