using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>Reads the JSON files of an evaluation, turning every failure into an error that names the file.</summary>
internal static class EvaluationFile
{
    /// <summary>Strict JSON, as Python's <c>json.load</c> reads it, with room for deep documents.</summary>
    public static JsonDocumentOptions JsonOptions { get; } = new() { MaxDepth = 512 };

    /// <summary>Parses a JSON file.</summary>
    /// <exception cref="EvaluationInputException">The file is missing, unreadable or not valid JSON.</exception>
    public static JsonDocument ReadJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var document = JsonDocument.Parse(stream, JsonOptions);
            try
            {
                RequireReadableStrings(document.RootElement);
            }
            catch (EvaluationInputException e)
            {
                document.Dispose();
                throw new EvaluationInputException($"{path}: {e.Message}", e);
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"{path}: not valid JSON: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new EvaluationInputException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Checks that every string and member name can be read as UTF-16 (JSON allows unpaired surrogate escapes).</summary>
    /// <exception cref="EvaluationInputException">One cannot; the message says where.</exception>
    public static void RequireReadableStrings(JsonElement root)
    {
        if (FindUnreadableString(root, "$") is { } where)
        {
            throw new EvaluationInputException($"{where} holds an unpaired surrogate escape (\\uD800-\\uDFFF)");
        }
    }

    /// <summary>Where the first string or member name is that .NET cannot read as UTF-16, or null.</summary>
    private static string? FindUnreadableString(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(() => element.GetString()) ? null : where;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindUnreadableString(item, $"{where}[{i++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Readable(() => property.Name))
                    {
                        return where;
                    }

                    if (FindUnreadableString(property.Value, $"{where}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Readable(Func<string?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
