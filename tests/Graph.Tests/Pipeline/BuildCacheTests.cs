using Graph.Cli;
using Graph.Output;
using Graph.Pipeline;

namespace Graph.Tests.Pipeline;

public sealed class BuildCacheTests
{
    [Fact]
    public async Task Unchanged_rebuild_reads_no_file_and_writes_the_same_output()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var output = Path.Combine(folder.Path, "out");
        await BuildAsync(input, output);
        var first = Outputs(output);

        using (var cache = OpenCache(output))
        {
            Assert.True(cache.HasPrevious);
        }

        await BuildAsync(input, output);

        Assert.Equal(first, Outputs(output));
        Assert.Equal(Outputs(await FullExtractAsync(folder, input)), Outputs(output));
    }

    [Fact]
    public async Task Rebuild_after_adding_files_reads_only_them()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var output = Path.Combine(folder.Path, "out");
        await BuildAsync(input, output);
        var filesBefore = Directory.GetFiles(input, "*", SearchOption.AllDirectories).Length;
        folder.Write("in/new/1.txt", "دیدار وانگ یی با لاوروف\nوانگ یی وزیر امور خارجه چین روز دوشنبه در پکن با سرگئی لاوروف دیدار کرد.");
        folder.Write("in/new/2.txt", "مجلس شورای اسلامی در بیانیه ای از مردم فلسطین حمایت کرد.");

        var reader = new CountingCache(OpenCache(output));
        var stream = new ParallelArticleStream(new Graph.Articles.ArticleReader(new Graph.Articles.ArticleReaderOptions { Cache = reader }), [], parallelism: 2);
        await foreach (var _ in stream.ReadAsync([input], TestContext.Current.CancellationToken))
        {
        }

        Assert.Equal(filesBefore, reader.UnchangedFiles);
        Assert.Equal(2, reader.ReadFiles);
        reader.Inner.Dispose();

        await BuildAsync(input, output);
        Assert.Equal(Outputs(await FullExtractAsync(folder, input)), Outputs(output));
    }

    [Fact]
    public async Task Changed_file_replaces_its_old_article()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var output = Path.Combine(folder.Path, "out");
        await BuildAsync(input, output);
        var file = Path.Combine(input, "tests", "02-visit.txt");
        var oldGraph = File.ReadAllText(Path.Combine(output, GraphJsonSink.FileName));
        Assert.Contains("person:recep-tayyip-erdogan", oldGraph, StringComparison.Ordinal);

        File.WriteAllText(file, "سفر لاوروف به پکن\nسرگئی لاوروف وزیر خارجه روسیه روز دوشنبه به پکن سفر کرد.");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        await BuildAsync(input, output);

        Assert.Equal(Outputs(await FullExtractAsync(folder, input)), Outputs(output));
        var articles = File.ReadAllText(Path.Combine(output, ArticlesDocument.FileName));
        Assert.DoesNotContain("سفر اردوغان به تهران", articles, StringComparison.Ordinal);
        Assert.Contains("سفر لاوروف به پکن", articles, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cache_of_another_lexicon_is_not_used()
    {
        using var folder = new TemporaryFolder();
        var input = PipelineCorpus.Write(folder);
        var output = Path.Combine(folder.Path, "out");
        await BuildAsync(input, output);
        using var cache = BuildCache.Open(output, "another fingerprint");
        Assert.False(cache.HasPrevious);
    }

    private static async Task BuildAsync(string input, string output) =>
        Assert.Equal(ExitCodes.InputFailed, await Program.Main(["build", input, "-o", output, "-v", "quiet"]));

    private static async Task<string> FullExtractAsync(TemporaryFolder folder, string input)
    {
        var output = Path.Combine(folder.Path, "full-" + Guid.NewGuid().ToString("N"));
        await Program.Main(["extract", input, "-o", output, "-v", "quiet"]);
        return output;
    }

    /// <summary>graph.json and articles.json of an output folder.</summary>
    private static (string Graph, string Articles) Outputs(string output) =>
        (File.ReadAllText(Path.Combine(output, GraphJsonSink.FileName)), File.ReadAllText(Path.Combine(output, ArticlesDocument.FileName)));

    /// <summary>The cache the last build left, opened with the fingerprint the command line uses.</summary>
    private static BuildCache OpenCache(string output)
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, BuildCache.FolderName, "manifest.json")));
        return BuildCache.Open(output, manifest.RootElement.GetProperty("fingerprint").GetString()!);
    }

    /// <summary>Counts the files the cache answered for and the files left to read.</summary>
    private sealed class CountingCache(BuildCache inner) : Graph.Articles.IInputCache
    {
        public BuildCache Inner => inner;

        public int UnchangedFiles { get; private set; }

        public int ReadFiles { get; private set; }

        public IReadOnlyList<Graph.Articles.PendingRead>? Unchanged(string file)
        {
            var cached = inner.Unchanged(file);
            if (cached is null)
            {
                ReadFiles++;
            }
            else
            {
                UnchangedFiles++;
            }

            return cached;
        }
    }
}
