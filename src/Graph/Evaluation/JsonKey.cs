namespace Graph.Evaluation;

/// <summary>A JSON value used as an id, equal to another exactly when the two are equal dictionary keys in Python.</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Text">The string, or the canonical text of the number; empty for null.</param>
internal readonly record struct JsonKey(JsonKeyKind Kind, string Text)
{
    /// <summary>Python's <c>None</c>.</summary>
    public static JsonKey None { get; } = new(JsonKeyKind.Null, string.Empty);

    /// <summary>A string key.</summary>
    public static JsonKey Of(string text) => new(JsonKeyKind.String, text);

    /// <inheritdoc />
    public override string ToString() => Kind == JsonKeyKind.Null ? "null" : Text;
}
