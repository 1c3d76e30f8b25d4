using System.Text.Json;

namespace Graph.Output;

/// <summary>
/// Writes a large indented JSON document in pieces, byte for byte as <see cref="JsonSerializer"/> would write it
/// whole: the document with its big arrays left empty, then each array's items, serialized on their own (on all
/// cores, a window at a time, so memory stays bounded) and indented two levels deeper, spliced in where the empty
/// arrays were. Line breaks occur in indented JSON only between tokens (strings escape them), so adding
/// indentation after each one is exact.
/// </summary>
internal static class IndentedJsonSplicer
{
    private const int ItemsPerChunk = 256;
    private const int ChunksPerWindow = 64;

    /// <summary>One top-level array property of the document and how to serialize its items.</summary>
    /// <param name="Name">The property name, as written.</param>
    /// <param name="Count">How many items there are.</param>
    /// <param name="Serialize">The indented JSON of the item at an index (thread-safe).</param>
    public sealed record SplicedArray(string Name, int Count, Func<int, byte[]> Serialize);

    /// <summary>
    /// Writes <paramref name="head"/> (the indented document, whose top-level arrays named in
    /// <paramref name="arrays"/> are empty, in that order) with the items spliced in, then a line break.
    /// </summary>
    public static void Write(Stream stream, byte[] head, IReadOnlyList<SplicedArray> arrays, CancellationToken cancellationToken = default)
    {
        var position = 0;
        foreach (var array in arrays)
        {
            var marker = JsonSerializer.SerializeToUtf8Bytes(array.Name).Concat(": []"u8.ToArray()).ToArray();
            var at = head.AsSpan(position).IndexOf(marker);
            if (at < 0)
            {
                throw new InvalidOperationException($"The document has no empty array {array.Name} here.");
            }

            var open = position + at + marker.Length - 1;
            stream.Write(head, position, open - position);
            WriteItems(stream, array, cancellationToken);
            position = open + 1;
        }

        stream.Write(head, position, head.Length - position);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes an array's items from <c>[</c> (excluded) to <c>]</c> (included).</summary>
    private static void WriteItems(Stream stream, SplicedArray array, CancellationToken cancellationToken)
    {
        if (array.Count == 0)
        {
            stream.Write("]"u8);
            return;
        }

        var chunks = (array.Count + ItemsPerChunk - 1) / ItemsPerChunk;
        var window = new byte[ChunksPerWindow][];
        for (var first = 0; first < chunks; first += ChunksPerWindow)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunksPerWindow, chunks - first);
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, k => window[k] = Chunk(array, first + k));
            for (var k = 0; k < count; k++)
            {
                stream.Write(window[k]);
                window[k] = [];
            }
        }

        stream.Write("\n  ]"u8);
    }

    /// <summary>The items of one chunk, each after its separator («,» but for the very first) and a line break, indented.</summary>
    private static byte[] Chunk(SplicedArray array, int chunk)
    {
        using var buffer = new MemoryStream();
        var end = Math.Min(array.Count, (chunk + 1) * ItemsPerChunk);
        for (var i = chunk * ItemsPerChunk; i < end; i++)
        {
            buffer.Write(i == 0 ? "\n    "u8 : ",\n    "u8);
            WriteIndented(buffer, array.Serialize(i));
        }

        return buffer.ToArray();
    }

    /// <summary>Writes serialized JSON two levels deeper.</summary>
    private static void WriteIndented(Stream stream, ReadOnlySpan<byte> json)
    {
        while (json.IndexOf((byte)'\n') is >= 0 and var lineEnd)
        {
            stream.Write(json[..(lineEnd + 1)]);
            stream.Write("    "u8);
            json = json[(lineEnd + 1)..];
        }

        stream.Write(json);
    }
}
