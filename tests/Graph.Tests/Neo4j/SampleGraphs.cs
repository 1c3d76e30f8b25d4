using Graph.Model;

namespace Graph.Tests.Neo4j;

/// <summary>
/// Realistic graphs built after the seed articles: Lavrentiev, Shoigu and Patrushev meet Shamkhani, Rouhani calls Putin,
/// condemnations of the United States. Every id starts with a prefix so that live tests can tell their data apart.
/// </summary>
internal sealed class SampleGraphs(string prefix = "")
{
    public string Prefix { get; } = prefix;

    public string Id(string id) => Prefix + id;

    /// <summary>Articles 000, 001 and 004: two meetings of Lavrentiev and Shamkhani, Rouhani's call with Putin.</summary>
    public GraphDocument FirstSet() => new()
    {
        Articles = [Article("000", ["اقتصادنیوز", "فارس"], null), Article("001", ["فرارو"], null), Article("004", ["تقریب", "تنا"], "2018-04-16")],
        Nodes =
        [
            Person("ali-shamkhani", "علی شمخانی", "Ali Shamkhani", ["شمخانی", "دریابان شمخانی"], ("000", "علی شمخانی"), ("001", "شمخانی")),
            Person("alexander-lavrentiev", "الکساندر لاورنتیف", "Alexander Lavrentiev", ["لاورنتیف"], ("000", "الکساندر لاورنتیف"), ("001", "لاورنتیف")),
            Person("vladimir-putin", "ولادیمیر پوتین", "Vladimir Putin", ["پوتین"], ("000", "پوتین"), ("004", "ولادیمیر پوتین")),
            Person("hassan-rouhani", "حسن روحانی", "Hassan Rouhani", ["روحانی", "دکتر روحانی"], ("004", "حسن روحانی")),
            Country("ir", "ایران", "Iran", ["جمهوری اسلامی ایران"], ("000", "ایران"), ("001", "ایران"), ("004", "ایران")),
            Country("ru", "روسیه", "Russia", ["فدراسیون روسیه"], ("000", "روسیه"), ("001", "روسیه"), ("004", "روسیه")),
            Country("sy", "سوریه", "Syria", [], ("000", "سوریه"), ("001", "سوریه"), ("004", "سوریه")),
            Country("us", "آمریکا", "United States", ["ایالات متحده", "امریکا"], ("001", "آمریکا"), ("004", "آمریکا")),
            Node(NodeLabel.Place, "place:tehran", "تهران", "Tehran", [], ("000", "تهران")),
            Node(NodeLabel.Organization, "org:snsc", "شورای عالی امنیت ملی", "Supreme National Security Council", ["دبیرخانه شورای عالی امنیت ملی"], ("000", "شورای عالی امنیت ملی")),
            Meeting("000", "دیدار لاورنتیف و شمخانی در تهران", "in_person", "2017-05-08"),
            Meeting("001", "دیدار لاورنتیف و شمخانی", "in_person", null),
            Meeting("004", "گفتگوی تلفنی روحانی و پوتین", "phone", "2018-04-15"),
        ],
        Edges =
        [
            Edge(EdgeType.MetWith, "person:alexander-lavrentiev", "person:ali-shamkhani", new() { ["count"] = 2, ["modes"] = new[] { "in_person" } },
                Evidence("000", 1, 110, "لاورنتیف با علی شمخانی دیدار و گفت وگو کرد.", "دیدار"),
                Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.MetWith, "person:hassan-rouhani", "person:vladimir-putin", new() { ["count"] = 1, ["modes"] = new[] { "phone" } },
                Evidence("004", 0, 0, "حسن روحانی در گفتگوی تلفنی با ولادیمیر پوتین گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.ParticipatedIn, "person:alexander-lavrentiev", "meeting:000", [], Evidence("000", 1, 110, "لاورنتیف با علی شمخانی دیدار و گفت وگو کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:ali-shamkhani", "meeting:000", [], Evidence("000", 1, 110, "لاورنتیف با علی شمخانی دیدار و گفت وگو کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:alexander-lavrentiev", "meeting:001", [], Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:ali-shamkhani", "meeting:001", [], Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:hassan-rouhani", "meeting:004", [], Evidence("004", 0, 0, "حسن روحانی در گفتگوی تلفنی با ولادیمیر پوتین گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.ParticipatedIn, "person:vladimir-putin", "meeting:004", [], Evidence("004", 0, 0, "حسن روحانی در گفتگوی تلفنی با ولادیمیر پوتین گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.HeldIn, "meeting:000", "place:tehran", []),
            Edge(EdgeType.Condemned, "person:ali-shamkhani", "country:us", new() { ["plover"] = "ACCUSE" },
                Evidence("001", 3, 420, "شمخانی اقدامات آمریکا را محکوم کرد.", "محکوم")),
            Edge(EdgeType.Condemned, "person:hassan-rouhani", "country:us", [], Evidence("004", 2, 300, "روحانی حمله آمریکا به سوریه را محکوم کرد.", "محکوم")),
            Edge(EdgeType.Condemned, "person:vladimir-putin", "country:us", [], Evidence("004", 4, 520, "پوتین حمله آمریکا را نقض قوانین بین المللی خواند.", "نقض")),
            Edge(EdgeType.Supported, "person:alexander-lavrentiev", "country:ir", [],
                Evidence("000", 5, 800, "لاورنتیف از مواضع ایران حمایت کرد.", "حمایت"),
                Evidence("001", 2, 300, "لاورنتیف از همکاری با ایران حمایت کرد.", "حمایت")),
            Edge(EdgeType.HoldsRole, "person:ali-shamkhani", "org:snsc", new() { ["role"] = "دبیر" }, Evidence("000", 1, 110, "علی شمخانی، دبیر شورای عالی امنیت ملی", "دبیر")),
        ],
    };

    /// <summary>Articles 001 (again), 002 and 003: Shoigu and Patrushev meet Shamkhani, who condemns the United States again.</summary>
    public GraphDocument SecondSet() => new()
    {
        Articles = [Article("001", ["فرارو"], null), Article("002", ["جام جم آنلاین"], null), Article("003", ["ایرنا"], null)],
        Nodes =
        [
            Person("ali-shamkhani", "علی شمخانی", "Ali Shamkhani", ["شمخانی", "دریابان علی شمخانی"], ("001", "شمخانی"), ("002", "شمخانی"), ("003", "علی شمخانی")),
            Person("alexander-lavrentiev", "الکساندر لاورنتیف", "Alexander Lavrentiev", ["لاورنتیف"], ("001", "لاورنتیف")),
            Person("sergei-shoigu", "سرگئی شویگو", "Sergei Shoigu", ["شویگو"], ("002", "سرگئی شویگو")),
            Person("nikolai-patrushev", "نیکلای پاتروشف", "Nikolai Patrushev", ["پاتروشف", "نیکولای پاتروشف"], ("003", "نیکلای پاتروشف")),
            Country("ir", "ایران", "Iran", [], ("001", "ایران"), ("002", "ایران"), ("003", "ایران")),
            Country("ru", "روسیه", "Russia", [], ("001", "روسیه"), ("002", "روسیه"), ("003", "روسیه")),
            Country("sy", "سوریه", "Syria", [], ("001", "سوریه"), ("002", "سوریه")),
            Country("us", "آمریکا", "United States", [], ("001", "آمریکا"), ("003", "آمریکا")),
            Node(NodeLabel.Place, "place:tehran", "تهران", "Tehran", [], ("002", "تهران")),
            Meeting("001", "دیدار لاورنتیف و شمخانی", "in_person", null),
            Meeting("002", "دیدار شویگو و شمخانی در تهران", "in_person", "2016-01-20"),
            Meeting("003", "گفتگوی تلفنی پاتروشف و شمخانی", "phone", null),
        ],
        Edges =
        [
            Edge(EdgeType.MetWith, "person:alexander-lavrentiev", "person:ali-shamkhani", new() { ["count"] = 1 },
                Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.MetWith, "person:ali-shamkhani", "person:sergei-shoigu", new() { ["count"] = 1 },
                Evidence("002", 0, 0, "سرگئی شویگو با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.MetWith, "person:ali-shamkhani", "person:nikolai-patrushev", new() { ["count"] = 1, ["modes"] = new[] { "phone" } },
                Evidence("003", 0, 0, "نیکلای پاتروشف در گفتگوی تلفنی با علی شمخانی گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.ParticipatedIn, "person:alexander-lavrentiev", "meeting:001", [], Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:ali-shamkhani", "meeting:001", [], Evidence("001", 0, 0, "الکساندر لاورنتیف با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:sergei-shoigu", "meeting:002", [], Evidence("002", 0, 0, "سرگئی شویگو با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:ali-shamkhani", "meeting:002", [], Evidence("002", 0, 0, "سرگئی شویگو با شمخانی دیدار کرد.", "دیدار")),
            Edge(EdgeType.ParticipatedIn, "person:nikolai-patrushev", "meeting:003", [], Evidence("003", 0, 0, "نیکلای پاتروشف در گفتگوی تلفنی با علی شمخانی گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.ParticipatedIn, "person:ali-shamkhani", "meeting:003", [], Evidence("003", 0, 0, "نیکلای پاتروشف در گفتگوی تلفنی با علی شمخانی گفت.", "گفتگوی تلفنی")),
            Edge(EdgeType.HeldIn, "meeting:002", "place:tehran", []),
            Edge(EdgeType.Condemned, "person:ali-shamkhani", "country:us", new() { ["plover"] = "ACCUSE" },
                Evidence("001", 3, 420, "شمخانی اقدامات آمریکا را محکوم کرد.", "محکوم"),
                Evidence("003", 2, 250, "شمخانی سیاست های آمریکا را محکوم کرد.", "محکوم")),
        ],
    };

    private ArticleRecord Article(string number, string[] outlets, string? published) =>
        new(Id("article:" + number), $"seeds/{number}.txt", $"خبر {number}", outlets, published);

    private GraphNode Person(string slug, string name, string nameEn, string[] aliases, params (string Article, string Text)[] mentions) =>
        Node(NodeLabel.Person, "person:" + slug, name, nameEn, aliases, mentions);

    private GraphNode Country(string code, string name, string nameEn, string[] aliases, params (string Article, string Text)[] mentions) =>
        Node(NodeLabel.Country, "country:" + code, name, nameEn, aliases, mentions) with { Properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code.ToUpperInvariant() } };

    private GraphNode Meeting(string article, string name, string mode, string? date)
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["mode"] = mode };
        if (date is not null)
        {
            properties["date"] = date;
        }

        return new GraphNode(Id("meeting:" + article), NodeLabel.Meeting, name) { Properties = properties };
    }

    private GraphNode Node(string label, string id, string name, string nameEn, string[] aliases, params (string Article, string Text)[] mentions) =>
        new(Id(id), label, name)
        {
            NameEn = nameEn,
            Aliases = aliases,
            Mentions = mentions.Select((m, i) => new Mention(Id("article:" + m.Article), 10 * i, (10 * i) + m.Text.Length, m.Text)).ToList(),
        };

    private GraphEdge Edge(string type, string source, string target, Dictionary<string, object?> properties, params Evidence[] evidence) =>
        new(Id($"{type.ToLowerInvariant()}:{source}->{target}"), type, Id(source), Id(target))
        {
            Properties = new SortedDictionary<string, object?>(properties, StringComparer.Ordinal),
            Evidence = evidence,
            Confidence = evidence.Length == 0 ? 0.5 : evidence.Max(e => e.Confidence),
        };

    private Evidence Evidence(string article, int sentence, int start, string text, string trigger) =>
        new(Id("article:" + article), sentence, start, start + text.Length, text, trigger) { Confidence = 0.8 };
}
