namespace Graph.Evaluation;

/// <summary>A gold relation; either end may list several acceptable gold keys (a ministry or its country, say).</summary>
/// <param name="Type">MET_WITH, CONDEMNED or SUPPORTED.</param>
/// <param name="Subjects">The acceptable subjects.</param>
/// <param name="Objects">The acceptable objects.</param>
public sealed record GoldRelation(string Type, IReadOnlyList<string> Subjects, IReadOnlyList<string> Objects)
{
    /// <summary>Every acceptable form of the relation: each subject with each object.</summary>
    public IEnumerable<RelationKey> Forms() =>
        Subjects.SelectMany(subject => Objects.Select(@object => RelationKey.Create(Type, subject, @object)));
}
