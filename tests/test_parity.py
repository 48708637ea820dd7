"""Every named query gives the identical table offline (networkx) and in a real Neo4j.

The seed graph is loaded once; each query runs with parameters taken from the graph
itself (every unit, official, region and cited document), so the Cypher and the
Python are compared on every row the corpus can produce, not on a chosen few.
"""

from __future__ import annotations

import pytest
from pandas.testing import assert_frame_equal

from kg.graph.graph import build_graph
from kg.query.query import BUILTIN, run_query

pytestmark = pytest.mark.neo4j


@pytest.fixture
def loaded(neo4j_driver, clean_db, seed_facts):
    """(graph, driver) with the seed graph loaded into an emptied database."""
    from kg.store.store import load_graph

    graph = build_graph(seed_facts)
    load_graph(neo4j_driver, graph, wipe=True)
    return graph, neo4j_driver


def _keys(graph, label, *, having=None):
    out = set()
    for u, v, attrs in graph.edges(data=True):
        if having is None or attrs["type"] in having:
            for node in (u, v):
                if graph.nodes[node]["label"] == label:
                    out.add(node.split(":", 1)[1])
    return sorted(out)


def _cases(graph):
    units = _keys(graph, "Unit")
    aliases = sorted({a for u in units for a in graph.nodes[f"Unit:{u}"].get("aliases", [])})
    yield "leads_most_tasks", {}
    yield "leads_most_tasks", {"limit": 3}
    yield "cooperation_pairs", {"limit": 1000}
    yield "leads_most_tasks", {"limit": 1000, "include_collective": True}  # collective placeholders too
    yield "cooperation_pairs", {"limit": 1000, "include_collective": True}
    yield "lead_officials", {"include_collective": True}
    for unit in units[:40] + aliases[:20]:
        yield "unit_profile", {"unit": unit}
        yield "cooperation_pairs", {"unit": unit}
    keys = _keys(graph, "Official", having={"APPOINTS", "REMOVES"})
    for name in keys + sorted({graph.nodes[f"Official:{k}"]["name"] for k in keys}):  # keys and bare names
        yield "official_career", {"name": name}
    yield "personnel_moves", {}
    yield "lead_officials", {}
    yield "parks_by_industry", {}
    yield "parks_in_region", {}
    for region in _keys(graph, "Region"):
        yield "parks_in_region", {"region": region}
    for doc in _keys(graph, "Document", having={"CITES", "REPEALS"}):
        yield "document_citations", {"doc": doc}
    for unit in _keys(graph, "Unit", having={"SUCCEEDED_BY"}):
        yield "unit_lineage", {"unit": unit}


def test_every_named_query_is_identical_on_both_backends(loaded):
    graph, driver = loaded
    seen, nonempty = set(), set()
    for name, params in _cases(graph):
        offline = run_query(name, params, backend="offline", graph=graph)
        neo4j = run_query(name, params, backend="neo4j", driver=driver)
        assert_frame_equal(offline, neo4j, obj=f"{name}({params})")
        seen.add(name)
        if len(offline):
            nonempty.add(name)
    assert seen == set(BUILTIN)  # those of fact kinds: tests/test_named_queries.py
    # the comparison means something only where there are rows to compare
    assert {"leads_most_tasks", "cooperation_pairs", "unit_profile", "official_career", "personnel_moves",
            "lead_officials", "parks_by_industry", "parks_in_region", "document_citations",
            "unit_lineage"} <= nonempty


def test_bad_parameter_fails_before_reaching_the_server(neo4j_driver):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="missing parameter 'unit'"):
        run_query("unit_profile", {}, backend="neo4j", driver=neo4j_driver)


@pytest.fixture
def loaded_years(neo4j_driver, clean_db, seed_facts, real_facts):
    """(graph, driver) with the seeds and the real documents of many years loaded (kg.graph.timeslice)."""
    from kg.facts import merge_facts
    from kg.store.store import load_graph

    graph = build_graph(merge_facts([seed_facts, real_facts]))
    load_graph(neo4j_driver, graph, wipe=True)
    return graph, neo4j_driver


def test_every_named_query_gives_the_same_time_slices_on_both_backends(loaded_years):
    """year, since and until slice the same facts in Cypher and in Python: every year the facts
    are dated in, open and closed ranges, month and day bounds, a year with no facts."""
    from collections import Counter

    from kg.graph.timeslice import years

    graph, driver = loaded_years
    found, undated = years(graph)
    assert undated and len(found) >= 6
    slices = [{"year": y} for y in found if y >= 2020] + [
        {"since": "2021-12-20"}, {"until": "2021-12"}, {"since": "2011-07", "until": "2022-02-15"},
        {"year": 1999}]
    per_name: Counter[str] = Counter()
    nonempty: Counter[str] = Counter()
    dated_citations = sorted({graph.nodes[u]["id"] for u, _, a in graph.edges(data=True)
                              if a["type"] in ("CITES", "REPEALS") and a.get("date")})
    for name, params in [*(("document_citations", {"doc": d}) for d in dated_citations[:6]), *_cases(graph)]:
        per_name[name] += 1
        if per_name[name] > 6:  # a few parameter values per query and slice are enough here
            continue
        for period in slices:
            offline = run_query(name, params | period, backend="offline", graph=graph)
            neo4j = run_query(name, params | period, backend="neo4j", driver=driver)
            assert_frame_equal(offline, neo4j, obj=f"{name}({params | period})")
            if len(offline) and period.get("year") != 1999 and any(period.values()):
                nonempty[name] += 1
    # every query has rows in some bounded slice, so each comparison means something
    assert set(nonempty) == set(BUILTIN), nonempty
