namespace Graph.Lexicon;

/// <summary>Settings carried by lexicon files.</summary>
/// <param name="HomeCountry">The id of the country the news is written in («کشورمان»), e.g. <c>country:ir</c>.</param>
public sealed record LexiconSettings(string? HomeCountry);
