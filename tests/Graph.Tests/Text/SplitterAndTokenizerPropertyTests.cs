using Graph.Text;

namespace Graph.Tests.Text;

public sealed class SplitterAndTokenizerPropertyTests
{
    private const int CasesPerSeed = 400;
    private const int MaxFragments = 60;

    public static TheoryData<int> Seeds => [11, 12, 13, 14];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sentences_are_ordered_trimmed_and_leave_out_only_whitespace(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var text = PersianNormalizer.Instance.NormalizeString(generator.Next(MaxFragments));
            var where = $"text {RandomPersianText.Escape(text)}";
            var previousEnd = 0;
            foreach (var sentence in PersianSentenceSplitter.Instance.Split(text))
            {
                Assert.True(sentence.Span.Start >= previousEnd && sentence.Span.Length > 0, where);
                Assert.True(!char.IsWhiteSpace(text[sentence.Span.Start]) && !char.IsWhiteSpace(text[sentence.Span.End - 1]), where);
                Assert.True(text[previousEnd..sentence.Span.Start].All(char.IsWhiteSpace), where);
                previousEnd = sentence.Span.End;
            }

            Assert.True(text[previousEnd..].All(char.IsWhiteSpace), where);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokens_are_ordered_and_leave_out_only_whitespace_and_zwnj(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var text = PersianNormalizer.Instance.NormalizeString(generator.Next(MaxFragments));
            var where = $"text {RandomPersianText.Escape(text)}";
            var previousEnd = 0;
            foreach (var token in PersianTokenizer.Instance.Tokenize(text))
            {
                Assert.True(token.Span.Start >= previousEnd && token.Span.Length > 0, where);
                Assert.Equal(text[token.Span.Start..token.Span.End], token.Text);
                Assert.True(text[previousEnd..token.Span.Start].All(c => char.IsWhiteSpace(c) || c == PersianNormalizer.Zwnj), where);
                previousEnd = token.Span.End;
            }

            Assert.True(text[previousEnd..].All(c => char.IsWhiteSpace(c) || c == PersianNormalizer.Zwnj), where);
        }
    }
}
