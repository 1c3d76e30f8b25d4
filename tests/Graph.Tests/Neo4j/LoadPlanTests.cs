using System.Text.Json;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class LoadPlanTests
{
    private static readonly SampleGraphs Samples = new();

    [Fact]
    public void The_statement_text_is_the_same_whatever_the_data()
    {
        var plain = LoadPlan.Create(HostileGraphs.Plain());
        var nasty = LoadPlan.Create(HostileGraphs.Nastiest());

        Assert.Equal(plain.Steps.Select(s => s.Cypher), nasty.Steps.Select(s => s.Cypher));
        Assert.Equal(plain.Steps.Select(s => s.Rows.Count), nasty.Steps.Select(s => s.Rows.Count));
        foreach (var cypher in nasty.Steps.Select(s => s.Cypher))
        {
            Assert.DoesNotContain("plain", cypher, StringComparison.Ordinal);
            Assert.DoesNotContain("O'Brien", cypher, StringComparison.Ordinal);
            Assert.DoesNotContain("Hacked", cypher, StringComparison.Ordinal);
            Assert.Equal(new[] { "rows" }, CypherQueryFile.FindParameters(cypher));
        }
    }

    [Fact]
    public void Hostile_text_travels_untouched_in_the_parameters()
    {
        var graph = HostileGraphs.Nastiest();

        var rows = LoadPlan.Create(graph).Steps.Single(s => s.Name == "Person nodes").Rows;

        var properties = (IReadOnlyDictionary<string, object?>)rows[0]["properties"]!;
        Assert.Equal(graph.Nodes[0].Name, properties["name"]);
        Assert.Equal(graph.Nodes[0].Aliases, (string[])rows[0]["aliases"]!);
    }

    [Fact]
    public void Loader_statements_use_only_labels_and_types_from_the_model()
    {
        Assert.Throws<ArgumentException>(() => LoadStatements.Nodes("Person {id: 1}) DETACH DELETE n //"));
        Assert.Throws<ArgumentException>(() => LoadStatements.Edges("MET_WITH]->() DELETE r //", NodeLabel.Person, NodeLabel.Person));
        Assert.Throws<ArgumentException>(() => LoadStatements.Mentions(NodeLabel.Meeting));
    }

    [Fact]
    public void Unknown_labels_and_types_and_dangling_edges_are_left_out_with_a_warning()
    {
        var graph = Samples.FirstSet() with
        {
            Nodes = [.. Samples.FirstSet().Nodes, new GraphNode("x:1", "Weapon", "موشک")],
            Edges =
            [
                .. Samples.FirstSet().Edges,
                new GraphEdge("bad-type", "LIKES", "person:ali-shamkhani", "country:ir"),
                new GraphEdge("dangling", EdgeType.MetWith, "person:ali-shamkhani", "person:nobody"),
            ],
        };

        var plan = LoadPlan.Create(graph);

        Assert.Equal(3, plan.Warnings.Count);
        Assert.Contains(plan.Warnings, w => w.StartsWith("node x:1 left out: label 'Weapon'", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.StartsWith("edge bad-type left out: type 'LIKES'", StringComparison.Ordinal));
        Assert.Contains("edge dangling left out: node person:nobody is not in the graph", plan.Warnings);
        Assert.DoesNotContain(plan.Steps.SelectMany(s => s.Rows), r => r.GetValueOrDefault("id") is "x:1" or "bad-type" or "dangling");
    }

    [Fact]
    public void Edges_are_grouped_by_type_and_end_labels_and_MET_WITH_is_merged_without_direction()
    {
        var plan = LoadPlan.Create(Samples.FirstSet());

        var names = plan.Steps.Where(s => s.Kind == LoadStepKind.Relationships).Select(s => s.Name).ToList();
        Assert.Equal(
            ["MET_WITH Person→Person", "PARTICIPATED_IN Person→Meeting", "HELD_IN Meeting→Place", "CONDEMNED Person→Country", "SUPPORTED Person→Country", "HOLDS_ROLE Person→Organization"],
            names);
        Assert.Contains("MERGE (s)-[r:MET_WITH]-(t)", plan.Steps.Single(s => s.Name == "MET_WITH Person→Person").Cypher, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:CONDEMNED]->(t)", plan.Steps.Single(s => s.Name == "CONDEMNED Person→Country").Cypher, StringComparison.Ordinal);
        Assert.Contains("MATCH (s:Person {id: row.source})", plan.Steps.Single(s => s.Name == "CONDEMNED Person→Country").Cypher, StringComparison.Ordinal);
        Assert.Contains("MATCH (t:Country {id: row.target})", plan.Steps.Single(s => s.Name == "CONDEMNED Person→Country").Cypher, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_items_carry_their_key_and_duplicates_are_sent_once()
    {
        var evidence = new Evidence("article:1", 3, 120, 160, "جمله", "دیدار");
        var graph = new GraphDocument
        {
            Nodes = [new GraphNode("person:a", NodeLabel.Person, "الف"), new GraphNode("person:b", NodeLabel.Person, "ب")],
            Edges = [new GraphEdge("e", EdgeType.MetWith, "person:a", "person:b") { Evidence = [evidence, evidence with { Trigger = "ملاقات" }] }],
        };

        var row = LoadPlan.Create(graph).Steps.Single(s => s.Kind == LoadStepKind.Relationships).Rows.Single();

        var item = Assert.Single((IEnumerable<IReadOnlyDictionary<string, object?>>)row["evidence"]!);
        Assert.Equal("article:1#3#120", item["key"]);
        Assert.Equal(3L, item["sentence"]);
        Assert.Equal(160L, item["end"]);
        Assert.Equal("جمله", item["text"]);
        Assert.Equal("دیدار", item["trigger"]);
    }

    [Fact]
    public void Mentions_become_article_links_per_article_and_meetings_are_reported_by_the_articles_of_their_evidence()
    {
        var plan = LoadPlan.Create(Samples.FirstSet());

        var person = plan.Steps.Single(s => s.Name == "MENTIONS Article→Person (from mentions)").Rows;
        var shamkhani = person.Where(r => (string?)r["node"] == "person:ali-shamkhani").ToList();
        Assert.Equal(["article:000", "article:001"], shamkhani.Select(r => r["article"]));
        Assert.Equal(1L, shamkhani[0]["count"]);
        Assert.Equal(["علی شمخانی"], (string[])shamkhani[0]["texts"]!);
        var reported = plan.Steps.Single(s => s.Name == "REPORTED Article→Meeting (from evidence)").Rows;
        Assert.Equal(3, reported.Count);
        Assert.Contains(reported, r => (string?)r["node"] == "meeting:004" && (string?)r["article"] == "article:004" && ((long[])r["sentences"]!).SequenceEqual([0L]));
    }

    [Fact]
    public void Links_the_graph_has_as_edges_are_not_derived_again()
    {
        var graph = Samples.FirstSet();
        var shamkhani = graph.Nodes.Single(n => n.Id == "person:ali-shamkhani");
        var evidence = new Evidence("article:000", 1, 110, 150, "علی شمخانی", "mention");
        graph = graph with
        {
            Edges =
            [
                .. graph.Edges,
                new GraphEdge("MENTIONS:article:000->person:ali-shamkhani", EdgeType.Mentions, "article:000", shamkhani.Id) { Evidence = [evidence] },
                new GraphEdge("REPORTED:article:004->meeting:004", EdgeType.Reported, "article:004", "meeting:004") { Evidence = [evidence with { Article = "article:004" }] },
            ],
        };

        var plan = LoadPlan.Create(graph);

        var derived = plan.Steps.Single(s => s.Name == "MENTIONS Article→Person (from mentions)").Rows;
        Assert.DoesNotContain(derived, r => (string?)r["node"] == shamkhani.Id && (string?)r["article"] == "article:000");
        Assert.Contains(derived, r => (string?)r["node"] == shamkhani.Id && (string?)r["article"] == "article:001");
        Assert.DoesNotContain(plan.Steps.Single(s => s.Name == "REPORTED Article→Meeting (from evidence)").Rows, r => (string?)r["node"] == "meeting:004");
        Assert.Single(plan.Steps.Single(s => s.Name == "MENTIONS Article→Person" && s.Kind == LoadStepKind.Relationships).Rows);
        Assert.Single(plan.Steps.Single(s => s.Name == "REPORTED Article→Meeting" && s.Kind == LoadStepKind.Relationships).Rows);
        var order = plan.Steps.Select(s => s.Name).ToList();
        Assert.True(order.IndexOf("Article nodes") < order.FindIndex(n => n.StartsWith("MENTIONS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Node_properties_are_flattened_and_a_key_the_loader_owns_is_prefixed()
    {
        var node = new GraphNode("org:x", NodeLabel.Organization, "سازمان")
        {
            Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = "another name",
                ["roles"] = new[] { "دبیر", "نماینده" },
                ["founded"] = 1979,
                ["seat"] = new Dictionary<string, object?> { ["city"] = "تهران" },
                ["empty"] = null,
            },
        };

        var row = LoadPlan.Create(new GraphDocument { Nodes = [node] }).Steps.Single().Rows.Single();

        var properties = (IReadOnlyDictionary<string, object?>)row["properties"]!;
        Assert.Equal("سازمان", properties["name"]);
        Assert.Equal("another name", properties["property_name"]);
        Assert.Equal(["دبیر", "نماینده"], (string[])properties["roles"]!);
        Assert.Equal(1979L, properties["founded"]);
        Assert.Equal("""{"city":"تهران"}""", properties["seat"]);
        Assert.False(properties.ContainsKey("empty"));
    }

    [Fact]
    public void Properties_read_from_graph_json_are_flattened_like_those_built_in_code()
    {
        var json = """{"nodes":[{"id":"meeting:1","label":"Meeting","name":"دیدار","properties":{"date":"2018-04-15","count":2,"score":0.5,"modes":["phone"],"mixed":[1,2.5],"participants":[{"id":"a"}]}}]}""";
        var graph = JsonSerializer.Deserialize<GraphDocument>(json)!;

        var properties = (IReadOnlyDictionary<string, object?>)LoadPlan.Create(graph).Steps.Single().Rows.Single()["properties"]!;

        Assert.Equal("2018-04-15", properties["date"]);
        Assert.Equal(2L, properties["count"]);
        Assert.Equal(0.5, properties["score"]);
        Assert.Equal(["phone"], (string[])properties["modes"]!);
        Assert.Equal([1.0, 2.5], (double[])properties["mixed"]!);
        Assert.Equal("""[{"id":"a"}]""", properties["participants"]);
    }
}
