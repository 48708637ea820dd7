"""Parks named as a circular-economy zone (循环经济试验区) and described by their rank or batch (是国家首批…), on real
sentences from a gold batch's file and a stored public page, through the public pipeline (mixed28's first-run misses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_document
from kg.read.ingest import read_text
from kg.read.segment import segment
from kg.records import Park

REAL = Path(__file__).parent / "data" / "real"


def _parks(text: str) -> list[str]:
    out = []
    for doc in segment(read_text(("摘录\n" + text).encode("utf-8"), "excerpt.txt")):
        for r in extract_document(doc):
            if isinstance(r, Park):
                assert doc.text.original[r.evidence.start : r.evidence.end] == r.evidence.quote
                out.append(r.name)
    return out


@pytest.mark.parametrize(("text", "names"), [
    pytest.param((REAL / "mixed28/qinghai_chaidamu_kaifugong_2022.txt").read_text(encoding="utf-8"), ["柴达木循环经济试验区"],
                 id="qinghai-2022-shi-guojia-shoupi"),
    # http://qinghai.chinagdp.org/zsyz/201508/153.html
    pytest.param("2005年、2007年,柴达木循环经济试验区、西宁经济技术开发区先后被六部委确定为国家循环经济示范试点园区。经过多年的发展,"
                 "两个园区产业布局趋于合理,基础设施不断完善。", ["柴达木循环经济试验区", "西宁经济技术开发区"], id="qinghai-2015-list"),
])
def test_circular_economy_zone(text, names):
    assert _parks(text) == names
