using Graph.Neo4j;

namespace Graph.Tests.Neo4j;

public sealed class Neo4jPropertyFlattenerTests
{
    private static object? Flatten(object? value) => Neo4jPropertyFlattener.TryFlatten(value, out var stored) ? stored : "<nothing>";

    [Fact]
    public void Primitives_stay_primitives_with_integers_as_64_bit()
    {
        Assert.Equal("متن", Flatten("متن"));
        Assert.Equal(true, Flatten(true));
        Assert.Equal(7L, Flatten(7));
        Assert.Equal(0.25, Flatten(0.25f));
    }

    [Fact]
    public void Null_is_not_stored() => Assert.Equal("<nothing>", Flatten(null));

    [Fact]
    public void Dates_become_ISO_strings()
    {
        Assert.Equal("2018-04-15", Flatten(new DateOnly(2018, 4, 15)));
        Assert.Equal("2018-04-15T10:00:00.0000000+03:30", Flatten(new DateTimeOffset(2018, 4, 15, 10, 0, 0, TimeSpan.FromHours(3.5))));
    }

    [Fact]
    public void Lists_of_one_kind_stay_lists_and_others_become_JSON()
    {
        Assert.Equal(new long[] { 1, 2 }, Flatten(new List<int> { 1, 2 }));
        Assert.Equal(new[] { 1.0, 2.5 }, Flatten(new object[] { 1, 2.5 }));
        Assert.Equal(Array.Empty<string>(), Flatten(Array.Empty<int>()));
        Assert.Equal("""["a",1]""", Flatten(new object[] { "a", 1 }));
        Assert.Equal("""["a",null]""", Flatten(new[] { "a", null }));
    }

    [Fact]
    public void Keys_become_identifiers()
    {
        Assert.Equal("first_date", Neo4jPropertyFlattener.ToPropertyKey("first date"));
        Assert.Equal("_1st", Neo4jPropertyFlattener.ToPropertyKey("1st"));
        Assert.Equal("نقش", Neo4jPropertyFlattener.ToPropertyKey("نقش"));
        Assert.Equal("a__b", Neo4jPropertyFlattener.ToPropertyKey("a`}b"));
        Assert.Null(Neo4jPropertyFlattener.ToPropertyKey(" ;; "));
    }
}
