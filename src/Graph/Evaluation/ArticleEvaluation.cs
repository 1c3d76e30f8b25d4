namespace Graph.Evaluation;

/// <summary>What the graph got wrong in one gold article.</summary>
/// <param name="File">The article's file name, as the gold standard names it.</param>
/// <param name="MissedEntities">Core gold entities with no node mentioned in the article, sorted.</param>
/// <param name="ExtraEntities">Gold keys that are neither core nor optional, sorted, then the names (<c>?</c> when none) of nodes matching no gold entity, sorted.</param>
/// <param name="MissedRelations">Core gold relations not found, each as its smallest acceptable form.</param>
/// <param name="ExtraRelations">Graph relations that are no acceptable form of any gold relation, sorted.</param>
public sealed record ArticleEvaluation(
    string File,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> ExtraEntities,
    IReadOnlyList<RelationKey> MissedRelations,
    IReadOnlyList<RelationKey> ExtraRelations);
