"""Task assignments: who leads and who cooperates on each task of a plan.

Three shapes carry them in Chinese government plans, and all three are read:

- a role parenthetical after the task, ``（牵头领导：陈炳荣；牵头单位：市科技局；配合单位：市发改委、市经信局）``
  or ``(责任单位:市发改委)`` — full- or half-width, any label of
  :data:`kg.patterns.LEAD_ROLE_WORDS` and its siblings;
- a prose clause, ``由市发改委牵头，市科技局、市财政局配合`` or ``…牵头，会同…``;
- a table (tab-separated rows, as ingest leaves HTML and OCR tables) whose
  header has a role column, such as an indicator table
  ``指标类别  指标名称  2020年基数  2023年目标  牵头单位``.

Every record keeps the task's own words (``text``), so a researcher can read what
was assigned, and its evidence spans the task and its role clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.patterns import (
    COOPERATE_PREFIX_WORDS,
    COOPERATE_ROLE_WORDS,
    COOPERATE_VERB_WORDS,
    GENERIC_UNIT_TAILS,
    ITEM_MARKER_RE,
    LEAD_OFFICIAL_ROLE_WORDS,
    LEAD_ROLE_WORDS,
    LEAD_VERB_WORDS,
    LIST_TAIL_RE,
    RESPONSIBLE_VERB_WORDS,
    UNIT_SUFFIXES,
    alternation,
)
from kg.records import Document, TaskAssignment

__all__ = ["extract_task_assignments"]

ANCHOR_LEN = 15

_LEAD_VERB = alternation(LEAD_VERB_WORDS)
_ROLE_OF_LABEL = {
    **{w: "lead" for w in LEAD_ROLE_WORDS},
    **{w: "cooperate" for w in COOPERATE_ROLE_WORDS},
    **{w: "official" for w in LEAD_OFFICIAL_ROLE_WORDS},
}
_LABEL = alternation(tuple(_ROLE_OF_LABEL))
_LABEL_RE = re.compile(rf"(?P<label>{_LABEL})\s*[：:]")

# A parenthetical that opens with a role label; one level of nested brackets
# (各区县（市）政府) and OCR line breaks are allowed inside.
_PAREN_RE = re.compile(
    rf"[（(](?P<body>\s*(?:{_LABEL})\s*[：:](?:[^（）()]|[（(][^（）()]{{0,30}}[）)]){{0,1000}})[）)]"
)

# The same labels opening lines of their own under a task:
#   牵头单位：市发改委
#   配合单位：市科技局、市财政局
_LABEL_LINES_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?:{_LABEL})[ \t\u3000]*[：:][^\n]*(?:\n[ \t\u3000]*(?:{_LABEL})[ \t\u3000]*[：:][^\n]*)*"
)
# A label may also follow the task's last sentence on the same line: …厂房建设。责任单位：市发改委。
# (It opens with the stop so that the scan skips ahead on one character class.)
_LABEL_INLINE_RE = re.compile(rf"[。；;](?P<run>[ \t\u3000]*(?:{_LABEL})[ \t\u3000]*[：:][^\n]*)")
# Another field of a role parenthetical (完成时限：2022年底) ends the unit list before it.
_OTHER_FIELD_RE = re.compile(r"[^、，,；;\s（）()]{2,8}[：:]")
# A unit marked as the lead inside a list: 市发改委（牵头）、市科技局.
_LEAD_MARK_RE = re.compile(rf"[（(](?:{_LEAD_VERB})[）)]$")

# Items of a list: runs of anything but separators, a bracket group kept whole.
# 各区、县（市）政府 and 各县（市、区）人民政府 name one collective body, not two.
_COLLECTIVE = (
    r"各(?:[区县市乡镇](?:[（(][^（）()]{1,6}[）)])?、)+[区县市乡镇街](?:[（(][^（）()]{1,6}[）)])?"
    r"(?:人民)?(?:政府|办事处)"
)
_ITEM_RE = re.compile(rf"{_COLLECTIVE}|(?:[^、，,；;/／\s（）()]|[（(][^（）()]*[）)])+")
_BREAK_RE = re.compile(r"[ \t\u3000]*\n\s*")

# --- the prose form: X牵头，Y配合 -------------------------------------------
_NOT_IN_NAME = r"\s，,。；;：:、（）()“”‘’《》！？"
_SENT_ITEM = rf"[^{_NOT_IN_NAME}]{{1,30}}(?:[（(][^（）()\n]{{1,10}}[）)][^{_NOT_IN_NAME}]{{0,10}})?"
_SENT_LIST = rf"{_SENT_ITEM}(?:、{_SENT_ITEM})*"
# 牵头 (市发改委牵头负责), or a responsibility verb alone, read only after 由: 由市人力社保局负责。
_VERB_HIT_RE = re.compile(
    rf"(?:负责)?(?:{_LEAD_VERB})(?:负责)?(?=[，,。；;）)])"
    rf"|(?P<sole>{alternation(RESPONSIBLE_VERB_WORDS)})(?=[，,。；;）)])"
)
_DUTY_QUALIFIER_RE = re.compile(r"(?:按照?职责分工|按职责|依职责|分别|共同)$")
_LEAD_BEFORE_RE = re.compile(rf"(?P<you>由)?(?P<lead>{_SENT_LIST})$")
_GROUP_TAIL = r"等(?:有关|相关)?(?:部门|单位)?"  # 市统计局等有关部门
# After 牵头: "，Y配合" or "，会同Y".
_COOP_AFTER_RE = re.compile(
    rf"[，,]\s*(?:(?:{alternation(COOPERATE_PREFIX_WORDS)})(?P<with>{_SENT_LIST})(?:{_GROUP_TAIL}|(?=[，,。；;）)]))"
    rf"|(?P<coop>{_SENT_LIST})(?:{_GROUP_TAIL})?(?:共同|负责)?(?:{alternation(COOPERATE_VERB_WORDS)}))"
)
_UNIT_END_RE = re.compile(
    rf"(?:{alternation(UNIT_SUFFIXES + GENERIC_UNIT_TAILS)})(?:[（(][^（）()]{{1,10}}[）)])?$"
)
# 各区、县（市）政府: collective names that a unit list may hold.
_GENERIC_START_RE = re.compile(r"(?:各|相关|有关)[^、，,]{0,6}$")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
_SENTENCE_START_RE = re.compile(r"[。；;！？!?]")

# --- tables ---------------------------------------------------------------
_TAB_LINE_RE = re.compile(r"(?m)^[^\n]*\t[^\n]*$")
_LEAD_HEADER_RE = re.compile(rf"^(?:{alternation(LEAD_ROLE_WORDS)})$")
_COOP_HEADER_RE = re.compile(rf"^(?:{alternation(COOPERATE_ROLE_WORDS)})$")
_OFFICIAL_HEADER_RE = re.compile(rf"^(?:{alternation(LEAD_OFFICIAL_ROLE_WORDS)})$")
_CATEGORY_HEADER_RE = re.compile(r"类别|类型|分类|领域|板块")
_NAME_HEADER_RE = re.compile(r"名称|任务|事项|指标|内容|举措|工作")
_TARGET_HEADER_RE = re.compile(r"目标|基数|基期|现状|预期|年|值")
# Tables that belong to other extractors (projects, parks).
_OTHER_TABLE_RE = re.compile(r"项目|园区|产业园")
_INDICATOR_HEADER_RE = re.compile(r"指标")
# Line breaks allowed between two rows: HTML rows come out of ingest with blank lines between.
_MAX_ROW_GAP = 4


@dataclass(frozen=True)
class _Found:
    """One role clause before it becomes a record: spans are relative to the body."""

    start: int  # where the task's words start
    end: int  # end of the evidence (task + clause)
    clause_start: int
    text: str
    anchor: str
    raw: str
    lead: tuple[str, ...]
    cooperate: tuple[str, ...]
    officials: tuple[str, ...]
    kind: str = "task"
    category: str | None = None
    targets: tuple[str, ...] = ()


def extract_task_assignments(doc: Document) -> Iterator[TaskAssignment]:
    """Task assignments of one document, in text order.

    >>> from kg.ingest import read_text
    >>> from kg.segment import segment
    >>> text = read_text("1. 建设创新平台。（牵头单位：市科技局；配合单位：市发改委、市经信局）".encode(), "x.txt")
    >>> [(t.lead_units, t.cooperating_units) for t in extract_task_assignments(segment(text)[0])]
    [(('市科技局',), ('市发改委', '市经信局'))]
    """
    body = doc.body
    tables, table_spans = _table_rows(body)
    found = tables + _clauses(body, table_spans)
    found.sort(key=lambda f: f.clause_start)
    for seq, f in enumerate(found, 1):
        yield TaskAssignment(
            source=doc.source,
            doc_id=doc.id,
            doc_number=doc.doc_number,
            kind=f.kind,
            seq=seq,
            text=f.text,
            anchor=f.anchor,
            lead_units=f.lead,
            cooperating_units=f.cooperate,
            lead_officials=f.officials,
            raw=f.raw,
            evidence=doc.evidence_for(f.start, f.end),
            category=f.category,
            targets=f.targets,
        )


# --- parentheticals and prose clauses --------------------------------------


def _clauses(body: str, skip: list[tuple[int, int]]) -> list[_Found]:
    """Role parentheticals and "X牵头，Y配合" clauses, outside table rows, in text order."""
    hits: list[tuple[int, int, str, dict[str, tuple[str, ...]], bool]] = []
    for m in _PAREN_RE.finditer(body):
        roles = _roles_of_parenthetical(m.group("body"))
        if roles:
            hits.append((m.start(), m.end(), m.group(), roles, True))
    runs = [m.span() for m in _LABEL_LINES_RE.finditer(body)]
    runs += [m.span("run") for m in _LABEL_INLINE_RE.finditer(body)]
    for r0, r1 in sorted(runs):
        if not any(s <= r0 < e for s, e, *_ in hits):
            run = body[r0:r1]
            roles = _roles_of_parenthetical(run)
            if roles:
                hits.append((r0 + len(run) - len(run.lstrip()), r1, run.strip(), roles, True))
    taken = sorted((s, e) for s, e, *_ in hits)
    for s, e, roles in _prose_clauses(body):
        if not _inside(s, taken):
            inside_paren = s > 0 and body[s - 1] in "（(" and e < len(body) and body[e] in "）)"
            if inside_paren:
                s, e = s - 1, e + 1
            hits.append((s, e, body[s:e], roles, inside_paren))
    hits = [h for h in hits if not _inside(h[0], skip)]
    hits.sort(key=lambda h: h[0])

    markers = [m.start() for m in ITEM_MARKER_RE.finditer(body)]
    out: list[_Found] = []
    prev_end = 0
    for start, end, raw, roles, is_paren in hits:
        item_start = _item_start(body, start, markers, prev_end)
        if is_paren:
            t0, t1 = item_start, start
            if not body[t0:t1].strip():  # the parenthetical follows a heading line: that is the task
                t0 = _line_before(body, start, prev_end)
            after = ""
        else:
            # the sentence holding the clause: from the last 。 before it to the next one
            back = _SENTENCE_START_RE.search(body[max(item_start, start - 300) : start][::-1])
            t0 = max(start - back.start() if back else item_start, item_start)
            if t0 > item_start and not body[t0:start].strip() and "\n" not in body[item_start:start]:
                # "1.培育主体。实施…。由市商务局牵头，…配合。": the clause closes its item,
                # so the task is the item's words before it
                t0 = item_start
            stop = _SENTENCE_END_RE.search(body, end)
            t1 = len(body) if stop is None else stop.start() if stop.group() == "\n" else stop.end()
            after = body[end:t1]
        marker = ITEM_MARKER_RE.match(body, t0)
        if marker and marker.end() <= start:
            t0 = marker.end()  # the item's number is not part of its words
        t0 += len(body[t0:t1]) - len(body[t0:t1].lstrip())
        before = body[t0:start] if t0 < start else ""
        text = _unbreak(body[t0:t1]).strip()
        anchor = _unbreak(before).strip().rstrip("，,由（( ")[-ANCHOR_LEN:]
        if not anchor:
            anchor = _unbreak(after).strip().lstrip("，,）) ")[:ANCHOR_LEN]
        out.append(
            _Found(
                start=t0 if text else start,
                end=max(end, t1),
                clause_start=start,
                text=text,
                anchor=anchor,
                raw=_unbreak(raw),
                lead=roles.get("lead", ()),
                cooperate=roles.get("cooperate", ()),
                officials=roles.get("official", ()),
            )
        )
        prev_end = max(end, t1)
    return out


def _roles_of_parenthetical(inner: str) -> dict[str, tuple[str, ...]]:
    """``牵头单位：A、B；配合单位：C`` → {"lead": (A, B), "cooperate": (C,)}."""
    labels = list(_LABEL_RE.finditer(inner))
    roles: dict[str, tuple[str, ...]] = {}
    for i, m in enumerate(labels):
        value = inner[m.end() : labels[i + 1].start() if i + 1 < len(labels) else len(inner)]
        other = _OTHER_FIELD_RE.search(value)
        role = _ROLE_OF_LABEL[m.group("label")]
        roles[role] = roles.get(role, ()) + _split_units(value[: other.start()] if other else value)
    if "lead" in roles:
        lead, coop = _lead_marks(roles["lead"])
        roles["lead"], roles["cooperate"] = lead, coop + roles.get("cooperate", ())
    return {k: v for k, v in roles.items() if v}


def _lead_marks(units: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``市发改委（牵头）、市科技局`` → lead (市发改委,), cooperating (市科技局,); unmarked lists stay lead."""
    marked = tuple(_LEAD_MARK_RE.sub("", u) for u in units if _LEAD_MARK_RE.search(u))
    if not marked:
        return units, ()
    return marked, tuple(u for u in units if not _LEAD_MARK_RE.search(u))


