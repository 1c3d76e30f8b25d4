using System.Globalization;
using System.Text;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Output;

/// <summary>
/// Writes <c>graph.cypher</c>: the same load as <see cref="GraphLoader"/> as a plain Cypher script for Neo4j Browser and
/// cypher-shell (<c>cypher-shell -f graph.cypher</c>).
/// </summary>
/// <remarks>
/// The schema statements come first, each its own statement (and so its own transaction); then the data, one
/// <c>UNWIND [ … ] AS row MERGE …</c> statement per batch, with the values inlined as escaped Cypher literals (the
/// portable choice: <c>:param</c> works differently in Browser and cypher-shell). Running the script twice changes
/// nothing; running it after another graph's script adds to that graph like <c>graph load</c> does.
/// </remarks>
public static class GraphCypherScriptWriter
{
    /// <summary>The default number of rows per statement.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Writes the script of a graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">Where to write (UTF-8 recommended: Persian text is written as is).</param>
    /// <param name="batchSize">Rows per statement.</param>
    public static void Write(GraphDocument graph, TextWriter writer, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var plan = LoadPlan.Create(graph);
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"// graph.cypher: {graph.Articles.Count} articles, {graph.Nodes.Count} nodes, {graph.Edges.Count} edges.\n"));
        writer.Write("// Run with `cypher-shell -u neo4j -f graph.cypher` or paste into Neo4j Browser (http://localhost:7474).\n");
        writer.Write("// Every statement merges on ids and adds only evidence the graph lacks, so running it again changes nothing.\n");
        foreach (var warning in plan.Warnings)
        {
            writer.Write("// Left out: " + OneLine(warning) + "\n");
        }

        writer.Write("\n// Schema: constraints and indexes (each statement is a transaction of its own).\n");
        foreach (var statement in Neo4jSchema.Statements)
        {
            writer.Write(statement + ";\n");
        }

        writer.Write(Neo4jSchema.AwaitIndexesStatement + ";\n");
        foreach (var step in plan.Steps)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {step.Name}: {step.Rows.Count} rows.\n"));
            foreach (var batch in step.Rows.Chunk(batchSize))
            {
                writer.Write(Inline(step.Cypher, batch));
                writer.Write(";\n");
            }
        }
    }

    /// <summary>Returns the script of a graph as a string.</summary>
    public static string ToScript(GraphDocument graph, int batchSize = DefaultBatchSize)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(graph, writer, batchSize);
        return writer.ToString();
    }

    private static string Inline(string cypher, IReadOnlyDictionary<string, object?>[] rows)
    {
        var text = new StringBuilder("UNWIND [\n");
        for (var i = 0; i < rows.Length; i++)
        {
            text.Append("  ");
            CypherLiteral.Write(text, rows[i]);
            text.Append(i + 1 < rows.Length ? ",\n" : "\n");
        }

        text.Append("] AS row\n");
        text.Append(cypher, LoadStatements.RowsPrefix.Length, cypher.Length - LoadStatements.RowsPrefix.Length);
        return text.ToString();
    }

    // A comment ends at a line break, and some splitters cut at ';' even in comments: neither may come from data.
    private static string OneLine(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c == ';' ? ',' : c));
}
