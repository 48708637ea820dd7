"""The offline graph into Neo4j: batched, parameterised, idempotent, one load at a time.

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
- relationships are written with CREATE instead of MERGE: the load holds the
  database's load lock and has deleted the relationships of its sources first, so
  nothing can match (rows are deduplicated on ``(start, end, rid)`` first). A label
  with no node stored yet (the count store answers in O(1)) is CREATEd too. A rerun
  after a crash deletes what the crashed load committed and writes it again. A
  retried transaction (the driver retries when, e.g., the connection dropped,
  possibly after the commit) always uses MERGE, so a retry never duplicates.

A source owns its facts, and loads of one database run one at a time: see
:func:`load_graph` and :func:`load_lock`.

Example::

    driver = connect("bolt://127.0.0.1:7687", "neo4j", password)
    report = load_graph(driver, build_graph(facts), wipe=True)
    print(report)   # loaded 1,234 nodes and 5,678 relationships in 0.9 s (...)
"""

from __future__ import annotations

import gc
import os
import re
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction, Session, unit_of_work
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from kg.errors import StoreError, StoreTimeout
from kg.graph.graph import KEY_OF, NODE_LABELS, REL_TYPES, TABLE_SOURCE
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

#: Seconds one Neo4j call (a batch, a count, the schema) may take before the load gives up
#: with ``StoreTimeout``; the server is also asked to abort a transaction after that long.
CALL_TIMEOUT = 120.0

#: Seconds a load waits for another ``kg load`` on the same database to finish.
LOCK_WAIT = 600.0

#: The largest integer Neo4j stores (a signed 64-bit integer).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

#: Bytes of a string property beyond which a range index refuses it (Neo4j: 8,167 bytes
#: per entry); longer indexed values are kept out of such indexes (see schema.cypher).
INDEX_VALUE_LIMIT = 8_000

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
        parts = urlsplit(uri)
        parts.port  # noqa: B018  (raises ValueError for a port outside 0-65535 or not a number)
    except ValueError as exc:
        raise StoreError(f"bad Neo4j URI {uri!r}: {exc}") from None
    if not parts.hostname:
        raise StoreError(f"bad Neo4j URI {uri!r}: no host (use bolt://HOST:PORT)")
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
    #: Sources whose earlier facts this load replaced (or, with ``prune``, removed).
    replaced_sources: int = 0
    pruned_sources: int = 0
    removed_relationships: int = 0
    removed_nodes: int = 0
    #: Seconds spent waiting for another load to release the database's load lock.
    lock_wait: float = 0.0
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
        return (f"loaded {self.node_count:,} nodes and {self.relationship_count:,} relationships"
                f"{wiped} in {self.seconds:.1f} s ({self.rels_per_second:,.0f} relationships/s, "
                f"batches of {self.batch_size:,}){replaced}{waited}")


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


def digest(driver: Driver, *, database: str | None = None) -> str:
    """A SHA-256 of every node (labels, properties) and relationship (type, end keys,
    properties) stored, in no particular order: two databases with equal digests hold
    the same graph, whatever order it was loaded in and whatever its element ids."""
    import hashlib
    import json

    def line(item: Any) -> bytes:
        return json.dumps(item, ensure_ascii=False, sort_keys=True, default=repr).encode("utf-8")

    lines: list[bytes] = []
    with _errors("reading the stored graph"), driver.session(database=database) as session:
        for record in session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"):
            lines.append(line(["node", sorted(record["labels"]), record["props"]]))
        for record in session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS la, "
                                  "coalesce(a.id, a.name) AS a, labels(b) AS lb, coalesce(b.id, b.name) AS b, "
                                  "properties(r) AS props"):
            lines.append(line(["rel", record["type"], sorted(record["la"]), record["a"], sorted(record["lb"]),
                               record["b"], record["props"]]))
    total = hashlib.sha256()
    for item in sorted(lines):
        total.update(item + b"\n")
    return total.hexdigest()


