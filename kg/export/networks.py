"""The networks researchers analyse, projected from the graph, as files Gephi, igraph and networkx open.

- ``cooperation``: Unit → Unit, lead unit → cooperating unit, one edge per pair with
  ``weight`` = the tasks and projects they share (``tasks``, ``projects`` apart); every
  unit that leads or cooperates on something is a node, so isolates count in density.
  The same pairs and counts as the named query ``cooperation_pairs``.
- ``personnel``: Official → Unit, one edge per tenure (HOLDS) with ``position``,
  ``start_date``, ``end_date``, ``appointed_by``, ``removed_by`` and its evidence.
- ``bipartite``: Unit → Task/Project, one edge per pair with ``role`` (``lead`` or
  ``cooperate``; ``lead`` when a unit is both); nodes carry networkx's ``bipartite``
  attribute (0 for units, 1 for tasks and projects), so ``nx.bipartite`` projects it.

Collective placeholders (Units of kind ``collective``: 各相关金融机构, 各区县（市）政府) are left out
of every network unless ``include_collective`` is true (``kg export --network … --include-collective``),
as the rankings of kg.query.query leave them out: they are many bodies, not one node of the network.

Node ids are the graph's (``Unit:宁波市经济和信息化局``); node and edge attributes use the
names of the GraphML/GEXF exports (:func:`kg.export.attributes.file_attributes`): ``labels``,
``name``/``label`` (the full name; a task's text), ``kg_id``, ``ev_source``,
``ev_start``, ``ev_end``, ``quote``. The CSV form is a folder with ``nodes.csv``
(``Id``, ``Label`` = the name, attributes; no ``name`` column, which igraph takes for the
vertex id) and ``edges.csv`` (``Source``, ``Target``, ``Type``
= Directed, ``Weight`` for cooperation, attributes): Gephi's spreadsheet import reads
it as it is; in igraph, ``Graph.DataFrame(edges, vertices=nodes, use_vids=False)``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.export import NETWORK_FORMATS, NETWORKS
from kg.export.attributes import edge_file_attributes, file_attributes, scalar, typed_copy
from kg.graph.graph import is_collective
from kg.outputs import Outputs

#: Unit properties a network node keeps (beyond labels, name, label).
_UNIT_PROPS = ("aliases", "level", "kind")
_WORK_LABELS = ("Task", "Project")


def _node(graph: nx.MultiDiGraph, node: str, keep: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A node's file attributes (all of them, or the names and ``keep``)."""
    full = file_attributes(graph.nodes[node])
    if keep is None:
        return full
    return {k: v for k, v in full.items() if k in ("labels", "kg_id", "name", "label", *keep)}


def _units_on(graph: nx.MultiDiGraph, work: str, rel: str, include_collective: bool) -> list[str]:
    """The units with a ``rel`` edge to a task or project, in name order (collective ones if asked)."""
    found = {u for u, _, a in graph.in_edges(work, data=True)
             if a.get("type") == rel and graph.nodes[u].get("label") == "Unit"
             and (include_collective or not is_collective(graph.nodes[u]))}
    return sorted(found)


def _work(graph: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, a in graph.nodes(data=True) if a.get("label") in _WORK_LABELS)


def cooperation_network(graph: nx.MultiDiGraph, *, include_collective: bool = False) -> nx.DiGraph:
    """Lead unit → cooperating unit, weighted by the tasks and projects they share."""
    out = nx.DiGraph(network="cooperation")
    shared: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"tasks": 0, "projects": 0})
    for work in _work(graph):
        leads = _units_on(graph, work, "LEADS", include_collective)
        cooperators = _units_on(graph, work, "COOPERATES", include_collective)
        for unit in (*leads, *cooperators):
            out.add_node(unit, **_node(graph, unit, _UNIT_PROPS))
        column = "tasks" if graph.nodes[work]["label"] == "Task" else "projects"
        for lead in leads:
            for other in cooperators:
                if lead != other:
                    shared[lead, other][column] += 1
    for (lead, other), counts in sorted(shared.items()):
        out.add_edge(lead, other, weight=counts["tasks"] + counts["projects"], **counts)
    return out


def personnel_network(graph: nx.MultiDiGraph, *, include_collective: bool = False) -> nx.MultiDiGraph:
    """Official → Unit, one edge per tenure (HOLDS), with its dates and evidence."""
    out = nx.MultiDiGraph(network="personnel")
    for u, v, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if attrs.get("type") != "HOLDS" or (not include_collective and is_collective(graph.nodes[v])):
            continue
        out.add_node(u, **_node(graph, u))
        out.add_node(v, **_node(graph, v, _UNIT_PROPS))
        edge = edge_file_attributes(attrs)
        edge.pop("label", None)
        out.add_edge(u, v, key=key, **edge)
    return out


