"""Neo4j faults and hostile data against the real server: clear errors, exit code 3, nothing lost.

The server is the one scripts/neo4j started (scripts/test does it). One test stops it in
the middle of a load and starts it again on the same ports, with the same data and
password, so the tests after it keep working.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import neo4j_settings
from test_robustness import HOSTILE, hostile_facts

from kg.cli import cli
from kg.errors import StoreError
from kg.graph.graph import build_graph
from kg.paths import ROOT
from kg.query.query import run_query
from kg.store.store import connect, counts, load_graph, recover

NEO4J_SCRIPT = ROOT / "scripts" / "neo4j"
ENV_FILE = Path(os.environ.get("NEO4J_STATE_DIR") or ROOT / ".neo4j") / "env"  # as scripts/neo4j writes it


def env_file() -> dict[str, str]:
    """The export lines scripts/neo4j start writes (NEO4J_STATE_DIR/env, default .neo4j/env)."""
    out = {}
    if ENV_FILE.exists():
        for line in ENV_FILE.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.removeprefix("export ").strip().partition("=")
            if sep:
                out[key] = value
    return out


@pytest.fixture
def env(neo4j_driver) -> dict[str, str]:
    """NEO4J_URI/USER/PASSWORD of the server the session's driver reached."""
    return neo4j_settings()


@pytest.fixture
def driver(neo4j_driver):
    return neo4j_driver


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_facts(path: Path, facts: dict) -> Path:
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return path


def kg_load(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "load", *args], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg:")]


SMALL_FACTS = {"task_assignments": [{"source": "a.txt", "doc_id": "D1", "kind": "task", "seq": 1, "text": "做好",
                                     "lead_units": ["市经信局"], "cooperating_units": [], "lead_officials": [],
                                     "evidence": {"source": "a.txt", "start": 0, "end": 2, "quote": "做好"}}]}


def big_facts(n: int) -> dict:
    """n tasks over 100 documents and 500 units: n + 600 nodes, 4n relationships."""
    return {"task_assignments": [
        {"source": "big.txt", "doc_id": f"D{i % 100}", "kind": "task", "seq": i, "text": f"任务{i}",
         "lead_units": [f"单位{i % 500}"], "cooperating_units": [f"单位{(i + 7) % 500}", f"单位{(i + 13) % 500}"],
         "lead_officials": [], "evidence": {"source": "big.txt", "start": 10 * i, "end": 10 * i + 5, "quote": "x"}}
        for i in range(n)]}


def expected_counts(graph) -> dict[str, dict[str, int]]:
    nodes: dict[str, int] = {}
    rels: dict[str, int] = {}
    for _, attrs in graph.nodes(data=True):
        nodes[attrs["label"]] = nodes.get(attrs["label"], 0) + 1
    for _, _, attrs in graph.edges(data=True):
        rels[attrs["type"]] = rels.get(attrs["type"], 0) + 1
    return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}


# -- server down, wrong password: no server state needed beyond a running one ------------------

