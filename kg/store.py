"""The offline graph into Neo4j: batched, parameterised, idempotent.

``load_graph`` applies ``cypher/schema.cypher`` (constraints first: MERGE on an
unindexed key is orders of magnitude slower), then writes nodes grouped by label
and relationships grouped by type in ``UNWIND $rows`` batches, each batch one
managed write transaction. Labels and types in the Cypher text come from the
schema whitelist, never from data; every value travels as a parameter. Loading
the same graph twice leaves the same nodes and relationships: nodes merge on
their key, relationships on ``(start, type, end, rid)``.

What makes the relationship phase fast (bench/load.py, bench/README.md):

- node MERGE batches return each node's ``elementId``, and relationship rows
  carry those ids, so the end points are found by id seek instead of two index
  seeks on the uniqueness constraints;
- rows are laid out (deduplicated, grouped by start node, one flat list per
  relationship) before the server is touched, and the relationship phase only swaps
  end keys for ids; a transaction then touches each busy node's relationships together;
- two transactions write relationship batches at once (``writers``), so the server
  works on one batch while the client packs the next and both cores stay busy;
- a relationship type with no relationship stored yet (the count store answers
  in O(1)) is written with CREATE instead of MERGE: nothing can match, and the
  rows are deduplicated on ``(start, end, rid)`` first. A rerun after a crash
  sees the committed batches (a transaction commits whole or not at all) and
  MERGEs. A retried transaction (the driver retries when, e.g., the connection
  dropped, possibly after the commit) always uses MERGE, so a retry never
  duplicates.

Example::

    driver = connect("bolt://127.0.0.1:7687", "neo4j", password)
    report = load_graph(driver, build_graph(facts), wipe=True)
    print(report)   # loaded 1,234 nodes and 5,678 relationships in 0.9 s (...)
"""

from __future__ import annotations

import gc
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction, Session
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from kg.errors import StoreError
from kg.graph import KEY_OF, NODE_LABELS, REL_TYPES
from kg.paths import CYPHER_DIR

#: Labels, types and key properties come from the graph stage's whitelist.
NODE_KEYS: dict[str, str] = KEY_OF

SCHEMA_FILE = CYPHER_DIR / "schema.cypher"

#: Rows per transaction. On a 2-core machine with the server beside it and two writers
#: (bench/load.py), 5k loads relationships fastest, 10k within noise of it, 20k slower.
DEFAULT_BATCH_SIZE = 5_000

#: Batches written at once, each in a session and transaction of its own.
DEFAULT_WRITERS = 2

#: Seconds to wait for a connection, and for a retried transaction, before giving up.
CONNECT_TIMEOUT = 8.0
RETRY_TIME = 30.0

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

_NAME = re.compile(r"[A-Z][A-Za-z_]*")
_Row = TypeVar("_Row")
_PROPERTY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
#: Flat relationship rows by (property names in the query text, whether a map of others follows).
_FlatGroups = dict[tuple[tuple[str, ...], bool], list[list[Any]]]


def connect(uri: str, user: str, password: str, *, timeout: float = CONNECT_TIMEOUT) -> Driver:
    """A driver that has reached the server and logged in, or a one-line ``StoreError``.

    Unreachable servers and refused credentials are told apart; either way the
    answer comes within about ``timeout`` seconds.
    """
    scheme = uri.partition("://")[0]
    if scheme not in BOLT_SCHEMES:
        raise StoreError(f"bad Neo4j URI {uri!r}: use bolt://HOST:PORT (or {', '.join(BOLT_SCHEMES[1:])})")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout,
                                      connection_acquisition_timeout=timeout,
                                      max_transaction_retry_time=RETRY_TIME)
    except (ValueError, ConfigurationError) as exc:
        raise StoreError(f"bad Neo4j URI {uri!r}: {_one_line(exc)}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreError(f"Neo4j at {uri} refused the credentials of user {user!r} "
                         "(check NEO4J_USER / NEO4J_PASSWORD)") from None
    except (ServiceUnavailable, OSError) as exc:
        driver.close()
        raise StoreError(f"Neo4j is unreachable at {uri}: {_one_line(exc)} "
                         "(start it: scripts/neo4j start, or docker compose up -d)") from None
    except (Neo4jError, DriverError) as exc:
        driver.close()
        raise StoreError(f"cannot use Neo4j at {uri}: {_one_line(exc)}") from None
    return driver


