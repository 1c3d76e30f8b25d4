using Graph.Articles;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>
/// Extracts entities, roles, relations, meetings and events from one article in two passes:
/// first every sentence's names, roles and appositions (so that a role met in a headline can
/// resolve to the person the body names), then resolution and relation rules in reading order.
/// </summary>
internal sealed class ArticleExtractor
{
    private readonly ISentenceSplitter _splitter;
    private readonly MentionFinder _mentions;
    private readonly SentenceResolver _resolver;
    private readonly RoleResolver _roles;
    private readonly IReadOnlyList<IRelationRule> _rules;
    private readonly ExtractionLexicon _lexicon;

    /// <summary>Creates an extractor over a compiled lexicon, with the learned recognizer beside it when <paramref name="learnedNames"/> is given.</summary>
    public ArticleExtractor(ExtractionLexicon lexicon, ISentenceSplitter splitter, ITokenizer tokenizer, IDateFinder dates, LearnedNameFinder? learnedNames = null)
    {
        _splitter = splitter;
        _lexicon = lexicon;
        _mentions = new MentionFinder(lexicon, tokenizer, learnedNames);
        _roles = new RoleResolver(lexicon);
        _resolver = new SentenceResolver(_roles, lexicon);
        var acts = new ActPhraseReader(lexicon);
        var when = new EventDateResolver(dates);
        _rules = [new MeetingRule(when), new CondemnationRule(acts), new SupportRule(acts), new VisitRule(), new ActEventRule(acts, when)];
    }

    /// <summary>Extracts from <paramref name="article"/>.</summary>
    public ArticleExtraction Extract(Article article)
    {
        var text = article.Content.Text;
        var sentences = _splitter.Split(text);
        var memory = new ArticleMemory(article.Metadata.Published, _lexicon);
        var views = sentences.Select(s => _mentions.Analyse(text, s, memory)).ToList();
        if (memory.Published is null)
        {
            memory.EstimatedDate = _roles.EstimateDate(memory);
        }

        var mentions = new List<MentionRecord>();
        var sink = new ExtractionSink();
        foreach (var view in views)
        {
            mentions.AddRange(view.Mentions);
            var subject = _resolver.Resolve(view, memory, mentions);
            foreach (var rule in _rules)
            {
                rule.Apply(view, subject, memory, sink);
            }
        }

        return new ArticleExtraction(article, sentences, mentions, memory.NewEntities, memory.RoleFacts, sink.Relations, sink.Meetings, sink.Events);
    }
}
