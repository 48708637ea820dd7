"""citations: 《title》（number） references, bare and order numbers, repeals, 发文目录 entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.citations import extract_citations
from kg.paths import SEEDS
from kg.read.ingest import read_text
from kg.read.segment import segment
from kg.read.sources import read_source

HEAD = "杭州市人民政府关于某事的通知\n\n杭政发〔2021〕9号\n\n各区人民政府：\n\n"
SIGN = "\n\n杭州市人民政府\n\n2021年5月6日\n"


def cites(body: str, head: str = HEAD):
    (doc,) = segment(read_text((head + body + SIGN).encode(), "c.txt"))
    return list(extract_citations(doc))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("落实《浙江省某行动方案（2021-2023年）》（浙政发〔2021〕31号）部署。",
         ("浙政发〔2021〕31号", "浙江省某行动方案（2021-2023年）", "year", "cites")),
        ("按照《杭州市某办法》(杭政办函[2020]12号)执行。",
         ("杭政办函〔2020〕12号", "杭州市某办法", "year", "cites")),
        ("根据浙政干〔2021〕60号文件批准：", ("浙政干〔2021〕60号", None, "year", "cites")),
        ("《杭州市某办法》（市政府令第188号）同时废止。", ("市政府令第188号", "杭州市某办法", "order", "repeals")),
        ("《关于某事的通知》（杭政发〔2016〕72号）予以废止。",
         ("杭政发〔2016〕72号", "关于某事的通知", "year", "repeals")),
        # 废止 inside the cited title is not a repeal
        ("依据《关于废止某规章的决定》（杭政发〔2019〕5号）办理。",
         ("杭政发〔2019〕5号", "关于废止某规章的决定", "year", "cites")),
    ],
)
def test_body_citation_forms(body, expected):
    (c,) = cites(body)
    assert (c.doc_number, c.title, c.number_style, c.relation) == expected
    assert (c.context, c.cited_by, c.doc_id) == ("body", "杭政发〔2021〕9号", "杭政发〔2021〕9号")
    assert c.evidence.quote in body and c.evidence.quote.endswith(("号", "号）", "号)"))


def test_title_broken_over_lines_is_joined():
    (c,) = cites("为贯彻落实《浙江省人民政府办公厅关于规范二级市场\n\n的实施意见》（浙政办发〔2020〕57号）精神。")
    assert c.title == "浙江省人民政府办公厅关于规范二级市场的实施意见"


def test_one_record_per_number_and_no_self_citation():
    records = cites("依据国办发〔2019〕34号。\n\n落实《国务院办公厅某意见》（国办发〔2019〕34号）。\n\n"
                    "本通知（杭政发〔2021〕9号）自印发之日起施行。")
    assert [(c.doc_number, c.title) for c in records] == [("国办发〔2019〕34号", "国务院办公厅某意见")]


def test_own_number_printed_traditional_is_no_citation():
    """瓊府辦函〔2018〕322號 heading its own file (tests/data/real/mixed26 hainan_sheng_xiandainongye_chanyeyuan_2018):
    the id keeps 號 as printed, the number read in the body says 号; the one cited 瓊府辦〔2015〕172號 stays."""
    path = Path(__file__).parent / "data/real/mixed26/hainan_sheng_xiandainongye_chanyeyuan_2018.txt"
    doc = segment(read_text(path.read_bytes(), path.name))[0]
    assert doc.doc_number == "瓊府辦函〔2018〕322號"
    assert [c.doc_number for c in extract_citations(doc)] == ["瓊府辦〔2015〕172号"]


def test_catalogue_entries_have_no_citing_document():
    text = ("市政府1月份发文目录\n\n- 甲政发〔2021〕1号 甲市人民政府关于甲的通知\n"
            "2. 甲市人民政府关于乙的批复（甲政发〔2021〕2号）\n- 政府令第3号 甲市某办法\n")
    (doc,) = segment(read_text(text.encode(), "g.txt"))
    assert doc.kind == "catalogue"
    records = list(extract_citations(doc))
    assert [(c.doc_number, c.title, c.number_style) for c in records] == [
        ("甲政发〔2021〕1号", "甲市人民政府关于甲的通知", "year"),
        ("甲政发〔2021〕2号", "甲市人民政府关于乙的批复", "year"),
        ("政府令第3号", "甲市某办法", "order"),
    ]
    assert {(c.context, c.cited_by) for c in records} == {("发文目录", None)}


def _seed_citations(prefix: str):
    text = read_source(next(SEEDS.glob(f"{prefix}_*.txt")))
    return [c for doc in segment(text) for c in extract_citations(doc)]


def test_seed_gazette_citations():
    records = _seed_citations("001")
    body = {(c.cited_by, c.doc_number): c for c in records if c.context == "body"}
    assert len(body) == 8
    assert body[("政府令第260号", "市政府令第188号")].relation == "repeals"
    assert body[("甬政发〔2021〕58号", "甬政发〔2016〕72号")].relation == "repeals"
    assert body[("甬政发〔2021〕58号", "宁波市人民政府令第141号")].number_style == "order"
    assert body[("甬政干〔2021〕28号", "浙政干〔2021〕60号")].title is None
    catalogue = [c for c in records if c.context == "发文目录"]
    assert len(catalogue) == 21 and catalogue[0].doc_number == "政府令第259号"
    original = read_source(next(SEEDS.glob("001_*.txt"))).original
    assert all(original[c.evidence.start:c.evidence.end] == c.evidence.quote for c in records)


def test_seed_news_citation_has_no_citing_number():
    (c,) = _seed_citations("000")
    assert (c.doc_number, c.cited_by, c.context) == ("甬政办发〔2020〕42号", None, "body")
