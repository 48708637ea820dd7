"""Extraction memory and time against corpus size and against one file's size (issue 15, item 9).

``python -m bench.memory [--sizes 1,10,100] [--file-mb 1,10,50] [--modes stream,merged,resolved]
[--kg DIR] [--tasks 8000]``

Each measurement runs in a child process and reports its peak RSS (``VmHWM``) and
wall time from the first file read to the facts written:

- ``stream``: ``kg.pipeline.stream_facts`` (``kg extract --no-resolve``): each file's facts
  spooled to disk as it is read, so memory should follow the largest file;
- ``merged``: ``extract_paths(resolve=False)`` then ``write_facts``: every file's facts held
  until the end (what ``kg extract --no-resolve`` did before, and what resolution needs);
- ``resolved``: ``extract_paths()`` (resolution included) then ``write_facts``: the
  default ``kg extract``, whose resolution is corpus-wide by nature.

Corpus sizes are multiples of the seed corpus (130,000 characters) in ~100,000-character
gazette issues (bench.synth, cached in bench/results/corpora/); a single file of N MB is one
synthetic issue of that many UTF-8 bytes (about N/3 million characters). ``--kg DIR``
runs the children on another checkout's ``kg`` (for before/after figures; ``stream``
needs this branch's). Then ``build_graph`` on ``--tasks`` tasks of one (document, seq)
(bench.graph_ids). Prints a table; no assertion on time anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import SEED_CHARS

CACHE = Path(__file__).parent / "results" / "corpora"
#: UTF-8 bytes per character of a synthetic issue (CJK text, some ASCII digits).
BYTES_PER_CHAR = 2.85


def child(mode: str, corpus: str, out: str) -> None:
    """In the child: extract ``corpus`` the ``mode`` way into ``out``; print JSON on stdout."""
    from kg.pipeline import ExtractReport, extract_paths, write_facts

    report = ExtractReport()
    began = time.perf_counter()
    if mode == "stream":
        from kg.pipeline import stream_facts
        stream_facts([Path(corpus)], Path(out), report=report)
    else:
        facts = extract_paths([Path(corpus)], resolve=mode == "resolved", report=report)
        write_facts(facts, Path(out))
    seconds = time.perf_counter() - began
    print(json.dumps({"mode": mode, "files": report.files, "chars": report.chars, "seconds": seconds,
                      "peak_rss_mb": peak_rss_mb(), "facts_mb": Path(out).stat().st_size / 1e6}))


def peak_rss_mb() -> float:
    """This process's peak resident set (``VmHWM``). Not ``ru_maxrss``: on Linux that keeps
    the high-water mark of the process image before ``exec``, i.e. of the parent at fork."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mode: str, corpus: Path, kg_dir: Path | None) -> dict:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(kg_dir) if kg_dir else None, root,
                                                      env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as work:
        proc = subprocess.run([sys.executable, "-c", "import sys, bench.memory as m; m.child(*sys.argv[1:])",
                               mode, str(corpus), str(Path(work) / "facts.json")],
                              capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} on {corpus} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def corpus_of(size: float, cache: Path = CACHE) -> Path:
    from bench.synth import write_corpus_chars

    chars = round(size * SEED_CHARS)
    folder = cache / f"synth-seed0-{chars}"
    if not (folder / ".complete").exists():
        write_corpus_chars(chars, folder, seed=0)
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return folder


def one_file_of(mb: float, cache: Path = CACHE) -> Path:
    """A folder holding one synthetic issue of about ``mb`` MB (its truth.json moved aside)."""
    from bench.synth import write_corpus_chars

    chars = round(mb * 1e6 / BYTES_PER_CHAR)
    folder = cache / f"one-file-{mb:g}MB"
    if not (folder / ".complete").exists():
        write_corpus_chars(chars, folder, seed=0, chars_per_file=chars)
        (folder / "truth.json").unlink(missing_ok=True)
        (folder / ".complete").write_text("ok\n", encoding="utf-8")
    return folder


def row(what: str, result: dict) -> str:
    return (f"| {what} | {result['mode']} | {result['files']:,} | {result['chars']:,} | {result['seconds']:.1f} | "
            f"{result['peak_rss_mb']:,.0f} | {result['facts_mb']:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes, multiples of the seed corpus")
    parser.add_argument("--file-mb", default="1,10,50", help="single-file sizes in MB (up to 200)")
    parser.add_argument("--modes", default="stream,merged,resolved")
    parser.add_argument("--kg", type=Path, default=None, help="run the children on this checkout's kg")
    parser.add_argument("--tasks", type=int, default=8_000, help="same-seq tasks for build_graph (0: skip)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the corpora are kept")
    args = parser.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    print("| corpus | mode | files | chars | s | peak RSS MB | facts MB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for size in [float(s) for s in args.sizes.split(",") if s]:
        corpus = corpus_of(size, args.cache)
        for mode in modes:
            print(row(f"{size:g}× seeds", measure(mode, corpus, args.kg)), flush=True)
    for mb in [float(s) for s in args.file_mb.split(",") if s]:
        folder = one_file_of(mb, args.cache)
        for mode in modes:
            print(row(f"one file of {mb:g} MB", measure(mode, folder, args.kg)), flush=True)
    if args.tasks:
        from bench.graph_ids import measure as graph_ids

        found = graph_ids(args.tasks)
        print(f"\nbuild_graph, {args.tasks:,} tasks of one (doc, seq): {found['same_seq_s']:.2f} s; "
              f"distinct seqs {found['distinct_s']:.2f} s (ratio {found['ratio']:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
