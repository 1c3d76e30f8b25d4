using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed partial class CypherFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Cypher");

    public static TheoryData<string> QueryFiles() =>
        new(Directory.GetFiles(Path.Combine(Folder, "queries"), "*.cypher").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!);

    [Fact]
    public void There_is_a_query_for_every_question_the_docs_promise()
    {
        var names = QueryFiles().Select(row => row.Data).ToHashSet();

        foreach (var name in new[]
        {
            "who-met-whom.cypher", "who-condemned-or-supported.cypher", "person-timeline.cypher", "edge-evidence.cypher",
            "shortest-path.cypher", "most-connected-people.cypher", "co-mentioned-without-edge.cypher", "search-name.cypher",
        })
        {
            Assert.Contains(name, names);
        }
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void A_query_declares_exactly_the_parameters_it_uses(string name)
    {
        var query = CypherQueryFile.Load(Path.Combine(Folder, "queries", name));

        Assert.NotEmpty(query.Description);
        Assert.Equal(
            query.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal),
            CypherQueryFile.FindParameters(query.Text).Order(StringComparer.Ordinal));
        Assert.All(query.Parameters, p => Assert.NotEmpty(p.Description));
        Assert.Equal(query.Parameters.Count, query.Parameters.Select(p => p.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void A_query_is_one_balanced_statement(string name)
    {
        var text = CypherQueryFile.Load(Path.Combine(Folder, "queries", name)).Text;

        var statement = Assert.Single(CypherTextReader.SplitStatements(text));
        var code = WithoutStrings(statement);
        foreach (var (open, close) in new[] { ('(', ')'), ('[', ']'), ('{', '}') })
        {
            Assert.Equal(code.Count(c => c == open), code.Count(c => c == close));
        }

        Assert.Matches("(?m)^(MATCH|CALL|OPTIONAL MATCH|WITH|UNWIND)", statement);
        Assert.Contains("RETURN", statement, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void A_query_names_only_labels_and_relationship_types_of_the_model(string name)
    {
        var code = WithoutStrings(CypherQueryFile.Load(Path.Combine(Folder, "queries", name)).Text);
        var known = NodeLabel.All.Concat(EdgeType.All).ToHashSet(StringComparer.Ordinal);
        Assert.True(name == "search-name.cypher" || LabelOrType().IsMatch(code), $"{name}: no label found, the check would be empty");

        foreach (Match match in LabelOrType().Matches(code))
        {
            foreach (var part in match.Groups["names"].Value.Split('|'))
            {
                Assert.True(known.Contains(part), $"{name}: unknown label or type '{part}'");
            }
        }
    }

    [Fact]
    public void The_schema_file_holds_the_statements_the_loader_runs()
    {
        var statements = CypherTextReader.SplitStatements(File.ReadAllText(Path.Combine(Folder, "schema.cypher")));

        Assert.Equal(Neo4jSchema.Statements.Append(Neo4jSchema.AwaitIndexesStatement), statements);
    }

    [Fact]
    public void The_schema_has_a_unique_id_per_label_and_a_Persian_full_text_index_over_names_and_aliases()
    {
        foreach (var label in NodeLabel.All)
        {
            Assert.Contains(Neo4jSchema.Statements, s => s.EndsWith($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }

        var fullText = Assert.Single(Neo4jSchema.Statements, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Contains("FOR (n:Person|Country|Place|Organization)", fullText, StringComparison.Ordinal);
        Assert.Contains("ON EACH [n.name, n.nameEn, n.aliasText]", fullText, StringComparison.Ordinal);
        Assert.Contains("`fulltext.analyzer`: 'persian'", fullText, StringComparison.Ordinal);
        Assert.All(Neo4jSchema.Statements, s => Assert.Contains(" IF NOT EXISTS ", s, StringComparison.Ordinal));
    }

    [Fact]
    public void The_style_gives_every_label_and_relationship_type_a_colour_and_a_caption()
    {
        var style = File.ReadAllText(Path.Combine(Folder, "style.grass"));
        var blocks = StyleBlock().Matches(style).ToDictionary(m => m.Groups["selector"].Value, m => m.Groups["body"].Value);

        foreach (var label in NodeLabel.All)
        {
            Assert.Contains("color: #", blocks["node." + label], StringComparison.Ordinal);
            Assert.Contains("caption: ", blocks["node." + label], StringComparison.Ordinal);
        }

        foreach (var label in NodeLabel.Entities)
        {
            Assert.Contains("caption: \"{name}\";", blocks["node." + label], StringComparison.Ordinal);
        }

        foreach (var type in EdgeType.All)
        {
            Assert.Contains("color: #", blocks["relationship." + type], StringComparison.Ordinal);
            Assert.Contains("caption: ", blocks["relationship." + type], StringComparison.Ordinal);
        }

        Assert.Equal(Regex.Matches(style, @"(?m)^\S.*\{\s*$").Count, blocks.Count);
        Assert.All(blocks.Values.SelectMany(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), line => Assert.Matches("^[a-z-]+: .+;$", line));
    }

    private static string WithoutStrings(string cypher)
    {
        var code = Regex.Replace(cypher, "(?m)^\\s*//.*$", string.Empty);
        foreach (var literal in CypherTextReader.StringLiterals(code).Where(l => l.Length > 0))
        {
            code = code.Replace(literal, string.Empty, StringComparison.Ordinal);
        }

        return code;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[a-z][A-Za-z0-9]*\s*:\s*(?<names>[A-Z][A-Za-z_]*(\|[A-Z][A-Za-z_]*)*)|\[\s*[a-z]*\s*:\s*(?<names>[A-Z][A-Za-z_]*(\|[A-Z][A-Za-z_]*)*)|\(\s*:\s*(?<names>[A-Z][A-Za-z_]*)")]
    private static partial Regex LabelOrType();

    [GeneratedRegex(@"(?<selector>(node|relationship)(\.[A-Za-z_]+)?)\s*\{(?<body>.*?)\n\}", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
