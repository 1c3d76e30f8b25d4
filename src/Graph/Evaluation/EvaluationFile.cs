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
            return JsonDocument.Parse(stream, JsonOptions);
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
}
