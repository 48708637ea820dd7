"""Task assignments: who leads and who cooperates on each task of a plan.

Three shapes carry them in Chinese government plans, and all three are read:

- a role parenthetical after the task, ``（牵头领导：陈炳荣；牵头单位：市科技局；配合单位：市发改委、市经信局）``
  or ``(责任单位:市发改委)`` — full- or half-width, any label of
  :data:`kg.patterns.LEAD_ROLE_WORDS` and its siblings;
- a prose clause, ``由市发改委牵头，市科技局、市财政局配合`` or ``…牵头，会同…``;
- a table (read by :mod:`kg.extract.tables`: one cell per line, TSV or HTML)
  whose header has a lead column, such as an indicator table
  ``指标类别  指标名称  2020年基数  2023年目标  牵头单位``.

Every record keeps the task's own words (``text``), so a researcher can read what
was assigned, and its evidence spans the task and its role clause.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from kg.extract.roles import (
    FIRST_LISTED_LEADS_RE,
    FIRST_LISTED_LEADS_START_RE,
    LABEL_GUARD_RE,
    LABEL_WORDS,
    LABELLED_BRACKET_RE,
    Roles,
    is_unit_name,
    parse_labelled,
    parse_responsibility,
    split_officials,
    split_units,
    statement_in_brackets,
    unbreak,
    units_in_brackets,
)
from kg.extract.script import read_simplified
from kg.extract.tables import (
    SUBJECT_ROLES,
    UNIT_ROLES,
    Column,
    Row,
    Table,
    document_tables,
    is_stacked,
    target_after_name,
    unit_cells,
)
from kg.patterns import (
    COOPERATE_PREFIX_WORDS,
    COOPERATE_VERB_WORDS,
    ITEM_MARKER_RE,
    ITEM_NUMBER_STOPS,
    LEAD_VERB_WORDS,
    LEADER_ASSIST_WORDS,
    OFFICIAL_TITLES,
    PARK_NAME_HEADER_RE,
    PERSON_NAME_PATTERN,
    PROJECT_NAME_HEADER_RE,
    RESPONSIBLE_VERB_WORDS,
    TASK_TABLE_TITLE_RE,
    TITLE_QUALIFIERS,
    UNIT_SUFFIXES,
    alternation,
    back_to,
    finditer_from,
    first_chars,
    is_person_name,
    lazy_compile,
    search_from,
)
from kg.records import Document, TaskAssignment

__all__ = ["extract_task_assignments"]

ANCHOR_LEN = 15
#: How far before a table's header its title is looked for (the line or two above it).
TITLE_REACH = 80

_LEAD_VERB = alternation(LEAD_VERB_WORDS)
_LABEL = rf"(?:{LABEL_WORDS})[ \t\u3000]*[：:]"

_PAREN_RE = LABELLED_BRACKET_RE
# Any bracket group (one level of nesting), for statements made with verbs: （省财政厅主办，省国税局协办）.
_BRACKET_RE = re.compile(
    r"[（(【\[〔](?P<body>(?:[^（）()【】\[\]〔〕\n]|[（(][^（）()\n]{0,30}[）)]){2,300})[）)】\]〕]"
)

# The same labels opening lines of their own under a task (other fields between them allowed):
#   牵头领导：王 健
#   牵头单位：市发改委
#   责任单位：市科技局、市财政局
#   工作要求：由市发改委牵头
_FIELD_LINE = r"[ \t\u3000]*(?:[^\s：:，。；]{1,4}[ \t\u3000]?){1,4}[：:][^\n]*"
# Blank lines may stand between the label lines of one task (realdev2 chuzhou_tasks_2020:
# 牵头负责领导：金力。 / 牵头责任单位：… / 协同责任单位：…, each a paragraph); after a blank line
# a field of its own is a short label that is not an item's number (部门分工：…), so the next
# numbered item never joins the run.
_BLANKS = r"\n(?:[ \t\u3000]*\n)+"
_FIELD_AFTER_BLANK = r"[ \t\u3000]*(?![0-9０-９一二三四五六七八九十（(①-⑳])[^\s：:，,。；;、.．]{2,6}[：:][^\n]*"
_LABEL_LINES_RE = lazy_compile(
    rf"(?m)^[ \t\u3000]*(?:{_LABEL})[^\n]*(?:\n(?:[ \t\u3000]*(?:{_LABEL})[^\n]*|{_FIELD_LINE})"
    rf"|{_BLANKS}(?:[ \t\u3000]*(?:{_LABEL})[^\n]*|{_FIELD_AFTER_BLANK}))*"
)
#: The next item's number after a space, in a text run together on one line (…县农业农村局 2.落实…,
#: tests/data/real/tasks3 zhejiang_jiaxing_haiyan_zerenfenjie_2022): not part of the label's list.
#: Or right after the full stop that closes the label's list (…配合单位：市财政局。2.加快建设…。牵头单位：…).
_SPACED_ITEM_RE = re.compile(
    rf"(?:[ \t\u3000]+|(?<=[。；;]))(?:\d{{1,3}}[{ITEM_NUMBER_STOPS}](?!\d)|[一二三四五六七八九十]{{1,3}}、)")
# A label may also follow the task's last sentence on the same line: …厂房建设。责任单位：市发改委。
# (It opens with the stop so that the scan skips ahead on one character class.)
_LABEL_INLINE_RE = lazy_compile(rf"[。；;](?=[ \t\u3000]*(?:{_LABEL}))")
# Labels written with 是 for their colon, in a news report of a plan (tests/data/real/mixed11/beijing_fengong_2018.txt:
# 第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。): read as
# label lines after a comma, up to the sentence's end. Found from the 是 after a label's last character.
_LABEL_IS_GUARD_RE = re.compile(r"(?<=[位门室导])是")
_LABEL_IS_RE = lazy_compile(rf"(?<=[，,；;])[ \t\u3000]*(?P<label>{LABEL_WORDS})是")
_LABEL_IS_END_RE = re.compile(r"[。\n]")
# --- the prose form: X牵头，Y配合 -------------------------------------------
_NOT_IN_NAME = r"\s，,。；;：:、（）()“”‘’《》！？"
_SENT_ITEM = rf"[^{_NOT_IN_NAME}]{{1,30}}(?:[（(][^（）()\n]{{1,10}}[）)][^{_NOT_IN_NAME}]{{0,10}})?"
_SENT_LIST = rf"{_SENT_ITEM}(?:、{_SENT_ITEM})*"
# 牵头 (市发改委牵头负责), or a responsibility verb alone, read only after 由: 由市人力社保局负责。
_VERB_HIT_RE = re.compile(
    rf"(?:负责)?(?:{_LEAD_VERB})(?:负责)?(?=[，,。；;）)])"
    rf"|(?P<sole>{alternation(RESPONSIBLE_VERB_WORDS)})(?=[，,。；;）)])"
    # a news report of a plan names the units, then what they will do (real/mixed17
    # gansu_guowuyuan_fengongfangan_2010: 发展改革委、财政部等部门还将负责推动…经济区加快发展): the task follows
    r"|(?<=将)(?P<will>负责)(?=[\u4e00-\u9fff])"
)
#: The future marker before a "will lead" verb (还将负责): not part of the last unit's name.
_WILL_RE = re.compile(r"(?:还|也|亦)?将$")
#: Where a _VERB_HIT_RE match may start (see kg.patterns.finditer_from).
_VERB_HIT_START_RE = re.compile(first_chars(("负责", *LEAD_VERB_WORDS, *RESPONSIBLE_VERB_WORDS)))
_DUTY_QUALIFIER_RE = re.compile(r"(?:按照?职责分工|按职责|依职责|分别|共同)$")
_LEAD_BEFORE_RE = re.compile(rf"(?P<you>由)?(?P<lead>{_SENT_LIST})$")
_GROUP_TAIL = r"等(?:有关|相关)?(?:部门|单位)?"  # 市统计局等有关部门
# After 牵头: "，Y配合" or "，会同Y".
_COOP_AFTER_RE = lazy_compile(
    rf"[，,]\s*(?:(?:{alternation(COOPERATE_PREFIX_WORDS)})(?P<with>{_SENT_LIST})(?:{_GROUP_TAIL}|(?=[，,。；;）)]))"
    # the cooperating list may run over commas (省工业和信息化厅牵头,省委网信办,省发展改革委、科技厅、…,省通信管理局等配合:
    # real/mixed21 guangdong_sheng_renwufengong_2023); every item must still be a unit's name (_unit_items)
    rf"|(?P<coop>{_SENT_LIST}(?:[，,]{_SENT_LIST})*)(?:{_GROUP_TAIL})?(?:共同|负责)?(?:{alternation(COOPERATE_VERB_WORDS)}))"
)
# 各区、县（市）政府: collective names that a unit list may hold.
_GENERIC_START_RE = re.compile(r"(?:各|相关|有关)[^、，,]{0,6}$")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
# A part heading that names the official over every task under it: 一、洪湖鹏市长主抓重点工作,
# （二）常务副市长王某牵头的工作. Any other part heading at that level ends the part. A text run
# together on one line puts the heading after a space (…责任分解 一、王丹县长牵头重点工作 1.全县…).
_PART_RE = rf"(?m)(?:^|(?<=[ \t\u3000]))[ \t\u3000]*(?:[一二三四五六七八九十]{{1,3}}[{ITEM_NUMBER_STOPS}]|[（(][一二三四五六七八九十]{{1,3}}[）)])[ \t\u3000]*"
_PART_HEADING_RE = re.compile(_PART_RE)
#: Where a part heading (and so a _PART_UNIT_RE or _PART_OFFICIAL_RE match) may start: a space at a
#: line's start or before the number, the number, its bracket (see kg.patterns.finditer_from).
_PART_START_RE = re.compile("[ \t\u3000一二三四五六七八九十（(]")
#: A part heading that names the unit leading every item under it: 一、县示范区管委会牵头工作（8项）.
#: The words one of _PART_UNIT_RE's matches holds: a text with none has no such heading.
_PART_UNIT_WORDS = ("牵头", "负责", "主抓")
_PART_UNIT_RE = re.compile(
    rf"{_PART_RE}(?P<unit>[^\s，,。；;：:、（）()]{{2,30}}?)(?:牵头|负责|主抓)的?(?:重点)?(?:工作|任务|事项)"
    r"(?:[（(][0-9一二三四五六七八九十]+项[）)])?[ \t\u3000]*$"
)
#: The one line under a heading that numbers no items: a sentence that ends its line.
_LINE_UNDER_RE = re.compile(r"\s*(?P<item>[^\n：:]{4,300}[。；;])[ \t\u3000]*(?:\n|$)")
_NUMBERED_LINE_RE = re.compile(rf"(?m)^[ \t\u3000]*\d{{1,3}}[{ITEM_NUMBER_STOPS}](?!\d)[ \t\u3000]*(?P<item>[^\n]+)$")
_GOV_TITLE = alternation(tuple(t for t in OFFICIAL_TITLES if t.endswith(("长", "书记", "主任"))))
#: An official named with their post, the name before the title or after it (杨志武副市长, 市长洪湖鹏); what it
#: reads as a name is one only if _is_official_name says so.
_NAME_AND_TITLE = rf"(?:(?P<official>{PERSON_NAME_PATTERN})(?:{_GOV_TITLE})|(?:{_GOV_TITLE})(?P<after>{PERSON_NAME_PATTERN}))"
#: The words one of _PART_OFFICIAL_RE's matches holds: a text with none has no such heading.
_PART_OFFICIAL_WORDS = ("主抓", "牵头", "负责", "分管", "领衔", "联系")
_PART_OFFICIAL_RE = re.compile(
    rf"{_PART_RE}{_NAME_AND_TITLE}"
    # the heading ends its line, or, in a text run together on one line, the first item's number follows
    rf"(?:主抓|牵头|负责|分管|领衔|联系)的?[^\n。；（(]{{0,12}}?"
    # who only assists, in brackets after it: 一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助) (real/mixed9
    # shanxi_sheng_tasks_2006); they lead nothing
    rf"(?:[（(][^（）()\n]{{1,40}}(?:{alternation(LEADER_ASSIST_WORDS)})[）)])?"
    rf"(?:$|(?=[ \t\u3000]+\d{{1,3}}[{ITEM_NUMBER_STOPS}](?!\d)))"
)
_SENTENCE_START_RE = re.compile(r"[。；;！？!?]")
#: What a task's words never open with: spaces, and the stop that closed the task before it.
_LEADING_STOPS = " \t\n\r\u3000。；;，,"
#: The official over a prose clause, named with their post right before it: 由杨志武副市长负责,市发改委牵头,相关部门配合
#: (real/mixed24 gansu_lanzhou_zhongdianshixiang_fengong_undated); the person, as a part heading's official is.
_OFFICIAL_BEFORE_RE = lazy_compile(rf"(?:由)?{_NAME_AND_TITLE}(?:负责|主抓|分管|牵头负责)[，,]$")


def _is_official_name(name: str) -> bool:
    """Whether what _NAME_AND_TITLE read as a name is a person's: not a qualifier of the title (由常务副市长负责,
    一、分管副市长负责的工作) nor a unit (由高新区管委会副主任负责: 管委会)."""
    return is_person_name(name) and not name.startswith(TITLE_QUALIFIERS) and not name.endswith(UNIT_SUFFIXES)
_OFFICIAL_REACH = 16
#: Nothing, or only a field's label, between a sentence's end and a clause: the clause closes the item
#: before it (…成果应用。 部门分工:省工业和信息化厅牵头,… in items run together on one line, real/mixed21
#: guangdong_sheng_renwufengong_2023: the task is 大力推进20个战略性产业集群建设 工作措施:…, not the label).
_FIELD_ONLY_RE = re.compile(r"\s*(?:[^\s：:，,。；;、]{2,6}[：:]\s*)?")


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


def extract_task_assignments(doc: Document, tables: tuple[Table, ...] | None = None) -> Iterator[TaskAssignment]:
    """Task assignments of one document, in text order.

    >>> from kg.read.ingest import read_text
    >>> from kg.read.segment import segment
    >>> text = read_text("1. 建设创新平台。（牵头单位：市科技局；配合单位：市发改委、市经信局）".encode(), "x.txt")
    >>> [(t.lead_units, t.cooperating_units) for t in extract_task_assignments(segment(text)[0])]
    [(('市科技局',), ('市发改委', '市经信局'))]
    """
    read = read_simplified(doc)
    if read is not None:  # printed in traditional characters (牽頭單位): read in simplified, written as printed
        back = back_to(doc.body)
        for t in extract_task_assignments(read):
            yield replace(t, text=t.text.translate(back), anchor=t.anchor.translate(back), raw=t.raw.translate(back),
                          lead_units=tuple(u.translate(back) for u in t.lead_units),
                          cooperating_units=tuple(u.translate(back) for u in t.cooperating_units),
                          lead_officials=tuple(u.translate(back) for u in t.lead_officials),
                          category=t.category.translate(back) if t.category else t.category,
                          targets=tuple(u.translate(back) for u in t.targets))
        return
    body = doc.body
    rows, table_spans = _table_rows(doc, document_tables(doc) if tables is None else tables)
    found = rows + _clauses(body, table_spans)
    found = _with_part_officials(body, _items_under_lead_headings(body, found))
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


def _closes_item(body: str, m: re.Match[str]) -> bool:
    """Whether a bracket closes a task: it follows the task's full stop and ends its line
    (…打造“原油炼制-精细化工-新材料应用”的绿色化工产业链。(潜江高新区), tests/data/real/tasks2
    hubei_qianjiang_zhaoshang_renwuqingdan_2025)."""
    return m.start() > 0 and body[m.start() - 1] in "。；;" and body[m.end() : m.end() + 1] in ("", "\n", "\r")


def _items_under_lead_headings(body: str, found: list[_Found]) -> list[_Found]:
    """Items under a part heading that names their lead unit (一、县示范区管委会牵头工作（8项）
    / 1.打造食用菌酵素生产基地。): one task per numbered item that states no responsibility of its own,
    or the one line under the heading when it numbers none ((一)省监察厅牵头的工作 / 加强行政监察工作…。);
    a task found under it that names no lead (协同单位：… only) is led by the heading's unit."""
    if not any(word in body for word in _PART_UNIT_WORDS):
        return found  # no heading can name a lead unit (cheaper than the scan for one)
    heads = [m for m in finditer_from(_PART_START_RE, _PART_UNIT_RE, body) if is_unit_name(m["unit"])]
    if not heads:
        return found
    parts = [m.start() for m in finditer_from(_PART_START_RE, _PART_HEADING_RE, body)] + [len(body)]
    out = list(found)
    for head in heads:
        stop = next(p for p in parts if p > head.start())
        lead = (head["unit"],)
        out = [replace(f, lead=lead) if not f.lead and head.end() <= f.clause_start < stop else f for f in out]
        items = list(_NUMBERED_LINE_RE.finditer(body, head.end(), stop))
        if not items and not any(head.end() <= f.clause_start < stop for f in found):
            items = [m for m in [_LINE_UNDER_RE.match(body, head.end(), stop)] if m is not None]
        # one 协同单位 line after the part's last item serves every item of the part ((三)省编办牵头的工作 /
        # 1.… / 2.… / 协同单位:省财政厅、…, real/mixed7 shanxi_sheng_mubiaozerenfenjie_2008)
        closing = [f for f in found if head.end() <= f.clause_start < stop and f.cooperate]
        shared = closing[0].cooperate if len(closing) == 1 and items \
            and all(item.end() <= closing[0].clause_start for item in items) else ()
        for item in items:
            if any(f.start <= item.end() and item.start() <= f.end for f in found):
                continue
            text = item["item"].strip()
            out.append(_Found(start=item.start("item"), end=item.end("item"), clause_start=item.start("item"),
                              text=text, anchor=unbreak(text)[:ANCHOR_LEN], raw=head.group().strip(),
                              lead=lead, cooperate=shared, officials=()))
    return out


