"""kg.store.store against the real Neo4j (scripts/neo4j): idempotent loads, wipe, hostile names
as data, one-line errors in bounded time, and every cypher/*.cypher file runs."""

from __future__ import annotations

import re
import socket
import time
from collections import Counter

import networkx as nx
import pytest
from conftest import neo4j_settings, record

from kg.errors import StoreError
from kg.paths import CYPHER_DIR
from kg.store.rows import RelIndex, unique_nodes
from kg.store.store import (
    SHARED_SOURCES,
    LoadReport,
    _load_units,
    _write_unit,
    apply_schema,
    connect,
    counts,
    digest,
    load_graph,
    merge_nodes_query,
    merge_relationships_query,
    node_groups,
    prune_sources,
    relationships_query,
    schema_statements,
    wipe,
)

HOSTILE = "市\"经'信`局}) DETACH DELETE n //{x: 1}\\n$rows"


def edge(graph: nx.MultiDiGraph, a: str, b: str, rel: str, start: int, **props) -> None:
    rid = f"a.txt:{start}:{start + 4}"
    graph.add_edge(a, b, key=f"{rel}|{rid}", type=rel, rid=rid, source="a.txt", start=start, end=start + 4,
                   quote="牵头单位", **props)


def small_graph(unit: str = "宁波市经济和信息化局") -> nx.MultiDiGraph:
    """The kg.graph.graph format by hand: node id Label:key, label + key property, edges with rid."""
    g = nx.MultiDiGraph()
    g.add_node("Document:甬政发〔2021〕59号", label="Document", id="甬政发〔2021〕59号", title="关于印发…的通知",
               date="2021-06-01", kind="notice", source="a.txt")
    g.add_node(f"Unit:{unit}", label="Unit", name=unit, aliases=["市经信局"], level="city", kind="government")
    g.add_node("Unit:宁波市财政局", label="Unit", name="宁波市财政局", aliases=["市财政局"], level="city")
    g.add_node("Official:王程@宁波市", label="Official", id="王程@宁波市", name="王程", jurisdiction="宁波市")
    for i in (1, 2):
        g.add_node(f"Task:t{i}", label="Task", id=f"t{i}", text=f"任务{i}", kind="task", seq=i)
        edge(g, f"Task:t{i}", "Document:甬政发〔2021〕59号", "PART_OF", 10 * i)
        edge(g, f"Unit:{unit}", f"Task:t{i}", "LEADS", 100 + 10 * i)
    edge(g, "Unit:宁波市财政局", "Task:t1", "COOPERATES", 200)
    edge(g, "Unit:宁波市财政局", "Task:t1", "COOPERATES", 300)  # a second reading of one fact: two edges
    edge(g, "Official:王程@宁波市", "Task:t2", "LEADS", 400)
    edge(g, "Document:甬政发〔2021〕59号", "Official:王程@宁波市", "APPOINTS", 500, position="局长", date="2021-06-01")
    return g


