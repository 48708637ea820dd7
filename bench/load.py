"""Load rate into Neo4j: batched UNWIND transactions vs one row per transaction.

:func:`measure_load` builds a synthetic graph shaped like the policy graph (tasks
that are PART_OF documents, LEAD by one unit and COOPERATED on by others, with a
few busy units holding most tasks, as real bureaus do), loads it through
:func:`kg.store.store.load_graph` once per batch size, reloads it with the best size
(every MERGE then matches: the idempotent path), and loads a sample one row per
transaction. Every load starts from an empty database: it WIPES the database.

Example::

    from bench.load import measure_load
    from kg.store.store import connect
    print(measure_load(connect(uri, user, password), 1_000_000))
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import networkx as nx
from neo4j import Driver

from kg.store.store import DEFAULT_WRITERS, load_graph, wipe

#: Relationships per synthetic task: PART_OF, LEADS and two COOPERATES.
RELS_PER_TASK = 4
QUOTE = "由市经信局牵头，市发改委、市财政局配合"


def synthetic_graph(n_rels: int, *, seed: int = 0) -> nx.MultiDiGraph:
    """A graph of ``n_rels`` relationships (exactly) in kg.graph.graph's format."""
    rng = random.Random(seed)
    n_tasks = max(1, -(-n_rels // RELS_PER_TASK))
    n_docs = max(1, n_tasks // 40)
    n_units = max(2, min(5_000, n_tasks // 20))
    graph = nx.MultiDiGraph()
    for d in range(n_docs):
        graph.add_node(f"Document:D{d}", label="Document", id=f"D{d}", title=f"关于印发第{d}号行动方案的通知",
                       date=f"20{d % 24:02d}-0{1 + d % 9}-1{d % 10}", kind="notice", source=f"s{d % 97}.txt")
    for u in range(n_units):
        graph.add_node(f"Unit:U{u}", label="Unit", name=f"某市第{u}局", aliases=[f"第{u}局"], level="city",
                       kind="government")
    # Busy units lead most tasks: a Pareto-like choice of unit.
    weights = [1.0 / (u + 1) for u in range(n_units)]
    rels = 0
    for t in range(n_tasks):
        task = f"Task:T{t}"
        graph.add_node(task, label="Task", id=f"T{t}", text=f"推进第{t}项重点任务", kind="task", seq=t % 50)
        doc = f"Document:D{t % n_docs}"
        source = graph.nodes[doc]["source"]
        units = rng.choices(range(n_units), weights=weights, k=3)
        ends = [(task, doc, "PART_OF")] + [(f"Unit:U{u}", task, "LEADS" if i == 0 else "COOPERATES")
                                           for i, u in enumerate(units)]
        for i, (a, b, rel) in enumerate(ends):
            if rels == n_rels:
                break
            start = t * 100 + i * 20
            rid = f"{source}:{start}:{start + len(QUOTE)}"
            graph.add_edge(a, b, key=f"{rel}|{rid}", type=rel, rid=rid, source=source, start=start,
                           end=start + len(QUOTE), quote=QUOTE)
            rels += 1
    return graph


def sample_graph(graph: nx.MultiDiGraph, n_rels: int) -> nx.MultiDiGraph:
    """The first ``n_rels`` relationships of ``graph`` with their end nodes."""
    sample = nx.MultiDiGraph()
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if sample.number_of_edges() >= n_rels:
            break
        for node in (u, v):
            if node not in sample:
                sample.add_node(node, **graph.nodes[node])
        sample.add_edge(u, v, key=key, **attrs)
    return sample


def measure_load(driver: Driver, n_rels: int, *, batch_sizes: Sequence[int] = (5_000, 10_000, 20_000),
                 writers: Sequence[int] = (DEFAULT_WRITERS,), row_per_tx_rels: int = 2_000, seed: int = 0,
                 warmup_rels: int = 100_000, log: Callable[[str], Any] | None = None) -> dict[str, Any]:
    """Rates in relationships/s; WIPES the database before each load and at the end.

    A warm-up load of ``warmup_rels`` relationships comes first: a server that has
    just started runs its first load at about half speed while the JIT compiles the
    write path (``warmup_rels_per_s`` shows it). Then every (batch size, writers)
    pair loads the graph into an empty database: ``batched_rels_per_s`` is the best
    pair's rate (relationship phase), ``by_setting`` has every pair.
    ``row_per_tx_rels_per_s`` is the naive loader on the first ``row_per_tx_rels``
    relationships: one row per transaction, one writer; ``ratio`` is the first
    over the second. ``reload_rels_per_s`` is a second load of the same graph (all
    MERGEs match); ``end_to_end_rels_per_s`` counts the best pair's whole
    ``load_graph`` call: wipe, schema, nodes, row building and relationships.
    """
    say = log or (lambda msg: print(f"bench.load: {msg}", file=sys.stderr))
    t0 = time.perf_counter()
    graph = synthetic_graph(n_rels, seed=seed)
    say(f"synthetic graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships "
        f"({time.perf_counter() - t0:.1f} s)")
    warmup = None
    if warmup_rels:
        warmup = load_graph(driver, synthetic_graph(min(warmup_rels, n_rels), seed=seed + 1), wipe=True)
        say(f"warm-up on {warmup.relationship_count:,}: {warmup.rels_per_second:,.0f} relationships/s")
    rates: dict[tuple[int, int], float] = {}
    total_s: dict[tuple[int, int], float] = {}
    for size in batch_sizes:
        for n_writers in writers:
            t1 = time.perf_counter()
            report = load_graph(driver, graph, wipe=True, batch_size=size, writers=n_writers)
            total_s[(size, n_writers)] = time.perf_counter() - t1
            rates[(size, n_writers)] = report.rels_per_second
            say(f"{_setting(size, n_writers)}: {report.rels_per_second:,.0f} relationships/s "
                f"({total_s[(size, n_writers)]:.1f} s in all)")
    best = max(rates, key=rates.__getitem__)
    reload = load_graph(driver, graph, batch_size=best[0], writers=best[1])
    say(f"reload with {_setting(*best)}: {reload.rels_per_second:,.0f} relationships/s")
    sample = sample_graph(graph, min(row_per_tx_rels, n_rels))
    wipe(driver)  # in big transactions: wiping inside a batch_size=1 load would take one per row
    one = load_graph(driver, sample, batch_size=1, writers=1)
    say(f"one row per transaction on {sample.number_of_edges():,}: {one.rels_per_second:,.0f} relationships/s")
    wipe(driver)
    batched = rates[best]
    return {
        "batched_rels_per_s": batched,
        "row_per_tx_rels_per_s": one.rels_per_second,
        "ratio": batched / one.rels_per_second if one.rels_per_second else None,
        "best_batch_size": best[0],
        "best_writers": best[1],
        "n_rels": graph.number_of_edges(),
        "n_nodes": graph.number_of_nodes(),
        "row_per_tx_sample": sample.number_of_edges(),
        "warmup_rels_per_s": warmup.rels_per_second if warmup else None,
        "by_setting": {_setting(*setting): rate for setting, rate in rates.items()},
        "reload_rels_per_s": reload.rels_per_second,
        "end_to_end_rels_per_s": graph.number_of_edges() / total_s[best] if total_s[best] else None,
    }


def _setting(batch_size: int, writers: int) -> str:
    return f"batch {batch_size} x {writers} writers"


if __name__ == "__main__":  # python -m bench.load N [BATCH,SIZES [WRITERS,...]]: uses .neo4j/env or NEO4J_* variables
    import json
    import os
    from pathlib import Path

    from kg.store.store import connect

    env_file = Path(__file__).resolve().parent.parent / ".neo4j" / "env"
    if env_file.exists() and "NEO4J_PASSWORD" not in os.environ:
        for line in env_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            os.environ.setdefault(key, value)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sizes = tuple(int(s) for s in sys.argv[2].split(",")) if len(sys.argv) > 2 else (5_000, 10_000, 20_000)
    n_writers = tuple(int(w) for w in sys.argv[3].split(",")) if len(sys.argv) > 3 else (DEFAULT_WRITERS,)
    drv = connect(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"])
    try:
        print(json.dumps(measure_load(drv, n, batch_sizes=sizes, writers=n_writers), indent=1))
    finally:
        drv.close()
