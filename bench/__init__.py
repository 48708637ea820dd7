"""Benchmarks: how the cost of extraction, graph building, loading and querying grows
with the corpus. Run ``python -m bench --help``; bench/README.md has the numbers.

The extraction measurement runs in a child process (:func:`extract_worker`) so that
its peak RSS is its own, not the runner's.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

#: Characters in the seed corpus; benchmark sizes are multiples of it.
SEED_CHARS = 130_000


def _maxrss_mb(who: int) -> float:
    """Peak resident set size in MB (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def extract_worker(argv: list[str] | None = None) -> None:
    """Child process: ``CORPUS JOBS OUT_JSON [FACTS_OUT]``.

    Times extraction (no resolution) and resolution separately, and writes the
    timings, character count and peak RSS (own and pool workers') as JSON to
    OUT_JSON; the resolved facts go to FACTS_OUT (a pickle) when given.
    """
    import pickle

    from kg.pipeline import ExtractReport, extract_paths
    from kg.resolve.resolve import resolve_facts

    corpus, jobs, out_json, *rest = argv if argv is not None else sys.argv[1:]
    report = ExtractReport()
    t0 = time.perf_counter()
    facts = extract_paths([Path(corpus)], jobs=int(jobs), resolve=False, report=report)
    t1 = time.perf_counter()
    facts = resolve_facts(facts)
    t2 = time.perf_counter()
    rss_self = _maxrss_mb(resource.RUSAGE_SELF)  # before the facts are written out
    if rest:
        Path(rest[0]).write_bytes(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    result = {
        "files": report.files,
        "chars": report.chars,
        "extract_s": t1 - t0,
        "resolve_s": t2 - t1,
        "records": sum(len(v) for v in facts.values()),
        "rss_self_mb": rss_self,
        "rss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }
    Path(out_json).write_text(json.dumps(result), encoding="utf-8")
