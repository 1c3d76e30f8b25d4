using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianSentenceSplitterTests
{
    private const string WrappedParagraph =
        "دریابان شمخانی با اشاره به همکاری موثر سه کشور سوریه، ایران و روسیه و\n"
        + "جریان مقاومت با تروریسم گفت:ما همواره خود را متعهد به راه حل سیاسی\n"
        + "برای پایان دادن به بحران سوریه می دانیم و راه حل نظامی را صرفا در برابر\n"
        + "گروه هایی که حاضر به کنار گذاشتن سلاح نیستند موثر قلمداد می\n"
        + "کنیم.";

    private const string LongParagraph =
        "به گزارش ایرنا، نیکلای پاتروشف دبیر شورای امنیت ملی فدراسیون روسیه صبح امروز در تماس تلفنی با علی شمخانی "
        + "پیرامون روند همکاری های دو کشور در بحران سوریه و نشست آتی در آستانه قزاقستان گفت وگو و تبادل نظر کرد.";

    [Fact]
    public void Sentences_end_at_period_question_mark_and_exclamation_mark() =>
        Assert.Equal(["او آمد.", "آیا رفت؟", "نه!", "Why?", "ما ماندیم"], Texts("او آمد. آیا رفت؟ نه! Why? ما ماندیم"));

    [Fact]
    public void A_run_of_marks_stays_with_its_sentence() =>
        Assert.Equal(["واقعا؟!", "باور نمی کنم!!!", "بله."], Texts("واقعا؟! باور نمی کنم!!! بله."));

    [Fact]
    public void A_closing_guillemet_after_the_period_belongs_to_the_sentence() =>
        Assert.Equal(["او گفت: «ما می آییم.»", "سپس رفت."], Texts("او گفت: «ما می آییم.» سپس رفت."));

    [Fact]
    public void A_closing_guillemet_after_a_space_still_belongs_to_the_sentence() =>
        Assert.Equal(["او گفت: «ما می آییم. »", "سپس رفت."], Texts("او گفت: «ما می آییم. » سپس رفت."));

    [Fact]
    public void Closing_brackets_and_straight_quotes_after_the_mark_belong_to_the_sentence() =>
        Assert.Equal(["(این خبر تکذیب شد.)", "He said \"go.\"", "Then he left."], Texts("(این خبر تکذیب شد.) He said \"go.\" Then he left."));

    [Fact]
    public void A_straight_quote_glued_to_the_next_word_opens_the_next_sentence() =>
        Assert.Equal(["او آمد.", "\"ما رفتیم\" گفت."], Texts("او آمد.\"ما رفتیم\" گفت."));

    [Theory]
    [InlineData("این رقم 3.5 درصد بود و 1/8 بودجه را گرفت.")]
    [InlineData("این نشست در 1397/01/27 ساعت 11:23 برگزار شد.")]
    [InlineData("نسخه 1.2.3 منتشر شد و رقم 1,000.50 دلار اعلام شد.")]
    public void Periods_slashes_and_colons_inside_numbers_do_not_end_a_sentence(string text) =>
        Assert.Equal([text], Texts(text));

    [Theory]
    [InlineData("مقامات ج.ا.ا اعلام کردند که نشست برگزار می شود.")]
    [InlineData("U.S. officials said the talks would go on.")]
    [InlineData("آ. شمخانی در این نشست حضور داشت.")]
    [InlineData("Dr. Smith and Mr. Jones met Prof. Lee.")]
    [InlineData("تولد او در سال 1320 ه.ش بود.")]
    public void Initials_and_abbreviations_do_not_end_a_sentence(string text) => Assert.Equal([text], Texts(text));

    [Theory]
    [InlineData("ایران، روسیه و ... در این نشست بودند.")]
    [InlineData("او گفت… و سپس رفت.")]
    [InlineData("او گفت.... و سپس رفت.")]
    public void An_ellipsis_inside_a_line_does_not_end_a_sentence(string text) => Assert.Equal([text], Texts(text));

    [Fact]
    public void An_ellipsis_with_a_question_mark_ends_a_sentence() =>
        Assert.Equal(["چرا...؟", "نمی دانم."], Texts("چرا...؟ نمی دانم."));

    [Fact]
    public void A_speech_colon_keeps_the_speaker_and_the_quote_together() =>
        Assert.Equal(["شمخانی گفت: ما همواره متعهد هستیم.", "او افزود:تروریسم خطرناک است."], Texts("شمخانی گفت: ما همواره متعهد هستیم. او افزود:تروریسم خطرناک است."));

    [Theory]
    [InlineData("گفت")]
    [InlineData("افزود")]
    [InlineData("اظهار داشت")]
    [InlineData("اظهار\u200Cداشت")]
    [InlineData("اظهارداشت")]
    [InlineData("تاکید کرد")]
    [InlineData("تأکید کرد")]
    [InlineData("خاطرنشان کرد")]
    [InlineData("خاطر نشان ساخت")]
    [InlineData("یادآور شد")]
    [InlineData("تصریح کرد")]
    [InlineData("عنوان کرد")]
    [InlineData("عنوان داشت")]
    [InlineData("بیان کرد")]
    [InlineData("اعلام کرد")]
    [InlineData("ادامه داد")]
    [InlineData("ابراز داشت")]
    [InlineData("نوشت")]
    public void A_semicolon_after_a_speech_verb_works_as_a_colon(string verb)
    {
        var text = Normalize($"وی {verb}؛ تروریسم چون ویروسی خطرناک از مرزها عبور کرده است.");
        Assert.Single(PersianSentenceSplitter.Instance.Split(text));
    }

    [Fact]
    public void A_semicolon_after_a_speech_verb_with_a_space_before_it_works_as_a_colon() =>
        Assert.Single(Texts("شمخانی افزود ؛ رویکرد آمریکا شکست خورد."));

    [Fact]
    public void A_semicolon_right_before_a_speech_verb_works_as_a_comma() =>
        Assert.Single(Texts("شمخانی با اشاره به تحریم ها که جامعه جهانی را پیش رو قرار داده است؛ اظهار داشت: این رفتار ادامه ندارد."));

    [Fact]
    public void A_semicolon_between_clauses_ends_a_sentence() =>
        Assert.Equal(["ایران آماده است؛", "روسیه نیز آماده است."], Texts("ایران آماده است؛ روسیه نیز آماده است."));

    [Fact]
    public void A_semicolon_after_a_word_that_only_ends_like_a_speech_verb_ends_a_sentence() =>
        Assert.Equal(["همه در شگفت؛", "او رفت."], Texts("همه در شگفت؛ او رفت."));

    [Fact]
    public void A_period_glued_between_Persian_words_ends_a_sentence() =>
        Assert.Equal(["با وی گفت وگو کرد.", "شمخانی در این دیدار گفت: ما آماده ایم."], Texts("با وی گفت وگو کرد.شمخانی در این دیدار گفت: ما آماده ایم."));

    [Fact]
    public void A_period_glued_between_Latin_words_belongs_to_a_web_address() =>
        Assert.Single(Texts("به نقل از www.irna.ir و news.com?id=5 گزارش شد."));

    [Fact]
    public void A_list_number_with_a_period_does_not_end_a_sentence() =>
        Assert.Single(Texts("1. همکاری های امنیتی دو کشور"));

    [Fact]
    public void A_period_after_a_number_at_the_end_of_a_sentence_ends_it() =>
        Assert.Equal(["این اتفاق در سال 1397.", "سپس تکرار شد."], Texts("این اتفاق در سال 1397. سپس تکرار شد."));

    [Fact]
    public void A_single_line_break_ends_the_sentence_and_starts_a_paragraph()
    {
        var sentences = Split("تیتر خبر\nمتن خبر ادامه دارد. جمله دوم.");
        Assert.Equal(["تیتر خبر", "متن خبر ادامه دارد.", "جمله دوم."], sentences.Select(s => s.Text));
        Assert.Equal([true, true, false], sentences.Select(s => s.StartsParagraph));
    }

    [Fact]
    public void A_blank_line_ends_the_paragraph()
    {
        var sentences = Split("تیتر خبر\n\nمتن خبر ادامه دارد");
        Assert.Equal(["تیتر خبر", "متن خبر ادامه دارد"], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.True(s.StartsParagraph));
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_sentence()
    {
        var text = Normalize(WrappedParagraph);
        var sentence = Assert.Single(PersianSentenceSplitter.Instance.Split(text));
        Assert.Equal(new TextSpan(0, text.Length), sentence.Span);
        Assert.Equal(text.Replace('\n', ' '), sentence.Text);
        Assert.True(sentence.StartsParagraph);
    }

    [Fact]
    public void A_headline_before_a_wrapped_paragraph_stays_a_sentence_of_its_own()
    {
        var sentences = Split("دیدار شمخانی و لاورنتیف\n" + WrappedParagraph + "\n" + LongParagraph);
        Assert.Equal(3, sentences.Count);
        Assert.Equal("دیدار شمخانی و لاورنتیف", sentences[0].Text);
        Assert.StartsWith("دریابان شمخانی", sentences[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("قلمداد می کنیم.", sentences[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("به گزارش ایرنا", sentences[2].Text, StringComparison.Ordinal);
        Assert.All(sentences, s => Assert.True(s.StartsParagraph));
    }

    [Fact]
    public void A_headline_before_a_long_paragraph_is_not_joined_to_it() =>
        Assert.Equal(2, Split("شمخانی در تماس تلفنی دبیر شورای امنیت ملی روسیه\n" + LongParagraph).Count);

    [Fact]
    public void Three_similar_headlines_before_a_long_paragraph_are_not_joined_to_it()
    {
        var sentences = Split(
            "دیدار وزیر دفاع روسیه با بشار اسد در دمشق امروز\n"
            + "اراده ایران، روسیه و سوریه مقابله با تروریسم است\n"
            + "تاکید بر ادامه همکاری های امنیتی سه کشور در منطقه\n"
            + LongParagraph);
        Assert.StartsWith("به گزارش ایرنا", sentences[^1].Text, StringComparison.Ordinal);
        Assert.True(sentences[^1].StartsParagraph);
    }

    [Fact]
    public void Short_similar_lines_like_a_menu_are_not_joined() =>
        Assert.Equal(["اخبار سیاسی", "اخبار ورزشی", "اخبار فرهنگی"], Texts("اخبار سیاسی\nاخبار ورزشی\nاخبار فرهنگی"));

    [Fact]
    public void Similar_lines_that_end_with_a_period_stay_separate_paragraphs()
    {
        var sentences = Split(
            "ایران و روسیه بر ادامه همکاری امنیتی در سوریه تاکید کردند.\n"
            + "شمخانی گفت همکاری سه کشور عامل اصلی شکست تروریسم بوده است.\n"
            + "لاورنتیف نیز از نقش سازنده ایران در روند سیاسی حمایت کرد.");
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.StartsParagraph));
    }

    [Fact]
    public void Lines_that_start_list_items_are_not_joined() =>
        Assert.Equal(
            3,
            Split("1- تقویت همکاری های امنیتی و نظامی میان دو کشور\n2- تداوم مبارزه با گروه های تروریستی در منطقه\n3- حمایت از روند سیاسی و آتش بس در سوریه امروز").Count);

    [Fact]
    public void Spans_exclude_whitespace_and_indexes_count_from_zero()
    {
        const string text = "  او آمد.   ما رفتیم.  \n\n  تمام ";
        var sentences = PersianSentenceSplitter.Instance.Split(text);
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal([new TextSpan(2, 9), new TextSpan(12, 21), new TextSpan(27, 31)], sentences.Select(s => s.Span));
        Assert.All(sentences, s => Assert.Equal(text[s.Span.Start..s.Span.End], s.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Blank_text_has_no_sentences(string text) => Assert.Empty(PersianSentenceSplitter.Instance.Split(text));

    [Fact]
    public void Text_without_a_final_mark_is_one_sentence() => Assert.Equal(["کد خبر: 912090"], Texts("کد خبر: 912090"));

    private static string Normalize(string text) => PersianNormalizer.Instance.NormalizeString(text);

    private static IReadOnlyList<Sentence> Split(string text) => PersianSentenceSplitter.Instance.Split(Normalize(text));

    private static List<string> Texts(string text) => [.. Split(text).Select(s => s.Text)];
}
