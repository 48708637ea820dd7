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


# Header forms of the portfolios batch (tests/data/real/portfolios, read after its first run at 8c8c289).
@pytest.mark.parametrize(("text", "expected"), [
    # 上海 2021: name and post on a line of their own, the clauses below
    ("龚正市长\n领导市政府全面工作。\n舒庆副市长\n兼市公安局局长,负责公安、司法行政等工作。\n分管市公安局,市司法局及市监狱管理局。\n"
     "联系市高院,市检察院。",
     [("龚正", "市长", "主持", (), ()), ("舒庆", "副市长", "负责", (), ("公安", "司法行政")),
      ("舒庆", "副市长", "分管", ("市公安局", "市司法局及市监狱管理局"), ()),
      ("舒庆", "副市长", "联系", ("市高院", "市检察院"), ())]),
    # 广东 2017: the name alone on a line, the post opening the next
    ("具体分工如下:\n林少春\n常务副省长,负责发展改革、物价方面工作。\n陈云贤\n省政府党组成员,协助省长负责商务、口岸工作。",
     [("林少春", "常务副省长", "负责", (), ("发展改革", "物价")),
      ("陈云贤", "省政府党组成员", "协助", (), ("商务", "口岸"))]),
    # 广东 2012 and 广州 2007: name and post, or post and name, then a comma or a colon
    ("具体分工如下:\n朱小丹省长,主持省政府全面工作,分管审计工作。\n副市长陈明德:分管外经、外贸工作。联系共青团工作。",
     [("朱小丹", "省长", "主持", (), ()), ("朱小丹", "省长", "分管", (), ("审计",)),
      ("陈明德", "副市长", "分管", (), ("外经", "外贸")), ("陈明德", "副市长", "联系", (), ("共青团",))]),
    # 湖南 2013: post and name run into the verb
    ("印发了《湖南省人民政府领导成员工作分工》的通知。\n代省长杜家毫领导省政府全面工作。分管省财政厅、省审计厅、省编办。",
     [("杜家毫", "代省长", "主持", (), ()), ("杜家毫", "代省长", "分管", ("省财政厅", "省审计厅", "省编办"), ())]),
])
def test_leaders_named_in_the_batch(text, expected):
    found = list(extract_portfolios(make_doc(text)))
    assert [(p.official, p.post, p.how, p.units, p.areas) for p in found] == expected


def test_a_leader_named_twice_is_one_record_per_verb_and_the_government_named_is_the_jurisdiction():
    # 湖南 2013 and 江苏 2018 (traditional): a post 的 name, pronouns and a reporter's comment
    text = ("印发了《湖南省人民政府领导成员工作分工》的通知。副省长韩永文负责住房和城乡建设方面工作。\n"
            "由珠海跨省調任的副省長郭元強,分管人力資源、社會保障等方面的工作;\n"
            "林文生副市長則負責農村、農業等農業口,有利于推進城鄉統籌發展;同時,他還分管火炬高新區,以及安全生產。\n"
            "副省长韩永文负责重点工程建设方面工作。")
    found = {(p.official, p.how): p for p in extract_portfolios(make_doc(text))}
    assert found["韩永文", "负责"].areas == ("住房和城乡建设", "重点工程建设")
    assert found["韩永文", "负责"].jurisdiction == "湖南省"
    assert found["郭元強", "分管"].areas == ("人力資源", "社會保障")
    assert found["林文生", "负责"].areas == ("農村", "農業等農業口")
    assert found["林文生", "分管"].units == ("火炬高新區", "安全生產")


def test_the_passive_form_names_the_leader_after_the_work():
    # 厦门 (fujian_xiamen_lingdaofengong_undated.txt, lines 1 and 5, traditional characters)
    text = ('廈門市政府近日發出《關于市人民政府領導成員工作分工的通知》顯示,市長裴金佳主持市政府全面工作,各位副市長的分工明確。\n'
            '城鄉規劃、國土資源與房地產、建設管理、環境保護、市政園林、行政執法等工作,統一歸口由黃文輝副市長負責,將有利于系統推動城市轉型,完善城市功能。公安、司法、人防、法制等業務關聯性較強,統一由林銳副市長負責,他還同時兼任公安局長,')
    found = {(p.official, p.how): p for p in extract_portfolios(make_doc(text))}
    assert found["黃文輝", "负责"].areas == ("城鄉規劃", "國土資源與房地產", "建設管理", "環境保護", "市政園林", "行政執法")
    assert found["林銳", "负责"].areas == ("公安", "司法", "人防", "法制")
    assert found["林銳", "负责"].post == "副市長"
