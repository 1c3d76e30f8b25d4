namespace Graph.Articles;

/// <summary>One result of reading the inputs: an article, a duplicate of an earlier one, or an input that failed.</summary>
/// <param name="Source">The input (file, and line for JSON Lines) the outcome is about.</param>
public abstract record ArticleReadOutcome(ArticleSource Source);
