"""kg.extract.roles: the responsibility grammar, on statements as real plans print them.

Each statement is copied from a document under seeds/ or tests/data (the file is named, one
is the documented form);
the expected parties are what the document means, read by a person.
"""

from __future__ import annotations

import pytest

from kg.extract.roles import (
    LABEL_GUARD_RE,
    LABEL_RE,
    LABELLED_BRACKET_RE,
    ROLE_OF_LABEL,
    Roles,
    is_unit_name,
    lead_marks,
    looks_like_units,
    parse_labelled,
    parse_responsibility,
    split_officials,
    split_units,
    statement_in_brackets,
    unbreak,
)

STATEMENTS = [
    # labels, full-width, with a leading official (seeds/001: 宁波 产业基础再造 plan)
    ("牵头领导：陈炳荣；牵头单位：市科技局；配合单位：市发改委、市经信局",
     Roles(("市科技局",), ("市发改委", "市经信局"), ("陈炳荣",))),
    # labels, half-width; 责任单位 cooperates once a 牵头 unit is named (tasks2/hubei_xianning_jiayu)
    ("牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区",
     Roles(("县财政局",), ("县税务局", "各镇人民政府", "嘉鱼经济开发区"))),
    # 责任单位 alone: every unit leads (tasks2/jiangsu_huaian_wenzengzhang_xize_2022)
    ("责任单位:市工信局、市财政局", Roles(("市工信局", "市财政局"))),
    # a lead marked inside the list (other_cities/quzhou_ocr_table)
    ("责任单位：市发改委（牵头）、市经信局、市科技局", Roles(("市发改委",), ("市经信局", "市科技局"))),
    # verbs; 等部门 closes the list (seeds/003: 鄞州 plan)
    ("区发改局牵头,区人才办、区经信局、区科技局、区投促中心、区商务局等部门配合",
     Roles(("区发改局",), ("区人才办", "区经信局", "区科技局", "区投促中心", "区商务局"))),
    # 主办 / 协办 (docs/heilongjiang_sheng_zhengfugongzuobaogao_fengong_2013)
    ("省财政厅主办,省国税局、地税局协办", Roles(("省财政厅",), ("省国税局", "地税局"))),
    # 分别负责: each leads its part (the same document)
    ("省发改委、农委、统计局分别负责", Roles(("省发改委", "农委", "统计局"))),
    # the convention printed after the list: the first unit listed leads (series/zhejiang_huzhou_fengong_2024)
    ("责任单位:市政府办公室、市级其他有关单位、各区县政府(含南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)",
     Roles(("市政府办公室",), ("市级其他有关单位", "各区县政府(含南太湖新区、长合区管委会)"))),
    # 列第一位者为…: the convention said with 者 (tests/data/real/mixed8/tongxiang_tasks_2020.txt)
    ("责任单位:发改局、经信局、建设局、农业农村局、文化和广电旅游体育局、工商联(列第一位者为牵头或汇总单位,下同)",
     Roles(("发改局",), ("经信局", "建设局", "农业农村局", "文化和广电旅游体育局", "工商联"))),
    # 由 X 牵头，会同 Y (the form as the module documents it; no corpus file prints it this short)
    ("由市经信局牵头，会同市财政局", Roles(("市经信局",), ("市财政局",))),
]


@pytest.mark.parametrize(("text", "roles"), STATEMENTS, ids=[s[0][:16] for s in STATEMENTS])
def test_statements_as_printed(text, roles):
    assert parse_responsibility(text) == roles


def test_the_document_convention_makes_the_first_listed_unit_lead():
    text = "责任单位:市政府办公室、市级其他有关单位、各区县政府"
    assert parse_responsibility(text).lead == ("市政府办公室", "市级其他有关单位", "各区县政府")
    assert parse_responsibility(text, first_leads=True) == Roles(("市政府办公室",), ("市级其他有关单位", "各区县政府"))


def test_a_leading_official_padded_to_three_characters_stays_one_name():
    # 牵头领导:王 健 (docs/liaoning_sheng_zhengfugongzuobaogao_fengong_2024)
    assert parse_labelled("牵头领导:王 健") == Roles(officials=("王 健",))
    assert split_officials("王 健、张三") == ("王 健", "张三")
    assert split_officials("张三 李四") == ("张三", "李四")


def test_a_bracketed_body_after_a_unit_is_a_note():
    roles = parse_responsibility("区交通运输局(象山湾一期公司)")
    assert roles == Roles(("区交通运输局",), notes=("象山湾一期公司",))


def test_split_units_keeps_brackets_and_drops_list_tails():
    units, notes = split_units("区商务局等部门、相关镇(街道)、各区、县（市）政府")
    assert units == ["区商务局", "相关镇(街道)", "各区", "县（市）政府"] and notes == []  # as the real golds split it
    assert split_units("市发\n  改委、市财政局")[0] == ["市发改委", "市财政局"]  # an OCR break inside a name


