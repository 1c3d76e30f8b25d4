using System.Text;
using Graph.Articles;
using Graph.Extraction;
using Graph.Lexicon;
using Graph.Model;
using Graph.Text;

namespace Graph.Ner;

/// <summary>
/// Scores the names the whole extractor finds (lexicon, rules and learned recognizer together) against
/// gold tagged sentences: each document's sentences (<c>-DOCSTART-</c> separates documents) become one
/// article, one sentence per line, and every mention of a person, country, place or organization is
/// mapped back to the gold tokens it covers.
/// </summary>
public static class ExtractorNerEvaluation
{
    /// <summary>The gold type a mention stands for: Person → PER, a country by its adjective → NAT, Country and Place → LOC, Organization → ORG.</summary>
    public static string? TypeOf(string label, bool adjective) => label switch
    {
        NodeLabel.Person => "PER",
        NodeLabel.Country when adjective => "NAT",
        NodeLabel.Country or NodeLabel.Place => "LOC",
        NodeLabel.Organization => "ORG",
        _ => null,
    };

    /// <summary>Scores the extractor built from <paramref name="knowledge"/> and <paramref name="options"/>; gold POG counts as ORG and EVE is left out, as in the graph.</summary>
    public static SpanEvaluator Score(KnowledgeBase knowledge, ExtractionOptions options, IReadOnlyList<TaggedSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gold);
        var lexicon = ExtractionLexicon.Compile(knowledge, PersianNormalizer.Instance);
        var learned = options.LearnedNer ? new LearnedNameFinder(lexicon, options.NerModel ?? NerModel.BuiltIn, options) : null;
        var extractor = new ArticleExtractor(lexicon, PersianSentenceSplitter.Instance, PersianTokenizer.Instance, PersianDateFinder.Instance, learned);
        var evaluator = new SpanEvaluator();
        foreach (var document in gold.GroupBy(s => s.Document))
        {
            var sentences = document.ToList();
            var (text, tokens) = Compose(sentences);
            var content = PersianNormalizer.Instance.Normalize(text);
            var article = new Article(Article.CreateId(content.Text), new ArticleSource("gold"), ArticleMetadata.Empty, content);
            var predicted = sentences.Select(_ => new HashSet<NerSpan>()).ToList();
            foreach (var mention in extractor.Extract(article).Mentions.Where(m => !m.ByRole))
            {
                var type = TypeOf(ExtractionLexicon.LabelOfId(mention.EntityId), mention.Adjective);
                var original = content.ToOriginal(mention.Span);
                var covered = tokens.Where(t => t.Start < original.End && original.Start < t.End).ToList();
                if (type is null || covered.Count == 0 || covered[0].Sentence != covered[^1].Sentence)
                {
                    continue;
                }

                predicted[covered[0].Sentence].Add(new NerSpan(covered[0].Token, covered[^1].Token, type));
            }

            for (var k = 0; k < sentences.Count; k++)
            {
                var goldSpans = NerSpan.FromTags(sentences[k].Tags)
                    .Select(s => s with { Type = s.Type == "POG" ? "ORG" : s.Type })
                    .Where(s => s.Type != "EVE");
                evaluator.Add(goldSpans, predicted[k]);
            }
        }

        return evaluator;
    }

    /// <summary>The document's text (tokens normalized, joined by spaces, one sentence per line) and where each token lies in it.</summary>
    private static (string Text, List<(int Sentence, int Token, int Start, int End)> Tokens) Compose(List<TaggedSentence> sentences)
    {
        var builder = new StringBuilder();
        var tokens = new List<(int, int, int, int)>();
        for (var k = 0; k < sentences.Count; k++)
        {
            if (k > 0)
            {
                builder.Append('\n');
            }

            for (var i = 0; i < sentences[k].Tokens.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                var word = sentences[k].Tokens[i];
                tokens.Add((k, i, builder.Length, builder.Length + word.Length));
                builder.Append(word);
            }
        }

        return (builder.ToString(), tokens);
    }
}
