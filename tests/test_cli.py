"""The CLI: one-line errors with exit codes, results on stdout."""

from __future__ import annotations

import json
import shlex

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.paths import ROOT, SEEDS


def test_extract_writes_facts(tmp_path):
    out = tmp_path / "facts.json"
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    facts = json.loads(out.read_text(encoding="utf-8"))
    assert facts["documents"] and facts["task_assignments"]


def test_missing_path_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_bad_file_is_skipped_and_named_the_rest_processed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes((SEEDS / "000_5295d54868db1a04.txt").read_bytes())
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "f.json"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0
    assert "b.txt: binary file" in result.output
    assert out.exists()


def test_strict_stops_at_a_bad_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("宁波市人民政府", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"")
    out = tmp_path / "f.json"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "--strict", "-o", str(out)])
    assert result.exit_code == 2
    assert "b.txt: empty file" in result.output
    assert not out.exists()


def test_bad_facts_file_is_one_line_error(tmp_path):
    bad = tmp_path / "facts.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--facts", str(bad)])
    assert result.exit_code == 2
    assert "not a JSON facts file" in result.output


def test_a_facts_file_given_as_a_path_is_read_not_extracted_as_text(tmp_path):
    # `kg export out/facts.json` once read the JSON as a government text (16,000 "tasks" in 17 min)
    facts = tmp_path / "facts.json"
    assert CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(facts)]).exit_code == 0
    as_path = CliRunner().invoke(cli, ["stats", str(facts)])
    as_option = CliRunner().invoke(cli, ["stats", "--facts", str(facts)])
    assert as_path.exit_code == 0, as_path.output
    assert as_path.stdout == as_option.stdout and "Task" in as_path.stdout


def test_load_refuses_zero_writers_before_touching_a_server(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--facts", str(facts), "--writers", "0",
                                      "--uri", "bolt://127.0.0.1:1", "--password", "x"])
    assert result.exit_code == 2 and "--writers" in result.output and "Traceback" not in result.output


def test_load_help_states_the_store_defaults():
    from kg.store.store import DEFAULT_BATCH_SIZE, DEFAULT_WRITERS

    text = " ".join(CliRunner().invoke(cli, ["load", "--help"]).output.split())
    assert f"[default: {DEFAULT_BATCH_SIZE}]" in text and f"[default: {DEFAULT_WRITERS}]" in text


def _two_cities(tmp_path):
    import json

    docs = [{"id": n, "source": f"{n}.txt", "doc_number": n, "issuer": i, "date": d}
            for n, i, d in (("洛政干〔2019〕1号", "洛阳市人民政府", "2019-03-01"),
                            ("肇政干〔2021〕2号", "肇东市人民政府", "2021-05-01"))]
    moves = [{"source": f"{n}.txt", "doc_id": n, "doc_number": n, "date": d, "person": "王伟", "action": "appoint",
              "organization": o, "position": "局长", "evidence": {"source": f"{n}.txt", "start": 0, "end": 2,
                                                                  "quote": "王伟"}}
             for n, o, d in (("洛政干〔2019〕1号", "市财政局", "2019-03-01"), ("肇政干〔2021〕2号", "市教育局", "2021-05-01"))]
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"documents": docs, "appointments": moves}, ensure_ascii=False), encoding="utf-8")
    return path


def test_stats_homonyms_and_a_merge_table(tmp_path):
    facts = _two_cities(tmp_path)
    result = CliRunner().invoke(cli, ["stats", "--facts", str(facts), "--homonyms", "--merge-table", str(tmp_path / "none.csv")])
    assert result.exit_code == 2 and "none.csv" in result.output  # a missing table is a usage error
    result = CliRunner().invoke(cli, ["stats", "--facts", str(facts), "--homonyms"])
    assert result.exit_code == 0, result.output
    assert "王伟: 2 officials" in result.output and "merge: 王伟@肇东市,王伟@洛阳市" in result.output
    merge = tmp_path / "merge.csv"
    merge.write_text("official,same_as\n王伟@肇东市,王伟@洛阳市\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--facts", str(facts), "--homonyms"], env={"KG_MERGE": str(merge)})
    assert result.exit_code == 0 and "No name is borne by officials of two places" in result.output
    result = CliRunner().invoke(cli, ["query", "official_career", "--param", "name=王伟", "--format", "csv",
                                      "--facts", str(facts), "--merge-table", str(merge)])
    assert result.exit_code == 0, result.output
    assert [line.split(",")[0] for line in result.output.splitlines()[1:]] == ["王伟@洛阳市", "王伟@洛阳市"]


