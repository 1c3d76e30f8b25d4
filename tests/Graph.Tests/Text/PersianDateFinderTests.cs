using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianDateFinderTests
{
    private static readonly DateOnly Monday16April2018 = new(2018, 4, 16);

    private static IReadOnlyList<DateMention> Find(string text, DateOnly? reference = null) =>
        PersianDateFinder.Instance.Find(PersianNormalizer.Instance.NormalizeString(text), reference);

    private static DateMention Single(string text, DateOnly? reference = null) => Assert.Single(Find(text, reference));

    private static string SpanText(string text, DateMention mention) =>
        PersianNormalizer.Instance.NormalizeString(text)[mention.Span.Start..mention.Span.End];

    [Fact]
    public void Jalali_date_with_month_in_words_and_a_time_is_one_mention()
    {
        const string text = "27 فروردين 1397 ساعت 11:23";
        var mention = Single(text);
        Assert.Equal(new DateOnly(2018, 4, 16), mention.Date);
        Assert.Equal(new TimeOnly(11, 23), mention.Time);
        Assert.Equal("27 فروردین 1397 ساعت 11:23", SpanText(text, mention));
    }

    [Fact]
    public void Persian_digits_and_month_name_joined_to_mah_are_read() =>
        Assert.Equal(new DateOnly(2020, 10, 10), Single("در ۱۹ مهرماه ۱۳۹۹ برگزار شد").Date);

    [Fact]
    public void Arabic_indic_digits_are_read() => Assert.Equal(new DateOnly(2020, 10, 10), Single("٢٠٢٠/١٠/١٠").Date);

    [Fact]
    public void Month_name_with_mah_as_a_separate_word_is_read() =>
        Assert.Equal(new DateOnly(2006, 12, 31), Single("۱۰ دی ماه ۱۳۸۵").Date);

    [Fact]
    public void Two_digit_year_85_is_1385() => Assert.Equal(new DateOnly(2006, 4, 16), Single("27 فروردین 85").Date);

    [Fact]
    public void Two_digit_number_followed_by_words_is_not_a_year()
    {
        const string text = "10 دی 12 نفر کشته شدند";
        var mention = Single(text);
        Assert.Null(mention.Date);
        Assert.Equal("10 دی", SpanText(text, mention));
    }

    [Fact]
    public void Ordinal_day_in_words_is_read() => Assert.Equal(new DateOnly(2018, 4, 16), Single("بیست و هفتم فروردین ۱۳۹۷").Date);

    [Fact]
    public void Numeric_jalali_date_is_converted() => Assert.Equal(new DateOnly(2018, 4, 16), Single("1397/01/27").Date);

    [Fact]
    public void Numeric_jalali_date_with_day_first_is_converted() => Assert.Equal(new DateOnly(2018, 4, 16), Single("27/01/1397").Date);

    [Fact]
    public void Numeric_jalali_date_with_two_digit_year_is_converted() => Assert.Equal(new DateOnly(2018, 4, 16), Single("97/1/27").Date);

    [Fact]
    public void Iso_gregorian_date_is_read() => Assert.Equal(new DateOnly(2018, 4, 16), Single("2018-04-16").Date);

    [Fact]
    public void Day_first_gregorian_date_is_read() => Assert.Equal(new DateOnly(2018, 4, 16), Single("16/04/2018").Date);

    [Fact]
    public void Month_first_gregorian_date_is_read_when_the_day_cannot_be_a_month() =>
        Assert.Equal(new DateOnly(2018, 4, 16), Single("04/16/2018").Date);

    [Theory]
    [InlineData("16 آوریل 2018", 4)]
    [InlineData("16 ژانویه 2018", 1)]
    [InlineData("16 فوریه 2018", 2)]
    [InlineData("16 مارس 2018", 3)]
    [InlineData("16 مه 2018", 5)]
    [InlineData("16 می 2018", 5)]
    [InlineData("16 ژوئن 2018", 6)]
    [InlineData("16 ژوئیه 2018", 7)]
    [InlineData("16 جولای 2018", 7)]
    [InlineData("16 اوت 2018", 8)]
    [InlineData("16 آگوست 2018", 8)]
    [InlineData("16 سپتامبر 2018", 9)]
    [InlineData("16 اکتبر 2018", 10)]
    [InlineData("16 نوامبر 2018 میلادی", 11)]
    [InlineData("16 دسامبر 2018", 12)]
    public void Gregorian_month_names_in_persian_are_read(string text, int month) =>
        Assert.Equal(new DateOnly(2018, month, 16), Single(text).Date);

    [Theory]
    [InlineData("1 فروردین 1397", 1)]
    [InlineData("1 اردیبهشت 1397", 2)]
    [InlineData("1 خرداد 1397", 3)]
    [InlineData("1 تیر 1397", 4)]
    [InlineData("1 مرداد 1397", 5)]
    [InlineData("1 شهریور 1397", 6)]
    [InlineData("1 مهر 1397", 7)]
    [InlineData("1 آبان 1397", 8)]
    [InlineData("1 آذر 1397", 9)]
    [InlineData("1 دی 1397", 10)]
    [InlineData("1 بهمن 1397", 11)]
    [InlineData("1 اسفند 1397", 12)]
    public void Every_jalali_month_name_is_read(string text, int month)
    {
        var expected = DateOnly.FromDateTime(new System.Globalization.PersianCalendar().ToDateTime(1397, month, 1, 0, 0, 0, 0));
        Assert.Equal(expected, Single(text).Date);
    }

    [Fact]
    public void Hijri_qamari_date_with_year_is_read_with_the_umm_al_qura_calendar() =>
        Assert.Equal(new DateOnly(2018, 5, 27), Single("12 رمضان 1439 قمری").Date);

    [Fact]
    public void Month_names_that_are_common_words_need_a_year_or_mah()
    {
        Assert.Empty(Find("10 تیر شلیک شد"));
        Assert.Empty(Find("تعداد به 20 می رسد"));
        Assert.Single(Find("10 تیرماه"));
    }

    [Fact]
    public void Invalid_day_is_not_a_date() => Assert.Empty(Find("31 اسفند 1397"));

    [Fact]
    public void Date_without_year_is_resolved_to_the_nearest_year_of_the_reference()
    {
        Assert.Null(Single("27 فروردین").Date);
        Assert.Equal(new DateOnly(2018, 4, 16), Single("27 فروردین", new DateOnly(2018, 5, 1)).Date);
        Assert.Equal(new DateOnly(2017, 12, 31), Single("10 دی ماه", new DateOnly(2018, 1, 5)).Date);
    }

    [Theory]
    [InlineData("امروز", 0)]
    [InlineData("امشب", 0)]
    [InlineData("دیروز", -1)]
    [InlineData("روز گذشته", -1)]
    [InlineData("پریروز", -2)]
    [InlineData("فردا", 1)]
    [InlineData("پس فردا", 2)]
    public void Relative_day_words_are_mentions(string word, int days)
    {
        var mention = Single($"این دیدار {word} انجام شد");
        Assert.Equal(days, mention.RelativeDays);
        Assert.Null(mention.Date);
        Assert.Equal(Monday16April2018.AddDays(days), Single($"این دیدار {word} انجام شد", Monday16April2018).Date);
    }

    [Fact]
    public void Counted_days_gone_by_are_not_yesterday() => Assert.Empty(Find("در سه روز گذشته و 20 روز گذشته"));

    [Fact]
    public void Today_followed_by_a_weekday_is_one_mention()
    {
        const string text = "پیش از ظهر امروز دوشنبه با او دیدار کرد";
        var mention = Single(text);
        Assert.Equal(0, mention.RelativeDays);
        Assert.Equal(DayOfWeek.Monday, mention.Weekday);
        Assert.Equal("امروز دوشنبه", SpanText(text, mention));
    }

    [Theory]
    [InlineData("روز یکشنبه", DayOfWeek.Sunday)]
    [InlineData("یک‌شنبه", DayOfWeek.Sunday)]
    [InlineData("شنبه", DayOfWeek.Saturday)]
    [InlineData("دوشنبه", DayOfWeek.Monday)]
    [InlineData("سه‌شنبه", DayOfWeek.Tuesday)]
    [InlineData("سه شنبه", DayOfWeek.Tuesday)]
    [InlineData("چهارشنبه", DayOfWeek.Wednesday)]
    [InlineData("پنج شنبه", DayOfWeek.Thursday)]
    [InlineData("پنجشنبه", DayOfWeek.Thursday)]
    [InlineData("پنج‌شنبه", DayOfWeek.Thursday)]
    [InlineData("جمعه", DayOfWeek.Friday)]
    public void Weekdays_are_mentions(string word, DayOfWeek weekday)
    {
        var text = $"پیش از ظهر {word} انجام شد";
        var mention = Single(text);
        Assert.Equal(weekday, mention.Weekday);
        Assert.Null(mention.RelativeDays);
        Assert.Equal(PersianNormalizer.Instance.NormalizeString(word), SpanText(text, mention));
    }

    [Fact]
    public void Lone_weekday_resolves_to_the_latest_such_day_on_or_before_the_reference()
    {
        Assert.Equal(new DateOnly(2018, 4, 15), Single("روز یکشنبه", Monday16April2018).Date);
        Assert.Equal(Monday16April2018, Single("دوشنبه", Monday16April2018).Date);
    }

    [Fact]
    public void Friday_prayer_leader_is_not_a_weekday() => Assert.Empty(Find("امام جمعه تهران گفت"));

    [Fact]
    public void Weekday_before_a_date_joins_it()
    {
        var mention = Single("دوشنبه، ۲۷ فروردین ۱۳۹۷ - ۱۱:۲۳");
        Assert.Equal(DayOfWeek.Monday, mention.Weekday);
        Assert.Equal(new DateOnly(2018, 4, 16), mention.Date);
        Assert.Equal(new TimeOnly(11, 23), mention.Time);
    }

    [Fact]
    public void Time_alone_is_not_a_mention() => Assert.Empty(Find("ساعت 11:23 جلسه شروع شد"));

    [Fact]
    public void Words_that_contain_date_words_are_not_dates() => Assert.Empty(Find("امروزه دیدار فردای آن دیدارها دوشنبه‌ها"));

    [Fact]
    public void Mentions_come_in_text_order_with_spans_into_the_normalized_text()
    {
        const string text = "دیروز گفت که در 1397/01/27 و فردا";
        var mentions = Find(text);
        Assert.Equal(["دیروز", "1397/01/27", "فردا"], mentions.Select(m => SpanText(text, m)));
    }

    [Fact]
    public void Seed_header_date_is_found()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "004_4ebda61dd840b46e.txt"));
        var first = PersianDateFinder.Instance.Find(PersianNormalizer.Instance.NormalizeString(text)).First(m => m.Date is not null);
        Assert.Equal(new DateOnly(2018, 4, 16), first.Date);
        Assert.Equal(new TimeOnly(11, 23), first.Time);
    }

    [Fact]
    public void Seed_today_monday_is_found()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "000_a4726ea7a5eced5f.txt"));
        var mentions = PersianDateFinder.Instance.Find(PersianNormalizer.Instance.NormalizeString(text));
        Assert.Contains(mentions, m => m.RelativeDays == 0 && m.Weekday == DayOfWeek.Monday);
        Assert.Contains(mentions, m => m.RelativeDays == -1);
    }
}