def bipartite_network(graph: nx.MultiDiGraph, *, include_collective: bool = False) -> nx.DiGraph:
    """Unit → Task/Project with ``role`` lead or cooperate; ``bipartite`` 0 (units) and 1 (work)."""
    out = nx.DiGraph(network="bipartite")
    for work in _work(graph):
        leads = _units_on(graph, work, "LEADS", include_collective)
        cooperators = _units_on(graph, work, "COOPERATES", include_collective)
        if not leads and not cooperators:
            continue
        out.add_node(work, **_node(graph, work, ("text", "kind", "seq")), bipartite=1)
        for unit in (*cooperators, *leads):  # a unit that leads and cooperates: lead
            out.add_node(unit, **_node(graph, unit, _UNIT_PROPS), bipartite=0)
            out.add_edge(unit, work, role="lead" if unit in leads else "cooperate")
    return out


PROJECTIONS: dict[str, Callable[..., nx.DiGraph]] = {
    "cooperation": cooperation_network, "personnel": personnel_network, "bipartite": bipartite_network,
}


def project(graph: nx.MultiDiGraph, network: str, *, include_collective: bool = False) -> nx.DiGraph:
    """The named network of ``graph`` (one of :data:`NETWORKS`); collective placeholders only if asked."""
    if network not in PROJECTIONS:
        raise KgError(f"unknown network {network!r}; use one of {', '.join(NETWORKS)}")
    return PROJECTIONS[network](graph, include_collective=include_collective)


def default_network_path(network: str, fmt: str) -> Path:
    """Where ``kg export --network`` writes by default: ``out/NETWORK.FORMAT`` (a folder for csv)."""
    return Path("out") / (network if fmt == "csv" else f"{network}.{fmt}")


def export_network(graph: nx.MultiDiGraph, network: str, fmt: str, path: Path | str, *,
                   include_collective: bool = False) -> Path:
    """Write the named network of ``graph`` as GraphML, GEXF or a CSV folder; returns the path."""
    if fmt not in NETWORK_FORMATS:
        raise KgError(f"--network writes {', '.join(NETWORK_FORMATS)}, not {fmt}")
    net = project(graph, network, include_collective=include_collective)
    path = Path(path)
    try:
        if fmt == "csv":
            path.mkdir(parents=True, exist_ok=True)
            write_edge_lists(net, path)
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        typed = typed_copy(nx.MultiDiGraph(net))
        typed.graph = {"network": network}
        if fmt == "graphml":
            nx.write_graphml(typed if net.is_multigraph() else nx.DiGraph(typed), path, encoding="utf-8")
        else:
            for i, (_, _, attrs) in enumerate(typed.edges(data=True)):
                attrs["id"] = f"e{i}"
            nx.write_gexf(typed if net.is_multigraph() else nx.DiGraph(typed), path, encoding="utf-8")
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _header(rows: Sequence[Mapping[str, Any]], first: tuple[str, ...]) -> list[str]:
    names = {k for row in rows for k in row}
    return [n for n in first if n in names] + sorted(names - set(first))


def _write(path: Path, header: list[str], rows: Sequence[Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: scalar(v) for k, v in row.items()} for row in rows)


def write_edge_lists(net: nx.DiGraph, folder: Path) -> list[Path]:
    """``nodes.csv`` (Id, Label, …) and ``edges.csv`` (Source, Target, Type, Weight, …) for Gephi and igraph."""
    nodes = [{"Id": n, "Label": a.get("label", n), **{k: v for k, v in a.items() if k not in ("label", "name")}}
             for n, a in net.nodes(data=True)]
    edges = []
    for u, v, a in net.edges(data=True):
        row: dict[str, Any] = {"Source": u, "Target": v, "Type": "Directed"}
        row |= {("Weight" if k == "weight" else k): x for k, x in a.items()}
        edges.append(row)
    written = [folder / "nodes.csv", folder / "edges.csv"]
    with Outputs() as out:  # both files whole, renamed together
        _write(out.path(written[0]), _header(nodes, ("Id", "Label", "labels")), nodes)
        _write(out.path(written[1]), _header(edges, ("Source", "Target", "Type", "Weight")), edges)
    return written
