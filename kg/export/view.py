"""What the HTML view shows: a slice of the graph a browser can draw.

A browser draws about 10,000 nodes (:data:`MAX_NODES`; bench/html_view.py times the first
draw); a 300-issue corpus has 146,649. So the view is cut before it is written: to a
network projection (``--network``), a period (``--since/--until``), a place
(``--region``: its units, officials, parks and regions, and the tasks, projects and
documents they touch) and, above the limit or when asked (``--top N``), to the N most
connected nodes with their neighbours, never more than :data:`MAX_NODES` in all.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edges_from([("a", "b"), ("a", "c"), ("d", "e")])
[0, 0, 0]
>>> sorted(most_connected(g, 1).nodes)
['a', 'b', 'c']
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.errors import KgError
from kg.export.networks import project
from kg.gazetteer import get_gazetteer, norm
from kg.graph.timeslice import Slice, slice_graph

#: The most nodes a written view holds: what a browser draws in seconds (bench/html_view.py).
MAX_NODES = 10_000
#: The most connected nodes a view over the limit starts from, when no --top is given.
DEFAULT_TOP = 200
#: Labels whose place is a property of their own (Unit.region, Official.jurisdiction, Region).
_PLACE_OF = {"Unit": "region", "Official": "jurisdiction", "Region": "name", "Park": "host"}
#: What a place's units touch and the view of a place keeps with them.
_TOUCHED = ("Task", "Project", "Document")


@dataclass(frozen=True)
class View:
    """The graph to draw and, when it was cut to fit, the sentence that says how."""

    graph: nx.MultiDiGraph
    note: str | None = None


def most_connected(graph: nx.MultiDiGraph, top: int, *, limit: int = MAX_NODES) -> nx.MultiDiGraph:
    """The ``top`` nodes of highest degree and their neighbours (by degree too), at most
    ``limit`` nodes: the hubs a researcher looks at first, each with what it touches. Each
    hub gets an equal share of the room left, so that one document of 5,000 tasks does not
    fill the view alone."""
    degree = dict(graph.degree())
    ranked = sorted(graph.nodes, key=lambda n: (-degree[n], str(n)))
    hubs = ranked[:min(top, limit)]
    share = max(1, (limit - len(hubs)) // max(1, len(hubs)))
    keep: dict[str, None] = dict.fromkeys(hubs)
    for node in hubs:
        others = sorted((set(graph.predecessors(node)) | set(graph.successors(node))) - keep.keys(),
                        key=lambda n: (-degree[n], str(n)))
        for other in others[:min(share, limit - len(keep))]:
            keep[other] = None
    return graph.subgraph(keep).copy()


def in_region(graph: nx.MultiDiGraph, region: str) -> nx.MultiDiGraph:
    """The nodes of one place and what they touch: units, officials, parks and regions
    within ``region`` (宁波市 takes 鄞州区's too), and the tasks, projects and documents
    linked to them."""
    g = get_gazetteer()
    found = g.pick(g.names.get(norm(region), ()))
    if found is None:
        raise KgError(f"--region {region}: no division of China has that name (or several do: add its city)")

    def within(name: object) -> bool:
        place = g.regions.get(str(name)) if name else None
        if place is None and name:
            place = g.pick(g.names.get(norm(str(name)), ()))
        return place is not None and any(r.name == found.name for r in g.chain_of(place))

    seeds = {n for n, a in graph.nodes(data=True)
             if a.get("label") in _PLACE_OF and within(a.get(_PLACE_OF[a["label"]]))}
    keep = set(seeds)
    for node in seeds:
        for other in set(graph.predecessors(node)) | set(graph.successors(node)):
            if graph.nodes[other].get("label") in _TOUCHED:
                keep.add(other)
    return graph.subgraph(keep).copy()


def as_view_graph(net: nx.DiGraph, network: str) -> nx.MultiDiGraph:
    """A network projection (kg.export.networks) in the shape the page reads: a labelled
    MultiDiGraph whose edges have a ``type``."""
    out = nx.MultiDiGraph()
    for node, attrs in net.nodes(data=True):  # a projection's file attributes: labels is the kind
        out.add_node(node, **{**{k: v for k, v in attrs.items() if k != "labels"},
                              "label": str(attrs.get("labels") or "Unit").strip(":").split(":")[0]})
    for u, v, attrs in net.edges(data=True):
        out.add_edge(u, v, **{**attrs, "type": attrs.get("type") or network.upper()})
    return out


def view_of(graph: nx.MultiDiGraph, *, network: str | None = None, since: str | None = None,
            until: str | None = None, region: str | None = None, top: int | None = None,
            include_collective: bool = False, limit: int = MAX_NODES) -> View:
    """The graph the HTML view draws (see the module docstring)."""
    if top is not None and top < 1:
        raise KgError("--top N needs N ≥ 1")
    if since or until:
        graph = slice_graph(graph, Slice.of(since=since, until=until))
    if region:
        graph = in_region(graph, region)
    if network:
        graph = as_view_graph(project(graph, network, include_collective=include_collective), network)
    total = graph.number_of_nodes()
    if top is None and total <= limit:
        return View(graph)
    cut = most_connected(graph, top or DEFAULT_TOP, limit=limit)
    if top is not None and total <= limit:
        return View(cut, f"the {top:,} most connected nodes and their neighbours: "
                         f"{cut.number_of_nodes():,} of {total:,} nodes")
    return View(cut, f"{total:,} nodes are more than the {limit:,} a browser draws: wrote the "
                     f"{min(top or DEFAULT_TOP, total):,} most connected nodes and their neighbours "
                     f"({cut.number_of_nodes():,} nodes); choose with --top N, --since/--until, --region "
                     "or --network")
