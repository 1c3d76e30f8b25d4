using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class GraphLoaderTests
{
    private static readonly SampleGraphs Samples = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_schema_runs_first_each_statement_in_a_transaction_of_its_own()
    {
        var runner = new RecordingCypherRunner();

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), cancellationToken: Token);

        var schema = Neo4jSchema.Statements.Append(Neo4jSchema.AwaitIndexesStatement).ToList();
        Assert.Equal(schema, runner.Requests.Take(schema.Count).Select(r => Assert.Single(r).Text));
        Assert.DoesNotContain(runner.Requests.Skip(schema.Count).SelectMany(r => r), s => s.Text.StartsWith("CREATE", StringComparison.Ordinal));
        Assert.Equal(schema.Count, summary.SchemaStatements);
    }

    [Fact]
    public async Task Every_batch_is_one_statement_in_one_request_with_rows_as_its_only_parameter()
    {
        var runner = new RecordingCypherRunner();

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), new LoadOptions { BatchSize = 2 }, cancellationToken: Token);

        var dataRequests = runner.Requests.Where(r => r.Any(s => s.Parameters.ContainsKey("rows"))).ToList();
        Assert.All(dataRequests, request =>
        {
            var statement = Assert.Single(request);
            Assert.Equal(["rows"], statement.Parameters.Keys);
            Assert.InRange(RecordingCypherRunner.Rows(statement).Count, 1, 2);
            Assert.Equal(new[] { "rows" }, CypherQueryFile.FindParameters(statement.Text));
        });
        Assert.Equal(dataRequests.Count, summary.BatchesSucceeded);
        Assert.Equal(2, dataRequests.Count(r => r[0].Text.Contains("MERGE (n:Person", StringComparison.Ordinal)));
        Assert.True(summary.Succeeded);
    }

    [Fact]
    public async Task The_summary_adds_up_what_was_sent_and_what_the_server_counted()
    {
        var graph = Samples.FirstSet();
        var runner = new RecordingCypherRunner();

        var summary = await new GraphLoader(runner).LoadAsync(graph, cancellationToken: Token);

        Assert.Equal(3, summary.ArticlesLoaded);
        Assert.Equal(graph.Nodes.Count + graph.Articles.Count, summary.NodesSent);
        Assert.Equal(graph.Nodes.Count + graph.Articles.Count, summary.Stats.NodesCreated);
        var links = runner.DataStatements.Where(s => s.Text.Contains("MENTIONS", StringComparison.Ordinal) || s.Text.Contains("REPORTED", StringComparison.Ordinal)).Sum(s => RecordingCypherRunner.Rows(s).Count);
        Assert.Equal(graph.Edges.Count + links, summary.RelationshipsSent);
        Assert.Equal(summary.RelationshipsSent, summary.RelationshipsMerged);
        Assert.Equal(graph.Edges.Sum(e => e.Evidence.Count), summary.EvidenceAdded);
        Assert.Empty(summary.Warnings);
        Assert.Equal(0, summary.BatchesFailed);
    }

    [Fact]
    public async Task Articles_are_written_after_the_relationships_and_marked_complete_last()
    {
        var runner = new RecordingCypherRunner();

        await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), cancellationToken: Token);

        var texts = runner.DataStatements.Select(s => s.Text).ToList();
        var lastEdge = texts.FindLastIndex(t => t.Contains("evidenceAdded", StringComparison.Ordinal));
        var articles = texts.FindIndex(t => t.Contains("MERGE (a:Article", StringComparison.Ordinal));
        var mentions = texts.FindIndex(t => t.Contains("[m:MENTIONS]", StringComparison.Ordinal));
        Assert.True(lastEdge < articles && articles < mentions, string.Join("\n---\n", texts));
        Assert.Contains("SET a.loadedAt = datetime()", texts[^1], StringComparison.Ordinal);
        Assert.Equal(["article:000", "article:001", "article:004"], RecordingCypherRunner.Rows(runner.DataStatements.Last()).Select(r => r["id"]));
    }

    [Fact]
    public async Task Articles_already_loaded_are_reported_and_their_evidence_is_not_sent_again()
    {
        var runner = new RecordingCypherRunner();
        runner.LoadedArticles.Add("article:001");

        var summary = await new GraphLoader(runner).LoadAsync(Samples.SecondSet(), cancellationToken: Token);

        Assert.Equal(["article:001"], summary.ArticlesSkipped);
        Assert.Equal(2, summary.ArticlesLoaded);
        var ids = Assert.Single(runner.Statements, s => s.Parameters.ContainsKey("ids")).Parameters["ids"];
        Assert.Equal(["article:001", "article:002", "article:003"], (IEnumerable<string>)ids!);
        var evidence = runner.DataStatements.SelectMany(RecordingCypherRunner.Rows)
            .Where(r => r.ContainsKey("evidence"))
            .SelectMany(r => (IEnumerable<IReadOnlyDictionary<string, object?>>)r["evidence"]!)
            .ToList();
        Assert.DoesNotContain(evidence, e => (string?)e["article"] == "article:001");
        Assert.Contains(evidence, e => (string?)e["key"] == "article:003#2#250");
        var edgeIds = runner.DataStatements.SelectMany(RecordingCypherRunner.Rows).Where(r => r.ContainsKey("evidence")).Select(r => (string)r["id"]!).ToList();
        Assert.DoesNotContain("participated_in:person:alexander-lavrentiev->meeting:001", edgeIds);
        Assert.Contains("held_in:meeting:002->place:tehran", edgeIds);
        var nodeIds = runner.DataStatements.Where(s => s.Text.Contains("MERGE (n:", StringComparison.Ordinal)).SelectMany(RecordingCypherRunner.Rows).Select(r => r["id"]).ToList();
        Assert.DoesNotContain("person:alexander-lavrentiev", nodeIds);
        Assert.Contains("person:ali-shamkhani", nodeIds);
        Assert.DoesNotContain(runner.DataStatements.SelectMany(RecordingCypherRunner.Rows), r => (r.GetValueOrDefault("article") ?? r.GetValueOrDefault("id")) as string == "article:001");
    }

    [Fact]
    public async Task A_graph_whose_articles_are_all_loaded_sends_only_what_has_no_evidence()
    {
        var graph = Samples.FirstSet();
        var runner = new RecordingCypherRunner();
        runner.LoadedArticles.UnionWith(graph.Articles.Select(a => a.Id));

        var summary = await new GraphLoader(runner).LoadAsync(graph, cancellationToken: Token);

        Assert.Equal(3, summary.ArticlesSkipped.Count);
        Assert.Equal(0, summary.ArticlesLoaded);
        var rows = runner.DataStatements.SelectMany(RecordingCypherRunner.Rows).ToList();
        Assert.All(rows, r => Assert.True(
            r["id"] is string id && (id.StartsWith("meeting:", StringComparison.Ordinal) || id.StartsWith("held_in:", StringComparison.Ordinal)),
            $"unexpected row {r["id"]}"));
        Assert.Equal(0, summary.EvidenceAdded);
    }

    [Fact]
    public async Task Reloading_everything_is_possible_when_skipping_is_off()
    {
        var runner = new RecordingCypherRunner();
        runner.LoadedArticles.Add("article:000");

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), new LoadOptions { SkipLoadedArticles = false, CreateSchema = false }, cancellationToken: Token);

        Assert.Empty(summary.ArticlesSkipped);
        Assert.DoesNotContain(runner.Statements, s => s.Parameters.ContainsKey("ids"));
        Assert.DoesNotContain(runner.Statements, s => s.Text.StartsWith("CREATE", StringComparison.Ordinal));
        Assert.Equal(3, summary.ArticlesLoaded);
    }

    [Fact]
    public async Task A_failed_batch_stops_the_load_and_the_summary_says_what_was_committed()
    {
        var runner = new RecordingCypherRunner();
        var schemaAndCheck = Neo4jSchema.Statements.Count + 2;
        runner.Failure = (schemaAndCheck + 2, new Neo4jStatementException("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), new LoadOptions { BatchSize = 1 }, cancellationToken: Token);

        var total = LoadPlanTotalBatches(Samples.FirstSet(), 1);
        Assert.False(summary.Succeeded);
        Assert.Equal(2, summary.BatchesSucceeded);
        Assert.Equal(1, summary.BatchesFailed);
        Assert.Equal(total - 3, summary.BatchesNotRun);
        Assert.Equal("Person nodes", summary.FailedStep);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", summary.Error!.Code);
        Assert.Equal(schemaAndCheck + 3, runner.Requests.Count);
        Assert.Equal(2, summary.Stats.NodesCreated);
        Assert.Equal(0, summary.ArticlesLoaded);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_without_throwing()
    {
        var runner = new RecordingCypherRunner { Failure = (0, new Neo4jUnavailableException("cannot connect to Neo4j at http://localhost:7474: connection refused.", false)) };

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), cancellationToken: Token);

        Assert.IsType<Neo4jUnavailableException>(summary.Error);
        Assert.Equal("schema", summary.FailedStep);
        Assert.Equal(0, summary.SchemaStatements);
        Assert.Single(runner.Requests);
    }

    [Fact]
    public async Task Rows_that_find_no_node_are_reported()
    {
        var runner = new RecordingCypherRunner { Merged = rows => rows - 1 };

        var summary = await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), new LoadOptions { CreateSchema = false }, cancellationToken: Token);

        Assert.True(summary.RelationshipsMerged < summary.RelationshipsSent);
        Assert.Contains(summary.Warnings, w => w.StartsWith("MET_WITH Person→Person: 1 of 2 rows found no node", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_is_reported_after_every_batch()
    {
        var runner = new RecordingCypherRunner();
        var reports = new List<LoadProgress>();

        await new GraphLoader(runner).LoadAsync(Samples.FirstSet(), new LoadOptions { BatchSize = 3 }, new SynchronousProgress(reports.Add), Token);

        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.BatchesDone));
        Assert.All(reports, r => Assert.Equal(reports.Count, r.BatchesTotal));
        Assert.Equal("complete articles", reports[^1].Step);
    }

    [Fact]
    public async Task A_batch_size_below_one_is_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new GraphLoader(new RecordingCypherRunner()).LoadAsync(Samples.FirstSet(), new LoadOptions { BatchSize = 0 }, cancellationToken: Token));

    private static int LoadPlanTotalBatches(GraphDocument graph, int batchSize) =>
        LoadPlan.Create(graph).Steps.Sum(s => (s.Rows.Count + batchSize - 1) / batchSize);

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
