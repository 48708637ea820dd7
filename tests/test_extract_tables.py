"""The shared table reader: three shapes, header by column words, clean offsets."""

from __future__ import annotations

import pytest

from kg.extract.roles import lead_marks, looks_like_units, parse_responsibility, split_units
from kg.extract.tables import (
    align,
    column_role,
    document_tables,
    find_tables,
    is_header_cell,
)
from kg.read.segment import as_one_document as make_doc


def grid(row) -> list[list[str]]:
    return [[c.text for c in cells] for cells in row.values]


# A Hangzhou-style plan printed one cell per paragraph: a caption, a 责任单位
# column, half-width commas, a content cell of two paragraphs, a merged schedule
# cell, blank (nbsp) lines, and plain prose after the table with no heading.
PARAGRAPH = """表3-2 重大产业项目一览表

序 号

项目名称

建设内容及规模

开工年份

竣工年份

责任单位

1

智能装备产业园

总用地200亩,建设标准厂房12万平方米。

配套建设研发中心一座。

2022

2024

市经信局牵头,高新区管委会、市资规局配合

\u00a0

2

新材料中试基地

建设中试线3条。

前期研究中

市科技局、市发改委

上述项目由各责任单位按季度报送进度,市发改委汇总后报市政府。
"""


def test_paragraph_table_rows_and_columns():
    tables = list(find_tables(PARAGRAPH))
    assert len(tables) == 1
    table = tables[0]
    assert table.shape == "paragraph"
    assert (table.label, table.title) == ("表3-2", "重大产业项目一览表")
    assert [c.role for c in table.columns] == ["seq", "name", "content", "start_year", "end_year", "lead"]
    assert [r.seq for r in table.rows] == [1, 2]
    first, second = table.rows
    assert grid(first) == [
        ["1"], ["智能装备产业园"], ["总用地200亩,建设标准厂房12万平方米。", "配套建设研发中心一座。"],
        ["2022"], ["2024"], ["市经信局牵头,高新区管委会、市资规局配合"],
    ]
    assert grid(second) == [["2"], ["新材料中试基地"], ["建设中试线3条。"], [], [], ["市科技局、市发改委"]]
    assert second.notes["schedule"].text == "前期研究中"
    # The prose after the last row is not part of the table.
    assert "上述项目" not in PARAGRAPH[table.start:table.end]


def test_cell_offsets_slice_the_body():
    for table in find_tables(PARAGRAPH):
        for row in table.rows:
            for cell in row.cells:
                assert PARAGRAPH[cell.start:cell.end] == cell.text
            assert PARAGRAPH[row.start:row.end].startswith(str(row.seq))


TSV = (
    "附表1：2022年重点项目计划表\n"
    "序号\t项目名称\t建设地点\t建设年限\t牵头单位\t配合单位\n"
    "1\t东部新城地下综合管廊\t鄞州区\t2021-2024\t市住建局\t市城投集团\n"
    "2\t三官堂大桥\t\t2020年—2022年\t市交通局\t\n"
    "以上项目按计划推进。\n"
)


def test_tsv_table_keeps_blank_cells():
    (table,) = find_tables(TSV)
    assert table.shape == "tsv"
    assert table.label == "附表1"
    assert [c.role for c in table.columns] == ["seq", "name", "location", "period", "lead", "cooperate"]
    assert grid(table.rows[1]) == [["2"], ["三官堂大桥"], [], ["2020年—2022年"], ["市交通局"], []]
    assert table.rows[0].text("cooperate") == "市城投集团"


def test_tsv_row_with_header_words_and_years_stays_a_row():
    """A numbered row whose name holds a column word (产业园) and whose year cells
    look like year headers is still a row, not the header of a new table."""
    body = (
        "序号\t项目名称\t建设规模\t开工年\t完成年\t责任单位\n"
        "1\t滨江大桥工程\t新建大桥一座。\t2021\t2023\t区交通局牵头,区财政局配合\n"
        "2\t跨境电商产业园\t建设园区。\t2022\t2024\t区商务局牵头,区经信局配合\n"
        "3\t人才公寓\t建设公寓。\t2021\t2022\t区住建局\n"
    )
    (table,) = find_tables(body)
    assert [r.text("name") for r in table.rows] == ["滨江大桥工程", "跨境电商产业园", "人才公寓"]