def _prose_clauses(body: str) -> Iterator[tuple[int, int, dict[str, tuple[str, ...]]]]:
    """(start, end, roles) of each "由X牵头，Y配合" clause.

    A clause that fills a line on its own is a table cell (a project or task
    table printed one cell per line); the table's own extractor reads it.
    """
    for hit in _VERB_HIT_RE.finditer(body):
        # 市工信局、市通信管理办按职责分工负责: the qualifier is not part of the last name
        q = _DUTY_QUALIFIER_RE.search(body, max(0, hit.start() - 8), hit.start())
        v0 = q.start() if q else hit.start()
        window = body[max(0, v0 - 150) : v0]
        # the list cannot cross a comma, full stop or line break: look only after the last one
        window = window[max(window.rfind(c) for c in "，,。；;：:\n") + 1 :]
        lm = _LEAD_BEFORE_RE.match(window) or _LEAD_BEFORE_RE.search(window)
        if not lm:
            continue
        lead = _unit_items(lm.group("lead"))
        if not lead:
            continue
        start = v0 - len(window) + lm.start()
        you = lm.group("you") is not None or "由" in lm.group("lead")
        if "由" in lm.group("lead"):  # 建设平台由市发改委牵头: the clause starts at 由
            start = v0 - len(window) + lm.start("lead") + lm.group("lead").rindex("由")
        # （区自然资源和规划分局牵头负责）: a clause that fills a bracket names the lead
        bracketed = start > 0 and body[start - 1] in "（(" and body[hit.end() : hit.end() + 1] in ("）", ")")
        if hit.group("sole") and not (you or bracketed):
            continue  # 市发改委负责 in running text is too often ordinary prose
        cm = _COOP_AFTER_RE.match(body, hit.end())
        coop = _unit_items(cm.group("with") or cm.group("coop")) if cm else ()
        if coop:
            end = cm.end() if cm else hit.end()
        elif you or bracketed:
            end = hit.end()
        else:
            continue
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        line_end = len(body) if line_end < 0 else line_end
        if not you and not body[line_start:start].strip() and not body[end:line_end].strip("。 \t"):
            continue
        yield start, end, {"lead": lead, "cooperate": coop}