@dataclass
class LoadReport:
    """What one ``load_graph`` wrote: rows sent per label and type, and how fast."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rel_seconds: float = 0.0
    batch_size: int = DEFAULT_BATCH_SIZE
    wiped: bool = False

    @property
    def node_count(self) -> int:
        return sum(self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(self.relationships.values())

    @property
    def rels_per_second(self) -> float:
        """Relationship write rate, timed over the relationship phase only."""
        return self.relationship_count / self.rel_seconds if self.rel_seconds else 0.0

    def __str__(self) -> str:
        wiped = " after wiping the database" if self.wiped else ""
        return (f"loaded {self.node_count:,} nodes and {self.relationship_count:,} relationships"
                f"{wiped} in {self.seconds:.1f} s ({self.rels_per_second:,.0f} relationships/s, "
                f"batches of {self.batch_size:,})")


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of a .cypher file: ``//`` comment lines dropped, split on ``;``."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("//"))
    return [stmt.strip() for stmt in text.split(";") if stmt.strip()]


def apply_schema(driver: Driver, path: Path = SCHEMA_FILE, *, database: str | None = None) -> int:
    """Create the constraints and indexes (idempotent) and wait until they are online."""
    statements = schema_statements(path)
    with _errors("applying the schema"), driver.session(database=database) as session:
        for stmt in statements:
            session.run(stmt).consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    return len(statements)


def wipe(driver: Driver, *, batch_size: int = DEFAULT_BATCH_SIZE, database: str | None = None) -> None:
    """Delete every relationship, then every node, in transactions of ``batch_size`` rows.

    Relationships go first so no single transaction has to detach a dense node's
    thousands of relationships at once. The schema is kept.
    """
    with _errors("wiping the database"), driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()


#: Constraints of the bare-name keys that Official and Park had before name@place keys.
OLD_KEY_CONSTRAINTS = ("official_name", "park_name")
_DROP_OLD_KEY = {"official_name": "DROP CONSTRAINT official_name IF EXISTS",
                 "park_name": "DROP CONSTRAINT park_name IF EXISTS"}


def check_keys(driver: Driver, *, wiped: bool, database: str | None = None) -> None:
    """Refuse to mix key schemes: a database loaded with bare-name Official/Park keys
    must be reloaded with ``--wipe`` (after a wipe, the old constraints are dropped)."""
    with _errors("checking the stored keys"), driver.session(database=database,
                                                             notifications_min_severity="OFF") as session:
        old = [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name WHERE name IN $old RETURN name",
                                              old=list(OLD_KEY_CONSTRAINTS))]
        if wiped:
            for name in old:
                session.run(_DROP_OLD_KEY[name]).consume()
            return
        stale = session.run("MATCH (n) WHERE (n:Official OR n:Park) AND n.id IS NULL RETURN count(n) AS n").single()
    if old or (stale is not None and stale["n"]):
        raise StoreError("the database holds Official/Park nodes keyed by bare name (loaded by an older "
                         "policy-kg); officials are now name@place and parks name@region: reload with "
                         "`kg load --wipe`")


_wipe_all = wipe  # load_graph's `wipe` flag shadows the function's name


def counts(driver: Driver, *, database: str | None = None) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: n}, "relationships": {type: n}}`` as stored, sorted by name."""
    with _errors("counting"), driver.session(database=database) as session:
        nodes = {r["label"]: r["n"] for r in session.run(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")}
        rels = {r["type"]: r["n"] for r in session.run(
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")}
    return {"nodes": nodes, "relationships": rels}


def load_graph(driver: Driver, graph: nx.MultiDiGraph, *, wipe: bool = False, batch_size: int | None = None,
               progress: Callable[[int], Any] | None = None, database: str | None = None,
               writers: int | None = None) -> LoadReport:
    """Write ``graph`` into Neo4j; loading it again leaves the same counts.

    ``progress(n)`` is called after each batch with the number of rows it wrote, in
    the batches' order. ``writers`` transactions run at once (``DEFAULT_WRITERS``);
    with ``writers=1`` one batch commits before the next starts.
    Every row is checked before the first write, so a graph with a label or type
    outside the schema writes nothing and raises ``StoreError``.
    """
    size = DEFAULT_BATCH_SIZE if batch_size is None else batch_size
    if size < 1:
        raise StoreError(f"batch size must be positive, got {size}")
    writers = DEFAULT_WRITERS if writers is None else writers
    if writers < 1:
        raise StoreError(f"writers must be positive, got {writers}")
    with _gc_paused():
        node_rows = {label: _unique_nodes(rows) for label, rows in node_groups(graph).items()}
        rel_rows = {group: _flat_rows(rows) for group, rows in relationship_groups(graph).items()}
    report = LoadReport(batch_size=size, wiped=wipe)
    began = time.perf_counter()
    if wipe:
        _wipe_all(driver, database=database)  # its own batch size: batch_size=1 would mean a tx per row
    check_keys(driver, wiped=wipe, database=database)
    apply_schema(driver, database=database)
    # No notices: counting a label or type that is not stored yet draws one.
    with _errors("loading"), driver.session(database=database, notifications_min_severity="OFF") as session:
        fresh_labels = {label for label in node_rows if session.execute_read(_node_count, label) == 0}
        fresh_types = {group[0] for group in rel_rows if session.execute_read(_relationship_count, group[0]) == 0}
    element_ids: dict[str, dict[Any, str]] = defaultdict(dict)
    with _errors("loading"), _gc_paused():
        for label, written, ids in _write_batches(driver, _node_batches(node_rows, fresh_labels, size),
                                                  writers=writers, database=database):
            element_ids[label].update(ids)
            report.nodes[label] = report.nodes.get(label, 0) + written
            if progress:
                progress(written)
        rels_began = time.perf_counter()
        for rel_type, written, _ in _write_batches(driver, _relationship_batches(rel_rows, element_ids, fresh_types,
                                                                                size), writers=writers, database=database):
            report.relationships[rel_type] = report.relationships.get(rel_type, 0) + written
            if progress:
                progress(written)
    done = time.perf_counter()
    report.seconds = done - began
    report.rel_seconds = done - rels_began
    return report


_Batch = tuple[str, "_CreateOrMerge", list[Any]]
_Written = tuple[str, int, list[tuple[Any, ...]]]


def _node_batches(node_rows: Mapping[str, list[dict[str, Any]]], fresh: set[str], size: int) -> Iterator[_Batch]:
    """``(label, transaction function, rows)`` for every batch of nodes, label by label."""
    for label, rows in node_rows.items():
        merge = merge_nodes_query(label) + _RETURN_IDS
        create = create_nodes_query(label) + _RETURN_IDS
        for chunk in _batches(rows, size):
            yield label, _CreateOrMerge(create if label in fresh else None, merge), chunk


def _relationship_batches(rel_rows: Mapping[tuple[str, str, str], _FlatGroups],
                          element_ids: Mapping[str, Mapping[Any, str]], fresh: set[str],
                          size: int) -> Iterator[_Batch]:
    """``(type, transaction function, rows)`` for every batch, type by type, with the
    rows' end keys swapped for the nodes' element ids."""
    for (rel_type, start_label, end_label), flat_groups in rel_rows.items():
        start_ids, end_ids = element_ids[start_label], element_ids[end_label]
        for (names, rest), flat in flat_groups.items():
            merge = relationships_query(rel_type, start_label, end_label, names, rest=rest)
            create = relationships_query(rel_type, start_label, end_label, names, rest=rest, create=True)
            for chunk in _batches(flat, size):
                rows = _Rows([[start_ids[a], end_ids[b], *rest] for a, b, *rest in chunk])
                yield rel_type, _CreateOrMerge(create if rel_type in fresh else None, merge), rows


def _write_batches(driver: Driver, batches: Iterable[_Batch], *, writers: int,
                   database: str | None) -> Iterator[_Written]:
    """Run every batch, ``writers`` transactions at a time; yield ``(label or type, rows,
    records)`` in the batches' order as each commits.

    One writer keeps the server's transaction thread busy only while the client is
    not packing the next batch; a second overlaps the two. Concurrent batches touch
    mostly different nodes (rows are grouped by start node), and Neo4j takes a
    relationship's node locks at commit in a fixed order, so they rarely wait on each
    other; a transient failure (a deadlock, a dropped connection) is retried with
    MERGE (``_CreateOrMerge``). On the first error no further batch starts.
    """
    local = threading.local()
    sessions: list[Session] = []
    lock = threading.Lock()

    def write(name: str, work: _CreateOrMerge, chunk: list[Any]) -> _Written:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = driver.session(database=database)
            with lock:
                sessions.append(session)
        return name, len(chunk), session.execute_write(work, chunk)

    pool = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="kg-load")
    pending: deque[Future[_Written]] = deque()
    try:
        for batch in batches:
            # At most two batches per writer in flight: rows are built while others write.
            while len(pending) >= 2 * writers:
                yield pending.popleft().result()
            pending.append(pool.submit(write, *batch))
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)
        for session in sessions:
            session.close()


def merge_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key, then set their properties."""
    label = _whitelisted(label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) "
            "SET n += row.props")


def create_nodes_query(label: str) -> str:
    """CREATE a batch of ``{key, props}`` rows: only for a label with no node stored yet
    and rows unique on the key (``_unique_nodes``); the constraint refuses anything else."""
    label = _whitelisted(label, NODE_LABELS, "label")
    return f"UNWIND $rows AS row CREATE (n:`{label}`) SET n = row.props"


def merge_relationships_query(rel_type: str, start_label: str, end_label: str) -> str:
    """MERGE a batch of ``{a, b, rid, props}`` rows between nodes found by their keys.

    The plain form of what ``load_graph`` writes with ``relationships_query``.
    """
    rel_type = _whitelisted(rel_type, REL_TYPES, "relationship type")
    start_label = _whitelisted(start_label, NODE_LABELS, "label")
    end_label = _whitelisted(end_label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row "
            f"MATCH (a:`{start_label}` {{`{NODE_KEYS[start_label]}`: row.a}}) "
            f"MATCH (b:`{end_label}` {{`{NODE_KEYS[end_label]}`: row.b}}) "
            f"MERGE (a)-[r:`{rel_type}` {{rid: row.rid}}]->(b) "
            "SET r += row.props")


def relationships_query(rel_type: str, start_label: str, end_label: str, names: Sequence[str], *,
                        rest: bool = False, create: bool = False) -> str:
    """Write a batch of relationships of one type; rows are flat lists from ``_flat_rows``.

    A row is ``[start elementId, end elementId, rid, *values of names, other props]``:
    ends are found by id seek (cheaper than an index seek), properties named in the
    text (only identifier-like names, checked here) are set one by one, and with
    ``rest`` a last item holds a map of the others. ``create`` is only for a type with no
    relationship stored yet and rows without duplicates (see the module doc).
    """
    rel_type = _whitelisted(rel_type, REL_TYPES, "relationship type")
    start_label = _whitelisted(start_label, NODE_LABELS, "label")
    end_label = _whitelisted(end_label, NODE_LABELS, "label")
    for name in names:
        if not _PROPERTY.fullmatch(name) or name == "rid":
            raise StoreError(f"property name {name!r} cannot be written into Cypher text")
    props = [f"`{name}`: row[{i}]" for i, name in enumerate(names, start=3)]
    more = f" SET r += row[{len(names) + 3}]" if rest else ""
    match = (f"UNWIND $rows AS row MATCH (a:`{start_label}`) WHERE elementId(a) = row[0] "
             f"MATCH (b:`{end_label}`) WHERE elementId(b) = row[1] ")
    if create:
        return f"{match}CREATE (a)-[r:`{rel_type}` {{{', '.join(['rid: row[2]', *props])}}}]->(b){more}"
    sets = " SET " + ", ".join(f"r.{prop.replace(':', ' =', 1)}" for prop in props) if props else ""
    return f"{match}MERGE (a)-[r:`{rel_type}` {{rid: row[2]}}]->(b){more}{sets}"


def node_groups(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Rows ``{key, props}`` per label, in the graph's node order."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, attrs in graph.nodes(data=True):
        label, key = _label_and_key(node_id, attrs)
        props = _properties(attrs, skip=("label",), where=f"node {node_id!r}")
        props[NODE_KEYS[label]] = key
        groups[label].append({"key": key, "props": props})
    return dict(groups)


def relationship_groups(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows ``{a, b, rid, props}`` per (type, start label, end label), in edge order."""
    ends = {node_id: _label_and_key(node_id, attrs) for node_id, attrs in graph.nodes(data=True)}
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, edge_key, attrs in graph.edges(keys=True, data=True):
        where = f"relationship {u!r} -> {v!r} ({edge_key})"
        rel_type = _whitelisted(attrs.get("type"), REL_TYPES, f"relationship type of {where}")
        rid = attrs.get("rid")
        if rid is None or rid == "":
            raise StoreError(f"{where} has no rid")
        (start_label, a), (end_label, b) = ends[u], ends[v]
        props = _properties(attrs, skip=("type",), where=where)
        groups[(rel_type, start_label, end_label)].append({"a": a, "b": b, "rid": rid, "props": props})
    return dict(groups)


def _label_and_key(node_id: Any, attrs: Mapping[str, Any]) -> tuple[str, Any]:
    label = attrs.get("label")
    if label is None and isinstance(node_id, str):
        label = node_id.partition(":")[0]
    label = _whitelisted(label, NODE_LABELS, f"label of node {node_id!r}")
    key = attrs.get(NODE_KEYS[label])
    if key is None and isinstance(node_id, str) and node_id.startswith(label + ":"):
        key = node_id[len(label) + 1:]
    if key is None or key == "":
        raise StoreError(f"node {node_id!r} has no {NODE_KEYS[label]}")
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
        props[name] = value
    return props


def _whitelisted(name: Any, allowed: Iterable[str], what: str) -> str:
    """The whitelist's own spelling of ``name``, so Cypher text never carries data."""
    for candidate in allowed:
        if candidate == name and _NAME.fullmatch(candidate):
            return candidate
    raise StoreError(f"{what}: {name!r} is not in the graph schema")


class _Rows(list):  # type: ignore[type-arg]
    """A batch whose repr is its size. The driver formats every RUN's parameters for its
    debug log even when nothing is logged; for a batch of 5,000 rows that repr took a
    fifth of the client's time in the relationship phase."""

    def __repr__(self) -> str:
        return f"<{len(self):,} rows>"


def _batches(rows: list[_Row], size: int) -> Iterator[list[_Row]]:
    for i in range(0, len(rows), size):
        yield _Rows(rows[i:i + size])


_RETURN_IDS = " RETURN row.key AS key, elementId(n) AS id"


def _node_count(tx: ManagedTransaction, label: str) -> int:
    """From the count store: O(1) whatever the size of the database."""
    label = _whitelisted(label, NODE_LABELS, "label")
    return tx.run(f"MATCH (n:`{label}`) RETURN count(n) AS n").single(strict=True)["n"]


def _unique_nodes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per key, properties merged (later wins, as successive MERGE + SET leave them)."""
    merged: dict[Any, dict[str, Any]] = {}
    for row in rows:
        seen = merged.get(row["key"])
        merged[row["key"]] = row if seen is None else {"key": row["key"], "props": {**seen["props"], **row["props"]}}
    return list(merged.values())


def _relationship_count(tx: ManagedTransaction, rel_type: str) -> int:
    """From the count store: O(1) whatever the size of the database."""
    rel_type = _whitelisted(rel_type, REL_TYPES, "relationship type")
    return tx.run(f"MATCH ()-[r:`{rel_type}`]->() RETURN count(r) AS n").single(strict=True)["n"]


def _flat_rows(rows: list[dict[str, Any]]) -> _FlatGroups:
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
            names = tuple(sorted(n for n in props if n != "rid" and isinstance(n, str) and _PROPERTY.fullmatch(n)))
            layout = layouts[tuple(props)] = (names, tuple(n for n in props if n != "rid" and n not in names))
        names, others = layout
        flat = [where[0], where[1], where[2], *map(props.__getitem__, names)]
        if others:
            flat.append({n: props[n] for n in others})
        groups[(names, bool(others))].append(flat)
    return dict(groups)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Row building allocates millions of containers and no cycles: the cyclic collector
    would rescan them again and again (half the time at a million rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _CreateOrMerge:
    """A transaction function: CREATE on its first attempt (when allowed), MERGE on every
    retry; returns the records as tuples (the node batches' keys and ids).

    The driver retries a batch whose outcome it did not see; that batch may have
    committed, and only MERGE is safe to run twice.
    """

    def __init__(self, create: str | None, merge: str) -> None:
        self.create, self.merge, self.attempts = create, merge, 0

    def __call__(self, tx: ManagedTransaction, rows: list[Any]) -> list[tuple[Any, ...]]:
        self.attempts += 1
        query = self.create if self.create and self.attempts == 1 else self.merge
        return [tuple(record.values()) for record in tx.run(query, rows=rows)]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


@contextmanager
def _errors(step: str) -> Iterator[None]:
    """Turn driver and server errors into a one-line StoreError naming the step."""
    try:
        yield
    except AuthError:
        raise StoreError(f"Neo4j refused the credentials while {step}") from None
    except (ServiceUnavailable, OSError) as exc:
        raise StoreError(f"Neo4j became unreachable while {step}: {_one_line(exc)} "
                         "(rerun: loading is idempotent)") from None
    except (Neo4jError, DriverError) as exc:
        raise StoreError(f"Neo4j failed while {step}: {_one_line(exc)}") from None