def test_a_level_list_is_split_on_its_separators_and_a_join_after_a_bracket() -> None:
    # real/mixed21/liaoning_shenyang_fengongfangan_2026.txt: 责任单位:市财政局等有关部门,各区、县(市)政府及开发区管委会,
    # read as its audited gold writes it; 各县（市、区）人民政府, the 、 inside the bracket, stays one
    assert split_units("市财政局等有关部门,各区、县(市)政府及开发区管委会")[0] == [
        "市财政局", "各区", "县(市)政府", "开发区管委会"]
    assert split_units("各县（市、区）人民政府、市直有关单位")[0] == ["各县（市、区）人民政府", "市直有关单位"]


def test_a_bare_body_after_a_join_shares_the_place_before_it():
    # real/mixed23/henan_pingdingshan_hezhangzhi_renwufenjie_2018.txt: 各县(市、区)党委和人民政府 is one item
    assert split_units("各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会")[0] == [
        "各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会"]
    assert split_units("环保厅和内蒙古电力监管办")[0] == ["环保厅", "内蒙古电力监管办"]


def test_lead_marks():
    assert lead_marks(("市发改委（牵头）", "市科技局")) == (("市发改委",), ("市科技局",))
    assert lead_marks(("市发改委", "市科技局")) == (("市发改委", "市科技局"), ())


def test_what_is_and_is_not_a_unit_list():
    assert is_unit_name("市发改委") and is_unit_name("各乡镇（街道）")
    assert not is_unit_name("做好工作")
    assert looks_like_units("市发改委、市财政局")
    assert looks_like_units("市发改委牵头")
    assert not looks_like_units("由上海全权负责运营。")  # prose that uses a role verb


def test_a_bracket_holds_a_statement_or_not():
    assert statement_in_brackets("财政厅牵头") == Roles(("财政厅",))
    assert statement_in_brackets("省发改委、农委、统计局分别负责") == Roles(("省发改委", "农委", "统计局"))
    assert statement_in_brackets("鄱(阳)") is None
    assert statement_in_brackets("市发改委、市财政局") is None  # a bare list is not a statement


def test_unbreak_and_an_empty_statement():
    assert unbreak("市发\n  改委") == "市发改委"
    assert not Roles()
    assert not parse_responsibility("")


@pytest.mark.parametrize(("bracket", "lead", "cooperate"), [
    # OCR of tests/data/formats/scanned_gazette_pages.pdf (甬政办发〔2021〕79号): 牵头单位 read as SAS / FX单位
    ("(SAS:浙江自贸区宁波片区管委会;配合单位:市国资委、市能源局、市地方金融监管局、人行市中心支行、宁波银保监局)",
     ("浙江自贸区宁波片区管委会",), ("市国资委", "市能源局", "市地方金融监管局", "人行市中心支行", "宁波银保监局")),
    ("(FX单位:市地方金融监管局;配合单位:宁波证监局、各相关金融机构)", ("市地方金融监管局",), ("宁波证监局", "各相关金融机构")),
    # 配合单位 read as RSS / RASH
    ("(牵头单位:人行市中心支行;RASH:市地方金融监管局、各相关金融机构)", ("人行市中心支行",), ("市地方金融监管局", "各相关金融机构")),
    # ; printed for the colon, 〈 for the bracket (issue 23: (牵头单位;市发改委;配合单位;…, 〈牵头单位)
    ("(牵头单位;市发改委;配合单位;市经信局、市能源局)", ("市发改委",), ("市经信局", "市能源局")),
    ("〈牵头单位:市商务局;配合单位:市发改委)", ("市商务局",), ("市发改委",)),
])
def test_role_labels_as_ocr_prints_them(bracket, lead, cooperate):
    m = LABELLED_BRACKET_RE.search(bracket)
    assert m is not None
    roles = parse_labelled(m["body"])
    assert (roles.lead, roles.cooperate) == (lead, cooperate)


def test_an_ocr_form_is_no_label_outside_a_role_clause():
    # SAS in running text is not a label; only a bracket or a ；-closed clause opens one
    assert LABELLED_BRACKET_RE.search("采用SAS:统计软件分析(市统计局)") is None
    roles = parse_labelled("牵头单位：市统计局、SAS:市财政局")
    assert roles.lead == ("市统计局",) and not roles.cooperate  # SAS: inside a list is no 牵头单位


