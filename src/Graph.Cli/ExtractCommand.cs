using System.CommandLine;

namespace Graph.Cli;

/// <summary>The <c>graph extract</c> command: reads articles and writes the graph files, with no server.</summary>
internal static class ExtractCommand
{
    /// <summary>What the command reads and writes, shared with <c>graph build</c>'s help.</summary>
    public const string InputsHelp = """
        INPUT is any number of files, folders (searched recursively for --pattern files and *.jsonl
        files), JSON Lines files (*.jsonl: one article per line, "text" required; "id", "title",
        "url", "source", "published" optional) or - for one article on standard input. Text may be
        UTF-8, UTF-16 with a byte order mark, or Windows-1256.

        Writes DIR/graph.json (the knowledge graph: people, countries, places, organizations,
        meetings and events, and the relations between them with the sentences that prove them) and
        DIR/articles.json (the articles read, with metadata and sentences). --lexicon adds names,
        aliases, roles or trigger words to the built-in lexicon (format: docs/lexicon.md). Names the
        lexicon does not know are found by a learned recognizer (docs/ner.md); --no-learned-ner turns
        it off.
        """;

    private const string Description = "Reads Persian news articles and writes the knowledge graph they report to DIR.\n\n" + InputsHelp + """

        Exit codes: 0 all read, 1 usage error, 2 some input failed (the rest is still written),
        3 an output file could not be written, 130 cancelled.

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
        var extraction = new ExtractionOptions(standardInput);
        var command = new Command("extract", Description);
        extraction.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
            (await extraction.RunAsync(parseResult, [], cancellationToken)).ExitCode);
        return command;
    }
}
