"""kg.records: the typed records, their evidence and their one JSON form."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kg.read.ingest import read_text
from kg.read.segment import segment
from kg.records import (
    SECTION_OF,
    SECTIONS,
    Appointment,
    Document,
    Evidence,
    Park,
    empty_facts,
    to_dict,
)

# seeds/001: a notice's head and one task, the line break of an OCR'd page kept
NOTICE = ("宁波市人民政府关于印发宁波市产业基础再造工程实施方案的通知\n甬政发〔2021〕59号\n"
          "各区县（市）人民政府：\n加强“卡脖子”技术攻关。（牵头单位：市科\n技局）\n宁波市人民政府\n2021年12月23日\n")


@pytest.fixture(scope="module")
def document() -> Document:
    (doc,) = segment(read_text(NOTICE.encode("utf-8"), "notice.txt"))
    return doc


def test_evidence_points_into_the_original_text(document):
    body = document.body
    start = body.index("市科")
    end = body.index("技局") + 2
    ev = document.evidence_for(start, end)
    assert ev.source == "notice.txt"
    assert NOTICE[ev.start:ev.end] == ev.quote == "市科\n技局"  # the original, line break and all
    assert body[start:end] == "市科技局"  # the clean text the extractors read


def test_a_numbered_notice_is_official_and_its_number_is_its_id(document):
    assert document.doc_number == "甬政发〔2021〕59号" and document.number_id == document.id
    assert document.is_official and not document.is_article


def test_records_are_frozen(document):
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.title = "x"  # type: ignore[misc]


def test_to_dict_is_the_json_form():
    ev = Evidence("a.txt", 3, 9, "宁波软件园")
    park = Park("a.txt", "D1", None, "宁波软件园", "宁波市", None, ("软件", "信息服务"), "软件、信息服务", ev)
    out = to_dict(park)
    assert out["industries"] == ["软件", "信息服务"]  # tuples become lists
    assert out["evidence"] == {"source": "a.txt", "start": 3, "end": 9, "quote": "宁波软件园"}
    assert list(out) == [f.name for f in dataclasses.fields(Park)]
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out


def test_a_documents_json_form_leaves_its_text_out(document):
    out = to_dict(document)
    assert "text" not in out and out["doc_number"] == "甬政发〔2021〕59号"
    json.dumps(out, ensure_ascii=False)


def test_every_record_type_has_a_section_of_the_facts_file():
    assert set(SECTION_OF.values()) <= set(SECTIONS)
    assert SECTION_OF[Appointment] == "appointments"
    assert len(set(SECTION_OF.values())) == len(SECTION_OF)  # one section per type
    facts = empty_facts()
    assert list(facts) == list(SECTIONS) and all(v == [] for v in facts.values())
    facts["parks"].append({})
    assert empty_facts()["parks"] == []  # a new dict each time
