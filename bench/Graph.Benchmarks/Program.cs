using System.CommandLine;
using BenchmarkDotNet.Running;

namespace Graph.Benchmarks;

/// <summary>
/// Runs the benchmarks (<c>dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*'</c>) or
/// writes a benchmark corpus (<c>… -- corpus --articles 100000 -o /tmp/corpus</c>) or times the stages
/// of extraction over a corpus (<c>… -- stages /tmp/corpus/articles [--warm]</c>).
/// </summary>
public static class Program
{
    /// <summary>Writes a corpus for <c>corpus</c>; otherwise lets BenchmarkDotNet pick the benchmarks from the command line.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusCommand.Create().Parse(args[1..]).Invoke();
        }

        if (args.Length is 2 or 3 && args[0] == "stages" && (args.Length == 2 || args[2] == "--warm"))
        {
            return StageProfile.Run(args[1], warm: args.Length == 3);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
