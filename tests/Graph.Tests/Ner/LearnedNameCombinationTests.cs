using Graph.Articles;
using Graph.Cli;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Ner;
using Graph.Output;
using static Graph.Tests.Extraction.TestExtraction;
using ExtractionOptions = Graph.Extraction.ExtractionOptions;

namespace Graph.Tests.Ner;

/// <summary>
/// The learned recognizer beside the built-in lexicon: the combination rules, with a model trained in
/// the test on TinyCorpus.CombinationSentences (so that what it tags is known), and the shipped model
/// on a news paragraph and through <c>graph extract</c>.
/// </summary>
public sealed class LearnedNameCombinationTests
{
    private const string Envoy = "ادگار ویلتون، فرستاده ویژه آمریکا، روز پنجشنبه در بیروت با نبیه بری دیدار کرد.\nویلتون پس از دیدار گفت: پیشرفت خوبی حاصل شده است.";

    private static GraphDocument Extract(ExtractionOptions options, params Article[] articles)
    {
        var extractor = GraphExtractor.Create(KnowledgeBase.LoadBuiltIn(), options);
        foreach (var article in articles)
        {
            extractor.Add(article);
        }

        return extractor.Build();
    }

    private static GraphDocument ExtractWithTinyModel(params Article[] articles) => Extract(new ExtractionOptions { NerModel = TinyCorpus.CombinationModel }, articles);

    private static Article Sentences(params int[] indexes) =>
        Article(string.Join("\n", indexes.Select(i => string.Join(' ', TinyCorpus.CombinationSentences[i].Tokens))), file: $"tiny-{string.Join('-', indexes)}.txt");

    [Fact]
    public void People_places_and_groups_the_lexicon_does_not_know_become_typed_nodes_with_mentions_and_evidence()
    {
        var article = Sentences(0, 2);
        var graph = ExtractWithTinyModel(article);

        var person = Assert.Single(graph.Nodes, n => n.Name == "کامران نوری");
        var town = Assert.Single(graph.Nodes, n => n.Name == "کلاته");
        var group = Assert.Single(graph.Nodes, n => n.Name == "گروه پیکان سرخ");
        Assert.Equal((NodeLabel.Person, NodeLabel.Place, NodeLabel.Organization), (person.Label, town.Label, group.Label));
        Assert.Equal(("person:", "place:", "org:"), (person.Id[..7], town.Id[..6], group.Id[..4]));
        foreach (var node in new[] { person, town, group })
        {
            Assert.Equal(article.Id, Assert.Single(node.Mentions).Article);
            var mentions = Assert.Single(graph.Edges, e => e.Type == EdgeType.Mentions && e.Target == node.Id);
            Assert.Equal(article.Id, mentions.Source);
            Assert.NotEmpty(Assert.Single(mentions.Evidence).Text);
            Assert.InRange(mentions.Confidence, ExtractionOptions.DefaultMinNerConfidence, 1.0);
        }
    }

    [Fact]
    public void A_one_word_name_the_lexicon_lists_as_never_a_name_alone_is_left_out()
    {
        var knowledge = KnowledgeBase.FromSources(LexiconSource.BuiltIn().Append(LexiconSource.FromJson("not-names.json", """{ "notNames": ["کلاته"] }""")));
        var extractor = GraphExtractor.Create(knowledge, new ExtractionOptions { NerModel = TinyCorpus.CombinationModel });
        extractor.Add(Sentences(0, 2));
        var graph = extractor.Build();

        Assert.DoesNotContain(graph.Nodes, n => n.Name == "کلاته");
        Assert.Contains(graph.Nodes, n => n.Name == "کامران نوری");
        Assert.Contains(ExtractWithTinyModel(Sentences(0, 2)).Nodes, n => n.Name == "کلاته");
    }

