using System.Text.Json;
using Graph.Lexicon;

namespace Graph.Tests.Lexicon;

public sealed class LexiconMergeTests
{
    private static readonly string UserFile = Path.Combine(AppContext.BaseDirectory, "Lexicon", "TestData", "user-lexicon.json");

    private static KnowledgeBase FromJson(params string[] files) =>
        KnowledgeBase.FromSources(files.Select((json, i) => LexiconSource.FromJson($"file{i + 1}.json", json)));

    [Fact]
    public void A_user_file_adds_an_alias_and_overrides_the_english_name_of_a_built_in_country()
    {
        var russia = KnowledgeBase.Load([UserFile]).FindEntity("country:ru")!;

        Assert.Equal("روسیه", russia.Name);
        Assert.Equal("Russian Federation", russia.NameEn);
        Assert.Contains("فدراسیون روسیه", russia.Aliases);
        Assert.Contains("روسیه فدرال", russia.Aliases);
        Assert.Contains("روسی", russia.Adjectives);
    }

    [Fact]
    public void A_user_file_adds_a_person_with_a_role_after_the_built_in_files()
    {
        var lexicon = KnowledgeBase.Load([UserFile]);
        var person = lexicon.FindEntity("person:ivan-testov")!;

        Assert.Equal("user-lexicon.json", Path.GetFileName(lexicon.SourceNames[^1]));
        Assert.Equal("country:ru", person.Country);
        Assert.Equal([new RoleTenure("test-envoy", "country:ru", new DateOnly(2019, 3, 1), null)], person.Roles);
        Assert.Equal([person], lexicon.HoldersOf("test-envoy", "country:ru", new DateOnly(2020, 1, 1)));
        Assert.Equal(["فرستاده آزمایشی"], lexicon.FindRole("test-envoy")!.Names);
    }

    [Fact]
    public void Scalars_of_a_later_file_replace_and_lists_are_added()
    {
        var lexicon = FromJson(
            """{"entities": [{"id": "org:test", "label": "Organization", "name": "الف", "kind": "agency", "aliases": ["ب"]}]}""",
            """{"entities": [{"id": "org:test", "kind": "military", "aliases": ["ج", "ب"]}]}""");
        var org = lexicon.FindEntity("org:test")!;

        Assert.Equal("military", org.Kind);
        Assert.Equal(["ب", "ج"], org.Aliases);
    }

    [Fact]
    public void A_renamed_entity_keeps_its_old_name_as_an_alias()
    {
        var lexicon = FromJson(
            """{"entities": [{"id": "place:x", "label": "Place", "name": "قدیم", "aliases": ["جدید"]}]}""",
            """{"entities": [{"id": "place:x", "name": "جدید"}]}""");
        var place = lexicon.FindEntity("place:x")!;

        Assert.Equal("جدید", place.Name);
        Assert.Equal(["قدیم"], place.Aliases);
    }

    [Fact]
    public void A_later_tenure_with_the_same_role_scope_and_start_closes_the_earlier_one()
    {
        var lexicon = FromJson(
            """
            {"roles": [{"id": "president", "nameEn": "President", "names": ["رئیس‌جمهور"], "scope": "country"}],
             "entities": [{"id": "country:ir", "label": "Country", "name": "ایران"},
                          {"id": "person:a", "label": "Person", "name": "الف", "roles": [{"role": "president", "of": "country:ir", "from": "2013-08-03", "to": null}]}]}
            """,
            """{"entities": [{"id": "person:a", "roles": [{"role": "president", "of": "country:ir", "from": "2013-08-03", "to": "2021-08-03"}]}]}""");

        Assert.Equal([new RoleTenure("president", "country:ir", new DateOnly(2013, 8, 3), new DateOnly(2021, 8, 3))], lexicon.FindEntity("person:a")!.Roles);
    }

