using System.CommandLine;
using System.CommandLine.Parsing;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Output;
using Serilog;
using Graph.Text;

namespace Graph.Cli;

/// <summary>The <c>graph extract</c> command: reads articles and writes the output files.</summary>
internal static class ExtractCommand
{
    private const string Description = """
        Reads Persian news articles and writes what it extracts to DIR.

        INPUT is any number of files, folders (searched recursively for --pattern files and *.jsonl
        files), JSON Lines files (*.jsonl: one article per line, "text" required; "id", "title",
        "url", "source", "published" optional) or - for one article on standard input. Text may be
        UTF-8, UTF-16 with a byte order mark, or Windows-1256.

        Writes DIR/graph.json (the knowledge graph: people, countries, places, organizations,
        meetings and events, and the relations between them with the sentences that prove them) and
        DIR/articles.json (the articles read, with metadata and sentences). --lexicon adds names,
        aliases, roles or trigger words to the built-in lexicon (format: docs/lexicon.md). Names the
        lexicon does not know are found by a learned recognizer (docs/ner.md); --no-learned-ner turns it
        off. Exit codes: 0 all read, 1 usage error, 2 some input failed (the
        rest is still written), 3 an output file could not be written, 130 cancelled.

        Examples:
          graph extract                               read ./seeds, write ./out
          graph extract news/ -o result               a folder, recursively
          graph extract feed.jsonl more/*.txt         JSON Lines and single files
          graph extract news/ --pattern "*.md"        other files than *.txt
          cat article.txt | graph extract - -o out    one article from standard input
          graph extract news/ --lexicon my-names.json add your own names and roles
        """;

    /// <summary>Creates the command; <paramref name="standardInput"/> replaces standard input for <c>-</c> (tests).</summary>
    public static Command Create(Func<Stream>? standardInput = null)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders, JSON Lines files (*.jsonl) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => ["seeds"],
        };
        inputs.Validators.Add(RejectUnknownOptions);
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The output folder (created when missing).",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
            HelpName = "DIR",
        };
        var pattern = new Option<string>("--pattern")
        {
            Description = "Which files of a folder are articles (*.jsonl files are always read).",
            DefaultValueFactory = _ => ArticleReaderOptions.DefaultPattern,
            HelpName = "GLOB",
        };
        var maxArticleBytes = new Option<long>("--max-article-bytes")
        {
            Description = "Skip (as failed) any file or JSON Lines record larger than this.",
            DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxArticleBytes,
            HelpName = "BYTES",
        };
        maxArticleBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() <= 0)
            {
                result.AddError("--max-article-bytes must be a positive number of bytes.");
            }
        });
        var lexicon = new Option<FileInfo[]>("--lexicon")
        {
            Description = "A lexicon file that adds to or overrides the built-in one (repeatable; format in docs/lexicon.md).",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var noLearnedNer = new Option<bool>("--no-learned-ner")
        {
            Description = "Only the lexicon and its rules find names: turn off the learned name recognizer (for comparison).",
        };
        var command = new Command("extract", Description) { inputs, output, pattern, maxArticleBytes, lexicon, noLearnedNer };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ArticleReaderOptions
            {
                Pattern = parseResult.GetValue(pattern)!,
                MaxArticleBytes = parseResult.GetValue(maxArticleBytes),
                OpenStandardInput = standardInput ?? Console.OpenStandardInput,
            };
            if (LoadLexicon(parseResult.GetValue(lexicon) ?? []) is not { } knowledge)
            {
                return ExitCodes.UsageError;
            }

            var showProgress = !Console.IsErrorRedirected && parseResult.GetValue(GlobalOptions.Verbosity) >= Verbosity.Normal;
            var graph = new GraphJsonSink(knowledge, ExtractionOptions.Default with { LearnedNer = !parseResult.GetValue(noLearnedNer) });
            var pipeline = new ExtractPipeline(new ArticleReader(options), CreateSinks(graph), showProgress ? new ReadProgress() : null);
            var exitCode = await pipeline.RunAsync(parseResult.GetValue(inputs)!, parseResult.GetValue(output)!.FullName, cancellationToken);
            if (graph.Written is { } written)
            {
                LogGraph(written, Path.Combine(parseResult.GetValue(output)!.FullName, GraphJsonSink.FileName));
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>The stages that receive the articles and write the output files.</summary>
    private static List<IArticleSink> CreateSinks(GraphJsonSink graph) => [new ArticlesJsonSink(PersianSentenceSplitter.Instance), graph];

    /// <summary>The built-in lexicon plus the user's files, or null (after logging why) when one cannot be used.</summary>
    internal static KnowledgeBase? LoadLexicon(IReadOnlyList<FileInfo> files)
    {
        try
        {
            var knowledge = files.Count == 0 ? KnowledgeBase.LoadBuiltIn() : KnowledgeBase.Load(files.Select(f => f.FullName));
            foreach (var warning in knowledge.Warnings)
            {
                Log.Warning("Lexicon: {Warning}", warning);
            }

            return knowledge;
        }
        catch (LexiconException exception)
        {
            Log.Error("{Message}", exception.Message);
            return null;
        }
    }

    private static void LogGraph(GraphDocument graph, string path)
    {
        var byType = graph.Edges.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Log.Information(
            "Graph: {Nodes} nodes ({People} people, {Meetings} meetings, {Events} events), {Edges} relationships ({MetWith} MET_WITH, {Condemned} CONDEMNED, {Supported} SUPPORTED) in {Path}",
            graph.Nodes.Count,
            graph.Nodes.Count(n => n.Label == NodeLabel.Person),
            graph.Nodes.Count(n => n.Label == NodeLabel.Meeting),
            graph.Nodes.Count(n => n.Label == NodeLabel.Event),
            graph.Edges.Count,
            byType.GetValueOrDefault(EdgeType.MetWith),
            byType.GetValueOrDefault(EdgeType.Condemned),
            byType.GetValueOrDefault(EdgeType.Supported),
            path);
    }

    /// <summary>An unknown option such as <c>--bogus</c> would otherwise be taken as an input path.</summary>
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'. To read a file whose name starts with '-', write ./{token.Value}.");
            }
        }
    }
}
