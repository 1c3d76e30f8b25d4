using System.Text.Json;

namespace Graph.Articles;

/// <summary>
/// Turns one JSON Lines record into an article: <c>text</c> is required; <c>id</c> (string or number),
/// <c>title</c>, <c>url</c>, <c>source</c> (the outlet) and <c>published</c> (ISO or Jalali) are optional; other fields are ignored.
/// </summary>
internal sealed class JsonLineArticleParser(ArticleFactory factory)
{
    public ArticleReadOutcome Parse(byte[] bytes, string file, int line)
    {
        var location = new ArticleSource(file, line) { Encoding = "utf-8" };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            return new InputFailed(location, InputFailureReason.MalformedJsonLine, $"is not valid JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputFailed(location, InputFailureReason.MalformedJsonLine, $"is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            if (!TryGetId(root, out var id))
            {
                return new InputFailed(location, InputFailureReason.MalformedJsonLine, "has a field \"id\" that is neither a string nor a number");
            }

            if (!TryGetString(root, "title", out var title, out var problem)
                || !TryGetString(root, "url", out var url, out problem)
                || !TryGetString(root, "source", out var outlet, out problem)
                || !TryGetString(root, "published", out var published, out problem)
                || !TryGetString(root, "text", out var text, out problem))
            {
                return new InputFailed(location, InputFailureReason.MalformedJsonLine, problem!);
            }

            var source = location with { SourceId = id, Url = url };
            if (text is null)
            {
                return new InputFailed(source, InputFailureReason.MissingText, "has no \"text\" field");
            }

            var warnings = new List<string>();
            DateOnly? publishedDate = null;
            TimeOnly? publishedTime = null;
            if (published is not null)
            {
                if (factory.Metadata.TryParsePublished(published, out var date, out var time))
                {
                    (publishedDate, publishedTime) = (date, time);
                }
                else
                {
                    warnings.Add($"{file}:{line}: \"published\" is not a date («{published}»); the date found in the text is used");
                }
            }

            var article = factory.Create(text, source, new ArticleInputFields(title, outlet, publishedDate, publishedTime));
            return article is null
                ? new InputFailed(source, InputFailureReason.Empty, "has no article text in \"text\" (only whitespace or page furniture)")
                : new ArticleRead(article, warnings);
        }
    }

    private static bool TryGetId(JsonElement root, out string? id)
    {
        id = null;
        if (!root.TryGetProperty("id", out var value))
        {
            return true;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                id = value.GetString();
                return true;
            case JsonValueKind.Number:
                id = value.GetRawText();
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                return false;
        }
    }

    private static bool TryGetString(JsonElement root, string name, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"has a field \"{name}\" that is a {element.ValueKind.ToString().ToLowerInvariant()}, not a string";
            return false;
        }

        value = element.GetString();
        return true;
    }
}
