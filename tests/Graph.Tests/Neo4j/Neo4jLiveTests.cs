using System.Diagnostics;
using Graph.Model;
using Graph.Neo4j;
using Graph.Output;

namespace Graph.Tests.Neo4j;

/// <summary>Tests against a real Neo4j server; skipped unless NEO4J_URI is set (see <see cref="LiveNeo4j"/>).</summary>
public sealed class Neo4jLiveTests
{
    [Fact]
    public async Task The_first_set_loads_with_one_node_per_entity_and_one_relationship_per_edge()
    {
        await using var neo4j = LiveNeo4j.Connect();
        var graph = neo4j.Samples.FirstSet();

        var summary = await neo4j.LoadAsync(graph);

        Assert.True(summary.Succeeded, summary.Error?.Message);
        Assert.Empty(summary.Warnings);
        var counts = await neo4j.CountAllAsync();
        foreach (var label in NodeLabel.All.Where(l => l != NodeLabel.Article))
        {
            Assert.Equal(graph.Nodes.Count(n => n.Label == label), counts[label]);
        }

        Assert.Equal(graph.Articles.Count, counts[NodeLabel.Article]);
        foreach (var type in EdgeType.All.Where(t => t is not EdgeType.Mentions and not EdgeType.Reported))
        {
            Assert.Equal(graph.Edges.Count(e => e.Type == type), counts[type]);
        }

        Assert.Equal(ExpectedMentions(graph), counts[EdgeType.Mentions]);
        Assert.Equal(ExpectedReported(graph), counts[EdgeType.Reported]);
        Assert.Equal(graph.Edges.Sum(e => e.Evidence.Count), counts["evidence"]);
        Assert.Equal(graph.Nodes.Count + graph.Articles.Count, summary.Stats.NodesCreated);
        Assert.Equal(counts.Where(c => EdgeType.All.Contains(c.Key)).Sum(c => c.Value), summary.Stats.RelationshipsCreated);
        Assert.Equal(counts["evidence"], summary.EvidenceAdded);

        var shamkhani = await neo4j.RunAsync(
            "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.nameEn AS nameEn, p.aliases AS aliases, p.aliasText AS aliasText",
            ("id", neo4j.Prefix + "person:ali-shamkhani"));
        Assert.Equal("علی شمخانی", shamkhani.Value(0, "name"));
        Assert.Equal("Ali Shamkhani", shamkhani.Value(0, "nameEn"));
        Assert.Equal(new List<object?> { "شمخانی", "دریابان شمخانی" }, shamkhani.Value(0, "aliases"));
        Assert.Equal("شمخانی | دریابان شمخانی", shamkhani.Value(0, "aliasText"));
        var loaded = await neo4j.RunAsync("MATCH (a:Article) WHERE a.id STARTS WITH $p AND a.loadedAt IS NOT NULL RETURN count(a) AS c", ("p", neo4j.Prefix));
        Assert.Equal(3L, loaded.Value(0, "c"));
    }

