// The shortest chains of relationships between two entities, written out as text; articles and article links
// (MENTIONS, REPORTED) are left out so that "named in the same article" does not count as a link.
// @param from name, alias, English name or id of one entity, e.g. ولادیمیر پوتین.
// @param to name, alias, English name or id of the other entity, e.g. علی شمخانی.
MATCH (a)
WHERE NOT a:Article AND (a.id = $from OR a.name = $from OR $from IN coalesce(a.aliases, []) OR toLower(a.nameEn) = toLower($from))
MATCH (b)
WHERE NOT b:Article AND (b.id = $to OR b.name = $to OR $to IN coalesce(b.aliases, []) OR toLower(b.nameEn) = toLower($to))
WITH a, b
WHERE a <> b
MATCH path = shortestPath((a)-[:MET_WITH|PARTICIPATED_IN|HELD_IN|CONDEMNED|SUPPORTED|ATTACKED|SANCTIONED|VISITED|HOLDS_ROLE|MEMBER_OF|LOCATED_IN|CONCERNS*..10]-(b))
WITH path, nodes(path) AS ns, relationships(path) AS rs
RETURN length(path) AS hops,
       reduce(chain = '', i IN range(0, size(rs) - 1) |
         chain + ns[i].name +
         CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> ' ELSE ' <-[' + type(rs[i]) + ']- ' END)
         + last(ns).name AS chain,
       [n IN ns | n.id] AS ids
ORDER BY hops
LIMIT 10
