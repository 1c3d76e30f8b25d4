using System.Text;

namespace Graph.Tests.Text;

/// <summary>
/// Generates lines mixing date words, numbers, furniture words, filler and ordinary words from a seeded random source,
/// for property tests of the date finder and of the line classifier.
/// </summary>
internal sealed class RandomDateLine(int seed)
{
    private static readonly string[] Words =
    [
        // Dates: days, ordinals, months (also the ambiguous ones), «ماه», years, eras, times.
        "27", "1", "۱۹", "1397", "۱۳۹۹", "2018", "85", "12", "1397/01/27", "2018-04-16", "16/04/2018", "11:23", "08:05:09",
        "بیست", "و", "یکم", "سی", "ام", "سیام", "دوم", "اول", "هفدهم", "بیست‌و‌یکم",
        "فروردین", "مهر", "مهرماه", "دی", "تیر", "مه", "می", "آوریل", "ژوئیه", "رمضان", "ربیع", "الاول", "ربیع‌الاول", "ذی‌القعده", "صفر",
        "ماه", "سال", "هجری", "شمسی", "قمری", "خورشیدی", "میلادی", "ه.ش.", "ه.", "ش", "ق",
        "ساعت", "امروز", "دیروز", "فردا", "پس", "پس‌فردا", "امشب", "روز", "گذشته", "شنبه", "یک‌شنبه", "دوشنبه", "سه", "جمعه", "امام",
        // Furniture, headings and filler.
        "کد", "خبر", "مطلب", "اخبار", "مرتبط", "نظرات", "چاپ", "اشتراک", "گذاری", "بازدید", "انتشار", "در", "به", "تاریخ", "منتشر", "شده",
        // Ordinary words, Latin and digits glued to letters.
        "ایران", "روسیه", "دیدار", "گفت", "همه", "مهم", "جلسه", "نزدیک", "newsQrCode", "http://x.ir", "سال1397", "1397سال", "شمسی5",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", "\u200C", "\t", "، ", ", ", " - ", " | ", ": ", "/", ".", ""];

    private readonly Random _random = new(seed);

    /// <summary>A new line of up to <paramref name="maxWords"/> words.</summary>
    public string Next(int maxWords)
    {
        var count = _random.Next(maxWords + 1);
        var builder = new StringBuilder();
        for (var k = 0; k < count; k++)
        {
            builder.Append(Words[_random.Next(Words.Length)]);
            builder.Append(Separators[_random.Next(Separators.Length)]);
        }

        return builder.ToString();
    }
}
