"""kg.query.summary: the counts and reports of kg build and kg stats, on the seed facts."""

from __future__ import annotations

import copy
import re

import pytest

from kg.graph.graph import NODE_LABELS, REL_TYPES, build_graph
from kg.query.summary import (
    fact_counts,
    graph_stats,
    homonyms_report,
    resolution_line,
    resolution_share,
    summarize,
    unresolved_report,
)
from kg.records import SECTIONS, empty_facts
from kg.resolve.resolve import resolve_facts


@pytest.fixture(scope="module")
def seed_graph(seed_facts):
    return build_graph(seed_facts)


def test_fact_counts_name_the_sections_that_hold_records(seed_facts):
    line = fact_counts(seed_facts)
    assert line.startswith(f"documents {len(seed_facts['documents'])}, ")
    assert f"task_assignments {len(seed_facts['task_assignments'])}" in line
    assert fact_counts(empty_facts()) == "no facts"


def test_graph_stats_list_every_section_label_and_type_with_zeros(seed_facts, seed_graph):
    text = graph_stats(seed_facts, seed_graph)
    counts = dict(re.findall(r"^  (\w+) +([\d,]+)$", text, re.M))
    assert set(SECTIONS) | set(NODE_LABELS) | set(REL_TYPES) <= set(counts)
    assert int(counts["appointments"].replace(",", "")) == len(seed_facts["appointments"])
    edges = sum(int(counts[rel].replace(",", "")) for rel in REL_TYPES)
    assert edges == seed_graph.number_of_edges()
    assert f"relationships: {seed_graph.number_of_edges():,}" in text


def test_resolution_share_and_its_line(seed_facts):
    share = resolution_share(seed_facts)
    assert 0 < share["collective"] < share["mentions"]
    assert share["known"] <= share["mentions"] - share["collective"]
    line = resolution_line(seed_facts)
    assert line.startswith(f"unit mentions: {share['mentions']} ({share['collective']} collective)")
    single = share["mentions"] - share["collective"]
    assert f"{share['known']} ({100 * share['known'] / single:.1f}% of {single} single bodies)" in line
    assert resolution_line(empty_facts()).endswith("0 (n/a of 0 single bodies)")


def test_summarize_gives_counts_and_the_top_lead_units(seed_facts, seed_graph):
    text = summarize(seed_facts, seed_graph, top=3)
    assert text.splitlines()[0] == f"facts: {fact_counts(seed_facts)}"
    assert "top 3 lead units (tasks and projects they lead):" in text
    assert "宁波市经济和信息化局" in text  # the seeds' first lead unit


def test_an_unknown_unit_is_reported_where_it_occurs(seed_facts):
    facts = copy.deepcopy(seed_facts)
    task = facts["task_assignments"][0]
    task["lead_units"] = ["火星市外星事务局"]
    del facts["units"]  # reported facts without resolutions are resolved first
    text = unresolved_report(facts)
    assert "Unresolved unit names (kept as written; add them to an alias CSV): 1" in text
    # the name, the node it is kept as (keyed by the place its document speaks for), count, document
    assert f"  火星市外星事务局 → 火星市外星事务局@宁波市  ×1  ({task['doc_number']})" in text
    assert "Collective names (several bodies, not one Unit):" in text
    assert text.endswith(resolution_line(resolve_facts(facts)))


def test_one_name_in_two_places_is_a_homonym(seed_facts):
    assert homonyms_report(seed_facts) == "No name is borne by officials of two places."
    facts = copy.deepcopy(seed_facts)
    first = facts["appointments"][0]
    other = {**first, "source": "luoyang.txt", "doc_id": "洛政干〔2021〕1号", "doc_number": "洛政干〔2021〕1号",
             "organization": "洛阳市财政局", "position": "副局长"}
    facts["appointments"].append(other)
    text = homonyms_report(resolve_facts(facts))
    assert text.startswith("Names borne by officials of two or more places: 1")
    assert f"  {first['person']}: 2 officials" in text
    assert f"{first['person']}@洛阳市" in text and "洛阳市财政局副局长" in text
    assert "    merge: " in text
