using Graph.Lexicon;
using Graph.Model;
using Graph.Text;

namespace Graph.Tests.Lexicon;

public sealed class BuiltInLexiconTests
{
    /// <summary>Countries that have no entity of kind capital, and why (see docs/lexicon.md).</summary>
    private static readonly HashSet<string> CountriesWithoutCapital = new(StringComparer.Ordinal)
    {
        "country:il", // Tel Aviv is a city that stands for the government; Jerusalem has no country.
        "country:ps", // Ramallah is a city that stands for the Palestinian Authority.
        "country:eh", // Laayoune is a city; the territory is disputed.
        "country:sg", // City-states: the capital is the country.
        "country:mc",
        "country:va",
    };

    /// <summary>Capitals that do not stand for their country: «بروکسل» in political text is the EU or NATO.</summary>
    private static readonly HashSet<string> CapitalsNotStandingForTheirCountry = new(StringComparer.Ordinal) { "place:brussels" };

    private static readonly string[] GeoFiles = ["countries.json", "places.json"];

    private static KnowledgeBase BuiltIn => KnowledgeBase.LoadBuiltIn();

    [Fact]
    public void The_built_in_lexicon_loads_without_errors_or_warnings()
    {
        var lexicon = BuiltIn;

        Assert.Empty(lexicon.Warnings);
        Assert.Contains("countries.json", lexicon.SourceNames);
        Assert.Contains("places.json", lexicon.SourceNames);
    }

    [Fact]
    public void Every_un_member_and_the_observer_states_are_countries()
    {
        var countries = BuiltIn.Entities.Where(e => e.Label == NodeLabel.Country).ToList();

        Assert.True(countries.Count >= 198, $"only {countries.Count} countries");
        Assert.All(countries, c => Assert.Equal(c.Id["country:".Length..].ToUpperInvariant(), c.Code));
        Assert.Contains(countries, c => c.Id == "country:ps");
        Assert.Contains(countries, c => c.Id == "country:va");
    }

