// The schema of the graph: a uniqueness constraint on id for every label, a full-text index over the names and
// aliases of entities with the Persian analyzer, and the indexes the queries in queries/ use.
// Each statement runs in a transaction of its own (Neo4j refuses schema changes and writes in one transaction).
// `graph load` and `graph schema` run these same statements; all of them can run again.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Place|Organization) ON EACH [n.name, n.nameEn, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'persian'}};
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CALL db.awaitIndexes(300);
