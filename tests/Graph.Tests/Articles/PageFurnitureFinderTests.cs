using Graph.Articles;

namespace Graph.Tests.Articles;

public sealed class PageFurnitureFinderTests
{
    private static readonly PageFurnitureFinder Finder = new();

    private static List<string> FurnitureLines(string text) => [.. Finder.Find(text).Select(span => text[span.Start..span.End])];

    private static bool IsFurniture(string line) => FurnitureLines("متن خبر در اینجا است.\n" + line + "\n\nپایان خبر.").SequenceEqual([line]);

    [Theory]
    [InlineData("کد خبر: ۹۱۲۰۹۰")]
    [InlineData("كد مطلب: 324871")]
    [InlineData("شناسه خبر : 77")]
    [InlineData("برچسب‌ها: ایران، روسیه، سوریه")]
    [InlineData("کلمات کلیدی: نفت")]
    [InlineData("ارسال نظرات در انتظار بررسی: ۰ انتشار یافته: ۰")]
    [InlineData("نظرات")]
    [InlineData("اشتراک گذاری")]
    [InlineData("اشتراک‌گذاری")]
    [InlineData("چاپ")]
    [InlineData("چاپ خبر")]
    [InlineData("ارسال به دوستان")]
    [InlineData("نیازمندی ها")]
    [InlineData("نیازمندی‌ها")]
    [InlineData("اخبار مرتبط")]
    [InlineData("تعداد بازدید: 1200")]
    [InlineData("newsQrCode")]
    [InlineData("https://example.com/news/123")]
    [InlineData("324871")]
    [InlineData("***")]
    public void Furniture_line_is_found(string line) => Assert.True(IsFurniture(line), line);

    [Theory]
    [InlineData("27 فروردين 1397 ساعت 11:23")]
    [InlineData("۱۳۹۷/۰۱/۲۷ - ۱۱:۲۳")]
    [InlineData("تاریخ انتشار: ۱۹ مهر ۱۳۹۹")]
    [InlineData("2018-04-16")]
    [InlineData("نظرات کارشناسان درباره توافق هسته‌ای")]
    [InlineData("چاپ کتاب تازه وزیر")]
    [InlineData("بازدید رئیس جمهور از نمایشگاه")]
    [InlineData("The minister met his counterpart in Ankara on Monday.")]
    public void Text_and_date_lines_are_kept(string line) => Assert.False(IsFurniture(line), line);

    [Fact]
    public void Short_lines_after_a_related_news_heading_are_furniture_up_to_a_blank_line()
    {
        const string text = "متن خبر.\nاخبار مرتبط\nدیدار وزیران در تهران\nسفر رئیس جمهور به چین\n\nادامه متن خبر.";
        Assert.Equal(["اخبار مرتبط", "دیدار وزیران در تهران", "سفر رئیس جمهور به چین"], FurnitureLines(text));
    }

    [Fact]
    public void Spans_cover_the_line_without_its_line_break_or_carriage_return()
    {
        const string text = "متن\r\nکد خبر: 5\r\nمتن دیگر";
        var span = Assert.Single(Finder.Find(text));
        Assert.Equal("کد خبر: 5", text[span.Start..span.End]);
    }

    [Fact]
    public void Seed_furniture_is_found()
    {
        Assert.Equal(
            ["کد خبر: ۹۱۲۰۹۰", "newsQrCode", "ارسال نظرات در انتظار بررسی: ۰ انتشار یافته: ۰", "نیازمندی ها"],
            FurnitureLines(ArticleTestData.SeedText("002_e1641abe1a8f5f92.txt")));
        Assert.Equal(["کد مطلب: 324871"], FurnitureLines(ArticleTestData.SeedText("004_4ebda61dd840b46e.txt")));
        Assert.Empty(FurnitureLines(ArticleTestData.SeedText("000_a4726ea7a5eced5f.txt")));
    }
}
