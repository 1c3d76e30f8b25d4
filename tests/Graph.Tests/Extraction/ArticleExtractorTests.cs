using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using static Graph.Tests.Extraction.TestExtraction;

namespace Graph.Tests.Extraction;

/// <summary>Short articles written for these tests, each exercising one way Persian news reports a relation.</summary>
public sealed class ArticleExtractorTests
{
    private static readonly string[] Scored = [EdgeType.MetWith, EdgeType.Condemned, EdgeType.Supported];

    [Fact]
    public void A_phone_call_is_a_phone_meeting_and_the_call_partners_condemn_and_support()
    {
        var graph = GraphOfFile("01-phone-call.txt");

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.MetWith, "person:abbas-araghchi", "person:sergey-lavrov"),
                (EdgeType.Condemned, "person:abbas-araghchi", "country:il"),
                (EdgeType.Supported, "person:sergey-lavrov", "country:ps"),
            },
            Relations(graph, Scored));
        var meeting = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting);
        Assert.Equal("phone", meeting.Properties["mode"]);
        Assert.Contains(graph.Nodes, n => n.Id == "place:gaza");
    }

    [Fact]
    public void A_visit_gives_the_meeting_its_place_and_a_visited_edge()
    {
        var graph = GraphOfFile("02-visit.txt");

        Assert.Contains((EdgeType.MetWith, "person:masoud-pezeshkian", "person:recep-tayyip-erdogan"), Relations(graph, EdgeType.MetWith));
        Assert.Contains((EdgeType.Visited, "person:recep-tayyip-erdogan", "place:tehran"), Relations(graph, EdgeType.Visited));
        var meeting = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting);
        Assert.Equal("in_person", meeting.Properties["mode"]);
        Assert.Equal("place:tehran", meeting.Properties["place"]);
    }

    [Fact]
    public void A_ministry_that_condemns_an_attack_condemns_the_attacker_not_the_victim()
    {
        var graph = GraphOfFile("03-ministry-condemns.txt");

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "org:ir-mfa", "country:us") }, Relations(graph, Scored));
        Assert.Contains((EdgeType.Attacked, "country:us", "country:sy"), Relations(graph, EdgeType.Attacked));
        var condemned = Assert.Single(graph.Edges, e => e.Type == EdgeType.Condemned);
        Assert.Equal("111", Assert.IsType<List<string>>(condemned.Properties["cameo"])[0]);
        Assert.Equal("ACCUSE", condemned.Properties["plover"]);
    }

    [Fact]
    public void A_parliament_supports_every_member_of_a_coordinated_object()
    {
        var graph = GraphOfFile("04-parliament-supports.txt");

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.Supported, "org:ir-parliament", "country:ps"),
                (EdgeType.Supported, "org:ir-parliament", "org:hamas"),
            },
            Relations(graph, Scored));
    }

    [Fact]
    public void A_summit_of_three_leaders_links_every_pair()
    {
        var graph = GraphOfFile("05-summit.txt");

        Assert.Equal(3, Relations(graph, EdgeType.MetWith).Count);
        var meeting = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting);
        Assert.Equal("summit", meeting.Properties["mode"]);
    }

    [Theory]
    [InlineData(2016, "person:mohammad-javad-zarif", "person:sergei-shoigu")]
    [InlineData(2024, "person:abbas-araghchi", "person:andrey-belousov")]
    public void A_role_without_a_name_is_the_holder_at_the_articles_date(int year, string first, string second)
    {
        var graph = GraphOfFile("06-role-only.txt", new DateOnly(year, 10, 1));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, first, second) }, Relations(graph, Scored));
    }

    [Fact]
    public void A_role_in_a_headline_is_the_person_the_article_names_with_that_role()
    {
        var graph = GraphOfFile("07-headline-meeting.txt");

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:sergey-lavrov", "person:wang-yi") }, Relations(graph, Scored));
        Assert.Equal("place:moscow", Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting).Properties["place"]);
    }

    [Fact]
    public void The_speaker_carries_over_to_a_pronoun_in_the_next_paragraph()
    {
        var graph = GraphOfFile("08-speaker-carry-over.txt");

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.Supported, "person:emmanuel-macron", "country:ua"),
                (EdgeType.Condemned, "person:emmanuel-macron", "country:ru"),
            },
            Relations(graph, Scored));
    }

    [Fact]
    public void A_person_unknown_to_the_lexicon_is_found_from_a_title_and_a_given_name_and_referred_to_by_surname()
    {
        var graph = GraphOfFile("09-new-person.txt");

        var kanani = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Person);
        Assert.Equal("ناصر کنعانی", kanani.Name);
        Assert.Equal(2, kanani.Mentions.Count);
        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.Condemned, kanani.Id, "country:il"),
                (EdgeType.Supported, kanani.Id, "country:ps"),
            },
            Relations(graph, Scored));
        Assert.Contains((EdgeType.HoldsRole, kanani.Id, "org:ir-mfa"), Relations(graph, EdgeType.HoldsRole));
    }

    [Fact]
    public void A_planned_meeting_and_a_negated_condemnation_are_not_relations()
    {
        var graph = GraphOfFile("10-not-happened.txt");

        Assert.Empty(Relations(graph, Scored));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == NodeLabel.Meeting);
    }

    [Fact]
    public void Arabic_letters_and_a_missing_space_do_not_hide_names()
    {
        var graph = GraphOfFile("11-spelling-variants.txt");

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:recep-tayyip-erdogan", "person:vladimir-putin") }, Relations(graph, Scored));
    }

    [Fact]
    public void This_country_refers_to_the_country_named_before()
    {
        var graph = GraphOfFile("12-country-reference.txt");

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:emmanuel-macron", "country:ru") }, Relations(graph, Scored));
    }

    [Fact]
    public void The_territory_of_an_occupied_country_is_its_victim_and_the_occupier_is_condemned()
    {
        var graph = GraphOf(Article("ماکرون گفت: اشغال خاک سوریه توسط ترکیه غیرقانونی است."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:emmanuel-macron", "country:tr") }, Relations(graph, Scored));
    }

    [Fact]
    public void A_meeting_date_given_as_a_weekday_is_counted_back_from_the_publication_date()
    {
        var graph = GraphOfFile("02-visit.txt", new DateOnly(2024, 10, 3));

        var meeting = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting);
        Assert.Equal("2024-09-30", meeting.Properties["date"]);
        Assert.Equal("2024-09-30", Assert.Single(graph.Edges, e => e.Type == EdgeType.MetWith).Properties["firstDate"]);
    }

    [Theory]
    [InlineData(2019, "person:sergey-lavrov")]
    [InlineData(2025, "person:sergey-lavrov")]
    public void A_counterpart_is_the_person_with_the_subjects_role_in_that_country(int year, string counterpart)
    {
        var graph = GraphOf(Article("وزیر امور خارجه ایران روز گذشته با همتای روس خود در مسکو دیدار کرد.", new DateOnly(year, 6, 1)));

        var met = Assert.Single(Relations(graph, EdgeType.MetWith));
        Assert.Contains(counterpart, new[] { met.Source, met.Target });
        Assert.Contains(year < 2021 ? "person:mohammad-javad-zarif" : "person:abbas-araghchi", new[] { met.Source, met.Target });
    }

    [Fact]
    public void Solidarity_with_a_country_is_support_even_when_the_object_comes_first()
    {
        var graph = GraphOf(Article("آنتونیو گوترش با مردم و دولت ایران ابراز همبستگی کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Supported, "person:antonio-guterres", "country:ir") }, Relations(graph, Scored));
    }

    [Fact]
    public void A_host_receiving_a_person_is_a_meeting_not_support()
    {
        var graph = GraphOf(Article("ولادیمیر پوتین روز دوشنبه در کرملین از رجب طیب اردوغان استقبال کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:recep-tayyip-erdogan", "person:vladimir-putin") }, Relations(graph, Scored));
    }

    [Fact]
    public void Welcoming_a_decision_of_a_country_is_not_condemnation_even_near_a_judging_adjective()
    {
        var graph = GraphOf(Article("پزشکیان از تصمیم عراق برای اخراج گروهک های تروریستی استقبال کرد."));

        Assert.DoesNotContain(Relations(graph, Scored), r => r.Type == EdgeType.Condemned);
    }

    [Fact]
    public void Summoning_an_ambassador_condemns_the_ambassadors_country()
    {
        var graph = GraphOf(Article("وزارت امور خارجه ایران روز یکشنبه سفیر انگلیس در تهران را احضار کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "org:ir-mfa", "country:gb") }, Relations(graph, Scored));
    }

    [Fact]
    public void Accusing_and_criticizing_condemn_the_marked_object()
    {
        var graph = GraphOf(Article("عراقچی آمریکا را به حمایت از تروریسم متهم کرد. وی از اقدامات اتحادیه اروپا علیه ایران انتقاد کرد."));

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.Condemned, "person:abbas-araghchi", "country:us"),
                (EdgeType.Condemned, "person:abbas-araghchi", "org:eu"),
            },
            Relations(graph, Scored));
    }

    [Fact]
    public void A_person_unknown_to_the_lexicon_named_after_a_role_holds_that_role()
    {
        var graph = GraphOf(Article("وزیر خارجه فرانسه، ژان ایو لودریان روز پنجشنبه با سرگئی لاوروف دیدار کرد. لودریان گفت: فرانسه از اوکراین حمایت می کند."));

        var person = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Person && n.Id != "person:sergey-lavrov");
        Assert.Equal("ژان ایو لودریان", person.Name);
        Assert.Contains((EdgeType.HoldsRole, person.Id, "country:fr"), Relations(graph, EdgeType.HoldsRole));
        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.MetWith, "person:sergey-lavrov", person.Id),
                (EdgeType.Supported, person.Id, "country:ua"),
            },
            Relations(graph, Scored));
    }

    [Fact]
    public void A_summit_of_countries_is_a_meeting_of_those_countries_in_its_city()
    {
        var graph = GraphOf(Article("اجلاس سه جانبه ایران، روسیه و ترکیه روز گذشته در تهران برگزار شد."));

        var summit = Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Meeting);
        Assert.Equal("summit", summit.Properties["mode"]);
        Assert.Equal("place:tehran", summit.Properties["place"]);
        Assert.Equal(
            new[] { "country:ir", "country:ru", "country:tr" },
            graph.Edges.Where(e => e.Type == EdgeType.ParticipatedIn && e.Target == summit.Id).Select(e => e.Source).Order(StringComparer.Ordinal));
        Assert.Empty(Relations(graph, EdgeType.MetWith));
    }

    [Fact]
    public void A_planned_summit_is_not_a_meeting() =>
        Assert.DoesNotContain(GraphOf(Article("اجلاس سه جانبه ایران، روسیه و ترکیه هفته آینده در تهران برگزار خواهد شد.")).Nodes, n => n.Label == NodeLabel.Meeting);

    [Fact]
    public void Sanctions_by_a_country_against_another_are_a_sanctions_event_and_edge()
    {
        var graph = GraphOf(Article("عراقچی گفت: تحریم های آمریکا علیه ملت ایران غیرقانونی است."));

        Assert.Contains((EdgeType.Sanctioned, "country:us", "country:ir"), Relations(graph, EdgeType.Sanctioned));
        Assert.Contains((EdgeType.Condemned, "person:abbas-araghchi", "country:us"), Relations(graph, Scored));
        Assert.Single(graph.Nodes, n => n.Label == NodeLabel.Event && n.Properties["kind"]?.ToString() == "sanctions");
    }

    [Fact]
    public void Words_before_a_role_at_the_start_of_a_clause_name_a_new_person_and_the_roles_subject_matter_stays_in_the_role()
    {
        var graph = GraphOf(Article("ناصر فرهادی نماینده ویژه آمریکا در امور افغانستان و عبدالله رحمانی معاون سیاسی طالبان روز شنبه در دوحه با یکدیگر دیدار کردند."));

        var met = Assert.Single(Relations(graph, EdgeType.MetWith));
        var names = graph.Nodes.Where(n => n.Id == met.Source || n.Id == met.Target).Select(n => n.Name).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "عبدالله رحمانی", "ناصر فرهادی" }.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void A_subject_the_lexicon_cannot_name_ends_the_previous_speakers_turn()
    {
        var graph = GraphOf(Article("ماکرون گفت: فرانسه از اوکراین حمایت می کند. سخنگوی وزارت امور خارجه ایران گفت: ایران از فلسطین حمایت می کند."));

        // The spokesman the lexicon cannot name speaks for his ministry.
        Assert.Equal(
            new HashSet<(string, string, string)> { (EdgeType.Supported, "person:emmanuel-macron", "country:ua"), (EdgeType.Supported, "org:ir-mfa", "country:ps") },
            Relations(graph, Scored));
    }

    [Theory]
    [InlineData("اردوغان حمله تروریستی مسکو را محکوم کرد.")]
    [InlineData("اردوغان حمله مرگبار اخیر در مسکو را به شدت محکوم کرد.")]
    [InlineData("اردوغان در دیدار با وزیر خارجه ایران در آنکارا، حمله در مسکو را محکوم کرد.")]
    public void A_capital_where_a_condemned_attack_happened_is_not_its_doer(string text)
    {
        var graph = GraphOf(Article(text));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == NodeLabel.Event && n.Id.Contains(":ru", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_right_after_the_act_stands_for_its_government()
    {
        var graph = GraphOf(Article("اردوغان حمله مسکو به اوکراین را محکوم کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:recep-tayyip-erdogan", "country:ru") }, Relations(graph, Scored));
    }

    [Theory]
    [InlineData("لاوروف گفت روسیه از روند آستانه حمایت می کند.")]
    [InlineData("ماکرون از توافق آتش بس مسکو حمایت کرد.")]
    public void A_capital_that_names_a_process_is_not_the_one_supported(string text)
    {
        Assert.Empty(Relations(GraphOf(Article(text)), EdgeType.Supported));
    }

    [Fact]
    public void Support_for_a_capital_itself_is_support_for_its_government()
    {
        var graph = GraphOf(Article("لاوروف از تهران حمایت کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Supported, "person:sergey-lavrov", "country:ir") }, Relations(graph, Scored));
    }

    [Fact]
    public void A_rejection_in_one_clause_does_not_cancel_a_condemnation_the_speaker_goes_on_to_make()
    {
        var graph = GraphOf(Article("لاوروف این سخنان را رد کرد و گفت مسکو تحریم های آمریکا علیه ایران را محکوم می کند."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:sergey-lavrov", "country:us") }, Relations(graph, Scored));
    }

    [Fact]
    public void A_negated_condemnation_in_the_same_clause_is_not_a_relation()
    {
        var graph = GraphOf(Article("ترکیه حمله آمریکا به سوریه را محکوم نکرد."));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
    }

    [Fact]
    public void An_act_named_with_a_demonstrative_is_the_earlier_act_and_its_victim_is_not_condemned()
    {
        var graph = GraphOf(Article("عراقچی حملات اسرائیل به خاک سوریه را محکوم کرد و گفت این اقدامات نقض آشکار حاکمیت سوریه است."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:abbas-araghchi", "country:il") }, Relations(graph, Scored));
    }

    [Fact]
    public void The_subject_of_an_earlier_clause_is_not_the_doer_of_an_act_the_speaker_judges_after_a_speech_verb()
    {
        var graph = GraphOf(Article("عراقچی در دیدار با مقامات قطر گفت اقدامات تجاوزکارانه در غزه نقض قوانین بین المللی است."));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
    }

    [Fact]
    public void The_doer_of_an_earlier_act_in_the_clause_can_be_the_doer_of_a_judged_act_without_one()
    {
        var graph = GraphOf(Article("عراقچی گفت همکاری ایران و روسیه ادامه دارد و حملات اسرائیل و اقدامات تجاوزکارانه آنان تاثیری بر آن ندارد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:abbas-araghchi", "country:il") }, Relations(graph, Scored));
    }

    [Fact]
    public void Every_member_of_a_coordinated_subject_supports()
    {
        var graph = GraphOf(Article("روسیه و چین از دولت سوریه حمایت کردند."));

        Assert.Equal(
            new HashSet<(string, string, string)> { (EdgeType.Supported, "country:ru", "country:sy"), (EdgeType.Supported, "country:cn", "country:sy") },
            Relations(graph, Scored));
    }

    [Fact]
    public void Every_member_of_a_coordinated_subject_condemns()
    {
        var graph = GraphOf(Article("ایران، روسیه و چین حمله آمریکا به سوریه را محکوم کردند."));

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.Condemned, "country:ir", "country:us"),
                (EdgeType.Condemned, "country:ru", "country:us"),
                (EdgeType.Condemned, "country:cn", "country:us"),
            },
            Relations(graph, Scored));
    }

    [Theory]
    [InlineData("تهران- ایرنا- سرگئی لاوروف وزیر امور خارجه روسیه که صبح امروز وارد تهران شد، با عباس عراقچی دیدار کرد.")]
    [InlineData("مسکو - ایرنا - سرگئی لاوروف روز دوشنبه با عباس عراقچی دیدار کرد.")]
    public void The_agency_of_a_dateline_is_not_the_subject(string text)
    {
        var graph = GraphOf(Article(text));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:abbas-araghchi", "person:sergey-lavrov") }, Relations(graph, Scored));
    }

    [Theory]
    [InlineData("آمریکا روز جمعه تحریم های تازه ای علیه ایران وضع کرد.")]
    [InlineData("آمریکا تحریم های جدیدی را علیه ایران اعلام کرد.")]
    public void A_subject_that_imposes_sanctions_on_a_target_sanctions_it(string text)
    {
        var graph = GraphOf(Article(text));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Sanctioned, "country:us", "country:ir") }, Relations(graph, EdgeType.Sanctioned));
    }

    [Theory]
    [InlineData("ترکیه حمله موشکی به سوریه را محکوم کرد.")]
    [InlineData("ترکیه تحریم های تازه علیه ایران را محکوم کرد.")]
    public void A_subject_that_condemns_an_act_without_a_doer_is_not_its_doer(string text)
    {
        var graph = GraphOf(Article(text));

        Assert.Empty(Relations(graph, EdgeType.Sanctioned, EdgeType.Attacked));
    }

    [Fact]
    public void An_act_named_with_a_demonstrative_in_a_later_sentence_is_the_act_told_before()
    {
        var graph = GraphOf(Article("آمریکا روز جمعه تحریم های تازه ای علیه ایران وضع کرد. عراقچی این تحریم ها را غیرقانونی خواند و محکوم کرد."));

        Assert.Contains((EdgeType.Condemned, "person:abbas-araghchi", "country:us"), Relations(graph, Scored));
    }

    [Fact]
    public void Support_instead_of_which_something_else_is_asked_is_not_support()
    {
        var graph = GraphOf(Article("عراقچی گفت آمریکا به جای حمایت از اسرائیل باید به تعهدات خود عمل کند."));

        Assert.Empty(Relations(graph, EdgeType.Supported));
    }

    [Fact]
    public void A_group_of_more_countries_than_the_article_has_named_is_nobody()
    {
        var graph = GraphOf(Article("عراقچی وزیر امور خارجه ایران بیانیه اخیر سه کشور اروپایی را محکوم کرد."));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
    }

    [Fact]
    public void A_capital_that_speaks_is_its_government_and_not_the_object_of_its_own_verb()
    {
        var graph = GraphOf(Article("پوتین با اردوغان دیدار کرد. مسکو حمله اسرائیل به غزه را محکوم کرد."));

        Assert.Equal(
            new HashSet<(string, string, string)>
            {
                (EdgeType.MetWith, "person:recep-tayyip-erdogan", "person:vladimir-putin"),
                (EdgeType.Condemned, "country:ru", "country:il"),
            },
            Relations(graph, Scored));
    }

    [Fact]
    public void A_host_who_receives_a_guest_named_as_the_object_meets_the_guest()
    {
        var graph = GraphOf(Article("ولادیمیر پوتین روز دوشنبه عباس عراقچی را در مسکو به حضور پذیرفت."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:abbas-araghchi", "person:vladimir-putin") }, Relations(graph, Scored));
    }

    [Fact]
    public void Arriving_in_a_city_is_visiting_it()
    {
        var graph = GraphOf(Article("سرگئی لاوروف که صبح امروز وارد تهران شد، با عباس عراقچی دیدار کرد."));

        Assert.Contains((EdgeType.Visited, "person:sergey-lavrov", "place:tehran"), Relations(graph, EdgeType.Visited));
        Assert.Single(Relations(graph, EdgeType.Visited));
    }

    [Theory]
    [InlineData("عراقچی آمریکا را مقصر دانست.")]
    [InlineData("عراقچی در این دیدار آمریکا را در بحران غزه مقصر دانست.")]
    public void Blaming_a_country_condemns_it(string text)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:abbas-araghchi", "country:us") }, Relations(GraphOf(Article(text)), Scored));
    }

    [Fact]
    public void The_agent_of_a_passive_condemnation_condemns_the_doer_of_the_act()
    {
        var graph = GraphOf(Article("حمله آمریکا به سوریه از سوی روسیه محکوم شد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "country:ru", "country:us") }, Relations(graph, Scored));
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Attacked, "country:us", "country:sy") }, Relations(graph, EdgeType.Attacked));
    }

    [Fact]
    public void After_an_according_to_phrase_the_next_name_is_the_subject()
    {
        var graph = GraphOf(Article("به گفته لاوروف، روسیه حمله اسرائیل به غزه را محکوم کرد."));

        Assert.Contains((EdgeType.Condemned, "country:ru", "country:il"), Relations(graph, Scored));
    }

    [Fact]
    public void Every_member_of_a_subject_that_imposes_sanctions_sanctions()
    {
        var graph = GraphOf(Article("فرانسه و انگلیس تحریم های جدیدی علیه روسیه اعمال کردند."));

        Assert.Equal(
            new HashSet<(string, string, string)> { (EdgeType.Sanctioned, "country:fr", "country:ru"), (EdgeType.Sanctioned, "country:gb", "country:ru") },
            Relations(graph, EdgeType.Sanctioned));
    }

    [Fact]
    public void The_country_whose_internal_affairs_are_interfered_in_is_not_the_interferer()
    {
        var graph = GraphOf(Article("ماکرون مداخله در امور داخلی چین را محکوم کرد."));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
        Assert.DoesNotContain(graph.Nodes, n => n.Label == NodeLabel.Event);
    }

    [Fact]
    public void A_country_named_after_an_earlier_act_and_a_comma_can_still_be_condemned()
    {
        var graph = GraphOf(Article("پس از حمله اسرائیل به غزه، اردوغان آمریکا را محکوم کرد."));

        Assert.Contains((EdgeType.Condemned, "person:recep-tayyip-erdogan", "country:us"), Relations(graph, Scored));
    }

    [Fact]
    public void A_demonstrative_object_is_not_the_last_name_before_it()
    {
        var graph = GraphOf(Article("ماکرون بیانیه این نشست را مداخله در امور داخلی چین خواند و آن را محکوم کرد."));

        Assert.Empty(Relations(graph, EdgeType.Condemned));
    }

    [Theory]
    [InlineData("عراقچی آمریکا را مسئول مستقیم این حمله دانست.", true)]
    [InlineData("عراقچی آمریکا را عامل اصلی بحران در منطقه خواند.", true)]
    [InlineData("عراقچی آمریکا را مسئول این حمله نمی داند.", false)]
    [InlineData("عراقچی با مسئول روابط عمومی دیدار کرد و آمریکا را ترک کرد.", false)]
    public void Holding_a_country_responsible_condemns_it(string text, bool condemned)
    {
        var relations = Relations(GraphOf(Article(text)), EdgeType.Condemned);

        Assert.Equal(condemned, relations.Contains((EdgeType.Condemned, "person:abbas-araghchi", "country:us")));
    }

    [Fact]
    public void Condemned_support_of_another_country_is_that_countrys_support_not_the_speakers()
    {
        var graph = GraphOf(Article("عراقچی حمایت آمریکا از اسرائیل را محکوم کرد."));

        Assert.Equal(
            new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:abbas-araghchi", "country:us"), (EdgeType.Supported, "country:us", "country:il") },
            Relations(graph, Scored));
    }

    [Fact]
    public void Criticizing_support_for_a_country_neither_supports_nor_condemns_that_country()
    {
        var graph = GraphOf(Article("لاوروف از حمایت غرب از اوکراین انتقاد کرد."));

        Assert.Empty(Relations(graph, Scored));
    }

    [Fact]
    public void Asking_for_a_meeting_is_not_a_meeting()
    {
        Assert.Empty(Relations(GraphOf(Article("اردوغان خواستار دیدار با پوتین شد.")), EdgeType.MetWith));
    }

    [Theory]
    [InlineData("اسرائیل بامداد امروز به غزه حمله کرد.", "place:gaza")]
    [InlineData("آمریکا به مواضع نظامی سوریه حمله کرد.", "country:sy")]
    public void A_subject_that_attacks_a_target_with_the_verb_attacked_it(string text, string target)
    {
        var graph = GraphOf(Article(text));

        Assert.Equal(target, Assert.Single(Relations(graph, EdgeType.Attacked)).Target);
    }

    [Fact]
    public void Condemning_an_attack_on_a_country_is_not_attacking_it()
    {
        Assert.Empty(Relations(GraphOf(Article("ترکیه حمله به سوریه را محکوم کرد.")), EdgeType.Attacked));
    }

    [Theory]
    [InlineData("اتحادیه اروپا روز پنجشنبه تحریم‌های جدیدی را علیه قزاقستان تصویب کرد.")]
    [InlineData("اتحادیه اروپا تحریم‌هایی را علیه قزاقستان به دلیل نقض گسترده حقوق بشر و سرکوب معترضان تصویب کرد.")]
    public void Sanctions_adopted_by_the_subject_are_its_sanctions(string text)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Sanctioned, "org:eu", "country:kz") }, Relations(GraphOf(Article(text)), EdgeType.Sanctioned));
    }

    [Fact]
    public void A_verb_between_the_sanctions_and_an_imposing_verb_ends_the_sanctions_phrase()
    {
        var graph = GraphOf(Article("فرانسه درباره تحریم‌ها علیه سوریه گفتگو کرد و سپس بیانیه‌ای را اعلام کرد."));

        Assert.Empty(Relations(graph, EdgeType.Sanctioned));
    }

    [Fact]
    public void This_measure_in_a_later_sentence_is_the_latest_act_of_any_kind()
    {
        var graph = GraphOf(Article("اتحادیه اروپا تحریم‌های جدیدی را علیه روسیه تصویب کرد. پوتین این اقدام را محکوم کرد."));

        Assert.Contains((EdgeType.Condemned, "person:vladimir-putin", "org:eu"), Relations(graph, Scored));
    }

    [Theory]
    [InlineData("دولت قزاقستان")]
    [InlineData("وزارت خارجه قزاقستان")]
    [InlineData("وزارت امور خارجه قزاقستان")]
    [InlineData("ارتش قزاقستان")]
    [InlineData("سفارت قزاقستان در تهران")]
    [InlineData("نماینده قزاقستان در سازمان ملل")]
    public void A_government_body_of_a_country_speaks_for_the_country(string body)
    {
        var graph = GraphOf(Article($"اتحادیه اروپا تحریم‌های جدیدی را علیه قزاقستان تصویب کرد. گوترش گفت این تحریم‌ها پاسخی به سرکوب است. {body} این اقدام را محکوم کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "country:kz", "org:eu") }, Relations(graph, Scored).Where(r => r.Item1 == EdgeType.Condemned).ToHashSet());
    }

    [Theory]
    [InlineData("وزیر خارجه قزاقستان")]
    [InlineData("سفیر قزاقستان")]
    public void A_role_of_a_country_whose_holder_is_unknown_speaks_for_the_country(string role)
    {
        var graph = GraphOf(Article($"گوترش گفت تحریم‌های اتحادیه اروپا علیه قزاقستان پاسخی به سرکوب است. {role} تحریم‌های اتحادیه اروپا را محکوم کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "country:kz", "org:eu") }, Relations(graph, Scored).Where(r => r.Item1 == EdgeType.Condemned).ToHashSet());
    }

    [Fact]
    public void A_government_body_after_the_subject_is_not_the_subject()
    {
        var graph = GraphOf(Article("لاوروف از دولت قزاقستان انتقاد کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Condemned, "person:sergey-lavrov", "country:kz") }, Relations(graph, Scored));
    }

    [Theory]
    [InlineData("حمله هوایی آمریکا به مواضع گروه‌های مقاومت در عراق محکوم شد.")]
    [InlineData("آمریکا حملات هوایی به یک پایگاه نظامی در عراق انجام داد.")]
    public void An_unnamed_target_in_a_country_makes_the_country_the_target(string text)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Attacked, "country:us", "country:iq") }, Relations(GraphOf(Article(text)), EdgeType.Attacked));
    }

    [Fact]
    public void An_unnamed_target_followed_by_a_place_inside_a_country_has_no_country_target()
    {
        var graph = GraphOf(Article("حمله آمریکا به مواضع گروه‌های مقاومت در نزدیکی مرز محکوم شد."));

        Assert.DoesNotContain(Relations(graph, EdgeType.Attacked), r => r.Item3 == "country:iq");
        Assert.Empty(Relations(graph, EdgeType.Attacked));
    }

    [Fact]
    public void A_capital_that_judges_an_act_with_a_predicate_condemns_its_doer()
    {
        var graph = GraphOf(Article("آمریکا به سوریه حمله کرد. مسکو این حمله را اقدامی تجاوزکارانه خواند."));

        Assert.Contains((EdgeType.Condemned, "country:ru", "country:us"), Relations(graph, Scored));
    }

    [Fact]
    public void What_a_violation_inside_an_act_phrase_violates_is_not_the_doer_of_the_act()
    {
        var graph = GraphOf(Article("ماکرون از تصمیم آمریکا انتقاد کرد. وی گفت این اقدام نقض حاکمیت چین است."));

        Assert.Contains((EdgeType.Condemned, "person:emmanuel-macron", "country:us"), Relations(graph, Scored));
        Assert.DoesNotContain(Relations(graph, Scored), r => r.Target == "country:cn");
    }

    [Theory]
    [InlineData("ترکیه بامداد امروز با چند پهپاد به یک پایگاه نظامی در شمال سوریه حمله کرد.")]
    [InlineData("ترکیه به مواضعی در منطقه ادلب سوریه حمله کرد.")]
    public void Attacking_an_unnamed_target_in_a_country_attacks_the_country(string text)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Attacked, "country:tr", "country:sy") }, Relations(GraphOf(Article(text)), EdgeType.Attacked));
    }

    [Theory]
    [InlineData("اردوغان از مواضع تهران حمایت کرد.", true)]
    [InlineData("اردوغان از روند صلح آستانه حمایت کرد.", false)]
    [InlineData("اردوغان از نشست تهران حمایت کرد.", false)]
    public void A_capital_reached_through_nouns_is_its_government_unless_a_place_word_names_a_thing_there(string text, bool supported)
    {
        var relations = Relations(GraphOf(Article(text)), EdgeType.Supported);

        Assert.Equal(supported, relations.Contains((EdgeType.Supported, "person:recep-tayyip-erdogan", "country:ir")));
        Assert.DoesNotContain(relations, r => r.Target == "country:kz");
    }

    [Theory]
    [InlineData("آمریکا ایران را تحریم کرد.", "country:us", "country:ir")]
    [InlineData("اتحادیه اروپا ۱۵ مقام ایرانی را تحریم کرد.", "org:eu", "country:ir")]
    [InlineData("فرانسه روز دوشنبه چند شرکت مرتبط با برنامه موشکی روسیه را تحریم کرد.", "country:fr", "country:ru")]
    public void The_subject_of_the_verb_to_sanction_sanctions_its_object(string text, string doer, string target)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Sanctioned, doer, target) }, Relations(GraphOf(Article(text)), EdgeType.Sanctioned));
    }

    [Fact]
    public void Every_member_of_a_sanctioned_coordination_is_sanctioned()
    {
        var graph = GraphOf(Article("انگلیس ایران و روسیه را تحریم کرد."));

        Assert.Equal(
            new HashSet<(string, string, string)> { (EdgeType.Sanctioned, "country:gb", "country:ir"), (EdgeType.Sanctioned, "country:gb", "country:ru") },
            Relations(graph, EdgeType.Sanctioned));
    }

    [Theory]
    [InlineData("ایران تحریم‌ها را محکوم کرد.")]
    [InlineData("چین گفت روسیه را تحریم نخواهد کرد.")]
    public void Sanctions_without_a_doing_subject_and_object_are_not_sanctions(string text)
    {
        Assert.Empty(Relations(GraphOf(Article(text)), EdgeType.Sanctioned));
    }

    [Fact]
    public void Companies_of_a_country_after_against_make_the_country_the_target()
    {
        var graph = GraphOf(Article("چین تحریم‌های آمریکا علیه شرکت‌های چینی را محکوم کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.Sanctioned, "country:us", "country:cn") }, Relations(graph, EdgeType.Sanctioned));
        Assert.Contains((EdgeType.Condemned, "country:cn", "country:us"), Relations(graph, Scored));
    }

    [Fact]
    public void An_organization_that_blames_a_country_condemns_it_even_after_another_speaker()
    {
        var graph = GraphOf(Article("وزارت امور خارجه ایران این حمله را محکوم کرد. حماس اسرائیل را مسئول این حمله دانست."));

        Assert.Contains((EdgeType.Condemned, "org:hamas", "country:il"), Relations(graph, Scored));
        Assert.DoesNotContain((EdgeType.Condemned, "org:ir-mfa", "country:il"), Relations(graph, Scored));
    }

    [Theory]
    [InlineData("اردوغان از تلاش‌های قطر برای آتش‌بس قدردانی کرد.", true)]
    [InlineData("اردوغان از نقش سازنده قطر تشکر کرد.", true)]
    [InlineData("اردوغان از پیشنهاد قطر برای آتش‌بس استقبال کرد.", false)]
    public void Thanks_for_what_a_country_did_supports_it_but_welcoming_its_proposal_does_not(string text, bool supported)
    {
        Assert.Equal(supported, Relations(GraphOf(Article(text)), EdgeType.Supported).Contains((EdgeType.Supported, "person:recep-tayyip-erdogan", "country:qa")));
    }

    [Theory]
    [InlineData("وزارت امور خارجه مصر حمله اسرائیل به غزه را محکوم کرد.")]
    [InlineData("دولت مصر حمله اسرائیل به غزه را محکوم کرد.")]
    public void A_country_name_that_is_also_a_word_is_the_country_after_a_government_body(string text)
    {
        Assert.Contains((EdgeType.Condemned, "country:eg", "country:il"), Relations(GraphOf(Article(text)), Scored));
    }

    [Theory]
    [InlineData("اردوغان گفت ترکیه همواره در کنار ملت قطر ایستاده است.")]
    [InlineData("اردوغان گفت: ما در کنار قطر خواهیم ایستاد.")]
    public void Standing_by_a_country_supports_it(string text)
    {
        Assert.Contains((EdgeType.Supported, "person:recep-tayyip-erdogan", "country:qa"), Relations(GraphOf(Article(text)), EdgeType.Supported));
    }

    [Fact]
    public void Standing_by_something_that_is_not_an_actor_is_not_support()
    {
        Assert.Empty(Relations(GraphOf(Article("اردوغان گفت ترکیه در کنار دریا ایستاده است.")), EdgeType.Supported));
    }

    [Fact]
    public void An_of_inside_the_supported_object_does_not_hide_the_object()
    {
        var graph = GraphOf(Article("پوتین گفت مسکو از حق سوریه برای دفاع از خود حمایت می‌کند."));

        Assert.Contains((EdgeType.Supported, "person:vladimir-putin", "country:sy"), Relations(graph, EdgeType.Supported));
    }

    [Theory]
    [InlineData("عراقچی عازم دوحه شد.", "person:abbas-araghchi", "place:doha")]
    [InlineData("لاوروف پس از پایان سفر خود به پکن، راهی آنکارا شد.", "person:sergey-lavrov", "place:ankara")]
    [InlineData("لاوروف صبح امروز مسکو را به مقصد دوحه ترک کرد.", "person:sergey-lavrov", "place:doha")]
    [InlineData("پزشکیان در سفری دو روزه به قطر رفت.", "person:masoud-pezeshkian", "country:qa")]
    public void Heading_for_or_going_to_a_place_is_visiting_it(string text, string person, string place)
    {
        Assert.Contains((EdgeType.Visited, person, place), Relations(GraphOf(Article(text)), EdgeType.Visited));
    }

    [Theory]
    [InlineData("لاوروف هفته آینده عازم دوحه خواهد شد.")]
    [InlineData("سهم قطر از این قرارداد به ترکیه رفت.")]
    public void A_planned_trip_or_a_thing_that_goes_somewhere_is_no_visit(string text)
    {
        Assert.Empty(Relations(GraphOf(Article(text)), EdgeType.Visited));
    }

    [Theory]
    [InlineData("دیدار اخیر وانگ یی با عراقچی سازنده بود.")]
    [InlineData("سخنگو درباره دیدار روز گذشته وانگ یی با عراقچی گفت این دیدار سازنده بود.")]
    public void A_meeting_noun_with_modifiers_before_its_first_participant_is_a_meeting(string text)
    {
        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:abbas-araghchi", "person:wang-yi") }, Relations(GraphOf(Article(text)), EdgeType.MetWith));
    }

    [Theory]
    [InlineData("دیدار آتی وانگ یی با عراقچی در پکن برگزار خواهد شد.")]
    [InlineData("دیدار مهم وانگ یی در پکن با استقبال روبرو شد.")]
    public void A_planned_meeting_or_a_meeting_noun_without_a_second_participant_is_no_meeting(string text)
    {
        Assert.Empty(Relations(GraphOf(Article(text)), EdgeType.MetWith));
    }

    [Theory]
    [InlineData("مشاور ارشد رئیس جمهور روسیه با عراقچی دیدار کرد.", false)]
    [InlineData("معاون اقتصادی رئیس جمهور روسیه با عراقچی دیدار کرد.", false)]
    [InlineData("رئیس جمهور روسیه با عراقچی دیدار کرد.", true)]
    public void A_role_after_a_subordinates_head_names_the_principal_not_the_person(string text, bool putinMet)
    {
        Assert.Equal(putinMet, Relations(GraphOf(Article(text, new DateOnly(2024, 6, 1))), EdgeType.MetWith).Contains((EdgeType.MetWith, "person:abbas-araghchi", "person:vladimir-putin")));
    }

    [Fact]
    public void A_role_scope_may_follow_a_government_body()
    {
        var graph = GraphOf(Article("وزیر امور خارجه دولت روسیه با عراقچی دیدار کرد.", new DateOnly(2024, 6, 1)));

        Assert.Contains((EdgeType.MetWith, "person:abbas-araghchi", "person:sergey-lavrov"), Relations(graph, EdgeType.MetWith));
    }

    [Fact]
    public void A_dateline_with_the_agency_in_brackets_is_not_the_subject_and_its_colon_opens_no_statement()
    {
        var graph = GraphOf(Article("مسکو (تاس): لاوروف در تهران با عراقچی دیدار کرد."));

        Assert.Equal(new HashSet<(string, string, string)> { (EdgeType.MetWith, "person:abbas-araghchi", "person:sergey-lavrov") }, Relations(graph, Scored));
    }

    [Fact]
    public void A_countrys_role_named_with_one_of_its_bodies_is_held_in_the_country()
    {
        var knowledge = KnowledgeBase.FromSources(
            LexiconSource.BuiltIn().Where(s => s.Name == "triggers.json")
                .Append(LexiconSource.FromFile(Path.Combine(AppContext.BaseDirectory, "Extraction", "TestData", "lexicon.json")))
                .Append(LexiconSource.FromJson("speaker.json", """
                    {
                      "roles": [{"id": "parliament-speaker", "nameEn": "Speaker", "names": ["رئیس مجلس"], "scope": "country"}],
                      "entities": [{"id": "person:speaker", "label": "Person", "name": "کامران نوری", "nameEn": "Kamran Nouri",
                        "roles": [{"role": "parliament-speaker", "of": "country:ir", "from": "2020-05-28", "to": null}]}]
                    }
                    """)));
        var extractor = GraphExtractor.Create(knowledge);
        extractor.Add(Article("رئیس مجلس شورای اسلامی گفت ایران از فلسطین حمایت می‌کند.", new DateOnly(2024, 6, 1)));

        Assert.Contains((EdgeType.Supported, "person:speaker", "country:ps"), Relations(extractor.Build(), EdgeType.Supported));
    }
}
