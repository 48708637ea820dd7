"""kg.query.query: every named query on a small hand-made graph, with rows worked out by hand."""

from __future__ import annotations

import json
import re

import pytest

from kg.errors import QueryError
from kg.graph.graph import build_graph
from kg.query.query import (
    BUILTIN,
    QUERIES,
    cypher_text,
    describe_queries,
    order_rows,
    run_query,
)
from kg.query.render import format_table

A = "甲市A局"  # canonical; written 市A局 in the texts


def _ev(n: int, source: str = "a.txt") -> dict:
    return {"source": source, "start": n * 10, "end": n * 10 + 5, "quote": "x"}


def _task(n, doc, seq, lead, coop=(), officials=(), kind="task"):
    return {"source": "a.txt", "doc_id": doc, "kind": kind, "seq": seq, "text": f"任务{n}",
            "lead_units": list(lead), "cooperating_units": list(coop), "lead_officials": list(officials),
            "evidence": _ev(n), "resolved": {"市A局": A}}


def _move(n, doc, person, action, org, position, official=None, concurrent=False):
    return {"source": "b.txt", "doc_id": doc, "date": None, "person": person, "official": official or person,
            "action": action, "organization": org, "position": position, "concurrent": concurrent,
            "probation": False, "evidence": _ev(n, "b.txt")}


FACTS = {
    "units": [{"name": A, "aliases": ["市A局"], "level": "city", "kind": "government"}],
    "documents": [
        {"id": "D1", "source": "a.txt", "doc_number": "甬政发〔2021〕1号", "title": "一号文", "issuer": "市A局",
         "evidence": _ev(90), "resolved": {"市A局": A}},
        {"id": "D2", "source": "a.txt", "doc_number": "甬政发〔2021〕2号", "title": "二号文", "evidence": _ev(91)},
        {"id": "D3", "source": "b.txt", "date": "2021-12-01", "evidence": _ev(92, "b.txt")},
        {"id": "D4", "source": "b.txt", "date": "2021-11-01", "evidence": _ev(93, "b.txt")},
        {"id": "D5", "source": "b.txt", "evidence": _ev(94, "b.txt")},
    ],
    "task_assignments": [
        _task(1, "D1", 1, ["市A局"], ["B局", "C局"], ["张三"]),
        _task(2, "D1", 2, ["市A局"], ["B局"], ["张三"]),
        _task(3, "D1", 3, ["B局"], ["市A局"], ["王五"]),
        _task(4, "D2", 1, ["市A局", "C局"], kind="indicator"),
    ],
    "projects": [{"source": "a.txt", "doc_id": "D2", "table": "表1", "seq": 1, "name": "项目一",
                  "lead_units": ["C局"], "cooperating_units": ["B局"], "evidence": _ev(5)}],
    "appointments": [
        _move(1, "D3", "张三", "appoint", "X委", "主任", concurrent=True),
        _move(2, "D4", "张三", "remove", "Y局", "局长"),
        _move(3, "D5", "张三", "appoint", "Z局", "副局长", official="张三（Z局）"),
        _move(4, "D3", "李四", "appoint", "X委", "副主任"),
        _move(5, "D3", "李四", "remove", "W办", "主任"),
    ],
    "parks": [
        {"source": "a.txt", "doc_id": "D2", "name": "机器人小镇", "host": "余姚市", "sector": "零部件",
         "industries": ["工业机器人", "关键部件"], "evidence": _ev(20)},
        {"source": "a.txt", "doc_id": "D2", "name": "磁性材料产业园", "host": "慈溪市", "sector": "材料",
         "industries": ["磁性材料"], "evidence": _ev(21)},
        {"source": "a.txt", "doc_id": "D2", "name": "新材料科技城", "host": "高新区", "sector": "材料",
         "industries": ["磁性材料", "碳材料"], "evidence": _ev(22)},
    ],
    "cited_documents": [
        {"source": "a.txt", "doc_id": "D1", "doc_number": "甬政办发〔2020〕42号", "title": "婴幼儿照护意见",
         "cited_by": "D1", "context": "body", "relation": "cites", "evidence": _ev(30)},
        {"source": "a.txt", "doc_id": "D1", "doc_number": "市政府令第188号", "title": "办法",
         "cited_by": "D1", "context": "body", "relation": "repeals", "evidence": _ev(31)},
        {"source": "a.txt", "doc_id": "D2", "doc_number": "甬政发〔2021〕1号", "title": "一号文",
         "cited_by": "D2", "context": "body", "relation": "cites", "evidence": _ev(32)},
    ],
}


