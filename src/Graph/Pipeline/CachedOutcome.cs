using Graph.Articles;

namespace Graph.Pipeline;

/// <summary>One outcome of reading a file in an earlier run: an article (by id) or a failure.</summary>
internal sealed record CachedOutcome(ArticleSource Source, string? Id, InputFailureReason? Reason = null, string? Message = null);
