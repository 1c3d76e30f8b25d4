using System.CommandLine;
using System.Text.Json;
using Graph.Cli;
using Graph.Output;
using Graph.Tests.Articles;

namespace Graph.Tests.Cli;

public sealed class ExtractCommandTests
{
    private static JsonElement ReadOutput(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ArticlesDocument.FileName)));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Extract_of_the_seeds_writes_articles_json_and_graph_json_and_returns_0()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        var exitCode = await Program.Main(["extract", ArticleTestData.SeedsFolder, "-o", output, "-v", "quiet"]);
        Assert.Equal(ExitCodes.Success, exitCode);
        var json = ReadOutput(output);
        Assert.Equal(5, json.GetProperty("read").GetInt32());
        Assert.Equal(0, json.GetProperty("failed").GetInt32());
        var ids = json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal([.. ids.Order(StringComparer.Ordinal)], ids);
        Assert.Equal([output], Directory.GetFileSystemEntries(folder.Path));
        Assert.Equal(
            [Path.Combine(output, ArticlesDocument.FileName), Path.Combine(output, GraphJsonSink.FileName)],
            Directory.GetFileSystemEntries(output).Order(StringComparer.Ordinal));
        using var graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, GraphJsonSink.FileName)));
        Assert.Equal(5, graph.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Contains(graph.RootElement.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "MET_WITH");
    }

    [Fact]
    public async Task Folder_with_one_broken_file_processes_the_others_and_returns_2()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/1.txt", "دیدار دو وزیر در تهران");
        folder.Write("in/2.txt", [0x00, 0xFF, 0x00]);
        folder.Write("in/3.txt", "سفر رئیس جمهور به مسکو");
        var output = Path.Combine(folder.Path, "out");
        var exitCode = await Program.Main(["extract", Path.Combine(folder.Path, "in"), "--output", output, "-v", "quiet"]);
        Assert.Equal(ExitCodes.InputFailed, exitCode);
        var json = ReadOutput(output);
        Assert.Equal(2, json.GetProperty("read").GetInt32());
        var failure = Assert.Single(json.GetProperty("failures").EnumerateArray());
        Assert.Equal("binary", failure.GetProperty("reason").GetString());
        Assert.EndsWith("2.txt", failure.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error_returning_1()
    {
        using var error = new StringWriter();
        var exitCode = await Program.RunAsync(["extract", "--bogus"], invocation: new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("--bogus", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_limit_that_is_not_positive_is_a_usage_error()
    {
        using var error = new StringWriter();
        var exitCode = await Program.RunAsync(["extract", "--max-article-bytes", "0"], invocation: new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("--max-article-bytes", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_reads_one_article_from_standard_input()
    {
        using var folder = new TemporaryFolder();
        var bytes = File.ReadAllBytes(ArticleTestData.File("utf16le.txt"));
        var exitCode = await Program.RunAsync(["extract", "-", "-o", folder.Path, "-v", "quiet"], () => new MemoryStream(bytes));
        Assert.Equal(ExitCodes.Success, exitCode);
        var article = Assert.Single(ReadOutput(folder.Path).GetProperty("articles").EnumerateArray());
        Assert.Equal("-", article.GetProperty("file").GetString());
        Assert.Equal("utf-16", article.GetProperty("encoding").GetString());
        Assert.Equal(["ایسنا", "وزارت امور خارجه"], article.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task Pattern_and_size_limit_reach_the_reader()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/a.md", "دیدار دو وزیر در تهران");
        folder.Write("in/b.md", "سفر رئیس جمهور به مسکو و دیدار با همتای روسی در کاخ کرملین");
        var output = Path.Combine(folder.Path, "out");
        var exitCode = await Program.Main(["extract", Path.Combine(folder.Path, "in"), "--pattern", "*.md", "--max-article-bytes", "60", "-o", output, "-v", "quiet"]);
        Assert.Equal(ExitCodes.InputFailed, exitCode);
        var json = ReadOutput(output);
        Assert.Equal(1, json.GetProperty("read").GetInt32());
        Assert.Equal("tooLarge", json.GetProperty("failures")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Output_folder_that_cannot_be_made_returns_3()
    {
        using var folder = new TemporaryFolder();
        var blocking = folder.Write("out", "a file, not a folder");
        var exitCode = await Program.Main(["extract", ArticleTestData.SeedsFolder, "-o", blocking, "-v", "quiet"]);
        Assert.Equal(ExitCodes.OutputFailed, exitCode);
        Assert.Equal("a file, not a folder", File.ReadAllText(blocking));
    }

    [Fact]
    public async Task Help_shows_the_options_and_examples()
    {
        using var output = new StringWriter();
        var exitCode = await Program.RunAsync(["extract", "--help"], invocation: new InvocationConfiguration { Output = output, Error = output });
        Assert.Equal(ExitCodes.Success, exitCode);
        var help = output.ToString();
        Assert.Contains("--pattern", help, StringComparison.Ordinal);
        Assert.Contains("--max-article-bytes", help, StringComparison.Ordinal);
        Assert.Contains("Examples:", help, StringComparison.Ordinal);
        Assert.Contains("graph extract feed.jsonl", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_lexicon_adds_a_person_the_built_in_one_does_not_know()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/a.txt", "دیدار\nزرتشت نوروزی با ولادیمیر پوتین در مسکو دیدار کرد.");
        folder.Write("my.json", """{"entities": [{"id": "person:zartosht-nowruzi", "label": "Person", "name": "زرتشت نوروزی", "nameEn": "Zartosht Nowruzi"}]}""");
        var output = Path.Combine(folder.Path, "out");

        var exitCode = await Program.Main(["extract", Path.Combine(folder.Path, "in"), "-o", output, "--lexicon", Path.Combine(folder.Path, "my.json"), "-v", "quiet"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        var graph = File.ReadAllText(Path.Combine(output, GraphJsonSink.FileName));
        Assert.Contains("\"MET_WITH:person:vladimir-putin->person:zartosht-nowruzi\"", graph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_lexicon_file_is_a_usage_error_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("in/a.txt", "دیدار در مسکو");
        folder.Write("bad.json", """{"entities": [{"id": "person:x", "label": "Alien", "name": "x"}]}""");
        var output = Path.Combine(folder.Path, "out");

        var exitCode = await Program.Main(["extract", Path.Combine(folder.Path, "in"), "-o", output, "--lexicon", Path.Combine(folder.Path, "bad.json"), "-v", "quiet"]);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.False(Directory.Exists(output));
    }
}
