using Graph.Extraction;
using Graph.Lexicon;
using Graph.Text;

namespace Graph.Ner;

/// <summary>Tags tokenized sentences with a model, using a lexicon for the model's lexicon features.</summary>
public sealed class NerTagger
{
    private readonly LexiconHintFinder _hints;

    /// <summary>Creates a tagger over <paramref name="model"/> and the lexicon <paramref name="knowledge"/>.</summary>
    public NerTagger(NerModel model, KnowledgeBase knowledge)
        : this(model, ExtractionLexicon.Compile(knowledge, PersianNormalizer.Instance))
    {
    }

    internal NerTagger(NerModel model, ExtractionLexicon lexicon)
    {
        Model = model;
        _hints = new LexiconHintFinder(lexicon);
    }

    /// <summary>The model.</summary>
    public NerModel Model { get; }

    /// <summary>The names in a sentence given as tokens (as written; they are normalized first), with their probabilities.</summary>
    public IReadOnlyList<NerSpan> FindNames(IReadOnlyList<string> tokens)
    {
        var (words, hints) = Prepare(tokens, _hints);
        return Model.FindNames(words, hints);
    }

    /// <summary>The BIO tag of every token of a sentence.</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        var (words, hints) = Prepare(tokens, _hints);
        return Model.TagWords(words, hints);
    }

    /// <summary>
    /// Scores the tagger on gold sentences; predicted spans below <paramref name="minConfidence"/> are left out,
    /// and <paramref name="mapType"/> (if given) renames or (returning null) drops types on both sides.
    /// </summary>
    public SpanEvaluator Evaluate(IEnumerable<TaggedSentence> gold, double minConfidence = 0, Func<string, string?>? mapType = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var evaluator = new SpanEvaluator();
        foreach (var sentence in gold)
        {
            var predicted = minConfidence > 0 ? FindNames(sentence.Tokens).Where(s => s.Confidence >= minConfidence) : NerSpan.FromTags(Tag(sentence.Tokens));
            evaluator.Add(Map(NerSpan.FromTags(sentence.Tags), mapType), Map(predicted, mapType));
        }

        return evaluator;
    }

    /// <summary>Normalizes corpus tokens and marks them with what the lexicon knows.</summary>
    internal static (string[] Words, NerTokenHint[] Hints) Prepare(IReadOnlyList<string> tokens, LexiconHintFinder hints)
    {
        var words = new string[tokens.Count];
        var spans = new Token[tokens.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = PersianNormalizer.Instance.Normalize(tokens[i]).Text.Trim();
            word = word.Length == 0 ? "_" : string.Join(PersianNormalizer.Zwnj, word.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            words[i] = word;
            if (i > 0)
            {
                builder.Append(' ');
            }

            spans[i] = new Token(word, new TextSpan(builder.Length, builder.Length + word.Length), KindOf(word));
            builder.Append(word);
        }

        return (words, hints.Find(builder.ToString(), spans));
    }

    private static IEnumerable<NerSpan> Map(IEnumerable<NerSpan> spans, Func<string, string?>? mapType) =>
        mapType is null ? spans : spans.Select(s => mapType(s.Type) is { } type ? s with { Type = type } : null).OfType<NerSpan>();

    private static TokenKind KindOf(string word) =>
        char.IsLetter(word[0]) ? TokenKind.Word : char.IsDigit(word[0]) ? TokenKind.Number : char.IsPunctuation(word[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
}