def graph_counts(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    return {"nodes": dict(Counter(label for _, label in graph.nodes(data="label"))),
            "relationships": dict(Counter(rel for *_, rel in graph.edges(data="type")))}


pytestmark = pytest.mark.neo4j


def test_loading_twice_leaves_the_same_counts(clean_db):
    graph = small_graph()
    first = load_graph(clean_db, graph)
    after_first = counts(clean_db)
    second = load_graph(clean_db, graph)
    assert counts(clean_db) == after_first == graph_counts(graph)
    assert after_first["relationships"]["COOPERATES"] == 2
    assert first.node_count == second.node_count == graph.number_of_nodes()
    assert first.relationship_count == graph.number_of_edges() == 8


def test_reload_updates_properties_in_place(clean_db):
    graph = small_graph()
    load_graph(clean_db, graph)
    graph.nodes["Official:王程@宁波市"]["title"] = "局长"
    for *_, attrs in graph.edges(data=True):
        if attrs["type"] == "APPOINTS":
            attrs["position"] = "副局长"
    load_graph(clean_db, graph)
    rows, _, _ = clean_db.execute_query(
        "MATCH (d:Document)-[r:APPOINTS]->(o:Official {name: $name}) RETURN o.title AS title, r.position AS pos",
        name="王程")
    assert [(r["title"], r["pos"]) for r in rows] == [("局长", "副局长")]


def test_a_database_with_bare_name_keys_asks_for_wipe(clean_db):
    """A database loaded before name@place keys: no mixing, a one-line error naming --wipe."""
    clean_db.execute_query("DROP INDEX official_name_lookup IF EXISTS")  # an old database has the constraint only
    clean_db.execute_query("CREATE CONSTRAINT official_name IF NOT EXISTS FOR (n:Official) REQUIRE n.name IS UNIQUE")
    clean_db.execute_query("CREATE (:Official {name: '王程'})")
    with pytest.raises(StoreError, match="--wipe"):
        load_graph(clean_db, small_graph())
    report = load_graph(clean_db, small_graph(), wipe=True)  # drops the old constraint, loads the new keys
    assert report.node_count == small_graph().number_of_nodes()
    rows, _, _ = clean_db.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    assert "official_name" not in rows[0]["names"] and "official_id" in rows[0]["names"]
    rows, _, _ = clean_db.execute_query("MATCH (o:Official) RETURN o.id AS id, o.name AS name")
    assert [(r["id"], r["name"]) for r in rows] == [("王程@宁波市", "王程")]


def test_wipe_starts_fresh(clean_db):
    load_graph(clean_db, small_graph("宁波市发展和改革委员会"))
    other = small_graph()
    report = load_graph(clean_db, other, wipe=True)
    assert report.wiped
    assert counts(clean_db) == graph_counts(other)
    names, _, _ = clean_db.execute_query("MATCH (u:Unit) RETURN u.name AS name ORDER BY name")
    assert [r["name"] for r in names] == sorted(["宁波市经济和信息化局", "宁波市财政局"])
    wipe(clean_db)
    assert counts(clean_db) == {"nodes": {}, "relationships": {}}


def test_hostile_unit_name_round_trips_as_data(clean_db):
    graph = small_graph(HOSTILE)
    graph.nodes[f"Unit:{HOSTILE}"]["aliases"] = [HOSTILE, "`}]->"]
    load_graph(clean_db, graph)
    load_graph(clean_db, graph)
    rows, _, _ = clean_db.execute_query(
        "MATCH (u:Unit {name: $name})-[r:LEADS]->(t:Task) RETURN u.name AS name, u.aliases AS aliases, "
        "count(r) AS n", name=HOSTILE)
    assert [(r["name"], r["aliases"], r["n"]) for r in rows] == [(HOSTILE, [HOSTILE, "`}]->"], 2)]
    assert counts(clean_db) == graph_counts(graph)


def test_progress_counts_every_row_and_report_is_one_line(clean_db):
    graph = small_graph()
    seen: list[int] = []
    report = load_graph(clean_db, graph, batch_size=2, progress=seen.append)
    assert sum(seen) == graph.number_of_nodes() + graph.number_of_edges()  # after each transaction
    text = str(report)
    assert "\n" not in text and "6 nodes" in text and "8 relationships" in text
    assert isinstance(report, LoadReport) and report.rels_per_second > 0


@pytest.mark.parametrize("mutate, message", [
    (lambda g: g.add_node("Person:x", label="Person", name="x"), "'Person' is not in the graph schema"),
    (lambda g: edge(g, "Official:王程@宁波市", "Task:t1", "KNOWS) DETACH DELETE n //", 900), "relationship type"),
    (lambda g: g.add_edge("Official:王程@宁波市", "Task:t1", key="LEADS|", type="LEADS"), "no rid"),
    (lambda g: g.add_node("Unit:", label="Unit", name=""), "has no name"),
])
def test_graph_outside_the_schema_writes_nothing(clean_db, mutate, message):
    graph = small_graph()
    mutate(graph)
    with pytest.raises(StoreError, match=re.escape(message)):
        load_graph(clean_db, graph)
    assert counts(clean_db) == {"nodes": {}, "relationships": {}}


def test_queries_take_names_from_the_whitelist_only():
    assert merge_nodes_query("Unit") == "UNWIND $rows AS row MERGE (n:`Unit` {`name`: row.key}) SET n += row.props"
    assert "MERGE (a)-[r:`LEADS` {rid: row.rid}]->(b)" in merge_relationships_query("LEADS", "Unit", "Task")
    with pytest.raises(StoreError):
        merge_nodes_query("Unit` {x:1}) DETACH DELETE n //")


def test_schema_creates_a_unique_key_per_label(clean_db):
    assert apply_schema(clean_db) == apply_schema(clean_db) == len(schema_statements())
    rows, _, _ = clean_db.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS key")
    keys = {(r["label"], r["key"]) for r in rows}
    assert {("Document", "id"), ("Unit", "name"), ("Official", "id"), ("Task", "id"), ("Project", "id"),
            ("Park", "id"), ("Region", "name")} <= keys
    assert not {("Official", "name"), ("Park", "name")} & keys  # a name alone is not unique across China
    found, _, _ = clean_db.execute_query(
        "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node.name AS name", q="经信局")
    assert found == []  # nothing loaded yet; the full-text index exists and answers
    load_graph(clean_db, small_graph())
    rows, _, _ = clean_db.execute_query("CALL db.awaitIndexes(60)")
    found, _, _ = clean_db.execute_query(
        "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node.name AS name", q="经信局")
    assert [r["name"] for r in found] == ["宁波市经济和信息化局"]


def _parameters(text: str, declared: dict[str, object] | None = None) -> dict[str, object]:
    """A value for every $parameter of a query file: the default its query declares (a flag's
    false), else numbers for limits and a unit name otherwise."""
    names = set(re.findall(r"\$(\w+)", re.sub(r"//[^\n]*", "", text)))
    declared = {k: v for k, v in (declared or {}).items() if v is not None}
    return {n: declared.get(n, 25 if n in ("limit", "top", "n") else "宁波市经济和信息化局") for n in names}


@pytest.mark.parametrize("path", sorted(CYPHER_DIR.glob("*.cypher")), ids=lambda p: p.name)
def test_every_cypher_file_runs(clean_db, path):
    load_graph(clean_db, small_graph())
    if path.name == "schema.cypher":
        assert apply_schema(clean_db, path) > 0
        return
    from kg.query.query import QUERIES

    text = path.read_text(encoding="utf-8")
    spec = QUERIES.get(path.stem)
    params = _parameters(text, {p.name: p.default for p in spec.params} if spec else None)
    clean_db.execute_query("EXPLAIN " + text, params)
    records, _, keys = clean_db.execute_query(text, params)
    if spec is not None:
        assert tuple(keys) == spec.columns
    assert all(len(r) == len(keys) for r in records)


def test_wrong_password_is_one_line_and_quick(neo4j_driver):
    settings = neo4j_settings()
    began = time.monotonic()
    with pytest.raises(StoreError) as err:
        connect(settings["NEO4J_URI"], settings["NEO4J_USER"], settings["NEO4J_PASSWORD"] + "-wrong")
    assert time.monotonic() - began < 15
    message = str(err.value)
    assert "\n" not in message and "refused the credentials" in message and "unreachable" not in message


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("uri, words", [
    (f"bolt://127.0.0.1:{_free_port()}", "unreachable"),
    ("http://127.0.0.1:7474", "bad Neo4j URI"),
])
def test_unreachable_or_bad_uri_is_one_line_and_quick(uri, words):
    began = time.monotonic()
    with pytest.raises(StoreError) as err:
        connect(uri, "neo4j", "whatever", timeout=3)
    assert time.monotonic() - began < 10
    assert words in str(err.value) and "\n" not in str(err.value)


def test_browser_guide_queries_run(clean_db):
    """Every ```cypher block of docs/neo4j-browser-guide.md runs, and each named query is in it."""
    from kg.paths import ROOT
    from kg.query.query import BUILTIN, QUERIES

    guide = (ROOT / "docs" / "neo4j-browser-guide.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```cypher\n(.*?)```", guide, re.S)
    assert all(f"### {name}" in guide for name in BUILTIN)  # a fact kind's own: its cypher/NAME.cypher
    assert len(blocks) >= len(BUILTIN)
    apply_schema(clean_db)
    load_graph(clean_db, small_graph())
    declared = {p.name: p.default for spec in QUERIES.values() for p in spec.params}
    for block in blocks:
        clean_db.execute_query(block, _parameters(block, declared))


# -- the fast path: CREATE for a type with nothing stored, elementId seeks, flat rows ----------

def _stored_rels(driver) -> Counter:
    rows, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, elementId(a) AS a, elementId(b) AS b, r.rid AS rid")
    return Counter((r["t"], r["a"], r["b"], r["rid"]) for r in rows)


def _partial(graph: nx.MultiDiGraph, keep) -> nx.MultiDiGraph:
    part = nx.MultiDiGraph()
    part.add_nodes_from(graph.nodes(data=True))
    part.add_edges_from((u, v, k, attrs) for u, v, k, attrs in graph.edges(keys=True, data=True) if keep(attrs))
    return part


@pytest.mark.parametrize("keep", [
    lambda attrs: attrs["start"] < 120,             # a crash after some batches of several types
    lambda attrs: attrs["type"] == "LEADS",         # a crash after one type was written whole
    lambda attrs: attrs["rid"] == "a.txt:110:114",  # a first batch of one row committed, nothing else
])
def test_rerun_after_a_partial_load_merges_and_never_duplicates(clean_db, keep):
    graph = small_graph()
    load_graph(clean_db, _partial(graph, keep), batch_size=1)
    load_graph(clean_db, graph, batch_size=2)
    stored = _stored_rels(clean_db)
    assert max(stored.values()) == 1 and counts(clean_db) == graph_counts(graph)


def test_a_retried_unit_rewrites_its_sources_so_a_commit_seen_as_failed_does_not_duplicate(clean_db):
    """The driver reruns a transaction function whose commit it did not see: a unit compares its
    sources' stored facts with the graph's and writes only the difference, so running it twice
    stores them once."""
    graph = small_graph()
    load_graph(clean_db, graph)
    before = digest(clean_db)
    ids = dict(((r["label"], r["key"]), r["id"]) for r in clean_db.execute_query(
        "MATCH (n) RETURN labels(n)[0] AS label, coalesce(n.id, n.name) AS key, elementId(n) AS id").records)
    by_label: dict = {}
    for (label, key), eid in ids.items():
        by_label.setdefault(label, {})[key] = eid
    (unit, _shared), _nodes = _load_units({label: unique_nodes(rows) for label, rows in node_groups(graph).items()},
                                          RelIndex(graph, SHARED_SOURCES), 5_000)
    unit.ids, unit.loaded = by_label, set(ids.values())
    with clean_db.session() as session:
        session.execute_write(_write_unit, unit, 5_000)  # committed...
        session.execute_write(_write_unit, unit, 5_000)  # ...and run again, as a retry would
    assert unit.attempts == 2 and unit.removed_relationships == 0  # the same facts are left alone
    assert digest(clean_db) == before


def test_duplicate_edges_in_one_graph_are_one_relationship_on_first_load_and_reload(clean_db):
    graph = small_graph()
    rid = "a.txt:900:904"
    graph.add_edge("Unit:宁波市财政局", "Task:t2", key="first", type="LEADS", rid=rid, quote="甲", start=900)
    graph.add_edge("Unit:宁波市财政局", "Task:t2", key="second", type="LEADS", rid=rid, quote="乙", end=904)
    for _ in range(2):
        load_graph(clean_db, graph)
        rows, _, _ = clean_db.execute_query(
            "MATCH (:Unit {name: '宁波市财政局'})-[r:LEADS {rid: $rid}]->(:Task {id: 't2'}) "
            "RETURN r.quote AS quote, r.start AS start, r.end AS end", rid=rid)
        assert [(r["quote"], r["start"], r["end"]) for r in rows] == [("乙", 900, 904)]
        assert counts(clean_db)["relationships"]["LEADS"] == 4


def test_property_names_outside_identifiers_travel_as_data(clean_db):
    graph = small_graph()
    odd = "x`}]->(b) DETACH DELETE b //"
    for *_, attrs in graph.edges(data=True):
        attrs[odd] = "值"
        attrs["note"] = None  # None is dropped, never erases
    load_graph(clean_db, graph)
    load_graph(clean_db, graph)
    rows, _, _ = clean_db.execute_query(f"MATCH ()-[r]->() RETURN r.`{odd.replace('`', '``')}` AS v")
    assert [r["v"] for r in rows] == ["值"] * graph.number_of_edges()
    assert counts(clean_db) == graph_counts(graph)
    with pytest.raises(StoreError, match="cannot be written"):
        relationships_query("LEADS", "Unit", "Task", [odd])


def test_fast_path_plans_use_the_count_store_and_id_seeks(clean_db):
    """The type check is O(1) and the end points are found by elementId, not scanned."""
    load_graph(clean_db, small_graph())
    check = clean_db.execute_query("EXPLAIN MATCH ()-[r:`LEADS`]->() RETURN count(r) AS n").summary.plan
    assert "RelationshipCountFromCountStore" in str(check)
    for create in (False, True):
        plan = str(clean_db.execute_query(
            "EXPLAIN " + relationships_query("LEADS", "Unit", "Task", ["quote"], create=create), rows=[]).summary.plan)
        assert "NodeByElementIdSeek" in plan and "AllNodesScan" not in plan and "NodeByLabelScan" not in plan


def hub_graph(n_tasks: int) -> nx.MultiDiGraph:
    """Tasks of two documents, each led by one of three units and cooperated on by the
    other two: every unit is a hub that concurrent batches share."""
    g = nx.MultiDiGraph()
    units = ["宁波市经济和信息化局", "宁波市财政局", "宁波市发展和改革委员会"]
    for d in ("D1", "D2"):
        g.add_node(f"Document:{d}", label="Document", id=d)
    for u in units:
        g.add_node(f"Unit:{u}", label="Unit", name=u)
    for i in range(n_tasks):
        task = f"Task:t{i}"
        g.add_node(task, label="Task", id=f"t{i}", seq=i)
        edge(g, task, f"Document:D{1 + i % 2}", "PART_OF", 10 * i)
        lead = units[i % 3]
        edge(g, f"Unit:{lead}", task, "LEADS", 10 * i + 1)
        for j, other in enumerate(u for u in units if u != lead):
            edge(g, f"Unit:{other}", task, "COOPERATES", 10 * i + 2 + j)
    return g


def _stored_relationships(driver) -> list[tuple]:
    rows, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.name) AS a, coalesce(b.id, b.name) AS b, "
        "properties(r) AS props")
    return sorted((r["type"], r["a"], r["b"], sorted(r["props"].items())) for r in rows)


