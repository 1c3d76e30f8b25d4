using Graph.Lexicon;

namespace Graph.Tests.Lexicon;

public sealed class HoldersOfTests
{
    private static readonly KnowledgeBase Lexicon = KnowledgeBase.FromSources([LexiconSource.FromJson("holders.json", """
        {
          "roles": [
            {"id": "president", "nameEn": "President", "names": ["رئیس‌جمهور"], "scope": "country"},
            {"id": "co-chair", "nameEn": "Co-chair", "names": ["رئیس مشترک"], "scope": "organization"},
            {"id": "prime-minister", "nameEn": "Prime Minister", "names": ["نخست‌وزیر"], "scope": "country"}
          ],
          "entities": [
            {"id": "country:ru", "label": "Country", "name": "روسیه"},
            {"id": "country:fr", "label": "Country", "name": "فرانسه"},
            {"id": "org:forum", "label": "Organization", "name": "مجمع"},
            {"id": "person:a", "label": "Person", "name": "الف", "roles": [
              {"role": "president", "of": "country:ru", "from": "2000-05-07", "to": "2008-05-07"},
              {"role": "prime-minister", "of": "country:ru", "from": "2008-05-08", "to": "2012-05-07"},
              {"role": "president", "of": "country:ru", "from": "2012-05-07", "to": null}]},
            {"id": "person:b", "label": "Person", "name": "ب", "roles": [
              {"role": "president", "of": "country:ru", "from": "2008-05-07", "to": "2012-05-07"},
              {"role": "prime-minister", "of": "country:ru", "from": "2012-05-08", "to": "2020-01-16"}]},
            {"id": "person:c", "label": "Person", "name": "ج", "roles": [
              {"role": "co-chair", "of": "org:forum", "from": "2010-01-01", "to": null},
              {"role": "president", "of": "country:fr", "to": "2017-05-14"}]},
            {"id": "person:d", "label": "Person", "name": "د", "roles": [
              {"role": "co-chair", "of": "org:forum", "from": "2015-01-01"}]},
            {"id": "person:e", "label": "Person", "name": "ه", "roles": [
              {"role": "prime-minister", "of": "country:fr", "from": "1981-01-01", "to": "1989-08-03"}]}
          ]
        }
        """)]);

    private static string[] Holders(string role, string scope, string? at) =>
        Lexicon.HoldersOf(role, scope, at is null ? null : DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).Select(p => p.Id).ToArray();

    [Theory]
    [InlineData("2005-01-01", "person:a")]
    [InlineData("2008-05-06", "person:a")]
    [InlineData("2008-05-07", "person:b")]
    [InlineData("2012-05-06", "person:b")]
    [InlineData("2012-05-07", "person:a")]
    [InlineData("2030-01-01", "person:a")]
    public void The_holder_at_a_date_counts_from_inclusive_and_to_exclusive(string at, string expected) =>
        Assert.Equal([expected], Holders("president", "country:ru", at));

    [Fact]
    public void Nobody_holds_the_role_before_the_first_tenure() => Assert.Empty(Holders("president", "country:ru", "1999-12-31"));

    [Fact]
    public void Without_a_date_the_holder_still_in_office_is_returned() => Assert.Equal(["person:a"], Holders("president", "country:ru", null));

    [Fact]
    public void Without_a_date_and_nobody_in_office_the_last_holder_is_returned() =>
        Assert.Equal(["person:b"], Holders("prime-minister", "country:ru", null));

    [Fact]
    public void Without_a_date_an_office_vacant_for_years_before_the_lexicons_present_has_nobody()
    {
        Assert.Equal(new DateOnly(2020, 1, 16), Lexicon.Present);
        Assert.Empty(Holders("prime-minister", "country:fr", null));
        Assert.Equal(["person:e"], Holders("prime-minister", "country:fr", "1985-01-01"));
        Assert.Equal(["person:c"], Holders("president", "country:fr", null));
    }

    [Fact]
    public void Nobody_holds_a_role_after_the_last_tenure_ended() => Assert.Empty(Holders("prime-minister", "country:ru", "2021-01-01"));

    [Fact]
    public void Concurrent_holders_are_all_returned_most_recent_start_first() =>
        Assert.Equal(["person:d", "person:c"], Holders("co-chair", "org:forum", "2016-06-01"));

    [Fact]
    public void A_tenure_without_a_start_covers_every_date_before_its_end()
    {
        Assert.Equal(["person:c"], Holders("president", "country:fr", "1990-01-01"));
        Assert.Empty(Holders("president", "country:fr", "2017-05-14"));
    }

    [Fact]
    public void The_role_of_another_scope_or_an_unknown_role_has_no_holders()
    {
        Assert.Empty(Holders("president", "country:fr", "2020-01-01"));
        Assert.Empty(Holders("king", "country:ru", null));
    }
}