@pytest.fixture(scope="module")
def graph():
    return build_graph(FACTS)


def rows(name, params=None, graph=None):
    return run_query(name, params or {}, graph=graph).to_dict("records")


CASES = [
    ("leads_most_tasks", {}, [
        {"unit": A, "tasks": 3, "projects": 0, "cooperates": 1},
        {"unit": "C局", "tasks": 1, "projects": 1, "cooperates": 1},
        {"unit": "B局", "tasks": 1, "projects": 0, "cooperates": 3},
    ]),
    ("leads_most_tasks", {"limit": "1"}, [{"unit": A, "tasks": 3, "projects": 0, "cooperates": 1}]),
    ("cooperation_pairs", {}, [
        {"lead_unit": A, "cooperating_unit": "B局", "shared": 2},
        {"lead_unit": "B局", "cooperating_unit": A, "shared": 1},
        {"lead_unit": "C局", "cooperating_unit": "B局", "shared": 1},
        {"lead_unit": A, "cooperating_unit": "C局", "shared": 1},
    ]),
    ("cooperation_pairs", {"unit": "C局"}, [
        {"lead_unit": "C局", "cooperating_unit": "B局", "shared": 1},
        {"lead_unit": A, "cooperating_unit": "C局", "shared": 1},
    ]),
    ("unit_profile", {"unit": "市A局"}, [
        {"unit": A, "relationship": "COOPERATES", "direction": "out", "other_label": "Task", "n": 1,
         "examples": ["D1#T3 任务3"]},
        {"unit": A, "relationship": "ISSUED", "direction": "out", "other_label": "Document", "n": 1,
         "examples": ["D1"]},
        {"unit": A, "relationship": "LEADS", "direction": "out", "other_label": "Task", "n": 3,
         "examples": ["D1#T1 任务1", "D1#T2 任务2", "D2#I1 任务4"]},
    ]),
    ("unit_profile", {"unit": "没有的局"}, []),
    ("official_career", {"name": "张三"}, [
        {"official": "张三", "date": "2021-11-01", "action": "remove", "organization": "Y局", "position": "局长",
         "document": "D4", "concurrent": False},
        {"official": "张三", "date": "2021-12-01", "action": "appoint", "organization": "X委", "position": "主任",
         "document": "D3", "concurrent": True},
        {"official": "张三（Z局）", "date": None, "action": "appoint", "organization": "Z局",
         "position": "副局长", "document": "D5", "concurrent": False},
    ]),
    ("personnel_moves", {}, [
        {"date": "2021-11-01", "document": "D4", "official": "张三", "move": "removal", "appointed_to": [],
         "removed_from": ["Y局局长"]},
        {"date": "2021-12-01", "document": "D3", "official": "张三", "move": "appointment",
         "appointed_to": ["X委主任"], "removed_from": []},
        {"date": "2021-12-01", "document": "D3", "official": "李四", "move": "transfer",
         "appointed_to": ["X委副主任"], "removed_from": ["W办主任"]},
        {"date": None, "document": "D5", "official": "张三（Z局）", "move": "appointment",
         "appointed_to": ["Z局副局长"], "removed_from": []},
    ]),
    ("lead_officials", {}, [
        {"official": "张三", "tasks": 2, "documents": 1, "units": [A]},
        {"official": "王五", "tasks": 1, "documents": 1, "units": ["B局"]},
    ]),
    ("parks_by_industry", {}, [
        {"industry": "磁性材料", "n_parks": 2, "parks": ["新材料科技城@高新区", "磁性材料产业园@慈溪市"]},
        {"industry": "关键部件", "n_parks": 1, "parks": ["机器人小镇@余姚市"]},
        {"industry": "工业机器人", "n_parks": 1, "parks": ["机器人小镇@余姚市"]},
        {"industry": "碳材料", "n_parks": 1, "parks": ["新材料科技城@高新区"]},
    ]),
    ("parks_in_region", {"region": "余姚市"}, [
        {"region": "余姚市", "park": "机器人小镇", "sector": "零部件", "industries": ["工业机器人", "关键部件"]},
    ]),
    ("parks_in_region", {}, [
        {"region": "余姚市", "park": "机器人小镇", "sector": "零部件", "industries": ["工业机器人", "关键部件"]},
        {"region": "慈溪市", "park": "磁性材料产业园", "sector": "材料", "industries": ["磁性材料"]},
        {"region": "高新区", "park": "新材料科技城", "sector": "材料", "industries": ["磁性材料", "碳材料"]},
    ]),
    ("unit_lineage", {"unit": "没有的局"}, []),  # rows with SUCCEEDED_BY: tests/test_succession.py
    ("document_citations", {"doc": "甬政发〔2021〕1号"}, [
        {"document": "D1", "direction": "in", "relationship": "CITES", "other": "D2", "other_title": "二号文",
         "context": "body"},
        {"document": "D1", "direction": "out", "relationship": "CITES", "other": "甬政办发〔2020〕42号",
         "other_title": "婴幼儿照护意见", "context": "body"},
        {"document": "D1", "direction": "out", "relationship": "REPEALS", "other": "市政府令第188号",
         "other_title": "办法", "context": "body"},
    ]),
]


