using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianNormalizerTests
{
    private static string Norm(string s) => PersianNormalizer.Instance.Normalize(s).Text;

    [Fact]
    public void Arabic_yeh_and_kaf_become_Persian() => Assert.Equal("شمخانی کرد", Norm("شمخاني كرد"));

    [Fact]
    public void Nbsp_between_letters_becomes_zwnj() => Assert.Equal("نخست\u200Cوزیر", Norm("نخست\u00a0وزير"));

    [Fact]
    public void Persian_digits_become_ascii_and_direction_marks_inside_numbers_vanish() =>
        Assert.Equal("1397/01/27", Norm("۱۳۹۷\u200f/۰۱/٢٧"));

    [Fact]
    public void Diacritics_and_tatweel_are_removed_and_map_back_to_the_letter()
    {
        var n = PersianNormalizer.Instance.Normalize("مُحـمّد آمد");
        Assert.Equal("محمد آمد", n.Text);
        Assert.Equal("مُحـمّد", n.OriginalSlice(new TextSpan(0, 4)));
    }

    [Fact]
    public void Whitespace_runs_collapse_and_blank_lines_keep_a_paragraph_break() =>
        Assert.Equal("الف ب\nج\n\nد", Norm("  الف \t ب \n ج\r\n\r\n\n د  "));
}