    [Fact]
    public void Every_built_in_entity_has_an_english_name()
    {
        var missing = BuiltIn.Entities.Where(e => string.IsNullOrWhiteSpace(e.NameEn)).Select(e => e.Id).ToList();

        Assert.True(missing.Count == 0, "no nameEn: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_country_has_one_capital_that_stands_for_it_except_the_documented_ones()
    {
        var capitals = BuiltIn.Entities.Where(e => e.Kind == "capital").ToList();
        var problems = new List<string>();
        foreach (var country in BuiltIn.Entities.Where(e => e.Label == NodeLabel.Country))
        {
            var own = capitals.Where(c => c.Country == country.Id).ToList();
            var expected = CountriesWithoutCapital.Contains(country.Id) ? 0 : 1;
            if (own.Count != expected)
            {
                problems.Add($"{country.Id} has {own.Count} capitals");
            }
        }

        problems.AddRange(capitals.Where(c => c.StandsFor != c.Country && !CapitalsNotStandingForTheirCountry.Contains(c.Id)).Select(c => $"{c.Id} stands for {c.StandsFor}"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Geographic_names_are_written_in_normalized_persian()
    {
        var lexicon = KnowledgeBase.FromSources(LexiconSource.BuiltIn().Where(s => GeoFiles.Contains(s.Name)));
        var unnormalized = lexicon.Entities
            .SelectMany(e => e.Names.Concat(e.Adjectives).Select(n => (e.Id, Name: n)))
            .Where(n => PersianNormalizer.Instance.NormalizeString(n.Name) != n.Name)
            .Select(n => $"{n.Id}: «{n.Name}»")
            .ToList();

        Assert.True(unnormalized.Count == 0, string.Join(Environment.NewLine, unnormalized));
    }

    [Fact]
    public void Home_country_is_iran() => Assert.Equal("country:ir", BuiltIn.Settings.HomeCountry);

    [Theory]
    [InlineData("فدراسیون روسیه", "country:ru")]
    [InlineData("جمهوری اسلامی ایران", "country:ir")]
    [InlineData("کشورمان", "country:ir")]
    [InlineData("ایالات متحده آمریکا", "country:us")]
    [InlineData("امریکا", "country:us")]
    [InlineData("جمهوری عربی سوریه", "country:sy")]
    [InlineData("پادشاهی عربستان سعودی", "country:sa")]
    [InlineData("انگلستان", "country:gb")]
    [InlineData("بریتانیا", "country:gb")]
    [InlineData("جمهوری خلق چین", "country:cn")]
    [InlineData("رژیم صهیونیستی", "country:il")]
    [InlineData("رژیم اشغالگر قدس", "country:il")]
    [InlineData("اسراییل", "country:il")]
    [InlineData("جمهوری آذربایجان", "country:az")]
    [InlineData("جمهوری مالی", "country:ml")]
    [InlineData("نوار غزه", "place:gaza")]
    [InlineData("غوطه شرقی", "place:eastern-ghouta")]
    [InlineData("آستانه قزاقستان", "place:astana")]
    [InlineData("بیت المقدس", "place:jerusalem")]
    [InlineData("اقلیم کردستان", "place:kurdistan-region")]
    [InlineData("قره باغ", "place:nagorno-karabakh")]
    public void Names_and_long_forms_lead_to_their_entity(string name, string id)
    {
        var key = LexiconNameKey.Of(name);
        var owners = BuiltIn.Entities.Where(e => e.Names.Any(n => LexiconNameKey.Of(n) == key)).Select(e => e.Id);

        Assert.Equal([id], owners);
    }

    [Theory]
    [InlineData("country:ru", "روسی")]
    [InlineData("country:us", "آمریکایی")]
    [InlineData("country:il", "صهیونیستی")]
    [InlineData("country:sa", "سعودی")]
    [InlineData("country:tr", "ترکیه‌ای")]
    public void Countries_have_their_adjectives(string id, string adjective) =>
        Assert.Contains(adjective, BuiltIn.FindEntity(id)!.Adjectives);

    [Fact]
    public void Risky_common_words_are_not_plain_country_names()
    {
        var names = BuiltIn.Entities.SelectMany(e => e.Names.Concat(e.Adjectives)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("مالی", names);
        Assert.DoesNotContain("ترک", names);
        Assert.DoesNotContain("دوشنبه", names);
    }

    [Theory]
    [InlineData("place:damascus", "country:sy", "country:sy")]
    [InlineData("place:moscow", "country:ru", "country:ru")]
    [InlineData("place:kremlin", "country:ru", "country:ru")]
    [InlineData("place:white-house", "country:us", "country:us")]
    [InlineData("place:elysee", "country:fr", "country:fr")]
    [InlineData("place:downing-street", "country:gb", "country:gb")]
    [InlineData("place:tel-aviv", "country:il", "country:il")]
    [InlineData("place:idlib", "country:sy", null)]
    [InlineData("place:gaza", "country:ps", null)]
    [InlineData("place:crimea", "country:ua", null)]
    [InlineData("place:golan", "country:sy", null)]
    public void Places_belong_to_their_country_and_seats_stand_for_governments(string id, string country, string? standsFor)
    {
        var place = BuiltIn.FindEntity(id);

        Assert.NotNull(place);
        Assert.Equal(NodeLabel.Place, place.Label);
        Assert.Equal(country, place.Country);
        Assert.Equal(standsFor, place.StandsFor);
    }

    [Fact]
    public void Jerusalem_has_no_country_and_astana_is_marked_ambiguous()
    {
        Assert.Null(BuiltIn.FindEntity("place:jerusalem")!.Country);
        Assert.Contains("آستانه", BuiltIn.FindEntity("place:astana")!.Ambiguous);
    }
}
