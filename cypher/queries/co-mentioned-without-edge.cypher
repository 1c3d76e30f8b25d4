// Relationship discovery: pairs of entities named together in several articles that have no relationship
// between them (neither a direct one nor a shared meeting): candidates for a relation the extraction missed.
// @param minArticles (optional) the least number of articles naming both; 2 when null.
// @param limit (optional) how many pairs; 50 when null.
MATCH (article:Article)-[:MENTIONS]->(x)
MATCH (article)-[:MENTIONS]->(y)
WHERE x.id < y.id
WITH x, y, count(DISTINCT article) AS articles, collect(DISTINCT article.title)[0..3] AS titles
WHERE articles >= coalesce($minArticles, 2)
  AND NOT EXISTS { MATCH (x)-[]-(y) }
  AND NOT EXISTS { MATCH (x)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(y) }
RETURN x.name AS entity,
       labels(x)[0] AS entityLabel,
       y.name AS other,
       labels(y)[0] AS otherLabel,
       articles,
       titles,
       x.id AS entityId,
       y.id AS otherId
ORDER BY articles DESC, entity, other
LIMIT coalesce($limit, 50)
