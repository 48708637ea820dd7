"""Collective placeholders (各相关金融机构, 相关镇(街道), 各区县（市）政府): Unit nodes of kind
``collective``, left out of rankings and networks unless ``include_collective`` asks for them."""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.export.networks import NETWORKS, project
from kg.facts import write_facts
from kg.graph.graph import COLLECTIVE_KIND, build_graph, is_collective
from kg.paths import ROOT
from kg.pipeline import extract_paths
from kg.query.query import QUERIES, run_query

REAL = ROOT / "tests" / "data" / "real"

A, B = "甲市A局", "甲市B局"
ALL, TOWNS = "各相关单位", "相关镇(街道)"


def _ev(n: int) -> dict:
    return {"source": "a.txt", "start": n * 10, "end": n * 10 + 5, "quote": "x"}


def _task(n: int, lead: list[str], coop: list[str], officials: tuple[str, ...] = ()) -> dict:
    return {"source": "a.txt", "doc_id": "D1", "kind": "task", "seq": n, "text": f"任务{n}",
            "lead_units": lead, "cooperating_units": coop, "lead_officials": list(officials),
            "evidence": _ev(n)}


FACTS = {
    "units": [{"name": A, "aliases": [], "level": "city", "kind": "government department"},
              {"name": B, "aliases": [], "level": "city", "kind": "government department"},
              {"name": ALL, "aliases": [], "level": "other", "kind": COLLECTIVE_KIND},
              {"name": TOWNS, "aliases": [], "level": "other", "kind": COLLECTIVE_KIND}],
    "documents": [{"id": "D1", "source": "a.txt", "evidence": _ev(90)}],
    "task_assignments": [_task(1, [A], [B, ALL]), _task(2, [ALL], [A]), _task(3, [TOWNS], [ALL]),
                         _task(4, [TOWNS], [B], ("张三",)), _task(5, [B], [A], ("张三",))],
}


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_graph(FACTS)


def _rows(name, params, graph):
    return run_query(name, params, graph=graph).to_dict("records")


def test_placeholders_are_unit_nodes_of_kind_collective(graph):
    kinds = {n: a["kind"] for n, a in graph.nodes(data=True) if a["label"] == "Unit"}
    assert kinds[f"Unit:{ALL}"] == kinds[f"Unit:{TOWNS}"] == COLLECTIVE_KIND
    assert {n for n, a in graph.nodes(data=True) if is_collective(a)} == {f"Unit:{ALL}", f"Unit:{TOWNS}"}
    assert graph.degree(f"Unit:{ALL}") == 3  # kept with every relationship


@pytest.mark.parametrize(("include", "expected"), [
    (False, [(A, 1, 2), (B, 1, 2)]),
    (True, [(TOWNS, 2, 0), (ALL, 1, 2), (A, 1, 2), (B, 1, 2)]),  # ties by name: 各 < 甲
])
def test_leads_most_tasks(graph, include, expected):
    got = _rows("leads_most_tasks", {"include_collective": include}, graph)
    assert [(r["unit"], r["tasks"], r["cooperates"]) for r in got] == expected


@pytest.mark.parametrize(("include", "expected"), [
    (False, [(A, B, 1), (B, A, 1)]),
    (True, [(ALL, A, 1), (A, ALL, 1), (A, B, 1), (B, A, 1), (TOWNS, ALL, 1), (TOWNS, B, 1)]),
])
def test_cooperation_pairs(graph, include, expected):
    got = _rows("cooperation_pairs", {"include_collective": include, "limit": 100}, graph)
    assert [(r["lead_unit"], r["cooperating_unit"], r["shared"]) for r in got] == expected


def test_lead_officials_list_no_placeholder_among_their_units(graph):
    assert _rows("lead_officials", {}, graph)[0]["units"] == [B]
    assert _rows("lead_officials", {"include_collective": True}, graph)[0]["units"] == [B, TOWNS]


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("1", True), ("yes", True), (True, True),
                                                 ("false", False), ("0", False), ("No", False), (False, False)])
def test_include_collective_from_the_command_line(graph, value, expected):
    got = {r["unit"] for r in _rows("leads_most_tasks", {"include_collective": value}, graph)}
    assert (ALL in got) is expected


def test_include_collective_must_be_a_flag(graph):
    with pytest.raises(QueryError, match="include_collective='maybe' is not boolean"):
        run_query("leads_most_tasks", {"include_collective": "maybe"}, graph=graph)


def test_the_rankings_have_the_parameter():
    ranking = {"leads_most_tasks", "cooperation_pairs", "lead_officials"}
    assert {name for name, spec in QUERIES.items() if any(p.name == "include_collective" for p in spec.params)} \
        == ranking


@pytest.mark.parametrize("network", NETWORKS)
def test_networks_leave_placeholders_out_unless_asked(graph, network):
    collective = {f"Unit:{ALL}", f"Unit:{TOWNS}"}
    assert not collective & set(project(graph, network))
    if network != "personnel":  # no tenure at a collective unit here
        assert collective <= set(project(graph, network, include_collective=True))


