using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Text;

/// <summary>
/// Finds dates in normalized Persian text: Jalali, Gregorian and Hijri dates with the month in words
/// («27 فروردین 1397»، «۱۹ مهرماه ۱۳۹۹»، «16 آوریل 2018»، «12 رمضان 1439»), numeric dates
/// (1397/01/27, 2018-04-16, 16/04/2018), times next to them («ساعت 11:23»), relative day words
/// («امروز»، «دیروز»، «روز گذشته»، «فردا») and weekdays («روز یکشنبه»). Adjacent pieces form one
/// mention: «امروز دوشنبه» has RelativeDays 0 and Weekday Monday.
/// </summary>
/// <remarks>
/// Rules: a two-digit year «85» is 1385 (Jalali, 50–99 → 13xx, 00–49 → 14xx) or 2085/1985 alike for
/// Gregorian, and is read as a year only at the end of a clause, so that «10 دی 12 نفر» is not a
/// year; the month names that are also common words (تیر، مه، می) count only with a year or «ماه»;
/// a Hijri month needs a four-digit year and is converted with the Umm al-Qura calendar (Iran's
/// official lunar calendar can differ by a day); a numeric date needs a four-digit year (1200–1499 Jalali,
/// 1901–2199 Gregorian) except yy/mm/dd with yy over 31 (Jalali); numeric Gregorian dates are
/// day/month/year unless the first number cannot be a month. A time alone is not a mention.
/// Without a reference date, a date with no year, a relative word or a weekday has no <see cref="DateMention.Date"/>;
/// with one, a year-less date takes the year that puts it nearest the reference, a relative word
/// counts from it and a lone weekday is the latest such day on or before it.
/// </remarks>
public sealed partial class PersianDateFinder : IDateFinder
{
    private const string Before = @"(?<![\p{L}\p{M}\p{Nd}\u200C])";
    private const string After = @"(?![\p{L}\p{M}\p{Nd}\u200C])";
    private const string Join = "[ \u200C]?";

    private const string Ordinal =
        "(?:(?:بیست|سی)[ \u200C]*و[ \u200C]*)?(?:یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم)"
        + "|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم|سی[ \u200C]?ام";

    private const string MonthNames =
        "ربیع[ \u200C]?الاول|ربیع[ \u200C]?الثانی|ربیع[ \u200C]?الآخر|جمادی[ \u200C]?الاولی|جمادی[ \u200C]?الاول"
        + "|جمادی[ \u200C]?الثانی|جمادی[ \u200C]?الآخره|جمادی[ \u200C]?الآخر|جمادی[ \u200C]?الاخر"
        + "|ذی[ \u200C]?القعده|ذی[ \u200C]?الحجه|ذیقعده|ذیحجه"
        + "|اردیبهشت|فروردین|شهریور|سپتامبر|دسامبر|نوامبر|ژانویه|آگوست|اگوست|ژوییه|ژوئیه|جولای|اکتبر"
        + "|خرداد|مرداد|اسفند|فوریه|آوریل|اوریل|آپریل|شعبان|رمضان|بهمن|آبان|ابان|مارس|ژوئن|ژوین|محرم|شوال"
        + "|آذر|اذر|مهر|تیر|جون|اوت|صفر|رجب|دی|مه|می";

    private const string Era =
        "هجری[ \t\u200C]*(?:شمسی|خورشیدی|قمری)|ه\\.[ \t]?[شق]\\.?|شمسی|خورشیدی|قمری|میلادی";

    private const string TwoDigitYearFollower =
        "[ \t]*(?:\\z|\\r?\\n|[،,.؛;:)\\]\\-–—|/]|ساعت|هجری|ه\\.|شمسی|خورشیدی|میلادی|قمری|[0-9]{1,2}:[0-9]{2})";

    private const string NumericBefore = "(?<![0-9]|[0-9][/.\\-])";
    private const string NumericAfter = "(?![0-9]|[/.\\-][0-9])";

