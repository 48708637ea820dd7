"""Lists and coordination: the one grammar of "a list of like items" that every extractor reads.

Names, posts, units, parks and projects are listed the same way in these texts::

    任命方卫春、曹环球、蓝永兴为区人大常委会代表资格审查委员会组成人员   (names before 为)
    当天新聘的15位省文史研究馆馆员是:王立群、王永宽、王玉函              (a head 是: and the items)
    副组长：张某 李某 王某                                                   (space-separated)
    G59官庄至新化公路、G4W3衡阳至永州高速等55个交通网项目                    (a tail 等N个…, read leftwards)
    任命糜世峰为上海市松江区人民法院副院长、审判委员会委员、审判员           (posts sharing one unit)

A list is a **head** (为, 是：, 如下：, 包括, 分别为 … or nothing), **items** cut at
**separators** (、，, ；, and where the caller says so 和/及/与, spaces, line breaks,
numbered items), a **tail** (等, 等N个…, N人, 等N名同志) and what the items **share**
(a unit carried along chained posts, a suffix, 分别 pairing). Each of these is a row
of data below; a new way of writing a list is a row here plus a test quoting the
real sentence (tests/test_extract_lists.py).

Every function works on the document's own text and returns offsets into it, so an
:class:`Item`'s ``text`` is always ``text[start:end]`` and evidence stays exact::

    >>> from kg.extract.lists import split_items, list_before, list_after_head
    >>> s = "任命方卫春、曹环球、蓝永兴为区人大常委会组成人员"
    >>> [i.text for i in split_items(s, 2, s.index("为"))]
    ['方卫春', '曹环球', '蓝永兴']
    >>> s = "基础设施项目包括铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目"
    >>> m = list_before(s, s.index("等55"))
    >>> [i.text for i in m.items], m.tail, m.count
    (['铜仁至吉首铁路', 'G59官庄至新化公路'], '等55个交通网项目', 55)
    >>> m = list_after_head("馆员是:王立群、王永宽、刘宏(女)。", 2)
    >>> m.head, [i.text for i in m.items]
    ('是:', ['王立群', '王永宽', '刘宏(女)'])

How to use it from an extractor:

* You know where the list is (between a verb and 为): :func:`split_items` or
  :func:`read_list` (which also strips a tail such as ``等15人`` and gives its count).
* You know where it ends (the 等 of 等N个…项目): :func:`list_before` reads leftwards
  from there, item by item, and stops at the first character no item may hold —
  linear in the list's length, never a scan for the list's start. Pass
  ``item_chars`` (a regex character class) and ``first_start`` (where the leftmost
  item starts, e.g. a name's left boundary) for your kind of item.
* You know where it starts (after 包括, 是：, 分别为 or a heading): :func:`list_after_head`.
* Items that share a part: :func:`share_unit` (posts after one unit), :func:`share_suffix`
  (枣阳、宜城化工园区), :func:`pair_respectively` (A、B分别任X、Y).

Add rows rather than code: a head word to :data:`HEADS`, a separator to
:data:`SEPARATORS` / :data:`CONJUNCTIONS`, a tail to :data:`TAILS`, an inner body
that does not start a new unit to :data:`INNER_BODIES`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from kg.patterns import ACT_CONJUNCTIONS as _ACT_CONJUNCTIONS
from kg.patterns import CJK, ITEM_NUMBER_STOPS, MONEY, cn_number
from kg.patterns import CONJUNCTIONS as _CONJUNCTIONS

__all__ = [
    "ACT_CONJUNCTIONS", "CLAUSE_STOPS", "CONJUNCTIONS", "HEADS", "INNER_BODIES", "INNER_BODY_ENDINGS", "INNER_BODY_POSTS",
    "INNER_DIVISIONS",
    "ITEM_CHARS", "NAME_CONJUNCTIONS", "NAME_JOIN", "NAME_SEPARATORS", "SEPARATORS", "TAIL_NOUN_ENDS",
    "INDUSTRY_LIST_TAIL_RE", "KIND_COUNTERS", "KIND_NOUNS", "KIND_QUANTITIES", "LEVEL_STEMS", "NOT_INNER_AFTER", "NUMBER", "REMARKS", "REMARK_HEADS", "SMALL_FORMS", "SPACES", "TAILS", "UNIT_OFFICES",
    "Item", "ListMatch", "Tail", "list_after_head", "list_before", "pair_respectively", "read_list",
    "CLAUSE_HEADS", "ITEM_HEADS", "WORK_MANNERS", "WORK_VERBS", "MODIFIER_END", "MODIFIER_HEAD", "MODIFIERS", "QUOTES",
    "CLAUSE_SEPARATORS", "DETAIL_SEPARATORS", "ELLIPSES", "INCLUSIVE_TAIL", "EXAMPLE_HEADS", "NOT_EXAMPLE_AFTER", "counts_kinds",
    "counts_kinds_at", "first_item_start", "item_start", "split_clauses", "read_tail", "share_noun", "share_suffix",
    "share_unit", "split_items",
]

# --- Rows ------------------------------------------------------------------------------

#: Words that open a list, longest first when compiled; a colon after them is part of the head.
#: (具体包括: parks; 分别为: 分别 pairing; 是：/如下：: names after a head; 为: names or posts after 为; 分别命名为: new
#: names one a line, tests/data/real/mixed25 shaanxi_sheng_jingkaiqu_pifu_2024.)
HEADS: tuple[str, ...] = (
    "具体包括", "主要包括", "包括", "分别是", "分别为", "依次为", "分别命名为", "主要有", "名单如下", "如下", "以下", "是", "为",
    "有", "其中",
)
#: Separators between items, everywhere (outside brackets).
SEPARATORS: tuple[str, ...] = ("、", "，", ",", "；", ";")
#: Separators of a list whose items are clauses, each a name and what is said of it after a comma (分别为:中国电科…项目
#: (一期),总投资28亿元;信和信·桂林国际智慧健康旅游产业园一期,总投资11.24亿元;… tests/data/real/mixed18
#: guangxi_guilin_zhongdaxiangmu_2014): the items are cut at CLAUSE_SEPARATORS, the name at the first DETAIL_SEPARATOR.
CLAUSE_SEPARATORS: tuple[str, ...] = ("；", ";")
DETAIL_SEPARATORS: tuple[str, ...] = ("，", ",")
#: Words that join the last two items (A、B和C); only where the caller allows them, since
#: 和 also stands inside names (上海市松江区建设和管理委员会). The row is kg.patterns.CONJUNCTIONS (the personnel
#: rows there read it too); ACT_CONJUNCTIONS (以及) also join two whole acts.
CONJUNCTIONS: tuple[str, ...] = _CONJUNCTIONS
ACT_CONJUNCTIONS: tuple[str, ...] = _ACT_CONJUNCTIONS
#: What joins two names of a list of people (卞文甫因工作变动、侯家祥因年龄原因; 李学智和杨家全): a separator inside a
#: clause, or the conjunctions 和 and 及 (not 与, which pairs a person with whom they act: 与张三谈话).
NAME_SEPARATORS: tuple[str, ...] = ("、", *DETAIL_SEPARATORS)
NAME_CONJUNCTIONS: tuple[str, ...] = tuple(c for c in CONJUNCTIONS if c in ("和", "及"))
NAME_JOIN = rf"(?:[{''.join(NAME_SEPARATORS)}]|{'|'.join(NAME_CONJUNCTIONS)})"
#: The small forms of web pages (U+FE50…) of a comma, a semicolon and a colon, each the full form's: 开复工率82%﹔预计6月份
#: 开复工慧谷昊庭、… (tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021).
SMALL_FORMS: dict[str, str] = {"﹔": "；", "﹕": "：", "﹐": "，"}
#: What ends a clause inside a sentence, in every form: no item of a list read leftwards runs over one.
CLAUSE_STOPS: str = "。；;：:，," + "".join(SMALL_FORMS)
#: Tails that close a list, as regexes tried in order; group ``n`` is a count, ``noun`` what is counted.
#: 等15人, 等60名同志, 等55个交通网项目, 等N位新聘馆员, 3人, and a bare 等; a kind of zone as the noun
#: (等2家综合保税区, 等2家边境经济合作区, tests/data/real/parks4 heilongjiang_sheng_kaifaqu_mulu_2018).
_NUM = r"[0-9０-９]+|[一二三四五六七八九十百两]+"
#: A count as a list's tail and its callers write it (15, 十五, 两), as one group.
NUMBER = f"(?:{_NUM})"
TAIL_NOUN_ENDS: tuple[str, ...] = (
    "同志", "人员", "项目", "工程", "园区", "开发区", "馆员", "委员", "代表", "单位", "企业",
    "保税区", "合作区", "集聚区", "集中区", "产业园", "工业园", "高新区", "经开区", "示范区", "试验区",
)
TAILS: tuple[str, ...] = (
    rf"等?(?P<n>{_NUM})(?:名|位|个|项|家|座|处|条|人)(?P<noun>[{CJK}]{{0,12}}?(?:{'|'.join(TAIL_NOUN_ENDS)}))",
    rf"等?(?P<n>{_NUM})(?:人|名同志|位同志|名|位)",
    rf"等(?P<noun>[{CJK}]{{0,6}}?(?:同志|人员|项目|工程|园区|单位|部门))",
    # 等一批投资过亿元的绿色环保项目 (tests/data/real/parks4 ningxia_zizhiqu_shifanyuanqu_2020)
    rf"等(?P<noun>一批[{CJK}]{{0,16}}?(?:项目|工程|园区|企业))",
    r"等",
)
#: Trailing words that end a list of industries but are no industry: 光学镜头、模组等; a count of the list closing it:
#: 新材料、装备制造、纺织三大主导产业 (tests/data/real/parks4 ningxia_zizhiqu_shifanyuanqu_2020).
INDUSTRY_LIST_TAIL_RE = re.compile(
    r"(?:等(?:领域|产业|行业|方向)?)$"
    rf"|等?{NUMBER}大(?:主导|支柱|特色|重点)?产业(?:集群)?$")
#: An ellipsis after the last item closes a list as a bare 等 does: 北京奔驰汽车技改项目、小米智能制造产业基地项目、
#: 康龙化成制剂开发及生产CDMO平台项目……开局系全局 (tests/data/real/mixed18 beijing_jingkaiqu_xiangmu_2023).
ELLIPSES: tuple[str, ...] = ("……", "…", "...")
#: Counters of kinds, not of things: a list closed by 等4类 names categories, not projects, parks or
#: people (数字经济项目包括资源型数字经济、…、服务型数字经济等4类,共37个; tests/data/real/mixed8
#: guizhou_projects_2017).
KIND_COUNTERS: tuple[str, ...] = ("大类", "类", "种", "个方面", "方面", "大领域", "个领域", "领域")
#: Nouns closing a list of kinds with no count, after 等 and a vague quantity or none: 经开区、高新区、保税区、出口加工区、
#: 边境经济合作区等诸多类型 (tests/data/constructions/parks.tsv) names kinds of zone, none of them a zone.
KIND_NOUNS: tuple[str, ...] = ("类型", "类别", "种类", "形态")
KIND_QUANTITIES: tuple[str, ...] = ("诸多", "多种", "各种", "各类", "多类", "不同")
#: What closes a list as a part of a whole counted after it: 包括云南达利食品有限公司、云南猫哆哩集团、云南韵雅生物科技公司在内的9个
#: 生产性项目 (tests/data/real/mixed20 yunnan_yuxi_gaoxinqu_kaigong_2013); nothing after it is an item.
INCLUSIVE_TAIL = "在内"
#: Characters an item may hold, for reading leftwards (:func:`list_before`): CJK, Latin,
#: digits, brackets, ·, -, and the dashes of road names (G59官庄至新化公路).
ITEM_CHARS = rf"[{CJK}A-Za-z0-9０-９（）()·\-－—]"
#: Inner bodies of a unit: a post written after one (…人民法院副院长、审判委员会委员) still
#: belongs to the unit before it; the body is part of the post.
INNER_BODIES: tuple[str, ...] = ("审判委员会", "检察委员会", "党组", "党委", "理事会", "董事会", "监事会",
                                 # a zone's 管委会 after a post of the zone: 就任天津港保税区党委常委、管委会副主任
                                 # (tests/data/real/mixed11 tianjin_binhai_kaifaqu_renmian_2019)
                                 "管委会")
#: Inner bodies whose posts are the outer unit's even written whole in one post: a court's or procuratorate's
#: 北京市通州区人民检察院检察委员会委员 is (北京市通州区人民检察院, 检察委员会委员), as the chained
#: …人民法院副院长、审判委员会委员 is (shared/realdev2 tongzhou_bj_renda_2022).
INNER_BODY_POSTS: tuple[str, ...] = ("审判委员会", "检察委员会")
#: Inner bodies that are not a party committee's: after 中共…工委书记 a 管委会 is a body of its own
#: (张东同志任中共芜湖经济技术开发区工委书记、管委会主任).
NOT_INNER_AFTER: dict[str, tuple[str, ...]] = {"管委会": ("工委", "党工委", "党委")}
#: A unit's own office written bare in a chain is that unit's: 免去夏林的河南省人大常委會副秘書長、辦公廳主任職務
#: (real/mixed7/henan_sheng_renda_renmian_2017) → 河南省人大常委会办公厅 主任.
UNIT_OFFICES: tuple[str, ...] = ("办公厅", "办公室")
#: Remarks written as an item of a list, never an item: a convention's 下同 (…,四市人民政府按职责分工负责,下同:
#: tests/data/real/mixed11/neimenggu_hubaoewu_yitihua_2023) and a short name it gives (以下简称四市).
REMARKS: tuple[str, ...] = ("下同", "以下同", "同上")
REMARK_HEADS: tuple[str, ...] = ("以下简称", "下称", "简称")
#: Items that name only a level of division and share the ending of the item after them: 各县、市、区政府
#: (tests/data/real/mixed15 hubei_xianning_zerenfengong_2020: 市税务局等,各县、市、区政府,咸宁高新区管委会).
#: Read as written, item by item; such an item still belongs to a list of units.
LEVEL_STEMS: tuple[str, ...] = ("各县", "各区", "各市", "各乡", "各镇", "县", "市", "区", "乡", "镇", "街道")
#: Endings of inner bodies named by their own word: a court's divisions (立案庭, 民事审判第一庭,
#: 刑事审判庭). …中级人民法院审判委员会委员、立案庭庭长、审判员 holds three posts of the court.
INNER_BODY_ENDINGS: tuple[str, ...] = ("庭",)
#: A unit's divisions written whole in a post (the unit's ending, the division's): the posts chained after one are the
#: unit's, 余铮清为莆田市中级人民法院刑事审判第二庭副庭长、审判员 holds the court's 审判员 (tests/data/real/mixed26
#: fujian_putian_renda_renmian_2025).
INNER_DIVISIONS: tuple[tuple[str, str], ...] = (("人民法院", "庭"),)

#: Heads left on the front of an item when a list is read from inside a clause: 其中包括黄河外滩景区(旅游大道)、…
#: (tests/data/real/mixed9 ningxia_yinchuan_projects_2015). One-character heads (为, 是, 有) also open names
#: (有色金属…), so they count only after a modifier's 的 (具有代表性的有仓山万科派广场二期, mixed10 fuzhou_projects_2018).
#: (The heads that may open a clause a list runs on from, over a comma: 其中包括,A、B,C…等; CLAUSE_HEADS.)
CLAUSE_HEADS: tuple[str, ...] = ("包括", "分别是", "分别为", "依次为")
ITEM_HEADS: tuple[str, ...] = (
    "其中", "具体包括", "主要包括", *CLAUSE_HEADS, "主要有", "还有", "另有", *ACT_CONJUNCTIONS,
    # clauses of a list of examples after its head 既有: …,也有…中的C项目,又有… (tests/data/real/mixed19
    # jiangsu_zhenjiang_yangzhong_kaifaqu_qianyue_undated); not 既有 itself, also "existing" (哈尔滨既有站改造工程)
    "也有", "又有",
    # the kind of project before 有 that opens the list: 其中,开工项目有大新县人民医院医技综合楼建设项目、… (tests/
    # data/real/mixed18 guangxi_chongzuo_daxin_kaijungong_2018)
    "项目有",
)
#: A verb of pushing work glued before a list's first item, with the manner words before it: 扎实推进福州京东方柔性面板、
#: 元洪国际食品园二期、中景石化年产120万吨聚丙烯项目等41个前期项目; 全力推动泰铭新世纪…项目、恒申合纤加弹项目等项目开工
#: (tests/data/real/mixed26 fujian_fuzhou_gongyexiangmu_2017). It stops the first item on its left, as a head does.
WORK_MANNERS: tuple[str, ...] = ("扎实", "全力", "大力", "积极", "着力", "重点", "持续", "全面", "继续", "加快", "加速")
WORK_VERBS: tuple[str, ...] = ("推进", "推动", "促进", "加快", "加速")
#: Heads that give examples of what the clause before counts, after its comma: 产业项目501个,投资强度大、科技含量高,如A、B、
#: C等 (tests/data/real/mixed19 fujian_quanzhou_kaijungong_2025); 如 is no head before what makes it a word (如期), nor
#: where a place's name starts at it (如东县, 如皋市: the gazetteer says so, see kg.extract.projects._examples_head).
EXAMPLE_HEADS: tuple[str, ...] = ("例如", "比如", "诸如", "譬如", "如")
NOT_EXAMPLE_AFTER = "期何今实果此意下上同"
#: The whole place a count after a list counts in, no part of the first item: 全区技师学院新校区、食品职业学院新校区二期…
#: 等14个市定重点项目 (tests/data/real/mixed16 jiangsu_lhyc_zhongdianxiangmu_2019); with no count it may be the item's
#: own (全省重点旅游公路工程(文昌龙楼至昌洒滨海旅游公路), parks4 hainan_sheng_zhongdianxiangmu_undated).
COUNT_SCOPES: tuple[str, ...] = ("全区", "全市", "全县", "全省", "全州", "全旗")
#: What ends a modifier written before a name: 总投资10亿元的河南能源化工集团汽车物流园项目 (mixed9
#: henan_luoyang_projects_2019), 福清市的元洪海鲜世界文化旅游项目 (mixed10 fujian_projects_2018), 企业投资的拉萨国际
#: 总部城、拉萨之窗 (mixed10 xizang_lasa_projects_2013), 具有代表性的有… (mixed10 fuzhou_projects_2018).
MODIFIER_END = "的"
#: What a modifier before :data:`MODIFIER_END` is, as regexes that end where the 的 stands: an amount of money, a
#: place, who invests, a quality. Other words before a 的 may be the name's own (泰顺兴业(内蒙古)食品有限公司日处理1800吨
#: 番茄原料的大包装番茄酱生产线…项目, tests/data/real/mixed11 dengkou_kaigong_2023; 休闲目的地, seeds).
#: What after :data:`MODIFIER_END` makes whatever stands before it a head: 参加…集中开工活动的有福清思嘉新材料科技产业园
#: 项目、… (tests/data/real/mixed4 fujian_fuzhou_jizhongkaigong_2022).
MODIFIER_HEAD = "有"
MODIFIERS: tuple[str, ...] = (
    MONEY,
    r"(?:[省市县区州旗盟镇乡]|新区|开发区|高新区|经开区)",
    r"投资",
    # who builds it for whom: 此次开工的项目有鄂尔多斯市援建的鄂尔多斯羊绒集团年产40万件羊绒衫加工项目、… (tests/data/real/
    # mixed22 neimenggu_xinganmeng_kaigong_2011), 由北京合展集团捐资建设的…
    r"援建|捐建|(?:投资|捐资|援助)建设",
    r"管理",  # 全区省定重点管理的江苏微康生物科技创业园、… (tests/data/real/mixed16 jiangsu_lhyc_zhongdianxiangmu_2019)
    r"关注",  # 社会各界关注的赣州黄金机场改扩建、… (mixed12 jiangxi_zhongdianxiangmu_2018), 备受关注的…
    r"代表性|标志性|示范性|引领性",
    # the field an item is of: 新能源及智能制造产业中的高端元器件…成套项目, 新材料产业项目中的超高分子量聚乙烯板材项目 (mixed19
    # jiangsu_zhenjiang_yangzhong_kaifaqu_qianyue_undated)
    r"(?:产业|领域|行业|产业链|板块|项目)中",
    # the enterprise that builds it: 凯盛石英材料(太湖)有限公司的高档石英材料精深加工生产线项目 (thx.gov.cn, tests/data/
    # constructions/projects.tsv)
    r"(?:有限公司|有限责任公司|股份公司|集团公司)",
)
#: Quotation marks that hold a slogan whose 、 separates nothing: “万、千、百、十”脱贫攻坚项目 (mixed10
#: sichuan_pengan_projects_2017) is one item.
QUOTES: tuple[tuple[str, str], ...] = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))

# --- Records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One item of a list: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Tail:
    """What closes a list: 等15人 (count 15, noun None), 等55个交通网项目 (55, 交通网项目)."""

    text: str
    start: int
    end: int
    count: int | None
    noun: str | None


@dataclass(frozen=True)
class ListMatch:
    """A list found in a text: its items, the head before them and the tail after them
    (as written, or None), the count the tail states, and the span from head to tail."""

    items: tuple[Item, ...]
    head: str | None
    tail: str | None
    count: int | None
    span: tuple[int, int]

    @property
    def texts(self) -> list[str]:
        """The items' texts, in order."""
        return [i.text for i in self.items]


