namespace Graph.Pipeline;

/// <summary>A file read in an earlier run: its size and modification time then, and what it gave, in order.</summary>
internal sealed record CachedFile(long Size, long ModifiedTicks, List<CachedOutcome> Outcomes);
