"""Projects: one :class:`~kg.records.Project` per row of a 重点项目 table, and per project named in prose.

A projects table is any table (paragraph, TSV or HTML shape, read by
:mod:`kg.extract.tables`) whose name column says 项目/工程 and that has a
responsibility column (牵头单位, 责任单位, 牵头部门, 配合单位 …). The
responsibility cell is split by :func:`kg.extract.roles.parse_responsibility`:
``X牵头,Y、Z配合`` → leads X, cooperating Y and Z; ``由X负责`` → lead X; a
plain list in a 责任单位 column → all leads.

Prose names projects three ways, all read when a document has no projects table:
numbered items under a heading that announces them (``实施如下重点项目：`` then
``17.城市运行管理人才开发项目。…（牵头单位：市城管委，配合单位：各区）``: the
item's words before its first 。 name it, its role parenthetical gives its units);
a list after ``项目分别为``/``包括`` (items split on 、，和, ``等项目`` dropped); and
names that carry their own marks (``吉林中溢炭素年产30万吨超高功率石墨电极项目``,
:func:`kg.extract.names.project_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lists import (
    ACT_CONJUNCTIONS,
    CLAUSE_HEADS,
    CLAUSE_SEPARATORS,
    CLAUSE_STOPS,
    COUNT_SCOPES,
    ELLIPSES,
    EXAMPLE_HEADS,
    INCLUSIVE_TAIL,
    NOT_EXAMPLE_AFTER,
    NUMBER,
    QUOTES,
    SPACES,
    counts_kinds,
    counts_kinds_at,
    item_start,
    list_before,
    split_clauses,
)
from kg.extract.names import LEFT_STOP_RE as _LEFT_STOP_AT
from kg.extract.names import name_start, project_names
from kg.extract.roles import LABELLED_BRACKET_RE, parse_labelled, parse_responsibility
from kg.extract.tables import (
    Row,
    Table,
    document_tables,
    is_year_cell,
    split_label,
    target_after_name,
    unit_cells,
)
from kg.gazetteer import get_gazetteer
from kg.patterns import (
    CJK,
    DIVISION_ENDS,
    GENERIC_NAME_STARTS,
    INVESTMENT,
    INVESTMENT_STARTS,
    ITEM_MARKER_RE,
    ITEM_NUMBER_STOPS,
    PARK_NAME_HEADER_RE,
    PROJECT_BATCH_EVENTS,
    PROJECT_BATCH_WORDS,
    PROJECT_CAPTION_FOLLOWERS,
    PROJECT_CEREMONY_WORDS,
    PROJECT_CHAINED_PLACE_ZONES,
    PROJECT_COUNT_VERBS,
    PROJECT_ENTERPRISE_WORDS,
    PROJECT_EVENT_NOT_NAME,
    PROJECT_EVENT_WORDS,
    PROJECT_FACILITY_ENDS,
    PROJECT_FOLLOWER_WHEN,
    PROJECT_INVESTOR_KINDS,
    PROJECT_INVESTOR_NAME_MAX,
    PROJECT_KIND_WORDS,
    PROJECT_LINE_HEADINGS,
    PROJECT_LIST_COPULAS,
    PROJECT_LIST_VERBS,
    PROJECT_MEMBER_COPULAS,
    PROJECT_NAME_FOLLOWERS,
    PROJECT_NAME_HEADER_RE,
    PROJECT_NOT_ITEMS_TAILS,
    PROJECT_OPENING_VERBS,
    PROJECT_PART_KINDS,
    PROJECT_PLACE_ZONES,
    PROJECT_PLACED_LIST_HEADS,
    PROJECT_PROGRESS_HEADS,
    PROJECT_PROGRESS_WORDS,
    PROJECT_RANK_WORDS,
    PROJECT_REPORT_WORDS,
    PROJECT_ROW_STAGES,
    PROJECT_SENTENCE_LIST_HEADS,
    PROJECT_SHARED_ENDINGS,
    PROJECT_SINGLING_WORDS,
    PROJECT_SITE_WORDS,
    PROJECT_STAGE_KINDS,
    PROJECT_START_WORDS,
    PROJECT_STATE_WORDS,
    PROJECT_SUB_ZONES,
    PROJECT_SUBJECT_PREDICATES,
    PROJECT_TIME_OPENERS,
    PROJECT_VENUE_WORDS,
    PROJECT_VISIT_WORDS,
    PROJECT_WORK_VERBS,
    PROJECT_WORKS_CEREMONIES,
    PROJECT_ZONE_OWN_WORKS,
    SECTION_HEADING_RE,
    TABLE_COLUMN_ROLES,
    YEAR_CELL_RE,
    YEAR_RANGE_RE,
    alternation,
    cn_number,
    finditer_from,
    first_chars,
)
from kg.records import Document, Project


def is_projects_table(table: Table) -> bool:
    """A name column that says 项目/工程 (not a park) and a responsibility column."""
    name = table.column("name")
    return (
        name is not None
        and bool(PROJECT_NAME_HEADER_RE.search(name.text))
        and not PARK_NAME_HEADER_RE.search(name.text)
        and bool(table.roles() & {"lead", "cooperate"})
        and target_after_name(table) is None  # 项目 / 重点工作目标任务: tasks under a group's name
    )


def extract_projects(doc: Document, tables: tuple[Table, ...] | None = None) -> Iterator[Project]:
    """Every row of every projects table in ``doc``, in text order.

    A table printed twice (HTML and its TSV copy) gives each project once, with
    the evidence that carries no markup.
    """
    found: dict[tuple, Project] = {}
    tables = document_tables(doc) if tables is None else tables
    for table in tables:
        if not is_projects_table(table):
            continue
        for row in table.rows:
            project = _project(doc, table, row)
            if project is None:
                continue
            # seq and content too: rows under one rowspan name (轨道交通配套工程 ×2) are two projects
            key = (project.name, project.seq, project.content, project.lead_units, project.cooperating_units)
            old = found.get(key)
            if old is None or ("<" in old.evidence.quote and "<" not in project.evidence.quote):
                found[key] = project
    if not found:
        for project in _projects_in_prose(doc, [(t.start, t.end) for t in tables]):
            found.setdefault((project.name, project.lead_units, project.cooperating_units), project)
    yield from sorted(found.values(), key=lambda p: p.evidence.start)


#: A count of projects or items: 18个, 十项.
_COUNT = r"[0-9一二三四五六七八九十百两]+[个项]"
#: The end of a project's name: …建设工程项目, …提标扩能项目（一期提标升级）.
_PROJECT_END = r"(?:项目|工程(?!师))(?:[（(][^（）()]{1,12}[）)])?"
#: A heading that announces the projects listed under it: 实施如下重点项目： / 重点实施以下项目：.
_ANNOUNCE_RE = re.compile(
    rf"(?:实施|推进|建设|启动|安排|开展|组织实施|重点实施|谋划)(?:如下|以下|下列)?(?:{_COUNT})?"
    r"(?:重点|重大)?(?:项目|工程)[：:]\s*$",
    re.M,
)
#: The verbs of a visit, whose objects are the projects a list closed by 等…项目 names (查看了A、B等项目); as the rows
#: write them, with 了: a bare 督查 may be a noun's (督查组督查了A、B…: the list starts after 督查了, not after 督查).
_VISITS = alternation(PROJECT_VISIT_WORDS)
#: A list of projects in a sentence: 10个工业项目分别为A,B、C和D等项目。
_LIST_RE = re.compile(
    r"(?:项目|工程)(?:[^。；;：:]{0,30}?(?:分别为|分别是|包括|主要有|主要包括|依次为|(?P<both>既有))|(?P<has>有)(?![关力效序所望])(?=[^。；;]{4,80}、))[：:]?"
    r"(?P<items>[^。；;\n]+?)"
    # a bare 等 before a comma closes the list (…、“万、千、百、十”脱贫攻坚项目等,总投资69.3亿元; mixed10 sichuan_pengan);
    # so does a line's end, no sentence running on past it (…包括A,B,C等上下游配套项目⏎为推进重大项目建设,…实行重大项目在线
    # 监控,在线调度,…: tests/data/real/mixed29 jiangxi_ganzhou_liandongkaigong_2022)
    rf"(?:(?:等(?:{_COUNT})?(?:[^。；;，,、\n]{{0,8}}?(?:项目|工程))?)?(?:[。；;]|(?=\n|$))|等(?=[，,]))"
    rf"|(?:{_VISITS})(?P<seen>[^。；;：:]{{4,400}}?、[^。；;：:]{{2,200}}?)"
    rf"等(?:{_COUNT})?(?:重点|重大)?(?:项目|工程)"
)
_NOT_ITEMS_TAILS = tuple("等" + w for w in PROJECT_NOT_ITEMS_TAILS)
_PROJECT_END_START_RE = re.compile(r"[项工]")
#: Where a _LIST_RE match may start (see kg.patterns.finditer_from).
_LIST_START_RE = re.compile(rf"[项工]|{first_chars(PROJECT_VISIT_WORDS)}")
#: An item number that a number may follow (11.121人才梯队项目), which ITEM_MARKER_RE leaves to decimals.
_NUMBER_MARKER_RE = re.compile(rf"[ \t\u3000]*\d{{1,3}}[{ITEM_NUMBER_STOPS}]")
#: A list that a count of projects closes: 其中，A、B等12个重点产业项目 / 包括A、B、C等18个； 等多个重大项目 (tests/data/real/
#: mixed17 xizang_lasa_rikaze_kaigong_2020);
#: the items need not end in 项目 (江州华绿生物现代农业食用菌工厂化).
#: A count with no 等 closes a list too (南沙至珠海(中山)城际、中南虎城际两项城际轨道交通项目, realdev2
#: zhongshan_projects_2022), and so does a bare 等 when the items end like projects' names
#: (珠中江供水一体化工程、…、珠中江石油天然气干线项目等也纳入其中).
#: The count's noun may be long or hold a 、 (等4个轨道交通、市郊铁路重大项目, 等4个怀柔科学城领域重大项目;
#: tests/data/real/parks4 beijing_shi_jizhongkaigong_2020); 等一批…项目 closes a list as a count does
#: (等一批投资过亿元的绿色环保项目, parks4 ningxia_zizhiqu_shifanyuanqu_2020); a bare 等 before an event
#: (…卫星互联网系统整星生产线等开工建设, parks4 tianjin_binhai) and a count of 项 after items ending in 项目
#: (A项目、B项目、C项目3项计划参加…, parks4 qinghai_haidong) close a list whose items end like projects.
_COUNT_AFTER_RE = re.compile(_COUNT)
_ETC_TAIL_RE = re.compile(
    rf"等(?:(?P<count>{_COUNT}|多[个项])(?:[^。；;，,]{{0,16}}?(?:项目|工程)|(?=[，,。；;]))"
    # its kind may be a run of qualities joined by 、 (等一批体量大、效益好、紧贴民生的重大项目, tests/data/real/mixed31
    # hebei_zhangjiakou_jingkaiqu_xiangmu_2018; 等一批优结构、促转型、增后劲的大项目, mixed22 ningxia_wuzhong_jizhongkaigong_2022)
    r"|(?P<batch>一大?批)(?:[^。；;，,、等]{1,8}、){0,4}[^。；;，,、]{0,16}?项目"
    # the kind of the projects, and their count after (…资阳线、…数据中心等新基建项目29个, 等能源、水利项目86个; tests/data/
    # real/mixed19 sichuan_sheng_jizhongkaigong_2020)
    rf"|(?P<kind>[^。；;，,等]{{1,10}}?)(?:项目|工程)(?={_COUNT})"
    rf"|(?:(?:{alternation(PROJECT_BATCH_WORDS)}){{0,3}}|“[^“”]{{1,10}}”)(?:项目|工程)|(?:(?<=项目等|工程等)|(?=开工|竣工|投产|开复工))(?P<bare>))"
    rf"|(?<=项目|工程)(?P<ellipsis>{alternation(ELLIPSES)})"
    rf"|(?<=[{CJK}）)])(?P<count_only>[两二三四五六七八九十]|[2-9])[个项][^。；;，,、\s]{{0,8}}?(?:项目|工程)"
    r"|(?<=项目|工程)[，,]?(?P<named_count>[两二三四五六七八九十]|[2-9])项(?!目)"
    rf"|(?P<copula>{alternation(PROJECT_LIST_COPULAS)})[^。；;，,、]{{0,12}}?(?:项目|工程)"
)
#: A 等…项目 tail that ranks its projects (see PROJECT_RANK_WORDS).
_RANKED_TAIL_RE = re.compile(rf"等(?:{alternation(PROJECT_RANK_WORDS)})项目")
#: Where an _ETC_TAIL_RE match may start (see kg.patterns.finditer_from).
_ETC_TAIL_START_RE = re.compile(
    rf"[等两二三四五六七八九十2-9，,]|{first_chars(PROJECT_LIST_COPULAS)}|{first_chars(ELLIPSES)}")
#: What a list item cannot hold; the list before 等 is read leftwards up to one of these.
#: A quoted word is part of an item (“文昌超算一号”卫星发射战略合作项目、文昌福瑞国际学校等5个项目; tests/data/real/mixed14
#: hainan_wenchang_lingshui_projects_2018).
#: The small forms of web pages stop too (开复工率82%﹔预计6月份开复工慧谷昊庭、…; tests/data/real/mixed17
#: neimenggu_huhehaote_huimin_kaigong_2021).
_ETC_ITEM_STOPS = CLAUSE_STOPS + "\n"
#: A line break inside an item is a wrap of a hard-wrapped page (…古窑子至青铜峡联系线⏎公路、西夏渠工程…等10个项目,
#: 福州至银川公路同心至沿川子段、农村⏎公路、…等11个项目; tests/data/real/mixed11 ningxia_zhongdianxiangmu_2009) when the
#: line it ends is long or a list's, and ends in no stop; _wrap_floor says where a list read leftwards must stop.
_ETC_ITEM_CHARS = rf"(?:[^{CLAUSE_STOPS}\s]|\n)"
_WRAPPED_LINE_MIN = 30
_ETC_ITEM_MAX = 80
#: The shortest item of a list read before 等 (a name broken by a line, 农村⏎公路, leaves two characters on a line;
#: tests/data/real/mixed11 ningxia_zhongdianxiangmu_2009).
_ETC_ITEM_MIN = 2
#: An item named as a works is, not as a kind of works: it ends like a project or a facility (…生產線, 軌道交通資陽線), holds
#: a number or a route (5G雲基地, 鎮巴至廣安高速…), or is a phase (回亭子口灌區一期); a place may open it (see
#: _named_kinds_list). Tests/data/real/mixed19 sichuan_sheng_jizhongkaigong_2020.
_NAMED_WORKS_RE = re.compile(
    rf"{_PROJECT_END}$|(?:{alternation(PROJECT_FACILITY_ENDS)})$|[0-9A-Za-z０-９]|.至.|[一二三四五六七八九十]期$")
#: A list after 其中/包括 with no 等 to close it: 其中，A项目、B中心、C工程、D项目投资均完成…;
#: its items are projects when two or more end in 项目/工程 (the last is cut after its ending).
#: (An item holds no 、: a list whose items ran on to 60 characters cut its last one short, 文昌青牧原配套饲料|厂项目,
#: tests/data/real/parks4 hainan_wenchang_jizhongkaigong_2021.)
_INTRO_LIST_RE = re.compile(r"(?:其中|包括)[，,：:]?(?P<items>[^。；;，,：:等、]{2,60}(?:、[^。；;，,：:等、]{2,60})+)")
_PROJECT_END_RE = re.compile(_PROJECT_END)
#: A list after the verb that says what a batch of projects takes in, each item opening with its place: 此次开工项目涉及
#: 海东市河湟新区绿城房产开发,以及乐都区中天璟园健康养老项目、平安区驿州湿地公园、…等六县区 (tests/data/real/mixed25
#: qinghai_haidong_jizhongkaigong_2020); not 项目涉及工业、交通、水利…等领域 (fields, no place opens them).
_PLACED_LIST_RE = re.compile(
    rf"(?:项目|工程)(?:{alternation(PROJECT_PLACED_LIST_HEADS)})(?P<items>[^。；;：:等]{{4,300}}?)等")
#: A sentence that opens with 包括 lists the projects the sentence before names, up to its closing 等 (…当天集中开工的项目
#: 涉及…等多个领域。包括华为张掖云计算大数据中心二期、…,以及甘州区水生态修复治理、…,肃南县祁连山马鹿文化产业园等。
#: tests/data/real/parks3 gansu_zhangye_jizhongkaigong_2020); projects named as the batch's examples: 以祁县红星白酒
#: 产业园、复盛公医药产业园,天禧物流仓储园等项目为代表 (parks3 shanxi_jinzhong_jizhongkaigong_2019), 以中远氨纶纺织化纤设备
#: 制造项目、新乡格林机械二期建设项目为代表的 (items ending like projects; mixed5 henan_xinxiang_jingkaiqu_sangeyipi_2021).
_SENTENCE_LIST_RE = re.compile(
    rf"(?<=[。\n])(?:其中[，,]?)?(?:{alternation(PROJECT_SENTENCE_LIST_HEADS)})[：:]?(?P<items>[^。；;：:]{{4,400}}?)等[。；;]")
_SENTENCE_LIST_START_RE = re.compile(first_chars(("其中", *PROJECT_SENTENCE_LIST_HEADS)))
#: Found from its tail 为代表 and read back to its 以 (以 alone is too common a character to try a pattern at each).
_EXAMPLES_RE = re.compile(r"以(?P<rep>[^。；;：:以]{4,300}?)(?P<rep_tail>等(?:重点|重大)?(?:项目|工程))?为(?:代表|重点)")
_EXAMPLES_TAIL_RE = re.compile(r"为(?:代表|重点)")


#: The count of projects the examples stand for, after 为代表: 以建设国家级食用菌交易市场为代表的21个城建及社会事业项目 (tests/data/
#: real/mixed15 henan_nanyang_xixia_jizhongkaigong_2023): the examples are projects, whatever they end with.
_COUNTED_REP_RE = re.compile(rf"的{_COUNT}[^。；;，,、]{{0,16}}?(?:项目|工程)")


def _sentence_lists(body: str) -> Iterator[re.Match[str]]:
    """Matches of :data:`_SENTENCE_LIST_RE` (group ``items``) and :data:`_EXAMPLES_RE` (``rep``)."""
    yield from finditer_from(_SENTENCE_LIST_START_RE, _SENTENCE_LIST_RE, body)
    for tail in _EXAMPLES_TAIL_RE.finditer(body):
        k = body.rfind("以", max(0, tail.start() - 306), tail.start())
        if k >= 0 and (m := _EXAMPLES_RE.fullmatch(body, k, tail.end())) is not None:
            yield m
#: Words that introduce a list, cut from its first item: 开工项目包括A → A.
_LIST_INTRO_RE = re.compile(rf"^[^、]*(?:包括|分别为|分别是|主要有|依次为|其中|{alternation(PROJECT_VISIT_WORDS)})")
#: A head word opening an item after the first: the clause starts a list of its own (…项目 据悉,其中,13个重点交通项目
#:即将开始建设,分别为乐山机场、…; tests/data/real/mixed8 sichuan_projects_2021); 其中 alone is no item.
_ITEM_HEAD_RE = re.compile(r"(?:其中|包括|分别为|分别是|主要有|依次为)[：:]?")
#: A city or county that has the projects listed after it: 南宁市有20GWh锂电池项目、…等81个项目开竣工
#: (tests/data/real/mixed8 guangxi_projects_2022); not 城市有机更新.
#: What after 有 makes it a word's first character, no verb: 有机, 有限公司, 有色 (包括有机三废利用关键设备研发项目、…;
#: tests/data/real/mixed19 jiangsu_zhenjiang_yangzhong_kaifaqu_qianyue_undated).
_NOT_HAS = r"(?![机限色关效])"
_PLACE_HAS = rf"[^、，,有]{{1,5}}?(?:市|县|区|州|盟)有{_NOT_HAS}"
#: A verb before the first item (安排A、B等4个…项目; 禄丰市宣布A项目; 有A、B…): cut, with a 的 after it.
#: A field that has the projects listed after it: 其中,高端化工新材料和纺织功能性新材料产业链有改性工程新材料项目、PA66绿色纺织
#: 新材料项目 (tests/data/real/mixed19 fujian_fuzhou_yunqianyue_2022).
_FIELD_HAS = rf"[^、，,有]{{1,24}}?(?:产业链|产业|领域|板块|行业)有{_NOT_HAS}"
#: The verb's aspect 了 is no part of the first item: 现场签约了中南集团王滩TOD片区开发项目、十九冶集团片区综合开发项目、…等11个项目
#: (tests/data/real/mixed21 sichuan_chengdu_dayi_qianyue_kaigong_2021).
_LIST_VERB_RE = re.compile(
    rf"(?:[^、，,]{{0,6}}?(?:{alternation(PROJECT_LIST_VERBS)})了?|{_PLACE_HAS}|{_FIELD_HAS}|有{_NOT_HAS})的?")
#: A list of sites set up at the ceremony: 开工仪式同时还设立A、B…7个其他项目开工现场 (tests/data/real/mixed11
#: dengkou_kaigong_2023); the verb stands after words that hold another (开工仪式).
_SITE_VERB_RE = re.compile(r"[^、，,]{0,8}?(?:同时|还|另)+(?:设立|设置|设)")
#: A verb of work on the projects a list closed by 等项目建设 names, after an adverb (重点, 扎实): see PROJECT_WORK_VERBS.
_WORK_VERB_RE = re.compile(rf"[^、，,]{{0,4}}?(?:{alternation(PROJECT_WORK_VERBS)})")
_WORK_TAIL = "等项目建设"
_WORK_ITEMS_MIN = 3
#: A list that a count of projects heads: 此次正式签订合同的5个项目为:A、B、C (parks4 anhui_suzhou), 续建项目(2个):A、B
#: (parks4 hainan_sheng_zhongdianxiangmu), 新开工项目3个：A、B、C.
_COUNT_HEADED_RE = re.compile(
    rf"(?:{_COUNT}[^。；;，,、\n]{{0,8}}?(?:项目|工程)为|(?:项目|工程)(?:[（(]{_COUNT}[）)]|{_COUNT}))[：:]"
    r"(?P<items>[^。；;\n]+)"
)
#: A heading that counts the projects on the next line: (二)预备重点项目(2个)。 / 儋州东坡山水文化旅游区、儋州白马湾综合
#: 开发项目。 (parks4 hainan_sheng_zhongdianxiangmu); the line is its list when it has as many items as the count.
_COUNTED_HEADING_RE = re.compile(
    r"(?m)(?:项目|工程)[（(]?(?P<n>[0-9一二三四五六七八九十两]+)[个项][）)]?[。：:]?[ \t\u3000]*\n"
    r"[ \t\u3000]*(?P<items>[^\n。；;]+、[^\n。；;]+)[。；;]?[ \t\u3000]*$"
)
#: One item before a count of projects, at a clause's start: 文昌国际航天城科技创新平台等12个项目开工建设 (parks4
#: hainan_wenchang), 竣工年产150吨金属镓产业化等11个项目 (parks4 chongqing).
_ONE_ITEM_STOPS = CLAUSE_STOPS + "\n"
#: An item that is a category of projects, not one: 基础设施项目7个, 其中3个项目总投资…, 竣工项目(2个).
#: An item that ends in a count counts projects (产业项目占43个, 总投资10亿以上的项目有54个; mixed10 fuzhou_projects_2018).
_CATEGORY_RE = re.compile(
    rf"(?:项目|工程)[（(]?{_COUNT}[）)]?$|{_COUNT}(?:重点|重大)?(?:项目|工程)|^(?:项目|工程)$|[0-9０-９]{{1,4}}[个项]$"
    rf"|^(?:{alternation(PROJECT_STAGE_KINDS)})$")
# 和 joins two items, not two quantities of one product (年产5GW单晶硅棒和5GW单晶硅片): the last two
# of a list (A、B和C), or two before it when the first ends like a project (鱼潭水电站建设和油茶加工项目、…);
# else it is inside a name (三一智联重卡零部件和工程机械扩产项目、10GW…, realdev2 hunan_projects_2023).
# 以及 joins the last two as 和 does (…G4218线康定至新都桥高速公路以及G5京昆高速公路…扩容, mixed8 sichuan_projects_2021).
# A和B建设项目 is one project, the building of both (海峡联合学院和海峡联合研究院建设项目(二期), mixed10
# fuzhou_projects_2018; 城西幼儿园和相如二小建设项目, sichuan_pengan_projects_2017): 建设项目 after the last item is shared.
#: A conjunction no name holds (lists.ACT_CONJUNCTIONS: 以及), before an item of two characters or more.
_NAMELESS_AND = rf"(?:{alternation(ACT_CONJUNCTIONS)})(?=[^、，,]{{2,}})"
_SHARED_SUFFIX = r"(?:建设项目|建设工程)(?:[（(][^（）()、，,]{1,12}[）)])?(?:等.*)?$"
_LAST_AND_RE = re.compile(
    rf"(?<![、，,])(?:{_NAMELESS_AND}|和(?=[^、，,0-9０-９]{{2,}})(?![0-9０-９])"
    rf"(?![^、，,]*{_SHARED_SUFFIX}))")
# 以及 joins two items wherever it stands (…研发项目以及汽车产业链…合作项目、固态锂离子动力电池研发项目; tests/data/real/mixed19
# jiangsu_zhenjiang_yangzhong_kaifaqu_qianyue_undated).
_INNER_AND_RE = re.compile(rf"(?<=项目|工程|建设|改造|技改|扩建)和(?=[^、，,0-9０-９]{{2,}})(?![0-9０-９])|{_NAMELESS_AND}")
#: An item's investment after its name: 兴泉铁路泉州段总投资153亿元 (realdev2 fujian_projects_2017).
#: An amount with 余 or 近 is one too (总投资300余亿元, 累计完成投资近8580万元; mixed10 xizang_lasa_projects_2013).
_INVESTMENT_TAIL_RE = re.compile(rf"{INVESTMENT}$")
#: What an item is when the amount is cut from it: a clause about money spent (截至目前已累计完成投资…), not a name.
_INVESTMENT_CLAUSE_RE = re.compile(r"(?:完成|累计|截至|已)$|^(?:截至|累计|已)")
#: A count of projects is a category, not a project: 45个重大产业项目.
_COUNTED_RE = re.compile(rf"^{_COUNT}")
_ITEM_NAME_END_RE = re.compile(r"[。：:；;]")


def _project_record(doc: Document, name: str, span: tuple[int, int], lead: tuple[str, ...] = (),
                    coop: tuple[str, ...] = (), raw: str = "", content: str | None = None) -> Project:
    name = name.replace("\n", "")  # a name wrapped across lines (农村⏎公路) is one name; its evidence keeps the break
    return Project(
        source=doc.source, doc_id=doc.id, doc_number=doc.doc_number, table=None, seq=None, name=name,
        lead_units=lead, cooperating_units=coop, responsibility_raw=raw, evidence=doc.evidence_for(*span),
        content=content,
    )


def _announced_items(doc: Document) -> Iterator[Project]:
    """Numbered items under 实施如下重点项目：, up to the next section heading."""
    body = doc.body
    for head in _ANNOUNCE_RE.finditer(body):
        pos = head.end()
        while True:
            line_end = body.find("\n", pos + 1)
            line_end = len(body) if line_end < 0 else line_end
            line = body[pos:line_end].strip()
            if not line:
                if line_end >= len(body):
                    break
                pos = line_end
                continue
            line_start = body.rfind("\n", 0, line_end) + 1
            marker = ITEM_MARKER_RE.match(body, line_start) or _NUMBER_MARKER_RE.match(body, line_start)
            if marker is None or SECTION_HEADING_RE.match(line):
                break
            item = body[marker.end() : line_end]
            cut = _ITEM_NAME_END_RE.search(item)
            name = (item[: cut.start()] if cut else item).strip()
            labelled = LABELLED_BRACKET_RE.search(item)
            roles = parse_labelled(labelled["body"]) if labelled else None
            if name and len(name) <= 60:
                yield _project_record(doc, name, (marker.end(), line_end), roles.lead if roles else (),
                                      roles.cooperate if roles else (), labelled.group() if labelled else "",
                                      item[cut.end():].strip() if cut else None)
            pos = line_end
            if pos >= len(body):
                break


#: An item's name that ends like a project's.
_PROJECT_ITEM_END_RE = re.compile(rf"{_PROJECT_END}$")


def _numbered_projects(doc: Document) -> Iterator[Project]:
    """A numbered list whose items are project names (1.开江县回龙镇跃进大桥重建工程项目；):
    two or more items in a row, each ending in 项目/工程, whatever announces them."""
    body = doc.body
    run: list[Project] = []
    for line in re.finditer(r"[^\n]+", body):
        marker = ITEM_MARKER_RE.match(body, line.start()) or _NUMBER_MARKER_RE.match(body, line.start())
        item = body[marker.end() : line.end()] if marker else ""
        cut = _ITEM_NAME_END_RE.search(item)
        name = (item[: cut.start()] if cut else item).strip()
        if marker and 6 <= len(name) <= 60 and _PROJECT_ITEM_END_RE.search(name) and not _CATEGORY_RE.search(name):
            start = marker.end() + len(item) - len(item.lstrip())
            run.append(_project_record(doc, name, (start, start + len(name))))
            continue
        if len(run) >= 2:
            yield from run
        run = []
    if len(run) >= 2:
        yield from run


#: A heading that counts what is numbered on the lines under it: 一、省在建重点项目(351个) / (一)农业(18个) (tests/data/real/
#: mixed27 fujian_sheng_zhongdianxiangmu_mingdan_2009), (一) 竣工項目(5項) (sxsjbj.com economics/2008xm/2009-03/05,
#: 新都区 2009 projects); the lines are projects when this heading, or a heading over it, says 项目/工程.
_COUNT_HEADING_RE = re.compile(
    r"[ \t\u3000]*(?P<marker>[一二三四五六七八九十]{1,3}[、﹑､]|[（(][一二三四五六七八九十]{1,3}[）)])?[ \t\u3000]*"
    r"(?P<head>[^\n（）()]{0,40}?)[ \t\u3000]*[（(][ \t]*\d{1,4}[ \t]*[个项][ \t]*[）)][ \t\u3000]*")
#: A line numbered 1. / 1、 / 1 (a number and a space) under such a heading; (1) lines under it are its parts.
_COUNTED_LINE_RE = re.compile(r"[ \t\u3000]*\d{1,3}(?:[.．、﹒](?!\d)|[ \t\u3000]+)[ \t\u3000]*(?P<name>[^\n]+?)[ \t\u3000]*")
_PART_LINE_RE = re.compile(r"[ \t\u3000]*[（(]\d{1,3}[）)]")
_SENTENCE_MARKS_RE = re.compile(r"[，,。；;：:！!？?]")
_COUNTED_LINES_MIN = 2


def _counted_numbered_lines(doc: Document) -> Iterator[Project]:
    """Projects numbered one a line under a heading that counts them, whatever each name ends with (厦门莲花水库,
    福建省海洋与渔业防灾减灾系统 between lines ending in 工程): the heading, or the top heading over it (一、…重点项目(351个)),
    says 项目/工程; a line that is a sentence is none, and any other line ends the run."""
    body = doc.body
    projects_over = False  # the top heading over the lines says 项目/工程
    under = False  # reading the lines under a heading that counts projects
    found: list[Project] = []
    run: list[Project] = []
    for line in re.finditer(r"[^\n]+", body):
        if (head := _COUNT_HEADING_RE.fullmatch(body, line.start(), line.end())) is not None:
            says = _PROJECT_IN_HEAD_RE.search(head["head"]) is not None
            top = head["marker"] is not None and head["marker"][0] not in "（("
            projects_over = says if top else projects_over
            under = says or projects_over
            if len(run) >= _COUNTED_LINES_MIN:
                found.extend(run)
            run = []
            continue
        if not under:
            continue
        if _PART_LINE_RE.match(body, line.start()):
            continue  # (1)南岸防洪一期工程: a part of the item above
        item = _COUNTED_LINE_RE.fullmatch(body, line.start(), line.end())
        name = item["name"] if item else ""
        if item is not None and _CATEGORY_RE.search(name):
            continue  # a count of projects on a numbered line, no name
        # (a name that opens with a rank or a scope, 全省土地整理工程, 国家级渔港建设项目, is one here: the list names it)
        if item is None or not 4 <= len(name) <= _LISTED_NAME_MAX or _SENTENCE_MARKS_RE.search(name) \
                or not _balanced(name):
            under = False
            if len(run) >= _COUNTED_LINES_MIN:
                found.extend(run)
            run = []
            continue
        run.append(_project_record(doc, name, item.span("name")))
    if len(run) >= _COUNTED_LINES_MIN:
        found.extend(run)
    yield from found


_PROJECT_IN_HEAD_RE = re.compile(r"项目|工程")


#: The units of a numbered heading that names a project, in the clause that opens the next line: 2、兰州市大气污染成因及防治对策
#: 研究项目⏎由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工… (tests/data/real/mixed24
#: gansu_lanzhou_zhongdianshixiang_fengong_undated); the official over them (由X负责) is no unit.
_HEADED_ROLES_RE = re.compile(
    r"[ \t\u3000]*(?:由[^，,。；;\n]{2,16}?(?:负责|主抓|分管)[，,])?"
    r"(?P<roles>[^，,。；;\n]{2,30}?牵头(?:[，,][^，,。；;\n]{2,30}?配合)?)(?=[，,。；;\n]|$)")


_HEADED_ROLES_REACH = 60


def _headed_items(doc: Document) -> Iterator[Project]:
    """Numbered headings that name projects, each with its units in the clause opening the next line (2、X项目⏎由…负责,
    A牵头,B配合,…): two or more in the document."""
    body = doc.body
    found = []
    last = -1
    for lead in re.finditer("牵头", body):  # found from the units' 牵头, the heading read on the line before
        line_end = body.rfind("\n", max(0, lead.start() - _HEADED_ROLES_REACH), lead.start())  # never back past the reach
        if line_end < 0 or line_end <= last:
            continue
        last = line_end
        line_start = body.rfind("\n", 0, line_end) + 1
        marker = ITEM_MARKER_RE.match(body, line_start) or _NUMBER_MARKER_RE.match(body, line_start)
        if marker is None:
            continue
        item = body[marker.end() : line_end]
        name = item.strip()
        if not 6 <= len(name) <= 60 or not _PROJECT_ITEM_END_RE.search(name) or _CATEGORY_RE.search(name) \
                or _ITEM_NAME_END_RE.search(name) or (roles := _HEADED_ROLES_RE.match(body, line_end + 1)) is None:
            continue
        units = parse_responsibility(roles["roles"])
        start = marker.end() + len(item) - len(item.lstrip())
        found.append(_project_record(doc, name, (start, roles.end()), units.lead, units.cooperate, roles["roles"]))
    if len(found) >= 2:
        yield from found


#: An item that ends like a project's name, what a list after a bare 有 needs when no 等 closes it.
_NAMED_ITEM_RE = re.compile(rf"{_PROJECT_END}(?:[、，,；;。]|$)")
#: Two items in a row that end like projects (…工程、…项目): what a bare 等 needs before it.
_NAMED_PAIR_RE = re.compile(rf"{_PROJECT_END}、[^、]{{2,{_ETC_ITEM_MAX}}}?{_PROJECT_END}")


def _whole(text: str, start: int, end: int) -> int:
    """The leftmost item as read (its intro word, 包括, is cut by the caller)."""
    return start


def _wrap_floor(body: str, lo: int, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts, not before ``lo``: after the last line break before ``pos`` that
    is no wrap (the line it ends is short and holds no 、, or ends in a stop)."""
    k = body.rfind("\n", lo, pos)
    while k >= 0:
        # only a line shorter than _WRAPPED_LINE_MIN can be short: look back no further than that
        window = max(k - _WRAPPED_LINE_MIN, 0)
        line_start = body.rfind("\n", window, k) + 1 or window
        short = k - line_start < _WRAPPED_LINE_MIN and body.find("、", line_start, k) < 0
        if short or k == line_start or body[k - 1] in _ETC_ITEM_STOPS or body[k - 1] in " \t\u3000":
            return k + 1
        k = body.rfind("\n", lo, k)
    return lo


