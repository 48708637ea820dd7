"""Projects tables: one :class:`~kg.records.Project` per row of a 重点项目 table.

A projects table is any table (paragraph, TSV or HTML shape, read by
:mod:`kg.extract.tables`) whose name column says 项目/工程 and that has a
responsibility column (牵头单位, 责任单位, 牵头部门, 配合单位 …). The
responsibility cell is split by :func:`kg.extract.roles.parse_responsibility`:
``X牵头,Y、Z配合`` → leads X, cooperating Y and Z; ``由X负责`` → lead X; a
plain list in a 责任单位 column → all leads.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.roles import parse_responsibility
from kg.extract.tables import Row, Table, document_tables, is_year_cell, split_label
from kg.patterns import (
    PARK_NAME_HEADER_RE,
    PROJECT_NAME_HEADER_RE,
    TABLE_COLUMN_ROLES,
    YEAR_CELL_RE,
    YEAR_RANGE_RE,
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