    [Fact]
    public void A_lexicon_name_keeps_its_id_where_the_recognizer_tags_it_too()
    {
        var graph = ExtractWithTinyModel(Sentences(5));

        Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Person);
        Assert.Contains(graph.Nodes, n => n.Id == "person:ali-shamkhani");
        Assert.Contains(graph.Nodes, n => n.Name == "کلاته" && n.Label == NodeLabel.Place);
    }

    [Fact]
    public void The_outlet_a_report_comes_from_is_not_an_entity()
    {
        var graph = ExtractWithTinyModel(Sentences(4));

        Assert.DoesNotContain(graph.Nodes, n => n.Name == "تابان");
        Assert.Contains(graph.Nodes, n => n.Name == "گروه پیکان سرخ");
    }

    [Fact]
    public void An_organization_named_after_a_country_is_the_organization_not_the_country()
    {
        var article = Sentences(3);

        var graph = ExtractWithTinyModel(article);

        Assert.Equal(NodeLabel.Organization, Assert.Single(graph.Nodes, n => n.Name == "شورای ریاستی یمن").Label);
        Assert.DoesNotContain(graph.Nodes, n => n.Id == "country:ye");
        Assert.Contains(Extract(new ExtractionOptions { LearnedNer = false }, article).Nodes, n => n.Id == "country:ye");
    }

    [Fact]
    public void A_lexicon_name_that_is_also_a_word_is_accepted_when_the_recognizer_tags_it_with_its_type()
    {
        var article = Sentences(6);

        Assert.Contains(ExtractWithTinyModel(article).Nodes, n => n.Id == "person:hassan-rouhani");
        Assert.DoesNotContain(Extract(new ExtractionOptions { LearnedNer = false }, article).Nodes, n => n.Id == "person:hassan-rouhani");
    }

    [Fact]
    public void A_lexicon_name_listed_as_never_a_name_alone_is_not_confirmed_by_the_recognizer()
    {
        var knowledge = KnowledgeBase.FromSources(LexiconSource.BuiltIn().Append(LexiconSource.FromJson("not-names.json", """{ "notNames": ["روحانی"] }""")));
        var extractor = GraphExtractor.Create(knowledge, new ExtractionOptions { NerModel = TinyCorpus.CombinationModel });
        extractor.Add(Sentences(6));

        Assert.DoesNotContain(extractor.Build().Nodes, n => n.Id == "person:hassan-rouhani");
    }

    [Fact]
    public void A_surname_alone_in_another_article_is_the_same_new_person()
    {
        var second = Sentences(1);
        Assert.Contains(ExtractWithTinyModel(second).Nodes, n => n.Name == "نوری");

        var graph = ExtractWithTinyModel(Sentences(0), second);

        var person = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Person);
        Assert.Equal("کامران نوری", person.Name);
        Assert.Contains("نوری", person.Aliases);
        Assert.Contains(person.Mentions, m => m.Article == second.Id);
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.Mentions && e.Source == second.Id && e.Target == person.Id);
    }

    [Fact]
    public void Names_below_the_probability_threshold_are_left_out()
    {
        var graph = Extract(new ExtractionOptions { NerModel = TinyCorpus.CombinationModel, MinNerConfidence = 1.01, MinOrganizationConfidence = 1.01 }, Sentences(0, 2));

        Assert.DoesNotContain(graph.Nodes, n => n.Name is "کامران نوری" or "کلاته" or "گروه پیکان سرخ");
    }

    [Fact]
    public void Without_the_learned_recognizer_the_unknown_names_are_not_found()
    {
        var graph = Extract(new ExtractionOptions { LearnedNer = false, NerModel = TinyCorpus.CombinationModel }, Sentences(0, 2, 5));

        Assert.DoesNotContain(graph.Nodes, n => n.Name is "کامران نوری" or "کلاته" or "گروه پیکان سرخ");
        Assert.Contains(graph.Nodes, n => n.Id == "person:ali-shamkhani");
    }

    [Fact]
    public void The_shipped_model_adds_an_envoy_the_lexicon_does_not_know_with_his_role_and_meeting()
    {
        var graph = Extract(ExtractionOptions.Default, Article(Envoy, file: "envoy.txt"));

        var envoy = Assert.Single(graph.Nodes, n => n.Name == "ادگار ویلتون");
        Assert.Equal(NodeLabel.Person, envoy.Label);
        Assert.Equal(["ادگار ویلتون", "ویلتون"], envoy.Mentions.Select(m => m.Text));
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.MetWith && new[] { e.Source, e.Target }.Order().SequenceEqual(new[] { envoy.Id, "person:nabih-berri" }.Order()));
        Assert.Contains(graph.Edges, e => e.Type == EdgeType.HoldsRole && e.Source == envoy.Id && e.Target == "country:us");
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
        Assert.Contains(GraphJsonWriter.Read(withRecognizer).Nodes, n => n.Name == "ادگار ویلتون");
        Assert.DoesNotContain(GraphJsonWriter.Read(withoutRecognizer).Nodes, n => n.Name == "ادگار ویلتون");
    }
}
