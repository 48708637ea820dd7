"""bench.real at its smallest: the corpus it builds, one measured run, and its table.
Timings are printed by the runner, never asserted here."""

from __future__ import annotations

import sys

from kg.paths import ROOT

if str(ROOT) not in sys.path:  # bench/ is a folder of the checkout, not part of the installed package
    sys.path.insert(0, str(ROOT))

from bench.real import CORPUS_DIRS, ONE_FILE, Checkout, real_texts, table, targets, write_copies  # noqa: E402


def test_the_corpus_is_the_real_texts_copied(tmp_path):
    files = real_texts()
    assert len(files) > 100 and all(p.suffix == ".txt" for p in files)
    assert {d for d in CORPUS_DIRS if any(str(p).startswith(str(ROOT / d)) for p in files)} == set(CORPUS_DIRS)
    chars = write_copies(files[:3], 2, tmp_path / "c")
    assert len(list((tmp_path / "c").iterdir())) == 6  # names made unique per copy
    assert chars == 2 * sum(len(p.read_text(encoding="utf-8")) for p in files[:3])


def test_one_run_is_timed_and_the_table_gives_ratios(tmp_path):
    this = Checkout("this", ROOT, "abc")
    this.run("one", [str(ROOT / ONE_FILE)], tmp_path / "facts.json")
    cpu, wall = this.runs["one"][0]
    assert cpu > 0 and wall > 0 and (tmp_path / "facts.json").exists()
    figures = {"marginal_chars_per_s_cpu": 2e5, "marginal_chars_per_s_wall": 1e5, "startup_s_cpu": 1.0,
               "startup_s_wall": 2.0, "N_s_cpu": 10.0, "2N_s_cpu": 20.0}
    result = {"this": {"rev": "a", **figures},
              "baseline": {"rev": "b", **figures, "marginal_chars_per_s_cpu": 4e5, "startup_s_cpu": 0.5}}
    text = table(result, ["this", "baseline"])
    assert "| marginal chars/s per core (CPU) | 200,000 | 400,000 | 0.50× |" in text
    assert "| one-file kg extract, CPU s | 1.00 | 0.50 | 0.50× |" in text  # a time: baseline / this
    lines = targets(result).splitlines()
    assert lines == ["target: marginal chars/s per core (CPU) >= 1,000,000: 200,000 (not met, 0.20 of it)",
                     "target: one-file kg extract <= 0.5 s CPU: 1.00 (not met)"]
    assert targets(result, "baseline").splitlines()[1].endswith("0.50 (met)")