def test_concurrent_writers_store_exactly_what_one_writer_stores(clean_db):
    graph = hub_graph(150)  # 600 relationships in batches of 7: ~90 transactions, 4 at a time
    load_graph(clean_db, graph, batch_size=7, writers=1)
    one_writer = _stored_relationships(clean_db)
    wipe(clean_db)
    report = load_graph(clean_db, graph, batch_size=7, writers=4)
    assert report.relationship_count == graph.number_of_edges() == len(one_writer) == 600
    assert _stored_relationships(clean_db) == one_writer
    load_graph(clean_db, graph, batch_size=7, writers=4)  # a reload: every MERGE matches
    assert _stored_relationships(clean_db) == one_writer
    assert counts(clean_db) == graph_counts(graph)


def test_a_failing_batch_stops_the_writers_and_a_rerun_completes_the_load(clean_db):
    graph = hub_graph(150)
    bad = next((u, v, k) for u, v, k, t in graph.edges(keys=True, data="type") if t == "COOPERATES")
    graph.edges[bad]["score"] = [1, "一"]  # Neo4j refuses lists of mixed types: that batch fails
    with pytest.raises(StoreError, match="while loading") as failure:
        load_graph(clean_db, graph, batch_size=7, writers=3)
    assert "\n" not in str(failure.value)
    assert counts(clean_db) == {"nodes": {}, "relationships": {}}  # the source's transaction: nothing of it
    del graph.edges[bad]["score"]
    load_graph(clean_db, graph, batch_size=7, writers=3)
    assert counts(clean_db) == graph_counts(graph)
    assert len(set(map(repr, _stored_relationships(clean_db)))) == graph.number_of_edges()


