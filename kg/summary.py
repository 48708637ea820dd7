"""What a build found, in a few lines for the terminal and summary.txt.

``summarize`` is what ``kg build`` prints: fact counts, graph size and the units
that lead the most tasks (the ``leads_most_tasks`` named query on the offline graph).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg.graph import NODE_LABELS, REL_TYPES
from kg.records import SECTIONS

#: How many lead units the build summary lists.
TOP_UNITS = 10


def fact_counts(facts: dict[str, Any]) -> str:
    """``documents 21, task_assignments 93, ...``: the non-empty sections, in facts order."""
    parts = [f"{s} {len(facts.get(s) or [])}" for s in SECTIONS if facts.get(s)]
    return ", ".join(parts) or "no facts"


def summarize(facts: dict[str, Any], graph: nx.MultiDiGraph, *, top: int = TOP_UNITS) -> str:
    """Counts and the top lead units, as ``kg build`` prints them."""
    from kg.query import format_table, run_query

    lines = [f"facts: {fact_counts(facts)}",
             f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships"]
    table = run_query("leads_most_tasks", {"limit": top}, graph=graph)
    if table.empty:
        lines.append("top lead units: none (no task or project names a lead unit)")
    else:
        lines += [f"top {len(table)} lead units (tasks and projects they lead):", format_table(table)]
    return "\n".join(lines)


def graph_stats(facts: dict[str, Any], graph: nx.MultiDiGraph) -> str:
    """Facts per section, nodes per label and relationships per type (zeros included)."""
    labels = Counter(attrs.get("label") for _, attrs in graph.nodes(data=True))
    types = Counter(attrs.get("type") for _, _, attrs in graph.edges(data=True))
    width = max(map(len, (*NODE_LABELS, *REL_TYPES, *SECTIONS)))
    lines = ["facts:"]
    lines += [f"  {s:<{width}} {len(facts.get(s) or []):>8,}" for s in SECTIONS]
    lines.append(f"nodes: {graph.number_of_nodes():,}")
    lines += [f"  {label:<{width}} {labels[label]:>8,}" for label in NODE_LABELS]
    lines.append(f"relationships: {graph.number_of_edges():,}")
    lines += [f"  {rel:<{width}} {types[rel]:>8,}" for rel in REL_TYPES]
    return "\n".join(lines)


def unresolved_report(facts: dict[str, Any]) -> str:
    """Unit names the resolve stage could not map (its own report when it has one)."""
    try:
        from kg.resolve import unresolved_report as report
    except ImportError:
        return "unresolved names: not available (the resolve stage gives no report)"
    return report(facts)