@pytest.mark.parametrize(("name", "params", "expected"), CASES, ids=[f"{c[0]}{c[1]}" for c in CASES])
def test_named_query_rows(graph, name, params, expected):
    table = run_query(name, params, graph=graph)
    assert list(table.columns) == list(QUERIES[name].columns)
    assert table.to_dict("records") == expected


def test_every_query_has_a_case():
    assert {c[0] for c in CASES} == set(BUILTIN)  # those of fact kinds: tests/test_named_queries.py


@pytest.mark.parametrize(("name", "params", "message"), [
    ("no_such_query", {}, "unknown query 'no_such_query'"),
    ("unit_profile", {}, "missing parameter 'unit'"),
    ("official_career", {"name": ""}, "missing parameter 'name'"),
    ("leads_most_tasks", {"unit": "x"}, "unknown parameter 'unit'"),
    ("leads_most_tasks", {"limit": "ten"}, "limit='ten' is not int"),
    ("leads_most_tasks", {"limit": "-1"}, "must be between 0 and"),
    ("leads_most_tasks", {"limit": "99999999999999999999"}, "must be between 0 and"),
])
def test_bad_parameters_are_one_line_query_errors(graph, name, params, message):
    with pytest.raises(QueryError, match=re.escape(message)) as info:
        run_query(name, params, graph=graph)
    assert "\n" not in str(info.value)


def test_backend_needs_its_graph_or_driver(graph):
    with pytest.raises(QueryError, match="needs a graph"):
        run_query("lead_officials", {})
    with pytest.raises(QueryError, match="needs a driver"):
        run_query("lead_officials", {}, backend="neo4j")
    with pytest.raises(QueryError, match="unknown backend"):
        run_query("lead_officials", {}, backend="sqlite", graph=graph)


def test_order_rows_follows_cypher_null_order():
    data = [{"a": None, "b": 1}, {"a": "x", "b": 2}, {"a": "w", "b": 2}]
    assert [r["a"] for r in order_rows(data, [("a", False)])] == ["w", "x", None]
    assert [r["a"] for r in order_rows(data, [("a", True)])] == [None, "x", "w"]
    assert [r["a"] for r in order_rows(data, [("b", True), ("a", False)])] == ["w", "x", None]


def test_format_table_csv_json(graph):
    table = run_query("lead_officials", {}, graph=graph)
    text = format_table(table, "table")
    assert text.splitlines()[0].split() == ["official", "tasks", "documents", "units"]
    assert "张三" in text and "甲市A局" in text
    assert format_table(table, "csv").splitlines() == [
        "official,tasks,documents,units", "张三,2,1,甲市A局", "王五,1,1,B局"]
    assert json.loads(format_table(table, "json"))[0] == {"official": "张三", "tasks": 2, "documents": 1,
                                                          "units": [A]}
    empty = run_query("unit_profile", {"unit": "无"}, graph=graph)
    assert format_table(empty, "table").startswith("(no rows)")
    with pytest.raises(QueryError):
        format_table(table, "xml")


def test_describe_queries_lists_each_with_parameters():
    text = describe_queries()
    assert len(text.splitlines()) == len(QUERIES)
    assert "unit_profile(unit)" in text and "parks_in_region([region])" in text


