using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class CypherResultWriterTests
{
    private static readonly CypherResult Result = new(
        ["person", "metWith", "times", "modes"],
        [
            ["علی\u200cشمخانی", "الکساندر لاورنتیف", 2L, new List<object?> { "in_person" }],
            ["حسن روحانی", null, 1L, new List<object?>()],
        ],
        CypherStats.None);

    [Fact]
    public void A_table_aligns_columns_by_display_width_and_counts_the_rows()
    {
        var writer = new StringWriter();

        CypherResultWriter.WriteTable(Result, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("person     | metWith           | times | modes", lines[0]);
        Assert.Equal("-----------+-------------------+-------+--------------", lines[1]);
        Assert.Equal("علی\u200cشمخانی  | الکساندر لاورنتیف | 2     | [\"in_person\"]", lines[2]);
        Assert.Equal("حسن روحانی |                   | 1     | []", lines[3]);
        Assert.Equal("(2 rows)", lines[4]);
    }

    [Fact]
    public void Long_cells_are_cut_except_in_the_last_column()
    {
        var text = new string('ب', 100);
        var writer = new StringWriter();

        CypherResultWriter.WriteTable(new CypherResult(["a", "b"], [[text, text]], CypherStats.None), writer);

        var row = writer.ToString().Split('\n')[2];
        Assert.StartsWith(new string('ب', CypherResultWriter.MaxCellWidth - 1) + "… | ", row, StringComparison.Ordinal);
        Assert.EndsWith(text, row, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_has_one_object_per_row_with_Persian_unescaped()
    {
        var writer = new StringWriter();

        CypherResultWriter.WriteJson(Result, writer);

        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("الکساندر لاورنتیف", json.RootElement[0].GetProperty("metWith").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement[1].GetProperty("metWith").ValueKind);
        Assert.Equal("in_person", json.RootElement[0].GetProperty("modes")[0].GetString());
        Assert.Contains("حسن روحانی", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_quotes_what_needs_quoting_and_writes_lists_as_JSON()
    {
        var writer = new StringWriter();

        CypherResultWriter.WriteCsv(new CypherResult(["a", "b"], [["x, \"y\"", new List<object?> { 1L, "z" }], [0.5, true]], CypherStats.None), writer);

        Assert.Equal("a,b\r\n\"x, \"\"y\"\"\",\"[1,\"\"z\"\"]\"\r\n0.5,true\r\n", writer.ToString());
    }

    [Fact]
    public void Zero_width_characters_take_no_columns_and_wide_ones_two()
    {
        Assert.Equal(9, CypherResultWriter.DisplayWidth("علی\u200cشمخانی"));
        Assert.Equal(4, CypherResultWriter.DisplayWidth("漢字"));
        Assert.Equal(3, CypherResultWriter.DisplayWidth("e\u0301ab"));
    }
}
