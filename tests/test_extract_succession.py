"""kg.extract.succession on real government text: 机构改革方案 and reports of them.

Each text is a passage as published (the address it was read at is given); the
expected pairs were read by hand.
"""

from __future__ import annotations

import pytest

from kg.extract.succession import extract_successions
from kg.read.segment import as_one_document

# 《沈阳市政府机构改革方案》 as reported on 2009-09-22 (chinanews.com.cn/gn/news/2009/09-22/1879240.shtml)
SHENYANG = (
    "组建市人力资源和社会保障局。将市人事局、市劳动和社会保障局的职责，整合划入市人力资源和社会保障局。"
    "不再保留市人事局、市劳动和社会保障局。市人力资源和社会保障局挂市公务员局和市外国专家局牌子。"
)
SHENYANG_RENAME = (
    "将市动物卫生监督管理局由市政府工作部门调整为市农村经济委员会管理的部门管理机构，并更名为市畜牧兽医局，"
    "保留市动物卫生监督管理局牌子。"
)
SHENYANG_ECONOMY = (
    "组建市经济和信息化委员会。将市经济委员会、市信息产业局的职责，整合划入市经济和信息化委员会，"
    "不再保留市经济委员会、市信息产业局。"
)
# 南京市级机构改革方案 as reported on 2015-10-25 (nanjing.baogaosu.com, 扬子晚报)
NANJING = (
    "整合市园林局、市林业局，组建市绿化园林局（挂市林业局牌子）。\n"
    "整合市商务局、市投资促进委员会，组建市商务局。\n"
    "市住房和城乡建设委员会更名为市城乡建设委员会。\n"
    "市市级机关事务管理局更名为市机关事务管理局；\n"
    "在市文化广电新闻出版局挂牌的市文物局更名为市文化遗产管理局。"
)
# 《镇江市机构改革方案》 as reported on 2019-01-31 (镇江市自然资源和规划局成立)
ZHENJIANG = (
    "根据《镇江市机构改革方案》，不再保留市国土资源局、规划局，将市发改委组织编制主体功能区规划职责、"
    "市水利局水资源调查和确权登记管理职责划转，组建市自然资源和规划局，作为市政府工作部门，对外保留市林业局牌子。"
)
# 白城市自然资源局挂牌 (白城日报, 2019-02-25)
BAICHENG = (
    "据了解，新组建的市自然资源局将市国土资源局的职责，以及市发改委的组织编制并实施主体功能区规划职责整合，"
    "组建市自然资源局，作为市政府工作部门。市辖区自然资源部门对应市自然资源局相应划转职责，作为市自然资源局的派出机构。"
    "不再保留市国土资源局。"
)
# 成都商报 on the county reforms of 2015 (yybnet.net/chengdu/pixian/201504/4676060.html)
CHENGDU = "诸多区(市)县已经启动或即将启动机构改革，将原有的工商局、质监局、食药监局撤销，组建市场监督管理局。"
# a city's 2019 reform of party bodies (外事, 统战, 金融) as reported on its site
UNITED_FRONT = (
    "将市民族宗教事务局并入市委统一战线工作部，将市外事侨务局（市港澳事务局）的侨务、港澳事务管理职责划入"
    "市委统一战线工作部，对外加挂市民族宗教事务局、市港澳事务局、市侨务局牌子。"
    "市政府金融工作局更名为市金融工作局，由在市政府办公室挂牌调整为市政府工作部门。"
)


@pytest.mark.parametrize(("text", "expected"), [
    (SHENYANG, [("市人事局", "市人力资源和社会保障局", "merge", "不再保留"),
                ("市劳动和社会保障局", "市人力资源和社会保障局", "merge", "不再保留")]),
    (SHENYANG_RENAME, [("市动物卫生监督管理局", "市畜牧兽医局", "rename", "更名为")]),
    (SHENYANG_ECONOMY, [("市经济委员会", "市经济和信息化委员会", "merge", "不再保留"),
                        ("市信息产业局", "市经济和信息化委员会", "merge", "不再保留")]),
    (NANJING, [("市园林局", "市绿化园林局", "merge", "整合"), ("市林业局", "市绿化园林局", "merge", "整合"),
               ("市投资促进委员会", "市商务局", "merge", "整合"),  # 市商务局 → 市商务局 is no succession
               ("市住房和城乡建设委员会", "市城乡建设委员会", "rename", "更名为"),
               ("市市级机关事务管理局", "市机关事务管理局", "rename", "更名为"),
               ("市文物局", "市文化遗产管理局", "rename", "更名为")]),
    (ZHENJIANG, [("市国土资源局", "市自然资源和规划局", "merge", "不再保留"),
                 ("规划局", "市自然资源和规划局", "merge", "不再保留")]),
    (BAICHENG, [("市国土资源局", "市自然资源局", "merge", "不再保留")]),
    (UNITED_FRONT, [("市民族宗教事务局", "市委统一战线工作部", "merge", "并入"),
                    ("市政府金融工作局", "市金融工作局", "rename", "更名为")]),
    (CHENGDU, [("工商局", "市场监督管理局", "merge", "撤销"), ("质监局", "市场监督管理局", "merge", "撤销"),
               ("食药监局", "市场监督管理局", "merge", "撤销")]),
], ids=["shenyang", "shenyang-rename", "shenyang-economy", "nanjing", "zhenjiang", "baicheng", "united-front",
        "chengdu"])
