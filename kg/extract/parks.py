"""Parks: one :class:`~kg.records.Park` per row of a 特色产业园 table, and per park named in prose.

A parks table is any table read by :mod:`kg.extract.tables` whose name column
names parks (重点产业园名称, 园区名称 …). The host is the bracketed region after
the name (机器人小镇（余姚市） → 机器人小镇, 余姚市) or a host column; the sector
(领域) is carried down to blank cells, as a merged cell spans the rows below it.

In prose (a zone's description, news of an approval) parks are found by their
names (:mod:`kg.extract.names`) and take their host from the text around them:
``X位于Y`` / ``X依托Y建设`` (Y), ``长沙市在A基础上建设B`` (长沙市), the zone or
county a sentence opens with (凤阳县…形成了以A、B为中心…), else the zone the
whole text is about (named at a sentence start and again later). A park whose
host the text does not give (我市已有…) is not recorded, nor the subject zone itself.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from kg.extract.devzones import catalogue_names_in, is_zone_name, match_zone, same_zone
from kg.extract.lists import (
    CLAUSE_HEADS,
    CONJUNCTIONS,
    INDUSTRY_LIST_TAIL_RE,
    REMARK_HEADS,
    SEPARATORS,
    Item,
    counts_kinds,
    first_item_start,
    list_after_head,
    pair_respectively,
    read_tail,
    share_noun,
    split_items,
)
from kg.extract.lists import HEADS as LIST_HEADS
from kg.extract.lists import NUMBER as COUNT
from kg.extract.names import (
    DIVISION_RE,
    PARK_END_RE,
    PROVINCE_START_RE,
    Name,
    after_label,
    generic_park_name,
    name_start,
    park_names,
    region_name,
    sibling_park_names,
    stops_before,
)
from kg.extract.script import Simplified
from kg.extract.tables import Row, Table, document_tables
from kg.gazetteer import get_gazetteer, norm
from kg.patterns import (
    DIVISION_ENDS,
    GENERIC_NAME_STARTS,
    HOST_ENDINGS,
    PARK_ACTOR_VERBS,
    PARK_ANAPHORS,
    PARK_DESCRIBED_BY,
    PARK_DESIGNATED_FRAMES,
    PARK_DESIGNATION_VERBS,
    PARK_FORMER_NAME_WORDS,
    PARK_FOUNDING_VERBS,
    PARK_HONOUR_AFTER,
    PARK_HONOUR_WORDS,
    PARK_INDUSTRY_HEADS,
    PARK_INDUSTRY_LIST_ENDS,
    PARK_ITEM_FOLLOWERS,
    PARK_KIND_HEADS,
    PARK_NAME_HEADER_RE,
    PARK_NAME_LEAD_WORDS,
    PARK_NOT_A_PARK_AFTER,
    PARK_OPENING_ZONES,
    PARK_PLACE_HOLDS,
    PARK_PLACE_WITHIN,
    PARK_QUALIFIER_WORDS,
    PARK_RANK_WORDS,
    PARK_RENAME_WORDS,
    PARK_SIGNING_WORDS,
    PARK_SITE_WORDS,
    PARK_SUFFIXES,
    PARK_TITLE_HEADS,
    PARK_UNIT_OPENINGS,
    PARK_VENUE_VERBS,
    PROJECT_RANK_WORDS,
    PROJECT_ZONE_OWN_WORKS,
    PROVINCE_SHORT_NAMES,
    SENTENCE_RE,
    alternation,
)
from kg.records import Document, Park

_HOST_RE = re.compile(
    r"^(?P<name>.+?)\s*[（(](?P<host>[^（）()]+?(?:" + alternation(HOST_ENDINGS) + r"))[）)]\s*$"
)
# A host with no region ending (XX小镇（松山湖）): a short bracket of name characters
# that is not a qualifier (一期, 筹, 省级 …).
_BARE_HOST_RE = re.compile(r"^(?P<name>.+?)\s*[（(](?P<host>[\u4e00-\u9fff]{2,8})[）)]\s*$")
_QUALIFIER_RE = re.compile(alternation(PARK_QUALIFIER_WORDS))
_INDUSTRY_SPLIT_RE = re.compile(r"[、，,；;]+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LEAD_WORDS_RE = re.compile("^(?:" + alternation(PARK_NAME_LEAD_WORDS) + ")")
_RANK_RE = re.compile("^(?:" + alternation(PARK_RANK_WORDS) + ")")


def split_host(text: str) -> tuple[str, str | None]:
    """``机器人小镇（余姚市）`` → (``机器人小镇``, ``余姚市``); a short bare place name in
    brackets (``（松山湖）``) is a host too, a qualifier (``（一期）``) is not → (text, None)."""
    m = _HOST_RE.match(text)
    if m is None:
        m = _BARE_HOST_RE.match(text)
        if m is not None and _QUALIFIER_RE.search(m["host"]):
            m = None
    return (m["name"], m["host"]) if m else (text, None)


def _outer_bracket(text: str) -> str | None:
    """What the bracket closing ``text`` holds, brackets inside it kept: X(汽车及零部件(含电动汽车)) →
    汽车及零部件(含电动汽车)."""
    text = text.rstrip()
    if not text.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += text[i] in "）)"
        depth -= text[i] in "（("
        if depth == 0:
            return text[i + 1:-1].strip() or None
    return None


def split_industries(text: str) -> tuple[str, ...]:
    """Industries of a cell, split on 、/，/；, a trailing 等 dropped.

    ``光学镜头、模组、车载镜头等`` → three items; ``反射膜等光学膜材料`` stays
    whole because its 等 introduces a category rather than ending the list.
    """
    items = (INDUSTRY_LIST_TAIL_RE.sub("", part.strip()).strip() for part in _INDUSTRY_SPLIT_RE.split(text))
    return tuple(item for item in items if item)


#: A name column headed by a bare word (名称) says nothing of what it names: its cells do.
_BARE_NAME_HEADERS = ("名称",)
#: How many of such a column's names must end like a park (a catalogue of zones, not of projects or units).
_PARK_ROWS_SHARE = 2 / 3


def is_parks_table(table: Table) -> bool:
    """A name column that says 园区/开发区 …, or one headed 名称 whose names mostly end like parks and no
    responsibility column beside it (序号 / 所在盟市 / 名称 / 四至范围 / 认定类型: tests/data/real/mixed17
    neimenggu_zizhiqu_huagongyuanqu_undated), or an applicant column of parks (:func:`park_column`)."""
    return park_column(table) is not None


def _mostly_parks(table: Table, role: str) -> bool:
    names = [row.text(role, sep="") or "" for row in table.rows]
    return len(names) >= 2 and sum(_LINE_END_RE.search(n) is not None for n in names) >= _PARK_ROWS_SHARE * len(names)


def park_column(table: Table) -> str | None:
    """The role of the column that names a parks table's parks: its name column (see :func:`is_parks_table`), or
    an applicant column whose cells mostly end like parks, beside a name column of what each was granted (序号 |
    申报单位 | 认定名称: 新野县产业集聚区 | 河南省中小企业特色产业集群(纺织服装); tests/data/real/mixed24
    henan_sheng_tesechanyejiqun_gongshi_2014)."""
    name = table.column("name")
    if name is not None and PARK_NAME_HEADER_RE.search(name.text):
        return "name"
    if table.roles() & {"lead", "cooperate"}:
        return None
    if name is not None and "".join(name.text.split()) in _BARE_NAME_HEADERS and _mostly_parks(table, "name"):
        return "name"
    if table.column("applicant") is not None and _mostly_parks(table, "applicant"):
        return "applicant"
    return None


def extract_parks(doc: Document, tables: tuple[Table, ...] | None = None) -> Iterator[Park]:
    """Every park row of every parks table in ``doc``, in text order.

    A table printed twice (HTML and its TSV copy) gives each park once, with the
    evidence that carries no markup.
    """
    if isinstance(doc.text, Simplified):  # printed in traditional characters: the places it names, read in simplified
        places, self_reference = get_gazetteer().clues(doc.body)
        doc = dataclasses.replace(doc, places=places or doc.places, self_reference=self_reference or doc.self_reference)
    found: dict[tuple[str, str | None], Park] = {}
    tables = document_tables(doc) if tables is None else tables
    for table in tables:
        if (column := park_column(table)) is None:
            continue
        above: str | None = None  # the host of the row above, for a row under a merged 地区 cell
        region = _caption_region(doc.body, table.start)
        for row, sector in zip(table.rows, table.carried("sector"), strict=True):
            park = _park(doc, row, sector, above, column)
            if park is None:
                continue
            above = park.host
            if park.host is None and region:
                park = dataclasses.replace(park, host=region)
            key = (park.name, park.host)
            old = found.get(key)
            if old is None or ("<" in old.evidence.quote and "<" not in park.evidence.quote):
                found[key] = park
    prose: dict[str, tuple[Park, int]] = {}
    table_names = {name for name, _ in found}
    for park, rank in _parks_in_prose(doc, [(t.start, t.end) for t in tables]):
        if park.name in table_names:
            continue
        seen = prose.get(park.name)
        if seen is None:
            prose[park.name] = (park, rank)
            continue
        if rank < seen[1]:  # a host the text states wins over one taken from a name or the document
            seen = (dataclasses.replace(seen[0], host=park.host), rank)
        if park.industries and not seen[0].industries:  # named again where its industries are
            seen = (dataclasses.replace(seen[0], industries=park.industries,
                                        industries_raw=park.industries_raw), seen[1])
        prose[park.name] = seen
    stating = [p for p, _ in prose.values() if p.industries]
    for park, _ in prose.values():
        if not park.industries and (stated := _industries_where_named(doc.body, park.name))["industries"]:
            park = dataclasses.replace(park, **stated)
        elif not park.industries and (short := next((s for s in stating if same_zone(s.name, park.name)), None)):
            # 其中,凤县经开区批准面积…,主导产业为…: the industries of a zone named short after its full name
            # (tests/data/real/mixed7 shaanxi_sheng_jingkaiqu_rending_2025)
            park = dataclasses.replace(park, industries=short.industries, industries_raw=short.industries_raw)
        found[(park.name, park.host)] = park
    first_start: dict[int, int] = {}  # where the longest name ending at each offset starts
    for park in found.values():
        first_start[park.evidence.end] = min(park.evidence.start, first_start.get(park.evidence.end, park.evidence.start))
    for park in sorted(found.values(), key=lambda p: p.evidence.start):
        if first_start[park.evidence.end] < park.evidence.start:
            continue  # the tail of a longer name read by another path (浩特经济技术开发区 of 把呼和浩特经济技术开发区、…;
            # tests/data/real/mixed20 neimenggu_sheng_guojiajijingkaiqu_yijian_undated): the same park
        yield _catalogued(park)


def _catalogued(park: Park) -> Park:
    """The park with the code, level and approval date of its zone in the national catalogue."""
    zone = match_zone(park.name, park.host)
    if zone is None:
        return park
    return dataclasses.replace(park, catalogue_code=zone.code, catalogue_name=zone.name,
                               catalogue_level="national" if zone.national else "province",
                               catalogue_approved=zone.approved.replace(".", "-"),
                               catalogue_area_ha=float(zone.area_ha))


#: A catalogue excerpt's heading naming its region: 2018年版开发区审核公告目录(上海篇).
_CAPTION_REGION_RE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,8}?)篇[）)]\s*$")


def _caption_region(body: str, start: int) -> str | None:
    """The region the line above a table (and its header rows) gives its rows (…目录(上海篇) →
    上海市), full name."""
    lines = body[:start].rstrip().rsplit("\n", 3)[::-1]
    above = next((ln for ln in lines if "|" not in ln and "\t" not in ln), "")  # over a header's group row
    if (m := _CAPTION_REGION_RE.search(above)) is None:
        return None
    regions = get_gazetteer().names.get(norm(m["place"]), [])
    return regions[0].written if regions else None


def _park(doc: Document, row: Row, sector: str | None, above: str | None = None, column: str = "name") -> Park | None:
    raw_name = row.text(column, sep="")
    if not raw_name:
        return None
    name, host = split_host(raw_name)
    # a 所在地 cell (jiangxi 化工园区名单: 宜春市丰城市) gives the host as written, as a 地区 cell does
    host = row.text("host", sep="") or row.text("location", sep="") or host
    if host and not _CJK_RE.search(name) and PARK_END_RE.search(host):
        # 2 | 天目医药港化工集聚区 | 111.11 |: a row under a merged 地区 cell, its cells shifted left
        name, host = host, above
    industries_raw = row.text("industries", sep="，") or ""
    if not industries_raw and column == "applicant" and (granted := row.text("name", sep="")) \
            and (inner := _outer_bracket(granted)):
        industries_raw = inner  # 河南省中小企业特色产业集群(汽车及零部件(含电动汽车)): what the park was granted, for
    return Park(
        source=doc.source,
        doc_id=doc.id,
        doc_number=doc.doc_number,
        name=name,
        host=host,
        sector=sector,
        industries=split_industries(industries_raw),
        industries_raw=industries_raw,
        evidence=doc.evidence_for(row.start, row.end),
    )


_CLAUSE_RE = re.compile(r"[^，,：:]+")
#: A news lead before a sentence's subject: 本报讯, 梅州网讯, 湖南日报8月3日讯 (记者 …).
_NEWS_LEAD_RE = re.compile(r"^\s*(?:[^\s，。（）()]{0,12}?讯\s*(?:[（(][^）)]*[）)])?\s*|据了解[，,]?|目前[，,]?|近年来[，,]?)")
_PRONOUN_RE = re.compile(r"^(?:我市|我县|我区|本市|本县|本区|全市|全县|全区|我省|全省)")
#: The government a reply (批复) is addressed to, on its own line under the title: 泉州市人民政府：.
#: Another addressee may follow (桂林市人民政府,自治区商务厅:, mixed3 guangxi_guilin_jingkaiqu_pifu_2020).
_ADDRESSEE_RE = re.compile(
    r"(?m)^\s*(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|旗))(?:人民政府|政府)(?:[，,、][^：:\n]{2,30})?[：:]")
#: Where a reply grants a park to its addressee: 同意设立A、B, 批准设立…, 你市.
_GRANT_RE = re.compile(r"同意设立|批准设立|同意将|同意在|你市|你县|你区")
#: 纳入X管理: the zone that runs the park.
_MANAGED_BY_RE = re.compile(r"^\s*(?:纳入|划入|并入|归入)")
#: What a text's subject zone is followed by: 柳河经济开发区组建于…, 湖北老河口经济开发区于2013年….
_SUBJECT_PREDICATE_RE = re.compile(
    r"(?:组建|成立|始建|设立|位于|地处|坐落|于(?:19|20)\d{2}|是|(?:19|20)\d{2}年|地块|规划|总规划|辖|现有|已建成|建有)"
)
#: A county or city written as a sentence's subject: 凤阳县, 五华县 (2–4 characters and its level).
_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:自治县|自治州|县|市|区|旗)(?<!地区)")
_CUE_RE = re.compile(rf"^\s*(?:[（(][^）)]*[）)])?\s*(?:{alternation((*PARK_SITE_WORDS, '依托'))})")
#: 长沙市在浏阳工业集中区基础上建设浏阳高新区: the region hosts both zones.
_BASE_RE = re.compile(r"^(?P<region>[\u4e00-\u9fff]{2,10}?(?:自治州|市|州|县|区|盟|地区))在.+?基础上")


def _subject_of(text: str) -> str | None:
    """The zone or county a sentence opens with, followed by its predicate (柳河经济开发区组建于…,
    凤阳县2012年…); '' for 我市 (a host the text does not name); None for anything else."""
    if (lead := _NEWS_LEAD_RE.match(text)) is not None:  # (anchored: the sub of its one match, without the copy)
        text = text[lead.end():]
    text = text.lstrip()
    if _PRONOUN_RE.match(text):
        return ""
    first = next(park_names(text[:40]), None)
    if first is not None and first.start == 0:
        subject = first.text
    elif m := _PLACE_RE.match(text):
        subject = m.group()
    else:
        return None
    return subject if _SUBJECT_PREDICATE_RE.match(text[len(subject):]) else None


#: Any of PARK_SUFFIXES, anywhere (what a zone the text is about ends with).
_ANY_SUFFIX_RE = re.compile(alternation(PARK_SUFFIXES))


def _document_subject(body: str) -> str | None:
    """The zone the text is about: a sentence opens with it and a predicate follows, in the
    text's first sentences or again later (a county is a sentence's subject, not a text's)."""
    for i, m in enumerate(SENTENCE_RE.finditer(body)):
        if _ANY_SUFFIX_RE.search(body, m.start(), m.end()) is None:
            continue  # a subject is a piece of the sentence, so no park's ending in it, no zone to give
        subject = _subject_of(m.group())
        if subject and subject.endswith(PARK_SUFFIXES) and (i < 3 or body.count(subject) >= 2) \
                and not _listed_with_others(body, subject):
            return subject
    return None



