"""Units named in news items and chronicles (spaCy rulers), never in official documents."""

from __future__ import annotations

import pytest

from kg.extract.unit_mentions import extract_unit_mentions
from kg.paths import SEEDS
from kg.read.segment import as_one_document, segment
from kg.read.sources import read_source
from kg.records import Document, UnitMention


def make_doc(text: str, kind: str) -> Document:
    return as_one_document(text, kind=kind)


NEWS = "宁波市政府与大连理工大学签约。大连理工大学校长表示，将与温州市文化广电旅游局合作。"


@pytest.mark.parametrize("kind", ["news", "chronicle", "catalogue"])
def test_articles_give_one_mention_per_name_at_its_first_place(kind: str) -> None:
    mentions = list(extract_unit_mentions(make_doc(NEWS, kind)))
    assert [(m.name, m.label) for m in mentions] == [
        ("宁波市政府", "ORG"), ("大连理工大学", "ORG"), ("温州市文化广电旅游局", "ORG")]
    assert all(isinstance(m, UnitMention) and m.doc_id == "t.txt#1" for m in mentions)
    first = mentions[1].evidence
    assert (first.start, first.end, first.quote) == (NEWS.index("大连理工大学"), NEWS.index("大连理工大学") + 6, "大连理工大学")


@pytest.mark.parametrize("kind", ["notice", "regulation", "opinion", "plan", "personnel", "excerpt"])
def test_official_documents_are_left_to_the_regex_extractors(kind: str) -> None:
    assert list(extract_unit_mentions(make_doc(NEWS, kind))) == []


def test_seed_news_evidence_is_the_source_slice() -> None:
    text = read_source(SEEDS / "000_5295d54868db1a04.txt")
    mentions = [m for doc in segment(text) for m in extract_unit_mentions(doc)]
    by_name = {m.name: m for m in mentions}
    assert {"宁波市政府", "大连理工大学", "哈尔滨工业大学"} <= set(by_name)
    for m in mentions:
        assert text.original[m.evidence.start:m.evidence.end] == m.evidence.quote
        assert "".join(m.evidence.quote.split()) == m.name
    assert len({(m.doc_id, m.name) for m in mentions}) == len(mentions)


def test_no_mentions_from_official_seed_documents(seed_docs) -> None:
    for doc in seed_docs:
        if not doc.is_article:
            assert list(extract_unit_mentions(doc)) == []


def test_resolve_keeps_readable_mentions_and_graph_links_them() -> None:
    from kg.graph.graph import build_graph
    from kg.records import empty_facts, to_dict
    from kg.resolve.resolve import resolve_facts

    doc = make_doc("宁波市政府与大连理工大学签约，浙江创新中心参与。", "news")
    facts = empty_facts()
    facts["articles"].append(to_dict(doc))
    facts["unit_mentions"] = [to_dict(m) for m in extract_unit_mentions(doc)]
    assert "浙江创新中心" in {m["name"] for m in facts["unit_mentions"]}
    out = resolve_facts(facts, default_region="宁波市")
    kept = {m["name"]: m["resolved"] for m in out["unit_mentions"]}
    assert "浙江创新中心" not in kept  # no table or rule reads it: not a Unit
    assert kept["宁波市政府"] == {"宁波市政府": "宁波市人民政府"}
    graph = build_graph(out)
    targets = {graph.nodes[v].get("name") for u, v, d in graph.edges(data=True)
               if d["type"] == "MENTIONS" and graph.nodes[u]["label"] == "Document"
               and graph.nodes[v]["label"] == "Unit"}
    assert targets == {"宁波市人民政府", "大连理工大学"}