def _with_part_officials(body: str, found: list[_Found]) -> list[_Found]:
    """Tasks under a part heading that names an official (一、洪湖鹏市长主抓重点工作) and
    that name none themselves take that official, by name (洪湖鹏: the person, as the Official
    node is keyed), as their lead official. The part runs to the next heading of its own level:
    (一)省监察厅牵头的工作 under 一、孟学农省长负责的工作 is still his."""
    if not any(word in body for word in _PART_OFFICIAL_WORDS):
        return found  # no heading can name an official over its part
    officials = [m for m in finditer_from(_PART_START_RE, _PART_OFFICIAL_RE, body)
                 if _is_official_name(m["official"] or m["after"])]
    if not officials:
        return found
    heads = list(finditer_from(_PART_START_RE, _PART_HEADING_RE, body))
    spans = []
    for m in officials:
        level = _bracketed(m.group())
        end = next((h.start() for h in heads if h.start() > m.start() and _bracketed(h.group()) == level), len(body))
        spans.append((m.start(), end, m["official"] or m["after"]))
    out = []
    for f in found:
        inside = [(start, name) for start, end, name in spans if start <= f.clause_start < end]
        official = max(inside)[1] if inside else None
        out.append(replace(f, officials=(official,)) if official and not f.officials else f)
    return out


