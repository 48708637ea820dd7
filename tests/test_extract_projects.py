"""Projects tables: responsibility cells, years, labelled lines, three table shapes, seeds."""

from __future__ import annotations

from collections import Counter

import pytest

import kg.extract.projects as projects_module
from kg.extract import extract_document
from kg.extract.lists import split_clauses
from kg.extract.projects import _clause_lists, extract_projects
from kg.extract.roles import parse_responsibility, split_units
from kg.read.segment import as_one_document as make_doc
from kg.records import Project


@pytest.mark.parametrize(
    ("cell", "leads", "coops"),
    [
        ("区发改局牵头,区科技局、区经信局配合", ("区发改局",), ("区科技局", "区经信局")),
        ("市经信局牵头，市科技局配合", ("市经信局",), ("市科技局",)),
        ("由市发改委牵头，市财政局、市商务局配合", ("市发改委",), ("市财政局", "市商务局")),
        ("由区住建局负责", ("区住建局",), ()),
        ("市科技局、市发改委", ("市科技局", "市发改委"), ()),
        ("市住建局 市城投集团", ("市住建局", "市城投集团"), ()),
        ("区发改局牵头,区人才办、区商务局等部门配合", ("区发改局",), ("区人才办", "区商务局")),
        ("区商务局等部门牵头", ("区商务局",), ()),
        ("区交通运输局牵头,相关镇(街道)配合", ("区交通运输局",), ("相关镇(街道)",)),
        ("市交通局牵头，会同市公安局", ("市交通局",), ("市公安局",)),
        ("由市农业农村局会同市水利局牵头", ("市农业农村局",), ("市水利局",)),
        ("牵头单位：市经信局；配合单位：市发改委、市科技局", ("市经信局",), ("市发改委", "市科技局")),
        ("牵头单位:县经信局;配合单位:各乡镇(街道)", ("县经信局",), ("各乡镇(街道)",)),
        ("区经信局牵头,区科技局、区经信局配合", ("区经信局",), ("区科技局", "区经信局")),  # kept as written
    ],
)
def test_parse_responsibility(cell, leads, coops):
    roles = parse_responsibility(cell)
    assert (roles.lead, roles.cooperate) == (leads, coops)


def test_bracketed_company_goes_to_note():
    roles = parse_responsibility("区交通运输局(象山湾一期公司)牵头,相关镇(街道)配合")
    assert roles.lead == ("区交通运输局",)
    assert roles.cooperate == ("相关镇(街道)",)
    assert roles.notes == ("象山湾一期公司",)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("各区县（市）政府、开发园区管委会", ["各区县（市）政府", "开发园区管委会"]),
        ("市城投集团，市轨道交通集团", ["市城投集团", "市轨道交通集团"]),
        ("市政府办/市大数据局", ["市政府办", "市大数据局"]),
    ],
)
def test_split_units_keeps_brackets_inside_names(text, units):
    assert split_units(text)[0] == units


PARAGRAPH = """（三）重大项目

表5 交通重大项目表

序号

项目名称

建设规模

开工年

完成年

责任单位

1

城西快速路一期

全长12公里,双向六车道。

2021

2024

市交通局牵头,西湖区政府、市城投集团配合

2

地铁9号线二期

地点:余杭区

长约15公里,设10站。

方案比选中

市轨道集团牵头,余杭区政府配合

四、保障措施
"""


def test_paragraph_projects_table():
    doc = make_doc(PARAGRAPH)
    first, second = extract_projects(doc)
    assert (first.table, first.seq, first.name) == ("表5", 1, "城西快速路一期")
    assert first.lead_units == ("市交通局",)
    assert first.cooperating_units == ("西湖区政府", "市城投集团")
    assert (first.start_year, first.end_year, first.schedule_note) == (2021, 2024, None)
    assert first.content == "全长12公里,双向六车道。"
    assert (second.start_year, second.end_year, second.schedule_note) == (None, None, "方案比选中")
    assert second.location == "余杭区"
    assert second.content == "长约15公里,设10站。"
    assert second.responsibility_raw == "市轨道集团牵头,余杭区政府配合"
    for p in (first, second):
        assert doc.text.original[p.evidence.start:p.evidence.end] == p.evidence.quote
        assert p.evidence.quote.startswith(str(p.seq)) and p.responsibility_raw in p.evidence.quote


TSV = (
    "序号\t项目名称\t建设内容\t建设年限\t总投资（亿元）\t牵头单位\t配合单位\n"
    "1\t城市大脑二期\t建设数据中台\t2021-2023\t12.5\t市数据局\t市公安局、市交通局\n"
    "2\t老旧小区改造\t改造小区120个\t2022年\t30\t市住建局\t各区县（市）政府\n"
)


def test_tsv_projects_with_separate_cooperate_column():
    doc = make_doc(TSV)
    first, second = extract_projects(doc)
    assert (first.name, first.lead_units, first.cooperating_units) == (
        "城市大脑二期", ("市数据局",), ("市公安局", "市交通局"))
    assert (first.start_year, first.end_year) == (2021, 2023)
    assert (second.start_year, second.end_year) == (None, 2022)
    assert second.cooperating_units == ("各区县（市）政府",)
    assert first.table is None


HTML = """<p>附表2 2022年市级重大项目</p>
<table><tr><td>序号</td><td>项目名称</td><td>建设地点</td><td>责任单位</td></tr>
<tr><td>1</td><td>东部新城综合管廊</td><td>鄞州区</td><td rowspan="2">市住建局、市城投集团</td></tr>
<tr><td>2</td><td>三官堂大桥</td><td>江北区</td></tr>
</table>"""


def test_html_projects_with_rowspan_responsibility():
    doc = make_doc(HTML)
    projects = list(extract_projects(doc))
    assert [(p.table, p.name, p.location, p.lead_units) for p in projects] == [
        ("附表2", "东部新城综合管廊", "鄞州区", ("市住建局", "市城投集团")),
        ("附表2", "三官堂大桥", "江北区", ("市住建局", "市城投集团")),
    ]
    for p in projects:
        assert doc.text.original[p.evidence.start:p.evidence.end] == p.evidence.quote


def test_indicator_and_parks_tables_are_not_projects():
    body = (
        "指标类别\t指标名称\t2025年目标\t牵头单位\n综合效益\t规上工业增加值率\t24.5\t市经信局\n\n"
        "领域\t重点产业园名称\t主导产业\t责任单位\n智能制造\t机器人产业园（萧山区）\t工业机器人\t区经信局\n"
    )
    assert list(extract_projects(make_doc(body))) == []


def test_tsv_project_named_like_a_park_is_a_project_not_a_park():
    from kg.extract.parks import extract_parks

    body = (
        "表4-1:重点项目一览表\n\n"
        "序号\t项目名称\t建设规模\t开工年\t完成年\t责任单位\n"
        "1\t滨江大桥工程\t新建大桥一座。\t2021\t2023\t区交通局牵头,区财政局配合\n"
        "2\t跨境电商产业园\t建设园区,完善配套。\t2022\t2024\t区商务局牵头,区经信局、宁波海关配合\n"
        "3\t智慧物流园\t建设仓储。\t2021\t2022\t区发改局牵头,区供销社配合\n"
    )
    doc = make_doc(body)
    projects = list(extract_projects(doc))
    assert [(p.name, p.lead_units, p.cooperating_units, p.end_year) for p in projects] == [
        ("滨江大桥工程", ("区交通局",), ("区财政局",), 2023),
        ("跨境电商产业园", ("区商务局",), ("区经信局", "宁波海关"), 2024),
        ("智慧物流园", ("区发改局",), ("区供销社",), 2022),
    ]
    assert list(extract_parks(doc)) == []


@pytest.fixture(scope="module")
def seed_projects(seed_docs):
    return seed_docs, [p for d in seed_docs for p in extract_projects(d)]


def test_seed_projects(seed_projects):
    docs, projects = seed_projects
    assert Counter(p.table for p in projects) == {"表4-1": 8, "表4-2": 6, "表4-3": 12, "表4-4": 8}
    by_key = {(p.table, p.seq): p for p in projects}
    ring = by_key["表4-3", 1]
    assert (ring.lead_units, ring.note, ring.start_year, ring.end_year) == (
        ("区交通运输局",), "象山湾一期公司", 2019, 2023)
    assert by_key["表4-3", 8].schedule_note == "方案正在比选,计划2023年动工"
    assert by_key["表4-3", 8].start_year is None
    assert by_key["表4-1", 2].cooperating_units[-1] == "区商务局"
    assert by_key["表4-2", 4].location == "鄞州经济开发区"
    assert by_key["表4-2", 5].location == "东外滩区域"  # 地点; with an OCR'd semicolon
    assert by_key["表4-4", 1].partners == "杨浦区、黄浦区"
    for p in projects:
        st = next(d.text for d in docs if d.source == p.source)
        assert st.original[p.evidence.start:p.evidence.end] == p.evidence.quote
        assert p.name in p.evidence.quote


def prose_projects(text: str) -> list[tuple]:
    return [(p.name, p.lead_units, p.cooperating_units) for p in extract_projects(make_doc(text))]


def test_projects_announced_by_a_heading_with_their_units():
    text = ("（二）科技创新人才行动计划。大力开发青年英才，实施如下重点项目：\n"
            "11.121人才梯队项目。重点培养科技人才。（牵头单位：市人力资源和社会保障局，配合单位：各区）\n"
            "12.博士后培养项目。深入实施博士后培养工程。（牵头单位：市人力资源和社会保障局）\n"
            "（三）城乡一体人才行动计划。\n13.不是项目。（牵头单位：市农业局）\n")
    assert prose_projects(text) == [
        ("121人才梯队项目", ("市人力资源和社会保障局",), ("各区",)), ("博士后培养项目", ("市人力资源和社会保障局",), ())]


def test_projects_listed_in_a_sentence_and_named_with_their_marks():
    text = "工业项目10个,计划投资4.99亿元,分别为汉清生物新资源产业园,年产500台塔吊项目、鱼潭水电站建设和油茶加工项目、鑫达硅业技改等项目;"
    assert [p[0] for p in prose_projects(text)] == ["汉清生物新资源产业园", "年产500台塔吊项目", "鱼潭水电站建设", "油茶加工项目",
                                                    "鑫达硅业技改"]
    text = "一是以吉林中溢炭素年产30万吨超高功率石墨电极项目为主导。市财政给予项目补助，统筹用于区级重大基础设施项目。"
    assert [p[0] for p in prose_projects(text)] == ["吉林中溢炭素年产30万吨超高功率石墨电极项目"]


def test_projects_listed_before_deng_xiangmu():
    text = "先后查看了长吉图智能装备工业园、万科度假区雪场西扩、碧桂园商业商务中心等项目的选址区域。"
    assert [p[0] for p in prose_projects(text)] == ["长吉图智能装备工业园", "万科度假区雪场西扩", "碧桂园商业商务中心"]


