namespace Graph.Ner;

/// <summary>
/// Collects features as 64-bit FNV-1a hashes of their strings, without building the strings: the hash
/// of «w=» followed by «تهران» is the hash of «w=تهران» (<see cref="Of(ReadOnlySpan{char})"/>).
/// </summary>
internal sealed class NerFeatureHashes : INerFeatureSink
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly List<ulong[]> _tokens = [];
    private readonly List<ulong> _current = new(64);

    /// <summary>The feature hashes of every token ended so far.</summary>
    public ulong[][] Tokens => [.. _tokens];

    /// <summary>The hash of a whole feature string.</summary>
    public static ulong Of(ReadOnlySpan<char> feature) => Continue(OffsetBasis, feature);

    /// <summary>The hash of <paramref name="template"/> followed by <paramref name="value"/>.</summary>
    public static ulong Of(string template, ReadOnlySpan<char> value) => Continue(Of(template), value);

    /// <summary>The hash of <paramref name="template"/>, <paramref name="left"/>, «|», <paramref name="right"/>.</summary>
    public static ulong Of(string template, ReadOnlySpan<char> left, ReadOnlySpan<char> right) => Continue(Continue(Continue(Of(template), left), "|"), right);

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> value = default) => _current.Add(Of(template, value));

    /// <inheritdoc />
    public void Add(string template, ReadOnlySpan<char> left, ReadOnlySpan<char> right) => _current.Add(Of(template, left, right));

    /// <inheritdoc />
    public void EndToken()
    {
        _tokens.Add([.. _current]);
        _current.Clear();
    }

    private static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
