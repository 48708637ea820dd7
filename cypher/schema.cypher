// Schema of the policy-kg graph: applied by `kg load` (kg.store.store.apply_schema) before any write.
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
// An Area is a field of government work a leader 负责/分管 (财政, 教育: 政府领导分工), keyed by its words
// in simplified characters (財政 is 财政, kept in aliases).
CREATE CONSTRAINT area_name IF NOT EXISTS FOR (n:Area) REQUIRE n.name IS UNIQUE;

// Lookups the named queries and researchers make: documents by number, date and kind
// (document_citations, personnel_moves), units by level and kind (unit_profile), tasks by
// kind (task vs indicator), projects by name, parks by host.
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.doc_number);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX unit_level IF NOT EXISTS FOR (n:Unit) ON (n.level);
CREATE INDEX unit_kind IF NOT EXISTS FOR (n:Unit) ON (n.kind);
CREATE INDEX task_kind IF NOT EXISTS FOR (n:Task) ON (n.kind);
CREATE INDEX park_name_lookup IF NOT EXISTS FOR (n:Park) ON (n.name);
CREATE INDEX official_name_lookup IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX official_jurisdiction IF NOT EXISTS FOR (n:Official) ON (n.jurisdiction);
CREATE INDEX unit_region IF NOT EXISTS FOR (n:Unit) ON (n.region);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
// Project names and park hosts come from table cells and can run to thousands of characters:
// TEXT indexes take values up to 32 kB (a range index refuses an entry over 8 kB, and then the
// whole load failed). The range indexes of earlier versions are dropped.
DROP INDEX project_name IF EXISTS;
DROP INDEX park_host IF EXISTS;
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE TEXT INDEX park_host_text IF NOT EXISTS FOR (n:Park) ON (n.host);

// A source owns its facts: `kg load` replaces the relationships whose evidence comes from the
// sources it loads, found through these indexes on the evidence's source file.
CREATE INDEX issued_source IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.source);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX leads_source IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.source);
CREATE INDEX cooperates_source IF NOT EXISTS FOR ()-[r:COOPERATES]-() ON (r.source);
CREATE INDEX appoints_source IF NOT EXISTS FOR ()-[r:APPOINTS]-() ON (r.source);
CREATE INDEX removes_source IF NOT EXISTS FOR ()-[r:REMOVES]-() ON (r.source);
CREATE INDEX holds_source IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.source);
CREATE INDEX cites_source IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.source);
CREATE INDEX repeals_source IF NOT EXISTS FOR ()-[r:REPEALS]-() ON (r.source);
CREATE INDEX located_in_source IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.source);
CREATE INDEX partners_with_source IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.source);
CREATE INDEX mentions_source IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.source);
CREATE INDEX succeeded_by_source IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() ON (r.source);
CREATE INDEX oversees_source IF NOT EXISTS FOR ()-[r:OVERSEES]-() ON (r.source);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);

// The loaders' lock: `kg load` holds this node's index entry in an open transaction that it
// never commits (kg.store.store.load_lock), so two loads of one database run one after the other.
// Nothing is ever stored under this label.
CREATE CONSTRAINT kg_lock_name IF NOT EXISTS FOR (n:KgLock) REQUIRE n.name IS UNIQUE;

// Personnel moves by date (personnel_moves, official_career).
CREATE INDEX appoints_date IF NOT EXISTS FOR ()-[r:APPOINTS]-() ON (r.date);
CREATE INDEX removes_date IF NOT EXISTS FOR ()-[r:REMOVES]-() ON (r.date);

// Find a name from any part of it in Neo4j Browser, e.g. every unit whose name or alias
// contains 经信: CALL db.index.fulltext.queryNodes('names', '经信') YIELD node, score ...
// The cjk analyzer indexes Chinese as character bigrams.
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Unit|Official|Park|Region) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