# --- Compiled rows -----------------------------------------------------------------------

def _alt(words: Sequence[str]) -> str:
    # ties of length in a fixed order (no two words of one length match at one place), so that the
    # pattern's text is the same in every process and its code is read from kg.recache's table
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_TAIL_RES = tuple(re.compile(t) for t in TAILS)
_HEAD_RE = re.compile(rf"[ \t\u3000]*(?P<head>(?:{_alt(HEADS)})[ \t\u3000]*[：:]?)[ \t\u3000]*")
#: A numbered item's marker: 1. 1、 （1） (一) 一、 ①.
_MARKER_RE = re.compile(
    rf"[ \t\u3000]*(?:\d{{1,3}}[{ITEM_NUMBER_STOPS}](?!\d)|[（(](?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[）)]"
    r"|[一二三四五六七八九十]{1,3}[、﹑､]|[①-⑳])[ \t\u3000]*"
)
_ITEM_CHAR_RE = re.compile(ITEM_CHARS)
#: Spaces that pad or separate items: ASCII, tab, the ideographic space and the no-break space of web pages.
SPACES = " \t\u3000\xa0"
_SPACES = SPACES
_STRIP = _SPACES + "。．.\n\r"
_OPEN, _CLOSE = "（(", "）)"
#: What opens and closes a span whose separators separate nothing, a bracket or a quote.
_OPENERS, _CLOSERS = _OPEN + "".join(a for a, _ in QUOTES), _CLOSE + "".join(b for _, b in QUOTES)
#: Where a list in running text ends when nothing else says: a sentence's end.
_LIST_END_RE = re.compile(r"[。！？!?\n]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


@functools.lru_cache(maxsize=32)
def _cuts_regex(spaces: bool, lines: bool, conjunctions: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    """Where :func:`split_items` may cut or change depth, as one regex scanned in C (a bracket,
    a separator, a line break with ``lines``, a run of spaces with ``spaces``, a conjunction,
    longest first), and how far past the end a conjunction may run."""
    chars = _OPEN + _CLOSE + "".join(SEPARATORS) + ("\n" if lines else "")
    words = sorted(conjunctions, key=len, reverse=True)
    assert not any(w[:1] in chars + _SPACES for w in words), words  # a word opening on a cut character
    parts = ["[" + "".join(re.escape(c) for c in chars) + "]"]
    if spaces:
        parts.append("[" + "".join(re.escape(c) for c in _SPACES) + "]+")
    parts += [re.escape(w) for w in words if w]
    return re.compile("|".join(parts)), max((len(w) - 1 for w in words if w), default=0)


def split_items(text: str, start: int = 0, end: int | None = None, *, spaces: bool = False,
                lines: bool = False, conjunctions: Sequence[str] = ()) -> list[Item]:
    """The items of ``text[start:end]``, cut at :data:`SEPARATORS` outside brackets.

    ``spaces``: a run of spaces separates too (副组长：张某 李某 王某), but a single
    character padded out (冯 镭) stays one item. ``lines``: a line break separates,
    and each item may open with a number (1. / （一） / ①). ``conjunctions``: words
    such as :data:`CONJUNCTIONS` that also separate. Empty items are dropped.
    """
    end = len(text) if end is None else end
    cuts: list[tuple[int, int]] = []  # (separator start, separator end)
    depth = 0
    cut_re, reach = _cuts_regex(spaces, lines, tuple(conjunctions))
    for cut in cut_re.finditer(text, start, end + reach):  # a conjunction may run past end, as it always could
        i = cut.start()
        if i >= end:
            break
        c = text[i]
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append((i, min(cut.end(), end) if c in _SPACES else cut.end()))
    pieces: list[tuple[int, int]] = []
    pos = start
    for a, b in cuts + [(end, end)]:
        pieces.append((pos, a))
        pos = b
    if spaces:
        pieces = _join_padded(text, pieces)
    items = []
    for a, b in pieces:
        if lines and (m := _MARKER_RE.match(text, a, b)):
            a = m.end()
        a, b = _trim(text, a, b)
        if a < b:
            items.append(Item(text[a:b], a, b))
    return items


def split_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[Item, Item | None]]:
    """The items of a list of clauses in ``text[start:end]`` (A,总投资28亿元;B,总投资11.24亿元), cut at
    :data:`CLAUSE_SEPARATORS` outside brackets and quotes: each item's first part, up to its first
    :data:`DETAIL_SEPARATORS` outside brackets (the name), and what follows it (its detail, or None)::

        >>> s = "桂林保利文化产业园(一期),总投资20亿元;灌阳至平乐高速公路,总投资83亿元"
        >>> [(n.text, d and d.text) for n, d in split_clauses(s)]
        [('桂林保利文化产业园(一期)', '总投资20亿元'), ('灌阳至平乐高速公路', '总投资83亿元')]
    """
    end = len(text) if end is None else end
    out: list[tuple[Item, Item | None]] = []
    depth = 0
    a = start
    comma = -1
    for i in range(start, end + 1):
        c = text[i] if i < end else CLAUSE_SEPARATORS[0]
        if c in _OPENERS:
            depth += 1
        elif c in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and c in DETAIL_SEPARATORS and comma < 0:
            comma = i
        elif (depth == 0 or i == end) and c in CLAUSE_SEPARATORS:
            na, nb = _trim(text, a, comma if comma >= 0 else i)
            da, db = _trim(text, comma + 1, i) if comma >= 0 else (i, i)
            if na < nb:
                out.append((Item(text[na:nb], na, nb), Item(text[da:db], da, db) if da < db else None))
            a, comma, depth = i + 1, -1, 0
    return out


def _join_padded(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """冯 镭: two one-character pieces in a row are one padded name."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        if k + 1 < len(pieces) and len(text[a:b].strip()) == 1 and len(text[slice(*pieces[k + 1])].strip()) == 1:
            out.append((a, pieces[k + 1][1]))
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out


def read_tail(text: str, pos: int, end: int | None = None) -> Tail | None:
    """The tail that starts at ``pos`` (等15人, 等55个交通网项目, 3人, 等), or None."""
    end = len(text) if end is None else end
    for regex in _TAIL_RES:
        m = regex.match(text, pos, end)
        if m is not None:
            groups = m.groupdict()
            n = groups.get("n")
            return Tail(m.group(), m.start(), m.end(), _count(n) if n else None, groups.get("noun"))
    return None


_KIND_TAIL_RE = re.compile(
    rf"等(?:(?:{_NUM})(?:{_alt(KIND_COUNTERS)})|(?:{_alt(KIND_QUANTITIES)})?(?:{_alt(KIND_NOUNS)}))")
#: A count of kinds right after the last item, with or without 等: …和特色产业建设工程4大类 (tests/data/real/mixed17
#: xizang_lasa_rikaze_kaigong_2020).
_KIND_COUNT_AT_RE = re.compile(rf"等?(?:{_NUM})(?:{_alt(KIND_COUNTERS)})")


def counts_kinds_at(text: str, pos: int) -> bool:
    """Whether a count of kinds (4大类, 等3个方面) stands at ``pos``, after a list's last item: the list names
    categories."""
    return _KIND_COUNT_AT_RE.match(text, pos) is not None


def counts_kinds(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a tail in ``text[start:end]`` counts kinds (等4类, 等3个方面): the list before it
    names categories, none of them a thing of its own."""
    return _KIND_TAIL_RE.search(text, start, len(text) if end is None else end) is not None


def _count(n: str) -> int | None:
    n = n.translate(str.maketrans("０１２３４５６７８９", "0123456789")).replace("两", "二")
    try:
        return cn_number(n)
    except (KeyError, ValueError):
        return None


def _tail_at_end(text: str, start: int, end: int) -> Tail | None:
    """A tail that closes ``text[start:end]``: the last 等, or a count (3人) after the last item."""
    k = text.rfind("等", start, end)
    if k > start and (t := read_tail(text, k, end)) is not None and t.end == end:
        return t
    m = re.search(rf"(?:{_NUM})(?:人|名同志|位同志|名|位)$", text[start:end])
    if m is not None and start + m.start() > start:
        return read_tail(text, start + m.start(), end)
    return None


def read_list(text: str, start: int, end: int, *, head: str | None = None, spaces: bool = False,
              lines: bool = False, conjunctions: Sequence[str] = ()) -> ListMatch:
    """The list written in ``text[start:end]``: its items, with a closing tail (等15人,
    等N个…) taken off and its count read."""
    a, b = _trim(text, start, end)
    tail = _tail_at_end(text, a, b)
    items = split_items(text, a, tail.start if tail else b, spaces=spaces, lines=lines, conjunctions=conjunctions)
    return ListMatch(tuple(items), head, tail.text if tail else None, tail.count if tail else None, (start, end))


def list_after_head(text: str, pos: int, end: int | None = None, *, heads: Sequence[str] | None = None,
                    stop: re.Pattern[str] | None = None, spaces: bool = False, lines: bool = False,
                    conjunctions: Sequence[str] = ()) -> ListMatch | None:
    """The list opened by a head word at ``pos`` (包括, 是：, 如下：, 分别为 …), up to
    ``stop`` (default: a sentence's end 。 or a line break; with ``lines``, a blank line).
    None when no head stands at ``pos``."""
    end = len(text) if end is None else end
    head_re = _HEAD_RE if heads is None else re.compile(rf"[ \t\u3000]*(?P<head>(?:{_alt(heads)})[ \t\u3000]*[：:]?)[ \t\u3000]*")
    m = head_re.match(text, pos, end)
    if m is None:
        return None
    stop = stop or (re.compile(r"\n[ \t\u3000]*\n|。") if lines else _LIST_END_RE)
    s = stop.search(text, m.end(), end)
    stop_at = s.start() if s else end
    found = read_list(text, m.end(), stop_at, head=m["head"], spaces=spaces, lines=lines, conjunctions=conjunctions)
    if not found.items:
        return None
    return ListMatch(found.items, m["head"], found.tail, found.count, (m.start("head"), stop_at))


#: Heads that end the text before a list read leftwards (one-character heads such as 为
#: also stand inside names, 张为民, so they are left to the caller's ``first_start``).
_FIRST_STOP_RE = re.compile(_alt([h for h in HEADS if len(h) > 1]))


def first_item_start(text: str, start: int, end: int) -> int:
    """Where the leftmost item starts: after the last head word of two or more
    characters (包括, 分别为 …) inside it — a list read leftwards, or the first item of a clause split at its
    separators (开发区(产业园区)分别为宁夏青铜峡工业园区、… → 宁夏青铜峡工业园区; tests/data/real/mixed19
    ningxia_wuzhong_kaifaqu_2022)."""
    cut = start
    for m in _FIRST_STOP_RE.finditer(text, start, end):
        if m.end() < end:
            cut = max(cut, m.end())
    return cut


def list_before(text: str, end: int, *, floor: int = 0, item_chars: str = ITEM_CHARS,
                conjunctions: Sequence[str] = (), first_start: Callable[[str, int, int], int] | None = None,
                max_items: int = 200) -> ListMatch | None:
    """The list whose last item ends at ``end``, read leftwards item by item, with the
    tail that starts at ``end`` (等55个交通网项目) when one does.

    Reading stops at ``floor`` or at the first character that is neither an item's
    (``item_chars``, a regex character class) nor a separator; the leftmost item then
    starts where ``first_start(text, start, end)`` says (default: after a head word
    such as 包括 or 为 inside it). Linear in the length of the list.
    """
    char_re = _ITEM_CHAR_RE if item_chars == ITEM_CHARS else re.compile(item_chars)
    tail = read_tail(text, end)
    seps = set(SEPARATORS)
    conj = sorted(conjunctions, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    b = end
    i = end
    depth = 0
    while i > floor and len(spans) < max_items:
        c = text[i - 1]
        if c in _CLOSERS:  # a quote's 、 separates nothing (“万、千、百、十”脱贫攻坚项目)
            depth += 1
        elif c in _OPENERS:
            depth = max(0, depth - 1)
        elif depth == 0 and c in seps:
            spans.append((i, b))
            b = i - 1
            i -= 1
            continue
        elif depth == 0 and i < b and (w := next(
                (w for w in conj if i - len(w) >= floor and text.startswith(w, i - len(w))), None)):
            spans.append((i, b))  # 和 between two items
            b = i - len(w)
            i -= len(w)
            continue
        if depth == 0 and not char_re.match(c):
            break
        i -= 1
    spans.append((i, b))
    first_a, first_b = spans[-1]
    first = (first_start or first_item_start)(text, first_a, first_b)
    spans[-1] = (first, first_b)
    items = []
    for a, b2 in reversed(spans):
        a, b2 = _trim(text, a, b2)
        if a < b2:
            items.append(Item(text[a:b2], a, b2))
    if not items:
        return None
    return ListMatch(tuple(items), None, tail.text if tail else None, tail.count if tail else None,
                     (items[0].start, tail.end if tail else end))


_ITEM_HEAD_RE = re.compile(rf"(?:{_alt(ITEM_HEADS)}|(?:{_alt(WORK_MANNERS)})*(?:{_alt(WORK_VERBS)}))"
                           r"[ \t\u3000]*[：:，,]?[ \t\u3000]*")
_AFTER_MODIFIER_HEAD_RE = re.compile(r"(?:有|为|是)[：:]?")
_MODIFIER_RE = re.compile(rf"(?:{'|'.join(MODIFIERS)})$")
_ITEM_OPEN = _OPEN + "".join(a for a, _ in QUOTES)
_ITEM_CLOSE = _CLOSE + "".join(b for _, b in QUOTES)


def item_start(text: str, start: int, end: int) -> int:
    """Where the name in the item ``text[start:end]`` starts: after a modifier of :data:`MODIFIERS` ending in
    :data:`MODIFIER_END` (总投资10亿元的, 福清市的; outside brackets and quotes), with a one-character head
    after it (具有代表性的有), and after heads of :data:`ITEM_HEADS` left on it (其中包括)::

        >>> s = "具有代表性的有仓山万科派广场二期"
        >>> s[item_start(s, 0, len(s)):]
        '仓山万科派广场二期'
    """
    cut = start
    if text.find(MODIFIER_END, start, end) < 0:
        return _after_heads(text, cut, end, start)
    depth = 0
    for i in range(start, end):
        c = text[i]
        if c in _ITEM_OPEN:
            depth += 1
        elif c in _ITEM_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c == MODIFIER_END and (_MODIFIER_RE.search(text, max(start, i - 16), i)
                                                   or text.startswith(MODIFIER_HEAD, i + 1)):
            cut = i + 1
    if cut > start and (m := _AFTER_MODIFIER_HEAD_RE.match(text, cut, end)) is not None:
        cut = m.end()
    return _after_heads(text, cut, end, start)


def _after_heads(text: str, cut: int, end: int, start: int) -> int:
    while (m := _ITEM_HEAD_RE.match(text, cut, end)) is not None and m.end() < end:
        cut = m.end()
    return cut if cut < end else start


# --- What items share -------------------------------------------------------------------

def share_unit(posts: Sequence[tuple[str | None, str]], *, unit: str | None = None,
               inner: Sequence[str] = INNER_BODIES) -> list[tuple[str | None, str]]:
    """Chained posts after one unit each carry it: (unit, title) pairs in order, where a
    post written without a unit, or with only an inner body (:data:`INNER_BODIES`),
    takes the unit of the post before (``unit``: the one before the first post)::

        >>> share_unit([("上海市松江区人民法院", "副院长"), ("审判委员会", "委员"), (None, "审判员")])
        [('上海市松江区人民法院', '副院长'), ('上海市松江区人民法院', '审判委员会委员'), ('上海市松江区人民法院', '审判员')]
        >>> share_unit([("中级人民法院审判委员会", "委员"), ("立案庭", "庭长"), (None, "审判员")])
        [('中级人民法院', '审判委员会委员'), ('中级人民法院', '立案庭庭长'), ('中级人民法院', '审判员')]

    A unit that ends with one of :data:`INNER_BODY_POSTS` gives its body to the title (a post of the outer unit).
    """
    out: list[tuple[str | None, str]] = []
    for org, title in posts:
        body = next((b for b in INNER_BODY_POSTS if org and org.endswith(b) and len(org) > len(b)), None)
        if org is not None and body is not None:
            unit = org[: -len(body)]
            out.append((unit, body + title))
        elif org is None:
            out.append((unit, title))
        elif (org in inner or org.endswith(INNER_BODY_ENDINGS)) and unit is not None \
                and not unit.endswith(NOT_INNER_AFTER.get(org, ())):
            out.append((unit, org + title))
        elif org in UNIT_OFFICES and unit is not None:
            out.append((unit + org, title))
        else:
            unit = _outer(org, inner)
            out.append((org, title))
    return out


def share_noun(items: Sequence[Item], tail: Tail | None) -> list[str] | None:
    """An elliptical list whose tail names what its items are, and counts them: 哈尔滨、哈尔滨利民、宾西
    等3家经济技术开发区 → 哈尔滨经济技术开发区, 哈尔滨利民经济技术开发区, 宾西经济技术开发区. None when the
    tail has no noun or its count is not the number of items."""
    if tail is None or not tail.noun or tail.count != len(items):
        return None
    return [i.text if i.text.endswith(tail.noun) else i.text + tail.noun for i in items]


def _outer(org: str, inner: Sequence[str]) -> str:
    """The unit an inner body at the end of ``org`` belongs to (…中级人民法院审判委员会 → …中级人民法院):
    the posts after it in a chain are the outer unit's."""
    body = next((b for b in sorted(inner, key=len, reverse=True) if org.endswith(b) and len(org) > len(b)), None)
    if body:
        return org[: -len(body)]
    for unit_end, division_end in INNER_DIVISIONS:  # …中级人民法院刑事审判第二庭 → …中级人民法院
        if org.endswith(division_end) and (at := org.rfind(unit_end)) > 0 and at + len(unit_end) < len(org):
            return org[: at + len(unit_end)]
    return org


def share_suffix(items: Sequence[str], suffixes: Sequence[str]) -> list[str]:
    """Items before the last that lack the suffix the last one ends with take it
    (枣阳、宜城化工园区 → 枣阳化工园区, 宜城化工园区); other lists come back unchanged."""
    if not items:
        return []
    last = items[-1]
    suffix = next((s for s in sorted(suffixes, key=len, reverse=True) if last.endswith(s) and last != s), None)
    if suffix is None:
        return list(items)
    return [i if i.endswith(suffix) or k == len(items) - 1 else i + suffix for k, i in enumerate(items)]


T = TypeVar("T")
U = TypeVar("U")


def pair_respectively(left: Sequence[T], right: Sequence[U]) -> list[tuple[T, U]] | None:
    """分别 pairing: A、B分别任X、Y → (A, X), (B, Y); one right item goes with every left
    one; None when the counts do not pair."""
    if len(right) == 1:
        return [(a, right[0]) for a in left]
    if len(left) == len(right):
        return list(zip(left, right, strict=True))
    return None
