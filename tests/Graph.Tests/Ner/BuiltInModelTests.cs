using Graph.Extraction;
using Graph.Lexicon;
using Graph.Ner;

namespace Graph.Tests.Ner;

/// <summary>The shipped model (src/Graph/Ner/Model) and its scores on the news sentences of TestData/news.tsv (written for this project).</summary>
public sealed class BuiltInModelTests
{
    private static readonly Lazy<IReadOnlyList<TaggedSentence>> News = new(() => TaggedCorpus.Read(Path.Combine(AppContext.BaseDirectory, "Ner", "TestData", "news.tsv")));

    [Fact]
    public void The_shipped_model_loads_with_the_parstwiner_types_and_its_training_record()
    {
        var model = NerModel.BuiltIn;

        Assert.Equal(["PER", "LOC", "ORG", "NAT", "POG", "EVE"], model.Types);
        Assert.Equal("train.txt", model.Properties["train"]);
        Assert.Equal("dev.txt", model.Properties["development"]);
        Assert.Equal("1", model.Properties["seed"]);
    }

    [Fact]
    public void The_shipped_model_finds_the_person_and_the_place_of_a_news_sentence()
    {
        var tagger = new NerTagger(NerModel.BuiltIn, KnowledgeBase.LoadBuiltIn());

        var names = tagger.FindNames(["ناصر", "کنعانی", "،", "سخنگوی", "وزارت", "امور", "خارجه", "،", "در", "تهران", "گفت", "."]);

        Assert.Contains(names, n => (n.First, n.Last, n.Type) == (0, 1, "PER") && n.Confidence > 0.5);
        Assert.Contains(names, n => (n.First, n.Last, n.Type) == (9, 9, "LOC"));
        Assert.DoesNotContain(names, n => n.Type == "PER" && n.First > 1);
    }

    [Fact]
    public void The_news_sentences_reach_f1_of_0_80_with_the_lexicon_and_the_recognizer()
    {
        var knowledge = KnowledgeBase.LoadBuiltIn();

        var combined = ExtractorNerEvaluation.Score(knowledge, ExtractionOptions.Default, News.Value).Micro("PER", "LOC", "ORG");
        var lexiconOnly = ExtractorNerEvaluation.Score(knowledge, ExtractionOptions.Default with { LearnedNer = false }, News.Value).Micro("PER", "LOC", "ORG");

        Assert.True(News.Value.Count >= 40, $"{News.Value.Count} sentences");
        Assert.True(combined.F1 >= 0.80, $"F1 {combined.F1:F3}");
        Assert.True(combined.F1 > lexiconOnly.F1, $"with {combined.F1:F3}, without {lexiconOnly.F1:F3}");
    }
}
