using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianNormalizerPropertyTests
{
    private const int CasesPerSeed = 500;
    private const int MaxFragments = 40;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalizing_twice_gives_the_same_text_as_normalizing_once(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var original = generator.Next(MaxFragments);
            var once = Normalize(original).Text;
            var twice = Normalize(once).Text;
            Assert.True(once == twice, $"input {RandomPersianText.Escape(original)}: once {RandomPersianText.Escape(once)}, twice {RandomPersianText.Escape(twice)}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalizing_the_original_slice_of_a_token_gives_back_the_token(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var original = generator.Next(MaxFragments);
            var normalized = Normalize(original);
            foreach (var token in PersianTokenizer.Instance.Tokenize(normalized.Text))
            {
                var slice = normalized.OriginalSlice(token.Span);
                var again = Normalize(slice).Text;
                Assert.True(
                    again == token.Text,
                    $"input {RandomPersianText.Escape(original)}: token {RandomPersianText.Escape(token.Text)} at {token.Span} came from {RandomPersianText.Escape(slice)}, which normalizes to {RandomPersianText.Escape(again)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_character_maps_to_a_nonempty_original_range_in_order(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var original = generator.Next(MaxFragments);
            var normalized = Normalize(original);
            var previous = new TextSpan(0, 0);
            for (var i = 0; i < normalized.Text.Length; i++)
            {
                var span = normalized.ToOriginal(i, i + 1);
                var where = $"input {RandomPersianText.Escape(original)}, char {i} maps to {span} after {previous}";
                Assert.True(span.Start >= 0 && span.End <= original.Length && span.Start < span.End, where);
                Assert.True(span.Start >= previous.Start && span.End >= previous.End, where);
                previous = span;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_map_covers_the_whole_original_without_gaps(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var original = generator.Next(MaxFragments);
            var normalized = Normalize(original);
            var text = normalized.Text;
            if (text.Length == 0)
            {
                continue;
            }

            var where = $"input {RandomPersianText.Escape(original)}";
            Assert.True(normalized.ToOriginal(0, 1).Start == 0, where);
            Assert.True(normalized.ToOriginal(text.Length - 1, text.Length).End == original.Length, where);
            for (var i = 1; i < text.Length; i++)
            {
                Assert.True(normalized.ToOriginal(i, i + 1).Start <= normalized.ToOriginal(i - 1, i).End, $"{where}: gap before char {i}");
            }

            Assert.Equal(new TextSpan(0, original.Length), normalized.ToOriginal(0, text.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Normalized_text_has_no_foldable_or_invisible_characters_left(int seed)
    {
        var generator = new RandomPersianText(seed);
        for (var k = 0; k < CasesPerSeed; k++)
        {
            var original = generator.Next(MaxFragments);
            var text = Normalize(original).Text;
            var where = $"input {RandomPersianText.Escape(original)}, output {RandomPersianText.Escape(text)}";
            Assert.True(text.IndexOfAny(['ي', 'ى', 'ك', 'ة', 'ۀ', 'أ', 'إ', 'ؤ', '\u0640', '\u00A0', '\u200E', '\u200F', '\u200D', '\uFEFF', '\r', '\t']) < 0, where);
            Assert.DoesNotContain(text, c => c is >= '\u064B' and <= '\u0652' or >= '\u06F0' and <= '\u06F9' or >= '\u0660' and <= '\u0669' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC');
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
            Assert.False(text.StartsWith(' ') || text.EndsWith(' ') || text.StartsWith('\n') || text.EndsWith('\n'), where);
        }
    }

    private static NormalizedText Normalize(string text) => PersianNormalizer.Instance.Normalize(text);
}