    [Fact]
    public async Task Loading_the_same_graph_again_changes_nothing()
    {
        await using var neo4j = LiveNeo4j.Connect();
        var graph = neo4j.Samples.FirstSet();
        await neo4j.LoadAsync(graph);
        var before = await neo4j.CountAllAsync();

        var again = await neo4j.LoadAsync(graph);
        var afterSkipping = await neo4j.CountAllAsync();
        var forced = await neo4j.LoadAsync(graph, new LoadOptions { SkipLoadedArticles = false });
        var afterForcing = await neo4j.CountAllAsync();

        Assert.True(again.Succeeded, again.Error?.Message);
        Assert.Equal(graph.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), again.ArticlesSkipped);
        Assert.Equal(0, again.Stats.NodesCreated);
        Assert.Equal(0, again.Stats.RelationshipsCreated);
        Assert.Equal(before, afterSkipping);
        Assert.True(forced.Succeeded, forced.Error?.Message);
        Assert.Equal(0, forced.Stats.NodesCreated);
        Assert.Equal(0, forced.Stats.RelationshipsCreated);
        Assert.Equal(0, forced.EvidenceAdded);
        Assert.Equal(before, afterForcing);
    }

    [Fact]
    public async Task A_second_set_merges_entities_and_adds_only_new_evidence()
    {
        await using var neo4j = LiveNeo4j.Connect();
        await neo4j.LoadAsync(neo4j.Samples.FirstSet());

        var second = await neo4j.LoadAsync(neo4j.Samples.SecondSet());

        Assert.True(second.Succeeded, second.Error?.Message);
        Assert.Equal([neo4j.Prefix + "article:001"], second.ArticlesSkipped);
        Assert.Equal(2, second.ArticlesLoaded);
        var counts = await neo4j.CountAllAsync();
        Assert.Equal(6, counts[NodeLabel.Person]);
        Assert.Equal(4, counts[NodeLabel.Country]);
        Assert.Equal(5, counts[NodeLabel.Meeting]);
        Assert.Equal(5, counts[NodeLabel.Article]);
        Assert.Equal(4, counts[EdgeType.MetWith]);
        Assert.Equal(3, counts[EdgeType.Condemned]);

        var evidence = await neo4j.RunAsync(
            "MATCH (s {id: $s})-[r]->(t {id: $t}) RETURN type(r) AS type, r.evidenceKeys AS keys, r.evidenceCount AS count, r.articleCount AS articles",
            ("s", neo4j.Prefix + "person:ali-shamkhani"),
            ("t", neo4j.Prefix + "country:us"));
        Assert.Equal(
            new List<object?> { neo4j.Prefix + "article:001#3#420", neo4j.Prefix + "article:003#2#250" },
            evidence.Value(0, "keys"));
        Assert.Equal(2L, evidence.Value(0, "articles"));
        var met = await neo4j.RunAsync(
            "MATCH (:Person {id: $a})-[r:MET_WITH]-(:Person {id: $b}) RETURN size(r.evidenceKeys) AS n",
            ("a", neo4j.Prefix + "person:alexander-lavrentiev"),
            ("b", neo4j.Prefix + "person:ali-shamkhani"));
        Assert.Equal(2L, Assert.Single(met.Rows)[0]);
        var aliases = await neo4j.RunAsync("MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases", ("id", neo4j.Prefix + "person:ali-shamkhani"));
        Assert.Equal(new List<object?> { "شمخانی", "دریابان شمخانی", "دریابان علی شمخانی" }, aliases.Value(0, "aliases"));
        Assert.Equal(7, second.EvidenceAdded);
        Assert.Equal(neo4j.Samples.FirstSet().Edges.Sum(e => e.Evidence.Count) + 7, await neo4j.CountEvidenceAsync());
    }

    [Fact]
    public async Task Every_query_file_answers_what_the_data_implies()
    {
        await using var neo4j = LiveNeo4j.Connect();
        await neo4j.LoadAsync(neo4j.Samples.FirstSet());
        await neo4j.LoadAsync(neo4j.Samples.SecondSet());
        await neo4j.RunAsync(Neo4jSchema.AwaitIndexesStatement);
        string Id(string id) => neo4j.Prefix + id;
        var ours = (object? id) => id is string s && s.StartsWith(neo4j.Prefix, StringComparison.Ordinal);

        var met = await neo4j.RunQueryFileAsync("who-met-whom.cypher", ("name", Id("person:ali-shamkhani")));
        Assert.Equal(
            new[] { "الکساندر لاورنتیف", "سرگئی شویگو", "نیکلای پاتروشف" }.Order(StringComparer.Ordinal),
            Enumerable.Range(0, met.Rows.Count).Select(i => (string)met.Value(i, "metWith")!).Order(StringComparer.Ordinal));
        var lavrentiev = Enumerable.Range(0, met.Rows.Count).Single(i => (string?)met.Value(i, "metWithId") == Id("person:alexander-lavrentiev"));
        Assert.Equal(2L, met.Value(lavrentiev, "times"));
        Assert.Contains("in_person", (List<object?>)met.Value(lavrentiev, "modes")!);
        Assert.Contains("تهران", (List<object?>)met.Value(lavrentiev, "places")!);
        Assert.Contains("2017-05-08", (List<object?>)met.Value(lavrentiev, "dates")!);
        var allPairs = await neo4j.RunQueryFileAsync("who-met-whom.cypher");
        Assert.Equal(4, Enumerable.Range(0, allPairs.Rows.Count).Count(i => ours(allPairs.Value(i, "personId"))));

        var condemned = await neo4j.RunQueryFileAsync("who-condemned-or-supported.cypher", ("name", Id("country:us")));
        Assert.Equal(
            new[] { "حسن روحانی", "علی شمخانی", "ولادیمیر پوتین" }.Order(StringComparer.Ordinal),
            Enumerable.Range(0, condemned.Rows.Count).Select(i => (string)condemned.Value(i, "speaker")!).Order(StringComparer.Ordinal));
        Assert.All(Enumerable.Range(0, condemned.Rows.Count), i => Assert.Equal("CONDEMNED", condemned.Value(i, "stance")));
        var supported = await neo4j.RunQueryFileAsync("who-condemned-or-supported.cypher", ("name", Id("country:ir")), ("type", "SUPPORTED"));
        Assert.Equal("الکساندر لاورنتیف", Assert.Single(supported.Rows)[1]);
        Assert.Equal(2L, supported.Value(0, "articles"));

        var timeline = await neo4j.RunQueryFileAsync("person-timeline.cypher", ("name", Id("person:ali-shamkhani")));
        var dates = Enumerable.Range(0, timeline.Rows.Count).Select(i => timeline.Value(i, "date") as string).ToList();
        Assert.Equal(4, Enumerable.Range(0, timeline.Rows.Count).Count(i => (string?)timeline.Value(i, "what") == NodeLabel.Meeting));
        Assert.Contains(Enumerable.Range(0, timeline.Rows.Count), i => (string?)timeline.Value(i, "what") == EdgeType.Condemned);
        Assert.True(dates.IndexOf("2016-01-20") < dates.IndexOf("2017-05-08"), string.Join(", ", dates));

        var why = await neo4j.RunQueryFileAsync("edge-evidence.cypher", ("from", Id("person:ali-shamkhani")), ("to", Id("person:alexander-lavrentiev")));
        Assert.Equal(2, why.Rows.Count);
        Assert.All(Enumerable.Range(0, why.Rows.Count), i => Assert.Equal(EdgeType.MetWith, why.Value(i, "relationship")));
        Assert.Equal(["خبر 000", "خبر 001"], Enumerable.Range(0, why.Rows.Count).Select(i => (string)why.Value(i, "title")!).Order(StringComparer.Ordinal));
        Assert.Contains("لاورنتیف با علی شمخانی دیدار و گفت وگو کرد.", Enumerable.Range(0, why.Rows.Count).Select(i => why.Value(i, "text")));

        var path = await neo4j.RunQueryFileAsync("shortest-path.cypher", ("from", Id("person:vladimir-putin")), ("to", Id("person:ali-shamkhani")));
        Assert.Equal(2L, path.Value(0, "hops"));
        Assert.StartsWith("ولادیمیر پوتین -[", (string)path.Value(0, "chain")!, StringComparison.Ordinal);

        var people = await neo4j.RunQueryFileAsync("most-connected-people.cypher", ("limit", 100000L));
        var shamkhani = Enumerable.Range(0, people.Rows.Count).Single(i => (string?)people.Value(i, "id") == Id("person:ali-shamkhani"));
        Assert.Equal(5L, people.Value(shamkhani, "connections"));
        Assert.Equal(3L, people.Value(shamkhani, "peopleMet"));
        Assert.Equal(4L, people.Value(shamkhani, "meetings"));
        Assert.Equal(4L, people.Value(shamkhani, "articles"));
        var oursInOrder = Enumerable.Range(0, people.Rows.Count).Where(i => ours(people.Value(i, "id"))).ToList();
        Assert.Equal(shamkhani, oursInOrder[0]);

        var pairs = await neo4j.RunQueryFileAsync("co-mentioned-without-edge.cypher", ("minArticles", 2L), ("limit", 100000L));
        var ourPairs = Enumerable.Range(0, pairs.Rows.Count)
            .Where(i => ours(pairs.Value(i, "entityId")))
            .ToDictionary(i => ((string)pairs.Value(i, "entityId")!)[neo4j.Prefix.Length..] + " " + ((string)pairs.Value(i, "otherId")!)[neo4j.Prefix.Length..], i => pairs.Value(i, "articles"));
        Assert.Equal(4L, ourPairs["country:ru country:sy"]);
        Assert.False(ourPairs.ContainsKey("person:alexander-lavrentiev person:ali-shamkhani"));

        foreach (var q in new[] { "شمخانی", "شمخاني", "Shamkhani" })
        {
            var hits = await neo4j.RunQueryFileAsync("search-name.cypher", ("q", q), ("limit", 100000L));
            Assert.Contains(Id("person:ali-shamkhani"), Enumerable.Range(0, hits.Rows.Count).Select(i => hits.Value(i, "id")));
        }

        var overview = await neo4j.RunQueryFileAsync("overview.cypher", ("limit", 100000L));
        Assert.Contains(overview.Rows, row => row[0] is Dictionary<string, object?> node && ours(node.GetValueOrDefault("id")));
    }

    [Fact]
    public async Task The_graph_cypher_script_loads_the_same_graph_as_the_loader()
    {
        await using var direct = LiveNeo4j.Connect();
        await using var scripted = LiveNeo4j.Connect();
        await direct.LoadAsync(direct.Samples.FirstSet());
        await direct.LoadAsync(direct.Samples.SecondSet());

        foreach (var graph in new[] { scripted.Samples.FirstSet(), scripted.Samples.SecondSet() })
        {
            foreach (var statement in CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(graph, batchSize: 7)))
            {
                await scripted.RunAsync(statement);
            }
        }

        Assert.Equal(await direct.CountAllAsync(), await scripted.CountAllAsync());
        var aliases = "MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.aliasText AS text";
        var a = await direct.RunAsync(aliases, ("id", direct.Prefix + "person:ali-shamkhani"));
        var b = await scripted.RunAsync(aliases, ("id", scripted.Prefix + "person:ali-shamkhani"));
        Assert.Equal(a.Rows, b.Rows);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(1000)]
    [InlineData(4000)]
    public async Task Loading_a_larger_graph_reports_its_speed(int batchSize)
    {
        await using var neo4j = LiveNeo4j.Connect();
        // 10,000 people and 50,000 relationships, each with evidence: enough for the speed to settle.
        var graph = SyntheticGraph(neo4j.Prefix, people: 10_000, edgesPerPerson: 5);
        var clock = Stopwatch.StartNew();

        var summary = await neo4j.LoadAsync(graph, new LoadOptions { BatchSize = batchSize });

        clock.Stop();
        Assert.True(summary.Succeeded, summary.Error?.Message);
        Assert.Equal(graph.Edges.Count, await neo4j.CountRelationshipsAsync(EdgeType.MetWith) + await neo4j.CountRelationshipsAsync(EdgeType.Supported));
        var line = $"Neo4j load speed with batches of {batchSize}: {graph.Nodes.Count} nodes and {graph.Edges.Count} edges " +
            $"({summary.RelationshipsMerged} relationships with article links) in {clock.Elapsed.TotalSeconds:0.0} s, {summary.RelationshipsPerSecond:0} relationships/s";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_database_and_bad_Cypher_are_reported()
    {
        await using var neo4j = LiveNeo4j.Connect();
        var settings = neo4j.Settings;

        using (var wrong = new Neo4jHttpClient(settings with { Password = (settings.Password ?? string.Empty) + "-wrong" }, new Neo4jClientOptions { MaxRetries = 0 }))
        {
            if (settings.Password is not null)
            {
                var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => wrong.RunAsync("RETURN 1", cancellationToken: TestContext.Current.CancellationToken));
                Assert.StartsWith($"authentication failed for user {settings.User}", error.Message, StringComparison.Ordinal);
            }
        }

        using (var missing = new Neo4jHttpClient(settings with { Database = "nosuchdb" + Guid.NewGuid().ToString("N")[..8] }))
        {
            await Assert.ThrowsAsync<Neo4jDatabaseNotFoundException>(() => missing.RunAsync("RETURN 1", cancellationToken: TestContext.Current.CancellationToken));
        }

        var syntax = await Assert.ThrowsAsync<Neo4jStatementException>(() => neo4j.RunAsync("RETURN 1 AS"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);
    }

    private static long ExpectedMentions(GraphDocument graph) =>
        graph.Nodes.Where(n => NodeLabel.Entities.Contains(n.Label)).Sum(n => n.Mentions.Select(m => m.Article).Distinct().Count());

    private static long ExpectedReported(GraphDocument graph)
    {
        var meetings = graph.Nodes.Where(n => n.Label is NodeLabel.Meeting or NodeLabel.Event).Select(n => n.Id).ToHashSet();
        return graph.Edges
            .SelectMany(e => new[] { e.Source, e.Target }.Where(meetings.Contains).SelectMany(id => e.Evidence.Select(ev => (id, ev.Article))))
            .Concat(graph.Nodes.Where(n => meetings.Contains(n.Id)).SelectMany(n => n.Mentions.Select(m => (n.Id, m.Article))))
            .Distinct()
            .Count();
    }

    private static GraphDocument SyntheticGraph(string prefix, int people, int edgesPerPerson)
    {
        var article = new ArticleRecord(prefix + "article:synthetic", "synthetic.txt", "خبر آزمایشی", ["آزمایش"], "2020-01-01");
        var nodes = Enumerable.Range(0, people)
            .Select(i => new GraphNode($"{prefix}person:{i}", NodeLabel.Person, $"شخص {i}") { Aliases = [$"نام دیگر {i}"], Mentions = [new Mention(article.Id, i, i + 5, $"شخص {i}")] })
            .ToList();
        var edges = new List<GraphEdge>();
        for (var i = 0; i < people; i++)
        {
            for (var k = 1; k <= edgesPerPerson; k++)
            {
                var j = (i + k) % people;
                var type = k % 2 == 0 ? EdgeType.Supported : EdgeType.MetWith;
                edges.Add(new GraphEdge($"{prefix}{type}:{i}-{j}", type, nodes[i].Id, nodes[j].Id)
                {
                    Evidence = [new Evidence(article.Id, i, i * 100, (i * 100) + 40, $"جمله شماره {i} درباره {j}", "دیدار")],
                    Confidence = 0.7,
                    Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["count"] = 1 },
                });
            }
        }

        return new GraphDocument { Articles = [article], Nodes = nodes, Edges = edges };
    }
}
