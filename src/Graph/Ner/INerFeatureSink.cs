namespace Graph.Ner;

/// <summary>Receives the features of a sentence token by token: as strings (to read them) or as hashes (to score them).</summary>
internal interface INerFeatureSink
{
    /// <summary>Adds the feature <paramref name="template"/> followed by <paramref name="value"/>.</summary>
    void Add(string template, ReadOnlySpan<char> value = default);

    /// <summary>Adds the feature <paramref name="template"/>, <paramref name="left"/>, «|», <paramref name="right"/>.</summary>
    void Add(string template, ReadOnlySpan<char> left, ReadOnlySpan<char> right);

    /// <summary>Ends the features of the current token.</summary>
    void EndToken();
}
