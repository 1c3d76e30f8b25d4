using System.Globalization;
using System.Text;
using Graph.Lexicon;
using Graph.Model;

namespace Graph.Benchmarks;

/// <summary>
/// Writes a reproducible corpus of realistic Persian news articles for benchmarks: headlines, leads
/// with an outlet, meetings, calls, condemnations, support, visits and reported speech built from
/// sentence templates and the lexicon's names and roles, padded with sentences of the seed and test
/// articles, and written with the letter, space and digit variants real text has (Arabic ي/ك, ZWNJ
/// as space or nothing, NBSP, Persian, Arabic-Indic and Latin digits). The same seed gives the same files.
/// </summary>
internal sealed class CorpusGenerator
{
    /// <summary>Articles per sub-folder, so that no folder holds 100,000 files.</summary>
    public const int ArticlesPerFolder = 1000;

    private const char Zwnj = '\u200C';
    private const char Nbsp = '\u00A0';

    private static readonly string[] Headlines =
    [
        "دیدار {P1} با {P2} در {CITY}",
        "{P1}: {C1} از {C2} حمایت می کند",
        "گفتگوی تلفنی {P1} و {P2}",
        "واکنش {C1} به حمله {C2}",
        "سفر {P1} به {CITY}",
        "{P1} در دیدار {P2}: همکاری ها گسترش می یابد",
        "محکومیت حمله {C2} به {C3} از سوی {C1}",
        "رایزنی {R1} {C1} با همتای {ADJ2} خود",
    ];

    private static readonly string[] Templates =
    [
        "{P1} {R1} {C1} روز {WEEKDAY} در {CITY} با {P2} {R2} {C2} دیدار و گفت‌وگو کرد.",
        "{T} {P1} در تماس تلفنی با {P2} درباره تحولات منطقه و روابط دوجانبه گفتگو کرد.",
        "{P1} و {P2} در حاشیه اجلاس {ORG} در {CITY} با یکدیگر دیدار کردند.",
        "{R1} {C1} حمله {C2} به {C3} را محکوم کرد و آن را نقض آشکار قوانین بین المللی دانست.",
        "وزارت امور خارجه {C1} در بیانیه ای اقدامات {C2} در {C3} را به شدت محکوم کرد.",
        "{P1} گفت: {C1} از حق مردم {C3} برای تعیین سرنوشت خود حمایت می‌کند.",
        "{ORG} در بیانیه ای از تلاش های {C1} برای برقراری آتش بس حمایت کرد.",
        "{P1} {R1} {C1} روز {DATE} به {CITY} سفر کرد و با مقامات این کشور دیدار کرد.",
        "وی افزود: ما همواره از راه حل سیاسی برای پایان دادن به بحران {C3} حمایت کرده ایم.",
        "{P2} نیز در این دیدار با اشاره به روابط دیرینه {C1} و {C2} خواستار گسترش همکاری های اقتصادی شد.",
        "به گزارش {OUTLET}، {P1} در دیدار با {P2} بر ضرورت تقویت هماهنگی های سیاسی و امنیتی تاکید کرد.",
        "{P1} تحریم های {C2} علیه {C1} را اقدامی غیرقانونی خواند.",
        "سخنگوی وزارت امور خارجه {C1} روز {WEEKDAY} در نشست خبری هفتگی گفت: {C2} باید به تعهدات خود عمل کند.",
        "{P2} از مواضع {C1} در قبال تحولات {C3} قدردانی کرد.",
        "قرار است {P1} هفته آینده با {P2} دیدار کند.",
        "{R1} {C1} در گفت‌وگوی تلفنی با {R2} {C2} آخرین وضعیت {C3} را بررسی کرد.",
        "این دیدار در ادامه سفر {P1} به {CITY} و پس از {NUM} روز مذاکره انجام شد.",
        "{P1} با انتقاد از سیاست های {C2} گفت این کشور مسئول ناامنی در منطقه است.",
        "در این نشست که {NUM} کشور در آن حضور داشتند، نمایندگان {C1}، {C2} و {C3} بر ادامه مذاکرات تاکید کردند.",
        "{T} {P1} روز {DATE} در {CITY} از {P2} استقبال کرد.",
    ];

    private static readonly string[] Weekdays = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنج‌شنبه", "جمعه"];
    private static readonly string[] JalaliMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private readonly Random _random;
    private readonly string[] _people;
    private readonly string[] _countries;
    private readonly string[] _adjectives;
    private readonly string[] _places;
    private readonly string[] _organizations;
    private readonly string[] _outlets;
    private readonly string[] _roles;
    private readonly string[] _titles;
    private readonly string[] _filler;

    /// <summary>Creates a generator over the lexicon's names and the given filler sentences.</summary>
    public CorpusGenerator(KnowledgeBase knowledge, IReadOnlyList<string> fillerSentences, int seed)
    {
        _random = new Random(seed);
        string[] NamesOf(string label, Func<LexiconEntity, bool>? where = null) =>
            [.. knowledge.Entities.Where(e => e.Label == label && (where?.Invoke(e) ?? true)).SelectMany(e => e.Aliases.Prepend(e.Name))];
        _people = NamesOf(NodeLabel.Person);
        _countries = NamesOf(NodeLabel.Country);
        _adjectives = [.. knowledge.Entities.Where(e => e.Label == NodeLabel.Country).SelectMany(e => e.Adjectives)];
        _places = NamesOf(NodeLabel.Place);
        _organizations = NamesOf(NodeLabel.Organization, e => e.Kind != "media");
        _outlets = NamesOf(NodeLabel.Organization, e => e.Kind == "media");
        _roles = [.. knowledge.Roles.SelectMany(r => r.Names)];
        _titles = [.. knowledge.Titles.Select(t => t.Text)];
        _filler = [.. fillerSentences];
        if (_people.Length == 0 || _countries.Length == 0 || _places.Length == 0 || _organizations.Length == 0 || _roles.Length == 0 || _filler.Length == 0)
        {
            throw new InvalidOperationException("The lexicon or the filler sentences are empty.");
        }

        if (_outlets.Length == 0)
        {
            _outlets = ["ایرنا"];
        }

        if (_adjectives.Length == 0)
        {
            _adjectives = ["ایرانی"];
        }
    }