def _bracketed(heading: str) -> bool:
    """Whether a part heading's number is bracketed ((一)) rather than followed by a stop (一、): its level."""
    return heading.strip()[:1] in "（("


# --- parentheticals and prose clauses --------------------------------------


def _clauses(body: str, skip: list[tuple[int, int]]) -> list[_Found]:
    """Role parentheticals, label lines, bracketed statements and "X牵头，Y配合"
    clauses, outside table rows, in text order."""
    hits: list[tuple[int, int, str, Roles, bool]] = []
    convention = search_from(FIRST_LISTED_LEADS_START_RE, FIRST_LISTED_LEADS_RE, body)  # 列第一位的为牵头部门，下同

    def first_leads(end: int) -> bool:
        return convention is not None and convention.start() < end

    labelled = LABEL_GUARD_RE.search(body) is not None  # else no label pattern can match: not even compiled
    for m in _PAREN_RE.finditer(body) if labelled else ():
        roles = parse_labelled(m.group("body"), first_leads=first_leads(m.end()))
        if roles:
            hits.append((m.start(), m.end(), m.group(), roles, True))
    # a text run together on one line: the next item's number after a space ends a label's list
    runs = [(r0, cut.start() if (cut := _SPACED_ITEM_RE.search(body, r0, r1)) else r1)
            for r0, r1 in (m.span() for m in (_LABEL_LINES_RE.finditer(body) if labelled else ()))]
    pos = 0
    while labelled and (inline := _LABEL_INLINE_RE.search(body, pos)):  # a label after the task's last sentence; each run read once
        r0 = inline.end()
        r1 = body.find("\n", r0) % (len(body) + 1)
        if cut := _SPACED_ITEM_RE.search(body, r0, r1):
            r1 = cut.start()
        runs.append((r0, r1))
        pos = r1
    for r0, r1, run in _label_is_runs(body):
        roles = parse_labelled(run, first_leads=first_leads(r1))
        if roles:
            hits.append((r0, r1, body[r0:r1].strip(), roles, True))
    in_parens = _covering([(s, e) for s, e, *_ in hits])
    open_runs: list[tuple[int, int]] = []  # runs read so far that end after this one starts
    for r0, r1 in sorted(runs):
        open_runs = [(s, e) for s, e in open_runs if e > r0]
        if not in_parens(r0) and not any(s <= r0 for s, _ in open_runs):
            run = body[r0:r1]
            roles = parse_labelled(run, first_leads=first_leads(r1))
            if roles:
                hits.append((r0 + len(run) - len(run.lstrip()), r1, run.strip(), roles, True))
                open_runs.append(hits[-1][:2])
    in_hits = _covering([(s, e) for s, e, *_ in hits])  # brackets do not overlap one another
    for m in _BRACKET_RE.finditer(body):
        if in_hits(m.start()):
            continue
        stated = statement_in_brackets(m.group("body"), first_leads=first_leads(m.end()))
        if not stated and _closes_item(body, m):
            stated = units_in_brackets(m.group("body"), first_leads=first_leads(m.end()))
        if stated:
            hits.append((m.start(), m.end(), m.group(), stated, True))
    taken = sorted((s, e) for s, e, *_ in hits)
    task_after: set[int] = set()  # clauses whose task follows them (…等部门还将负责推动…)
    for s, e, roles, after_verb in _prose_clauses(body):
        if after_verb and not _inside(s, taken):
            task_after.add(s)
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
        heading = False
        if is_paren:
            t0, t1 = item_start, start
            if not body[t0:t1].strip():  # the parenthetical follows a heading line: that is the task
                t0 = _line_before(body, start, prev_end)
                heading = True
            after = ""
        elif start in task_after:
            t0 = end
            stop = _SENTENCE_END_RE.search(body, end)
            t1 = len(body) if stop is None else stop.start() if stop.group() == "\n" else stop.end()
            after = body[end:t1]
        else:
            # the sentence holding the clause: from the last 。 before it to the next one
            back = _SENTENCE_START_RE.search(body[max(item_start, start - 300) : start][::-1])
            t0 = max(start - back.start() if back else item_start, item_start)
            if t0 > item_start and _FIELD_ONLY_RE.fullmatch(body[t0:start]) and "\n" not in body[item_start:start]:
                # "1.培育主体。实施…。由市商务局牵头，…配合。": the clause closes its item,
                # so the task is the item's words before it
                t0 = item_start
            stop = _SENTENCE_END_RE.search(body, end)
            t1 = len(body) if stop is None else stop.start() if stop.group() == "\n" else stop.end()
            after = body[end:t1]
        marker = ITEM_MARKER_RE.match(body, t0)
        if marker and marker.end() <= start and (heading or len(unbreak(body[marker.end():start]).strip()) > ANCHOR_LEN):
            t0 = marker.end()  # the item's number is not part of its words (a short item keeps it, as its anchor does)
        t0 += len(body[t0:t1]) - len(body[t0:t1].lstrip(_LEADING_STOPS))  # (…配合)；加快建设…: not the ；
        before = body[t0:start] if t0 < start else ""
        text = unbreak(body[t0:t1]).strip()
        anchor = unbreak(before).strip().rstrip("，,由（( ")[-ANCHOR_LEN:]
        if not anchor:
            anchor = unbreak(after).strip().lstrip("，,）) ")[:ANCHOR_LEN]
        out.append(
            _Found(
                start=min(t0, start) if text else start,
                end=max(end, t1),
                clause_start=start,
                text=text,
                anchor=anchor,
                raw=unbreak(raw),
                lead=roles.lead,
                cooperate=roles.cooperate,
                officials=roles.officials,
            )
        )
        prev_end = max(end, t1)
    return out