def _unit_items(text: str) -> tuple[str, ...]:
    """The items of a prose list when every one looks like a unit name, else ()."""
    items = _split_units(text.rsplit("由", 1)[-1])
    if items and "等" in items[-1] and not _UNIT_END_RE.search(items[-1]):
        items = (*items[:-1], items[-1].split("等", 1)[0])  # 会同市税务局等部门组织实施
    if items and all(_UNIT_END_RE.search(i) or _GENERIC_START_RE.match(i) for i in items):
        return items
    return ()


def _item_start(body: str, pos: int, markers: list[int], prev_end: int) -> int:
    """Where the task before ``pos`` starts: the numbered item it is in, the end of
    the previous task, or — with no number nearby — the paragraph before it."""
    i = bisect.bisect_right(markers, pos) - 1
    floor = max(prev_end, pos - 3000, 0)
    if i >= 0 and markers[i] >= floor:
        start = markers[i]
        line_end = body.find("\n", start, pos)
        # A heading line of its own (（一）实施创新强工攻坚行动) is not the task.
        if line_end >= 0 and not _SENTENCE_START_RE.search(body, start, line_end):
            nxt = len(body[line_end:pos]) - len(body[line_end:pos].lstrip())
            return line_end + nxt
        return start
    return _line_before(body, pos, floor)


