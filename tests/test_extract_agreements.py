"""Agreements between parties: signings, ceremonies, past signings and joint releases."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.paths import SEEDS
from kg.read.segment import as_one_document as make_doc
from kg.read.sources import read_source


def rows(text: str, **fields) -> list[tuple]:
    return [(a.parties, a.date, a.subject, a.agreement_title, a.kind)
            for a in extract_agreements(make_doc(text, **fields))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9月18日下午，宁波市政府与大连理工大学举行了共建中德合作大学签约仪式。此次签署的《共建中德合作大学框架协议》把合作推上新台阶。",
         [(("宁波市政府", "大连理工大学"), "09-18", "共建中德合作大学", "共建中德合作大学框架协议", "signing")]),
        ("自2018年6月宁波与大连理工大学签署战略合作协议以来，各领域合作扎实推进。",
         [(("宁波", "大连理工大学"), "2018-06", "战略合作", "战略合作协议", "signing (past)")]),
        ("9月18日上午，宁波与哈尔滨工业大学签署全方位战略合作协议。",
         [(("宁波", "哈尔滨工业大学"), "09-18", "全方位战略合作", "全方位战略合作协议", "signing")]),
        ("9月18日，国际会展中心4号馆举行了长三角一体化合作签约仪式，宁波同合肥、上海静安的人社社保部门签订深化一体化合作框架协议。",
         [(("宁波人社社保部门", "合肥人社社保部门", "上海静安人社社保部门"), "09-18", "深化一体化合作",
           "深化一体化合作框架协议", "signing")]),
        ("近日,浙江省委人才办与宁波市委、舟山市委联合发布《推进甬舟人才一体化发展行动方案(2020-2025)》。",
         [(("浙江省委人才办", "宁波市委", "舟山市委"), None, "推进甬舟人才一体化发展",
           "推进甬舟人才一体化发展行动方案(2020-2025)", "joint release (not a signing)")]),
        # other cities, other wording
        ("2021年3月5日，杭州市人民政府与阿里巴巴集团在杭州签署《数字经济战略合作框架协议》。",
         [(("杭州市人民政府", "阿里巴巴集团"), "2021-03-05", "数字经济战略合作", "数字经济战略合作框架协议", "signing")]),
        ("温州市和中国银行浙江省分行就金融服务签订战略合作协议。",
         [(("温州市", "中国银行浙江省分行"), None, "战略合作", "战略合作协议", "signing")]),
        ("市长出席并见证嘉兴市政府与上海交通大学签署合作备忘录。",
         [(("嘉兴市政府", "上海交通大学"), None, "合作", "合作备忘录", "signing")]),
        ("宁波市经济和信息化局与舟山市人力资源和社会保障局签署人才合作协议。",
         [(("宁波市经济和信息化局", "舟山市人力资源和社会保障局"), None, "人才合作", "人才合作协议", "signing")]),
        ("深圳市人民政府和华为技术有限公司正式签约。",
         [(("深圳市人民政府", "华为技术有限公司"), None, None, None, "signing")]),
    ],
)
def test_wordings(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_bare_day_in_a_monthly_chronicle() -> None:
    text = "29日 宁波市人民政府与虞仁荣教育基金会签署合作办学协议。"
    assert rows(text, kind="chronicle", title="市政府12月份记事") == [
        (("宁波市人民政府", "虞仁荣教育基金会"), "12-29", "合作办学", "合作办学协议", "signing")]


@pytest.mark.parametrize(
    "text",
    [
        "规范养老机构与医疗卫生机构签约合作，提高服务能力。",
        "交易双方达成一致后签订合同，依法申报交易价格。",
        "宁波、舟山联合发布《推进甬舟人才一体化发展行动方案》。",
        "大连理工大学与德国亚琛工业大学开展合作。",
        "双方签署了战略合作协议。",
        "国际会展中心4号馆举行了长三角地区人力资源和社会保障一体化合作签约仪式。",
    ],
)
def test_no_false_agreements(text: str) -> None:
    assert rows(text) == []


def test_evidence_and_surface() -> None:
    (rec,) = extract_agreements(make_doc("会上，宁波同合肥、上海静安的人社社保部门签订合作框架协议。"))
    assert rec.parties_surface == "宁波同合肥、上海静安的人社社保部门"
    assert rec.evidence.quote == "会上，宁波同合肥、上海静安的人社社保部门签订合作框架协议"


@pytest.fixture(scope="module")
def seed_records(seed_docs) -> list:
    return [record for doc in seed_docs for record in extract_agreements(doc)]


def test_seed_agreements(seed_records: list) -> None:
    by_source = {(r.source[:3], r.parties) for r in seed_records}
    assert ("000", ("宁波市政府", "大连理工大学")) in by_source
    assert ("002", ("浙江省委人才办", "宁波市委", "舟山市委")) in by_source
    assert len([r for r in seed_records if r.source.startswith("000")]) == 4
    assert not [r for r in seed_records if r.source.startswith(("003", "004"))]


def test_seed_evidence_is_the_source_slice(seed_records: list) -> None:
    originals = {p.name: read_source(p).original for p in SEEDS.glob("*.txt")}
    assert seed_records
    for rec in seed_records:
        ev = rec.evidence
        assert originals[ev.source][ev.start : ev.end] == ev.quote
        assert all(p[:2] in ev.quote for p in rec.parties)