def test_stats_unresolved_lists_names_and_the_resolved_share(tmp_path):
    import json

    path = tmp_path / "facts.json"
    path.write_text(json.dumps({
        "documents": [{"id": "d1", "source": "a.txt", "issuer": "官渡区人民政府"}],
        "task_assignments": [{"source": "a.txt", "doc_id": "d1", "lead_units": ["区发改局", "某某神秘机构X"],
                              "cooperating_units": []}]}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--facts", str(path), "--unresolved"])
    assert result.exit_code == 0, result.output
    assert "某某神秘机构X" in result.output
    assert "resolved to a unit with a known government: 2 (66.7% of 3 single bodies)" in result.output
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical,scope,level,kind\n某某神秘机构X,官渡区某中心,,district,other\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--facts", str(path), "--unresolved", "--alias-table", str(aliases)])
    assert "All unit names resolved" in result.output


def test_eval_errors_lists_misses_with_their_text(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"x.txt": {"appointments": [
        {"person": "张三", "action": "appoint", "organization": "市发改委", "position": "主任"},
        {"person": "李四", "action": "remove", "organization": "市财政局", "position": "局长"}]}}, ensure_ascii=False),
        encoding="utf-8")
    src = tmp_path / "x.txt"
    src.write_text("任命张三为市发改委主任。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), str(src), "--ignore-doc-number", "--errors"])
    assert result.exit_code == 0, result.output
    assert "## appointments: 1 missed, 0 spurious" in result.output
    assert "李四 | remove | 市财政局局长" in result.output


def test_a_port_out_of_range_is_refused_in_one_line(tmp_path):
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps({"documents": [{"id": "D1", "source": "a.txt"}]}), encoding="utf-8")
    for uri, message in (("bolt://127.0.0.1:99999", "Port out of range"), ("bolt://:7687", "no host")):
        result = CliRunner().invoke(cli, ["load", "--facts", str(facts), "--uri", uri],
                                    env={"NEO4J_PASSWORD": "x"})
        assert result.exit_code == 3, result.output
        lines = [line for line in result.output.splitlines() if line.startswith("kg:")]
        assert len(lines) == 1 and message in lines[0], result.output


def test_a_bad_batch_size_is_a_usage_error_before_any_connection(tmp_path):
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps({"documents": [{"id": "D1", "source": "a.txt"}]}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--facts", str(facts), "--batch-size", "0",
                                      "--uri", "bolt://127.0.0.1:1"], env={"NEO4J_PASSWORD": "x"})
    assert result.exit_code == 2 and "--batch-size" in result.output


# -- progress on stderr: drawn on a terminal only --------------------------------------------

def _kg_build(out, *, terminal: bool) -> str:
    """stderr of a real `kg build seeds`, given a pseudo-terminal or a pipe."""
    import os
    import pty
    import subprocess
    import sys

    if not terminal:
        done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out)],
                              capture_output=True, text=True, timeout=300, check=True)
        return done.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=300) == 0
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_is_drawn_on_a_terminal_and_not_into_a_pipe(tmp_path):
    drawn = _kg_build(tmp_path / "a", terminal=True)
    assert "extracting" in drawn and "5/5" in drawn
    assert _kg_build(tmp_path / "b", terminal=False) == ""


def test_a_phase_longer_than_a_second_shows_its_time(monkeypatch, capsys):
    import time

    from kg.cli import progress

    monkeypatch.setattr(progress, "shows_progress", lambda: True)
    with progress.showing("resolving"):
        pass
    assert capsys.readouterr().err == ""  # a short phase draws nothing
    with progress.showing("resolving"):
        time.sleep(2.5)
    err = capsys.readouterr().err
    assert "\rresolving … " in err and err.endswith(" s\n") and "\rresolving: " in err
    monkeypatch.setattr(progress, "shows_progress", lambda: False)
    with progress.showing("resolving"):
        time.sleep(1.5)
    assert capsys.readouterr().err == ""