    [Fact]
    public void Unknown_top_level_keys_are_kept_as_raw_json_and_merged_across_files()
    {
        var lexicon = FromJson(
            """{"triggers": {"meeting": ["دیدار"], "weight": 1}, "extra": [1]}""",
            """{"triggers": {"meeting": ["ملاقات"], "condemn": ["محکوم"], "weight": 2}, "extra": [2]}""");
        var triggers = lexicon.Extensions["triggers"];

        Assert.Equal(["دیدار", "ملاقات"], triggers.GetProperty("meeting").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["محکوم"], triggers.GetProperty("condemn").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, triggers.GetProperty("weight").GetInt32());
        Assert.Equal([1, 2], lexicon.Extensions["extra"].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(2, lexicon.ExtensionParts["triggers"].Count);
        Assert.Equal(JsonValueKind.Object, lexicon.ExtensionParts["triggers"][0].ValueKind);
    }

    [Fact]
    public void The_user_file_triggers_are_available_to_the_caller()
    {
        var triggers = KnowledgeBase.Load([UserFile]).Extensions["triggers"];

        Assert.Contains("دیدار آزمایشی", triggers.GetProperty("meeting").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Settings_titles_and_given_names_merge()
    {
        var lexicon = FromJson(
            """
            {"entities": [{"id": "country:ir", "label": "Country", "name": "ایران"}, {"id": "country:af", "label": "Country", "name": "افغانستان"}],
             "settings": {"homeCountry": "country:ir"}, "titles": [{"text": "سردار", "kind": "military"}], "givenNames": ["علی", "حسن"]}
            """,
            """{"settings": {"homeCountry": "country:af"}, "titles": [{"text": "سردار", "kind": "honorific"}, {"text": "دکتر", "kind": "academic"}], "givenNames": ["حسن", "سرگئی"]}""");

        Assert.Equal("country:af", lexicon.Settings.HomeCountry);
        Assert.Equal([new TitleWord("سردار", "honorific"), new TitleWord("دکتر", "academic")], lexicon.Titles);
        Assert.Equal(["علی", "حسن", "سرگئی"], lexicon.GivenNames);
    }

    [Fact]
    public void A_dangling_reference_in_a_user_file_is_a_warning_and_is_dropped()
    {
        var lexicon = FromJson("""{"entities": [{"id": "place:x", "label": "Place", "name": "ایکس", "country": "country:zz"}]}""");

        Assert.Null(lexicon.FindEntity("place:x")!.Country);
        var warning = Assert.Single(lexicon.Warnings);
        Assert.Equal("file1.json", warning.Source);
        Assert.Equal("$.entities[0].country", warning.Path);
        Assert.Contains("country:zz", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_may_point_to_an_entity_of_a_later_file()
    {
        var lexicon = FromJson(
            """{"entities": [{"id": "place:x", "label": "Place", "name": "ایکس", "country": "country:zz"}]}""",
            """{"entities": [{"id": "country:zz", "label": "Country", "name": "زد"}]}""");

        Assert.Equal("country:zz", lexicon.FindEntity("place:x")!.Country);
        Assert.Empty(lexicon.Warnings);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_its_line()
    {
        var lexicon = FromJson("{\"entities\": [\n  {\"id\": \"place:x\", \"label\": \"Place\", \"name\": \"ایکس\",\n   \"alias\": [\"ی\"]}]}");

        var warning = Assert.Single(lexicon.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("'alias'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenure_without_of_takes_the_fixed_scope_of_its_role()
    {
        var lexicon = FromJson(
            """
            {"entities": [{"id": "org:un", "label": "Organization", "name": "سازمان ملل"},
                          {"id": "person:g", "label": "Person", "name": "گ", "roles": [{"role": "un-secretary-general", "from": "2017-01-01"}]}],
             "roles": [{"id": "un-secretary-general", "nameEn": "UN Secretary-General", "names": ["دبیرکل سازمان ملل"], "scope": "organization", "of": "org:un"}]}
            """);

        Assert.Equal("org:un", Assert.Single(lexicon.FindEntity("person:g")!.Roles).Of);
    }
}
