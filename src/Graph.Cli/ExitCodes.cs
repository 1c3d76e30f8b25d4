namespace Graph.Cli;

/// <summary>The process exit codes of the <c>graph</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown option, missing argument, bad value).</summary>
    public const int UsageError = 1;

    /// <summary>Some input failed; the rest was processed and written.</summary>
    public const int InputFailed = 2;

    /// <summary>An output file could not be written.</summary>
    public const int OutputFailed = 3;

    /// <summary>The run was cancelled (Ctrl+C); no output file was changed by halves.</summary>
    public const int Cancelled = 130;
}
