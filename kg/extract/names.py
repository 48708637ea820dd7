"""Names of parks and projects written in running text, and where they stand.

Tables name parks and projects in a column of their own; prose does not, and
Chinese writes no spaces, so a name is found from its ending (产业园, 经济开发区,
…项目) and read leftwards to the word before it (以凤阳工业园区、… 为中心 →
凤阳工业园区; 建有孵化产业园 → 孵化产业园). The word lists are data in
:mod:`kg.patterns`. A name that runs on into a longer one (柳河经济开发区大健康
产业园区) gives only the longer one; a generic name (省级园区, 六大产业园区) none.

Hand-written: a Chinese word segmenter (jieba) splits these names into their
words, which is the opposite of what is needed here, and needs its own dictionary
of every park.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lists import EXAMPLE_HEADS
from kg.gazetteer import get_gazetteer
from kg.patterns import (
    CJK,
    COLLECTIVE_AFTER_PLACE,
    GENERIC_NAME_STARTS,
    NAME_LEFT_STOPS,
    NAME_RIGHT_STOPS,
    PARK_SUFFIXES,
    PARK_SUFFIXES_NEEDING_PLACE,
    PLACE_ENDS,
    PROVINCE_SHORT_NAMES,
    alternation,
    finditer_from,
)

__all__ = ["LEFT_STOP_RE", "PARK_END_RE", "PROVINCE_START_RE", "Name", "generic_park_name", "name_start", "stops_before", "park_names", "project_names", "region_name",
           "sibling_park_names", "ZONE_OR_REGION_RE"]

#: A single dash joins two places of one name: 中俄东宁—波尔塔夫卡互市贸易区, 滨海—中关村科技园 (tests/data/real/parks4).
#: ― (U+2015) is printed for it too: 广西中国―东盟青年产业园 (tests/data/real/mixed10 guangxi_fusui_yuanqu_2020).
_NAME_CHAR = rf"[{CJK}（）()0-9０-９A-Za-z·—―]"
_NAME_CHAR_RE = re.compile(_NAME_CHAR)
#: character → whether _NAME_CHAR_RE matches it, filled as characters are met (names are read
#: leftwards a character at a time, and a dict lookup is a fraction of a regex call).
_NAME_CHARS: dict[str, bool] = {}


def _is_name_char(c: str) -> bool:
    known = _NAME_CHARS.get(c)
    if known is None:
        known = _NAME_CHARS[c] = _NAME_CHAR_RE.match(c) is not None
    return known

#: Words a name read leftwards stops at: kg.patterns.NAME_LEFT_STOPS, and an example's head, no word of the name after it
#: (比如海口高新区和综合保税区以英利为代表的新能源产业…: tests/data/real/mixed29 hainan_sheng_zhongdianyuanqu_2013) — the
#: heads of kg.extract.lists.EXAMPLE_HEADS but 如, which opens names (如东县).
_LEFT_STOPS = NAME_LEFT_STOPS + tuple(h for h in EXAMPLE_HEADS if h != "如")

#: The ending of a park or zone name, anywhere in a text.
PARK_END_RE = re.compile(alternation(PARK_SUFFIXES))
_LEFT_STOP_RE = re.compile(
    rf"(?:{alternation(_LEFT_STOPS)}|[0-9一二三四五六七八九十两]+(?:大|个|家|座|类|批|项)|(?:19|20)\d{{2}}年"
    r"|\d{1,2}月(?:\d{1,2}日)?|有(?=年产|\d)"
    r"|讯[（(][^（）()]*[）)]|(?:报|网|电)讯)"  # a news lead: 叶城讯(通讯员张银兆)叶城工业园区
)
#: A word that no name starts with (推进, 以, 的 …): what stands before a name.
LEFT_STOP_RE = _LEFT_STOP_RE
_RIGHT_STOP_RE = re.compile(rf"(?:{alternation(NAME_RIGHT_STOPS)}|[0-9一二三四五六七八九十两]+(?:大|个))")
_GENERIC_START_RE = re.compile(rf"^(?:{alternation(GENERIC_NAME_STARTS)})+")
#: The ending of a project's name; 建设/改造 before it belong to the name (…（标准厂房）建设项目).
#: Not 工程师, a profession (拉萨市城投公司工程师杨朝勋说; tests/data/real/mixed17 xizang_lasa_rikaze_kaigong_2020).
_PROJECT_END_RE = re.compile(r"(?:建设|改造|技改|扩建|新建|提升)?(?:项目|工程(?!师))(?!项目)")
#: Where a _PROJECT_END_RE match may start (see kg.patterns.finditer_from).
_PROJECT_END_START_RE = re.compile(r"[建改技扩新提项工]")
#: What makes a name ending in 项目 a project's own name: a capacity (年产30万吨), a
#: number, a company, a park or place, a bracket, or 建设/改造/技改 of something named.
_PROJECT_SPECIFIC_RE = re.compile(
    r"年产|公司|集团|(?:" + alternation(PARK_SUFFIXES) + r")(?:[（(][^（）()]{1,10}[）)])?(?:建设|改造|扩建)$"
)
_GENERIC_PROJECTS = ("重点项目", "建设项目", "工业项目", "产业项目", "招商项目", "该项目", "本项目", "新建项目",
                     "续建项目", "在建项目", "竣工项目", "签约项目", "重大项目", "民生项目", "基础设施项目")
#: A zone or region named at the start of a sentence: its subject (凤阳县2012年…, 柳河经济开发区组建于…).
ZONE_OR_REGION_RE = re.compile(
    rf"[{CJK}（）()]{{2,20}}?(?:{alternation(PARK_SUFFIXES)}|自治州|自治县|市|县|区|旗)"
)


@dataclass(frozen=True)
class Name:
    """A name found in a text: [start, end) offsets and the name as printed."""

    start: int
    end: int
    text: str


_QUOTED_TITLE_RE = re.compile(r"《[^《》\n]{1,80}》")


#: A run of name characters, matched on a reversed piece of text: the run that ends where a name does.
_NAME_RUN_RE = re.compile(f"{_NAME_CHAR}*")


def _name_start(text: str, end: int, floor: int = 0) -> int:
    """Where the name that ends at ``end`` starts: after the last separator or stop word."""
    start = end
    while start > floor:  # back over name characters, 64 at a time, each piece reversed and matched in C
        lo = max(floor, start - 64)
        start -= _NAME_RUN_RE.match(text[lo:start][::-1]).end()  # type: ignore[union-attr]  # * matches empty
        if start > lo:
            break
    cut = start
    for m in _LEFT_STOP_RE.finditer(text, start, end):
        if m.end() <= end:
            cut = max(cut, m.end())
    while cut < end and text[cut] in "）)":
        cut += 1
    depth = 0  # a closing bracket the name did not open ends what stood before it: 叶城讯(通讯员张银兆)叶城工业园区
    for i in range(cut, end):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            if depth == 0:
                cut = i + 1
            depth = max(0, depth - 1)
    if cut == start and cut - 3 >= floor and text[cut - 1] in _PLACE_HYPHENS and _is_name_char(text[cut - 2]):
        # 成都-阿坝工业园: two places joined by a hyphen open the name (tests/data/real/mixed29 sichuan_sheng_kaifaqu_2010)
        before = _name_start(text, cut - 1, floor)
        if cut - 1 - before >= 2 and _all_places(text[before : cut - 1]) and get_gazetteer().longest_opening(
                text[cut:end], ("province", *_THROUGH_LEVELS)) is not None:
            return before
    return cut


#: Hyphens that join two places opening one name (成都-阿坝工业园); not the dashes of _NAME_CHAR, which a name holds anyway.
_PLACE_HYPHENS = "-－"


#: A province after a park's ending (or after 及/和/与 there) starts the next name (PROVINCE_SHORT_NAMES).
PROVINCE_START_RE = re.compile("[及和与]?(?:" + alternation(PROVINCE_SHORT_NAMES) + ")")
#: A bare 园区 ends a longer name a park's name runs on into: 宁波人才创业园智能制造(鄞州)园区.
_ZONE_END_RE = re.compile(r"园区")


def _runs_on(text: str, end: int, ending: str = "") -> bool:
    """Whether the name ending at ``end`` (in ``ending``) is the start of a longer park name; two
    names of one kind written one after the other are two (咸宁高新区黄冈高新区晋升国家级, a headline in
    tests/data/real/parks4 hubei_sheng_gaoxinqu_shengji_2017)."""
    nxt = PARK_END_RE.search(text, end, end + 16) or _ZONE_END_RE.search(text, end, end + 16)
    if nxt is None or PROVINCE_START_RE.match(text, end) or (nxt.group() == ending and nxt.start() - end >= 2):
        return False
    between = text[end : nxt.start()]
    return all(_is_name_char(c) for c in between) and not _RIGHT_STOP_RE.search(between) \
        and not _LEFT_STOP_RE.search(between) and between[:1] not in ("（", "(")


#: (自治区高新技术产业开发区 after 认定…为: a rank, as 省级 is; tests/data/real/parks4 ningxia_zizhiqu_gaoxinqu_pifu_2021.)
_GENERIC_PREFIXES = ("产业", "工业", "科技", "经济", "特色", "重点", "各类", "专业", "产业转移", "现代", "自治区")


_BRACKETED_RE = re.compile(r"[（(][^（）()]*[）)]")
#: A grade before a kind of park: 自治区级A类工业集中区 (tests/data/real/mixed8 gongcheng_yuanqu_2022).
_CLASS_RE = re.compile(r"[A-Za-zＡ-Ｚ甲乙丙一二三四五]类")


def _generic(name: str, prefix_len: int) -> bool:
    """省级产业转移工业园, 吉林省省级开发区, 湖南省高新技术产业开发区, 各类园区: a kind of park, not a park."""
    prefix = _GENERIC_START_RE.sub("", name[:prefix_len])
    if _kind_without_place(name) or _collective_of_place(name):
        return True
    if ("(" in prefix or "（" in prefix) and PARK_END_RE.fullmatch(_BRACKETED_RE.sub("", name)):
        return True  # 边(跨)境经济合作区: a kind with a word in brackets (tests/data/real/mixed10 yunnan_yuanqu_guihua_2022)
    return (len(prefix) < 2 or prefix in _GENERIC_PREFIXES or _CLASS_RE.fullmatch(prefix) is not None or _LEVEL_END_RE.search(prefix) is not None
            or _PROVINCE_RE.fullmatch(prefix) is not None)


def _collective_of_place(name: str) -> bool:
    """武清区示范工业园区: a division, then a word of :data:`kg.patterns.COLLECTIVE_AFTER_PLACE` before the kind."""
    if not any(name.find(w, 2, 7 + len(w)) >= 0 for w in COLLECTIVE_AFTER_PLACE):  # a word starting at 2 to 7
        return False  # the common case, without the gazetteer
    hit = get_gazetteer().longest_opening(name[:8], ("province", *_THROUGH_LEVELS))
    return hit is not None and name[hit[0] - 1] in PLACE_ENDS and name.startswith(COLLECTIVE_AFTER_PLACE, hit[0])


def _kind_without_place(name: str) -> bool:
    """化工专业园区, 培育化工专业园区: an ending of PARK_SUFFIXES_NEEDING_PLACE after an industry's word, no place opening
    the name (卫辉市铁西化工专业园区 is a park)."""
    return name.endswith(PARK_SUFFIXES_NEEDING_PLACE) \
        and get_gazetteer().longest_opening(name[:8], ("province", *_THROUGH_LEVELS)) is None


def generic_park_name(name: str, *, listed: bool = False) -> bool:
    """Whether a name ending like a park (化工园区, 省级开发区, 各类园区) names a kind of park, not one.
    An item listed with parks needs only a word before its 园 or 区 (化工园、光伏发电园和重工业园)."""
    if _kind_without_place(name) or _collective_of_place(name):
        return True
    if listed:
        suffixes = list(PARK_END_RE.finditer(name))
        if suffixes and _LEVEL_END_RE.search(name[:suffixes[-1].start()]):
            return True  # 促进国家级经济技术开发区
        prefix = _GENERIC_START_RE.sub("", re.sub(r"(?:园区|园|区)$", "", name))
        return len(prefix) < 2 or prefix in _GENERIC_PREFIXES or prefix in _BARE_ZONE_WORDS \
            or _COUNT_RE.fullmatch(prefix) is not None or _LEVEL_END_RE.search(prefix) is not None
    ends = list(_ANY_PARK_END_RE.finditer(name))
    prefix_len = ends[-1].start() if ends else len(name) - 1
    return _generic(name, prefix_len) or _GENERIC_START_RE.match(name) is not None \
        or _COUNT_RE.fullmatch(name[:prefix_len]) is not None


_ANY_PARK_END_RE = re.compile(rf"(?:{alternation(PARK_SUFFIXES)}|园区|园|工业区|产业区)")
_COUNT_RE = re.compile(r"[0-9一二三四五六七八九十两百]+")
#: What is left of a bare zone word without its 区 or 园: 开发区, 高新区, 集聚区 name no zone.
_BARE_ZONE_WORDS = tuple({re.sub(r"(?:园区|园|区)$", "", s) for s in PARK_SUFFIXES if not s.startswith("化")})


_STOP_BETWEEN_RE = re.compile(
    rf"(?:{alternation(tuple(w for w in NAME_RIGHT_STOPS if w != '及'))}|{alternation(_LEFT_STOPS)}"
    r"|[0-9一二三四五六七八九十两]+(?:大|个|家)"
    r"|\d{1,3}[.．、](?!\d))"  # the next item's number, run on: 4.洛阳高新技术产业集聚区5.长葛市产业集聚区
)


def stops_before(text: str) -> bool:
    """Whether a name ending just before ``text`` stops there: a stop word or a count comes
    before the next park ending (…经济开发区整合为…, …产业园三大省级园区); …开发区化工及精细化工园区
    runs on (及 joins two words of one name)."""
    nxt = PARK_END_RE.search(text)
    return nxt is None or PROVINCE_START_RE.match(text) is not None or _STOP_BETWEEN_RE.search(text, 0, nxt.start()) is not None


def name_start(text: str, end: int, floor: int = 0) -> int:
    """Where the name that ends at ``end`` starts, reading leftwards (not before ``floor``)."""
    return _name_start(text, end, floor)


_LEVEL_END_RE = re.compile(r"(?:省级|国家级|市级|县级|区级)$")
#: A province alone before a park ending names a designation (湖南省高新技术产业开发区), not a park.
_PROVINCE_RE = re.compile(rf"[{CJK}]{{2,3}}省|[{CJK}]{{2,6}}自治区")


_CJK_RE = re.compile(rf"[{CJK}]")


#: A kind of zone alone opening what reads as one name: the zone the park after it lies in, no part of its name (集中开工
#: 仪式近日在边境经济合作区俄蜜源蜂业产业园区举行: tests/data/real/mixed23 heilongjiang_mudanjiang_suifenhe_kaigong_2023).
_BARE_KIND_START_RE = re.compile(alternation(PARK_SUFFIXES))


#: A division of the 新疆生产建设兵团 written before a park it hosts, in its name before 2012 (新疆兵团农四师霍尔果斯工业园区,
#: 农五师新赛工业园区: tests/data/real/mixed32 xinjiang_bingtuan_duikouzhiyuan_yuanqu_2012). Since 2012 the 第N师 form
#: opens the park's own name (第一师阿拉尔经济技术开发区: mixed28 xinjiang_bingtuan_alaer_kuoqu_2024), kept whole.
DIVISION_RE = re.compile(r"(?:新疆)?(?:生产建设)?(?:兵团)?农[一二三四五六七八九十]{1,3}师")


def _last_division(text: str, start: int, end: int) -> int | None:
    """Where the last 兵团 division in ``text[start:end]`` ends."""
    last = None
    for d in DIVISION_RE.finditer(text, start, end):
        last = d.end()
    return last


def park_names(text: str) -> Iterator[Name]:
    """Park and zone names in ``text``, in order (a name inside a longer one is not given)."""
    return iter(_park_names(text))


@lru_cache(maxsize=2048)
def _park_names(text: str) -> tuple[Name, ...]:
    """:func:`park_names`, kept for the last texts asked: kg.extract.parks reads a sentence's names
    in several passes (its list, its subject, the sentence) and a name's words again (frozen Names)."""
    return tuple(_iter_park_names(text))


