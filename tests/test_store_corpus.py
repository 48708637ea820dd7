"""A corpus that changes, against the real server: re-extraction replaces, --prune drops the
sources that left, two loads at once store one copy, long names load, out-of-range numbers
never reach --wipe, and a frozen server ends a load with exit 3 in bounded time.

"Equal to a fresh load" means: the same node count per label, relationship count per type,
the same (type, rid) of every relationship, and the same table for every named query (with
the parameters test_parity draws from the graph), and the offline graph's counts too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import record
from pandas.testing import assert_frame_equal
from test_neo4j_faults import (
    ENV_FILE,
    big_facts,
    env,
    error_lines,
    expected_counts,
    kg_load,
    wait_for_a_load,
    write_facts,
)
from test_parity import _cases

from kg.errors import StoreError
from kg.facts import merge_facts
from kg.graph.graph import build_graph
from kg.paths import ROOT, SEEDS
from kg.pipeline import extract_paths
from kg.query.query import run_query
from kg.store.store import counts, digest, graph_sources, load_graph, prune_sources, stored_sources, wipe

pytestmark = pytest.mark.neo4j

__all__ = ["env"]  # the fixture, imported for the tests below

PLAN = "001_7b9a746ae4c8e0db.txt"
DROPPED = "（牵头单位：市经信局；配合单位：市发改委、市生态环境局、市应急管理局、市市场监管局、市能源局、市自然资源规划局、市住建局、宁波市税务局）"


def stored_relationships(driver) -> list[tuple[str, str, str, str]]:
    """(start key, type, end key, rid) of every relationship, sorted: its identity."""
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.name) AS a, type(r) AS t, coalesce(b.id, b.name) AS b, "
        "r.rid AS rid ORDER BY a, t, b, rid")
    return [(r["a"], r["t"], r["b"], r["rid"]) for r in records]


def state(driver, graph) -> dict:
    """What a researcher can see: counts, every relationship's identity, every named query."""
    tables = {(name, repr(params)): (params, run_query(name, params, backend="neo4j", driver=driver))
              for name, params in _cases(graph)}
    return {"counts": counts(driver), "relationships": stored_relationships(driver), "tables": tables}


def assert_equal_to_a_fresh_load(driver, graph) -> None:
    after_updates = state(driver, graph)
    assert after_updates["counts"] == expected_counts(graph)
    updated = digest(driver)  # every node and relationship, properties included
    load_graph(driver, graph, wipe=True)
    assert digest(driver) == updated
    fresh = state(driver, graph)
    assert after_updates["counts"] == fresh["counts"]
    assert after_updates["relationships"] == fresh["relationships"]
    assert after_updates["tables"].keys() == fresh["tables"].keys()
    for (name, shown), (params, table) in fresh["tables"].items():
        assert_frame_equal(after_updates["tables"][name, shown][1], table, obj=f"{name}({shown})")
        assert_frame_equal(run_query(name, params, backend="offline", graph=graph), table, obj=f"{name}({shown})")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_edit_and_reload_equals_a_fresh_load(clean_db, corpus):
    """Edit a plan (one task loses its parenthetical, 市科技局 becomes 市人力社保局), re-extract,
    load again without --wipe: what the old text said is gone, on both backends."""
    before = build_graph(extract_paths([corpus]))
    load_graph(clean_db, before)
    plan = corpus / PLAN
    text = plan.read_text(encoding="utf-8")
    assert DROPPED in text and "（牵头单位：市科技局）" in text
    plan.write_text(text.replace(DROPPED, "", 1).replace("（牵头单位：市科技局）", "（牵头单位：市人力社保局）"),
                    encoding="utf-8")
    after = build_graph(extract_paths([corpus]))
    assert expected_counts(after) != expected_counts(before)
    report = load_graph(clean_db, after)
    assert report.removed_relationships > 0
    assert_equal_to_a_fresh_load(clean_db, after)


def test_loading_one_file_again_replaces_only_that_file(clean_db, corpus):
    """Per-file loads: the plan loaded alone again, edited, touches nothing of the others."""
    files = sorted(corpus.glob("*.txt"))
    for path in files:
        load_graph(clean_db, build_graph(extract_paths([path])))
    plan = corpus / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace(DROPPED, "", 1), encoding="utf-8")
    load_graph(clean_db, build_graph(extract_paths([plan])))
    again = counts(clean_db)
    for path in files:  # the same per-file loads, from an empty database
        load_graph(clean_db, build_graph(extract_paths([path])), wipe=path == files[0])
    assert counts(clean_db) == again


