// A person's timeline: the meetings and events the person took part in (with whom, where, how) and what the
// person condemned, supported, attacked, sanctioned or visited, in date order.
// The date is the meeting's or event's own date when known, else the earliest publication date of the articles
// that report it; undated items come last.
// @param name name, alias, English name or id of a person, e.g. علی شمخانی or person:ali-shamkhani.
MATCH (p:Person)
WHERE p.id = $name OR p.name = $name OR $name IN coalesce(p.aliases, []) OR toLower(p.nameEn) = toLower($name)
CALL {
  WITH p
  MATCH (p)-[:PARTICIPATED_IN]->(m)
  OPTIONAL MATCH (other)-[:PARTICIPATED_IN]->(m)
  WHERE other <> p
  OPTIONAL MATCH (m)-[:HELD_IN]->(place)
  OPTIONAL MATCH (article:Article)-[:REPORTED]->(m)
  WITH m, collect(DISTINCT other.name) AS others, collect(DISTINCT place.name) AS places, min(article.published) AS published
  RETURN coalesce(m.date, published) AS date, labels(m)[0] AS what, m.mode AS how, others AS withWhom, places, m.name AS detail
  UNION
  WITH p
  MATCH (p)-[r:CONDEMNED|SUPPORTED|ATTACKED|SANCTIONED|VISITED]->(target)
  OPTIONAL MATCH (article:Article)
  WHERE article.id IN r.evidenceArticles
  WITH r, target, min(article.published) AS published
  RETURN published AS date, type(r) AS what, null AS how, [target.name] AS withWhom, [] AS places, r.evidenceTexts[0] AS detail
}
RETURN p.name AS person, date, what, how, withWhom, places, detail
ORDER BY date, what