def _iter_park_names(text: str) -> Iterator[Name]:
    quoted = [q.span() for q in _QUOTED_TITLE_RE.finditer(text)]
    floor = 0  # a name starts after the last one given (咸宁高新区|黄冈高新区)
    for m in PARK_END_RE.finditer(text):
        if _runs_on(text, m.end(), m.group()) or quoted and any(a <= m.start() < b for a, b in quoted):
            continue  # a longer name goes on, or a document's title (《关于补办开发区审批手续的函》)
        start = _name_start(text, m.start(), floor)
        if start > floor and _is_name_char(text[start - 1]):  # cut by a stop word: is it a place's character?
            start = _place_through(text, start, floor, ends_here=_generic(text[start : m.end()], m.start() - start))
        if (kind := _BARE_KIND_START_RE.match(text, start, m.start())) is not None and m.end() - kind.end() >= 4:
            start = kind.end()  # 在边境经济合作区俄蜜源蜂业产业园区举行: the zone it lies in, named by its kind alone
        start = after_label(text, start, m.start())
        if "师" in text[start : m.start()] and (division := _last_division(text, start, m.start())) is not None:
            start = division  # 新疆兵团农四师|霍尔果斯工业园区: a 兵团 division hosts the park, no part of its name
        name = text[start : m.end()]
        if _generic(name, m.start() - start) or not _CJK_RE.match(name):
            continue
        if (inner := _province_inside(name)) is not None:
            if start == floor > 0:  # run on from the name before: a name of the run with no ending of its own
                yield Name(start, start + inner, name[:inner])
            start, name = start + inner, name[inner:]
        floor = m.end()
        yield Name(start, m.end(), name)