def _lists_before_etc(body: str) -> Iterator[tuple[int, str, bool, bool]]:
    """(start, items, counted, bare) of each 、-list closed by 等N个, 等…项目, a bare 等 or a
    count (两项…项目): found from its tail and read leftwards (:func:`kg.extract.lists.list_before`),
    never scanning for the list's start, and never back past the list before it."""
    floor = 0
    counted_end = -1  # where the last tail counting its projects (等N个…项目) ends
    for m in finditer_from(_ETC_TAIL_START_RE, _ETC_TAIL_RE, body):
        end = m.start()
        if m["count_only"] is not None and body[end - 1 : end] in PROJECT_COUNT_VERBS:
            continue  # 此次开发区、大桥镇共有5个重大项目: who has the projects, no list of them
        lo = max(floor, end - 4 * _ETC_ITEM_MAX)
        bottom = lo
        floor = m.end()
        chained, counted_end = counted_end, m.end() if m["count"] is not None else -1
        # a bare 等工程 says what kind of work the items are (实施园区办公楼、大红泉水库、公租房等工程, tests/data/real/mixed9
        # gansu_yumen_kaifaqu_undated): its items are projects only when they end like projects, as before a bare 等
        named = m["bare"] is not None or m["named_count"] is not None or m["ellipsis"] is not None \
            or (m.group() == "等工程" and not body.startswith("项目", m.end()))  # not 等工程项目 (mixed12 jiangxi)
        # 等一批…项目 needs a verb before…
        counted = m["count"] is not None or m["count_only"] is not None or m["copula"] is not None
        after = m.end() + 2 if body.startswith("项目", m.end()) else m.end()  # 等工程项目将在今年建成
        counted = counted or _EVENT_AFTER_RE.match(body, after) is not None  # …or an event after (等项目陆续开工)
        # …or a count after (江苏微康生物科技创业园、香港华莉园休闲食品等项目4个, tests/data/real/mixed16 jiangsu_lhyc)
        counted = counted or _COUNT_AFTER_RE.match(body, m.end()) is not None
        ranked = _RANKED_TAIL_RE.fullmatch(m.group()) is not None and body[m.end() : m.end() + 1] in "。；;"
        sep = body.rfind("、", lo, end)
        if sep < 0 or any(c in _ETC_ITEM_STOPS for c in body[sep:end]):
            if m["count"] is not None and (one := _one_item(body, lo, end, _EVENT_AFTER_RE.match(body, m.end()),
                                                            chained)) is not None:
                yield one, body[one:end], True, False
            continue  # one item: no list to read
        lo = max(lo, max(body.rfind(c, lo, sep) for c in _ETC_ITEM_STOPS if c != "\n") + 1, _wrap_floor(body, lo, sep))
        found = list_before(body, end, floor=lo, item_chars=_ETC_ITEM_CHARS, first_start=_whole)
        if found is None or len(found.items) < 2 or any(not _ETC_ITEM_MIN <= len(i.text) <= _ETC_ITEM_MAX
                                                         for i in found.items):
            continue
        if m["count"] is not None and _INVESTOR_KIND_RE.search(m.group()) \
                and all(len(i.text) <= PROJECT_INVESTOR_NAME_MAX for i in found.items[1:]):
            continue  # 聚集了中远、中集、中外运等23个央企项目: the investors, not their projects (the first holds the verb)
        if m["kind"] is not None and not _BATCH_KIND_RE.fullmatch(m["kind"]) \
                and not _named_kinds_list(body, lo, end, [i.text for i in found.items]):
            continue  # 市政道路、供水、污水垃圾处理等城镇基础设施项目289个: kinds of works, not projects
        start = found.items[0].start
        # the first item too: 中国能建与内蒙古自治区签署A、B、C三个新能源项目投资协议 (chu21.com; tests/data/constructions/
        # projects.tsv)
        for item in reversed(found.items):
            if (opening := _last_opening_verb(body, item.start, item.end)) is not None:
                start = opening  # …主任陈豪在长水机场主会场宣布A、B等15个项目: the list starts after the verb
                break
        if (example := _examples_head(body, start)) is not None:
            start, counted, named = example, True, False  # 产业项目501个,…,如A、B、C等: examples of the projects counted
        elif named and not _NAMED_PAIR_RE.search(body, lo, end):
            continue  # a bare 等 (or an ellipsis) after items that do not end like projects
        elif named:
            start = _after_left_stops(body, start, found.items[0].end)  # 重点推进A项目、B项目……: no verb in A's name
        if not counted and _COUNTED_CLAUSE_BEFORE_RE.search(body, max(bottom, start - _EXAMPLE_REACH), start):
            counted = True  # 该区实施94个5000万元以上项目,A、B、C等引领性重大项目…: examples of the projects counted
        if _INVESTED_ITEM_RE.match(body, start):
            counted = True  # 总投资15亿元的A、总投资14.2亿元的B、C等项目: items with their investment are projects
        if counted and (scope := _COUNT_SCOPE_RE.match(body, start)):
            start = scope.end()  # 全区A、B等14个项目: the place the count counts in
        if ranked and not counted:
            counted = True  # 将推进A、B…等续建项目。: what the verb works on, the items being projects all the same
            for stop in _LEFT_STOP_AT.finditer(body, start, min(found.items[0].end, start + 6)):
                start = max(start, stop.end())
        if body[start - 1 : start] in ("，", ","):
            start = _head_before(body, bottom, start - 1)
        yield start, body[start:end], counted, named


