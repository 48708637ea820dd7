"""Extraction speed on the real corpus, against a baseline commit in the same run.

``python -m bench.real [--baseline REV] [--min-chars 2000000] [--repeat 3] [--startup-runs 7]
[--resolve] [--json FILE]``; ``python -m bench.real --profile [--copies 2]``

The corpus is the real texts: tests/data/real, tests/data/shared/realdev and realdev2, and
seeds/ (about 230,000 characters), copied K times into a folder until it holds at least
``--min-chars`` characters (N), and 2K times into another (2N). Each measurement is a whole
``python -m kg.cli extract DIR -o FILE --no-resolve`` process (``--resolve``: resolution
too), so the *marginal* rate, N's characters over time(2N) − time(N), leaves start-up out
of it. Time is the child's CPU time (user + system, from the kernel's accounting), which a
busy shared machine inflates far less than wall time; one job, so it is per core. Wall
figures are printed beside it.

Start-up is a one-file ``kg extract FILE -o OUT`` (a short real notice), median of
``--startup-runs`` whole processes. The children run as an installed ``kg`` does, with its
bytecode cached: ``PYTHONDONTWRITEBYTECODE`` is dropped from their environment and each
checkout runs once untimed first (with it set, every run compiled kg's ~70 modules from
source, ~0.08 s of CPU that no installed ``kg`` pays).

The baseline is checked out with ``git worktree add --detach`` into a temporary folder
and removed at the end; both checkouts read the same corpus, and their runs alternate
(this, baseline, this, baseline …) so that a drift in the machine's speed falls on both.
Medians are quoted; ratios are this / baseline for rates, baseline / this for times
(above 1: this checkout is faster).

``--profile`` times this checkout's extraction of the real corpus in-process instead: each
extractor on every document (CPU time, so the shares hold on a busy machine), then the
functions that dominate under cProfile and which functions spend the regex time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The real texts, relative to the checkout that runs the benchmark.
CORPUS_DIRS = ("tests/data/real", "tests/data/shared/realdev", "tests/data/shared/realdev2", "seeds")
#: A short real notice (a leading-group roster): one file, no article, so no spaCy.
ONE_FILE = "tests/data/real/docs/shanghai_shi_xinchengguihua_lingdaoxiaozu_2020.txt"


def real_texts(root: Path = ROOT) -> list[Path]:
    """The real .txt files of the corpus folders, sorted."""
    return sorted(p for d in CORPUS_DIRS for p in (root / d).rglob("*.txt"))


def write_copies(files: list[Path], copies: int, folder: Path) -> int:
    """``copies`` copies of every file in ``folder`` (names made unique); returns the characters."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for k in range(copies):
        for i, path in enumerate(files):
            text = path.read_text(encoding="utf-8")
            (folder / f"{k:03d}_{i:03d}_{path.name}").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


@dataclass
class Checkout:
    """A tree whose ``kg`` is measured, and what was measured on it."""

    name: str
    path: Path
    rev: str
    runs: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # what → [(cpu s, wall s)]

    def run(self, what: str, args: list[str], out: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.path)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as for an installed kg
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", *args, "-o", str(out)],
                              cwd=self.path, env=env, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"bench.real: {self.name} ({self.rev}): kg extract failed: {proc.stderr.strip()[-500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.runs.setdefault(what, []).append((cpu, wall))

    def median(self, what: str, index: int) -> float:
        return statistics.median(run[index] for run in self.runs[what])


def rev_of(path: Path, rev: str = "HEAD") -> str:
    out = subprocess.run(["git", "-C", str(path), "rev-parse", "--short", rev], capture_output=True, text=True,
                         check=False)
    return out.stdout.strip() or "?"