#: How far left of a stop word's cut a place's name may start (和林格尔, 云和).
_PLACE_REACH = 3
#: The levels of a place whose name a stop word's character stands in.
_THROUGH_LEVELS = ("city", "district")


def _place_through(text: str, start: int, floor: int, *, ends_here: bool) -> int:
    """Where a name cut by a stop word's character starts when that character is part of a city's or county's name
    that runs on past the cut (把呼和浩特经济技术开发区 → 呼和浩特…, not 浩特…; tests/data/real/mixed20
    neimenggu_sheng_guojiajijingkaiqu_yijian_undated), or, when the cut left a bare kind (``ends_here``: 经济开发区),
    ends at it (浙江云和经济开发区, 云和县; mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022); else ``start``."""
    gazetteer = get_gazetteer()
    if gazetteer.longest_opening(text[start : start + 8], ("province", *_THROUGH_LEVELS)) is not None:
        return start  # 筹建安徽合肥…: a place starts at the cut (not 建安 read across it)
    for at in range(start - 1, max(floor, start - _PLACE_REACH) - 1, -1):
        if not _is_name_char(text[at]):
            break
        hit = gazetteer.longest_opening(text[at : start + 4], _THROUGH_LEVELS)
        if hit is not None and (at + hit[0] > start or ends_here and at + hit[0] == start):
            # the province before it stays with it (浙江云和…)
            return next((at - k for k in (3, 2) if at - k >= floor and text[at - k : at] in _PROVINCES), at)
    return start


