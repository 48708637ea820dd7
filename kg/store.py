"""The offline graph into Neo4j: batched, parameterised, idempotent.

``load_graph`` applies ``cypher/schema.cypher`` (constraints first: MERGE on an
unindexed key is orders of magnitude slower), then writes nodes grouped by label
and relationships grouped by type in ``UNWIND $rows`` batches, each batch one
managed write transaction (retried by the driver, safe because MERGE is).
Labels and types in the Cypher text come from the schema whitelist, never from
data; every value travels as a parameter. Loading the same graph twice leaves
the same nodes and relationships: nodes merge on their key, relationships on
``(start, type, end, rid)``.

Example::

    driver = connect("bolt://127.0.0.1:7687", "neo4j", password)
    report = load_graph(driver, build_graph(facts), wipe=True)
    print(report)   # loaded 1,234 nodes and 5,678 relationships in 0.9 s (...)
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from kg.errors import StoreError
from kg.graph import KEY_OF, NODE_LABELS, REL_TYPES
from kg.paths import CYPHER_DIR

#: Labels, types and key properties come from the graph stage's whitelist.
NODE_KEYS: dict[str, str] = KEY_OF

SCHEMA_FILE = CYPHER_DIR / "schema.cypher"

#: Rows per transaction. On a 2-core machine with the server beside it (bench/load.py),
#: 5k, 10k and 20k load within measurement noise of each other and 1 row per transaction
#: is ~100x slower; larger batches gain nothing and hold more memory on both sides.
DEFAULT_BATCH_SIZE = 10_000

#: Seconds to wait for a connection, and for a retried transaction, before giving up.
CONNECT_TIMEOUT = 8.0
RETRY_TIME = 30.0

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

_NAME = re.compile(r"[A-Z][A-Za-z_]*")


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
               progress: Callable[[int], Any] | None = None, database: str | None = None) -> LoadReport:
    """Write ``graph`` into Neo4j; loading it again leaves the same counts.

    ``progress(n)`` is called after each batch with the number of rows it wrote.
    Every row is checked before the first write, so a graph with a label or type
    outside the schema writes nothing and raises ``StoreError``.
    """
    size = batch_size or DEFAULT_BATCH_SIZE
    if size < 1:
        raise StoreError(f"batch size must be positive, got {size}")
    node_rows = node_groups(graph)
    rel_rows = relationship_groups(graph)
    report = LoadReport(batch_size=size, wiped=wipe)
    began = time.perf_counter()
    if wipe:
        _wipe_all(driver, batch_size=size, database=database)
    apply_schema(driver, database=database)
    with _errors("loading"), driver.session(database=database) as session:
        for label, rows in node_rows.items():
            query = merge_nodes_query(label)
            for batch in _batches(rows, size):
                session.execute_write(_run, query, batch)
                report.nodes[label] = report.nodes.get(label, 0) + len(batch)
                if progress:
                    progress(len(batch))
        rels_began = time.perf_counter()
        for (rel_type, start_label, end_label), rows in rel_rows.items():
            query = merge_relationships_query(rel_type, start_label, end_label)
            for batch in _batches(rows, size):
                session.execute_write(_run, query, batch)
                report.relationships[rel_type] = report.relationships.get(rel_type, 0) + len(batch)
                if progress:
                    progress(len(batch))
    done = time.perf_counter()
    report.seconds = done - began
    report.rel_seconds = done - rels_began
    return report


def merge_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key, then set their properties."""
    label = _whitelisted(label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) "
            "SET n += row.props")


def merge_relationships_query(rel_type: str, start_label: str, end_label: str) -> str:
    """MERGE a batch of relationships of one type between nodes found by their keys."""
    rel_type = _whitelisted(rel_type, REL_TYPES, "relationship type")
    start_label = _whitelisted(start_label, NODE_LABELS, "label")
    end_label = _whitelisted(end_label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row "
            f"MATCH (a:`{start_label}` {{`{NODE_KEYS[start_label]}`: row.a}}) "
            f"MATCH (b:`{end_label}` {{`{NODE_KEYS[end_label]}`: row.b}}) "
            f"MERGE (a)-[r:`{rel_type}` {{rid: row.rid}}]->(b) "
            "SET r += row.props")


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


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _run(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> None:
    tx.run(query, rows=rows).consume()


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