def _line_before(body: str, pos: int, floor: int) -> int:
    """Start of the text on ``pos``'s line, or of the last non-blank line before it."""
    line_start = body.rfind("\n", 0, pos) + 1
    if body[line_start:pos].strip() or line_start == 0:
        return max(line_start, floor)
    lo = max(floor, line_start - 2000)
    prev_end = lo + len(body[lo:line_start].rstrip())
    return max(body.rfind("\n", 0, prev_end) + 1, floor)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, _BIG)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_BIG = 1 << 62


def _unbreak(text: str) -> str:
    """Remove OCR line breaks (and the indentation around them)."""
    return _BREAK_RE.sub("", text)


def _split_units(value: str) -> tuple[str, ...]:
    """Unit names of a list cell, split on 、，/ and spaces, bracket groups kept whole."""
    items = []
    for m in _ITEM_RE.finditer(_unbreak(value)):
        item = LIST_TAIL_RE.sub("", m.group().strip("。.：:"))
        if item:
            items.append(item)
    return tuple(items)


# --- tables ----------------------------------------------------------------

_Cell = tuple[int, int, str]  # start, end, text (relative to the body)


def _table_rows(body: str) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Rows of tables whose header has a lead-role column, and the spans they cover.

    Two layouts: tab-separated lines (HTML and most OCR tables after ingest) and
    one cell per line (OCR that lost the grid). The header is found by its role
    column (牵头单位, 责任单位 …); the task column by its words (指标名称, 任务 …);
    a category column is carried down over merged cells; the columns between
    task and role are target values.
    """
    found: list[_Found] = []
    spans: list[tuple[int, int]] = []
    for header, rows in _tab_tables(body) + _line_tables(body):
        cells = [c for _, _, c in header]
        cols = _header_columns(cells)
        if cols is None:
            if any(_OTHER_TABLE_RE.search(c) and _NAME_HEADER_RE.search(c) for c in cells):
                # a project or park table: its cells (X牵头，Y配合) are not tasks
                spans.append((header[0][0], header[-1][1]))
                spans.extend((r[0][0], r[-1][1]) for r in rows)
            continue
        spans.append((header[0][0], header[-1][1]))
        found.extend(_rows_to_tasks(body, [c for _, _, c in header], cols, rows))
        spans.extend((r[0][0], r[-1][1]) for r in rows)
    return found, sorted(spans)


def _tab_tables(body: str) -> list[tuple[list[_Cell], list[list[_Cell]]]]:
    """(header, rows) of each run of tab-separated lines that starts at a role header."""
    lines = [(m.start(), m.end()) for m in _TAB_LINE_RE.finditer(body)]
    tables = []
    i = 0
    while i < len(lines):
        header = _cells_of_line(body, *lines[i])
        if not any(_LEAD_HEADER_RE.match(c) for _, _, c in header):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and body.count("\n", lines[j - 1][1], lines[j][0]) <= _MAX_ROW_GAP:
            cells = _cells_of_line(body, *lines[j])
            if len(cells) > len(header):
                break
            rows.append(cells)
            j += 1
        tables.append((header, rows))
        i = j
    return tables


def _cells_of_line(body: str, start: int, end: int) -> list[_Cell]:
    cells = []
    for part in body[start:end].split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append((start + lead, start + len(part.rstrip()), part.strip()))
        start += len(part) + 1
    return cells


_LINE_RE = re.compile(r"(?m)^[ \t\u3000\xa0]*(\S[^\n\t]*?)[ \t\u3000\xa0]*$")
_HEADER_CELL_RE = re.compile(
    r"序号|编号|(?:指标|任务)?(?:类别|类型|分类)|领域|板块|(?:指标|任务|项目|事项)?名称|指标"
    r"|(?:重点|主要|具体|工作)?任务(?:内容)?|(?:工作|主要)内容|事项|[^\s，。]{0,8}(?:年|基数|目标|目标值|基期值|现状|预期值)"
    r"|完成时限|时限|完成时间|备注|属性"
    rf"|{alternation(LEAD_ROLE_WORDS + COOPERATE_ROLE_WORDS + LEAD_OFFICIAL_ROLE_WORDS)}"
)
_MAX_CELL = 200
_MERGEABLE_RE = re.compile(r"序号|编号|类别|类型|分类|领域|板块")


def _line_tables(body: str) -> list[tuple[list[_Cell], list[list[_Cell]]]]:
    """(header, rows) of tables printed one cell per line.

    Rows are cut at the lead cell (a list of unit names) plus the cells the
    header puts after it; cells missing on the left are merged cells. The table
    ends at the first stretch that does not fit a row.
    """
    lines: list[_Cell] = [(m.start(1), m.end(1), m.group(1)) for m in _LINE_RE.finditer(body)]
    tables = []
    k = 0
    while k < len(lines):
        if not _LEAD_HEADER_RE.match(lines[k][2]):
            k += 1
            continue
        a = k
        while a > 0 and _HEADER_CELL_RE.fullmatch(lines[a - 1][2]):
            a -= 1
        b = k + 1
        while b < len(lines) and _HEADER_CELL_RE.fullmatch(lines[b][2]):
            b += 1
        header = lines[a:b]
        lead = k - a
        after = len(header) - lead - 1
        # 序号 and category cells may be merged over rows, so a row may lack them.
        need = max(1, lead - sum(1 for c in header[:lead] if _MERGEABLE_RE.search(c[2])))
        rows: list[list[_Cell]] = []
        pos = b
        while pos < len(lines):
            row = _line_row(lines, pos, need, lead, after)
            if row is None:
                break
            rows.append(row)
            pos += len(row)
        if rows:
            tables.append((header, rows))
        k = max(pos, k + 1)
    return tables


def _line_row(lines: list[_Cell], pos: int, need: int, most: int, after: int) -> list[_Cell] | None:
    """The cells of the row that starts at ``pos``: ``need``..``most`` cells, the lead
    cell (a list of unit names), then ``after`` cells; None when none fits."""
    for n in range(need, most + 1):
        i = pos + n
        if i + after >= len(lines) or len(lines[i - 1][2]) > _MAX_CELL:
            return None
        if _unit_items(lines[i][2]):
            return lines[pos : i + 1 + after]
    return None


def _rows_to_tasks(body: str, header: list[str], cols: dict, rows: list[list[_Cell]]) -> Iterator[_Found]:
    kind = "indicator" if _INDICATOR_HEADER_RE.search(header[cols["name"]]) else "task"
    category: str | None = None
    for row in rows:
        cells = [""] * (len(header) - len(row)) + [c for _, _, c in row]  # merged cells on the left
        if "category" in cols and not cells[cols["category"]].isdigit():
            category = cells[cols["category"]] or category
        name = cells[cols["name"]]
        lead, coop = _role_cell(cells[cols["lead"]])
        if "cooperate" in cols:
            coop += _split_units(cells[cols["cooperate"]])
        if not (name and lead) or name == header[cols["name"]]:
            continue
        start = next((c[0] for c in row if c[2]), row[0][0])
        end = row[-1][1]
        one_line = "\n" not in body[start:end]
        yield _Found(
            start=start,
            end=end,
            clause_start=start,
            text=name,
            anchor=name,
            raw=body[start:end] if one_line else "\t".join(c for _, _, c in row),
            lead=lead,
            cooperate=coop,
            officials=_split_units(cells[cols["official"]]) if "official" in cols else (),
            kind=kind,
            category=category if "category" in cols else None,
            targets=tuple(cells[k] for k in cols["targets"]),
        )


def _header_columns(header: list[str]) -> dict | None:
    """Column roles of a header row, or None when it is not a task table's header."""
    lead = next((k for k, c in enumerate(header) if _LEAD_HEADER_RE.match(c)), None)
    if lead is None:
        return None
    cols: dict = {"lead": lead}
    for k, c in enumerate(header):
        if k == lead:
            continue
        if _COOP_HEADER_RE.match(c):
            cols.setdefault("cooperate", k)
        elif _OFFICIAL_HEADER_RE.match(c):
            cols.setdefault("official", k)
        elif _CATEGORY_HEADER_RE.search(c):
            cols.setdefault("category", k)
        elif _NAME_HEADER_RE.search(c) and "name" not in cols:
            cols["name"] = k
    if "name" not in cols or _OTHER_TABLE_RE.search(header[cols["name"]]):
        return None
    cols["targets"] = [
        k for k in range(cols["name"] + 1, len(header))
        if k not in (cols.get("cooperate"), cols.get("official"), lead) and _TARGET_HEADER_RE.search(header[k])
    ]
    return cols


def _role_cell(cell: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A lead cell: a plain unit list, or "X牵头，Y配合" read as lead and cooperating units."""
    cell = cell.strip()
    for start, _end, roles in _prose_clauses(f"由{cell}"):
        if start == 0:
            return roles["lead"], roles["cooperate"]
    return _lead_marks(_split_units(cell))
