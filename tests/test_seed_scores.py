"""End to end on the seeds: extraction scored against the hand-checked gold.

tests/data/gold/ is a copy of the project's gold (seeds.json, aliases.json and
its README with the conventions). Thresholds are the quality bars of the design.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import score_files

GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="module")
def scores(seed_facts):
    return score_files(GOLD / "seeds.json", seed_facts, GOLD / "aliases.json")


@pytest.mark.parametrize(
    "section", ["documents", "task_assignments", "projects", "appointments", "parks"]
)
def test_core_sections_reach_f1_097(scores, section):
    assert scores[section]["f1"] >= 0.97, scores[section]


@pytest.mark.parametrize("section", ["cited_documents", "officials_mentioned", "agreements"])
def test_other_sections_reach_f1_09(scores, section):
    assert scores[section]["f1"] >= 0.9, scores[section]


def test_alias_resolution_reaches_095(scores):
    assert scores["aliases"]["acc"] >= 0.95, scores["aliases"]
