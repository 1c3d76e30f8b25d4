namespace Graph.Evaluation;

/// <summary>The kinds of JSON values that Python can use as dictionary keys.</summary>
internal enum JsonKeyKind
{
    /// <summary>JSON <c>null</c> or a missing member (Python's <c>None</c>).</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number or a boolean (Python treats <c>True</c> as 1 and <c>1.0</c> as 1).</summary>
    Number,
}
