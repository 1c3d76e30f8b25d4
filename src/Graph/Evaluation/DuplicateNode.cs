namespace Graph.Evaluation;

/// <summary>A gold entity that several graph nodes stand for.</summary>
/// <param name="GoldKey">The key of the gold entity.</param>
/// <param name="NodeIds">The ids of the graph nodes, in graph order (numbers as their canonical text).</param>
public sealed record DuplicateNode(string GoldKey, IReadOnlyList<string> NodeIds)
{
    /// <summary>How many graph nodes stand for the entity.</summary>
    public int NodeCount => NodeIds.Count;
}