#: The longest item of a list of kinds of works (水利、交通、…、新型基础设施等重点工程).
_KIND_MAX = 6


#: A clause that counts projects, right before the list after its comma: 2022年,该区实施94个5000万元以上项目,奥迪PPE(奥迪
#: 高端电动平台)、比亚迪动力电池、一汽中车合资电驱系统等引领性重大项目当年拿地 (tests/data/real/mixed25
#: jilin_changchun_qikaiqu_xiangmu_2023): the items are some of those projects.
_COUNTED_CLAUSE_BEFORE_RE = re.compile(rf"{_COUNT}[^。；;，,、]{{0,16}}?(?:项目|工程)[，,]$")


#: A kind before 项目N个 that ranks the projects, no kind of works: 下半年还将开工建设巴彦淖尔路两侧道路绿化硬化、碧桂园星耀、
#: 碧桂园星钻等重大项目3个 (tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021): the items are the projects.
#: An investor kind in a count's tail (see PROJECT_INVESTOR_KINDS).
_INVESTOR_KIND_RE = re.compile(alternation(PROJECT_INVESTOR_KINDS))


_BATCH_KIND_RE = re.compile(rf"(?:{alternation(PROJECT_RANK_WORDS)})")


_OPENING_VERB_RE = re.compile(rf"(?:{alternation(PROJECT_OPENING_VERBS)})了?")  # 现场签约了A、B…等11个项目


