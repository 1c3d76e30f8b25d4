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
}