# -- the seeds and the real documents -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_graph(seed_facts) -> nx.MultiDiGraph:
    return build_graph(seed_facts)


def _collective_names(graph: nx.MultiDiGraph) -> set[str]:
    return {a["name"] for _, a in graph.nodes(data=True) if is_collective(a)}


def test_seed_rankings_have_no_placeholder_by_default_and_do_with_the_flag(seed_graph):
    placeholders = _collective_names(seed_graph)
    assert {"各相关金融机构", "相关镇(街道)", "各区县（市）政府"} <= placeholders
    leads = run_query("leads_most_tasks", {"limit": 1000}, graph=seed_graph)
    pairs = run_query("cooperation_pairs", {"limit": 100000}, graph=seed_graph)
    assert len(leads) > 20 and len(pairs) > 100
    assert not placeholders & set(leads["unit"])
    assert not placeholders & (set(pairs["lead_unit"]) | set(pairs["cooperating_unit"]))
    with_flag = run_query("cooperation_pairs", {"limit": 5, "include_collective": True}, graph=seed_graph)
    # 人行市中心支行 with 各相关金融机构 (7 tasks) and 鄞州区交通运输局 with 相关镇(街道) (7) top the table
    assert {"各相关金融机构", "相关镇(街道)"} <= set(with_flag["cooperating_unit"][:2])


def test_real_documents_rank_a_leading_placeholder_only_with_the_flag():
    # 各相关乡镇政府 leads three tasks in tests/data/real (a county's 分工方案)
    graph = build_graph(extract_paths([REAL / "docs"]))
    assert "各相关乡镇政府" in _collective_names(graph)
    default = run_query("leads_most_tasks", {"limit": 1000}, graph=graph)
    flagged = run_query("leads_most_tasks", {"limit": 1000, "include_collective": True}, graph=graph)
    assert "各相关乡镇政府" not in set(default["unit"]) and not _collective_names(graph) & set(default["unit"])
    assert "各相关乡镇政府" in set(flagged["unit"][:5])


@pytest.fixture(scope="module")
def seed_facts_file(seed_facts, tmp_path_factory):
    path = tmp_path_factory.mktemp("facts") / "facts.json"
    write_facts(seed_facts, path)
    return path


def test_cli_query_flag(seed_facts_file):
    runner = CliRunner()
    base = ["query", "cooperation_pairs", "--facts", str(seed_facts_file), "--format", "csv",
            "--param", "limit=100000"]
    default = runner.invoke(cli, base)
    flagged = runner.invoke(cli, [*base, "--include-collective"])
    assert default.exit_code == flagged.exit_code == 0, default.output + flagged.output
    assert "各相关金融机构" not in default.output and "各相关金融机构" in flagged.output
    assert runner.invoke(cli, [*base, "--param", "include_collective=true"]).output == flagged.output
    other = runner.invoke(cli, ["query", "official_career", "--param", "name=王程", "--include-collective",
                                "--facts", str(seed_facts_file)])
    assert other.exit_code != 0 and "unknown parameter 'include_collective'" in other.output


def test_cli_export_network_flag(seed_facts_file, tmp_path):
    runner = CliRunner()
    written = {}
    for flag in ((), ("--include-collective",)):
        out = tmp_path / f"coop{len(flag)}.graphml"
        done = runner.invoke(cli, ["export", "--facts", str(seed_facts_file), "--network", "cooperation",
                                   "-o", str(out), *flag])
        assert done.exit_code == 0, done.output
        written[bool(flag)] = {a["name"] for _, a in nx.read_graphml(out).nodes(data=True)}
    assert "各相关金融机构" not in written[False] and "各相关金融机构" in written[True]
    bad = runner.invoke(cli, ["export", "--facts", str(seed_facts_file), "--include-collective"])
    assert bad.exit_code == 2 and "--include-collective goes with --network" in bad.output


# -- Neo4j: the same nodes, the same filter ----------------------------------------------------------

@pytest.mark.neo4j
def test_neo4j_keeps_placeholders_as_collective_units_and_filters_them(neo4j_driver, clean_db, seed_graph):
    from kg.store.store import load_graph

    load_graph(neo4j_driver, seed_graph, wipe=True)
    records, _, _ = neo4j_driver.execute_query("MATCH (u:Unit {kind: 'collective'}) RETURN u.name AS name")
    assert {r["name"] for r in records} == _collective_names(seed_graph)
    for include in (False, True):
        params = {"limit": 100000, "include_collective": include}
        pairs = run_query("cooperation_pairs", params, backend="neo4j", driver=neo4j_driver)
        assert ("各相关金融机构" in set(pairs["cooperating_unit"])) is include
        assert pairs.equals(run_query("cooperation_pairs", params, graph=seed_graph))
