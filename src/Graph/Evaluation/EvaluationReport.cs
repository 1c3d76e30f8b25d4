namespace Graph.Evaluation;

/// <summary>The scores of a graph against a gold standard, micro-averaged over the gold articles.</summary>
/// <param name="Entities">Entity counts over all gold articles.</param>
/// <param name="Relations">Relation counts over all gold articles.</param>
/// <param name="RelationsByType">Relation counts per type, in the order MET_WITH, CONDEMNED, SUPPORTED.</param>
/// <param name="DuplicateNodes">Gold entities that several graph nodes stand for, in graph order.</param>
/// <param name="Articles">The details of each gold article, in gold order.</param>
public sealed record EvaluationReport(
    MatchCounts Entities,
    MatchCounts Relations,
    IReadOnlyList<RelationTypeScore> RelationsByType,
    IReadOnlyList<DuplicateNode> DuplicateNodes,
    IReadOnlyList<ArticleEvaluation> Articles);
