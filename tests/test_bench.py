"""The benchmark runner at its smallest size, offline, so that it cannot rot.
Timings are printed by the runner, never asserted here."""

from __future__ import annotations

import argparse
import json
import sys

import pytest

from kg.paths import ROOT

if str(ROOT) not in sys.path:  # bench/ is a folder of the checkout, not part of the installed package
    sys.path.insert(0, str(ROOT))

from bench import SEED_CHARS  # noqa: E402
from bench.__main__ import HEADLINE_KEYS, career_name, format_table, main, parse_sizes  # noqa: E402


def test_runner_smallest_size_writes_table_and_json(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["--sizes", "0.05", "--json", str(out), "--cache", str(tmp_path / "cache"), "--repeat", "2"]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(HEADLINE_KEYS) <= set(result)
    assert 0.5 * 0.05 * SEED_CHARS < result["chars"] < 2 * 0.05 * SEED_CHARS
    assert result["extract_chars_per_s"] > 0 and result["extract_chars_per_s_jobs2"] > 0
    assert result["peak_rss_mb"] > 10  # a Python process holds more than 10 MB
    assert result["graph_rels"] > 0
    assert result["load_rels_per_s"] is None and result["leads_most_tasks_ms_neo4j"] is None  # no --neo4j
    assert len(result["sizes"]) == 1 and result["sizes"][0]["files"] == 1
    assert "seeds_build_s" in result
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:2] == ["size", "chars"] and "0.05x" in table


def test_corpus_is_cached(tmp_path):
    cache = tmp_path / "cache"
    args = ["--sizes", "0.02", "--cache", str(cache), "--repeat", "1", "--jobs", "1"]
    main(args)
    folder = next(cache.iterdir())
    stamp = next(folder.glob("*.txt")).stat().st_mtime_ns
    main(args)
    assert next(folder.glob("*.txt")).stat().st_mtime_ns == stamp


@pytest.mark.parametrize("text,sizes", [("1,10,100", [1.0, 10.0, 100.0]), ("0.1", [0.1])])
def test_parse_sizes(text, sizes):
    assert parse_sizes(text) == sizes


@pytest.mark.parametrize("text", ["", "a,1", "0", "-1"])
def test_parse_sizes_rejects(text):
    with pytest.raises(argparse.ArgumentTypeError):
        parse_sizes(text)


def test_career_name_picks_most_appointed():
    facts = {"appointments": [{"person": "甲"}, {"person": "乙", "official": "乙"}, {"person": "乙"}]}
    assert career_name(facts) == "乙"
    assert career_name({"appointments": []}) is None


def test_format_table_shows_missing_as_dash():
    table = format_table([{"size": 1.0, "chars": 1000, "extract_chars_per_s": 5e5}], jobs=2)
    header, row = table.splitlines()
    assert "1x" in row and "500,000" in row and row.split()[-1] == "-"


def test_bench_graph_ids_measures_both_layouts():
    from bench.graph_ids import measure

    result = measure(200)
    assert set(result) == {"same_seq_s", "distinct_s", "ratio"} and result["same_seq_s"] > 0


def test_bench_memory_measures_every_mode_at_its_smallest(tmp_path, capsys):
    from bench.memory import main as memory

    assert memory(["--sizes", "0.05", "--file-mb", "0.1", "--tasks", "200", "--cache", str(tmp_path)]) == 0
    rows = [line.split("|")[1:-1] for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    body = [[cell.strip() for cell in row] for row in rows[1:]]  # past the header
    assert [(r[0], r[1]) for r in body] == [(what, mode) for what in ("0.05× seeds", "one file of 0.1 MB")
                                            for mode in ("stream", "merged", "resolved")]
    assert all(float(r[5].replace(",", "")) > 10 and float(r[6]) > 0 for r in body)  # peak RSS MB, facts MB
