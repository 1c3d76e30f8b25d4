using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianTokenizerTests
{
    [Fact]
    public void Words_keep_a_zwnj_between_letters() =>
        Assert.Equal([("همکاری\u200Cهای", TokenKind.Word), ("دو", TokenKind.Word), ("کشور", TokenKind.Word)], Tokens("همکاری\u200Cهای دو کشور"));

    [Fact]
    public void A_zwnj_at_the_edge_of_a_word_is_not_part_of_it() =>
        Assert.Equal([("کتاب", TokenKind.Word), ("ها", TokenKind.Word)], Tokens("\u200Cکتاب\u200C ها"));

    [Theory]
    [InlineData("1397/01/27")]
    [InlineData("11:23")]
    [InlineData("3.5")]
    [InlineData("1,000")]
    [InlineData("1,000.50")]
    [InlineData("300")]
    public void Digits_with_separators_between_them_are_one_number(string number) =>
        Assert.Equal([("در", TokenKind.Word), (number, TokenKind.Number), ("بود", TokenKind.Word)], Tokens($"در {number} بود"));

    [Fact]
    public void A_separator_after_a_number_is_punctuation() =>
        Assert.Equal([("ساعت", TokenKind.Word), ("11:23", TokenKind.Number), (".", TokenKind.Punctuation)], Tokens("ساعت 11:23."));

    [Fact]
    public void A_trailing_slash_is_its_own_token() =>
        Assert.Equal([("1", TokenKind.Number), ("/", TokenKind.Punctuation), ("تا", TokenKind.Word)], Tokens("1/ تا"));

    [Fact]
    public void Every_punctuation_character_is_its_own_token() =>
        Assert.Equal(
            ["«", "پوتین", "»", "،", "گفت", "؛", ":", "(", "نه", ")", "!", "?", "؟", ".", "\"", "'", "…"],
            Texts("«پوتین»، گفت؛:(نه)!?؟.\"'…"));

    [Fact]
    public void Quotes_and_marks_are_punctuation() =>
        Assert.All(PersianTokenizer.Instance.Tokenize("«»،؛:.!؟-/()\""), t => Assert.Equal(TokenKind.Punctuation, t.Kind));

    [Fact]
    public void A_hyphen_between_two_words_is_a_separate_token() =>
        Assert.Equal([("تهران", TokenKind.Word), ("-", TokenKind.Punctuation), ("مسکو", TokenKind.Word)], Tokens("تهران-مسکو"));

    [Fact]
    public void Letters_glued_to_digits_split_into_a_word_and_a_number() =>
        Assert.Equal([("اس", TokenKind.Word), ("300", TokenKind.Number), ("400", TokenKind.Number), ("S", TokenKind.Word)], Tokens("اس300 400S"));

    [Fact]
    public void Latin_words_and_initials_are_words_and_periods_are_punctuation() =>
        Assert.Equal(["U", ".", "S", ".", "Putin"], Texts("U.S. Putin"));

    [Fact]
    public void Math_and_currency_signs_are_symbols() =>
        Assert.Equal([("2", TokenKind.Number), ("+", TokenKind.Symbol), ("2", TokenKind.Number), ("=", TokenKind.Symbol), ("$", TokenKind.Symbol)], Tokens("2+2=$"));

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_token() =>
        Assert.Equal([("سلام", TokenKind.Word), ("\U0001F600", TokenKind.Symbol)], Tokens("سلام \U0001F600"));

    [Fact]
    public void Whitespace_and_line_breaks_make_no_tokens() => Assert.Equal(["الف", "ب"], Texts(" الف \n\n ب\t"));

    [Fact]
    public void Tokens_of_a_range_have_spans_into_the_whole_text()
    {
        const string text = "او آمد. شمخانی گفت.";
        var tokens = PersianTokenizer.Instance.Tokenize(text, new TextSpan(8, text.Length));
        Assert.Equal(["شمخانی", "گفت", "."], tokens.Select(t => t.Text));
        Assert.Equal([new TextSpan(8, 14), new TextSpan(15, 18), new TextSpan(18, 19)], tokens.Select(t => t.Span));
    }

    [Fact]
    public void A_range_cuts_words_at_its_edges()
    {
        var tokens = PersianTokenizer.Instance.Tokenize("شمخانی گفت", new TextSpan(2, 8));
        Assert.Equal(["خانی", "گ"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Every_token_text_is_its_span_of_the_text()
    {
        const string text = "«ولادیمیر پوتین» در 1397/01/27، ساعت 11:23 گفت: اس300 و تهران-مسکو!";
        Assert.All(PersianTokenizer.Instance.Tokenize(text), t => Assert.Equal(text[t.Span.Start..t.Span.End], t.Text));
    }

    [Fact]
    public void A_range_outside_the_text_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersianTokenizer.Instance.Tokenize("abc", new TextSpan(1, 4)));

    private static List<(string, TokenKind)> Tokens(string text) =>
        [.. PersianTokenizer.Instance.Tokenize(text).Select(t => (t.Text, t.Kind))];

    private static List<string> Texts(string text) => [.. PersianTokenizer.Instance.Tokenize(text).Select(t => t.Text)];
}