HTML = """<p>专栏3：特色园区建设重点</p>
<table border="1"><thead><tr><th>领域</th><th>园区名称</th><th>主导产业</th><th>责任单位</th></tr></thead>
<tbody>
<tr><td rowspan="2">智能制造</td><td>机器人产业园（萧山区）</td><td>工业机器人、减速器</td><td rowspan="3">区经信局</td></tr>
<tr><td>数控机床产业园（余杭区）</td><td>数控系统</td></tr>
<tr><td>新材料</td><td>化工新材料园（临平区）</td><td>高分子材料等</td></tr>
</tbody></table>
<p>各地要加强要素保障。</p>"""


def test_html_table_fills_rowspans_left_and_right():
    doc = make_doc(HTML)
    (table,) = document_tables(doc)
    assert table.shape == "html"
    assert (table.label, table.title) == ("专栏3", "特色园区建设重点")
    assert [c.role for c in table.columns] == ["sector", "name", "industries", "lead"]
    assert [grid(r) for r in table.rows] == [
        [["智能制造"], ["机器人产业园（萧山区）"], ["工业机器人、减速器"], ["区经信局"]],
        [["智能制造"], ["数控机床产业园（余杭区）"], ["数控系统"], ["区经信局"]],
        [["新材料"], ["化工新材料园（临平区）"], ["高分子材料等"], ["区经信局"]],
    ]
    for row in table.rows:  # a row's own cells, evidence-ready
        ev = doc.evidence_for(row.start, row.end)
        assert doc.text.original[ev.start:ev.end] == ev.quote
        assert row.cells[0].text in ev.quote


def test_html_without_original_markup_still_reads_rows():
    doc = make_doc(HTML)
    (table,) = find_tables(doc.body)  # no spans: short rows are read left to right
    assert len(table.rows) == 3
    assert table.rows[0].text("name") == "机器人产业园（萧山区）"


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("序号", "seq"), ("序 号", "seq"), ("项目名称", "name"), ("重点产业园名称", "name"),
        ("指标名称", "indicator"), ("主要内容和重点", "content"), ("建设规模", "content"),
        ("牵头单位", "lead"), ("责任单位", "responsible"), ("牵头部门", "lead"), ("配合单位", "cooperate"),
        ("开工年", "start_year"), ("完成年", "end_year"), ("建设年限", "period"), ("地点", "location"),
        ("合作对象", "partners"), ("领域", "sector"), ("主导细分行业", "industries"),
        ("总投资（亿元）", "investment"), ("2025年目标", "value"), ("2020基期值", "value"),
        ("跨境电商平台", None),
    ],
)
def test_column_role(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目名称", True),
        ("表4-1:重点项目一览表", False),  # a caption, not a header cell
        ("重点项目一览表", False),
        ("地点:杨浦区或黄浦区", False),
        ("区发改局牵头,区科技局配合", False),
        ("国家双创示范基地", False),
    ],
)
def test_is_header_cell(text, expected):
    assert is_header_cell(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区发改局牵头,区科技局、区经信局配合", True),
        ("市科技局、市发改委", True),
        ("潘火街道", True),
        ("相关镇(街道)", True),
        ("类型:飞入型。开发区内开辟一块区域,设立飞地,由上海全权负责运营", False),
        ("2023", False),
        ("正在预可行性研究", False),
    ],
)
def test_looks_like_units(text, expected):
    assert looks_like_units(text) is expected


def test_prose_with_column_words_is_not_a_table():
    body = "各牵头单位要会同配合单位抓好落实。\n项目名称\n由市发改委统一公布。\n"
    assert list(find_tables(body)) == []


def test_flattened_copy_of_a_table_is_not_read_as_a_row():
    body = "领域\t园区名称\t主导产业\n智能制造\t机器人产业园\t工业机器人\n" + "\t".join(
        ["领域", "园区名称", "主导产业"] + ["智能制造", "机器人产业园", "工业机器人"] * 4
    ) + "\n"
    (table,) = find_tables(body)
    assert len(table.rows) == 1


def test_align_keeps_a_multi_paragraph_content_cell_whole():
    (table,) = find_tables(PARAGRAPH)
    values, notes = align(list(table.rows[0].cells), table.columns)
    assert len(values[2]) == 2 and not notes


def test_seed_tables(seed_docs):
    tables = [t for d in seed_docs for t in document_tables(d)]
    labels = [t.label for t in tables if t.label and t.label.startswith("表")]
    assert labels == ["表4-1", "表4-2", "表4-3", "表4-4"]
    assert [len(t.rows) for t in tables if t.label in labels] == [8, 6, 12, 8]
    shapes = {t.shape for t in tables}
    assert shapes == {"paragraph", "tsv", "html"}


