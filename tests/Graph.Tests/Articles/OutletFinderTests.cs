using Graph.Articles;
using Graph.Text;

namespace Graph.Tests.Articles;

public sealed class OutletFinderTests
{
    private static IReadOnlyList<string> Find(string text) => OutletFinder.Instance.Find(PersianNormalizer.Instance.NormalizeString(text));

    [Fact]
    public void Reporting_outlet_ends_at_the_comma() =>
        Assert.Equal(["ایسنا"], Find("به گزارش ایسنا، وزیر خارجه امروز به مسکو رفت."));

    [Fact]
    public void Cited_outlet_follows_the_reporting_one() =>
        Assert.Equal(["مهر", "رویترز"], Find("به گزارش مهر به نقل از رویترز، نشست برگزار شد."));

    [Fact]
    public void Cited_outlets_can_be_chained() =>
        Assert.Equal(["ایلنا", "الجزیره", "رویترز"], Find("به گزارش ایلنا به نقل از الجزیره به نقل از رویترز، نشست برگزار شد."));

    [Fact]
    public void Source_after_a_bare_az_is_cited_when_it_is_a_name_of_several_words() =>
        Assert.Equal(["ایرنا", "دفتر ریاست جمهوری"], Find("به گزارش ایرنا از دفتر ریاست جمهوری، رئیس جمهور گفت."));

    [Fact]
    public void Dateline_after_a_bare_az_is_not_an_outlet() =>
        Assert.Equal(["ایرنا"], Find("به گزارش ایرنا از تهران، رئیس جمهور گفت."));

    [Fact]
    public void Abbreviation_in_brackets_is_an_outlet_of_its_own_and_the_word_agency_is_dropped() =>
        Assert.Equal(["جمهوری اسلامی", "ایرنا", "وزارت خارجه"], Find("به گزارش خبرگزاری جمهوری اسلامی (ایرنا) به نقل از وزارت خارجه، سفیر احضار شد."));

    [Fact]
    public void Name_ends_where_the_clause_goes_on() =>
        Assert.Equal(["فارس"], Find("به گزارش فارس امروز رئیس مجلس به دوحه رفت."));

    [Fact]
    public void Name_without_a_clear_end_is_dropped() =>
        Assert.Empty(Find("به گزارش یک منبع آگاه نزدیک به دولت پیشین عراق هیئتی از بغداد آمد."));

    [Fact]
    public void Reporter_and_desk_in_front_of_the_outlet_are_dropped() =>
        Assert.Equal(["ایلنا"], Find("به گزارش خبرنگار سیاسی ایلنا، نشست برگزار شد."));

    [Fact]
    public void This_agency_is_not_a_name() => Assert.Empty(Find("به گزارش این خبرگزاری، نشست برگزار شد."));

    [Fact]
    public void Quoted_name_is_read_whole() => Assert.Equal(["نیویورک تایمز"], Find("به گزارش «نیویورک تایمز» دیروز نشست برگزار شد."));

    [Fact]
    public void Newspaper_after_be_neveshte_is_an_outlet() =>
        Assert.Equal(["گاردین"], Find("به نوشته گاردین، دولت انگلیس تحریم‌ها را تمدید کرد."));

    [Fact]
    public void Subject_of_gozaresh_dad_is_an_outlet() =>
        Assert.Equal(["رویترز"], Find("نشست به پایان رسید. رویترز گزارش داد که توافقی حاصل نشد."));

    [Fact]
    public void Long_subject_of_gozaresh_dad_is_not_an_outlet() =>
        Assert.Empty(Find("نماینده ویژه پوتین گزارش نشست را به شمخانی داد."));

    [Fact]
    public void News_agency_named_in_the_body_is_an_outlet() =>
        Assert.Equal(["اسپوتنیک"], Find("خبرگزاری اسپوتنیک اعلام کرد که نشست لغو شد."));

    [Fact]
    public void Source_label_line_names_an_outlet() => Assert.Equal(["تسنیم"], Find("متن خبر.\nمنبع: تسنیم"));

    [Fact]
    public void Each_outlet_is_listed_once_in_text_order() =>
        Assert.Equal(["ایسنا", "ایرنا"], Find("به گزارش ایسنا، الف.\nبه گزارش ایرنا، ب.\nبه گزارش ایسنا، ج."));

    [Theory]
    [InlineData("000_a4726ea7a5eced5f.txt", new[] { "اقتصادنیوز", "فارس" })]
    [InlineData("001_0c42f631b9bea8cd.txt", new[] { "فرارو" })]
    [InlineData("002_e1641abe1a8f5f92.txt", new[] { "جام حم آنلاین", "دبیرخانه شورای عالی امنیت" })]
    [InlineData("003_23e1b10e4cf44e26.txt", new[] { "ایرنا", "دبیرخانه شورای عالی امنیت ملی" })]
    [InlineData("004_4ebda61dd840b46e.txt", new[] { "تقریب", "تنا", "پایگاه اطلاع رسانی ریاست جمهوری" })]
    public void Seed_outlets_are_found(string seed, string[] outlets) => Assert.Equal(outlets, Find(ArticleTestData.SeedText(seed)));
}
