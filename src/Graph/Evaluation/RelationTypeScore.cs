namespace Graph.Evaluation;

/// <summary>The relation counts of one relation type.</summary>
/// <param name="Type">MET_WITH, CONDEMNED or SUPPORTED.</param>
/// <param name="Counts">The counts over all articles.</param>
public sealed record RelationTypeScore(string Type, MatchCounts Counts);
