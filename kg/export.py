"""PLACEHOLDER exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def default_path(fmt: str) -> Path:
    return Path("out") / f"graph.{fmt}"


def export_graph(graph: nx.MultiDiGraph, fmt: str, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(graph, path)
    return path
