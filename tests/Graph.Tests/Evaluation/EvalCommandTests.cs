using System.CommandLine;
using System.Text.Json;
using Graph.Cli;
using Graph.Evaluation;

namespace Graph.Tests.Evaluation;

public sealed class EvalCommandTests
{
    private static readonly string Gold = ScorePy.DataFile("seeds.gold.json");
    private static readonly string Graph = ScorePy.DataFile("unknown.graph.json");

    [Fact]
    public async Task Eval_prints_the_summary_of_the_report()
    {
        var (exitCode, output) = await Run("eval", "--gold", Gold, Graph);

        var report = GraphScorer.ScoreFile(GoldStandard.Load(Gold), Graph);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(ScorePy.Written(w => EvaluationReportWriter.WriteText(report, w, verbose: false)), output);
        Assert.EndsWith("relations P=0.500 R=0.200 F1=0.286 (tp=3 fp=3 fn=12)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_with_json_prints_the_report_as_json()
    {
        var (exitCode, output) = await Run("eval", Graph, "--json", "--gold", Gold);

        Assert.Equal(ExitCodes.Success, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(5, document.RootElement.GetProperty("entities").GetProperty("tp").GetInt32());
        Assert.Equal(0.455, document.RootElement.GetProperty("entities").GetProperty("precision").GetDouble());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--json")]
    [InlineData("--verbose")]
    public async Task Eval_prints_what_score_py_prints(string flag)
    {
        string[] flags = flag.Length == 0 ? [] : [flag];
        var expected = ScorePy.Run(Gold, Graph, flags);

        var (exitCode, output) = await Run(["eval", "--gold", Gold, Graph, .. flags]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(expected, output);
    }

    [Fact]
    public async Task Eval_without_gold_is_a_usage_error()
    {
        var (exitCode, _) = await Run("eval", Graph);

        Assert.Equal(ExitCodes.UsageError, exitCode);
    }

    [Fact]
    public async Task Eval_of_a_missing_graph_fails_as_bad_input()
    {
        var (exitCode, output) = await Run("eval", "--gold", Gold, Path.Combine(ScorePy.TestData, "no-such.graph.json"));

        Assert.Equal(ExitCodes.InputFailed, exitCode);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Eval_with_a_graph_as_gold_fails_as_bad_input()
    {
        var (exitCode, _) = await Run("eval", "--gold", Graph, Graph);

        Assert.Equal(ExitCodes.InputFailed, exitCode);
    }

    private static async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Program.CreateRootCommand().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString().ReplaceLineEndings("\n"));
    }
}
