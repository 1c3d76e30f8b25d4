using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Text;

namespace Graph.Articles;

/// <summary>
/// Decides whether a line of an article is text, a date line or page furniture, by general rules:
/// <list type="number">
/// <item>a line whose words, once dates, numbers, Latin tokens and the label words below are taken away, are none, and that names a date, is a date line (kept: it is metadata);</item>
/// <item>a line of at most three space-separated tokens without a single Arabic-script letter («newsQrCode», a bare number or URL) is furniture;</item>
/// <item>a line that starts with a label and a colon («کد خبر:»، «کد مطلب:»، «شناسه خبر:»، «برچسب‌ها:»، «کلمات کلیدی:») is furniture;</item>
/// <item>a line made only of furniture phrases («ارسال نظرات»، «انتشار یافته»، «اشتراک‌گذاری»، «چاپ»، «ارسال به دوستان»، «نیازمندی‌ها»، «اخبار مرتبط») and the same filler (numbers, Latin tokens, small words such as «در»، «به»، «خبر») is furniture; «اخبار مرتبط»-like headings start a list whose short lines are furniture too.</item>
/// </list>
/// </summary>
internal sealed partial class LineClassifier(IDateFinder dateFinder)
{
    private const int MaxTokensOfLatinOnlyFurniture = 3;

    private static readonly string[] Labels =
    [
        "کد خبر", "کد مطلب", "شناسه خبر", "شناسه مطلب", "برچسب ها", "برچسبها", "برچسب", "کلمات کلیدی", "کلید واژه ها",
        "کلیدواژه ها", "کلیدواژه", "تگ ها", "لینک کوتاه", "نشانی کوتاه", "تعداد بازدید",
    ];

    private static readonly string[][] ListHeadings = Split(
        ["اخبار مرتبط", "مطالب مرتبط", "خبرهای مرتبط", "نیازمندی ها", "نیازمندیها", "پربازدیدترین ها", "پربازدیدترین", "آخرین اخبار"]);

    private static readonly string[][] FurniturePhrases = Split(
    [
        "کد خبر", "کد مطلب", "شناسه خبر", "شناسه مطلب", "ارسال نظرات", "ارسال نظر", "نظرات", "نظر شما", "دیدگاه ها",
        "انتشار یافته", "در انتظار بررسی", "غیر قابل انتشار", "اشتراک گذاری", "اشتراک", "چاپ", "نسخه چاپی",
        "ارسال به دوستان", "ارسال به دوست", "برچسب ها", "برچسبها", "کلمات کلیدی", "تعداد بازدید", "بازدید", "لینک کوتاه",
    ]);

    /// <summary>The most words a heading or furniture phrase has.</summary>
    private static readonly int MaxPhraseWords = ListHeadings.Concat(FurniturePhrases).Max(p => p.Length);

    /// <summary>Words that may stand beside furniture phrases and dates without making the line text.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "در", "به", "با", "و", "از", "این", "را", "ها", "های", "خبر", "مطلب", "صفحه", "تاریخ", "انتشار", "زمان", "ساعت", "منتشر", "شده",
    };

    public LineKind Classify(string normalizedLine)
    {
        var canonical = Canonical(normalizedLine);
        if (canonical.Length == 0)
        {
            return LineKind.Blank;
        }

        var dates = dateFinder.Find(normalizedLine);
        if (dates.Count > 0 && HasNoOtherWords(Canonical(RemoveSpans(normalizedLine, dates)), out _))
        {
            return LineKind.Date;
        }

        if (!ArabicLetter().IsMatch(canonical) && canonical.Count(c => c == ' ') < MaxTokensOfLatinOnlyFurniture)
        {
            return LineKind.Furniture;
        }

        if (Labels.Any(label => canonical.StartsWith(label, StringComparison.Ordinal)
            && canonical.AsSpan(label.Length).TrimStart(' ').StartsWith(":", StringComparison.Ordinal)))
        {
            return LineKind.Furniture;
        }

        if (HasNoOtherWords(canonical, out var heading) && heading is not null)
        {
            return heading.Value ? LineKind.ListHeading : LineKind.Furniture;
        }

        return LineKind.Text;
    }

    /// <summary>
    /// Whether every token of <paramref name="canonical"/> is a furniture phrase or filler; whether a phrase was found
    /// and whether it was a list heading. Tokens are read only as far as needed: a text line stops at its first word.
    /// </summary>
    private static bool HasNoOtherWords(string canonical, out bool? listHeading)
    {
        var words = new List<string>();
        var match = Tokens().Match(canonical);
        bool Read(int count)
        {
            while (words.Count < count && match.Success)
            {
                words.Add(match.Value);
                match = match.NextMatch();
            }

            return words.Count >= count;
        }

        listHeading = null;
        for (var i = 0; Read(i + MaxPhraseWords) || i < words.Count;)
        {
            if (MatchLength(words, i, ListHeadings) is > 0 and var headingLength)
            {
                listHeading = true;
                i += headingLength;
            }
            else if (MatchLength(words, i, FurniturePhrases) is > 0 and var phraseLength)
            {
                listHeading ??= false;
                i += phraseLength;
            }
            else
            {
                if (!Filler.Contains(words[i]) && ArabicLetter().IsMatch(words[i]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static int MatchLength(List<string> words, int start, string[][] phrases)
    {
        var best = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > best && start + phrase.Length <= words.Count && phrase.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(words).Slice(start, phrase.Length)))
            {
                best = phrase.Length;
            }
        }

        return best;
    }

    private static string RemoveSpans(string text, IReadOnlyList<DateMention> mentions)
    {
        var chars = text.ToCharArray();
        foreach (var mention in mentions)
        {
            Array.Fill(chars, ' ', mention.Span.Start, mention.Span.Length);
        }

        return new string(chars);
    }

    /// <summary>The line with joiners as spaces and runs of spaces collapsed, so that «نیازمندی‌ها» and «نیازمندی ها» compare equal.</summary>
    private static string Canonical(string line)
    {
        // Equivalent to replacing ZWNJ by a space, collapsing runs of \s (char.IsWhiteSpace) to one space and trimming.
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c == PersianNormalizer.Zwnj || char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string[][] Split(string[] phrases) => [.. phrases.Select(p => p.Split(' '))];

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();
}