def _label_is_runs(body: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of each run of labels written with 是 (牵头领导是…,主责单位是…), the run with
    each such 是 written as the colon it stands for (one character for one: offsets stay)."""
    end = 0
    for g in _LABEL_IS_GUARD_RE.finditer(body):
        if g.start() < end:
            continue
        m = _LABEL_IS_RE.search(body, max(0, g.start() - 12), g.end())
        if m is None or m.end() != g.end():
            continue
        stop = _LABEL_IS_END_RE.search(body, g.end())
        end = len(body) if stop is None else stop.end() if stop.group() == "。" else stop.start()
        run = body[m.start("label") : end]
        yield m.start("label"), end, _LABEL_IS_RE.sub(lambda x: x.group()[:-1] + "：", "，" + run)[1:]


def _prose_clauses(body: str) -> Iterator[tuple[int, int, Roles, bool]]:
    """(start, end, roles, whether the task follows) of each "由X牵头，Y配合" clause
    (and each "X、Y将负责<task>").

    A clause that fills a line on its own is a table cell (a project or task
    table printed one cell per line); the table's own extractor reads it.
    """
    for hit in finditer_from(_VERB_HIT_START_RE, _VERB_HIT_RE, body):
        # 市工信局、市通信管理办按职责分工负责: the qualifier is not part of the last name
        will = hit.group("will") is not None
        q = (_WILL_RE if will else _DUTY_QUALIFIER_RE).search(body, max(0, hit.start() - 8), hit.start())
        v0 = q.start() if q else hit.start()
        window = body[max(0, v0 - 150) : v0]
        # the list cannot cross a comma, full stop or line break: look only after the last one
        window = window[max(window.rfind(c) for c in "，,。；;：:\n〔【") + 1 :]
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
        # 市财政局、市商务局按职责分工配合: the qualifier before the verb is no part of the last name
        coop = _unit_items(_DUTY_QUALIFIER_RE.sub("", cm.group("with") or cm.group("coop"))) if cm else ()
        if coop:
            end = cm.end() if cm else hit.end()
        elif you or bracketed or will:
            end = hit.end()
        else:
            continue
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        line_end = len(body) if line_end < 0 else line_end
        if not you and not body[line_start:start].strip() and not body[end:line_end].strip("。 \t"):
            continue
        officials: tuple[str, ...] = ()
        if body[start - 1 : start] in "，," and start > 0 \
                and (who := _OFFICIAL_BEFORE_RE.search(body, max(0, start - _OFFICIAL_REACH), start)) is not None \
                and _is_official_name(who["official"] or who["after"]):
            start, officials = who.start(), (who["official"] or who["after"],)
        yield start, end, Roles(lead, coop, officials), will and not coop


def _unit_items(text: str) -> tuple[str, ...]:
    """The items of a prose list when every one looks like a unit name, else ()."""
    items = _units(text.rsplit("由", 1)[-1])
    if items and "等" in items[-1] and not is_unit_name(items[-1]):
        items = (*items[:-1], items[-1].split("等", 1)[0])  # 会同市税务局等部门组织实施
    if items and all(is_unit_name(i) or _GENERIC_START_RE.match(i) for i in items):
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
        # A heading line of its own (（一）实施创新强工攻坚行动) is not the task, unless the task is the one
        # paragraph under it (一、支持工业科技创新 / 自治区每年对…。(牵头单位:…): the heading names it,
        # real/mixed21 guangxi_zizhiqu_gongyezhenxing_cuoshi_2024)
        if line_end >= 0 and not _SENTENCE_START_RE.search(body, start, line_end):
            nxt = len(body[line_end:pos]) - len(body[line_end:pos].lstrip())
            under = body[line_end + nxt : pos]
            if "\n" in under or not under.strip():
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


def _covering(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position is in one of ``spans`` (which may overlap), answered by bisection:
    a scan of every span per position made a long text quadratic."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    return covered


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, _BIG)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_BIG = 1 << 62


def _units(text: str) -> tuple[str, ...]:
    """Unit names of a list (see :func:`kg.extract.roles.split_units`)."""
    return tuple(split_units(text)[0])


# --- tables ----------------------------------------------------------------


def _table_rows(doc: Document, tables: tuple[Table, ...]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Rows of task tables, and the spans of every table with a unit column.

    Tables are read by :mod:`kg.extract.tables` (paragraph, TSV and HTML shapes).
    A task table has a lead column and a subject column (指标名称, 重点任务 …)
    that is not a project or park name; a group column (类别, 领域) is carried
    down over merged cells; the value columns after the subject are targets.
    Cells of other tables with a unit column (projects, parks) are left to
    their own extractors, so no clause is read from them.
    """
    found: list[_Found] = []
    spans: list[tuple[int, int]] = []
    for table in tables:
        if not table.roles() & UNIT_ROLES:
            continue
        spans.append((table.start, table.end))
        subject = next((c for c in table.columns if c.role in SUBJECT_ROLES), None)
        if table.shape == "run":  # a row's words run together are its content (kg.extract.tables._run_row_tasks)
            subject = table.column("content") or subject
        if subject is not None and subject.role == "indicator":
            # 考核指标 / 考核内容: the content after an indicator is what each row assigns
            subject = next((c for c in table.columns[subject.index + 1 :] if c.role == "content"), subject)
        elif subject is not None and subject.role == "name" and (target := target_after_name(table)):
            subject = target  # a group's name before the targets each row assigns (目标名称 / 工作标准)
        if subject is None or table.column("lead") is None or (
            subject.role == "name"
            and (PARK_NAME_HEADER_RE.search(subject.text) or (
                PROJECT_NAME_HEADER_RE.search(subject.text)
                and not TASK_TABLE_TITLE_RE.search(doc.body, max(0, table.start - TITLE_REACH), table.start)))
        ):
            continue
        # the document's convention (列第一位的责任单位为牵头单位, above the table or in its header) holds in its rows
        convention = FIRST_LISTED_LEADS_RE.search(doc.body, 0, table.start) or any(
            FIRST_LISTED_LEADS_RE.search(c.text) for c in table.columns)
        found.extend(_rows_to_tasks(doc.body, table, subject, first_leads=bool(convention)))
    return found, sorted(spans)


def _rows_to_tasks(body: str, table: Table, subject: Column, *, first_leads: bool = False) -> Iterator[_Found]:
    kind = "indicator" if subject.role == "indicator" else "task"
    group = next((r for r in ("category", "sector") if table.column(r)), None)
    groups = table.carried(group) if group else [None] * len(table.rows)
    targets = [c.index for c in table.columns[subject.index + 1 :] if c.role == "value"]
    # 重点工作 / 主要任务 / 工作措施 / 责任单位: the row's last subject cell is what it assigns
    stacked = [c.index for c in table.columns if c.role == subject.role] if is_stacked(table.columns) else []
    carried: tuple[str, ...] = ()  # the lead officials a group row between rows names for the rows under it
    prev_end = table.columns[-1].cell.end
    for row, category in zip(table.rows, groups, strict=True):
        if body[prev_end : row.start].strip():
            carried = _group_officials(body, prev_end, row.start)
        prev_end = row.end
        name = next((t for k in reversed(stacked) if (t := _cell_text(row, k))), "") or _cell_text(row, subject.index)
        roles = parse_responsibility(unit_cells(row, "lead"), first_leads=first_leads)
        lead = roles.lead
        # a 责任单位 cell that lists every unit beside a 牵头单位 cell: the lead does not cooperate with itself
        coop = tuple(u for u in roles.cooperate + _units(unit_cells(row, "cooperate", every=True)) if u not in lead)
        if not (name and lead) or name == subject.text:
            continue
        one_line = "\n" not in body[row.start : row.end]
        yield _Found(
            start=row.start,
            end=row.end,
            clause_start=row.start,
            text=name,
            anchor=name,
            raw=body[row.start : row.end] if one_line else "\t".join(c.text for c in row.cells),
            lead=lead,
            cooperate=coop,
            officials=split_officials(row.text("lead_official", sep=" ") or "") or carried,
            kind=kind,
            category=category,
            targets=tuple(_cell_text(row, k) for k in targets),
        )


def _group_officials(body: str, start: int, end: int) -> tuple[str, ...]:
    """The lead officials a group row names in a labelled bracket (一、主要经济社会发展指标…工作目标(牵头领导:成坤、
    柯相国、王俊), tests/data/real/tasks3 hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023), else ()."""
    for m in _PAREN_RE.finditer(body, start, end):
        if officials := parse_labelled(m.group("body")).officials:
            return officials
    return ()


def _cell_text(row: Row, index: int) -> str:
    return "".join(c.text for c in row.values[index])