def test_label_guard_finds_every_label_the_label_patterns_read() -> None:
    """A text where LABEL_GUARD_RE finds nothing is not read by the label patterns (they are not
    even compiled for it), so every label they match must hold what the guard looks for."""
    from kg.patterns import OCR_LABEL_FORMS

    for word in (*ROLE_OF_LABEL, *OCR_LABEL_FORMS):
        for colon in ("：", ":", " ：", "\n："):
            assert LABEL_GUARD_RE.search(f"（{word}{colon}市发改委）"), (word, colon)
    spaced = "（责 任 单 位 ：市财政局）"  # spaced as some gazettes print it
    assert LABELLED_BRACKET_RE.search(spaced) and LABEL_RE.search(spaced) and LABEL_GUARD_RE.search(spaced)
    from bench.real import real_texts

    for path in real_texts():
        text = path.read_text(encoding="utf-8")
        if LABEL_GUARD_RE.search(text) is None:
            assert LABELLED_BRACKET_RE.search(text) is None and LABEL_RE.search(text) is None, path.name


def test_spaces_inside_a_unit_name_of_a_list_close_up() -> None:
    # a PDF's text layer spaces names out (real/mixed5/henan_zhengzhou_xinmi_fenjie_2021.txt)
    assert split_units("市 住建局 、资源规划 局、 大数据局 、 发展改革委、城管局")[0] == [
        "市住建局", "资源规划局", "大数据局", "发展改革委", "城管局"]
    assert split_units("市发展改革委、住建局, 各乡镇政府、街道办事处 、伏羲 山管委 会")[0][-1] == "伏羲山管委会"
    assert split_units("市发改委 市财政局")[0] == ["市发改委", "市财政局"]  # every piece a unit: two units


@pytest.mark.parametrize(("inner", "lead", "cooperate"), [
    # a division the gazetteer knows is a party when a verb names the role (real/mixed4, in simplified characters:
    # ningxia_yinchuan_dushiquan_jihua_2019, heilongjiang_sheng_wenzengzhang_cuoshi_undated)
    ("自治区交通运输厅牵头,自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合",
     ("自治区交通运输厅",), ("自治区发展改革委", "自然资源厅", "银川市", "石嘴山市", "吴忠市人民政府", "宁东管委会")),
    ("哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责",
     ("哈尔滨机场扩建指挥部", "哈尔滨", "黑河", "绥芬河市政府", "省农垦总局"), ()),
])
def test_places_are_parties_of_a_statement_with_its_verb(inner, lead, cooperate):
    roles = statement_in_brackets(inner)
    assert roles is not None and (roles.lead, roles.cooperate) == (lead, cooperate)


def test_places_alone_in_brackets_are_no_statement():
    assert statement_in_brackets("银川市、石嘴山市") is None


def test_a_collective_joined_by_he_stays_one_unit():
    # 省有关部门和单位 (real/mixed4/jiangxi_sheng_ganyinan_suqu_yaodian_2016.txt, in simplified characters)
    assert split_units("省有关部门和单位")[0] == ["省有关部门和单位"]


def test_leaders_named_after_their_posts() -> None:
    # a news report of a 分工方案 (tests/data/real/mixed11/beijing_fengong_2018.txt): the names, not the posts;
    # the first post of a person's chain is no leader of its own; names alone stay as they were
    assert split_officials("常务副市长张工") == ("张工",)
    assert split_officials("市政府党组成员、公安局局长王小洪和副市长杨斌") == ("王小洪", "杨斌")
    assert split_officials("副市长王宁、副市长卢彦") == ("王宁", "卢彦")
    assert split_officials("王 健、李四") == ("王 健", "李四")
    assert split_officials("常务副区长") == ("常务副区长",)


def test_a_remark_written_as_an_item_is_no_unit() -> None:
    # …四市人民政府按职责分工负责,下同 (tests/data/real/mixed11/neimenggu_hubaoewu_yitihua_2023.txt)
    roles = parse_labelled("责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责,下同。")
    assert roles.lead == ("自治区发展改革委", "财政厅", "中国铁路呼和浩特局集团有限公司", "四市人民政府")
    assert roles.cooperate == ()
    assert split_units("市发改委、四市(以下简称四市)、以下简称四市")[0] == ["市发改委", "四市(以下简称四市)"]


def test_level_stems_sharing_the_ending_after_them_are_a_unit_list() -> None:
    # tests/data/real/mixed15/hubei_xianning_zerenfengong_2020.txt: 各县、市、区政府 inside a 责任单位 cell
    assert looks_like_units("市税务局等,各县、市、区政府,咸宁高新区管委会")
    assert looks_like_units("区工信局、各街道办事处")  # real/mixed14 liaoning_shenhe_renwufenjie_2024
    assert not looks_like_units("各县、市")  # a stem with no unit after it


def test_units_join_at_every_conjunction_of_the_list_grammar_but_not_inside_a_name() -> None:
    # 环保厅和内蒙古电力监管办及相关盟市 (the row's comment); 以及, 与 are kg.extract.lists.CONJUNCTIONS too; 经济和信息化委 is one
    assert split_units("市发改委以及市财政局")[0] == ["市发改委", "市财政局"]
    assert split_units("市发改委与市财政局")[0] == ["市发改委", "市财政局"]
    assert split_units("市经济和信息化委")[0] == ["市经济和信息化委"]
