using System.Globalization;
using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianDateFinderPropertyTests
{
    private const int CasesPerSeed = 2000;
    private const int MaxWords = 12;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_word_sharing_characters_with_a_mention_may_be_in_a_mention(int seed)
    {
        var generator = new RandomDateLine(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var text = PersianNormalizer.Instance.NormalizeString(generator.Next(MaxWords));
            foreach (var mention in PersianDateFinder.Instance.Find(text))
            {
                foreach (var (start, end) in Words(text))
                {
                    if (start < mention.Span.End && mention.Span.Start < end)
                    {
                        Assert.True(
                            PersianDateFinder.MayBeInMention(text.AsSpan(start, end - start)),
                            $"«{text[start..end]}» in «{text}», mention «{text[mention.Span.Start..mention.Span.End]}»");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("ایران")]
    [InlineData("گفت")]
    [InlineData("وزیر")]
    public void An_ordinary_word_cannot_be_in_a_mention(string word) => Assert.False(PersianDateFinder.MayBeInMention(word));

    [Theory]
    [InlineData("فروردین")]
    [InlineData("مهرماه")]
    [InlineData("ش")]
    [InlineData("سال1397")]
    [InlineData("بیستویکم")]
    public void A_date_word_or_a_word_with_digits_may_be_in_a_mention(string word) => Assert.True(PersianDateFinder.MayBeInMention(word));

    /// <summary>The runs of letters, marks and digits of <paramref name="text"/>, as [start, end) offsets.</summary>
    private static IEnumerable<(int Start, int End)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }
    }
}
