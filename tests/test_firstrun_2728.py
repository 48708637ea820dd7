"""The constructions behind the appointment, document and task misses of the first runs of
tests/data/real/mixed27 and mixed28, each read from the corpus sentence that showed it (file named
beside it). The same constructions on other public pages are rows of tests/data/constructions/*.tsv."""

from __future__ import annotations

import pytest

from kg.extract.personnel import extract_appointments
from kg.read.segment import as_one_document as make_doc


def kinds(text: str) -> list[tuple]:
    return [(a.person, a.action, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]


_GUANGXI = ("黃道偉", "李康", "黃日波", "陳剛", "劉正東", "磨長英", "彭曉春", "錢學明", "劉慕仁")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare 壮 surname (磨) inside a long list before 為, in traditional print
        # (tests/data/real/mixed27/guangxi_zizhiqu_zhengxie_xuanju_2018.txt, line 5)
        ("選舉黃道偉、李康、黃日波、陳剛、劉正東、磨長英、彭曉春、錢學明、劉慕仁為政協第十二屆廣西壯族自治區委員會副主席。",
         [(n, "appoint", "政協第十二屆廣西壯族自治區委員會", "副主席", "election") for n in _GUANGXI]),
        # names, 等N名同志, 为, the unit, the cohort (第一届, no part of the post), a title of the people a court engages
        # (tests/data/real/mixed27/heilongjiang_daqing_duerbote_pinren_2013.txt, line 3)
        ("9月30日,杜尔伯特蒙古族自治县人民法院召开聘任特约监督员会议,聘任马洪君等20名同志为县人民法院第一届特约监督员,任期2年。",
         [("马洪君", "appoint", "县人民法院", "特约监督员", "engagement")]),
        # a decision named by its act, 关于A为X的决定, in a list of decisions passed; the resignation named before it
        # (tests/data/real/mixed28/liaoning_sheng_renda_daishengzhang_2017.txt, line 9)
        ("据《辽沈晚报》客户端消息,10月30日,辽宁省十二届人大常委会第三十七次会议表决通过《关于接受陈求发辞去辽宁省人民政府"
         "省长职务请求的决定》、任命名单及《关于唐一军为辽宁省人民政府代理省长的决定》。",
         [("陈求发", "remove", "辽宁省人民政府", "省长", "resignation"),
          ("唐一军", "appoint", "辽宁省人民政府", "代理省长", "acting")]),
        # the same, the title a file's first line (tests/data/real/docs/liaoning_shenyang_renda_2015.txt, line 1)
        ("沈阳市人民代表大会常务委员会关于潘利国为沈阳市人民政府代理市长的决定",
         [("潘利国", "appoint", "沈阳市人民政府", "代理市长", "acting")]),
        # 原 before the unit of the post removed (tests/data/real/mixed28/xinjiang_renda_gongantingzhang_2009.txt, line 7);
        # a bare name before 中共 keeps its own characters (栗智, not 栗智中)
        ("9月5日,经中共中央同意,中共新疆维吾尔自治区党委决定,免去栗智中共乌鲁木齐市委书记职务,朱海仑接任。同日,新疆维吾尔"
         "自治区十一届人大常委会召开第十三次会议,决定任命朱昌杰为自治区公安厅厅长,免去柳耀华原自治区公安厅厅长职务。",
         [("栗智", "remove", "中共乌鲁木齐市委", "书记", "removal"),
          ("朱昌杰", "appoint", "自治区公安厅", "厅长", "appointment"),
          ("柳耀华", "remove", "自治区公安厅", "厅长", "removal")]),
        # a reason (鉴于…) tells acts that are not the decision's, and 担任 is no part of a name before it
        # (tests/data/real/mixed28/liaoning_sheng_renda_daishengzhang_2017.txt, line 11)
        ("会议决定,鉴于中央决定陈求发担任辽宁省委书记,不再担任辽宁省人民政府省长职务,根据《中华人民共和国地方各级人民代表大会和"
         "地方各级人民政府组织法》第二十七条的规定,辽宁省第十二届人大常委会第三十七次会议决定接受陈求发辞去辽宁省长职务的请求。",
         [("陈求发", "remove", "辽宁", "省长", "resignation")]),
        # a reason of one clause: the act after it is read (tests/data/real/mixed26/fujian_putian_renda_renmian_2025.txt, line 7)
        ("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十六条的规定,鉴于代表资格审查委员会的组成人员必须是"
         "常务委员会的组成人员,自本决定通过之日起,何金清的莆田市第八届人民代表大会常务委员会代表资格审查委员会主任委员职务相应终止。",
         [("何金清", "remove", "莆田市第八届人民代表大会常务委员会代表资格审查委员会", "主任委员", "termination")]),
    ],
)
def test_appointment_constructions(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 出任 is a verb of its own: no 陆续出 (tests/data/real/mixed28/liaoning_sheng_renda_daishengzhang_2017.txt, line 4)
        "一年半内四度履新:曾补缺落马的卢子跃,主持党政一把手空缺的宁波,先后任该市政协主席、代市长、市委书记,"
        "并陆续出任浙江省委常委、省委副书记",
    ],
)
def test_appointment_constructions_leave_these_alone(text: str) -> None:
    assert kinds(text) == []


