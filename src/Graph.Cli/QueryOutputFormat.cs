namespace Graph.Cli;

/// <summary>How <c>graph query</c> writes its result to standard output.</summary>
internal enum QueryOutputFormat
{
    /// <summary>An aligned text table for people.</summary>
    Table,

    /// <summary>A JSON array of row objects.</summary>
    Json,

    /// <summary>CSV with a header line.</summary>
    Csv,
}
