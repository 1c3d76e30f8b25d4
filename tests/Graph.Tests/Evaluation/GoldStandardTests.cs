using Graph.Evaluation;

namespace Graph.Tests.Evaluation;

public sealed class GoldStandardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graph-eval-gold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_seed_annotation_loads_with_its_entities_and_articles()
    {
        var gold = GoldStandard.Load(ScorePy.DataFile("seeds.gold.json"));

        Assert.Equal(39, gold.Entities.Count);
        Assert.Equal("Person", gold.Entities["shamkhani"].Type);
        Assert.Equal(["علی شمخانی", "شمخانی", "دریابان شمخانی", "Ali Shamkhani"], gold.Entities["shamkhani"].Aliases);
        Assert.Equal(["000_a4726ea7a5eced5f.txt", "001_0c42f631b9bea8cd.txt", "002_e1641abe1a8f5f92.txt", "003_23e1b10e4cf44e26.txt", "004_4ebda61dd840b46e.txt"], gold.Articles.Select(a => a.File));
        var first = gold.Articles[0];
        Assert.Equal(17, first.CoreEntities.Count);
        Assert.Equal(["khamenei", "unga", "un", "syrian_army"], first.OptionalEntities);
        Assert.Equal(new GoldRelation("MET_WITH", ["lavrentiev"], ["shamkhani"]), first.CoreRelations[0], GoldRelationComparer);
        Assert.Equal(6, first.OptionalRelations.Count);
    }

    [Fact]
    public void A_relation_end_may_list_several_acceptable_keys()
    {
        var gold = GoldStandard.Load(ScorePy.DataFile("mini.gold.json"));
        var condemned = gold.Articles[0].CoreRelations[1];

        Assert.Equal(["zarif", "iran_fm", "iran"], condemned.Subjects);
        Assert.Equal(["usa"], condemned.Objects);
        Assert.Empty(gold.Articles[1].OptionalEntities);
        Assert.Empty(gold.Articles[1].OptionalRelations);
    }

    [Fact]
    public void Met_with_forms_put_the_two_ends_in_code_point_order()
    {
        var relation = new GoldRelation("MET_WITH", ["zarif"], ["lavrov", "iran_fm"]);

        Assert.Equal(
            [new RelationKey("MET_WITH", "lavrov", "zarif"), new RelationKey("MET_WITH", "iran_fm", "zarif")],
            relation.Forms());
        Assert.Equal(new RelationKey("CONDEMNED", "zarif", "lavrov"), new GoldRelation("CONDEMNED", ["zarif"], ["lavrov"]).Forms().Single());
    }

    [Theory]
    [InlineData("""{"format": "kg-gold/1", "entities": {}}""", "has no \"articles\"")]
    [InlineData("""{"format": "kg-gold/2", "entities": {}, "articles": {}}""", "format is \"kg-gold/2\"")]
    [InlineData("""{"entities": {"x": {"type": "Person", "fa": "x", "en": "X"}}, "articles": {}}""", "entities.x.fa is a string, not a list")]
    [InlineData("""{"entities": {}, "articles": {"a.txt": {"entities": {"core": []}, "relations": {"core": [["MET_WITH", "a"]]}}}}""", "articles.a.txt.relations.core[0] is not a [type, subject, object] list")]
    [InlineData("""{"entities": {}, "articles": {"a.txt": {"entities": {"core": []}, "relations": {"core": [["VISITED", "a", "b"]]}}}}""", "has the type VISITED")]
    [InlineData("""{"entities": {}, "articles": {"a.txt": {"entities": {"core": []}, "relations": {"core": [["MET_WITH", [], "b"]]}}}}""", "empty list of acceptable keys")]
    [InlineData("""{"entities": {}, "articles": [}""", "not valid JSON")]
    [InlineData("""{"entities": {"x": {"type": "Person", "fa": ["\ud800"], "en": null}}, "articles": {}}""", "$.entities.x.fa[0] holds an unpaired surrogate escape")]
    public void A_malformed_gold_file_is_reported_with_its_path_and_the_problem(string json, string problem)
    {
        var path = Path.Combine(_folder, "gold.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<EvaluationInputException>(() => GoldStandard.Load(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_folder, "missing.json");

        var error = Assert.Throws<EvaluationInputException>(() => GoldStandard.Load(path));

        Assert.StartsWith(path + ": cannot read the file", error.Message, StringComparison.Ordinal);
    }

    private static IEqualityComparer<GoldRelation> GoldRelationComparer { get; } = EqualityComparer<GoldRelation>.Create(
        (a, b) => a!.Type == b!.Type && a.Subjects.SequenceEqual(b.Subjects) && a.Objects.SequenceEqual(b.Objects),
        r => r.Type.GetHashCode(StringComparison.Ordinal));
}
