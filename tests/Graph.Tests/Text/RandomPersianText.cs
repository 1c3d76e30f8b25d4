using System.Globalization;
using System.Text;

namespace Graph.Tests.Text;

/// <summary>Generates messy Persian-looking strings from a seeded random source, for property tests.</summary>
internal sealed class RandomPersianText(int seed)
{
    private static readonly string[] Fragments =
    [
        // Persian letters and whole words.
        "ا", "ب", "پ", "ت", "س", "ش", "م", "ن", "و", "ه", "ی", "ک", "گ", "ر", "د", "ل",
        "همکاری", "ایران", "روسیه", "شمخانی", "می", "کند", "ها", "گفت",
        // Arabic letter variants.
        "ي", "ى", "ك", "ة", "ۀ", "أ", "إ", "ؤ", "ئ", "ء", "آ",
        // Presentation forms.
        "\uFED9", "\uFEFB", "\uFEF3", "\uFB8F", "\uFDF2", "\uFE8E", "\uFE70", "\uFC5E",
        // Diacritics, superscript alef and tatweel.
        "\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640",
        // Digits: Persian, Arabic-Indic, Latin, and the Arabic decimal and thousands separators.
        "۰", "۱", "۲", "۳", "۹", "٠", "١", "٤", "٧", "0", "1", "5", "9", "\u066B", "\u066C",
        // Joiners, invisible marks and spaces.
        "\u200C", "\u200C", "\u200D", "\u00A0", "\u200E", "\u200F", "\u200B", "\uFEFF", "\u00AD", "\u202B", "\u202C",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2009",
        // Punctuation and quotes.
        "«", "»", "\"", ".", "،", "؛", ":", "/", "-", "!", "؟", "?", "(", ")", "…", "%", "٪",
        // Latin.
        "a", "B", "z", "U.S.", "Putin", "e\u0301",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A new string of up to <paramref name="maxFragments"/> fragments.</summary>
    public string Next(int maxFragments)
    {
        var count = _random.Next(maxFragments + 1);
        var builder = new StringBuilder();
        for (var k = 0; k < count; k++)
        {
            builder.Append(Fragments[_random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>Shows a string with its invisible and non-ASCII characters as \uXXXX, for failure messages.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\u007F')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
