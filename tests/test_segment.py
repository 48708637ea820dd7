"""segment: headings, metadata, articles and the tiling of a file into documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.paths import SEEDS
from kg.patterns import DOC_NUMBER_RE
from kg.read.identity import content_id
from kg.read.ingest import read_text
from kg.read.segment import canonical_number, find_numbers, number_of, page_metadata, segment
from kg.read.sources import read_source

SIGN = "\n\n杭州市人民政府办公厅\n\n2020年5月6日\n"


def seg(text: str, name: str = "t.txt", encoding: str = "utf-8"):
    return segment(read_text(text.encode(encoding), name))


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("甬政发〔2021〕56号", "甬政发〔2021〕56号"),
        ("杭政办函[2020]12号", "杭政办函〔2020〕12号"),
        ("浙政发（2021）3号", "浙政发〔2021〕3号"),
        ("沪府发(2019) 7 号", "沪府发〔2019〕7号"),
        ("京政办发［2018］05号", "京政办发〔2018〕5号"),
        ("根据浙政干〔2021〕60号文件批准", "浙政干〔2021〕60号"),
        ("与国办发〔2019〕34号和浙政办发〔2020〕57号", "国办发〔2019〕34号"),
        ("政府令第260号", "政府令第260号"),
        ("（市政府令第188号）", "市政府令第188号"),
        ("根据宁波市人民政府令第141号", "宁波市人民政府令第141号"),
        ("甬经信发〔2022〕3号", "甬经信发〔2022〕3号"),
        # a one-character lead-in word that is the issuer's abbreviation (即墨区: 即)
        ("即政办发〔2005〕1号", "即政办发〔2005〕1号"),
        ("根据即政办发〔2005〕1号", "即政办发〔2005〕1号"),
        ("详见即政发〔2005〕4号", "即政发〔2005〕4号"),
        ("和甬政发〔2021〕57号", "甬政发〔2021〕57号"),
    ],
)
def test_number_forms_are_read_and_canonical(raw, number):
    m = DOC_NUMBER_RE.search(raw)
    assert m is not None
    assert number_of(m)[0] == number


_NUMBER_PIECES = st.one_of(
    st.text(alphabet="甬政发办市人民政府根据即和的令第号委员会局厅部国务院 　，。\n", max_size=18),
    st.sampled_from(["〔2021〕", "[2020]", "（1999）", "(2021) ", "【2020】", "〔202〕", "〔3021〕", "令第", "令 第"]),
    st.from_regex(r"\A[0-9]{0,6} {0,3}号?\Z"),
    st.sampled_from(["三十号", "２６号", "中华人民共和国国务院令第1号", "宁波市人民政府令第141号"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NUMBER_PIECES, min_size=1, max_size=8).map("".join))
def test_find_numbers_equals_a_scan_at_every_position(text):
    """The anchored scan finds exactly what DOC_NUMBER_RE.finditer finds."""
    expected = [(*number_of(m), m.end()) for m in DOC_NUMBER_RE.finditer(text)]
    assert list(find_numbers(text)) == expected


def test_find_numbers_finds_a_number_after_a_long_run_without_one():
    text = "全面提升营商环境，强化要素保障，推动资源共建共享。" * 40_000  # 1M characters
    assert list(find_numbers(text + "甬政发〔2021〕56号")) == [("甬政发〔2021〕56号", "year", len(text), len(text) + 12)]


def test_find_numbers_reads_every_number_with_its_style():
    found = list(find_numbers("与国办发〔2019〕34号和浙政办发〔2020〕57号文件；市政府令第188号"))
    assert [(n, s) for n, s, _, _ in found] == [
        ("国办发〔2019〕34号", "year"), ("浙政办发〔2020〕57号", "year"), ("市政府令第188号", "order")]


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("杭州市人民政府办公厅关于印发杭州市数字经济发展规划的通知\n\n杭政办函〔2020〕12号",
         "杭政办函〔2020〕12号", "杭州市人民政府办公厅关于印发杭州市数字经济发展规划的通知"),
        ("杭州市人民政府办公厅关于加快发展的实施意见\n\n杭政办发[2020]3号", "杭政办发〔2020〕3号",
         "杭州市人民政府办公厅关于加快发展的实施意见"),
        ("杭州市人民政府办公厅关于加快发展的实施意见\n(杭政办发(2020)3号)", "杭政办发〔2020〕3号",
         "杭州市人民政府办公厅关于加快发展的实施意见"),
        # a title broken over two lines by OCR, with a space inside
        ("杭州市人民政府办公厅关于印发杭州市\n\n推进 产业基础高级化实施方案的通知\n\n杭政办发〔2020〕4号",
         "杭政办发〔2020〕4号", "杭州市人民政府办公厅关于印发杭州市推进产业基础高级化实施方案的通知"),
        ("杭州市人民政府办公厅\n关于张三任职的通知\n\n杭政干〔2020〕9号", "杭政干〔2020〕9号",
         "杭州市人民政府办公厅关于张三任职的通知"),
        ("文件编号 沪府发〔2019〕7号", "沪府发〔2019〕7号", None),
    ],
)
def test_heading_gives_number_title_and_id(heading, number, title):
    docs = seg("封面\n\n" + heading + "\n\n各区人民政府：\n\n正文第一段。" + SIGN)
    assert len(docs) == 1
    doc = docs[0]
    # the id is the canonical number; doc_number keeps the printed brackets
    assert (doc.id, canonical_number(doc.doc_number), doc.title) == (number, number, title)
    assert doc.doc_number is not None and doc.doc_number.replace(" ", "") in heading.replace(" ", "")
    assert doc.date == "2020-05-06"
    assert doc.issuer == "杭州市人民政府办公厅"
    assert doc.body.rstrip().endswith("2020年5月6日")


def test_web_page_title_above_metadata_lines():
    text = ("杭州市人民政府关于印发某某规划的通知\n发布时间:2020-05-06 信息来源: 市政府办\n\n"
            "文件编号 杭政发〔2020〕8号\n正文内容\n\n各区：现印发给你们。\n\n杭州市人民政府\n\n2020年5月6日\n")
    (doc,) = seg(text)
    assert doc.title == "杭州市人民政府关于印发某某规划的通知"
    assert doc.attachment_title == "某某规划"
    assert (doc.kind, doc.doc_type) == ("notice", "通知")
    assert doc.start == 0


def test_gb18030_file_with_chinese_numeral_date():
    text = ("苏州市人民政府关于推进某事的意见\n\n苏府〔2019〕12号\n\n各市、区人民政府：\n\n正文。\n\n"
            "苏州市人民政府\n\n二〇一九年十二月二十三日\n")
    (doc,) = seg(text, encoding="gb18030")
    assert (doc.doc_number, doc.date, doc.kind, doc.doc_type) == ("苏府〔2019〕12号", "2019-12-23", "opinion", "意见")


def test_contents_page_makes_no_documents_and_code_goes_to_next_title():
    text = (
        "目 录\n\n- 甲市人民政府关于甲的通知\n(甲政发〔2021〕1号) (3)\n"
        "- 甲市人民政府关于乙的实施意见(甲政发〔2021〕2号) (5)\n\n"
        "甲市人民政府关于甲的通知\n\n甲政发〔2021〕1号\n\n各单位：正文甲。\n\n甲市人民政府\n\n2021年1月2日\n\n"
        "规范性文件统一编号ZJXX00—2021—0001\n\n"
        "甲市人民政府关于乙的实施意见\n\n甲政发〔2021〕2号\n\n各单位：正文乙。\n\n甲市人民政府\n\n2021年1月3日\n"
    )
    docs = seg(text)
    assert [d.doc_number for d in docs] == ["甲政发〔2021〕1号", "甲政发〔2021〕2号"]
    first, second = docs
    assert first.normative_code is None and second.normative_code == "ZJXX00—2021—0001"
    assert "ZJXX00" in second.body and "ZJXX00" not in first.body
    assert first.end == second.start
    assert [d.date for d in docs] == ["2021-01-02", "2021-01-03"]


def test_regulation_by_order_number_takes_signer_and_government():
    text = ("甲市公共数据管理办法\n\n甲市人民政府令第12号\n\n《甲市公共数据管理办法》已经审议通过，现予发布。\n\n"
            "市长 王五\n\n2021年3月4日\n\n甲市公共数据管理办法\n\n第一条 为了规范管理，制定本办法。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.kind, doc.doc_type) == ("甲市人民政府令第12号", "regulation", "政府规章")
    assert (doc.title, doc.signer, doc.issuer, doc.date) == ("甲市公共数据管理办法", "王五", "甲市人民政府", "2021-03-04")


def test_chronicle_and_catalogue_are_articles():
    text = ("甲市人民政府关于甲的通知\n\n甲政发〔2021〕1号\n\n正文。\n\n甲市人民政府\n\n2021年1月2日\n\n"
            "市政府1月份记事\n\n1日 市长王五出席会议。\n\n2日 副市长赵六调研。\n\n"
            "市政府1月份发文目录\n\n- 甲政发〔2021〕1号 甲市人民政府关于甲的通知\n")
    docs = seg(text, "g.txt")
    assert [(d.id, d.kind, d.title) for d in docs] == [
        ("甲政发〔2021〕1号", "notice", "甲市人民政府关于甲的通知"),
        (content_id(docs[1].body), "chronicle", "市政府1月份记事"),
        (content_id(docs[2].body), "catalogue", "市政府1月份发文目录"),
    ]
    assert all(d.is_article for d in docs[1:])
    assert docs[1].id.startswith("doc:") and docs[1].content_hash.startswith(docs[1].id[4:])


def test_news_page_splits_at_bylines():
    text = ("本周本地\n\n甲市将建新大学\n\n9月18日，甲市政府与某大学签约。\n\n记者 张三\n\n"
            "乙区出生率公布\n\n统计数据显示，出生数下降。\n\n记者 李四 通讯员 王五\n")
    docs = seg(text, "n.txt")
    assert [(d.kind, d.title) for d in docs] == [("news", "甲市将建新大学"), ("news", "乙区出生率公布")]
    assert docs[0].start == 0 and docs[0].end == docs[1].start and docs[1].end == len(docs[1].text.clean)


def test_untitled_text_is_one_partial_excerpt():
    (doc,) = seg("【紧接第1版】成为主引擎。\n\n二、主要任务\n\n4. 建设平台。\n")
    assert (doc.id, doc.kind, doc.partial, doc.doc_number, doc.title, doc.date) == (
        content_id(doc.body), "excerpt", True, None, None, None)


@pytest.fixture(scope="module")
def gazette():
    return segment(read_source(next(SEEDS.glob("001_*.txt"))))


def test_seed_gazette_documents_in_order(gazette):
    official = [d for d in gazette if not d.is_article]
    assert [d.doc_number for d in official][:3] == ["政府令第260号", "甬政发〔2021〕56号", "甬政发〔2021〕57号"]
    assert len(official) == 19
    assert sum(d.kind == "personnel" for d in official) == 10
    assert [d.kind for d in gazette if d.is_article] == ["chronicle", "catalogue"]
    # the contents page lists every title and number but makes no document
    assert "目 录" not in gazette[0].body
    assert gazette[0].text.clean[: gazette[0].start].count("甬政发〔2021〕56号") == 1


def test_seed_gazette_tiles_and_evidence_is_exact(gazette):
    for prev, nxt in zip(gazette, gazette[1:], strict=False):
        assert prev.end == nxt.start
    assert gazette[-1].end == len(gazette[-1].text.clean)
    for doc in gazette:
        ev = doc.evidence
        assert ev is not None and doc.text.original[ev.start:ev.end] == ev.quote
        assert doc.doc_number is None or doc.doc_number in ev.quote


def test_seed_gazette_metadata(gazette):
    by_id = {d.id: d for d in gazette}
    assert by_id["甬政发〔2021〕59号"].normative_code == "ZJBC00-2021-0011"
    assert by_id["甬政发〔2021〕56号"].normative_code is None
    assert by_id["甬政办发〔2021〕78号"].normative_code == "ZJBC01—2021—0018"
    assert by_id["政府令第260号"].issuer == "宁波市人民政府"
    assert by_id["甬政干〔2021〕28号"].date == "2021-12-20"
    # a task parenthetical sits in the document it belongs to
    assert "（牵头" in by_id["甬政发〔2021〕59号"].body and "（牵头" not in by_id["甬政发〔2021〕58号"].body


def test_seed_district_plan_and_news():
    (plan,) = segment(read_source(next(SEEDS.glob("003_*.txt"))))
    assert (plan.id, plan.issuer, plan.date) == ("鄞政办发〔2021〕79号", "宁波市鄞州区人民政府办公室", "2021-10-17")
    news = segment(read_source(next(SEEDS.glob("000_*.txt"))))
    assert len(news) == 5 and {d.kind for d in news} == {"news"}
    assert news[0].title == "宁波将建中德合作大学"


def test_red_header_layout_number_above_title():
    text = ("甲政发〔2021〕7号\n\n甲市人民政府关于加强某工作的意见\n\n各区人民政府：\n\n正文。\n\n"
            "甲市人民政府\n\n2021年7月8日\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.kind, doc.date) == (
        "甲政发〔2021〕7号", "甲市人民政府关于加强某工作的意见", "opinion", "2021-07-08")
    assert doc.evidence is not None and doc.evidence.quote.endswith("的意见")


def test_title_line_with_the_date_a_page_lists_it_under():
    # tests/data/real/mixed18/shanghai_yangpu_gongzuoyaodian_2021.txt, lines 1-6: the posting date after the title
    text = ("关于印发区政府2021年第三季度工作要点的通知 2021-08-06\n杨府办〔2021〕21号\n"
            "区政府各委、办、局,各街道办事处及各有关单位:\n《上海市杨浦区人民政府2021年第三季度工作要点》已经2021年7月30日"
            "区政府第144次常务会议审议通过,现印发给你们,请认真贯彻落实。\n上海市杨浦区人民政府办公室\n2021年8月6日\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.date) == (
        "杨府办〔2021〕21号", "关于印发区政府2021年第三季度工作要点的通知", "2021-08-06")


def test_addressed_notice_titled_by_its_attachment_in_a_double_spaced_copy():
    # tests/data/real/mixed18/zhejiang_hangzhou_shangcheng_mubiaorenwu_2019.txt, lines 1-17: blank lines between
    text = ("区政府各部门、各直属单位,各街道办事处: \n\n为确保完成区十五届人大三次会议通过的2019年《政府工作报告》"
            "所提出的各项目标任务,现将目标任务分解如下。\n\n附件:1. 2019年《政府工作报告》目标任务分解表\n\n"
            "杭州市上城区人民政府办公室\n\n2019年2月15日\n\n(此件可公开发布)\n\n附件1\n\n"
            "2019年《政府工作报告》目标任务分解表\n\n(注:A类指责任目标)\n")
    (doc,) = seg(text)
    assert (doc.title, doc.issuer, doc.date) == (
        "2019年《政府工作报告》目标任务分解表", "杭州市上城区人民政府办公室", "2019-02-15")


def test_order_number_over_two_lines_takes_title_from_promulgation():
    text = ("甲市人民政府令\n第12号\n\n《甲市公共数据管理办法》已经2021年3月1日市人民政府常务会议审议通过，现予公布。\n\n"
            "市长 王五\n\n2021年3月4日\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.signer) == ("甲市人民政府令第12号", "甲市公共数据管理办法", "王五")


def test_stray_number_in_a_table_is_not_a_heading():
    text = ("甲市人民政府关于甲的通知\n\n甲政发〔2021〕1号\n\n各单位：正文。\n\n依据\t文号\n国办发〔2019〕34号\t\n\n"
            "甲市人民政府\n\n2021年1月2日\n")
    docs = seg(text)
    assert [d.doc_number for d in docs] == ["甲政发〔2021〕1号"]


def test_a_decision_titled_above_its_passage_line():
    text = ("张宏义任济源市代理市长\n会议决定任命张宏义。\n济源市人民代表大会常务委员会\n关于张宏义同志代理济源市人民政府市长\n的决定\n"
            "(2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过)\n正文。\n")
    (news, decision) = seg(text)
    assert news.is_article and not news.title
    assert decision.title == "济源市人民代表大会常务委员会关于张宏义同志代理济源市人民政府市长的决定"
    assert (decision.issuer, decision.date, decision.doc_number) == ("济源市人民代表大会常务委员会", "2023-05-31", None)


def test_a_title_above_an_addressee_line_and_a_plan_that_opens_a_file():
    (doc,) = seg("黑龙江省人民政府关于落实重点工作责任分工的意见\n发布日期:2013-03-27    浏览次数:1\n各市(地)人民政府:\n正文。\n")
    assert doc.title == "黑龙江省人民政府关于落实重点工作责任分工的意见" and doc.issuer == "黑龙江省人民政府"
    (plan,) = seg("2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n")
    assert plan.title == "2025年开发区重点工作及责任清单"
    (news,) = seg("淮南市政府发文部署第七次全国人口普查工作\n近日，淮南市政府印发通知。\n")
    assert not news.is_official


def test_page_metadata_number_and_title_and_printed_brackets():
    text = ("发布机构 | 兴平市 | 发文字号 | 兴政办发〔2022〕20号 | ||\n名称 | 兴平市人民政府办公室关于印发方案的通知\n"
            "各镇人民政府:\n正文。\n兴平市人民政府办公室\n2022年7月25日\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.date) == ("兴政办发〔2022〕20号", "兴平市人民政府办公室关于印发方案的通知", "2022-07-25")
    (doc,) = seg("临政办函[2013]89号\n临安市人民政府办公室关于成立领导小组的通知\n正文。\n临安市人民政府办公室\n2013年10月10日\n")
    assert (doc.id, doc.doc_number) == ("临政办函〔2013〕89号", "临政办函[2013]89号")


def test_a_flattened_metadata_table_its_title_in_the_row_under_it():
    # tests/data/real/tasks3/zhejiang_jiaxing_haiyan_zerenfenjie_2022.txt, lines 1-5: a label's colon, then the cell
    text = ("索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n"
            "文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n发布机构: | 县政府办公室 | 有效性: |\n"
            "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n"
            "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.date) == (
        "盐政办发〔2022〕16号", "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知", "2022-04-18")
    assert doc.evidence.quote == doc.title


@pytest.mark.parametrize(("head", "date"), [
    # 成文时间 (tests/data/real/parks4/ningxia_zizhiqu_gaoxinqu_pifu_2021.txt, line 4)
    ("索引号: 640000/2022-00025\n成文时间: 2021-12-27\n发布时间: 2022-01-06\n发文字号: 宁政函〔2021〕104号\n", "2021-12-27"),
    # a law database's bulleted 【公布日期】 (tests/data/real/personnel3/tianjin_shi_kewei_gaoxinqu_lingdaoxiaozu_2011.txt)
    ("文章属性\n•【制定机关】天津市科学技术委员会\n•【公布日期】2011.10.12\n•【施行日期】2011.10.12\n正文\n", "2011-10-12"),
])
def test_the_date_a_page_says_the_document_was_made(head, date):
    (doc,) = seg(head + "自治区人民政府关于认定贺兰工业园区为自治区高新技术产业开发区的批复\n宁政函〔2021〕104号\n银川市人民政府:\n正文。\n")
    assert doc.date == date


@pytest.mark.parametrize(("line", "date"), [("2024115", "2024-01-15"), ("202184日", "2021-08-04")])
def test_a_date_whose_year_and_month_marks_fell_out(line, date):
    (doc,) = seg(f"沈阳市辽中区人民政府关于印发任务分解表的通知\n沈辽中政发〔2024〕1号\n各镇人民政府:\n正文。\n沈阳市辽中区人民政府\n{line}\n")
    assert doc.date == date


@pytest.mark.parametrize(("text", "date"), [
    # signed like a document: the issuer line, then the date line (tests/data/real/series, 湖州 2024)
    ("各区县人民政府,市政府直属各单位:\n现将有关事项通知如下。\n湖州市人民政府办公室\n2024年2月8日\n"
     "2024年政府工作报告重点工作责任分解\n", "2024-02-08"),
    # a date line with no signature above it says nothing about the excerpt: undated, not guessed
    ("各区县人民政府:\n现将有关事项通知如下。\n2024年2月8日\n1.坚持稳中求进。\n", None),
    ("2月2日下午,省十二届人大常委会第二十七次会议表决通过了多项人事任免案。\n", None),
])
def test_an_untitled_text_keeps_the_date_of_its_signature_only(text, date):
    (doc,) = seg(text)
    assert doc.date == date


def test_the_series_excerpts_are_dated_by_their_signatures():
    from kg.paths import ROOT

    series = ROOT / "tests" / "data" / "real" / "series"
    dates = {p.name: [d.date for d in segment(read_source(p))] for p in sorted(series.glob("zhejiang_huzhou_*.txt"))}
    assert dates["zhejiang_huzhou_fengong_2023.txt"] == ["2023-03-15"]
    assert dates["zhejiang_huzhou_fengong_2024.txt"] == ["2024-02-08"]
    assert dates["zhejiang_huzhou_fengong_2021.txt"] == ["2021-03-22"]


def test_an_untitled_excerpt_is_not_an_official_document():
    (doc,) = seg("为认真贯彻落实国家稳增长各项决策部署，结合实际，制定如下措施。\n")
    assert not doc.is_official
    (cont,) = seg("【紧接第1版】成为我市全面创新改革主引擎。\n")
    assert cont.is_official and cont.partial


def test_a_notice_whose_copy_lost_its_title_is_a_signed_document() -> None:
    # 湖州 2021: the stored copy opens at the addressee line and ends with the signature
    (doc,) = seg("各区县人民政府,市政府直属各单位:\n《重点工作责任分解》已经市政府同意,现印发给你们。\n"
                 "湖州市人民政府办公室\n2021年3月22日\n")
    assert (doc.title, doc.issuer, doc.date, doc.is_official) == (None, "湖州市人民政府办公室", "2021-03-22", True)


def test_an_addressee_line_without_a_signature_is_not_a_document() -> None:
    (doc,) = seg("各区县人民政府:\n请认真贯彻执行。\n")
    assert not doc.is_official


def test_a_table_title_that_opens_a_file_is_its_document() -> None:
    # 苍南 2022: the progress table's title, with its as-of date in brackets
    (doc,) = seg("2022年度市县民生实事未完成项目进度表(截至10月31日)\n序号\n项目内容\n牵头单位\n1\n建设四好农村路55公里。\n县交通局\n")
    assert doc.title == "2022年度市县民生实事未完成项目进度表(截至10月31日)" and doc.is_official


# --- issue 21: document constructions from real first runs ---------------------------------


def test_a_page_number_field_spaced_out_without_a_colon() -> None:
    # ../shared/realdev2/docs/wuhan_caidian_tasks_2023.txt: 文    号 蔡政办〔2023〕1号 in the page's field block
    text = ("区人民政府办公室关于印发2023年主要目标任务责任分解方案的通知\n\n2023-01-05 10:00 区人民政府办公室\n"
            "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n\n"
            "各街道办事处、乡人民政府:\n\n正文。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == ("蔡政办〔2023〕1号", "区人民政府办公室关于印发2023年主要目标任务责任分解方案的通知")


def test_a_column_tag_before_the_title_is_not_the_title() -> None:
    # ../shared/realdev2/docs/chuzhou_tasks_2020.txt
    text = ("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n\n    发布时间:2020-02-03 17:29\n\n"
            "    各县、市、区人民政府,市政府各部门、各直属机构:\n\n    正文。\n")
    assert seg(text)[0].title == "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"
    # tests/data/real/mixed14/hebei_xinji_kaifaqu_pifu_2016.txt: the year in brackets after the tag is no part of it
    text = "【地方】(2016)河北省人民政府关于辛集市开发区优化整合方案的批复\n时间:2017-04-09\n\n辛集市人民政府:\n\n    正文。\n"
    assert seg(text)[0].title == "河北省人民政府关于辛集市开发区优化整合方案的批复"
    # tests/data/real/mixed14/quanguo_renda_gonggao_2026.txt: a news agency's dateline before a 公告 is no part of it
    text = "新華社北京2月4日電 全國人民代表大會常務委員會公告\n〔十四屆〕第十五號\n\n正文。\n"
    assert seg(text)[0].title == "全國人民代表大會常務委員會公告"


def test_a_news_headline_of_phrases_apart_is_not_a_title() -> None:
    # ../shared/realdev2/docs/tongzhou_bj_renda_2022.txt: it ends in 报告 but is a news item
    text = ("区七届人大常委会召开第三次会议 进行人事任免 听取审议区政府有关工作情况报告\n\n时间:2022/05/13  来源:区人大\n\n"
            "  日前,区七届人大常委会召开第三次会议,进行了人事任免。\n")
    assert [(d.kind, d.title) for d in seg(text)] == [("excerpt", None)]


def test_traditional_print_of_a_number_and_a_title_in_book_brackets_and_a_list_title() -> None:
    # tests/data/real/tasks2: shaanxi_hanzhong_yangxian_minshengshishi_2024 (號), jiangsu_huaian_wenzengzhang_xize_2022 (《…》);
    # ../shared/realdev2/docs/hubei_chemical_parks_undated.txt (…名单)
    (doc,) = seg("洋政發〔2024〕8號\n洋縣人民政府\n關于印發洋縣2024年十大民生實事項目的通知\n各鎮人民政府:\n正文。\n洋縣人民政府\n2024年4月2日\n")
    assert (doc.doc_number, doc.title, doc.date) == ("洋政發〔2024〕8號", "洋縣人民政府關于印發洋縣2024年十大民生實事項目的通知",
                                                     "2024-04-02")
    assert seg("《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》\n为深入贯彻落实…精神,制定如下实施细则。\n"
               )[0].title == "《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》"
    assert seg("全省第一批拟认定合格的化工园区名单\n武汉市1个:武汉化学工业区。\n")[0].title == "全省第一批拟认定合格的化工园区名单"


def test_a_latin_o_in_a_chinese_date_and_a_spaced_bracket_number() -> None:
    (doc,) = seg("某府办函 [2003] 248号\n\n某市人民政府办公室关于某某工作的通知\n\n各县：正文。\n\n某市人民政府办公室\n二OO八年三月五日\n")
    assert (doc.doc_number, doc.date) == ("某府办函[2003]248号", "2008-03-05")


def test_number_title_and_addressee_run_together_at_the_file_start() -> None:
    # tests/data/real/projects2/sichuan_chengdu_longquanyi_zhongdianxiangmu_2009.txt
    text = ("龙府发〔2009〕23号成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,"
            "区政府有关部门:为全面贯彻落实市委十一届六次全会精神,决定对十陵景区项目等9个重大项目予以重点推进。"
            "附件:龙泉驿区2009年重点推进的9个重大项目情况表二○○九年五月十四日主题词:经济管理项目推进通知\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title, doc.date) == (
        "龙府发〔2009〕23号", "成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知", "2009-05-14")


def test_a_chronicle_title_with_two_brackets_and_a_decision_title_run_on_in_a_paragraph() -> None:
    # tests/data/real/docs/zhejiang_hangzhou_yuhang_jingjipucha_dashiji_2009.txt
    assert seg("杭州市余杭区第二次经济普查大事记(一)(4月-9月)\n根据国务院《关于开展全国第二次经济普查的通知》,我区…。\n"
               )[0].title == "杭州市余杭区第二次经济普查大事记(一)(4月-9月)"
    # tests/data/real/heldout/hubei_xiangyang_fancheng_renda_renming_2020.txt
    text = ("\\ 本网讯(徐琦)7月28上午,区六届人大常委会召开第二十六次会议。 区人大常委会副主任戴涛出席会议。 "
            "樊城区人民代表大会常务委员会任命名单 (2020年7月28日樊城区第六届人民代表大会常务委员会第二十六次会议通过) "
            "决定任命: 余兴军为樊城区人民政府副区长。\n")
    titled = [(d.title, d.date) for d in seg(text) if d.title]
    assert titled == [("樊城区人民代表大会常务委员会任命名单", "2020-07-28")]


def test_a_meeting_held_told_as_news_and_page_fields_naming_the_document() -> None:
    # the headline of ../shared/realdev2/docs/tongzhou_bj_renda_2022.txt with its spaces closed up
    assert [d.title for d in seg("区七届人大常委会召开第三次会议听取审议区政府有关工作情况报告\n\n日前,会议召开。\n")] == [None]
    assert [d.title for d in seg("市人大常委会听取审议市政府关于2022年预算执行情况的报告\n\n日前,会议召开。\n")] == [None]
    assert seg("关于召开第三次会议的通知\n各县：\n正文。\n")[0].title == "关于召开第三次会议的通知"
    # 标题：/文号： fields above the body, the number's year in square brackets with spaces
    (doc,) = seg("标题：某市人民政府关于某某的通知\n文号：某政 [2020] 20号\n正文。\n")
    assert (doc.doc_number, doc.title) == ("某政[2020]20号", "某市人民政府关于某某的通知")
    assert seg("关于某某工作的通知\n某府办函［2003］248号\n各县：正文。\n某市人民政府办公室\n二ОО三年三月五日\n")[0].date == "2003-03-05"


@pytest.mark.parametrize("head", [
    "许政 [2020] 20号 许昌市人民政府关于印发某某方案的通知",
    "许昌市人民政府文件\n许政 [2020] 20号  许昌市人民政府关于印发某某方案的通知",
    "许昌市人民政府关于印发某某方案的通知 许政 [2020] 20号",
    "许昌市人民政府关于印发某某方案的通知（许政〔2020〕20号）",
])
def test_a_number_and_its_title_on_one_line(head: str) -> None:
    # the file's own 文号 (square brackets with spaces, issue 21) printed on its title's line
    (doc,) = seg(head + "\n各县：\n正文。\n许昌市人民政府\n2020年5月6日\n")
    assert (canonical_number(doc.doc_number), doc.title) == ("许政〔2020〕20号", "许昌市人民政府关于印发某某方案的通知")


def test_a_title_in_book_brackets_above_its_number() -> None:
    # tests/data/real/series/zhejiang_huzhou_fengong_2019.txt: the page repeats a broken title below the number
    text = ("《湖州市人民政府办公室关于印发2019年政府工作报告重点工作和十方面民生实事责任分解的通知》\n湖政办发〔2019〕9号\n"
            "政府工作报告重点工作和十方面\n民生实事责任分解的通知\n各区县人民政府,市府各部门,市直各单位:\n正文。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == ("湖政办发〔2019〕9号", "湖州市人民政府办公室关于印发2019年政府工作报告重点工作和十方面民生实事责任分解的通知")


def test_a_heading_with_its_own_number_in_brackets_after_it() -> None:
    # tests/data/real/tasks3/hunan_yueyang_huarong_zhongdiangongzuo_2021.txt: no 关于, the number closes the line
    text = ("• 索引号:6735597301/2021-1801120\n• 公开范围:全部公开\n2021年县政府重点工作任务(华政发〔2021〕2号)\n"
            "各乡镇人民政府、县直各单位:\n《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == ("华政发〔2021〕2号", "2021年县政府重点工作任务")


@pytest.mark.parametrize("fields", [
    # tests/data/real/tasks3/hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023.txt: a metadata table one cell a line
    "索引号\n011437144/2023-06550\n发文字号\n郧政发〔2023〕5号\n",
    # tests/data/real/tasks3/zhejiang_jiaxing_haiyan_zerenfenjie_2022.txt: a | table's empty cell after the colon
    "文件编号: | 郧政发〔2023〕5号 | 组配分类: | 政府工作报告 |\n",
])
def test_a_page_number_field_with_its_value_on_the_next_line_or_cell(fields: str) -> None:
    text = fields + "郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知\n各乡镇人民政府:\n正文。\n"
    assert seg(text)[0].doc_number == "郧政发〔2023〕5号"


def test_a_covering_title_broken_after_a_document_word_below_its_number() -> None:
    # tests/data/real/mixed6/chongqing_liangping_mubiaorenwu_tongzhi_2021.txt: 关于印发…报告 goes on to the next line
    text = ("梁平府办发〔2021〕12号\n重庆市梁平区人民政府办公室\n关于印发2021年区政府工作报告\n目标任务分解方案的通知\n"
            "各乡镇人民政府、街道办事处,区级各部门,有关单位:\n正文。\n")
    (doc,) = seg(text)
    assert doc.title == "重庆市梁平区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知"


def test_a_page_title_its_number_and_the_same_title_again_are_one_heading() -> None:
    # tests/data/real/mixed6/guangdong_guangzhou_zerenfengong_2021.txt
    title = "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知"
    (doc,) = seg(f"{title}\n\n穗府〔2021〕3号\n\n{title}\n\n\n各区人民政府,市政府各部门、各直属机构:\n正文。\n")
    assert (doc.doc_number, doc.title) == ("穗府〔2021〕3号", title)


def test_a_plan_quoted_in_news_under_its_own_heading_printed_in_traditional_characters() -> None:
    # tests/data/real/mixed6/zhejiang_sheng_zerenfenjie_2024.txt: read in simplified characters, the title as printed
    text = ("浙江省省長、副省長2024年牽頭重點工作公佈\n\n近日,浙江省人民政府辦公廳印發2024年政府工作報告重點工作責任分解的通知,"
            "公佈省長、副省長牽頭的重點工作。\n\n2024年政府工作報告重點工作責任分解\n\n一、王浩省長牽頭重點工作\n\n"
            "1.一般公共預算收入與經濟增長同步。\n")
    docs = seg(text)
    assert [(d.kind, d.title) for d in docs] == [("news", None), ("notice", "2024年政府工作報告重點工作責任分解")]
    assert docs[1].text.clean is not None and docs[1].body.startswith("2024年政府工作報告")


def test_a_text_in_traditional_characters_is_segmented_and_keeps_its_print() -> None:
    # real/mixed3/hunan_zhuzhou_liangshi_yijian_undated.txt: title above an addressee line, in traditional characters
    text = ("株洲市人民政府關於全面落實糧食安全省長責任制的實施意見\n各縣市區人民政府、雲龍示範區管委會,各有關單位:\n"
            "為構建株洲糧食安全保障體系,切實維護國家糧食安全大局,現提出實施意見。\n")
    docs = segment(read_text(text.encode(), "t.txt"))
    assert [d.title for d in docs] == ["株洲市人民政府關於全面落實糧食安全省長責任制的實施意見"]


def test_a_plan_of_measures_that_opens_the_file_is_titled() -> None:
    # real/mixed4/heilongjiang_sheng_wenzengzhang_cuoshi_undated.txt (traditional; 若干 printed with 干, 幹 elsewhere)
    text = ("黑龍江省促進經濟穩增長的若干措施\n\n今年以來,我省受能源工業出現負增長等因素影響,經濟增速回落。"
            "為貫徹落實黨中央、國務院關於穩增長的決策部署,省政府決定採取促進經濟穩增長的若干措施。\n\n"
            "一、推進重大基礎設施建設\n1.續建哈齊客運專線,開工建設一批重點鐵路項目。(省發改委、鐵路辦負責)\n2.幹線公路建設。\n")
    docs = segment(read_text(text.encode(), "t.txt"))
    assert [d.title for d in docs] == ["黑龍江省促進經濟穩增長的若干措施"]


def test_a_page_title_over_its_time_stamp_and_source_then_the_addressee() -> None:
    # tests/data/real/mixed5/hubei_wuhan_shengbaogao_fenjie_2018.txt
    title = "武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知"
    (doc,) = seg(f"{title}\n\n2022-10-19 14:39\n来源: 武汉市人民政府办公厅\n\n各区人民政府,市人民政府各部门:\n\n正文。\n")
    assert (doc.kind, doc.title) == ("notice", title)


@pytest.mark.parametrize(("head", "number", "title"), [
    # tests/data/real/mixed30/gansu_sheng_jingjitizhi_gaige_2012.txt (gsei.com.cn): a bulleted 时间 line
    ("甘肃省人民政府关于批转省发展改革委甘肃省2012年经济体制改革重点工作意见的通知\n  • 时间:2012-04-28\n\n甘政发〔2012〕53号\n\n",
     "甘政发〔2012〕53号", "甘肃省人民政府关于批转省发展改革委甘肃省2012年经济体制改革重点工作意见的通知"),
    # tests/data/real/mixed30/shaanxi_sheng_xianyu_biaozhang_2013.txt (shaanxi.gov.cn): 时间: with a clock time
    ("陕西省人民政府关于表彰2012年度全省县域经济社会发展先进县(市区)的通报\n\n时间: 2013-07-17 10:06\n\n陕政函〔2013〕82号\n\n",
     "陕政函〔2013〕82号", "陕西省人民政府关于表彰2012年度全省县域经济社会发展先进县(市区)的通报"),
])
def test_a_page_time_line_between_the_title_and_its_number(head: str, number: str, title: str) -> None:
    """The number under a page's 时间 line is the document's own, not a citation."""
    (doc,) = seg(f"{head}各市、县、区人民政府,省人民政府各工作部门:\n\n正文。\n")
    assert (doc.doc_number, doc.title) == (number, title)


def test_a_page_title_over_its_metadata_and_the_title_again_after_a_bullet() -> None:
    # tests/data/real/mixed5/henan_zhengzhou_xinmi_fenjie_2021.txt: one document, its number from the metadata
    title = "新密市人民政府办公室 关于认真做好我市承担的2021年省、郑州市政府工作报告重点工作任务落实的通知"
    text = (f"{title}\n\n  • 索引号:005253533/2021-00070\n  • 成文日期:2021-03-26\n  • 文号:新密政办〔2021〕6号\n"
            f"  • {title}\n\n    各乡镇人民政府,各街道办事处,市人民政府各部门,各有关单位:\n\n    正文。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == ("新密政办〔2021〕6号", title.replace(" ", ""))


def test_a_headline_about_our_province_is_news() -> None:
    # tests/data/real/mixed5/shaanxi_sheng_zhongdianxiangmu_jihua_2018.txt
    docs = seg("我省发布2018年重点建设项目计划\n\n17.04.2018  09:20\n\n我省发布2018年重点建设项目计划\n\n记者从省发改委获悉,今年共安排项目。\n")
    assert all(d.title is None for d in docs)


def test_a_number_line_over_an_addressee_is_a_head_whose_title_was_lost() -> None:
    # tests/data/real/mixed8/baoshan_sh_tasks_2008.txt: the date in brackets (Latin O for 〇) above the number,
    # the addressee under it, no title
    text = ("(二OO八年二月二十六日)\n宝府办〔2008〕18号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n"
            "现将《2008年政府工作目标任务分解》印发给你们。\n")
    docs = segment(read_text(text.encode(), "x.txt"))
    assert [(d.doc_number, d.date) for d in docs] == [("宝府办〔2008〕18号", "2008-02-26")]


def test_a_number_line_alone_is_still_no_head() -> None:
    docs = segment(read_text("附表\n宝府办〔2008〕18号\n2008年任务分解表\n".encode(), "x.txt"))
    assert all(d.doc_number is None for d in docs)


@pytest.mark.parametrize(("text", "title"), [
    # tests/data/real/mixed10/changzhou_zhonglou_tasks_2022.txt: 附件1 between the signature and the heading
    ("经开区、高新园(邹区镇)、各街道,区各办局、直属单位:\n为确保全面实现2022年《政府工作报告》提出的经济社会发展目标,"
     "现将相关分解落实方案印发给你们。\n附件:1. 2022年《政府工作报告》主要目标任务责任分解表\n常州市钟楼区人民政府\n"
     "2022年2月10日\n附件1\n2022年《政府工作报告》主要目标任务责任分解表\n序号\n",
     "2022年《政府工作报告》主要目标任务责任分解表"),
    # tests/data/real/mixed10/suzhou_wujiang_tasks_2024.txt: (此件公开发布) between them
    ("吴江开发区、汾湖高新区(黎里镇)、吴江高新区(盛泽镇)管委会,各直属单位:\n《区政府2024年重点工作目标任务分解落实方案》"
     "已经区政府第76次常务会议审议通过,现予印发。\n苏州市吴江区人民政府\n2024年1月25日\n(此件公开发布)\n"
     "区政府2024年重点工作目标任务分解落实方案\n(共118项)\n", "区政府2024年重点工作目标任务分解落实方案"),
    # tests/data/real/tasks3/shandong_jining_jinxiang_zerenfengong_2025.txt: a page's metadata lines above the addressee
    ("索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |\n有效性 | 有效 |\n"
     "各镇政府,各街道办事处,各管委会,县政府各部门,各企事业单位:\n县政府研究确定了《2025年金乡县政府重要工作事项责任分工》,"
     "现印发给你们。\n金乡县人民政府\n2025年2月28日\n(此件公开发布)\n2025年金乡县政府重要工作事项责任分工\n"
     "一、2025年主要预期目标\n", "2025年金乡县政府重要工作事项责任分工"),
])
def test_a_cover_notice_without_its_heading_is_titled_by_what_it_issues(text: str, title: str) -> None:
    (doc,) = seg(text)
    assert (doc.title, doc.date) == (title, doc.date) and doc.issuer is not None and doc.date is not None
    assert doc.evidence is not None and doc.evidence.quote == title


def test_a_cover_notice_signed_by_its_date_alone_is_titled_by_what_it_issues() -> None:
    # tests/data/real/mixed21/guangxi_zizhiqu_gongyezhenxing_cuoshi_2024.txt (lines 1-6): no issuer
    # line above the date, the heading of what the notice issues under it (mixed14 hubei_sheng_zerenfenjie_2018 too)
    (doc,) = seg("各市、县人民政府,自治区人民政府各组成部门、各直属机构:\n"
                 "《广西实施新一轮工业振兴三年行动的若干政策措施》已经自治区人民政府同意,现印发给你们,请认真贯彻执行。\n"
                 "2024年2月7日\n(此件公开发布)\n广西实施新一轮工业振兴三年行动的若干政策措施\n"
                 "根据《广西壮族自治区人民政府关于印发〈广西实施新一轮工业振兴三年行动方案〉的通知》精神,提出如下政策措施。\n")
    assert (doc.title, doc.date, doc.is_official) == ("广西实施新一轮工业振兴三年行动的若干政策措施", "2024-02-07", True)
    # with nothing under its date it is no document (the date may close any passage)
    (bare,) = seg("各区县人民政府:\n请认真贯彻执行。\n2024年2月7日\n")
    assert not bare.is_official


def test_a_rule_drawn_between_the_title_and_its_number() -> None:
    # tests/data/real/mixed22/neimenggu_ordos_dongsheng_hubaoeyu_fangan_2017.txt, lines 1-5: a red header's line (——)
    (doc,) = seg("鄂尔多斯市东胜区人民政府关于印发《东胜区加快融入呼包鄂榆城市群实施方案》的通知\n——\n东政发〔2017〕66号\n\n"
                 "各园区管理委员会,各镇人民政府,各街道办事处,区人民政府各部门,各直属单位:\n")
    assert (doc.doc_number, doc.title) == (
        "东政发〔2017〕66号", "鄂尔多斯市东胜区人民政府关于印发《东胜区加快融入呼包鄂榆城市群实施方案》的通知")


def test_a_page_name_over_the_title_it_repeats() -> None:
    # tests/data/real/tasks3/zhejiang_lishui_liandu_zerenfenjie_jinzhan_2023.txt, lines 1-3: the page's name (…第一季度进展
    # 情况) over the table's own title, which it opens with; the title is the table's
    docs = seg("2023年莲都区政府工作报告重点工作责任分解第一季度进展情况\n2023年莲都区政府工作报告重点工作责任分解\n分类\n序号\n")
    assert docs[0].title == "2023年莲都区政府工作报告重点工作责任分解"
    assert docs[0].evidence is not None and docs[0].evidence.quote == "2023年莲都区政府工作报告重点工作责任分解"


def test_a_cover_notice_cut_at_its_signature_keeps_no_title() -> None:
    # tests/data/real/series/zhejiang_huzhou_fengong_2021.txt: nothing printed under the signature
    (doc,) = seg("各区县人民政府,市府各部门,市直各单位:\n正文,现印发给你们。\n湖州市人民政府办公室\n2021年3月22日\n")
    assert (doc.title, doc.issuer, doc.date) == (None, "湖州市人民政府办公室", "2021-03-22")


@pytest.mark.parametrize("head", [
    # tests/data/real/mixed9/shandong_jining_jinxiang_fengong_2021.txt: the number glued before the title
    "金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知\n\n各镇政府,各街道办事处:\n\n正文。\n",
    # tests/data/real/mixed9/shanxi_sheng_tasks_2006.txt: one line, the addressee run on after the number
    "金乡县人民政府关于印发2021年金乡县政府重要工作事项责任分工的通知 金政发〔2021〕1号 各镇政府,各街道办事处: 正文。\n",
])
def test_the_files_own_number_glued_to_its_title_or_run_on(head: str) -> None:
    (doc,) = [d for d in seg(head) if d.kind != "news"]
    assert doc.doc_number == "金政发〔2021〕1号" and doc.title is not None and doc.title.endswith("责任分工的通知")
    assert doc.evidence is not None and "正文" not in doc.evidence.quote


def test_a_one_line_page_keeps_its_title_and_number() -> None:
    # tests/data/real/mixed9/shanxi_sheng_tasks_2006.txt (the page prints the document on one line)
    text = ("山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知 晋政发〔2006〕10号 "
            "各市、县人民政府,省人民政府各委、厅,各直属机构: 《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解"
            "已经省人民政府同意,现印发给你们,请认真贯彻落实。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == (
        "晋政发〔2006〕10号", "山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知")


@pytest.mark.parametrize("meta", [
    # tests/data/real/mixed10/chongqing_jiangjin_fenjie_2023.txt: labels in square brackets
    "[ 索引号 ] 11500381009320238D/2023-00039 [ 发文字号 ] 江津府办发〔2023〕20号\n"
    "[ 发布机构 ] 江津区人民政府 [ 有效性 ] 有效\n[ 成文日期 ] 2023-02-21 [ 发布日期 ] 2023-02-28\n",
    # tests/data/real/mixed10/zhejiang_shengsi_zerenqingdan_2021.txt: a bulleted label, its value lines below
    "  • 成文日期:\n\n    2023-02-21\n\n  • 文号:\n\n    江津府办发〔2023〕20号\n\n  • 文件登记号:\n\n  • 公开方式:\n\n    主动公开\n\n",
])
def test_page_fields_in_brackets_or_under_their_label(meta: str) -> None:
    text = meta + "重庆市江津区人民政府办公室关于印发2023年区政府工作报告目标任务分解方案的通知\n\n各镇人民政府,街道办事处:\n\n正文。\n"
    (doc,) = seg(text)
    assert (doc.doc_number, doc.date) == ("江津府办发〔2023〕20号", "2023-02-21")


def test_an_empty_page_field_takes_no_value_from_the_next_label() -> None:
    # tests/data/real/tasks3/henan_shangqiu_minquan_shisiwu_gangyao_2021.txt: 文 号 is empty
    text = ("索引号: 001-2022-00002433 发布机构:\n生效日期: 2021-04-28 有效性: 有效\n文 号: 所属主题: 国民经济和社会发展规划\n"
            "【规划纲要】民权县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n民权县发展和改革委员会\n2021年4月\n")
    docs = seg(text)
    assert [(d.doc_number, d.title) for d in docs] == [
        (None, "民权县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")]


@pytest.mark.parametrize("headline", [
    "省政府印发2020年政府工作报告重点工作责任分解通知",  # tests/data/real/mixed10/zhejiang_zerenfenjie_2020.txt
    "26家!江西发布第一批全省化工园区认定名单",  # tests/data/real/parks3/jiangxi_sheng_huagongyuanqu_2021.txt
])
def test_a_headline_that_reports_an_act_is_no_title(headline: str) -> None:
    docs = seg(f"{headline}\n  近日,省政府办公厅印发了通知。\n")
    assert all(d.title is None for d in docs)


def test_a_headline_reporting_an_act_gives_way_to_the_quoted_plans_heading() -> None:
    # tests/data/real/mixed10/zhejiang_zerenfenjie_2020.txt
    text = ("省政府印发2020年政府工作报告重点工作责任分解通知\n  近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,"
            "公布省长、副省长牵头的重点工作和十方面民生实事的责任单位。\n政府工作报告重点工作责任分解\n一、袁家军省长主抓重点工作\n"
            "  1. 稳企业、防风险。\n  牵头单位:省发展改革委、省经信厅\n")
    assert [d.title for d in seg(text) if d.title] == ["政府工作报告重点工作责任分解"]


def test_a_plans_heading_under_a_signature_is_the_notices_attachment() -> None:
    # tests/data/real/mixed9/shanxi_sheng_tasks_2006.txt (as the page reads once its paragraphs are broken)
    text = ("山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知\n晋政发〔2006〕10号\n"
            "各市、县人民政府,省人民政府各委、厅,各直属机构:\n正文,现印发给你们,请认真贯彻落实。\n二○○六年五月十一日\n"
            "《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解\n根据省十届人大第四次会议通过的《纲要报告》,"
            "现将《纲要报告》工作目标责任分解安排如下:\n第一部分:主要工作任务的责任分解\n")
    assert [(d.doc_number, d.date) for d in seg(text)] == [("晋政发〔2006〕10号", "2006-05-11")]


def test_an_exclamation_headline_over_the_documents_own_title() -> None:
    # tests/data/real/mixed11/neimenggu_hubaoewu_yitihua_2023.txt: the title broken over three lines under it
    text = ("内蒙古自治区人民政府发布通知!\n内蒙古自治区人民政府关于\n推动呼包鄂乌一体化发展\n若干举措的通知\n"
            "为深入贯彻党的二十大精神,不断提升呼包鄂乌一体化发展水平,现提出如下举措。\n一、增强一体化基础设施体系\n")
    assert [d.title for d in seg(text) if d.title] == ["内蒙古自治区人民政府关于推动呼包鄂乌一体化发展若干举措的通知"]


def test_an_excerpt_that_opens_with_its_adoption_line_is_part_of_a_decision() -> None:
    # tests/data/real/mixed11/yanbian_renda_2017.txt: the decision's title is not in the excerpt
    text = ("(2017年6月12日延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议通过)\n"
            "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第四十四条规定,决定任命:\n")
    (doc,) = seg(text)
    assert (doc.is_official, doc.partial, doc.title, doc.date) == (True, True, None, "2017-06-12")


@pytest.mark.parametrize(("text", "number", "title"), [
    # tests/data/real/mixed12/guangdong_chanyezhuanyi_yuanqu_2005.txt: 〕 and 号 lost, the title on two lines below
    ("广 会  文  件\n粤经贸工业〔20051006\n关于认定东莞石龙(始兴)等三个\n省产业转移工业园的通知\n韶关、东莞、中山、阳江市人民政府:\n正文。\n",
     "粤经贸工业〔20051006", "关于认定东莞石龙(始兴)等三个省产业转移工业园的通知"),
    # tests/data/real/mixed8/yunnan_longchuan_yuanqu_2021.txt: a reply to a proposal (…提案的答复)
    ("公开\n\n云工信园区〔2021142\n\n\n对政协云南省第十二届第四次会议第120400516号提案的答复\n\n王委员:\n正文。\n",
     "云工信园区〔2021142", "对政协云南省第十二届第四次会议第120400516号提案的答复"),
])
def test_a_number_that_lost_its_closing_bracket_is_kept_as_printed(text: str, number: str, title: str) -> None:
    (doc,) = [d for d in seg(text) if d.kind != "news"]
    assert (doc.doc_number, doc.title) == (number, title)


def test_a_notice_s_running_number_under_its_heading_is_no_document_number() -> None:
    # tests/data/real/mixed4/quanguo_renda_gonggao_bamian_2011.txt: a page's 来源 line does not make it news
    text = ("全国人民代表大会常务委员会公告\n\n〔十一届〕第二十五号\n\n来源:   浏览字号: 2011年02月25日 14:54\n\n"
            "湖南省人民代表大会常务委员会罢免了黄某某的第十一届全国人民代表大会代表职务。\n")
    docs = [d for d in seg(text) if d.is_official]
    assert [(d.title, d.doc_number) for d in docs] == [("全国人民代表大会常务委员会公告", None)]


def test_a_public_notice_of_an_extension_is_titled() -> None:
    # tests/data/real/parks4/hunan_yiyang_nanxian_kuoqu_gongshi_2025.txt: …的公示 opens the file
    text = ("关于南县高新技术产业开发区扩区的公示\n按照《湖南省开发区调区扩区和退出管理办法》等有关规定,现予以公示。\n"
            "附件:南县高新技术产业开发区扩区方案\n湖南省发展和改革委员会\n2025年9月5日\n")
    (doc,) = seg(text)
    assert (doc.title, doc.date) == ("关于南县高新技术产业开发区扩区的公示", "2025-09-05")


def test_a_page_header_that_runs_the_number_on_is_skipped_on_the_way_to_the_title() -> None:
    # tests/data/real/personnel3/guangdong_dongguan_gonggongweisheng_lingdaoxiaozu_2003.txt
    text = ("东莞市人民政府办公室关于成立市公共卫生体系建设领导小组的通知\n东府办函[2003]248号2003年12月16日广东省\n"
            "东府办函[2003]248号 \n各镇人民政府(区办事处),市府直属有关单位: \n  正文。\n")
    (doc,) = seg(text)
    assert (canonical_number(doc.doc_number), doc.title) == (
        "东府办函〔2003〕248号", "东莞市人民政府办公室关于成立市公共卫生体系建设领导小组的通知")


def test_a_heading_under_a_reposts_hook_line() -> None:
    # tests/data/real/mixed11/neimenggu_hubaoewu_yitihua_2023.txt: the hook, then the heading over three lines
    docs = seg("内蒙古自治区人民政府发布通知!\n内蒙古自治区人民政府关于\n推动呼包鄂乌一体化发展\n若干举措的通知\n"
               "为深入贯彻党的二十大精神,现提出如下举措。\n")
    assert [(d.is_official, d.title) for d in docs] == [(True, "内蒙古自治区人民政府关于推动呼包鄂乌一体化发展若干举措的通知")]


def test_a_decision_that_opens_with_its_adoption_note() -> None:
    # tests/data/real/mixed11/yanbian_renda_2017.txt: no title in the copy; the note dates the decision
    docs = seg("(2017年6月12日延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议通过)\n"
               "根据…规定,延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议决定:金寿浩为延边朝鲜族自治州人民政府代理州长。\n")
    assert [(d.is_official, d.title, d.date) for d in docs] == [(True, None, "2017-06-12")]


@pytest.mark.parametrize("text,title", [
    # a stored page's title with the site's name after it (tests/data/real/mixed14/anhui_luan_zerenfenjie_2021.txt)
    ("六安市人民政府关于2021年重点工作及责任分解的通知-欧洲杯网络平台\n各县区人民政府,市开发区管委,市政府各部门、各直属机构:\n"
     "2021年是实施“十四五”规划的第一年。\n", "六安市人民政府关于2021年重点工作及责任分解的通知"),
    # an attachment's file name as its first line (tests/data/real/mixed13/jiangsu_changzhou_zhonglou_minshengshishi_2021.txt)
    ("2021年重大民生实事项目目标任务责任分解表.docx\n1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容\n",
     "2021年重大民生实事项目目标任务责任分解表"),
    # written: a page's title naming its column and its site, each after _
    ("关于印发《某某市2021年重点工作责任分解方案》的通知_政策文件_某某市人民政府门户网站\n各县区人民政府:\n正文。\n",
     "关于印发《某某市2021年重点工作责任分解方案》的通知"),
])
def test_what_a_page_or_file_adds_after_a_title_is_no_part_of_it(text: str, title: str) -> None:
    assert [d.title for d in seg(text) if d.is_official] == [title]


def test_a_news_headline_over_a_reported_lead_is_no_document() -> None:
    # tests/data/real/mixed13/tianjin_renwufengong_2022.txt: the report's headline, then X获悉, then the document itself
    docs = seg("天津深入打好污染防治攻坚战 实施“1+3+8”行动计划\n环保网获悉,5月10日,天津市人民政府发布了通知。\n全文如下:\n"
               "天津市人民政府印发关于落实国务院\n《政府工作报告》重点工作任务分工的通知\n各区人民政府,市政府各委、办、局:\n正文。\n")
    assert [d.title for d in docs if d.is_official] == ["天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"]


def test_a_headline_s_cry_with_a_site_s_name_after_it_is_no_title() -> None:
    # tests/data/real/mixed3/guizhou_sheng_huagongyuanqu_2023.txt: the page's headline over its 发布时间…来源: line
    docs = seg("黔东南天柱化工园区上榜!贵州正式公布化工园区名单(第二批)|环球焦点\n发布时间:2023-01-04 14:20:22 来源:\n"
               "近日,贵州省公布了第二批化工园区名单。\n")
    assert [d.title for d in docs if d.is_official] == []


def test_a_number_printed_with_pinyin_glosses_is_the_documents_own():
    # tests/data/real/mixed20/neimenggu_sheng_kaifaqu_guihua_2017.txt, lines 1-3: a web mirror's glosses (發(fā)) in the
    # title and inside the number's code; the number is kept as printed
    text = ("內蒙古自治區(qū)人民政府辦公廳關于\n印發(fā)自治區(qū)“十三五”開發(fā)區(qū)發(fā)展規(guī)劃的通知\n內政辦發(fā)〔2017〕11號\n"
            "各盟行政公署、市人民政府:\n經自治區(qū)人民政府同意,現(xiàn)將規(guī)劃印發(fā)給你們。\n2017年1月22日\n")
    (doc,) = seg(text)
    assert doc.doc_number == "內政辦發(fā)〔2017〕11號"
    assert doc.title == "內蒙古自治區(qū)人民政府辦公廳關于印發(fā)自治區(qū)“十三五”開發(fā)區(qū)發(fā)展規(guī)劃的通知"
    assert doc.date == "2017-01-22"


def test_a_title_printed_again_with_a_character_lost_is_the_numbered_documents():
    # tests/data/real/tasks3/hebei_handan_weixian_shisiwu_guihua_tongzhi_2021.txt, lines 1-13: the page's fields name the
    # notice and its number; its heading again below, the 〇 of 二〇三五 lost and the number line damaged (魏政字202154)
    text = ("名称: 魏县人民政府关于抓好《魏县第十四个五年规划和二〇三五年远景目标纲要》贯彻落实的通知\n"
            "文号:魏政字〔2021〕54号\n发布日期:2021-08-20\n"
            "魏县人民政府关于抓好《魏县第十四个五年规划和二〇三五年远景目标纲要》贯彻落实的通知\n魏政字202154\n魏县人民政府\n"
            "关于抓好《魏县第十四个\n五年规划和二三五年远景目标纲要》贯彻\n落实的通知\n各乡镇政府、街道办,县政府各部门:\n正文。\n")
    (doc,) = seg(text)
    assert (doc.doc_number, doc.title) == (
        "魏政字〔2021〕54号", "魏县人民政府关于抓好《魏县第十四个五年规划和二〇三五年远景目标纲要》贯彻落实的通知")


def test_a_passed_line_closed_too_early_goes_on_to_the_next() -> None:
    # tests/data/real/mixed19/jiangsu_nantong_renda_renmian_2021.txt, lines 9-12: the bracket closes before 会议通过
    text = ("南通市人大常委会\n关于接受曹金海同志辞去南通市人大常委会委员职务的决定\n(2021年10月9日南通市第十五届会议)\n"
            "全国人民代表大会常务委员会第四十一次会议通过)\n"
            "南通市第十五届人大常委会第四十一次会议决定,接受曹金海同志因工作变动辞去南通市第十五届人大常委会委员职务的请求。\n")
    (doc,) = seg(text, "nantong.txt")
    assert doc.title == "南通市人大常委会关于接受曹金海同志辞去南通市人大常委会委员职务的决定"
    assert doc.date == "2021-10-09"


def test_a_tables_header_row_is_no_pages_fields():
    from kg.patterns import simplified

    # tests/data/real/mixed17/neimenggu_zizhiqu_huagongyuanqu_undated.txt, line 3: 名稱 heads a column, it names nothing
    text = ("在內蒙古第一批公布的名單中,化工園區只有1個。\n序號 | 所在盟市 | 名稱 | 四至范圍 | 認定類型 |\n"
            "1 | 阿拉善盟 | 內蒙古阿拉善高新技術產業開發區 | 東至… | 化工園區 |\n")
    assert page_metadata(simplified(text)) == {}  # the fields are read in simplified characters
    assert [d.title for d in seg(text)] == [None]
