namespace Graph.Articles;

/// <summary>Metadata the input gives beside the text (the fields of a JSON Lines record); each wins over what is found in the text.</summary>
/// <param name="Title">The title.</param>
/// <param name="Outlet">The outlet that published the article (the record's <c>source</c>); it goes first among the outlets.</param>
/// <param name="Published">The publication date.</param>
/// <param name="PublishedTime">The publication time.</param>
public sealed record ArticleInputFields(string? Title = null, string? Outlet = null, DateOnly? Published = null, TimeOnly? PublishedTime = null);
