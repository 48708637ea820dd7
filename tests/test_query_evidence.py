"""Evidence in every answer (kg.query.evidence): `kg query NAME --evidence` gives every row the
source, start, end and quote of the first fact it stands on, each quote equal to its source's
slice, in table, CSV and JSON, the same on both backends; `kg explain` lists every record of a node."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal
from test_parity import _cases

from kg.cli import cli
from kg.errors import QueryError
from kg.graph.graph import TABLE_SOURCE, build_graph
from kg.paths import ROOT, SEEDS
from kg.query.evidence import EVIDENCE_COLUMNS, EXPLAIN_COLUMNS, explain
from kg.query.query import BUILTIN, explain_node, run_query
from kg.read.sources import read_source

REAL_DOCS = ROOT / "tests" / "data" / "real" / "docs"


@pytest.fixture(scope="module")
def seed_graph(seed_facts):
    return build_graph(seed_facts)


@pytest.fixture(scope="module")
def originals(seed_paths) -> dict[str, str]:
    return {p.name: read_source(p).original for p in seed_paths}


def _check_rows(rows, originals) -> int:
    """Every row has evidence, its quote the slice of its source; a reform of the succession
    table (kg/data/successions.csv, no document's words) names the table and has no offsets."""
    for row in rows:
        for column in EVIDENCE_COLUMNS:
            assert row[column] is not None, row
        if row["source"] == TABLE_SOURCE:
            assert (row["start"], row["end"], row["quote"]) == (-1, -1, ""), row
            continue
        assert originals[row["source"]][row["start"]:row["end"]] == row["quote"], row
    return len(rows)


def test_every_named_query_row_has_evidence_equal_to_its_slice(seed_graph, originals):
    checked: dict[str, int] = {}
    for name, params in _cases(seed_graph):
        plain = run_query(name, params, graph=seed_graph)
        table = run_query(name, params, graph=seed_graph, evidence=True)
        assert list(table.columns) == [*plain.columns, *(c for c in EVIDENCE_COLUMNS if c not in plain.columns)]
        assert_frame_equal(table[list(plain.columns)], plain)  # the rows themselves are unchanged
        checked[name] = checked.get(name, 0) + _check_rows(table.to_dict("records"), originals)
    assert set(checked) == set(BUILTIN)  # those of fact kinds: tests/test_named_queries.py
    assert all(n > 0 for n in checked.values()), checked


def test_a_time_slice_takes_its_evidence_from_facts_of_that_slice(seed_graph):
    table = run_query("official_career", {"name": "王程", "since": "2021-12"}, graph=seed_graph, evidence=True)
    assert len(table) > 0 and table["quote"].notna().all()
    empty = run_query("leads_most_tasks", {"since": "2030"}, graph=seed_graph, evidence=True)
    assert len(empty) == 0 and list(empty.columns)[-4:] == list(EVIDENCE_COLUMNS)


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_cli_query_evidence_in_every_format(tmp_path, originals, fmt):
    runner = CliRunner()
    facts = tmp_path / "facts.json"
    assert runner.invoke(cli, ["extract", str(SEEDS), "-o", str(facts)]).exit_code == 0
    done = runner.invoke(cli, ["query", "leads_most_tasks", "--evidence", "--format", fmt, "--facts", str(facts)])
    assert done.exit_code == 0, done.output
    if fmt == "json":
        rows = json.loads(done.stdout)
        assert len(rows) == 25 and _check_rows(rows, originals) == 25
    elif fmt == "csv":
        header = done.stdout.splitlines()[0].split(",")
        assert header == ["unit", "tasks", "projects", "cooperates", *EVIDENCE_COLUMNS]
    else:
        assert all(c in done.stdout.splitlines()[0] for c in EVIDENCE_COLUMNS)


def test_cli_query_evidence_on_real_documents():
    done = CliRunner().invoke(cli, ["query", "leads_most_tasks", "--evidence", "--format", "json",
                                    "--source", str(REAL_DOCS)])
    assert done.exit_code == 0, done.output
    rows = json.loads(done.stdout)
    originals = {p.name: read_source(p).original for p in REAL_DOCS.iterdir()}
    assert len(rows) >= 10 and _check_rows(rows, originals) == len(rows)


def test_explain_lists_every_record_of_a_node_with_its_evidence(seed_graph, originals):
    table = explain(seed_graph, "王程")
    assert list(table.columns) == list(EXPLAIN_COLUMNS)
    assert set(table["relationship"]) >= {"APPOINTS", "REMOVES", "HOLDS"}
    assert set(table["node"]) == {"王程@宁波市"}
    unit = explain(seed_graph, "市经信局")  # an alias
    assert set(unit["node"]) == {"宁波市经济和信息化局"}
    assert {"LEADS", "COOPERATES"} <= set(unit["relationship"])
    assert len(unit) == seed_graph.degree("Unit:宁波市经济和信息化局")
    _check_rows(table.to_dict("records") + unit.to_dict("records"), originals)


def test_cli_explain_and_an_unknown_name(tmp_path):
    runner = CliRunner()
    facts = tmp_path / "facts.json"
    assert runner.invoke(cli, ["extract", str(SEEDS), "-o", str(facts)]).exit_code == 0
    done = runner.invoke(cli, ["explain", "王程", "--facts", str(facts), "--format", "json"])
    assert done.exit_code == 0, done.output
    assert {r["relationship"] for r in json.loads(done.stdout)} >= {"APPOINTS", "REMOVES"}
    bad = runner.invoke(cli, ["explain", "无此人", "--facts", str(facts)])
    assert bad.exit_code != 0 and "no node named '无此人'" in bad.output
    assert len(bad.output.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_evidence_is_the_same_on_both_backends(neo4j_driver, clean_db, seed_facts):
    from kg.store.store import load_graph

    graph = build_graph(seed_facts)
    load_graph(neo4j_driver, graph, wipe=True)
    names = ["王程", "王程@宁波市", "市经信局", "宁波市经济和信息化局", "甬政发〔2021〕59号", "宁波市",
             next(a["id"] for _, a in graph.nodes(data=True) if a["label"] == "Park"),
             next(a["id"] for _, a in graph.nodes(data=True) if a["label"] == "Task")]
    for name in names:
        offline = explain_node(name, graph=graph)
        assert len(offline) > 0, name
        assert_frame_equal(offline, explain_node(name, backend="neo4j", driver=neo4j_driver), obj=name)
    with pytest.raises(QueryError, match="no node named"):
        explain_node("无此人", backend="neo4j", driver=neo4j_driver)
    seen = set()
    for name, params in [*_cases(graph), ("official_career", {"name": "王程", "since": "2021-12"})]:
        offline = run_query(name, params, graph=graph, evidence=True)
        neo4j = run_query(name, params, backend="neo4j", driver=neo4j_driver, evidence=True)
        assert_frame_equal(offline, neo4j, obj=f"{name}({params})")
        if len(offline):
            seen.add(name)
            assert offline["quote"].notna().all(), name
    assert seen == set(BUILTIN)