def _last_opening_verb(body: str, start: int, end: int) -> int | None:
    """Where the name after the last of PROJECT_OPENING_VERBS in ``body[start:end]`` starts (four characters at least
    after it), or None."""
    last = None
    for m in _OPENING_VERB_RE.finditer(body, start, end - 4):
        last = m.end()
    return last


def _after_left_stops(body: str, start: int, end: int) -> int:
    """Where a name starts after the words no name starts with (重点, 推进) that open ``body[start:end]``, read one after
    another from ``start``, at most 6 characters in."""
    limit = min(end, start + 6)
    while (stop := _LEFT_STOP_AT.match(body, start, limit)) is not None and stop.end() < end:
        start = stop.end()
    return start


def _named_kinds_list(body: str, lo: int, end: int, items: list[str]) -> bool:
    """Whether a list closed by the kind and count of its projects (…等城建项目45个) names works, not kinds of works: two
    items in a row end like projects (as a bare 等 needs), or one item is named as a works is or opens with a place."""
    if _NAMED_PAIR_RE.search(body, lo, end):
        return True
    gazetteer = get_gazetteer()
    return any(_NAMED_WORKS_RE.search(item) or gazetteer.longest_opening(item[:8], _PLACE_LEVELS) is not None
               for item in items)


_EXAMPLE_HEAD_RE = re.compile(rf"(?:{alternation(EXAMPLE_HEADS)})(?![{NOT_EXAMPLE_AFTER}])")
_EXAMPLE_REACH = 120
#: The levels of a place whose name may start with a head's character (如东县, 如皋市).
_PLACE_LEVELS = ("province", "city", "district")


def _examples_head(body: str, start: int) -> int | None:
    """Where the first item starts when the list at ``start`` opens with a head of examples after a comma (,如A、B等) and
    its sentence has counted projects before it; else None."""
    m = _EXAMPLE_HEAD_RE.match(body, start)
    if m is None or body[start - 1 : start] not in ("，", ",", "：", ":"):
        return None
    if get_gazetteer().longest_opening(body[start : start + 8], _PLACE_LEVELS) is not None:
        return None  # 如东县海上风电项目、…: a place's name starts at 如, no head
    sentence = body.rfind("。", max(0, start - _EXAMPLE_REACH), start) + 1
    return m.end() if _COUNT_AFTER_RE.search(body, sentence, start) and re.search(
        r"(?:项目|工程)", body[sentence:start]) else None


#: A head before the clause a list read leftwards stopped at: 其中包括,三亚绕城高速公路、海榆西线、西线高速公路改造,
#: 电网建设工程、…等重点项目竣工 (tests/data/real/mixed12 hainan_zhongdianxiangmu_2011) is one list from 包括 on.
_CLAUSE_HEAD_RE = re.compile(rf"(?:其中)?(?:{alternation(CLAUSE_HEADS)})[，,：:]?")
_CLAUSE_HEAD_STOPS = "。；;：:\n“”"
_COUNT_SCOPE_RE = re.compile(alternation(COUNT_SCOPES))
#: An item opening with its investment: 总投资15亿元的东安航空产品生产能力升级改造 (mixed11 haerbin_zhongdianxiangmu_2022).
_INVESTED_ITEM_RE = re.compile(rf"{INVESTMENT}的")


def _head_before(body: str, bottom: int, comma: int) -> int:
    """Where a list that a head opens starts, when reading leftwards stopped at the comma at ``comma``: at the
    head (包括, 分别为) of the clauses before it when only items and separators stand between; else after the comma."""
    lo = max(bottom, max(body.rfind(c, bottom, comma) for c in _CLAUSE_HEAD_STOPS) + 1)
    head = None
    for h in _CLAUSE_HEAD_RE.finditer(body, lo, comma):
        head = h
    if head is None:
        return comma + 1
    return head.start()


#: An event after a count of projects: …等12个项目开工建设.
#: …等工程项目将在今年建成 (mixed12 jiangxi_zhongdianxiangmu_2018): when the event is to come.
#: …等民生項目即將開工建設 (tests/data/real/mixed27 xizang_zhongdianxiangmu_2015), …等项目,也将在年底前开工 (xm.fjsen.com
#: 2016-12/23), …等一批百億級項目落地開工 (mixed27 jiangsu_nantong_zhongdaxiangmu_kaigong_2021): what is to come, and where the
#: projects land, before the event.
_EVENT_AFTER_RE = re.compile(
    r"(?:[，,]?(?:也|都|均))?(?:即将|将|预计|计划|力争)?(?:在|于)?(?:今年|年内|年底|明年)?前?"
    # one adverb or two (…等6个5000万元以下项目同步分头开工; wap.lxxnews.com, tests/data/constructions/projects.tsv)
    rf"(?:正式|顺利|全面|集中|同时|同步|分头|陆续|落地){{0,2}}"
    rf"(?:{alternation(PROJECT_EVENT_WORDS + PROJECT_BATCH_EVENTS + ('建成',))})"
    rf"|(?:{alternation(PROJECT_STATE_WORDS)})")


def _one_item(body: str, lo: int, end: int, event: object, chained: int = -1) -> int | None:
    """Where the one item before 等N个…项目 starts, when it opens a clause and the batch it stands for
    starts or ends (竣工A等11个项目; A等12个项目开工建设), or the clause is the next of a list of clauses each closed by a
    count (``chained``: where the clause before ended its count, a clause separator between; 包括A等6个文化旅游项目;
    B等6个工业产业项目;C等2个…, tests/data/real/mixed21 shaanxi_baoji_fengxian_kaigong_2022): None when the clause holds
    anything before it but a verb, or the item is no name (决定对十陵景区项目等9个重大项目予以重点推进 names a batch
    to push)."""
    if body.rfind("《", lo, end) > body.rfind("》", lo, end):
        return None  # inside a title: 《关于2009年重点推进金融后援支持中心等43个重大项目的通知》
    start = max(lo, max(body.rfind(c, lo, end) for c in _ONE_ITEM_STOPS) + 1)
    while start < end and body[start] in " \t\u3000":
        start += 1
    if verb := _LIST_VERB_RE.match(body, start, end):
        start = verb.end()
    elif (after_verb := _last_verb(body, start, end)) is not None:
        start = after_verb  # 第十八届中国西部国际博览会签约A等8个项目: what was signed, after the event that signed it
    elif not event and not (chained >= 0 and body[chained:start] in CLAUSE_SEPARATORS):
        return None
    if body.startswith(_TIME_OPENERS, start):
        start += next(len(w) for w in _TIME_OPENERS if body.startswith(w, start))  # 目前A等8个项目已开工建设
    for stop in _LEFT_STOP_AT.finditer(body, start, min(end, start + 4)):
        start = max(start, stop.end())  # 决定对十陵景区项目等9个重大项目 (tests/data/real/projects2 sichuan_chengdu)
    name = body[start:end]
    if not 4 <= len(name) <= 40 or _EVENT_NOT_NAME_RE.search(name) or _CATEGORY_RE.search(name) \
            or _LIST_INTRO_RE.match(name) or not re.fullmatch(_ETC_ITEM_CHARS + "+", name):
        return None
    return start


#: A verb that opens the list inside its clause, after words that are not the list's (an event's name): 2021中外知名企业四川行
#: 活动签约陕西隆庆精密制造生产基地等14个项目 (tests/data/real/mixed24 sichuan_luzhou_longmatan_qianyue_2021).
_INNER_VERB_RE = re.compile(rf"(?:{alternation(PROJECT_LIST_VERBS)})了?的?")


def _last_verb(body: str, start: int, end: int) -> int | None:
    """Where the item after the last list verb in ``body[start:end]`` starts, or None."""
    last = None
    for m in _INNER_VERB_RE.finditer(body, start, end):
        last = m.end()
    return last if last is not None and last < end else None


def _covered(spans: list[tuple[int, str]], start: int) -> bool:
    """Whether ``start`` lies inside a list already found."""
    return any(a <= start < a + len(items) for a, items in spans)


#: A list after 项目为 that a count of as many items closes: 这次秋季集中开工项目为A、B、…、G,共计7个,总投资27.78亿元
#: (tests/data/real/mixed21 hebei_shijiazhuang_zhengding_kaigong_2019); found from 项目为, the count checked.
_COUNT_CLOSED_RE = re.compile(
    rf"(?:项目|工程)(?:为|是)[：:]?(?P<items>[^。；;：:\n]{{4,600}}?)[，,]共(?:计|有)?(?P<n>{NUMBER})[个项]")
_COUNT_CLOSED_START_RE = re.compile(r"[项工](?=[目程][为是])")


def _counted_lists(body: str) -> Iterator[tuple[int, str]]:
    """Lists a count of projects heads (5个项目为：A、B; 续建项目(2个)：A、B) or closes (项目为A、B,共计2个), or a heading
    counting the projects of the next line."""
    for m in _COUNT_HEADED_RE.finditer(body):
        yield m.start("items"), m["items"]
    for m in finditer_from(_COUNT_CLOSED_START_RE, _COUNT_CLOSED_RE, body):
        if _count_of(m["n"]) == len(_separators(m["items"])) + 1 > 1:
            yield m.start("items"), m["items"]
    for m in _COUNTED_HEADING_RE.finditer(body):
        if len(_separators(m["items"])) + 1 == _count_of(m["n"]):
            yield m.start("items"), m["items"]


def _count_of(n: str) -> int | None:
    """The number a count writes (7, 十二, 两), or None."""
    try:
        return cn_number(n.replace("两", "二"))
    except (KeyError, ValueError):
        return None


_SEP_OPEN = "（(" + "".join(a for a, _ in QUOTES)
_SEP_CLOSE = "）)" + "".join(b for _, b in QUOTES)


def _separators(items: str) -> list[tuple[int, int]]:
    """Where 、，, cut ``items``, outside brackets and quotes: 文昌铜鼓岭生态旅游区开发项目(包括鲁能淇水湾五星级酒店、
    悦榕度假村酒店) is one item (parks4 hainan_sheng_zhongdianxiangmu), so is “万、千、百、十”脱贫攻坚项目."""
    out = []
    depth = 0
    for k, c in enumerate(items):
        if c in _SEP_OPEN:
            depth += 1
        elif c in _SEP_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in "、，,":
            out.append((k, k + 1))
    return out


#: A head of a list of projects, each told with its investment (项目13个,分别为:A,总投资28亿元;B,总投资11.24亿元;…
#: tests/data/real/mixed18 guangxi_guilin_zhongdaxiangmu_2014): found from the head word, with 项目/工程 before it in the
#: clause.
_CLAUSE_LIST_HEAD_RE = re.compile(r"(?:分别为|分别是|依次为|主要有|主要包括|包括|如下)[：:]?")
_CLAUSE_LIST_HEAD_REACH = 30
_CLAUSE_LIST_END_RE = re.compile(r"[。\n]")
_INVESTMENT_DETAIL_RE = re.compile(rf"(?:{INVESTMENT})")
#: What no project's name holds: a count of projects (其余6个均为风电场项目).
_HOLDS_COUNT_RE = re.compile(rf"{_COUNT}")


def _clause_lists(doc: Document) -> Iterator[Project]:
    """Projects of a list of clauses after a head, each a name and its investment after a comma (A,总投资28亿元;B,…;):
    two such clauses or more; a clause that counts projects (其余6个均为风电场项目,总投资…) is none.
    A head inside the clauses a head before it read is one of theirs: read once, each stretch is split once (a run-on
    text of heads and clauses with no 。 was split again from each head, quadratic)."""
    body = doc.body
    read_to = 0
    for head in _CLAUSE_LIST_HEAD_RE.finditer(body):
        if head.start() < read_to:
            continue
        before = body[max(0, head.start() - _CLAUSE_LIST_HEAD_REACH) : head.start()]
        if not re.search(r"(?:项目|工程)[^。；;：:]*$", before):
            continue
        stop = _CLAUSE_LIST_END_RE.search(body, head.end())
        end = stop.start() if stop else len(body)
        if body.find("；", head.end(), end) < 0 and body.find(";", head.end(), end) < 0:
            continue
        read_to = end
        found = []
        for name, detail in split_clauses(body, head.end(), end):
            if detail is None or not _INVESTMENT_DETAIL_RE.match(detail.text):
                continue
            if 4 <= len(name.text) <= _LISTED_NAME_MAX and not _HOLDS_COUNT_RE.search(name.text) \
                    and not _CATEGORY_RE.search(name.text) and not _GENERIC_START_RE.match(name.text) \
                    and _balanced(name.text):
                found.append(_project_record(doc, name.text, (name.start, name.end)))
        if len(found) >= 2:
            yield from found


#: A run of progress clauses after 其中, apart by ；, each opening with the projects it reports on: 其中:A项目已正常进行…;B项目
#: 于2017年12月份投产…; (tests/data/real/mixed28 jilin_changchun_shangwu_genzongxiangmu_2018), 其中:A和B2个项目已建成投运;C、
#: D项目正在进行…;E项目主体已封顶 (mixed28 ningxia_zhongwei_zhongdianxiangmu_tongbao_2023), 其中:回头客休闲食品加工项目安装完成2条
#: 生产线;达利短保食品生产项目正在进行设备安装;… (mswk.cn ArticleID=156831). Found from the head, read to the sentence's end.
_PROGRESS_HEAD_RE = re.compile(rf"(?:{alternation(PROJECT_PROGRESS_HEADS)})[：:]")
_PROGRESS_END_RE = re.compile(r"[。\n]")
#: The clause's subject: up to its first 项目/工程 (a phase bracket kept), its projects apart by 、 or 和 before a count.
_PROGRESS_SUBJECT_RE = re.compile(rf"[^，,。；;：:]{{2,80}}?{_PROJECT_END}")
_PROGRESS_WORD_RE = re.compile(alternation(PROJECT_PROGRESS_WORDS))
#: A count of the subject's projects, closing it: A和B2个项目 → A, B.
_SUBJECT_COUNT_RE = re.compile(rf"(?:[2-9]|[两二三四五六七八九十])[个项](?:{_PROJECT_END})$")
_PROGRESS_CLAUSES_MIN = 2


