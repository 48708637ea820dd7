"""The graph as the rows a load writes, checked before anything is written: per label and
per relationship type, every value storable (within 64 bits, finite, within its index's limit),
laid out for the server (one row per key, flat lists grouped by start node), in batches.
"""

from __future__ import annotations

import gc
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any, TypeAlias, TypeVar

import networkx as nx

from kg.errors import StoreError
from kg.graph.graph import NODE_LABELS, REL_TYPES, FlatGraph
from kg.store.cypher import NODE_KEYS, PROPERTY, whitelisted
from kg.store.schema import INDEX_VALUE_LIMIT, index_limits

_Row = TypeVar("_Row")

#: What a load reads: the offline graph, or the lighter one ``kg load`` builds (consumed by the load).
Graph: TypeAlias = "nx.MultiDiGraph | FlatGraph"

#: The largest integer Neo4j stores (a signed 64-bit integer).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


#: Flat relationship rows by (property names in the query text, whether a map of others follows).
_FlatGroups = dict[tuple[tuple[str, ...], bool], list[list[Any]]]


def _index_bytes(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8"))
    if isinstance(value, list):
        return sum(_index_bytes(item) if isinstance(item, str) else 8 for item in value)
    return 8


def _check_indexed(name: str, props: Mapping[str, Any], limits: tuple[tuple[str, int], ...], where: str) -> None:
    for prop, limit in limits:
        value = props.get(prop)
        if value is not None and (size := _index_bytes(value)) > limit:
            raise StoreError(f"{where}: its {prop} is {size:,} bytes, more than Neo4j's index on {name}.{prop} "
                             f"takes ({limit:,}); nothing was written")


def node_groups(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    """Rows ``{key, props}`` per label, in the graph's node order; StoreError for a value
    an index would refuse (:func:`index_limits`)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    limits = index_limits()
    for node_id, attrs in graph.nodes(data=True):
        label, key = _label_and_key(node_id, attrs)
        where = f"node {str(node_id)[:60]!r}"
        props = _properties(attrs, skip=("label",), where=where)
        props[NODE_KEYS[label]] = key
        _check_indexed(label, props, limits.get(label, ()), where)
        groups[label].append({"key": key, "props": props})
    return dict(groups)


#: What a FlatGraph's relationship holds once it became a row.
_GONE: tuple[tuple[str, ...], tuple[Any, ...]] = ((), ())


def relationship_groups(graph: Graph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows ``{a, b, rid, props}`` per (type, start label, end label), in edge order. A
    FlatGraph's relationships are dropped as they become rows (it is left with none)."""
    ends = {node_id: _label_and_key(node_id, attrs) for node_id, attrs in graph.nodes(data=True)}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    limits = index_limits()
    table = graph.relationships if isinstance(graph, FlatGraph) else None
    for u, v, edge_key, attrs in graph.edges(keys=True, data=True):
        if table is not None:  # its row's properties are a copy: the attributes go now
            table[(u, v, attrs["type"], attrs["rid"])] = _GONE
        where = f"relationship {str(u)[:60]!r} -> {str(v)[:60]!r} ({str(edge_key)[:80]})"
        rel_type = whitelisted(attrs.get("type"), REL_TYPES, f"relationship type of {where}")
        rid = attrs.get("rid")
        if rid is None or rid == "":
            raise StoreError(f"{where} has no rid")
        (start_label, a), (end_label, b) = ends[u], ends[v]
        props = _properties(attrs, skip=("type",), where=where)
        _check_indexed(rel_type, props, limits.get(rel_type, ()), where)
        groups[(rel_type, start_label, end_label)].append({"a": a, "b": b, "rid": rid, "props": props})
    if table is not None:
        table.clear()
    return dict(groups)


#: Where one relationship's attributes are, until its unit runs: a FlatGraph's table key
#: ``(start, end, type, rid)``, or a MultiDiGraph's ``(start, end, key)``.
Ref: TypeAlias = "tuple[Any, ...]"

#: A relationship group: (type, start label, end label).
Group: TypeAlias = "tuple[str, str, str]"

#: A node as the load names it: (label, key).
NodeKey: TypeAlias = "tuple[str, Any]"


class RelIndex:
    """Every relationship of a graph checked (as :func:`relationship_groups` checks them) and filed
    by source and group, each as a :data:`Ref` to its attributes in the graph: a load builds a
    unit's rows (:meth:`rows`) only when the unit runs, so the rows of the whole load are never held
    at once. Also what the load's bookkeeping needs from the same pass: which sources name each
    node (``named``) and which nodes the relationships no source owns touch (``in_shared``).

    A FlatGraph's relationship leaves its table once its unit's rows are built (:meth:`rows`),
    and :meth:`release` empties the table at the end of the load.
    """

    def __init__(self, graph: Graph, shared_sources: frozenset[str]) -> None:
        self.graph = graph
        self.flat = isinstance(graph, FlatGraph)
        self.ends = {node_id: _label_and_key(node_id, attrs) for node_id, attrs in graph.nodes(data=True)}
        self.by_source: dict[str, dict[Group, list[Ref]]] = {}
        self.shared: dict[Group, list[Ref]] = defaultdict(list)
        self.named: dict[NodeKey, set[str]] = defaultdict(set)
        self.in_shared: set[NodeKey] = set()
        limits = index_limits()
        ends = self.ends
        checked_sources: set[str] = set()
        groups: dict[tuple[str, Any, str], Group] = {}
        for ref, attrs in self._items():
            rel_type, rid, source = attrs.get("type"), attrs.get("rid"), attrs.get("source")
            start, end = ends[ref[0]], ends[ref[1]]
            group = groups.get((start[0], rel_type, end[0]))
            if group is None:
                where = _rel_where(ref)
                group = (whitelisted(rel_type, REL_TYPES, f"relationship type of {where}"), start[0], end[0])
                groups[(start[0], rel_type, end[0])] = group
            if rid is None or rid == "":
                raise StoreError(f"{_rel_where(ref)} has no rid")
            _check_values(attrs, ref)
            type_limits = limits.get(group[0], ())
            if type_limits and not (len(type_limits) == 1 and type_limits[0][0] == "source"
                                    and isinstance(source, str) and source in checked_sources):
                _check_indexed(group[0], _properties(attrs, skip=("type",), where=_rel_where(ref)), type_limits,
                               _rel_where(ref))
                if isinstance(source, str):
                    checked_sources.add(source)
            if isinstance(source, str):
                self.named[start].add(source)
                self.named[end].add(source)
            if isinstance(source, str) and source not in shared_sources:
                by_group = self.by_source.get(source)
                if by_group is None:
                    by_group = self.by_source[source] = defaultdict(list)
                by_group[group].append(ref)
            else:
                self.shared[group].append(ref)
                self.in_shared.add(start)
                self.in_shared.add(end)

    def _items(self) -> Iterator[tuple[Ref, Mapping[str, Any]]]:
        if isinstance(self.graph, FlatGraph):
            for ref, (names, values) in self.graph.relationships.items():
                yield ref, dict(zip(names, values, strict=True))
        else:
            for u, v, key, attrs in self.graph.edges(keys=True, data=True):
                yield (u, v, key), attrs

    def rows(self, refs: Mapping[Group, list[Ref]]) -> dict[Group, list[dict[str, Any]]]:
        """The rows ``{a, b, rid, props}`` of ``refs``, as :func:`relationship_groups` makes them
        (checked already); a FlatGraph's relationships leave its table."""
        ends = self.ends
        out: dict[Group, list[dict[str, Any]]] = {}
        if isinstance(self.graph, FlatGraph):
            table = self.graph.relationships
            for group, group_refs in refs.items():
                rows = out[group] = []
                for ref in group_refs:
                    names, values = table[ref]
                    table[ref] = _GONE
                    rows.append({"a": ends[ref[0]][1], "b": ends[ref[1]][1], "rid": values[names.index("rid")],
                                 "props": _storable(zip(names, values, strict=True))})
        else:
            adj = self.graph.adj
            for group, group_refs in refs.items():
                rows = out[group] = []
                for u, v, key in group_refs:
                    attrs = adj[u][v][key]
                    rows.append({"a": ends[u][1], "b": ends[v][1], "rid": attrs["rid"],
                                 "props": _storable(attrs.items())})
        return out

    def release(self) -> None:
        """The end of the load: a FlatGraph is left with no relationship (as after :func:`relationship_groups`)."""
        if isinstance(self.graph, FlatGraph):
            self.graph.relationships.clear()


def _rel_where(ref: Ref) -> str:
    return f"relationship {str(ref[0])[:60]!r} -> {str(ref[1])[:60]!r} ({'|'.join(map(str, ref[2:]))[:80]})"


def _check_values(attrs: Mapping[str, Any], ref: Ref) -> None:
    """StoreError for a value Neo4j cannot store (as :func:`_properties`), the common ones at a glance."""
    for name, value in attrs.items():
        kind = type(value)
        if kind is str or value is None or (kind is int and INT64_MIN <= value <= INT64_MAX):
            continue
        _properties({name: value}, skip=(), where=_rel_where(ref))


def _storable(items: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """:func:`_properties` of values checked already: None dropped, tuples and sets as lists."""
    props: dict[str, Any] = {}
    for name, value in items:
        if value is None or name == "type":
            continue
        if isinstance(value, (tuple, set, frozenset)):
            value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        props[name] = value
    return props


def _label_and_key(node_id: Any, attrs: Mapping[str, Any]) -> tuple[str, Any]:
    label = attrs.get("label")
    if label is None and isinstance(node_id, str):
        label = node_id.partition(":")[0]
    label = whitelisted(label, NODE_LABELS, f"label of node {node_id!r}")
    key = attrs.get(NODE_KEYS[label])
    if key is None and isinstance(node_id, str) and node_id.startswith(label + ":"):
        key = node_id[len(label) + 1:]
    if key is None or key == "":
        raise StoreError(f"node {node_id!r} has no {NODE_KEYS[label]}")
    if isinstance(key, str) and len(key.encode("utf-8")) > INDEX_VALUE_LIMIT:
        raise StoreError(f"{label} {key[:40]!r}…: its {NODE_KEYS[label]} is {len(key.encode('utf-8')):,} bytes, "
                         f"more than Neo4j's key index takes ({INDEX_VALUE_LIMIT:,})")
    return label, key


def _properties(attrs: Mapping[str, Any], *, skip: Sequence[str], where: str) -> dict[str, Any]:
    """Neo4j-storable properties: None dropped (it would erase), tuples and sets as lists."""
    props: dict[str, Any] = {}
    for name, value in attrs.items():
        if name in skip or value is None:
            continue
        if isinstance(value, (tuple, set, frozenset)):
            value = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        elif isinstance(value, dict):
            raise StoreError(f"{where}: property {name!r} is a map, which Neo4j cannot store")
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, int) and not INT64_MIN <= item <= INT64_MAX:
                raise StoreError(f"{where}: property {name!r} is {item}, beyond the 64-bit integers Neo4j stores")
            if isinstance(item, float) and not math.isfinite(item):
                raise StoreError(f"{where}: property {name!r} is {item}, a number JSON and the exports cannot "
                                 "carry; nothing was written")
        props[name] = value
    return props


class Rows(list):
    """A batch whose repr is its size. The driver formats every RUN's parameters for its
    debug log even when nothing is logged; for a batch of 5,000 rows that repr took a
    fifth of the client's time in the relationship phase."""

    def __repr__(self) -> str:
        return f"<{len(self):,} rows>"


def batches(rows: list[_Row], size: int) -> Iterator[list[_Row]]:
    for i in range(0, len(rows), size):
        yield Rows(rows[i:i + size])


def unique_nodes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per key, properties merged (later wins, as successive MERGE + SET leave them)."""
    merged: dict[Any, dict[str, Any]] = {}
    for row in rows:
        seen = merged.get(row["key"])
        merged[row["key"]] = row if seen is None else {"key": row["key"], "props": {**seen["props"], **row["props"]}}
    return list(merged.values())


def flat_rows(rows: list[dict[str, Any]]) -> _FlatGroups:
    """Rows for ``relationships_query`` (with end keys where the ids will go), grouped by
    their identifier-like property names and whether other properties remain.

    One row per ``(start, end, rid)`` (props merged, later wins, as successive MERGE
    + SET leave them), the rows of one start node together, so a transaction touches
    each node's relationships at once. The layout of a row is worked out once per
    distinct set of property names, since a type's rows nearly all share one.
    """
    merged: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    by_start: dict[Any, list[tuple[Any, Any, Any]]] = defaultdict(list)
    for row in rows:
        where = (row["a"], row["b"], row["rid"])
        seen = merged.get(where)
        if seen is None:
            by_start[where[0]].append(where)
            merged[where] = row["props"]
        else:
            merged[where] = {**seen, **row["props"]}
    layouts: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    groups: dict[tuple[tuple[str, ...], bool], list[list[Any]]] = defaultdict(list)
    for where in chain.from_iterable(by_start.values()):
        props = merged[where]
        layout = layouts.get(tuple(props))
        if layout is None:
            names = tuple(sorted(n for n in props if n != "rid" and isinstance(n, str) and PROPERTY.fullmatch(n)))
            layout = layouts[tuple(props)] = (names, tuple(n for n in props if n != "rid" and n not in names))
        names, others = layout
        flat = [where[0], where[1], where[2], *map(props.__getitem__, names)]
        if others:
            flat.append({n: props[n] for n in others})
        groups[(names, bool(others))].append(flat)
    return dict(groups)


@contextmanager
def gc_frozen() -> Iterator[None]:
    """While a load writes: every container that exists now (the graph, its rows) is left out of
    the cyclic collector's scans (``gc.freeze``), which would otherwise rescan them again and
    again, while the garbage the writes make (the driver's results, in cycles) is still collected:
    pausing the collector instead held ~30 MB more at 19 MB of facts."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Row building allocates millions of containers and no cycles: the cyclic collector
    would rescan them again and again (half the time at a million rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
