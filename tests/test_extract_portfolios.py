"""政府领导分工: one record per leader and verb (主持/负责/分管/联系/协助), units and areas as written.

The pages quoted are real leaders' pages (one leader each, unnamed on the page), cited by URL.
"""

from __future__ import annotations

import pytest

from kg.extract.portfolios import extract_portfolios
from kg.read.segment import as_one_document as make_doc

#: http://cnzsyz.com/zhejiang/info/158743.html (a 副县长's page, Zhejiang)
ZHEJIANG_COUNTY = (
    "协助县长负责教育、文化、体育、广播电视、新闻出版、卫生、人口和计划生育、食品药品监督管理、档案、精神文明建设等方面工作。"
    "分管教育局、文化广电新闻出版局(体育局)、人口计划生育和卫生局、食品药品监管局、广播电视台、爱卫办。"
    "联系文明办(创建办)、红十字会、史志办、档案局、广播转播台、文联、计生协会。")
#: http://cnzsyz.com/zhejiang/info/127198.html (a 常务副区长's page, Hangzhou 上城区)
HANGZHOU_DISTRICT = (
    "负责区政府常务工作。协助区长负责财政、审计、机构编制方面的工作。负责重点工程协调、信访、国资、税务、公安、"
    "司法、法制、综治、行政中心筹建、“两会”意见建议提案、农业、林业、水利等方面的工作。\n"
    "分管区府办、重点办、信访局、司法局、公安分局、法制办、综治办、行政服务中心、筹建办、上投集团。\n"
    "联系区委政法委、区法院、检察院、上城国税分局、上城地税分局。\n")
#: http://rumenshu.com/hebei/info/138917.html (traditional characters)
TRADITIONAL_DISTRICT = (
    "負責區政府常務工作。負責發展改革、財稅、統計、重點項目、土地、政府法制、承辦等方面工作。\n"
    "分管區發改局、區財政局、區國稅局、區地稅局、區統計局、區國土分局、區行政服務中心、區法制辦、區應急辦、區地方志辦、"
    "區政務公開辦。協助區長管理區政府辦公室。\n負責與區人大、區政協、區武裝部、駐區企業聯系。\n")
#: http://kimbb.com/anhui/info/128185.html (traditional; 協管 is no verb of the five)
ANHUI_DISTRICT = ("負責區政府常務工作。分管政府機關 、發展改革、統計、國有資產管理、政府法制、信訪、行政服務、招商引資、第三產業、"
                  "商務和旅游工作,協管財政、稅務工作,聯系檢察院、法院、工商聯和金融、保險工作。")


def rows(text: str) -> list[tuple]:
    return [(p.official, p.how, p.units, p.areas) for p in extract_portfolios(make_doc(text))]


def test_a_county_leaders_page():
    assert rows(ZHEJIANG_COUNTY) == [
        (None, "协助", (), ("教育", "文化", "体育", "广播电视", "新闻出版", "卫生", "人口和计划生育", "食品药品监督管理",
                          "档案", "精神文明建设")),
        (None, "分管", ("教育局", "文化广电新闻出版局(体育局)", "人口计划生育和卫生局", "食品药品监管局", "广播电视台",
                        "爱卫办"), ()),
        (None, "联系", ("文明办(创建办)", "红十字会", "史志办", "档案局", "广播转播台", "文联", "计生协会"), ()),
    ]


def test_two_clauses_of_one_verb_are_one_record_and_routine_work_stays_whole():
    got = rows(HANGZHOU_DISTRICT)
    assert [r[1] for r in got] == ["负责", "协助", "分管", "联系"]
    assert got[0][3] == ("区政府常务工作", "重点工程协调", "信访", "国资", "税务", "公安", "司法", "法制", "综治",
                         "行政中心筹建", "“两会”意见建议提案", "农业", "林业", "水利")
    assert got[1][3] == ("财政", "审计", "机构编制")
    assert got[3][2] == ("区委政法委", "区法院", "检察院", "上城国税分局", "上城地税分局")


def test_a_page_in_traditional_characters_is_given_back_as_printed():
    got = rows(TRADITIONAL_DISTRICT)
    assert got == [
        (None, "负责", (), ("區政府常務工作", "發展改革", "財稅", "統計", "重點項目", "土地", "政府法制", "承辦")),
        (None, "分管", ("區發改局", "區財政局", "區國稅局", "區地稅局", "區統計局", "區國土分局", "區行政服務中心",
                        "區法制辦", "區應急辦", "區地方志辦", "區政務公開辦"), ()),
        (None, "协助", ("區政府辦公室",), ()),
        (None, "联系", ("區人大", "區政協", "區武裝部", "駐區企業"), ()),
    ]


def test_work_after_a_comma_and_never_a_split_at_和():
    got = rows(ANHUI_DISTRICT)
    assert got[1] == (None, "分管", (), ("政府機關", "發展改革", "統計", "國有資產管理", "政府法制", "信訪", "行政服務",
                                         "招商引資", "第三產業", "商務和旅游"))
    assert got[2] == (None, "联系", (), ("檢察院", "法院", "工商聯和金融", "保險"))


@pytest.mark.parametrize("text", [ZHEJIANG_COUNTY, HANGZHOU_DISTRICT, TRADITIONAL_DISTRICT, ANHUI_DISTRICT])
def test_every_quote_is_its_slice(text):
    doc = make_doc(text)
    found = list(extract_portfolios(doc))
    assert found
    for p in found:
        assert text[p.evidence.start:p.evidence.end] == p.evidence.quote == p.raw


@pytest.mark.parametrize("text", [
    "由市发展改革委牵头，市财政局配合。分管副市长要亲自抓。",  # a task, not a division of work
    "副市长王伟主持会议并讲话，要求各地联系实际抓好落实。",
])
def test_no_portfolio_outside_a_division_of_work(text):
    assert rows(text) == []