def _progress_clauses(doc: Document) -> Iterator[Project]:
    """Projects that open the clauses of a progress report after 其中: (A项目已…;B、C项目正在…;D和E2个项目已建成投运): two
    such clauses or more, each with a word of progress after its subject (PROJECT_PROGRESS_WORDS); a subject that is a
    kind (工业项目3个), a count or a list closed by 等 is none."""
    body = doc.body
    for head in _PROGRESS_HEAD_RE.finditer(body):
        stop = _PROGRESS_END_RE.search(body, head.end())
        end = stop.start() if stop else len(body)
        if body.find("；", head.end(), end) < 0 and body.find(";", head.end(), end) < 0:
            continue
        found: list[Project] = []
        clauses = 0
        for first, detail in split_clauses(body, head.end(), end):
            subject = _PROGRESS_SUBJECT_RE.match(body, first.start, first.end)
            if subject is None or "等" in subject.group() or _COUNT_AFTER_RE.match(body, subject.end()):
                continue
            # the words after the subject up to the clause's first comma, or the first words after it
            rest = body[subject.end() : first.end] or (detail.text[:12] if detail else "")
            if not _PROGRESS_WORD_RE.search(rest):
                continue
            names = list(_subject_names(body, subject.start(), subject.end()))
            if names:
                clauses += 1
                found.extend(_project_record(doc, body[a:b], (a, b)) for a, b in names)
        if clauses >= _PROGRESS_CLAUSES_MIN:
            yield from found


def _subject_names(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the projects a progress clause's subject names: apart by 、, or by 和 before a count of them."""
    text = body[start:end]
    counted = _SUBJECT_COUNT_RE.search(text)
    if counted:
        text = text[: counted.start()]
        pieces = re.split(r"(、|和|及)", text)
    else:
        pieces = re.split(r"(、)", text)
    pos = start
    spans = []
    for piece in pieces:
        if piece in ("、", "和", "及"):
            pos += len(piece)
            continue
        a, b = pos, pos + len(piece)
        pos = b
        name = piece.strip()
        if not 4 <= len(name) <= _LISTED_NAME_MAX or _CATEGORY_RE.search(name) or _COUNTED_RE.match(name) \
                or _GENERIC_START_RE.match(name) or _RANKED_KIND_RE.fullmatch(name) or name.endswith(("类项目", "类工程")) \
                or not _balanced(name) or name.startswith(_TIME_OPENERS):
            return
        spans.append((a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip())))
    if counted and len(spans) < 2:
        return
    yield from spans


#: A list of projects apart by commas only, closed by 等…项目 and what the projects do: 邯郸新兴装备材料及物流基地,国网公司张北
#: 风光储输示范一期,中国兵器装备集团公司长安汽车河北基地等“央企入冀”项目相继建成投产 (tests/data/real/projects2
#: hebei_sheng_yangqiruji_2014): found from its tail, read leftwards to its sentence's start, each clause an item.
_COMMA_TAIL_RE = re.compile(r"等(?:“[^“”]{1,10}”)?(?:重点|重大)?(?:项目|工程)")
_COMMA_LIST_REACH = 400
_COMMA_LIST_MIN = 3
_COMMA_ITEM_MAX = 40
#: What a clause of a plan holds, never a project's name: 推进, 加快 … (a sentence of tasks, not a list).
_CLAUSE_VERB_RE = re.compile(r"推进|加快|实施|坚持|全力|积极|着力|确保|力争|要|将|已|的")


def _comma_lists(doc: Document) -> Iterator[Project]:
    """Projects of a list whose items stand apart by commas only (A,B,C等“X”项目相继建成投产): three items or more,
    none a clause of a plan, the projects' event after the tail."""
    body = doc.body
    for m in _COMMA_TAIL_RE.finditer(body):
        if _EVENT_AFTER_RE.match(body, m.end()) is None and not re.match(r"(?:相继|已经|已|均已)", body[m.end():m.end() + 2]):
            continue
        lo = max(0, m.start() - _COMMA_LIST_REACH)
        start = max(body.rfind(c, lo, m.start()) for c in "。！？!?\n") + 1
        if start <= lo and lo > 0 or any(c in "：:；;" for c in body[start : m.start()]):
            continue
        pieces = [(a, b) for a, b in _comma_pieces(body, start, m.start())]
        while pieces and (body.startswith(_TIME_OPENERS, pieces[0][0]) or _SENTENCE_OPENERS_RE.fullmatch(
                body, *pieces[0]) or body[pieces[0][0] : pieces[0][1]] in ("同时", "此外")):
            pieces.pop(0)  # 今年以来, / 同时,: what opens the sentence
        if len(pieces) < _COMMA_LIST_MIN or any(not 4 <= b - a <= _COMMA_ITEM_MAX or "、" not in body[a:b]
                                                and _CLAUSE_VERB_RE.search(body, a, b) for a, b in pieces):
            continue
        if "、" in body[pieces[-1][0] : pieces[-1][1]]:
            continue  # the last item holds a list of its own: a 、-list, read elsewhere
        for a, b in pieces:
            yield _project_record(doc, body[a:b], (a, b))


