"""The fault suite of issue 22: every case against the real server (and real damaged files),
with its table printed at the end: case | expected | observed.

Cases: two files of one name in two folders, hostile Word files (cut off, billion laughs, a zip
bomb), a value an index refuses, NaN in a facts file, a password inside --uri, the order of
loads, and the server killed (SIGKILL) at random points of a load of many sources and after its
commit, then started again: the database must hold what it held before, or all of the load,
never part of it, and a rerun must equal a fresh load.

The table (conftest.record: these cases, and those of the other modules that hold one: the frozen
server, blank PDF pages, SIGTERM, the load lock's message) is printed at the end of the run.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from contextlib import suppress
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import record
from test_neo4j_faults import (
    ENV_FILE,
    NEO4J_SCRIPT,
    _bolt_and_http_ports,
    big_facts,
    env,
    error_lines,
    kg_load,
    wait_for_a_load,
    write_facts,
)

from bench.load import synthetic_graph
from kg.cli import cli
from kg.errors import StoreError
from kg.graph.graph import build_graph
from kg.paths import SEEDS
from kg.pipeline import extract_paths
from kg.store.store import connect, digest, load_graph, prune_sources, recover, stored_sources

pytestmark = pytest.mark.neo4j

__all__ = ["env"]  # the fixture, imported for the tests below

#: Kill points of the server per run during the load (one more comes after its commit).
KILLS = 3

def test_two_files_of_one_name_are_two_sources(tmp_path, clean_db):
    corpus = tmp_path / "x"
    for folder, seed in (("a", "001_7b9a746ae4c8e0db.txt"), ("b", "004_9b4e3ac1528e934b.txt")):
        (corpus / folder).mkdir(parents=True)
        shutil.copy(SEEDS / seed, corpus / folder / "notice.txt")
    load_graph(clean_db, build_graph(extract_paths([corpus])))
    load_graph(clean_db, build_graph(extract_paths([corpus])))  # a reload
    found = sorted(stored_sources(clean_db))
    assert record("two notice.txt in a/ and b/, loaded twice", "a/notice.txt, b/notice.txt", ", ".join(found),
                  found == ["a/notice.txt", "b/notice.txt"])


def _hostile(folder: Path, name: str) -> Path:
    good = Path(__file__).parent / "data" / "formats" / "notice_79.docx"
    target = folder / name
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info.filename, data)
            elif name == "cut.docx":
                out.writestr(info.filename, data[: len(data) // 2])
            elif name == "laughs.docx":
                dtd = b"".join(b'<!ENTITY l%d "%s">' % (i, (b"&l%d;" % (i - 1)) * 10) for i in range(1, 10))
                body = data.split(b"?>", 1)[1].replace(b"<w:t>", b"<w:t>&l9;", 1)
                out.writestr(info.filename, b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">'
                             + dtd + b"]>" + body)
            else:  # a bomb: 300 MB of XML from a few hundred kB
                with out.open(info.filename, "w", force_zip64=True) as part:
                    part.write(data.replace(b"</w:body>", b"<w:p><w:r><w:t>"))
                    for _ in range(300):
                        part.write(b"a" * 2**20)
                    part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return target


@pytest.mark.parametrize("name", ["cut.docx", "laughs.docx", "bomb.docx"])
def test_hostile_word_files_cost_one_line(tmp_path, name):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "002_2243f82854c2197f.txt", folder / "notice.txt")
    _hostile(folder, name)
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(tmp_path / "f.json")])
    skips = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    observed = f"exit {result.exit_code}, {len(skips)} line(s)" + (f": {skips[0][-60:]}" if skips else "")
    assert record(f"hostile {name} beside a notice", "exit 0, 1 line(s), the notice read", observed,
                  result.exit_code == 0 and len(skips) == 1 and name in skips[0]
                  and "Traceback" not in result.output)


def test_a_value_an_index_refuses_writes_nothing(tmp_path, env, clean_db):
    load_graph(clean_db, build_graph(big_facts(50)))
    before = digest(clean_db)
    facts = big_facts(50)
    facts["documents"] = [{"source": "big.txt", "doc_id": "D1", "doc_number": "甬" * 4_002, "title": "通知",
                           "evidence": {"source": "big.txt", "start": 0, "end": 1, "quote": "x"}}]
    done = kg_load(["--facts", str(write_facts(tmp_path / "f.json", facts)), "--wipe"], env)
    same = digest(clean_db) == before
    assert record("a 4,002-character doc_number, --wipe", "exit 3, 1 line, database unchanged",
                  f"exit {done.returncode}, {len(error_lines(done.stderr))} line, "
                  f"database {'unchanged' if same else 'CHANGED'}",
                  done.returncode == 3 and len(error_lines(done.stderr)) == 1 and same)


def test_nan_in_a_facts_file_is_refused(tmp_path, env, clean_db):
    path = tmp_path / "nan.json"
    path.write_text('{"parks": [{"source": "a.txt", "name": "园区", "area": NaN}]}', encoding="utf-8")
    done = kg_load(["--facts", str(path)], env)
    assert record("NaN in a facts file", "exit 2, 1 line", f"exit {done.returncode}, {len(error_lines(done.stderr))} line",
                  done.returncode == 2 and len(error_lines(done.stderr)) == 1)


def test_a_password_in_the_uri_is_not_printed(tmp_path, env, clean_db):
    host = env["NEO4J_URI"].partition("://")[2]
    uri = f"bolt://{env.get('NEO4J_USER', 'neo4j')}:{env['NEO4J_PASSWORD']}@{host}"
    done = kg_load(["--facts", str(write_facts(tmp_path / "f.json", big_facts(5))), "--uri", uri],
                   {"NEO4J_PASSWORD": ""})
    shown = env["NEO4J_PASSWORD"] in done.stdout + done.stderr
    assert record("password inside --uri", "loads, password never printed",
                  f"exit {done.returncode}, password {'PRINTED' if shown else 'not printed'}",
                  done.returncode == 0 and not shown)


def test_the_order_of_loads_of_consistent_sources_does_not_matter(tmp_path, clean_db):
    a = build_graph(big_facts(300))
    b = build_graph({"task_assignments": [
        {**t, "source": "other.txt", "evidence": {**t["evidence"], "source": "other.txt"}, "doc_id": f"E{i}"}
        for i, t in enumerate(big_facts(200)["task_assignments"])]})
    digests = []
    for first, second in ((a, b), (b, a)):
        load_graph(clean_db, first, wipe=True)
        load_graph(clean_db, second)
        digests.append(digest(clean_db))
    load_graph(clean_db, nx_union(a, b), wipe=True)
    digests.append(digest(clean_db))
    assert record("loads A then B, B then A, A+B fresh", "one digest", f"{len(set(digests))} digest(s)",
                  len(set(digests)) == 1)


def nx_union(a, b):
    union = nx.MultiDiGraph()
    for g in (a, b):
        union.add_nodes_from(g.nodes(data=True))
        union.add_edges_from(g.edges(keys=True, data=True))
    return union


#: The load the server is killed in: bench.load's synthetic graph (tasks of many sources, units
#: most of them share); its two versions (seeds 0 and 1) give every source other leads and cooperators.
KILL_RELS = 100_000
_LOAD_SCRIPT = (
    "import os, pickle, sys\n"
    "from kg.store.store import connect, load_graph\n"
    "driver = connect(os.environ['NEO4J_URI'], os.environ.get('NEO4J_USER', 'neo4j'), os.environ['NEO4J_PASSWORD'])\n"
    "with open(sys.argv[1], 'rb') as f:\n"
    "    graph = pickle.load(f)\n"
    "load_graph(driver, graph, wipe=sys.argv[2] == 'wipe')\n")


@pytest.fixture(scope="module")
def kill_versions(tmp_path_factory, neo4j_driver) -> tuple[list[nx.MultiDiGraph], list[Path], list[str]]:
    """The two versions of the killed load, built once for both kill tests: the graphs, their
    pickles (what the killed loader reads: building one takes longer than reading it), and the
    digest of a fresh (wipe) load of each: the only states a kill may leave."""
    folder = tmp_path_factory.mktemp("kill")
    graphs = [synthetic_graph(KILL_RELS, seed=seed) for seed in (0, 1)]
    paths = [folder / f"version{seed}.pickle" for seed in (0, 1)]
    fresh = []
    for graph, path in zip(graphs, paths, strict=True):
        path.write_bytes(pickle.dumps(graph, protocol=pickle.HIGHEST_PROTOCOL))
        load_graph(neo4j_driver, graph, wipe=True)
        fresh.append(digest(neo4j_driver))
    assert fresh[0] != fresh[1]
    return graphs, paths, fresh


@pytest.mark.parametrize("wipe", [False, True], ids=["reload", "wipe"])
def test_the_server_killed_at_random_points_of_a_load_leaves_before_or_after(tmp_path, env, neo4j_driver, wipe,
                                                                           kill_versions):
    """SIGKILL the real server at random moments of a reload (or a ``--wipe`` load) of a
    100,000-relationship graph of many sources (every source another version), and once after
    the load committed; start it again on the same ports. Each load goes from the version the
    last one left to the other (0 → 1 → 0 → 1), so the state before a kill is itself one that a
    kill, a recovery and a rerun left. After :func:`recover` (which the next load runs first) the
    digest must be a fresh load's of the version before the load, or of the new one, never part;
    then a rerun of the load must equal the fresh load. A cold server then loads without saying
    it waits for another load."""
    ports = _bolt_and_http_ports(env)
    pid_file = ENV_FILE.parent / "neo4j.pid"
    if ports is None or not pid_file.exists():
        pytest.skip("the tests' server was not started by scripts/neo4j, so this test cannot kill it")
    bolt, http = ports
    user, password = env.get("NEO4J_USER", "neo4j"), env["NEO4J_PASSWORD"]
    graphs, paths, fresh = kill_versions
    rng = random.Random(22)
    drv = connect(env["NEO4J_URI"], user, password)
    try:
        load_graph(drv, graphs[0], wipe=True)
        began = time.monotonic()
        load_graph(drv, graphs[1], wipe=wipe)
        took = time.monotonic() - began
        assert digest(drv) == fresh[1]  # a reload of every source equals a fresh load
        stored = 1  # the version the database holds
        outcomes = []
        for when in [rng.uniform(0.05, 0.95) * took for _ in range(KILLS)] + [None]:
            target = 1 - stored
            load = subprocess.Popen([sys.executable, "-c", _LOAD_SCRIPT, str(paths[target]),
                                     "wipe" if wipe else "reload"],
                                    env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, stdin=subprocess.DEVNULL)
            started = wait_for_a_load(drv, load)
            if when is None:  # after the commit
                load.communicate(timeout=600)
            else:
                time.sleep(when)
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
            # the loader would retry the dead server for a minute before it gives up: what it
            # could still do reaches no server, so it is killed too, and gone before the restart
            load.kill()
            load.communicate(timeout=300)
            drv.close()
            # after SIGKILL the server replays its transaction log since its last checkpoint first (every
            # 20 s, as scripts/test starts it): give a busy machine time
            start = subprocess.run([str(NEO4J_SCRIPT), "start"], capture_output=True, text=True, timeout=900,
                                   env={"NEO4J_CHECKPOINT_INTERVAL": "20s", **os.environ, "NEO4J_BOLT_PORT": bolt,
                                        "NEO4J_HTTP_PORT": http, "NEO4J_START_TIMEOUT": "600"})
            assert start.returncode == 0, start.stderr[-2000:]
            neo4j_driver.execute_query("RETURN 1")  # the session's driver drops its dead connections
            drv = connect(env["NEO4J_URI"], user, password)
            if when is None:  # a cold server: a load of one small source never says it waits
                cold = kg_load(["--facts", str(write_facts(tmp_path / "small.json", big_facts(5)))], env)
                assert cold.returncode == 0 and "waiting" not in cold.stderr, cold.stderr[-2000:]
                prune_sources(drv, ["big.txt"])
            undone = recover(drv)
            now = digest(drv)
            outcome = "before" if now == fresh[stored] else "after" if now == fresh[target] else "PART"
            load_graph(drv, graphs[target], wipe=wipe)  # the rerun
            rerun = digest(drv) == fresh[target]
            stored = target
            outcomes.append(f"{'after commit' if when is None else f'{when:.1f} s'}: {outcome}"
                            f"{' (undone)' if undone else ''}, rerun {'= fresh' if rerun else 'DIFFERS'}"
                            f"{'' if started else ' (load done before the kill)'}")
        assert record(f"server SIGKILLed at {KILLS} random points of a {KILL_RELS:,}-relationship "
                      f"{'--wipe load' if wipe else 'reload'} of many sources, and after its commit; recover, rerun",
                      "before or after, never part; rerun = fresh load", "; ".join(outcomes),
                      all(o.split(": ")[1].startswith(("before", "after")) and "= fresh" in o for o in outcomes)
                      and outcomes[-1].split(": ")[1].startswith("after"))
    finally:
        drv.close()
        with suppress(StoreError):  # empty the database for the next tests (when the server is up)
            clean = connect(env["NEO4J_URI"], user, password)
            load_graph(clean, build_graph({}), wipe=True)
            clean.close()
