namespace Graph.Lexicon;

/// <summary>Where a value of the lexicon came from: a file and the JSON path in it.</summary>
internal readonly record struct LexiconOrigin(LexiconSource Source, string Path);
