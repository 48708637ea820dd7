"""Outputs are written whole or not at all: temporaries beside the final path, renamed
together; devices, FIFOs and ``-`` written through; symlinks followed; nothing left over."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import record

from bench.synth import write_corpus
from kg.outputs import Outputs, replacing
from kg.paths import SEEDS


def kg(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("facts") / "facts.json"
    result = kg("extract", str(SEEDS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


def test_a_failed_group_leaves_the_previous_files_and_no_temporaries(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    (tmp_path / "b.txt").write_text("old b")
    with pytest.raises(KeyboardInterrupt), Outputs() as out:
        out.path(tmp_path / "a.txt").write_text("new a")
        out.path(tmp_path / "b.txt").write_text("new")
        raise KeyboardInterrupt
    assert (tmp_path / "a.txt").read_text() == "old a" and (tmp_path / "b.txt").read_text() == "old b"
    assert leftovers(tmp_path) == []
    with Outputs() as out:
        out.path(tmp_path / "a.txt").write_text("new a")
        out.path(tmp_path / "c.txt").write_text("new c")
    assert (tmp_path / "a.txt").read_text() == "new a" and (tmp_path / "c.txt").read_text() == "new c"
    assert leftovers(tmp_path) == []


def test_a_symlink_is_followed_and_stays_a_symlink(tmp_path):
    target = tmp_path / "real" / "graph.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    with replacing(link) as path:
        path.write_text("new")
    assert link.is_symlink() and target.read_text() == "new" and leftovers(tmp_path) == []


def test_export_to_dev_null_keeps_it_a_device(facts_file):
    result = kg("export", "--format", "graphml", "-o", "/dev/null", "--facts", str(facts_file))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_export_to_a_fifo_writes_through_it(tmp_path, facts_file):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = kg("export", "--format", "json", "-o", str(fifo), "--facts", str(facts_file))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert got and got[0].lstrip().startswith(b"{") and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_export_to_dash_writes_standard_output(facts_file):
    result = kg("export", "--format", "gexf", "-o", "-", "--facts", str(facts_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("<?xml") and result.stdout.rstrip().endswith("</gexf>")
    assert "wrote gexf" in result.stderr and not Path("-").exists()


def test_an_interrupted_build_leaves_the_previous_outputs_or_all_new_ones(tmp_path):
    """Ctrl-C a real `kg build` at several moments: each time, out/ holds either the previous
    three files byte for byte or a complete new set (the same bytes: same corpus), and no
    temporary file."""
    corpus = tmp_path / "corpus"
    write_corpus(150, corpus)
    out = tmp_path / "out"
    first = kg("build", str(corpus), "-o", str(out))
    assert first.returncode == 0, first.stderr
    names = ("facts.json", "graph.graphml", "summary.txt")
    before = {name: (out / name).read_bytes() for name in names}
    # The delays count from the moment the CLI's imports are done, measured here in the same
    # conditions: on a loaded machine importing can take seconds, and a signal that comes during
    # the imports ends the process before the CLI's handler is in place (-SIGINT, nothing written).
    clock = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import kg.cli"], check=True)
    imports = time.perf_counter() - clock
    codes = []
    for delay in (0.5, 1.5, 3.0, 5.0):
        build = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        time.sleep(imports + delay)
        build.send_signal(signal.SIGINT)
        build.communicate(timeout=300)
        # -SIGINT: the signal came before the interpreter installed its handler (nothing was written yet)
        assert build.returncode in (0, 130, -signal.SIGINT)
        codes.append(build.returncode)
        assert {name: (out / name).read_bytes() for name in names} == before
        assert leftovers(out) == [], delay
    assert 130 in codes  # at least one build was really cut short


def test_sigterm_cleans_up_like_ctrl_c_and_a_later_run_removes_what_a_kill_left(tmp_path):
    """SIGTERM a real `kg extract --no-resolve` (a spool folder and a temporary beside the
    facts): exit 143, no temporary left. Then what a SIGKILL would leave (a temporary and a
    spool of a process that no longer runs, made here) is removed by the next run."""
    corpus = tmp_path / "corpus"
    write_corpus(150, corpus)
    out = tmp_path / "out"
    out.mkdir()
    codes = []
    for delay in (4.0, 8.0):  # after the start-up (imports), during the extraction
        run = subprocess.Popen([sys.executable, "-m", "kg.cli", "extract", str(corpus), "--no-resolve",
                                "-o", str(out / "facts.json")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=300)
        assert run.returncode in (0, 143, -signal.SIGTERM), err
        codes.append(run.returncode)
        assert leftovers(out) == [] and not list(out.glob(".kg-spool-*")), delay
    assert 143 in codes
    dead = 2**22 + 7  # above Linux's default pid_max: no process has it
    (out / f".facts.json.{dead}.x1y2.tmp").write_text("half", encoding="utf-8")
    (out / f".kg-spool-{dead}-abc").mkdir()
    alive = out / f".facts.json.{os.getpid()}.z.tmp"  # a run in progress: kept
    alive.write_text("writing", encoding="utf-8")
    done = kg("extract", str(sorted(corpus.rglob("*.txt"))[0]), "--no-resolve", "-o", str(out / "facts.json"))
    assert done.returncode == 0, done.stderr
    left = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert record("SIGTERM during kg extract; a later run after a killed one", "exit 143, no temporary left; "
                  "the dead run's temporaries removed, a running one's kept",
                  f"exit {codes}, then left: {left}", left == [alive.name]), left
