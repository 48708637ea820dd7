"""Personnel notices: appointments and removals per person, action and post."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.extract.personnel import extract_appointments, split_post
from kg.ingest import read_source
from kg.paths import SEEDS
from kg.segment import as_one_document as make_doc


def rows(text: str) -> list[tuple]:
    return [(a.person, a.action, a.organization, a.position, a.concurrent, a.probation, a.note)
            for a in extract_appointments(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ningbo wording
        ("经市政府研究同意：\n杨再达任宁波城建投资控股有限公司副总经理。\n",
         [("杨再达", "appoint", "宁波城建投资控股有限公司", "副总经理", False, False, None)]),
        ("免去胡颖磊的宁波市文化旅游投资集团有限公司副总经理职务。",
         [("胡颖磊", "remove", "宁波市文化旅游投资集团有限公司", "副总经理", False, False, None)]),
        ("王顺大任宁波市公安局督察长（兼）；",
         [("王顺大", "appoint", "宁波市公安局", "督察长", True, False, None)]),
        ("屠炯任宁波市经济和信息化局副局长（试用期一年）；",
         [("屠炯", "appoint", "宁波市经济和信息化局", "副局长", False, True, None)]),
        ("孙黎明、袁朝晖任宁波前湾新区管理委员会副主任（兼），免去其宁波杭州湾新区开发建设管理委员会副主任职务；",
         [("孙黎明", "appoint", "宁波前湾新区管理委员会", "副主任", True, False, None),
          ("袁朝晖", "appoint", "宁波前湾新区管理委员会", "副主任", True, False, None),
          ("孙黎明", "remove", "宁波杭州湾新区开发建设管理委员会", "副主任", False, False, None),
          ("袁朝晖", "remove", "宁波杭州湾新区开发建设管理委员会", "副主任", False, False, None)]),
        ("刘黎勇任宁波经济技术开发区管理委员会副主任（副局长级）；",
         [("刘黎勇", "appoint", "宁波经济技术开发区管理委员会", "副主任", False, False, "副局长级")]),
        # parentheses inside the unit's name stay in the unit; a line break after a comma continues
        ("王洪平任宁波高新技术产业开发区管理委员会副主任，\n\n免去其宁波国家高新技术产业开发区（新材料科技城）管理委员会副主任职务；",
         [("王洪平", "appoint", "宁波高新技术产业开发区管理委员会", "副主任", False, False, None),
          ("王洪平", "remove", "宁波国家高新技术产业开发区（新材料科技城）管理委员会", "副主任", False, False, None)]),
        ("免去李建华、杜未浩的宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会副主任职务；",
         [("李建华", "remove", "宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会", "副主任",
           False, False, None),
          ("杜未浩", "remove", "宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会", "副主任",
           False, False, None)]),
        # a 免去： header above a list of 姓名的…职务
        ("市政府研究决定：\n\n徐挺任宁波市供销合作社联合社理事会主任；\n\n免去：\n\n李斌的宁波市供销合作社联合社理事会主任职务。",
         [("徐挺", "appoint", "宁波市供销合作社联合社", "理事会主任", False, False, None),
          ("李斌", "remove", "宁波市供销合作社联合社", "理事会主任", False, False, None)]),
        # other cities' wording
        ("任命张三为市发改委主任。", [("张三", "appoint", "市发改委", "主任", False, False, None)]),
        ("免去李四的市财政局局长职务。", [("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("免去李四市财政局局长职务。", [("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("免去张三的宁波职业技术学院院长职务。", [("张三", "remove", "宁波职业技术学院", "院长", False, False, None)]),
        ("决定：王五任市教育局局长；免去赵六的市教育局副局长职务。",
         [("王五", "appoint", "市教育局", "局长", False, False, None),
          ("赵六", "remove", "市教育局", "副局长", False, False, None)]),
        ("决定:王五任市教育局局长;免去赵六同志的市教育局副局长职务.",
         [("王五", "appoint", "市教育局", "局长", False, False, None),
          ("赵六", "remove", "市教育局", "副局长", False, False, None)]),
        ("张小明同志任杭州市人民政府副秘书长、市政府办公厅主任。",
         [("张小明", "appoint", "杭州市人民政府", "副秘书长", False, False, None),
          ("张小明", "appoint", "市政府办公厅", "主任", False, False, None)]),
        ("陈大伟任温州市财政局局长、党组书记，免去其温州市审计局局长职务。",
         [("陈大伟", "appoint", "温州市财政局", "局长", False, False, None),
          ("陈大伟", "appoint", "温州市财政局", "党组书记", False, False, None),
          ("陈大伟", "remove", "温州市审计局", "局长", False, False, None)]),
        ("孙丽任衢州市文化广电旅游局副局长，试用期一年，免去其衢州市图书馆馆长职务。",
         [("孙丽", "appoint", "衢州市文化广电旅游局", "副局长", False, True, None),
          ("孙丽", "remove", "衢州市图书馆", "馆长", False, False, None)]),
        ("刘洋兼任嘉兴市政府副秘书长。", [("刘洋", "appoint", "嘉兴市政府", "副秘书长", True, False, None)]),
        ("周明不再担任湖州市科技局副局长职务。", [("周明", "remove", "湖州市科技局", "副局长", False, False, None)]),
        ("决定任命：\n黄河为绍兴市商务局局长（试用期一年）；\n林海为绍兴市商务局副局长。",
         [("黄河", "appoint", "绍兴市商务局", "局长", False, True, None),
          ("林海", "appoint", "绍兴市商务局", "副局长", False, False, None)]),
        ("聘任吴涛为台州市人民政府参事。", [("吴涛", "appoint", "台州市人民政府", "参事", False, False, None)]),
        ("一、张三任市发改委主任；\n二、免去李四的市财政局局长职务。",
         [("张三", "appoint", "市发改委", "主任", False, False, None),
          ("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("任命：\n1.王五为市商务局局长；\n2.赵六为市商务局副局长。\n免去：\n（1）钱七的市商务局局长职务。",
         [("王五", "appoint", "市商务局", "局长", False, False, None),
          ("赵六", "appoint", "市商务局", "副局长", False, False, None),
          ("钱七", "remove", "市商务局", "局长", False, False, None)]),
        # remove records never inherit 兼
        ("郑强任丽水市发展和改革委员会副主任（兼），免去其丽水市经济和信息化局副局长（兼）职务。",
         [("郑强", "appoint", "丽水市发展和改革委员会", "副主任", True, False, None),
          ("郑强", "remove", "丽水市经济和信息化局", "副局长", False, False, None)]),
    ],
)
def test_wordings(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "宁波市人民政府关于徐挺、李斌职务任免的通知",
        "主要任务：推进制造业高质量发展。",
        "各地要落实主体责任，任务分解到人。",
        "重点任务清单任何单位不得擅自调整。",
        "请按规定程序办理任职手续。",
        "市长裘东耀到会提请有关任免议案，并作说明。",
        "（三）王五为市商务局局长。",
        "本办法所称负责人，是指市政府办公厅负责人。",
    ],
)
def test_no_false_decisions(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("宁波市公安局督察长", ("宁波市公安局", "督察长")),
        ("宁波市供销合作社联合社理事会主任", ("宁波市供销合作社联合社", "理事会主任")),
        ("宁波工业投资集团有限公司二级资深经理", ("宁波工业投资集团有限公司", "二级资深经理")),
        ("宁波市人民政府副秘书长", ("宁波市人民政府", "副秘书长")),
        ("宁兴（集团）有限公司董事", ("宁兴（集团）有限公司", "董事")),
        ("党组书记", (None, "党组书记")),
        ("市政府办公厅负责人", (None, "市政府办公厅负责人")),
    ],
)
def test_split_post(post: str, expected: tuple) -> None:
    assert split_post(post) == expected


def test_date_and_number_come_from_the_document() -> None:
    doc = make_doc("免去李四的市财政局局长职务。", doc_number="杭政干〔2022〕3号", date="2022-01-05")
    (rec,) = extract_appointments(doc)
    assert (rec.doc_number, rec.date, rec.doc_id) == ("杭政干〔2022〕3号", "2022-01-05", "t.txt#1")


@pytest.fixture(scope="module")
def seed_records(seed_docs) -> list:
    return [record for doc in seed_docs for record in extract_appointments(doc)]


def test_seed_counts(seed_records: list) -> None:
    assert Counter(r.action for r in seed_records) == {"appoint": 49, "remove": 52}
    by_number = Counter(r.doc_number for r in seed_records)
    assert by_number["甬政干〔2021〕35号"] == 84
    assert {r.source for r in seed_records} == {"001_7b9a746ae4c8e0db.txt"}
    assert sum(r.concurrent for r in seed_records) == 6
    assert sum(r.probation for r in seed_records) == 6


def test_seed_evidence_is_the_source_slice(seed_records: list) -> None:
    originals = {p.name: read_source(p).original for p in SEEDS.glob("*.txt")}
    for rec in seed_records:
        ev = rec.evidence
        assert originals[ev.source][ev.start : ev.end] == ev.quote
        assert rec.person in ev.quote and rec.position in ev.quote
