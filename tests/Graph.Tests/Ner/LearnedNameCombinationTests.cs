using Graph.Articles;
using Graph.Cli;
using ExtractionOptions = Graph.Extraction.ExtractionOptions;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Output;
using static Graph.Tests.Extraction.TestExtraction;

namespace Graph.Tests.Ner;

/// <summary>
/// The learned recognizer beside the lexicon (built-in lexicon and model): what it adds, what the
/// lexicon keeps, and that <c>--no-learned-ner</c> turns it off.
/// </summary>
public sealed class LearnedNameCombinationTests
{
    private const string Envoy = "آموس هوکشتاین، فرستاده ویژه آمریکا، روز پنجشنبه در بیروت با نبیه بری دیدار کرد.\nهوکشتاین پس از دیدار گفت: پیشرفت خوبی حاصل شده است.";
    private const string Militia = "به گزارش خبرگزاری مهر، گروه جیش العدل هفته گذشته مسئولیت حمله به پاسگاه مرزی میرجاوه را برعهده گرفته بود.";
    private const string Parties = "شورای ریاستی یمن به ریاست رشاد العلیمی نسبت به این گفت‌وگوها ابراز نگرانی کرده است.\nحسین مرعشی، سخنگوی حزب کارگزاران سازندگی، این درخواست را شتاب‌زده خواند.";

    private static GraphDocument Extract(bool learned, params Article[] articles)
    {
        var extractor = GraphExtractor.Create(KnowledgeBase.LoadBuiltIn(), ExtractionOptions.Default with { LearnedNer = learned });
        foreach (var article in articles)
        {
            extractor.Add(article);
        }

        return extractor.Build();
    }

    [Fact]
    public void A_person_the_lexicon_does_not_know_becomes_a_person_with_mentions_evidence_role_and_meeting()
    {
        var article = Article(Envoy, file: "envoy.txt");
        var graph = Extract(true, article);

        var envoy = Assert.Single(graph.Nodes, n => n.Name == "آموس هوکشتاین");
        Assert.Equal(NodeLabel.Person, envoy.Label);
        Assert.Equal(["آموس هوکشتاین", "هوکشتاین"], envoy.Mentions.Select(m => m.Text));
        var mentions = Assert.Single(graph.Edges, e => e.Type == EdgeType.Mentions && e.Target == envoy.Id);
        Assert.Equal(article.Id, mentions.Source);
        Assert.InRange(mentions.Confidence, ExtractionOptions.DefaultMinNerConfidence, 1.0);
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.MetWith && new[] { e.Source, e.Target }.Order().SequenceEqual(new[] { envoy.Id, "person:nabih-berri" }.Order()));
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.HoldsRole && e.Source == envoy.Id && e.Target == "country:us");
    }

    [Fact]
    public void Places_and_organizations_the_lexicon_does_not_know_become_typed_nodes()
    {
        var graph = Extract(true, Article(Militia + "\n" + Parties));

        Assert.Equal(NodeLabel.Place, Assert.Single(graph.Nodes, n => n.Name == "میرجاوه").Label);
        Assert.Equal(NodeLabel.Organization, Assert.Single(graph.Nodes, n => n.Name == "کارگزاران سازندگی").Label);
        Assert.Equal(NodeLabel.Person, Assert.Single(graph.Nodes, n => n.Name == "حسین مرعشی").Label);
        Assert.All(graph.Nodes.Where(n => n.Label is NodeLabel.Place or NodeLabel.Organization or NodeLabel.Person), n => Assert.NotEmpty(n.Mentions));
    }

    [Fact]
    public void Lexicon_names_keep_their_ids_where_the_recognizer_tags_them_too()
    {
        var graph = Extract(true, Article(Militia + "\n" + Envoy));

        Assert.Contains(graph.Nodes, n => n.Id == "org:jaish-al-adl");
        Assert.Contains(graph.Nodes, n => n.Id == "person:nabih-berri");
        Assert.Contains(graph.Nodes, n => n.Id == "place:beirut");
        Assert.DoesNotContain(graph.Nodes, n => n.Name.Contains("جیش", StringComparison.Ordinal) && n.Id != "org:jaish-al-adl");
    }

    [Fact]
    public void The_outlet_a_report_comes_from_is_not_an_entity()
    {
        var graph = Extract(true, Article(Militia));

        Assert.DoesNotContain(graph.Nodes, n => n.Name.Contains("مهر", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_named_after_a_country_is_the_organization_not_the_country()
    {
        var graph = Extract(true, Article(Parties));

        Assert.Equal(NodeLabel.Organization, Assert.Single(graph.Nodes, n => n.Name == "شورای ریاستی یمن").Label);
        Assert.DoesNotContain(graph.Nodes, n => n.Id == "country:ye");
        Assert.Contains(Extract(false, Article(Parties)).Nodes, n => n.Id == "country:ye");
    }

    [Fact]
    public void A_lexicon_name_that_is_also_a_word_is_accepted_when_the_recognizer_tags_it_with_its_type()
    {
        var article = Article("روحانی در دیدار با سفیر آلمان گفت: تهران به تعهدات خود پایبند است.");

        Assert.Contains(Extract(true, article).Nodes, n => n.Id == "person:hassan-rouhani");
        Assert.DoesNotContain(Extract(false, article).Nodes, n => n.Id == "person:hassan-rouhani");
    }

    [Fact]
    public void A_surname_alone_in_another_article_is_the_same_new_person()
    {
        var second = Article("هوکشتاین در گفت‌وگو با خبرنگاران در تل‌آویو اظهار داشت: توافق نزدیک است.", file: "second.txt");
        Assert.Contains(Extract(true, second).Nodes, n => n.Name == "هوکشتاین");
        var graph = Extract(true, Article(Envoy, file: "envoy.txt"), second);

        var envoy = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Person && n.Name.EndsWith("هوکشتاین", StringComparison.Ordinal));
        Assert.Equal("آموس هوکشتاین", envoy.Name);
        Assert.Contains(envoy.Mentions, m => m.Article == second.Id);
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.Mentions && e.Source == second.Id && e.Target == envoy.Id);
    }

    [Fact]
    public void Without_the_learned_recognizer_the_unknown_names_are_not_found()
    {
        var graph = Extract(false, Article(Envoy + "\n" + Militia + "\n" + Parties));

        Assert.DoesNotContain(graph.Nodes, n => n.Name is "آموس هوکشتاین" or "میرجاوه" or "کارگزاران سازندگی" or "حسین مرعشی");
        Assert.Contains(graph.Nodes, n => n.Id == "person:nabih-berri");
    }

    [Fact]
    public async Task Graph_extract_with_no_learned_ner_leaves_the_recognizer_out()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("in/envoy.txt", Envoy);
        var on = Path.Combine(folder.Path, "on");
        var off = Path.Combine(folder.Path, "off");

        Assert.Equal(ExitCodes.Success, await Program.Main(["extract", input, "-o", on, "-v", "quiet"]));
        Assert.Equal(ExitCodes.Success, await Program.Main(["extract", input, "-o", off, "--no-learned-ner", "-v", "quiet"]));

        using var withRecognizer = File.OpenRead(Path.Combine(on, GraphJsonSink.FileName));
        using var withoutRecognizer = File.OpenRead(Path.Combine(off, GraphJsonSink.FileName));
        Assert.Contains(GraphJsonWriter.Read(withRecognizer).Nodes, n => n.Name == "آموس هوکشتاین");
        Assert.DoesNotContain(GraphJsonWriter.Read(withoutRecognizer).Nodes, n => n.Name == "آموس هوکشتاین");
    }
}
