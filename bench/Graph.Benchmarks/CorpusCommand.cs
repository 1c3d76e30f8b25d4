using System.CommandLine;
using System.Diagnostics;
using Graph.Lexicon;

namespace Graph.Benchmarks;

/// <summary>The <c>corpus</c> command: writes a reproducible benchmark corpus and the names file of the reference scan.</summary>
internal static class CorpusCommand
{
    /// <summary>The file, next to the <c>articles</c> folder, that lists every lexicon name (for <c>rg -c -F -f names.txt</c>).</summary>
    public const string NamesFileName = "names.txt";

    /// <summary>Creates the command.</summary>
    public static RootCommand Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write.", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The corpus folder: articles/ and names.txt are written in it.", Required = true, HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed writes the same corpus.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var command = new RootCommand("Writes N generated Persian news articles to DIR/articles (1,000 per sub-folder) and every lexicon name to DIR/names.txt.")
        {
            articles, output, seed,
        };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(output)!.FullName;
            var count = parseResult.GetValue(articles);
            var knowledge = KnowledgeBase.LoadBuiltIn();
            var filler = CorpusGenerator.FillerFrom(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText));
            var generator = new CorpusGenerator(knowledge, filler, parseResult.GetValue(seed));
            var watch = Stopwatch.StartNew();
            var bytes = generator.Write(folder, count);
            File.WriteAllLines(Path.Combine(folder, NamesFileName), CorpusGenerator.AllNames(knowledge));
            Console.Error.WriteLine($"Wrote {count} articles ({bytes / 1e6:F1} MB of text) to {Path.Combine(folder, "articles")} and {NamesFileName} in {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }
}