def _names(text: str) -> list[str]:
    return [p.name for p in extract_projects(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 崇左 2022: a list closed by a count, its items need not end in 项目
        ("其中,开工项目包括扶绥东西线道路景观提升工程、江州华绿生物现代农业食用菌工厂化、凭祥翔悦日用品填充剂等18个;",
         ["扶绥东西线道路景观提升工程", "江州华绿生物现代农业食用菌工厂化", "凭祥翔悦日用品填充剂"]),
        # 海西 2020: 其中，A、B等12个重点产业项目
        ("其中,青海国源化工科技有限公司年产13.5万吨氯酸盐项目、青新藏(格尔木)陆港商旅物流中心项目等12个重点产业项目,总投资194.43亿元。",
         ["青海国源化工科技有限公司年产13.5万吨氯酸盐项目", "青新藏(格尔木)陆港商旅物流中心项目"]),
        # 和 between two quantities of one product does not split the item
        ("其中,宁夏丰源纺织有限公司20万锭纺纱纺织项目、银川隆基硅年产5GW单晶硅棒和5GW单晶硅片等6个项目投资均完成。",
         ["宁夏丰源纺织有限公司20万锭纺纱纺织项目", "银川隆基硅年产5GW单晶硅棒和5GW单晶硅片"]),
    ],
)
def test_lists_closed_by_a_count_of_projects(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_count_of_projects_is_a_category_not_a_project() -> None:
    assert _names("包括45个重大产业项目、25个重大基础设施项目、20个民生及社会事业项目。") == []


def test_a_task_sentence_naming_projects_is_not_a_project_list() -> None:
    # a plan's task works on these (推进A、B等重大项目建设): no count, no 包括/其中
    assert _names("推进宁波颐乐园改扩建项目、雅戈尔养老项目、江北区颐养中心等重大项目建设。") == []


def test_numbered_items_that_are_project_names() -> None:
    # 开江 2022: 民生实事项目 announced by 现公告如下, each item a project's name
    text = ("现公告如下:\n1.开江县任市中学新建教学楼及学生宿舍建设工程项目;\n2.开江县回龙镇跃进大桥重建工程项目;\n"
            "3.开江县城市污水处理厂提标扩能项目(一期提标升级)。\n")
    assert _names(text) == ["开江县任市中学新建教学楼及学生宿舍建设工程项目", "开江县回龙镇跃进大桥重建工程项目",
                            "开江县城市污水处理厂提标扩能项目(一期提标升级)"]


def test_one_numbered_project_item_is_not_a_list() -> None:
    assert _names("1.开江县智慧停车项目;\n二、其他\n") == []


def test_a_project_content_column_names_the_projects() -> None:
    # 苍南 2022: 序号 / 项目内容 / 当前进度 / 牵头单位 / 备注, one cell per line
    text = ("序号\n项目内容\n当前进度\n牵头单位\n备注\n1\n建设四好农村路55公里。\n95%\n县交通局\n县民生实事\n"
            "2\n完成农村公路大中修70公里。\n90%\n县交通局\n县民生实事\n")
    projects = list(extract_projects(make_doc(text)))
    assert [(p.name, p.lead_units) for p in projects] == [
        ("建设四好农村路55公里", ("县交通局",)), ("完成农村公路大中修70公里", ("县交通局",))]


def test_a_list_after_qizhong_with_two_project_names_is_a_project_list() -> None:
    # 宁夏 2018: no 等 closes it; two items end in 项目/工程, so the others are projects too
    text = "其中,自治区重大科技基础设施项目、国家智能铸造产业创新中心、宁东基地生产性服务业提升工程、银川碧桂园项目投资均完成。"
    assert _names(text) == ["自治区重大科技基础设施项目", "国家智能铸造产业创新中心", "宁东基地生产性服务业提升工程",
                            "银川碧桂园项目"]


def test_a_list_after_qizhong_of_other_things_is_not_projects() -> None:
    assert _names("其中,水利项目、铁路、公路和枢纽完成投资。") == []


# --- issue 21: projects in prose, constructions of real first runs (../shared/realdev2/docs) ---------------


def _names(text: str) -> list[str]:
    return [p[0] for p in prose_projects(text)]


def test_lists_each_closed_by_its_count_in_one_sentence() -> None:
    # hunan_projects_2023.txt: the name stops before 等; what follows the last count (以及…相关项目) is no list
    text = ("基础设施项目包括长沙至赣州高铁、邵阳至永州高铁、铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目,"
            "宁夏至湖南特高压输电工程、岳阳电厂等26个能源网项目,犬木塘水库、大兴寨水库等7个水利网项目,"
            "以及围绕信息网、物流网铺排的相关项目。")
    assert _names(text) == ["长沙至赣州高铁", "邵阳至永州高铁", "铜仁至吉首铁路", "G59官庄至新化公路",
                            "宁夏至湖南特高压输电工程", "岳阳电厂", "犬木塘水库", "大兴寨水库"]


def test_he_inside_a_name_before_the_last_item_does_not_split_it() -> None:
    # hunan_projects_2023.txt
    text = ("产业发展项目178个,包括湘江新区中联先进制造基地项目、三一智联重卡零部件和工程机械扩产项目、"
            "10GW高效异质结光伏电池及组件生产基地、北京汽车产品升级项目等。")
    assert _names(text) == ["湘江新区中联先进制造基地项目", "三一智联重卡零部件和工程机械扩产项目",
                            "10GW高效异质结光伏电池及组件生产基地", "北京汽车产品升级项目"]


def test_a_count_without_deng_and_a_bare_deng_after_project_names() -> None:
    # zhongshan_projects_2022.txt
    text = ("南沙至珠海(中山)城际、中南虎城际两项城际轨道交通项目纳入省重点前期预备项目计划,"
            "珠中江供水一体化工程、大湾区堤防巩固提升工程、珠中江石油天然气干线项目等也纳入其中。")
    assert _names(text) == ["南沙至珠海(中山)城际", "中南虎城际", "珠中江供水一体化工程", "大湾区堤防巩固提升工程",
                            "珠中江石油天然气干线项目"]
    assert _names("推进道路、桥梁等基础设施建设。") == []


def test_projects_told_one_by_one_after_a_count() -> None:
    # zhongshan_projects_2022.txt
    text = ("今年9个省属重点项目中,有两个新开工项目:\n"
            "一个是中山东部外环高速公路二期工程(中山黄圃至翠亨高速公路南北延线)(中山段),建设高速公路12.84公里,工期为2022年-2026年;\n"
            "另一个是广东省储备粮中山直属库二期工程,建设粮食仓容8万吨及配套设施,2023年建成。\n")
    assert _names(text) == ["中山东部外环高速公路二期工程(中山黄圃至翠亨高速公路南北延线)(中山段)", "广东省储备粮中山直属库二期工程"]


def test_a_list_of_names_each_with_its_investment() -> None:
    # fujian_projects_2017.txt
    text = ("总投资达50亿元以上大项目有8个。其中,兴泉铁路泉州段总投资153亿元、南山文化生态园总投资80亿元、"
            "榕威纺织科技园总投资66.73亿元、连江西北经济区基础设施配套项目总投资50亿元。")
    assert _names(text) == ["兴泉铁路泉州段", "南山文化生态园", "榕威纺织科技园", "连江西北经济区基础设施配套项目"]


def test_event_lines_a_venue_and_names_written_again_shorter() -> None:
    # fangxian_projects_2021.txt: a news page's timeline
    text = ("9:50\n北京忠和酒业二期(扩能)项目开工\nG346国道军店至窑淮一级路开工\n9:50\n鑫资再生铅第三条生产线项目开工\n"
            "开工仪式主现场设立在西南农产品物流园项目,4个分现场分别是鑫资再生铅第三条生产线、忠和酒业二期扩能、军店至窑淮一级路。\n"
            "县委书记蔡贤忠宣布全县2021年第一季度重大项目集中开工\n")
    assert _names(text) == ["北京忠和酒业二期(扩能)项目", "G346国道军店至窑淮一级路", "鑫资再生铅第三条生产线项目", "西南农产品物流园项目"]


def test_a_table_one_cell_a_line_ending_with_rules_and_rule_lines_between_rows() -> None:
    # tests/data/real/tasks2/shaanxi_hanzhong_yangxian_minshengshishi_2024.txt in simplified characters (the file is
    # printed in traditional ones, which the column words do not read): cells end with ' |', a bare '|' between rows,
    # a 建设地点 cell that names a 街道 before the 责任单位 cell
    text = ("序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n2024年建设内容 |\n年度投资金额 (万元) |\n责任单位 |\n|\n1 |\n"
            "洋县中小学幼儿园基础设施提升改造项目 |\n相关镇 (街道) |\n2024 |\n对马畅中小等学校运动场地进行改造。 |\n300 |\n教体局 |\n|\n"
            "2 |\n城北小学门前道路建设项目 |\n纸坊街道 |\n2024 |\n建成唐塔北路延伸段(城北小学门前)道路。 |\n300 |\n住建局 |\n")
    projects = list(extract_projects(make_doc(text)))
    assert [(p.name, p.lead_units, p.location, p.end_year) for p in projects] == [
        ("洋县中小学幼儿园基础设施提升改造项目", ("教体局",), "相关镇 (街道)", 2024),
        ("城北小学门前道路建设项目", ("住建局",), "纸坊街道", 2024)]


@pytest.mark.parametrize("text,names", [
    # tests/data/real/parks3/shanxi_jinzhong_jizhongkaigong_2019.txt: a ceremony named for one project after 暨
    ("晋中市2019年重大项目集中开工暨祁县红星白酒产业园项目开工仪式在祁县召开。", ["祁县红星白酒产业园项目"]),
    # tests/data/real/mixed3/jilin_yanbian_jizhongkaigong_2025.txt
    ("白城市2025年春季重点项目集中开工暨通榆云针智算中心项目启动仪式", ["通榆云针智算中心项目"]),
    # tests/data/real/parks3/gansu_zhangye_jizhongkaigong_2020.txt: the event held at a project's site
    ("张掖市2020年第一季度重点项目集中开工仪式23日在该市华为大数据中心二期项目现场举行。", ["华为大数据中心二期项目"]),
    # tests/data/real/parks3/hebei_qinhuangdao_jizhongkaigong_2023.txt: the zone before the name is its place
    ("集中开工活动在秦皇岛经济技术开发区康泰医学电子医疗器械产业园项目现场举行。", ["康泰医学电子医疗器械产业园项目"]),
    # tests/data/real/parks3/shanxi_linfen_puxian_kaifugong_2024.txt: venues, one and a list after 分别
    ("主会场设立在蒲县公安局业务技术用房建设项目施工现场,三个分会场分别设立在蒲县博大年产8万吨精密装备制造项目施工现场、"
     "蒲县2024年南川河沿线环境提升及河道治理项目施工现场、蒲县2024年农村公路工程施工现场。",
     ["蒲县公安局业务技术用房建设项目", "蒲县博大年产8万吨精密装备制造项目", "蒲县2024年南川河沿线环境提升及河道治理项目",
      "蒲县2024年农村公路工程"]),
])
def test_projects_named_by_a_ceremony_or_its_site(text: str, names: list[str]) -> None:
    found = list(extract_projects(make_doc(text + "\n")))
    assert sorted(p.name for p in found) == sorted(names)
    assert all(text[p.evidence.start : p.evidence.end] == p.evidence.quote for p in found)


def test_projects_an_inspection_visits_before_etc() -> None:
    # tests/data/real/mixed3/jilin_yanbian_jizhongkaigong_2025.txt: 踏察了A、B…等项目建设现场 names each project
    text = "胡家福实地踏察了吉林省国理药厂、健康生态产业基地、龙门养心客栈、悦林谷森林度假区、海兰明珠塔等项目建设现场,详细了解项目进展。\n"
    assert [p.name for p in extract_projects(make_doc(text))] == [
        "吉林省国理药厂", "健康生态产业基地", "龙门养心客栈", "悦林谷森林度假区", "海兰明珠塔"]


# --- issue 21 round 3: constructions of tests/data/real/parks4 and mixed4 ---------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # parks4 beijing_shi_jizhongkaigong_2020: a verb before the first item; the count's noun holds a 、
        ("安排轨道交通平谷线、市郊铁路京承线先期开通工程、市郊铁路怀柔-密云线引入北京北站等4个轨道交通、市郊铁路重大项目。"
         "安排北京激光加速科学创新中心、太空实验室地面实验基地等4个怀柔科学城领域重大项目。",
         ["轨道交通平谷线", "市郊铁路京承线先期开通工程", "市郊铁路怀柔-密云线引入北京北站", "北京激光加速科学创新中心",
          "太空实验室地面实验基地"]),
        # mixed4 liaoning_shenyang_liaozhong_jizhongkaigong_2020: 和 opening an item is its name's (和世泰), not a conjunction
        ("集中开工的辽宁百岁国际家居建材工业园、辽宁荣信沐樾府、和世泰钛材加工中心等20个重点项目,总投资28.77亿元",
         ["辽宁百岁国际家居建材工业园", "辽宁荣信沐樾府", "和世泰钛材加工中心"]),
        # parks4 qinghai_haixi_chaidamu_zhaoshang_2022: a zone before the first item is its place
        ("其中,格尔木工业园宏储源100MW/200MWh光伏储能、青海嘉诺钾资源产品精深加工等4个项目已开复工建设",
         ["宏储源100MW/200MWh光伏储能", "青海嘉诺钾资源产品精深加工"]),
        # parks4 tianjin_binhai_chengjiexiangmu_2021: a bare 等 before an event, after items ending like projects
        ("启动建设金山云(天津)逸仙园云计算数据中心园区项目、天津中电创新园项目、电建基地、卫星互联网系统整星生产线等开工建设。",
         ["金山云(天津)逸仙园云计算数据中心园区项目", "天津中电创新园项目", "电建基地", "卫星互联网系统整星生产线"]),
        # parks4 qinghai_haidong_gongyeyuanqu_qianyue_2020: a count of 项 after items ending in 项目; 跟进A、B等项目
        ("绿城五彩河湟建设项目、易华录城市数据湖项目、润厚农产品交易中心项目3项计划参加集中签约专题活动。"
         "同时积极跟进长城·公爵新能源汽车小镇、高原微藻技术应用等项目,力争签约项目尽早落地建设。",
         ["绿城五彩河湟建设项目", "易华录城市数据湖项目", "润厚农产品交易中心项目", "长城·公爵新能源汽车小镇",
          "高原微藻技术应用"]),
        # parks4 ningxia_zizhiqu_shifanyuanqu_2020: 等一批…项目 after a verb that brings the projects in
        ("先后引进建设了申能热电联产、中国自动化绿色精密铸锻产业园、伊利奶产业园、首创危废综合利用等一批投资过亿元的绿色环保项目,",
         ["申能热电联产", "中国自动化绿色精密铸锻产业园", "伊利奶产业园", "首创危废综合利用"]),
        # mixed31 hebei_zhangjiakou_jingkaiqu_xiangmu_2018: the kind after 等一批 is a run of qualities joined by 、
        ("续建项目24个,包括金风总装生产车间智能制造项目、原轼金刚石线锯生产项目、纬二桥建设等一批体量大、效益好、紧贴民生的重大项目;",
         ["金风总装生产车间智能制造项目", "原轼金刚石线锯生产项目", "纬二桥建设"]),
        ("前期项目42个,包括“未来之城”基础设施建设、招商局蛇口股份国际金融科技城、安智科为光伏产业园等一批前景好、品质高的优势项目。",
         ["“未来之城”基础设施建设", "招商局蛇口股份国际金融科技城", "安智科为光伏产业园"]),
        # parks4 hainan_wenchang / chongqing: one item opening a clause before 等N个项目
        ("7月13日,…活动在文昌国际航天城起步区举行。文昌国际航天城科技创新平台等12个项目开工建设,计划总投资15.11亿元。",
         ["文昌国际航天城科技创新平台"]),
        ("这些项目包括\n竣工年产150吨金属镓产业化等11个项目,总投资28亿元;", ["年产150吨金属镓产业化"]),
    ],
)
def test_lists_opened_by_a_verb_or_closed_by_a_count_batch_or_event(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_short_investor_names_before_a_count_of_their_projects_are_no_projects() -> None:
    # tests/data/real/mixed32 jiangsu_taicang_gangqu_xiangmu_kaigong_undated: 等23个央企项目 after the investors' short names
    assert _names("目前,太仓市是央企投资最密集、合作最紧密的区域板块之一,聚集了中远、中集、中外运、中石油、中化等23个央企项目,"
                  "投资总额超过300亿元。") == []
    # long items before such a count stay projects: tests/data/constructions/projects.tsv row list-dengN-investor-kind


def test_a_kind_of_works_alone_is_no_project() -> None:
    # tests/data/real/mixed32 sichuan_yijidu_zhongdaxiangmu_2023: counted kinds in a headline
    assert _names("  5个能源项目、43个产业项目等陆续开工\n") == []
    # mixed32 jiangsu_suzhou_xiangcheng_zhongdianxiangmu_2023: a name wrapped on a short-lined page leaves 基地项目 alone
    assert "基地项目" not in _names("近日,随着长三角创新研发总部\n基地项目正式开工建设\n至此,相城区2023年33个\n")


def test_a_task_working_on_a_batch_of_projects_is_no_list() -> None:
    # tests/data/real/docs liaoning_shenyang_liaozhong_renwufenjie_2024: 推动/扶持 are a plan's task, not a list verb
    assert _names("推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地,打造再生资源产业集群。") == []


def test_lists_headed_by_a_count_of_projects() -> None:
    # parks4 anhui_suzhou_sumayuanqu_qianyue_2012
    assert _names("据了解,此次正式签订合同的5个项目为:晶成光电宿州产业园项目、鸿丰生物科技项目、江南木业板材加工项目、"
                  "北大(宿州)实验学校项目、望族综合大市场项目。项目涉及工业生产") == [
        "晶成光电宿州产业园项目", "鸿丰生物科技项目", "江南木业板材加工项目", "北大(宿州)实验学校项目", "望族综合大市场项目"]
    # parks4 hainan_sheng_zhongdianxiangmu_undated: 类别项目(N个):A、B (a bracket's 、 is inside its item), and a heading
    # counting the items of the next line
    text = ("(一)重点项目(7个)。\n"
            "1.续建项目(6个):文昌航天发射场项目、文昌铜鼓岭生态旅游区开发项目(包括鲁能淇水湾五星级酒店、悦榕度假村酒店)、"
            "文昌清澜大桥(清澜大桥主体工程、清澜大桥至文清大道连接线)、永青现代热带农业园区、蟒蛇养殖基地、文昌市人民医院搬迁扩建工程。\n"
            "2.新开工项目(1个):全省重点旅游公路工程(文昌龙楼至昌洒滨海旅游公路)。\n"
            "(二)预备重点项目(2个)。\n"
            "儋州东坡山水文化旅游区、儋州白马湾综合开发项目。\n")
    assert _names(text) == [
        "文昌航天发射场项目", "文昌铜鼓岭生态旅游区开发项目",  # the brackets of parts cut (the gold's core names)
        "文昌清澜大桥", "永青现代热带农业园区", "蟒蛇养殖基地",
        "文昌市人民医院搬迁扩建工程", "全省重点旅游公路工程(文昌龙楼至昌洒滨海旅游公路)", "儋州东坡山水文化旅游区",
        "儋州白马湾综合开发项目"]


def test_a_category_with_its_count_is_no_project() -> None:
    # parks4 beijing_shi_jizhongkaigong_2020
    assert _names("集中开工项目包括基础设施项目7个,民生改善项目5个,高精尖产业项目9个,项目总投资约1083亿元,"
                  "其中3个项目总投资超过100亿元。") == []


def test_one_item_before_a_count_is_a_project_only_when_the_batch_starts_or_ends() -> None:
    # tests/data/real/projects2 sichuan_chengdu_longquanyi_zhongdianxiangmu_2009: a batch to push, and a title
    text = ("根据市政府《关于2009年重点推进金融后援支持中心等43个重大项目的通知》(成府发〔2009〕23号)精神,经区政府研究,"
            "决定对十陵景区项目等9个重大项目予以重点推进。")
    assert _names(text) == []


# --- mixed5 and mixed6 (fair dev data after their first runs) ---------------------------------------------------


def test_a_list_after_baokuo_closed_by_a_batch_of_typical_projects() -> None:
    # mixed6 fujian_sheng_jizhongkaigong_2020; 等产业投资项目 names what the items are for (seeds 001)
    assert _names("其中包括福建光电信息科学与技术实验室、厦门智能创新中心、宁德新能源科技四期、平潭海洋科技文化中心等典型示范项目。") == [
        "福建光电信息科学与技术实验室", "厦门智能创新中心", "宁德新能源科技四期", "平潭海洋科技文化中心"]
    assert _names("实施一批进口替代、产业协同创新、工业强基、产业链关键环节强链补链延链等产业投资项目。") == []


def test_projects_one_a_line_under_a_heading_that_lists_them_in_traditional_characters() -> None:
    # mixed6 guangxi_zizhiqu_kaijungong_2021: printed in traditional characters, names given back as printed
    text = ("我區舉行2021年第一季度全區重大項目集中開竣工活動。\n部分重大開工項目一覽\n電科雲(桂林)國際大數據發展中心\n"
            "北流市新世紀教育城項目\n天峨(黔桂界)至北海高速公路(鳳山段)\n")
    from kg.extract import extract_document
    from kg.records import Project
    assert [r.name for r in extract_document(make_doc(text)) if isinstance(r, Project)] == [
        "電科雲(桂林)國際大數據發展中心", "北流市新世紀教育城項目", "天峨(黔桂界)至北海高速公路(鳳山段)"]


def test_a_project_named_with_its_investment_or_where_it_settles() -> None:
    # mixed6 jiangsu_nanjing_jiangning_qianyue_2021; mixed5 anhui_sheng_yangqi_hezuo_xiangmu_2014
    assert _names("投资10亿元的华能清洁能源智链科技产业园项目落户麒麟科创园,重点加强信创基础软件。") == [
        "华能清洁能源智链科技产业园项目"]
    assert _names("其中,合肥新兴际华新能源科技产业园项目投资规模达100亿元,宣城通用产业园项目投资达60亿元。") == [
        "合肥新兴际华新能源科技产业园项目", "宣城通用产业园项目"]


def test_a_project_named_at_its_building_site() -> None:
    # mixed3 ningxia_zhongwei_pingluo_jizhongkaigong_2015 (the gold accepts the name with its city)
    assert _names("3月18日,中卫市沙坡头旅游新镇项目建设现场,数十台挖掘机隆隆启动。") == ["中卫市沙坡头旅游新镇项目"]


# --- mixed7 and mixed8 (fair dev data after their first runs) ---------------------------------------------------


def test_a_list_closed_by_a_count_of_kinds_names_no_projects() -> None:
    # mixed8 guizhou_projects_2017: 等4类 counts kinds of project (lists.KIND_COUNTERS)
    assert _names("开工重大项目聚焦数字经济、旅游经济、绿色经济和县域经济四大领域,其中数字经济项目包括资源型数字经济、"
                  "技术型数字经济、融合型数字经济、服务型数字经济等4类,共37个,总投资327.4亿元;") == []


def test_a_list_opened_again_by_a_head_inside_the_clause_and_closed_by_yiji() -> None:
    # mixed8 sichuan_projects_2021: 其中 is no item, 分别为 opens the list, 以及 joins its last two
    text = ("2021年四川将新开工211个重点项目,包括81项基础设施项目、99项产业项目、25项民生工程及社会事业项目和6项生态建设"
            "及环境保护项目 据悉,其中,13个重点交通项目即将开始建设,分别为乐山机场、南充高坪机场三期改扩建工程、成都外环铁路、"
            "资中至铜梁高速公路、G4218线康定至新都桥高速公路以及G5京昆高速公路川陕界至广元段扩容 。")
    names = _names(text)
    assert names[-5:] == ["乐山机场", "南充高坪机场三期改扩建工程", "成都外环铁路", "资中至铜梁高速公路",
                          "G4218线康定至新都桥高速公路", "G5京昆高速公路川陕界至广元段扩容"][-5:]
    assert "乐山机场" in names and "其中" not in names


def test_a_city_that_has_the_projects_listed_after_it() -> None:
    # mixed8 guangxi_projects_2022: 南宁市有A、B、C等81个项目开竣工
    assert _names("南宁市有20GWh锂电池项目、心圩江环境综合整治工程PPP项目、中国—东盟信息港小镇(研发中心)等81个项目开竣工,"
                  "总投资约480亿元。") == ["20GWh锂电池项目", "心圩江环境综合整治工程PPP项目", "中国—东盟信息港小镇(研发中心)"]


def test_a_batch_named_before_the_event_that_starts_it() -> None:
    # mixed8 hainan_projects_2019: …等项目陆续开工; 等一批…产业项目启动建设; 等2个项目签约落地 (PROJECT_BATCH_EVENTS)
    text = ("海口市国际免税城项目、海秀快速路(二期)、崖州湾科技城产业促进展示中心等项目陆续开工;中国海南国际高铁技术研究中心、"
            "大悦城环球中心等一批央企投资的产业项目启动建设;中种集团总部迁建与科研能力建设框架协议等2个项目签约落地;")
    assert _names(text) == ["海口市国际免税城项目", "海秀快速路(二期)", "崖州湾科技城产业促进展示中心", "中国海南国际高铁技术研究中心",
                            "大悦城环球中心", "中种集团总部迁建与科研能力建设框架协议"]


def test_projects_named_after_the_ceremony_verb() -> None:
    # mixed7 heilongjiang_jiamusi_jizhongkaigong_2022: 举行 is no part of the first name
    assert "隆基公司高效单晶光伏组件项目" in _names(
        "随后,我市分别举行隆基公司高效单晶光伏组件项目、中车集团(佳木斯)新能源装备产业基地项目开工仪式,拉开了2022年全市项目建设帷幕。")


def test_the_project_that_starts_at_the_main_venue() -> None:
    # mixed8 guangxi_projects_2022: 在主会场开工的X项目
    assert _names("在主会场开工的柳工智能国际工业园项目,总投资180亿元,2022年计划投资30亿元,是我区推进工业高质量发展的重点项目。") == [
        "柳工智能国际工业园项目"]


# --- mixed9 and mixed10 (fair dev data after their first runs) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # mixed9 henan_luoyang_projects_2019: a measure before each name, 的 ending it
        ("此次集中开工的项目包括:总投资10亿元的河南能源化工集团汽车物流园项目、总投资15亿元的君河湾商业综合体项目、"
         "总投资1.3亿元的洛阳市瀍东污水处理厂二期扩建工程等。",
         ["河南能源化工集团汽车物流园项目", "君河湾商业综合体项目", "洛阳市瀍东污水处理厂二期扩建工程"]),
        # mixed10 fujian_projects_2018: a place before each name, 的 ending it
        ("总投资10亿元以上的项目有:福清市的元洪海鲜世界文化旅游项目、罗源县的无醛热塑铆合板及系列产品生产建设项目、"
         "福州长乐区的利嘉国际航空物流项目、南靖凌日箱包生产项目等。",
         ["元洪海鲜世界文化旅游项目", "无醛热塑铆合板及系列产品生产建设项目", "利嘉国际航空物流项目", "南靖凌日箱包生产项目"]),
        # mixed9 ningxia_yinchuan_projects_2015: 其中包括 left on the first item
        ("其中,续建项目92个,新建项目120个。其中包括黄河外滩景区(旅游大道)、长河大街延伸、地下管廊工程、体育中心等项目,"
         "涉及产业发展、基础设施、文教卫生等方面。",
         ["黄河外滩景区(旅游大道)", "长河大街延伸", "地下管廊工程", "体育中心"]),
        # mixed10 fuzhou_projects_2018: counts are no items, 具有代表性的有 no part of the first name
        ("记者注意到,总投资10亿以上的项目有54个,产业项目占43个,具有代表性的有仓山万科派广场二期、"
         "福建六建闽侯钢结构装配式建筑工业化产业基地建设项目等。",
         ["仓山万科派广场二期", "福建六建闽侯钢结构装配式建筑工业化产业基地建设项目"]),
        # mixed18 guangxi_chongzuo_daxin_kaijungong_2018: the kind of project before 有 heads the list
        ("本次活动主要涉及有7个项目,总投资6.83亿元。其中,开工项目有大新县人民医院医技综合楼建设项目、广西富丰矿业有限公司年产3万吨"
         "高性能锰酸锂项目标准厂房建设、广西川桂铝业公司厂房项目等5个项目,总投资1.86亿元。",
         ["大新县人民医院医技综合楼建设项目", "广西富丰矿业有限公司年产3万吨高性能锰酸锂项目标准厂房建设", "广西川桂铝业公司厂房项目"]),
        # mixed10 fuzhou_projects_2018: A和B建设项目(二期) is one project, the building of both
        ("其中,由各县(市)区自行组织集中开工的项目有158项,包括福清食品交易中心、省疾控中心、海峡联合学院和海峡联合研究院建设项目(二期)等。",
         ["福清食品交易中心", "省疾控中心", "海峡联合学院和海峡联合研究院建设项目(二期)"]),
        # mixed10 sichuan_pengan_projects_2017: a quoted slogan's 、 cuts nothing; 等, closes the list
        ("本次集中开工的22个重大项目,包括:城西幼儿园和相如二小建设项目、工业技改升级扩能项目、“万、千、百、十”脱贫攻坚项目等,"
         "总投资69.3亿元,年度投资33.3亿元。",
         ["城西幼儿园和相如二小建设项目", "工业技改升级扩能项目", "“万、千、百、十”脱贫攻坚项目"]),
        # mixed10 xizang_lasa_projects_2013: lists that are the subject of how the projects stand; amounts are no items
        ("群众文化体育中心、德吉罗布儿童乐园2个援藏项目以及企业投资的拉萨国际总部城、拉萨之窗、君泰大厦等项目进展顺利,"
         "冈仁国际等3个新建项目正在开展前期工作。",
         ["群众文化体育中心", "德吉罗布儿童乐园", "拉萨国际总部城", "拉萨之窗", "君泰大厦", "冈仁国际"]),
        ("据悉,在拉萨市2013年重点项目中,确定的文化、旅游产业重点项目共有2个,主要包括中国西藏文化旅游创意园区、当雄纳木措国家公园旅游基础设施项目,总投资300余亿元,截至目前已累计完成投资近8580万元。",
         ["中国西藏文化旅游创意园区", "当雄纳木措国家公园旅游基础设施项目"]),
        # mixed9 gansu_yumen_kaifaqu_undated: kinds of work, not works
        ("玉门经济开发区累计投资9.36亿元,实施绿化、亮化、供水、供电、通信、排污、供暖等工程,园区基本达到“七通一平”标准。"
         "其中,玉门东工业园累计投资4.9亿元,实施园区办公楼、大红泉水库、公租房等工程;", []),
    ],
)
def test_lists_with_modifiers_heads_shared_suffixes_and_counts(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # mixed11 ningxia_zhongdianxiangmu_2009: a name broken by a line leaves a short first item
        ("福州至银川公路同心至沿川子段、农村\n公路、六百万亩生态经济林工程、巩固退耕还林成果建设项目、银川火车站改扩建、"
         "贺兰山体育场等11个项目预计3月底前开工。",
         ["六百万亩生态经济林工程", "巩固退耕还林成果建设项目", "银川火车站改扩建", "贺兰山体育场"]),
    ],
)
def test_lists_broken_by_lines_are_still_read(text: str, names: list[str]) -> None:
    assert set(names) <= set(_names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # mixed9 ningxia_yinchuan_projects_2015, henan_kaifeng_projects_2016, mixed10 sichuan_guangyuan_projects_2022
        ("2015年的最后一天,宁夏银川市宝湖公园里几台挖掘机正忙着清淤整治,标志着宝湖湿地生态综合整治项目正式开工建设,"
         "也为总投资1788亿的银川2016年第一批惠民项目拉开了序幕。", ["宝湖湿地生态综合整治项目"]),
        ("总投资345亿元的70个重大项目集中开工,备受关注的郑开城际铁路延长线项目于当日正式开工。", ["郑开城际铁路延长线项目"]),
        ("三江新区安全坝新城综合开发项目是本次集中开工的代表项目,项目位于利州区宝轮镇三江口社区,估算总投资约28.6亿元,",
         ["三江新区安全坝新城综合开发项目"]),
        # the same sentence told of another day (PROJECT_FOLLOWER_WHEN): the when between name and follower is data
        ("备受关注的郑开城际铁路延长线项目于近日顺利开工。", ["郑开城际铁路延长线项目"]),
        # mixed10 guangxi_pinglu_lingdaoxiaozu_2021: a working group set up for one project
        ("自治区人民政府决定成立西部陆海新通道(平陆)运河项目建设工作领导小组(以下简称领导小组)。", ["西部陆海新通道(平陆)运河项目"]),
    ],
)
def test_a_project_as_the_subject_of_its_start(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_sentence_opening_with_baokuo_lists_the_projects_of_the_sentence_before() -> None:
    # parks3 gansu_zhangye_jizhongkaigong_2020: 、 and , and 以及 between items, 等。 closing them
    text = ("据了解,当天集中开工的项目涉及农业及生态、基础设施、生态工业、文化旅游、社会民生、商贸物流等多个领域。"
            "包括华为张掖云计算大数据中心二期、张掖现代有轨电车S1线、丝绸之路文化村,以及甘州区水生态修复治理、"
            "黑河流域(甘州段)生态修复林业综合治理,临泽县现代丝路旱寒农业食用菌循环农业产业园,肃南县祁连山马鹿文化产业园等。")
    assert _names(text) == ["华为张掖云计算大数据中心二期", "张掖现代有轨电车S1线", "丝绸之路文化村", "甘州区水生态修复治理",
                            "黑河流域(甘州段)生态修复林业综合治理", "临泽县现代丝路旱寒农业食用菌循环农业产业园",
                            "肃南县祁连山马鹿文化产业园"]
    # a sentence before that names no projects: 包括 lists something else
    assert _names("园区设施齐全。包括标准厂房、职工公寓、污水处理厂等。") == []


def test_projects_named_as_the_examples_of_a_batch() -> None:
    # parks3 shanxi_jinzhong_jizhongkaigong_2019: 以A、B,C等项目为代表
    assert _names("此次集中开工的49个项目以祁县红星白酒产业园、复盛公医药产业园,天禧物流仓储园等项目为代表,"
                  "涉及了制造业及工业技改、食品加工,基础设施、新能源、文化旅游、社会民生等诸多领域,总投资达到了152亿元。") == [
        "祁县红星白酒产业园", "复盛公医药产业园", "天禧物流仓储园"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # mixed12 hainan_zhongdianxiangmu_2011: a list that 包括 opens runs on over a comma to its 等
        ("2011年,海南省安排了163个重点项目,计划投资721.6亿元。其中包括,三亚绕城高速公路、海榆西线、西线高速公路改造,"
         "电网建设工程、东方高排风电场、海南国际会展中心、省眼耳鼻喉科医院等重点项目竣工。",
         ["三亚绕城高速公路", "海榆西线", "西线高速公路改造", "电网建设工程", "东方高排风电场", "海南国际会展中心", "省眼耳鼻喉科医院"]),
        # mixed11 haerbin_zhongdianxiangmu_2022: items opening with their investment are projects
        ("哈市立足自身比较优势,谋划实施了一批制造业改造升级项目,总投资15亿元的东安航空产品生产能力升级改造、"
         "总投资14.2亿元的哈轴高端轴承生产建设、东安新能源混动系统新基地等项目,将为构建哈尔滨‘4+4’现代产业新体系持续注入新动力。",
         ["东安航空产品生产能力升级改造", "哈轴高端轴承生产建设", "东安新能源混动系统新基地"]),
        # mixed12 jiangxi_zhongdianxiangmu_2018: 等工程项目 and an event to come; a bare place shares the next item's words
        ("社会各界关注的赣州黄金机场改扩建、九江市城区高速公路收费站后撤等工程项目将在今年建成,", ["赣州黄金机场改扩建", "九江市城区高速公路收费站后撤"]),
        ("生态环保项目9个,包括吉安市、乐平市生活垃圾焚烧发电项目等;", ["吉安市、乐平市生活垃圾焚烧发电项目"]),
    ],
)
def test_lists_over_commas_with_investments_and_shared_words(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_taishang_investment_zone_before_a_name_is_its_place() -> None:
    # mixed6 fujian_sheng_jizhongkaigong_2020
    assert "华晴卫星应用" in _names("社会民生项目48个、总投资268亿元。其中包括福建光电信息科学与技术实验室、厦门智能创新中心、"
                                  "漳州台商投资区华晴卫星应用、立邦新型材料泉州生产基地等典型示范项目。")
    # mixed10 fujian_projects_2018: the name found whole in prose does not come back around the list item
    names = _names("总投资10亿元以上的项目有:南靖凌日箱包生产项目、漳州台商投资区圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目、"
                   "长汀东南农产品加工交易中心项目等。")
    assert names == ["南靖凌日箱包生产项目", "圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目", "长汀东南农产品加工交易中心项目"]


def test_a_ceremony_site_the_day_a_project_started_and_sites_set_up_beside_it() -> None:
    # mixed11 dengkou_kaigong_2023: …在X项目区举行; N月N日开工的X项目; 同时还设立A、B…7个其他项目开工现场 (a 45-character name)
    text = ("3月30日,磴口县2023年春季重点项目集中开工仪式在磴口县工业园区和瑞包装智能低碳环保建设项目区举行。\n"
            "磴口县2023年春季集中开工26个重点项目,3月18日开工的蒙能光储+生态治理项目,本次开工25个重点项目,总投资额94.15亿元。\n"
            "开工仪式同时还设立中利乳业奶粉加工项目、泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装"
            "生产线项目、中央公园住宅小区二期建设项目7个其他项目开工现场。")
    assert _names(text) == ["和瑞包装智能低碳环保建设项目", "蒙能光储+生态治理项目", "中利乳业奶粉加工项目",
                            "泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目",
                            "中央公园住宅小区二期建设项目"]


def test_projects_ending_like_projects_named_as_examples_without_deng() -> None:
    # mixed5 henan_xinxiang_jingkaiqu_sangeyipi_2021: 以X项目为代表, 以A项目、B项目为代表; not 以电子信息为代表
    assert _names("随后举行了以中开企业城三期项目为代表的的“开工一批”活动;最后观摩了以中远氨纶纺织化纤设备制造项目、"
                  "新乡格林机械二期建设项目为代表的“竣工投产一批”活动。") == [
        "中开企业城三期项目", "中远氨纶纺织化纤设备制造项目", "新乡格林机械二期建设项目"]
    assert _names("形成以电子信息、装备制造为代表的产业集群。") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # parks4 chongqing_shi_yijidu_kaigong_2025
        ("1月2日,重庆市2025年一季度重大项目开工暨投产活动举行。重庆站铁路综合交通枢纽工程开工建设,未来将打造成重庆新地标。",
         ["重庆站铁路综合交通枢纽工程"]),
        # mixed12 jiangsu_yangzhou_jizhongkaigong_undated
        ("它们将大大提升邗江路现代商贸中心质态和文昌商圈活力。而新甘泉路东延项目开工,将对加快邗江北部地区产业集聚转型起到明显推动作用。",
         ["新甘泉路东延项目"]),
        # not a project opening its sentence, nor a batch
        ("推动新甘泉路东延项目开工,加快建设。全市重点项目开工,形势良好。", []),
    ],
)
def test_a_project_that_opens_its_sentence_and_starts(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_list_headed_by_strive_to() -> None:
    # tests/data/real/mixed14 gansu_projects_2017: 力争 heads the list, it is no part of the first project
    names = _names("甘肃\n其中续建项目79个,总投资4910亿元,年度计划投资838亿元,力争兰州水源地建设工程、兰渝铁路、"
                   "宝兰客专、兰州南绕城高速公路等项目建成。")
    assert "兰州水源地建设工程" in names and not any("力争" in n for n in names)


def test_a_zones_own_works_and_kinds_by_stage() -> None:
    # tests/data/real/mixed13 chongqing_zhongxian_projects_2019: the zone stays in its own works' name (二期基础设施…);
    # 年度建设项目和前期规划研究项目 are kinds of project, not projects
    names = _names("忠县\n这15个项目分别是重庆市忠县“三峡橘乡”田园综合体建设试点项目、忠县港区新生作业区一期工程、"
                   "忠县工业园区二期基础设施建设项目、忠县至石宝沿江快速通道项目。")
    assert "忠县工业园区二期基础设施建设项目" in names and "二期基础设施建设项目" not in names
    names = _names("重庆\n2019年,重庆市级重大项目包括年度建设项目和前期规划研究项目。年度建设项目743个。")
    assert "年度建设项目" not in names and "前期规划研究项目" not in names


def test_a_sentence_opened_by_mainly_and_a_list_of_fields() -> None:
    # tests/data/real/mixed14 shaanxi_xian_projects_2021 (traditional script): 主要有…等; opens a sentence listing the
    # projects the sentence before counts; 项目有100个,…涵盖了…等领域 lists fields, not projects
    text = ("西安\n參加本次集中開工的項目有100個,總投資650.58億元,年度投資122.66億元,涵蓋了電網建設、先進制造業、服務業、"
            "文化旅游和社會事業民生保障等領域。\n先進制造業項目23個,總投資186.4億元,年計劃投資13.39億元。"
            "主要有總投資50億元的大唐網絡5G創新生產中心、總投資20億元以上的浪潮產業基地項目、絲路航空創新中心、"
            "灃東國際智能科創園等;服務業項目16個。")
    from kg.extract import extract_document
    from kg.records import Project
    names = [r.name for r in extract_document(make_doc(text)) if isinstance(r, Project)]
    assert {"大唐網絡5G創新生產中心", "浪潮產業基地項目", "絲路航空創新中心", "灃東國際智能科創園"} <= set(names)
    assert not any(n in names for n in ("服務業", "文化旅游", "年度"))


def test_a_project_as_the_subject_of_what_it_builds_or_where_it_lies() -> None:
    # tests/data/real/mixed14 hainan_wenchang_lingshui_projects_2018: X项目拟建…, X项目位于…
    names = _names("其中,文昌市生活垃圾焚烧发电场扩建(二期)工程PPP项目拟建一座处理规模600t/d的焚烧发电厂,计划2020年6月竣工;"
                   "文昌市人民医院锦山分院综合住院楼项目位于锦山镇中心卫生院,总建筑面积9.9万平方米。")
    assert "文昌市生活垃圾焚烧发电场扩建(二期)工程PPP项目" in names and "文昌市人民医院锦山分院综合住院楼项目" in names


def test_a_list_sharing_a_substation_ending_is_one_project() -> None:
    # tests/data/real/mixed14 shaanxi_xian_projects_2021 (traditional script): 110千伏A、B、…、G輸變電工程 is one project
    from kg.extract import extract_document
    from kg.records import Project
    text = ("日前,陜西省西安市舉行四季度重點項目暨電網攻堅項目集中開工活動。參加本次集中開工的項目有100個。\n"
            "電網建設項目29個,總投資33.91億元,年計劃投資5.81億元。主要有110千伏閻航、萬壽、海池、西影路、老煙莊、"
            "軟件園、雁翔輸變電工程等;先進制造業項目23個,總投資186.4億元,年計劃投資13.39億元。")
    names = [r.name for r in extract_document(make_doc(text)) if isinstance(r, Project)]
    assert "110千伏閻航、萬壽、海池、西影路、老煙莊、軟件園、雁翔輸變電工程" in names and "萬壽" not in names


# --- mixed16 first run: 集中开工 and 重点项目 news (tests/data/real/mixed16) ---------------------------------------


def _projects_of(text: str) -> list[str]:
    """Names as the whole extractor writes them (a mirror's pinyin glosses and traditional print read through)."""
    from kg.extract import extract_document
    from kg.records import Project
    return [r.name for r in extract_document(make_doc(text)) if isinstance(r, Project)]


def test_a_list_after_baokuo_closed_by_a_batch_keeps_zone_and_its_part() -> None:
    # tests/data/real/mixed16 fujian_quanzhou_jizhongkaigong_2022 (traditional print with pinyin glosses): 包括A、B等一批
    # 重大项目 closes the list at 等; 晋江经济开发区(安东园) is the zone worked on, not the place of another project
    text = ("5月17日,泉州市委、市政府舉行2022年重大項(xiàng)目視頻連線集中開工活動(dòng),包括晉江經(jīng)濟(jì)開發(fā)"
            "區(qū)(安東園)標(biāo)準(zhǔn)化提升一期、福建北電南送特高壓交流輸變電工程(泉州段)等一批重大項(xiàng)目拉開建設(shè)大幕。")
    assert _projects_of(text) == ["晉江經(jīng)濟(jì)開發(fā)區(qū)(安東園)標(biāo)準(zhǔn)化提升一期",
                                  "福建北電南送特高壓交流輸變電工程(泉州段)"]


def test_lists_counted_after_dengxiangmu_and_counted_in_the_whole_district() -> None:
    # tests/data/real/mixed16 jiangsu_lhyc_zhongdianxiangmu_2019: 等项目4个 counts the list; 全区 and 省定重点管理的 are
    # no part of the first item
    text = ("全区省定重点管理的江苏微康生物科技创业园、香港华莉园休闲食品等项目4个,总投资33亿元。全区技师学院新校区、"
            "食品职业学院新校区二期、淞江产业集聚区生态水系、缔旺高分子抗氧化剂等14个市定重点项目,总投资68.3亿元。")
    assert _names(text) == ["江苏微康生物科技创业园", "香港华莉园休闲食品", "技师学院新校区", "食品职业学院新校区二期",
                            "淞江产业集聚区生态水系", "缔旺高分子抗氧化剂"]


def test_a_list_whose_total_investment_is_stated_is_projects() -> None:
    # tests/data/real/mixed16 tianjin_binhai_kaigong_2023: 等项目的总投资均达… says the items are projects; a zone
    # followed by a park inside it stays in the name
    text = ("同时,有64个项目聚焦保障和改善民生、优化城市功能等领域。天津临港综合保税区基础设施及产业配套一期工程、"
            "滨海高新区海洋科技园保障性租赁住房及配套设施等项目的总投资均达10亿元以上。")
    assert _names(text) == ["天津临港综合保税区基础设施及产业配套一期工程", "滨海高新区海洋科技园保障性租赁住房及配套设施"]


def test_places_that_have_a_count_of_projects_are_no_list() -> None:
    # tests/data/real/mixed16 jiangsu_yangzhou_jiangdu_jizhongkaigong_undated: X、Y共有5个重大项目 counts whose projects
    text = "此次开发区、大桥镇共有5个重大项目参加集中开工,总投资6.5亿元,涉及特钢、智能制造、医疗器械等。"
    assert _names(text) == []


def test_rows_of_number_name_and_stage_are_projects() -> None:
    # tests/data/real/mixed16 shanghai_shi_zhongdaxiangmu_2021: a 重大建设项目 list printed as rows, its last cell the stage;
    # a heading row that counts is no project
    text = ("2021年上海市重大建设项目计划\n 序号   项    目  名  称   备注 \n(一) 科创中心 (10项)  \n1 上海光源二期 在建\n"
            "2 上海集成电路产业研发与转化功能型平台 建成\n(二) 先进制造业 (40项)  \n15 民用飞机航电系统集成平台 新开工\n")
    assert _projects_of(text) == ["上海光源二期", "上海集成电路产业研发与转化功能型平台", "民用飞机航电系统集成平台"]


def test_rows_of_number_name_and_stage_between_column_rules_are_projects() -> None:
    # tests/data/real/mixed30 shanghai_shi_zhongdagongcheng_qingdan_2023 (traditional, gzfuluhua.cn mirror) and the 2022
    # list on https://shanghai.gov.cn/nw48306/20220623/4b3e79a015d8465cafa5ead6045cfb23.html: a table copied as text, one
    # row a line, cells between | rules; a cell holds the name whole (brackets with 、, quotes); group rows are none
    text = ("2022年上海市重大建设项目清单\n2022年上海市重大建设项目投资计划表(正式项目) | ||\n单位:万元 | ||\n"
            "序号 | 项 目 名 称 | 备注 |\n正式项目合计173项 | ||\n一 | 科技产业类67项 | |\n(一) | 科创中心 ( 8项) | |\n"
            "1 | 上海光源二期(线站工程) | 建成 |\n2 | 上海硬X射线自由电子激光装置项目 | 在建 |\n"
            "5 | 张江复旦国际创新中心(微纳电子与量子科技融合创新大楼、生物与医学科技融合大楼、3号科研楼) | 在建 |\n"
            "17 | 金发科技汽车材料全球创新研发中心及产业化项目 | 新开工 |\n")
    assert _projects_of(text) == ["上海光源二期(线站工程)", "上海硬X射线自由电子激光装置项目",
                                  "张江复旦国际创新中心(微纳电子与量子科技融合创新大楼、生物与医学科技融合大楼、3号科研楼)",
                                  "金发科技汽车材料全球创新研发中心及产业化项目"]
    text = ("2023年上海市重大建設項目清單\n序號 | 項 目 名 稱 | 備注 |\n(二) | 先進制造業 (56項) | |\n"
            "12 | 民用飛機航電系統“三中心一總部”項目 | 在建 |\n14 | 中船長興造船基地二期 | 在建 |\n"
            "15 | 華域汽車技術研發中心 | 建成 |\n")
    assert _projects_of(text) == ["民用飛機航電系統“三中心一總部”項目", "中船長興造船基地二期", "華域汽車技術研發中心"]


def test_a_list_worked_on_closed_by_deng_xiangmu_jianshe_names_projects() -> None:
    # 抓好/推动/加快 A、B、C等项目建设 (no count, no rank): the projects a plan or a report works on, by name.
    # tests/data/real/mixed30 hubei_sheng_zerenfenjie_2017 (http://nybiz.cn/law/3073.html) and
    # gansu_lanzhou_gaoxinqu_zhaoshang_2024 (big5.news.cn), both traditional print
    assert _projects_of("1.強化產業項目建設,重點抓好國家存儲器基地、國家航天產業基地、天馬第6代低溫多晶硅生產線、"
                        "通用汽車二期及發動機等項目建設。") == [
        "國家存儲器基地", "國家航天產業基地", "天馬第6代低溫多晶硅生產線", "通用汽車二期及發動機"]
    assert _projects_of("據介紹,2023年蘭州高新區共簽約招商引資項目19個,簽約金額97.236億元。紮實推動中國生物醫美和血制項目、"
                        "批簽發中心、王老吉大健康産業園、中牧二期、宏宇變壓器、思創機電等項目建設,全區招商引資項目建設進展良好。") == [
        "中國生物醫美和血制項目", "批簽發中心", "王老吉大健康産業園", "中牧二期", "宏宇變壓器", "思創機電"]
    # seeds/004: two kinds of works, and a 等重大项目建设 (a plan's task) name none
    assert _projects_of("推动数字化车间、智能工厂等项目建设。") == []
    assert _projects_of("加快宁波奥体中心二期、市体育发展中心整体提升改造工程等重大项目建设。") == []


def test_a_list_after_new_kaigong_jianshe_or_kaijian_leaves_the_verb_out() -> None:
    # tests/data/real/mixed29 guangdong_sheng_zhongdianxiangmu_2019 (新开工建设, not 新开工 and a name 建设…) and
    # mixed30 beijing_changping_zhongdaxiangmu_2022 (開建, traditional print)
    assert _projects_of("新开工建设深圳机场卫星厅项目、惠州太平岭核电厂一期工程等82个项目。") == [
        "深圳机场卫星厅项目", "惠州太平岭核电厂一期工程"]
    assert _projects_of("在科創與高精尖產業方面,開建國家電投科研創新基地、諾誠健華抗腫瘤創新藥物生產基地、北京市疫苗檢驗中心等9個項目。") == [
        "國家電投科研創新基地", "諾誠健華抗腫瘤創新藥物生產基地", "北京市疫苗檢驗中心"]


def test_a_list_after_baokuo_ends_with_its_line() -> None:
    # tests/data/real/mixed29 jiangxi_ganzhou_liandongkaigong_2022: a page whose sentences end in no 。; the next line's
    # slogans (实行重大项目在线监控,在线调度,…) are no items of the list
    text = ("从结构上看,更侧重于推动产业倍增和升级赣州市经济开发区富士康智能制造,赣县钟毅磁材等制造业项目92个品质方面,更注重完善产业链,"
            "引领科技创新,包括赣州南康华韩高端家具配套项目,赣南创新转型研究院,科技产业融合项目等上下游配套项目\n"
            "为推进重大项目建设,江西赣州将全面启动运行重大项目指挥调度云平台,实行重大项目在线监控,在线调度,在线监督相结合,"
            "促进项目天天有进展,每周有变化,每月有形象。\n")
    assert _projects_of(text)[-3:] == ["赣州南康华韩高端家具配套项目", "赣南创新转型研究院", "科技产业融合项目"]


@pytest.mark.parametrize("text", [
    # tests/data/real/mixed30 beijing_changping_zhongdaxiangmu_2022 (traditional print): the works of the project named before
    "其中,基礎設施建設項目共安排7個,包括2個新建項目、5個續建項目。備受關注的東沙河綜合治理工程將在今年開工,建設內容包括疏挖拓寬河道"
    "6.7公里,新建、改造濱水綠道25公里,同步實施岸坡生態綠化84公頃。",
    "昌平今年還將實施5個公園綠地文體項目。溫榆河公園昌平段(二期)建設工程、奧北森林公園建設工程(一期)今年開工,"
    "建設內容主要包括綠化工程、庭院工程、電氣工程等。",
    # http://interior-note.com/show/32979.html
    "該項目位于成都市高新區西源大道旁、環城生態區范圍內,占地面積為16萬平方米,建設內容主要包括多功能廳、實驗劇場、音樂廳三棟建筑物"
    "及景觀橋等配套工程。",
])
def test_a_list_of_what_a_project_builds_names_no_project(text: str) -> None:
    parts = text[text.rindex("包括") :]
    assert [n for n in _projects_of(text) if n in parts] == []


def test_a_list_opening_its_sentence_is_the_subject_of_its_start() -> None:
    # tests/data/real/mixed30 beijing_changping_zhongdaxiangmu_2022 (traditional print): A、B將在今年開工 / A、B今年開工, the
    # last item ending like a project; one name after what is said of it (備受關注的) and before 将在今年开工
    text = ("民生改善類項目15個,包括7個新建項目、8個續建項目,其中教育項目6個。賀村小學、清華附小天通苑校區二期改擴建項目將在今年開工,"
            "建成后擬提供1440個學位。\n昌平今年還將實施5個公園綠地文體項目。溫榆河公園昌平段(二期)建設工程、奧北森林公園建設工程(一期)"
            "今年開工。\n其中,基礎設施建設項目共安排7個。備受關注的東沙河綜合治理工程將在今年開工,項目建成后將助力形成東沙河城市濱水生態環境系統。")
    assert _projects_of(text) == ["賀村小學", "清華附小天通苑校區二期改擴建項目", "溫榆河公園昌平段(二期)建設工程",
                                  "奧北森林公園建設工程(一期)", "東沙河綜合治理工程"]


def test_a_list_closed_by_deng_xiangmu_then_its_works_going_on() -> None:
    # tests/data/real/mixed30 beijing_changping_zhongdaxiangmu_2022 (traditional print): 等項目均在續建中
    assert _projects_of("此外,人民大學附屬中學昌平學校二期、北京未來城學校建設工程、清華大學附屬中學昌平學校建設工程等項目均在續建中。") == [
        "人民大學附屬中學昌平學校二期", "北京未來城學校建設工程", "清華大學附屬中學昌平學校建設工程"]


def test_paragraphs_opened_by_a_project_name_are_captions() -> None:
    # tests/data/real/mixed16 fujian_sheng_jizhongkaigong_2020: photo captions under a 集中开工 report, the name alone or
    # the subject of what follows; a task (加快推进…项目) or a heading opening a line is none
    text = ("18日,福建省集中开工265个重大基础设施、产业发展、社会事业项目,总投资1950亿元。\n"
            "莆田秀屿区石门澳化工新材料产业园基础设施项目\n"
            "南平泰盛纸业项目,项目终端产品为15万吨高档文化纸和23万吨生活用纸。\n"
            "宁德寿宁三祥锆基非晶合金项目,将进一步打通锆产业与锂电池新能源、不锈钢新材料等主导产业的协作通道。\n"
            "(一)重大平台载体工程\n加快推进重点项目,项目建设提速。\n")  # the last two lines written for this test
    assert _projects_of(text) == ["莆田秀屿区石门澳化工新材料产业园基础设施项目", "南平泰盛纸业项目", "宁德寿宁三祥锆基非晶合金项目"]


def test_a_bare_place_shares_a_project_only_with_a_like_place() -> None:
    # tests/data/real/mixed12 jiangxi_zhongdianxiangmu_2018: 吉安市、乐平市生活垃圾焚烧发电项目 is one project of two cities
    text = ("社会民生项目7个,包括南昌大学附属口腔医院红谷滩分院等;生态环保项目9个,包括吉安市、乐平市生活垃圾焚烧发电项目等。")
    assert "吉安市、乐平市生活垃圾焚烧发电项目" in _names(text)
    # a zone alone before a project that opens with no place of its level is no part of it, and no project
    # written for this test: no corpus file has this list
    names = _names("其中,高新区、城东污水处理厂项目、城西污水处理厂项目等5个项目开工建设。")
    assert names == ["城东污水处理厂项目", "城西污水处理厂项目"]


@pytest.mark.parametrize("written", ["总投资153亿元", "计划总投资300余亿元", "投资额近8580万元", "总投资约2000万元",
                                     "估算总投资10亿元以上"])
def test_one_grammar_of_an_investment(written: str) -> None:
    # kg.patterns.INVESTMENT: the spellings of realdev2 fujian_projects_2017, mixed10 xizang_lasa_projects_2013 and
    # mixed16 tianjin_binhai_kaigong_2023, read alike before a name (…的X项目) and after it (X总投资…)
    import re

    from kg.patterns import INVESTMENT
    assert re.fullmatch(INVESTMENT, written)
    assert _names(f"其中,{written}的兴泉铁路泉州段项目、福厦高铁项目等12个项目开工。") == ["兴泉铁路泉州段项目", "福厦高铁项目"]


def test_a_list_after_a_bare_you_needs_a_deng_or_a_project_name() -> None:
    # tests/data/real/tasks2 jiangsu_huaian_wenzengzhang_xize_2022: 项目有前景、技术有竞争力的… says what firms are like
    text = ("1.积极争取省级专项资金,支持生产经营暂时面临困难但产品有市场、项目有前景、技术有竞争力的中小微企业,"
            "以及劳动力密集、社会效益高的民生领域服务型中小微企业。")
    assert _names(text) == []


def test_projects_that_open_clauses_as_their_subjects() -> None:
    # tests/data/real/parks3 gansu_qingyang_jizhongkaigong_2013: X项目重点建设…, X项目总占地…; after …项目中, and after 。
    text = ("这次开工的4个重点项目中,庆阳民俗文化产业园项目重点建设民俗与艺术、民俗与城市四大主题板块,工程概算总投资20亿元。"
            "庆阳市新城区雨洪集蓄保塬生态项目总占地1046亩,投资4.2亿元,计划2014年5月底实现竣工蓄水。")
    assert _names(text) == ["庆阳民俗文化产业园项目", "庆阳市新城区雨洪集蓄保塬生态项目"]
    # tests/data/real/mixed14 hainan_wenchang_lingshui_projects_2018: clauses after ；, a quoted word inside the name
    text = ("文昌市高标准农田建设项目主要位于抱罗镇、公坡镇、东路镇等地,计划建设高标准农田1.66万亩;教育“改薄”工程项目主要涉及"
            "文昌市蓬莱中心小学和文昌市头苑中心学校;文昌市委党校新校区建设工程(一期)用地面积56.82亩。")
    assert _names(text) == ["文昌市高标准农田建设项目", "教育“改薄”工程项目", "文昌市委党校新校区建设工程(一期)"]
    # a task that opens a clause is none (加快推进…项目位于…); the sentence is written for this test
    assert _names("加快推进南平泰盛纸业项目总投资落实。") == []


def test_a_quoted_word_inside_an_item_of_a_list_closed_by_a_count() -> None:
    # tests/data/real/mixed14 hainan_wenchang_lingshui_projects_2018
    text = ("当天,文昌市12个项目同时宣布开工,总投资额10.12亿元;“文昌超算一号”卫星发射战略合作项目、文昌福瑞国际学校等5个"
            "项目签署合作协议,签约投资额14.3亿元。")
    assert _names(text) == ["“文昌超算一号”卫星发射战略合作项目", "文昌福瑞国际学校"]


def test_a_list_whose_items_are_said_to_be_projects_of_a_kind() -> None:
    # tests/data/real/mixed12 jiangsu_yangzhou_jizhongkaigong_undated: A、B都是大型城市综合体项目, each with its investment
    text = ("同时,总投资15亿元的三盛置地广场、总投资6亿元的文昌乐都汇购物中心都是大型城市综合体项目,它们将大大提升"
            "邗江路现代商贸中心质态和文昌商圈活力。")
    assert _names(text) == ["三盛置地广场", "文昌乐都汇购物中心"]


def test_a_list_closed_by_a_ranked_tail_at_its_clause_end() -> None:
    # tests/data/real/mixed12 hainan_zhongdianxiangmu_2011: 将推进A、B、…等续建项目。 names projects, the verb cut
    text = ("将推进文昌航天发射场、昌江核电、东方电厂二期、海口至屯昌高速公路、文昌“两桥一路”、洋浦一小时交通圈、"
            "海棠湾旅游基础设施、中海油精细化工、30万箱红塔卷烟等续建项目。")
    assert _names(text)[:3] == ["文昌航天发射场", "昌江核电", "东方电厂二期"] and len(_names(text)) == 9
    # tests/data/real/mixed13 tianjin_renwufengong_2022: 等重点工程 closes kinds of works; 等重大项目建设 the work on them
    # (the second sentence is written for this test)
    assert _names("加快七里海、大黄堡、北大港、团泊湿地保护和生态移民等重点工程。一体化推进山水林田湖草保护和修复。") == []
    assert _names("加快推进城镇污水处理、垃圾处理等重大项目建设。") == []


def test_a_run_of_invested_items_apart_by_commas() -> None:
    # tests/data/real/mixed10 fujian_projects_2018: 总投资…的X, each item a project though not every name ends in 项目
    text = ("本次集中开工项目中,产业大项目多。其中有总投资50亿元的福清市食品交易中心,总投资30亿元的邵武永和新型环保制冷剂"
            "及含氟聚合物等氟化工生产基地项目,总投资30亿元的连城百氏耘谷中草药种植田园综合体,总投资20亿元的漳州芗城三宝耐腐蚀"
            "热轧卷板生产线项目等。")
    names = _names(text)
    assert {"福清市食品交易中心", "连城百氏耘谷中草药种植田园综合体", "漳州芗城三宝耐腐蚀热轧卷板生产线项目"} <= set(names)
    # one invested item alone is read only when its name ends like a project's (written for this test, not from the file above)
    assert _names("今年将开工总投资50亿元的福清市食品交易中心,带动就业。") == []


def test_an_item_cut_from_inside_a_bracket_is_no_name() -> None:
    # tests/data/real/mixed5 shaanxi_hanzhong_jizhongkaigong_undated: (包括制造业项目11个,…,年度计划投资17.8亿元)
    text = ("其中产业类项目44个,总投资131亿元,年度计划投资54.3亿元(包括制造业项目11个,总投资36亿元,年度计划投资17.8亿元);"
            "基础设施类项目13个,总投资12.6亿元。")
    assert _names(text) == []


def test_a_list_wrapped_across_lines_of_a_page() -> None:
    # tests/data/real/mixed11 ningxia_zhongdianxiangmu_2009: a hard-wrapped page breaks items (农村⏎公路); the name has no
    # break, its evidence keeps it; a short heading line before a list is no part of it
    text = ("福州至银川公路同心至沿川子段、农村\n公路、六百万亩生态经济林工程、巩固退耕还林成果建设项目、银川火车站改扩建、"
            "贺兰山体育场等11个项目预计3月底前开工。")
    names = _names(text)
    assert names[:2] == ["福州至银川公路同心至沿川子段", "农村公路"] and len(names) == 6
    assert _names("重点项目进展\n银川火车站改扩建、贺兰山体育场等11个项目预计3月底前开工。") == ["银川火车站改扩建", "贺兰山体育场"]


def test_zones_run_on_before_a_venue_project_are_its_place() -> None:
    # tests/data/real/mixed18 tianjin_shi_jizhongkaigong_2021: a district and two zones, each the place of the next
    text = ("此次集中开工活动采取“主会场+项目现场视频连线”方式举行,主会场设在滨海新区天津港保税区空港经济区科大讯飞智汇谷项目现场。")
    assert _projects_of(text) == ["科大讯飞智汇谷项目"]


# --- mixed18: lists of clauses, an ellipsis for 等, 项目之一 (tests/data/real/mixed18) -------------------------------


def test_a_list_of_clauses_each_a_name_and_its_investment() -> None:
    # tests/data/real/mixed18 guangxi_guilin_zhongdaxiangmu_2014: 分别为:A,总投资…;B,总投资…; a name need not end in 项目
    # and may hold a dash; a clause that counts projects (其余6个均为风电场项目) is none
    text = ("17个项目中,新开工项目13个,分别为:中国电科桂林光电子光通信科技创新与产业化项目(一期),总投资28亿元;"
            "信和信·桂林国际智慧健康旅游产业园一期,总投资11.24亿元;桂林保利文化产业园(一期),总投资20亿元;"
            "贵广铁路阳朔火车站配套公路——— 兴安至阳朔公路阳朔火车站连接线,总投资1.6亿元;其余6个均为风电场项目,"
            "总投资28.63亿元。")
    assert _names(text) == ["中国电科桂林光电子光通信科技创新与产业化项目(一期)", "信和信·桂林国际智慧健康旅游产业园一期",
                            "桂林保利文化产业园(一期)", "贵广铁路阳朔火车站配套公路——— 兴安至阳朔公路阳朔火车站连接线"]
    # clauses that count categories are no projects (tests/data/real/mixed17 xinjiang_yuli_jizhongkaigong_2021)
    assert _names("项目主要有:城乡基础设施类项目3个,总投资6亿元;农业类项目2个,总投资1.93亿元。") == []


def test_a_run_on_text_of_clause_list_heads_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each head's clauses were split again from every head after it (quadratic: these 23k characters took 28 s);
    # the stretch after the first head holds every later one, so it is split once (counted, not timed)
    splits: list[tuple[int, int]] = []

    def counted(body: str, start: int, end: int) -> object:
        splits.append((start, end))
        return split_clauses(body, start, end)

    monkeypatch.setattr(projects_module, "split_clauses", counted)
    doc = make_doc("本批项目包括:某某道路改造工程,总投资1亿元;" * 1000)
    assert list(_clause_lists(doc)) == []  # one clause with its investment after each head: no list of two
    assert len(splits) == 1, splits[:3]


def test_an_ellipsis_closes_a_list_of_projects_as_a_bare_deng() -> None:
    # tests/data/real/mixed18 beijing_jingkaiqu_xiangmu_2023
    text = ("北京奔驰汽车技改项目、小米智能制造产业基地项目、康龙化成制剂开发及生产CDMO平台项目……开局系全局、起势定胜势,"
            "兔年伊始,北京经开区一批新建项目、续建项目陆续推进。")
    assert _names(text) == ["北京奔驰汽车技改项目", "小米智能制造产业基地项目", "康龙化成制剂开发及生产CDMO平台项目"]
    assert _names("推进城市更新、乡村振兴……各项工作有序开展。") == []  # items that do not end like projects
    # the verb before the first item is no part of its name, after an ellipsis as after a bare 等
    for tail in ("……确保完成任务。", "等,确保完成任务。"):
        assert _names("重点推进产业升级项目、民生改善项目" + tail) == ["产业升级项目", "民生改善项目"]


def test_a_subject_said_to_be_one_of_the_projects() -> None:
    # tests/data/real/mixed18 beijing_jingkaiqu_xiangmu_2023; a predicate after a comma leaves its subject unsaid
    # (tests/data/real/mixed17 qinghai_geermu_kaifugong_2023)
    assert _names("据悉。北京市高级别自动驾驶示范区3.0是北京经开区重点投资的项目之一。") == ["北京市高级别自动驾驶示范区3.0"]
    assert _names("该项目总投资171亿元,是国家“十四五”重点实施计划项目之一。") == []


# --- mixed19 and mixed20 first runs (tests/data/real/mixed19, mixed20) ---------------------------------------------


def test_a_list_of_examples_after_jiyou_with_their_fields_cut() -> None:
    # tests/data/real/mixed19 jiangsu_zhenjiang_yangzhong_kaifaqu_qianyue_undated: 既有…中的A、B,也有…中的C; 以及 joins two
    # items wherever it stands; 有机 opens a name, it is no verb
    text = ("产业项目中,既有新能源及智能制造产业中的高端元器件制造及智能电气成套项目、永磁电机项目,也有生物医药产业中的医疗器械"
            "产业集群项目、生物医药中间体产业化项目,还有新材料产业项目中的超高分子量聚乙烯板材项目、高性能工程塑料制品项目。\n"
            "科技人才项目包括有机三废利用关键设备研发项目、阻燃抗静电专用管道研发项目以及汽车产业链高端人才招引核心技术研发"
            "合作项目、抗逆玫瑰选育推广项目等。")
    assert _names(text) == ["高端元器件制造及智能电气成套项目", "永磁电机项目", "医疗器械产业集群项目", "生物医药中间体产业化项目",
                            "超高分子量聚乙烯板材项目", "高性能工程塑料制品项目", "有机三废利用关键设备研发项目",
                            "阻燃抗静电专用管道研发项目", "汽车产业链高端人才招引核心技术研发合作项目", "抗逆玫瑰选育推广项目"]
    # kinds of projects after 既有 are none (tests/data/real/mixed13 jilin_changchun_erdao_kaigong_2010)
    assert _names("其中既有房地产、国际工业品交易中心等辐射带动能力强的主导产业项目,又有物流商贸、长吉南线城市化道路改造"
                  "等具有重大战略意义的长吉一体化基础设施建设项目。") == []


def test_examples_after_ru_of_the_projects_a_sentence_counts() -> None:
    # tests/data/real/mixed19 fujian_quanzhou_kaijungong_2025 (printed in traditional characters,
    # read in simplified ones)
    text = ("此次开竣工的605个项目中,产业项目501个,投资强度大、科技含量高,如泉港百宏新材料绿色化智能化技术改造、"
            "石狮腾讯云·中重数字孪生产业园、晋江恒逸新材料生产基地、南安市海西零碳智慧园区、泉州开发区金旭高端运动鞋生产研发基地"
            "项目等。")
    # the zone before the last is its place, as the other batches' gold has it (this file's gold keeps it)
    assert _names(text) == ["泉港百宏新材料绿色化智能化技术改造", "石狮腾讯云·中重数字孪生产业园", "晋江恒逸新材料生产基地",
                            "南安市海西零碳智慧园区", "金旭高端运动鞋生产研发基地项目"]
    assert _names("推进城市更新,如皋市老城区、如东县新城区等。") == []
    # 如 opening a place's name (如东县, 如东) is no head of examples: the name keeps it
    assert _names("南通市新开工重大项目30个,如东县海上风电项目、海安市光伏项目等,总投资200亿元。") == [
        "如东县海上风电项目", "海安市光伏项目"]
    assert _names("新开工重大项目30个,如东洋口港LNG项目、海安市光伏项目等,总投资200亿元。")[0] == "如东洋口港LNG项目"


def test_a_list_closed_by_the_kind_and_count_of_its_projects() -> None:
    # tests/data/real/mixed19 sichuan_sheng_jizhongkaigong_2020 (printed in traditional characters, read
    # in simplified ones): 等交通项目113个; a list with an item of
    # two or three characters names kinds of works (供水)
    text = ("其中,岷江老木孔航电枢纽工程、镇巴至广安高速王坪至通江段等交通项目113个、投资1456亿元,回亭子口灌区一期、"
            "农网改造等能源、水利项目86个、投资1821亿元,市政道路、供水、污水垃圾处理、雨污管网建设等城镇基础设施项目289个。")
    assert _names(text) == ["岷江老木孔航电枢纽工程", "镇巴至广安高速王坪至通江段", "回亭子口灌区一期", "农网改造"]
    # kinds of works, however long, are no projects: no item is named as a works is
    assert _names("全市实施城市更新、老旧小区改造、市政道路等城建项目45个。") == []


def test_a_field_that_has_the_projects_listed_after_it() -> None:
    # tests/data/real/mixed19 fujian_fuzhou_yunqianyue_2022
    text = "其中,高端化工新材料和纺织功能性新材料产业链有改性工程新材料项目、PA66绿色纺织新材料项目,将助力长乐发展。"
    assert _names(text) == ["改性工程新材料项目", "PA66绿色纺织新材料项目"]


def test_projects_an_inspection_visits() -> None:
    # tests/data/real/mixed20 gansu_dingxi_longxi_kaifugong_2020
    text = "集中开复工仪式后,督查了莫建成艺术馆、佳禾广场城市综合体、渭河文化生态综合治理工程等项目。"
    assert _names(text) == ["莫建成艺术馆", "佳禾广场城市综合体", "渭河文化生态综合治理工程"]
    # 督查 of 督查组 is a noun's: the list starts after the verb 督查了
    assert _names("督查组督查了城区道路、老旧小区改造、污水管网等项目。") == ["城区道路", "老旧小区改造", "污水管网"]


def test_a_venue_whose_zone_was_cut_is_not_read_again_with_it() -> None:
    # tests/data/real/mixed20 yunnan_honghe_jizhongkaigong_2021
    text = ("2月18日上午,红河州2021年第一次重点项目集中开工在蒙自经开区金风科技产业集群风电装备制造产业园项目建设现场举行。"
            "此次集中开工重点项目共40个。")
    assert _names(text) == ["金风科技产业集群风电装备制造产业园项目"]


# --- mixed17 (tests/data/real/mixed17) -------------------------------------------------------------------------------


def test_a_list_closed_by_many_projects_and_a_profession_that_is_no_works() -> None:
    # tests/data/real/mixed17 xizang_lasa_rikaze_kaigong_2020 (printed in traditional characters, read in simplified ones):
    # 等多个重大项目 closes a list; 工程师 is a profession; 主要包括A工程、…和D工程4大类 lists kinds of works
    text = ("由拉萨市城投公司开发的堆龙新城项目总投资约63.8亿元。拉萨市城投公司工程师杨朝勋说:“开工了。”\n"
            "在距离拉萨市车程260多公里的日喀则市,日喀则经济开发区建设、桑珠孜区棚户区改造、拉萨至日喀则公路日喀则段、"
            "珠峰文化旅游创意产业园区等多个重大项目也于15日集中开工复工。\n"
            "今年计划完成投资43亿元,主要包括路网市政基础建设工程、教体配套设施建设工程、功能板块核心建设工程和特色产业建设工程"
            "4大类。")
    assert _names(text) == ["堆龙新城项目", "日喀则经济开发区建设", "桑珠孜区棚户区改造", "拉萨至日喀则公路日喀则段",
                            "珠峰文化旅游创意产业园区"]


def test_a_small_semicolon_of_a_web_page_stops_a_list() -> None:
    # tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021 (read in simplified characters)
    text = ("截至目前,回民区已开复工祥生文旅城·水乐园、振华购物中心公寓楼等重大项目23个,开复工率82%﹔预计6月份开复工慧谷昊庭、"
            "内蒙古农业大学附属秋实中学新校区等重大项目2个。")
    assert _names(text)[-2:] == ["慧谷昊庭", "内蒙古农业大学附属秋实中学新校区"]


def test_a_ceremony_of_one_projects_works_names_it() -> None:
    # tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021 (read in simplified characters)
    text = "5月29日上午,呼和浩特市举行重大项目集中开工动员会暨伊利现代智慧健康谷国家乳业技术创新中心开工仪式。"
    assert _names(text) == ["伊利现代智慧健康谷国家乳业技术创新中心"]
    assert _names("5月29日上午,全市举行集中开工动员会暨全市重点项目集中开工仪式。") == []


def test_a_project_opens_the_clause_after_a_report() -> None:
    # tests/data/real/mixed17 qinghai_geermu_kaifugong_2023; a time word opens no name (tests/data/real/mixed18
    # beijing_jingkaiqu_xiangmu_2023)
    text = "格尔木市发改委副主任申杰山介绍,南山口240万千瓦抽水蓄能电站项目总投资171亿元,是国家重点实施计划项目之一。"
    assert _names(text) == ["南山口240万千瓦抽水蓄能电站项目"]
    assert _names("记者从经济发展局获悉,今年北京经开区预计项目总投资超1000亿元。") == []


def test_a_list_apart_by_commas_only() -> None:
    # tests/data/real/projects2 hebei_sheng_yangqiruji_2014: A,B,C等“央企入冀”项目相继建成投产; a clause holding a list of
    # places of its own is an item as written (the gold's); what opens the sentence (今年以来, 同时) is none
    text = ("今年以来,神华集团在尚义、赤城、康保、沽源等区域开发风电资源,邯郸新兴装备材料及物流基地,国网公司张北风光储输示范"
            "一期,中国兵器装备集团公司长安汽车河北基地等“央企入冀”项目相继建成投产或部分投产。")
    assert _names(text) == ["神华集团在尚义、赤城、康保、沽源等区域开发风电资源", "邯郸新兴装备材料及物流基地",
                            "国网公司张北风光储输示范一期", "中国兵器装备集团公司长安汽车河北基地"]
    # a sentence of a plan's clauses is no list (written for this test)
    assert _names("今年以来,全市积极推进重点工作,加快项目建设,确保实效,新建学校等项目开工建设。") == []


def test_the_zone_before_a_project_named_by_what_follows_it_is_its_place() -> None:
    # tests/data/real/parks3/yunnan_chuxiong_jizhongkaigong_2021.txt, line 5: a project named by 位于 after it
    text = "楚雄市第三批集中开工项目31项,总投资40.26亿元。开工的楚雄高新区海棠湖文旅小镇项目位于高铁新城站前大道东侧,占地约366亩。"
    assert _names(text) == ["海棠湖文旅小镇项目"]


def test_the_aspect_after_a_list_verb_is_no_part_of_the_first_item() -> None:
    # tests/data/real/mixed21 sichuan_chengdu_dayi_qianyue_kaigong_2021, line 3
    text = ("现场签约了中南集团王滩TOD片区开发项目、十九冶集团片区综合开发项目、乐境印象·仁、远星橡胶智能交通装备制造项目、"
            "成都冶金实验厂产能置换项目等11个项目,签约金额达306亿元。")
    assert _names(text) == ["中南集团王滩TOD片区开发项目", "十九冶集团片区综合开发项目", "乐境印象·仁",
                            "远星橡胶智能交通装备制造项目", "成都冶金实验厂产能置换项目"]


def test_clauses_each_one_item_closed_by_a_count_after_baokuo() -> None:
    # tests/data/real/mixed21 shaanxi_baoji_fengxian_kaigong_2022, line 5 (read in simplified characters)
    text = ("本次集中开工的重点项目共16个,总投资21.17亿元,年度计划投资9.2亿元,包括凤县古城河畔房车营地等6个文化旅游项目;"
            "凤县分布式光伏整县推进等6个工业产业项目;黄牛铺镇菌类加工园等2个农业产业项目;智慧化绿色矿山建设等2个生态环保类项目。")
    assert _names(text) == ["凤县古城河畔房车营地", "凤县分布式光伏整县推进", "黄牛铺镇菌类加工园", "智慧化绿色矿山建设"]
    # a clause after a full stop is no next clause of the list (written for this test)
    assert "凤县分布式光伏整县推进" not in _names(
        "包括凤县古城河畔房车营地等6个文化旅游项目。凤县分布式光伏整县推进等6个工业产业项目。")


def test_a_list_after_xiangmu_wei_closed_by_its_count() -> None:
    # tests/data/real/mixed21 hebei_shijiazhuang_zhengding_kaigong_2019, line 2 (shortened to its first three items and
    # their count)
    text = ("据了解,这次秋季集中开工项目为河北新之春科技发展有限公司动物射频识别标识制作项目、国药乐仁堂医药物流园项目三期、"
            "安济路综合管廊工程,共计3个,总投资27.78亿元。")
    assert _names(text) == ["河北新之春科技发展有限公司动物射频识别标识制作项目", "国药乐仁堂医药物流园项目三期", "安济路综合管廊工程"]
    # a count that is not the items' is no close (the same sentence, its count as printed: 7 for three items)
    assert "国药乐仁堂医药物流园项目三期" not in _names(text.replace("共计3个", "共计7个"))


def test_a_bracketed_part_of_a_zone_before_an_enterprise_is_the_projects_place() -> None:
    # tests/data/real/mixed21 hebei_shijiazhuang_zhengding_kaigong_2019, line 1; the zone's own works keep it (mixed16
    # fujian_quanzhou_jizhongkaigong_2022, read in simplified characters)
    text = ("近日,石家庄(正定县)2019年秋季项目集中开工仪式在正定高新区(南区)河北新之春科技发展有限公司动物射频识别标识制作项目"
            "施工现场举行。")
    assert _names(text) == ["河北新之春科技发展有限公司动物射频识别标识制作项目"]
    text = "包括晋江经济开发区(安东园)标准化提升一期、福建北电南送特高压交流输变电工程(泉州段)等一批重大项目拉开建设大幕。"
    assert _names(text)[0] == "晋江经济开发区(安东园)标准化提升一期"


def test_who_builds_a_project_for_whom_is_no_part_of_its_name() -> None:
    # tests/data/real/mixed22 neimenggu_xinganmeng_kaigong_2011, line 2 (read in simplified characters)
    text = ("据统计,此次开工的项目有鄂尔多斯市援建的鄂尔多斯羊绒集团年产40万件羊绒衫加工项目、博源集团30万吨合成氨52万吨尿素项目、"
            "鄂尔多斯玄峰集团红云酒厂2万吨白酒项目等,还有中煤集团等央企投资建设的40万吨聚氯乙烯等煤化工项目。")
    assert _names(text)[:3] == ["鄂尔多斯羊绒集团年产40万件羊绒衫加工项目", "博源集团30万吨合成氨52万吨尿素项目",
                                "鄂尔多斯玄峰集团红云酒厂2万吨白酒项目"]


def test_one_item_after_a_list_verb_inside_its_clause_and_after_a_time_word() -> None:
    # tests/data/real/mixed24 sichuan_luzhou_longmatan_qianyue_2021, line 1
    text = ("2021中外知名企业四川行活动签约陕西隆庆精密制造生产基地等14个项目,总投资43.2亿元。第十八届中国西部国际博览会签约北京中信"
            "旅游天曌山全民乐享康养休闲度假区等8个项目,总投资69.83亿元。目前春天国际学校项目等8个项目已开工建设。")
    assert _names(text) == ["陕西隆庆精密制造生产基地", "北京中信旅游天曌山全民乐享康养休闲度假区", "春天国际学校项目"]


def test_a_name_cut_short_on_its_left_is_the_whole_name_read_elsewhere() -> None:
    # tests/data/real/mixed23 shanxi_lvliang_jiaocheng_kaifaqu_kaigong_2024: the name after 深入 is cut at 有限责任, the next
    # sentence opens with it whole
    text = ("随后,孙大军、丁大为一行深入交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目和交城经开区低碳生态园进行了"
            "观摩。\n交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目总投资2.5亿元,今年8月建成试运行。")
    assert _names(text) == ["交城义望铁合金有限责任公司热态渣再利用年产10万吨无机纤维密度板材项目"]


def test_a_bracket_listing_a_projects_parts_is_no_part_of_its_name() -> None:
    # tests/data/real/parks4 hainan_sheng_zhongdianxiangmu_undated, line 9; a bracket naming which part stays (line 5)
    text = ("1.续建项目(6个):文昌航天发射场项目、文昌铜鼓岭生态旅游区开发项目(包括鲁能淇水湾五星级酒店、悦榕度假村酒店)、文昌清澜大桥"
            "(清澜大桥主体工程、清澜大桥至文清大道连接线)、永青现代热带农业园区、蟒蛇养殖基地、文昌市人民医院搬迁扩建工程。")
    assert _names(text) == ["文昌航天发射场项目", "文昌铜鼓岭生态旅游区开发项目", "文昌清澜大桥", "永青现代热带农业园区", "蟒蛇养殖基地",
                            "文昌市人民医院搬迁扩建工程"]
    assert _names("1.续建项目(2个):洋浦一小时交通圈项目(洋浦大桥部分)、儋州滨海新区开发项目。") == [
        "洋浦一小时交通圈项目(洋浦大桥部分)", "儋州滨海新区开发项目"]


def test_a_list_closed_by_deng_xiangmu_and_the_tender_passed() -> None:
    # tests/data/real/mixed22 ningxia_wuzhong_jizhongkaigong_2022, line 11
    text = "聚焦国家和自治区政策支持方向。吴忠市第一再生水厂、吴忠市东片区基础设施建设等项目完成施工招标,投资力度不断加大。"
    assert _names(text) == ["吴忠市第一再生水厂", "吴忠市东片区基础设施建设"]


def test_a_rank_before_the_count_of_a_list_is_no_kind_of_works() -> None:
    # tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021 (read in simplified characters); a kind of works
    # there keeps such items out (written for this test: kinds of works, none named)
    text = "下半年还将开工建设巴彦淖尔路两侧道路绿化硬化、碧桂园星耀、碧桂园星钻等重大项目3个。"
    assert _names(text) == ["巴彦淖尔路两侧道路绿化硬化", "碧桂园星耀", "碧桂园星钻"]
    assert _names("下半年还将开工建设市政道路、供水、污水处理等城镇基础设施项目289个。") == []


def test_examples_of_a_count_of_projects_after_wei_daibiao() -> None:
    # tests/data/real/mixed15 henan_nanyang_xixia_jizhongkaigong_2023
    text = "以建设国家级食用菌交易市场为代表的21个城建及社会事业项目,总投资82.47亿元。"
    assert _names(text) == ["建设国家级食用菌交易市场"]
    assert _names("以电子信息为代表,培育新兴产业。") == []


def test_a_project_named_after_its_being_newly_started() -> None:
    # tests/data/real/mixed14 gansu_projects_2021
    text = "其中,新开工建设的黄河炳灵丹霞旅游区项目由厦门恒兴集团投资建设,首期总投资8.5亿元。"
    assert _names(text) == ["黄河炳灵丹霞旅游区项目"]
    assert _names("其中,新开工的重点项目由各县区负责。") == []  # a rank, no name (written for this test)


def test_a_list_closed_by_zainei_ends_there() -> None:
    # tests/data/real/mixed20 yunnan_yuxi_gaoxinqu_kaigong_2013
    text = ("此次集中开工的13个项目中,包括云南达利食品有限公司、云南猫哆哩集团、云南韵雅生物科技公司在内的9个生产性项目,"
            "总投资将超过26亿元。")
    assert _names(text) == ["云南达利食品有限公司", "云南猫哆哩集团", "云南韵雅生物科技公司"]


def test_a_list_opens_after_an_announcing_verb_inside_its_clause() -> None:
    # tests/data/real/mixed20 yunnan_sheng_wuwang_kaigong_2017 (read in simplified characters)
    text = ("当省委书记、省人大常委会主任陈豪在长水机场主会场宣布昆明长水国家门户枢纽机场航站区改扩建工程、南涧至景东高速公路大理段、"
            "瑞丽城市轨道交通等15个项目开工时,现场施工车辆笛声长鸣。")
    assert _names(text) == ["昆明长水国家门户枢纽机场航站区改扩建工程", "南涧至景东高速公路大理段", "瑞丽城市轨道交通"]


def test_numbered_headings_naming_projects_with_their_units_on_the_next_line() -> None:
    # tests/data/real/mixed24 gansu_lanzhou_zhongdianshixiang_fengong_undated (lines 1-6, the paragraphs cut after their
    # units); item 1 names no project (事宜)
    text = ("1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
            "2、兰州市大气污染成因及防治对策研究项目\n由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工、落实责任。\n"
            "3、污水管网和污水处理厂项目\n由吴继德副市长负责,市建委牵头,相关部门配合,按照国家部委相关文件要求。\n")
    assert prose_projects(text) == [("兰州市大气污染成因及防治对策研究项目", ("市环保局",), ("相关部门",)),
                                    ("污水管网和污水处理厂项目", ("市建委",), ("相关部门",))]


def test_a_numbered_heading_of_a_plans_part_is_no_project() -> None:
    # tests/data/real/mixed22 guizhou_liupanshui_shidagongcheng_2013
    text = ("一、2013年\"十大工程\"\n(一)产业园区建设工程\n红桥、红果、盘北、董地、水月、大河、木岗等7个产业园区建成标准厂房150万平方米。\n"
            "(四)现代农业产业园区建设工程\n")
    assert _names(text) == []


def test_a_project_singled_out_of_those_a_sentence_speaks_of() -> None:
    # tests/data/real/mixed22 hunan_yueyang_jingkaiqu_kaigong_2023, line 13
    text = "这些项目投资量大、带动性强,特别是洞庭能源谷碳基材料产业园项目,借力中南大学碳基复合材料技术优势,研发生产最新碳基复合材料技术。"
    assert _names(text) == ["洞庭能源谷碳基材料产业园项目"]
    assert _names("这些项目投资量大,特别是重点项目,要加快推进。") == []  # a rank, no name (written for this test)


def test_a_bracket_of_phases_or_sections_stays_in_the_name() -> None:
    # the list of parks4 hainan_sheng_zhongdianxiangmu_undated (文昌清澜大桥(清澜大桥主体工程、…连接线) cut to its name)
    # with a bracket of phases or sections: they say which works, not the project's parts
    text = ("(一)重点项目(7个)。\n"
            "1.续建项目(3个):文昌航天发射场项目、滨海大道(一期、二期)、福厦铁路(泉州段、厦门段)、文昌市人民医院搬迁扩建工程。\n")
    assert _names(text) == ["文昌航天发射场项目", "滨海大道(一期、二期)", "福厦铁路(泉州段、厦门段)", "文昌市人民医院搬迁扩建工程"]


def test_a_count_of_the_lists_projects_after_its_last_item_closes_it() -> None:
    # tests/data/real/mixed15 henan_xinyang_gushi_jizhongkaigong_2020 (the list shortened to two of its seven items)
    text = ("固始县第二批集中开工项目共有2个,分别是:固始县南湖生态文化园大坝建设项目、固始县第二生活垃圾处理厂工程,"
            "2个项目总投资4.4亿元,其中2020年度计划投资3亿元。")
    assert _names(text) == ["固始县南湖生态文化园大坝建设项目", "固始县第二生活垃圾处理厂工程"]


def test_kinds_of_parts_and_the_project_spoken_of_again_are_no_list_items() -> None:
    # tests/data/real/mixed4 liaoning_shenyang_liaozhong_jizhongkaigong_2020; a name holding 等 before what its works do
    # stays (realdev2: 全省城市(县城)燃气管道等老化更新改造)
    text = ("辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建,项目初步规划400亩,总投资10亿元人民币,"
            "园区规划主要包括生产加工区、配套共享区、销售展示信息服务与配件供应中心等功能区、物流区,项目于2020年4月15日开工建设。")
    names = _names(text)
    assert "销售展示信息服务与配件供应中心等功能区" not in names
    assert "项目于2020年4月15日开工建设" not in names


def test_a_time_before_a_kind_of_projects_is_no_name() -> None:
    # tests/data/real/mixed7 heilongjiang_jiamusi_jizhongkaigong_2022
    text = ("随后,我市分别举行隆基公司高效单晶光伏组件项目、中车集团(佳木斯)新能源装备产业基地项目开工仪式,拉开了2022年全市项目建设帷幕,"
            "以新一年产业项目的早启动、快建设,进一步掀起了产业项目建设新热潮。")
    assert "新一年产业项目" not in _names(text)


# --- issue 21, first runs of tests/data/real/mixed27 and mixed28 -------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    # mixed27 jiangsu_sheng_zhongdaxiangmu_kaigong_2021: one project a line under 项目如下:, blank lines between
    ('  各分会场开工项目如下:\n\n  南京玄武之光新一代信息技术科技创新中心\n\n  无锡先导集成电路装备材料基地\n\n  徐州思路迪抗肿瘤创新药研发制造\n',
     ['南京玄武之光新一代信息技术科技创新中心', '无锡先导集成电路装备材料基地', '徐州思路迪抗肿瘤创新药研发制造']),
    # mixed27 jiangsu_nantong_zhongdaxiangmu_kaigong_2021 (traditional): 等一批…項目落地開工
    ('南通市省級重大項目數量連續五年全省領先,恒力新材料、中天綠色精品鋼、金光高檔生活用紙、桐昆聚酯一體化、招商局豪華遊輪、阿裏雲計算中心等一批百億級項目落地開工,',
     ['恒力新材料', '中天綠色精品鋼', '金光高檔生活用紙', '桐昆聚酯一體化', '招商局豪華遊輪', '阿裏雲計算中心']),
    # mixed27 xizang_zhongdianxiangmu_2015 (traditional): 等民生項目即將開工建設
    ('新開工項目中民生項目居多,西藏兒童醫院藏醫藥改擴建、西藏遠程醫療試點工程、西藏檔案館等民生項目即將開工建設,',
     ['西藏兒童醫院藏醫藥改擴建', '西藏遠程醫療試點工程', '西藏檔案館']),
])
def test_projects_of_the_mixed27_and_mixed28_constructions(text: str, names: list[str]) -> None:
    # through extract_document: a text in traditional characters is read in simplified ones
    assert [r.name for r in extract_document(make_doc(text)) if isinstance(r, Project)] == names