@contextmanager
def baseline_checkout(rev: str) -> Iterator[Path]:
    """``rev`` checked out (detached) in a temporary worktree, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-baseline-"))
    target = folder / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(target), rev],
                   check=True, capture_output=True, text=True)
    try:
        yield target
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(target)],
                       check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(checkouts: list[Checkout], args: argparse.Namespace, work: Path) -> dict[str, object]:
    files = real_texts()
    one_copy = sum(len(p.read_text(encoding="utf-8")) for p in files)
    copies = max(1, -(-args.min_chars // one_copy))
    n_chars = write_copies(files, copies, work / "N")
    write_copies(files, 2 * copies, work / "2N")
    log(f"corpus: {len(files)} real files, {one_copy:,} characters; N = {copies} copies = {n_chars:,}, "
        f"2N = {2 * n_chars:,}")
    extra = [] if args.resolve else ["--no-resolve"]
    one = ROOT / args.one_file
    for co in checkouts:  # untimed: writes the checkout's bytecode
        co.run("warm-up", [str(one)], work / f"{co.name}-warm.json")
    for r in range(args.repeat):
        for size in ("N", "2N"):
            for co in checkouts:
                log(f"  run {r + 1}/{args.repeat}: {co.name} {size}")
                co.run(size, [str(work / size), *extra], work / f"{co.name}-{size}.json")
    for _ in range(args.startup_runs):
        for co in checkouts:
            co.run("one", [str(one)], work / f"{co.name}-one.json")
    result: dict[str, object] = {"files": len(files), "chars_N": n_chars, "copies": copies,
                                 "resolve": args.resolve, "one_file": args.one_file}
    for co in checkouts:
        marginal = {kind: n_chars / max(1e-9, co.median("2N", i) - co.median("N", i))
                    for i, kind in enumerate(("cpu", "wall"))}
        result[co.name] = {"rev": co.rev, "marginal_chars_per_s_cpu": marginal["cpu"],
                           "marginal_chars_per_s_wall": marginal["wall"],
                           "startup_s_cpu": co.median("one", 0), "startup_s_wall": co.median("one", 1),
                           "N_s_cpu": co.median("N", 0), "2N_s_cpu": co.median("2N", 0)}
    return result


def table(result: dict[str, object], names: list[str]) -> str:
    rows = [("marginal chars/s per core (CPU)", "marginal_chars_per_s_cpu", True, "{:,.0f}"),
            ("marginal chars/s (wall)", "marginal_chars_per_s_wall", True, "{:,.0f}"),
            ("one-file kg extract, CPU s", "startup_s_cpu", False, "{:.2f}"),
            ("one-file kg extract, wall s", "startup_s_wall", False, "{:.2f}"),
            ("N, CPU s", "N_s_cpu", False, "{:.1f}"),
            ("2N, CPU s", "2N_s_cpu", False, "{:.1f}")]
    heads = [f"{n} ({result[n]['rev']})" for n in names]  # type: ignore[index]
    lines = ["| figure | " + " | ".join(heads) + (" | ratio |" if len(names) == 2 else " |"),
             "|---|" + "---|" * (len(names) + (len(names) == 2))]
    for label, key, higher_better, fmt in rows:
        values = [result[n][key] for n in names]  # type: ignore[index]
        cells = [fmt.format(v) for v in values]
        if len(names) == 2:
            ratio = values[0] / values[1] if higher_better else values[1] / values[0]
            cells.append(f"{ratio:.2f}×")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: Issue 21's targets: marginal characters/s per core (CPU) at least, one-file kg extract CPU s at most.
TARGET_CHARS_PER_S = 1_000_000
TARGET_STARTUP_S = 0.5


def targets(result: dict[str, object], name: str = "this") -> str:
    """The figures of ``name`` against issue 21's targets, one line each, met or not."""
    figures = result[name]
    rate, startup = figures["marginal_chars_per_s_cpu"], figures["startup_s_cpu"]  # type: ignore[index]
    return "\n".join([
        f"target: marginal chars/s per core (CPU) >= {TARGET_CHARS_PER_S:,}: {rate:,.0f} "
        f"({'met' if rate >= TARGET_CHARS_PER_S else f'not met, {rate / TARGET_CHARS_PER_S:.2f} of it'})",
        f"target: one-file kg extract <= {TARGET_STARTUP_S} s CPU: {startup:.2f} "
        f"({'met' if startup <= TARGET_STARTUP_S else 'not met'})"])


