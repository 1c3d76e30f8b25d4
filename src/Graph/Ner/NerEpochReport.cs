namespace Graph.Ner;

/// <summary>The development score after one training pass.</summary>
/// <param name="Epoch">The pass (1-based).</param>
/// <param name="Selection">The micro-averaged score of the selection types (PER+LOC+ORG).</param>
/// <param name="All">The micro-averaged score of every type.</param>
/// <param name="Elapsed">The training time so far.</param>
public sealed record NerEpochReport(int Epoch, SpanScore Selection, SpanScore All, TimeSpan Elapsed);
