"""kg.resolve.succession: the reform table, SUCCEEDED_BY in the graph, unit_lineage, and personnel
flows that follow succession (on the seeds: 杭州湾新区 → 前湾新区 is no move)."""

from __future__ import annotations

import pandas as pd
import pytest

from kg.errors import KgError
from kg.graph.graph import TABLE_SOURCE, build_graph
from kg.query.flows import same_body, successor_map, unit_flows
from kg.query.query import run_query
from kg.resolve.resolve import get_resolver, resolve_facts
from kg.resolve.succession import read_succession_table, shipped_table, table_successions

HANGZHOU_BAY = "宁波杭州湾新区开发建设管理委员会"
QIANWAN = "宁波前湾新区管理委员会"


def test_the_shipped_table_reads_and_its_patterns_are_by_level():
    rows = shipped_table()
    assert rows and all(r.source for r in rows)  # every row says which reform it stands on
    patterns = [r for r in rows if r.is_pattern]
    assert patterns and all(set(r.scope) <= {"province", "city", "district"} for r in patterns)
    named = {(r.predecessor, r.successor): r for r in rows if not r.is_pattern}
    assert named[HANGZHOU_BAY, QIANWAN].date == "2021-12-30" and named[HANGZHOU_BAY, QIANWAN].scope == ("宁波市",)
    assert ("{region}工商行政管理局", "{region}市场监督管理局") in {(r.predecessor, r.successor) for r in patterns}


@pytest.mark.parametrize("row", [
    "a局,b局,2019,宁波市,absorb,x",  # kind
    "{region}a局,b局,2019,city,merge,x",  # template on one side only
    "{region}a局,{region}b局,2019,宁波市,merge,x",  # a pattern's scope is levels
    ",b局,2019,宁波市,merge,x",
])
def test_a_bad_table_row_is_one_error(tmp_path, row):
    path = tmp_path / "t.csv"
    path.write_text("# c\npredecessor,successor,date,scope,kind,source\n" + row + "\n", encoding="utf-8")
    with pytest.raises(KgError, match="row 2"):
        read_succession_table(path)


def test_table_applies_to_units_the_facts_name_both_of():
    tables = get_resolver().tables
    units = ["宁波市工商行政管理局", "宁波市市场监督管理局", "宁波市环境保护局", "北仑区国土资源局",
             "北仑区自然资源局", "浙江省工商行政管理局"]
    regions = {"宁波市工商行政管理局": "宁波市", "宁波市市场监督管理局": "宁波市", "宁波市环境保护局": "宁波市",
               "北仑区国土资源局": "北仑区", "北仑区自然资源局": "北仑区", "浙江省工商行政管理局": "浙江省"}
    got = {(e.predecessor, e.successor, e.date) for e in table_successions(units, regions, tables, shipped_table())}
    # the 宁波市 and 北仑区 patterns; 生态环境局 and 浙江省市场监督管理局 are not named, so no edge to them
    assert got == {("宁波市工商行政管理局", "宁波市市场监督管理局", "2019-03-31"), ("北仑区国土资源局", "北仑区自然资源局", "2019-03-31")}


def _appointment(n, person, action, org, position, doc="甬政干〔2019〕1号"):
    return {"source": "n.txt", "doc_id": doc, "doc_number": doc, "date": "2019-02-01", "person": person,
            "action": action, "organization": org, "position": position,
            "evidence": {"source": "n.txt", "start": n * 10, "end": n * 10 + 5, "quote": "x"}}


def _reform_facts():
    """A 宁波市 notice: 甲 moves from the 工商局 to the 市场监管局 that succeeded it (the table), 乙 is
    promoted inside one unit, 丙 moves to another unit; a statement renames 市经信委 (with evidence)."""
    statement = {"source": "r.txt", "doc_id": "甬政发〔2019〕2号", "predecessor": "市经信委",
                 "successor": "市经信局", "kind": "rename", "statement": "更名为", "date": "2019-01-08",
                 "evidence": {"source": "r.txt", "start": 3, "end": 16, "quote": "市经信委更名为市经信局"}}
    return {
        "documents": [{"id": "甬政干〔2019〕1号", "doc_number": "甬政干〔2019〕1号", "source": "n.txt",
                       "issuer": "宁波市人民政府", "date": "2019-02-01"},
                      {"id": "甬政发〔2019〕2号", "doc_number": "甬政发〔2019〕2号", "source": "r.txt",
                       "issuer": "宁波市人民政府", "date": "2019-01-08"}],
        "appointments": [
            _appointment(1, "甲", "appoint", "宁波市市场监督管理局", "副局长"),
            _appointment(2, "甲", "remove", "宁波市工商行政管理局", "副局长"),
            _appointment(3, "乙", "appoint", "宁波市商务局", "局长"),
            _appointment(4, "乙", "remove", "宁波市商务局", "副局长"),
            _appointment(5, "丙", "appoint", "宁波市商务局", "副局长"),
            _appointment(6, "丙", "remove", "宁波市工商行政管理局", "副局长"),
        ],
        "successions": [statement],
    }


