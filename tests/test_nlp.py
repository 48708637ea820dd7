"""The spaCy layer: entity rulers built from kg/data, char tokens with exact offsets."""

from __future__ import annotations

import pytest

from kg.nlp import annotate, build_pipeline, known_unit_names, make_doc, region_names
from kg.paths import SEEDS


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in annotate(text).ents]


def test_pipeline_is_built_once_with_char_segmenter() -> None:
    nlp = build_pipeline()
    assert build_pipeline() is nlp
    assert nlp.pipe_names == ["places", "units", "titles"]
    assert nlp.tokenizer.segmenter == "char"


def test_patterns_come_from_the_data_tables() -> None:
    names = set(known_unit_names())
    assert {"宁波舟山港集团", "宁波舟山港集团有限公司", "市经信局", "区发改局", "市政府"} <= names
    assert {"宁波市", "宁波", "温州市", "哈尔滨"} <= set(region_names())


@pytest.mark.parametrize("text", ["宁波市政府与大连理工大学", "2021 年 ,\u3000宁波\n市"])
def test_one_token_per_character_with_exact_offsets(text: str) -> None:
    doc = make_doc(text)
    assert doc.text == text
    assert [t.idx for t in doc] == list(range(len(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # region + body, unknown to the tables (token pattern)
        ("温州市文化广电旅游局副局长张三出席", [("温州市文化广电旅游局", "ORG"), ("副局长", "TITLE")]),
        # the partner word 与 ends a name; a unit wins over the place inside it
        ("9月18日下午，宁波市政府与大连理工大学举行", [("宁波市政府", "ORG"), ("大连理工大学", "ORG")]),
        # level character + abbreviation (phrase patterns from abbreviations.csv)
        ("市经信局、市发改委和宁波市科技局局长", [("市经信局", "ORG"), ("市发改委", "ORG"),
                                       ("宁波市科技局", "ORG"), ("局长", "TITLE")]),
        ("宁波市人民政府办公厅主办的", [("宁波市人民政府办公厅", "ORG")]),
        ("中国科学院院士", [("中国科学院", "ORG")]),
        # a place followed by ordinary words is a place, not a unit
        ("宁波市召开大会", [("宁波市", "GPE")]),
        ("宁波片区下放部分权限", [("宁波", "GPE")]),
        # half-width punctuation and a curated company alias
        ("宁波舟山港集团,哈尔滨工业大学", [("宁波舟山港集团", "ORG"), ("哈尔滨工业大学", "ORG")]),
    ],
)
def test_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == expected


def test_titles_can_be_left_out() -> None:
    assert [e.label_ for e in annotate("宁波市科技局局长", titles=False).ents] == ["ORG"]


def test_seed_news_units() -> None:
    text = (SEEDS / "000_5295d54868db1a04.txt").read_text(encoding="utf-8")
    found = {e.text for e in annotate(text).ents if e.label_ == "ORG"}
    assert {"宁波市政府", "大连理工大学", "哈尔滨工业大学"} <= found
