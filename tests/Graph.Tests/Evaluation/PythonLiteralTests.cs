using System.Globalization;
using Graph.Evaluation;

namespace Graph.Tests.Evaluation;

public sealed class PythonLiteralTests
{
    [Fact]
    public void Rounding_to_three_decimals_goes_half_to_even_on_the_exact_value()
    {
        Assert.Equal(0.062, PythonLiteral.RoundToThousandths(1.0 / 16));
        Assert.Equal("0.062", PythonLiteral.FormatThousandths(1.0 / 16));
        Assert.Equal("0.667", PythonLiteral.FormatThousandths(2.0 / 3));
        Assert.Equal("1.000", PythonLiteral.FormatThousandths(0.99951));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.667, "0.667")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(-2.5, "-2.5")]
    public void Floats_are_written_as_python_repr_writes_them(double value, string expected) =>
        Assert.Equal(expected, PythonLiteral.FloatRepr(value));

    [Theory]
    [InlineData("shamkhani", "'shamkhani'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a'b\"c", "'a\\'b\"c'")]
    [InlineData("نخست\u200Cوزیر", "'نخست\\u200cوزیر'")]
    [InlineData("tab\there\\", "'tab\\there\\\\'")]
    [InlineData("\u007F\u0085\u00A0", "'\\x7f\\x85\\xa0'")]
    public void Strings_are_written_as_python_repr_writes_them(string text, string expected) =>
        Assert.Equal(expected, PythonLiteral.Repr(text));

    [Fact]
    public void Every_ratio_of_small_counts_rounds_and_prints_as_in_python()
    {
        var values = new List<double>();
        for (var whole = 1; whole <= 150; whole++)
        {
            for (var part = 0; part <= whole; part++)
            {
                var ratio = (double)part / whole;
                values.Add(ratio);
                values.Add(2 * ratio * 0.5 / (ratio + 0.5));
            }
        }

        var input = string.Join('\n', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";
        const string Code = """
            import sys
            for line in sys.stdin.read().split():
                x = float(line)
                print(repr(x), repr(round(x, 3)), f"{x:.3f}", f"{round(x, 3):.3f}")
            """;
        var expected = ScorePy.RunPython(["-c", Code], input).Split('\n');
        for (var i = 0; i < values.Count; i++)
        {
            var x = values[i];
            var rounded = PythonLiteral.RoundToThousandths(x);
            Assert.Equal(
                expected[i],
                $"{PythonLiteral.FloatRepr(x)} {PythonLiteral.FloatRepr(rounded)} {PythonLiteral.FormatThousandths(x)} {PythonLiteral.FormatThousandths(rounded)}");
        }
    }
}
