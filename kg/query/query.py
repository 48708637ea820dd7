"""Named queries that give the same table on the offline graph and on Neo4j.

Each query exists twice: ``cypher/NAME.cypher`` for Neo4j (and Neo4j Browser), and a
Python function over the networkx graph here. Both produce rows of plain values
(str, int, bool, None, lists of str) with the columns of :data:`QUERIES` and in the
order the Cypher's ``ORDER BY`` gives (nulls last ascending, first descending, ties
broken by name); one function turns rows into a DataFrame for both, so the tables
compare equal. tests/test_parity.py proves it on the seed corpus.

>>> from kg.graph.graph import build_graph
>>> g = build_graph({"task_assignments": [{"source": "a.txt", "doc_id": "D1", "kind": "task", "seq": 1,
...     "lead_units": ["市经信局"], "cooperating_units": ["市发改委"], "lead_officials": []}]})
>>> run_query("cooperation_pairs", {}, graph=g).to_dict("records")
[{'lead_unit': '市经信局', 'cooperating_unit': '市发改委', 'shared': 1}]
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import networkx as nx
import pandas as pd

from kg.errors import QueryError, SliceError, StoreError
from kg.graph.graph import COLLECTIVE_KIND, KEY_OF, node_id
from kg.graph.timeslice import Slice, slice_graph
from kg.query.evidence import (
    document_label,
    explain,
    neo4j_evidence,
    neo4j_explain,
    offline_evidence,
    with_evidence,
)
from kg.query.named import NAMED
from kg.query.specs import (
    SLICE_PARAMS,
    Param,
    QuerySpec,
    Row,
    boolean,
    distinct,
    order_rows,
)

_LIMIT = Param("limit", int, required=False, default=25, help="at most this many rows")
#: Collective placeholders (各相关金融机构, 各区县（市）政府: Units of kind ``collective``) are left out of
#: the rankings unless this is true (``kg query … --include-collective``).
INCLUDE_COLLECTIVE = Param("include_collective", boolean, required=False, default=False,
                           help="true: also rank collective placeholders (各相关金融机构, 相关镇(街道))")

#: The named queries of DESIGN.md: name → spec.
QUERIES: dict[str, QuerySpec] = {q.name: q for q in (
    QuerySpec("leads_most_tasks", "Which units lead the most tasks (and projects)?",
              ("unit", "tasks", "projects", "cooperates"), (_LIMIT, INCLUDE_COLLECTIVE)),
    QuerySpec("cooperation_pairs", "Which lead unit and cooperating unit share the most tasks/projects?",
              ("lead_unit", "cooperating_unit", "shared"),
              (Param("unit", required=False, help="only pairs with this unit (name or alias)"), _LIMIT,
               INCLUDE_COLLECTIVE)),
    QuerySpec("unit_profile", "What does one unit do: its relationships by type, with examples "
              "(a task's or project's id and words).",
              ("unit", "relationship", "direction", "other_label", "n", "examples"),
              (Param("unit", help="canonical name or alias, e.g. 市经信局"),)),
    QuerySpec("official_career", "An official's appointments and removals in date order.",
              ("official", "date", "action", "organization", "position", "document", "concurrent"),
              (Param("name", help="a name (王程: the officials of that name in every place) or a key (王程@宁波市)"),)),
    QuerySpec("personnel_moves", "Per document and official: posts appointed to and removed from.",
              ("date", "document", "official", "move", "appointed_to", "removed_from")),
    QuerySpec("lead_officials", "Which leaders (牵头领导) lead the most tasks, with which units?",
              ("official", "tasks", "documents", "units"), (INCLUDE_COLLECTIVE,)),
    QuerySpec("parks_by_industry", "Which industries do the parks build on, and which parks?",
              ("industry", "n_parks", "parks")),
    QuerySpec("parks_in_region", "Which parks lie in a region (the park's host)?",
              ("region", "park", "sector", "industries"),
              (Param("region", required=False, help="e.g. 余姚市; omit for every region"),)),
    QuerySpec("document_citations", "What a document cites or repeals, and what cites or repeals it.",
              ("document", "direction", "relationship", "other", "other_title", "context"),
              (Param("doc", help="document id or number, e.g. 甬政发〔2021〕59号"),)),
    QuerySpec("unit_lineage", "Which units a unit succeeded and which succeeded it (机构改革: SUCCEEDED_BY).",
              ("unit", "direction", "predecessor", "successor", "date", "kind", "source", "quote"),
              (Param("unit", help="canonical name or alias, e.g. 宁波前湾新区管理委员会"),)),
)}


def describe_queries() -> str:
    """One line per named query: name(params) and the question it answers."""
    lines = []
    for spec in QUERIES.values():
        params = ", ".join(p.name if p.required else f"[{p.name}]" for p in spec.params if p not in SLICE_PARAMS)
        sliced = "  [year, since, until: only facts dated then]" if spec.dated else ""
        lines.append(f"{spec.name}({params})  {spec.description}{sliced}")
    return "\n".join(lines)


def check_params(name: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Every parameter of the query with a value of its type (defaults filled in)."""
    spec = QUERIES.get(name)
    if spec is None:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(QUERIES)}")
    params = dict(params or {})
    known = {p.name: p for p in spec.params}
    unknown = sorted(set(params) - set(known))
    if unknown:
        allowed = ", ".join(known) or "none"
        raise QueryError(f"{name}: unknown parameter {unknown[0]!r} (parameters: {allowed})")
    out: dict[str, Any] = {}
    for p in spec.params:
        value = params.get(p.name)
        if value is None or value == "":
            if p.required:
                raise QueryError(f"{name}: missing parameter {p.name!r} ({p.help}); use --param {p.name}=...")
            out[p.name] = p.default
            continue
        try:
            out[p.name] = p.type(value)
        except SliceError as exc:  # a bad date: a usage error, as --since/--until
            raise SliceError(f"{name}: {p.name}: {exc}") from None
        except (TypeError, ValueError):
            raise QueryError(f"{name}: parameter {p.name}={value!r} is not {p.type.__name__}") from None
        if p.type is int and not 0 <= out[p.name] <= INT64_MAX:
            raise QueryError(f"{name}: parameter {p.name} must be between 0 and {INT64_MAX:,}")
    return _with_slice(name, out) if spec.dated else out


