using Graph.Ner;

namespace Graph.Tests.Ner;

public sealed class NerNameDictionaryTests
{
    private static readonly NerNameDictionary Dictionary = NerNameDictionary.Build(
        ["PER", "LOC", "ORG"],
        [
            (["آقای", "امید", "نوری", "گفت"], ["O", "B-PER", "I-PER", "O"]),
            (["امید", "به", "پیروزی", "در", "کلاته"], ["O", "O", "O", "O", "B-LOC"]),
            (["گروه", "امید", "کلاته"], ["B-ORG", "I-ORG", "I-ORG"]),
            (["NATO", "0"], ["B-ORG", "O"]),
        ]);

    [Fact]
    public void A_word_has_every_type_of_name_it_was_part_of_in_the_training_sentences()
    {
        Assert.Equal(["PER", "ORG"], Dictionary.TypesOf("امید"));
        Assert.Equal(["LOC", "ORG"], Dictionary.TypesOf("کلاته"));
        Assert.Empty(Dictionary.TypesOf("پیروزی"));
        Assert.Empty(Dictionary.TypesOf("تهران"));
    }

    [Fact]
    public void Words_are_counted_by_their_form_and_only_those_seen_in_names_are_kept()
    {
        Assert.Equal(["ORG"], Dictionary.TypesOf("nato"));
        Assert.Equal(5, Dictionary.Count);
        var entry = Dictionary.Entries.Single(e => e.Form == "امید");
        Assert.Equal(3, entry.Total);
        Assert.Equal([1, 0, 1], entry.ByType);
    }

    [Fact]
    public void The_tokens_get_the_types_the_dictionary_gives_their_word()
    {
        var features = NerFeatureExtractor.Names(["دیدار", "با", "امید"], new NerTokenHint[3], Dictionary);

        Assert.Contains("d=PER", features[2]);
        Assert.Contains("d=ORG", features[2]);
        Assert.DoesNotContain(features[0], f => f.StartsWith("d=", StringComparison.Ordinal));
    }
}
