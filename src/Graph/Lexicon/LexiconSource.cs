using System.Text;

namespace Graph.Lexicon;

/// <summary>The bytes of one lexicon file, with the name used in messages.</summary>
public sealed class LexiconSource
{
    private const string ResourcePrefix = "Graph.Lexicon.Data.";

    private LexiconSource(string name, ReadOnlyMemory<byte> utf8, bool isBuiltIn)
    {
        Name = name;
        Utf8 = utf8;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>The file or resource name, used in messages.</summary>
    public string Name { get; }

    /// <summary>The UTF-8 JSON text, without a byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Whether the file ships with the library (dangling references in it are errors, not warnings).</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Reads a lexicon file from disk.</summary>
    /// <exception cref="LexiconException">The file cannot be read.</exception>
    public static LexiconSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return FromBytes(path, File.ReadAllBytes(path), isBuiltIn: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LexiconException([new LexiconIssue(path, null, null, $"cannot read the lexicon file: {e.Message}")]);
        }
    }

    /// <summary>Wraps JSON text (tests, generated lexicons).</summary>
    public static LexiconSource FromJson(string name, string json, bool isBuiltIn = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        return FromBytes(name, Encoding.UTF8.GetBytes(json), isBuiltIn);
    }

    /// <summary>Reads a lexicon from a stream to its end.</summary>
    public static LexiconSource FromStream(string name, Stream stream, bool isBuiltIn = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(name, buffer.ToArray(), isBuiltIn);
    }

    /// <summary>The lexicon files embedded in the library, ordered by file name.</summary>
    public static IReadOnlyList<LexiconSource> BuiltIn()
    {
        var assembly = typeof(LexiconSource).Assembly;
        var sources = new List<LexiconSource>();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource {resource} disappeared.");
            sources.Add(FromStream(resource[ResourcePrefix.Length..], stream, isBuiltIn: true));
        }

        return sources;
    }

    private static LexiconSource FromBytes(string name, byte[] bytes, bool isBuiltIn)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return new LexiconSource(name, bytes.AsMemory(start), isBuiltIn);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
