"""PLACEHOLDER: facts → networkx MultiDiGraph (the graph helper replaces this)."""

from __future__ import annotations

from typing import Any

import networkx as nx


def build_graph(facts: dict[str, Any]) -> nx.MultiDiGraph:
    return nx.MultiDiGraph()