def _with_slice(name: str, values: dict[str, Any]) -> dict[str, Any]:
    """``year`` becomes its since/until; both backends read only ``since`` and ``until``."""
    year = values.pop("year", None)
    try:
        period = Slice.bounded_by(values.get("since"), values.get("until"), year=year)
    except SliceError as exc:
        raise SliceError(f"{name}: {exc}") from None
    return values | {"since": period.since, "until": period.until}


def query_slice(values: Mapping[str, Any]) -> Slice:
    """The time slice of checked parameters (:func:`check_params`): unbounded when none."""
    return Slice(values.get("since"), values.get("until"))


#: The largest integer Neo4j stores (a signed 64-bit integer).
INT64_MAX = 2**63 - 1


def run_query(name: str, params: Mapping[str, Any] | None = None, *, backend: str = "offline",
              graph: nx.MultiDiGraph | None = None, driver: Any = None, evidence: bool = False) -> pd.DataFrame:
    """The table of one named query, from the offline ``graph`` or a Neo4j ``driver``; with
    ``evidence``, every row also has the source, start, end and quote of the first fact it
    stands on (kg.query.evidence)."""
    values = check_params(name, params)
    spec = QUERIES[name]
    if backend == "offline":
        if graph is None:
            raise QueryError("offline backend needs a graph (kg.graph.graph.build_graph(facts))")
        sliced = slice_graph(graph, query_slice(values)) if spec.dated else graph
        rows = list(_OFFLINE[name](graph_index(sliced), **_offline_args(spec, values)))
        found = offline_evidence(name, graph_index(sliced), rows) if evidence else []
    elif backend == "neo4j":
        if driver is None:
            raise QueryError("neo4j backend needs a driver (kg.store.store.connect(...))")
        rows = _run_cypher(driver, spec, values)
        found = neo4j_evidence(name, lambda text, parameters: _execute(driver, name, text, parameters)[0],
                               rows, values.get("since"), values.get("until")) if evidence else []
    else:
        raise QueryError(f"unknown backend {backend!r}; use offline or neo4j")
    table = to_frame(spec, rows)
    return with_evidence(table, found) if evidence else table