def test_prune_removes_the_sources_that_left_the_corpus(clean_db, corpus):
    load_graph(clean_db, build_graph(extract_paths([corpus])))
    for name in ("000_5295d54868db1a04.txt", "003_c67c5be23edba4ef.txt"):
        (corpus / name).unlink()
    rest = build_graph(extract_paths([corpus]))
    kept = load_graph(clean_db, rest)
    assert kept.pruned_sources == 0 and counts(clean_db) != expected_counts(rest)  # without --prune: kept
    report = load_graph(clean_db, rest, prune=True)
    assert report.pruned_sources == 2 and report.removed_relationships > 0
    assert_equal_to_a_fresh_load(clean_db, rest)


@pytest.mark.parametrize("first", ["empty", "loaded"])
def test_two_loads_at_once_store_one_copy_of_every_fact(tmp_path, env, clean_db, first):
    """Two `kg load` processes of one facts file at the same time: both succeed and the
    database holds what one load holds, on an empty database and on one already loaded."""
    facts = big_facts(6_000)
    graph = build_graph(facts)
    path = write_facts(tmp_path / "big.json", facts)
    if first == "loaded":
        assert kg_load(["--facts", str(path)], env).returncode == 0
    cmd = [sys.executable, "-m", "kg.cli", "load", "--facts", str(path), "--batch-size", "1000"]
    loads = [subprocess.Popen(cmd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, stdin=subprocess.DEVNULL) for _ in range(2)]
    results = [load.communicate(timeout=600) for load in loads]
    for load, (_out, err) in zip(loads, results, strict=True):
        assert load.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    assert counts(clean_db) == expected_counts(graph)
    rels = stored_relationships(clean_db)
    assert len(rels) == len(set(rels)) == graph.number_of_edges()


def test_a_ten_thousand_character_project_name_loads(clean_db):
    name = "年产" + "项" * 9_996 + "项目"
    facts = {"projects": [{"source": "p.txt", "doc_id": "D1", "table": "表1", "seq": 1, "name": name,
                           "lead_units": ["市发改委"], "cooperating_units": [],
                           "evidence": {"source": "p.txt", "start": 0, "end": 10_000, "quote": name}}]}
    graph = build_graph(facts)
    load_graph(clean_db, graph)
    assert counts(clean_db) == expected_counts(graph)
    records, _, _ = clean_db.execute_query("MATCH (p:Project {name: $name}) RETURN size(p.name) AS n", name=name)
    assert [r["n"] for r in records] == [10_000]


