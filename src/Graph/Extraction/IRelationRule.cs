namespace Graph.Extraction;

/// <summary>A family of relations found from patterns over one resolved sentence.</summary>
internal interface IRelationRule
{
    /// <summary>Adds what the rule finds in <paramref name="view"/> to <paramref name="sink"/>.</summary>
    /// <param name="view">The resolved sentence.</param>
    /// <param name="subject">The sentence's subject, if it has one.</param>
    /// <param name="memory">What is known from the article so far (speaker, current meeting).</param>
    /// <param name="sink">Where findings go.</param>
    void Apply(SentenceView view, Referent? subject, ArticleMemory memory, ExtractionSink sink);
}