def _listed_with_others(body: str, name: str) -> bool:
    """批准设立了A、B、C四个高新区: a zone listed among its peers is one of several the text
    is about, not its subject, however often it recurs; so is one printed run together with the next
    (同意整合设立浙江鹿城经济开发区浙江乐清湾临港经济开发区…; tests/data/real/mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022)."""
    return re.search(rf"{re.escape(name)}(?:[、和]|{PROVINCE_START_RE.pattern})|(?:[、和]|{PARK_END_RE.pattern}){re.escape(name)}",
                     body) is not None


def _same_zone(name: str, subject: str | None) -> bool:
    """柳河开发区 is 柳河经济开发区 written short."""
    return bool(subject) and name[:2] == subject[:2] and name[-3:] == subject[-3:]  # type: ignore[index]


def _generic_zone(text: str) -> bool:
    """省级开发区 inside a name is a rank, not a zone that hosts it."""
    return next(park_names(text), None) is None


_DESCRIBED_RE = re.compile(alternation(PARK_DESCRIBED_BY))
_VENUE_RE = re.compile(alternation(PARK_VENUE_VERBS))
_LEAD_IN_RE = re.compile(r"^\s*(?:其中[，,]?|另外[，,]?)?\s*$")
#: A later clause of a sentence that says where the park it opens lies: …,位于遵义市湄潭县西南.
_LATER_CUE_RE = re.compile(rf"[，,]\s*(?:{alternation(PARK_SITE_WORDS)})")
#: What may stand between a park and that clause: its former name (X前身为Y,位于Z).
_FORMER_NAME_RE = re.compile(alternation(PARK_FORMER_NAME_WORDS))


_TITLE_HEAD_RE = re.compile(alternation(PARK_TITLE_HEADS))
_HONOUR_IN_RE = re.compile(alternation(PARK_HONOUR_WORDS))
_TITLES_END_RE = re.compile(r"[，,；;。]")


