namespace Graph.Lexicon;

/// <summary>A tenure as read from a file; <see cref="Of"/> may still come from the role definition.</summary>
internal sealed record TenureDraft(string Role, string? Of, DateOnly? From, DateOnly? To, LexiconOrigin Origin);