def _return_columns(cypher: str) -> list[str]:
    clause = cypher[cypher.rindex("RETURN") + len("RETURN"):cypher.rindex("ORDER BY")]
    clause = clause.removeprefix(" DISTINCT")
    items, depth, current = [], 0, ""
    for ch in clause:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [item.split(" AS ")[-1].strip() for item in items]


@pytest.mark.parametrize("name", list(QUERIES))
def test_cypher_file_matches_spec(name):
    spec = QUERIES[name]
    text = cypher_text(name)
    header = [line for line in text.splitlines() if line.startswith("//")]
    assert header[0].startswith(f"// {name}:") and any("Parameters:" in line for line in header)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    # year reaches neither backend: check_params turns it into since/until (kg.graph.timeslice)
    assert set(re.findall(r"\$(\w+)", body)) == {p.name for p in spec.params} - {"year"}
    assert "apoc" not in body.lower()
    assert _return_columns(body) == list(spec.columns)


# -- on the seed corpus: rows checked by reading seeds/001 ---------------------------------------

@pytest.fixture(scope="module")
def seed_graph(seed_facts):
    return build_graph(seed_facts)


def test_seed_official_career(seed_graph):
    # 甬政干〔2021〕35号 (2021-12-31): 王程任宁波经济技术开发区管理委员会副主任（兼），
    # 免去其宁波国际海洋生态科技城（宁波梅山保税港区）管理委员会主任职务
    got = rows("official_career", {"name": "王程"}, seed_graph)
    assert [(r["action"], r["position"], r["document"], r["concurrent"]) for r in got] == [
        ("appoint", "副主任", "甬政干〔2021〕35号", True), ("remove", "主任", "甬政干〔2021〕35号", False)]
    assert all(r["date"] == "2021-12-31" for r in got)
    assert {r["official"] for r in got} == {"王程@宁波市"}  # shown with the place
    moves = [r for r in rows("personnel_moves", {}, seed_graph) if r["official"] == "王程@宁波市"]
    assert [r["move"] for r in moves] == ["transfer"]


def test_seed_parks(seed_graph):
    # 专栏9: 机器人小镇、电子材料产业园、智能光电产业园 are the three （余姚市） parks
    got = rows("parks_in_region", {"region": "余姚市"}, seed_graph)
    assert sorted(r["park"] for r in got) == ["智能光电产业园", "机器人小镇", "电子材料产业园"]
    by_industry = {r["industry"]: r["parks"] for r in rows("parks_by_industry", {}, seed_graph)}
    assert by_industry["磁性材料"] == ["新材料科技城@宁波国家高新技术产业开发区", "磁性材料产业园@慈溪市"]


def test_seed_leads_and_lead_officials(seed_graph):
    # 21 parentheticals name 市经信局 as 牵头单位, and 10 indicator rows of 59号's 附件
    top = rows("leads_most_tasks", {"limit": 1}, seed_graph)[0]
    assert top["tasks"] == 31 and "经" in top["unit"]
    # 牵头领导: 陈炳荣 in 16 parentheticals, 沈敏 in 4, all in 甬政办发〔2021〕82号
    got = rows("lead_officials", {}, seed_graph)
    assert [(r["official"], r["tasks"], r["documents"]) for r in got] == [("陈炳荣@宁波市", 16, 1), ("沈敏@宁波市", 4, 1)]


def test_seed_document_citations(seed_graph):
    # 政府令第260号 ends: 2008年…公布的《宁波市政府非税收入管理办法》（市政府令第188号）同时废止
    got = rows("document_citations", {"doc": "政府令第260号"}, seed_graph)
    assert {"direction": "out", "relationship": "REPEALS", "other": "市政府令第188号"}.items() <= got[-1].items()


def test_seed_unit_profile_by_alias(seed_graph):
    got = rows("unit_profile", {"unit": "市经信局"}, seed_graph)
    leads = [r for r in got if r["relationship"] == "LEADS" and r["other_label"] == "Task"]
    assert len(leads) == 1 and leads[0]["n"] == 31
    # each example is the task's id and then its words, as the graph holds them
    for example in leads[0]["examples"]:
        task, _, text = example.partition(" ")
        assert text and text == seed_graph.nodes[f"Task:{task}"]["text"]
    pairs = rows("cooperation_pairs", {"unit": "市经信局"}, seed_graph)
    assert pairs and all(leads[0]["unit"] in (p["lead_unit"], p["cooperating_unit"]) for p in pairs)