@pytest.mark.parametrize("setting, value, message", [
    ("writers", 0, "writers must be positive"), ("writers", -1, "writers must be positive"),
    ("batch_size", 0, "batch size must be positive"),
])
def test_writers_and_batch_size_must_be_positive(clean_db, setting, value, message):
    with pytest.raises(StoreError, match=message):
        load_graph(clean_db, small_graph(), **{setting: value})
    assert counts(clean_db) == {"nodes": {}, "relationships": {}}


def test_a_label_already_stored_is_merged_not_created_twice(clean_db):
    """A label with nodes in the database is MERGEd: a second load of the same source with
    another lead unit keeps one node per unit with the later properties, and the unit that
    lost its evidence (the source no longer names it) is removed."""
    load_graph(clean_db, small_graph())
    other = small_graph("宁波市商务局")
    other.nodes["Unit:宁波市财政局"]["level"] = "municipal"
    report = load_graph(clean_db, other, writers=3, batch_size=1)
    units, _, _ = clean_db.execute_query("MATCH (u:Unit) RETURN u.name AS name, u.level AS level ORDER BY name")
    assert [(u["name"], u["level"]) for u in units] == [("宁波市商务局", "city"), ("宁波市财政局", "municipal")]
    assert counts(clean_db) == graph_counts(other)
    assert report.removed_nodes == 1 and report.removed_relationships == 2  # the old unit's LEADS; the rest kept