    private static readonly Dictionary<string, int> JalaliMonths = new(StringComparer.Ordinal)
    {
        ["فروردین"] = 1, ["اردیبهشت"] = 2, ["خرداد"] = 3, ["تیر"] = 4, ["مرداد"] = 5, ["شهریور"] = 6,
        ["مهر"] = 7, ["آبان"] = 8, ["ابان"] = 8, ["آذر"] = 9, ["اذر"] = 9, ["دی"] = 10, ["بهمن"] = 11, ["اسفند"] = 12,
    };

    private static readonly Dictionary<string, int> GregorianMonths = new(StringComparer.Ordinal)
    {
        ["ژانویه"] = 1, ["فوریه"] = 2, ["مارس"] = 3, ["آوریل"] = 4, ["اوریل"] = 4, ["آپریل"] = 4, ["مه"] = 5, ["می"] = 5,
        ["ژوئن"] = 6, ["ژوین"] = 6, ["جون"] = 6, ["ژوئیه"] = 7, ["ژوییه"] = 7, ["جولای"] = 7, ["اوت"] = 8, ["آگوست"] = 8,
        ["اگوست"] = 8, ["سپتامبر"] = 9, ["اکتبر"] = 10, ["نوامبر"] = 11, ["دسامبر"] = 12,
    };

    private static readonly Dictionary<string, int> HijriMonths = new(StringComparer.Ordinal)
    {
        ["محرم"] = 1, ["صفر"] = 2, ["ربیعالاول"] = 3, ["ربیعالثانی"] = 4, ["ربیعالآخر"] = 4, ["جمادیالاول"] = 5,
        ["جمادیالاولی"] = 5, ["جمادیالثانی"] = 6, ["جمادیالآخر"] = 6, ["جمادیالاخر"] = 6, ["جمادیالآخره"] = 6,
        ["رجب"] = 7, ["شعبان"] = 8, ["رمضان"] = 9, ["شوال"] = 10, ["ذیالقعده"] = 11, ["ذیقعده"] = 11,
        ["ذیالحجه"] = 12, ["ذیحجه"] = 12,
    };

    /// <summary>Month names that are also everyday words; they count as months only with a year or «ماه».</summary>
    private static readonly HashSet<string> AmbiguousMonths = new(StringComparer.Ordinal) { "تیر", "مه", "می", "صفر" };

    private static readonly Dictionary<string, int> OrdinalUnits = new(StringComparer.Ordinal)
    {
        ["یکم"] = 1, ["اول"] = 1, ["دوم"] = 2, ["سوم"] = 3, ["چهارم"] = 4, ["پنجم"] = 5, ["ششم"] = 6, ["هفتم"] = 7,
        ["هشتم"] = 8, ["نهم"] = 9, ["دهم"] = 10, ["یازدهم"] = 11, ["دوازدهم"] = 12, ["سیزدهم"] = 13, ["چهاردهم"] = 14,
        ["پانزدهم"] = 15, ["شانزدهم"] = 16, ["هفدهم"] = 17, ["هجدهم"] = 18, ["هیجدهم"] = 18, ["نوزدهم"] = 19,
        ["بیستم"] = 20, ["سیام"] = 30,
    };

    private static readonly Dictionary<string, int> RelativeWords = new(StringComparer.Ordinal)
    {
        ["امروز"] = 0, ["امشب"] = 0, ["دیروز"] = -1, ["دیشب"] = -1, ["روزگذشته"] = -1, ["پریروز"] = -2,
        ["فردا"] = 1, ["پسفردا"] = 2,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["شنبه"] = DayOfWeek.Saturday, ["یکشنبه"] = DayOfWeek.Sunday, ["دوشنبه"] = DayOfWeek.Monday,
        ["سهشنبه"] = DayOfWeek.Tuesday, ["چهارشنبه"] = DayOfWeek.Wednesday, ["پنجشنبه"] = DayOfWeek.Thursday,
        ["جمعه"] = DayOfWeek.Friday,
    };

