"""Task assignments: role parentheticals, prose clauses, role tables, and the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.tasks import extract_task_assignments
from kg.paths import SEEDS
from kg.read.ingest import read_text
from kg.read.segment import as_one_document as doc_of
from kg.read.segment import segment
from kg.read.sources import read_source
from kg.records import Document

GOLD = Path(__file__).parent / "data" / "gold" / "seeds.json"



def tasks(text: str):
    return list(extract_task_assignments(doc_of(text)))


def roles(task) -> tuple:
    return task.lead_units, task.cooperating_units, task.lead_officials


# --- parentheticals ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "coop", "officials"),
    [
        ("1. 建设创新平台。（牵头单位：市科技局；配合单位：市发改委、市经信局）",
         ("市科技局",), ("市发改委", "市经信局"), ()),
        ("1. 培育单项冠军企业。（牵头领导：陈炳荣；牵头单位：市经信局；配合单位：市商务局）",
         ("市经信局",), ("市商务局",), ("陈炳荣",)),
        # half-width brackets, colons and semicolon
        ("2. 推进数字化改造。(牵头单位:市发改委;配合单位:市科技局)", ("市发改委",), ("市科技局",), ()),
        # other cities' labels
        ("（三）优化营商环境。（责任单位：市政务办、市市场监管局）", ("市政务办", "市市场监管局"), (), ()),
        ("3. 完善冷链物流体系。（牵头部门：市商务局；配合部门：市交通运输局）", ("市商务局",), ("市交通运输局",), ()),
        ("4. 推进人才公寓建设。（责任领导：张三；责任单位：市住建局）", ("市住建局",), (), ("张三",)),
        # nested brackets stay inside one unit; ， and 、 both separate units
        ("5. 给予配套支持。（牵头单位：市商务局；配合单位：市财政局，各区县（市）政府、开发园区管委会）",
         ("市商务局",), ("市财政局", "各区县（市）政府", "开发园区管委会"), ()),
        ("6. 改造老旧小区。（牵头单位：区住建局；配合单位：相关镇(街道)、各相关金融机构）",
         ("区住建局",), ("相关镇(街道)", "各相关金融机构"), ()),
        # a lead marked inside one list, and a field that is not a role
        ("8. 推进河湖长制。（责任单位：市水利局（牵头）、市生态环境局、市农业农村局；完成时限：2022年底）",
         ("市水利局",), ("市生态环境局", "市农业农村局"), ()),
        # an OCR line break inside a unit name
        ("7. 加大财政奖励。（牵头单位：市商\n\n务局；配合单位：市财政局，各区县（市）政府）",
         ("市商务局",), ("市财政局", "各区县（市）政府"), ()),
    ],
)
def test_parenthetical_roles(text, lead, coop, officials):
    (task,) = tasks(text)
    assert roles(task) == (lead, coop, officials)
    assert task.kind == "task"
    assert task.raw.startswith(("（", "(")) and task.raw.endswith(("）", ")"))


def test_several_parentheticals_in_one_item_are_several_tasks():
    text = (
        "四、政策措施\n\n"
        "（一）加大财税政策支持力度。统筹使用各部门专项资金。（牵头单位：市财政局；配合单位：市发改委）"
        "发挥研发费用加计扣除政策作用。（牵头单位：宁波市税务局）\n\n"
        "（二）强化用地保障。提高工业用地容积率。（牵头单位：市自然资源规划局）\n"
    )
    found = tasks(text)
    assert [t.lead_units for t in found] == [("市财政局",), ("宁波市税务局",), ("市自然资源规划局",)]
    assert [t.seq for t in found] == [1, 2, 3]
    assert found[0].text == "加大财税政策支持力度。统筹使用各部门专项资金。"
    assert found[1].text == "发挥研发费用加计扣除政策作用。"
    assert found[2].text == "强化用地保障。提高工业用地容积率。"
    assert found[1].anchor == "发挥研发费用加计扣除政策作用。"[-15:]


def test_ocr_split_item_and_parenthetical_on_its_own_line():
    text = (
        "（三）实施招大引强攻坚行动\n\n"
        "3. 推动上市企业资本重组。加快推进企业上市，用好多层次资\n\n本市场。到2025年，新增上市企业50家。\n\n"
        "（牵头单位：市地方金融监管局；配合单位：宁波证监局）\n"
    )
    (task,) = tasks(text)
    assert task.text == "推动上市企业资本重组。加快推进企业上市，用好多层次资本市场。到2025年，新增上市企业50家。"
    assert task.anchor == "到2025年，新增上市企业50家。"[-15:]
    assert task.evidence.quote.startswith("推动上市企业") and task.evidence.quote.endswith("宁波证监局）")


def test_role_lines_under_a_task():
    text = (
        "（一）建设城市数据中心。2022年底前建成市级数据中心。\n"
        "牵头单位：市大数据局\n配合单位：市经信局、市财政局\n\n"
        "（二）完善数据共享机制。制定数据共享目录。\n"
        "责任单位：市大数据局\n"
    )
    found = tasks(text)
    assert [roles(t)[:2] for t in found] == [
        (("市大数据局",), ("市经信局", "市财政局")), (("市大数据局",), ())]
    assert found[0].text == "建设城市数据中心。2022年底前建成市级数据中心。"
    assert found[1].text == "完善数据共享机制。制定数据共享目录。"


def test_parenthetical_after_a_heading_takes_the_heading_as_text():
    (task,) = tasks("（一）加强组织领导\n（责任单位：市委办）\n各地要建立专班。")
    assert task.text == "加强组织领导"
    assert task.lead_units == ("市委办",)


@pytest.mark.parametrize(
    ("text", "lead", "coop"),
    [
        # an OCR break inside a label, and a nested bracket at the end of the list
        ("4. 推动科技创新平台。到2025年，规上工业增加值达到475亿元。\n\n（牵头单位：市金融办；配合\n\n"
         "单位：市审计局、市财政局、各乡镇（街道））", ("市金融办",), ("市审计局", "市财政局", "各乡镇（街道）")),
        ("5. 完善养老服务。(牵头\n单位:市民政局;配合单位:市卫健委、相关镇(街道))",
         ("市民政局",), ("市卫健委", "相关镇(街道)")),
    ],
)
def test_parenthetical_broken_inside_a_label(text, lead, coop):
    (task,) = tasks(text)
    assert (task.lead_units, task.cooperating_units) == (lead, coop)


# --- prose: 由X牵头，Y配合 ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "coop"),
    [
        ("（五）建设公共实训基地。由市发改委牵头，市科技局、市财政局配合，2023年底前建成。",
         ("市发改委",), ("市科技局", "市财政局")),
        ("2. 推进老旧小区改造，区住建局牵头，区财政局、各街道配合。", ("区住建局",), ("区财政局", "各街道")),
        ("3. 建立企业服务专员制度，由市经信局牵头，会同市商务局、市税务局等部门组织实施。",
         ("市经信局",), ("市商务局", "市税务局")),
        ("4. 开展营商环境评价，由市发展和改革委员会负责牵头，市统计局等有关部门配合。",
         ("市发展和改革委员会",), ("市统计局",)),
        ("5. 完善督查考核机制，由市政府办公厅牵头。", ("市政府办公厅",), ()),
        ("6. 加快建设数字平台（市大数据局牵头，市经信局配合）。", ("市大数据局",), ("市经信局",)),
        # customs offices and supply cooperatives are units too
        ("7. 发展跨境电商。由市商务局牵头，宁波海关、市供销社配合。", ("市商务局",), ("宁波海关", "市供销社")),
    ],
)
def test_prose_clauses(text, lead, coop):
    (task,) = tasks(text)
    assert (task.lead_units, task.cooperating_units) == (lead, coop)
    assert "牵头" in task.raw
    assert task.text and task.anchor in task.text.replace("\n", "")


@pytest.mark.parametrize(
    "text",
    [
        # prose about lead units in general, not an assignment
        "（一）强化组织领导。各牵头单位会同各配合单位统筹推进我市新型离岸国际贸易发展。",
        "各牵头单位要加强统筹，各配合单位要积极配合，确保任务落地。",
        # 牵头 said of firms, not of government units
        "支持优势企业、产业技术研究院牵头组建共性技术研发平台或联盟。",
        "鼓励行业龙头企业牵头，高校、科研院所配合，组建创新联合体。",
        # a table cell printed on its own line belongs to the table's extractor (projects)
        "国家双创示范基地\n\n区发改局牵头,区科技局、区经信局配合\n",
        # a role word in a header row with no task column
        "序号\t牵头单位\n1\t市发改委\n",
    ],
)
def test_no_task_from_prose_about_roles(text):
    assert tasks(text) == []


# --- tables -----------------------------------------------------------------

INDICATOR_TSV = (
    "附件\n\n指标体系\n\n"
    "指标类别\t指标名称\t2020年基数\t2023年目标\t2025年目标\t牵头单位\n"
    "综合效益\t规上工业增加值率 (%)\t22.6\t24\t24.5\t市经信局\n"
    "\t规上工业亩均税收 (万元/亩)\t44.4\t50\t60\t市经信局\n"
    "淘汰落后\t累计整治“散乱污”企业 (家)\t1200\t3000\t5000\t市经信局 市生态环境局\n"
    "\n规范性文件统一编号ZJBC01—2021—0018\n"
)

INDICATOR_LINES = (
    "主要指标\n\n类别\n\n指标\n\n2022年\n\n2025年\n\n责任单位\n\n"
    "经济发展\n\n地区生产总值增速(%)\n\n6\n\n6.5\n\n区发改局\n\n"
    "城镇居民人均可支配收入(元)\n\n70000\n\n85000\n\n区统计局、区人社局\n\n"
    "生态环境\n\nPM2.5平均浓度(微克/立方米)\n\n25\n\n22\n\n区生态环境局\n\n"
    "三、保障措施\n\n加强组织领导，建立工作专班，细化责任清单，确保各项指标按期完成。\n"
)


INDICATOR_HTML = (
    "<p>指标体系</p><table><tr><td>指标类别</td><td>指标名称</td><td>2020年基数</td><td>2023年目标</td>"
    "<td>2025年目标</td><td>牵头单位</td></tr>"
    "<tr><td rowspan=2>综合效益</td><td>规上工业增加值率 (%)</td><td>22.6</td><td>24</td><td>24.5</td>"
    "<td>市经信局</td></tr>"
    "<tr><td>规上工业亩均税收 (万元/亩)</td><td>44.4</td><td>50</td><td>60</td><td>市经信局</td></tr>"
    "<tr><td>淘汰落后</td><td>累计整治“散乱污”企业 (家)</td><td>1200</td><td>3000</td><td>5000</td>"
    "<td>市经信局 市生态环境局</td></tr></table>"
)


@pytest.mark.parametrize("text", [INDICATOR_TSV, INDICATOR_HTML], ids=["tsv", "html"])
def test_indicator_table_tab_separated(text):
    found = tasks(text)
    assert [t.anchor for t in found] == ["规上工业增加值率 (%)", "规上工业亩均税收 (万元/亩)", "累计整治“散乱污”企业 (家)"]
    assert {t.kind for t in found} == {"indicator"}
    assert [t.category for t in found] == ["综合效益", "综合效益", "淘汰落后"]
    assert found[0].targets == ("22.6", "24", "24.5")
    assert found[2].lead_units == ("市经信局", "市生态环境局")
    assert found[1].raw.split("\t")[:5] == ["规上工业亩均税收 (万元/亩)", "44.4", "50", "60", "市经信局"]


def test_indicator_table_one_cell_per_line():
    found = tasks(INDICATOR_LINES)
    assert [t.anchor for t in found] == [
        "地区生产总值增速(%)", "城镇居民人均可支配收入(元)", "PM2.5平均浓度(微克/立方米)"]
    assert [t.category for t in found] == ["经济发展", "经济发展", "生态环境"]
    assert found[1].lead_units == ("区统计局", "区人社局")
    assert found[2].targets == ("25", "22")
    assert {t.kind for t in found} == {"indicator"}


def test_task_table_with_prose_role_cell():
    text = (
        "序号\t重点任务\t责任单位\t完成时限\n"
        "1\t建成城市大脑\t市大数据局牵头，市经信局、市公安局配合\t2022年底\n"
        "2\t完善应急物资储备\t市应急管理局\t2023年\n"
    )
    found = tasks(text)
    assert [roles(t)[:2] for t in found] == [
        (("市大数据局",), ("市经信局", "市公安局")), (("市应急管理局",), ())]
    assert [t.kind for t in found] == ["task", "task"]
    assert found[0].text == "建成城市大脑"


def test_project_tables_are_left_to_the_projects_extractor():
    text = "序号\t项目名称\t主要内容\t牵头单位\n1\t国家双创示范基地\t举办分会场活动\t区发改局\n"
    assert tasks(text) == []


# --- records ----------------------------------------------------------------


def test_evidence_spans_task_and_parenthetical_in_the_original():
    original = "一、任务\r\n\r\n1. 建设<b>创新</b>平台。\r\n（牵头单位：市科技局；\r\n配合单位：市发改委）\r\n"
    st = read_text(original.encode("utf-8"), "x.txt")
    doc = Document(id="x#1", source="x.txt", seq=1, start=0, end=len(st.clean), text=st)
    (task,) = extract_task_assignments(doc)
    ev = task.evidence
    assert st.original[ev.start : ev.end] == ev.quote
    # a short item keeps its number, as its 15-character anchor does
    assert ev.quote.startswith("1. 建设<b>创新") and ev.quote.endswith("市发改委）")
    assert task.cooperating_units == ("市发改委",)


def test_records_carry_document_identity():
    st = read_text("1. 建设平台。（牵头单位：市科技局）".encode(), "y.txt")
    doc = Document(id="甬政发〔2021〕1号", source="y.txt", seq=1, start=0, end=len(st.clean), text=st,
                   doc_number="甬政发〔2021〕1号")
    (task,) = extract_task_assignments(doc)
    assert (task.source, task.doc_id, task.doc_number, task.seq) == ("y.txt", doc.id, doc.doc_number, 1)


# --- seeds ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_tasks():
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = read_source(path)
        for doc in segment(text):
            out.extend((text, t) for t in extract_task_assignments(doc))
    return out


def test_seed_evidence_equals_source_slice(seed_tasks):
    assert seed_tasks
    for text, task in seed_tasks:
        ev = task.evidence
        assert text.original[ev.start : ev.end] == ev.quote
        assert task.anchor.replace(" ", "") in ev.quote.replace("\n", "").replace(" ", "")


def test_seed_tasks_match_gold(seed_tasks):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["task_assignments"]
    ours = [t for _, t in seed_tasks]
    assert len(ours) == len(gold)
    exact = sum(
        g["anchor"].replace(" ", "") in t.text.replace(" ", "")
        and (list(t.lead_units), list(t.cooperating_units), list(t.lead_officials))
        == (g["lead_units"], g["cooperating_units"], g["lead_officials"])
        for g, t in zip(gold, ours, strict=True)
    )
    assert exact / len(gold) >= 0.95
    assert sum(t.kind == "indicator" for t in ours) == sum(g["kind"] == "indicator" for g in gold)



# --- role semantics and the ways a statement is written (kg.extract.roles) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 责任单位 cooperate when a 牵头 unit is named, and lead when none is
        ("1.抓好疫情防控工作。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]",
         (("区卫健局",), ("区疫情防控指挥部成员单位", "各街办(新区)"), ())),
        ("1.优化营商环境，提升服务水平。（责任单位：市发改委、市商务局）",
         (("市发改委", "市商务局"), (), ())),
        # 主办/协办, 分别负责, a lone 牵头 after a long paragraph
        ("（一）公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)",
         (("省财政厅",), ("省国税局", "地税局"), ())),
        ("（二）城镇居民人均可支配收入增长12%以上。(省发改委、农委、统计局分别负责)",
         (("省发改委", "农委", "统计局"), (), ())),
        # label lines under a task, a spaced name, another field in between
        ("地区生产总值增长5.5%左右。\n牵头领导:王 健\n牵头单位:省发展改革委\n责任单位:省工业和信息化厅、各市人民政府\n",
         (("省发展改革委",), ("省工业和信息化厅", "各市人民政府"), ("王 健",))),
        ("一定的投资拉动仍然是关键。\n责任领导:吉炳伟\n责任单位:市发改委 开发区管委会\n责 任 人:安洪海\n"
         "工作要求:由市发改委牵头,并负责报进度。\n",
         (("市发改委",), ("市发改委", "开发区管委会"), ("吉炳伟",))),
    ],
)
def test_role_semantics(text: str, expected: tuple) -> None:
    (task,) = tasks(text)
    assert roles(task) == expected


def test_first_listed_unit_leads_when_the_document_says_so() -> None:
    text = ("1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)\n"
            "2、建设鄱(阳)余(干)高等级公路。(省交通运输厅、省财政厅负责)\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("省发改委",), ("省交通运输厅", "省财政厅")), (("省交通运输厅",), ("省财政厅",))]


def test_first_listed_convention_in_brackets_after_a_labelled_list() -> None:
    # 湖州 2024: the convention closes the first list, 下同 carries it to the next item
    text = ("1.全面提高政府自身建设水平。\n"
            "责任单位:市政府办公室、市级其他有关单位、各区县政府(含南太湖新区)(列第一位的为工作牵头单位或汇总单位,下同)\n"
            "2.努力打造现代政府。\n责任单位:市政府办公室、市财政局\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("市政府办公室",), ("市级其他有关单位", "各区县政府(含南太湖新区)")),
        (("市政府办公室",), ("市财政局",))]


def test_labelled_lists_stay_all_lead_without_the_convention() -> None:
    (task,) = tasks("1.努力打造现代政府。\n责任单位:市政府办公室、市财政局\n")
    assert roles(task)[:2] == (("市政府办公室", "市财政局"), ())


def test_a_mark_before_a_unit_is_not_part_of_its_name() -> None:
    (task,) = tasks("人才资源总量超过150万人。（责任单位：*市委组织部(市委人才办)、★市人力社保局）")
    assert roles(task)[0] == ("市委组织部(市委人才办)", "市人力社保局")


def test_a_part_heading_names_the_official_over_its_tasks() -> None:
    text = ("一、洪湖鹏市长主抓重点工作\n1.坚持稳中求进。\n责任单位:市政府办公室\n"
            "二、其他工作\n2.建设典范城市。\n责任单位:市财政局\n")
    assert [t.lead_officials for t in tasks(text)] == [("洪湖鹏",), ()]


def test_brackets_that_are_not_statements() -> None:
    assert tasks("加快鄱(阳)余(干)高等级公路和出国(境)经费管理。") == []


def test_a_short_item_keeps_its_number_as_its_anchor_does() -> None:
    (task,) = tasks("一、目标定位\n1.聚力建设西安都市圈核心区。(牵头部门:市发改局,配合部门:市级相关部门)\n")
    assert task.anchor == "1.聚力建设西安都市圈核心区。" and task.anchor in task.text


def test_units_responsible_by_their_duties_beside_a_lead_cooperate() -> None:
    (task,) = tasks("（二）扩大有效投资。(省发展改革委牵头,省商务厅、省财政厅等相关部门按职责分工负责)")
    assert roles(task) == (("省发展改革委",), ("省商务厅", "省财政厅"), ())
    (task,) = tasks("1.推动经济稳定增长。\n牵头领导:常务副区长\n主要责任单位:区发展改革委\n")
    assert roles(task) == (("区发展改革委",), (), ("常务副区长",))


def test_a_part_heading_names_the_unit_over_its_items() -> None:
    # 沁县 2025: 一、县示范区管委会牵头工作（8项） / 1.… / 2.…
    text = ("一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n"
            "二、县发改局牵头工作(1项)\n3.推进项目建设。(责任单位:县发改局、县财政局)\n")
    assert [(t.anchor, roles(t)[:2]) for t in tasks(text)] == [
        ("投资3000万元建设南美白对虾", (("县示范区管委会",), ())),
        ("打造食用菌酵素生产基地。", (("县示范区管委会",), ())),
        ("3.推进项目建设。", (("县发改局", "县财政局"), ()))]


def test_a_remark_after_the_units_is_not_units() -> None:
    # 淮安 2022: 责任单位：A、B等有关部门，C、D。以下政策措施均需…落实，不再单独列出
    (task,) = tasks("积极争取省级专项资金。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。"
                    "以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)")
    assert roles(task)[:2] == (("市工信局", "市财政局", "各县区人民政府", "园区管委会"), ())


def test_a_statement_in_tortoise_shell_brackets_with_a_remark() -> None:
    # 潮州 2019: 〔X牵头，Y参与，Z负责落实。以下各项工作均需Z落实，不再列出。〕
    (task,) = tasks("制定实施准入清单。〔市生态环境局牵头,市发展和改革局、自然资源局参与,各县、区人民政府(管委会)负责落实。"
                    "以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕")
    # 各县、区人民政府(管委会) is two items, as the batch's gold (written before its first run) reads it;
    # and so is 各区、县(市)政府 (real/mixed21 liaoning_shenyang_fengongfangan_2026, its gold audited)
    assert roles(task)[:2] == (("市生态环境局",), ("市发展和改革局", "自然资源局", "各县", "区人民政府(管委会)"))


def test_label_lines_composed_of_role_word_and_noun_with_blank_lines_between() -> None:
    # ../shared/realdev2/docs/chuzhou_tasks_2020.txt: 牵头负责领导 / 牵头责任单位 / 协同责任单位, one paragraph each
    text = ("    1. 地区生产总值增长8%以上。\n\n    牵头负责领导:金力。\n\n    牵头责任单位:市发展改革委。\n\n"
            "    协同责任单位:市经信局、市商务局、中新苏滁高新区管委会等,各县、市、区政府。\n\n"
            "    2. 财政收入增长8%左右。\n\n    牵头负责领导:金力。\n\n    牵头责任单位:市财政局。\n")
    found = tasks(text)
    assert [(t.text.split(" ")[-1], roles(t)) for t in found] == [
        ("地区生产总值增长8%以上。", (("市发展改革委",), ("市经信局", "市商务局", "中新苏滁高新区管委会", "各县", "市", "区政府"),
                                 ("金力",))),
        ("财政收入增长8%左右。", (("市财政局",), (), ("金力",)))]


def test_an_official_label_with_a_level_and_a_field_holding_a_statement() -> None:
    # ../shared/realdev2/docs/guangdong_tasks_2021.txt: 分管省领导 / 部门分工：X牵头,Y配合。
    text = ("  1.地区生产总值增长6%以上。\n\n  分管省领导:林克庆\n\n  部门分工:省发展改革委牵头,各地、各部门配合。\n\n"
            "  2.地方一般公共预算收入增长5%左右。\n")
    (task,) = tasks(text)
    assert roles(task) == (("省发展改革委",), ("各地", "各部门"), ("林克庆",))


def test_first_listed_leads_remark_glued_to_the_last_unit_and_units_marked_to_lead_each() -> None:
    # ../shared/realdev2/docs/lishui_tasks_2023.txt: the convention (…列第一位为牵头或汇总单位,下同) sits in a
    # bracket after the last unit of one list and holds for the lists after it; 分别牵头 makes each unit lead
    text = ("4.固定资产投资增长10%。\n\n责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n\n"
            "6.城乡居民收入增速保持全省领先。\n\n责任单位:市人力社保局、市农业农村局分别牵头\n\n"
            "10.实施招商引资“百千”行动。\n\n责任单位:市双招双引办、市发改委,各县(市、区)政府、丽水开发区管委会\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("市发改委",), ("市经信局", "市卫生健康委")),
        (("市人力社保局", "市农业农村局"), ()),
        (("市双招双引办",), ("市发改委", "各县(市、区)政府", "丽水开发区管委会"))]


def test_a_cooperating_list_closed_by_a_duty_verb() -> None:
    # the 按职责分工负责 left on the last unit is a verb, not part of its name
    (task,) = tasks("1.推进数字化改造。(牵头单位:市经信局;配合单位:市发改委、市财政局按职责分工负责)")
    assert roles(task)[:2] == (("市经信局",), ("市发改委", "市财政局"))


def test_tasks_of_an_assessment_table_are_its_contents_led_by_every_unit_listed() -> None:
    # tests/data/real/tasks2/zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021.txt
    text = ("考核项目\n序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n评分部门\n农业高质高效\n1\n确保粮食和重要农产品有效供给\n"
            "农林牧渔业增加值增幅\n%\n≥2%\n县海洋与渔业局\n县农业农村局\n市海洋渔业局市农业农村局\n"
            "2\n粮食安全责任制\n-\n良好以上\n县经济和信息化局\n市商务局\n")
    assert [(t.text, roles(t)[:2]) for t in tasks(text)] == [
        ("农林牧渔业增加值增幅", (("县海洋与渔业局", "县农业农村局"), ())),
        ("粮食安全责任制", (("县经济和信息化局",), ()))]


def test_a_bracket_of_bare_units_after_the_items_full_stop() -> None:
    # tests/data/real/tasks2/hubei_qianjiang_zhaoshang_renwuqingdan_2025.txt
    text = ("1.石油化工。聚焦“减油增化”延链方向,打造“原油炼制-精细化工-新材料应用”的绿色化工产业链。(潜江高新区)\n"
            "2.\n盐化工。依托地下盐卤资源优势,形成“盐卤开采-基础化工-精细化工-循环利用”产业链。(市自然资源和城乡建设局)\n"
            "3.推进出国(境)培训。\n")
    assert [roles(t)[:2] for t in tasks(text)] == [(("潜江高新区",), ()), (("市自然资源和城乡建设局",), ())]


def test_items_numbered_with_small_full_stops() -> None:
    # the label block of ../shared/realdev2/docs/chuzhou_tasks_2020.txt under items numbered 1﹒ (a small full stop)
    text = ("1﹒地区生产总值增长8%以上。\n\n牵头负责领导:金力。\n\n牵头责任单位:市发展改革委。\n\n协同责任单位:市经信局、市商务局。\n\n"
            "2﹒财政收入增长8%左右。\n\n牵头责任单位:市财政局。\n")
    assert [(t.anchor, roles(t)) for t in tasks(text)] == [
        ("1﹒地区生产总值增长8%以上。", (("市发展改革委",), ("市经信局", "市商务局"), ("金力",))),
        ("2﹒财政收入增长8%左右。", (("市财政局",), (), ()))]


@pytest.mark.parametrize(("text", "lead", "coop"), [
    # the convention after a comma inside the label, unbracketed
    ("1.推进数字化改造。（责任单位：市经信局、市发改委、市财政局，排在首位的为牵头单位）",
     ("市经信局",), ("市发改委", "市财政局")),
    # 按职责分工负责 in brackets left on the last unit
    ("5.深化放管服改革。责任单位：市政务服务局、市发改委（按职责分工负责）", ("市政务服务局", "市发改委"), ()),
])
def test_remarks_left_on_a_unit_are_not_its_name(text: str, lead: tuple, coop: tuple) -> None:
    (task,) = tasks(text)
    assert roles(task)[:2] == (lead, coop)


def test_the_convention_naming_the_responsible_units_column() -> None:
    # 杭州市人民政府办公厅 2020 (z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html):
    # 列第一位的责任单位为牵头单位或汇总单位, in the notice above the table it governs
    text = ("二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。\n1.推进数字化改造。（责任单位：市经信局、市发改委）\n")
    (task,) = tasks(text)
    assert roles(task)[:2] == (("市经信局",), ("市发改委",))


def test_a_unit_a_line_under_two_unit_columns_leaves_the_lead_one() -> None:
    # a written example of one construction: 牵头单位 / 配合单位 cells one unit a line; the lead column keeps one line
    text = ("序号\n工作任务\n责任领导\n牵头单位\n配合单位\n1\n推进空间再造。\n张三\n市发改委\n市财政局\n市商务局\n"
            "2\n建设平台。\n李四\n市科技局\n市经信局\n")
    assert [roles(t) for t in tasks(text)] == [
        (("市发改委",), ("市财政局", "市商务局"), ("张三",)), (("市科技局",), ("市经信局",), ("李四",))]


@pytest.mark.parametrize("text", [
    # 杭州市人民政府办公厅 2020 (z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html): the convention in the
    # notice, the 责任单位 column in the table below it
    "二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。\n序号\t重点工作\t责任单位\n1\t推进空间再造。\t市发改委、市财政局\n",
    # the convention in the column's header, the other way round
    "序号\t重点工作\t责任单位（牵头单位列第一位）\n1\t推进空间再造。\t市发改委、市财政局\n",
])
def test_the_first_listed_leads_convention_holds_in_a_table(text: str) -> None:
    (task,) = tasks(text)
    assert roles(task)[:2] == (("市发改委",), ("市财政局",))
    assert roles(tasks("序号\t重点工作\t责任单位\n1\t推进空间再造。\t市发改委、市财政局\n")[0])[:2] == (
        ("市发改委", "市财政局"), ())


def test_a_target_column_with_no_task_column_is_what_each_row_assigns() -> None:
    # tests/data/real/tasks3/chongqing_shapingba_mubiaorenwu_fenjie_2022.txt: 序号 / 2022年预期目标 / 责任单位
    text = ("2022年区政府工作报告经济社会发展预期目标任务分解表\n序号\n2022年预期目标\n责任单位\n"
            "1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n固定资产投资增长6%左右\n区发展改革委\n"
            "3\n工业增加值增长7%左右\n区经济信息委\n")
    found = tasks(text)
    assert [(t.text, t.lead_units) for t in found] == [
        ("地区生产总值增长5.5%左右", ("区发展改革委",)),
        ("固定资产投资增长6%左右", ("区发展改革委",)),
        ("工业增加值增长7%左右", ("区经济信息委",)),
    ]


def test_a_responsible_column_listing_the_lead_beside_a_lead_column() -> None:
    # tests/data/real/tasks3/zhejiang_lishui_liandu_zerenfenjie_jinzhan_2023.txt: 分类 / 序号 / 事项 / 责任单位 / 牵头单位,
    # the 责任单位 cell lists every unit, the lead among them
    text = ("2023年莲都区政府工作报告重点工作责任分解\n分类\n序号\n事项\n责任单位\n牵头单位\n发展目标\n"
            "1\n地区生产总值增长6.5%以上。\n区农业农村局、区经商局、区发改局、区交通局\n区发改局\n"
            "2\n区本级固定资产投资增长25%。\n区发改局\n区发改局\n"
            "3\n区本级规上工业增加值增长10%。\n区经商局、莲都经开区管委会\n区经商局\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("区发改局",), ("区农业农村局", "区经商局", "区交通局")),
        (("区发改局",), ()),
        (("区经商局",), ("莲都经开区管委会",)),
    ]


def test_units_joined_by_and_after_a_unit_ending() -> None:
    # tests/data/real/mixed3/neimenggu_zizhiqu_hubaoyinyu_fengong_2013.txt: 和/及 between units, not inside 经济和信息化委
    text = ("(一) 国家综合能源基地。加快煤炭、电力、油气等输送通道建设。(自治区能源开发局牵头,自治区发展改革委、"
            "经济和信息化委、国土资源厅、环保厅和内蒙古电力监管办及相关盟市配合)\n")
    assert [roles(t)[:2] for t in tasks(text)] == [(
        ("自治区能源开发局",),
        ("自治区发展改革委", "经济和信息化委", "国土资源厅", "环保厅", "内蒙古电力监管办", "相关盟市"),
    )]


def test_a_text_in_traditional_characters_with_its_convention_after_the_list() -> None:
    # tests/data/real/mixed3/hunan_zhuzhou_liangshi_yijian_undated.txt: printed in traditional characters, the
    # first-listed-leads rule after a full stop inside the bracket; records are written as the text prints them
    text = ("株洲作為糧食主產區,要著眼大局,增強責任意識,列入全市年度國民經濟和社會發展計畫,作為保障民生的基本任務抓好抓落實。"
            "(市發改委、市農委、市商務糧食局、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)\n")
    (task,) = tasks(text)
    assert roles(task)[:2] == (("市發改委",), ("市農委", "市商務糧食局", "各縣市區人民政府", "中儲糧株洲直屬庫"))
    assert task.anchor == "保障民生的基本任務抓好抓落實。"
    assert task.evidence.quote in text


def test_a_text_run_together_on_one_line_ends_each_label_at_the_next_item() -> None:
    # tests/data/real/tasks3/zhejiang_jiaxing_haiyan_zerenfenjie_2022.txt: the whole 责任分解 printed on one line
    text = ("一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。 "
            "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局 2.落实党政机关过紧日子的要求,"
            "努力降低行政运行成本。 责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,"
            "提高决策科学化民主化水平。 责任单位:县司法局\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("县发改局",), ("县财政局", "县税务局", "县农业农村局")),
        (("县财政局",), ()),
        (("县司法局",), ()),
    ]


def test_a_list_closed_by_etc_and_the_level_of_its_bodies() -> None:
    # tests/data/real/tasks3/yunnan_chuxiong_wenzengzhang_yijian_2016.txt: 等州级有关部门 closes the list
    text = ("提高推进跨越发展的针对性和实效性。(州发改委、州工信委、州交通运输局等州级有关部门,各县市人民政府负责)\n")
    (task,) = tasks(text)
    assert task.lead_units == ("州发改委", "州工信委", "州交通运输局", "各县市人民政府")


def test_a_part_heading_official_is_the_name_without_the_post_after_it() -> None:
    # real/mixed6/zhejiang_huzhou_changxing_zerenfenjie_2023.txt and real/tasks3/zhejiang_jiaxing_haiyan_zerenfenjie_2022.txt
    text = "一、朱伟县长牵头重点工作\n1.财政总收入和一般公共预算收入与经济增长基本同步。\n责任单位:县财政局。\n"
    assert [t.lead_officials for t in tasks(text)] == [("朱伟",)]
    text = "一、王丹县长牵头重点工作\n1.全县生产总值增长7.5%左右。\n责任单位:县发改局\n"
    assert [t.lead_officials for t in tasks(text)] == [("王丹",)]


def test_a_part_heading_official_in_a_text_run_together_on_one_line() -> None:
    # real/tasks3/zhejiang_jiaxing_haiyan_zerenfenjie_2022.txt: the whole notice is one line
    text = ("政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右。 责任单位:县发改局 "
            "二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法。 责任单位:县司法局")
    assert [t.lead_officials for t in tasks(text)] == [("王丹",), ("曹惠明",)]


def test_covering_answers_as_a_scan_of_every_span_does() -> None:
    # the scan per position made one long text quadratic (a 18 MB text: 1,000 s → 17 s)
    from kg.extract.tasks import _covering

    spans = [(0, 5), (3, 4), (10, 30), (12, 14), (40, 41), (29, 45)]
    covered = _covering(spans)
    assert [p for p in range(50) if covered(p)] == [p for p in range(50) if any(s <= p < e for s, e in spans)]


# tests/data/real/mixed7/shanxi_sheng_mubiaozerenfenjie_2008.txt, lines 18-28: an official's part (一、) holds
# parts led by units ((一)…牵头的工作); an unnumbered line under a unit's heading is its task, a task with
# only 协同单位 is led by the heading's unit, and 等省直有关部门 is a tail before 和.
SHANXI = """一、孟学农省长负责的工作
全面负责省人民政府工作任务的落实。
(一)省监察厅牵头的工作
加强行政监察工作,全面落实政府系统党风廉政建设责任制。
(二)省审计厅牵头的工作
全面加强审计工作。
协同单位:省直各部门和各市人民政府。
(三)省编办牵头的工作
1.深化行政管理体制改革,优化政府机构设置。
2.积极稳妥地推进乡镇机构改革。
协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。
二、薛延忠常务副省长负责的工作
"""


def test_unit_parts_under_an_official_part() -> None:
    got = [(t.text[:6], t.lead_units, t.cooperating_units, t.lead_officials) for t in tasks(SHANXI)]
    assert got == [
        ("加强行政监察", ("省监察厅",), (), ("孟学农",)),
        ("全面加强审计", ("省审计厅",), ("省直各部门", "各市人民政府"), ("孟学农",)),
        # the 协同单位 line after item 2 serves items 1 and 2 (the mixed7 gold)
        ("深化行政管理", ("省编办",), ("省财政厅", "省人事厅", "省农业厅", "各市人民政府"), ("孟学农",)),
        ("2.积极稳妥", ("省编办",), ("省财政厅", "省人事厅", "省农业厅", "各市人民政府"), ("孟学农",)),
    ]


def test_labels_written_with_shi_in_a_news_report() -> None:
    # 牵头领导是…,主责单位是…: the labels with 是 for their colon (tests/data/real/mixed11/beijing_fengong_2018.txt)
    text = ("例如,第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。"
            "第98项任务“制定全市地面停车规划,实施公共区域停车管理网格化巡查,加强交通静态管理”,牵头领导是市政府党组成员、"
            "公安局局长王小洪和副市长杨斌,主责单位是市交通委、市公安局、市城管执法局、有关区政府。\n")
    found = tasks(text)
    assert [roles(t) for t in found] == [
        (("市发展改革委", "各区政府"), (), ("张工",)),
        (("市交通委", "市公安局", "市城管执法局", "有关区政府"), (), ("王小洪", "杨斌"))]
    assert "地区生产总值增长6.5%左右" in found[0].text and "加强交通静态管理" in found[1].text
    for t in found:
        assert text[t.evidence.start:t.evidence.end] == t.evidence.quote
    # 是 after a label word in running text with no comma before it is no label
    assert tasks("本项工作的牵头单位是谁要明确。\n") == []


def test_a_flattened_row_with_a_name_a_line_under_its_leader_column() -> None:
    # tests/data/real/mixed10/changzhou_zhonglou_tasks_2022.txt: header and cells one a line, 区政府 / 分管领导
    # over two lines, three names under it, a 目标名称 that names the group before the 工作标准 each row assigns
    text = ("序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n四大功能区建设\n"
            "(1)老城复兴样板区要见成效,以文化复兴、商圈振兴、旅游创新、城市更新同频共振为目标,形成老城复兴的工作格局。\n"
            "王旭锋\n胡金芳\n王行杰\n住建局\n新闸街道、五星街道、永红街道、南大街街道、荷花池街道,发改局、财政局、文体旅局、资规分局,新运集团\n")
    (task,) = extract_task_assignments(doc_of(text))
    assert task.text.startswith("(1)老城复兴样板区要见成效")
    assert task.lead_officials == ("王旭锋", "胡金芳", "王行杰") and task.lead_units == ("住建局",)
    assert task.cooperating_units == ("新闸街道", "五星街道", "永红街道", "南大街街道", "荷花池街道", "发改局", "财政局",
                                      "文体旅局", "资规分局", "新运集团")


def test_a_flattened_row_with_a_rule_line_after_each_cell() -> None:
    # tests/data/real/mixed10/suzhou_wujiang_tasks_2024.txt: `|` on its own line after each cell; 项目 names the group
    text = ("序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n一、2024年全区经济社会发展主要预期目标\n|\n||||\n1\n|\n"
            "主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n")
    (task,) = extract_task_assignments(doc_of(text))
    assert (task.text, task.lead_units, task.cooperating_units, task.lead_officials) == (
        "1.地区生产总值增长5%以上。", ("区发改委", "统计局"), (), ("钱 宇",))


def test_a_page_on_one_line_with_leader_heading_lead_units_and_cooperating_lists() -> None:
    # tests/data/real/mixed9/shanxi_sheng_tasks_2006.txt: paragraphs set apart by spaces; those who only 协助 lead
    # nothing; 地税局等和各市: a list's 等 and then 和
    text = ("《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解 根据省十届人大第四次会议通过的《纲要报告》,现将"
            "工作目标责任分解安排如下: 第一部分:“十一五”期间主要工作任务的责任分解 "
            "一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助) 对主要工作任务负总责,同时具体负责以下工作: "
            "(一)省监察委员会牵头的工作 强化行政监察,建立健全教育、制度、监督并重的惩治和预防腐败体系。 "
            "协同部门:省政府办公厅、发展改革委、教育厅、公安厅等。 (二)省审计厅牵头的工作 "
            "强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设。 协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。 "
            "(三)省编办牵头的工作 1.进一步优化政府组织机构,建立权责明确、协调高效的行政管理体制。 协同部门:省人民政府各部门。")
    tasks = list(extract_task_assignments(segment(read_text(text.encode(), "x.txt"))[0]))
    assert [(t.lead_units, t.cooperating_units, t.lead_officials) for t in tasks] == [
        (("省监察委员会",), ("省政府办公厅", "发展改革委", "教育厅", "公安厅"), ("于幼军",)),
        (("省审计厅",), ("省政府办公厅", "财政厅", "地税局", "各市", "县人民政府"), ("于幼军",)),
        (("省编办",), ("省人民政府各部门",), ("于幼军",)),
    ]


def test_same_below_and_the_remark_after_it_are_no_unit() -> None:
    # tests/data/real/mixed11/neimenggu_hubaoewu_yitihua_2023.txt
    text = ("1.打造1小时铁路经济圈,提升优化既有呼包鄂乌城际动车组开行效率。(责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团"
            "有限公司,四市人民政府按职责分工负责,下同。以下各项任务均涉及四市或部分市人民政府,不再列出)\n")
    (task,) = extract_task_assignments(doc_of(text))
    assert (task.lead_units, task.cooperating_units) == (
        ("自治区发展改革委", "财政厅", "中国铁路呼和浩特局集团有限公司", "四市人民政府"), ())


def test_one_cooperating_line_after_a_parts_last_item_serves_every_item() -> None:
    # tests/data/real/mixed7/shanxi_sheng_mubiaozerenfenjie_2008.txt
    text = ("(三)省编办牵头的工作\n1.深化行政管理体制改革,优化政府机构设置。\n2.积极稳妥地推进乡镇机构改革。\n"
            "协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。\n")
    tasks = sorted(extract_task_assignments(doc_of(text)), key=lambda t: t.text)
    assert [(t.lead_units, t.cooperating_units) for t in tasks] == [
        (("省编办",), ("省财政厅", "省人事厅", "省农业厅", "各市人民政府"))] * 2


def test_a_label_with_the_level_of_its_units_before_it() -> None:
    # tests/data/real/mixed12/fujian_xiazhangquan_tongchenghua_2011.txt
    text = ("2.共同推动现代物流业发展。发挥厦漳泉地区港口优势,加快引进和培育现代物流企业,积极发展第三方物流和第四方物流。"
            "(省直配合单位:省发展改革委、经贸委、交通运输厅)\n")
    (task,) = extract_task_assignments(doc_of(text))
    assert (task.lead_units, task.cooperating_units) == ((), ("省发展改革委", "经贸委", "交通运输厅"))


# --- tables cut at their unit cells ------------------------------------------


def test_a_bare_responsibility_column_under_stacked_subject_columns_makes_every_unit_lead() -> None:
    # tests/data/real/mixed15/hubei_xianning_zerenfengong_2020.txt: 重点工作 / 主要 任务 (a column word on two lines) /
    # 工作措施 / 责任单位 / 备注, one cell a line; a part heading opens the first group, a row may hold its measure
    # alone, and 备注 is left blank after row 1. No 牵头 column and no rule: every unit leads.
    text = ("重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n一、加大财政金融支持力度\n(一)加强对防疫重点企业财税支持\n"
            "市税务局等,各县、市、区政府,咸宁高新区管委会\n2020年12月\n"
            "2.纳入工信部支持新冠肺炎防护用品(具)技术改造设备购置补贴的重点企业,省财政给予设备购置费中央补贴后的剩余配套补贴;"
            "对纳入省级支持的企业,省财政全额补贴设备购置费用。\n市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会\n"
            "3.在疫情防控调度任务结束后,对省疫情防控指挥部统一征用调配的重点企业已生产的库存产品,全部由政府兜底采购收储。\n"
            "市财政局等,各县、市、区政府,咸宁高新区管委会\n")
    found = tasks(text)
    assert [(t.text[:10], t.lead_units, t.cooperating_units) for t in found] == [
        ("(一)加强对防疫重点", ("市税务局", "各县", "市", "区政府", "咸宁高新区管委会"), ()),
        ("2.纳入工信部支持新", ("市经信局", "市财政局", "各县", "市", "区政府", "咸宁高新区管委会"), ()),
        ("3.在疫情防控调度任", ("市财政局", "各县", "市", "区政府", "咸宁高新区管委会"), ()),
    ]


def test_unit_lines_beyond_one_a_column_are_the_first_unit_columns() -> None:
    # tests/data/real/mixed14/liaoning_shenhe_renwufenjie_2024.txt: 主要工作任务 / 牵头单位 / 责任单位 one cell a line
    # with blank lines, a part heading over row 1, and row 2 printing three unit lines (the 责任单位 cells join their
    # units with 、, so the lone middle line is the 牵头单位 cell's second paragraph)
    text = ("主要工作任务\n\n牵头单位\n\n责任单位\n\n一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范\n\n"
            "1.主动对接国家战略,完善“2+5+N”现代化产业体系和“18214”企业支撑体系,壮大531个支撑企业,加快形成新质生产力。\n\n"
            "区发改局\n\n区工信局、区商务局、区文旅局、区金融局、各街道办事处\n\n"
            "2.大力发展新兴数字、网络安全、工业互联网、前沿新材料、航空发动机、创新药等战略性新兴产业。\n\n"
            "发改局\n\n区工信局\n\n各街道办事处\n\n"
            "3.积极培育元宇宙、生成式人工智能、人形机器人、数字农业、现代种业等未来产业。\n\n发改局\n\n区工信局、各街道办事处\n")
    assert [roles(t)[:2] for t in tasks(text)] == [
        (("区发改局",), ("区工信局", "区商务局", "区文旅局", "区金融局", "各街道办事处")),
        (("发改局", "区工信局"), ("各街道办事处",)),
        (("发改局",), ("区工信局", "各街道办事处")),
    ]


def test_a_spaced_out_goal_and_task_header() -> None:
    # tests/data/real/mixed16/anhui_wuhu_jingkaiqu_renwufenjie_2019.txt: 目   标   与   任   务 between 序号 and
    # 牵头责任单位 / 责任单位
    text = ("序号\n目   标   与   任   务\n牵头责任单位\n责任单位\n      1        \n"
            "扎实推进蓝天、碧水、净土三大保卫战。实施“三减三增七补齐”绿色行动,削减污染物排放总量、削减煤炭消费总量。\n"
            "市生态环境局\n各县区政府、开发区管委会\n      2        \n增林地、增绿地、增湿地。\n市自然资源和规划局\n"
            "各县区政府、开发区管委会\n")
    assert [(t.text[-9:], *roles(t)[:2]) for t in tasks(text)] == [
        ("削减煤炭消费总量。", ("市生态环境局",), ("各县区政府", "开发区管委会")),
        ("、增绿地、增湿地。", ("市自然资源和规划局",), ("各县区政府", "开发区管委会")),
    ]


def test_a_projects_table_under_a_livelihood_title_assigns_each_project_as_a_task() -> None:
    # tests/data/real/tasks2/shaanxi_hanzhong_yangxian_minshengshishi_2024.txt (simplified here): a 民生实事 list is a
    # projects table whose 责任单位 each carry one; cells one a line, each ending with its column rule ` |`
    text = ("洋县2024年十大民生实事项目清单 |\n||||||\n|\n序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n2024年建设内容 |\n"
            "年度投资金额 (万元) |\n责任单位 |\n|\n1 |\n洋县中小学幼儿园基础设施提升改造项目 |\n相关镇 (街道) |\n2024 |\n"
            "对马畅中小、湑水中小、茅坪学校等学校运动场地进行改造。 |\n300 |\n教体局 |\n|\n2 |\n城北小学门前道路建设项目 |\n"
            "纸坊街道 |\n2024 |\n建成唐塔北路延伸段(城北小学门前)道路。 |\n300 |\n住建局 |\n")
    assert [(t.text, t.lead_units) for t in tasks(text)] == [
        ("洋县中小学幼儿园基础设施提升改造项目", ("教体局",)), ("城北小学门前道路建设项目", ("住建局",))]
    # the same table under a title of projects is left to the projects extractor
    assert tasks(text.replace("十大民生实事项目清单", "重点项目清单")) == []


def test_a_responsible_person_column_closes_the_header() -> None:
    # The header and group row of tests/data/real/tasks3/hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023.txt (序号 /
    # 目 标 任 务 / 牵头单位 / 责任单位 / 责任人); the file's row 1 stops after 区发改局, so its 区统计局 and 张三
    # cells are written for this test, to fill the 责任人 column it asserts on
    text = ("序号\n目  标  任  务\n牵头单位\n责任单位\n责任人\n一、主要经济社会发展指标等工作目标(牵头领导:成坤、柯相国、王俊)\n"
            "1\n★地区生产总值增长15%。\n区发改局\n区统计局\n张三\n")
    (task,) = [t for t in tasks(text) if t.text.startswith("★")]
    assert roles(task) == (("区发改局",), ("区统计局",), ("张三",))


def test_a_row_cut_short_after_its_first_unit_cell_takes_the_officials_of_its_group_row() -> None:
    # tests/data/real/tasks3/hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023.txt as stored: row 1 stops after 区发改局
    text = ("序号\n目  标  任  务\n牵头单位\n责任单位\n责任人\n一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、"
            "交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)\n1\n★地区生产总值增长15%。\n区发改局\n")
    (task,) = tasks(text)
    assert (task.text, *roles(task)) == ("★地区生产总值增长15%。", ("区发改局",), (), ("成坤", "柯相国", "王俊"))


def test_a_table_run_together_is_cut_by_the_unit_grammar() -> None:
    # tests/data/real/mixed13/jiangsu_changzhou_zhonglou_minshengshishi_2021.txt: a docx flattened with no separator
    # between cells; each row opens with its number after the last row's units, a task's words end with 。, then
    # who leads it and its units, glued; row 3 holds two tasks, each with its own cells
    text = ("2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给"
            "实施新建、改扩建学校重点建设项目12个,计划竣工3个;增加学位5000个。何海平教育局经开区高新园(邹区镇)各街道市国有公司"
            "2老城厢复兴发展完成瞿秋白纪念馆整体提升工程对外开放。何海平文体旅局晋陵公司轨道公司推进大庙弄核心区改造、"
            "瞿秋白纪念馆周边立面整治及三堡街、北大街等老城厢道路整治。芮春祥住建局五星街道南大街街道荷花池街道"
            "3优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园(邹区镇)各街道提升改造8家城乡社区居家养老服务中心(站)。\n")
    assert [(t.text[:8], *roles(t)) for t in tasks(text)] == [
        ("增加教育资源供给", ("教育局",), ("经开区", "高新园(邹区镇)", "各街道", "市国有公司"), ("何海平",)),
        ("老城厢复兴发展完", ("文体旅局",), ("晋陵公司", "轨道公司"), ("何海平",)),
        ("推进大庙弄核心区", ("住建局",), ("五星街道", "南大街街道", "荷花池街道"), ("芮春祥",)),
        ("优化养老服务为全", ("民政局",), ("高新园(邹区镇)", "各街道"), ("张菁",)),
    ]


def test_a_page_chunk_number_inside_a_glued_bracket_is_no_part_of_the_unit() -> None:
    # the same file: the copied page's chunk number lands inside a bracket once ingest joins the broken line
    # (…开展职业技能补贴培训10000人次。何海平人社局高新园(邹区镇 / 2、)各街道3老城厢…)
    text = ("2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1促进就业稳定增长"
            "落实就业优先战略。开展职业技能补贴培训10000人次。何海平人社局高新园(邹区镇\n2、)各街道"
            "2老城厢复兴发展完成瞿秋白纪念馆整体提升工程对外开放。何海平文体旅局晋陵公司轨道公司\n")
    assert [(t.text[:8], *roles(t)) for t in tasks(text)][:1] == [
        ("促进就业稳定增长", ("人社局",), ("高新园(邹区镇)", "各街道"), ("何海平",))]


def test_posts_named_before_the_units_of_a_bracket_are_its_lead_officials() -> None:
    # tests/data/real/mixed18/hunan_sheng_bumenfengong_2016.txt: the posts lead, then the units; a remark
    # closed by 下同 states the document's convention and names no party; 列第一位的为牵头部门 in the next bracket
    text = ("构建人才引进激励、科技金融结合等政策体系(分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,"
            "其他有关部门配合,不逐一列出,下同)。落实企业研发费用加计扣除、高新技术企业所得税减免政策(分管副省长、协管副秘书长"
            "负责,省科技厅、省发改委、省经信委、省教育厅、省财政厅、省地税局、省国税局等负责。列第一位的为牵头部门,"
            "其他部门和单位按职责分工负责,下同)。\n")
    assert [roles(t) for t in tasks(text)] == [
        (("省科技厅",), (), ("分管副省长", "协管副秘书长")),
        (("省科技厅",), ("省发改委", "省经信委", "省教育厅", "省财政厅", "省地税局", "省国税局"),
         ("分管副省长", "协管副秘书长")),
    ]


def test_units_that_will_lead_a_task_named_after_them() -> None:
    # tests/data/real/mixed17/gansu_guowuyuan_fengongfangan_2010.txt (a news report of a 分工方案, glosses removed)
    text = ("根据《分工方案》,为大力支持兰(州)白(银)核心经济区率先发展,发展改革委、工业和信息化部、中国石油天然气集团公司"
            "将负责支持建设兰(州)白(银)都市经济圈,积极推进兰州新区发展。\n"
            "发展改革委、财政部等部门还将负责推动平(凉)庆(阳)、酒(泉)嘉(峪关)经济区加快发展,加快陇东煤炭开发步伐。\n")
    assert [(t.text[:10], roles(t)) for t in tasks(text)] == [
        ("支持建设兰(州)白(", (("发展改革委", "工业和信息化部", "中国石油天然气集团公司"), (), ())),
        ("推动平(凉)庆(阳)", (("发展改革委", "财政部"), (), ())),
    ]


def test_a_labelled_bracket_cut_by_the_end_of_the_text_is_read() -> None:
    # the stored excerpt breaks off inside the 責任單位 list, the bracket never closed
    # (…(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳、): the units printed are read
    path = Path(__file__).parent / "data/real/mixed22/hubei_sheng_yingshanghuanjing_yijian_2018.txt"
    docs = segment(read_text(path.read_bytes(), path.name))
    (t,) = [t for d in docs for t in extract_task_assignments(d)]
    assert (t.lead_units, t.cooperating_units) == (("省發展改革委",), ("省編辦", "省國土資源廳", "省環保廳", "省住建廳"))
    assert "提高市場開放程度" in t.text and t.evidence.quote.endswith("省住建廳、")


def test_items_run_together_with_a_field_label_before_the_clause_and_commas_in_the_cooperating_list() -> None:
    # real/mixed21/guangdong_sheng_renwufengong_2023.txt: items run together on one line, each
    # `<task> 工作措施:… 部门分工:X牵头,Y…等配合。`; the task starts after the item before, and the list after
    # 牵头 runs over commas (省委网信办,省发展改革委、…,省通信管理局等配合)
    body = ("粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 促进数字经济和实体经济深度融合 "
            "工作措施:贯彻实施《广东省数字经济促进条例》。加快信创产业与各行业融合发展。 部门分工:省工业和信息化厅牵头,"
            "省委网信办,省发展改革委、科技厅、农业农村厅、商务厅、广电局、政务服务数据管理局,省通信管理局等配合。\n")
    got = [(t.text.split(" ")[0], t.lead_units, t.cooperating_units) for t in extract_task_assignments(doc_of(body))]
    assert got == [
        ("粮食产量1268万吨以上", ("省农业农村厅",), ("各地", "各部门")),
        ("促进数字经济和实体经济深度融合", ("省工业和信息化厅",),
         ("省委网信办", "省发展改革委", "科技厅", "农业农村厅", "商务厅", "广电局", "政务服务数据管理局", "省通信管理局")),
    ]


def test_a_comma_list_after_lead_must_be_units_to_cooperate() -> None:
    # the list after 牵头 crosses commas only when every item is a unit's name
    (t,) = extract_task_assignments(doc_of("1.建设平台。由市发改委牵头,加快推进,市财政局配合。\n"))
    assert (t.lead_units, t.cooperating_units) == (("市发改委",), ())


def test_a_heading_over_one_paragraph_is_part_of_its_task() -> None:
    # real/mixed21/guangxi_zizhiqu_gongyezhenxing_cuoshi_2024.txt: each heading names the one paragraph under it,
    # which its role bracket closes (the heading alone, with the bracket under it, is the task: test_parenthetical_after_a_heading…)
    body = ("二、支持工业科技创新\n自治区每年对关键核心技术攻关项目按有关政策给予财政资金资助。"
            "(牵头单位:自治区工业和信息化厅、财政厅、发展改革委、科技厅;配合单位:各市人民政府)\n")
    (t,) = extract_task_assignments(doc_of(body))
    assert t.text.startswith("支持工业科技创新") and t.text.endswith("给予财政资金资助。")
    assert (t.lead_units, t.cooperating_units) == (("自治区工业和信息化厅", "财政厅", "发展改革委", "科技厅"), ("各市人民政府",))


def test_a_space_table_with_cells_broken_by_spaces_and_two_cooperating_columns() -> None:
    # real/mixed23/henan_pingdingshan_hezhangzhi_renwufenjie_2018.txt: a row a line, words between single spaces,
    # cells broken by a space (加强水资源保 护, 严守用水 效率控制 红线); 参与单位 and 责任单位 beside 牵头单位 both
    # cooperate, and a bare body after 和 shares the place before it (各县(市、区)党委和人民政府)
    body = ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
            "1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水。 市水利局 "
            "市发展改革委、工业和信息化委、住房和城乡建设局、农业局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n"
            "2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 "
            "市发展改革委、工业和信息化委、住房和城乡建设局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n")
    got = [(t.text, t.lead_units, t.cooperating_units) for t in extract_task_assignments(doc_of(body))]
    shared = ("各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会")
    assert got == [
        ("实施水资源消耗总量和强度双控行动,防止不合理新增取水。", ("市水利局",),
         ("市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局", *shared)),
        ("落实万元国内生产总值水耗指标等用水效率评估体系。", ("市水利局",),
         ("市发展改革委", "工业和信息化委", "住房和城乡建设局", *shared)),
    ]


def test_the_official_named_before_a_prose_clause_leads_it() -> None:
    # real/mixed24/gansu_lanzhou_zhongdianshixiang_fengong_undated.txt
    body = ("1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区"
            "实施方案》,经市政府审定后报省政府审批。\n")
    (t,) = extract_task_assignments(doc_of(body))
    assert (t.lead_units, t.cooperating_units, t.lead_officials) == (("市发改委",), ("相关部门",), ("杨志武",))
    assert "尽快完成《兰州综合配套改革试验区实施方案》" in t.text and t.evidence.quote.startswith("由杨志武副市长负责")


def test_a_duty_qualifier_before_the_cooperating_verb_is_no_part_of_a_unit() -> None:
    # the cooperating side of real/final henan_sheng_zhongdiangongzuo_zerendanwei_2023's 按职责分工负责 (written text:
    # no corpus file writes …按职责分工配合 after 牵头)
    (t,) = extract_task_assignments(doc_of("1.推进数字经济发展。市发改委牵头负责，市财政局、市商务局按职责分工配合。\n"))
    assert (t.lead_units, t.cooperating_units) == (("市发改委",), ("市财政局", "市商务局"))


def test_a_task_after_a_bracket_does_not_open_with_the_stop_between() -> None:
    # real/mixed18/hunan_sheng_bumenfengong_2016.txt: …(…省地税局、省国税局等负责。列第一位的为牵头部门,…下同),建设一批
    # 众创空间和农村“星创天地”(分管副省长、协管副秘书长负责,省科技厅牵头)。
    body = ("落实企业研发费用加计扣除、高新技术企业所得税减免政策(分管副省长、协管副秘书长负责,省科技厅、省发改委等负责。"
            "列第一位的为牵头部门,其他部门和单位按职责分工负责,下同),建设一批众创空间和农村“星创天地”(分管副省长、"
            "协管副秘书长负责,省科技厅牵头)。\n")
    texts = [t.text for t in extract_task_assignments(doc_of(body))]
    assert texts[-1].startswith("建设一批众创空间") and all(t[:1] not in "，,。；;" for t in texts)


def test_the_next_item_right_after_a_label_list_stop_ends_the_list() -> None:
    # written in the shape of real/tasks3 zhejiang_jiaxing_haiyan_zerenfenjie_2022 (a text run together on one line,
    # where a space stands before the next item's number): here no space, only the 。 that closes the list
    body = "1.推进数字经济发展。牵头单位：市发改委；配合单位：市财政局。2.加快建设产业园区。牵头单位：市工信局。\n"
    got = [(t.lead_units, t.cooperating_units) for t in extract_task_assignments(doc_of(body))]
    assert got == [(("市发改委",), ("市财政局",)), (("市工信局",), ())]


@pytest.mark.parametrize("official", ["分管副市长", "常务副市长", "高新区管委会副主任"])
def test_a_title_with_no_name_before_a_prose_clause_names_no_official(official: str) -> None:
    # the construction of real/mixed24/gansu_lanzhou_zhongdianshixiang_fengong_undated.txt (由杨志武副市长负责,…) with a
    # qualifier or a unit before the title: 由分管副市长负责，市发改委牵头，相关部门配合 names no one (not 由分管, 常务, 管委会)
    body = (f"1、在兰州设立综合配套改革试验区事宜\n由{official}负责，市发改委牵头，相关部门配合，尽快完成《兰州综合配套改革试验区"
            "实施方案》。\n")
    (t,) = extract_task_assignments(doc_of(body))
    assert (t.lead_units, t.cooperating_units, t.lead_officials) == (("市发改委",), ("相关部门",), ())
    assert not t.evidence.quote.startswith("由")


def test_a_part_heading_with_a_title_qualifier_names_no_official() -> None:
    # the heading of real/mixed9 shanxi_sheng_tasks_2006 (一、孟学农省长负责的工作) with a qualifier for the name
    text = "一、常务副市长负责的工作\n1.坚持稳中求进。\n责任单位:市政府办公室\n"
    assert [t.lead_officials for t in tasks(text)] == [()]


def test_a_paragraph_row_short_of_its_progress_cell_keeps_its_units() -> None:
    # tests/data/real/mixed29 chongqing_dazu_zhongdiangongzuo_2024: 序号 / 目标任务 / 具体任务 / 牵头单位 / 任务进度 a cell a line;
    # the row's 任务进度 is blank, its last cell the units (two leads apart by 、)
    text = ("2023年度政府工作报告超额完成任务一览表\n\n序号\n\n目标任务\n\n具体任务\n\n牵头单位\n\n任务进度\n\n1\n\n"
            "狠抓工业投资,加速工业项目落地建设、投产达效、技改扩能,工业投资增长20%以上\n\n实现工业投资增长20%以上。\n\n"
            "区经济信息委、经开区经发局\n")
    (task,) = extract_task_assignments(doc_of(text))
    assert (task.text, task.lead_units) == ("实现工业投资增长20%以上。", ("区经济信息委", "经开区经发局"))
