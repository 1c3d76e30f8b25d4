using System.Diagnostics;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>Loads a <see cref="GraphDocument"/> into Neo4j: schema first, then nodes, relationships and articles in batches.</summary>
/// <remarks>
/// Every batch is one statement in one transaction, with data only in parameters, so a failed batch leaves nothing
/// behind. Loading is idempotent (everything is merged on ids, evidence on its key <c>article#sentence#start</c>) and
/// incremental: articles already loaded are reported and left out, so only new evidence is added.
/// </remarks>
public sealed class GraphLoader
{
    // Ids are small: one request checks this many articles whatever the batch size.
    private const int IdsPerCheck = 5000;

    private readonly ICypherRunner _runner;

    /// <summary>Creates a loader that sends its statements through <paramref name="runner"/>.</summary>
    public GraphLoader(ICypherRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
    }

    /// <summary>Loads a graph; stops at the first failure and reports it in the summary instead of throwing.</summary>
    /// <param name="graph">The graph to load.</param>
    /// <param name="options">Batch size and what to do first; <see cref="LoadOptions.Default"/> when null.</param>
    /// <param name="progress">Told after each batch; may be null.</param>
    /// <param name="cancellationToken">Stops the load between or during batches (the batch in flight is rolled back).</param>
    /// <returns>What was sent and created, and the error that stopped the load, if any.</returns>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public async Task<LoadSummary> LoadAsync(
        GraphDocument graph,
        LoadOptions? options = null,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LoadOptions.Default;
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "The batch size must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var schemaStatements = 0;
        var step = "schema";
        try
        {
            if (options.CreateSchema)
            {
                schemaStatements = await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
            }

            step = "check loaded articles";
            var skipped = options.SkipLoadedArticles
                ? await FindLoadedArticlesAsync(graph, cancellationToken).ConfigureAwait(false)
                : [];
            var plan = LoadPlan.Create(graph, skipped.ToHashSet(StringComparer.Ordinal));
            return await RunPlanAsync(plan, skipped, schemaStatements, options.BatchSize, progress, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            return new LoadSummary
            {
                SchemaStatements = schemaStatements,
                FailedStep = step,
                Error = e,
                Elapsed = clock.Elapsed,
            };
        }
    }

    /// <summary>Creates the constraints and indexes, each statement in its own transaction, and waits for the indexes to come online.</summary>
    /// <param name="cancellationToken">Stops between statements.</param>
    /// <returns>The number of statements run.</returns>
    /// <exception cref="Neo4jException">The server could not be reached or refused a statement.</exception>
    /// <remarks>Schema changes and writes cannot share a transaction; <c>graph build</c> runs this while it extracts.</remarks>
    public async Task<int> CreateSchemaAsync(CancellationToken cancellationToken = default)
    {
        var statements = 0;
        foreach (var statement in Neo4jSchema.Statements.Append(Neo4jSchema.AwaitIndexesStatement))
        {
            await _runner.RunAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
            statements++;
        }

        return statements;
    }

    private async Task<List<string>> FindLoadedArticlesAsync(GraphDocument graph, CancellationToken cancellationToken)
    {
        var loaded = new List<string>();
        foreach (var chunk in graph.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Chunk(IdsPerCheck))
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = chunk };
            var result = await _runner.RunAsync(LoadStatements.LoadedArticles, parameters, cancellationToken).ConfigureAwait(false);
            loaded.AddRange(result.Rows.Select(r => r[0] as string).OfType<string>());
        }

        loaded.Sort(StringComparer.Ordinal);
        return loaded;
    }

    private async Task<LoadSummary> RunPlanAsync(
        LoadPlan plan,
        List<string> skipped,
        int schemaStatements,
        int batchSize,
        IProgress<LoadProgress>? progress,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        var batches = plan.Steps.SelectMany(s => s.Rows.Chunk(batchSize).Select(rows => (Step: s, Rows: rows))).ToList();
        var stats = CypherStats.None;
        int nodesSent = 0, relationshipsSent = 0, relationshipsMerged = 0, done = 0;
        long evidenceAdded = 0;
        var articles = plan.Steps.Where(s => s.Kind == LoadStepKind.Completion).Sum(s => s.Rows.Count);
        var warnings = plan.Warnings.ToList();
        foreach (var (step, rows) in batches)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows };
            CypherResult result;
            try
            {
                result = await _runner.RunAsync(step.Cypher, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e)
            {
                return Summary() with
                {
                    ArticlesLoaded = 0,
                    BatchesFailed = 1,
                    BatchesNotRun = batches.Count - done - 1,
                    FailedStep = step.Name,
                    Error = e,
                };
            }

            done++;
            stats += result.Stats;
            var merged = result.Rows.Count > 0 ? ToInt(result.Value(0, "merged")) : 0;
            switch (step.Kind)
            {
                case LoadStepKind.Nodes:
                    nodesSent += rows.Length;
                    break;
                case LoadStepKind.Relationships or LoadStepKind.ArticleLinks:
                    relationshipsSent += rows.Length;
                    relationshipsMerged += (int)merged;
                    if (merged < rows.Length)
                    {
                        warnings.Add($"{step.Name}: {rows.Length - merged} of {rows.Length} rows found no node to attach to");
                    }

                    if (step.Kind == LoadStepKind.Relationships && result.Columns.Contains("evidenceAdded"))
                    {
                        evidenceAdded += ToInt(result.Value(0, "evidenceAdded"));
                    }

                    break;
            }

            progress?.Report(new LoadProgress(step.Name, done, batches.Count));
        }

        return Summary();

        LoadSummary Summary() => new()
        {
            ArticlesLoaded = articles,
            ArticlesSkipped = skipped,
            NodesSent = nodesSent,
            RelationshipsSent = relationshipsSent,
            RelationshipsMerged = relationshipsMerged,
            EvidenceAdded = evidenceAdded,
            Stats = stats,
            SchemaStatements = schemaStatements,
            BatchesSucceeded = done,
            Warnings = warnings,
            Elapsed = clock.Elapsed,
        };
    }

    private static long ToInt(object? value) => value switch
    {
        long l => l,
        double d => (long)d,
        _ => 0,
    };
}