def test_nodes_sharing_a_key_are_one_node_on_a_first_load(clean_db):
    graph = small_graph()
    graph.add_node("unit-alias", label="Unit", name="宁波市财政局", kind="government")  # same key, other node id
    load_graph(clean_db, graph)
    units, _, _ = clean_db.execute_query(
        "MATCH (u:Unit {name: '宁波市财政局'}) RETURN u.kind AS kind, u.level AS level")
    assert [(u["kind"], u["level"]) for u in units] == [("government", "city")]


def test_the_kind_of_a_personnel_event_is_stored_on_its_relationship(clean_db):
    """An Appointment's ``kind`` (election, resignation, …) reaches APPOINTS/REMOVES in Neo4j as in networkx."""
    from kg.graph.graph import build_graph

    def ev(start: int) -> dict:
        return {"source": "a.txt", "start": start, "end": start + 4, "quote": "决定任命"}

    facts = {"appointments": [
        {"source": "a.txt", "doc_id": "D1", "person": "王五", "action": "appoint", "organization": "某市人民政府",
         "position": "市长", "evidence": ev(0), "kind": "election"},
        {"source": "a.txt", "doc_id": "D1", "person": "赵六", "action": "remove", "organization": "某市人民政府",
         "position": "市长", "evidence": ev(10), "kind": "resignation"},
    ]}
    load_graph(clean_db, build_graph(facts))
    rows, _, _ = clean_db.execute_query(
        "MATCH (:Document)-[r:APPOINTS|REMOVES]->(o:Official) RETURN o.name AS name, type(r) AS rel, r.kind AS kind "
        "ORDER BY name")
    assert [(r["name"], r["rel"], r["kind"]) for r in rows] == [("王五", "APPOINTS", "election"),
                                                                ("赵六", "REMOVES", "resignation")]


