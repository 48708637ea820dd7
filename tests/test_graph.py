"""kg.graph.graph: facts → MultiDiGraph with the schema of DESIGN.md and evidence on every edge."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg.graph.graph import KEY_OF, NODE_LABELS, REL_TYPES, build_graph
from kg.paths import SEEDS
from kg.read.sources import read_source
from kg.records import Evidence

GOLD = Path(__file__).parent / "data" / "gold" / "seeds.json"


def ev(start: int, end: int, quote: str = "q", source: str = "a.txt") -> dict:
    return {"source": source, "start": start, "end": end, "quote": quote}


def task(seq: int, lead=(), coop=(), officials=(), kind="task", doc="D1", start=None, **extra) -> dict:
    start = start if start is not None else seq * 100
    return {"source": "a.txt", "doc_id": doc, "doc_number": doc, "kind": kind, "seq": seq,
            "text": f"任务{seq}", "lead_units": list(lead), "cooperating_units": list(coop),
            "lead_officials": list(officials), "evidence": ev(start, start + 10), **extra}


def edges_of(graph: nx.MultiDiGraph, rel: str) -> list[tuple[str, str, dict]]:
    return [(u, v, a) for u, v, a in graph.edges(data=True) if a["type"] == rel]


def assert_schema(graph: nx.MultiDiGraph) -> None:
    """The contract of docs/architecture.md, checked on every node and edge."""
    for node, attrs in graph.nodes(data=True):
        label = attrs["label"]
        assert label in NODE_LABELS
        assert node == f"{label}:{attrs[KEY_OF[label]]}"
        for name, value in attrs.items():
            assert value is not None, (node, name)
            if isinstance(value, list):
                assert all(isinstance(v, str) for v in value), (node, name)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        assert attrs["type"] in REL_TYPES
        assert key == f"{attrs['type']}|{attrs['rid']}"
        assert {"source", "start", "end", "quote"} <= set(attrs)
        assert all(value is not None for value in attrs.values()), (u, v, key)


def test_task_nodes_edges_and_keys():
    g = build_graph({"task_assignments": [task(1, lead=["市经信局"], coop=["市发改委", "市商务局"],
                                                officials=["陈炳荣"])]})
    assert_schema(g)
    assert g.nodes["Task:D1#T1"] == {"label": "Task", "id": "D1#T1", "kind": "task", "seq": 1, "text": "任务1"}
    assert set(g.edges(keys=True)) == {
        ("Task:D1#T1", "Document:D1", "PART_OF|a.txt:100:110"),
        ("Unit:市经信局", "Task:D1#T1", "LEADS|a.txt:100:110"),
        ("Official:陈炳荣", "Task:D1#T1", "LEADS|a.txt:100:110"),
        ("Unit:市发改委", "Task:D1#T1", "COOPERATES|a.txt:100:110"),
        ("Unit:市商务局", "Task:D1#T1", "COOPERATES|a.txt:100:110"),
    }
    lead = g.edges["Unit:市经信局", "Task:D1#T1", "LEADS|a.txt:100:110"]
    assert lead == {"type": "LEADS", "rid": "a.txt:100:110", "source": "a.txt", "start": 100, "end": 110,
                    "quote": "q"}


def test_resolved_names_become_canonical_units_with_aliases():
    facts = {
        "units": [{"name": "宁波市经济和信息化局", "aliases": ["市经信局"], "level": "city", "kind": "government"}],
        "task_assignments": [task(1, lead=["市经信局"], coop=["区发改局"],
                                  resolved={"市经信局": "宁波市经济和信息化局", "区发改局": "鄞州区发展和改革局"})],
    }
    g = build_graph(facts)
    assert g.nodes["Unit:宁波市经济和信息化局"] == {"label": "Unit", "name": "宁波市经济和信息化局",
                                             "aliases": ["市经信局"], "level": "city", "kind": "government"}
    # a unit outside the units section still gets defaults and keeps the surface as an alias
    assert g.nodes["Unit:鄞州区发展和改革局"]["aliases"] == ["区发改局"]
    assert g.nodes["Unit:鄞州区发展和改革局"]["level"] == "other"
    assert "Unit:市经信局" not in g


@pytest.mark.parametrize(("kind", "expected"), [("task", "Task:D1#T3"), ("indicator", "Task:D1#I3")])
def test_task_id_by_kind(kind, expected):
    g = build_graph({"task_assignments": [task(3, lead=["A局"], kind=kind)]})
    assert expected in g


def test_two_records_with_one_id_stay_two_tasks():
    g = build_graph({"task_assignments": [task(1, lead=["A局"], start=0), task(1, lead=["B局"], start=50)]})
    assert {"Task:D1#T1", "Task:D1#T1~2"} <= set(g)
    assert g.has_edge("Unit:B局", "Task:D1#T1~2")


def test_same_record_twice_merges():
    one = build_graph({"task_assignments": [task(1, lead=["A局"])]})
    two = build_graph({"task_assignments": [task(1, lead=["A局"]), task(1, lead=["A局"])]})
    assert nx.utils.graphs_equal(one, two)


def test_two_facts_read_from_one_span_stay_two_edges():
    span = ev(10, 40)
    rec = {"source": "a.txt", "doc_id": "甬政干〔2021〕1号", "date": "2021-12-01", "person": "张三",
           "action": "appoint", "evidence": span}
    g = build_graph({"appointments": [{**rec, "organization": "A局", "position": "局长"},
                                      {**rec, "organization": "B委", "position": "主任"}]})
    keys = sorted(k for *_, k in g.edges(keys=True))
    assert keys == ["APPOINTS|a.txt:10:40", "APPOINTS|a.txt:10:40#2"]


def test_projects_documents_and_issuer():
    facts = {
        "documents": [{"id": "鄞政办发〔2021〕79号", "source": "c.txt", "doc_number": "鄞政办发〔2021〕79号",
                       "title": "通知", "issuer": "鄞州区人民政府办公室", "date": "2021-12-01", "kind": "notice",
                       "partial": False, "evidence": ev(0, 20, source="c.txt"),
                       "resolved": {"鄞州区人民政府办公室": "宁波市鄞州区人民政府办公室"}}],
        "projects": [{"source": "c.txt", "doc_id": "鄞政办发〔2021〕79号", "table": "表4-1", "seq": 2, "name": "项目",
                      "lead_units": ["区发改局"], "cooperating_units": ["区科技局"], "start_year": 2021,
                      "end_year": None, "evidence": ev(100, 140, source="c.txt")}],
    }
    g = build_graph(facts)
    assert_schema(g)
    doc = g.nodes["Document:鄞政办发〔2021〕79号"]
    assert doc["title"] == "通知" and doc["kind"] == "notice" and doc["partial"] is False
    assert g.has_edge("Unit:宁波市鄞州区人民政府办公室", "Document:鄞政办发〔2021〕79号", "ISSUED|c.txt:0:20")
    project = g.nodes["Project:鄞政办发〔2021〕79号#表4-1#2"]
    assert project["name"] == "项目" and project["start_year"] == 2021 and "end_year" not in project
    assert {a["type"] for *_, a in g.edges("Unit:区发改局", data=True)} == {"LEADS"}


def test_citations_repeals_and_cited_documents_without_body():
    facts = {
        "documents": [{"id": "政府令第260号", "source": "a.txt", "doc_number": "政府令第260号", "title": "规定"}],
        "cited_documents": [
            {"source": "a.txt", "doc_id": "政府令第260号", "doc_number": "市政府令第188号", "title": "办法",
             "cited_by": "政府令第260号", "context": "body", "relation": "repeals", "evidence": ev(5, 9)},
            {"source": "a.txt", "doc_id": "a.txt#2", "doc_number": "政府令第260号", "title": "规定",
             "cited_by": None, "context": "发文目录", "relation": "cites", "evidence": ev(50, 59)},
        ],
    }
    g = build_graph(facts)
    assert g.nodes["Document:市政府令第188号"] == {"label": "Document", "id": "市政府令第188号",
                                                 "doc_number": "市政府令第188号", "title": "办法"}
    assert edges_of(g, "REPEALS")[0][:2] == ("Document:政府令第260号", "Document:市政府令第188号")
    (u, v, attrs), = edges_of(g, "CITES")
    assert (u, v, attrs["context"]) == ("Document:a.txt#2", "Document:政府令第260号", "发文目录")


def test_appointments_tenures_parks_mentions_agreements():
    facts = {
        "appointments": [{"source": "a.txt", "doc_id": "D9", "date": "2021-12-31", "person": "王程",
                          "official": "王程", "action": "appoint", "organization": "开发区管委会",
                          "position": "副主任", "concurrent": True, "probation": False, "evidence": ev(1, 5),
                          "resolved": {"开发区管委会": "宁波经济技术开发区管理委员会"}},
                         {"source": "a.txt", "doc_id": "D9", "date": "2021-12-31", "person": "王程",
                          "action": "remove", "organization": "X委", "position": "主任", "evidence": ev(6, 9),
                          "kind": "resignation"}],
        "tenures": [{"official": "王程", "unit": "宁波经济技术开发区管理委员会", "position": "副主任",
                     "start": "2021-12-31", "end": None, "appointed_by": "D9", "removed_by": None,
                     "evidence": ev(1, 5)}],
        "parks": [{"source": "a.txt", "doc_id": "D1", "name": "机器人小镇", "host": "余姚", "sector": "零部件",
                   "industries": ["工业机器人", "关键部件"], "evidence": ev(20, 30), "resolved": {"余姚": "余姚市"}}],
        "officials_mentioned": [{"source": "a.txt", "doc_id": "D1", "name": "裘东耀", "title": "市政府党组书记",
                                 "title_core": "党组书记", "affiliation": "市政府", "evidence": ev(40, 50)}],
        "agreements": [{"source": "b.txt", "doc_id": "B1", "parties": ["宁波市政府", "大连理工大学", "宁波市政府"],
                        "date": "09-18", "subject": "共建", "evidence": ev(0, 30, source="b.txt")}],
    }
    g = build_graph(facts)
    assert_schema(g)
    appoint = g.edges["Document:D9", "Official:王程", "APPOINTS|a.txt:1:5"]
    assert (appoint["position"], appoint["organization"], appoint["concurrent"]) == \
        ("副主任", "宁波经济技术开发区管理委员会", True)
    assert "concurrent" not in g.edges["Document:D9", "Official:王程", "REMOVES|a.txt:6:9"]
    # the event as written travels on the edge; facts written before ``kind`` read by their action
    assert (appoint["kind"], g.edges["Document:D9", "Official:王程", "REMOVES|a.txt:6:9"]["kind"]) == \
        ("appointment", "resignation")
    hold = g.edges["Official:王程", "Unit:宁波经济技术开发区管理委员会", "HOLDS|a.txt:1:5"]
    assert hold["start_date"] == "2021-12-31" and "end_date" not in hold and hold["start"] == 1
    assert g.nodes["Park:机器人小镇@余姚市"]["industries"] == ["工业机器人", "关键部件"]
    assert g.has_edge("Park:机器人小镇@余姚市", "Region:余姚市")
    assert g.has_edge("Document:D1", "Park:机器人小镇@余姚市")
    mention = g.edges["Document:D1", "Official:裘东耀", "MENTIONS|a.txt:40:50"]
    assert mention["title"] == "市政府党组书记"
    assert g.has_edge("Document:D1", "Unit:市政府")
    partners = edges_of(g, "PARTNERS_WITH")
    assert [(u, v, a["subject"]) for u, v, a in partners] == [("Unit:宁波市政府", "Unit:大连理工大学", "共建")]


@pytest.mark.parametrize("record", [
    {"source": "x.txt", "doc_number": "D1", "kind": "task", "lead_units": ["A局"], "line": 7},
    {"source": "x.txt", "lead_units": ["A局"], "cooperating_units": None},
    {"lead_units": ["A局", "", None], "evidence": None},
])
def test_records_without_evidence_do_not_crash(record):
    g = build_graph({"task_assignments": [record]})
    assert_schema(g)
    (u, v, attrs), = edges_of(g, "LEADS")
    assert u == "Unit:A局" and attrs["start"] == -1 and attrs["quote"] == ""


def test_empty_facts_give_an_empty_graph():
    assert build_graph({}).number_of_nodes() == 0


def test_gold_facts_as_input():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    g = build_graph(gold)
    assert_schema(g)
    labels = Counter(a["label"] for _, a in g.nodes(data=True))
    types = Counter(a["type"] for *_, a in g.edges(data=True))
    assert labels["Task"] == len(gold["task_assignments"]) == 93
    assert labels["Project"] == len(gold["projects"]) == 34
    core_parks = {(p["name"], p["host"]) for p in gold["parks"] if p.get("scope") != "extra"}
    assert len(core_parks) == 18 and labels["Park"] >= 18  # the optional prose parks (scope: extra) too
    assert types["APPOINTS"] + types["REMOVES"] == len(gold["appointments"]) == 101
    # every gold document with a body is a node, keyed by its number
    assert all(f"Document:{d['doc_number']}" in g for d in gold["documents"] if d["doc_number"])
    assert g.nodes["Document:004_9b4e3ac1528e934b.txt#1"]["partial"] is True


def test_seed_graph_schema_and_evidence(seed_facts):
    g = build_graph(seed_facts)
    assert_schema(g)
    assert build_graph(seed_facts).number_of_edges() == g.number_of_edges()
    texts = {p.name: read_source(p).original for p in SEEDS.glob("*.txt")}
    checked = 0
    for *_, attrs in g.edges(data=True):
        if attrs["start"] >= 0:
            assert texts[attrs["source"]][attrs["start"]:attrs["end"]] == attrs["quote"]
            checked += 1
    assert checked > 0.9 * g.number_of_edges()
    labels = {a["label"] for _, a in g.nodes(data=True)}
    assert {"Document", "Unit", "Task", "Official"} <= labels


def test_two_cities_parks_of_one_name_are_two_parks_and_regions_nest():
    from kg.resolve.resolve import resolve_facts

    def park(doc, host):
        return {"source": f"{doc}.txt", "doc_id": doc, "name": "高新技术产业园", "host": host, "sector": None,
                "industries": ["电子信息"], "evidence": ev(0, 7, source=f"{doc}.txt")}

    facts = resolve_facts({
        "documents": [{"id": "洛政〔2021〕1号", "source": "洛政〔2021〕1号.txt", "issuer": "洛阳市人民政府"},
                      {"id": "肇政〔2021〕1号", "source": "肇政〔2021〕1号.txt", "issuer": "肇东市人民政府"}],
        "parks": [park("洛政〔2021〕1号", None), park("肇政〔2021〕1号", "肇东市")],
    })
    g = build_graph(facts)
    assert_schema(g)
    parks = sorted(n for n, a in g.nodes(data=True) if a["label"] == "Park")
    assert parks == ["Park:高新技术产业园@洛阳市", "Park:高新技术产业园@肇东市"]
    assert g.nodes["Park:高新技术产业园@肇东市"]["name"] == "高新技术产业园"
    assert g.has_edge("Park:高新技术产业园@洛阳市", "Region:洛阳市")
    assert g.has_edge("Region:肇东市", "Region:绥化市") and g.has_edge("Region:绥化市", "Region:黑龙江省")
    assert g.nodes["Region:肇东市"]["code"] == "231282"


def test_a_project_key_includes_its_document():
    rec = {"source": "a.txt", "table": "表1", "seq": 1, "name": "某项目", "lead_units": [], "cooperating_units": [],
           "evidence": ev(0, 3)}
    g = build_graph({"projects": [dict(rec, doc_id="D1"), dict(rec, doc_id="D2", evidence=ev(4, 7))]})
    assert sorted(n for n in g if n.startswith("Project:")) == ["Project:D1#表1#1", "Project:D2#表1#1"]


def test_records_sharing_a_seq_get_suffixed_ids_in_order_and_stay_stable():
    """8,000 tasks of one (doc, seq): D1#T1, D1#T1~2, … in record order (the suffix walk is
    remembered, not repeated); a task whose own id is spelled like a suffix keeps it."""
    def task(i, seq):
        return {"source": "a.txt", "doc_id": "D1", "kind": "task", "seq": seq, "text": f"t{i}",
                "lead_units": ["U"], "cooperating_units": [], "lead_officials": [],
                "evidence": {"source": "a.txt", "start": 10 * i, "end": 10 * i + 5, "quote": "x"}}

    graph = build_graph({"task_assignments": [task(i, 1) for i in range(8_000)]})
    ids = [graph.nodes[t]["id"] for t in graph if t.startswith("Task:")]
    assert ids == ["D1#T1"] + [f"D1#T1~{n}" for n in range(2, 8_001)]
    from kg.graph.graph import _Builder

    b = _Builder()
    assert b.record_id("Task", "B~2", "other") == "B~2"  # a record whose own id looks like a suffix
    assert [b.record_id("Task", "B", f) for f in ("f1", "f2", "f1", "f3")] == ["B", "B~3", "B", "B~4"]


def test_a_park_in_the_national_catalogue_carries_its_code_level_date_and_area():
    """The zone of 《中国开发区审核公告目录》2018 a park is (kg.extract.devzones) reaches its Park node."""
    import dataclasses

    from kg.extract.parks import extract_parks
    from kg.read.segment import as_one_document
    from kg.resolve.resolve import resolve_facts

    # ../shared/realdev2 jiaozuo_devzones_2018.txt
    doc = as_one_document("焦作这8家开发区分别是:焦作高新技术产业开发区\n焦作市工业产业集聚区\n博爱县产业集聚区\n")
    records = json.loads(json.dumps([dataclasses.asdict(p) for p in extract_parks(doc)], ensure_ascii=False))
    facts = resolve_facts({"parks": records})
    g = build_graph(facts)
    assert_schema(g)
    node = g.nodes["Park:焦作高新技术产业开发区@焦作市"]
    assert (node["code"], node["level"], node["approved"], node["area_ha"]) == ("G412116", "national", "2015-09", 715.0)
    assert node["catalogue_name"] == "焦作高新技术产业开发区"
    assert g.nodes["Park:焦作市工业产业集聚区@焦作市"]["level"] == "province"


@dataclasses.dataclass(frozen=True)
class _Oversight:
    """A record type of a kind made up for the test below."""

    source: str
    doc_id: str | None
    person: str
    units: tuple[str, ...]
    how: str
    jurisdiction: str | None = None
    evidence: Evidence | None = None


def test_a_declared_edge_links_every_start_to_every_end_dated_by_its_document():
    """A kind that declares its Edge (kg.facts.FactKind.edges) enters the graph with no adder of its own,
    its records read typed (kg.facts.view)."""
    from kg.facts import Edge, FactKind
    from kg.graph.graph import _add_declared, _Builder, _DocIndex, _typed

    facts = {"documents": [{"id": "D1", "source": "a.txt", "date": "2023-02-01"}]}
    rec = {"source": "a.txt", "doc_id": "D1", "person": "王伟", "units": ["市财政局", "市审计局"],
           "resolved": {"王伟": "王伟@宁波市", "市财政局": "宁波市财政局"}, "jurisdiction": "宁波市", "how": "分管",
           "evidence": {"source": "a.txt", "start": 3, "end": 9, "quote": "分管市财政局"}}
    b = _Builder()
    b.document("D1", {"date": "2023-02-01"})
    kind = FactKind("oversights", _Oversight,
                    edges=(Edge("MENTIONS", "Official:person", "Unit:units", (("title", "how"),)),))
    records = {"oversights": [rec, {"source": "a.txt", "units": ["市财政局"]}]}
    _add_declared(b, _DocIndex(facts), kind, _typed(records, "oversights", _Oversight))
    edges = sorted((u, v, a["title"], a["date"], a["quote"]) for u, v, a in b.graph.edges(data=True))
    assert edges == [("Official:王伟@宁波市", "Unit:宁波市财政局", "分管", "2023-02-01", "分管市财政局"),
                     ("Official:王伟@宁波市", "Unit:市审计局", "分管", "2023-02-01", "分管市财政局")]
    assert b.graph.nodes["Unit:宁波市财政局"]["aliases"] == ["市财政局"]


def _portfolio(units: list[str], areas: list[str], how: str = "负责") -> dict:
    return {"source": "a.txt", "doc_id": "D1", "official": "陈寅", "post": "副市长", "jurisdiction": "上海市",
            "how": how, "units": units, "areas": areas, "raw": "…", "date": "2021-03-01",
            "evidence": {"source": "a.txt", "start": 10, "end": 30, "quote": "负责财政、审计方面工作"},
            "resolved": {"陈寅": "陈寅@上海市", "市财政局": "上海市财政局"}}


def test_an_areas_only_portfolio_oversees_an_area_per_field_of_work() -> None:
    """A leader who 负责 areas and names no unit is in the graph: (Official)-[:OVERSEES]->(Area)
    per area (its words as written), as units give ->(Unit); a portfolio with both gives both."""
    g = build_graph({"portfolios": [_portfolio([], ["财政", "审计"]),
                                    _portfolio(["市财政局"], ["财政"], how="协助")]})
    oversees = sorted((v, a["how"], a["since"]) for u, v, a in g.edges(data=True)
                      if a["type"] == "OVERSEES" and u == "Official:陈寅@上海市")
    assert oversees == [("Area:审计", "负责", "2021-03-01"), ("Area:财政", "协助", "2021-03-01"),
                        ("Area:财政", "负责", "2021-03-01"), ("Unit:上海市财政局", "协助", "2021-03-01")]
    assert g.nodes["Area:财政"] == {"label": "Area", "name": "财政"}


def test_an_area_written_in_traditional_characters_is_the_same_area() -> None:
    """財政 (a notice printed in traditional characters) and 财政 are one Area, keyed in simplified
    characters; the form as written is its alias, as a Unit keeps its surface forms."""
    g = build_graph({"portfolios": [_portfolio([], ["财政"]), _portfolio([], ["財政", "審計"], how="分管")]})
    oversees = sorted((v, a["how"]) for u, v, a in g.edges(data=True) if a["type"] == "OVERSEES")
    assert oversees == [("Area:审计", "分管"), ("Area:财政", "分管"), ("Area:财政", "负责")]
    assert g.nodes["Area:财政"] == {"label": "Area", "name": "财政", "aliases": ["財政"]}
    assert g.nodes["Area:审计"]["aliases"] == ["審計"]


def test_the_portfolio_queries_show_areas_only_leaders() -> None:
    from kg.query.query import run_query

    g = build_graph({"portfolios": [_portfolio([], ["财政", "审计"]), _portfolio(["市财政局"], [], how="分管")]})
    rows = run_query("portfolios", {}, graph=g).to_dict("records")
    assert [(r["how"], r["n"], r["units"], r["areas"]) for r in rows] == [
        ("分管", 1, ["上海市财政局"], []), ("负责", 0, [], ["审计", "财政"])]
    rows = run_query("overseen_by", {"unit": "财政"}, graph=g).to_dict("records")
    assert rows == [{"unit": "财政", "official": "陈寅@上海市", "how": "负责", "since": "2021-03-01"}]


def test_a_flat_graph_holds_what_the_multidigraph_holds(seed_facts):
    """``kg load`` builds a FlatGraph (no adjacency): the same nodes in the same order with the
    same attributes, the same relationships under the same keys."""
    from kg.graph.graph import FlatGraph

    graph, flat = build_graph(seed_facts), build_graph(seed_facts, into=FlatGraph())
    assert list(flat.nodes(data=True)) == list(graph.nodes(data=True))
    assert (flat.number_of_nodes(), flat.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert sorted(flat.edges(keys=True, data=True), key=repr) == sorted(graph.edges(keys=True, data=True), key=repr)
    edges = list(flat.edges(keys=True))
    assert all(flat.get_edge_data(u, v, k) == graph.get_edge_data(u, v, k) for u, v, k in edges)


def test_a_graph_that_consumes_its_facts_is_the_graph_that_reads_them(seed_facts):
    """``kg load`` builds with ``consume`` (each record leaves its section as it is read, so the
    parsed facts and the graph are not held whole at once): the same nodes and relationships, and
    the facts it was given are left holding no record."""
    import copy

    from kg.graph.graph import FlatGraph

    facts = copy.deepcopy(seed_facts)
    graph, flat = build_graph(seed_facts, into=FlatGraph()), build_graph(facts, into=FlatGraph(), consume=True)
    assert list(flat.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(flat.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert graph.number_of_edges() > 100
    assert all(rec is None for recs in facts.values() if isinstance(recs, list) for rec in recs)


def test_a_hand_made_record_is_copied_as_written_not_with_its_types_defaults():
    """The graph reads records typed (kg.facts.view fills a missing field with its default) but
    copies only the fields the JSON form gives (kg.facts.Written): a document that says nothing
    of ``kind`` or ``partial`` has neither, a removal that names no ``kind`` is one, and
    evidence without offsets keeps its own source and the gold record's line."""
    g = build_graph({
        "documents": [{"id": "D1", "source": "a.txt", "title": "通知"}],
        "appointments": [{"doc_id": "D1", "source": "a.txt", "person": "王伟", "action": "remove",
                          "position": "局长", "evidence": {"source": "b.txt"}, "line": 3}],
    })
    assert_schema(g)
    doc = g.nodes["Document:D1"]
    assert doc["title"] == "通知" and "kind" not in doc and "partial" not in doc
    (_, _, removes), = edges_of(g, "REMOVES")
    assert removes["kind"] == "removal"
    assert (removes["rid"], removes["source"], removes["start"]) == ("b.txt:L3", "b.txt", -1)
