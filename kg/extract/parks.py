"""Parks tables: one :class:`~kg.records.Park` per row of a 特色产业园 table.

A parks table is any table read by :mod:`kg.extract.tables` whose name column
names parks (重点产业园名称, 园区名称 …). The host is the bracketed region after
the name (机器人小镇（余姚市） → 机器人小镇, 余姚市) or a host column; the sector
(领域) is carried down to blank cells, as a merged cell spans the rows below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.tables import Row, Table, document_tables
from kg.patterns import (
    HOST_ENDINGS,
    INDUSTRY_LIST_TAIL_RE,
    PARK_NAME_HEADER_RE,
    PARK_QUALIFIER_WORDS,
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


def extract_parks(doc: Document) -> Iterator[Park]:
    """Every park row of every parks table in ``doc``, in text order.

    A table printed twice (HTML and its TSV copy) gives each park once, with the
    evidence that carries no markup.
    """
    found: dict[tuple[str, str | None], Park] = {}
    for table in document_tables(doc):
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