    /// <summary>Every month name of <see cref="WrittenDate"/> starts with one of these.</summary>
    private static readonly SearchValues<string> MonthNameStarts = SearchValues.Create(
        [.. MonthNames.Split('|').Select(name => name.Split('[')[0])],
        StringComparison.Ordinal);

    /// <summary>Every match of <see cref="RelativeDay"/> contains one of these.</summary>
    private static readonly string[] RelativeDayWords = ["روز", "فردا", "امشب", "دیشب"];

    /// <summary>
    /// The runs of letters written in the patterns that match words (numeric dates match digits only). A run of
    /// letters inside a mention is made of whole runs of the patterns, so it holds one of these or, from «ه.ش.», is a
    /// single letter.
    /// </summary>
    private static readonly SearchValues<string> PatternWords = SearchValues.Create(
        [.. LetterRuns(WrittenDatePattern + " " + TimeOfDayPattern + " " + RelativeDayPattern + " " + WeekdayPattern).Where(run => run.Length >= 2)],
        StringComparison.Ordinal);

    private static readonly PersianCalendar Jalali = new();
    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>A shared instance; the finder holds no state.</summary>
    public static PersianDateFinder Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<DateMention> Find(string normalizedText) => Find(normalizedText, null);

    /// <summary>
    /// Whether <paramref name="word"/>, a whole run of letters, marks and digits of a text, may share characters with a
    /// mention found in that text. A mention starts and ends at the edge of such a run, or inside one beside an ASCII
    /// digit or after an era word; so a word for which this is false lies wholly outside every mention, and callers
    /// can tell that a text is more than dates without searching it.
    /// </summary>
    internal static bool MayBeInMention(ReadOnlySpan<char> word) =>
        word.Length < 2 || word.ContainsAnyInRange('0', '9') || word.ContainsAny(PatternWords);

