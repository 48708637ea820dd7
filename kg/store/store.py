"""The offline graph into Neo4j: batched, parameterised, idempotent, one load at a time,
all or nothing.

``load_graph`` checks every row before anything is written (labels and types in the schema,
integers within 64 bits, no NaN or infinity, every indexed value within its index's limit),
applies ``cypher/schema.cypher`` (constraints first: MERGE on an unindexed key is orders of
magnitude slower), takes the database's load lock, undoes a load that was killed part way
(:func:`recover`), opens the load's journal (a ``KgLoad`` node), then writes in transactions:

- the nodes that several sources share (a bureau most tasks name) in batches of their own
  first, so no two later transactions write one node;
- then each group of whole sources (about ``batch_size`` relationships; a larger source
  alone) in one transaction: the sources' stored relationships compared with the graph's
  (on the server, the graph's rows sent as a write would send them; only where the database
  holds one the graph lacks, or holds one differently, are they read back and compared here;
  those the same left alone, the others deleted, the new ones written), the nodes only
  they name written, the nodes left without evidence removed;
- last, the relationships no source owns (the division table's, the succession table's)
  and, with ``prune``, what no source of the corpus names any more.

Each transaction also stores what it changed (a ``KgUndo`` node: relationships and nodes
deleted, created, properties before), and the load ends by deleting its journal in one
transaction: the commit point. A load that fails before it (a server error, an interrupt)
undoes its committed transactions, the last first; one that times out or is killed (the loader
or the server) is undone by the next load, or by :func:`recover`. Either way the database is
as it was before the load: all or nothing, across all the sources it loads, ``wipe`` included.
A wipe hides what was stored rather than deleting it (:func:`_hide_all`: each node's labels
traded for ``KgWiped`` ones, out of every constraint, index and query of the schema); the load
then writes into an empty graph, and only after its commit point is what it hid deleted
(:func:`_drop_hidden`). Undoing a wipe load gives the hidden nodes their labels back; hidden
nodes that outlive a committed load (killed while they were being deleted) are deleted by the
next load or :func:`recover`.

A node's properties are derived from what every source that names it said
(:func:`node_properties`, kept per source in ``kg_by_source``), so any order of loads stores
what one load of them all stores.

Labels and types in the Cypher text come from the schema whitelist, never from data; every
value travels as a parameter. Loading the same graph twice leaves the same nodes and
relationships: nodes merge on their key, relationships on ``(start, type, end, rid)``.

What keeps it fast (bench/load.py, bench/README.md): node batches return each node's
``elementId`` and relationship rows carry those ids, so ends are found by id seek; every
relationship is checked and filed by source in one pass before the server is touched
(:class:`~kg.store.rows.RelIndex`), and a unit's rows are laid out (deduplicated, grouped by
start node, flat lists) just before its transaction, so the whole load's rows are never held;
``writers`` transactions run at once, so the server works on one while the client packs the
next; relationships are CREATEd, not MERGEd (their sources' were deleted in the same
transaction), and so are the nodes of a label with none stored. The driver reruns a
transaction after a transient failure; a group reruns whole (it deletes its sources first),
and a node batch that CREATEd MERGEs on its rerun, so nothing is ever stored twice.

Example::

    driver = connect("bolt://127.0.0.1:7687", "neo4j", password)
    report = load_graph(driver, build_graph(facts), wipe=True)
    print(report)   # loaded 1,234 nodes and 5,678 relationships in 0.9 s (...)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import closing, suppress
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol, TypeVar

import networkx as nx
from neo4j import Driver, ManagedTransaction, Record, Session, unit_of_work
from neo4j.exceptions import DriverError, Neo4jError

from kg.errors import StoreError, StoreTimeout
from kg.graph.graph import NODE_LABELS, REL_TYPES, TABLE_SOURCE
from kg.store.connection import (
    CALL_TIMEOUT,
    CONNECT_TIMEOUT,
    bounded,
    connect,
    hide_credentials,
    store_errors,
)
from kg.store.cypher import (
    NODE_KEYS,
    RETURN_IDS,
    create_nodes_query,
    merge_nodes_query,
    merge_relationships_query,
    relationships_query,
    replace_nodes_query,
    whitelisted,
)
from kg.store.lock import (
    LOCK_WAIT,
    load_lock,
)
from kg.store.rows import (
    Graph,
    RelIndex,
    Rows,
    batches,
    flat_rows,
    gc_frozen,
    gc_paused,
    node_groups,
    relationship_groups,
    unique_nodes,
)
from kg.store.schema import (
    SCHEMA_FILE,
    apply_schema,
    check_keys,
    index_limits,
    schema_statements,
)

#: The store's interface: the load and its reports, and the parts kept in modules of their own
#: (connection, cypher, rows, schema, lock), named here too.
__all__ = [
    "LoadReport",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_WRITERS",
    "SHARED_SOURCES",
    "WORDS",
    "load_graph",
    "wipe",
    "counts",
    "digest",
    "recover",
    "prune_sources",
    "graph_sources",
    "stored_sources",
    "match_sources",
    "node_properties",
    "table_succession_rids",
    "CALL_TIMEOUT",
    "CONNECT_TIMEOUT",
    "bounded",
    "connect",
    "hide_credentials",
    "merge_nodes_query",
    "merge_relationships_query",
    "relationships_query",
    "LOCK_WAIT",
    "load_lock",
    "node_groups",
    "relationship_groups",
    "SCHEMA_FILE",
    "apply_schema",
    "check_keys",
    "index_limits",
    "schema_statements",
]

#: Rows per transaction. On a 2-core machine with the server beside it and two writers
#: (bench/load.py), 5k loads relationships fastest, 10k within noise of it, 20k slower.
DEFAULT_BATCH_SIZE = 5_000

#: Batches written at once, each in a session and transaction of its own.
DEFAULT_WRITERS = 2







_Row = TypeVar("_Row")








@dataclass
class LoadReport:
    """What one ``load_graph`` wrote: rows sent per label and type, and how fast."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    rel_seconds: float = 0.0
    batch_size: int = DEFAULT_BATCH_SIZE
    wiped: bool = False
    #: Sources whose earlier facts this load replaced (or, with ``prune``, removed).
    replaced_sources: int = 0
    pruned_sources: int = 0
    removed_relationships: int = 0
    removed_nodes: int = 0
    #: Seconds spent waiting for another load to release the database's load lock.
    lock_wait: float = 0.0
    #: Unfinished loads (killed part way) undone before this one.
    recovered: int = 0
    #: Sources named to be removed that the database held no fact of.
    not_stored: list[str] = field(default_factory=list)
    #: Paths named to be removed that end in several stored sources (none removed): name → those.
    ambiguous: dict[str, list[str]] = field(default_factory=dict)

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
        replaced = ""
        if self.removed_relationships or self.removed_nodes or self.pruned_sources:
            pruned = f", {self.pruned_sources:,} pruned" if self.pruned_sources else ""
            replaced = (f"; replaced the earlier facts of {self.replaced_sources:,} sources{pruned} "
                        f"({self.removed_relationships:,} relationships and {self.removed_nodes:,} "
                        "nodes left without evidence removed)")
        waited = f"; waited {self.lock_wait:.1f} s for another load" if self.lock_wait >= 1 else ""
        undone = (f"; first undid {self.recovered} load(s) killed part way" if self.recovered else "")
        return (f"loaded {self.node_count:,} nodes and {self.relationship_count:,} relationships"
                f"{wiped} in {self.seconds:.1f} s ({self.rels_per_second:,.0f} relationships/s, "
                f"batches of {self.batch_size:,}){replaced}{waited}{undone}")






def wipe(driver: Driver, *, batch_size: int = DEFAULT_BATCH_SIZE, database: str | None = None) -> None:
    """Delete every relationship, then every node, in transactions of ``batch_size`` rows.

    Relationships go first so no single transaction has to detach a dense node's
    thousands of relationships at once. The schema is kept.
    """
    with store_errors("wiping the database"), driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()