def test_paragraph_rows_survive_numbers_headings_and_blank_cells():
    body = "\n\n".join([
        "序号", "项目名称", "计划投资", "建设内容", "牵头单位",
        "1", "社区食堂", "2", "一、新建社区食堂两处。", "市民政局牵头,各区政府配合",
        "2", "口袋公园", "30", "建设口袋公园30个。",  # no 牵头单位 printed
        "3", "街巷改造", "5", "改造背街小巷5条。", "市城管局",
        "（二）保障措施",
    ])
    (table,) = find_tables(body)
    assert [r.seq for r in table.rows] == [1, 2, 3]
    assert [grid(r) for r in table.rows] == [
        [["1"], ["社区食堂"], ["2"], ["一、新建社区食堂两处。"], ["市民政局牵头,各区政府配合"]],
        [["2"], ["口袋公园"], ["30"], ["建设口袋公园30个。"], []],
        [["3"], ["街巷改造"], ["5"], ["改造背街小巷5条。"], ["市城管局"]],
    ]


# --- rows with no 序号, group columns carried down, unit lists ----------------------


def test_paragraph_table_with_no_seq_is_cut_at_the_unit_cell():
    """An OCR indicator table: a title line above the header, no 序号, and a 领域 cell
    printed once for two rows, so the second row is one cell short."""
    body = "\n\n".join([
        "重点指标", "领域", "指标名称", "2023年", "2026年", "牵头部门",
        "科技创新", "研发投入强度(%)", "2.8", "3.2", "县科技局",
        "高新技术企业(家)", "120", "200", "县科技局、县经信局",
        "绿色低碳", "单位GDP能耗下降(%)", "3", "[13.5]", "县发改局",
        "四、组织实施", "各部门要细化措施，确保指标如期完成。",
    ])
    (table,) = find_tables(body)
    assert [c.role for c in table.columns] == ["sector", "indicator", "value", "value", "lead"]
    assert [grid(r) for r in table.rows] == [
        [["科技创新"], ["研发投入强度(%)"], ["2.8"], ["3.2"], ["县科技局"]],
        [[], ["高新技术企业(家)"], ["120"], ["200"], ["县科技局、县经信局"]],
        [["绿色低碳"], ["单位GDP能耗下降(%)"], ["3"], ["[13.5]"], ["县发改局"]],
    ]
    assert table.carried("sector") == ["科技创新", "科技创新", "绿色低碳"]
    assert [body[r.start : r.end].split("\n")[0] for r in table.rows] == ["科技创新", "高新技术企业(家)", "绿色低碳"]


def test_paragraph_task_table_with_two_unit_columns_keeps_its_last_cell():
    body = "\n".join([
        "序号", "主要任务", "牵头单位", "配合单位",
        "1", "建设城市大脑", "市大数据局", "市公安局、市经信局",
        "2", "完善应急物资储备", "市应急管理局", "各区、县（市）政府",
    ])
    (table,) = find_tables(body)
    assert [grid(r) for r in table.rows] == [
        [["1"], ["建设城市大脑"], ["市大数据局"], ["市公安局、市经信局"]],
        [["2"], ["完善应急物资储备"], ["市应急管理局"], ["各区、县（市）政府"]],
    ]


def test_carried_fills_blank_tsv_cells_but_not_with_a_shifted_number():
    body = (
        "类别\t序号\t指标名称\t2025年\n"
        "经济\t1\t地区生产总值增速\t6\n"
        "\t2\t人均可支配收入增速\t6.5\n"
        "3\t城镇登记失业率\t<3.5\n"  # a merged cell shifted the number into 类别
        "社会\t4\t人均预期寿命\t82\n"
    )
    (table,) = find_tables(body)
    assert table.carried("category") == ["经济", "经济", "经济", "社会"]
    assert table.carried("sector") == [None] * 4


@pytest.mark.parametrize(
    ("text", "units", "notes"),
    [
        ("市财政局，各区、县（市）政府、开发园区管委会", ["市财政局", "各区", "县（市）政府", "开发园区管委会"], []),
        ("市商\n\n务局；宁波证监局等有关部门", ["市商务局", "宁波证监局"], []),
        ("区交通运输局(象山湾一期公司)、相关镇(街道)", ["区交通运输局", "相关镇(街道)"], ["象山湾一期公司"]),
        ("市发改委）、市科技局。", ["市发改委", "市科技局"], []),
    ],
)
def test_split_units(text, units, notes):
    assert split_units(text) == (units, notes)