def test_a_parks_catalogue_code_level_and_date_reach_neo4j_as_in_networkx(clean_db):
    """A Park that is a zone of the national catalogue carries code, level, approval date and area in Neo4j too."""
    from kg.graph.graph import build_graph

    park = {"source": "a.txt", "doc_id": "D1", "name": "焦作高新技术产业开发区", "host": "焦作市", "sector": None,
            "industries": [], "industries_raw": "", "catalogue_code": "G412116",
            "catalogue_name": "焦作高新技术产业开发区", "catalogue_level": "national", "catalogue_approved": "2015-09",
            "catalogue_area_ha": 715.0, "evidence": {"source": "a.txt", "start": 0, "end": 11,
                                                     "quote": "焦作高新技术产业开发区"}}
    graph = build_graph({"parks": [park]})
    load_graph(clean_db, graph)
    rows, _, _ = clean_db.execute_query(
        "MATCH (p:Park) RETURN p.code AS code, p.level AS level, p.approved AS approved, p.area_ha AS area")
    assert [(r["code"], r["level"], r["approved"], r["area"]) for r in rows] == [("G412116", "national", "2015-09", 715.0)]
    node = graph.nodes["Park:焦作高新技术产业开发区@焦作市"]
    assert (node["code"], node["level"], node["approved"], node["area_ha"]) == ("G412116", "national", "2015-09", 715.0)


def _naming_the_bureau(source: str, alias: str, *, both: str | None = None) -> nx.MultiDiGraph:
    """One notice (``source``) whose task 官渡区财政局 leads, named there as ``alias``."""
    g = nx.MultiDiGraph()
    aliases = sorted({alias, both}) if both else [alias]
    g.add_node("Unit:官渡区财政局", label="Unit", name="官渡区财政局", aliases=aliases, level="district")
    for src in ([source] if both is None else ["a.txt", "b.txt"]):
        g.add_node(f"Document:{src}", label="Document", id=src, title="通知", source=src)
        g.add_node(f"Task:{src}", label="Task", id=f"{src}#1", text="做好")
        for rel, a, b in (("PART_OF", f"Task:{src}", f"Document:{src}"), ("LEADS", "Unit:官渡区财政局", f"Task:{src}")):
            rid = f"{src}:{rel}"
            g.add_edge(a, b, key=rid, type=rel, rid=rid, source=src, start=0, end=2, quote="做好")
    return g


def test_any_order_of_loads_equals_a_fresh_load_aliases_included(clean_db):
    """Two notices name 官渡区财政局 as 区财政局 and as 财政局: A then B, B then A, and both at
    once store the same graph (digest of every node and relationship), and reloading one
    of them keeps the other's alias."""
    a, b = _naming_the_bureau("a.txt", "区财政局"), _naming_the_bureau("b.txt", "财政局")
    both = _naming_the_bureau("a.txt", "区财政局", both="财政局")
    load_graph(clean_db, both, wipe=True)
    fresh = digest(clean_db)
    for first, second in ((a, b), (b, a)):
        load_graph(clean_db, first, wipe=True)
        load_graph(clean_db, second)
        assert digest(clean_db) == fresh
    load_graph(clean_db, a)  # reloading one notice
    assert digest(clean_db) == fresh
    aliases = clean_db.execute_query("MATCH (u:Unit) RETURN u.aliases AS a").records[0]["a"]
    assert aliases == ["区财政局", "财政局"]


def test_a_shared_nodes_properties_follow_a_stated_rule_whatever_the_order(clean_db):
    """Two sources say different things of one unit: lists are the union, any other property the
    value of the source first by name (a.txt), in every order of loads; pruning a source takes
    its word out, leaving what a load of the other alone stores."""
    a, b = _naming_the_bureau("a.txt", "区财政局"), _naming_the_bureau("b.txt", "财政局")
    a.nodes["Unit:官渡区财政局"]["kind"] = "government"
    b.nodes["Unit:官渡区财政局"].update(kind="department", region="官渡区")
    load_graph(clean_db, b, wipe=True)
    only_b = digest(clean_db)
    stored = []
    for first, second in ((a, b), (b, a)):
        load_graph(clean_db, first, wipe=True)
        load_graph(clean_db, second)
        stored.append(clean_db.execute_query("MATCH (u:Unit) RETURN u.aliases AS a, u.kind AS k, u.region AS r")
                      .records[0].values())
    assert stored == [[["区财政局", "财政局"], "government", "官渡区"]] * 2
    prune_sources(clean_db, ["a.txt"])
    assert digest(clean_db) == only_b


