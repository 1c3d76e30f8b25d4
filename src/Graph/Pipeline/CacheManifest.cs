namespace Graph.Pipeline;

/// <summary>The index of the build cache: what it was made with, the files read and where each article's record lies.</summary>
/// <param name="Fingerprint">The tool, lexicon and options the cache was made with; another fingerprint makes it void.</param>
/// <param name="ArticlesFile">The file of article records (JSON Lines) this manifest indexes.</param>
/// <param name="Files">The files read, by path as given.</param>
/// <param name="Articles">Each article's record in <paramref name="ArticlesFile"/>: byte offset and length.</param>
internal sealed record CacheManifest(
    string Fingerprint,
    string ArticlesFile,
    Dictionary<string, CachedFile> Files,
    Dictionary<string, long[]> Articles)
{
    /// <summary>The format of the manifest; another format makes the cache void.</summary>
    public const string CurrentFormat = "graph-cache/1";

    /// <summary>The format the manifest was written in.</summary>
    public string Format { get; init; } = CurrentFormat;
}