def profile(copies: int, top: int = 25) -> str:
    """Where extraction of the real corpus spends its CPU time, as markdown tables."""
    import cProfile
    import pstats

    from kg.extract import EXTRACTORS, TABLE_EXTRACTORS
    from kg.extract.tables import document_tables
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    files = real_texts() * copies
    chars = 0
    spent: dict[str, float] = {}

    def clock(name: str, fn, *args):
        t0 = time.process_time()
        out = fn(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return out

    def run() -> None:
        nonlocal chars
        for path in files:
            data = path.read_bytes()
            source = clock("read (decode, repair)", read_text, data, path.name)
            chars += len(source.clean)
            for doc in clock("segment", segment, source):
                tables = clock("document_tables", document_tables, doc)
                for extractor in EXTRACTORS:
                    args = (doc, tables) if extractor in TABLE_EXTRACTORS else (doc,)
                    clock(extractor.__name__, lambda *a, e=extractor: list(e(*a)), *args)

    run()  # warm: every regex compiled, every cache filled once
    spent.clear()
    chars = 0
    run()
    total = sum(spent.values())
    lines = [f"{len(files)} files, {chars:,} characters, {total:.2f} s CPU: {chars / total:,.0f} characters/s", "",
             "| step | CPU s | share | characters/s alone |", "|---|---|---|---|"]
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {seconds:.2f} | {seconds / total:.0%} | {chars / seconds:,.0f} |")
    prof = cProfile.Profile()
    prof.enable()
    run()
    prof.disable()
    stats = pstats.Stats(prof)
    entries = stats.stats  # type: ignore[attr-defined]  # {(file, line, func): (cc, nc, tt, ct, callers)}

    def where(key: tuple[str, int, str]) -> str:
        file, line, func = key
        return f"{file.split(str(ROOT) + '/')[-1]}:{line} {func}" if line else func

    lines += ["", "| function (own time, cProfile) | calls | own s | with callees s |", "|---|---|---|---|"]
    for key, (_, calls, own, cum, _) in sorted(entries.items(), key=lambda kv: -kv[1][2])[:top]:
        lines.append(f"| `{where(key)}` | {calls:,} | {own:.2f} | {cum:.2f} |")
    regex_time: dict[tuple[str, int, str], float] = {}
    for key, (_, _, _, _, callers) in entries.items():
        if "re.Pattern" in key[2] or key[0] == "~" and "Pattern" in key[2]:
            for caller, (_, _, own, _) in callers.items():
                regex_time[caller] = regex_time.get(caller, 0.0) + own
    lines += ["", "| function calling regex methods (search, finditer, match, sub …) | regex s |", "|---|---|"]
    for caller, seconds in sorted(regex_time.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| `{where(caller)}` | {seconds:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.real", description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=None, metavar="REV",
                        help="a commit to compare with (checked out in a temporary worktree); none: this tree only")
    parser.add_argument("--min-chars", type=int, default=2_000_000, help="characters of N at least (default 2,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of N and of 2N per checkout (median; default 3)")
    parser.add_argument("--startup-runs", type=int, default=7, help="one-file runs per checkout (median; default 7)")
    parser.add_argument("--one-file", default=ONE_FILE, help="the file of the start-up run, relative to the checkout")
    parser.add_argument("--resolve", action="store_true", help="time kg extract with resolution (default --no-resolve)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON to this file")
    parser.add_argument("--profile", action="store_true", help="profile this checkout's extraction instead")
    parser.add_argument("--copies", type=int, default=2, help="with --profile: copies of the corpus (default 2)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a kill still removes the baseline worktree
    if args.profile:
        print(profile(args.copies))
        return 0
    this = Checkout("this", ROOT, rev_of(ROOT) + ("+" if _dirty() else ""))
    with tempfile.TemporaryDirectory(prefix="kg-bench-real-") as tmp:
        if args.baseline:
            with baseline_checkout(args.baseline) as base_path:
                base = Checkout("baseline", base_path, rev_of(base_path))
                result = measure([this, base], args, Path(tmp))
        else:
            result = measure([this], args, Path(tmp))
    names = ["this", "baseline"] if args.baseline else ["this"]
    print(f"real corpus: {result['files']} files × {result['copies']} = {result['chars_N']:,} characters (N), "
          f"twice that (2N); kg extract{' ' if args.resolve else ' --no-resolve'}, one job")
    print(table(result, names))
    print(targets(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


def _dirty() -> bool:
    out = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                         capture_output=True, text=True, check=False)
    return bool(out.stdout.strip())


if __name__ == "__main__":
    sys.exit(main())
