using Graph.Text;

namespace Graph.Tests.Text;

/// <summary>Normalizer, sentence splitter and tokenizer on the seed articles (copied to the output as Seeds/*.txt).</summary>
public sealed class SeedArticleTextTests
{
    public static TheoryData<string> SeedFiles =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_seeds_are_copied_to_the_output() => Assert.NotEmpty(SeedFiles);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Sentences_are_nonempty_ordered_trimmed_and_cover_every_word(string file)
    {
        var text = Load(file).Text;
        var sentences = PersianSentenceSplitter.Instance.Split(text);
        Assert.NotEmpty(sentences);
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Span.Length > 0);
            Assert.True(sentence.Span.Start >= previousEnd);
            Assert.False(char.IsWhiteSpace(text[sentence.Span.Start]) || char.IsWhiteSpace(text[sentence.Span.End - 1]));
            Assert.Equal(text[sentence.Span.Start..sentence.Span.End].Replace('\n', ' '), sentence.Text);
            Assert.DoesNotContain(text[previousEnd..sentence.Span.Start], c => !char.IsWhiteSpace(c));
            previousEnd = sentence.Span.End;
        }

        Assert.DoesNotContain(text[previousEnd..], c => !char.IsWhiteSpace(c));
        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
        Assert.True(sentences[0].StartsParagraph);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_sentence_maps_back_to_original_text_that_normalizes_to_it(string file)
    {
        var normalized = Load(file);
        foreach (var sentence in PersianSentenceSplitter.Instance.Split(normalized.Text))
        {
            var slice = normalized.OriginalSlice(sentence.Span);
            Assert.Equal(normalized.Text[sentence.Span.Start..sentence.Span.End], PersianNormalizer.Instance.NormalizeString(slice));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_token_maps_back_to_original_text_that_normalizes_to_it(string file)
    {
        var normalized = Load(file);
        var tokens = PersianTokenizer.Instance.Tokenize(normalized.Text);
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            Assert.Equal(token.Text, PersianNormalizer.Instance.NormalizeString(normalized.OriginalSlice(token.Span)));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Tokens_of_the_sentences_are_the_tokens_of_the_text(string file)
    {
        var text = Load(file).Text;
        var fromSentences = PersianSentenceSplitter.Instance.Split(text)
            .SelectMany(s => PersianTokenizer.Instance.Tokenize(text, s.Span));
        Assert.Equal(PersianTokenizer.Instance.Tokenize(text), fromSentences);
    }

    [Fact]
    public void The_hard_wrapped_paragraph_of_seed_001_is_one_sentence()
    {
        var sentences = Split("001_0c42f631b9bea8cd.txt");
        var wrapped = Assert.Single(sentences, s => s.Text.StartsWith("دریابان شمخانی با اشاره به همکاری موثر", StringComparison.Ordinal));
        Assert.EndsWith("موثر قلمداد می کنیم.", wrapped.Text, StringComparison.Ordinal);
        Assert.Contains("روسیه و جریان مقاومت با تروریسم گفت:ما همواره", wrapped.Text, StringComparison.Ordinal);
        Assert.True(wrapped.StartsParagraph);
        Assert.StartsWith("الکساندرلاورنتیف فرستاده ویژه", sentences[wrapped.Index + 1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_keeps_speech_verbs_with_semicolons_in_one_sentence()
    {
        var sentences = Split("001_0c42f631b9bea8cd.txt");
        Assert.Equal(10, sentences.Count);
        Assert.All(sentences, s => Assert.EndsWith(".", s.Text, StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text.Contains("خاطر نشان ساخت؛ مسکو همچنان", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text.StartsWith("وی تاکید کرد؛ اجلاس آستانه", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_003_splits_sentences_glued_without_a_space()
    {
        var sentences = Split("003_23e1b10e4cf44e26.txt");
        var glued = Assert.Single(sentences, s => s.Text.EndsWith("با وی گفت وگو و تبادل نظر کرد.", StringComparison.Ordinal));
        Assert.StartsWith("شمخانی در این گفت وگو با استقبال", sentences[glued.Index + 1].Text, StringComparison.Ordinal);
        Assert.False(sentences[glued.Index + 1].StartsParagraph);
        Assert.Contains(sentences, s => s.Text.StartsWith("نیکلای پاتروشف دبیر شورای امنیت ملی فدراسیون روسیه نیز", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_headlines_are_sentences_of_their_own()
    {
        var sentences = Split("002_e1641abe1a8f5f92.txt");
        Assert.Equal("در خصوص همکاریهای دو کشور در حوزه مقابله با تروریسم صورت گرفت", sentences[0].Text);
        Assert.Equal("دیدار وزیر دفاع روسیه با بشار اسد در دمشق", sentences[1].Text);
        Assert.Equal("شمخانی در دیدار وزیر دفاع روسیه:", sentences[2].Text);
        Assert.Contains(sentences, s => s.Text == "کد خبر: 912090" && s.StartsParagraph);
    }

    [Fact]
    public void Seed_004_keeps_the_date_line_whole_and_splits_the_headline_from_the_lead()
    {
        var sentences = Split("004_4ebda61dd840b46e.txt");
        Assert.Contains(sentences, s => s.Text == "27 فروردین 1397 ساعت 11:23" && s.StartsParagraph);
        Assert.Equal("دکتر روحانی در گفتگوی تلفنی با رئیس جمهور روسیه:", sentences[1].Text);
    }

    private static NormalizedText Load(string file) =>
        PersianNormalizer.Instance.Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", file)));

    private static IReadOnlyList<Sentence> Split(string file) => PersianSentenceSplitter.Instance.Split(Load(file).Text);
}
