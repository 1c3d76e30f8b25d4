using Graph.Extraction;
using Graph.Text;

namespace Graph.Tests.Extraction;

public sealed class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases)
    {
        var matcher = new PhraseMatcher<string>(allowSuffixes: true, allowGluedPrefixes: true);
        foreach (var phrase in phrases)
        {
            matcher.Add(PersianNormalizer.Instance.Normalize(phrase).Text, phrase);
        }

        return matcher;
    }

    private static List<(string Text, string Value)> Find(PhraseMatcher<string> matcher, string text)
    {
        var normalized = PersianNormalizer.Instance.Normalize(text).Text;
        return matcher.FindAll(normalized, new TextSpan(0, normalized.Length))
            .Select(m => (normalized[m.Span.Start..m.Span.End], m.Values[0]))
            .ToList();
    }

    [Fact]
    public void The_longest_phrase_at_a_position_wins()
    {
        var found = Find(Matcher("شورای امنیت", "شورای امنیت ملی روسیه", "روسیه"), "دبیر شورای امنیت ملی روسیه گفت");

        Assert.Equal("شورای امنیت ملی روسیه", found[0].Value);
        Assert.DoesNotContain(found, f => f.Value == "شورای امنیت");
    }

    [Theory]
    [InlineData("ولادیمیرپوتین گفت")]
    [InlineData("ولادیمیر\u200Cپوتین گفت")]
    [InlineData("ولاديمير پوتين گفت")]
    public void Spacing_and_letter_variants_do_not_hide_a_name(string text) =>
        Assert.Equal("ولادیمیر پوتین", Assert.Single(Find(Matcher("ولادیمیر پوتین"), text)).Value);

    [Theory]
    [InlineData("ژان-ایو لودریان گفت")]
    [InlineData("ژان‑ایو لودریان گفت")]
    public void A_hyphen_between_the_words_of_a_name_joins_them_like_a_space(string text) =>
        Assert.Equal("ژان ایو لودریان", Assert.Single(Find(Matcher("ژان ایو لودریان"), text)).Value);

    [Fact]
    public void Names_joined_by_a_hyphen_are_found_each_on_its_own()
    {
        var found = Find(Matcher("روسیه", "ترکیه"), "نشست روسیه-ترکیه");

        Assert.Equal(["روسیه", "ترکیه"], found.Select(f => f.Value));
    }

    [Fact]
    public void A_name_is_not_found_inside_a_longer_word() =>
        Assert.Empty(Find(Matcher("ایران"), "ایرانشهر بزرگ است"));

    [Fact]
    public void Attached_suffixes_are_part_of_the_match()
    {
        var found = Find(Matcher("آمریکا"), "آمریکاییها و آمریکایی آمدند");

        Assert.Equal(["آمریکاییها", "آمریکایی"], found.Select(f => f.Text));
    }

    [Fact]
    public void A_short_name_takes_a_suffix_only_after_a_zwnj() =>
        Assert.Equal(["اسد"], Find(Matcher("اسد"), "اسدی و اسد\u200Cها").Select(f => f.Text));

    [Fact]
    public void A_glued_conjunction_before_a_long_name_is_tolerated()
    {
        var found = Find(Matcher("سوریه"), "ایران، روسیه وسوریه");

        Assert.Equal("سوریه", Assert.Single(found).Value);
    }

    [Fact]
    public void Two_known_phrases_glued_into_one_word_are_both_found()
    {
        var matcher = Matcher("رئیس جمهور", "روسیه");
        var found = Find(matcher, "نماینده رئیس جمهورروسیه");

        Assert.Equal(["رئیس جمهور", "روسیه"], found.Select(f => f.Value));
    }
}