    /// <summary>Every name of the lexicon (entities, aliases, ambiguous aliases, adjectives), one per line: the ripgrep reference scan's patterns.</summary>
    public static IEnumerable<string> AllNames(KnowledgeBase knowledge) =>
        knowledge.Entities
            .SelectMany(e => e.Names.Concat(e.Ambiguous).Concat(e.Adjectives))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>The sentences of the given article texts, to pad generated articles with.</summary>
    public static List<string> FillerFrom(IEnumerable<string> articleTexts) =>
        [.. articleTexts
            .SelectMany(text => text.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length >= 40)
            .Select(s => s + ".")
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Writes <paramref name="count"/> articles under <c>folder/articles</c> and the names file; returns the bytes of article text written.</summary>
    public long Write(string folder, int count)
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        var utf8 = new UTF8Encoding(false);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var sub = Path.Combine(articles, (i / ArticlesPerFolder).ToString("D4", CultureInfo.InvariantCulture));
            if (i % ArticlesPerFolder == 0)
            {
                Directory.CreateDirectory(sub);
            }

            var data = utf8.GetBytes(Article());
            File.WriteAllBytes(Path.Combine(sub, i.ToString("D7", CultureInfo.InvariantCulture) + ".txt"), data);
            bytes += data.Length;
        }

        return bytes;
    }

    /// <summary>One article: headline, lead with outlet, then 6 to 12 paragraphs of template and filler sentences.</summary>
    public string Article()
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["P1"] = Pick(_people),
            ["P2"] = Pick(_people),
            ["C1"] = Pick(_countries),
            ["C2"] = Pick(_countries),
            ["C3"] = Pick(_countries),
            ["ADJ2"] = Pick(_adjectives),
            ["R1"] = Pick(_roles),
            ["R2"] = Pick(_roles),
            ["CITY"] = Pick(_places),
            ["ORG"] = Pick(_organizations),
            ["OUTLET"] = Pick(_outlets),
        };
        var text = new StringBuilder(6000);
        text.Append(Fill(Pick(Headlines), slots)).Append('\n');
        text.Append(Date()).Append('\n');
        text.Append("به گزارش ").Append(slots["OUTLET"]).Append("، ").Append(Fill(Pick(Templates), slots)).Append('\n');
        var paragraphs = _random.Next(6, 13);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = _random.Next(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                if (_random.Next(3) == 0)
                {
                    // A new cast now and then, as a story moves on to other actors.
                    slots["P2"] = Pick(_people);
                    slots["C3"] = Pick(_countries);
                }

                text.Append(_random.Next(2) == 0 ? Fill(Pick(Templates), slots) : Pick(_filler));
            }

            text.Append('\n');
        }

        return Vary(text.ToString());
    }

    private string Fill(string template, Dictionary<string, string> slots)
    {
        var result = new StringBuilder(template.Length * 2);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            result.Append(template, i, open - i);
            var slot = template[(open + 1)..close];
            result.Append(slot switch
            {
                "T" => _titles.Length == 0 ? string.Empty : Pick(_titles),
                "WEEKDAY" => Pick(Weekdays),
                "DATE" => Date(),
                "NUM" => Digits(_random.Next(2, 40).ToString(CultureInfo.InvariantCulture)),
                _ => slots[slot],
            });
            i = close + 1;
        }

        return result.ToString();
    }

    private string Date() => _random.Next(3) switch
    {
        0 => $"{Digits(_random.Next(1, 29).ToString(CultureInfo.InvariantCulture))} {Pick(JalaliMonths)} {Digits(_random.Next(1395, 1404).ToString(CultureInfo.InvariantCulture))}",
        1 => Digits(string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1395, 1404)}/{_random.Next(1, 13):D2}/{_random.Next(1, 29):D2}")),
        _ => Pick(Weekdays) + " " + Digits(_random.Next(1, 29).ToString(CultureInfo.InvariantCulture)) + " " + Pick(JalaliMonths),
    };

    /// <summary>Latin digits as Persian, Arabic-Indic or Latin ones.</summary>
    private string Digits(string latin)
    {
        var zero = _random.Next(3) switch { 0 => '۰', 1 => '٠', _ => '0' };
        return string.Concat(latin.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c));
    }

    /// <summary>The spelling an article's source uses: Arabic letters, ZWNJ as space or nothing, NBSP for some spaces.</summary>
    private string Vary(string text)
    {
        var arabicLetters = _random.Next(4) == 0;
        var zwnjAs = _random.Next(3) switch { 0 => (char?)' ', 1 => null, _ => Zwnj };
        var nbsp = _random.Next(5) == 0;
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'ی' when arabicLetters:
                    result.Append('ي');
                    break;
                case 'ک' when arabicLetters:
                    result.Append('ك');
                    break;
                case Zwnj:
                    if (zwnjAs is { } replacement)
                    {
                        result.Append(replacement);
                    }

                    break;
                case ' ' when nbsp && _random.Next(40) == 0:
                    result.Append(Nbsp);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
