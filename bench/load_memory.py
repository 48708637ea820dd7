"""Memory of ``kg load --facts`` against the size of the facts file (issue 22, item 10).

``python -m bench.load_memory [--mb 5,20] [--baseline COMMIT] [--repeat 1]``

Writes synthetic facts files of about N MB each (:func:`synthetic_facts`: task assignments of
many sources over shared units, with their documents and units), then runs ``kg load --facts
FILE --wipe`` in a child process for this tree and, with ``--baseline``, for a checkout of
COMMIT (``git archive`` into a temporary folder), against the server of ``.neo4j/env`` or the
``NEO4J_*`` variables: it WIPES that database. Each child reports its peak RSS (``VmHWM``)
and wall time; the growth per MB of input is the slope between the smallest and the largest
file (the fixed cost of the interpreter and the libraries cancels out). Prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: In the child: run ``kg`` with the arguments after ``--``, then print peak RSS and seconds.
_CHILD = """
import json, sys, time
from kg.cli import cli
began = time.perf_counter()
code = 0
try:
    cli.main(args=sys.argv[1:], standalone_mode=False)
except SystemExit as exc:
    code = exc.code or 0
status = open("/proc/self/status").read()
peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024
print(json.dumps({"peak_rss_mb": peak, "seconds": time.perf_counter() - began, "exit": code}))
"""


def synthetic_facts(mb: float, *, seed: int = 0) -> dict:
    """Facts of about ``mb`` MB of JSON: tasks of documents of 40 tasks each (a source per
    document), led and cooperated on by units drawn from 2,000 (a few busy ones lead most)."""
    rng = random.Random(seed)
    n_tasks = max(1, int(mb * 1e6 / 560))
    units = [f"某市第{u}局" for u in range(2_000)]
    weights = [1.0 / (u + 1) for u in range(len(units))]
    tasks, documents = [], []
    for t in range(n_tasks):
        doc = t // 40
        source = f"issues/{doc // 50}/notice_{doc}.txt"
        if t % 40 == 0:
            documents.append({"source": source, "doc_id": f"甬政发〔2021〕{doc}号", "title": f"关于印发第{doc}号方案的通知",
                              "date": "2021-06-01", "evidence": {"source": source, "start": 0, "end": 8,
                                                                 "quote": "关于印发方案的通知"}})
        lead, *others = rng.choices(units, weights=weights, k=3)
        start = 100 + (t % 40) * 60
        tasks.append({"source": source, "doc_id": f"甬政发〔2021〕{doc}号", "kind": "task", "seq": t % 40 + 1,
                      "text": f"推进第{t}项重点任务，加快产业转型升级，完善配套政策措施",
                      "lead_units": [lead], "cooperating_units": others, "lead_officials": [],
                      "evidence": {"source": source, "start": start, "end": start + 40,
                                   "quote": f"推进第{t}项重点任务（牵头单位：{lead}；配合单位：{'、'.join(others)}）"}})
    return {"documents": documents, "task_assignments": tasks,
            "units": [{"name": u, "aliases": [u.replace("某市", "市")], "level": "city", "kind": "government"}
                      for u in units]}


def export_tree(commit: str, into: Path) -> Path:
    """``git archive`` of ``commit`` unpacked into ``into``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def measure(tree: Path, facts: Path, env: dict[str, str]) -> dict:
    """Peak RSS and seconds of ``kg load --facts facts --wipe`` run on ``tree``'s kg."""
    done = subprocess.run([sys.executable, "-c", _CHILD, "load", "--facts", str(facts), "--wipe"],
                          env={**env, "PYTHONPATH": str(tree)}, capture_output=True, text=True, cwd=tree)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"bench.load_memory: the load failed: {done.stderr[-500:]}")
    result = json.loads(lines[-1])
    if result["exit"]:
        raise SystemExit(f"bench.load_memory: kg load exited {result['exit']}: {done.stderr[-500:]}")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load_memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", default="5,20", help="facts file sizes in MB, comma-separated (default 5,20)")
    parser.add_argument("--baseline", help="a commit to measure too (e.g. main before the change)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tree and size (the lowest peak is kept)")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    env_file = ROOT / ".neo4j" / "env"
    if "NEO4J_PASSWORD" not in env and env_file.exists():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            env.setdefault(key, value)
    sizes = [float(s) for s in args.mb.split(",")]
    with tempfile.TemporaryDirectory(prefix="kg-load-memory-") as tmp:
        trees = {"this tree": ROOT}
        if args.baseline:
            trees[args.baseline] = export_tree(args.baseline, Path(tmp) / "baseline")
        files = {}
        for mb in sizes:
            path = Path(tmp) / f"facts-{mb:g}.json"
            path.write_text(json.dumps(synthetic_facts(mb), ensure_ascii=False), encoding="utf-8")
            files[mb] = path
        rows = []
        for mb, path in files.items():
            for name, tree in trees.items():
                runs = [measure(tree, path, env) for _ in range(max(1, args.repeat))]
                best = min(runs, key=lambda r: r["peak_rss_mb"])
                rows.append((name, mb, path.stat().st_size / 1e6, best["peak_rss_mb"], best["seconds"]))
                print(f"bench.load_memory: {name}, {rows[-1][2]:.1f} MB: {best['peak_rss_mb']:.0f} MB peak, "
                      f"{best['seconds']:.1f} s", file=sys.stderr)
    print("| tree | facts MB | peak RSS MB | s |")
    print("|---|---:|---:|---:|")
    for name, _, size, peak, seconds in rows:
        print(f"| {name} | {size:.1f} | {peak:.0f} | {seconds:.1f} |")
    growth = {}
    for name in trees:
        mine = sorted((size, peak) for n, _, size, peak, _ in rows if n == name)
        if len(mine) >= 2:
            (s0, p0), (s1, p1) = mine[0], mine[-1]
            growth[name] = (p1 - p0) / (s1 - s0)
            print(f"{name}: {growth[name]:.2f} MB of RSS per MB of facts")
    if args.baseline and growth.get(args.baseline) and "this tree" in growth:
        print(f"ratio (this tree / {args.baseline}): {growth['this tree'] / growth[args.baseline]:.2f}")


if __name__ == "__main__":
    main()
