"""The benchmark runner: ``python -m bench [--sizes 1,10,100] [--neo4j] [--json FILE]``.

For each size (a multiple of the 130,000-character seed corpus) it generates a
synthetic corpus (bench.synth, cached), then measures in one run:

- extraction throughput, one job and ``--jobs N``, each in a child process whose
  peak RSS is read back (own and pool workers');
- resolution time, graph build time and graph size;
- latency (median of ``--repeat`` runs) of leads_most_tasks and official_career
  on the offline graph and, with ``--neo4j``, on Neo4j;
- with ``--neo4j``: the batched load rate of the real graph (kg.store.store.load_graph)
  and the one-row-per-transaction rate on a sample (bench.load.measure_load).

It prints a table on stdout, progress on stderr, and writes JSON whose top level
carries the largest size's numbers under fixed keys (null where not run).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import SEED_CHARS

#: Keys the JSON carries for the largest size (issue 8).
HEADLINE_KEYS = (
    "chars", "extract_chars_per_s", "extract_chars_per_s_jobs2", "peak_rss_mb", "graph_rels",
    "load_rels_per_s", "load_row_per_tx_rels_per_s", "leads_most_tasks_ms_neo4j", "leads_most_tasks_ms_offline",
)
DEFAULT_CACHE = Path(__file__).resolve().parent / "results" / "corpora"


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def parse_sizes(text: str) -> list[float]:
    """``"0.1,1,10"`` → [0.1, 1.0, 10.0]; sizes must be positive."""
    try:
        sizes = [float(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes must be numbers separated by commas: {text!r}") from None
    if not sizes or any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def corpus_for(size: float, seed: int, cache: Path) -> tuple[Path, int]:
    """The corpus directory of ``size`` seed-corpora (generated once, then reused) and its characters."""
    from bench.synth import write_corpus_chars

    chars = round(size * SEED_CHARS)
    folder = cache / f"synth-seed{seed}-{chars}"
    done = folder / ".complete"
    if not done.exists():
        log(f"generating {chars:,} characters into {folder}")
        t0 = time.perf_counter()
        write_corpus_chars(chars, folder, seed=seed)
        done.write_text("ok\n", encoding="utf-8")
        log(f"generated in {time.perf_counter() - t0:.1f} s")
    actual = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    return folder, actual


def run_extraction(corpus: Path, jobs: int, work: Path, keep_facts: bool) -> dict[str, Any]:
    """Extraction in a child process, so that its peak RSS is measured alone."""
    out = work / f"extract-{jobs}.json"
    facts_file = work / "facts.pickle"
    argv = [sys.executable, "-c", "import bench; bench.extract_worker()", str(corpus), str(jobs), str(out)]
    if keep_facts:
        argv.append(str(facts_file))
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)  # so that the child imports this bench package
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    t0 = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"extraction with {jobs} job(s) failed:\n{proc.stderr[-3000:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    result["process_s"] = wall
    return result


def seeds_build_s(work: Path) -> float | None:
    """Wall time of ``kg build seeds`` as a whole process, start-up included."""
    from kg.paths import SEEDS

    kg = Path(sys.executable).with_name("kg")
    argv = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    t0 = time.perf_counter()
    proc = subprocess.run([*argv, "build", str(SEEDS), "-o", str(work / "seeds-out")],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        log(f"kg build seeds failed: {proc.stderr.strip()[-500:]}")
        return None
    return time.perf_counter() - t0


def median_ms(func, repeat: int) -> float:
    """Median wall time of ``repeat`` calls, after one warm-up call, in milliseconds."""
    func()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def career_name(facts: dict[str, Any]) -> str | None:
    """The official with the most appointment records: a career worth querying."""
    counts: dict[str, int] = {}
    for rec in facts.get("appointments") or []:
        name = rec.get("official") or rec.get("person")
        if name:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], n)) if counts else None


def neo4j_settings() -> tuple[str, str, str] | None:
    """NEO4J_URI/USER/PASSWORD from the environment, else from .neo4j/env (scripts/neo4j start)."""
    from kg.paths import ROOT

    env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD") if k in os.environ}
    env_file = ROOT / ".neo4j" / "env"
    if len(env) < 3 and env_file.exists():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.removeprefix("export ").partition("=")
            if sep and key.strip() not in env:
                env[key.strip()] = value.strip().strip("'\"")
    if not env.get("NEO4J_URI") or not env.get("NEO4J_PASSWORD"):
        return None
    return env["NEO4J_URI"], env.get("NEO4J_USER", "neo4j"), env["NEO4J_PASSWORD"]


def queries(graph, driver, facts, repeat: int, backend: str) -> dict[str, float | None]:
    from kg.query.query import run_query

    kwargs = {"graph": graph} if backend == "offline" else {"driver": driver}
    out: dict[str, float | None] = {}
    out[f"leads_most_tasks_ms_{backend}"] = median_ms(
        lambda: run_query("leads_most_tasks", {}, backend=backend, **kwargs), repeat)
    name = career_name(facts)
    out[f"official_career_ms_{backend}"] = None if name is None else median_ms(
        lambda: run_query("official_career", {"name": name}, backend=backend, **kwargs), repeat)
    return out


def neo4j_part(graph, facts, repeat: int, sample_rels: int) -> dict[str, Any]:
    """Batched vs one-row-per-transaction rates (bench.load.measure_load, on a synthetic
    graph as large as this one), then the real graph loaded batched and queried on Neo4j."""
    from bench.load import measure_load
    from kg.store.store import connect, load_graph

    settings = neo4j_settings()
    if settings is None:
        raise RuntimeError("--neo4j: set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD or run scripts/neo4j start")
    driver = connect(*settings)
    n_rels = graph.number_of_edges()
    try:
        log(f"neo4j: batched vs one-row-per-transaction ({sample_rels:,} sample) on {n_rels:,} synthetic rels")
        measured = measure_load(driver, max(n_rels, sample_rels), row_per_tx_rels=sample_rels,
                                log=lambda msg: log(f"neo4j: {msg}"))
        log(f"neo4j: loading the corpus graph, {n_rels:,} relationships (batched, wipe first)")
        t0 = time.perf_counter()
        report = load_graph(driver, graph, wipe=True)
        load_s = time.perf_counter() - t0
        log(f"neo4j: {report}")
        row_per_tx = measured.get("row_per_tx_rels_per_s")
        out: dict[str, Any] = {
            "load_s": load_s,
            "load_rels_per_s": report.rels_per_second or None,
            "load_end_to_end_rels_per_s": n_rels / load_s if load_s else None,
            "load_row_per_tx_rels_per_s": row_per_tx,
            "load_ratio": report.rels_per_second / row_per_tx if row_per_tx else None,
            "load_measure": measured,
        }
        log("neo4j: queries")
        out.update(queries(None, driver, facts, repeat, "neo4j"))
        return out
    finally:
        driver.close()


def bench_size(size: float, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    corpus, chars = corpus_for(size, args.seed, args.cache)
    row: dict[str, Any] = {"size": size, "chars": chars, "files": len(list(corpus.glob("*.txt")))}
    for jobs in (1, args.jobs) if args.jobs > 1 else (1,):
        log(f"size {size:g}: extracting {chars:,} characters with {jobs} job(s)")
        ext = run_extraction(corpus, jobs, work, keep_facts=jobs == 1)
        rate = chars / ext["extract_s"] if ext["extract_s"] else None
        suffix = "" if jobs == 1 else f"_jobs{jobs}"
        row[f"extract_chars_per_s{suffix}"] = rate
        row[f"extract_s{suffix}"] = ext["extract_s"]
        row[f"resolve_s{suffix}"] = ext["resolve_s"]
        row[f"process_s{suffix}"] = ext["process_s"]
        row[f"rss_mb{suffix}"] = max(ext["rss_self_mb"], ext["rss_children_mb"])
        if jobs == 1:
            row["records"] = ext["records"]
        log(f"size {size:g}: {jobs} job(s): {rate or 0:,.0f} chars/s, peak RSS {row[f'rss_mb{suffix}']:.0f} MB")
    if args.jobs != 2:  # the fixed key names the 2-job figure
        row["extract_chars_per_s_jobs2"] = None
    row["peak_rss_mb"] = max(v for k, v in row.items() if k.startswith("rss_mb"))

    from kg.graph.graph import build_graph

    facts = pickle.loads((work / "facts.pickle").read_bytes())
    t0 = time.perf_counter()
    graph = build_graph(facts)
    row["graph_build_s"] = time.perf_counter() - t0
    row["graph_nodes"] = graph.number_of_nodes()
    row["graph_rels"] = graph.number_of_edges()
    log(f"size {size:g}: graph {row['graph_nodes']:,} nodes, {row['graph_rels']:,} rels "
        f"in {row['graph_build_s']:.2f} s; offline queries")
    try:
        row.update(queries(graph, None, facts, args.repeat, "offline"))
    except ImportError as exc:  # kg.query.query not there yet
        log(f"offline queries skipped: {exc}")
        row.update({"leads_most_tasks_ms_offline": None, "official_career_ms_offline": None})
    for key in ("load_rels_per_s", "load_row_per_tx_rels_per_s", "leads_most_tasks_ms_neo4j",
                "official_career_ms_neo4j"):
        row[key] = None
    if args.neo4j:
        row.update(neo4j_part(graph, facts, args.repeat, args.sample_rels))
    return row


COLUMNS = (  # (header, key, format)
    ("size", "size", "{:g}x"), ("chars", "chars", "{:,}"), ("extract c/s", "extract_chars_per_s", "{:,.0f}"),
    ("jobs c/s", "extract_chars_per_s_jobs{jobs}", "{:,.0f}"), ("RSS MB", "peak_rss_mb", "{:,.0f}"),
    ("resolve s", "resolve_s", "{:.2f}"), ("graph s", "graph_build_s", "{:.2f}"), ("rels", "graph_rels", "{:,}"),
    ("leads ms", "leads_most_tasks_ms_offline", "{:.1f}"), ("career ms", "official_career_ms_offline", "{:.1f}"),
    ("load r/s", "load_rels_per_s", "{:,.0f}"), ("1row/tx r/s", "load_row_per_tx_rels_per_s", "{:,.0f}"),
    ("ratio", "load_ratio", "{:.0f}x"), ("leads neo ms", "leads_most_tasks_ms_neo4j", "{:.1f}"),
    ("career neo ms", "official_career_ms_neo4j", "{:.1f}"),
)


def format_table(rows: list[dict[str, Any]], jobs: int) -> str:
    header = [h for h, _, _ in COLUMNS]
    lines = [[h for h in header]]
    for row in rows:
        cells = []
        for _, key, fmt in COLUMNS:
            value = row.get(key.format(jobs=jobs))
            cells.append("-" if value is None else fmt.format(value))
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)) for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes("1,10"),
                        help="multiples of the 130,000-character seed corpus, e.g. 0.1,1,10,100 (default 1,10)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel extraction (default 2)")
    parser.add_argument("--neo4j", action="store_true", help="also load into Neo4j and query it there")
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON to this file")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query latency (median; default 7)")
    parser.add_argument("--sample-rels", type=int, default=2000,
                        help="relationships in the one-row-per-transaction sample (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="folder for generated corpora (default bench/results/corpora)")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)  # bench/results/ is git-ignored

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        log("kg build seeds (whole process)")
        seeds_s = seeds_build_s(Path(tmp))
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            rows.append(bench_size(size, args, Path(tmp)))
    print(format_table(rows, args.jobs))
    if seeds_s is not None:
        print(f"kg build seeds: {seeds_s:.2f} s (whole process)")
    largest = max(rows, key=lambda r: r["chars"])
    result: dict[str, Any] = {key: largest.get(key) for key in HEADLINE_KEYS}
    result.update({
        "seeds_build_s": seeds_s, "size": largest["size"], "jobs": args.jobs, "seed": args.seed, "sizes": rows,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    })
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
