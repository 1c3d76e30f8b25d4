using System.Text.RegularExpressions;

namespace Graph.Articles;

/// <summary>
/// Finds the news outlets an article names as its sources, the reporting one first and then the
/// ones it cites, from the attribution forms of Persian news: «به گزارش X»، «به گزارش X به نقل از Y»،
/// «به گزارش X از Y»، «به نوشته X»، «X گزارش داد»، «خبرگزاری X»، «منبع: X», and «(abbr)» after a name
/// (its abbreviation, kept as an outlet of its own).
/// </summary>
/// <remarks>
/// A name runs from the attribution word to the first comma, colon, full stop, bracket, quote or line
/// break, to «به نقل از» or «از» (which bring in a cited outlet), or to a word that starts the rest of
/// the clause (a time word such as «امروز»، «که»، «در»، a pronoun…). A name longer than seven words
/// has no clear end and is dropped. A cited outlet after a bare «از» needs at least two words, so that
/// a dateline («به گزارش ایرنا از تهران») is not taken for an outlet. «خبرگزاری» in front of a name is
/// dropped («خبرگزاری تقریب» → «تقریب»), and so are a reporter or desk in front («خبرنگار سیاسی ایلنا» → «ایلنا»).
/// Outside an attribution, «خبرگزاری X» takes one word, or up to four before an «(abbr)».
/// </remarks>
public sealed partial class OutletFinder
{
    private const int MaxNameWords = 7;
    private const int MaxAgencyNameWords = 4;
    private const int MaxAbbreviationLength = 20;

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "که", "در", "امروز", "دیروز", "فردا", "امشب", "دیشب", "روز", "صبح", "ظهر", "عصر", "شب", "بامداد", "پیش", "بعد", "این", "آن",
        "با", "طی", "هم", "نیز", "برای", "تا", "بر", "وی", "او", "ایشان", "همچنین", "اما", "ولی", "اعلام", "گفت", "افزود", "را",
    };

    private static readonly HashSet<string> ReporterWords = new(StringComparer.Ordinal) { "خبرنگار", "گروه", "سرویس" };

    private static readonly HashSet<string> DeskWords = new(StringComparer.Ordinal)
    {
        "سیاسی", "بین", "الملل", "بینالملل", "بین\u200Cالملل", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "خارجی", "پارلمانی",
        "دفاعی", "امنیتی", "اعزامی", "علمی",
    };

    /// <summary>A shared instance; the finder holds no state.</summary>
    public static OutletFinder Instance { get; } = new();

    /// <summary>The outlets named in <paramref name="normalizedText"/>, each once, in the order of the text.</summary>
    public IReadOnlyList<string> Find(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var found = new List<(int Position, string Name)>();
        foreach (Match match in Attribution().Matches(normalizedText))
        {
            ReadChain(normalizedText, match.Index + match.Length, found);
        }

        foreach (Match match in SourceLabel().Matches(normalizedText))
        {
            ReadChain(normalizedText, match.Index + match.Length, found);
        }

        foreach (Match match in MayHoldReportedBy(normalizedText) ? ReportedBy().Matches(normalizedText) : Enumerable.Empty<Match>())
        {
            var words = WordsOf(normalizedText, match.Groups["name"].Index, match.Groups["name"].Index + match.Groups["name"].Length);
            if (!words.Any(w => ClauseWords.Contains(w.Text)))
            {
                AddName(normalizedText, words, found);
            }
        }

        foreach (Match match in Agency().Matches(normalizedText))
        {
            ReadAgency(normalizedText, match.Index + match.Length, found);
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether <see cref="ReportedBy"/> can match: only where «گزارش» is followed by spaces or tabs and «داد». The
    /// pattern, tried at every word, costs more than all the other searches; most articles have no such place.
    /// </summary>
    private static bool MayHoldReportedBy(string text)
    {
        const string Report = "گزارش";
        for (var at = text.IndexOf(Report, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Report, at + 1, StringComparison.Ordinal))
        {
            var next = at + Report.Length;
            var afterSpaces = next;
            SkipSpaces(text, ref afterSpaces);
            if (afterSpaces > next && text.AsSpan(afterSpaces).StartsWith("داد", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads «X (abbr) به نقل از Y از Z …» from <paramref name="position"/>.</summary>
    private static void ReadChain(string text, int position, List<(int, string)> found)
    {
        var minWords = 1;
        while (true)
        {
            var words = ReadName(text, ref position, minWords);
            if (words is null)
            {
                return;
            }

            AddName(text, words, found);
            ReadAbbreviation(text, ref position, found);
            var next = position;
            var connector = ReadWord(text, ref next);
            if (connector?.Text == "به" && ReadWord(text, ref next)?.Text == "نقل" && ReadWord(text, ref next)?.Text == "از")
            {
                minWords = 1;
            }
            else if (connector?.Text == "از")
            {
                minWords = 2;
            }
            else
            {
                return;
            }

            position = next;
        }
    }

    /// <summary>Reads «خبرگزاری X»: up to four words before an «(abbr)», else one word.</summary>
    private static void ReadAgency(string text, int position, List<(int, string)> found)
    {
        var words = new List<Word>();
        var end = position;
        while (words.Count < MaxAgencyNameWords && ReadWord(text, ref end) is { } word && !ClauseWords.Contains(word.Text))
        {
            words.Add(word);
            var afterWord = end;
            SkipSpaces(text, ref afterWord);
            if (afterWord < text.Length && text[afterWord] == '(')
            {
                AddName(text, words, found);
                ReadAbbreviation(text, ref end, found);
                return;
            }
        }

        if (words.Count > 0)
        {
            AddName(text, words.Take(1).ToList(), found);
        }
    }

    /// <summary>The words of a name starting at <paramref name="position"/>, which moves past them; null when there is no name or no clear end.</summary>
    private static List<Word>? ReadName(string text, ref int position, int minWords)
    {
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] is '«' or '"')
        {
            var close = text.IndexOfAny(['»', '"', '\n'], position + 1);
            if (close < 0 || text[close] == '\n')
            {
                return null;
            }

            var quoted = WordsOf(text, position + 1, close);
            position = close + 1;
            return quoted.Count >= minWords && quoted.Count <= MaxNameWords ? quoted : null;
        }

        var words = new List<Word>();
        while (true)
        {
            var next = position;
            var word = ReadWord(text, ref next);
            if (word is null || word.Text == "از" || ClauseWords.Contains(word.Text) || (word.Text == "به" && StartsCitation(text, next)))
            {
                break;
            }

            words.Add(word);
            position = next;
            if (words.Count > MaxNameWords)
            {
                return null;
            }
        }

        while (words.Count > 0 && words[^1].Text == "و")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count >= minWords ? words : null;
    }

    private static bool StartsCitation(string text, int position) =>
        ReadWord(text, ref position)?.Text == "نقل" && ReadWord(text, ref position)?.Text == "از";

    /// <summary>Reads «(abbr)» right after a name and adds it as an outlet.</summary>
    private static void ReadAbbreviation(string text, ref int position, List<(int, string)> found)
    {
        var open = position;
        SkipSpaces(text, ref open);
        if (open >= text.Length || text[open] != '(')
        {
            return;
        }

        var close = text.IndexOfAny([')', '\n'], open + 1);
        if (close < 0 || text[close] != ')' || close - open - 1 > MaxAbbreviationLength)
        {
            return;
        }

        var words = WordsOf(text, open + 1, close);
        if (words.Count > 0)
        {
            AddName(text, words, found);
            position = close + 1;
        }
    }

    /// <summary>Adds the name made of <paramref name="words"/>, without a leading «خبرگزاری», reporter or desk.</summary>
    private static void AddName(string text, List<Word> words, List<(int, string)> found)
    {
        var agency = words.FindLastIndex(w => w.Text == "خبرگزاری");
        var first = agency >= 0 && agency < words.Count - 1 ? agency + 1 : 0;
        if (first == 0 && words.Count > 1 && ReporterWords.Contains(words[0].Text))
        {
            first = 1;
            while (first < words.Count - 1 && DeskWords.Contains(words[first].Text))
            {
                first++;
            }
        }

        if (first < words.Count)
        {
            found.Add((words[first].Start, text[words[first].Start..words[^1].End]));
        }
    }

    private static List<Word> WordsOf(string text, int start, int end)
    {
        var words = new List<Word>();
        var position = start;
        while (position < end)
        {
            if (ReadWord(text, ref position) is { } word && word.End <= end)
            {
                words.Add(word);
            }
            else
            {
                position++;
            }
        }

        return words;
    }

    /// <summary>Reads the word at <paramref name="position"/> after spaces; null (position unchanged) at punctuation, a line break or the end.</summary>
    private static Word? ReadWord(string text, ref int position)
    {
        var start = position;
        SkipSpaces(text, ref start);
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark || text[end] == '\u200C'))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        position = end;
        return new Word(text[start..end], start, end);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}\u200C])به[ \t]+(?:گزارش|نوشته)(?![\p{L}\p{M}\p{Nd}\u200C])")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"(?m)^[ \t]*منبع[ \t]*:")]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"(?<=(?:^|[\n.!?؟،,:؛])[ \t]*)(?<name>[\p{L}\p{M}\p{Nd}\u200C]+(?:[ \t]+[\p{L}\p{M}\p{Nd}\u200C]+){0,4})[ \t]+گزارش[ \t]+(?:داد|داده[ \t]+است)(?![\p{L}\p{M}\p{Nd}\u200C])")]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}\u200C])(?<!به[ \t]+(?:گزارش|نوشته)[ \t]+)خبرگزاری(?![\p{L}\p{M}\p{Nd}\u200C])")]
    private static partial Regex Agency();

    /// <summary>A word of the text and where it lies.</summary>
    private sealed record Word(string Text, int Start, int End);
}
