// Who met whom: pairs of people who met, when (meeting dates), where (places), how (modes: in person, phone…)
// and how often, with the number of articles that report it.
// Pairs come from MET_WITH relationships; the Meeting nodes both took part in give dates, places and modes.
// @param name (optional) name, alias, English name or id of a person: only that person's meetings; every pair when null.
MATCH (a:Person)-[r:MET_WITH]-(b:Person)
WHERE CASE WHEN $name IS NULL THEN a.id < b.id
           ELSE a.id = $name OR a.name = $name OR $name IN coalesce(a.aliases, []) OR toLower(a.nameEn) = toLower($name) END
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b)
OPTIONAL MATCH (m)-[:HELD_IN]->(place)
WITH a, b, r, collect(DISTINCT m) AS meetings, collect(DISTINCT place.name) AS places
RETURN a.name AS person,
       b.name AS metWith,
       coalesce(r.count, size(meetings)) AS times,
       [meeting IN meetings WHERE meeting.date IS NOT NULL | meeting.date] AS dates,
       places,
       coalesce(r.modes, [meeting IN meetings WHERE meeting.mode IS NOT NULL | meeting.mode]) AS modes,
       r.articleCount AS articles,
       a.id AS personId,
       b.id AS metWithId
ORDER BY times DESC, articles DESC, person, metWith