#: Where a province may start a second name inside what reads as one: after a place and a word of a name's own.
_PROVINCE_INSIDE_MIN = 4


def _province_inside(name: str) -> int | None:
    """Where a second park's name starts inside ``name``: a province and its county or city after a name that opens
    with a place but does not end like a park (衢州智造新城浙江莲都经济开发区, two zones printed with no mark between;
    tests/data/real/mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022); None for one name (中新天津生态城,
    崇左市广西中国―东盟青年产业园: only places before the province, kg.extract.parks reads them as its host)."""
    gazetteer = get_gazetteer()
    for m in _PROVINCE_IN_RE.finditer(name, _PROVINCE_INSIDE_MIN):
        if name[m.start() - 1] in "（(—―-" or PARK_END_RE.search(name, m.start() - 3, m.start()):
            continue
        if gazetteer.longest_opening(name[m.end():], _THROUGH_LEVELS) is None:
            continue  # 天津港保税区: a province's name as a word of the name, no place after it
        opening = gazetteer.longest_opening(name, _THROUGH_LEVELS)
        if opening is None or opening[0] >= m.start() or _all_places(name[: m.start()]):
            continue
        return m.start()
    return None


def after_label(text: str, start: int, end: int) -> int:
    """Where a name read from ``start`` to a park ending at ``end`` starts after an industry's label written before it:
    a label and a dot (新材料·上海金山工业园区), or words naming no place before a province and its city or county
    (特钢新材料及制品江苏江阴高新技术产业开发区, 装备制造(新能源电力装备)江苏溧阳…; a list of a national demonstration
    base's parks, each after its industry: tests/data/constructions/parks.tsv). ``start`` when no label stands there."""
    dot = text.rfind("·", start, end)
    inside = _PROVINCE_IN_RE.search(text, start + 2, end)
    if dot < 0 and inside is None:
        return start  # the common case, without the gazetteer
    gazetteer = get_gazetteer()
    if dot >= 0 and gazetteer.longest_opening(text[dot + 1 : dot + 9], ("province", *_THROUGH_LEVELS)) is not None:
        return dot + 1
    for m in _PROVINCE_IN_RE.finditer(text, start + 2, end):
        if text[m.start() - 1] in "（(—―-·" or gazetteer.longest_opening(text[m.end() : end], _THROUGH_LEVELS) is None:
            continue  # 中国(江苏)…, 天津港…: a province's name as a word of the name
        if not any(gazetteer.longest_opening(text[k : m.start()], ("province", *_THROUGH_LEVELS)) is not None
                   for k in range(start, m.start())):
            return m.start()
        break
    return start