def counts(driver: Driver, *, database: str | None = None) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: n}, "relationships": {type: n}}`` as stored, sorted by name."""
    with store_errors("counting"), driver.session(database=database) as session:
        nodes = {r["label"]: r["n"] for r in session.run(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")}
        rels = {r["type"]: r["n"] for r in session.run(
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")}
    return {"nodes": nodes, "relationships": rels}


#: Rows of :func:`digest` per record: the driver's cost is per record (a Bolt message each), so
#: the server sends the stored graph's rows in lists of this many.
DIGEST_CHUNK = 5_000


def digest(driver: Driver, *, database: str | None = None) -> str:
    """A SHA-256 of every node (labels, properties) and relationship (type, end keys,
    properties) stored, in no particular order: two databases with equal digests hold
    the same graph, whatever order it was loaded in and whatever its element ids. The
    bookkeeping of what each source said of a node (``WORDS``) is left out: a load of
    several sources at once cannot tell which of them said what, so it credits each with all.

    The server collects the rows and sends them :data:`DIGEST_CHUNK` to a record (a row a
    record took 5 s for 100,000 relationships, nearly all of it the driver's per-message work),
    so it holds them all while it answers."""

    def line(item: Any) -> bytes:
        return json.dumps(item, ensure_ascii=False, sort_keys=True, default=repr).encode("utf-8")

    def chunked(match: str) -> str:
        return (f"{match} WITH collect(row) AS rows UNWIND range(0, size(rows) - 1, $chunk) AS i "
                "RETURN rows[i..i + $chunk] AS rows")

    lines: list[bytes] = []
    with store_errors("reading the stored graph"), driver.session(database=database) as session:
        for record in session.run(chunked("MATCH (n) WITH [labels(n), properties(n)] AS row"), chunk=DIGEST_CHUNK):
            for labels, props in record["rows"]:
                props.pop(WORDS, None)
                lines.append(line(["node", sorted(labels), props]))
        for record in session.run(chunked("MATCH (a)-[r]->(b) WITH [type(r), labels(a), coalesce(a.id, a.name), "
                                          "labels(b), coalesce(b.id, b.name), properties(r)] AS row"),
                                  chunk=DIGEST_CHUNK):
            for rel_type, la, a, lb, b, props in record["rows"]:
                lines.append(line(["rel", rel_type, sorted(la), a, sorted(lb), b, props]))
    total = hashlib.sha256()
    for item in sorted(lines):
        total.update(item + b"\n")
    return total.hexdigest()


def load_graph(driver: Driver, graph: Graph, *, wipe: bool = False, batch_size: int | None = None,
               progress: Callable[[int], Any] | None = None, database: str | None = None,
               writers: int | None = None, prune: bool = False, timeout: float = CALL_TIMEOUT,
               lock_wait: float = LOCK_WAIT, on_wait: Callable[[], Any] | None = None,
               remove: Iterable[str] = ()) -> LoadReport:
    """Write ``graph`` into Neo4j so that the database holds, for every source it loads,
    exactly the facts of this graph; loading it again leaves the same counts.

    A source owns its facts: the relationships whose evidence comes from a source of
    ``graph`` (the ``source`` of every edge, and of every Document) are deleted before
    the graph's are written, and nodes that are then left with no relationship and are
    not in ``graph`` are removed. Sources ``graph`` does not name are untouched, unless
    ``prune``: then ``graph`` is the whole corpus and every other source's facts go too.
    ``remove`` names sources whose facts go, whatever ``graph`` holds: the documents that
    left the corpus (:func:`prune_sources`, :func:`match_sources`); ``report.not_stored``
    lists those the database held nothing of, ``report.ambiguous`` paths that end in several. A Document read from several files (copies of one
    text, kg.read.identity) stays as long as one of them is stored; its ``sources`` lists them.
    Nodes merge on their key; their properties are derived from what every stored source
    said of them (:func:`node_properties`: lists the union, other values the first source's
    by name), so any order of loads stores what one load of them all stores.

    All or nothing, across all the sources it loads: every unit of the load writes its
    changes and their undo (a journal, see the module doc) in one transaction, and the load
    commits by deleting the journal. A load that fails at any point before (a server error, an
    interrupt) undoes what it wrote; one that times out (a frozen server) or is killed is undone
    by the next load (``report.recovered``) or :func:`recover`: the database is as it was, also after a
    ``wipe`` (which only hides the stored graph until the load commits). Every row is checked first
    (labels and types in the schema, integers within 64 bits, no NaN or infinity, every
    indexed value within its index's limit, :func:`index_limits`), so a bad graph raises
    ``StoreError`` before anything is written.

    The load holds the database's load lock (:func:`load_lock`) from the first write to
    the last, so concurrent loads run one after the other (``on_wait()`` is called when
    another load holds the lock, which this one waits for at most ``lock_wait`` seconds).
    Every call to the server is bounded by ``timeout`` seconds (``StoreTimeout``, saying
    how long it waited); nothing is retried, so that is also the longest wait for an answer.

    ``progress(n)`` is called after each batch with the number of rows it wrote, in
    the batches' order. ``writers`` transactions run at once.

    A :class:`~kg.graph.graph.FlatGraph` (what ``kg load`` builds) is consumed: its relationships
    become the load's rows one by one, so they are never held twice; a MultiDiGraph is only read.
    """
    size = DEFAULT_BATCH_SIZE if batch_size is None else batch_size
    if size < 1:
        raise StoreError(f"batch size must be positive, got {size}")
    writers = DEFAULT_WRITERS if writers is None else writers
    if writers < 1:
        raise StoreError(f"writers must be positive, got {writers}")
    if timeout <= 0:
        raise StoreError(f"timeout must be positive, got {timeout}")
    prune_rids = sorted(table_succession_rids(graph)) if prune and not wipe else None
    with gc_paused():
        node_rows = {label: unique_nodes(rows) for label, rows in node_groups(graph).items()}
        # one pass over the relationships: checked, filed by source; their rows are built per unit
        index = RelIndex(graph, SHARED_SOURCES)
        sources = _index_sources(index, node_rows)
        _name_node_sources(node_rows, index)
        units, shared_nodes = _load_units(node_rows, index, size)
    report = LoadReport(batch_size=size, wiped=wipe)
    report.nodes = {label: len(rows) for label, rows in node_rows.items()}
    for unit in units:
        for (rel_type, _, _), refs in unit.refs.items():
            report.relationships[rel_type] = report.relationships.get(rel_type, 0) + len(refs)
    try:
        return _load_units_into(driver, report, units, node_rows, shared_nodes, sources, prune_rids,
                                wipe=wipe, size=size, progress=progress, database=database, writers=writers,
                                prune=prune, timeout=timeout, lock_wait=lock_wait, on_wait=on_wait,
                                remove=remove)
    finally:
        index.release()


def _load_units_into(driver: Driver, report: LoadReport, units: list[_Unit],
                     node_rows: dict[str, list[dict[str, Any]]], shared_nodes: dict[str, list[dict[str, Any]]],
                     sources: set[str], prune_rids: list[str] | None, *, wipe: bool, size: int,
                     progress: Callable[[int], Any] | None, database: str | None, writers: int, prune: bool,
                     timeout: float, lock_wait: float, on_wait: Callable[[], Any] | None,
                     remove: Iterable[str]) -> LoadReport:
    """The writing half of :func:`load_graph`, once its units are cut."""
    began = time.perf_counter()
    # refuse (or, after --wipe, drop) the bare-name keys of an older policy-kg before anything is written
    bounded("checking the stored keys", timeout, check_keys, driver, wiped=wipe, database=database)
    bounded("applying the schema", timeout, apply_schema, driver, database=database)
    with load_lock(driver, database=database, wait=lock_wait, timeout=timeout, on_wait=on_wait) as waited:
        report.lock_wait = waited
        # a load that was killed part way is undone first (before a wipe too: the wipe's own undo
        # must give back the database as the last committed load left it)
        report.recovered = bounded("undoing an unfinished load", timeout, _recover, driver, database=database)
        if wipe:  # the stored graph is hidden, in the journalled part below: the load writes into an empty one
            for unit in units:
                unit.fresh = True
        else:
            named = set(remove) - sources
            if prune or named:
                stored = bounded("listing the stored sources", timeout, stored_sources, driver, database=database)
                matched, report.not_stored, report.ambiguous = match_sources(named, stored)
                gone = (stored - sources if prune else set()) | matched
                report.pruned_sources = len(gone)
                if gone:
                    units.insert(0, _Unit(sorted(gone), {}, {}, shared=False))
            report.replaced_sources = len(sources)
            held = bounded("listing the stored sources", timeout, _types_holding, driver,
                           sorted({s for unit in units for s in unit.sources}), database=database)
            for unit in units:
                unit.types = tuple(t for t in REL_TYPES if held.get(t, set()) & set(unit.sources))
        fresh = set(node_rows) if wipe else bounded("counting", timeout, _empty_labels, driver, list(node_rows),
                                                    database=database)
        node_units = _node_units(shared_nodes, fresh, size)
        # a node written by this load keeps what other sources said of it; what these said is replaced
        replaced = frozenset(sources | {s for unit in units for s in unit.sources} | SHARED_SOURCES | {""})
        for unit in chain(units, node_units):
            unit.replaced = replaced
        for unit in units:
            unit.create = set(unit.nodes) & fresh
        del node_rows, shared_nodes
        load_id = bounded("starting the load's journal", timeout, _begin_load, driver, wipe=wipe,
                          database=database)
        for seq, unit in enumerate(chain(node_units, units), start=1):
            unit.load_id, unit.seq = load_id, seq
        ids: dict[str, dict[Any, str]] = defaultdict(dict)
        rels_began = time.perf_counter()
        try:
            # the cyclic collector would rescan the graph's millions of containers again and again (a
            # second of the client's CPU in a 100,000-relationship load, which a 2-core machine takes
            # from the server): they are left out of its scans while the writes run
            with store_errors("loading"), gc_frozen():
                if wipe:  # after the journal's KgLoad: undoing the load gives the hidden graph back
                    bounded("wiping the database", timeout, _hide_all, driver, database=database)
                with closing(_write_units(driver, node_units, database=database, timeout=timeout, writers=writers,
                                          batch_size=size)) as written:
                    for unit in written:
                        for label, found in unit.ids.items():
                            ids[label].update(found)
                        if progress:
                            progress(unit.rows)
                loaded = {eid for found in ids.values() for eid in found.values()}
                for unit in units:
                    unit.ids, unit.loaded = ids, loaded
                units[-1].prune_rids = prune_rids  # after a wipe there is nothing else to prune
                rels_began = time.perf_counter()
                with closing(_write_units(driver, units, database=database, timeout=timeout, writers=writers,
                                          batch_size=size)) as written:
                    for unit in written:
                        if unit is not units[-1]:  # the last unit (a prune's) keeps every Region of the load
                            units[-1].regions |= unit.regions
                        report.removed_relationships += unit.removed_relationships
                        report.removed_nodes += unit.removed_nodes
                        if progress:
                            progress(unit.rows)
                # last, apart: nodes that lost evidence (several source units may share one)
                loaded |= set().union(*(unit.own_ids for unit in units))
                left = sorted(set().union(*(unit.candidates for unit in units)) - loaded)
                forget = {source for unit in units for source in unit.sources}
                cleanup = [_Unit([], {}, {}, shared=False, cleanup=chunk, forget=forget, load_id=load_id,
                                 seq=len(node_units) + len(units) + i) for i, chunk in enumerate(batches(left, size), 1)]
                with closing(_write_units(driver, cleanup, database=database, timeout=timeout, writers=writers,
                                          batch_size=size)) as written:
                    for unit in written:
                        report.removed_nodes += unit.removed_nodes
            # the commit point: until the journal is gone, a failure or a kill undoes the whole load
            bounded("committing the load", timeout, _end_load, driver, load_id, database=database)
        except StoreTimeout:
            raise  # the server is not answering: the next load (or recover()) undoes this one
        except BaseException:  # a failure or an interrupt part way: undo what the committed units wrote
            with suppress(StoreError, Neo4jError, DriverError, OSError):
                bounded("undoing the failed load", timeout, _undo_load, driver, load_id, database=database)
            raise
        if wipe:  # committed: what the wipe hid goes (if this is cut short, the next load finishes it)
            bounded("deleting the wiped graph", timeout, _drop_hidden, driver, database=database)
    done = time.perf_counter()
    report.seconds = done - began
    report.rel_seconds = done - rels_began
    return report


def _begin_load(driver: Driver, *, wipe: bool = False, database: str | None = None) -> str:
    """Open the load's journal: a committed ``KgLoad`` node (``wipe``: the load hides the stored
    graph, which its undo gives back); its id."""
    load_id = f"{os.getpid()}-{os.urandom(8).hex()}"
    with store_errors("starting the load's journal"), driver.session(database=database) as session:
        session.execute_write(lambda tx: tx.run("CREATE (:KgLoad {id: $id, began: datetime(), wipe: $wipe})",
                                                id=load_id, wipe=wipe).consume())
    return load_id


#: The label every node a wipe hid carries, and the prefix of the label that stands for its own.
HIDDEN = "KgWiped"
#: Labels of the load's own bookkeeping, never hidden.
_BOOKKEEPING = ("KgLoad", "KgUndo", "KgLock")


def _hidden_label(label: str) -> str:
    return HIDDEN + whitelisted(label, NODE_LABELS, "label")


def _hide_all(driver: Driver, *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """The wipe of a ``wipe`` load: every stored node (but the journal's) trades its schema label
    for ``KgWiped`` and ``KgWiped<label>``; a node of no schema label gets ``KgWiped``. Hidden
    nodes are out of every constraint, index and labelled query, so the load writes as into an
    empty database, and the hiding is undone by giving the labels back (:func:`_unhide`). Each
    batch commits by itself: the load's ``KgLoad`` (wipe) says the hidden nodes are to be given
    back if the load does not commit, however far the hiding got."""
    with store_errors("wiping the database"), driver.session(database=database) as session:
        for label in NODE_LABELS:
            name = whitelisted(label, NODE_LABELS, "label")
            session.run(f"MATCH (n:`{name}`) CALL (n) {{ REMOVE n:`{name}` SET n:{HIDDEN}:`{_hidden_label(name)}` }} "
                        "IN TRANSACTIONS OF $n ROWS", n=batch_size).consume()
        others = " AND ".join(f"NOT n:{label}" for label in (HIDDEN, *_BOOKKEEPING))
        session.run(f"MATCH (n) WHERE {others} CALL (n) {{ SET n:{HIDDEN} }} IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()


def _unhide(driver: Driver, *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Give the nodes a wipe hid their labels back (the undo of :func:`_hide_all`; idempotent)."""
    with store_errors("undoing the failed load"), driver.session(database=database) as session:
        for label in NODE_LABELS:
            name = whitelisted(label, NODE_LABELS, "label")
            session.run(f"MATCH (n:`{_hidden_label(name)}`) CALL (n) {{ REMOVE n:{HIDDEN}:`{_hidden_label(name)}` "
                        f"SET n:`{name}` }} IN TRANSACTIONS OF $n ROWS", n=batch_size).consume()
        session.run(f"MATCH (n:{HIDDEN}) CALL (n) {{ REMOVE n:{HIDDEN} }} IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()


def _drop_hidden(driver: Driver, *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
    """Delete what a committed wipe load hid: relationships first (a dense node's thousands are
    not detached in one transaction), each found once, from its start (every stored node was
    hidden, and the load's own relationships never touch a hidden node), then the nodes."""
    with store_errors("deleting the wiped graph"), driver.session(database=database) as session:
        session.run(f"MATCH (:{HIDDEN})-[r]->() CALL (r) {{ DELETE r }} IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()
        session.run(f"MATCH (n:{HIDDEN}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF $n ROWS",
                    n=batch_size).consume()


def _end_load(driver: Driver, load_id: str, *, database: str | None = None) -> None:
    """The commit point of a load: its journal goes, in one transaction."""
    with store_errors("committing the load"), driver.session(database=database) as session:
        session.execute_write(lambda tx: tx.run("MATCH (l:KgLoad {id: $id}) OPTIONAL MATCH (u:KgUndo {load: $id}) "
                                                "DETACH DELETE l, u", id=load_id).consume())


def recover(driver: Driver, *, database: str | None = None, timeout: float = CALL_TIMEOUT,
            lock_wait: float = LOCK_WAIT) -> int:
    """Undo every load that did not finish (the loader or the server killed part way), under
    the load lock, so the database is as it was before it; how many were undone. Every load
    does this first; call it to see the database as it was without loading anything."""
    with load_lock(driver, database=database, wait=lock_wait, timeout=timeout):
        return bounded("undoing an unfinished load", timeout, _recover, driver, database=database)


def _recover(driver: Driver, *, database: str | None = None) -> int:
    """Undo the unfinished loads; then delete what a committed wipe load hid and did not get to
    delete (no unfinished load is left to give it back to)."""
    with store_errors("undoing an unfinished load"), driver.session(database=database) as session:
        loads = [r["id"] for r in session.run("MATCH (l:KgLoad) RETURN l.id AS id")]
    for load_id in loads:
        _undo_load(driver, load_id, database=database)
    _drop_hidden(driver, database=database)
    return len(loads)


def _undo_load(driver: Driver, load_id: str, *, database: str | None = None) -> None:
    """Undo a load's committed units, the last first, each with the removal of its journal entry
    in one transaction (an undo that is itself cut short goes on where it stopped); then, for a
    wipe load, the hidden graph gets its labels back (:func:`_unhide`); then its KgLoad goes."""
    def one(tx: ManagedTransaction) -> bool:
        found = list(tx.run("MATCH (u:KgUndo {load: $id}) RETURN elementId(u) AS undo, u.data AS data "
                            "ORDER BY u.seq DESC LIMIT 1", id=load_id))
        if not found:
            return False
        _apply_undo(_Runner(tx), json.loads(found[0]["data"]))
        tx.run("MATCH (u) WHERE elementId(u) = $undo DELETE u", undo=found[0]["undo"]).consume()
        return True

    with store_errors("undoing the failed load"), driver.session(database=database) as session:
        while session.execute_write(one):
            pass
        wiped = session.run("MATCH (l:KgLoad {id: $id}) RETURN coalesce(l.wipe, false) AS wipe", id=load_id).single()
    if wiped is not None and wiped["wipe"]:
        _unhide(driver, database=database)
    with store_errors("undoing the failed load"), driver.session(database=database) as session:
        session.execute_write(lambda tx: tx.run("MATCH (l:KgLoad {id: $id}) DETACH DELETE l", id=load_id).consume())


def _apply_undo(tx: _Runs, journal: Mapping[str, Any]) -> None:
    """Put back what one unit changed (:class:`_Journal`)."""
    step = "undoing the failed load"

    def by(rows: Iterable[Sequence[Any]], n: int) -> dict[tuple[str, ...], list[Sequence[Any]]]:
        groups: dict[tuple[str, ...], list[Sequence[Any]]] = defaultdict(list)
        for row in rows:
            groups[tuple(row[:n])].append(row)
        return groups

    def key(label: str) -> str:
        return NODE_KEYS[whitelisted(label, NODE_LABELS, "label")]

    for (label,), rows in by(journal.get("deleted_nodes", ()), 1).items():
        tx.run(step, f"UNWIND $rows AS p MERGE (n:`{label}` {{`{key(label)}`: p[$k]}}) SET n = p",
               rows=[r[1] for r in rows], k=key(label))
    for rel_type in REL_TYPES if journal.get("new_sources") else ():
        tx.run(step, f"MATCH (a)-[r:`{rel_type}`]->() WHERE r.source IN $sources AND NOT a:{HIDDEN} DELETE r",
               sources=journal["new_sources"])
    for (name, a_label, b_label), rows in _grouped_rels(journal.get("created_rels", ()), ends=(2, 4)):
        tx.run(step, f"UNWIND $rows AS row MATCH (a:`{a_label}` {{`{key(a_label)}`: row[3]}})"
                     f"-[r:`{name}` {{rid: row[1]}}]->(b:`{b_label}` {{`{key(b_label)}`: row[5]}}) DELETE r",
               rows=rows)
    for (name, a_label, b_label), rows in _grouped_rels(journal.get("deleted_rels", ()), ends=(1, 3)):
        tx.run(step, f"UNWIND $rows AS row MATCH (a:`{a_label}` {{`{key(a_label)}`: row[2]}}) "
                     f"MATCH (b:`{b_label}` {{`{key(b_label)}`: row[4]}}) CREATE (a)-[r:`{name}`]->(b) SET r = row[5]",
               rows=rows)
    for (label,), rows in by(journal.get("changed_nodes", ()), 1).items():
        tx.run(step, f"UNWIND $rows AS row MATCH (n:`{label}` {{`{key(label)}`: row[1]}}) SET n = row[2]",
               rows=rows)
    for (label,), rows in by(journal.get("created_nodes", ()), 1).items():
        tx.run(step, f"UNWIND $rows AS row MATCH (n:`{label}` {{`{key(label)}`: row[1]}}) DETACH DELETE n",
               rows=rows)


def _grouped_rels(rows: Iterable[Sequence[Any]], *, ends: tuple[int, int]) -> list[tuple[tuple[str, str, str],
                                                                                        list[Sequence[Any]]]]:
    """Journal rows of relationships by (type, start label, end label), names checked against the schema."""
    groups: dict[tuple[str, str, str], list[Sequence[Any]]] = defaultdict(list)
    for row in rows:
        groups[(row[0], row[ends[0]], row[ends[1]])].append(row)
    return [((whitelisted(t, REL_TYPES, "relationship type"), whitelisted(a, NODE_LABELS, "label"),
              whitelisted(b, NODE_LABELS, "label")), rows) for (t, a, b), rows in groups.items()]


def _types_holding(driver: Driver, sources: list[str], *, database: str | None = None) -> dict[str, set[str]]:
    """``{type: the sources among ``sources`` whose facts it holds}`` (one index read per type)."""
    found: dict[str, set[str]] = {}
    with store_errors("listing the stored sources"), driver.session(database=database,
                                                               notifications_min_severity="OFF") as session:
        for rel_type in REL_TYPES:
            name = whitelisted(rel_type, REL_TYPES, "relationship type")
            found[rel_type] = {r["s"] for r in session.run(
                f"MATCH ()-[r:`{name}`]->() WHERE r.source IN $sources RETURN DISTINCT r.source AS s", sources=sources)}
    return found


def _empty_labels(driver: Driver, labels: list[str], *, database: str | None = None) -> set[str]:
    """The labels with no node stored (from the count store: O(1) each)."""
    with store_errors("counting"), driver.session(database=database, notifications_min_severity="OFF") as session:
        return {label for label in labels
                if session.run(f"MATCH (n:`{whitelisted(label, NODE_LABELS, 'label')}`) RETURN count(n) AS n")
                .single(strict=True)["n"] == 0}


@dataclass
class _Unit:
    """One transaction of a load: a batch of nodes (``nodes``: ``{label: [{key, props}]}``),
    or the sources it replaces with their relationships (``rels``: ``{(type, start, end):
    [{a, b, rid, props}]}``). The shared unit (``shared``, last) holds the relationships no
    one source owns (the division table's, the succession table's): it replaces nothing and
    MERGEs them.
    """

    sources: list[str]
    nodes: dict[str, list[dict[str, Any]]]
    rels: dict[tuple[str, str, str], list[dict[str, Any]]]
    shared: bool
    #: With ``prune`` (the last unit): the rids of the succession table's relationships that stay.
    prune_rids: list[str] | None = None
    #: The database was just wiped: none of its sources' facts is stored.
    fresh: bool = False
    #: The relationship types that hold facts of the unit's sources (all, unless looked up).
    types: tuple[str, ...] = tuple(REL_TYPES)
    #: Nodes shared by several units, written before them (``nodes`` only).
    node_unit: bool = False
    #: Labels whose nodes the unit CREATEs (none of them stored before the load).
    create: set[str] = field(default_factory=set)
    #: The sources whose earlier word on a node this load replaces (:func:`node_properties`).
    replaced: frozenset[str] = frozenset()
    #: The load's journal (its KgLoad node's id; None writes none) and the unit's place in it.
    load_id: str | None = None
    seq: int = 0
    #: Element ids of the nodes a source unit wrote, and of those that may have lost evidence.
    own_ids: set[str] = field(default_factory=set)
    candidates: set[str] = field(default_factory=set)
    #: Element ids of the Regions a source unit wrote; for the last unit, those every unit before it wrote.
    regions: set[str] = field(default_factory=set)
    #: A clean-up unit: element ids of nodes the load does not write that may have lost evidence,
    #: and the sources whose word on them goes (every source the load replaced).
    cleanup: list[str] = field(default_factory=list)
    forget: set[str] = field(default_factory=set)
    #: Element ids by label and key: a node unit's own; the nodes of the load, for a source unit.
    ids: dict[str, dict[Any, str]] = field(default_factory=dict)
    #: The element ids of every node of the load (never removed as orphans).
    loaded: set[str] = field(default_factory=set)
    removed_relationships: int = 0
    removed_nodes: int = 0
    attempts: int = 0
    #: Worked out before the transaction (:func:`_prepare`): the properties of the nodes it CREATEs,
    #: and the relationships of sources with nothing stored laid out as :func:`flat_rows`.
    ready: dict[str, Rows] = field(default_factory=dict)
    flat: dict[tuple[str, str, str], Any] | None = None
    #: The unit's relationships until it runs: references into the graph (:class:`RelIndex`), by
    #: group; :func:`_materialise` turns them into ``rels`` then, so only running units hold rows.
    refs: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)
    index: RelIndex | None = None

    @property
    def rows(self) -> int:
        rels = self.refs if self.refs else self.rels
        return sum(map(len, self.nodes.values())) + sum(map(len, rels.values()))


def _materialise(unit: _Unit) -> None:
    """The unit's relationship rows, built from the graph when it is about to run."""
    if unit.index is not None and unit.refs and not unit.rels:
        unit.rels = unit.index.rows(unit.refs)


def _load_units(node_rows: Mapping[str, list[dict[str, Any]]], index: RelIndex,
                size: int) -> tuple[list[_Unit], dict[str, list[dict[str, Any]]]]:
    """The load cut into transactions: whole sources, in name order, about ``size``
    relationships each (a larger source is one transaction of its own), then the shared
    unit; each with the nodes only it writes. Also the nodes several units share, which
    are written first, in transactions of their own. A unit holds its relationships as
    references into the graph (``refs``); their rows are built when it runs (:func:`_prepare`)."""
    by_source = index.by_source
    doc_owner: dict[Any, str] = {}
    for row in node_rows.get("Document", ()):
        named = [row["props"].get("source"), *(row["props"].get("sources") or [])]
        owner = next((s for s in named if isinstance(s, str) and s not in SHARED_SOURCES), None)
        if owner is not None:  # a source with a Document and no relationship is replaced too
            by_source.setdefault(owner, {})
            doc_owner[row["key"]] = owner
    units: list[_Unit] = []
    batch: list[str] = []
    count = 0
    for source in sorted(by_source):
        batch.append(source)
        count += sum(map(len, by_source[source].values()))
        if count >= size:
            units.append(_unit_of(batch, index))
            batch, count = [], 0
    if batch:
        units.append(_unit_of(batch, index))
    units.append(_Unit([], {}, {}, shared=True, refs=dict(index.shared), index=index))
    # A node only one unit writes is written in that unit's transaction (so a unit that fails
    # leaves nothing of its own); one that several units (or none) write, before them all.
    unit_of_source = {source: i for i, unit in enumerate(units) for source in unit.sources}
    shared_nodes: dict[str, list[dict[str, Any]]] = {}
    named_by, in_shared = index.named, index.in_shared
    for label, rows in node_rows.items():
        for row in rows:
            node = (label, row["key"])
            writers = {unit_of_source[s] for s in named_by.get(node, ()) if s in unit_of_source}
            if node in in_shared:
                writers.add(len(units) - 1)
            if label == "Document" and row["key"] in doc_owner:
                writers.add(unit_of_source[doc_owner[row["key"]]])
            target = units[writers.pop()].nodes if len(writers) == 1 else shared_nodes
            target.setdefault(label, []).append(row)
    return units, shared_nodes


def _index_sources(index: RelIndex, node_rows: Mapping[str, list[dict[str, Any]]]) -> set[str]:
    """:func:`graph_sources` from the load's index and node rows, without another pass over the graph."""
    sources = set(index.by_source)
    for row in node_rows.get("Document", ()):
        props = row["props"]
        sources.update(s for s in [props.get("source"), *(props.get("sources") or [])] if isinstance(s, str))
    return sources - SHARED_SOURCES


#: The node property that keeps what each source said of the node (its "words"): JSON
#: ``[[sources...], {property: value}]`` strings, one per distinct statement, sorted; a node
#: with one statement keeps ``[[sources...]]`` only (what they said is the node's properties).
#: The node's other properties are derived from them by :func:`node_properties`.
#: Bookkeeping: :func:`digest` leaves it out.
WORDS = "kg_by_source"

#: What one source said of a node.
_Said = tuple[str, dict[str, Any]]


def node_properties(label: str, key: Any, said: Iterable[_Said]) -> dict[str, Any]:
    """A node's properties from what every source that names it said, so that any order of
    loads stores what one load of them all stores.

    The rule: the sources are read in the order of their names; a list property is the union
    of every source's list (first seen first, so one source's order is kept); any other
    property is the value of the first source that gives one. A Document's ``sources`` are the
    files it was read from that are still stored, and ``source`` the first of them. The result
    carries the words (``WORDS``) to store.

    >>> props = node_properties("Unit", "官渡区财政局", [("b.txt", {"aliases": ["财政局"]}),
    ...                         ("a.txt", {"aliases": ["区财政局"], "level": "district"})])
    >>> props["aliases"], props["level"]
    (['区财政局', '财政局'], 'district')
    """
    said = sorted(said, key=lambda pair: pair[0])
    props: dict[str, Any] = {}
    if said and all(body is said[0][1] for _, body in said):  # one statement (a load's own rows): no merging
        for name, value in said[0][1].items():
            props[name] = _distinct(value) if isinstance(value, list) else value
    for _, body in said if not props else ():
        for name, value in body.items():
            if isinstance(value, list):
                old = props.setdefault(name, [])
                if isinstance(old, list):
                    old.extend(v for v in value if v not in old)
            elif name not in props:
                props[name] = value
    if label == "Document":
        named = {source for source, _ in said}
        files = sorted(s for s in props.pop("sources", None) or [] if s in named)
        props.pop("source", None)
        if files:
            props["sources"], props["source"] = files, files[0]
    props[NODE_KEYS[label]] = key
    words = _words(said)
    if words:
        props[WORDS] = words
    return props


def _distinct(values: list[Any]) -> list[Any]:
    """``values`` without repeats, first seen first (as the union of one list with itself)."""
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def _words(said: Sequence[_Said]) -> list[str]:
    """The stored form of what the sources said: one word per distinct statement."""
    if said and all(body is said[0][1] for _, body in said):  # one statement (a load's own rows)
        return [_one_word(tuple(sorted({source for source, _ in said})))]
    by_body: dict[str, list[str]] = defaultdict(list)
    for source, body in said:
        by_body[json.dumps(body, ensure_ascii=False, sort_keys=True)].append(source)
    if len(by_body) == 1:
        (sources,) = by_body.values()
        return [json.dumps([sorted(set(sources))], ensure_ascii=False)]
    return sorted(f"[{json.dumps(sorted(set(sources)), ensure_ascii=False)}, {body}]"
                  for body, sources in by_body.items())


@functools.lru_cache(maxsize=4096)
def _one_word(sources: tuple[str, ...]) -> str:
    """The word of sources that said one thing: most nodes of a load share a few (a task is
    named by its source alone), so each is written once."""
    return json.dumps([list(sources)], ensure_ascii=False)


def _said(props: Mapping[str, Any] | None, label: str) -> list[_Said]:
    """What the sources said of a stored node, from its properties (``WORDS`` and, for a node
    of one statement, the properties themselves)."""
    if not props or not props.get(WORDS):
        return []
    own = {name: value for name, value in props.items() if name not in (WORDS, NODE_KEYS[label], "kg_lock")}
    out: list[_Said] = []
    for word in props[WORDS]:
        parsed = json.loads(word)
        body = parsed[1] if len(parsed) > 1 else own
        out.extend((source, body) for source in ([parsed[0]] if isinstance(parsed[0], str) else parsed[0]))
    return out


def _node_row_properties(label: str, row: Mapping[str, Any], before: Mapping[str, Any] | None,
                         replaced: frozenset[str]) -> dict[str, Any]:
    """The properties to write for a node row: what the sources that name it in this load say
    (``row["props"]``, for each of ``row["named"]``) and what other sources said before."""
    body = {name: value for name, value in row["props"].items() if name != NODE_KEYS[label]}
    said = [pair for pair in _said(before, label) if pair[0] not in replaced]
    said += [(source, body) for source in row.get("named") or [""]]
    return node_properties(label, row["key"], said)


def _name_node_sources(node_rows: Mapping[str, list[dict[str, Any]]], index: RelIndex) -> None:
    """Give each node row ``named``: the sources that name it in this load (those of its
    relationships' evidence, a Document's files), sorted; ``[""]`` for a node none names."""
    named = index.named
    for label, rows in node_rows.items():
        for row in rows:
            found = named.get((label, row["key"]), set())
            if label == "Document":
                props = row["props"]
                found = found | {s for s in [props.get("source"), *(props.get("sources") or [])] if isinstance(s, str)}
            row["named"] = sorted(found) or [""]


def _unit_of(sources: list[str], index: RelIndex) -> _Unit:
    refs: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for source in sources:
        for group, found in index.by_source[source].items():
            refs[group].extend(found)
    return _Unit(list(sources), {}, {}, shared=False, refs=dict(refs), index=index)


class _Runs(Protocol):
    def run(self, step: str, query: str, **params: Any) -> list[Record]: ...


class _Runner:
    """A managed transaction behind the ``run(step, query, **params) -> records`` of
    :class:`_Transaction`, so the helpers below serve both."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def run(self, step: str, query: str, **params: Any) -> list[Record]:
        return list(self.tx.run(query, params))


def _write_unit(tx: ManagedTransaction, unit: _Unit, batch_size: int) -> _Unit:
    """One unit in one transaction, everything or nothing of it committed; the driver
    reruns it whole after a transient failure (a deadlock with the other writer, a
    dropped connection).

    A node unit (``node_unit``) writes its nodes and keeps their element ids in
    ``unit.ids``. A source unit writes the nodes only it writes, compares its sources'
    stored relationships with the graph's (:func:`_unchanged` on the server, then, for a type
    where something changed, one read of that type's): those the
    same are left alone, the others deleted, the new ones CREATEd by id seek (the shared
    unit MERGEs); then the nodes its sources no longer name forget what they said, and
    those left without evidence go; with ``prune_rids``, also what no source of the corpus
    names. A label with no node stored before the load is CREATEd into on a first attempt (a
    retried attempt may follow a commit the driver did not see: it MERGEs). What the unit
    changed goes into the load's journal in the same transaction (:class:`_Journal`), so a
    load that fails later can be undone."""
    unit.attempts += 1
    if unit.flat is None:
        _materialise(unit)
    runner = _Runner(tx)
    journal = _Journal()
    own = _write_nodes(runner, unit, batch_size, journal)
    if unit.node_unit:
        unit.ids = own
        _keep_journal(runner, unit, journal)
        return unit
    if unit.cleanup:  # the nodes the load's sources no longer name: forget what they said, remove orphans
        _forget_sources(runner, unit.cleanup, unit.forget, batch_size, journal)
        unit.removed_nodes = _remove_orphans(runner, unit.cleanup, batch_size, unnamed_only=True, journal=journal)
        _keep_journal(runner, unit, journal)
        return unit
    unit.own_ids = {eid for ids in own.values() for eid in ids.values()}
    if not unit.shared:
        unit.regions = set(own.get("Region", {}).values())
    if unit.shared:
        _merge_shared_relationships(runner, unit, own, batch_size, journal)
    else:
        unit.candidates = _replace_relationships(runner, unit, own, batch_size, journal)
    loaded = unit.loaded | unit.own_ids
    unit.removed_relationships = len(journal.deleted_rels)
    if unit.prune_rids is not None:  # the whole corpus: divisions and table reforms no source names go too
        ends = _remove_table_successions_but(runner, unit.prune_rids, journal)
        unit.removed_nodes += _remove_orphans(runner, sorted(ends - loaded), batch_size, journal=journal)
        regions = [*own.get("Region", {}).values(), *unit.ids.get("Region", {}).values(), *unit.regions]
        unit.removed_nodes += _remove_regions_but(runner, sorted(regions), journal)
    _keep_journal(runner, unit, journal)
    return unit


@dataclass
class _Journal:
    """What one unit changed, kept in the database in the unit's own transaction (a
    ``KgUndo`` node of the load's ``KgLoad``), so that a load that fails or is killed after
    some units committed can be undone to the database as it was (:func:`recover`).

    Nodes and relationship ends are named by label and key (element ids change when a
    node is deleted and made again)."""

    #: Sources none of whose relationships was stored before: undoing deletes all of theirs.
    new_sources: list[str] = field(default_factory=list)
    #: [type, rid, start label, start key, end label, end key] of the relationships written.
    created_rels: list[list[Any]] = field(default_factory=list)
    #: [type, start label, start key, end label, end key, properties] of those deleted.
    deleted_rels: list[list[Any]] = field(default_factory=list)
    #: [label, key] of the nodes created.
    created_nodes: list[list[Any]] = field(default_factory=list)
    #: [label, key, properties before] of the nodes whose properties changed.
    changed_nodes: list[list[Any]] = field(default_factory=list)
    #: [label, properties] of the nodes deleted.
    deleted_nodes: list[list[Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any((self.new_sources, self.created_rels, self.deleted_rels, self.created_nodes,
                    self.changed_nodes, self.deleted_nodes))


def _keep_journal(tx: _Runs, unit: _Unit, journal: _Journal) -> None:
    """Store ``journal`` in the unit's transaction, numbered in the order of the load's phases
    (node batches, sources, shared relationships, clean-up): units that run at the same time
    touch disjoint nodes and relationships, so only the phases' order matters to an undo."""
    if unit.load_id is None or not journal:
        return
    data = json.dumps(journal.__dict__, ensure_ascii=False, default=str)
    tx.run("keeping the load's journal", "CREATE (:KgUndo {load: $load, seq: $seq, data: $data})",
           load=unit.load_id, seq=unit.seq, data=data)


def _node_key(labels: Sequence[str], key_id: Any, key_name: Any) -> tuple[str, Any]:
    label = next((lb for lb in labels if lb in NODE_KEYS), labels[0] if labels else "")
    return label, (key_id if NODE_KEYS.get(label) == "id" else key_name)


def _write_nodes(tx: _Runs, unit: _Unit, batch_size: int, journal: _Journal) -> dict[str, dict[Any, str]]:
    """Write the unit's nodes (a node whose properties would not change is not written);
    their element ids by label and key."""
    own: dict[str, dict[Any, str]] = {}
    for label, rows in unit.nodes.items():
        ids = own.setdefault(label, {})
        if label in unit.create and unit.attempts == 1:
            query = create_nodes_query(label) + RETURN_IDS
            ready = unit.ready.get(label)
            for start in range(0, len(rows), batch_size):
                chunk = rows[start:start + batch_size]
                written = Rows(ready[start:start + batch_size]) if ready is not None else Rows(
                    {"key": r["key"], "props": _node_row_properties(label, r, None, unit.replaced)} for r in chunk)
                ids.update((r["key"], r["id"]) for r in tx.run("writing nodes", query, rows=written))
                journal.created_nodes.extend([label, r["key"]] for r in chunk)
            continue
        query = replace_nodes_query(label) + RETURN_IDS
        for chunk in batches(rows, batch_size):
            stored = _stored_nodes(tx, label, [r["key"] for r in chunk])
            written = Rows()
            for row in chunk:
                eid, before = stored.get(row["key"], (None, None))
                props = _node_row_properties(label, row, before, unit.replaced)
                if before is None:
                    journal.created_nodes.append([label, row["key"]])
                elif before == props and eid is not None:
                    ids[row["key"]] = eid
                    continue
                else:
                    journal.changed_nodes.append([label, row["key"], before])
                written.append({"key": row["key"], "props": props})
            if written:
                ids.update((r["key"], r["id"]) for r in tx.run("writing nodes", query, rows=written))
    return own


def _stored_nodes(tx: _Runs, label: str, keys: list[Any]) -> dict[Any, tuple[str, dict[str, Any]]]:
    """``{key: (element id, properties)}`` of the stored nodes of ``label`` among ``keys``."""
    label = whitelisted(label, NODE_LABELS, "label")
    return {r["key"]: (r["id"], r["props"]) for r in tx.run(
        "reading what other sources said of the nodes",
        f"UNWIND $keys AS key MATCH (n:`{label}` {{`{NODE_KEYS[label]}`: key}}) "
        "RETURN key, elementId(n) AS id, properties(n) AS props", keys=Rows(keys))}


def _replace_relationships(tx: _Runs, unit: _Unit, own: Mapping[str, Mapping[Any, str]], batch_size: int,
                           journal: _Journal) -> set[str]:
    """Make the unit's sources' stored relationships the graph's: the same left alone, the
    others deleted, the new created. The element ids of the nodes that may now be left
    without evidence (ends of deleted relationships, the sources' Documents)."""
    if unit.fresh or not unit.types:  # none of the sources' facts is stored: write them all
        journal.new_sources = sorted(unit.sources)
        laid_out = unit.flat if unit.flat is not None else {group: flat_rows(rows) for group, rows in unit.rels.items()}
        for (rel_type, start_label, end_label), groups in laid_out.items():
            start_ids = _Ids(own.get(start_label), unit.ids.get(start_label))
            end_ids = _Ids(own.get(end_label), unit.ids.get(end_label))
            for (names, rest), flat in groups.items():
                query = relationships_query(rel_type, start_label, end_label, names, rest=rest, create=True)
                for part in batches(flat, batch_size):
                    tx.run("writing relationships", query,
                           rows=Rows([[start_ids[a], end_ids[b], *more] for a, b, *more in part]))
        return set() if unit.fresh or not unit.sources else _documents_of(tx, unit.sources)
    wanted: dict[tuple[str, str, str, Any], tuple[tuple[str, str, str], dict[str, Any], Any, Any]] = {}
    for group, rows in unit.rels.items():
        rel_type, start_label, end_label = group
        start_ids = _Ids(own.get(start_label), unit.ids.get(start_label))
        end_ids = _Ids(own.get(end_label), unit.ids.get(end_label))
        for row in rows:
            where = (rel_type, start_ids[row["a"]], end_ids[row["b"]], row["rid"])
            seen = wanted.get(where)
            props = row["props"] if seen is None else {**seen[1], **row["props"]}
            wanted[where] = (group, props, row["a"], row["b"])
    stored: list[Record] = []
    held = False
    if unit.sources and not unit.fresh:
        step = "reading the sources' stored facts"
        for rel_type in unit.types:
            name = whitelisted(rel_type, REL_TYPES, "relationship type")
            kept = _unchanged(tx, name, unit.sources, wanted, batch_size)
            if kept is not None:  # all stored as the graph has them (a reload): nothing read back
                held = held or bool(kept)
                for where in kept:
                    del wanted[where]
                continue
            stored += tx.run(step, f"MATCH (a)-[r:`{name}`]->(b) WHERE r.source IN $sources "
                                   "RETURN type(r) AS type, elementId(r) AS id, elementId(a) AS a, elementId(b) AS b, "
                                   "properties(r) AS props", sources=sorted(unit.sources))
    held = held or bool(stored)
    if not held:
        journal.new_sources = sorted(unit.sources)
    gone: list[str] = []
    candidates: set[str] = set()
    for record in stored:
        where = (record["type"], record["a"], record["b"], record["props"].get("rid"))
        same = wanted.get(where)
        if same is not None and same[1] == record["props"]:
            del wanted[where]
            continue
        gone.append(record["id"])
        candidates.update((record["a"], record["b"]))
    for ids in batches(gone, batch_size):
        journal.deleted_rels.extend(_journalled_rel(record) for record in tx.run(
            "replacing the sources' earlier facts",
            "UNWIND $ids AS id MATCH (a)-[r]->(b) WHERE elementId(r) = id WITH a, r, b, type(r) AS type, "
            "properties(r) AS props DELETE r RETURN type, labels(a) AS la, a.id AS aid, a.name AS aname, "
            "labels(b) AS lb, b.id AS bid, b.name AS bname, props", ids=ids))
    by_group: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, a, b, rid), (group, props, a_key, b_key) in wanted.items():
        by_group[group].append({"a": a, "b": b, "rid": rid, "props": props})
        if held:
            journal.created_rels.append([rel_type, rid, group[1], a_key, group[2], b_key])
    for (rel_type, start_label, end_label), new_rows in by_group.items():
        for (names, rest), flat in flat_rows(new_rows).items():
            query = relationships_query(rel_type, start_label, end_label, names, rest=rest, create=True)
            for part in batches(flat, batch_size):
                tx.run("writing relationships", query, rows=part)
    if unit.sources and not unit.fresh:
        candidates |= _documents_of(tx, unit.sources)
    return candidates


def _unchanged(tx: _Runs, rel_type: str, sources: Sequence[str],
               wanted: Mapping[tuple[str, str, str, Any], tuple[Any, dict[str, Any], Any, Any]],
               batch_size: int) -> list[tuple[str, str, str, Any]] | None:
    """The graph's relationships of ``rel_type`` the database holds as they are, when it holds
    no other of ``sources``; None when it does (some changed or went: the caller reads them
    back to compare). Compared on the server, which answers only with the rows it lacks: a
    reload of unchanged facts reads nothing back (reading every stored relationship and its
    properties into the client cost a reload half its speed)."""
    total = tx.run("reading the sources' stored facts",
                   f"MATCH ()-[r:`{rel_type}`]->() WHERE r.source IN $sources RETURN count(r) AS n",
                   sources=sorted(sources))[0]["n"]
    rows = [where for where in wanted if where[0] == rel_type]
    if not total:
        return []
    missing: set[int] = set()
    for start in range(0, len(rows), batch_size):
        part = Rows([where[1], where[2], where[3], i, wanted[where][1]]
                     for i, where in enumerate(rows[start:start + batch_size], start))
        for record in tx.run("comparing the sources' stored facts",
                             f"UNWIND $rows AS row WITH row, COUNT {{ MATCH (a) WHERE elementId(a) = row[0] "
                             f"MATCH (b) WHERE elementId(b) = row[1] MATCH (a)-[r:`{rel_type}` {{rid: row[2]}}]->(b) "
                             "WHERE r.source IN $sources AND properties(r) = row[4] } AS n WHERE n <> 1 "
                             "RETURN row[3] AS i, n", rows=part, sources=sorted(sources)):
            if record["n"] > 1:  # stored twice: the comparison in the client removes the copy
                return None
            missing.add(record["i"])
    # each stored relationship matches one row at most (rows differ in ends or rid)
    if len(rows) - len(missing) != total:
        return None
    return [where for i, where in enumerate(rows) if i not in missing]


def _documents_of(tx: _Runs, sources: Sequence[str]) -> set[str]:
    """Element ids of the stored Documents read from any of ``sources``."""
    return {r["id"] for r in tx.run(
        "replacing the sources' earlier facts",
        "MATCH (d:Document) WHERE d.source IN $sources OR any(s IN coalesce(d.sources, []) WHERE s IN $sources) "
        "RETURN elementId(d) AS id", sources=sorted(sources))}


def _merge_shared_relationships(tx: _Runs, unit: _Unit, own: Mapping[str, Mapping[Any, str]], batch_size: int,
                                journal: _Journal) -> None:
    """MERGE the relationships no source owns (the division and succession tables'); the
    journal names those that were not stored yet."""
    for (rel_type, start_label, end_label), rows in unit.rels.items():
        start_ids = _Ids(own.get(start_label), unit.ids.get(start_label))
        end_ids = _Ids(own.get(end_label), unit.ids.get(end_label))
        name = whitelisted(rel_type, REL_TYPES, "relationship type")
        for (names, rest), flat in flat_rows(rows).items():
            query = relationships_query(rel_type, start_label, end_label, names, rest=rest, create=False)
            for part in batches(flat, batch_size):
                rows_by_id = Rows([[start_ids[a], end_ids[b], *more] for a, b, *more in part])
                there = {(r["a"], r["b"], r["rid"]) for r in tx.run(
                    "reading the shared relationships",
                    f"UNWIND $rows AS row MATCH (a)-[r:`{name}` {{rid: row[2]}}]->(b) "
                    "WHERE elementId(a) = row[0] AND elementId(b) = row[1] RETURN row[0] AS a, row[1] AS b, "
                    "row[2] AS rid", rows=rows_by_id)}
                journal.created_rels.extend(
                    [rel_type, ids[2], start_label, keyed[0], end_label, keyed[1]]
                    for keyed, ids in zip(part, rows_by_id, strict=True) if (ids[0], ids[1], ids[2]) not in there)
                tx.run("writing relationships", query, rows=rows_by_id)


class _Ids:
    """A unit's own element ids, then the shared ones: looked up by key."""

    def __init__(self, own: Mapping[Any, str] | None, shared: Mapping[Any, str] | None) -> None:
        self.own, self.shared = own or {}, shared or {}

    def __getitem__(self, key: Any) -> str:
        found = self.own.get(key)
        return found if found is not None else self.shared[key]




def _prepare(unit: _Unit) -> None:
    """Work out before a unit's transaction what needs no answer from the server: the properties
    of the nodes it CREATEs and, when its sources have nothing stored, its relationship rows; done
    by the loading thread while the writers' transactions run, it no longer keeps them open."""
    for label in unit.create:
        rows = unit.nodes.get(label)
        if rows:
            unit.ready[label] = Rows({"key": r["key"], "props": _node_row_properties(label, r, None, unit.replaced)}
                                     for r in rows)
    if (unit.fresh or not unit.types) and not unit.shared and not unit.node_unit and not unit.cleanup:
        rels = unit.rels or (unit.index.rows(unit.refs) if unit.index is not None else {})
        unit.flat = {group: flat_rows(rows) for group, rows in rels.items()}
    else:
        _materialise(unit)


def _node_units(node_rows: Mapping[str, list[dict[str, Any]]], fresh: set[str], size: int) -> list[_Unit]:
    """The nodes cut into transactions of ``size`` rows, label by label (they run before the
    relationships, so no two relationship transactions ever write one node)."""
    units = []
    for label, rows in node_rows.items():
        for chunk in batches(rows, size):
            units.append(_Unit([], {label: chunk}, {}, shared=False, create={label} & fresh, node_unit=True))
    return units


def _write_units(driver: Driver, units: list[_Unit], *, writers: int, database: str | None, timeout: float,
                 batch_size: int) -> Generator[_Unit, None, None]:
    """Write every unit, ``writers`` transactions at a time (the shared unit, and a prune's
    final removals, last and alone); yield each as it commits, in order. Up to ``writers`` more
    wait, prepared (:func:`_prepare`) while the others are written.

    ``timeout`` bounds the whole wait: when no unit has committed for ``timeout`` seconds
    (retries included) the load ends with StoreTimeout, saying how long it waited; the
    server aborts a transaction that runs longer than that too.
    """
    local = threading.local()
    sessions: list[Session] = []
    lock = threading.Lock()

    def write(unit: _Unit) -> _Unit:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = driver.session(database=database, notifications_min_severity="OFF")
            with lock:
                sessions.append(session)
        done = session.execute_write(unit_of_work(timeout=timeout)(_write_unit), unit, batch_size)
        done.ready, done.flat, done.rels = {}, None, {}  # written: its rows are not held to the load's end
        return done

    frozen = False
    waited_since = time.monotonic()

    def result(future: Future[_Unit]) -> _Unit:
        nonlocal frozen, waited_since
        try:
            done = future.result(timeout=max(0.0, timeout - (time.monotonic() - waited_since)))
        except FutureTimeout:
            frozen = True
            raise StoreTimeout(f"Neo4j did not answer within {timeout:.0f} s while loading (waited "
                               f"{time.monotonic() - waited_since:.1f} s; is the server frozen or overloaded? "
                               "nothing of the unfinished transactions was kept: rerun)") from None
        waited_since = time.monotonic()
        return done

    pool = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="kg-load")
    pending: deque[Future[_Unit]] = deque()
    try:
        for unit in units:
            if unit.shared:  # the relationships no source owns, and a prune's removals: after all others
                while pending:
                    yield result(pending.popleft())
            while len(pending) >= 2 * writers:
                yield result(pending.popleft())
            _prepare(unit)
            pending.append(pool.submit(write, unit))
        while pending:
            yield result(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=not frozen, cancel_futures=frozen)
        if not frozen:  # a session blocked on a frozen server would block its close too
            for session in sessions:
                session.close()


class _Transaction:
    """The load's one transaction: every call bounded by ``timeout`` seconds (StoreTimeout,
    naming how long it waited), every driver error a one-line StoreError; rolled back
    unless committed, so a load that fails at any point leaves the database as it was.

    After a timeout nothing more is sent: a frozen server would block the rollback and the
    close as well; the CLI ends the process, the connection closes, and the server rolls
    the transaction back by itself.
    """

    def __init__(self, session: Session, timeout: float) -> None:
        self.session, self.timeout = session, timeout
        self.tx: Any = None
        self.step = "loading"
        self.committed = self.frozen = False

    def __enter__(self) -> _Transaction:
        self.tx = self._bounded("starting the load's transaction", self.session.begin_transaction)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if self.frozen:
            return
        try:
            if self.tx is not None and not self.committed:
                self._bounded("rolling the load back", self.tx.rollback)
            self._bounded("closing the session", self.session.close)
        except StoreError:
            if kind is None:
                raise

    def _bounded(self, step: str, fn: Callable[..., _T], *args: Any) -> _T:
        try:
            with store_errors(step):
                return bounded(step, self.timeout, fn, *args)
        except StoreTimeout:
            self.frozen = True
            raise

    def run(self, step: str, query: str, **params: Any) -> list[Record]:
        """The records of one statement in the transaction."""
        return self._bounded(step, lambda: list(self.tx.run(query, params)))

    def commit(self) -> None:
        self._bounded("committing the load", self.tx.commit)
        self.committed = True


def prune_sources(driver: Driver, sources: Iterable[str], **options: Any) -> LoadReport:
    """Remove exactly the facts of ``sources`` (documents that left the corpus, see :func:`match_sources`)
    and the nodes left with no evidence, under the load lock; nothing else changes.
    ``options`` are :func:`load_graph`'s (``timeout``, ``database``, ``on_wait`` …)."""
    return load_graph(driver, nx.MultiDiGraph(), remove=sources, **options)


#: Sources no file owns: the division table's (Region)-[:PART_OF]->(Region) edges are the same
#: whichever file named the region, so a load never replaces or prunes them (they are MERGEd);
#: so are the succession table's (Unit)-[:SUCCEEDED_BY]->(Unit) (kg/data/successions.csv).
SHARED_SOURCES = frozenset({"gazetteer", TABLE_SOURCE})


def graph_sources(graph: Graph) -> set[str]:
    """The sources a graph speaks for: every edge's evidence source and every Document's."""
    sources = {attrs["source"] for _, _, attrs in graph.edges(data=True) if isinstance(attrs.get("source"), str)}
    for _, attrs in graph.nodes(data=True):
        if attrs.get("label") == "Document":
            named = [attrs.get("source"), *(attrs.get("sources") or [])]
            sources.update(s for s in named if isinstance(s, str))
    return sources - SHARED_SOURCES


def match_sources(names: Iterable[str], stored: set[str]) -> tuple[set[str], list[str], dict[str, list[str]]]:
    """The stored sources ``names`` mean: ``(matched, names matching none, names matching several)``.

    A source is a file's path in the folder it was loaded from (``a/附件1.docx``). A name
    equal to a stored source means it; otherwise a longer path means the one stored source
    it ends in (``/data/x/a/附件1.docx`` → ``a/附件1.docx``). A bare ``附件1.docx`` never
    means ``a/附件1.docx`` and ``b/附件1.docx``; a path ending in several is refused.

    >>> match_sources(["x/a/n.txt", "n.txt", "c.txt"], {"a/n.txt", "b/n.txt"})
    ({'a/n.txt'}, ['c.txt', 'n.txt'], {})
    """
    matched: set[str] = set()
    missing: list[str] = []
    ambiguous: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        if name in stored:
            matched.add(name)
            continue
        ends = sorted(s for s in stored if name.endswith("/" + s))
        if len(ends) == 1:
            matched.update(ends)
        elif ends:
            ambiguous[name] = ends
        else:
            missing.append(name)
    return matched, missing, ambiguous


def stored_sources(driver: Driver, *, database: str | None = None) -> set[str]:
    """Every source the database holds facts of (relationships' and Documents' ``source``)."""
    with driver.session(database=database) as session, _Transaction(session, CALL_TIMEOUT) as tx:
        return _stored_sources(tx)


def _stored_sources(tx: _Runs) -> set[str]:
    step = "listing the stored sources"
    found = {r["s"] for r in tx.run(step, "MATCH (d:Document) UNWIND coalesce(d.sources, []) + "
                                          "coalesce(d.source, []) AS s RETURN DISTINCT s")}
    for rel_type in REL_TYPES:
        found |= {r["s"] for r in tx.run(step, f"MATCH ()-[r:`{rel_type}`]->() WHERE r.source IS NOT NULL "
                                               "RETURN DISTINCT r.source AS s")}
    return {s for s in found if isinstance(s, str)} - SHARED_SOURCES


def _remove_regions_but(tx: _Runs, keep: Sequence[str], journal: _Journal) -> int:
    """Delete the Region nodes (and their PART_OF) other than ``keep`` (element ids); how many went.
    Regions are shared reference data, so only a load of the whole corpus (``prune``) does this."""
    ids = [r["id"] for r in tx.run("removing divisions no source names", "MATCH (r:Region) WHERE NOT elementId(r) "
                                   "IN $keep RETURN elementId(r) AS id", keep=list(keep))]
    for record in tx.run("removing divisions no source names", _RELS_OF_NODES, ids=ids):
        journal.deleted_rels.append(_journalled_rel(record))
    for record in tx.run("removing divisions no source names",
                         "UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id WITH n, labels(n) AS labels, "
                         "properties(n) AS props DETACH DELETE n RETURN labels, props", ids=ids):
        journal.deleted_nodes.append([_node_label(record["labels"]), record["props"]])
    return len(ids)


#: Every relationship at the nodes of ``$ids``, once each, named as the journal names them.
_RELS_OF_NODES = ("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id MATCH (n)-[r]-() WITH DISTINCT r "
                  "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS la, a.id AS aid, a.name AS aname, "
                  "labels(b) AS lb, b.id AS bid, b.name AS bname, properties(r) AS props")


def _journalled_rel(record: Record) -> list[Any]:
    return [record["type"], *_node_key(record["la"], record["aid"], record["aname"]),
            *_node_key(record["lb"], record["bid"], record["bname"]), record["props"]]


def _node_label(labels: Sequence[str]) -> str:
    return next((lb for lb in labels if lb in NODE_KEYS), labels[0] if labels else "")


def table_succession_rids(graph: Graph) -> set[str]:
    """The rids of the succession table's SUCCEEDED_BY relationships in ``graph``."""
    return {attrs["rid"] for _, _, attrs in graph.edges(data=True)
            if attrs.get("type") == "SUCCEEDED_BY" and attrs.get("source") == TABLE_SOURCE}


def _remove_table_successions_but(tx: _Runs, keep: Sequence[str], journal: _Journal) -> set[str]:
    """Delete the succession table's SUCCEEDED_BY whose rid is not in ``keep``; the element ids of
    their ends (for :func:`_remove_orphans`). Like the divisions, only a load of the whole corpus
    (``prune``) does this: the table's rows link units whichever source named them."""
    ends: set[str] = set()
    for record in tx.run("removing reforms no source names",
                         "MATCH (a)-[r:SUCCEEDED_BY {source: $source}]->(b) WHERE NOT r.rid IN $keep "
                         "WITH a, b, r, properties(r) AS props DELETE r RETURN 'SUCCEEDED_BY' AS type, "
                         "labels(a) AS la, a.id AS aid, a.name AS aname, labels(b) AS lb, b.id AS bid, "
                         "b.name AS bname, props, elementId(a) AS ea, elementId(b) AS eb",
                         source=TABLE_SOURCE, keep=list(keep)):
        journal.deleted_rels.append(_journalled_rel(record))
        ends.update((record["ea"], record["eb"]))
    return ends


def _remove_orphans(tx: _Runs, element_ids: Sequence[str], batch_size: int, *, unnamed_only: bool = False,
                    journal: _Journal | None = None) -> int:
    """Delete the nodes of ``element_ids`` that have no relationship (with ``unnamed_only``, and that
    no stored source names any more: a Document of a file still loaded stays); how many went."""
    removed = 0
    named = f" AND coalesce(size(n.`{WORDS}`), 0) = 0" if unnamed_only else ""
    for chunk in batches(list(element_ids), batch_size):
        for record in tx.run("removing nodes left without evidence",
                             f"UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id AND NOT (n)--(){named} "
                             "WITH n, labels(n) AS labels, properties(n) AS props DELETE n RETURN labels, props",
                             ids=chunk):
            removed += 1
            if journal is not None:
                journal.deleted_nodes.append([_node_label(record["labels"]), record["props"]])
    return removed


def _forget_sources(tx: _Runs, element_ids: Sequence[str], sources: set[str], batch_size: int,
                    journal: _Journal) -> None:
    """Take what ``sources`` said out of the nodes of ``element_ids`` (nodes this load does not
    write) and derive their properties again from what the other sources said."""
    if not sources:
        return
    step = "replacing the sources' earlier word on shared nodes"
    for chunk in batches(list(element_ids), batch_size):
        # the write lock first, so no other transaction changes the words between the read and the write
        found = tx.run(step, f"UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id AND n.`{WORDS}` IS NOT NULL "
                             "SET n.kg_lock = true RETURN id, labels(n) AS labels, properties(n) AS props", ids=chunk)
        rows = []
        for record in found:
            before = {k: v for k, v in record["props"].items() if k != "kg_lock"}
            label = _node_label(record["labels"])
            if label not in NODE_KEYS:
                continue
            said = [pair for pair in _said(before, label) if pair[0] not in sources]
            props = node_properties(label, before.get(NODE_KEYS[label]), said)
            if props != before:
                journal.changed_nodes.append([label, before.get(NODE_KEYS[label]), before])
            rows.append({"id": record["id"], "props": props})
        for part in batches(rows, batch_size):
            tx.run(step, "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.id SET n = row.props", rows=part)




_T = TypeVar("_T")

























































