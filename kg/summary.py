"""PLACEHOLDER summary of a build."""

from __future__ import annotations

from typing import Any


def summarize(facts: dict[str, Any], graph: Any) -> str:
    return ", ".join(f"{k}: {len(v)}" for k, v in facts.items())


def graph_stats(facts: dict[str, Any], graph: Any) -> str:
    return summarize(facts, graph)


def unresolved_report(facts: dict[str, Any]) -> str:
    return ""
