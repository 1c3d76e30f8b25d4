using Graph.Lexicon;

namespace Graph.Tests.Lexicon;

public sealed class LexiconValidationTests
{
    private static LexiconIssue SingleError(string json, bool isBuiltIn = false)
    {
        var exception = Assert.Throws<LexiconException>(() => KnowledgeBase.FromSources([LexiconSource.FromJson("bad.json", json, isBuiltIn)]));
        var error = Assert.Single(exception.Errors);
        Assert.Equal("bad.json", error.Source);
        Assert.Contains(error.ToString(), exception.Message, StringComparison.Ordinal);
        return error;
    }

    private static string Entity(string fields) => $$"""{"entities": [{{{fields}}}]}""";

    [Fact]
    public void Malformed_json_reports_the_line()
    {
        var error = SingleError("{\n  \"entities\": [\n    {\"id\": \"place:x\",, }\n  ]\n}");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_an_error() => Assert.Contains("one JSON object", SingleError("[]").Message, StringComparison.Ordinal);

    [Fact]
    public void An_unknown_label_is_an_error()
    {
        var error = SingleError(Entity("""  "id": "place:x", "label": "City", "name": "ایکس" """));

        Assert.Equal("$.entities[0].label", error.Path);
        Assert.Contains("unknown label 'City'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_is_an_error() =>
        Assert.Equal("missing id", SingleError(Entity("""  "label": "Place", "name": "ایکس" """)).Message);

    [Fact]
    public void A_new_entity_without_name_is_an_error() =>
        Assert.Equal("missing name of place:x", SingleError(Entity("""  "id": "place:x", "label": "Place" """)).Message);

    [Fact]
    public void A_new_entity_without_label_is_an_error() =>
        Assert.Contains("needs a label", SingleError(Entity("""  "id": "place:x", "name": "ایکس" """)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("country:iran", "Country")]
    [InlineData("place:tehran", "Country")]
    [InlineData("org:un", "Place")]
    [InlineData("person:Ali", "Person")]
    [InlineData("person:ali_shamkhani", "Person")]
    public void An_id_that_does_not_fit_the_label_is_an_error(string id, string label)
    {
        var error = SingleError(Entity($$""" "id": "{{id}}", "label": "{{label}}", "name": "ایکس" """));

        Assert.Equal("$.entities[0].id", error.Path);
    }

    [Theory]
    [InlineData("\"2020-13-01\"")]
    [InlineData("\"1397/01/27\"")]
    [InlineData("\"2020\"")]
    [InlineData("20200101")]
    public void A_bad_date_is_an_error(string date)
    {
        var error = SingleError($$"""
            {"roles": [{"id": "president", "nameEn": "President", "names": ["رئیس‌جمهور"], "scope": "country"}],
             "entities": [{"id": "country:ir", "label": "Country", "name": "ایران"},
                          {"id": "person:a", "label": "Person", "name": "الف", "roles": [{"role": "president", "of": "country:ir", "from": {{date}}}]}]}
            """);

        Assert.Equal("$.entities[1].roles[0].from", error.Path);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("bad date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenure_that_ends_before_it_starts_is_an_error()
    {
        var error = SingleError("""
            {"roles": [{"id": "president", "nameEn": "President", "names": ["رئیس‌جمهور"], "scope": "country"}],
             "entities": [{"id": "country:ir", "label": "Country", "name": "ایران"},
                          {"id": "person:a", "label": "Person", "name": "الف", "roles": [{"role": "president", "of": "country:ir", "from": "2021-08-03", "to": "2013-08-03"}]}]}
            """);

        Assert.Equal("$.entities[1].roles[0].to", error.Path);
        Assert.Contains("ends (2013-08-03) before it starts (2021-08-03)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_within_one_file_is_an_error()
    {
        var error = SingleError("""
            {"entities": [
              {"id": "place:x", "label": "Place", "name": "ایکس"},
              {"id": "place:x", "label": "Place", "name": "ایکس دو"}
            ]}
            """);

        Assert.Equal(3, error.Line);
        Assert.Equal("duplicate id place:x in this file", error.Message);
    }

    [Fact]
    public void A_dangling_reference_in_built_in_data_is_an_error()
    {
        var error = SingleError(Entity("""  "id": "place:x", "label": "Place", "name": "ایکس", "standsFor": "country:zz" """), isBuiltIn: true);

        Assert.Equal("$.entities[0].standsFor", error.Path);
        Assert.Contains("country:zz, which is not in the lexicon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_that_is_not_defined_is_an_error_in_built_in_data()
    {
        var error = SingleError(
            """{"entities": [{"id": "country:ir", "label": "Country", "name": "ایران"}, {"id": "person:a", "label": "Person", "name": "الف", "roles": [{"role": "king", "of": "country:ir"}]}]}""",
            isBuiltIn: true);

        Assert.Contains("'king', which is not in the role list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_of_another_label_is_an_error()
    {
        var error = SingleError(Entity("""  "id": "place:x", "label": "Place", "name": "ایکس", "adjectives": ["ایکسی"] """));

        Assert.Equal("'adjectives' is not a field of a Place", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_an_error() =>
        Assert.Contains("unknown kind 'town'", SingleError(Entity("""  "id": "place:x", "label": "Place", "name": "ایکس", "kind": "town" """)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_country_code_that_does_not_match_the_id_is_an_error() =>
        Assert.Contains("expected IR", SingleError(Entity("""  "id": "country:ir", "label": "Country", "name": "ایران", "code": "IRN" """)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_country_reference_to_a_place_is_an_error() =>
        Assert.Equal("'place:y' is not a country id", SingleError(Entity("""  "id": "place:x", "label": "Place", "name": "ایکس", "country": "place:y" """)).Message);

    [Fact]
    public void An_ambiguous_name_that_is_not_a_name_is_an_error() =>
        Assert.Contains("not a name, alias or adjective", SingleError(Entity("""  "id": "place:x", "label": "Place", "name": "ایکس", "ambiguous": ["ی"] """)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_label_of_an_entity_cannot_change()
    {
        var exception = Assert.Throws<LexiconException>(() => KnowledgeBase.FromSources([
            LexiconSource.FromJson("a.json", Entity("""  "id": "place:x", "label": "Place", "name": "ایکس" """)),
            LexiconSource.FromJson("b.json", Entity("""  "id": "place:x", "label": "Person" """)),
        ]));

        Assert.Equal("b.json", Assert.Single(exception.Errors).Source);
    }

    [Fact]
    public void A_new_role_needs_names_and_scope() =>
        Assert.Contains("needs nameEn, names and scope", SingleError("""{"roles": [{"id": "king", "nameEn": "King"}]}""").Message, StringComparison.Ordinal);

    [Fact]
    public void All_errors_of_a_file_are_reported_together()
    {
        var exception = Assert.Throws<LexiconException>(() => KnowledgeBase.FromSources([LexiconSource.FromJson("bad.json", """
            {"entities": [{"id": "place:x", "label": "Town", "name": "ایکس"}, {"label": "Place", "name": "ی"}],
             "givenNames": [""]}
            """)]));

        Assert.Equal(3, exception.Errors.Count);
        Assert.Contains("3 errors", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_user_file_is_an_error_that_names_it()
    {
        var exception = Assert.Throws<LexiconException>(() => KnowledgeBase.Load(["/no/such/lexicon.json"]));

        Assert.Equal("/no/such/lexicon.json", Assert.Single(exception.Errors).Source);
    }
}