@pytest.mark.parametrize(
    ("cell", "leads", "coops"),
    [
        ("市科技局、市水利局（牵头）、市生态环境局", ("市水利局",), ("市科技局", "市生态环境局")),
        ("市大数据局牵头，市经信局、各县（市、区）人民政府配合", ("市大数据局",), ("市经信局", "各县（市、区）人民政府")),
    ],
)
def test_parse_responsibility_lead_marks_and_collective_bodies(cell, leads, coops):
    roles = parse_responsibility(cell)
    assert (roles.lead, roles.cooperate) == (leads, coops)


def test_lead_marks_leave_an_unmarked_list_to_the_lead():
    assert lead_marks(("市发改委", "市科技局")) == (("市发改委", "市科技局"), ())


def test_document_tables_read_twice_give_the_same_tables():
    """Reading is a pure function of the document: the same tables every time."""
    doc = make_doc(TSV)
    first, second = list(document_tables(doc)), list(document_tables(doc))
    assert first and first == second
    assert list(document_tables(make_doc(TSV.replace("三官堂大桥", "新江桥")))) != first


def test_pipe_tables_one_row_a_line_and_one_cell_a_line():
    rows_text = ("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
                 "1 | 推动义务教育均衡发展。 | 毛晓青 | 县教体局 各相关乡镇政府 | 已完成。 |\n")
    (table,) = find_tables(rows_text)
    assert [c.role for c in table.columns][:4] == ["seq", "content", "lead_official", "lead"]
    assert grid(table.rows[0])[2:4] == [["毛晓青"], ["县教体局 各相关乡镇政府"]]
    cells_text = "序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n1 |\n全力推进空间再造。 |\n马振明 |\n改革办 |\n全年 |\n"
    (table,) = find_tables(cells_text)
    assert grid(table.rows[0])[:4] == [["1"], ["全力推进空间再造。"], ["马振明"], ["改革办"]]
    assert table.rows[0].notes["schedule"].text == "全年"  # not a year: a schedule note


def test_group_rows_and_missing_cells_in_a_paragraph_table():
    text = ("序号\n主要工作举措\n牵头单位\n配合单位\n责任领导\n一、做大做强主导产业\n1\n构建现代化产业体系。\n区农业农村局\n"
            "区发展改革局\n2\n推动循环利用。\n沈阳近海经济区管委会\n生态环境分局\n冯冬昌\n")
    (table,) = find_tables(text)
    assert [grid(r) for r in table.rows] == [
        [["1"], ["构建现代化产业体系。"], ["区农业农村局"], ["区发展改革局"], []],
        [["2"], ["推动循环利用。"], ["沈阳近海经济区管委会"], ["生态环境分局"], ["冯冬昌"]]]


def test_a_responsible_column_cooperates_beside_a_lead_column():
    (table,) = find_tables("序号\t重点任务\t牵头单位\t责任单位\n1\t建设平台\t市发改委\t市科技局\n")
    assert [c.role for c in table.columns] == ["seq", "content", "lead", "cooperate"]
    (table,) = find_tables("序号\t重点任务\t责任单位\n1\t建设平台\t市发改委\n")
    assert [c.role for c in table.columns] == ["seq", "content", "lead"]


def test_an_assessment_table_one_cell_a_line_with_merged_cells_and_a_unit_a_line() -> None:
    # tests/data/real/tasks2/zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021.txt: a group cell before the
    # first number (考核项目), 考核指标 printed once for a group, two 责任部门 one a line, 单位 left blank, 评分部门
    text = ("考核项目\n序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n评分部门\n农业高质高效\n1\n确保粮食和重要农产品有效供给\n"
            "农林牧渔业增加值增幅\n%\n≥2%\n县海洋与渔业局\n县农业农村局\n市海洋渔业局市农业农村局\n"
            "2\n农业劳动生产率及增幅\n万元/人\n全市统筹\n县海洋与渔业局\n县农业农村局\n市海洋渔业局市农业农村局\n"
            "3\n建设美丽牧场\n0\n县农业农村局\n市农业农村局\n4\n建设“千亩方、万亩方”\n永久基本农田\n万亩\n0\n县自然资源和规划局\n市资源规划局\n")
    (table,) = find_tables(text)
    assert [c.role for c in table.columns] == ["category", "seq", "indicator", "content", "measure", "value", "lead",
                                               "assessor"]
    assert [grid(r) for r in table.rows] == [
        [["农业高质高效"], ["1"], ["确保粮食和重要农产品有效供给"], ["农林牧渔业增加值增幅"], ["%"], ["≥2%"],
         ["县海洋与渔业局", "县农业农村局"], ["市海洋渔业局市农业农村局"]],
        [[], ["2"], [], ["农业劳动生产率及增幅"], ["万元/人"], ["全市统筹"], ["县海洋与渔业局", "县农业农村局"],
         ["市海洋渔业局市农业农村局"]],
        [[], ["3"], [], ["建设美丽牧场"], [], ["0"], ["县农业农村局"], ["市农业农村局"]],
        [[], ["4"], ["建设“千亩方、万亩方”"], ["永久基本农田"], ["万亩"], ["0"], ["县自然资源和规划局"], ["市资源规划局"]]]
    assert [r.seq for r in table.rows] == [1, 2, 3, 4]


