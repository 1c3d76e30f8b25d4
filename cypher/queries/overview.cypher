// A picture to start from in Neo4j Browser: people and who they met, condemned or supported, with the countries,
// places and organizations involved (run it in Browser and switch to the graph view).
// @param limit (optional) how many relationships; 150 when null.
MATCH (p:Person)-[r:MET_WITH|CONDEMNED|SUPPORTED|HOLDS_ROLE]-(x)
RETURN p, r, x
LIMIT coalesce($limit, 150)
