using System.CommandLine;
using System.CommandLine.Parsing;
using Graph.Articles;
using Graph.Lexicon;
using Graph.Model;
using Graph.Output;
using Graph.Pipeline;
using Graph.Text;
using Serilog;

namespace Graph.Cli;

/// <summary>
/// The inputs and options shared by <c>graph extract</c> and <c>graph build</c>, and the run that reads
/// the articles, extracts the graph and writes the output files.
/// </summary>
internal sealed class ExtractionOptions
{
    /// <summary>Creates the options; <paramref name="standardInput"/> replaces standard input for <c>-</c> (tests).</summary>
    public ExtractionOptions(Func<Stream>? standardInput)
    {
        StandardInput = standardInput ?? Console.OpenStandardInput;
        Inputs.Validators.Add(RejectUnknownOptions);
        MaxArticleBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() <= 0)
            {
                result.AddError("--max-article-bytes must be a positive number of bytes.");
            }
        });
        Parallelism.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallelism must be at least 1.");
            }
        });
        Shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ArticleShard.Parse(text) is null)
            {
                result.AddError($"--shard must be i/n with 0 <= i < n (such as 0/4), not '{text}'.");
            }
        });
    }

    /// <summary>The INPUT arguments.</summary>
    public Argument<string[]> Inputs { get; } = new("INPUT")
    {
        Description = "Files, folders, JSON Lines files (*.jsonl) or - for standard input.",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => ["seeds"],
    };

    /// <summary>The <c>-o/--output</c> option.</summary>
    public Option<DirectoryInfo> Output { get; } = new("--output", "-o")
    {
        Description = "The output folder (created when missing).",
        DefaultValueFactory = _ => new DirectoryInfo("out"),
        HelpName = "DIR",
    };

    /// <summary>The <c>--pattern</c> option.</summary>
    public Option<string> Pattern { get; } = new("--pattern")
    {
        Description = "Which files of a folder are articles (*.jsonl files are always read).",
        DefaultValueFactory = _ => ArticleReaderOptions.DefaultPattern,
        HelpName = "GLOB",
    };

    /// <summary>The <c>--max-article-bytes</c> option.</summary>
    public Option<long> MaxArticleBytes { get; } = new("--max-article-bytes")
    {
        Description = "Skip (as failed) any file or JSON Lines record larger than this.",
        DefaultValueFactory = _ => ArticleReaderOptions.DefaultMaxArticleBytes,
        HelpName = "BYTES",
    };

    /// <summary>The <c>--lexicon</c> option (repeatable).</summary>
    public Option<FileInfo[]> Lexicon { get; } = new("--lexicon")
    {
        Description = "A lexicon file that adds to or overrides the built-in one (repeatable; format in docs/lexicon.md).",
        HelpName = "FILE",
    };

    /// <summary>The <c>--no-learned-ner</c> option.</summary>
    public Option<bool> NoLearnedNer { get; } = new("--no-learned-ner")
    {
        Description = "Only the lexicon and its rules find names: turn off the learned name recognizer (for comparison).",
    };

    /// <summary>The <c>--parallelism</c> option.</summary>
    public Option<int> Parallelism { get; } = new("--parallelism")
    {
        Description = "How many articles are read and extracted at once (the output is the same whatever the number).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    /// <summary>The <c>--shard</c> option.</summary>
    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Take only shard i of n of the articles (by content id), for n independent workers (docs/scaling.md).",
        HelpName = "i/n",
    };

    private Func<Stream> StandardInput { get; }

    /// <summary>Adds the arguments and options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Output);
        command.Options.Add(Pattern);
        command.Options.Add(MaxArticleBytes);
        command.Options.Add(Lexicon);
        command.Options.Add(NoLearnedNer);
        command.Options.Add(Parallelism);
        command.Options.Add(Shard);
    }

    /// <summary>The output folder given on the command line, as a full path.</summary>
    public string OutputFolder(ParseResult parseResult) => parseResult.GetValue(Output)!.FullName;

    /// <summary>
    /// Reads the inputs, extracts the graph and writes <c>articles.json</c>, <c>graph.json</c> and whatever
    /// <paramref name="alsoWrite"/> adds; returns the exit code and the graph written (null when none was).
    /// </summary>
    /// <param name="parseResult">The command line.</param>
    /// <param name="alsoWrite">Other files to write from the graph.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="cache">Whether to keep a build cache in the output folder and reuse an earlier one (<c>graph build</c>).</param>
    /// <param name="rebuild">Whether to ignore the earlier cache (it is still written anew).</param>
    public async Task<(int ExitCode, GraphDocument? Graph)> RunAsync(
        ParseResult parseResult,
        IReadOnlyList<Func<GraphDocument, string, CancellationToken, Task>> alsoWrite,
        CancellationToken cancellationToken,
        bool cache = false,
        bool rebuild = false)
    {
        var lexiconFiles = parseResult.GetValue(Lexicon) ?? [];
        var extraction = Graph.Extraction.ExtractionOptions.Default with { LearnedNer = !parseResult.GetValue(NoLearnedNer) };

        // The recognizer's model loads on the other core while the lexicon loads: each takes a few hundred milliseconds at start.
        if (extraction.LearnedNer)
        {
            _ = Task.Run(() => Graph.Ner.NerModel.BuiltIn, cancellationToken);
        }

        if (LoadLexicon(lexiconFiles) is not { } knowledge)
        {
            return (ExitCodes.UsageError, null);
        }

        var shard = parseResult.GetValue(Shard) is { } text ? ArticleShard.Parse(text) : null;
        using var buildCache = cache ? BuildCache.Open(OutputFolder(parseResult), Fingerprint(lexiconFiles, parseResult.GetValue(MaxArticleBytes), shard, extraction.LearnedNer), reuse: !rebuild) : null;
        var options = new ArticleReaderOptions
        {
            Pattern = parseResult.GetValue(Pattern)!,
            MaxArticleBytes = parseResult.GetValue(MaxArticleBytes),
            OpenStandardInput = StandardInput,
            Cache = buildCache,
        };
        var showProgress = !Console.IsErrorRedirected && parseResult.GetValue(GlobalOptions.Verbosity) >= Verbosity.Normal;
        var graph = new GraphJsonSink(knowledge, extraction, buildCache);
        graph.AlsoWrite.AddRange(alsoWrite);
        using var articles = new ArticlesJsonSink(PersianSentenceSplitter.Instance);
        List<IArticleSink> sinks = [articles, graph];
        var stream = new ParallelArticleStream(new ArticleReader(options), sinks, parseResult.GetValue(Parallelism), shard);
        var pipeline = new ExtractPipeline(stream, sinks, showProgress ? new ReadProgress() : null);
        var exitCode = await pipeline.RunAsync(parseResult.GetValue(Inputs)!, OutputFolder(parseResult), cancellationToken);
        if (graph.Written is { } written)
        {
            LogGraph(written, Path.Combine(OutputFolder(parseResult), GraphJsonSink.FileName));
            if (buildCache is not null)
            {
                buildCache.Commit();
                Log.Information(
                    "Build cache: {Unchanged} unchanged files not read again, findings of {Reused} articles reused ({Folder})",
                    buildCache.UnchangedFiles,
                    buildCache.ReusedFindings,
                    Path.Combine(OutputFolder(parseResult), BuildCache.FolderName));
            }
        }

        return (exitCode, graph.Written);
    }

    /// <summary>What the findings of a build depend on besides the articles: this build of the tool, the lexicon files and the options.</summary>
    private static string Fingerprint(IReadOnlyList<FileInfo> lexiconFiles, long maxArticleBytes, ArticleShard? shard, bool learnedNer)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(typeof(GraphDocument).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in lexiconFiles)
        {
            hash.AppendData(File.ReadAllBytes(file.FullName));
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{maxArticleBytes}|{shard}|{learnedNer}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

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
