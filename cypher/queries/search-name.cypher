// Full-text search of people, countries, places and organizations by name, alias or English name. The index uses
// the Persian analyzer, so Arabic and Persian letter forms (ي/ی, ك/ک) match and Persian stop words are ignored.
// @param q the search text in Lucene syntax, e.g. شمخانی, "علی شمخانی" (phrase) or شمخ* (prefix).
// @param limit (optional) how many hits; 20 when null.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN labels(node)[0] AS label,
       node.name AS name,
       node.nameEn AS nameEn,
       node.aliases AS aliases,
       score,
       node.id AS id
ORDER BY score DESC
LIMIT coalesce($limit, 20)