@pytest.fixture(scope="module")
def reform_graph():
    return build_graph(resolve_facts(_reform_facts()))


def test_resolve_adds_the_tables_reforms_and_resolves_statements():
    facts = resolve_facts(_reform_facts())
    reforms = {(r["predecessor"], r["successor"]): r for r in facts["reforms"]}
    # the 2019 pattern (any city), and 宁波市's own row, which the statement's units also meet
    assert set(reforms) == {("宁波市工商行政管理局", "宁波市市场监督管理局"),
                            ("宁波市经济和信息化委员会", "宁波市经济和信息化局")}
    market = reforms["宁波市工商行政管理局", "宁波市市场监督管理局"]
    assert (market["date"], market["kind"]) == ("2019-03-31", "merge")
    assert "深化党和国家机构改革方案" in market["reference"]
    assert facts["successions"][0]["resolved"] == {"市经信委": "宁波市经济和信息化委员会",
                                                   "市经信局": "宁波市经济和信息化局"}


def test_succeeded_by_edges_carry_date_kind_and_evidence(reform_graph):
    edges: dict = {}
    for u, v, a in reform_graph.edges(data=True):
        if a["type"] == "SUCCEEDED_BY":
            edges.setdefault((u, v), []).append(a)
    [table] = edges["Unit:宁波市工商行政管理局", "Unit:宁波市市场监督管理局"]
    assert (table["source"], table["date"], table["kind"], table["quote"]) == (TABLE_SOURCE, "2019-03-31", "merge", "")
    # the statement and the table's 宁波市 row both say it: two readings, two edges
    by_source = {a["source"]: a for a in edges["Unit:宁波市经济和信息化委员会", "Unit:宁波市经济和信息化局"]}
    assert set(by_source) == {"r.txt", TABLE_SOURCE}
    stated = by_source["r.txt"]
    assert (stated["quote"], stated["statement"], stated["date"], stated["kind"]) == (
        "市经信委更名为市经信局", "更名为", "2019-01-08", "rename")


def test_personnel_moves_tell_succession_and_in_unit_from_transfer(reform_graph):
    moves = {r["official"]: r["move"] for r in run_query("personnel_moves", graph=reform_graph).to_dict("records")}
    assert moves == {"甲@宁波市": "succession", "乙@宁波市": "in_unit", "丙@宁波市": "transfer"}


def test_unit_lineage_both_ways(reform_graph):
    later = run_query("unit_lineage", {"unit": "宁波市工商行政管理局"}, graph=reform_graph).to_dict("records")
    assert [(r["direction"], r["predecessor"], r["successor"], r["source"]) for r in later] == [
        ("later", "宁波市工商行政管理局", "宁波市市场监督管理局", TABLE_SOURCE)]
    earlier = run_query("unit_lineage", {"unit": "市经信局"}, graph=reform_graph).to_dict("records")  # an alias
    assert {(r["unit"], r["direction"], r["predecessor"]) for r in earlier} == {
        ("宁波市经济和信息化局", "earlier", "宁波市经济和信息化委员会")}


def test_unit_lineage_follows_chains_and_survives_cycles():
    def stated(n, a, b, date):
        return {"source": "c.txt", "doc_id": "D", "predecessor": a, "successor": b, "kind": "rename",
                "statement": "更名为", "date": date,
                "evidence": {"source": "c.txt", "start": n, "end": n + 4, "quote": f"{a}{b}"}}
    graph = build_graph({"successions": [stated(0, "A局", "B局", "2001"), stated(10, "B局", "C局", "2009"),
                                         stated(20, "C局", "A局", "2019"), stated(30, "X局", "B局", "2001")]})
    got = run_query("unit_lineage", {"unit": "B局"}, graph=graph).to_dict("records")
    earlier = [(r["predecessor"], r["successor"]) for r in got if r["direction"] == "earlier"]
    later = [(r["predecessor"], r["successor"]) for r in got if r["direction"] == "later"]
    assert earlier == [("A局", "B局"), ("B局", "C局"), ("C局", "A局"), ("X局", "B局")]  # the cycle back to B局
    assert later == [("A局", "B局"), ("B局", "C局"), ("C局", "A局")]
    assert successor_map(graph)["X局"] == {"A局", "B局", "C局"}


# -- on the seeds: 甬政干〔2021〕35号 moves seven 副主任 from 杭州湾新区's committee to 前湾新区's ----------

@pytest.fixture(scope="module")
def seed_graph(seed_facts):
    return build_graph(seed_facts)


def _careers(graph):
    moves = run_query("personnel_moves", graph=graph)
    return moves, pd.concat([run_query("official_career", {"name": n}, graph=graph)
                             for n in sorted(set(moves["official"]))], ignore_index=True).drop_duplicates()


