using System.CommandLine;

namespace Graph.Cli;

/// <summary>The entry point of the <c>graph</c> command.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen command.</summary>
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Builds a knowledge graph from Persian news articles.");
        return await root.Parse(args).InvokeAsync();
    }
}