def _comma_pieces(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of ``body[start:end]`` apart by commas outside brackets and quotes, spaces trimmed."""
    depth = 0
    a = start
    for i in range(start, end + 1):
        c = body[i] if i < end else "，"
        if c in _SEP_OPEN:
            depth += 1
        elif c in _SEP_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in "，,":
            x, y = a, i
            while x < y and body[x] in SPACES:
                x += 1
            while y > x and body[y - 1] in SPACES:
                y -= 1
            yield x, y
            a = i + 1


#: A list head that names what a project builds, its parts: …东沙河综合治理工程将在今年开工,建设内容包括疏挖拓宽河道6.7公里,
#: 新建、改造滨水绿道25公里,… / …今年开工,建设内容主要包括绿化工程、庭院工程、电气工程等 (tests/data/real/mixed30
#: beijing_changping_zhongdaxiangmu_2022); …林泽杜鹃特色园项目…建设内容主要包括多功能厅、实验剧场、音乐厅三栋建筑物及
#: 景观桥等配套工程 (http://interior-note.com/show/32979.html).
_CONTENT_HEAD_RE = re.compile(r"(?:建设|工程|项目)?内容")
#: How far before 包括 the words that say it lists a project's contents may stand (建设内容主要包括).
_CONTENT_HEAD_REACH = 4


def _listed(doc: Document) -> Iterator[Project]:
    spans = list(_counted_lists(doc.body))
    subjects: set[int] | None = None  # ends of clause subjects, read when a list after 项目 needs them
    for m in finditer_from(_LIST_START_RE, _LIST_RE, doc.body):
        items = m["items"] or m["seen"]
        # 包括A、B等55个交通网项目,C、D等26个能源网项目,以及…: lists closed by their counts, read below
        # …,包括A、B等一批重大项目拉开建设大幕 (tests/data/real/mixed16 fujian_quanzhou_jizhongkaigong_2022): 等一批 closes it too
        if m["items"] is not None and any(t["count"] or t["batch"] for t in finditer_from(_ETC_TAIL_START_RE, _ETC_TAIL_RE, items)):
            continue
        if m["items"] is not None and _SUBJECT_PREDICATE_RE.match(doc.body, m.start()):  # 项目主要包括…
            if subjects is None:
                subjects = {b for _, b in _subjects_of_clauses(doc.body)}
            if m.start() + 2 in subjects:  # the match opens with 项目/工程
                continue  # X项目主要包括办公楼群、职工安全培训中心…: the parts of one project (parks3 gansu_qingyang)
        if counts_kinds(items):
            continue  # 包括资源型数字经济、…等4类,共37个: kinds of project, none of them one
        if m["items"] is not None and _CONTENT_HEAD_RE.search(doc.body, m.start(), m.start("items")):
            continue  # 建设内容(主要)包括…: the works of the project named before, none a project of its own
        if m["items"] is not None and items.endswith(_NOT_ITEMS_TAILS):
            continue  # 项目有100个,…涵盖了电网建设、先进制造业…等领域: fields, not projects
        pieces = items.split("等")[0].split("、")
        if m["items"] is not None and len(pieces) >= 2 and all(len(p) <= _KIND_MAX for p in pieces) \
                and not _COUNT_AFTER_RE.search(m.group(), m.end("items") - m.start()) \
                and not _named_kinds_list(doc.body, m.start("items"), m.end("items"), pieces):
            continue  # 主要包括水利、交通、电力、物流、新型基础设施等重点工程: kinds of works, no count of projects
        if m["both"] is not None and not _NAMED_PAIR_RE.search(items):
            continue  # 既有房地产、…等…项目,又有…: kinds of projects, unless the items end like projects (mixed13 jilin)
        if m["has"] is not None and "等" not in m.string[m.end("items") : m.end()] and not _NAMED_ITEM_RE.search(items):
            continue  # 产品有市场、项目有前景、技术有竞争力的中小微企业 (tests/data/real/tasks2 jiangsu_huaian_wenzengzhang_xize_2022)
        start = m.start("items" if m["items"] is not None else "seen")
        if not _covered(spans, start):
            spans.append((start, items))
    for start, items, counted, bare in _lists_before_etc(doc.body):
        intro = _LIST_INTRO_RE.match(items) or _LIST_VERB_RE.match(items)
        named = sum(_PROJECT_ITEM_END_RE.search(p) is not None for p in items.split("、")) >= 2
        if intro is None and not counted and (work := _WORK_VERB_RE.match(items)) \
                and doc.body.startswith(_WORK_TAIL, start + len(items)) \
                and len(pieces := items[work.end():].split("、")) >= _WORK_ITEMS_MIN \
                and _named_kinds_list(doc.body, start, start + len(items), pieces):
            intro = work  # 重点抓好A、B、C等项目建设: the projects a plan works on, by name
        if intro is not None and _CONTENT_HEAD_RE.search(items, 0, intro.end()):
            continue  # 建设内容主要包括绿化工程、庭院工程、电气工程等: a project's parts
        if (intro is None and not counted) and not (bare and named) or (bare and not named):
            continue  # 推进A、B等重大项目建设: what a plan's task works on, not a list of its projects
        start += intro.end() if intro else 0
        pieces = items[intro.end() if intro else 0 :].split("、")
        if not counted and len(pieces) >= 2 and all(len(p) <= _KIND_MAX for p in pieces) \
                and not _named_kinds_list(doc.body, start, start + len(items), pieces):
            continue  # 主要包括水利、交通、电力、物流、新型基础设施等重点工程: kinds of works
        if not _covered(spans, start):
            spans.append((start, items[intro.end() if intro else 0 :]))
    for m in _sentence_lists(doc.body):
        items = m.groupdict().get("items")
        start = m.start("items") if items is not None else m.start("rep")
        if items is not None:
            before = doc.body.rfind("。", max(0, m.start() - 300), m.start() - 1) + 1
            if "项目" not in doc.body[before : m.start()]:
                continue  # 包括 opening a sentence lists what the sentence before named: projects, or else no list here
        elif m["rep_tail"] is None and not all(_PROJECT_ITEM_END_RE.search(p) for p in re.split(r"[、，,]", m["rep"])) \
                and not _COUNTED_REP_RE.match(doc.body, m.end()):
            continue  # 以A项目、B项目为代表 names projects; 以电子信息为代表 does not
        if not _covered(spans, start):
            spans.append((start, items if items is not None else m["rep"]))
    for m in _PLACED_LIST_RE.finditer(doc.body):
        items = m["items"]
        pieces = [p for p in re.split(r"[、，,]|以及|及", items) if p]
        gazetteer = get_gazetteer()
        if sum(gazetteer.longest_opening(p[:8], _PLACE_LEVELS) is not None for p in pieces) >= 2 \
                and not _covered(spans, m.start("items")):
            spans.append((m.start("items"), items))  # 涉及A,以及B、C…等六县区: a project of each place
    for m in _INTRO_LIST_RE.finditer(doc.body):
        start = m.start("items")
        if _covered(spans, start) or doc.body[m.start() - 1 : m.start()] in ("（", "("):
            continue  # (包括A、B): the parts of the item before it
        if _CONTENT_HEAD_RE.search(doc.body, max(0, m.start() - _CONTENT_HEAD_REACH), m.start()):
            continue  # 建设内容主要包括A工程、B工程: the parts of the project named before
        pieces = m["items"].split("、")
        if any(counts_kinds_at(pieces[-1], e.end()) for e in _PROJECT_END_RE.finditer(pieces[-1])):
            continue  # 主要包括A工程、B工程、C工程和D工程4大类: kinds of works
        if ending := _PROJECT_END_RE.search(pieces[-1]):
            pieces[-1] = pieces[-1][: ending.end()]
        if sum(_PROJECT_ITEM_END_RE.search(p) is not None or _INVESTMENT_TAIL_RE.search(p) is not None
               for p in pieces) >= 2:
            spans.append((start, "、".join(pieces)))
    for offset, items in spans:
        if (inclusive := items.find(INCLUSIVE_TAIL)) > 0:
            items = items[:inclusive]  # 包括A、B、C在内的9个生产性项目: the list ends where its whole is counted
        pos = 0
        if verb := _SITE_VERB_RE.match(items) or _LIST_VERB_RE.match(items):
            pos = verb.end()
        seps = _separators(items)
        last = seps[-1][1] if seps else 0
        last_ands = [m.span() for m in _LAST_AND_RE.finditer(items, last)]
        if last_ands and _and_inside_last(items, seps, *last_ands[0]):
            last_ands = []  # A项目、海升集团甘肃农业总部和研发中心项目: one name, as its list's items end
        seps = sorted([*seps, *(m.span() for m in _INNER_AND_RE.finditer(items, 0, last)), *last_ands])
        shared_from = None  # where a bare place that shares the next item's words starts
        shared_end = any(w in items[last:] for w in PROJECT_SHARED_ENDINGS)  # A、B、C输变电工程: one project
        for sep in [*seps, None]:
            end = sep[0] if sep else len(items)
            if items.find("投资", pos, end) >= 0 and (invest := _INVESTMENT_TAIL_RE.search(items, pos, end)):
                end = invest.start()
                if _INVESTMENT_CLAUSE_RE.search(items[pos:end].strip()):
                    pos = sep[1] if sep else end
                    continue
            lead = len(items[pos:end]) - len(items[pos:end].lstrip())
            if pos and (head := _ITEM_HEAD_RE.match(items, pos + lead, end)):
                lead = head.end() - pos  # a list that opens inside the clause: 其中,13个…项目…,分别为乐山机场、…
            lead = item_start(items, pos + lead, end) - pos  # 总投资10亿元的X项目, 具有代表性的有X: not the name
            name = items[pos + lead:end].strip()
            if (code := _STOCK_CODE_RE.search(name)) is not None:
                name = name[: code.start()]  # 东湖高新区光谷生态走廊项目(600133): a listed company's code, no part of it
            if (inner := _INNER_TAIL_RE.search(name)) is not None and inner.start() >= 2:
                name = name[: inner.start()]  # 包括A、B等基础设施项目,C等产业项目: B's list's tail is no part of B
            if parts := _parts_bracket(name):
                name = name[: parts.start()]  # 文昌清澜大桥(清澜大桥主体工程、…连接线): the project's parts, no part of its name
            if cut := _zone_prefix(name):
                # 格尔木工业园宏储源…光伏储能: the zone is its place (忠县工业园区二期基础设施建设项目: the zone's own works)
                lead += cut
                name = name[cut:]
            if _BARE_PLACE_RE.fullmatch(name) and (sep is None or not _like_place_next(items, sep[1], name[-1])):
                shared_from = None  # 高新区、城东污水处理厂项目: a place alone, no like place after it, is no project
            elif sep is not None and (_BARE_PLACE_RE.fullmatch(name) or shared_end and not _PROJECT_END_RE.search(name)
                                      and len(name) <= _SHARED_ITEM_MAX or _short_places(name, items[sep[1]:])):
                shared_from = pos + lead if shared_from is None else shared_from  # 吉安市、乐平市生活垃圾焚烧发电项目
            elif 2 <= len(name) <= _LISTED_NAME_MAX and not _COUNTED_RE.match(name) and not _CATEGORY_RE.search(name) \
                    and _balanced(name) and not _NOT_LISTED_NAME_RE.search(name):
                a = pos + lead if shared_from is None else shared_from
                yield _project_record(doc, items[a : pos + lead + len(name)],
                                      (offset + a, offset + pos + lead + len(name)))
                shared_from = None
            else:
                shared_from = None
                if pos and _COUNT_CLOSE_RE.match(name):
                    break  # A、…、G,7个项目总投资4.4亿元,其中2020年度计划投资3亿元: the list's count closes it
            pos = sep[1] if sep else end


#: A stock code in brackets after a name (光谷生态走廊项目(600133), 3mtj.com; tests/data/constructions/projects.tsv).
_STOCK_CODE_RE = re.compile(r"[（(]\d{6}[）)]$")
#: The tail of a list inside a longer one, left on its last item: 包括沿江高铁天门段、西河治理等基础设施项目,拓优特电气等产业
#: 项目 (zshjjh.com; tests/data/constructions/projects.tsv).
#: Only a tail that ranks or sorts the projects (PROJECT_BATCH_WORDS): 吉利新能源…三电系统等零部件项目 is one name (mixed12 jiangxi).
_INNER_TAIL_RE = re.compile(rf"等(?:{alternation(PROJECT_BATCH_WORDS)}){{1,3}}(?:项目|工程)$")


def _and_inside_last(items: str, seps: list[tuple[int, int]], at: int, after: int) -> bool:
    """Whether the 和 at ``items[at:after]`` in the last item of ``items`` (cut at ``seps``) is inside one name: every
    item before it ends like a project, the words before 和 do not, so they are no item of that list, and no place opens
    the words after it (兰州恒大新能源动力电池项目、海升集团甘肃农业总部和研发中心项目等18个…重大项目, tests/data/real/mixed25
    gansu_sheng_lanqiahui_qianyue_2020; not 拉萨南北山绿化工程、西藏天文馆和林芝市物资应急储备分中心等项目, mixed22)."""
    if not seps or get_gazetteer().longest_opening(items[after : after + 8], _PLACE_LEVELS) is not None:
        return False
    bounds = [0, *(b for _, b in seps)]
    ends = [a for a, _ in seps]
    before = [items[a:b].strip() for a, b in zip(bounds[:-1], ends, strict=True)]
    return all(_PROJECT_ITEM_END_RE.search(p) for p in before) \
        and _PROJECT_ITEM_END_RE.search(items[bounds[-1]:at].strip()) is None


#: What no listed name is: the project spoken of again (项目于2020年4月15日开工建设), or a kind of parts closed by its own 等
#: (销售展示信息服务与配件供应中心等功能区; tests/data/real/mixed4 liaoning_shenyang_liaozhong_jizhongkaigong_2020:
#: 园区规划主要包括生产加工区、配套共享区、…等功能区、物流区,项目于…).
#: (A name may hold 等 before what the works do: 全省城市(县城)燃气管道等老化更新改造, realdev2.)
_NOT_LISTED_NAME_RE = re.compile(rf"^项目|等(?:{alternation(PROJECT_PART_KINDS)})$")
#: A count of the list's projects after its last item, what follows no item: …、固始县西环路(蓼北路-双板桥路)建设项目,7个项目
#: 总投资4.4亿元,其中2020年度计划投资3亿元 (tests/data/real/mixed15 henan_xinyang_gushi_jizhongkaigong_2020).
_COUNT_CLOSE_RE = re.compile(rf"(?:共|合计|以上|上述)?{_COUNT}(?:重点|重大)?(?:项目|工程)")


#: A bracket after a listed name that lists the project's parts (with 包括, or two parts or more): 文昌铜鼓岭生态旅游区开发项目
#: (包括鲁能淇水湾五星级酒店、悦榕度假村酒店), 文昌清澜大桥(清澜大桥主体工程、清澜大桥至文清大道连接线) (tests/data/real/parks4
#: hainan_sheng_zhongdianxiangmu_undated); not a bracket naming which part or section (洋浦大桥部分, 泉州段). Parts with no
#: 包括 must each end like a project or a facility (_PARTS_END_RE), and none be a phase or a section: 滨海大道(一期、二期)
#: keeps its bracket.
_PARTS_BRACKET_RE = re.compile(r"(?<=.{4})[（(](?:包括[^（）()]+|(?P<parts>[^（）()、]+(?:、[^（）()、]+)+))[）)]$")
_PARTS_END_RE = re.compile(rf"(?:{_PROJECT_END}|{alternation(PROJECT_FACILITY_ENDS)})$")
_PHASE_ENDS = (*(w for w in PROJECT_ZONE_OWN_WORKS if w.endswith("期")), "段")


def _parts_bracket(name: str) -> re.Match[str] | None:
    """The bracket that ends ``name`` listing the project's parts (see _PARTS_BRACKET_RE), if one does."""
    m = _PARTS_BRACKET_RE.search(name)
    if m is None or m["parts"] is None:
        return m
    parts = m["parts"].split("、")
    return m if all(_PARTS_END_RE.search(p) and not p.endswith(_PHASE_ENDS) for p in parts) else None


def _balanced(name: str) -> bool:
    """Whether ``name`` closes every bracket it opens: an item cut from inside a bracket (…,年度计划投资17.8亿元) of
    tests/data/real/mixed5 shaanxi_hanzhong_jizhongkaigong_undated) is no name."""
    return name.count("(") + name.count("（") == name.count(")") + name.count("）")


#: The longest item that shares the list's ending (110千伏阎航、万寿、…、雁翔输变电工程): a place's short name; a longer
#: item is a project of its own (晋江经济开发区(安东园)标准化提升一期、福建北电南送特高压交流输变电工程(泉州段),
#: tests/data/real/mixed16 fujian_quanzhou_jizhongkaigong_2022).
_SHARED_ITEM_MAX = 8
#: The longest name a list item gives: 泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目
#: (45 characters; tests/data/real/mixed11 dengkou_kaigong_2023).
_LISTED_NAME_MAX = 60
#: An item that is a place alone shares the next item's words: 吉安市、乐平市生活垃圾焚烧发电项目 is one project of two cities
#: (tests/data/real/mixed12 jiangxi_zhongdianxiangmu_2018).
_BARE_PLACE_RE = re.compile(rf"[{CJK}]{{1,5}}[{DIVISION_ENDS}]")


def _short_places(name: str, after: str) -> bool:
    """Whether ``name`` is a city's or a county's short name alone and what follows its 、 opens with another of the same
    level: two places served by one works (昌都、阿里與藏中電網聯網工程, tests/data/real/mixed27 xizang_zhongdianxiangmu_2015)."""
    gazetteer = get_gazetteer()
    this = gazetteer.longest_opening(name, _PLACE_LEVELS)
    if this is None or this[0] != len(name):
        return False
    after = after.lstrip("".join(SPACES))
    nxt = gazetteer.longest_opening(after[:8], _PLACE_LEVELS)
    return nxt is not None and nxt[0] < len(after) and {r.level for r in this[2]} & {r.level for r in nxt[2]} != set()


def _like_place_next(items: str, pos: int, level: str) -> bool:
    """Whether the item at ``pos`` opens with a place of the level ``level`` (乐平市 after 吉安市、): the bare place before
    it is one of the places the item's project serves; not 城东污水处理厂项目 after 高新区、 (two items, the place none)."""
    while pos < len(items) and items[pos] in SPACES:
        pos += 1
    k = items.find(level, pos, pos + 6)
    return k > pos and all(_CJK_CHAR_RE.match(c) for c in items[pos:k])


_CJK_CHAR_RE = re.compile(rf"[{CJK}]")
_NAME_CHARS = r"[^\s，,。；;：:、！!？?“”《》]"
#: A line that is a project and its event: 鑫资再生铅第三条生产线项目开工.
_EVENT_END_RE = re.compile(rf"(?m)(?:{alternation(PROJECT_EVENT_WORDS)})[ \t\u3000]*$")
_EVENT_LINE_RE = re.compile(
    rf"[ \t\u3000]*(?P<name>{_NAME_CHARS}{{4,40}}?)(?:正式|顺利|全面)?(?:{alternation(PROJECT_EVENT_WORDS)})"
    r"[ \t\u3000]*$"
)
_EVENT_NOT_NAME_RE = re.compile(
    rf"{alternation(PROJECT_EVENT_NOT_NAME)}|^(?:{alternation(GENERIC_NAME_STARTS)})|[0-9一二三四五六七八九十]+个"
)
#: 主会场设在X项目 / 主现场设立在X项目.
_VENUE_RE = re.compile(
    rf"(?:(?:{alternation(PROJECT_VENUE_WORDS)})(?:设立|设置|设|选)?(?:在|于)"
    # 在主会场开工的柳工智能国际工业园项目,总投资180亿元 (tests/data/real/mixed8 guangxi_projects_2022)
    rf"|在(?:{alternation(PROJECT_VENUE_WORDS)})(?:{alternation(PROJECT_EVENT_WORDS)})的)"
    rf"(?P<name>{_NAME_CHARS}{{2,40}}?{_PROJECT_END})"
    r"(?=[\s，,。；;]|$)"
)
_SITE = rf"(?:{alternation(PROJECT_SITE_WORDS)})"
#: 集中开工暨X项目开工仪式: a ceremony named for one project, its name after 暨.
_CEREMONY_RE = re.compile(
    rf"暨(?:(?P<name>{_NAME_CHARS}{{4,40}}?{_PROJECT_END})(?:{alternation(PROJECT_CEREMONY_WORDS)})"
    rf"|(?P<works>{_NAME_CHARS}{{4,40}}?)(?:{alternation(PROJECT_WORKS_CEREMONIES)}))")
#: …仪式在X项目现场举行 / 主会场设立在X项目施工现场: an event held at a project's site.
_SITE_RE = re.compile(
    rf"在(?:该市|该县|该区|该州)?(?P<name>{_NAME_CHARS}{{4,40}}?{_PROJECT_END}){_SITE}(?:举行|举办|召开)"
)
#: 分会场分别设立在A项目施工现场、B项目施工现场、C工程施工现场: each venue of a list.
_VENUES_RE = re.compile(
    rf"(?:{alternation(PROJECT_VENUE_WORDS)})(?:分别)?(?:设立|设置|设|选)?(?:在|于)"
    rf"(?P<names>{_NAME_CHARS}{{2,40}}?{_PROJECT_END}{_SITE}(?:、{_NAME_CHARS}{{2,40}}?{_PROJECT_END}{_SITE})*)"
)
_VENUE_ITEM_RE = re.compile(rf"(?P<name>{_NAME_CHARS}{{2,40}}?{_PROJECT_END}){_SITE}")
_PLACE_ZONE_RE = re.compile(rf"^{_NAME_CHARS}{{2,12}}?(?:{alternation(PROJECT_PLACE_ZONES)})(?={_NAME_CHARS}{{4}})")
_CHAINED_ZONE_RE = re.compile(
    rf"^{_NAME_CHARS}{{2,12}}?(?:{alternation(PROJECT_CHAINED_PLACE_ZONES)})(?={_NAME_CHARS}{{4}})")


#: A part of the zone after it, which keeps the zone in the name as the place of the part: (安东园) (tests/data/real/
#: mixed16 fujian_quanzhou_jizhongkaigong_2022), or one of PROJECT_SUB_ZONES.
_BRACKETED_PART_RE = re.compile(r"[(（][^()（）]{1,8}[)）]")
_ENTERPRISE_RE = re.compile(alternation(PROJECT_ENTERPRISE_WORDS))
_SUB_ZONE_RE = re.compile(rf"[(（]|[^\s，,。、(（]{{1,6}}?(?:{alternation(PROJECT_SUB_ZONES)})")


def _zone_prefix(name: str) -> int:
    """How much of ``name`` is the zone it lies in, its place and no part of its name (0 when none): not when the
    works are the zone's own (忠县工业园区二期基础设施建设项目) or a part of the zone follows it (晋江经济开发区(安东园)
    标准化提升一期, tests/data/real/mixed16 fujian_quanzhou_jizhongkaigong_2022; see :data:`_SUB_ZONE_RE`)."""
    cut = 0
    while (zone := (_CHAINED_ZONE_RE if cut else _PLACE_ZONE_RE).match(name[cut:])) is not None \
            and not name.startswith(PROJECT_ZONE_OWN_WORKS, cut + zone.end()):
        after = cut + zone.end()
        if _SUB_ZONE_RE.match(name, after):
            if (part := _BRACKETED_PART_RE.match(name, after)) is not None and _ENTERPRISE_RE.search(name, part.end()):
                return part.end()  # 正定高新区(南区)河北新之春科技发展有限公司…项目: an enterprise's project in the zone's part
            break
        cut = after  # zones run on, each the place of the next (…天津港保税区空港经济区科大讯飞智汇谷项目)
    return cut
#: Projects told one by one after a count: 有两个新开工项目: / 一个是X,… / 另一个是Y,… (realdev2 zhongshan_projects_2022).
_COUNTED_HEAD_RE = re.compile(rf"有{_COUNT}[^。；;\n]{{0,12}}?(?:项目|工程)[：:]")
_ONE_IS_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?:一个|另一个|第[一二三四五六七八九十]个|其一|其二|其三)是(?P<name>{_NAME_CHARS}{{4,60}}?)(?=[，,。；;])"
)