def test_real_reform_statements(text, expected):
    doc = as_one_document(text, "reform.txt")
    got = list(extract_successions(doc))
    assert [(r.predecessor, r.successor, r.kind, r.statement) for r in got] == expected
    for r in got:  # offsets are sacred, and the evidence names both bodies
        assert r.evidence.quote == text[r.evidence.start:r.evidence.end]
        assert r.predecessor in r.evidence.quote and r.successor in r.evidence.quote
        assert r.doc_id == doc.id and r.source == "reform.txt"


@pytest.mark.parametrize("text", [
    # seeds/000 and seeds/001: 组建 of teams, task forces and alliances, nothing abolished
    "依托大连理工大学与德方大学布局学科方向，组建团队、建设实验室和中德联合研究中心。",
    "组建工作专班，建立完善推进产业基础高级化工作体系，协调推进重大事项。",
    "支持优势企业、产业技术研究院牵头组建共性技术研发平台或联盟，合力攻关跨行业共性技术。",
    # a body's functions move, the body goes on (国务院机构改革方案, 2018)
    "将国家质量监督检验检疫总局的出入境检验检疫管理职责和队伍划入海关总署。",
    "国家认证认可监督管理委员会、国家标准化管理委员会职责划入国家市场监督管理总局，对外保留牌子。",
    # abolished with nothing set up in the paragraph: no successor to name
    "不再保留市外事侨务局。",
    # a road or an area renamed is not a unit
    "将解放路更名为中山路。",
])
def test_no_succession_without_a_successor_body(text):
    assert list(extract_successions(as_one_document(text, "t.txt"))) == []


def test_split_when_one_body_gives_way_to_two():
    text = "撤销市文化广电新闻出版局，组建市文化和旅游局、市广播电视局。"
    got = [(r.predecessor, r.successor, r.kind) for r in extract_successions(as_one_document(text, "t.txt"))]
    assert got == [("市文化广电新闻出版局", "市文化和旅游局", "split"), ("市文化广电新闻出版局", "市广播电视局", "split")]


def test_abolished_at_the_same_time():
    # the form of a notice setting up a body in place of another (同时撤销)
    text = "设立宁波前湾新区管理委员会，同时撤销宁波杭州湾新区开发建设管理委员会。"
    got = [(r.predecessor, r.successor, r.kind, r.statement)
           for r in extract_successions(as_one_document(text, "t.txt"))]
    assert got == [("宁波杭州湾新区开发建设管理委员会", "宁波前湾新区管理委员会", "merge", "撤销")]


def test_date_is_the_documents():
    text = "宁波市人民政府关于调整部分工作机构的通知\n\n甬政发〔2019〕3号\n\n将宁波市经济和信息化委员会更名为宁波市经济和信息化局。\n\n宁波市人民政府\n2019年1月8日\n"
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    docs = segment(read_text(text.encode(), "n.txt"))
    got = [r for d in docs for r in extract_successions(d)]
    assert [(r.predecessor, r.successor, r.date) for r in got] == [
        ("宁波市经济和信息化委员会", "宁波市经济和信息化局", docs[0].date)]
    assert got[0].date is not None


@pytest.mark.xfail(strict=True, reason="不再保留 in a paragraph of its own (the national plan: 组建国家市场监督管理总局 … "
                                       "组建国家药品监督管理局 … 不再保留…) is not paired: only a 组建 of the same "
                                       "paragraph is read, since the nearest one before it is often another body's")
def test_abolished_in_a_later_paragraph():
    text = ("将国家工商行政管理总局的职责，国家质量监督检验检疫总局的职责整合，组建国家市场监督管理总局，作为国务院直属机构。\n"
            "组建国家药品监督管理局，由国家市场监督管理总局管理。\n"
            "不再保留国家工商行政管理总局、国家质量监督检验检疫总局。")
    got = [(r.predecessor, r.successor) for r in extract_successions(as_one_document(text, "t.txt"))]
    assert got == [("国家工商行政管理总局", "国家市场监督管理总局"), ("国家质量监督检验检疫总局", "国家市场监督管理总局")]
