using BenchmarkDotNet.Running;

namespace Graph.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Graph.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Lets BenchmarkDotNet pick the benchmarks from the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
