namespace Graph.Neo4j;

/// <summary>Where a load is: reported after each batch.</summary>
/// <param name="Step">The step the batch belonged to, e.g. <c>Person nodes</c>.</param>
/// <param name="BatchesDone">Batches finished so far, over all steps.</param>
/// <param name="BatchesTotal">Batches of the whole load.</param>
public sealed record LoadProgress(string Step, int BatchesDone, int BatchesTotal);
