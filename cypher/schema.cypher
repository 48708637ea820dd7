// Schema of the policy-kg graph: applied by `kg load` (kg.store.apply_schema) before any write.
// Every statement is idempotent (IF NOT EXISTS), so applying it again changes nothing.
// Statements end with a semicolon; lines starting with // are comments.

// One uniqueness constraint per node key: MERGE on the key uses its index. Without these,
// every MERGE scans the label, and loading slows down by orders of magnitude. An Official is
// keyed by name@jurisdiction (王伟@洛阳市) and a Park by name@host region: a name alone is not
// unique across China. (Databases loaded before these keys held official_name / park_name
// constraints; `kg load` refuses to mix the two and asks for --wipe.)
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_name IF NOT EXISTS FOR (n:Unit) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_name IF NOT EXISTS FOR (n:Region) REQUIRE n.name IS UNIQUE;

// Lookups the named queries and researchers make: documents by number, date and kind
// (document_citations, personnel_moves), units by level and kind (unit_profile), tasks by
// kind (task vs indicator), projects by name, parks by host.
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.doc_number);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX unit_level IF NOT EXISTS FOR (n:Unit) ON (n.level);
CREATE INDEX unit_kind IF NOT EXISTS FOR (n:Unit) ON (n.kind);
CREATE INDEX task_kind IF NOT EXISTS FOR (n:Task) ON (n.kind);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX park_host IF NOT EXISTS FOR (n:Park) ON (n.host);
CREATE INDEX park_name_lookup IF NOT EXISTS FOR (n:Park) ON (n.name);
CREATE INDEX official_name_lookup IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX official_jurisdiction IF NOT EXISTS FOR (n:Official) ON (n.jurisdiction);
CREATE INDEX unit_region IF NOT EXISTS FOR (n:Unit) ON (n.region);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);

// Personnel moves by date (personnel_moves, official_career).
CREATE INDEX appoints_date IF NOT EXISTS FOR ()-[r:APPOINTS]-() ON (r.date);
CREATE INDEX removes_date IF NOT EXISTS FOR ()-[r:REMOVES]-() ON (r.date);

// Find a name from any part of it in Neo4j Browser, e.g. every unit whose name or alias
// contains 经信: CALL db.index.fulltext.queryNodes('names', '经信') YIELD node, score ...
// The cjk analyzer indexes Chinese as character bigrams.
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Unit|Official|Park|Region) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
