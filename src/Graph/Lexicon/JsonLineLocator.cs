using System.Text.Json;

namespace Graph.Lexicon;

/// <summary>Finds the line of JSON values given by path (<c>$.entities[3].name</c>); used only to word error messages.</summary>
internal static class JsonLineLocator
{
    /// <summary>Returns the 1-based line of each wanted path that occurs in the document.</summary>
    public static Dictionary<string, int> Locate(ReadOnlySpan<byte> utf8, IReadOnlySet<string> wanted)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new Stack<Frame>();
        var line = 1;
        var counted = 0;
        try
        {
            while (found.Count < wanted.Count && reader.Read())
            {
                var at = (int)reader.TokenStartIndex;
                line += utf8[counted..at].Count((byte)'\n');
                counted = at;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.Property = reader.GetString();
                        Record(found, wanted, frame.Path + "." + frame.Property, line);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = NextValuePath(frames);
                        Record(found, wanted, path, line);
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        Record(found, wanted, NextValuePath(frames), line);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The document was parsed before, so this only happens on text changed under us; keep what was found.
        }

        return found;
    }

    private static string NextValuePath(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var frame = frames.Peek();
        return frame.IsArray ? $"{frame.Path}[{frame.NextIndex++}]" : $"{frame.Path}.{frame.Property}";
    }

    private static void Record(Dictionary<string, int> found, IReadOnlySet<string> wanted, string path, int line)
    {
        if (wanted.Contains(path))
        {
            found.TryAdd(path, line);
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }

        public string? Property { get; set; }
    }
}
