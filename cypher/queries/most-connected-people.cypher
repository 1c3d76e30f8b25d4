// The most connected people: for each person, how many distinct people, countries, places and organizations
// the person is directly linked to, how many people the person met, in how many meetings, and in how many articles
// the person is named.
// @param limit (optional) how many people; 20 when null.
MATCH (p:Person)
OPTIONAL MATCH (p)-[]-(other)
WHERE other:Person OR other:Country OR other:Place OR other:Organization
WITH p, count(DISTINCT other) AS connections
OPTIONAL MATCH (p)-[:MET_WITH]-(q:Person)
WITH p, connections, count(DISTINCT q) AS peopleMet
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
WITH p, connections, peopleMet, count(DISTINCT m) AS meetings
OPTIONAL MATCH (article:Article)-[:MENTIONS]->(p)
WITH p, connections, peopleMet, meetings, count(DISTINCT article) AS articles
RETURN p.name AS person, connections, peopleMet, meetings, articles, p.id AS id
ORDER BY connections DESC, meetings DESC, articles DESC, person
LIMIT coalesce($limit, 20)
