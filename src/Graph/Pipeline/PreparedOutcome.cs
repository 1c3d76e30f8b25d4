using Graph.Articles;

namespace Graph.Pipeline;

/// <summary>An outcome of reading, in reading order, with what each sink's <c>Prepare</c> made of its article.</summary>
/// <param name="Outcome">The article, duplicate or failed input.</param>
/// <param name="Prepared">One entry per sink, in the order the sinks were given (nulls for outcomes that are not articles).</param>
public sealed record PreparedOutcome(ArticleReadOutcome Outcome, IReadOnlyList<object?> Prepared);
