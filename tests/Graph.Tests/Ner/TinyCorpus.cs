using Graph.Lexicon;
using Graph.Ner;

namespace Graph.Tests.Ner;

/// <summary>Tiny tagged corpora written for the tests: people after «آقای», towns after «شهر», groups after «گروه».</summary>
internal static class TinyCorpus
{
    private const string Text = """
        آقای	O
        کامران	B-PER
        نوری	I-PER
        گفت	O
        .	O

        آقای	O
        بهمن	B-PER
        سالاری	I-PER
        افزود	O
        .	O

        سفر	O
        به	O
        شهر	O
        کلاته	B-LOC
        انجام	O
        شد	O
        .	O

        گروه	O
        پیکان	B-ORG
        سرخ	I-ORG
        بیانیه	O
        داد	O
        .	O

        آقای	O
        فرهاد	B-PER
        امینی	I-PER
        در	O
        شهر	O
        سرکان	B-LOC
        گفت	O
        .	O

        گروه	O
        شاهین	B-ORG
        سپید	I-ORG
        در	O
        شهر	O
        آبیک	B-LOC
        بیانیه	O
        داد	O
        .	O

        مردم	O
        شهر	O
        زاوه	B-LOC
        از	O
        آقای	O
        رضا	B-PER
        کاوه	I-PER
        حمایت	O
        کردند	O
        .	O
        """;

    private const string CombinationText = """
        کامران	B-PER
        نوری	I-PER
        در	O
        شهر	O
        کلاته	B-LOC
        گفت	O
        .	O

        نوری	B-PER
        افزود	O
        .	O

        گروه	B-ORG
        پیکان	I-ORG
        سرخ	I-ORG
        بیانیه	O
        داد	O
        .	O

        شورای	B-ORG
        ریاستی	I-ORG
        یمن	I-ORG
        بیانیه	O
        داد	O
        .	O

        به	O
        گزارش	O
        تابان	B-ORG
        ،	O
        گروه	B-ORG
        پیکان	I-ORG
        سرخ	I-ORG
        بیانیه	O
        داد	O
        .	O

        علی	B-PER
        شمخانی	I-PER
        در	O
        شهر	O
        کلاته	B-LOC
        گفت	O
        .	O

        روحانی	B-PER
        گفت	O
        .	O
        """;

    /// <summary>Sentences for the combination rules: new people, places and groups, a source, a lexicon person, an ambiguous lexicon name.</summary>
    public static IReadOnlyList<TaggedSentence> CombinationSentences { get; } = TaggedCorpus.Parse(new StringReader(CombinationText), "combination");

    private static readonly Lazy<NerModel> LazyCombinationModel = new(() =>
        new NerTrainer(KnowledgeBase.LoadBuiltIn(), new NerTrainingOptions { Epochs = 10, Members = 1, MinFeatureCount = 1, MinWeight = 0 })
            .Train(CombinationSentences, CombinationSentences).Model);

    /// <summary>A model trained on <see cref="CombinationSentences"/> with the built-in lexicon, which tags them as written.</summary>
    public static NerModel CombinationModel => LazyCombinationModel.Value;

    /// <summary>The sentences.</summary>
    public static IReadOnlyList<TaggedSentence> Sentences { get; } = TaggedCorpus.Parse(new StringReader(Text), "tiny");

    /// <summary>A model trained on the sentences (no lexicon features), with one perceptron and a fixed seed.</summary>
    public static NerModel Train(int seed = 7) =>
        new NerTrainer(KnowledgeBase.FromSources([]), new NerTrainingOptions { Epochs = 10, Members = 1, Seed = seed, MinFeatureCount = 1, MinWeight = 0 })
            .Train(Sentences, Sentences).Model;
}
