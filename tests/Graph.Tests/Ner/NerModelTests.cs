using Graph.Lexicon;
using Graph.Ner;

namespace Graph.Tests.Ner;

public sealed class NerModelTests
{
    private static readonly Lazy<NerModel> Tiny = new(() => TinyCorpus.Train());

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static List<string> DictionaryLines(NerModel model) =>
        [.. model.Dictionary.Entries.Select(e => $"{e.Form} {e.Total} {string.Join(",", e.ByType)}")];

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_model_byte_for_byte()
    {
        Assert.Equal(Bytes(TinyCorpus.Train()), Bytes(TinyCorpus.Train()));
    }

    [Fact]
    public void The_trained_model_tags_the_sentences_it_learned()
    {
        var tagger = new NerTagger(Tiny.Value, KnowledgeBase.FromSources([]));

        var score = tagger.Evaluate(TinyCorpus.Sentences).Micro("PER", "LOC", "ORG");

        Assert.Equal(1.0, score.F1);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O"], tagger.Tag(["آقای", "کامران", "نوری", "گفت", "."]));
    }

    [Fact]
    public void Training_reports_every_pass_and_records_its_settings()
    {
        var reports = new List<NerEpochReport>();
        var result = new NerTrainer(KnowledgeBase.FromSources([]), new NerTrainingOptions { Epochs = 3, Members = 2, Seed = 11, MinFeatureCount = 1 })
            .Train(TinyCorpus.Sentences, TinyCorpus.Sentences, reports.Add);

        Assert.Equal([1, 2, 3], reports.Select(r => r.Epoch));
        Assert.InRange(result.BestEpoch, 1, 3);
        Assert.Equal("11", result.Model.Properties["seed"]);
        Assert.Equal("2", result.Model.Properties["members"]);
        Assert.Equal(["PER", "LOC", "ORG"], result.Model.Types);
    }

    [Fact]
    public void A_saved_and_loaded_model_tags_the_same_and_saves_the_same_bytes()
    {
        var bytes = Bytes(Tiny.Value);
        var loaded = NerModel.Load(new MemoryStream(bytes));
        var knowledge = KnowledgeBase.FromSources([]);
        string[] sentence = ["مردم", "شهر", "کلاته", "از", "آقای", "بهمن", "سالاری", "حمایت", "کردند", "."];

        Assert.Equal(bytes, Bytes(loaded));
        Assert.Equal(new NerTagger(Tiny.Value, knowledge).FindNames(sentence), new NerTagger(loaded, knowledge).FindNames(sentence));
        Assert.Equal(Tiny.Value.Temperature, loaded.Temperature);
        Assert.Equal(Tiny.Value.Properties, loaded.Properties);
        Assert.Equal(DictionaryLines(Tiny.Value), DictionaryLines(loaded));
    }

    [Fact]
    public void The_model_keeps_the_names_of_its_training_sentences_as_a_dictionary()
    {
        Assert.Equal(["PER"], Tiny.Value.Dictionary.TypesOf("کامران"));
        Assert.Equal(["LOC"], Tiny.Value.Dictionary.TypesOf("کلاته"));
        Assert.Empty(Tiny.Value.Dictionary.TypesOf("گفت"));
    }

    [Fact]
    public void A_name_seen_in_one_training_sentence_only_enters_the_dictionary_of_the_model()
    {
        // While training, that sentence sees the dictionary of the other fold, which lacks «زرین»; new text sees all of it.
        var sentences = TinyCorpus.Sentences.Append(new TaggedSentence(["خانم", "زرین", "گفت", "."], ["O", "B-PER", "O", "O"])).ToList();
        var model = new NerTrainer(Graph.Lexicon.KnowledgeBase.FromSources([]), new NerTrainingOptions { Epochs = 2, Members = 1, MinFeatureCount = 1, DictionaryFolds = 2 })
            .Train(sentences, sentences).Model;

        Assert.Equal(["PER"], model.Dictionary.TypesOf("زرین"));
        Assert.Equal("2", model.Properties["dictionaryFolds"]);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream([1, 2, 3, 4])));
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(Bytes(Tiny.Value)[..40])));
    }
}
