namespace Graph.Ner;

/// <summary>Collects features as strings («w=تهران», «w-1w=در|تهران»), to read and test them.</summary>
internal sealed class NerFeatureNames : INerFeatureSink
{
    private readonly List<string[]> _tokens = [];
    private readonly List<string> _current = [];

    /// <summary>The features of every token ended so far.</summary>
    public string[][] Tokens => [.. _tokens];

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> value = default) => _current.Add(string.Concat(template, value));

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> left, ReadOnlySpan<char> right) => _current.Add(string.Concat(template, left, "|", right));

    /// <inheritdoc />
    public void EndToken()
    {
        _tokens.Add([.. _current]);
        _current.Clear();
    }
}
