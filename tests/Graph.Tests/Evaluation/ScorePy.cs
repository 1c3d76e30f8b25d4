using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Graph.Evaluation;

namespace Graph.Tests.Evaluation;

/// <summary>
/// The reference scorer, TestData/score.py, run with python3: compares what <c>graph eval</c> computes
/// with what score.py prints. Skips the calling test when python3 is not on PATH.
/// </summary>
internal static class ScorePy
{
    /// <summary>The folder of the evaluation test data in the test output.</summary>
    public static string TestData { get; } = Path.Combine(AppContext.BaseDirectory, "Evaluation", "TestData");

    /// <summary>The copy of score.py the tests run.</summary>
    public static string Script { get; } = Path.Combine(TestData, "score.py");

    /// <summary>The path of a file in the evaluation test data.</summary>
    public static string DataFile(string name) => Path.Combine(TestData, name);

    /// <summary>
    /// Asserts that our report of <paramref name="graphPath"/> against <paramref name="goldPath"/> is the one
    /// score.py prints: the --json document (as JSON values, and as text), the summary and the --verbose details.
    /// </summary>
    public static void AssertSameReport(string goldPath, string graphPath)
    {
        var report = GraphScorer.ScoreFile(GoldStandard.Load(goldPath), graphPath);

        var expectedJson = Run(goldPath, graphPath, "--json");
        var actualJson = Written(output => EvaluationReportWriter.WriteJson(report, output));
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson)),
            $"score.py --json printed{Environment.NewLine}{expectedJson}{Environment.NewLine}but graph eval wrote{Environment.NewLine}{actualJson}");
        Assert.Equal(expectedJson, actualJson);

        Assert.Equal(Run(goldPath, graphPath), Written(output => EvaluationReportWriter.WriteText(report, output, verbose: false)));
        Assert.Equal(Run(goldPath, graphPath, "--verbose"), Written(output => EvaluationReportWriter.WriteText(report, output, verbose: true)));
    }

    /// <summary>What score.py prints for the gold and graph files with the given flags, with \n line ends.</summary>
    public static string Run(string goldPath, string graphPath, params string[] flags) =>
        RunPython([Script, goldPath, graphPath, .. flags], standardInput: null);

    /// <summary>Runs python3 with the arguments (a script path or <c>-c</c> and code) and returns its output, with \n line ends.</summary>
    public static string RunPython(IReadOnlyList<string> arguments, string? standardInput)
    {
        var python = FindPython() ?? throw SkipException();
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONUTF8"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 {string.Join(' ', arguments)} failed with {process.ExitCode}: {error.Result}");
        return output.Result.ReplaceLineEndings("\n");
    }

    /// <summary>What a writer action writes, with \n line ends.</summary>
    public static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static Exception SkipException()
    {
        Assert.Skip("python3 is not on PATH; the comparison with score.py needs it.");
        return new InvalidOperationException("unreachable");
    }

    private static string? FindPython()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "python3.exe", "python.exe" } : ["python3"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