_PROVINCE_IN_RE = re.compile(alternation(PROVINCE_SHORT_NAMES))
_PROVINCES = frozenset(PROVINCE_SHORT_NAMES)


def _all_places(text: str) -> bool:
    """Whether ``text`` is places written one after another (崇左市, 宁波市鄞州区)."""
    gazetteer, pos = get_gazetteer(), 0
    while pos < len(text) and (hit := gazetteer.longest_opening(text[pos:], ("province", *_THROUGH_LEVELS))) is not None:
        pos += hit[0]
        if pos < len(text) and text[pos] in PLACE_ENDS:
            pos += 1
    return pos >= len(text)


_ENUM_RUN_RE = re.compile(rf"[{CJK}（）()]{{2,16}}(?:[、和][{CJK}（）()]{{2,16}})+")
_ENUM_PIECE_RE = re.compile(r"[^、和]+")
_GARDEN_END_RE = re.compile(r"园区|园")
#: Names ending in 园 that are not parks: 公园, 校园, 幼儿园 ….
_GARDENS = ("公园", "校园", "幼儿园", "家园", "庄园", "花园", "陵园", "果园", "茶园", "菜园", "乐园", "田园",
            "植物园", "动物园", "园林")


def sibling_park_names(text: str, names: list[Name]) -> Iterator[Name]:
    """Items that stand in one enumeration with a park name and end like a park
    (集轻工业园、商贸物流园、化工园、光伏发电园和重工业园为特色): the list says what
    they are, though 化工园 alone would be any garden. Names already found are not given."""
    known = {(n.start, n.end) for n in names}
    if not known:
        return  # an enumeration is read only where it holds a name found (below): none, no sibling
    for run in _ENUM_RUN_RE.finditer(text):
        pieces = [(run.start() + m.start(), run.start() + m.end()) for m in _ENUM_PIECE_RE.finditer(run.group())]
        items: list[tuple[int, int]] = []
        for k, (a, b) in enumerate(pieces):
            if k == len(pieces) - 1 and (end := _GARDEN_END_RE.search(text, a, b)):
                b = end.end()  # the last item runs on into the sentence: 重工业园为特色的
            if k == 0:
                a = _name_start(text, b, floor=a)
            items.append((a, b))
        if not any(item in known for item in items):
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) in known or not 3 <= len(name) <= 12 or not _GARDEN_END_RE.search(name[-2:]) \
                    or name.endswith(_GARDENS) or _GENERIC_START_RE.match(name):
                continue
            yield Name(a, b, name)


def project_names(text: str) -> Iterator[Name]:
    """Projects named in prose: …年产30万吨超高功率石墨电极项目, …大健康产业园区（标准厂房）建设项目."""
    for m in finditer_from(_PROJECT_END_START_RE, _PROJECT_END_RE, text):
        start = _name_start(text, m.start())
        name = text[start : m.end()]
        if len(name) < 6 or name in _GENERIC_PROJECTS or not _PROJECT_SPECIFIC_RE.search(name[:-2]):
            continue
        if _GENERIC_START_RE.match(name):
            continue
        yield Name(start, m.end(), name)


def region_name(text: str) -> str | None:
    """The zone or region that ``text`` opens with (位于柳河经济开发区东南部 → 柳河经济开发区)."""
    m = ZONE_OR_REGION_RE.match(text)
    if m is None:
        return None
    return m.group()
