using System.Net;
using System.Text;
using System.Text.Json;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class Neo4jHttpClientTests
{
    private const string Secret = "s3cret-pa55";

    private static readonly Neo4jClientOptions FastRetries = new()
    {
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(30),
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Neo4jHttpClient Client(LoopbackHttpServer server, string database = "neo4j", string? password = Secret, Neo4jClientOptions? options = null) =>
        new(new Neo4jConnectionSettings(server.Uri, database, "neo4j", password), options ?? FastRetries);

    private static RecordedResponse Json(int status, string body) =>
        new(status, [("Content-Type", "application/json")], Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task A_committed_statement_returns_its_columns_and_rows()
    {
        await using var server = LoopbackHttpServer.Replaying("02-tx-commit-ok.txt");
        using var client = Client(server);

        var result = await client.RunAsync("RETURN 1 AS x", cancellationToken: Token);

        Assert.Equal(["x"], result.Columns);
        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
        Assert.False(result.Stats.ContainsUpdates);
    }

    [Fact]
    public async Task The_request_posts_every_statement_with_parameters_and_basic_auth_to_the_commit_endpoint()
    {
        await using var server = LoopbackHttpServer.Replaying("02-tx-commit-ok.txt");
        using var client = Client(server);

        await client.RunAsync(
            [
                new CypherStatement("RETURN $name AS name", new Dictionary<string, object?> { ["name"] = "علی شمخانی", ["n"] = 42L, ["rows"] = new[] { new Dictionary<string, object?> { ["id"] = "x" } } }),
                new CypherStatement("RETURN 2"),
            ],
            Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/tx/commit", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Secret)), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        var statements = body.RootElement.GetProperty("statements");
        Assert.Equal(2, statements.GetArrayLength());
        Assert.Equal("RETURN $name AS name", statements[0].GetProperty("statement").GetString());
        Assert.Equal("علی شمخانی", statements[0].GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal(42, statements[0].GetProperty("parameters").GetProperty("n").GetInt64());
        Assert.Equal("x", statements[0].GetProperty("parameters").GetProperty("rows")[0].GetProperty("id").GetString());
        Assert.True(statements[0].GetProperty("includeStats").GetBoolean());
        Assert.Contains("علی شمخانی", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_double_is_sent_as_a_float_so_that_Neo4j_keeps_lists_of_one_type()
    {
        await using var server = LoopbackHttpServer.Replaying("02-tx-commit-ok.txt");
        using var client = Client(server);

        await client.RunAsync("RETURN $c", new Dictionary<string, object?> { ["c"] = new[] { 1.0, 0.8, 1e20 } }, Token);

        Assert.Contains("\"c\":[1.0,0.8,1E+20]", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_name_goes_into_the_path_escaped()
    {
        await using var server = LoopbackHttpServer.Replaying("02-tx-commit-ok.txt");
        using var client = Client(server, database: "news graph");

        await client.RunAsync("RETURN 1 AS x", cancellationToken: Token);

        Assert.Equal("/db/news%20graph/tx/commit", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task A_syntax_error_in_a_200_answer_throws_the_server_code_and_message()
    {
        await using var server = LoopbackHttpServer.Replaying("04-tx-commit-bad-cypher.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("RETURN 1 AS", cancellationToken: Token));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError: Invalid input ''", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_runtime_error_throws_even_though_the_result_started()
    {
        await using var server = LoopbackHttpServer.Replaying("08-runtime-error-div-zero.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("RETURN 1/0 AS boom", cancellationToken: Token));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal("/ by zero", error.ServerMessage);
    }

    [Fact]
    public async Task A_wrong_password_says_authentication_failed_for_the_user_without_the_password()
    {
        await using var server = LoopbackHttpServer.Replaying("05-tx-commit-wrong-password.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.StartsWith("authentication failed for user neo4j at " + server.Uri.AbsoluteUri.TrimEnd('/'), error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid username or password.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Equal("neo4j", error.User);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task No_password_sends_no_credentials_and_the_401_says_to_set_NEO4J_PASSWORD()
    {
        await using var server = LoopbackHttpServer.Replaying("09-no-auth-header.txt");
        using var client = Client(server, password: null);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Null(Assert.Single(server.Requests).Authorization);
        Assert.Contains("No authentication header supplied.", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_database_is_named_in_the_error()
    {
        await using var server = LoopbackHttpServer.Replaying("10-unknown-database.txt");
        using var client = Client(server, database: "nosuchdb");

        var error = await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Equal("nosuchdb", error.Database);
        Assert.StartsWith("database 'nosuchdb' does not exist on ", error.Message, StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
    }

    [Fact]
    public async Task A_constraint_violation_is_not_retried()
    {
        await using var server = LoopbackHttpServer.Replaying("19-constraint-violation.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("CREATE (p:Person {id: $id})", new Dictionary<string, object?> { ["id"] = "person:ali-shamkhani" }, Token));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("person:ali-shamkhani", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task When_the_second_of_two_statements_fails_the_whole_request_fails()
    {
        await using var server = LoopbackHttpServer.Replaying("11-two-statements-second-fails.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync([new CypherStatement("RETURN 1 AS a"), new CypherStatement("RETURN x")], Token));

        Assert.Contains("Variable `x` not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixing_schema_changes_and_writes_reports_the_transaction_type_error()
    {
        await using var server = LoopbackHttpServer.Replaying("23-cleanup.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n"), new CypherStatement("DROP CONSTRAINT person_id")], Token));

        Assert.Equal("Neo.ClientError.Transaction.ForbiddenDueToTransactionType", error.Code);
    }

    [Fact]
    public async Task Statistics_of_a_write_are_read()
    {
        await using var server = LoopbackHttpServer.Replaying("18-unwind-merge-stats.txt");
        using var client = Client(server);

        var result = await client.RunAsync("UNWIND $rows AS row MERGE (p:Person {id: row.id}) SET p.name = row.name RETURN count(*) AS n", cancellationToken: Token);

        Assert.Equal(2L, result.Value(0, "n"));
        Assert.Equal(2, result.Stats.NodesCreated);
        Assert.Equal(4, result.Stats.PropertiesSet);
        Assert.Equal(2, result.Stats.LabelsAdded);
        Assert.Equal(0, result.Stats.RelationshipsCreated);
        Assert.True(result.Stats.ContainsUpdates);
    }

    [Fact]
    public async Task Persian_text_comes_back_unchanged()
    {
        await using var server = LoopbackHttpServer.Replaying("22-read-back-persian.txt");
        using var client = Client(server);

        var result = await client.RunAsync("MATCH (p:Person) RETURN p.id, p.name ORDER BY p.id", cancellationToken: Token);

        Assert.Equal(["p.id", "p.name"], result.Columns);
        Assert.Equal("علی شمخانی", result.Rows[0][1]);
        Assert.Equal("ولادیمیر پوتین", result.Rows[1][1]);
    }

    [Fact]
    public async Task A_full_text_hit_has_its_score_as_a_double()
    {
        await using var server = LoopbackHttpServer.Replaying("21-fulltext-query.txt");
        using var client = Client(server);

        var result = await client.RunAsync("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score RETURN node.id AS id, node.name AS name, score", new Dictionary<string, object?> { ["q"] = "شمخانی" }, Token);

        Assert.Equal("person:ali-shamkhani", result.Value(0, "id"));
        Assert.Equal("علی شمخانی", result.Value(0, "name"));
        Assert.Equal(0.3150668740272522, Assert.IsType<double>(result.Value(0, "score")));
    }

    [Fact]
    public async Task Nodes_come_back_as_property_maps_and_lists_as_lists()
    {
        await using var server = LoopbackHttpServer.Replaying("07-create-node-with-params.txt", "06-dbms-components.txt", "16-analyzers.txt");
        using var client = Client(server);

        var node = await client.RunAsync("CREATE (n {name:$name, n:$n}) RETURN n, id(n) AS id", cancellationToken: Token);
        var components = await client.RunAsync("CALL dbms.components()", cancellationToken: Token);
        var analyzers = await client.RunAsync("CALL db.index.fulltext.listAvailableAnalyzers()", cancellationToken: Token);

        var properties = Assert.IsType<Dictionary<string, object?>>(node.Value(0, "n"));
        Assert.Equal("a", properties["name"]);
        Assert.Equal(42L, properties["n"]);
        Assert.Equal(["5.3.0"], Assert.IsType<List<object?>>(components.Value(0, "versions")));
        Assert.Contains("persian", analyzers.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Schema_statements_answer_with_an_empty_result()
    {
        await using var server = LoopbackHttpServer.Replaying("17-create-constraint.txt", "20-fulltext-persian.txt", "14-cleanup.txt");
        using var client = Client(server);

        foreach (var statement in new[] { "CREATE CONSTRAINT …", "CREATE FULLTEXT INDEX …", "MATCH (n) DETACH DELETE n" })
        {
            var result = await client.RunAsync(statement, cancellationToken: Token);
            Assert.Empty(result.Columns);
            Assert.Empty(result.Rows);
        }
    }

    [Fact]
    public async Task An_expired_transaction_reports_its_code()
    {
        await using var server = LoopbackHttpServer.Replaying("15-commit-after-5s-idle.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", error.Code);
    }

    [Fact]
    public async Task A_404_without_a_Neo4j_body_asks_whether_the_address_is_Neo4j_HTTP()
    {
        await using var server = LoopbackHttpServer.Replaying("03-query-v2.txt");
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("Neo4j 4.4 or 5.x", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Connection_refused_names_the_address_and_suggests_docker_compose()
    {
        var uri = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}");
        using var client = new Neo4jHttpClient(new Neo4jConnectionSettings(uri, "neo4j", "neo4j", Secret), FastRetries);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Equal($"cannot connect to Neo4j at {uri.AbsoluteUri.TrimEnd('/')}: connection refused. Is it running? Start it with `docker compose up -d`.", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_after_the_retries()
    {
        LoopbackHttpServer? server = null;
        server = LoopbackHttpServer.Start(async _ =>
        {
            await Task.Delay(Timeout.Infinite, server!.Stopping);
            return Json(200, "{}");
        });
        await using (server)
        {
            using var client = Client(server, options: FastRetries with { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

            var error = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

            Assert.Equal(2, error.Attempts);
            Assert.True(error.IsTransient);
            Assert.Contains("did not answer within 0.3 s", error.Message, StringComparison.Ordinal);
            Assert.Equal(2, server.Requests.Count);
        }
    }

    [Fact]
    public async Task A_transient_error_is_retried_until_it_succeeds()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult(
            Interlocked.Increment(ref calls) <= 2
                ? Json(200, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient can't acquire lock"}]}""")
                : RecordedResponse.Load("02-tx-commit-ok.txt")));
        var retries = new List<int>();
        using var client = Client(server, options: FastRetries with { OnRetry = (attempt, _, failure) => retries.Add(attempt) });

        var result = await client.RunAsync("RETURN 1 AS x", cancellationToken: Token);

        Assert.Equal(1L, result.Value(0, "x"));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([1, 2], retries);
    }

    [Fact]
    public async Task A_transient_error_is_given_up_after_the_configured_retries()
    {
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult(
            Json(200, """{"results":[],"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"Database is busy"}]}""")));
        using var client = Client(server, options: FastRetries with { MaxRetries = 3 });

        var error = await Assert.ThrowsAsync<Neo4jStatementException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.True(error.IsTransient);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task An_HTTP_503_is_retried()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(_ => Task.FromResult(
            Interlocked.Increment(ref calls) == 1 ? new RecordedResponse(503, [], []) : RecordedResponse.Load("02-tx-commit-ok.txt")));
        using var client = Client(server);

        var result = await client.RunAsync("RETURN 1 AS x", cancellationToken: Token);

        Assert.Single(result.Rows);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_is_not_reported_as_a_timeout()
    {
        LoopbackHttpServer? server = null;
        server = LoopbackHttpServer.Start(async _ =>
        {
            await Task.Delay(Timeout.Infinite, server!.Stopping);
            return Json(200, "{}");
        });
        await using (server)
        {
            using var client = Client(server);
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", cancellationToken: cancel.Token));
        }
    }

    [Fact]
    public async Task A_body_that_is_not_a_Neo4j_answer_is_reported_with_its_status()
    {
        using var handler = new StubHandler(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>proxy</html>", Encoding.UTF8, "text/html") });
        using var client = new Neo4jHttpClient(new Neo4jConnectionSettings(new Uri("http://neo4j.example:7474"), "neo4j", "neo4j", Secret), FastRetries, handler);

        var error = await Assert.ThrowsAsync<Neo4jServerException>(() => client.RunAsync("RETURN 1", cancellationToken: Token));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("not a Neo4j answer", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri("http://neo4j.example:7474/db/neo4j/tx/commit"), handler.LastRequestUri);
    }

    [Fact]
    public void Settings_never_show_the_password()
    {
        var settings = new Neo4jConnectionSettings(new Uri("http://localhost:7474"), "neo4j", "neo4j", Secret);

        Assert.DoesNotContain(Secret, settings.ToString(), StringComparison.Ordinal);
        Assert.Equal("neo4j@http://localhost:7474 (database neo4j)", settings.ToString());
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "http://localhost:7474")]
    [InlineData("neo4j://db.example", "http://db.example:7474")]
    public void A_Bolt_address_is_refused_with_the_HTTP_address_to_use(string bolt, string http)
    {
        var error = Assert.Throws<FormatException>(() => Neo4jConnectionSettings.ParseUri(bolt));

        Assert.Contains("use " + http, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_HTTP_address_with_a_path_prefix_keeps_it_in_the_endpoint()
    {
        var settings = new Neo4jConnectionSettings(Neo4jConnectionSettings.ParseUri("https://proxy.example/neo4j/"), "neo4j", "neo4j", null);

        Assert.Equal(new Uri("https://proxy.example/neo4j/db/neo4j/tx/commit"), settings.CommitEndpoint);
    }

    private sealed class StubHandler(HttpResponseMessage response) : HttpMessageHandler
    {
        public Uri? LastRequestUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastRequestUri = request.RequestUri;
            return Task.FromResult(response);
        }

        protected override void Dispose(bool disposing)
        {
            response.Dispose();
            base.Dispose(disposing);
        }
    }
}
