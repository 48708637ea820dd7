"""Documents identified by content (kg.read.identity): a copy of a document under another file
name, or the same document printed to PDF, is one document with two sources; no task is
doubled (T1~2) and no ranking counts it twice."""

from __future__ import annotations

import random
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pandas.testing import assert_frame_equal
from test_parity import _cases

from kg.gazetteer import nfkc
from kg.graph.graph import TABLE_SOURCE, build_graph
from kg.paths import SEEDS
from kg.pipeline import extract_paths
from kg.query.query import run_query
from kg.read.identity import content_id, normalise
from kg.read.ingest import read_text
from kg.read.segment import segment

PDFS = Path(__file__).parent / "data" / "formats" / "seeds_pdf"
PLAN = "001_7b9a746ae4c8e0db"


def labels(graph) -> Counter:
    return Counter(attrs["label"] for _, attrs in graph.nodes(data=True))


def assert_same_tables(graph, other) -> None:
    for name, params in _cases(graph):
        assert_frame_equal(run_query(name, params, backend="offline", graph=other),
                           run_query(name, params, backend="offline", graph=graph), obj=f"{name}({params})")


@pytest.mark.parametrize(("a", "b"), [
    ("第一条　为了规范管理，制定本办法。", "第一条 为了规范管理,制定本办法。"),  # full-width space and comma
    ("（牵头单位：市经信局）", "(牵头单位:市经信局)"),
    ("各区县（市）\n人民政府", "各区县（市）人民政府\u200b"),  # a line break, a zero-width space
    ("２０２１年３月", "2021年3月"),
])
def test_copies_that_differ_in_width_and_whitespace_normalise_alike(a, b):
    assert normalise(a) == normalise(b) and content_id(a) == content_id(b)


def normalise_plainly(text: str) -> str:
    """normalise as it was: NFKC of the whole text, then every run of whitespace and zero-width removed."""
    return re.sub(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]+", "", unicodedata.normalize("NFKC", text))


def test_normalise_equals_the_plain_form_on_real_text_and_every_character():
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for d in ("tests/data/real", "tests/data/shared/realdev2", "seeds")
             for p in sorted((root / d).rglob("*.txt"))]
    assert sum(not unicodedata.is_normalized("NFKC", t) for t in texts) >= 10  # the fold is exercised
    for text in texts:
        assert normalise(text) == normalise_plainly(text)
        assert nfkc(text) == unicodedata.normalize("NFKC", text)
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert normalise(every) == normalise_plainly(every)
    assert nfkc(every) == unicodedata.normalize("NFKC", every)
    rng = random.Random(3)
    tricky = "Ａａ１，（）\u3000\xa0 \n\u200b\u0301\u0308\u3099ｶﾞ가\u1161\u11a8ﾟｱe\u2460①⑴Ⅳ…﹒"
    for _ in range(3000):
        text = "".join(rng.choice(tricky) for _ in range(rng.randint(1, 12)))
        assert normalise(text) == normalise_plainly(text), text
        assert nfkc(text) == unicodedata.normalize("NFKC", text), text


def test_different_words_are_different_documents():
    assert content_id("做好甲工作。") != content_id("做好乙工作。")


def test_a_document_without_a_number_is_named_by_its_content_not_its_file():
    text = "市政府1月份记事\n\n1日 市长王五出席会议。\n"
    (a,), (b,) = segment(read_text(text.encode(), "a.txt")), segment(read_text(text.encode(), "b.txt"))
    assert a.doc_number is None and a.id == b.id == content_id(a.body) and a.source != b.source


@pytest.fixture(scope="module")
def seeds_graph():
    return build_graph(extract_paths([SEEDS]))


def test_every_seed_saved_twice_gives_the_same_graph_and_rankings(tmp_path, seeds_graph):
    """Each seed file also under a second name: one node per document, task, project, … and
    every named query as on the seeds; each Document names both files."""
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
        shutil.copy(path, tmp_path / f"copy of {path.name}")
    doubled = build_graph(extract_paths([tmp_path]))
    assert labels(doubled) == labels(seeds_graph)
    assert sorted(doubled.nodes) == sorted(seeds_graph.nodes)
    assert not [n for n in doubled if n.startswith(("Task:", "Project:")) and "~" in n]
    with_sources = [a for _, a in doubled.nodes(data=True) if a["label"] == "Document" and a.get("sources")]
    assert with_sources and all(a["sources"] == [a["source"], f"copy of {a['source']}"] for a in with_sources)
    # every relationship read from a document is there once per copy: each copy's evidence is
    # its own (the division table's and the reform table's edges are no document's: once)
    tables = ("gazetteer", TABLE_SOURCE)
    types = Counter(a["type"] for *_, a in seeds_graph.edges(data=True) if a["source"] not in tables)
    assert Counter(a["type"] for *_, a in doubled.edges(data=True) if a["source"] not in tables) == Counter(
        {t: 2 * n for t, n in types.items()})
    assert_same_tables(seeds_graph, doubled)
    leads = run_query("leads_most_tasks", {"limit": 1}, backend="offline", graph=doubled)
    assert leads.iloc[0]["tasks"] == run_query("leads_most_tasks", {"limit": 1}, backend="offline",
                                               graph=seeds_graph).iloc[0]["tasks"]


@pytest.mark.parametrize("stem", sorted(p.stem for p in PDFS.glob("*.pdf")))
def test_a_document_as_text_and_as_pdf_is_one_document(stem):
    """The seed as .txt and as the PDF Chromium printed of it: the same nodes (numbered and
    unnumbered documents, tasks, projects) read alone or together."""
    text = build_graph(extract_paths([SEEDS / f"{stem}.txt"]))
    pdf = build_graph(extract_paths([PDFS / f"{stem}.pdf"]))
    both = build_graph(extract_paths([SEEDS / f"{stem}.txt", PDFS / f"{stem}.pdf"]))
    assert sorted(text.nodes) == sorted(pdf.nodes) == sorted(both.nodes)
    assert_same_tables(text, both)


def test_per_file_graphs_name_the_nodes_of_the_combined_graph(tmp_path):
    """Identity does not depend on which files are read together: the nodes of each file's
    graph, united, are the nodes of the graph of both."""
    plan = SEEDS / f"{PLAN}.txt"
    shutil.copy(plan, tmp_path / "again.txt")
    alone = [build_graph(extract_paths([p])) for p in (plan, tmp_path / "again.txt")]
    both = build_graph(extract_paths([plan, tmp_path / "again.txt"]))
    assert set(alone[0].nodes) | set(alone[1].nodes) == set(both.nodes) == set(alone[0].nodes)
