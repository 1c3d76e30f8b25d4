using System.CommandLine;
using Graph.Model;
using Graph.Neo4j;
using Graph.Output;
using Graph.Pipeline;
using Serilog;

namespace Graph.Cli;

/// <summary>
/// The <c>graph build</c> command, the main job: extracts the graph, writes graph.json and graph.cypher,
/// and loads the graph into Neo4j when a server is given.
/// </summary>
internal static class BuildCommand
{
    /// <summary>The Cypher script written next to graph.json.</summary>
    public const string CypherFileName = "graph.cypher";

    private const string Description = "Builds the knowledge graph of Persian news articles: writes DIR/graph.json and DIR/graph.cypher, " +
        "and loads the graph into Neo4j when --neo4j (or NEO4J_URI) gives a server. Without a server it only writes the files " +
        "and says how to load them. A later build into the same DIR reads and extracts only new or changed files " +
        "(it keeps what it needs in DIR/" + BuildCache.FolderName + "; --rebuild ignores it).\n\n" + ExtractCommand.InputsHelp + "\n" + Neo4jConnectionOptions.HelpText + """


        Exit codes: 0 all good, 1 usage error, 2 some input failed or the load failed (the files are still
        written), 3 an output file could not be written, 130 cancelled.

        Examples:
          graph build                                           read ./seeds, write ./out, no server
          graph build news/ -o out                              a folder of articles
          docker compose up -d && export NEO4J_PASSWORD=...     start Neo4j (see README)
          graph build news/ --neo4j http://localhost:7474       build and load
          NEO4J_URI=http://localhost:7474 graph build news/     the same, address from the environment
        """;

    /// <summary>Creates the command; <paramref name="standardInput"/> replaces standard input for <c>-</c> (tests).</summary>
    public static Command Create(Func<Stream>? standardInput = null)
    {
        var extraction = new ExtractionOptions(standardInput);
        var connection = new Neo4jConnectionOptions();
        var batchSize = LoadCommand.CreateBatchSizeOption();
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Read and extract every file again, ignoring what earlier builds kept in DIR/" + BuildCache.FolderName + ".",
        };
        var command = new Command("build", Description) { batchSize, rebuild };
        extraction.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            Neo4jConnectionSettings? settings = null;
            if (connection.IsGiven(parseResult))
            {
                settings = connection.Resolve(parseResult, null, null, out var error);
                if (settings is null)
                {
                    Log.Error("{Error}", error);
                    return ExitCodes.UsageError;
                }
            }

            List<Func<GraphDocument, string, CancellationToken, Task>> alsoWrite = [WriteCypherAsync];
            using var schemaClient = settings is null ? null : Neo4jConnectionOptions.CreateClient(settings);
            int? loaded = null;
            if (settings is not null)
            {
                // The schema is created while the articles are extracted (a wrong address or password shows at once),
                // and the load starts as soon as the graph is merged, while the files are written.
                var schema = CreateSchemaAsync(new GraphLoader(schemaClient!), settings, cancellationToken);
                var size = parseResult.GetValue(batchSize);
                alsoWrite.Add(async (graph, _, ct) => loaded = await LoadCommand.LoadIntoNeo4jAsync(graph, settings, size, ct, schema));
            }

            var (exitCode, graph) = await extraction.RunAsync(parseResult, alsoWrite, cancellationToken, cache: true, rebuild: parseResult.GetValue(rebuild));
            if (graph is null || exitCode is ExitCodes.UsageError or ExitCodes.OutputFailed or ExitCodes.Cancelled)
            {
                return exitCode;
            }

            if (settings is null)
            {
                var output = extraction.OutputFolder(parseResult);
                Log.Information(
                    "No Neo4j server given; to load the graph: graph load {GraphJson} --neo4j http://localhost:7474 (or run {Cypher} in Neo4j Browser or cypher-shell)",
                    Path.Combine(output, GraphJsonSink.FileName),
                    Path.Combine(output, CypherFileName));
                return exitCode;
            }

            return exitCode != ExitCodes.Success ? exitCode : loaded ?? ExitCodes.InputFailed;
        });
        return command;
    }

    /// <summary>Creates the schema, logging at once when the server cannot be used (the build goes on and writes its files).</summary>
    private static async Task<int> CreateSchemaAsync(GraphLoader loader, Neo4jConnectionSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var statements = await loader.CreateSchemaAsync(cancellationToken);
            Log.Debug("Schema ready in {Target} ({Statements} statements)", settings, statements);
            return statements;
        }
        catch (Neo4jException e)
        {
            Log.Error("{Error} (the graph files are still written)", e.Message);
            throw;
        }
    }

    private static Task WriteCypherAsync(GraphDocument graph, string outputFolder, CancellationToken cancellationToken) =>
        AtomicFileWriter.WriteAsync(Path.Combine(outputFolder, CypherFileName), async (stream, ct) =>
        {
            var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                GraphCypherScriptWriter.Write(graph, writer);
                await writer.FlushAsync(ct).ConfigureAwait(false);
            }
        }, cancellationToken);
}
