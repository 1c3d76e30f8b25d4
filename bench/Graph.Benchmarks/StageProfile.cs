using System.Diagnostics;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Ner;
using Graph.Output;
using Graph.Text;

namespace Graph.Benchmarks;

/// <summary>
/// The cost of each stage of <c>graph extract</c> on one thread over a corpus folder, measured with a
/// stopwatch: the profile that says where the time goes (<c>… -- stages DIR</c>).
/// </summary>
internal static class StageProfile
{
    /// <summary>Articles of the pass that compiles the code before a warm profile.</summary>
    private const int WarmUpArticles = 200;

    /// <summary>
    /// Times every stage over the articles of <paramref name="folder"/> and prints a table to standard output; with
    /// <paramref name="warm"/>, after a first untimed pass over a few articles, so that the table shows the code
    /// compiled at its final tier rather than the just-in-time compiler's work.
    /// </summary>
    public static int Run(string folder, bool warm)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (warm)
        {
            Profile(files[..Math.Min(WarmUpArticles, files.Count)], print: false);
            Thread.Sleep(500);
            Profile(files[..Math.Min(WarmUpArticles, files.Count)], print: false);

            // The warm-up's garbage is collected now, not by a background collection during the first stages.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        Profile(files, print: true);
        return 0;
    }

    private static void Profile(List<string> files, bool print)
    {
        var total = Stopwatch.StartNew();
        var times = new List<(string Stage, TimeSpan Time, TimeSpan Cpu, long Allocated)>();
        var process = Process.GetCurrentProcess();
        T Time<T>(string stage, Func<T> action)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = action();
            process.Refresh();
            times.Add((stage, watch.Elapsed, process.TotalProcessorTime - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated));
            return result;
        }

        var knowledge = Time("lexicon load", KnowledgeBase.LoadBuiltIn);
        var lexicon = Time("lexicon compile", () => ExtractionLexicon.Compile(knowledge, PersianNormalizer.Instance));
        var bytes = Time("read files", () => files.Select(File.ReadAllBytes).ToList());
        var texts = Time("decode", () => bytes.Select(b => ArticleTextDecoder.Decode(b).Text!).ToList());
        var furniture = new PageFurnitureFinder();
        var spans = Time("furniture", () => texts.Select(furniture.Find).ToList());
        var contents = Time("normalize", () => texts.Select((t, i) => PersianNormalizer.Instance.Normalize(t, spans[i])).ToList());
        var metadata = new ArticleMetadataExtractor();
        var found = Time("metadata", () => contents.Select(c => metadata.Extract(c.Text)).ToList());
        var ids = Time("content id", () => contents.Select(c => Article.CreateId(c.Text)).ToList());
        var articles = contents.Select((c, i) => new Article(ids[i], new ArticleSource(files[i]), found[i], c) { Furniture = spans[i] }).ToList();
        var sentences = Time("sentences", () => articles.Select(a => PersianSentenceSplitter.Instance.Split(a.Content.Text)).ToList());
        Time("tokens", () => articles.Select((a, i) => sentences[i].Sum(s => PersianTokenizer.Instance.Tokenize(a.Content.Text, s.Span).Count)).Sum());
        Time("names (matcher only)", () => articles.Select((a, i) => sentences[i].Sum(s => lexicon.Names.FindAll(a.Content.Text, s.Span).Count)).Sum());
        Time("triggers (matcher only)", () => articles.Select((a, i) => sentences[i].Sum(s => lexicon.Triggers.Matcher.FindAll(a.Content.Text, s.Span).Count)).Sum());
        var extractor = new ArticleExtractor(lexicon, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance);
        var extractions = Time("extract (all of it)", () => articles.Select(extractor.Extract).ToList());
        var learned = new LearnedNameFinder(lexicon, NerModel.BuiltIn, ExtractionOptions.Default);
        var withLearnedNames = new ArticleExtractor(lexicon, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance, learned);
        Time("extract with the learned recognizer (as graph extract)", () => articles.Select(withLearnedNames.Extract).Count());
        var assembler = new GraphAssembler(knowledge);
        Time("assemble", () =>
        {
            extractions.ForEach(assembler.Add);
            return 0;
        });
        var graph = Time("build graph", assembler.Build);
        Time("write graph.json", () =>
        {
            GraphJsonWriter.Write(graph, Stream.Null);
            return 0;
        });
        var sink = new ArticlesJsonSink(PersianSentenceSplitter.Instance);
        Time("articles.json entries", () =>
        {
            articles.ForEach(a => sink.Accept(new ArticleRead(a, [])));
            return 0;
        });
        Time("write articles.json", () =>
        {
            System.Text.Json.JsonSerializer.Serialize(Stream.Null, sink.ToDocument(), GraphJsonWriter.Options);
            return 0;
        });

        if (!print)
        {
            return;
        }

        var megabytes = bytes.Sum(b => b.Length) / 1e6;
        Console.WriteLine($"{files.Count} articles, {megabytes:F1} MB, {graph.Nodes.Count} nodes, {graph.Edges.Count} edges");
        Console.WriteLine("| stage | wall ms | CPU ms | CPU µs/article | MB/s of text (wall) | KB allocated/article |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (stage, time, cpu, allocated) in times)
        {
            Console.WriteLine($"| {stage} | {time.TotalMilliseconds:F0} | {cpu.TotalMilliseconds:F0} | {cpu.TotalMilliseconds * 1000 / files.Count:F0} | {megabytes / time.TotalSeconds:F1} | {allocated / 1024.0 / files.Count:F0} |");
        }

        Console.WriteLine($"total {total.Elapsed.TotalMilliseconds:F0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    }
}