def test_an_out_of_range_number_never_reaches_wipe(tmp_path, env, clean_db):
    small = build_graph(big_facts(10))
    load_graph(clean_db, small)
    before = counts(clean_db)
    bad = big_facts(1)
    bad["task_assignments"][0]["evidence"]["start"] = 2**70
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = kg_load(["--facts", str(path), "--wipe"], env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and "64-bit" in lines[0], lines
    assert counts(clean_db) == before
    # the library refuses too, before its own wipe
    graph = build_graph(big_facts(1))
    next(iter(graph.edges(data=True)))[2]["start"] = 2**64
    with pytest.raises(StoreError, match="64-bit"):
        load_graph(clean_db, graph, wipe=True)
    assert counts(clean_db) == before
    query = subprocess.run([sys.executable, "-m", "kg.cli", "query", "leads_most_tasks", "--backend", "neo4j",
                            "--param", "limit=99999999999999999999"], env={**os.environ, **env},
                           capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert query.returncode == 4 and len(error_lines(query.stderr)) == 1 and "Traceback" not in query.stderr


def test_a_value_an_index_refuses_is_refused_before_anything_is_written(tmp_path, env, clean_db):
    """A 4,002-character doc_number (12 kB: Neo4j's range index takes 8 kB) used to pass the
    check, then fail half way through the load, after --wipe. Now: one line, nothing written."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    facts = extract_paths([corpus])
    load_graph(clean_db, build_graph(facts))
    before = digest(clean_db)
    facts["documents"][0]["doc_number"] = "甬" * 4_002
    path = tmp_path / "long.json"
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    for args in (["--wipe"], []):
        result = kg_load(["--facts", str(path), *args], env)
        assert result.returncode == 3 and "Traceback" not in result.stderr, result.stderr[-2000:]
        lines = error_lines(result.stderr)
        assert len(lines) == 1 and "its doc_number is 12,006 bytes, more than Neo4j's index on " \
            "Document.doc_number takes (8,000); nothing was written" in lines[0], lines
        assert digest(clean_db) == before


def test_a_load_that_fails_part_way_leaves_its_source_as_it_was(clean_db):
    """Neo4j refuses a value the checks cannot see (a list of mixed types) in the middle of a
    source's transaction: that source's facts, nodes and relationships, are as before."""
    first = build_graph(big_facts(2_000))
    load_graph(clean_db, first, batch_size=500)
    before = digest(clean_db)
    graph = build_graph(big_facts(2_500))  # the same source: 500 more tasks, new nodes among them
    task = next(n for n, attrs in graph.nodes(data=True) if attrs.get("label") == "Task" and attrs.get("seq") == 2_400)
    graph.nodes[task]["score"] = [1, "一"]  # Neo4j refuses a list of mixed types, the checks do not
    with pytest.raises(StoreError, match="while loading"):
        load_graph(clean_db, graph, batch_size=500)
    assert digest(clean_db) == before


def _server_pid() -> int | None:
    pid_file = ENV_FILE.parent / "neo4j.pid"
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def test_a_frozen_server_ends_the_load_with_exit_3_in_bounded_time(tmp_path, env, clean_db):
    """SIGSTOP the real server in the middle of a load, SIGCONT it after the load gave up."""
    pid = _server_pid()
    if pid is None:
        pytest.skip("the tests' server was not started by scripts/neo4j, so this test cannot freeze it")
    facts = big_facts(15_000)
    path = write_facts(tmp_path / "big.json", facts)
    load = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", "--facts", str(path), "--batch-size", "500",
                             "--timeout", "3"], env={**os.environ, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        assert wait_for_a_load(clean_db, load), "the load finished before the server could be frozen"
        os.kill(pid, signal.SIGSTOP)
        frozen_at = time.monotonic()
        try:
            out, err = load.communicate(timeout=120)
        finally:
            os.kill(pid, signal.SIGCONT)
        waited = time.monotonic() - frozen_at
    finally:
        if load.poll() is None:
            load.kill()
            load.wait()
    lines = error_lines(err)
    told = len(lines) == 1 and bool(re.search(r"did not answer within 3 s while [a-z' ]+ \(waited 3\.\d s", lines[0]))
    rerun = kg_load(["--facts", str(path)], env)
    complete = rerun.returncode == 0 and counts(clean_db) == expected_counts(build_graph(facts))
    assert record("server frozen (SIGSTOP) mid-load, --timeout 3, then a rerun",
                  "exit 3 within 15 s, 1 line saying how long it waited; rerun complete",
                  f"exit {load.returncode} after {waited:.1f} s, {len(lines)} line(s); rerun "
                  f"{'complete' if complete else 'NOT complete'}",
                  load.returncode == 3 and told and "Traceback" not in err and waited < 15 and complete), (err, rerun.stderr)


# -- documents identified by content: copies of one document, --prune-source ----------------

def document_sources(driver) -> dict[str, list[str]]:
    records, _, _ = driver.execute_query("MATCH (d:Document) RETURN d.id AS id, d.sources AS s, d.source AS one")
    return {r["id"]: (r["s"], r["one"]) for r in records}


def graph_document_sources(graph) -> dict[str, list[str]]:
    return {a["id"]: (a.get("sources"), a.get("source")) for _, a in graph.nodes(data=True)
            if a["label"] == "Document"}


@pytest.fixture
def copies(tmp_path) -> list[Path]:
    """The plan three times: under its name, under another name, and printed to PDF."""
    folder = tmp_path / "copies"
    folder.mkdir()
    shutil.copy(SEEDS / PLAN, folder / PLAN)
    shutil.copy(SEEDS / PLAN, folder / "downloaded again.txt")
    shutil.copy(Path(__file__).parent / "data" / "formats" / "seeds_pdf" / PLAN.replace(".txt", ".pdf"),
                folder / "plan.pdf")
    return sorted(folder.iterdir())


def test_copies_loaded_file_by_file_equal_one_combined_load(clean_db, copies):
    """One document in three files is one document with three sources: loading the files one by
    one (in either order) gives what one load of all three gives, on both backends, and no
    unit leads a task twice."""
    combined = build_graph(extract_paths(copies))
    alone = build_graph(extract_paths(copies[:1]))
    assert sorted(combined.nodes) == sorted(alone.nodes)  # no T1~2
    for order in (copies, copies[::-1]):
        for path in order:
            load_graph(clean_db, build_graph(extract_paths([path])), wipe=path == order[0])
        assert document_sources(clean_db) == graph_document_sources(combined)
        assert_equal_to_a_fresh_load(clean_db, combined)
    leads = run_query("leads_most_tasks", {}, backend="neo4j", driver=clean_db)
    assert leads.equals(run_query("leads_most_tasks", {}, backend="offline", graph=alone))


def test_removing_one_copy_keeps_the_document(clean_db, copies):
    """A source owns its facts: the copy's facts go, the document stays with its other files."""
    load_graph(clean_db, build_graph(extract_paths(copies)))
    report = prune_sources(clean_db, ["plan.pdf"])
    assert report.pruned_sources == 1 and report.removed_relationships > 0 and report.removed_nodes == 0
    rest = build_graph(extract_paths([p for p in copies if p.name != "plan.pdf"]))
    assert document_sources(clean_db) == graph_document_sources(rest)
    assert_equal_to_a_fresh_load(clean_db, rest)


def test_kg_load_prune_source_removes_exactly_the_named_sources(tmp_path, env, clean_db, corpus):
    """`kg load --prune-source NAME…` alone: those sources' facts go (a path names its file),
    every other source stays as loaded; a name the database does not hold is reported."""
    gone = ["000_5295d54868db1a04.txt", "003_c67c5be23edba4ef.txt"]
    load_graph(clean_db, build_graph(extract_paths([corpus])))
    done = kg_load(["--prune-source", str(corpus / gone[0]), "--prune-source", gone[1],
                    "--prune-source", "never-loaded.txt"], env)
    assert done.returncode == 0, done.stderr
    assert error_lines(done.stderr) == ["kg: skipped: never-loaded.txt: the database holds no facts of this source"]
    assert done.stdout.startswith("removed 2 sources: ")
    for name in gone:
        (corpus / name).unlink()
    rest = build_graph(extract_paths([corpus]))
    assert stored_sources(clean_db) == graph_sources(rest)
    # everything but the division table (shared by every source: only --prune, a load of the
    # whole corpus, removes divisions no source names) is as a fresh load of the rest
    left, expected = counts(clean_db), expected_counts(rest)
    assert {k: v for k, v in left["nodes"].items() if k != "Region"} == {
        k: v for k, v in expected["nodes"].items() if k != "Region"}
    assert {k: v for k, v in left["relationships"].items() if k != "PART_OF"} == {
        k: v for k, v in expected["relationships"].items() if k != "PART_OF"}
    assert load_graph(clean_db, rest, prune=True).pruned_sources == 0
    assert_equal_to_a_fresh_load(clean_db, rest)


def test_prune_source_refuses_what_it_cannot_mean(env, clean_db):
    wiped = kg_load(["--prune-source", "a.txt", "--wipe", "--facts", "x.json"], env)
    alone = kg_load(["--prune-source", "a.txt", "--prune"], env)
    for done in (wiped, alone):
        assert done.returncode == 2 and len(error_lines(done.stderr) + [
            line for line in done.stderr.splitlines() if line.startswith("Error:")]) == 1


def fresh_digest(driver, graph) -> str:
    load_graph(driver, graph, wipe=True)
    return digest(driver)


def test_two_files_of_one_name_in_two_folders_are_two_sources(tmp_path, env, clean_db):
    """x/a/notice.txt (a plan) and x/b/notice.txt (another notice): reloading, pruning and
    naming them never mixes them up; each step ends equal, node and relationship properties
    included, to a fresh load of what should be stored."""
    corpus = tmp_path / "x"
    for folder, seed in (("a", PLAN), ("b", "004_9b4e3ac1528e934b.txt")):
        (corpus / folder).mkdir(parents=True)
        shutil.copy(SEEDS / seed, corpus / folder / "notice.txt")
    both = build_graph(extract_paths([corpus]))
    assert graph_sources(both) == {"a/notice.txt", "b/notice.txt"}
    load_graph(clean_db, both)
    plan = corpus / "a" / "notice.txt"
    plan.write_text(plan.read_text(encoding="utf-8").replace(DROPPED, "", 1), encoding="utf-8")
    edited = build_graph(extract_paths([corpus]))
    load_graph(clean_db, edited)
    assert stored_sources(clean_db) == {"a/notice.txt", "b/notice.txt"}
    after_reload = digest(clean_db)
    assert after_reload == fresh_digest(clean_db, edited)
    # a bare name means neither; a path ending in one of them means that one
    bare = kg_load(["--prune-source", "notice.txt"], env)
    assert bare.returncode == 0, bare.stderr
    assert error_lines(bare.stderr) == ["kg: skipped: notice.txt: the database holds no facts of this source"]
    assert digest(clean_db) == after_reload
    gone = kg_load(["--prune-source", str(plan)], env)
    assert gone.returncode == 0 and gone.stdout.startswith("removed 1 sources: "), gone.stderr
    assert stored_sources(clean_db) == {"b/notice.txt"}
    plan.unlink()
    rest = build_graph(extract_paths([corpus]))
    load_graph(clean_db, rest, prune=True)  # the division table's regions only the whole corpus prunes
    assert digest(clean_db) == fresh_digest(clean_db, rest)


#: Real batches nobody here wrote, each loaded as the folder it is (its files' sources are their
#: names in it): three of tests/data/real and the copies of ../shared/realdev2.
REAL_BATCHES = {name: ROOT / "tests" / "data" / path for name, path in (
    ("mixed9", "real/mixed9"), ("personnel4", "real/personnel4"), ("tasks3", "real/tasks3"),
    ("realdev2", "shared/realdev2/docs"))}


@pytest.fixture(scope="module")
def real_batches() -> dict[str, dict]:
    """The facts of each real batch, extracted once (as `kg load FOLDER` extracts them)."""
    return {name: extract_paths([path]) for name, path in REAL_BATCHES.items()}


def test_loads_of_real_batches_in_any_order_with_reloads_and_prunes_equal_a_fresh_load(clean_db, real_batches):
    """Two sequences of loads of the real batches, in different orders, with reloads, a source
    and a batch pruned and loaded again, and a --prune load of the corpus without a batch: after
    each the digest of every node and relationship (properties included) is the one of a fresh
    load of what should be stored. (Only a --prune load removes the division table's regions
    that no source names any more: they are reference data, which --prune-source leaves.)"""
    graphs = {name: build_graph(facts) for name, facts in real_batches.items()}
    sources = {name: graph_sources(graph) for name, graph in graphs.items()}
    assert all(sources.values()) and sum(map(len, sources.values())) == len(set().union(*sources.values()))

    def fresh(*names: str) -> str:
        return fresh_digest(clean_db, build_graph(merge_facts(real_batches[n] for n in names)))

    every, but_tasks3 = fresh(*graphs), fresh("mixed9", "personnel4", "realdev2")
    wipe(clean_db)
    # one order: batch by batch, a reload, a source pruned and loaded again
    for name in ("mixed9", "personnel4", "tasks3", "realdev2", "personnel4"):
        load_graph(clean_db, graphs[name])
    one = sorted(sources["mixed9"])[0]
    prune_sources(clean_db, [one])
    assert one not in stored_sources(clean_db)
    load_graph(clean_db, graphs["mixed9"])
    assert digest(clean_db) == every
    # another: the reverse, tasks3 pruned away, then a --prune load of the corpus without it
    wipe(clean_db)
    for name in ("realdev2", "tasks3", "personnel4", "mixed9", "realdev2"):
        load_graph(clean_db, graphs[name])
    prune_sources(clean_db, sorted(sources["tasks3"]))
    assert stored_sources(clean_db) == sources["mixed9"] | sources["personnel4"] | sources["realdev2"]
    load_graph(clean_db, graphs["tasks3"])
    assert digest(clean_db) == every
    load_graph(clean_db, build_graph(merge_facts(real_batches[n] for n in ("mixed9", "personnel4", "realdev2"))),
               prune=True)
    assert digest(clean_db) == but_tasks3
