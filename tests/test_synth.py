"""bench.synth: deterministic, varied synthetic gazettes whose truth matches their text,
and that the extractors read with evidence pointing at the right characters."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from bench.synth import TRUTH_FILE, generate_issue, main, write_corpus, write_corpus_chars
from kg.pipeline import extract_paths
from kg.read.sources import read_source


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[list[Path], dict]:
    """Four small issues (~30,000 characters each) and their truth."""
    out = tmp_path_factory.mktemp("synth")
    paths = write_corpus(4, out, seed=7, chars_per_file=30_000)
    return paths, json.loads((out / TRUTH_FILE).read_text(encoding="utf-8"))


def test_same_seed_same_bytes_other_seed_other_text(tmp_path):
    a = write_corpus(2, tmp_path / "a", seed=3, chars_per_file=20_000)
    b = write_corpus(2, tmp_path / "b", seed=3, chars_per_file=20_000)
    c = write_corpus(2, tmp_path / "c", seed=4, chars_per_file=20_000)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert (tmp_path / "a" / TRUTH_FILE).read_bytes() == (tmp_path / "b" / TRUTH_FILE).read_bytes()
    assert a[0].read_bytes() != c[0].read_bytes()


def test_issue_does_not_depend_on_corpus_size():
    """Growing a corpus adds issues; it does not rewrite the ones before."""
    assert generate_issue(5, seed=1, chars=20_000) == generate_issue(5, seed=1, chars=20_000)
    assert generate_issue(5, seed=1)[1] != generate_issue(6, seed=1)[1]


@pytest.mark.parametrize("total", [5_000, 130_000, 250_000])
def test_write_corpus_chars_hits_the_size(tmp_path, total):
    paths = write_corpus_chars(total, tmp_path, seed=0)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    assert 0.85 * total <= chars <= 1.25 * total + 3000
    assert all(len(p.read_text(encoding="utf-8")) <= 140_000 for p in paths)


@pytest.mark.parametrize("pattern", [
    r"（牵头单位：[^）]+；配合单位：",   # the Ningbo seed's parenthetical
    r"（牵头领导：[^；]+；牵头单位：",   # with a lead official
    r"\(责任单位:[^)]+\)",              # half-width, 责任单位
    r"由[^，。]+牵头，[^。]+配合。",       # prose
    r"区[^\n,]+牵头,[^\n]+配合",          # project table cell
    r"\w政干〔\d{4}〕\d+号",              # personnel notice number
    r"任[^\n；]+（兼）",
    r"（试用期一年）",
    r"，免去其[^\n；]+职务",
    r"免去：\n\n\w+的",
    r"《[^》]+》（[^）]+〔\d{4}〕\d+号）",  # citation
    r"\n\t\w+（\w+）\t",                 # park row, sector carried down
    r"（[^（）\n]*\n\n[^（）\n]*）",        # an OCR break inside a parenthetical
])
def test_corpus_has_each_style(corpus, pattern):
    text = "".join(p.read_text(encoding="utf-8") for p in corpus[0])
    assert re.search(pattern, text)


def test_vocabulary_is_large(tmp_path):
    """Scale tests must not hit the same ten names."""
    write_corpus(6, tmp_path, seed=2, chars_per_file=60_000)
    truth = json.loads((tmp_path / TRUTH_FILE).read_text(encoding="utf-8"))
    people = {r["person"] for r in truth["appointments"]}
    docs = {r["doc_number"] for r in truth["appointments"]}
    assert len(people) > 150 and len(people) > 2 * len(docs)
    units = {u for r in truth["task_assignments"] for u in r["lead_units"] + r["cooperating_units"]}
    assert len(units) > 150
    assert len({r["doc_number"][0] for r in truth["documents"]}) >= 3  # several cities and districts


def test_truth_matches_the_text(corpus):
    paths, truth = corpus
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    flat = {name: text.replace("\n", "") for name, text in texts.items()}
    for rec in truth["task_assignments"]:
        if rec["kind"] == "task":
            assert rec["anchor"] + rec["raw"] in flat[rec["source"]]
    for rec in truth["appointments"]:
        assert rec["person"] in texts[rec["source"]] and rec["organization"] + rec["position"] in texts[rec["source"]]
    for rec in truth["projects"] + truth["parks"]:
        assert rec["name"] in texts[rec["source"]]
    numbers = Counter(r["doc_number"] for r in truth["documents"])
    assert numbers.most_common(1)[0][1] == 1  # document numbers are unique in a corpus


def test_synth_command(tmp_path, capsys):
    main(["--docs", "2", "-o", str(tmp_path / "s"), "--seed", "5"])
    assert "wrote 2 files" in capsys.readouterr().out
    assert len(list((tmp_path / "s").glob("*.txt"))) == 2 and (tmp_path / "s" / TRUTH_FILE).exists()


def test_extract_reads_synthetic_corpus_with_exact_evidence(corpus):
    paths, truth = corpus
    facts = extract_paths(paths, resolve=False)
    originals = {p.name: read_source(p).original for p in paths}
    checked = 0
    for section, records in facts.items():
        for rec in records:
            ev = rec.get("evidence")
            if ev:
                assert originals[ev["source"]][ev["start"]:ev["end"]] == ev["quote"], (section, ev)
                checked += 1
    assert checked > 100

    def appointment_key(r):
        return (r["source"], r["person"], r["action"], r["organization"], r["position"])

    gold = Counter(map(appointment_key, truth["appointments"]))
    found = Counter(map(appointment_key, facts["appointments"]))
    assert sum((gold & found).values()) >= 0.9 * sum(gold.values())

    def lead_triples(recs):
        return Counter((r["source"], r["doc_number"], u) for r in recs if r["kind"] == "task" for u in r["lead_units"])

    gold_t, found_t = lead_triples(truth["task_assignments"]), lead_triples(facts["task_assignments"])
    assert sum((gold_t & found_t).values()) >= 0.8 * sum(gold_t.values())


#: F1 floors per section on the synthetic corpus. Every section scored 1.000 on
#: ten corpora (seeds 0-4, 7, 11-14) when these were set (projects were 0.978 on
#: this fixture before); the floors leave room for a miss or two in a small
#: corpus, not for a new kind of failure.
SYNTH_F1_FLOOR = {
    "documents": 0.99, "cited_documents": 0.99, "task_assignments": 0.99, "projects": 0.98,
    "appointments": 0.99, "parks": 0.97, "officials_mentioned": 0.97,
}


def test_synthetic_corpus_scores_per_section(corpus):
    from kg.evaluate import score

    paths, truth = corpus
    scores = score(truth, extract_paths(paths, resolve=False))
    low = {s: round(scores[s]["f1"], 3) for s, floor in SYNTH_F1_FLOOR.items() if scores[s]["f1"] < floor}
    assert not low, low
    assert all(scores[s]["gold"] > 0 for s in ("documents", "task_assignments", "projects", "appointments", "parks"))
