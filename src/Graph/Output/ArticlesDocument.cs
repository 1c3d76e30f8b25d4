using System.Text.Json.Serialization;

namespace Graph.Output;

/// <summary>The contents of <c>articles.json</c>: every article read, and every input that failed.</summary>
public sealed record ArticlesDocument
{
    /// <summary>The format name and version of this document.</summary>
    public const string CurrentFormat = "articles/1";

    /// <summary>The file name the document is written to.</summary>
    public const string FileName = "articles.json";

    /// <summary>The format of the document.</summary>
    [JsonPropertyName("format")]
    public string Format { get; init; } = CurrentFormat;

    /// <summary>The number of articles.</summary>
    [JsonPropertyName("read")]
    public int Read { get; init; }

    /// <summary>The number of inputs that repeated an article already read.</summary>
    [JsonPropertyName("duplicates")]
    public int Duplicates { get; init; }

    /// <summary>The number of inputs that failed.</summary>
    [JsonPropertyName("failed")]
    public int Failed { get; init; }

    /// <summary>The articles, ordered by id.</summary>
    [JsonPropertyName("articles")]
    public IReadOnlyList<ArticleEntry> Articles { get; init; } = [];

    /// <summary>The inputs that failed, in the order they were read.</summary>
    [JsonPropertyName("failures")]
    public IReadOnlyList<InputFailureEntry> Failures { get; init; } = [];
}
