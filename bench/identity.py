"""Facts byte for byte equal to a baseline commit's on every real corpus.

``python -m bench.identity --baseline REV [--resolve] [--keep DIR]``

A speed change must not change a single fact. This runs ``kg extract DIR -o X.json
--no-resolve`` (one job) of seeds/, tests/data/shared/realdev/docs, realdev2/docs and every
folder of tests/data/real with this checkout and with REV (checked out with ``git worktree
add --detach`` into a temporary folder, as ``bench.real`` does), and compares the files
byte for byte; ``--resolve`` also compares ``kg extract`` with resolution of seeds and
realdev2. The baseline's files are kept under bench/results/identity/<commit>/ (git-ignored),
so a second check against the same commit runs only this checkout. Exit status 1 and the
differing folders named when any file differs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
from pathlib import Path

from bench.real import ROOT, baseline_checkout, log

#: The folders extracted, relative to a checkout (every folder of tests/data/real is added).
FOLDERS = ("seeds", "tests/data/shared/realdev/docs", "tests/data/shared/realdev2/docs")
#: The folders also extracted with resolution (``--resolve``).
RESOLVED = ("seeds", "tests/data/shared/realdev2/docs")


def folders(root: Path = ROOT) -> list[str]:
    """Every corpus folder, relative to the checkout."""
    real = sorted(str(p.relative_to(root)) for p in (root / "tests/data/real").iterdir() if p.is_dir())
    return [*FOLDERS, *real]


def extract_all(tree: Path, out: Path, resolve: bool) -> None:
    """Facts of every corpus folder of ROOT extracted by the ``kg`` of ``tree`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree))
    runs = [(f, ["--no-resolve"]) for f in folders()] + ([(f, []) for f in RESOLVED] if resolve else [])
    for folder, extra in runs:
        name = folder.replace("/", "_") + (".json" if extra else ".resolved.json")
        target = out / name
        if target.exists():
            continue
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(ROOT / folder), "-o", str(target),
                               *extra], cwd=tree, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"bench.identity: {tree}: kg extract {folder} failed: {proc.stderr.strip()[-500:]}")


def full_rev(rev: str) -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", rev], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.identity", description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="main", metavar="REV", help="the commit to compare with (default main)")
    parser.add_argument("--resolve", action="store_true", help="also compare kg extract with resolution")
    parser.add_argument("--keep", type=Path, default=ROOT / "bench/results/identity",
                        help="where the facts files are kept (default bench/results/identity)")
    args = parser.parse_args(argv)
    rev = full_rev(args.baseline)
    base_out = args.keep / rev
    this_out = args.keep / "this"
    for stale in this_out.glob("*.json"):
        stale.unlink()
    log(f"baseline {rev[:10]} → {base_out}")
    expected = len(folders()) + (len(RESOLVED) if args.resolve else 0)
    if len(list(base_out.glob("*.json"))) < expected:
        with baseline_checkout(rev) as tree:
            extract_all(tree, base_out, args.resolve)
    log(f"this checkout → {this_out}")
    extract_all(ROOT, this_out, args.resolve)
    differ = [p.name for p in sorted(this_out.glob("*.json"))
              if not filecmp.cmp(p, base_out / p.name, shallow=False)]
    compared = len(list(this_out.glob("*.json")))
    if differ:
        print(f"facts differ from {rev[:10]} in {len(differ)} of {compared} files: " + ", ".join(differ))
        return 1
    print(f"facts byte for byte equal to {rev[:10]}'s in all {compared} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
