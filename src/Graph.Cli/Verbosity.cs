namespace Graph.Cli;

/// <summary>How much the tool logs to standard error (the names follow <c>dotnet</c>'s -v option).</summary>
public enum Verbosity
{
    /// <summary>Errors only.</summary>
    Quiet,

    /// <summary>Warnings and errors.</summary>
    Minimal,

    /// <summary>Progress and summaries (the default).</summary>
    Normal,

    /// <summary>Details of each step.</summary>
    Detailed,

    /// <summary>Everything, for troubleshooting.</summary>
    Diagnostic,
}