def load_graph(driver: Driver, graph: nx.MultiDiGraph, *, wipe: bool = False, batch_size: int | None = None,
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
    Nodes merge on their key (properties: the latest load wins).

    The load holds the database's load lock (:func:`load_lock`) from the first write to
    the last, so concurrent loads run one after the other (``on_wait()`` is called when
    this one has to wait, at most ``lock_wait`` seconds). Every call to the server is
    bounded by ``timeout`` seconds (``StoreTimeout``).

    ``progress(n)`` is called after each batch with the number of rows it wrote, in
    the batches' order. ``writers`` transactions run at once (``DEFAULT_WRITERS``);
    with ``writers=1`` one batch commits before the next starts.
    Every row is checked before the first write (labels and types in the schema,
    integers within 64 bits, indexed values within the index's limit), so a bad graph
    writes nothing, wipes nothing, and raises ``StoreError``.
    """
    size = DEFAULT_BATCH_SIZE if batch_size is None else batch_size
    if size < 1:
        raise StoreError(f"batch size must be positive, got {size}")
    writers = DEFAULT_WRITERS if writers is None else writers
    if writers < 1:
        raise StoreError(f"writers must be positive, got {writers}")
    if timeout <= 0:
        raise StoreError(f"timeout must be positive, got {timeout}")
    with _gc_paused():
        node_rows = {label: _unique_nodes(rows) for label, rows in node_groups(graph).items()}
        rel_groups = relationship_groups(graph)
        unsourced = {group[0] for group, rows in rel_groups.items()
                     if not all(isinstance(r["props"].get("source"), str)
                                and r["props"]["source"] not in SHARED_SOURCES for r in rows)}
        rel_rows = {group: _flat_rows(rows) for group, rows in rel_groups.items()}
        del rel_groups
    sources = graph_sources(graph)
    report = LoadReport(batch_size=size, wiped=wipe)
    began = time.perf_counter()
    # refuse (or, after --wipe, drop) the bare-name keys of an older policy-kg before anything is written
    bounded("checking the stored keys", timeout, check_keys, driver, wiped=wipe, database=database)
    bounded("applying the schema", timeout, apply_schema, driver, database=database)
    with load_lock(driver, database=database, wait=lock_wait, timeout=timeout, on_wait=on_wait) as waited:
        report.lock_wait = waited
        candidates: set[str] = set()
        if wipe:
            # its own batch size: batch_size=1 would mean a tx per row
            bounded("wiping the database", timeout * 10, _wipe_all, driver, database=database)
        else:
            gone, named = set(), set(remove) - sources
            if prune or named:
                stored = bounded("listing the stored sources", timeout, stored_sources, driver, database=database)
                matched, report.not_stored, report.ambiguous = match_sources(named, stored)
                gone = (stored - sources if prune else set()) | matched
                report.pruned_sources = len(gone)
            report.replaced_sources = len(sources)
            removed, candidates = bounded("replacing the sources' earlier facts", timeout * 10,
                                          delete_sources, driver, sources | gone, database=database)
            report.removed_relationships = removed
        # No notices: counting a label or type that is not stored yet draws one.
        with _errors("loading"), driver.session(database=database, notifications_min_severity="OFF") as session:
            fresh_labels = {label for label in node_rows
                            if bounded("counting", timeout, session.execute_read, _node_count, label) == 0}
            # After the sources' relationships are deleted, none of the graph's is stored.
            fresh_types = {group[0] for group in rel_rows
                           if (group[0] not in unsourced and not wipe)
                           or bounded("counting", timeout, session.execute_read, _relationship_count,
                                      group[0]) == 0}
        element_ids: dict[str, dict[Any, str]] = defaultdict(dict)
        with _errors("loading"), _gc_paused():
            for label, written, ids in _write_batches(driver, _node_batches(node_rows, fresh_labels, size),
                                                      writers=writers, database=database, timeout=timeout):
                element_ids[label].update(ids)
                report.nodes[label] = report.nodes.get(label, 0) + written
                if progress:
                    progress(written)
            rels_began = time.perf_counter()
            for rel_type, written, _ in _write_batches(
                    driver, _relationship_batches(rel_rows, element_ids, fresh_types, size),
                    writers=writers, database=database, timeout=timeout):
                report.relationships[rel_type] = report.relationships.get(rel_type, 0) + written
                if progress:
                    progress(written)
        loaded = {eid for ids in element_ids.values() for eid in ids.values()}
        report.removed_nodes = bounded("removing nodes left without evidence", timeout * 10, remove_orphans,
                                       driver, sorted(candidates - loaded), database=database)
        if prune:  # these facts are the corpus: divisions and table reforms no source names any more go too
            ends = bounded("removing reforms no source names", timeout * 10, remove_table_successions_but,
                           driver, sorted(table_succession_rids(graph)), database=database)
            report.removed_nodes += bounded("removing nodes left without evidence", timeout * 10, remove_orphans,
                                            driver, sorted(ends - loaded), database=database)
            report.removed_nodes += bounded("removing divisions no source names", timeout * 10, remove_regions_but,
                                            driver, sorted(element_ids.get("Region", {}).values()), database=database)
    done = time.perf_counter()
    report.seconds = done - began
    report.rel_seconds = done - rels_began
    return report


def prune_sources(driver: Driver, sources: Iterable[str], **options: Any) -> LoadReport:
    """Remove exactly the facts of ``sources`` (documents that left the corpus, see :func:`match_sources`)
    and the nodes left with no evidence, under the load lock; nothing else changes.
    ``options`` are :func:`load_graph`'s (``timeout``, ``database``, ``on_wait`` …)."""
    return load_graph(driver, nx.MultiDiGraph(), remove=sources, **options)


#: Sources no file owns: the division table's (Region)-[:PART_OF]->(Region) edges are the same
#: whichever file named the region, so a load never replaces or prunes them (they are MERGEd);
#: so are the succession table's (Unit)-[:SUCCEEDED_BY]->(Unit) (kg/data/successions.csv).
SHARED_SOURCES = frozenset({"gazetteer", TABLE_SOURCE})


def graph_sources(graph: nx.MultiDiGraph) -> set[str]:
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
    with _errors("listing the stored sources"), driver.session(database=database) as session:
        found = {r["s"] for r in session.run("MATCH (d:Document) UNWIND coalesce(d.sources, []) + "
                                             "coalesce(d.source, []) AS s RETURN DISTINCT s")}
        for rel_type in REL_TYPES:
            found |= {r["s"] for r in session.run(f"MATCH ()-[r:`{rel_type}`]->() WHERE r.source IS NOT NULL "
                                                  "RETURN DISTINCT r.source AS s")}
    return {s for s in found if isinstance(s, str)} - SHARED_SOURCES


def delete_sources(driver: Driver, sources: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
                   database: str | None = None) -> tuple[int, set[str]]:
    """Delete every relationship whose evidence comes from ``sources``.

    Returns how many were deleted and the element ids of the nodes that may now be
    left without evidence: the ends of those relationships and the sources' Documents
    (:func:`remove_orphans` removes those that have no relationship left).
    """
    names = sorted(set(sources))
    if not names:
        return 0, set()
    removed, candidates = 0, set[str]()
    with _errors("replacing the sources' earlier facts"), driver.session(database=database) as session:
        for rel_type in REL_TYPES:
            rel_type = _whitelisted(rel_type, REL_TYPES, "relationship type")
            record = session.run(f"MATCH (a)-[r:`{rel_type}`]->(b) WHERE r.source IN $sources "
                                 "RETURN count(r) AS n, collect(DISTINCT elementId(a)) AS a, "
                                 "collect(DISTINCT elementId(b)) AS b", sources=names).single(strict=True)
            if not record["n"]:
                continue
            candidates.update(record["a"], record["b"])
            session.run(f"MATCH ()-[r:`{rel_type}`]->() WHERE r.source IN $sources "
                        "CALL (r) { DELETE r } IN TRANSACTIONS OF $n ROWS", sources=names, n=batch_size).consume()
            removed += record["n"]
        candidates.update(r["id"] for r in session.run(
            "MATCH (d:Document) WHERE d.source IN $sources OR any(s IN coalesce(d.sources, []) WHERE s IN $sources) "
            "WITH d, [s IN coalesce(d.sources, []) WHERE NOT s IN $sources] AS kept "
            "SET d.sources = CASE WHEN kept = [] THEN null ELSE kept END, d.source = kept[0] "
            "RETURN elementId(d) AS id", sources=names))
    return removed, candidates


def remove_regions_but(driver: Driver, keep: Sequence[str], *, database: str | None = None) -> int:
    """Delete the Region nodes (and their PART_OF) other than ``keep`` (element ids); how many went.
    Regions are shared reference data, so only a load of the whole corpus (``prune``) does this."""
    with _errors("removing divisions no source names"), driver.session(database=database) as session:
        return session.run("MATCH (r:Region) WHERE NOT elementId(r) IN $keep DETACH DELETE r RETURN count(*) AS n",
                           keep=list(keep)).single(strict=True)["n"]


def table_succession_rids(graph: nx.MultiDiGraph) -> set[str]:
    """The rids of the succession table's SUCCEEDED_BY relationships in ``graph``."""
    return {attrs["rid"] for _, _, attrs in graph.edges(data=True)
            if attrs.get("type") == "SUCCEEDED_BY" and attrs.get("source") == TABLE_SOURCE}


def remove_table_successions_but(driver: Driver, keep: Sequence[str], *, database: str | None = None) -> set[str]:
    """Delete the succession table's SUCCEEDED_BY whose rid is not in ``keep``; the element ids of
    their ends (for :func:`remove_orphans`). Like the divisions, only a load of the whole corpus
    (``prune``) does this: the table's rows link units whichever source named them."""
    with _errors("removing reforms no source names"), driver.session(database=database) as session:
        record = session.run("MATCH (a)-[r:SUCCEEDED_BY {source: $source}]->(b) WHERE NOT r.rid IN $keep "
                             "DELETE r RETURN collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(b)) AS ends",
                             source=TABLE_SOURCE, keep=list(keep)).single(strict=True)
        return set(record["ends"])


def remove_orphans(driver: Driver, element_ids: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
                   database: str | None = None) -> int:
    """Delete the nodes of ``element_ids`` that have no relationship; how many went."""
    removed = 0
    with _errors("removing nodes left without evidence"), driver.session(database=database) as session:
        for chunk in _batches(list(element_ids), batch_size):
            removed += session.execute_write(
                lambda tx, ids: tx.run("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id AND NOT (n)--() "
                                       "DELETE n RETURN count(*) AS n", ids=ids).single(strict=True)["n"], chunk)
    return removed


@contextmanager
def load_lock(driver: Driver, *, database: str | None = None, wait: float = LOCK_WAIT,
              timeout: float = CALL_TIMEOUT, on_wait: Callable[[], Any] | None = None) -> Iterator[float]:
    """Hold the database's load lock while the block runs; yields the seconds waited for it.

    The lock is an uncommitted ``MERGE (:KgLock {name: "load"})`` under the uniqueness
    constraint of schema.cypher: a second loader's MERGE of the same key waits until the
    first transaction ends. The transaction is rolled back at the end, so nothing is ever
    stored, and if a loader dies its connection closes and the server rolls back for it:
    no stale lock survives a crash. ``on_wait()`` is called once after a second of waiting.
    """
    session = driver.session(database=database)
    tx = None
    finished = released = False
    try:
        tx = bounded("taking the load lock", timeout, session.begin_transaction)
        holder = f"kg load, pid {os.getpid()} on {socket.gethostname()}"
        began = time.monotonic()
        take = _Call(lambda: tx.run("MERGE (l:KgLock {name: $name}) SET l.holder = $holder",
                                    name="load", holder=holder).consume())
        if not take.wait(min(1.0, wait)):
            if on_wait:
                on_wait()
            if not take.wait(max(0.0, wait - (time.monotonic() - began))):
                raise StoreTimeout(f"another kg load kept the database's load lock for more than {wait:.0f} s "
                                   "(wait for it, or stop it, and rerun)")
        with _errors("taking the load lock"):
            take.result()
        yield time.monotonic() - began
        finished = True
    finally:
        try:
            if tx is not None:
                bounded("releasing the load lock", timeout, tx.rollback)
            released = True
        except (StoreError, Neo4jError, DriverError, OSError):
            if finished:
                raise
        if released:  # a session blocked on a frozen server would block its close too
            bounded("closing the session", timeout, session.close)


_T = TypeVar("_T")


class _Call:
    """A function running in a daemon thread, waited for with a deadline."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = fn()
            except BaseException as exc:  # handed to the waiting thread by result()
                self._error = exc
            finally:
                self._done.set()

        threading.Thread(target=run, daemon=True, name="kg-neo4j-call").start()

    def wait(self, seconds: float) -> bool:
        return self._done.wait(seconds)

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


def bounded(step: str, timeout: float, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)``, or ``StoreTimeout`` when it has not returned after ``timeout`` s.

    The driver has no read timeout: a server that accepts connections but stops answering
    (frozen, swapping, stopped with SIGSTOP) would block the call forever. The call runs in
    a daemon thread, which is abandoned on timeout (the CLI then ends the process).
    """
    call = _Call(lambda: fn(*args, **kwargs))
    if not call.wait(timeout):
        raise StoreTimeout(f"Neo4j did not answer within {timeout:.0f} s while {step} "
                           "(is the server frozen or overloaded? rerun: loading is idempotent)")
    return call.result()  # type: ignore[no-any-return]


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
                   database: str | None, timeout: float = CALL_TIMEOUT) -> Iterator[_Written]:
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
        return name, len(chunk), session.execute_write(unit_of_work(timeout=timeout)(work), chunk)

    frozen = False

    def result(future: Future[_Written]) -> _Written:
        # A batch waits behind at most 2 * writers others; the server aborts each after timeout.
        try:
            return future.result(timeout=timeout * (2 * writers + 1))
        except FutureTimeout:
            nonlocal frozen
            frozen = True
            raise StoreTimeout(f"Neo4j did not answer within {timeout:.0f} s while loading "
                               "(is the server frozen or overloaded? rerun: loading is idempotent)") from None

    pool = ThreadPoolExecutor(max_workers=writers, thread_name_prefix="kg-load")
    pending: deque[Future[_Written]] = deque()
    try:
        for batch in batches:
            # At most two batches per writer in flight: rows are built while others write.
            while len(pending) >= 2 * writers:
                yield result(pending.popleft())
            pending.append(pool.submit(write, *batch))
        while pending:
            yield result(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=not frozen, cancel_futures=frozen)
        if not frozen:  # a session blocked on a frozen server would block its close too
            for session in sessions:
                session.close()


def merge_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key, then set their properties."""
    label = _whitelisted(label, NODE_LABELS, "label")
    query = f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) "
    if label == "Document":  # copies of one document in several loads: every file stays named
        return (query + "WITH n, row, coalesce(n.sources, []) AS had SET n += row.props "
                "WITH n, row, COLLECT { UNWIND had + coalesce(row.props.sources, []) AS s "
                "RETURN DISTINCT s ORDER BY s } AS sources "
                "SET n.sources = CASE WHEN sources = [] THEN null ELSE sources END, "
                "n.source = coalesce(sources[0], n.source)")
    return query + "SET n += row.props"


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
