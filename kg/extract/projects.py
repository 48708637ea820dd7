"""Projects tables: one :class:`~kg.records.Project` per row of a 重点项目 table.

A projects table is any table (paragraph, TSV or HTML shape, read by
:mod:`kg.extract.tables`) whose name column says 项目/工程 and that has a
responsibility column (牵头单位, 责任单位, 牵头部门, 配合单位 …). The
responsibility cell is split by :func:`parse_responsibility`:
``X牵头,Y、Z配合`` → leads X, cooperating Y and Z; ``由X负责`` → lead X; a
plain list in a 责任单位 column → all leads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.tables import Row, Table, document_tables, is_year_cell, split_label
from kg.patterns import (
    COOPERATE_PREFIX_WORDS,
    COOPERATE_ROLE_WORDS,
    COOPERATE_VERB_WORDS,
    LEAD_ROLE_WORDS,
    LEAD_VERB_WORDS,
    LIST_TAIL_RE,
    PARK_NAME_HEADER_RE,
    PROJECT_NAME_HEADER_RE,
    RESPONSIBLE_VERB_WORDS,
    TABLE_COLUMN_ROLES,
    UNIT_SUFFIXES,
    YEAR_CELL_RE,
    YEAR_RANGE_RE,
    alternation,
)
from kg.records import Document, Project

_LEAD_VERBS = LEAD_VERB_WORDS + RESPONSIBLE_VERB_WORDS
_VERB_RE = re.compile(rf"(?P<lead>{alternation(_LEAD_VERBS)})|(?P<coop>{alternation(COOPERATE_VERB_WORDS)})")
_LABEL_RE = re.compile(
    rf"(?P<lead>{alternation(LEAD_ROLE_WORDS)})\s*[:：]|(?P<coop>{alternation(COOPERATE_ROLE_WORDS)})\s*[:：]"
)
_PREFIX_RE = re.compile(alternation(COOPERATE_PREFIX_WORDS))
_UNIT_PART_RE = re.compile(r"(?:[^、，,；;/／\s（(]|[（(][^）)]*[）)])+")
_EDGE_RE = re.compile(r"^[\s、，,；;。.]*(?:由|请)?|[\s、，,；;。.]+$")
_HOLDER_RE = re.compile(
    r"^(?P<unit>.+?(?:" + alternation(UNIT_SUFFIXES) + r"))[（(](?P<inner>[^（）()]+(?:"
    + alternation(UNIT_SUFFIXES) + r"))[）)]$"
)


def split_units(text: str) -> tuple[list[str], list[str]]:
    """Units of a list (split on 、，,；/ and spaces, brackets kept whole) and notes.

    A trailing 等/等部门 is dropped (区商务局等部门 → 区商务局). A unit followed by
    another body in brackets, 区交通运输局(象山湾一期公司), gives the unit and a
    note naming the bracketed body; 相关镇(街道) stays one unit.
    """
    units: list[str] = []
    notes: list[str] = []
    for part in _UNIT_PART_RE.findall(_EDGE_RE.sub("", text)):
        part = LIST_TAIL_RE.sub("", part).strip()
        m = _HOLDER_RE.match(part)
        if m:
            part = m["unit"]
            notes.append(m["inner"])
        if part:
            units.append(part)
    return units, notes


def parse_responsibility(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(lead units, cooperating units, notes) of a responsibility cell.

    Handles ``X牵头,Y、Z配合``, ``由X牵头，会同Y``, ``X负责``, labelled
    ``牵头单位：X；配合单位：Y`` and a plain unit list (all leads).
    """
    leads: list[str] = []
    coops: list[str] = []
    notes: list[str] = []

    def add(target: list[str], segment: str) -> None:
        units, more = split_units(segment)
        target.extend(units)
        notes.extend(more)

    labels = list(_LABEL_RE.finditer(text))
    if labels:
        for m, nxt in zip(labels, labels[1:] + [None], strict=True):
            segment = text[m.end(): nxt.start() if nxt else len(text)]
            add(leads if m["lead"] else coops, segment)
        return tuple(leads), tuple(coops), tuple(notes)
    pos = 0
    seen_lead = False
    for m in _VERB_RE.finditer(text):
        segment = text[pos:m.start()]
        pos = m.end()
        if m["lead"]:
            seen_lead = True
            head, *joined = _PREFIX_RE.split(segment)  # 由X会同Y牵头
            add(leads, head)
            for part in joined:
                add(coops, part)
        else:
            add(coops, _PREFIX_RE.sub("、", segment))
    rest = text[pos:]
    if pos == 0:
        add(leads, rest)
    elif rest.strip():
        add(coops if seen_lead or _PREFIX_RE.search(rest) else leads, _PREFIX_RE.sub("、", rest))
    return tuple(leads), tuple(coops), tuple(notes)


def is_projects_table(table: Table) -> bool:
    """A name column that says 项目/工程 (not a park) and a responsibility column."""
    name = table.column("name")
    return (
        name is not None
        and bool(PROJECT_NAME_HEADER_RE.search(name.text))
        and not PARK_NAME_HEADER_RE.search(name.text)
        and bool(table.roles() & {"lead", "cooperate"})
    )


def extract_projects(doc: Document) -> Iterator[Project]:
    """Every row of every projects table in ``doc``, in text order.

    A table printed twice (HTML and its TSV copy) gives each project once, with
    the evidence that carries no markup.
    """
    found: dict[tuple, Project] = {}
    for table in document_tables(doc):
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
    yield from sorted(found.values(), key=lambda p: p.evidence.start)


def _year(text: str | None) -> int | None:
    m = YEAR_CELL_RE.match(text) if text else None
    return int(m["start"]) if m else None


def _project(doc: Document, table: Table, row: Row) -> Project | None:
    name = row.text("name", sep="")
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

    lead_raw = row.text("lead", sep="")
    coop_raw = row.text("cooperate", sep="")
    leads, coops, notes = parse_responsibility(lead_raw) if lead_raw else ((), (), ())
    if coop_raw:
        more, _, more_notes = parse_responsibility(coop_raw)
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
