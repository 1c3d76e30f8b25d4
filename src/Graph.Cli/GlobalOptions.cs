using System.CommandLine;

namespace Graph.Cli;

/// <summary>Options shared by every command.</summary>
internal static class GlobalOptions
{
    /// <summary>The <c>-v/--verbosity</c> option, recursive so that it works after any command.</summary>
    public static Option<Verbosity> Verbosity { get; } = new("--verbosity", "-v")
    {
        Description = "How much to log to stderr: quiet, minimal, normal, detailed or diagnostic.",
        DefaultValueFactory = _ => Cli.Verbosity.Normal,
        Recursive = true,
    };
}