# -- the offline index: built once per graph, rebuilt when the graph changes -------------------------

def test_index_is_built_once_and_reused(graph):
    from kg.query.query import graph_index

    run_query("leads_most_tasks", {}, graph=graph)
    index = graph_index(graph)
    run_query("official_career", {"name": "张三"}, graph=graph)
    assert graph_index(graph) is index
    assert graph_index(build_graph(FACTS)) is not index


@pytest.mark.parametrize("change", ["new_task", "new_unit_and_task", "removed_edge"])
def test_changed_graph_gets_a_fresh_index(change):
    g = build_graph(FACTS)
    before = rows("leads_most_tasks", graph=g)  # builds and keeps the index
    tasks = {r["unit"]: r["tasks"] for r in before}
    ev = {"rid": "x.txt:0:1", "source": "x.txt", "start": 0, "end": 1, "quote": "x"}
    if change == "removed_edge":
        u, v, key = next((u, v, k) for u, v, k, a in g.edges(keys=True, data=True)
                         if a["type"] == "LEADS" and u == f"Unit:{A}" and g.nodes[v]["label"] == "Task")
        g.remove_edge(u, v, key)
        tasks[A] -= 1
    else:
        unit = "新局" if change == "new_unit_and_task" else A
        if unit not in tasks:
            g.add_node(f"Unit:{unit}", label="Unit", name=unit)
        g.add_node("Task:NEW", label="Task", id="NEW")
        g.add_edge(f"Unit:{unit}", "Task:NEW", key="LEADS|x", type="LEADS", **ev)
        tasks[unit] = tasks.get(unit, 0) + 1
    after = rows("leads_most_tasks", graph=g)
    assert {r["unit"]: r["tasks"] for r in after} == tasks


def test_index_survives_pickling_and_copies_of_the_graph(graph):
    import copy
    import pickle

    expected = rows("official_career", {"name": "张三"}, graph=graph)
    for other in (pickle.loads(pickle.dumps(graph)), copy.deepcopy(graph), graph.copy()):
        assert rows("official_career", {"name": "张三"}, graph=other) == expected
    assert len(pickle.dumps(graph)) < 2 * len(pickle.dumps(build_graph(FACTS)))


@pytest.mark.parametrize(("name", "expected"), [
    ("张三", {"张三", "张三（Z局）"}),          # the name and its homonyms kept apart by unit
    ("张三（Z局）", {"张三（Z局）"}),
    ("张", set()),                                # a prefix of a name is not the name
    ("张三丰", {"张三丰"}),
    ("李四", {"李四"}),
    ("王伟", {"王伟@洛阳市", "王伟@肇东市"}),    # one name, two places: both people
    ("王伟@肇东市", {"王伟@肇东市"}),            # one key: that person
])
def test_official_career_finds_the_name_and_its_homonyms_only(name, expected):
    facts = dict(FACTS, appointments=[*FACTS["appointments"], _move(6, "D5", "张三丰", "appoint", "V局", "局长"),
                                      _move(7, "D5", "王伟", "appoint", "洛阳市财政局", "局长", official="王伟@洛阳市"),
                                      _move(8, "D5", "王伟", "appoint", "肇东市教育局", "局长", official="王伟@肇东市")])
    g = build_graph(facts)
    assert {r["official"] for r in rows("official_career", {"name": name}, graph=g)} == expected


def test_queries_on_a_larger_graph_match_a_plain_scan():
    """leads_most_tasks counted straight from the edges, on a graph with many units and tasks."""
    from collections import defaultdict

    tasks = [_task(n, f"D{n % 7}", n, [f"局{n % 13}", f"局{n % 5}"], [f"局{n % 3}"]) for n in range(1, 400)]
    g = build_graph({"task_assignments": tasks})
    led: dict[str, set] = defaultdict(set)
    coop: dict[str, set] = defaultdict(set)
    for u, v, a in g.edges(data=True):
        if g.nodes[u]["label"] == "Unit":
            if a["type"] == "LEADS":
                led[u].add(v)
            elif a["type"] == "COOPERATES":
                coop[u].add(v)
    expected = sorted(({"unit": u.split(":", 1)[1], "tasks": len(ts), "projects": 0, "cooperates": len(coop[u])}
                       for u, ts in led.items()), key=lambda r: (-r["tasks"], r["unit"]))
    assert rows("leads_most_tasks", {"limit": 100}, graph=g) == expected
