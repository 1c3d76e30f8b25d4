using System.Globalization;
using System.Text;
using Graph.Evaluation;

namespace Graph.Tests.Evaluation;

public sealed class AliasNormalizerTests
{
    [Fact]
    public void Arabic_yeh_and_kaf_become_Persian() =>
        Assert.Equal("نیکلایپاتروشف", AliasNormalizer.Normalize("نيكلاي پاتروشف"));

    [Fact]
    public void Spaces_zwnj_diacritics_and_tatweel_are_removed() =>
        Assert.All(
            new[] { "خامنه ای", "خامنه‌ای", "خامِنه‌ای", "خامنـه ای" },
            name => Assert.Equal("خامنهای", AliasNormalizer.Normalize(name)));

    [Fact]
    public void Presentation_forms_are_folded_by_nfkc() =>
        Assert.Equal("سوریه", AliasNormalizer.Normalize("ﺳﻮﺭﯾﻪ"));

    [Fact]
    public void Persian_and_arabic_digits_become_ascii() =>
        Assert.Equal("1397/27", AliasNormalizer.Normalize("۱۳۹۷/٢٧"));

    [Fact]
    public void Guillemets_quotes_brackets_and_hyphens_are_removed() =>
        Assert.Equal("النصره", AliasNormalizer.Normalize("«(ال-نصره)» \"['']\""));

    [Fact]
    public void Python_whitespace_includes_the_information_separators() =>
        Assert.Equal("ab", AliasNormalizer.Normalize("a\u001Cb"));

    [Fact]
    public void Lower_case_follows_python_with_final_sigma_and_dotted_capital_i()
    {
        Assert.Equal("οδος", AliasNormalizer.Normalize("ΟΔΟΣ"));
        Assert.Equal("σ", AliasNormalizer.Normalize("Σ"));
        Assert.Equal("i\u0307stanbul", AliasNormalizer.Normalize("İstanbul"));
    }

    [Fact]
    public void Null_and_empty_names_normalize_to_empty()
    {
        Assert.Equal(string.Empty, AliasNormalizer.Normalize(null));
        Assert.Equal(string.Empty, AliasNormalizer.Normalize(" \u200C "));
    }

    [Fact]
    public void Every_single_character_normalizes_as_in_score_py()
    {
        // Planes 0 to 3 and 14 hold every character that has a mapping; the others map to themselves.
        var codePoints = Enumerable.Range(0, 0x40000).Concat(Enumerable.Range(0xE0000, 0x10000))
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .ToList();
        AssertSameAsScorePy(codePoints.Select(c => new[] { c }).ToList());
    }

    [Fact]
    public void Strings_of_letters_and_marks_normalize_as_in_score_py()
    {
        int[] pool =
        [
            'A', 'e', 'I', 'i', 'k', 's', ' ', '-', 0x1C, 0x130, 0x131, 0x3A3, 0x391, 0x3C3, 0x2E, 0x27, 0xAD, 0x2B0,
            0x300, 0x301, 0x308, 0x323, 0x327, 0x345, 0x1E9E, 0x1C5, 0x212B, 0xFB01, 0x2163,
            0x1100, 0x1161, 0x11A8, 0xAC00, 0x3131,
            0x627, 0x622, 0x653, 0x654, 0x655, 0x64A, 0x649, 0x643, 0x6CC, 0x6A9, 0x629, 0x647, 0x6C0, 0x640, 0x64B, 0x650, 0x651, 0x670,
            0x200C, 0x200D, 0x200F, 0xFEFB, 0xFEF5, 0xFDF2, 0xFEB3, 0x6F1, 0x661, 0xAB, 0xBB, 0xA0, 0x3000, 0x2028,
            0x1D400, 0x1F100, 0x1D15E, 0x1D165,
        ];
        var random = new Random(20180416);
        var strings = new List<int[]>();
        for (var i = 0; i < 5000; i++)
        {
            strings.Add([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => pool[random.Next(pool.Length)])]);
        }

        AssertSameAsScorePy(strings);
    }

    private static void AssertSameAsScorePy(List<int[]> strings)
    {
        var input = new StringBuilder();
        foreach (var s in strings)
        {
            input.AppendJoin(' ', s.Select(c => c.ToString("X", CultureInfo.InvariantCulture))).Append('\n');
        }

        const string Code = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from score import norm
            out = []
            for line in sys.stdin.read().split("\n")[:-1]:
                s = "".join(chr(int(h, 16)) for h in line.split())
                out.append(" ".join("%X" % ord(c) for c in norm(s)))
            sys.stdout.write("\n".join(out) + "\n")
            """;
        var expected = ScorePy.RunPython(["-c", Code, ScorePy.TestData], input.ToString()).Split('\n');
        var mismatches = new List<string>();
        for (var i = 0; i < strings.Count; i++)
        {
            var text = string.Concat(strings[i].Select(char.ConvertFromUtf32));
            var actual = string.Join(' ', AliasNormalizer.Normalize(text).EnumerateRunes().Select(r => r.Value.ToString("X", CultureInfo.InvariantCulture)));
            if (actual != expected[i])
            {
                mismatches.Add($"{string.Join(' ', strings[i].Select(c => c.ToString("X", CultureInfo.InvariantCulture)))}: score.py {expected[i]}, ours {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differences, e.g.{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
    }
}