def _title_spans(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` lists titles a park holds: from a head (PARK_TITLE_HEADS; not 分别命名为) to the clause's end."""
    spans = []
    for m in _TITLE_HEAD_RE.finditer(sentence):
        if sentence.endswith("分别", 0, m.start()) or sentence.endswith("分别被", 0, m.start() + 1):
            continue
        stop = _TITLES_END_RE.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if (bearers := _BEARERS_RE.search(sentence, m.end(), end)) is not None:
            end = bearers.start()  # 获评…“5a级园区”的为A、B等3家: those rated are named after 的为, the title before it
        spans.append((m.end(), end))
    return spans


#: What names the bearers of a title after it: 获评经济技术园区类别“5a级园区”的为盐城经济技术开发区、…等3家
#: (tests/data/constructions/parks.tsv).
_BEARERS_RE = re.compile(r"的(?:为|是|有)")


_BRACKET_HOST_RE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{2,10}?(?:区|县|市|旗))[）)]")


def _bracket_host(sentence: str, end: int) -> str | None:
    """The district a bracket right after a park's name gives: 乌鲁木齐经济技术开发区(头屯河区) (tests/data/real/mixed5
    xinjiang_wulumuqi_yuanqu_undated), as a table's 机器人小镇（余姚市） does."""
    m = _BRACKET_HOST_RE.match(sentence, end)
    if m is None or (found := _place_match(m["place"])) is None or found[0] != len(m["place"]):
        return None
    return m["place"]


_FOUNDER_RE = re.compile(rf"经(?P<place>[\u4e00-\u9fff]{{2,8}}?[{DIVISION_ENDS}])(?:人民)?政府(?=批准)")


def _founder(sentence: str, start: int) -> str | None:
    """The place whose government founded the park named at ``start`` (经前郭县政府批准成立X → 前郭县), in full
    where the gazetteer knows it."""
    m = next(reversed(list(_FOUNDER_RE.finditer(sentence, max(0, start - 24), start))), None)
    if m is None or not sentence.endswith(PARK_FOUNDING_VERBS, m.end(), start):
        return None
    return _place_at(m["place"]) or _autonomous_county(m["place"]) or m["place"]


def _autonomous_county(place: str) -> str | None:
    """An autonomous county written by its first characters and 县 (前郭县 → 前郭尔罗斯蒙古族自治县), when only one
    county's name opens so."""
    if not place.endswith("县") or len(place) < 3:
        return None
    stem = place[:-1]
    found = {r.written for regions in get_gazetteer().local_shorts.values() for r in regions
             if r.written.startswith(stem) and r.written.endswith("自治县")}
    return found.pop() if len(found) == 1 else None


#: What a zone does that names it as the subject of the projects after it, no project's word: 錢江經濟開發區共簽約項目16個
#: (tests/data/real/mixed24 zhejiang_hangzhou_yuhang_qianjiangkaifaqu_2023).
_SIGNS_RE = re.compile(alternation(PARK_SIGNING_WORDS))


def _described(sentence: str, name: Name) -> bool:
    """Whether ``sentence`` opens with the park and says what it is (PARK_DESCRIBED_BY)."""
    return _DESCRIBED_RE.match(sentence, name.end) is not None \
        and _LEAD_IN_RE.match(_NEWS_LEAD_RE.sub("", sentence[:name.start], count=1)) is not None


def _later_site(sentence: str, name: Name) -> str | None:
    """The places, as written one after another, a later clause of a sentence the park opens puts it in
    (贵州湄潭经济开发区前身为遵义市湄潭绿色食品工业园区,位于遵义市湄潭县西南 → 遵义市湄潭县)."""
    m = _LATER_CUE_RE.search(sentence, name.end)
    if m is None:
        return None
    between = sentence[name.end:m.start()]
    if "，" in between or "," in between or (next(park_names(between), None) is not None
                                             and not _FORMER_NAME_RE.match(between)):
        return None
    return _places_written(sentence[m.end():].lstrip())[0] or None


def _places_written(text: str) -> tuple[str, int]:
    """The divisions ``text`` opens with, one after another, each written with its level (遵义市湄潭县), and how many."""
    pos, count = 0, 0
    while (hit := _place_match(text[pos:])) is not None and text[pos + hit[0] - 1] in DIVISION_ENDS:
        pos, count = pos + hit[0], count + 1
    return text[:pos], count


#: A sentence that goes on with the one before's subject: 其中, ….
_GOES_ON = "其中"
_GOES_ON_RE = re.compile(r"\s*" + _GOES_ON)


def _host_of(name: Name, sentence: str, clause: str | None, sentence_subject: str | None,
             document_subject: str | None, addressee: str | None) -> str | None:
    divisions = list(DIVISION_RE.finditer(sentence, max(0, name.start - 12), name.start)) if "师" in sentence else []
    if divisions and divisions[-1].end() == name.start:
        return divisions[-1].group()  # 新疆兵团农四师霍尔果斯工业园区: the 兵团 division written before the park hosts it
    if sentence_subject and not sentence_subject.endswith(PARK_SUFFIXES) and not name.text.startswith(sentence_subject) \
            and sentence.startswith(_GOES_ON) and sentence_subject != name.text:
        return sentence_subject  # …。其中,A、B: the place the text counts them under, before a zone inside a name
    if (inner := PARK_END_RE.search(name.text, 0, len(name.text) - 2)) and inner.end() >= 4 \
            and name.text[inner.end()] not in "区园" \
            and not _generic_zone(name.text[: inner.end()]) \
            and not (document_subject and document_subject[:2] == name.text[:2]):
        # 喀什经济开发区高新技术产业园: a park of the zone it is named after (unless the text's
        # own zone is of that place: 柳河工业集中区大健康产业园区 in 柳河经济开发区's text)
        return name.text[: inner.end()]
    after = sentence[name.end:]
    if cue := _CUE_RE.match(after) or _MANAGED_BY_RE.match(after):
        written, count = _places_written(after[cue.end():].lstrip())
        # 旺苍经济开发区设在广元市旺苍县: the places as written (tests/data/real/mixed14 sichuan_kaifaqu_2012)
        place = written if count >= 2 and cue.group().rstrip().endswith(PARK_SITE_WORDS) \
            else region_name(after[cue.end():].lstrip())
        return None if place is None or place.startswith(GENERIC_NAME_STARTS) else place  # 纳入省级产业园管理
    if addressee and _GRANT_RE.search(sentence):
        return addressee
    if clause and (base := _BASE_RE.match(clause)):
        return base["region"]
    if after.startswith("基础上"):
        return None  # B是在A基础上建设的: A is what B was built from, not a park B hosts
    if sentence_subject == "":
        return None
    if sentence_subject and generic_park_name(sentence_subject, listed=True):
        sentence_subject = None  # 开发区规划建设A、B…: the text's own zone, not a host named 开发区 (mixed5 neimenggu)
    if sentence_subject and not name.text.startswith(sentence_subject) and sentence_subject != name.text:
        return sentence_subject
    return document_subject


#: A park list's items: what stands between 、 (brackets kept whole), in clauses cut at ，：
#: or a table's tab.
_CLAUSE_SEPARATORS = "，,：:\t"
_ITEM_FOLLOW_RE = re.compile(alternation(PARK_ITEM_FOLLOWERS))
#: A sub-park list in brackets after an item: 远安县化工园区(含航空航天化工园区、万里化工园区).
_SUBPARKS_RE = re.compile(r"[（(]含(?P<subs>[^（）()]+)[）)]")
#: An item of a park list may end in a bare 园 or 园区 (枝江市姚家港化工园) when its siblings are parks.
_LISTED_END_RE = re.compile(r"(?:" + alternation(PARK_SUFFIXES) + r"|园区|园|工业区|产业区)")
#: A bracket that closes a list item after the park's ending, other than a sub-park list (含…).
#: A bracket that leaves something out is no part of the name: 装备制造工业园(不包括联塑公司) (tests/data/real/mixed7
#: shaanxi_xianyang_sanyuan_gaoxinqu_undated).
_NAME_BRACKET_RE = re.compile(r"[（(](?P<inner>(?!含|不含|不包括|除|以下简称|简称|下称)[^（）()]{1,20})[）)]\s*")
_NOT_A_PARK_AFTER_RE = re.compile(alternation(PARK_NOT_A_PARK_AFTER))
_PROJECT_IN_RE = re.compile(r"项目|工程")
#: Where a list item ends: a separator, or a long dash before what the item is called (3.衡水高新技术产业开发区——河北省工程
#: 设施装备产业名区, tests/data/real/mixed18 hebei_sheng_tesechanye_mingxian_2018; one dash joins a name's places).
_ITEM_END_RE = re.compile(r"[、，,：:；;。]|——")
#: A list's head (焦作这8家开发区分别是：): the heads of kg.extract.lists of two or more characters
#: (是, 为, 有 also stand inside sentences about one park).
_LIST_HEAD_RE = re.compile(alternation([h for h in LIST_HEADS if len(h) > 1]))
#: Counters of parks: 6个, 3家, 2处 (the count itself is kg.extract.lists' NUMBER).
_PARK_COUNTERS = "个家处"
#: Quantities that make what follows a kind, not a name: 拥有…以及一批专业汽车零部件产业园区 (tests/data/real/mixed25
#: jilin_changchun_qikaiqu_xiangmu_2023).
_KIND_QUANTITIES = ("一批", "一些", "若干")
#: The place a heading or a counting clause opens with, as written (襄阳市, 恩施州, 阿勒泰地区, 黔东南州).
_HEADING_PLACE = r"(?P<place>[\u4e00-\u9fff]{2,8}?(?:自治州|地区|市|州|盟|县|区|旗))"
#: The pronoun that may take up a counted kind of zone before its list head (4个省级经济开发区,他们分别是…).
_LIST_PRONOUN = r"(?:他们|它们|其)?"
#: A heading that groups the parks after it under a place: 襄阳市6个:, 恩施州1个：, 焦作市（8个）.
_HEADING_RE = re.compile(
    rf"^\s*{_HEADING_PLACE}\s*"
    rf"(?:[（(]?\s*{COUNT}\s*[{_PARK_COUNTERS}]\s*[）)]?)?\s*(?:[:：]|$)"
)
#: The same heading inside a line, opening a clause and counting its parks: 其中,阿勒泰地区3家:A、B、C;
#: 克拉玛依市2家:D、E (mixed3 xinjiang_zizhiqu_xinzengyuanqu_2025).
_INLINE_HEADING_RE = re.compile(
    rf"(?:^|[，,])\s*(?:其中[，,]?)?\s*{_HEADING_PLACE}\s*"
    rf"[（(]?\s*{COUNT}\s*[{_PARK_COUNTERS}]\s*[）)]?\s*[:：]"
)
#: A clause that counts the parks its place holds and lists them after a head (黔东南州境内已有4个省级经济开发区,他们
#: 分别是A、B: PARK_PLACE_WITHIN, PARK_PLACE_HOLDS): the place hosts the parks of the list.
_COUNTED_PLACE_RE = re.compile(
    rf"(?:^|[，,；;])\s*{_HEADING_PLACE}"
    rf"(?:{alternation(PARK_PLACE_WITHIN)})?的?(?:{alternation(PARK_PLACE_HOLDS)})?\s*{COUNT}\s*[{_PARK_COUNTERS}]"
    rf"[^，,。；;：:]{{0,10}}?(?:{alternation(PARK_KIND_HEADS)})"
    # what befell them, before the list (长沙市4个园区挂牌,分别是A、B: tests/data/real/mixed29 hunan_changsha_huojiangyuanqu_2019)
    rf"[^，,。；;：:、]{{0,4}}"
    rf"\s*[，,：:]?\s*{_LIST_PRONOUN}(?:{_LIST_HEAD_RE.pattern})"
)
#: A place that holds the parks listed after it, the list closed by their count: 目前海南共有洋浦经济开发区、海口高新区…等11个
#: 重点园区 (tests/data/real/mixed29 hainan_sheng_zhongdianyuanqu_2013); the place as written (海南, a province's short name).
_PLACE_HOLDS_LIST_RE = re.compile(
    rf"(?:^|[，,；;])\s*(?:目前|现在|至今|截至目前)?[，,]?\s*"
    rf"(?P<place>{alternation(PROVINCE_SHORT_NAMES)}|[\u4e00-\u9fff]{{2,8}}?(?:自治州|地区|市|州|盟|县|区|旗))"
    rf"(?:{alternation(PARK_PLACE_WITHIN)})?(?:{alternation(PARK_PLACE_HOLDS)})"
    rf"(?=[^，,。；;：:]{{2,}}等{COUNT}[{_PARK_COUNTERS}])"
)
_ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])?\s*")
#: A list's parks paired in order with the zones that run them: 两个产业园分别纳入A和B统一管理.
_PAIRED_HOSTS_RE = re.compile(r"分别(?:纳入|划入|并入|归入|位于|依托|由)")
#: Where a name is a managing zone or a unit, not a park of the list: 纳入X管理, 责任单位:X.
_MANAGER_BEFORE_RE = re.compile(r"(?:纳入|划入|并入|归入)[^，。；]*$")
_UNIT_LINE_RE = re.compile(r"单位[:：]|[:：]\s*$")
#: The longest first line that is a title (longer: a text run together on one line).
TITLE_MAX = 120
_PRONOUN_ANYWHERE_RE = re.compile(r"我市|我县|我区|本市|本县|本区")


#: An autonomous prefecture's level, written short as 州 after its stem (黔西南州, 阿坝州).
AUTONOMOUS_PREFECTURE = "自治州"


def _place_match(text: str, *, provinces: bool = False, after_province: bool = False) -> tuple[int, str] | None:
    """The division ``text`` opens with: how many characters name it, and its full name (枣阳市;
    焦作 → 焦作市, 沁阳 → 沁阳市); a province too when ``provinces``, as written (新疆); with ``after_province``
    the division after a province the text opens with (江苏省江阴… → 江阴市)."""
    g = get_gazetteer()
    levels = ("province", "city", "district") if provinces else ("city", "district")
    if (opening := g.longest_opening(text, levels)) is not None:
        size, key, regions = opening
        region, piece = regions[0], text[:size]
        if not provinces and region.written != piece + "市" and text[size:size + 1] != region.written[-1:] \
                and (prov := g.longest_opening(text, ("province",))) is not None and prov[0] == size:
            # 河北辛集经济开发区: the province (河北), not a place named like it (天津 河北区, 青海 海南州); the place after it
            rest = _place_match(text[size + text.startswith("省", size):])
            return None if rest is None else (size + text.startswith("省", size) + rest[0], rest[1])
        if region.level == "province" or key == norm(region.written):
            return size, piece
        # a host is a place as written: a stem with its own level character (阿坝州, 黔西南州) stays so;
        # only a bare stem (焦作这8家) takes its full name (焦作市)
        if text[size:size + 1] and text[size:size + 1] == region.written[-1:]:
            return size + 1, text[:size + 1]
        if region.written.endswith(AUTONOMOUS_PREFECTURE) and not text.startswith("自治", size):
            return size, piece + "州"  # 黔西南高新区: an autonomous prefecture is written short with 州 (黔西南州)
        return size, region.written
    if provinces:
        if len(text) >= 2 and text[:2] in g.province_stems():
            return 2, text[:2]
    elif after_province and (prov := g.longest_opening(text, ("province",))) is not None and len(text) > prov[0] + 1:
        # 江苏省江阴高新技术产业开发区: the place after the province (江阴市; tests/data/real/mixed13
        # jiangsu_jiangyin_gaoxinqu_gengming_2010)
        skip = prov[0] + text.startswith("省", prov[0])
        rest = _place_match(text[skip:])
        return None if rest is None else (skip + rest[0], rest[1])
    return None


def _is_province(place: str | None) -> bool:
    """Whether ``place`` names a province (江苏省, 新疆)."""
    found = get_gazetteer().longest_opening(place, ("province",)) if place else None
    return found is not None and found[0] >= len(place) - 1  # type: ignore[arg-type]


def _place_at(text: str, *, provinces: bool = False, after_province: bool = False) -> str | None:
    """The full name of the division ``text`` opens with (see :func:`_place_match`)."""
    found = _place_match(text, provinces=provinces, after_province=after_province)
    return found[1] if found else None


#: A news lead naming its place: 梅州网讯, 焦作日报讯.
_LEAD_PLACE_RE = re.compile(r"(?m)^\s*(?P<place>[\u4e00-\u9fff]{2,6}?)(?:网讯|日报讯|晚报讯|讯)")


def _self_place(doc: Document) -> str | None:
    """The place a text calls 我市: its news lead's (梅州网讯), else its most named division of
    that level."""
    if (lead := _LEAD_PLACE_RE.search(doc.body[:400])) and (place := _place_at(lead["place"], provinces=True)):
        return place
    char = doc.self_reference
    return next((p for p in doc.places if char and p.endswith(char)), None)


def _document_place(doc: Document) -> str | None:
    """The place a text is about, when it says nothing nearer of a park: its news lead's, its
    title's opening place (新疆新增四个…), the place it calls 我市, its most named division."""
    if (lead := _LEAD_PLACE_RE.search(doc.body[:400])) and (place := _place_at(lead["place"], provinces=True)):
        return place
    title = next((ln.strip() for ln in doc.body.splitlines() if ln.strip()), "")
    return _leading_place(title) or _self_place(doc) or (doc.places[0] if doc.places else None)


def _leading_place(text: str) -> str | None:
    """The narrowest of the divisions ``text`` opens with, one after another (宁波市鄞州区人民政府
    → 鄞州区; 新疆新增四个… → 新疆)."""
    found, pos = None, 0
    while (hit := _place_match(text[pos:], provinces=found is None)) is not None:
        found, pos = hit[1], pos + hit[0]
    return found


def _split_depth0(text: str, seps: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators outside brackets."""
    spans, depth, begin = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            spans.append((offset + begin, offset + i))
            begin = i + 1
    spans.append((offset + begin, offset + len(text)))
    return spans


#: A count right after a park's ending makes it a kind heading the items after it: 化工产业园区4个A….
_TOWN_ENDS = ("镇", "乡", "街道")
_COUNTED_KIND_RE = re.compile(rf"\s*(?P<n>{COUNT})\s*[{_PARK_COUNTERS}]\s*[:：]?\s*(?=[\u4e00-\u9fff])")


_NAME_FOLLOWS_RE = re.compile(r"[\u4e00-\u9fff（）()]{0,20}?(?:" + alternation(PARK_SUFFIXES) + ")")


def _counted_kind(text: str, pos: int) -> bool:
    """Whether the park ending before ``pos`` is a kind its count follows, heading the names after it
    (化工产业园区4个张掖…), not a name a count of its kind closes (哈密高新技术产业开发区两个高新区)."""
    m = _COUNTED_KIND_RE.match(text, pos)
    if m is None or not _NAME_FOLLOWS_RE.match(text, m.end()):
        return False  # 昆明经济技术开发区2个营业收入超2000亿元: no name after the count
    tail = read_tail(text, m.start("n"))
    return tail is None or not tail.noun or not generic_park_name(tail.noun)


def _project_part(inner: str) -> bool:
    """A bracket naming a phase's works, not the park's (昌南农产品冷链智慧物流产业园(一期农产品交易市场), a started project:
    tests/data/real/mixed26 jiangxi_nanchang_nanchangxian_kaigong_2023); a bare phase (…综合保税区(一期)) stays."""
    return any(inner.startswith(w) and len(inner) > len(w) + 1 for w in PROJECT_ZONE_OWN_WORKS)


def _item_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The park an item of a list names: read from the item's first park ending where the name
    stops (…园区, …园区的电缆, …园区等N个, …园三大省级园区) leftwards to a stop word; the place names
    the item opens with are kept whole (无为高沟经开区, though 为 is a stop word; 呼和浩特和林格尔…)."""
    item = text[a:b]
    if sub := _SUBPARKS_RE.search(item):
        item = item[:sub.start()]
    item = item.split("等", 1)[0]  # 四明金融小镇等服务业集聚区: what follows 等 is the list's kind
    # every place a park ending ends, overlapping ones too (江苏扬州化学工业园区: 工业园 and 园区)
    ends = sorted({m.end() for i in range(len(item)) if (m := _LISTED_END_RE.match(item, i))})
    headed = a
    for stop in ends:
        if any(stop < e <= stop + 2 for e in ends):
            continue  # 工业园 of 工业园区: a longer ending goes on
        rest = item[stop:]
        if _NOT_A_PARK_AFTER_RE.match(rest) or _PROJECT_IN_RE.search(rest):
            return None  # 滁州经开区管委会, 榕威纺织科技园总投资…, …经济区基础设施配套项目: a unit or a project
        if rest and not _ITEM_FOLLOW_RE.match(rest) and not stops_before(rest):
            continue
        end = a + stop
        start = name_start(text, end, floor=a)
        lead = a
        while lead < end and text[lead] in " \t\u3000":
            lead += 1
        reach = lead  # 呼和浩特和林格尔乳业开发区: a city and its county, one after the other
        while reach < start and (place := _place_match(text[reach:end])) is not None:
            reach += place[0]
        if start > lead and reach >= start:
            start = lead
        start = after_label(text, start, end)
        if "师" in text[start:end] and (divisions := list(DIVISION_RE.finditer(text, start, end))):
            start = divisions[-1].end()  # 农七师|五五工业园区: the 兵团 division hosts the park (see _host_of)
        if _counted_kind(text, a + stop):
            headed = end  # 认定的化工产业园区4个A…: a kind and its count head the item (mixed9 gansu_zhangye_yuanqu_2023)
            continue
        if "的" in text[max(lead, headed):start]:
            return None  # 链条化的小微企业园: a description, not a name
        if (bracket := _NAME_BRACKET_RE.fullmatch(item, stop)) and _place_match(bracket["inner"]) is None \
                and not bracket["inner"].endswith(_TOWN_ENDS) and not _LISTED_END_RE.fullmatch(bracket["inner"]) \
                and not _project_part(bracket["inner"]):
            # not 汾湖高新区(黎里镇), the town it lies in (mixed10 suzhou_wujiang), nor 乌鲁木齐甘泉堡经济技术开发区(工业区),
            # a kind (mixed5 xinjiang_wulumuqi_yuanqu_undated)
            end = a + len(item)  # 南通经济技术开发区化工园区(南区): a bracket closing the item is the name's
        return (start, end) if end - start >= 3 else None
    return None


#: A head counting the parks after it (…,1个市级工业园区:A): one item is a list too.
_COUNT_HEAD_RE = re.compile(rf"{COUNT}个[^，,：:。]{{0,10}}(?:{alternation(PARK_KIND_HEADS)})\s*[:：]\s*$")


_COUNT_END_RE = re.compile(rf"{COUNT}[{_PARK_COUNTERS}]$")
_MID_COUNT_RE = re.compile(rf"{COUNT}[{_PARK_COUNTERS}]")


def _split_at_count_tail(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """An item that holds a list's count tail and the next list's first item (A、B、C4个国家级开发区和D、E等5个省级
    开发区; tests/data/real/mixed10 hainan_kaifaqu_2007): the piece before the tail, which the tail's kind of zone
    names (True), and the item after 和/及/与; else the item whole (False)."""
    if text.find("个", a, b) < 0 and text.find("家", a, b) < 0 and text.find("处", a, b) < 0:
        return [(a, b, False)]  # no counter: the common case, without a regex
    for m in _MID_COUNT_RE.finditer(text, a, b):
        tail = read_tail(text, m.start(), b)
        if m.start() > a and tail is not None and tail.noun and generic_park_name(tail.noun) \
                and PARK_END_RE.search(tail.noun) and text[tail.end:tail.end + 1] in ("和", "及", "与") \
                and not PARK_END_RE.search(text, a, m.start()):
            return [(a, m.start(), True), (tail.end + 1, b, False)]
    return [(a, b, False)]


_COUNT_BRACKET_RE = re.compile(rf"{COUNT}\s*[{_PARK_COUNTERS}]\s*[（(]")


def _counted_brackets(sentence: str) -> list[tuple[int, int]]:
    """Lists in brackets after a count: 国家级4个(A(头屯河区)、B(新市区)、C),自治区级3个(D、E、F) (tests/data/real/
    mixed5 xinjiang_wulumuqi_yuanqu_undated) — the spans inside the brackets."""
    spans = []
    for m in _COUNT_BRACKET_RE.finditer(sentence):
        depth, i = 1, m.end()
        while i < len(sentence) and depth:
            depth += (sentence[i] in "（(") - (sentence[i] in "）)")
            i += 1
        if depth == 0:
            spans.append((m.end(), i - 1))
    return spans


def _listed_parks(sentence: str) -> list[tuple[Name, bool]]:
    """Parks named as the items of a list in ``sentence`` (A、B、C等N个化工园区; 分别是A、B), each
    with whether it is a sub-park in brackets (含…). Two or more items must end like a park."""
    out: list[tuple[Name, bool]] = []
    bracketed = _counted_brackets(sentence)
    for ca, cb in _split_depth0(sentence, _CLAUSE_SEPARATORS) + bracketed:
        items = [(i.start, i.end) for i in split_items(sentence, ca, cb)]
        if len(items) < 2 and " " in sentence[ca:cb]:
            # a line of parks apart by spaces (宜春经济开发区 丰城工业园区 樟树工业园区 上高工业园区, tests/data/real/mixed31
            # jiangxi_yichun_jingkaiqu_2008): read only where every item is a park's whole name
            spaced = [(i.start, i.end) for i in split_items(sentence, ca, cb, spaces=True)]
            if len(spaced) >= 2 and all(PARK_END_RE.search(sentence, a, b) and _item_name(sentence, a, b) == (a, b)
                                        for a, b in spaced):
                items = spaced
        if items:  # 开发区(产业园区)分别为A、B: the clause's first item starts after its head
            items[0] = (first_item_start(sentence, items[0][0], items[0][1]), items[0][1])
        if len(items) >= 2 and (elliptic := _elliptic_items(sentence, items)):
            out.extend((name, False) for name in elliptic)
            continue
        counted = (_COUNT_HEAD_RE.search(sentence, 0, ca) is not None or (ca, cb) in bracketed) and len(items) == 1
        lone = _lone_before_count(sentence, *items[0]) if len(items) == 1 and not counted else None
        if len(items) < 2 and not counted and lone is None:
            continue
        counted = counted or lone is not None
        found: list[tuple[Name, bool]] = []
        pieces = [lone] if lone is not None else [piece for a, b in items for piece in _split_at_count_tail(sentence, a, b)]
        whole = _counted_as_split(sentence, items)
        for a, b, kind in pieces:
            span = _item_name(sentence, a, b)
            if span is None and kind:  # 三亚亚龙湾国家旅游度假区4个国家级开发区: the tail says what it is
                start = name_start(sentence, b, floor=a)
                span = (start, b) if b - start >= 4 else None
            if span is None:
                continue
            if whole and span[0] > a and sentence.endswith(CONJUNCTIONS, a, span[0]):
                # 茂名滨海新区绿色化工和氢能产业园、湛江东海岛化工园区等2家园区: the count says 和 joins no two items
                # (tests/data/real/parks3 guangdong_sheng_huagongyuanqu_2025)
                joined = next(c for c in CONJUNCTIONS if sentence.endswith(c, a, span[0]))
                start = name_start(sentence, span[0] - len(joined), floor=a)
                span = (start, span[1]) if start < span[0] - len(joined) else span
            name = sentence[span[0]:span[1]]
            if generic_park_name(name, listed=True) or (PARK_END_RE.fullmatch(name) and _COUNT_END_RE.search(sentence, 0, span[0])):
                continue  # …, 确认了2个化工园区、8个化工集中区: kinds counted (tests/data/real/mixed11 ningxia_huagongyuanqu_2021)
            found.append((Name(span[0], span[1], name), False))
            joiner = next((c for c in CONJUNCTIONS if sentence.startswith(c, span[1])), None)
            if joiner and (more := _item_name(sentence, span[1] + len(joiner), b)):
                # A和B, A以及B (…成都-阿坝工业园以及安县工业园等5家: tests/data/real/mixed29 sichuan_sheng_kaifaqu_2010)
                found.append((Name(more[0], more[1], sentence[more[0]:more[1]]), False))
            elif span[1] < b and PROVINCE_START_RE.match(sentence, span[1]) and (more := _item_name(sentence, span[1], b)):
                found.append((Name(more[0], more[1], sentence[more[0]:more[1]]), False))  # …集中区甘肃高台工业园: run together
            if (sub := _SUBPARKS_RE.match(sentence, span[1], b)) is not None:
                for sa, sb in ((i.start, i.end) for i in split_items(sentence, sub.start("subs"), sub.end("subs"))):
                    if _LISTED_END_RE.search(sentence[sa:sb][-2:]) and not generic_park_name(sentence[sa:sb], listed=True):
                        found.append((Name(sa, sb, sentence[sa:sb]), True))
        if lone is not None or sum(PARK_END_RE.search(n.text) is not None for n, sub in found if not sub) >= (1 if counted else 2):
            out.extend(found)
    return out


def _lone_before_count(text: str, a: int, b: int) -> tuple[int, int, bool] | None:
    """One item closed by 等N个<a kind of zone> and then 为 (确定桂林洋国家热带农业公园等15个农业产业园为海南省级现代农业
    产业园: tests/data/real/mixed26 hainan_sheng_xiandainongye_chanyeyuan_2018): the item, which the tail's kind names
    whatever its own ending, as a piece of :func:`_split_at_count_tail`."""
    k = text.find("等", a, b)
    tail = read_tail(text, k, b) if k > a else None
    if tail is None or not tail.count or not tail.noun or not PARK_END_RE.search(tail.noun) \
            or _place_match(tail.noun, provinces=True) is not None or not text.startswith("为", tail.end):
        return None
    return a, k, True


def _counted_as_split(sentence: str, items: list[tuple[int, int]]) -> bool:
    """Whether the tail closing the last of ``items`` counts them as split (A、B等2家园区): then a conjunction inside
    an item joins words of one name, not two items."""
    a, b = items[-1]
    k = sentence.find("等", a, b)
    tail = read_tail(sentence, k, b) if k > a else None
    return tail is not None and tail.count == len(items)


_KIND_HEAD_RE = re.compile(
    rf"(?:{alternation(PARK_KIND_HEADS)})(?=有)"
    rf"|(?:{alternation(PARK_DESIGNATION_VERBS)})的?[\u4e00-\u9fff]{{0,6}}?(?:{alternation(PARK_KIND_HEADS)})(?=为|是|[:：])")
#: A count of a kind of zone before a list head (4个省级经济开发区,他们分别是A、B、C、D; tests/data/real/mixed15
#: guizhou_qiandongnan_zhenyuan_kaifaqu_2012): every item is a zone of that kind, whatever it ends with (洛贯产业
#: 承接区), when the list holds as many items as the count says.
_COUNTED_KIND_HEAD_RE = re.compile(
    rf"(?P<n>{COUNT})[{_PARK_COUNTERS}][^，,。；;：:]{{0,10}}?(?:{alternation(PARK_KIND_HEADS)})[，,]?\s*{_LIST_PRONOUN}"
    rf"(?=(?:{alternation(CLAUSE_HEADS)}))")
_KIND_LIST_STOP_RE = re.compile(r"[。；;！!？?\n]")
_KIND_ITEM_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()—―]{4,40}")


_KIND_LINKS = ("有", "为", "是", ":", "：")


def _kind_listed(sentence: str, series: bool = False) -> list[Name]:
    """Parks listed after a kind of zone and 有 (现代服务业重点园区有A、B、C等; PARK_KIND_HEADS): each item
    whole, up to a bracket of sub-parks (洋浦经济开发区(含…)); one item alone only in a series of such lists
    (…;旅游业园区有陵水黎安国际教育创新试验区: ``series``, the clause before held one) or when it ends like a park."""
    out: list[Name] = []
    for m in _COUNTED_KIND_HEAD_RE.finditer(sentence):
        found = list_after_head(sentence, m.end(), heads=CLAUSE_HEADS, stop=_KIND_LIST_STOP_RE, conjunctions=("和",))
        tail = read_tail(sentence, m.start("n"))
        if found is None or tail is None or tail.count != len(found.items) or found.tail:
            continue
        counted = [Name(i.start, i.end, i.text) for i in found.items]
        if all(_KIND_ITEM_RE.fullmatch(n.text) and not generic_park_name(n.text, listed=True) for n in counted):
            out.extend(counted)
    heads = list(_KIND_HEAD_RE.finditer(sentence))
    for m in heads:
        found = list_after_head(sentence, m.end(), heads=_KIND_LINKS, stop=_KIND_LIST_STOP_RE, conjunctions=("和",))
        if found is None:
            continue
        names: list[Name] = []
        for item in found.items:
            end = item.end
            if (sub := _SUBPARKS_RE.search(item.text)) is not None:
                end = item.start + sub.start()
            text = sentence[item.start:end]
            if not _KIND_ITEM_RE.fullmatch(text) or generic_park_name(text, listed=True):
                names = []
                break
            names.append(Name(item.start, end, text))
        if len(names) >= 2 or (len(names) == 1 and (series or len(heads) > 1 or PARK_END_RE.search(names[0].text))):
            out.extend(names)
    return out


#: 各园区被分别命名为A、B、C: each park of the list before takes the new name in its turn (tests/data/real/mixed7
#: shaanxi_sheng_jingkaiqu_rending_2025).
_NAMED_EACH_RE = re.compile(r"分别(?:命名为|更名为|定名为)")
_CLAUSE_END_RE = re.compile(r"[，,；;。]")
_GROUP_CITY_ENDS = ("市", "州", "盟", "地区")
_GROUP_COUNTY_ENDS = ("县", "旗")


def _city_before_county(name: str, bare: bool = False) -> tuple[int, str] | None:
    """A park name in a list that opens with a city and then one of its counties (宝鸡市凤县工业园区): the
    county's park, grouped under the city (认定宝鸡市凤县工业园区,咸阳市长武县工业集中区、旬邑县…,汉中市…;
    tests/data/real/mixed7 shaanxi_sheng_jingkaiqu_rending_2025) — how many characters the city takes, and the city.
    With ``bare`` (the clause's first item, the next one opening with no city) the county may be written bare."""
    first = _place_match(name)
    if first is None or not name[:first[0]].endswith(_GROUP_CITY_ENDS):
        return None
    second = _place_match(name[first[0]:])
    if second is None or not PARK_END_RE.search(name, first[0] + second[0]):
        return None
    if not name[first[0]:first[0] + second[0]].endswith(_GROUP_COUNTY_ENDS) \
            and not (bare and first[1] == name[:first[0]] and _county_of(first[1], name[first[0]:])):
        return None
    return first[0], name[:first[0]]


def _written_alone(body: str, name: str) -> bool:
    """Whether the text writes ``name`` without its opening city somewhere, with no place before it (认定扶风工业园区
    等7个工业园区 in mixed25 shaanxi_sheng_jingkaiqu_pifu_2024; not 四川蒲江经济开发区 in mixed8 chengdu_kaifaqu_2019)."""
    found = _place_match(name)
    if found is None:
        return False
    rest, i = name[found[0]:], body.find(name[found[0]:])
    while i >= 0:
        if body[i - 1:i] not in DIVISION_ENDS \
                and not any((m := _place_match(body[i - k:i], provinces=True)) and m[0] == k for k in (2, 3)):
            return True
        i = body.find(rest, i + 1)
    return False


def _opens_with_city(text: str) -> bool:
    """Whether ``text`` opens with a city written whole (枣庄市峄城化工产业园: each item carries its own city)."""
    found = _place_match(text)
    return found is not None and text[:found[0]].endswith(_GROUP_CITY_ENDS)


def _county_of(city: str, text: str) -> bool:
    """Whether ``text`` opens with a county of ``city`` written bare, without its 县 or 区 (宝鸡市扶风工业园区、陈仓科技
    工业园区…; tests/data/real/mixed25 shaanxi_sheng_jingkaiqu_pifu_2024)."""
    opening = get_gazetteer().longest_opening(text, ("district",))
    return opening is not None and text[opening[0] - 1] not in DIVISION_ENDS and text[opening[0]] not in DIVISION_ENDS \
        and any(r.parent == city for r in opening[2])  # (咸阳市渭城区正阳现代农业园区: a district written whole stays)


def _place_before_zone(name: str) -> tuple[int, str] | None:
    """A city or county written before a catalogue zone's own name (拉萨市达孜工业园区, 崇左市广西中国―东盟青年
    产业园; tests/data/real/mixed10 xizang_lasa_projects_2013, guangxi_fusui_yuanqu_2020): the place hosts the zone,
    the name is the catalogue's — how many characters the place takes, and the place as written."""
    for k in range(3, min(9, len(name) - 3)):  # a set lookup first: most names hold no catalogue name after a place
        if name[k - 1] in DIVISION_ENDS and is_zone_name(name[k:]):
            found = _place_match(name)
            return (k, name[:k]) if found is not None and found[0] == k else None
    return None


def _elliptic_items(sentence: str, items: list[tuple[int, int]]) -> list[Name]:
    """Places listed before a tail that names their kind of zone and counts them: 哈尔滨、哈尔滨利民、宾西…
    等8家经济技术开发区 (tests/data/real/parks4 heilongjiang_sheng_kaifaqu_mulu_2018) — each is that zone
    (哈尔滨利民经济技术开发区), evidence the place as written. None unless no item ends like a park."""
    a, b = items[-1]
    k = sentence.find("等", a, b)
    tail = read_tail(sentence, k, b) if k > a else None
    if tail is None or tail.end != b or not tail.noun or not PARK_END_RE.search(tail.noun) \
            or not generic_park_name(tail.noun):
        return []  # the tail names no kind of zone
    spans = [*items[:-1], (a, k)]
    spans[0] = (name_start(sentence, spans[0][1], floor=spans[0][0]), spans[0][1])  # 包括哈尔滨 → 哈尔滨
    if any(PARK_END_RE.search(sentence, x, y) or y - x < 2 for x, y in spans):
        return []
    names = share_noun([Item(sentence[x:y], x, y) for x, y in spans], tail)
    return [Name(x, y, n) for (x, y), n in zip(spans, names, strict=True)] if names else []


def _heading_place(text: str) -> tuple[str, bool] | None:
    """The place a line opens as a heading (襄阳市6个:, 恩施州1个：), as written, and whether the
    heading is the whole line; a park's name (焦作市工业产业集聚区) is no heading."""
    m = _HEADING_RE.match(text)
    if m is None or PARK_END_RE.search(m["place"]):
        return None
    place = m["place"]
    if _place_at(place) is None and not place.endswith(("市", "州", "盟", "地区")):
        return None
    return place, m.end() >= len(text)


def _inline_heading(sentence: str) -> str | None:
    """The place a clause of ``sentence`` heads its list with (阿勒泰地区3家:A、B; 黔东南州境内已有4个…,他们分别是A、B),
    as written."""
    m = _INLINE_HEADING_RE.search(sentence) or _COUNTED_PLACE_RE.search(sentence) or _PLACE_HOLDS_LIST_RE.search(sentence)
    if m is None or PARK_END_RE.search(m["place"]):
        return None
    place = m["place"]
    return place if _place_at(place) is not None or place.endswith(("市", "州", "盟", "地区")) \
        or place in _PROVINCE_SHORT else None


_LINE_END_RE = re.compile(r"(?:" + _LISTED_END_RE.pattern + r")$")
_INNER_PUNCT_RE = re.compile(r"[，,。；;：:、\s]")


#: A short name given in a bracket that closes a line (tests/data/real/mixed25 shaanxi_sheng_jingkaiqu_pifu_2024).
_ALIAS_END_RE = re.compile(rf"[（(](?:{alternation(REMARK_HEADS)})[^（）()]{{2,12}}[）)]$")


def _line_item(line: str) -> tuple[int, int] | None:
    """The park a line of a list names whole, after its number and before its 、/。: a name the
    reader knows (珠海经济技术开发区化工园区, not its 珠海经济技术开发区), else a short line ending
    like a listed park (揭阳大南海石化工业区。)."""
    text = line.rstrip().rstrip("。；;，,、")
    if (alias := _ALIAS_END_RE.search(text)) is not None:
        text = text[:alias.start()]  # 陕西扶风经济技术开发区(简称扶风经开区): the name before its short one
    start = _ITEM_MARK_RE.match(text)
    a = start.end() if start else 0
    bare = text[a:]
    if any(n.start == 0 and n.end == len(bare) for n in park_names(bare)):
        return a, len(text)
    if (row := _glued_row(text)) is not None:
        return row[0], row[1]
    if 4 <= len(bare) <= 30 and (ending := _LINE_END_RE.search(bare)) and not _INNER_PUNCT_RE.search(bare) \
            and name_start(bare, ending.start()) == 0:  # not a clause about parks (一、同意将A更名为B。)
        return a, len(text)
    return None


#: A table's row whose cells the page's text ran together: its rank, a park's name, the place it lies in
#: (1蘇州工業園區江蘇⏎2廣州經濟技術開發區廣東: tests/data/real/mixed27 jiangsu_guojiajingkaiqu_zonghepaiming_2019).
_GLUED_RANK_RE = re.compile(r"\s*\d{1,3}(?=[\u4e00-\u9fff])(?![年月日号个家批届次])")
#: How long the place closing such a row may be (江苏, 内蒙古自治区).
_ROW_PLACE_MAX = 7
_PROVINCE_SHORT = frozenset(PROVINCE_SHORT_NAMES)


def _glued_row(text: str) -> tuple[int, int, str] | None:
    """Where the park of a glued table row (see _GLUED_RANK_RE) starts and ends, and the place closing the row."""
    rank = _GLUED_RANK_RE.match(text)
    if rank is None:
        return None
    bare = text[rank.end():]
    gazetteer = get_gazetteer()
    for k in range(len(bare) - 2, max(3, len(bare) - _ROW_PLACE_MAX) - 1, -1):
        place = bare[k:]
        hit = gazetteer.longest_opening(place, ("province", "city"))
        if (hit is None or hit[0] != len(place)) and place not in _PROVINCE_SHORT:
            continue
        if PARK_END_RE.search(bare, 0, k) and any(n.start == 0 and n.end == k for n in park_names(bare[:k])):
            return rank.end(), rank.end() + k, place
    return None


def _line_hosts(body: str) -> dict[int, str]:
    """The host each line's parks are grouped under, by line start: the place a line opens
    with (襄阳市6个:A、B), a heading line's place for the lines below it, or the place a list
    head opens with (焦作这8家开发区分别是:) for its items one a line below it; '' for the items
    one a line under a head that names no place (具体名单如下:, 通过复核,分别是:)."""
    hosts: dict[int, str] = {}
    heading: str | None = None
    pos = 0
    lines = body.splitlines(keepends=True)
    texts = [line.strip() for line in lines]
    nxt = len(texts)  # the next line that is not blank, read from the end
    following = [0] * len(texts)
    for k in range(len(texts) - 1, -1, -1):
        following[k] = nxt
        if texts[k]:
            nxt = k
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line)
        text = texts[k]
        if not text:
            continue  # a blank line between the items (…分别命名为:\n\nA\n\nB): the next line that is no item ends them
        if heading is None and following[k] < len(texts) and _whole_item(text) and _whole_item(texts[following[k]]):
            heading = ""  # lines each a park's whole name, one after another, under no head: a list of its own
        if found := _heading_place(text):
            hosts[start] = found[0]
            heading = found[0] if found[1] else None
            continue
        if (head := _LIST_HEAD_RE.search(text)) and PARK_END_RE.search(text, 0, head.start()):
            clause = text[:head.start()]
            clause = clause[max(clause.rfind(c) for c in "，,。；") + 1:].lstrip()
            if place := _place_at(clause):
                hosts[start] = heading = place
                continue
            if text.endswith((":", "：")):
                heading = ""  # 具体名单如下: / 分别是: then one park a line, under no place
                continue
        if heading is not None:
            if _line_item(text) is not None:
                hosts[start] = row[2] if (row := _glued_row(text)) is not None else heading
                continue
            if heading == "" and text.endswith("、"):
                continue  # an item this reader does not know as a park (…精细化工专区、): the list goes on
            heading = None
    return hosts


#: How long a line may be to be read as one park's whole name in a run of such lines (a list with no head).
_RUN_LINE_MAX = 40


def _whole_item(text: str) -> bool:
    """Whether a line is one park's whole name; two such lines one after another (blank lines between them allowed)
    open a list printed one park a line with no head over it (江西省南昌高新技术产业开发区⏎江西省九江经济技术开发区⏎…,
    1.北京市密云区现代农业产业园⏎2.天津市宁河区现代农业产业园 under a 名单's title; tests/data/constructions/parks.tsv)."""
    if len(text) > _RUN_LINE_MAX or PARK_END_RE.search(text) is None:
        return False
    end = text.rstrip("。；;，,、 \t")
    if not (_LINE_END_RE.search(end) or end.endswith(("）", ")")) or _GLUED_RANK_RE.match(end)):
        return False  # (what _line_item reads ends like a park, with a bracket, or is a glued table row: the cheap test first)
    return _line_item(text) is not None


_ACTOR_RE = re.compile(rf"(?:市|州|县|盟|地区)(?={alternation(PARK_ACTOR_VERBS)})")
#: Where what a city does ends: the clause (a title's close, a full stop, a semicolon).
_ACTOR_SPAN_END_RE = re.compile(r"[。；;》\n]")


def _actor_hosts(body: str) -> dict[str, str]:
    """The parks a city or county acts on (:data:`kg.patterns.PARK_ACTOR_VERBS`), each with that place as
    written in full (张掖市), up to the end of the clause or the next such place; a name written shorter
    later (贺兰工业园区 for 宁夏贺兰工业园区) too."""
    hits = []
    for m in _ACTOR_RE.finditer(body):
        for size in range(min(8, m.end()), 1, -1):  # the place that ends here, read leftwards
            found = _place_match(body[m.end() - size : m.end()])
            if found is not None and found[0] == size:
                hits.append((m.end(), found[1]))
                break
    out: dict[str, str] = {}
    for k, (at, place) in enumerate(hits):
        stop = _ACTOR_SPAN_END_RE.search(body, at)
        end = min(stop.start() if stop else len(body), hits[k + 1][0] if k + 1 < len(hits) else len(body))
        for name in park_names(body[at:end]):
            out.setdefault(name.text, place)
            for short in (name.text[i:] for i in range(2, len(name.text) - 3)):
                if short not in out and PARK_END_RE.match(short, len(short) - 3) is not None:
                    out[short] = place
    return out


#: How firmly a park's host is known: stated by the text (a heading, 位于, 依托, a table) or
#: taken from the name's own place or the document's.
_STATED, _ACTED, _FALLBACK = 0, 1, 2


def _province_before(body: str, start: int) -> int:
    """Where a catalogue name starts with the province written right before it, part of the name as written
    (內蒙古包頭金屬深加工園區: tests/data/real/mixed25 neimenggu_baotou_yuanqu_guihua_pifu_2014)."""
    for k in (5, 4, 3, 2):
        if start >= k and _is_province(body[start - k:start]) and \
                (found := _place_match(body[start - k:start], provinces=True)) is not None and found[0] >= k - 1:
            return start - k
    return start


def _parks_in_prose(doc: Document, skip: list[tuple[int, int]]) -> Iterator[tuple[Park, int]]:
    """Parks named in running text, lists and headed lines, each with how firmly its host is known."""
    body = doc.body
    catalogued = [(_province_before(body, a), b) for a, b in catalogue_names_in(body)]
    if not PARK_END_RE.search(body) and not catalogued:
        return
    subject: list[str | None] = []  # the text's subject zone, looked for once and only when needed

    def document_subject() -> str | None:
        if not subject:
            subject.append(_document_subject(body))
        return subject[0]

    places: dict[str, str | None] = {}

    def place_of(kind: str) -> str | None:
        if kind not in places:
            places[kind] = _self_place(doc) if kind == "self" else _document_place(doc)
        return places[kind]

    actors: list[dict[str, str]] = []

    def actor_hosts() -> dict[str, str]:
        if not actors:
            actors.append(_actor_hosts(body))
        return actors[0]

    line_hosts = _line_hosts(body)
    line_starts = sorted(line_hosts)
    title_end = len(body) - len(body.lstrip()) + (body.lstrip().find("\n") % (len(body) + 1))
    if title_end > TITLE_MAX:
        title_end = 0  # a text with no line breaks (a page's text run together) has no title line
    addressed = _ADDRESSEE_RE.search(body, 0, 400)  # under the title and number
    addressee = addressed["place"] if addressed else None
    last_list: list[Park] = []
    place_subject: str | None = None  # the place the sentence before opened with (张掖市已建成…)
    kind_end = -1  # where the last clause listing parks after a kind of zone (园区有A、B) ended
    for sm in SENTENCE_RE.finditer(body):
        sentence = sm.group()
        if any(a <= sm.start() < b for a, b in skip) or not (
                PARK_END_RE.search(sentence) or (line_starts and _in_block(line_hosts, body, sm.start()))
                or body[kind_end:sm.start()] in ("；", ";")
                or any(sm.start() <= a < sm.end() for a, _ in catalogued)):
            continue
        if (paired := _PAIRED_HOSTS_RE.search(sentence)) and last_list:
            hosts = [n.text for n in park_names(sentence[paired.end():])]
            if hosts and (pairs := pair_respectively(last_list, hosts)) is not None:
                for park, manager in pairs:
                    yield dataclasses.replace(park, host=manager), _STATED
                last_list = []
                continue
        if line_starts and (whole := _line_item(sentence)) is not None and _in_block(line_hosts, body, sm.start()):
            listed = [(Name(whole[0], whole[1], sentence[whole[0]:whole[1]]), False)]  # one park a line
        else:
            listed = _listed_parks(sentence)
            if kinds := _kind_listed(sentence, series=body[kind_end:sm.start()] in ("；", ";")):
                kind_end = sm.end()
                listed = [(n, sub) for n, sub in listed if not any(k.start < n.end and n.start < k.end for k in kinds)]
                listed = sorted(listed + [(k, False) for k in kinds], key=lambda x: x[0].start)
        names = [n for n in park_names(sentence) if not any(ln.start <= n.start < ln.end for ln, _ in listed)]
        names += [Name(a, b, sentence[a:b]) for a, b in ((x - sm.start(), y - sm.start()) for x, y in catalogued
                                                          if sm.start() <= x and y <= sm.end())
                  if not any(n.start < b and a < n.end for n in names)
                  and not any(ln.start < b and a < ln.end for ln, _ in listed)]
        renamed = {(n.start, n.end) for n in names if sentence.startswith(_RENAMED, n.end)
                   or sentence.endswith(_RENAMED_TO, 0, n.start) or _designated(sentence, n)}
        names = names + [n for n in sibling_park_names(sentence, names) if not any(
            ln.start <= n.start < ln.end for ln, _ in listed)]
        if not names and not listed:
            continue
        in_list = {(n.start, n.end) for n, _ in listed}
        names = sorted(names + [n for n, _ in listed], key=lambda n: n.start)
        opening = {z for n in names if (z := _opening_zone(sentence, n)) is not None}
        names += sorted((Name(a, b, sentence[a:b]) for a, b in opening
                         if not any(n.start == a and n.end == b for n in names)), key=lambda n: n.start)
        names.sort(key=lambda n: n.start)
        named_each: dict[int, str | None] = {}  # 各园区被分别命名为A、B: the new names keep the old ones' hosts
        if last_list and (each := _NAMED_EACH_RE.search(sentence)):
            stop = _CLAUSE_END_RE.search(sentence, each.end())
            new = [n for n in names if each.end() <= n.start < (stop.start() if stop else len(sentence))]
            if len(new) == len(last_list):
                named_each = {n.end: p.host for n, p in zip(new, last_list, strict=True)}
        group_hosts: dict[int, str] = {}  # a clause's city before its first county: 咸阳市长武县A、旬邑县B
        line_host = None
        if line_starts:
            at = next((s for s in reversed(line_starts) if s <= sm.start()), None)
            if at is not None and "\n" not in body[at:sm.start()]:
                line_host = line_hosts[at]
        if line_host is None and listed and (inline := _inline_heading(sentence)) is not None:
            line_host = inline
        sentence_subject = _subject_of(sentence)
        if sentence_subject is None and _GOES_ON_RE.match(sentence):
            sentence_subject = place_subject  # 张掖市已建成工业园区6个…。其中,…化工产业园区4个A、B: the place before
        place_subject = sentence_subject if sentence_subject and not sentence_subject.endswith(PARK_SUFFIXES) else None
        clauses = [(c.start(), c.group()) for c in _CLAUSE_RE.finditer(sentence)]
        line = body[body.rfind("\n", 0, sm.start()) + 1: body.find("\n", sm.end()) % (len(body) + 1)]
        this_list: list[Park] = []
        titles = _title_spans(sentence)
        for name in names:
            if any(a <= name.start < b for a, b in titles) and name.end not in named_each \
                    or _counted_kind(sentence, name.end) or sentence.startswith(PARK_HONOUR_AFTER, name.end) \
                    or sentence.endswith(_KIND_QUANTITIES, 0, name.start) \
                    or (name.start, name.end) not in in_list and _COUNT_END_RE.search(sentence, max(0, name.start - 8),
                                                                                     name.start):
                continue  # 先后被命名为A、B…: titles the park before holds; 化工产业园区4个A…, 等5个传统产业园: a kind counted
            text = _balanced(name.text)
            if _unit_inside(text) or sentence.count("《", 0, name.start) > sentence.count("》", 0, name.start) \
                    or _project_item(sentence, name.end) or _HONOUR_IN_RE.search(text) \
                    or counts_kinds(sentence, name.end, _clause_end(sentence, name.end)):
                continue  # a unit, a word of a title (《浙江省化工园区评价认定管理办法》), an item of a projects list, a title,
                # an item of a list of kinds (经开区、…、出口加工区等诸多类型)
            lead = _LEAD_WORDS_RE.match(text)
            if lead is None and (ranked := _RANK_RE.match(text)) and _place_match(text[ranked.end():], provinces=True):
                lead = ranked
            if lead and generic_park_name(text[lead.end():]):
                continue  # 今年经开区谋划实施…: a time word before a kind of zone, no name (mixed31 hebei_zhangjiakou_jingkaiqu_xiangmu_2018)
            if lead and PARK_END_RE.search(text, lead.end() + 2):
                text = text[lead.end():]
            if text != name.text:
                name = Name(name.end - len(text), name.end, text)
            group = None
            if len(names) >= 2:
                at = next((start for start, _ in reversed(clauses) if start <= name.start), 0)
                nxt = next((n for n in names if n.start > name.start), None)
                bare = at not in group_hosts and not any(at <= n.start < name.start for n in names) \
                    and nxt is not None and not _opens_with_city(nxt.text) \
                    and _written_alone(body, name.text)  # 宝鸡市扶风A、陈仓B: the city heads them
                if (pre := _city_before_county(name.text, bare)) is not None:
                    name = Name(name.start + pre[0], name.end, name.text[pre[0]:])
                    group_hosts[at] = pre[1]
                group = group_hosts.get(at)
            named_host = None
            if (pre := _place_before_zone(name.text)) is not None:
                name, named_host = Name(name.start + pre[0], name.end, name.text[pre[0]:]), pre[1]
            listed_here = (name.start, name.end) in in_list or line_host is not None or group is not None \
                or (name.start, name.end) in renamed or _INDUSTRY_OF_RE.match(sentence, name.end) is not None
            clause = next((c.strip() for start, c in reversed(clauses) if start <= name.start), None)
            founded = sentence.endswith(PARK_FOUNDING_VERBS, 0, name.start)
            venue = sentence.endswith("在", 0, name.start) and _VENUE_RE.match(sentence, name.end) is not None
            described = founded or venue or _described(sentence, name)
            site = (_founder(sentence, name.start) if founded else None) or (_later_site(sentence, name) if described else None)
            host: str | None = named_each.get(name.end) or _bracket_host(sentence, name.end) or group or named_host \
                or line_host or site \
                or _site_of(body, sm.start() + name.end)
            rank = _STATED
            if not host and (acted := actor_hosts().get(name.text)):
                host, rank = acted, _ACTED  # a site stated elsewhere (设立地点在古蔺县) wins over the asking city
            host = host or _host_of(name, sentence, clause, sentence_subject, document_subject(), addressee)
            zone = document_subject()
            if host == name.text or (name.text == zone or _same_zone(name.text, zone)) \
                    and not _CUE_RE.match(sentence[name.end:]) and site is None:
                host = None  # the text's own zone: hosted by its place, not by itself (unless 位于 says where)
            if not host:
                own = _place_at(name.text, after_province=listed_here)  # (a zone the text is about stays unhosted)
                # a zone opening a project's name (opening) is described by it and may host a park named in it; the title,
                # a manager, a unit line still say it is named in passing
                opens = (name.start, name.end) in opening
                if not listed_here and ((not opens and own is None and not described
                                         and not _catalogued_aside(name.text, zone) and not _beside_place(sentence, name))
                                        or _NOT_A_PARK_AFTER_RE.match(sentence, name.end)
                                        or (not opens and _in_a_project(sentence, name.end)
                                            and not is_zone_name(name.text) and not _SIGNS_RE.match(sentence, name.end)
                                            and not _beside_place(sentence, name))
                                        or _MANAGER_BEFORE_RE.search(sentence, 0, name.start)
                                        or _UNIT_LINE_RE.search(line) or (sm.start() + name.start < title_end and not venue)
                                        or not opens and _hosts_another(name.text, body) or _a_unit_here(name.text, body)):
                    continue  # a zone named in passing: a unit, a project, a manager, the title's subject
                rank = _FALLBACK
                if listed_here and _PRONOUN_ANYWHERE_RE.search(sentence):
                    host = place_of("self")
                elif listed_here and place_of("document") and (
                        not own or not _is_province(place_of("document")) or (name.start, name.end) in in_list
                        or line_host is not None or group is not None):
                    # a place's list of its parks, a province's too (安徽省 of a 省政府 通报's 芜湖经济技术开发区、…:
                    # tests/data/real/mixed27 anhui_sheng_kaifaqu_kaohe_tongbao_2019); a park a province's text renames
                    # or describes alone keeps the place its own name gives (湖北黄冈高新技术产业园区 → 黄冈市)
                    host = place_of("document")
                else:
                    host = own or place_of("document")
            park = Park(
                source=doc.source, doc_id=doc.id, doc_number=doc.doc_number, name=name.text, host=host or None,
                sector=None, **_stated_industries(sentence, name, (name.start, name.end) in in_list),
                evidence=doc.evidence_for(sm.start() + name.start, sm.start() + name.end),
            )
            if listed_here:
                this_list.append(park)
            yield park, rank
        if this_list:
            last_list = this_list


#: What a park's industries follow in a sentence the park opens (…重点发展A、B等, …着力打造A和B).
_INDUSTRY_HEAD_RE = re.compile("|".join(PARK_INDUSTRY_HEADS))
#: A park written as a catalogue row, one a line, its industries in the bracket that closes the line: 兰州高新技术
#: 产业开发区(生物医药) (tests/data/real/mixed14 gansu_daibiaoxing_yuanqu_2022).
_ROW_INDUSTRIES_RE = re.compile(r"[（(](?P<inner>[^（）()]{2,30})[）)]\s*[。；;，,、]?\s*")
#: 以A、B为主导产业, 为主导发展产业 (tests/data/real/mixed5 shanxi_linfen_guxian_kaifaqu_2020), 为主导的… (打造以新材料、生物医药
#: 为主导的高新技术产业集群: parks4 hunan_changsha_wangcheng_gaoxinqu_2018).
_INDUSTRY_BEFORE_RE = re.compile(r"以(?P<list>[^，,。；;]{2,80}?)为主导(?:发展)?(?:产业|的)")
_AROUND_END_RE = re.compile(alternation(PARK_INDUSTRY_LIST_ENDS))
#: A park the sentence gives its leading industries (此次设立的四川蒲江经济开发区以食品、医药、印刷、包装为主导产业;
#: tests/data/real/mixed8 chengdu_kaifaqu_2019) is a park the text describes, not one named in passing.
_INDUSTRY_OF_RE = re.compile(r"以[^，,。；;]{2,80}?为主导产业")
_INDUSTRY_LIST_END_RE = re.compile(r"[。；;，,！!\n]")


#: What joins a park to the next item of a list (A、B; A和B; kg.extract.lists' enumeration mark and conjunctions): such a
#: park shares the sentence's industries with others.
_ITEM_JOINS = (SEPARATORS[0], *CONJUNCTIONS)


def _stated_industries(sentence: str, name: Name, listed: bool) -> dict[str, Any]:
    """The industries the text gives a park found in prose: a catalogue row's bracket (X(生物医药) on its line), a list
    item's own (A的平板显示、B的食品加工等一批特色产业园区), or the list after 重点发展/着力打造/主导产业为 or before
    为主导产业 in a sentence whose first park it is; none otherwise."""
    raw = ""
    if (row := _ROW_INDUSTRIES_RE.fullmatch(sentence, name.end)) and _ITEM_MARK_RE.fullmatch(sentence, 0, name.start) \
            and _row_industries(row["inner"]):
        raw = row["inner"]
    elif listed and sentence.startswith("的", name.end):
        stop = re.compile(r"[、，,。；;]").search(sentence, name.end)
        raw = sentence[name.end + 1: stop.start() if stop else len(sentence)].split("等", 1)[0]
    elif not sentence.startswith(_ITEM_JOINS, name.end) and (
            (m := _INDUSTRY_BEFORE_RE.search(sentence, name.end)) or (m := _INDUSTRY_HEAD_RE.search(sentence, name.end))) \
            and (not sentence[:name.start].strip() or (next(park_names(sentence[:name.start]), None) is None
                                                       and next(park_names(sentence[name.end:m.start()]), None) is None)):
        # the park the sentence opens with, or its first park with no other before its industries (同意设立四川江安经济开发区,
        # 主导产业为…; 此次设立的四川蒲江经济开发区以…为主导产业: tests/data/real/mixed8 jiangan_kaifaqu_2022, chengdu_kaifaqu_2019)
        if m.re is _INDUSTRY_BEFORE_RE:
            raw = m["list"]
        else:
            stop = _INDUSTRY_LIST_END_RE.search(sentence, m.end())
            raw = sentence[m.end(): stop.start() if stop else len(sentence)]
            if m.group().startswith("围绕") and (done := _AROUND_END_RE.search(raw, raw.rfind("、") + 1)):
                raw = raw[:done.start()]
    items = list(split_industries(raw))
    if items:  # A、B和C: the last item's 和 joins the last two (…机械加工和新材料, 养殖业和农产品加工; mixed14)
        items[-1:] = [i.text for i in split_items(items[-1], conjunctions=("和",))]
    return {"industries": tuple(items), "industries_raw": raw}


def _row_industries(inner: str) -> bool:
    """Whether a bracket closing a park's catalogue row holds its industries: not a place (头屯河区), a town, a
    qualifier (一期, 省级), a kind of zone, a sub-park list (含…) or a short name (简称…)."""
    return _QUALIFIER_RE.search(inner) is None and _place_match(inner, provinces=True) is None \
        and not inner.endswith(_TOWN_ENDS) and PARK_END_RE.search(inner) is None \
        and _NAME_BRACKET_RE.fullmatch(f"({inner})") is not None


_SENTENCE_END_RE = re.compile(r"[。\n]")
#: The next sentence taking up the park the one before named: 开发区以…, 目前该园区已形成以…, or its industries with no subject
#: written (呼和浩特金山高新技术产业开发区 。 重点发展新材料产业、创新型产业; tests/data/real/parks3 neimenggu_huhehaote).
_TAKEN_UP_RE = re.compile(rf"[ \t\u3000]*(?:目前|近年来)?[，,]?(?P<subject>{alternation(PARK_ANAPHORS)})?")


def _industries_where_named(body: str, name: str) -> dict[str, Any]:
    """A park's industries from a line it opens (疏勒高新技术产业开发区是在…基础上建设的,…重点发展A、B等。), or from the
    sentence after the one naming it, when that one takes it up (一、同意设立四川邛崃经济开发区。开发区以A、B为主导产业)."""
    at = body.find(name)
    while at >= 0:
        end = _SENTENCE_END_RE.search(body, at)
        stop = end.start() if end else len(body)
        if not body[body.rfind("\n", 0, at) + 1:at].strip():
            stated = _stated_industries(body[at:stop], Name(0, len(name), name), False)
            if stated["industries"]:
                return stated
        if end is not None and end.group() == "。" and (up := _taken_up(body, end.end(), name)):
            return up
        at = body.find(name, at + 1)
    return {"industries": (), "industries_raw": ""}


def _taken_up(body: str, start: int, name: str) -> dict[str, Any] | None:
    """The industries the sentence at ``start`` gives the park the sentence before named (and no other park there)."""
    m = _TAKEN_UP_RE.match(body, start)
    if m is None or (not m["subject"] and not _INDUSTRY_HEAD_RE.match(body, m.end())):
        return None
    before = body[max(body.rfind("。", 0, start - 1), body.rfind("\n", 0, start - 1)) + 1:start]
    if sum(1 for _ in park_names(before)) > 1:
        return None  # two parks before: which one is taken up is not said
    end = _SENTENCE_END_RE.search(body, m.end())
    sentence = body[m.start("subject") if m["subject"] else m.end():end.start() if end else len(body)]
    subject = m["subject"] or ""
    stated = _stated_industries(sentence, Name(0, len(subject), subject), False)
    return stated if stated["industries"] else None


#: Where a reply sets a zone up, later on the zone's line: 同意设立A。开发区以…为主导产业,设立地点在邛崃市.
_SITE_RE = re.compile(r"设立地点(?:在|为|[:：])\s*")


def _site_of(body: str, end: int) -> str | None:
    """The place a 批复 gives as the site of the zone named just before on its line, if no other
    zone stands between."""
    stop = body.find("\n", end) % (len(body) + 1)
    m = _SITE_RE.search(body, end, stop)
    if m is None or next(park_names(body[end:m.start()]), None) is not None:
        return None
    return _place_at(body[m.end():stop])


#: A rename names a park under both names (苏滁现代产业园更名为中新苏滁高新技术产业开发区; PARK_RENAME_WORDS).
#: …the rename as written after the old name and before the new one, quotes too: 2015年7月更名为“湖北黄冈高新技术产业园区”
#: (tests/data/real/parks4 hubei_sheng_gaoxinqu_shengji_2017).
_RENAMED = tuple(q + w for w in PARK_RENAME_WORDS for q in ("", "”", "\""))
_RENAMED_TO = tuple(w + q for w in PARK_RENAME_WORDS for q in ("", "“", "\""))
_DESIGNATED_BEFORE = tuple(before for before, _ in PARK_DESIGNATED_FRAMES)
_DESIGNATED_AFTER_RE = {before: re.compile(rf"(?:[（(][^（）()]{{0,30}}[）)])?{re.escape(after)}")
                        for before, after in PARK_DESIGNATED_FRAMES}


def _designated(sentence: str, name: Name) -> bool:
    """Whether ``name`` stands in a frame of :data:`PARK_DESIGNATED_FRAMES` (认定A为…, 以A为基础)."""
    return any(sentence.endswith(before, 0, name.start) and _DESIGNATED_AFTER_RE[before].match(sentence, name.end)
               for before in _DESIGNATED_BEFORE)


#: A zone with a place of its own that opens a project's name is a park the text names: 青铜峡工业园区
#: 海利化工新材料项目 (tests/data/real/mixed22 ningxia_wuzhong_jizhongkaigong_2022), 蒙自经开区金风科技产业集群风电装备制造
#: 产业园项目 (mixed20 yunnan_honghe_jizhongkaigong_2021), 金昌经济技术开发区镍铜钴新材料产业园二期建设项目 (mixed15
#: gansu_jinchang_wuwei_jizhongkaigong_2021); the zones are the project grammar's (kg.extract.projects cuts them from a
#: project's name as its place), and the zone's own works (忠县工业园区二期基础设施…) leave it a project's word.
_OPENING_ZONE_RE = re.compile(rf"[^\s，,。；;：:、！!？?“”《》]{{2,12}}?(?:{alternation(PARK_OPENING_ZONES)})")

#: What stands between the zone and the project word: a name, no quotes (吕梁市各开发区“签约一批”项目11个, tests/data/real/
#: mixed23 shanxi_lvliang_jiaocheng_kaifaqu_kaigong_2024, counts projects of many zones).
#: A run that opens with a year or a rank (苏州工业园区2022年重点项目建设计划, tests/data/other_cities suzhou_sip_projects: the
#: zone's plan of projects, no project's name) is none.
_PROJECT_NAME_RUN_RE = re.compile(
    rf"(?!\d{{4}}年|年度|{alternation(PROJECT_RANK_WORDS)})[\u4e00-\u9fffA-Za-z0-9（）()·]{{4,}}")


def _opening_zone(sentence: str, name: Name) -> tuple[int, int] | None:
    """The span of the zone that opens the project ``name``'s item names (four characters or more between them), if
    one does."""
    stop = _ITEM_END_RE.search(sentence, name.end)
    end = stop.start() if stop else len(sentence)
    m = _OPENING_ZONE_RE.match(sentence, name.start, end)
    if m is None or sentence.startswith(PROJECT_ZONE_OWN_WORKS, m.end()) \
            or (project := _PROJECT_IN_RE.search(sentence, m.end(), end)) is None \
            or _PROJECT_NAME_RUN_RE.fullmatch(sentence, m.end(), project.start()) is None \
            or _place_at(m.group()) is None:
        return None  # (a zone opening a park's name, 襄城经济开发区化工园区, is that park's host: realdev2 hubei_chemical)
    return m.span()


def _catalogued_aside(name: str, subject: str | None) -> bool:
    """Whether ``name`` is written as the national catalogue writes a zone, and is not the text's own subject: a park
    though no place is written with it (…,绥芬河、黑河等2家边境经济合作区,中俄东宁—波尔塔夫卡互市贸易区; tests/data/real/
    parks4 heilongjiang_sheng_kaifaqu_mulu_2018). A short form (黔东经济开发区 for 贵州黔东经济开发区) is not enough."""
    return not _same_zone(name, subject) and is_zone_name(name)


_CLAUSE_STOP_RE = re.compile(r"[，,。；;：:！!？?\n]")


def _clause_end(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: the next comma, stop or colon (the end of ``sentence`` when none)."""
    stop = _CLAUSE_STOP_RE.search(sentence, pos)
    return stop.start() if stop else len(sentence)


def _in_block(line_hosts: dict[int, str], body: str, at: int) -> bool:
    """Whether the line holding ``at`` is one of a list's lines grouped by :func:`_line_hosts`."""
    return body.rfind("\n", 0, at) + 1 in line_hosts


def _unit_inside(name: str) -> bool:
    """督促化工园区管理机构统筹管理化工园区: a unit (…园区管理机构) inside what reads as a name; a party committee's
    body (中共嘉兴市委现代服务业集聚区, PARK_UNIT_OPENINGS)."""
    return name.startswith(PARK_UNIT_OPENINGS) or any(_NOT_A_PARK_AFTER_RE.match(name, m.end()) for m in PARK_END_RE.finditer(name, 0, len(name) - 2))


_SEPARATOR_RE = re.compile(alternation(SEPARATORS))


#: A blank line, which no name runs across: 浙江鹿城经济开发区⏎⏎浙江鹿城经济开发区规划面积… is a heading and the text under
#: it, not a zone hosting a park (tests/data/real/mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022).
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\u3000\r]*\n")


def _hosts_another(name: str, body: str) -> bool:
    """喀什经济开发区 where the text names 喀什经济开发区高新技术产业园: the zone is that park's host."""
    at = body.find(name)
    while at >= 0:
        if PARK_END_RE.match(body, at + len(name)) is None and (
                (nxt := PARK_END_RE.search(body, at + len(name), at + len(name) + 12)) is not None
                and not _SEPARATOR_RE.search(body, at + len(name), nxt.start())  # A、B: two items of a list
                and not _PARAGRAPH_BREAK_RE.search(body, at + len(name), nxt.start())  # a heading line, then its text
                and not stops_before(body[at + len(name):nxt.end()])):
            return True
        at = body.find(name, at + 1)
    return False


def _project_item(sentence: str, end: int) -> bool:
    """国家网络安全产业园、中国电子(天津生态城)智慧科技产业园等一批项目: an item of a list its tail calls
    projects is a project (tests/data/real/parks4 tianjin_binhai, ningxia_zizhiqu_shifanyuanqu)."""
    k = sentence.find("等", end)
    if k < 0 or sentence[end:end + 1] not in ("、", "等") or any(c in "，,。；;：:" for c in sentence[end:k]):
        return False  # not a whole item (格尔木工业园宏储源…光伏储能、…等4个项目: the park is where the project is)
    tail = read_tail(sentence, k)
    return tail is not None and tail.noun is not None and tail.noun.endswith(("项目", "工程"))


def _in_a_project(sentence: str, end: int) -> bool:
    """连江西北经济区基础设施配套项目: the zone names where a project is, in the project's name."""
    stop = _ITEM_END_RE.search(sentence, end)
    return _PROJECT_IN_RE.search(sentence, end, stop.start() if stop else len(sentence)) is not None


def _a_unit_here(name: str, body: str) -> bool:
    """吉林丰满经济开发区党工委书记: a zone the text names as a unit somewhere is a unit in it."""
    at = body.find(name)
    while at >= 0:
        if _NOT_A_PARK_AFTER_RE.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


def _beside_place(sentence: str, name: Name) -> bool:
    """A zone in brackets right after the county it runs with, the two named as one (江西省南昌县(小蓝经开区)举行…:
    tests/data/real/mixed26 jiangxi_nanchang_nanchangxian_kaigong_2023): a zone the text is about."""
    return name.start >= 3 and sentence[name.start - 1] in "（(" and sentence[name.start - 2] in "县市旗" \
        and sentence[name.end:name.end + 1] in ("）", ")") and not PARK_END_RE.fullmatch(name.text)  # not 园区(开发区)


def _balanced(name: str) -> str:
    """A name that opens a bracket it does not close is the bracket's content (灵峰现代产业园（宁波
    经济技术开发区 → 宁波经济技术开发区); a leading 含 of a sub-park list is not part of it."""
    depth, cut_at = 0, 0
    for i, ch in enumerate(name):
        if ch in "（(":
            depth += 1
            if depth == 1:
                cut_at = i + 1
        elif ch in "）)":
            depth = max(0, depth - 1)
    if depth == 0:
        return name
    text = name[cut_at:]
    return text[1:] if text.startswith("含") else text
