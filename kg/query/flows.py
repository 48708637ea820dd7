"""Personnel flows between units: moves read from the graph's careers, reforms taken into account.

An official removed from a unit and appointed to the same unit, or to a unit that
succeeded it (a rename, a merger into it: ``SUCCEEDED_BY`` in the graph, from
:mod:`kg.resolve.succession`), has not moved between units. Notebook 03 draws the flows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
import pandas as pd


def successor_map(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Unit name → every unit that succeeded it, directly or through others (SUCCEEDED_BY*)."""
    names = graph.nodes
    lineage = nx.DiGraph((names[u]["name"], names[v]["name"])
                         for u, v, attrs in graph.edges(data=True) if attrs.get("type") == "SUCCEEDED_BY")
    return {unit: nx.descendants(lineage, unit) for unit in lineage}


def same_body(before: str | None, after: str | None, successors: Mapping[str, set[str]]) -> bool:
    """Whether ``after`` is ``before`` or a unit that succeeded it (a rename, a merger into it)."""
    if not before or not after:
        return False
    return before == after or after in successors.get(before, ())


def unit_flows(careers: Any, successors: Mapping[str, set[str]]) -> Any:
    """Moves between units from ``official_career`` rows (a DataFrame of every official's career).

    An official removed from a post at one unit is paired with each appointment to a post
    in the same document or a later one (by date); a pair is a move when the appointed
    unit is neither the same unit nor one that succeeded it (杭州湾新区开发建设管理委员会 →
    宁波前湾新区管理委员会 on the day of the reform is the same body). Returns a DataFrame
    with ``official, from_unit, from_post, to_unit, to_post, document``.
    """
    columns = ["official", "from_unit", "from_post", "to_unit", "to_post", "document"]
    rows = []
    events = careers.dropna(subset=["organization"])
    for official, mine in events.groupby("official", sort=True):
        removed = mine[mine["action"] == "remove"]
        appointed = mine[mine["action"] == "appoint"]
        for r in removed.itertuples():
            for a in appointed.itertuples():
                if not (a.document == r.document or (a.date and r.date and a.date >= r.date)):
                    continue
                if same_body(r.organization, a.organization, successors):
                    continue
                rows.append({"official": official, "from_unit": r.organization, "from_post": r.position,
                             "to_unit": a.organization, "to_post": a.position, "document": a.document})
    return pd.DataFrame(rows, columns=columns).drop_duplicates(ignore_index=True)