def test_seeds_hold_the_table_row_for_the_bay_area(seed_graph):
    got = run_query("unit_lineage", {"unit": QIANWAN}, graph=seed_graph).to_dict("records")
    assert [(r["predecessor"], r["successor"], r["date"], r["kind"]) for r in got] == [
        (HANGZHOU_BAY, QIANWAN, "2021-12-30", "rename")]


def test_seed_flows_have_no_self_flow_and_no_rename_as_a_move(seed_graph):
    moves, careers = _careers(seed_graph)
    # 孙黎明、袁朝晖、史建范、蔡世杰、王煦、林利挺、励映忠任宁波前湾新区管理委员会副主任，免去其宁波杭州湾新区开发建设管理委员会副主任职务
    renamed = moves[moves["removed_from"].map(lambda posts: any(HANGZHOU_BAY in p for p in posts))]
    assert len(renamed) == 7 and set(renamed["move"]) == {"succession"}
    flows = unit_flows(careers, successor_map(seed_graph))
    assert not flows.empty
    assert not (flows["from_unit"] == flows["to_unit"]).any()
    assert not ((flows["from_unit"] == HANGZHOU_BAY) & (flows["to_unit"] == QIANWAN)).any()
    # without succession the same careers show the seven as moves: the test can fail
    unfollowed = unit_flows(careers, {})
    assert ((unfollowed["from_unit"] == HANGZHOU_BAY) & (unfollowed["to_unit"] == QIANWAN)).sum() == 7
    # 韩柏顺、潘帅轶 … 免去其中意宁波生态园管理委员会副主任职务: another body, a real move
    assert ((flows["from_unit"] == "中意宁波生态园管理委员会") & (flows["to_unit"] == QIANWAN)).sum() == 3


def test_same_body():
    successors = {"A": {"B"}}
    assert same_body("A", "A", successors) and same_body("A", "B", successors)
    assert not same_body("B", "A", successors) and not same_body(None, "A", successors)


# -- Neo4j: the same rows from the Cypher, and the table's edges shared by every source -----------

def _chain_facts():
    def stated(n, a, b, date):
        return {"source": "c.txt", "doc_id": "D", "predecessor": a, "successor": b, "kind": "rename",
                "statement": "更名为", "date": date,
                "evidence": {"source": "c.txt", "start": n, "end": n + 4, "quote": f"{a}{b}"}}
    return [stated(0, "A局", "B局", "2001"), stated(10, "B局", "C局", "2009"), stated(20, "C局", "A局", "2019"),
            stated(30, "X局", "B局", "2001"), stated(40, "X局", "B局", "2001")]


@pytest.mark.neo4j
def test_lineage_and_moves_are_identical_on_neo4j(clean_db):
    from pandas.testing import assert_frame_equal

    from kg.store.store import load_graph

    facts = resolve_facts(_reform_facts())
    facts["successions"] += _chain_facts()
    graph = build_graph(facts)
    load_graph(clean_db, graph, wipe=True)
    units = sorted(graph.nodes[n]["name"] for n in graph if graph.nodes[n]["label"] == "Unit")
    nonempty = 0
    for params in [{"unit": u} for u in units] + [{"unit": "市经信局"}, {"unit": "没有的局"}]:
        offline = run_query("unit_lineage", params, graph=graph)
        assert_frame_equal(offline, run_query("unit_lineage", params, backend="neo4j", driver=clean_db),
                           obj=f"unit_lineage({params})")
        nonempty += len(offline) > 0
    assert nonempty >= 7
    moves = run_query("personnel_moves", graph=graph)
    assert_frame_equal(moves, run_query("personnel_moves", backend="neo4j", driver=clean_db))
    assert set(moves["move"]) == {"succession", "in_unit", "transfer"}


def _table_count(driver):
    records, _, _ = driver.execute_query("MATCH ()-[r:SUCCEEDED_BY {source: $s}]->() RETURN count(r) AS n",
                                         s=TABLE_SOURCE)
    return records[0]["n"]


@pytest.mark.neo4j
def test_table_reforms_are_shared_and_pruned_with_the_corpus(clean_db):
    from kg.store.store import load_graph

    reform = build_graph(resolve_facts(_reform_facts()))
    load_graph(clean_db, reform, wipe=True)
    assert _table_count(clean_db) == 2
    other = build_graph({"successions": _chain_facts()})
    load_graph(clean_db, other)  # another source: the table's edges stay
    assert _table_count(clean_db) == 2
    load_graph(clean_db, reform)  # a reload: merged, not doubled
    assert _table_count(clean_db) == 2
    load_graph(clean_db, other, prune=True)  # the corpus is c.txt alone: the reforms' units are gone
    assert _table_count(clean_db) == 0
    records, _, _ = clean_db.execute_query("MATCH (u:Unit) RETURN u.name AS name ORDER BY name")
    assert [r["name"] for r in records] == ["A局", "B局", "C局", "X局"]