def test_server_down_at_start_fails_in_one_line_with_exit_3(tmp_path):
    facts = write_facts(tmp_path / "facts.json", SMALL_FACTS)
    began = time.perf_counter()
    proc = kg_load(["--facts", str(facts), "--uri", f"bolt://127.0.0.1:{closed_port()}",
                    "--password", "secret-not-used"], {}, timeout=120)
    seconds = time.perf_counter() - began
    assert proc.returncode == 3, proc.stderr
    lines = error_lines(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("kg: error: Neo4j is unreachable at bolt://127.0.0.1:"), lines
    assert "Traceback" not in proc.stderr
    assert seconds < 30, f"took {seconds:.0f} s to give up"


@pytest.mark.neo4j
def test_wrong_password_is_refused_clearly_and_never_printed(tmp_path, env):
    wrong = "Wr0ng-p4ss-7f3a9c"
    facts = write_facts(tmp_path / "facts.json", SMALL_FACTS)
    result = CliRunner().invoke(cli, ["load", "--facts", str(facts), "--uri", env["NEO4J_URI"], "--password", wrong])
    assert result.exit_code == 3
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and "refused the credentials" in lines[0], lines
    assert wrong not in result.output
    # through the environment, in a real process, the same
    proc = kg_load(["--facts", str(facts)], {"NEO4J_URI": env["NEO4J_URI"], "NEO4J_PASSWORD": wrong})
    assert proc.returncode == 3 and "refused the credentials" in proc.stderr
    assert wrong not in proc.stdout + proc.stderr


@pytest.mark.neo4j
@pytest.mark.parametrize("where", ["unreachable", "refused", "loaded"])
def test_a_password_inside_the_uri_is_never_printed(tmp_path, where, request):
    """bolt://neo4j:PASSWORD@HOST: used as the credentials, and masked in every message."""
    secret = "S3cr3t-in-uri-9q"
    facts = write_facts(tmp_path / "facts.json", SMALL_FACTS)
    if where == "unreachable":
        uri, extra = f"bolt://neo4j:{secret}@127.0.0.1:{closed_port()}", {}
    else:
        settings = request.getfixturevalue("env")
        host = settings["NEO4J_URI"].partition("://")[2]
        password = secret if where == "refused" else settings["NEO4J_PASSWORD"]
        uri, extra = f"bolt://{settings.get('NEO4J_USER', 'neo4j')}:{password}@{host}", {}
        secret = password
    proc = kg_load(["--facts", str(facts), "--uri", uri, "--wipe"], {"NEO4J_PASSWORD": "", **extra})
    assert secret not in proc.stdout + proc.stderr
    if where == "loaded":
        assert proc.returncode == 0 and "loaded 3 nodes" in proc.stdout, proc.stderr
    else:
        assert proc.returncode == 3, proc.stderr
        (line,) = error_lines(proc.stderr)
        assert ":***@127.0.0.1:" in line and ("unreachable" if where == "unreachable" else "refused") in line


@pytest.mark.neo4j
def test_a_successful_load_never_prints_the_password(tmp_path, env):
    facts = write_facts(tmp_path / "facts.json", SMALL_FACTS)
    proc = kg_load(["--facts", str(facts), "--wipe"], env)
    assert proc.returncode == 0, proc.stderr
    assert "loaded 3 nodes" in proc.stdout
    assert env["NEO4J_PASSWORD"] not in proc.stdout + proc.stderr


# -- hostile names and the whitelist -----------------------------------------------------------

@pytest.mark.neo4j
def test_hostile_names_are_stored_and_queried_as_data(driver):
    graph = build_graph(hostile_facts())
    load_graph(driver, graph, wipe=True)
    driver.execute_query("MERGE (:Region {name: 'sentinel'})")
    load_graph(driver, graph)  # again, over the sentinel: nothing may be deleted
    stored = counts(driver)
    want = expected_counts(graph)
    want["nodes"]["Region"] = 1
    assert stored == want
    offline = run_query("cooperation_pairs", {"limit": 100}, graph=graph)
    online = run_query("cooperation_pairs", {"limit": 100}, backend="neo4j", driver=driver)
    assert online.equals(offline)
    assert sorted(online["lead_unit"]) == sorted(HOSTILE)
    for name in HOSTILE:
        career = run_query("official_career", {"name": name}, backend="neo4j", driver=driver)
        assert career["official"].tolist() == [name] and career["position"].tolist() == [name]


@pytest.mark.neo4j
@pytest.mark.parametrize(("label", "rel_type"), [("Unit`) DETACH DELETE n //", "LEADS"),
                                                 ("Unit", "LEADS]->() DETACH DELETE n //")])
def test_graph_outside_the_whitelist_writes_nothing(driver, label, rel_type):
    load_graph(driver, build_graph(SMALL_FACTS), wipe=True)
    before = counts(driver)
    graph = build_graph(hostile_facts())
    graph.add_node("odd", label=label, name="x")
    graph.add_edge("odd", "Document:H1", key="k", type=rel_type, rid="r1")
    with pytest.raises(StoreError, match="not in the graph schema"):
        load_graph(driver, graph)
    assert counts(driver) == before


# -- the server stops in the middle of a load --------------------------------------------------

def wait_for_a_load(driver, load: subprocess.Popen, timeout: float = 120) -> bool:
    """Wait until the `kg load` process ``load`` holds the load lock (its transaction carries
    the lock's metadata), then a moment more; False when it ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and load.poll() is None:
        records = driver.execute_query("SHOW TRANSACTIONS YIELD metaData WHERE metaData.kg_load_lock IS NOT NULL "
                                       "RETURN count(*) AS n").records
        if records[0]["n"]:
            time.sleep(0.5)
            return load.poll() is None
        time.sleep(0.1)
    return False


def _bolt_and_http_ports(env: dict[str, str]) -> tuple[str, str] | None:
    """The ports of the scripts/neo4j server, if that is the server the tests use."""
    file_env = env_file()
    if file_env.get("NEO4J_URI") != env["NEO4J_URI"] or "NEO4J_HTTP_URL" not in file_env:
        return None
    return env["NEO4J_URI"].rsplit(":", 1)[1], file_env["NEO4J_HTTP_URL"].rsplit(":", 1)[1]


@pytest.mark.neo4j
def test_server_stopped_mid_load_fails_clearly_and_a_rerun_completes_without_duplicates(tmp_path, env,
                                                                                          neo4j_driver):
    """Stop the real server while `kg load` runs in a subprocess; start it again on the same
    ports (same data and password, so later tests keep working); rerun the load."""
    status = subprocess.run([str(NEO4J_SCRIPT), "status"], capture_output=True, text=True)
    ports = _bolt_and_http_ports(env)
    if status.returncode != 0 or ports is None:
        pytest.skip("the tests' server was not started by scripts/neo4j, so this test cannot stop it")
    bolt, http = ports
    facts = big_facts(15_000)
    graph = build_graph(facts)
    want = expected_counts(graph)
    path = write_facts(tmp_path / "big.json", facts)
    user, password = env.get("NEO4J_USER", "neo4j"), env["NEO4J_PASSWORD"]

    drv = connect(env["NEO4J_URI"], user, password)
    load_graph(drv, build_graph({}), wipe=True)
    load = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", "--facts", str(path), "--batch-size", "2000"],
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    restarted = False
    try:
        assert wait_for_a_load(drv, load), "the load finished before the server could be stopped"
        drv.close()
        assert load.poll() is None, "the load finished before the server could be stopped"
        subprocess.run([str(NEO4J_SCRIPT), "stop"], check=True, capture_output=True, timeout=120)
        out, err = load.communicate(timeout=180)
        assert load.returncode == 3, err[-2000:]
        lines = error_lines(err)
        assert len(lines) == 1 and "unreachable" in lines[0] and "rerun" in lines[0], lines
        assert "Traceback" not in err and password not in out + err
    finally:
        if load.poll() is None:
            load.kill()
            load.wait()
        start = subprocess.run([str(NEO4J_SCRIPT), "start"], capture_output=True, text=True, timeout=300,
                               env={**os.environ, "NEO4J_BOLT_PORT": bolt, "NEO4J_HTTP_PORT": http})
        restarted = start.returncode == 0
    assert restarted, start.stderr[-2000:]
    assert env_file()["NEO4J_URI"] == env["NEO4J_URI"]
    # the session's driver holds connections to the old process: a retried query drops them
    neo4j_driver.execute_query("RETURN 1")

    drv = connect(env["NEO4J_URI"], user, password)
    try:
        assert recover(drv) == 1  # the stopped load left its journal: undone, nothing of it stays
        assert counts(drv) == {"nodes": {}, "relationships": {}}
        rerun = kg_load(["--facts", str(path)], env)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        assert counts(drv) == want
        load_graph(drv, build_graph({}), wipe=True)
    finally:
        drv.close()