def explain_node(name: str, *, backend: str = "offline", graph: nx.MultiDiGraph | None = None,
                 driver: Any = None) -> pd.DataFrame:
    """Every record the nodes named ``name`` come from (kg.query.evidence.explain), offline or in Neo4j."""
    if backend == "offline":
        if graph is None:
            raise QueryError("offline backend needs a graph (kg.graph.graph.build_graph(facts))")
        return explain(graph, name)
    if backend == "neo4j":
        if driver is None:
            raise QueryError("neo4j backend needs a driver (kg.store.store.connect(...))")
        return neo4j_explain(lambda text, parameters: _execute(driver, "explain", text, parameters)[0], name)
    raise QueryError(f"unknown backend {backend!r}; use offline or neo4j")


def _offline_args(spec: QuerySpec, values: dict[str, Any]) -> dict[str, Any]:
    """The offline functions take the query's own parameters: the slice is the graph's."""
    if not spec.dated:
        return values
    return {k: v for k, v in values.items() if k not in ("since", "until")}


def to_frame(spec: QuerySpec, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows → DataFrame with the spec's columns (the one constructor both backends use).

    Count and flag columns get numeric/bool dtypes; every other column is ``object``,
    so a missing value stays ``None`` (not NaN) and lists stay lists.
    """
    rows = list(rows)
    data: dict[str, pd.Series] = {}
    for column in spec.columns:
        values = [r[column] for r in rows]
        numeric = values and all(isinstance(v, (int, float)) for v in values)
        data[column] = pd.Series(values, dtype=None if numeric else object, name=column)
    return pd.DataFrame(data, columns=list(spec.columns))


@functools.cache
def cypher_text(name: str) -> str:
    """The Cypher of a named query, read once from cypher/NAME.cypher."""
    path = QUERIES[name].cypher_path
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{name}: cannot read {path} ({exc.strerror})") from exc


def _run_cypher(driver: Any, spec: QuerySpec, values: dict[str, Any]) -> list[Row]:
    rows, keys = _execute(driver, spec.name, cypher_text(spec.name), values)
    if tuple(keys) != spec.columns:
        raise QueryError(f"{spec.name}: cypher returns {list(keys)}, expected {list(spec.columns)}")
    return rows


def _execute(driver: Any, name: str, text: str, values: Mapping[str, Any]) -> tuple[list[Row], list[str]]:
    """Records of one read query as dicts, and its columns; errors as one-line KgErrors."""
    from neo4j.exceptions import ClientError, DriverError, Neo4jError  # the driver: only for --backend neo4j

    from kg.store.connection import CALL_TIMEOUT, bounded

    try:
        records, _, keys = bounded(f"running {name}", CALL_TIMEOUT, driver.execute_query,
                                   text, parameters_=dict(values), routing_="r")
    except ClientError as exc:  # the query or its parameters: the user's to fix
        raise QueryError(f"{name}: Neo4j refused the query: {exc.message or exc}") from exc
    except (Neo4jError, DriverError, OSError) as exc:  # the server or the connection
        raise StoreError(f"{name}: Neo4j failed: {exc}".splitlines()[0]) from exc
    return [dict(zip(keys, record.values(), strict=True)) for record in records], list(keys)


# -- the offline side ------------------------------------------------------------------------

@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building big indexes.

    Hundreds of thousands of new tuples and sets would start full collections that walk
    every object of the graph and free nothing; that was half the time of a query. The
    objects allocated meanwhile would still start one right after (~1 s at a million
    relationships), so what exists then moves to the permanent generation (``gc.freeze``):
    the graph and its index are not walked again by any later full collection, and are
    freed by reference counting as usual.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


class _Index:
    """The graph's nodes and edges arranged for the named queries, built once per graph.

    Edges are grouped by (type, start label, end label), so a query reads only the edges it
    asks for; node labels and keys sit in plain dicts; the per-query views (who leads which
    tasks, an official's appointments ...) are derived on first use and kept. Build it with
    :func:`graph_index`, which keeps it with the graph until the graph changes.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.labels: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.groups: dict[tuple[str, str, str], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
        self._views: dict[tuple[Any, ...], Any] = {}
        labels, keys, groups = self.labels, self.keys, self.groups
        with _no_gc():
            for n, attrs in graph._node.items():  # the raw dicts: networkx's views cost a wrapper per node
                label = labels[n] = attrs["label"]
                keys[n] = attrs[KEY_OF[label]]
            for u, nbrs in graph._adj.items():
                lu = labels[u]
                for v, keyed in nbrs.items():
                    lv = labels[v]
                    for attrs in keyed.values():
                        groups[attrs["type"], lu, lv].append((u, v, attrs))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled or deep-copied with its graph, the index becomes None: rebuilt on demand."""
        return (type(None), ())

    def label(self, node: str) -> str:
        return self.labels[node]

    def key(self, node: str) -> str:
        return self.keys[node]

    def prop(self, node: str, name: str) -> Any:
        return self.graph.nodes[node].get(name)

    def edges(self, *types: str, start: str | None = None, end: str | None = None
              ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Edges of these types (in this order of types) between nodes with these labels."""
        for t in types:
            for (gt, gs, ge), edges in self.groups.items():
                if gt == t and (start is None or gs == start) and (end is None or ge == end):
                    yield from edges

    def _view(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        view = self._views.get(key)
        if view is None:
            with _no_gc():
                view = self._views[key] = make()
        return view

    def targets(self, rel: str, start: str | None = None, end: str | None = None) -> dict[str, set[str]]:
        """start node → the distinct nodes it reaches by one ``rel`` edge (kept for later calls)."""
        return self._linked(rel, start, end, from_start=True)

    def sources(self, rel: str, start: str | None = None, end: str | None = None) -> dict[str, set[str]]:
        """end node → the distinct nodes that reach it by one ``rel`` edge (kept for later calls)."""
        return self._linked(rel, start, end, from_start=False)

    def _linked(self, rel: str, start: str | None, end: str | None, *, from_start: bool) -> dict[str, set[str]]:
        def make() -> dict[str, set[str]]:
            out: dict[str, set[str]] = defaultdict(set)
            for u, v, _ in self.edges(rel, start=start, end=end):
                if from_start:
                    out[u].add(v)
                else:
                    out[v].add(u)
            return dict(out)
        return self._view(("targets" if from_start else "sources", rel, start, end), make)

    def incoming(self, types: tuple[str, ...], start: str, end: str
                 ) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
        """end node → its edges of these types, in :meth:`edges` order (kept for later calls)."""
        def make() -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
            out: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
            for edge in self.edges(*types, start=start, end=end):
                out[edge[1]].append(edge)
            return dict(out)
        return self._view(("incoming", types, start, end), make)

    def nodes_of(self, label: str) -> list[str]:
        """Every node with this label."""
        return self._view(("nodes", label), lambda: [n for n, lb in self.labels.items() if lb == label])

    def sorted_keys(self, label: str) -> tuple[list[str], list[str]]:
        """(keys, nodes) of one label sorted by key, for prefix lookups by bisection."""
        def make() -> tuple[list[str], list[str]]:
            pairs = sorted((self.keys[n], n) for n in self.nodes_of(label))
            return [k for k, _ in pairs], [n for _, n in pairs]
        return self._view(("sorted", label), make)

    def with_prefix(self, label: str, prefix: str) -> list[str]:
        """Nodes of this label whose key starts with ``prefix``."""
        keys, nodes = self.sorted_keys(label)
        i = bisect.bisect_left(keys, prefix)
        out = []
        while i < len(keys) and keys[i].startswith(prefix):
            out.append(nodes[i])
            i += 1
        return out

    def with_key(self, label: str, key: str) -> list[str]:
        """The node of this label and key, if the graph has it (a list of none or one)."""
        node = node_id(label, key)
        return [node] if self.labels.get(node) == label else []

    def units_named(self, unit: str) -> list[str]:
        """Unit nodes whose name or one of whose aliases is ``unit``."""
        def make() -> dict[str, list[str]]:
            out: dict[str, list[str]] = defaultdict(list)
            for n in self.nodes_of("Unit"):
                for name in dict.fromkeys([self.keys[n], *(self.prop(n, "aliases") or [])]):
                    out[name].append(n)
            return dict(out)
        return self._view(("units_named",), make).get(unit, [])


_CACHE_KEY = "kg.query.query.index"


def graph_index(graph: nx.MultiDiGraph) -> _Index:
    """The query index of ``graph``: built on the first query, reused until the graph changes.

    It lives in ``graph.__networkx_cache__``, which networkx empties whenever a node or an
    edge is added or removed, so a changed graph gets a fresh index. Attribute values are
    read from the graph at query time; only labels, keys and relationship types are copied.
    """
    cache = getattr(graph, "__networkx_cache__", None)
    if cache is None:  # networkx < 3.3 has no cache that mutations clear: index per call
        return _Index(graph)
    index = cache.get(_CACHE_KEY)
    if not isinstance(index, _Index) or index.graph is not graph or len(index.labels) != len(graph):
        index = cache[_CACHE_KEY] = _Index(graph)
    return index


def _matches_unit(ix: _Index, node: str, unit: str) -> bool:
    return ix.key(node) == unit or unit in (ix.prop(node, "aliases") or [])


def _ranked(ix: _Index, unit: str, include_collective: bool) -> bool:
    """Whether a Unit node takes part in a ranking: not a collective placeholder, unless asked."""
    return include_collective or ix.prop(unit, "kind") != COLLECTIVE_KIND


def _leads_most_tasks(ix: _Index, limit: int, include_collective: bool) -> list[Row]:
    tasks = ix.targets("LEADS", "Unit", "Task")
    projects = ix.targets("LEADS", "Unit", "Project")
    cooperates = ix.targets("COOPERATES", "Unit")
    none: set[str] = set()
    rows = [{"unit": ix.key(u), "tasks": len(tasks.get(u, none)), "projects": len(projects.get(u, none)),
             "cooperates": len(cooperates.get(u, none))} for u in tasks.keys() | projects.keys()
            if _ranked(ix, u, include_collective)]
    return order_rows(rows, [("tasks", True), ("projects", True), ("unit", False)])[:limit]


def _cooperation_pairs(ix: _Index, unit: str | None, limit: int, include_collective: bool) -> list[Row]:
    leads = ix.sources("LEADS", "Unit")  # task/project → lead units
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c, t, _ in ix.edges("COOPERATES", start="Unit"):
        if not _ranked(ix, c, include_collective):
            continue
        for lead in leads.get(t, ()):
            if lead == c or not _ranked(ix, lead, include_collective):
                continue
            if unit is None or _matches_unit(ix, lead, unit) or _matches_unit(ix, c, unit):
                shared[ix.key(lead), ix.key(c)].add(t)
    rows = [{"lead_unit": a, "cooperating_unit": b, "shared": len(ts)} for (a, b), ts in shared.items()]
    return order_rows(rows, [("shared", True), ("lead_unit", False), ("cooperating_unit", False)])[:limit]


#: What unit_profile shows of a task or project beside its id: its words (``D1#T3 加快推进…``).
_EXAMPLE_TEXT = {"Task": "text", "Project": "name"}


def _example(ix: _Index, node: str) -> str:
    """A node as unit_profile lists it: the key, and for a task or project its text after a space."""
    field = _EXAMPLE_TEXT.get(ix.label(node))
    text = ix.prop(node, field) if field else None
    return f"{ix.key(node)} {text}" if text is not None else ix.key(node)


def _unit_profile(ix: _Index, unit: str) -> list[Row]:
    groups: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    units = ix.units_named(unit)
    for u in units:
        for _, x, attrs in ix.graph.out_edges(u, data=True):
            groups[ix.key(u), attrs["type"], "out", ix.label(x)].add(x)
        for x, _, attrs in ix.graph.in_edges(u, data=True):
            groups[ix.key(u), attrs["type"], "in", ix.label(x)].add(x)
    rows = [{"unit": k[0], "relationship": k[1], "direction": k[2], "other_label": k[3],
             "n": len(others), "examples": [_example(ix, x) for x in sorted(others, key=ix.key)[:5]]}
            for k, others in groups.items()]
    return order_rows(rows, [("unit", False), ("relationship", False), ("direction", False),
                             ("other_label", False)])


_PERSONNEL = ("APPOINTS", "REMOVES")


def _personnel_edges(ix: _Index) -> Iterator[tuple[str, str, dict[str, Any]]]:
    return ix.edges(*_PERSONNEL, start="Document", end="Official")


def _officials_named(ix: _Index, name: str) -> list[str]:
    """Official nodes of this person's name in every place (王程 → 王程@宁波市, …), or the
    one node of a key (王程@宁波市), with the homonyms the resolve stage kept apart
    (``key（unit）``)."""
    def make() -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for n in ix.nodes_of("Official"):
            for k in dict.fromkeys([ix.key(n), ix.prop(n, "name") or ix.key(n)]):
                out[k].append(n)
        return out
    found = ix._view(("officials_named",), make).get(name, [])
    return list(dict.fromkeys([*found, *ix.with_prefix("Official", name + "（")]))


def _official_career(ix: _Index, name: str) -> list[Row]:
    rows = [{"official": ix.key(o), "date": a.get("date"),
             "action": "appoint" if a["type"] == "APPOINTS" else "remove",
             "organization": a.get("organization"), "position": a.get("position"),
             "document": document_label(ix, d), "concurrent": bool(a.get("concurrent", False))}
            for o in _officials_named(ix, name)
            for d, _, a in ix.incoming(_PERSONNEL, "Document", "Official").get(o, ())]
    return order_rows(distinct(rows), [("date", False), ("document", False), ("action", False),
                                        ("organization", False), ("position", False),
                                        ("concurrent", False), ("official", False)])


def _personnel_moves(ix: _Index) -> list[Row]:
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for d, o, a in _personnel_edges(ix):
        g = groups.setdefault((d, o), {"dates": [], "APPOINTS": set(), "REMOVES": set(), "to": set(), "from": set()})
        if a.get("date") is not None:
            g["dates"].append(a["date"])
        g[a["type"]].add((a.get("organization") or "") + (a.get("position") or ""))
        g["to" if a["type"] == "APPOINTS" else "from"].add(a.get("organization") or "")
    later = ix.targets("SUCCEEDED_BY", "Unit", "Unit")
    rows = []
    for (d, o), g in groups.items():
        appointed, removed = sorted(g["APPOINTS"]), sorted(g["REMOVES"])
        move = _move_kind(ix, g["to"], g["from"] - {""}, later) if appointed and removed else \
            "appointment" if appointed else "removal"
        rows.append({"date": min(g["dates"]) if g["dates"] else None, "document": document_label(ix, d),
                     "official": ix.key(o), "move": move, "appointed_to": appointed, "removed_from": removed})
    return order_rows(rows, [("date", False), ("document", False), ("official", False)])


def _move_kind(ix: _Index, to_units: set[str], from_units: set[str], later: Mapping[str, set[str]]) -> str:
    """``transfer`` when one document moves a person to another unit; ``in_unit`` when every post
    given is at a unit they leave a post of (副局长 → 局长); ``succession`` when it is at such a
    unit or at one that succeeded it (SUCCEEDED_BY*: the same body after a reform)."""
    successors = {ix.key(n) for u in from_units for node in ix.with_key("Unit", u) for n in _reach(node, later)}
    if all(u in from_units or u in successors for u in to_units):
        return "in_unit" if to_units <= from_units else "succession"
    return "transfer"


def _lead_officials(ix: _Index, include_collective: bool) -> list[Row]:
    tasks = ix.targets("LEADS", "Official", "Task")
    unit_leads = ix.sources("LEADS", "Unit", "Task")
    doc_of = ix.targets("PART_OF", "Task", "Document")
    none: set[str] = set()
    rows = [{"official": ix.key(o), "tasks": len(ts),
             "documents": len(set().union(*(doc_of.get(t, none) for t in ts))),
             "units": sorted({ix.key(u) for t in ts for u in unit_leads.get(t, none)
                              if _ranked(ix, u, include_collective)})}
            for o, ts in tasks.items()]
    return order_rows(rows, [("tasks", True), ("official", False)])


def _parks_by_industry(ix: _Index) -> list[Row]:
    parks: dict[str, set[str]] = defaultdict(set)
    for p in ix.nodes_of("Park"):
        for industry in ix.prop(p, "industries") or []:
            parks[industry].add(ix.key(p))
    rows = [{"industry": i, "n_parks": len(ps), "parks": sorted(ps)} for i, ps in parks.items()]
    return order_rows(rows, [("n_parks", True), ("industry", False)])


def _parks_in_region(ix: _Index, region: str | None) -> list[Row]:
    rows = [{"region": ix.key(r), "park": ix.prop(p, "name") or ix.key(p), "sector": ix.prop(p, "sector"),
             "industries": list(ix.prop(p, "industries") or [])}
            for p, r, _ in ix.edges("LOCATED_IN", start="Park", end="Region")
            if region is None or ix.key(r) == region]
    return order_rows(distinct(rows), [("region", False), ("park", False)])


def _document_citations(ix: _Index, doc: str) -> list[Row]:
    docs = {n for n in ix.nodes_of("Document") if doc in (ix.key(n), ix.prop(n, "doc_number"))}
    rows = []
    for u, v, a in ix.edges("CITES", "REPEALS", start="Document", end="Document"):
        for this, other, direction in ((u, v, "out"), (v, u, "in")):
            if this in docs:
                rows.append({"document": ix.key(this), "direction": direction, "relationship": a["type"],
                             "other": ix.key(other), "other_title": ix.prop(other, "title"),
                             "context": a.get("context")})
    return order_rows(distinct(rows), [("document", False), ("direction", False), ("relationship", False),
                                        ("other", False), ("context", False)])


def _unit_lineage(ix: _Index, unit: str) -> list[Row]:
    later = ix.targets("SUCCEEDED_BY", "Unit", "Unit")
    earlier = ix.sources("SUCCEEDED_BY", "Unit", "Unit")
    edges = list(ix.edges("SUCCEEDED_BY", start="Unit", end="Unit"))
    rows = []
    for u in ix.units_named(unit):
        before, after = _reach(u, earlier), _reach(u, later)  # one step or more, as SUCCEEDED_BY*1..
        for a, b, attrs in edges:
            for direction, hit in (("earlier", b == u or b in before), ("later", a == u or a in after)):
                if hit:
                    rows.append({"unit": ix.key(u), "direction": direction, "predecessor": ix.key(a),
                                 "successor": ix.key(b), "date": attrs.get("date"), "kind": attrs.get("kind"),
                                 "source": attrs.get("source"), "quote": attrs.get("quote")})
    return order_rows(distinct(rows), [(c, False) for c in QUERIES["unit_lineage"].columns])


def _reach(start: str, step: Mapping[str, set[str]]) -> set[str]:
    """The nodes one or more ``step`` links away from ``start`` (``start`` itself only on a cycle)."""
    seen: set[str] = set()
    todo = list(step.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(step.get(node, ()))
    return seen


_OFFLINE: dict[str, Callable[..., list[Row]]] = {
    "leads_most_tasks": _leads_most_tasks,
    "cooperation_pairs": _cooperation_pairs,
    "unit_profile": _unit_profile,
    "official_career": _official_career,
    "personnel_moves": _personnel_moves,
    "lead_officials": _lead_officials,
    "parks_by_industry": _parks_by_industry,
    "parks_in_region": _parks_in_region,
    "document_citations": _document_citations,
    "unit_lineage": _unit_lineage,
}
#: The built-in queries above; then those that come with fact kinds (kg.query.named).
BUILTIN: tuple[str, ...] = tuple(QUERIES)
for _named in NAMED:
    QUERIES[_named.spec.name] = _named.spec
    _OFFLINE[_named.spec.name] = _named.offline