def test_a_table_a_cell_a_line_with_a_header_cell_on_two_lines_and_group_rows_over_row_one() -> None:
    # real/mixed6/guangdong_guangzhou_zerenfengong_2021.txt: 市政府 / 分管领导 is one header cell; two group
    # rows (强化…能力。 / (一) / 加强…建设。) stand over row 1; the rows leave 备注 blank
    body = ("序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n强化科技创新支撑能力。\n\n\n\n"
            "(一)\n\n加强战略科技力量建设。\n\n\n\n1\n\n"
            "加快建设以中新知识城、南沙科学城为极点,链接全市域科技创新关键节点的科技创新轴。\n\n王 东\n\n市科技局\n\n"
            "黄埔区、南沙区政府\n\n\n2\n\n全力做好呼吸领域国家实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n"
            "市政府办公厅、市发展改革委、市财政局、市卫生健康委,荔湾区、黄埔区政府\n")
    (table,) = find_tables(body)
    assert [c.role for c in table.columns] == ["seq", "content", "lead_official", "lead", "cooperate", "note"]
    assert [(r.text("lead_official"), r.text("lead"), r.text("cooperate"), r.text("note")) for r in table.rows] == [
        ("王 东", "市科技局", "黄埔区、南沙区政府", None),
        ("王 东", "市科技局", "市政府办公厅、市发展改革委、市财政局、市卫生健康委,荔湾区、黄埔区政府", None),
    ]


def test_a_space_table_with_a_group_row_and_a_unit_cell_broken_over_lines() -> None:
    # real/mixed22/anhui_bozhou_qiaocheng_renwufenjie_2025.txt: a header of words between spaces, a part
    # heading over row 1, and row 2's 主要责任单位 cell printed over two lines with its 协同配合单位 cell under them
    body = ("序号 重点工作任务 主要责任单位 协同配合单位\n一、2025年经济社会发展的主要预期目标\n"
            "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n"
            "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n"
            "区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n"
            "3 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n")
    (table,) = find_tables(body)
    assert table.shape == "space" and [c.role for c in table.columns] == ["seq", "content", "lead", "cooperate"]
    assert [r.seq for r in table.rows] == [1, 2, 3]
    assert grid(table.rows[1]) == [["2"], ["一般公共预算收入增长5%左右。"], ["区财政局", "区税务局"],
                                   ["区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。"]]
    for row in table.rows:
        for cell in row.cells:
            assert body[cell.start : cell.end] == cell.text


def test_a_space_table_stops_at_prose_under_a_short_row() -> None:
    # a row short of words with no unit line under it is not a row: the table ends before it
    body = "序号 重点工作任务 主要责任单位 协同配合单位\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门\n2 一般公共预算收入增长5%左右。\n全年完成目标。\n"
    (table,) = find_tables(body)
    assert [r.seq for r in table.rows] == [1]


def test_a_second_header_row_under_merged_cells_and_two_official_columns() -> None:
    # real/mixed19/anhui_wuhu_fanchang_zhongdianrenwu_2023.txt: 工作 / 内容 / 主要任务 under the header is a second
    # header row, not columns; 牵头区领导 and 责任人 each hold one name, and 备注 is left blank
    body = ("序号\n\n重点工作\n\n具体任务分解\n\n完成时限\n\n牵头单位\n\n责任单位\n\n牵头区领导\n\n责任人\n\n备注\n\n"
            "工作\n\n内容\n\n主要任务\n\n1\n\n一、全年主要预期目标\n\n1.地区生产总值\n\n增长8.5%左右,力争增长9%\n\n"
            "202312月底前\n\n区发展改革委\n\n区经济和信息化局、区住房城乡建设局、区交通运输局\n\n鲁胜启\n\n桂仁章\n")
    (table,) = find_tables(body)
    assert [c.text for c in table.columns][-3:] == ["牵头区领导", "责任人", "备注"]
    assert grid(table.rows[0]) == [["1"], ["一、全年主要预期目标", "1.地区生产总值"], ["增长8.5%左右,力争增长9%"], [],
                                   ["区发展改革委"], ["区经济和信息化局、区住房城乡建设局、区交通运输局"], ["鲁胜启"], ["桂仁章"], []]


