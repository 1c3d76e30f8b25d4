using System.Text;
using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class CypherLiteralTests
{
    public static TheoryData<string> NastyStrings() => new(HostileGraphs.Nasty.Append(string.Empty).Append("علی شمخانی").Append("\\'").Append("'\\"));

    [Theory]
    [MemberData(nameof(NastyStrings))]
    public void A_string_reads_back_as_itself(string text)
    {
        var literal = CypherLiteral.ToLiteral(text);

        Assert.Equal(text, CypherTextReader.ReadLiteral(literal));
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain(';', literal);
    }

    [Fact]
    public void Random_strings_over_awkward_characters_read_back_as_themselves()
    {
        var random = new Random(20240415);
        var alphabet = "ab'\"`\\;{}[]$/*\n\r\t\0\u0085\u2028\u2029\uFEFF\u200c\u202e یکگ ي ك۱".ToCharArray();
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            for (var j = random.Next(0, 30); j > 0; j--)
            {
                text.Append(random.Next(10) == 0 ? char.ConvertFromUtf32(random.Next(0x1F300, 0x1F64F)) : alphabet[random.Next(alphabet.Length)].ToString());
            }

            Assert.Equal(text.ToString(), CypherTextReader.ReadLiteral(CypherLiteral.ToLiteral(text.ToString())));
        }
    }

    [Fact]
    public void Persian_text_is_kept_as_is_and_control_characters_are_escaped()
    {
        Assert.Equal("'علی\u200cشمخانی'", CypherLiteral.ToLiteral("علی\u200cشمخانی"));
        Assert.Equal(@"'a\nb\\c\'d\""e\u003Bf\u0000g'", CypherLiteral.ToLiteral("a\nb\\c'd\"e;f\0g"));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept()
    {
        Assert.Equal("'\U0001F600'", CypherLiteral.ToLiteral("\U0001F600"));
        Assert.Equal(@"'\uD83D'", CypherLiteral.ToLiteral("\uD83D"));
    }

    [Fact]
    public void Numbers_read_back_with_their_kind()
    {
        foreach (var value in new object[] { 0L, -42L, long.MaxValue, 0.8, 1.0, -2.5e-7, 1e20, double.MaxValue })
        {
            var read = CypherTextReader.ReadLiteral(CypherLiteral.ToLiteral(value));
            Assert.Equal(CypherTextReader.Canonical(value), CypherTextReader.Canonical(read));
        }

        Assert.Equal("1.0", CypherLiteral.ToLiteral(1.0));
        Assert.Equal("1E20", CypherLiteral.ToLiteral(1e20));
        Assert.True(double.IsNaN((double)CypherTextReader.ReadLiteral(CypherLiteral.ToLiteral(double.NaN))!));
    }

    [Fact]
    public void Maps_and_lists_read_back_with_awkward_keys_quoted()
    {
        var value = new Dictionary<string, object?>
        {
            ["id"] = "x",
            ["نام"] = "علی",
            ["we`ird key"] = new object?[] { 1L, "two", null, true, new Dictionary<string, object?> { ["n"] = 0.5 } },
            ["empty"] = Array.Empty<string>(),
        };

        var literal = CypherLiteral.ToLiteral(value);

        Assert.Contains("`we``ird key`: ", literal, StringComparison.Ordinal);
        Assert.Contains("`نام`: ", literal, StringComparison.Ordinal);
        Assert.StartsWith("{id: 'x'", literal, StringComparison.Ordinal);
        Assert.Equal(CypherTextReader.Canonical(value), CypherTextReader.Canonical(CypherTextReader.ReadLiteral(literal)));
    }

    [Fact]
    public void A_value_without_a_Cypher_literal_is_refused() =>
        Assert.Throws<ArgumentException>(() => CypherLiteral.ToLiteral(new object()));
}
