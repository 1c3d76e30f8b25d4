using Graph.Articles;
using Graph.Text;

namespace Graph.Tests.Articles;

public sealed class ArticleMetadataExtractorTests
{
    private static readonly ArticleMetadataExtractor Extractor = new();

    private static ArticleMetadata Extract(string text) => Extractor.Extract(PersianNormalizer.Instance.NormalizeString(text));

    [Fact]
    public void Title_is_the_first_non_empty_line() =>
        Assert.Equal("سفر وزیر خارجه به مسکو", Extract("\n\n  سفر وزیر خارجه به مسکو  \nمتن خبر.").Title);

    [Fact]
    public void Title_skips_a_line_that_is_only_a_date() =>
        Assert.Equal("سفر وزیر خارجه به مسکو", Extract("۱۹ مهر ۱۳۹۹\nسفر وزیر خارجه به مسکو\nمتن خبر.").Title);

    [Fact]
    public void Published_is_the_first_full_date_of_the_header_with_its_time()
    {
        var metadata = Extract("سفر وزیر خارجه به مسکو\nدوشنبه ۲۷ فروردین ۱۳۹۷ - ساعت ۱۱:۲۳\nوزیر دیروز به مسکو رفت و در ۲۸ فروردین ۱۳۹۷ بازگشت.");
        Assert.Equal(new DateOnly(2018, 4, 16), metadata.Published);
        Assert.Equal(new TimeOnly(11, 23), metadata.PublishedTime);
    }

    [Fact]
    public void Relative_days_and_dates_without_a_year_are_not_a_publication_date() =>
        Assert.Null(Extract("سفر وزیر\nوزیر امروز دوشنبه و در ۲۷ فروردین به مسکو رفت.").Published);

    [Fact]
    public void Date_below_the_header_is_not_the_publication_date()
    {
        var lines = string.Join('\n', Enumerable.Range(1, ArticleMetadataExtractor.HeaderLines).Select(i => $"بند {i} خبر."));
        Assert.Null(Extract(lines + "\nدر ۱۹ مهر ۱۳۹۹ بود.").Published);
    }

    [Fact]
    public void Outlets_come_from_the_attribution() =>
        Assert.Equal(["ایسنا", "وزارت امور خارجه"], Extract("عنوان\nبه گزارش ایسنا به نقل از وزارت امور خارجه، متن.").Outlets);

    [Theory]
    [InlineData("2018-04-16", 2018, 4, 16, null)]
    [InlineData("2018-04-16T11:23:00+04:30", 2018, 4, 16, "11:23")]
    [InlineData("1397/01/27", 2018, 4, 16, null)]
    [InlineData("۲۷ فروردین ۱۳۹۷ ساعت ۱۱:۲۳", 2018, 4, 16, "11:23")]
    public void Published_field_is_read_as_iso_or_jalali(string value, int year, int month, int day, string? time)
    {
        Assert.True(Extractor.TryParsePublished(value, out var date, out var parsedTime));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), parsedTime);
    }

    [Fact]
    public void Published_field_that_is_not_a_date_is_refused() => Assert.False(Extractor.TryParsePublished("someday", out _, out _));

    [Fact]
    public void Seed_metadata_is_found()
    {
        var factory = new ArticleFactory();
        var seed4 = factory.Create(ArticleTestData.SeedText("004_4ebda61dd840b46e.txt"), new ArticleSource("004"))!.Metadata;
        Assert.StartsWith("روسای جمهور ایران و روسیه در گفتگویی تلفنی", seed4.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2018, 4, 16), seed4.Published);
        Assert.Equal(new TimeOnly(11, 23), seed4.PublishedTime);

        var seed2 = factory.Create(ArticleTestData.SeedText("002_e1641abe1a8f5f92.txt"), new ArticleSource("002"))!.Metadata;
        Assert.Equal("در خصوص همکاریهای دو کشور در حوزه مقابله با تروریسم صورت گرفت", seed2.Title);
        Assert.Null(seed2.Published);

        var seed3 = factory.Create(ArticleTestData.SeedText("003_23e1b10e4cf44e26.txt"), new ArticleSource("003"))!.Metadata;
        Assert.StartsWith("شمخانی در تماس تلفنی دبیر شورای امنیت ملی روسیه", seed3.Title, StringComparison.Ordinal);
    }
}
