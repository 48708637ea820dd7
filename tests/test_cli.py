"""The CLI: one-line errors with exit codes, results on stdout."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli
from kg.paths import SEEDS


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


def test_load_refuses_zero_writers_before_touching_a_server(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--facts", str(facts), "--writers", "0",
                                      "--uri", "bolt://127.0.0.1:1", "--password", "x"])
    assert result.exit_code == 2 and "--writers" in result.output and "Traceback" not in result.output


def test_load_help_states_the_store_defaults():
    from kg.store import DEFAULT_BATCH_SIZE, DEFAULT_WRITERS

    text = " ".join(CliRunner().invoke(cli, ["load", "--help"]).output.split())
    assert f"[default: {DEFAULT_BATCH_SIZE}]" in text and f"[default: {DEFAULT_WRITERS}]" in text


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