    /// <inheritdoc />
    public IReadOnlyList<DateMention> Find(string normalizedText, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var pieces = new List<Piece>();
        if (MayHoldWrittenDate(normalizedText))
        {
            AddWrittenDates(normalizedText, pieces);
        }

        // Each pattern below needs a digit or one of its words: text without them is not searched.
        if (normalizedText.AsSpan().ContainsAnyInRange('0', '9'))
        {
            AddNumericDates(normalizedText, pieces);
            AddTimes(normalizedText, pieces);
        }

        if (RelativeDayWords.Any(word => normalizedText.Contains(word, StringComparison.Ordinal)))
        {
            AddRelativeDays(normalizedText, pieces);
        }

        if (normalizedText.Contains("شنبه", StringComparison.Ordinal) || normalizedText.Contains("جمعه", StringComparison.Ordinal))
        {
            AddWeekdays(normalizedText, pieces);
        }
        pieces.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));

        var mentions = new List<DateMention>();
        Group? group = null;
        var lastEnd = -1;
        foreach (var piece in pieces)
        {
            if (piece.Span.Start < lastEnd)
            {
                // Overlaps a piece already taken (the longer one wins at the same start).
                continue;
            }

            lastEnd = piece.Span.End;
            if (group is not null && group.CanTake(piece) && IsLink(normalizedText, group.End, piece.Span.Start))
            {
                group.Add(piece);
                continue;
            }

            Emit(group, reference, mentions);
            group = new Group(piece);
        }

        Emit(group, reference, mentions);
        return mentions;
    }

    /// <summary>
    /// Whether <see cref="WrittenDate"/> can match: only where a month name follows (over spaces and tabs) a
    /// day in digits or an ordinal, which ends in «م» or «ل». Most text has no such place and is not searched.
    /// </summary>
    private static bool MayHoldWrittenDate(string text)
    {
        var offset = 0;
        while (offset < text.Length && text.AsSpan(offset).IndexOfAny(MonthNameStarts) is >= 0 and var found)
        {
            var before = offset + found - 1;
            while (before >= 0 && text[before] is ' ' or '\t')
            {
                before--;
            }

            if (before >= 0 && text[before] is >= '0' and <= '9' or 'م' or 'ل')
            {
                return true;
            }

            offset += found + 1;
        }

        return false;
    }

    private static void AddWrittenDates(string text, List<Piece> pieces)
    {
        foreach (var match in Matches(WrittenDate(), text))
        {
            var monthName = Canonical(match.Groups["month"].Value);
            var day = match.Groups["day"].Success
                ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture)
                : ParseOrdinal(match.Groups["ordinal"].Value);
            var head = match.Groups["head"];
            var yearGroup = match.Groups["year"];
            int? year = yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : null;
            var hasMonthWord = match.Groups["mah"].Success;
            DatePart? part;
            if (JalaliMonths.TryGetValue(monthName, out var month))
            {
                year = year is { } y ? JalaliYear(y, yearGroup.Length) : null;
                part = new DatePart(CalendarKind.Jalali, year, month, day);
            }
            else if (GregorianMonths.TryGetValue(monthName, out month))
            {
                year = year is { } y ? GregorianYear(y, yearGroup.Length, 1800) : null;
                part = new DatePart(CalendarKind.Gregorian, year, month, day);
            }
            else if (HijriMonths.TryGetValue(monthName, out month))
            {
                year = year is { } y && yearGroup.Length == 4 && y is >= 1300 and <= 1500 ? y : null;
                part = year is null ? null : new DatePart(CalendarKind.Hijri, year, month, day);
            }
            else
            {
                part = null;
            }

            if (part is null || day is < 1 or > 31 || (part.Year is null && AmbiguousMonths.Contains(monthName) && !hasMonthWord))
            {
                continue;
            }

            var end = part.Year is null ? head.Index + head.Length : match.Index + match.Length;
            if (part.Year is not null && !part.IsValid)
            {
                continue;
            }

            pieces.Add(new Piece(new TextSpan(match.Index, end)) { Date = part });
        }
    }

    private static void AddNumericDates(string text, List<Piece> pieces)
    {
        foreach (var match in Matches(NumericYearFirst(), text))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["year"].Length == 2)
            {
                year = JalaliYear(year, 2) ?? 0;
            }

            AddNumeric(match, year, month, day, pieces);
        }

        foreach (var match in Matches(NumericYearLast(), text))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
            var (day, month) = first <= 12 && second > 12 && year > 1900 ? (second, first) : (first, second);
            AddNumeric(match, year, month, day, pieces);
        }
    }

    private static void AddNumeric(Match match, int year, int month, int day, List<Piece> pieces)
    {
        DatePart? part = year switch
        {
            >= 1200 and <= 1499 => new DatePart(CalendarKind.Jalali, year, month, day),
            > 1900 and < 2200 => new DatePart(CalendarKind.Gregorian, year, month, day),
            _ => null,
        };
        if (part is { IsValid: true })
        {
            pieces.Add(new Piece(new TextSpan(match.Index, match.Index + match.Length)) { Date = part });
        }
    }

    private static void AddTimes(string text, List<Piece> pieces)
    {
        foreach (var match in Matches(TimeOfDay(), text))
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
            var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour < 24 && minute < 60 && second < 60)
            {
                pieces.Add(new Piece(new TextSpan(match.Index, match.Index + match.Length)) { Time = new TimeOnly(hour, minute, second) });
            }
        }
    }

    private static void AddRelativeDays(string text, List<Piece> pieces)
    {
        foreach (var match in Matches(RelativeDay(), text))
        {
            pieces.Add(new Piece(new TextSpan(match.Index, match.Index + match.Length)) { RelativeDays = RelativeWords[Canonical(match.Value)] });
        }
    }

    private static void AddWeekdays(string text, List<Piece> pieces)
    {
        foreach (var match in Matches(Weekday(), text))
        {
            pieces.Add(new Piece(new TextSpan(match.Index, match.Index + match.Length)) { Weekday = Weekdays[Canonical(match.Groups["weekday"].Value)] });
        }
    }

    private static IEnumerable<Match> Matches(Regex regex, string text)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    /// <summary>Whether only spaces and date separators (commas, dashes, bars) lie between two pieces.</summary>
    private static bool IsLink(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t' or ',' or '،' or '-' or '–' or '—' or '|'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Emit(Group? group, DateOnly? reference, List<DateMention> mentions)
    {
        if (group is null || (group.Date is null && group.RelativeDays is null && group.Weekday is null))
        {
            return;
        }

        DateOnly? date = null;
        if (group.Date is { } part)
        {
            date = part.Year is not null ? part.ToDateOnly() : reference is { } r ? part.ResolveNear(r) : null;
        }
        else if (reference is { } r)
        {
            if (group.RelativeDays is { } days)
            {
                date = r.AddDays(days);
            }
            else if (group.Weekday is { } weekday)
            {
                date = r.AddDays(-(((int)r.DayOfWeek - (int)weekday + 7) % 7));
            }
        }

        mentions.Add(new DateMention(new TextSpan(group.Start, group.End), date, group.Time, group.RelativeDays, group.Weekday));
    }

    private static int? JalaliYear(int year, int digits) => digits switch
    {
        2 => year >= 50 ? 1300 + year : 1400 + year,
        4 when year is >= 1200 and <= 1499 => year,
        _ => null,
    };

    private static int? GregorianYear(int year, int digits, int earliest) => digits switch
    {
        2 => year >= 50 ? 1900 + year : 2000 + year,
        4 when year >= earliest && year < 2200 => year,
        _ => null,
    };

    private static int ParseOrdinal(string ordinal)
    {
        var canonical = Canonical(ordinal);
        foreach (var (tens, value) in new[] { ("بیستو", 20), ("سیو", 30) })
        {
            if (canonical.StartsWith(tens, StringComparison.Ordinal))
            {
                return OrdinalUnits.TryGetValue(canonical[tens.Length..], out var unit) && unit < 10 ? value + unit : 0;
            }
        }

        return OrdinalUnits.GetValueOrDefault(canonical);
    }

    private static IEnumerable<string> LetterRuns(string pattern)
    {
        var start = -1;
        for (var i = 0; i <= pattern.Length; i++)
        {
            var inRun = i < pattern.Length && (char.IsLetter(pattern[i]) || char.GetUnicodeCategory(pattern[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return pattern[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The word with spaces and joiners removed, for looking names up whatever their spacing.</summary>
    private static string Canonical(string word) => word.Replace(" ", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);

    private const string WrittenDatePattern =
        Before + "(?<head>(?:(?<day>[0-9]{1,2})|(?<ordinal>" + Ordinal + "))[ \t]*(?<month>" + MonthNames + ")(?<mah>" + Join + "ماه)?" + After + ")"
        + "(?:[ \t]+(?:سال[ \t]+)?(?<year>[0-9]{4}|[0-9]{2}(?=" + TwoDigitYearFollower + "))" + After
        + "(?:[ \t]*(?:" + Era + ")(?![\\p{L}\\p{M}\\u200C]))?)?";

    private const string TimeOfDayPattern =
        Before + "(?:ساعت[ \t]*)?(?<![0-9:])(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2}))?(?![0-9]|:[0-9])";

    private const string RelativeDayPattern =
        Before + "(?:امروز|دیروز|پریروز|پس" + Join + "فردا|فردا|امشب|دیشب|(?<!(?:[0-9]|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند)[ \t]+)روز[ \t]+گذشته)" + After;

    private const string WeekdayPattern =
        Before + "(?:روز[ \t]+)?(?<weekday>یک" + Join + "شنبه|دو" + Join + "شنبه|سه" + Join + "شنبه|چهار" + Join + "شنبه|پنج" + Join + "شنبه|شنبه|(?<!(?:امام|نماز|ائمه|خطبه|خطبه‌های|خطبه های)[ \u200C])جمعه)" + After;

    [GeneratedRegex(WrittenDatePattern)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(NumericBefore + "(?:(?<year>[0-9]{4})(?<sep>[/.\\-])|(?<year>[4-9][0-9])(?<sep>/))(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})" + NumericAfter)]
    private static partial Regex NumericYearFirst();

    [GeneratedRegex(NumericBefore + "(?<first>[0-9]{1,2})(?<sep>[/.\\-])(?<second>[0-9]{1,2})\\k<sep>(?<year>[0-9]{4})" + NumericAfter)]
    private static partial Regex NumericYearLast();

    [GeneratedRegex(TimeOfDayPattern)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(RelativeDayPattern)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(WeekdayPattern)]
    private static partial Regex Weekday();

    private enum CalendarKind
    {
        Jalali,
        Gregorian,
        Hijri,
    }

    /// <summary>A date as the text gives it, in its own calendar; the year may be missing.</summary>
    private sealed record DatePart(CalendarKind Calendar, int? Year, int Month, int Day)
    {
        public bool IsValid => ToDateOnly() is not null;

        public DateOnly? ToDateOnly() => Year is { } year ? Convert(year) : null;

        public DateOnly? ResolveNear(DateOnly reference)
        {
            var referenceYear = Calendar switch
            {
                CalendarKind.Jalali => Jalali.GetYear(reference.ToDateTime(TimeOnly.MinValue)),
                CalendarKind.Hijri => Hijri.GetYear(reference.ToDateTime(TimeOnly.MinValue)),
                _ => reference.Year,
            };
            DateOnly? best = null;
            for (var year = referenceYear - 1; year <= referenceYear + 1; year++)
            {
                if (Convert(year) is { } candidate
                    && (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber)))
                {
                    best = candidate;
                }
            }

            return best;
        }

        private DateOnly? Convert(int year)
        {
            try
            {
                return Calendar switch
                {
                    CalendarKind.Jalali when Month is >= 1 and <= 12 && Day <= Jalali.GetDaysInMonth(year, Month) =>
                        DateOnly.FromDateTime(Jalali.ToDateTime(year, Month, Day, 0, 0, 0, 0)),
                    CalendarKind.Hijri when Month is >= 1 and <= 12 && Day <= Hijri.GetDaysInMonth(year, Month) =>
                        DateOnly.FromDateTime(Hijri.ToDateTime(year, Month, Day, 0, 0, 0, 0)),
                    CalendarKind.Gregorian when Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) =>
                        new DateOnly(year, Month, Day),
                    _ => null,
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                // Outside the range the calendar supports.
                return null;
            }
        }
    }

    /// <summary>One found piece: a date, a time, a relative day word or a weekday.</summary>
    private sealed record Piece(TextSpan Span)
    {
        public DatePart? Date { get; init; }

        public TimeOnly? Time { get; init; }

        public int? RelativeDays { get; init; }

        public DayOfWeek? Weekday { get; init; }
    }

    /// <summary>Adjacent pieces that together make one mention; at most one piece of each kind.</summary>
    private sealed class Group
    {
        public Group(Piece first)
        {
            Start = first.Span.Start;
            Add(first);
        }

        public int Start { get; }

        public int End { get; private set; }

        public DatePart? Date { get; private set; }

        public TimeOnly? Time { get; private set; }

        public int? RelativeDays { get; private set; }

        public DayOfWeek? Weekday { get; private set; }

        public bool CanTake(Piece piece) =>
            (piece.Date is null || Date is null)
            && (piece.Time is null || Time is null)
            && (piece.RelativeDays is null || RelativeDays is null)
            && (piece.Weekday is null || Weekday is null);

        public void Add(Piece piece)
        {
            End = piece.Span.End;
            Date ??= piece.Date;
            Time ??= piece.Time;
            RelativeDays ??= piece.RelativeDays;
            Weekday ??= piece.Weekday;
        }
    }
}
