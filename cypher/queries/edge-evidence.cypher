// Why is this edge here? Every sentence that supports the relationships between two entities: the article (title,
// outlets, date), the sentence index in the article, the trigger word and the sentence itself.
// Evidence is kept on each relationship as parallel lists (evidenceArticles, evidenceSentences, evidenceTexts…).
// @param from name, alias, English name or id of one end, e.g. علی شمخانی.
// @param to name, alias, English name or id of the other end, e.g. الکساندر لاورنتیف.
// @param type (optional) relationship type, e.g. MET_WITH or CONDEMNED; every type when null.
MATCH (a)
WHERE a.id = $from OR a.name = $from OR $from IN coalesce(a.aliases, []) OR toLower(a.nameEn) = toLower($from)
MATCH (b)
WHERE b.id = $to OR b.name = $to OR $to IN coalesce(b.aliases, []) OR toLower(b.nameEn) = toLower($to)
MATCH (a)-[r]-(b)
WHERE ($type IS NULL OR type(r) = $type) AND size(coalesce(r.evidenceKeys, [])) > 0
UNWIND range(0, size(r.evidenceKeys) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.evidenceArticles[i]})
RETURN type(r) AS relationship,
       startNode(r).name AS source,
       endNode(r).name AS target,
       article.published AS published,
       article.outlets AS outlets,
       article.title AS title,
       r.evidenceSentences[i] AS sentence,
       r.evidenceTriggers[i] AS trigger,
       r.evidenceTexts[i] AS text,
       r.evidenceArticles[i] AS articleId
ORDER BY relationship, published, articleId, sentence