#: A sentence whose subject is a project and whose verb is its start: 重庆站铁路综合交通枢纽工程开工建设,… (tests/data/real/
#: parks4 chongqing_shi_yijidu_kaigong_2025), 而新甘泉路东延项目开工,… (mixed12 jiangsu_yangzhou_jizhongkaigong_undated):
#: found from the event and read leftwards to the sentence's start.
_SUBJECT_EVENT_RE = re.compile(
    rf"(?P<end>{_PROJECT_END})(?P<when>(?:将|将于|将在|计划|预计)?(?:今年|年内|明年))?(?:正式|顺利)?"
    rf"(?:{alternation(PROJECT_START_WORDS)})(?=[，,。；;])")
_SENTENCE_OPENERS_RE = re.compile(r"[ \t\u3000]*(?:而|同时[，,]?|此外[，,]?)?")


#: The items of a list that opens its sentence and is the subject of its start, the last ending like a project: 賀村小學、
#: 清華附小天通苑校區二期改擴建項目將在今年開工 / 溫榆河公園昌平段(二期)建設工程、奧北森林公園建設工程(一期)今年開工 (tests/data/
#: real/mixed30 beijing_changping_zhongdaxiangmu_2022): each a project.
_SUBJECT_ITEMS_MAX = 6
_SUBJECT_ITEM_RE = re.compile(r"[^。！？!?\n，,；;：:、“”《》 \t\u3000]{4,40}")


def _listed_subjects_of_events(body: str) -> Iterator[tuple[int, int]]:
    for m in finditer_from(_PROJECT_END_START_RE, _SUBJECT_EVENT_RE, body):
        end = m.end("end")
        items: list[tuple[int, int]] = []
        while len(items) < _SUBJECT_ITEMS_MAX:
            start = end
            while start > 0 and start > end - 40 and body[start - 1] not in "。！？!?\n，,；;：:、“”《》 \t\u3000":
                start -= 1
            items.insert(0, (start, end))
            if start == 0 or body[start - 1] != "、":
                break
            end = start - 1
        if len(items) < 2 or (start > 0 and body[start - 1] not in "。！？!?\n"):
            continue  # one name (read below), or a list that does not open its sentence
        if all(_SUBJECT_ITEM_RE.fullmatch(body, a, b) and not _EVENT_NOT_NAME_RE.search(body, a, b)
               and not _CATEGORY_RE.search(body, a, b) and not _GENERIC_START_RE.match(body, a, b) for a, b in items):
            yield from items


def _subjects_of_events(body: str) -> Iterator[tuple[int, int]]:
    yield from _listed_subjects_of_events(body)
    for m in finditer_from(_PROJECT_END_START_RE, _SUBJECT_EVENT_RE, body):
        end = m.end("end")
        start = end
        while start > 0 and start > end - 40 and body[start - 1] not in "。！？!?\n，,；;：:、“”《》 \t\u3000":
            start -= 1
        if start == 0 or body[start - 1] not in "。！？!?\n":
            continue  # the project must open its sentence
        if opener := _SENTENCE_OPENERS_RE.match(body, start, end):
            start = opener.end()
        if m["when"] and (of := body.rfind("的", start, end)) >= 0:
            start = of + 1  # 备受关注的东沙河综合治理工程将在今年开工: what is said of it, before 的, is none of its name
        name = body[start:end]
        if len(name) >= 6 and not _EVENT_NOT_NAME_RE.search(name) and not _CATEGORY_RE.search(name) \
                and not _GENERIC_START_RE.match(name) and not _COUNTED_RE.match(name):
            yield start, end


#: A project's name and what the clause it opens says of it (see PROJECT_SUBJECT_PREDICATES).
_SUBJECT_PREDICATE_RE = re.compile(rf"(?P<end>{_PROJECT_END})(?:{alternation(PROJECT_SUBJECT_PREDICATES)})")
_SUBJECT_PREDICATE_START_RE = re.compile(rf"[项工](?=[目程](?:[（(]|{first_chars(PROJECT_SUBJECT_PREDICATES)}))")


_REPORT_WORDS = tuple(PROJECT_REPORT_WORDS)
_TIME_OPENERS = tuple(PROJECT_TIME_OPENERS)


def _subjects_of_clauses(body: str) -> Iterator[tuple[int, int]]:
    """Spans of projects' names that open a sentence or a clause (after ；, after 其中, or …项目中,) and are the subject
    of what it says of them (庆阳市新城区雨洪集蓄保塬生态项目总占地1046亩): found from the predicate, read leftwards."""
    for m in finditer_from(_SUBJECT_PREDICATE_START_RE, _SUBJECT_PREDICATE_RE, body):
        end = m.end("end")
        start = end
        while start > 0 and start > end - 40 and body[start - 1] not in "。！？!?\n，,；;：:、《》 \t\u3000":
            start -= 1
        before = body[start - 1] if start else "\n"
        if before in "，," and body[start - 2 : start - 1] != "中" and not body.endswith(_REPORT_WORDS, 0, start - 1) \
                or before not in "。！？!?\n；;，,":
            continue  # the project must open its clause
        if opener := _SENTENCE_OPENERS_RE.match(body, start, end):
            start = opener.end()
        name = body[start:end]
        if len(name) >= 6 and name.count("“") == name.count("”") and not _LEFT_STOP_AT.match(name) \
                and not name.startswith(_TIME_OPENERS) \
                and not _EVENT_NOT_NAME_RE.search(name) and not _CATEGORY_RE.search(name) \
                and not _GENERIC_START_RE.match(name) and not _COUNTED_RE.match(name):
            yield start, end


#: A sentence whose subject is one of the projects its predicate names (X是…重点投资的项目之一): found from 项目之一, the
#: copula read back in its clause; the subject opens the sentence and runs to the copula.
_ONE_OF_RE = re.compile(r"(?:项目|工程)之一")
_MEMBER_COPULA_RE = re.compile(rf"(?:{alternation(PROJECT_MEMBER_COPULAS)})(?=[^。！？!?\n，,；;：:]*$)")
_ONE_OF_REACH = 30


def _members(body: str) -> Iterator[tuple[int, int]]:
    """Spans of the subjects of sentences that say they are one of some projects (X是北京经开区重点投资的项目之一)."""
    for m in _ONE_OF_RE.finditer(body):
        lo = max(0, m.start() - _ONE_OF_REACH)
        clause = max(body.rfind(c, lo, m.start()) for c in "。！？!?\n，,；;：:") + 1
        copula = _MEMBER_COPULA_RE.search(body, max(lo, clause), m.start())
        if copula is None or clause <= lo:
            continue
        start, end = clause, copula.start()
        while start < end and body[start] in SPACES:
            start += 1
        if start and body[start - 1] not in "。！？!?\n":
            continue  # the subject must open its sentence (…总投资171亿元,是…项目之一 leaves it unsaid)
        name = body[start:end]
        if 4 <= len(name) <= 40 and not _LEFT_STOP_AT.match(name) and not _GENERIC_START_RE.match(name) \
                and not _EVENT_NOT_NAME_RE.search(name) and not _CATEGORY_RE.search(name):
            yield start, end


def _named_by_events(doc: Document) -> Iterator[Project]:
    """Projects named on an event line (X项目开工), as a ceremony's venue (主现场设立在X项目),
    or one by one after a count (有两个新开工项目：一个是X，…；另一个是Y，…)."""
    body = doc.body
    for a, b in (*_subjects_of_events(body), *_subjects_of_clauses(body), *_members(body)):
        yield _project_record(doc, body[a:b], (a, b))
    for end in _EVENT_END_RE.finditer(body):  # found from the event word that ends the line
        m = _EVENT_LINE_RE.fullmatch(body, body.rfind("\n", 0, end.start()) + 1, end.end())
        if m is not None and not _EVENT_NOT_NAME_RE.search(m["name"]):
            yield _project_record(doc, m["name"], m.span("name"))
    venues = [*_VENUE_RE.finditer(body)]
    for m in _VENUES_RE.finditer(body):
        venues.extend(_VENUE_ITEM_RE.finditer(body, m.start("names"), m.end("names")))
    for m in _CEREMONY_RE.finditer(body):
        if m["works"] is not None and not _EVENT_NOT_NAME_RE.search(m["works"]) \
                and not _GENERIC_START_RE.match(m["works"]) and not _CATEGORY_RE.search(m["works"]):
            yield _project_record(doc, m["works"], m.span("works"))
    for m in (*venues, *(m for m in _CEREMONY_RE.finditer(body) if m["name"] is not None), *_SITE_RE.finditer(body)):
        start = m.start("name")
        start += _zone_prefix(m["name"])  # 楚雄高新区海棠湖文旅小镇项目: the zone is its place
        yield _project_record(doc, body[start : m.end("name")], (start, m.end("name")))
    for head in _COUNTED_HEAD_RE.finditer(body):
        pos = head.end()
        for m in _ONE_IS_RE.finditer(body, pos, min(len(body), pos + 2000)):
            if body[pos : m.start()].strip(" \t\u3000\n；;。") and "\n\n" in body[pos : m.start()]:
                break
            yield _project_record(doc, m["name"], m.span("name"))
            pos = body.find("\n", m.end())
            if pos < 0:
                break


#: A numbered row of a list whose last cell is the project's stage, cells apart by spaces (1 上海光源二期 在建) or by the
#: column rules of a page copied as text (1 | 上海硬X射线自由电子激光装置项目 | 在建 |, a rule after the last cell too;
#: tests/data/real/mixed30 shanghai_shi_zhongdagongcheng_qingdan_2023, shanghai.gov.cn's 2022 list); found from the stage
#: that ends a line (_STAGE_END_RE), then read as a whole line. A cell between rules holds the name whole, its
#: bracketed parts and quotes too (张江复旦国际创新中心(微纳电子…大楼、…、3号科研楼), 民用飞机航电系统“三中心一总部”项目).
_RULE = r"[|｜]"
_STAGE_END_RE = re.compile(
    rf"(?m)(?:[ \t\u3000]|{_RULE})(?:{alternation(PROJECT_ROW_STAGES)})[ \t\u3000]*(?:{_RULE}[ \t\u3000]*)?$")
_STAGE_ROW_RE = re.compile(
    rf"[ \t\u3000]*(?:{_RULE}[ \t\u3000]*)?\d{{1,3}}"
    rf"(?:[ \t\u3000]+(?P<name>{_NAME_CHARS}{{3,60}})[ \t\u3000]+"
    rf"|[ \t\u3000]*{_RULE}[ \t\u3000]*(?P<cell>[^|｜\s][^|｜\n]{{1,98}}[^|｜\s])[ \t\u3000]*{_RULE}[ \t\u3000]*)"
    rf"(?:{alternation(PROJECT_ROW_STAGES)})[ \t\u3000]*(?:{_RULE}[ \t\u3000]*)?")


def _stage_rows(doc: Document) -> Iterator[Project]:
    """Projects, one a row, of a list printed as rows of number, name and stage (1 上海光源二期 在建, or its cells
    between | rules): two rows or more in the document."""
    body = doc.body
    found = []
    for end in _STAGE_END_RE.finditer(body):
        if m := _STAGE_ROW_RE.fullmatch(body, body.rfind("\n", 0, end.start()) + 1, end.end()):
            group = "name" if m["name"] is not None else "cell"
            found.append(_project_record(doc, m[group], m.span(group)))
    if len(found) >= 2:
        yield from found


#: A paragraph that opens with a project's name, alone on its line or the subject of what follows (a photo's caption):
#: found from the name's end and what follows it (_CAPTION_END_RE), then read leftwards to the line's start.
_CAPTION_END_RE = re.compile(
    rf"(?m)(?P<end>{_PROJECT_END})[ \t\u3000]*(?:$|[，,](?:{alternation(PROJECT_CAPTION_FOLLOWERS)}))")
_CAPTION_NAME_RE = re.compile(rf"[ \t\u3000]*(?P<name>{_NAME_CHARS}{{6,60}})")


