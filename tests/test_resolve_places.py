"""Places never pooled (issue 23): a name whose place is unknown is one body of one place.

An unresolved relative name (区卫健局) read in documents of several places must not become
one node that gathers their tasks and tops the rankings; the publisher in a page's
metadata (发布机构) places a document whose text says only 区政府.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from bench.synth import write_corpus
from kg.gazetteer import get_gazetteer
from kg.graph.graph import build_graph
from kg.pipeline import extract_paths
from kg.query.query import run_query
from kg.query.summary import unplaced_counts, unresolved_report

REALDEV = Path(__file__).parent / "data" / "shared" / "realdev" / "docs"


@pytest.fixture(scope="module")
def synth_facts(tmp_path_factory) -> dict:
    # issues 0-4 of seed 0 hold county plans that write 区X for their bodies (启东市 区卫健局):
    # on the code before this test, 11 such names were one node across places
    paths = write_corpus(5, tmp_path_factory.mktemp("synth"), seed=0)
    return extract_paths(paths)


def pooled_units(facts: dict) -> list[tuple[str, int]]:
    """Units whose tasks come from documents of more than one place, their name carrying none."""
    gazetteer = get_gazetteer()
    units = {u["name"]: u for u in facts["units"]}
    place_of = {d["id"]: d.get("government") or d["id"] for d in facts["documents"]}
    places: dict[str, set[str]] = defaultdict(set)
    for task in facts["task_assignments"]:
        for canonical in (task.get("resolved") or {}).values():
            places[canonical].add(place_of.get(task.get("doc_id"), str(task.get("doc_id"))))
    return [(name, len(where)) for name, where in places.items()
            if len(where) > 1 and name in units and units[name]["kind"] != "collective"
            and not units[name].get("region") and not gazetteer.places_in(name)]


def test_no_unit_node_gathers_the_tasks_of_several_places(synth_facts) -> None:
    assert pooled_units(synth_facts) == []
    split = sorted(u["name"] for u in synth_facts["units"] if u["name"].startswith("区能源局@"))
    assert len(split) >= 3 and all(get_gazetteer().regions.get(n.split("@")[1]) for n in split)


def test_the_ranking_names_no_unplaced_body(synth_facts) -> None:
    table = run_query("leads_most_tasks", {"limit": 20}, graph=build_graph(synth_facts))
    units = {u["name"]: u for u in synth_facts["units"]}
    assert [n for n in table["unit"] if not units[n].get("region") and "@" not in n] == []


def test_a_page_publisher_places_its_relative_names() -> None:
    facts = extract_paths([REALDEV / "huangshi_xialu_2020.txt"])
    assert facts["documents"][0]["publisher"] == "下陆区政府办公室"
    assert facts["documents"][0]["government"] == "下陆区"
    table = run_query("leads_most_tasks", {"limit": 1}, graph=build_graph(facts))
    assert list(table["unit"]) == ["下陆区卫生健康局"]
    assert unplaced_counts(facts) == {}


def test_stats_unresolved_counts_what_stayed_unplaced_per_source() -> None:
    facts = extract_paths([REALDEV / "huangshi_xialu_2020.txt"], resolve=False)
    facts["documents"][0]["publisher"] = None  # as a copy of the page without its metadata
    from kg.resolve.resolve import resolve_facts

    resolved = resolve_facts(facts)
    assert unplaced_counts(resolved) == {"huangshi_xialu_2020.txt": (3, 0)}
    report = unresolved_report(resolved)
    assert "Unplaced (no place known" in report and "huangshi_xialu_2020.txt: 3 unit names" in report
    assert any(u["name"].startswith("区卫健局@doc:") for u in resolved["units"])
