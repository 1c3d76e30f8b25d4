using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Graph.Model;
using Graph.Neo4j;
using Graph.Output;
using Serilog;

namespace Graph.Cli;

/// <summary>The <c>graph load</c> command: loads a graph.json into Neo4j.</summary>
internal static class LoadCommand
{
    /// <summary>Creates the command with its arguments, options and action.</summary>
    public static Command Create()
    {
        var input = new Argument<FileInfo>("GRAPH_JSON")
        {
            Description = "The graph.json written by `graph extract`.",
        }.AcceptExistingOnly();
        var batchSize = CreateBatchSizeOption();
        var connection = new Neo4jConnectionOptions();
        var command = new Command(
            "load",
            "Loads a graph.json into Neo4j: constraints and indexes first, then nodes, relationships with their evidence, " +
            "and articles, in batches. Loading again changes nothing; articles already in the database are skipped, so " +
            "loading a new set adds to the graph.\n" + Neo4jConnectionOptions.HelpText + "\n\n" +
            "Examples:\n" +
            "  docker compose up -d\n" +
            "  export NEO4J_PASSWORD=...\n" +
            "  graph load out/graph.json --neo4j http://localhost:7474\n" +
            "  NEO4J_URI=http://localhost:7474 graph load out/graph.json --batch-size 500")
        {
            input,
            batchSize,
        };
        connection.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = connection.Resolve(parseResult, null, null, out var error);
            if (settings is null)
            {
                Log.Error("{Error}", error);
                return ExitCodes.UsageError;
            }

            var graph = await ReadGraphAsync(parseResult.GetValue(input)!, cancellationToken);
            if (graph is null)
            {
                return ExitCodes.InputFailed;
            }

            return await LoadIntoNeo4jAsync(graph, settings, parseResult.GetValue(batchSize), cancellationToken);
        });
        return command;
    }

    /// <summary>The <c>--batch-size</c> option of the commands that load: rows per batch, each batch one transaction.</summary>
    public static Option<int> CreateBatchSizeOption()
    {
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per batch; each batch is one transaction.",
            HelpName = "N",
            DefaultValueFactory = _ => LoadOptions.DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1.");
            }
        });
        return batchSize;
    }

    /// <summary>Loads a graph into Neo4j, logging progress and the summary; returns the exit code (2 when the load failed).</summary>
    /// <remarks>For <c>graph build</c> and any other command that ends by loading a graph.</remarks>
    /// <param name="graph">The graph to load.</param>
    /// <param name="settings">Where to load it.</param>
    /// <param name="batchSize">Rows per transaction.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <param name="schemaCreated">The schema creation already started (by <c>graph build</c>, while it extracts); null to create the schema first.</param>
    public static async Task<int> LoadIntoNeo4jAsync(GraphDocument graph, Neo4jConnectionSettings settings, int batchSize, CancellationToken cancellationToken, Task<int>? schemaCreated = null)
    {
        var schemaStatements = 0;
        if (schemaCreated is not null)
        {
            try
            {
                schemaStatements = await schemaCreated;
            }
            catch (Neo4jException)
            {
                // Already reported when it failed, while the articles were being extracted.
                Log.Error("The graph was not loaded into {Target}", settings);
                return ExitCodes.InputFailed;
            }
        }

        using var client = Neo4jConnectionOptions.CreateClient(settings);
        Log.Information("Loading {Articles} articles, {Nodes} nodes and {Edges} edges into {Target}", graph.Articles.Count, graph.Nodes.Count, graph.Edges.Count, settings);
        var lastStep = string.Empty;
        var progress = new SynchronousProgress<LoadProgress>(p =>
        {
            if (p.Step != lastStep)
            {
                lastStep = p.Step;
                Log.Information("{Step}…", p.Step);
            }

            Log.Debug("batch {Done}/{Total} ({Step})", p.BatchesDone, p.BatchesTotal, p.Step);
        });
        var summary = await new GraphLoader(client).LoadAsync(graph, new LoadOptions { BatchSize = batchSize, CreateSchema = schemaCreated is null }, progress, cancellationToken);
        summary = summary with { SchemaStatements = summary.SchemaStatements + schemaStatements };
        Report(summary);
        return summary.Succeeded ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    /// <summary>Describes a load summary in a few lines (what was loaded, what the server created, the error).</summary>
    public static IReadOnlyList<string> Describe(LoadSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lines = new List<string>();
        if (summary.ArticlesSkipped.Count > 0)
        {
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.ArticlesSkipped.Count} articles already in the database, skipped: {string.Join(", ", summary.ArticlesSkipped.Take(10))}{(summary.ArticlesSkipped.Count > 10 ? ", …" : string.Empty)}"));
        }

        var s = summary.Stats;
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{(summary.Succeeded ? "loaded" : "partly loaded")}: {summary.ArticlesLoaded} new articles; nodes {summary.NodesSent} sent, {s.NodesCreated} created; " +
            $"relationships {summary.RelationshipsSent} sent, {summary.RelationshipsMerged} merged, {s.RelationshipsCreated} created; " +
            $"{summary.EvidenceAdded} evidence items added; {s.PropertiesSet} properties set"));
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"batches: {summary.BatchesSucceeded} committed, {summary.BatchesFailed} failed, {summary.BatchesNotRun} not run; " +
            $"{summary.SchemaStatements} schema statements; {summary.Elapsed.TotalSeconds:0.0} s, {summary.RelationshipsPerSecond:0} relationships/s"));
        if (summary.Error is { } error)
        {
            var attempts = error.Attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" (after {error.Attempts} attempts)") : string.Empty;
            lines.Add($"failed at {summary.FailedStep}: {error.Message}{attempts}");
        }

        return lines;
    }

    /// <summary>Reads a graph.json; logs and returns null when it cannot.</summary>
    public static async Task<GraphDocument?> ReadGraphAsync(FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = file.OpenRead();
            return await JsonSerializer.DeserializeAsync<GraphDocument>(stream, GraphJsonWriter.Options, cancellationToken)
                ?? throw new JsonException("the file holds no graph.");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Log.Error("cannot read {File}: {Message}", file.FullName, e.Message);
            return null;
        }
    }

    private static void Report(LoadSummary summary)
    {
        foreach (var warning in summary.Warnings.Take(20))
        {
            Log.Warning("{Warning}", warning);
        }

        if (summary.Warnings.Count > 20)
        {
            Log.Warning("… and {Count} more warnings", summary.Warnings.Count - 20);
        }

        if (summary.Error is { } error && summary.BatchesSucceeded == 0 && summary.SchemaStatements == 0)
        {
            // Nothing happened: the one line that says why is the whole story.
            Log.Error("{Error}", error.Message);
            return;
        }

        var lines = Describe(summary);
        for (var i = 0; i < lines.Count; i++)
        {
            if (summary.Error is not null && i == lines.Count - 1)
            {
                Log.Error("{Line}", lines[i]);
            }
            else
            {
                Log.Information("{Line}", lines[i]);
            }
        }
    }
}