def test_a_document_of_two_files_keeps_the_file_still_stored(clean_db):
    """A Document read from a.txt and b.txt (copies): pruning a.txt leaves it with b.txt as its
    source, as a load of b.txt alone stores it."""
    def copy_of(src: str) -> nx.MultiDiGraph:
        g = _naming_the_bureau(src, "区财政局")
        g = nx.relabel_nodes(g, {f"Document:{src}": "Document:D"})
        g.nodes["Document:D"].update(id="D", source=src, sources=[src])
        return g

    load_graph(clean_db, copy_of("b.txt"), wipe=True)
    only_b = digest(clean_db)
    load_graph(clean_db, copy_of("a.txt"))
    rows = clean_db.execute_query("MATCH (d:Document) RETURN d.sources AS s, d.source AS one").records
    assert [r.values() for r in rows] == [[["a.txt", "b.txt"], "a.txt"]]
    prune_sources(clean_db, ["a.txt"])
    assert digest(clean_db) == only_b


@pytest.mark.parametrize("holder, told", [(None, False), ({"kg_load_lock": "kg load, pid 1 on elsewhere"}, True)])
def test_waiting_is_said_only_when_another_kg_load_holds_the_lock(clean_db, holder, told):
    """A lock that takes over a second to get (a cold server planning the MERGE, or here a
    transaction that is no kg load) is waited for silently; another kg load's is announced."""
    import threading

    from kg.store.store import load_lock

    apply_schema(clean_db)
    taken, release = threading.Event(), threading.Event()

    def hold() -> None:
        with clean_db.session() as session, session.begin_transaction(metadata=holder) as tx:
            tx.run("MERGE (l:KgLock {name: 'load'})").consume()
            taken.set()
            release.wait(30)
            tx.rollback()

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(30)
    threading.Timer(2.5, release.set).start()
    said: list[str] = []
    with load_lock(clean_db, wait=60, on_wait=lambda: said.append("waiting")) as waited:
        assert waited >= 2
    thread.join()
    assert record(f"the load lock held {waited:.1f} s by {'another kg load' if told else 'a transaction that is no kg load'}",
                  "'waiting for another kg load' said" if told else "nothing said",
                  f"said {said}", said == (["waiting"] if told else [])), said


# -- all or nothing across the sources of a load: the journal ------------------------------------

def _sources_graph(seed: int) -> nx.MultiDiGraph:
    """bench.load's synthetic graph of 2,000 relationships over 12 sources; another seed gives
    other leads and cooperators for the same tasks (another version of every source)."""
    from bench.load import synthetic_graph

    return synthetic_graph(2_000, seed=seed)


@pytest.mark.parametrize("wipe", [False, True])
def test_a_load_that_fails_part_way_leaves_the_database_as_it_was(clean_db, wipe):
    """A reload of 12 sources in transactions of ~100 relationships whose last source holds a
    value Neo4j refuses: the sources before it were written and committed, then undone; after
    ``wipe`` too (the wipe is undone with them)."""
    load_graph(clean_db, _sources_graph(0))
    load_graph(clean_db, _naming_the_bureau("z.txt", "区财政局"))  # a source the failed load does not name
    before = digest(clean_db)
    graph = _sources_graph(1)
    last = max(s for *_, s in graph.edges(data="source"))
    bad = next((u, v, k) for u, v, k, s in graph.edges(keys=True, data="source") if s == last)
    graph.edges[bad]["score"] = [1, "一"]  # Neo4j refuses lists of mixed types
    graph.remove_nodes_from([n for n in list(graph) if n.startswith("Task:T1")])  # nodes left without evidence
    with pytest.raises(StoreError, match="while loading"):
        load_graph(clean_db, graph, batch_size=100, wipe=wipe)
    assert digest(clean_db) == before
    del graph.edges[bad]["score"]
    load_graph(clean_db, graph, batch_size=100)
    after = digest(clean_db)
    load_graph(clean_db, _naming_the_bureau("z.txt", "区财政局"), wipe=True)
    load_graph(clean_db, graph)
    assert digest(clean_db) == after  # the rerun stores what a fresh load stores


