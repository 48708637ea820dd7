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

import re
from collections.abc import Iterator

from kg.extract.names import PARK_END_RE, Name, park_names, region_name, sibling_park_names
from kg.extract.tables import Row, Table, document_tables
from kg.patterns import (
    GENERIC_NAME_STARTS,
    HOST_ENDINGS,
    INDUSTRY_LIST_TAIL_RE,
    PARK_NAME_HEADER_RE,
    PARK_QUALIFIER_WORDS,
    PARK_SUFFIXES,
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


def split_host(text: str) -> tuple[str, str | None]:
    """``机器人小镇（余姚市）`` → (``机器人小镇``, ``余姚市``); a short bare place name in
    brackets (``（松山湖）``) is a host too, a qualifier (``（一期）``) is not → (text, None)."""
    m = _HOST_RE.match(text)
    if m is None:
        m = _BARE_HOST_RE.match(text)
        if m is not None and _QUALIFIER_RE.search(m["host"]):
            m = None
    return (m["name"], m["host"]) if m else (text, None)


def split_industries(text: str) -> tuple[str, ...]:
    """Industries of a cell, split on 、/，/；, a trailing 等 dropped.

    ``光学镜头、模组、车载镜头等`` → three items; ``反射膜等光学膜材料`` stays
    whole because its 等 introduces a category rather than ending the list.
    """
    items = (INDUSTRY_LIST_TAIL_RE.sub("", part.strip()).strip() for part in _INDUSTRY_SPLIT_RE.split(text))
    return tuple(item for item in items if item)


def is_parks_table(table: Table) -> bool:
    name = table.column("name")
    return name is not None and bool(PARK_NAME_HEADER_RE.search(name.text))


def extract_parks(doc: Document, tables: tuple[Table, ...] | None = None) -> Iterator[Park]:
    """Every park row of every parks table in ``doc``, in text order.

    A table printed twice (HTML and its TSV copy) gives each park once, with the
    evidence that carries no markup.
    """
    found: dict[tuple[str, str | None], Park] = {}
    tables = document_tables(doc) if tables is None else tables
    for table in tables:
        if not is_parks_table(table):
            continue
        for row, sector in zip(table.rows, table.carried("sector"), strict=True):
            park = _park(doc, row, sector)
            if park is None:
                continue
            key = (park.name, park.host)
            old = found.get(key)
            if old is None or ("<" in old.evidence.quote and "<" not in park.evidence.quote):
                found[key] = park
    if not found:
        for park in _parks_in_prose(doc, [(t.start, t.end) for t in tables]):
            found.setdefault((park.name, park.host), park)
    yield from sorted(found.values(), key=lambda p: p.evidence.start)


def _park(doc: Document, row: Row, sector: str | None) -> Park | None:
    raw_name = row.text("name", sep="")
    if not raw_name:
        return None
    name, host = split_host(raw_name)
    host = row.text("host", sep="") or host
    industries_raw = row.text("industries", sep="，") or ""
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
#: The government a reply (批复) is addressed to, on its first line: 泉州市人民政府：.
_ADDRESSEE_RE = re.compile(r"^\s*(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|市|县|区|州|旗))(?:人民政府|政府)[：:]")
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
_CUE_RE = re.compile(r"^\s*(?:[（(][^）)]*[）)])?\s*(?:位于|坐落在|坐落于|地处|依托)")
#: 长沙市在浏阳工业集中区基础上建设浏阳高新区: the region hosts both zones.
_BASE_RE = re.compile(r"^(?P<region>[\u4e00-\u9fff]{2,10}?(?:自治州|市|州|县|区|盟|地区))在.+?基础上")


def _subject_of(text: str) -> str | None:
    """The zone or county a sentence opens with, followed by its predicate (柳河经济开发区组建于…,
    凤阳县2012年…); '' for 我市 (a host the text does not name); None for anything else."""
    text = _NEWS_LEAD_RE.sub("", text, count=1).lstrip()
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


def _document_subject(body: str) -> str | None:
    """The zone the text is about: a sentence opens with it and a predicate follows, in the
    text's first sentences or again later (a county is a sentence's subject, not a text's)."""
    for i, m in enumerate(SENTENCE_RE.finditer(body)):
        subject = _subject_of(m.group())
        if subject and subject.endswith(PARK_SUFFIXES) and (i < 3 or body.count(subject) >= 2) \
                and not _listed_with_others(body, subject):
            return subject
    return None



def _listed_with_others(body: str, name: str) -> bool:
    """批准设立了A、B、C四个高新区: a zone listed among its peers is one of several the text
    is about, not its subject, however often it recurs."""
    return re.search(rf"{re.escape(name)}[、和]|[、和]{re.escape(name)}", body) is not None


def _same_zone(name: str, subject: str | None) -> bool:
    """柳河开发区 is 柳河经济开发区 written short."""
    return bool(subject) and name[:2] == subject[:2] and name[-3:] == subject[-3:]  # type: ignore[index]


def _generic_zone(text: str) -> bool:
    """省级开发区 inside a name is a rank, not a zone that hosts it."""
    return next(park_names(text), None) is None


def _host_of(name: Name, sentence: str, clause: str | None, sentence_subject: str | None,
             document_subject: str | None, addressee: str | None) -> str | None:
    if (inner := PARK_END_RE.search(name.text, 0, len(name.text) - 2)) and inner.end() >= 4 \
            and not _generic_zone(name.text[: inner.end()]) \
            and not (document_subject and document_subject[:2] == name.text[:2]):
        # 喀什经济开发区高新技术产业园: a park of the zone it is named after (unless the text's
        # own zone is of that place: 柳河工业集中区大健康产业园区 in 柳河经济开发区's text)
        return name.text[: inner.end()]
    after = sentence[name.end:]
    if cue := _CUE_RE.match(after) or _MANAGED_BY_RE.match(after):
        place = region_name(after[cue.end():].lstrip())
        return None if place is None or place.startswith(GENERIC_NAME_STARTS) else place  # 纳入省级产业园管理
    if addressee and _GRANT_RE.search(sentence):
        return addressee
    if clause and (base := _BASE_RE.match(clause)):
        return base["region"]
    if after.startswith("基础上"):
        return None  # B是在A基础上建设的: A is what B was built from, not a park B hosts
    if sentence_subject == "":
        return None
    if sentence_subject and not name.text.startswith(sentence_subject) and sentence_subject != name.text:
        return sentence_subject
    return document_subject


def _parks_in_prose(doc: Document, skip: list[tuple[int, int]]) -> Iterator[Park]:
    body = doc.body
    if not PARK_END_RE.search(body):
        return
    subject: list[str | None] = []  # the text's subject zone, looked for once and only when needed

    def document_subject() -> str | None:
        if not subject:
            subject.append(_document_subject(body))
        return subject[0]

    addressed = _ADDRESSEE_RE.match(body)
    addressee = addressed["place"] if addressed else None
    for sm in SENTENCE_RE.finditer(body):
        sentence = sm.group()
        if not PARK_END_RE.search(sentence) or any(a <= sm.start() < b for a, b in skip):
            continue
        names = list(park_names(sentence))
        if not names:
            continue
        names = sorted(names + list(sibling_park_names(sentence, names)), key=lambda n: n.start)
        sentence_subject = _subject_of(sentence)
        clauses = [(c.start(), c.group()) for c in _CLAUSE_RE.finditer(sentence)]
        for name in names:
            clause = next((text.strip() for start, text in reversed(clauses) if start <= name.start), None)
            host = _host_of(name, sentence, clause, sentence_subject, document_subject(), addressee)
            zone = document_subject()
            if not host or host == name.text or name.text == zone or _same_zone(name.text, zone):
                continue
            yield Park(
                source=doc.source, doc_id=doc.id, doc_number=doc.doc_number, name=name.text, host=host,
                sector=None, industries=(), industries_raw="",
                evidence=doc.evidence_for(sm.start() + name.start, sm.start() + name.end),
            )