# -- issue 23, the smaller defects -------------------------------------------------------------

@pytest.mark.parametrize(("args", "where"), [
    (["query", "leads_most_tasks", "--format", "xml"], "kg query"),
    (["explain"], "kg explain"),
    (["nosuch"], "kg"),
    (["export", "--careers", "x", "--network", "cooperation"], "kg export"),
    (["build", "seeds", "--merge-table", "none.csv"], "kg build"),
])
def test_a_usage_error_is_one_line(args, where):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and lines[0].endswith(f"(see {where} --help)")


def test_help_and_version_still_print_and_succeed():
    runner = CliRunner()
    assert runner.invoke(cli, ["query", "--help"]).exit_code == 0
    version = runner.invoke(cli, ["--version"])
    assert version.exit_code == 0 and "version" in version.output


def test_skip_messages_name_every_file_by_its_path(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "bad.txt").write_bytes(b"a\x00b\x00c")  # binary: decoding fails
    (corpus / "blank.txt").write_bytes(b"   ")  # empty
    (corpus / "empty.pdf").write_bytes(b"")  # a PDF reader's error
    (corpus / "ok.txt").write_text(next(SEEDS.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 0, result.output
    skips = sorted(line for line in result.output.splitlines() if line.startswith("kg: skipped: "))
    assert [s.split(": ")[2] for s in skips] == [str(corpus / "blank.txt"), str(corpus / "empty.pdf"),
                                                 str(corpus / "sub" / "bad.txt")]


def test_table_output_is_not_cut_when_redirected(tmp_path):
    facts = tmp_path / "facts.json"
    assert CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(facts)]).exit_code == 0
    # CliRunner's stdout is no terminal, as a file or a pipe is: every cell whole
    result = CliRunner().invoke(cli, ["query", "unit_profile", "--param", "unit=市经信局", "--facts", str(facts)])
    assert result.exit_code == 0, result.output
    assert "…" not in result.output
    table = json.loads(CliRunner().invoke(cli, ["query", "unit_profile", "--param", "unit=市经信局", "--facts",
                                                str(facts), "--format", "json"]).output)
    longest = max(("、".join(r["examples"]) for r in table), key=len)
    assert len(longest) > 120 and longest in result.output


def test_documents_without_a_number_are_shown_by_title_in_personnel_queries():
    from kg.graph.graph import build_graph
    from kg.pipeline import extract_paths
    from kg.query.query import run_query

    real = ROOT / "tests" / "data" / "real"
    graph = build_graph(extract_paths([real / "personnel2", real / "docs"]))
    docs = [a for _, a in graph.nodes(data=True) if a["label"] == "Document"]
    numbers = {a["id"] for a in docs if a.get("doc_number")}
    titles = {a["title"] for a in docs if a.get("title") and not a.get("doc_number")}
    files = {a["source"] for a in docs if not a.get("title") and not a.get("doc_number")}
    moves = run_query("personnel_moves", {}, graph=graph)
    career = run_query("official_career", {"name": "盛阅春"}, graph=graph)
    shown = set(moves["document"]) | set(career["document"])
    assert len(moves) >= 10 and len(career) >= 1
    assert not any(d.startswith("doc:") for d in shown), [d for d in shown if d.startswith("doc:")]
    assert shown <= numbers | titles | files  # its number, else its title, else its file
    assert shown & titles and shown & files


def test_the_readme_build_with_merge_and_alias_tables_runs_as_written(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("kg build") and "--merge-table" in ln)
    args = shlex.split(line)[1:]
    monkeypatch.chdir(ROOT)  # the paths are the checkout's, as after `make build`
    args[args.index("-o") + 1] = str(tmp_path / "out")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    facts = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    units = {u["name"]: u for u in facts["units"]}
    # the example alias table makes 市疫情防控工作领导小组 the notice's 新冠肺炎疫情防控工作领导小组
    assert "宁波市疫情防控工作领导小组" not in units
    assert "市疫情防控工作领导小组" in units["宁波市新冠肺炎疫情防控工作领导小组"]["aliases"]