def test_a_space_row_with_its_first_unit_cell_spaced_apart() -> None:
    # written to the shape of real/mixed22 anhui_bozhou_qiaocheng_renwufenjie_2025 (whose row 2 breaks the same
    # cell over lines): two lead units between spaces belong to the unit cell, not to the task before it
    body = ("序号 重点工作任务 主要责任单位 协同配合单位\n"
            "1 一般公共预算收入增长5%左右。 区财政局 区税务局 区政府有关部门,各乡镇人民政府。\n")
    (table,) = find_tables(body)
    assert grid(table.rows[0]) == [["1"], ["一般公共预算收入增长5%左右。"], ["区财政局", "区税务局"],
                                   ["区政府有关部门,各乡镇人民政府。"]]


def test_a_lead_first_table_with_the_lead_wrapped_by_a_narrow_column() -> None:
    # real/mixed20/hunan_changsha_zerenfenjie_2012.txt: 牵头单位 / 目 标 任 务 / 责 任 单 位, one cell a paragraph,
    # the lead cell 市政府办公厅 wrapped over three lines by its narrow column
    body = ("牵头单位\n\n目   标   任   务\n\n责  任  单  位\n\n \n\n市政\n\n府办\n\n公厅\n\n"
            "强化行政监督,自觉接受人大和政协监督,优质高效办理人大代表议案、建议和政协提案\n\n  \n\n市直各单位\n")
    (table,) = find_tables(body)
    assert [c.role for c in table.columns] == ["lead", "content", "cooperate"]
    assert [(r.text("lead"), r.text("cooperate")) for r in table.rows] == [("市政府办公厅", "市直各单位")]
    assert table.rows[0].text("content", sep="").startswith("强化行政监督")


def test_a_lead_first_table_stops_at_prose() -> None:
    body = "牵头单位\n目标任务\n责任单位\n市发改委\n优化营商环境,提升服务效率\n市财政局\n以上任务请各单位认真落实,按时报送进展情况。\n"
    (table,) = find_tables(body)
    assert [(r.text("lead"), r.text("cooperate")) for r in table.rows] == [("市发改委", "市财政局")]


def test_a_space_table_leaves_trailing_or_empty_unit_cells_blank() -> None:
    # written to the shape of real/mixed22 anhui_bozhou_qiaocheng_renwufenjie_2025's header: a row with no 配合单位
    # and a row with a 完成时限 after its lead go on being read, not the end of the table
    body = ("序号 重点任务 牵头单位 配合单位 完成时限\n1 推进数字经济发展。 市发改委\n"
            "2 加快建设产业园区。 市工信局 2023年底\n3 优化营商环境。 市发改委 市财政局、市商务局 2023年6月\n")
    (table,) = find_tables(body)
    assert [(r.text("lead"), r.text("cooperate"), r.text("period")) for r in table.rows] == [
        ("市发改委", None, None), ("市工信局", None, "2023年底"), ("市发改委", "市财政局、市商务局", "2023年6月")]


def test_a_paragraph_row_with_its_cooperating_cell_blank_before_its_year() -> None:
    # written in the shape of real/mixed19 anhui_wuhu_fanchang_zhongdianrenwu_2023's one-cell-a-line table: a row with
    # no 配合单位 goes 市工信局 / 2024年; the unit goes to 牵头单位, not to the 配合单位 column beside the year
    body = ("序号\n重点工作\n牵头单位\n配合单位\n完成时限\n1\n推进数字经济发展。\n市发改委\n市财政局、市商务局\n2023年\n"
            "2\n加快建设产业园区。\n市工信局\n\n2024年\n")
    (table,) = find_tables(body)
    assert [(r.text("lead"), r.text("cooperate")) for r in table.rows] == [
        ("市发改委", "市财政局、市商务局"), ("市工信局", None)]