def _captions(doc: Document) -> Iterator[Project]:
    """Projects that open paragraphs, two or more in a document: 莆田秀屿区石门澳化工新材料产业园基础设施项目 alone on its
    line, 南平泰盛纸业项目,项目终端产品为… (captions under a 集中开工 report's photos); a name the leftward reader
    takes whole, not a task (加快推进…项目) nor a kind (重点项目)."""
    body = doc.body
    found = []
    for end in _CAPTION_END_RE.finditer(body):
        line_start = body.rfind("\n", 0, end.start()) + 1
        m = _CAPTION_NAME_RE.fullmatch(body, line_start, end.end("end"))
        if m is None or ITEM_MARKER_RE.match(body, line_start):
            continue  # (一)重大平台载体工程: a heading of a plan's part
        name = m["name"]
        if name_start(body, m.end("name"), m.start("name")) == m.start("name") \
                and not _EVENT_NOT_NAME_RE.search(name) and not _CATEGORY_RE.search(name) \
                and not _GENERIC_START_RE.match(name) and not _COUNTED_RE.match(name):
            found.append(_project_record(doc, name, m.span("name")))
    if len(found) >= 2:
        yield from found


_LINE_HEADING_RE = re.compile(rf"(?m)(?:{alternation(PROJECT_LINE_HEADINGS)})[：:]?[ \t\u3000]*$")
#: A line that is one project's name: short, no punctuation of a sentence.
_NAME_LINE_RE = re.compile(rf"[ \t\u3000]*(?P<name>{_NAME_CHARS}{{4,40}})[ \t\u3000]*$")


def _lines_under_heading(doc: Document) -> Iterator[Project]:
    """One project a line under a heading that lists them (部分重大开工项目一览), up to the first line
    that is no name."""
    body = doc.body
    for head in _LINE_HEADING_RE.finditer(body):
        found = []
        pos = head.end() + 1
        while pos < len(body):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            if not body[pos:end].strip():
                pos = end + 1  # a blank line between names (各分会场开工项目如下:⏎⏎  A⏎⏎  B; tests/data/real/mixed27
                continue  # jiangsu_sheng_zhongdaxiangmu_kaigong_2021)
            m = _NAME_LINE_RE.fullmatch(body, pos, end)
            if m is None:
                break
            found.append(_project_record(doc, m["name"], m.span("name")))
            pos = end + 1
        if len(found) >= 2:
            yield from found


_GENERIC_START_RE = re.compile(rf"^(?:{alternation(GENERIC_NAME_STARTS)})")
_NAME_CUE_RE = re.compile(
    rf"(?:{INVESTMENT}"
    # the event that started it: 3月18日开工的蒙能光储+生态治理项目 (tests/data/real/mixed11 dengkou_kaigong_2023)
    # or its being new: 其中,新开工建设的黄河炳灵丹霞旅游区项目由厦门恒兴集团投资建设 (tests/data/real/mixed14 gansu_projects_2021)
    rf"|(?:\d{{1,2}}月\d{{1,2}}日|新)(?:正式|集中)?(?:{alternation(PROJECT_EVENT_WORDS)}))"
    rf"的(?P<name>{_NAME_CHARS}{{4,40}}?{_PROJECT_END})"
    # one singled out of the projects the sentence speaks of, its clause's subject: 这些项目投资量大、带动性强,特别是洞庭能源谷
    # 碳基材料产业园项目,借力… (tests/data/real/mixed22 hunan_yueyang_jingkaiqu_kaigong_2023)
    rf"|(?<=[，,])(?:{alternation(PROJECT_SINGLING_WORDS)})(?P<singled>{_NAME_CHARS}{{4,40}}?{_PROJECT_END})(?=[，,])"
    rf"|(?P<end>{_PROJECT_END})(?=(?:{alternation(PROJECT_FOLLOWER_WHEN)})?(?:{alternation(PROJECT_NAME_FOLLOWERS)}))"
)


#: A name that is only a rank of projects (新开工的重点项目), none of them.
_RANKED_KIND_RE = re.compile(rf"(?:{alternation(PROJECT_BATCH_WORDS)}){{0,3}}(?:项目|工程)")
#: Where a _NAME_CUE_RE match may start: an investment's first word, a date's digit, a project's ending.
_NAME_CUE_START_RE = re.compile(rf"[{INVESTMENT_STARTS}0-9０-９项工新]|{first_chars(PROJECT_SINGLING_WORDS)}")


#: Words of a project's ending written before its 项目, which a name's start is read to the left of: 冀新公園及冀午渠濱水公園
#: 建設工程項目概算投資2.1億元 (tests/data/real/mixed25 hebei_hengshui_jizhou_kaigong_2017), not the name 工程项目.
_END_PART_RE = re.compile(r"(?:建设|工程)$")


def _named_by_cues(doc: Document) -> Iterator[Project]:
    """A project named with its investment before it (投资30亿元的南京机器人产业园项目) or what happens to it
    after (…项目落户江宁高新区, …项目投资规模达100亿元)."""
    body = doc.body
    for m in finditer_from(_NAME_CUE_START_RE, _NAME_CUE_RE, body):
        if (group := "name" if m["name"] is not None else "singled" if m["singled"] is not None else None) is not None:
            if not _CATEGORY_RE.search(m[group]) and not _COUNTED_RE.match(m[group]) \
                    and not _RANKED_KIND_RE.fullmatch(m[group]) \
                    and not (group == "singled" and _GENERIC_START_RE.match(m[group])) \
                    and not re.search(r"等(?:项目|工程)$", m[group]):  # …产业园等项目: a list's last item, read there
                yield _project_record(doc, m[group], m.span(group))  # not 总投资345亿元的70个重大项目 (mixed9)
            continue
        at = m.start("end")
        while (part := _END_PART_RE.search(body, max(0, at - 2), at)) is not None:
            at = part.start()  # 冀新公園及冀午渠濱水公園建設工程項目: 建设 here is the name's, no verb before it
        start = name_start(body, at)
        # the zone it lies in is its place, no part of its name (…集中开工在蒙自经开区金风科技…产业园项目建设现场举行;
        # tests/data/real/mixed20 yunnan_honghe_jizhongkaigong_2021)
        start += _zone_prefix(body[start : m.end("end")])
        name = body[start : m.end("end")]
        if len(name) >= 6 and not _EVENT_NOT_NAME_RE.search(name) and not _CATEGORY_RE.search(name) \
                and not _GENERIC_START_RE.match(name):
            yield _project_record(doc, name, (start, m.end("end")))


#: One item of a run of invested items apart by commas: 其中有总投资50亿元的福清市食品交易中心,总投资30亿元的邵武…基地项目,
#: 总投资30亿元的连城百氏耘谷中草药种植田园综合体,… (tests/data/real/mixed10 fujian_projects_2018); the name need not end
#: in 项目 when another item of the run stands beside it.
_INVESTED_RUN_ITEM_RE = re.compile(rf"{INVESTMENT}的(?P<name>[^，,。；;：:、\n]{{4,40}}?)等?(?=[，,。；;])")
_INVESTED_RUN_START_RE = re.compile(rf"[{INVESTMENT_STARTS}]")


def _invested_runs(doc: Document) -> Iterator[Project]:
    """Items of a run of two or more ``总投资…的X,`` written one after another, each a project."""
    body = doc.body
    run: list[re.Match[str]] = []
    for m in finditer_from(_INVESTED_RUN_START_RE, _INVESTED_RUN_ITEM_RE, body):
        if run and m.start() != run[-1].end() + 1:
            yield from _invested_run(doc, run)
            run = []
        run.append(m)
    yield from _invested_run(doc, run)


def _invested_run(doc: Document, run: list[re.Match[str]]) -> Iterator[Project]:
    if len(run) < 2:
        return
    for m in run:
        name = m["name"]
        if not _CATEGORY_RE.search(name) and not _COUNTED_RE.match(name) and not _GENERIC_START_RE.match(name):
            yield _project_record(doc, name, m.span("name"))


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _without_abbreviations(projects: list[Project]) -> list[Project]:
    """A name written again shorter (忠和酒业二期扩能 for 北京忠和酒业二期(扩能)项目, 军店至窑淮一级路
    for G346国道军店至窑淮一级路) is the same project: its characters, in order, inside another's name."""
    first: dict[str, int] = {}
    for p in projects:
        first.setdefault(p.name, p.evidence.start)
    # written again: after the longer name (文昌国际航天城科技创新平台等12个项目 before its 科技创新公共平台一期——… is
    # a project of its own, tests/data/real/parks4 hainan_wenchang_jizhongkaigong_2021)
    return [p for p in projects
            if not any(len(p.name) >= 4 and n != p.name and len(n) > len(p.name) and _is_subsequence(p.name, n)
                       and start < p.evidence.start for n, start in first.items())]


def _projects_in_prose(doc: Document, skip: list[tuple[int, int]]) -> Iterator[Project]:
    yield from _without_abbreviations(list(_prose_projects(doc, skip)))


#: A name that is only a kind of works (能源项目, 基地项目; see PROJECT_KIND_WORDS).
_KIND_ONLY_RE = re.compile(rf"(?:{alternation(PROJECT_KIND_WORDS)})(?:项目|項目)")


def _prose_projects(doc: Document, skip: list[tuple[int, int]]) -> Iterator[Project]:
    body = doc.body
    taken: list[tuple[int, int]] = []
    read: set[str] = set()  # the names read before project_names
    announced = list(_announced_items(doc))
    numbered = [p for p in _numbered_projects(doc)
                if not any(a.evidence.start <= p.evidence.start < a.evidence.end for a in announced)]
    for project in [*announced, *_headed_items(doc), *_counted_numbered_lines(doc), *numbered, *_stage_rows(doc), *_named_by_events(doc), *_clause_lists(doc), *_progress_clauses(doc), *_comma_lists(doc),
                    *_listed(doc),
                    *_lines_under_heading(doc), *_captions(doc), *_invested_runs(doc), *_named_by_cues(doc)]:
        # starting inside a name read before, or ending with it (蒙自经开区X项目 after X项目, whose zone a reader before
        # cut as its place; tests/data/real/mixed20 yunnan_honghe_jizhongkaigong_2021)
        if any(a <= project.evidence.start < b or project.evidence.end == b for a, b in taken) \
                or _KIND_ONLY_RE.fullmatch(project.name):
            continue
        taken.append((project.evidence.start, project.evidence.end))
        read.add(project.name)
        yield project
    base = doc.text.evidence(doc.start, doc.start).start  # body offset → evidence offset
    for name in project_names(body):
        if any(a <= name.start < b for a, b in skip):
            continue
        ev = doc.evidence_for(name.start, name.end)
        # overlapping a name read before, not only starting inside it: 漳州台商投资区圣莉雅…项目 around the list item
        # 圣莉雅…项目 whose zone was cut (tests/data/real/mixed10 fujian_projects_2018)
        if any(a < ev.end and ev.start < b for a, b in taken) or base < 0 or _cut_short(body, name.start, name.text, read):
            continue
        if name.text.startswith(_TIME_OPENERS) or _KIND_ONLY_RE.fullmatch(name.text):
            continue  # 以新一年产业项目的早启动: a time and a kind, no name
        if ITEM_MARKER_RE.match(name.text) and body[name.start - 1 : name.start] in ("", "\n"):
            continue  # (一)产业园区建设工程 on its own line: a heading of a plan's part (tests/data/real/mixed22 guizhou_liupanshui)
        yield _project_record(doc, name.text, (name.start, name.end))


def _cut_short(body: str, start: int, name: str, read: set[str]) -> bool:
    """Whether the name at ``start`` is a name read elsewhere cut short on its left, the text before it holding the part it
    lost: 深入交城义望铁合金有限责任|公司热态渣…板材项目 where the next sentence opens with the whole name (tests/data/real/
    mixed23 shanxi_lvliang_jiaocheng_kaifaqu_kaigong_2024)."""
    return any(len(n) > len(name) and n.endswith(name) and body.endswith(n[: -len(name)], 0, start) for n in read)


def _year(text: str | None) -> int | None:
    m = YEAR_CELL_RE.match(text) if text else None
    return int(m["start"]) if m else None


def _project(doc: Document, table: Table, row: Row) -> Project | None:
    name = (row.text("name", sep="") or "").rstrip("。；;，,")  # a cell written as a sentence (建设四好农村路55公里。)
    if not name:
        return None
    location = row.text("location")
    partners = row.text("partners")
    content_parts: list[str] = []
    for cell in row.get("content"):
        label = split_label(cell.text, TABLE_COLUMN_ROLES["location"] + TABLE_COLUMN_ROLES["partners"])
        if label and label[0] in TABLE_COLUMN_ROLES["location"] and location is None:
            location = label[1]
        elif label and label[0] in TABLE_COLUMN_ROLES["partners"] and partners is None:
            partners = label[1]
        else:
            content_parts.append(cell.text)

    lead_raw = unit_cells(row, "lead")
    coop_raw = unit_cells(row, "cooperate")
    roles = parse_responsibility(lead_raw) if lead_raw else None
    leads, coops, notes = (roles.lead, roles.cooperate, roles.notes) if roles else ((), (), ())
    if coop_raw:
        coop_roles = parse_responsibility(coop_raw)
        more, more_notes = coop_roles.lead, coop_roles.notes
        coops += more
        notes += more_notes
    raw = " / ".join(t for t in (lead_raw, coop_raw) if t)

    start_year = _year(row.text("start_year"))
    end_year = _year(row.text("end_year"))
    schedule: list[str] = []
    for role in ("start_year", "end_year"):
        text = row.text(role)
        if text and not is_year_cell(text):
            schedule.append(text)
    period = row.text("period")
    if period:
        m = YEAR_RANGE_RE.match(period)
        if m:
            start_year, end_year = int(m["start"]), int(m["end"])
        elif YEAR_CELL_RE.match(period):
            end_year = _year(period)
        else:
            schedule.append(period)
    if "schedule" in row.notes:
        schedule.append(row.notes["schedule"].text)
    schedule = list(dict.fromkeys(schedule))  # one merged cell under 开工年 and 完成年

    seq = row.seq
    return Project(
        source=doc.source,
        doc_id=doc.id,
        doc_number=doc.doc_number,
        table=table.label or table.title,
        seq=seq,
        name=name,
        lead_units=tuple(leads),
        cooperating_units=tuple(coops),
        responsibility_raw=raw,
        evidence=doc.evidence_for(row.start, row.end),
        content=" / ".join(content_parts) or None,
        start_year=start_year,
        end_year=end_year,
        schedule_note="；".join(schedule) or None,
        location=location,
        partners=partners,
        note="；".join(notes) or None,
    )