def test_a_decision_named_after_the_lead_that_stated_it_is_one_act() -> None:
    """The lead states the act, a list of decisions passed names it again with the province before the court: one
    record, as the lead wrote it (tests/data/real/mixed14/heilongjiang_renda_2012.txt, lines 1 and 5)."""
    text = ("生活报1月9日讯 8日,省十一届人大常委会召开第三十一次会议。会议决定任命徐明为省人民检察院副检察长、代理检察长。\n"
            "表决通过了《黑龙江省人民代表大会常务委员会关于接受姜伟辞去省人民检察院检察长职务的请求的决定》、"
            "《黑龙江省人大常委会任命名单》、《黑龙江省人民代表大会常务委员会关于徐明为黑龙江省人民检察院代理检察长的决定》。")
    assert kinds(text) == [("徐明", "appoint", "省人民检察院", "副检察长", "appointment"),
                           ("徐明", "appoint", "省人民检察院", "代理检察长", "acting"),
                           ("姜伟", "remove", "省人民检察院", "检察长", "resignation")]


def test_a_pages_table_names_the_files_number_and_date() -> None:
    """A 江苏 page's fields in a table: 文件号 is the file's own number, 制发日期 its date, no cited document
    (tests/data/real/mixed27/jiangsu_sheng_teseyoushichanye_yijian_2025.txt, lines 1-3)."""
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    text = ("| 发布机构 | 江苏省人民政府 | ||\n| 文件号 | 苏政办发〔2025〕45号 | 制发日期 | 2025-12-23 |\n"
            "各市、县(市、区)人民政府,省各委办厅局,省各直属单位:\n为深入贯彻党的二十届四中全会和习近平总书记对江苏工作重要讲话精神,"
            "认真落实省委十四届十次全会部署,引导和推动各地因地制宜发展特色优势产业,增强区域产业核心竞争力和可持续发展能力,提出如下实施意见。\n")
    docs = list(segment(read_text(text.encode("utf-8"), "jiangsu.txt")))
    assert [(d.doc_number, d.date) for d in docs] == [("苏政办发〔2025〕45号", "2025-12-23")]


@pytest.mark.parametrize(
    ("inner", "lead"),
    [
        # a task's bracket says who and by when (tests/data/real/mixed28/tianjin_shi_renwufengong_2020.txt, line 11)
        ("市政府各部门分别负责,年内持续推进", ("市政府各部门",)),
        # the same after a lead verb, with a date (written)
        ("市发展改革委牵头,2020年底前完成", ("市发展改革委",)),
    ],
)
def test_a_bracket_names_who_then_by_when(inner: str, lead: tuple[str, ...]) -> None:
    from kg.extract.roles import statement_in_brackets

    roles = statement_in_brackets(inner)
    assert roles is not None and roles.lead == lead


def test_a_bracket_with_a_task_after_the_comma_states_nothing() -> None:
    from kg.extract.roles import statement_in_brackets

    assert statement_in_brackets("市发展改革委牵头,加快推进项目建设") is None


def test_a_number_the_addressee_runs_into_is_the_files_own() -> None:
    """The line break between the 文号 and the addressee lost: the number is still the one under the title
    (tests/data/real/mixed28/ningxia_zhongwei_zhongdianxiangmu_tongbao_2023.txt, lines 1-2)."""
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    text = ("全市1-7月份重点项目进展情况通报\n卫发改函〔2023〕26号各县(区)人民政府,市政府有关部门、直属机构:\n"
            "7月份以来,全市上下认真贯彻落实自治区上半年经济形势分析会精神和市委、市政府有关项目建设工作部署,"
            "扎实开展“扩大有效投资巩固提升年”活动。\n")
    docs = list(segment(read_text(text.encode("utf-8"), "ningxia.txt")))
    assert [(d.doc_number, d.title) for d in docs] == [("卫发改函〔2023〕26号", "全市1-7月份重点项目进展情况通报")]


def test_a_news_lead_gives_the_text_below_it_by_its_title() -> None:
    """省人民政府网站发布《…的批复》。具体内容如下: then the addressee, the body and the signature: one document, titled
    by the lead's 《》 (tests/data/real/mixed27/anhui_suzhou_gaoxinqu_jiagua_pifu_2024.txt)."""
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    text = ("大皖新闻讯 3月8日,省人民政府网站发布《安徽省人民政府关于同意安徽宿州高新技术产业开发区加挂杭州宿州产业园区牌子的批复》。"
            "具体内容如下:\n宿州市人民政府:\n《关于安徽宿州高新技术产业开发区加挂杭州宿州产业园区牌子的请示》(宿政〔2023〕25号)悉。"
            "经研究,现批复如下:\n一、同意安徽宿州高新技术产业开发区加挂杭州宿州产业园区牌子,请按有关规定办理。\n"
            "安徽省人民政府\n2024年2月26日\n")
    docs = list(segment(read_text(text.encode("utf-8"), "anhui.txt")))
    assert [(d.title, d.date) for d in docs if d.title] == [
        ("安徽省人民政府关于同意安徽宿州高新技术产业开发区加挂杭州宿州产业园区牌子的批复", "2024-02-26")]


def test_a_notice_publishing_what_it_names_is_titled_by_its_heading() -> None:
    """A 公告 with no addressee: its body names the catalogue in 《》 (…,现予以公告。), the signature follows, then the
    catalogue's heading, which titles it (tests/data/real/mixed27/shanghai_tesechanyeyuanqu_mulu_2022.txt, lines 1-4)."""
    from kg.read.ingest import read_text
    from kg.read.segment import segment

    text = ("上海市在2020-2022年共发布了53个特色产业园区,明确了特色产业园区的产业类别、名称、面积、四至范围,"
            "形成了《上海市特色产业园区公告目录(2022年版)》,现予以公告。\n上海市经济和信息化委员会\n2022年10月24日\n"
            "上海市特色产业园区公告目录(2022年版)\n序号 |\n产业类别 |\n")
    docs = list(segment(read_text(text.encode("utf-8"), "shanghai.txt")))
    assert [(d.title, d.date) for d in docs if d.title] == [("上海市特色产业园区公告目录(2022年版)", "2022-10-24")]