@pytest.mark.parametrize(("units_done", "wipe"), [(1, False), (5, False), (1, True), (5, True)])
def test_a_loader_killed_part_way_is_undone_by_recover_and_a_rerun_equals_a_fresh_load(clean_db, units_done, wipe):
    """The loader dies (os._exit) after some of its transactions committed: the database holds
    its journal; recover() (which every load runs first) puts it back as it was, the graph a
    ``wipe`` hid included."""
    import os
    import subprocess
    import sys

    from conftest import neo4j_settings

    from kg.store.store import recover

    load_graph(clean_db, _sources_graph(0))
    before = digest(clean_db)
    settings = neo4j_settings()
    script = (
        "import os, sys\n"
        "from bench.load import synthetic_graph\n"
        "from kg.store.store import connect, load_graph\n"
        "driver = connect(os.environ['NEO4J_URI'], os.environ['NEO4J_USER'], os.environ['NEO4J_PASSWORD'])\n"
        "seen = []\n"
        "def progress(n):\n"
        "    seen.append(n)\n"
        f"    if len(seen) == {units_done}:\n"
        "        os._exit(9)\n"
        f"load_graph(driver, synthetic_graph(2_000, seed=1), batch_size=100, writers=1, progress=progress, "
        f"wipe={wipe})\n")
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, **settings}, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 9, done.stderr[-2000:]
    assert digest(clean_db) != before  # the journal and what the committed transactions wrote
    assert recover(clean_db) == 1
    assert digest(clean_db) == before and recover(clean_db) == 0
    load_graph(clean_db, _sources_graph(1))
    after = digest(clean_db)
    load_graph(clean_db, _sources_graph(1), wipe=True)
    assert digest(clean_db) == after


def test_a_flat_graph_loads_what_the_multidigraph_loads_and_is_emptied(clean_db, seed_facts):
    """``kg load`` loads a FlatGraph, which the load empties as it goes: the database holds
    exactly what a load of the MultiDiGraph of the same facts holds (digest), wipe or reload."""
    from kg.graph.graph import FlatGraph, build_graph

    load_graph(clean_db, build_graph(seed_facts), wipe=True)
    expected = digest(clean_db)
    flat = build_graph(seed_facts, into=FlatGraph())
    rels = flat.number_of_edges()
    report = load_graph(clean_db, flat, wipe=True)
    assert digest(clean_db) == expected and flat.number_of_edges() == 0 and report.relationship_count == rels
    load_graph(clean_db, _sources_graph(0))  # other sources, then a reload of the seeds' and a prune
    load_graph(clean_db, build_graph(seed_facts, into=FlatGraph()), prune=True)
    assert digest(clean_db) == expected


@pytest.mark.parametrize("change", ["none", "a quote", "a relationship gone", "a copy stored"])
def test_a_reload_compared_on_the_server_equals_a_fresh_load(clean_db, change, monkeypatch):
    """A reload compares each source's stored relationships with the graph's on the server (the
    rows it lacks come back, nothing else): unchanged facts stay as they are; a changed property,
    a relationship the source no longer has or a copy stored twice make it compare in the client,
    and every case ends as a fresh load of the new graph does."""
    graph = _sources_graph(1)
    load_graph(clean_db, graph)
    new = graph.copy()
    edges = list(new.edges(keys=True, data=True))
    if change == "a quote":
        edges[5][3]["quote"] = "由市发改委牵头"
    elif change == "a relationship gone":
        new.remove_edge(*edges[7][:3])
    elif change == "a copy stored":  # as a load before the journal could leave
        clean_db.execute_query("MATCH (a)-[r:LEADS]->(b) WITH a, r, b LIMIT 1 CREATE (a)-[c:LEADS]->(b) SET c = r")
    before = {r["id"]: r["props"] for r in clean_db.execute_query(
        "MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS props").records}
    import kg.store.store

    answers = []
    compare = kg.store.store._unchanged
    monkeypatch.setattr(kg.store.store, "_unchanged", lambda *args: answers.append(compare(*args)) or answers[-1])
    report = load_graph(clean_db, new)
    # every type the sources hold was compared on the server; only where something changed, in the client too
    assert answers and (None not in answers) == (change == "none")
    after = {r["id"]: r["props"] for r in clean_db.execute_query(
        "MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS props").records}
    expected = {"none": 0, "a quote": 1, "a relationship gone": 1, "a copy stored": 1}[change]
    assert report.removed_relationships == expected
    assert len(set(before) - set(after)) == expected  # the others are the relationships stored before
    assert len(after) == new.number_of_edges()
    stored = digest(clean_db)
    load_graph(clean_db, new, wipe=True)
    assert digest(clean_db) == stored
