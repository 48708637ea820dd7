"""The bulk path as IMPORT.txt gives it: `scripts/neo4j import DIR` into a server of its own, then
the Browser guide's full-text query answers."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.export.export import export_graph
from kg.graph.graph import build_graph
from kg.paths import ROOT

GUIDE = ROOT / "docs" / "neo4j-browser-guide.md"


def _guide_fulltext_query() -> str:
    """The guide's Cypher block that queries the full-text index ``names``."""
    blocks = re.findall(r"```cypher\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if "db.index.fulltext.queryNodes('names'" in b)


def _env(path: Path) -> dict[str, str]:
    pairs = (line.removeprefix("export ").partition("=") for line in path.read_text(encoding="utf-8").splitlines())
    return {k: v for k, _, v in pairs if k}


@pytest.mark.neo4j
def test_import_txt_runs_as_written_and_the_guide_full_text_query_answers(seed_facts, tmp_path):
    from kg.store.store import connect

    graph = build_graph(seed_facts)
    folder = export_graph(graph, "csv", tmp_path / "import")
    commands = [line for line in (folder / "IMPORT.txt").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
    assert len(commands) == 1 and commands[0].startswith("scripts/neo4j import ")
    state = tmp_path / "state"  # a fresh server of its own: its own data, password and free ports
    state.mkdir()
    for cached in (ROOT / ".neo4j").glob("classpath-*.txt"):  # the jars scripts/neo4j start resolved
        shutil.copy(cached, state)
    env = {**os.environ, "NEO4J_STATE_DIR": str(state), "NEO4J_HEAP": "512m", "NEO4J_PAGECACHE": "256m"}
    for name in ("NEO4J_BOLT_PORT", "NEO4J_HTTP_PORT"):
        env.pop(name, None)
    try:
        done = subprocess.run(shlex.split(commands[0]), cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        assert f"{graph.number_of_nodes()} nodes" in done.stderr
        settings = _env(state / "env")
        driver = connect(settings["NEO4J_URI"], settings["NEO4J_USER"], settings["NEO4J_PASSWORD"])
        try:
            with driver.session() as session:
                nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
                rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
                constraints = {r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")}
                found = [dict(r) for r in session.run(_guide_fulltext_query())]
        finally:
            driver.close()
        assert (nodes, rels) == (graph.number_of_nodes(), graph.number_of_edges())
        assert {"unit_name", "document_id"} <= constraints
        assert "宁波市经济和信息化局" in {r["name"] for r in found}
        assert all("经信" in r["name"] or any("经信" in a for a in r["aliases"] or []) for r in found)
    finally:
        subprocess.run([str(ROOT / "scripts" / "neo4j"), "stop"], env=env, capture_output=True, timeout=120)
