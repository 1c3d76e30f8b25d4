using Graph.Model;
using Graph.Neo4j;
using Graph.Output;
using Graph.Tests.Neo4j;

namespace Graph.Tests.Output;

public sealed class GraphCypherScriptWriterTests
{
    private static readonly SampleGraphs Samples = new();

    [Fact]
    public void The_script_starts_with_the_schema_then_waits_for_the_indexes()
    {
        var statements = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(Samples.FirstSet()));

        var schema = Neo4jSchema.Statements.Append(Neo4jSchema.AwaitIndexesStatement).ToList();
        Assert.Equal(schema, statements.Take(schema.Count));
        Assert.All(statements.Skip(schema.Count), s => Assert.StartsWith("UNWIND [", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_data_statement_is_a_loader_statement_with_its_rows_inlined()
    {
        var graph = Samples.FirstSet();
        var expected = LoadPlan.Create(graph).Steps
            .SelectMany(step => step.Rows.Chunk(4).Select(rows => (step.Cypher, Rows: rows)))
            .ToList();

        var data = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(graph, batchSize: 4)).Skip(Neo4jSchema.Statements.Count + 1).ToList();

        Assert.Equal(expected.Count, data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var (rows, rest) = ReadUnwind(data[i]);
            Assert.Equal(expected[i].Cypher, LoadStatements.RowsPrefix + rest);
            Assert.Equal(CypherTextReader.Canonical(expected[i].Rows), CypherTextReader.Canonical(rows));
        }
    }

    [Fact]
    public void Hostile_text_is_escaped_so_that_the_script_reads_back_to_the_same_rows()
    {
        var plain = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(HostileGraphs.Plain()));
        var nasty = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(HostileGraphs.Nastiest()));
        var plan = LoadPlan.Create(HostileGraphs.Nastiest());

        Assert.Equal(plain.Count, nasty.Count);
        var data = nasty.Skip(Neo4jSchema.Statements.Count + 1).ToList();
        for (var i = 0; i < data.Count; i++)
        {
            var (rows, rest) = ReadUnwind(data[i]);
            var (_, plainRest) = ReadUnwind(plain[Neo4jSchema.Statements.Count + 1 + i]);
            Assert.Equal(plainRest, rest);
            Assert.Equal(CypherTextReader.Canonical(plan.Steps[i].Rows), CypherTextReader.Canonical(rows));
        }
    }

    [Fact]
    public void Persian_text_is_written_as_is()
    {
        var script = GraphCypherScriptWriter.ToScript(Samples.FirstSet());

        Assert.Contains("name: 'علی شمخانی'", script, StringComparison.Ordinal);
        Assert.Contains("'لاورنتیف با علی شمخانی دیدار و گفت وگو کرد.'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_become_comments_that_cannot_break_out_of_their_line()
    {
        var graph = new GraphDocument { Nodes = [new GraphNode("x\nMATCH (n) DETACH DELETE n;", "Weapon", "x")] };

        var script = GraphCypherScriptWriter.ToScript(graph);

        Assert.Contains("// Left out: node x MATCH (n) DETACH DELETE n, left out", script, StringComparison.Ordinal);
        Assert.Equal(Neo4jSchema.Statements.Count + 1, CypherTextReader.SplitStatements(script).Count);
    }

    [Fact]
    public void Smaller_batches_make_more_statements()
    {
        var graph = Samples.FirstSet();

        var large = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(graph, 1000)).Count;
        var small = CypherTextReader.SplitStatements(GraphCypherScriptWriter.ToScript(graph, 1)).Count;

        Assert.Equal(Neo4jSchema.Statements.Count + 1 + LoadPlan.Create(graph).Steps.Sum(s => s.Rows.Count), small);
        Assert.True(large < small);
    }

    private static (object? Rows, string Body) ReadUnwind(string statement)
    {
        Assert.StartsWith("UNWIND ", statement, StringComparison.Ordinal);
        var position = "UNWIND ".Length;
        var rows = CypherTextReader.ReadValue(statement, ref position);
        var rest = statement[position..].TrimStart(' ', '\n');
        Assert.StartsWith("AS row\n", rest, StringComparison.Ordinal);
        return (rows, rest["AS row\n".Length..]);
    }
}
