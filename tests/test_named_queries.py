"""The named queries that come with fact kinds (kg.query.named), each on the texts and
parameters of its tests/data/queries/NAME.json: rows on both backends alike, with and without
evidence, and every evidence quote the slice of its source.

A file there reads ``{"sources": [paths from the repository root], "cases": [{param: value}]}``;
every case must give rows, so that each comparison means something.
"""

from __future__ import annotations

import json

import pytest
from pandas.testing import assert_frame_equal

from kg.graph.graph import build_graph
from kg.paths import ROOT
from kg.query.evidence import EVIDENCE_COLUMNS, ROW_KEYS
from kg.query.named import NAMED
from kg.query.query import BUILTIN, QUERIES, cypher_text, run_query
from kg.read.sources import read_source

DATA = ROOT / "tests" / "data" / "queries"


def _example(name: str) -> tuple[list[str], list[dict]]:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data["sources"], data["cases"]


@pytest.fixture(scope="module")
def examples() -> dict[str, tuple[object, list[dict], dict[str, str]]]:
    """Per named query: the graph of its texts, its cases and the texts by source name."""
    from kg.pipeline import extract_paths

    out = {}
    for named in NAMED:
        sources, cases = _example(named.spec.name)
        paths = [ROOT / s for s in sources]
        texts = {p.name: read_source(p).original for p in paths}
        out[named.spec.name] = (build_graph(extract_paths(paths)), cases, texts)
    return out


def test_every_named_query_is_registered_with_its_files():
    names = [n.spec.name for n in NAMED]
    assert len(names) == len(set(names)) and not set(names) & set(BUILTIN)
    for named in NAMED:
        name = named.spec.name
        assert QUERIES[name] is named.spec and ROW_KEYS[name] == named.row_keys
        assert set(named.row_keys) <= set(named.spec.columns), name
        assert cypher_text(name).startswith(f"// {name}:")
        assert (ROOT / "cypher" / "evidence" / f"{name}.cypher").is_file(), name
        assert _example(name)[1], f"{name}: no cases in tests/data/queries/{name}.json"


def test_every_named_query_gives_rows_with_evidence_equal_to_its_slice(examples):
    for name, (graph, cases, texts) in examples.items():
        for params in cases:
            table = run_query(name, params, graph=graph, evidence=True)
            assert len(table), f"{name}({params}) gives no rows"
            assert list(table.columns) == [*QUERIES[name].columns,
                                           *(c for c in EVIDENCE_COLUMNS if c not in QUERIES[name].columns)]
            for row in table.to_dict("records"):
                assert texts[row["source"]][row["start"]:row["end"]] == row["quote"], (name, row)


@pytest.mark.neo4j
def test_every_named_query_is_identical_on_both_backends(examples, neo4j_driver, clean_db):
    from kg.store.store import load_graph

    for name, (graph, cases, _) in examples.items():
        load_graph(neo4j_driver, graph, wipe=True)
        for params in [*cases, *({**c, "year": 1999} for c in cases)]:
            for evidence in (False, True):
                offline = run_query(name, params, graph=graph, evidence=evidence)
                neo4j = run_query(name, params, backend="neo4j", driver=neo4j_driver, evidence=evidence)
                assert_frame_equal(offline, neo4j, obj=f"{name}({params}, evidence={evidence})")


@pytest.mark.neo4j
def test_an_area_of_work_and_its_leaders_explain_alike_on_both_backends(examples, neo4j_driver, clean_db):
    """An areas-only leader (林銳: 公安、司法、人防、法制 … 由林銳副市長負責) and an Area node: kg explain
    gives the same rows offline and on Neo4j (an Area is keyed by its name in both)."""
    from kg.query.query import explain_node
    from kg.store.store import load_graph

    graph = examples["portfolios"][0]
    load_graph(neo4j_driver, graph, wipe=True)
    for name in ("林銳", "公安", "審計"):
        offline = explain_node(name, graph=graph)
        assert len(offline) and set(offline["relationship"]) == {"OVERSEES"}, name
        assert_frame_equal(offline, explain_node(name, backend="neo4j", driver=neo4j_driver), obj=name)
    assert set(explain_node("公安", graph=graph)["label"]) == {"Area"}
    assert set(explain_node("審計", graph=graph)["node"]) == {"审计"}  # 審計 (厦门) is an alias of the Area 审计 (上海)
