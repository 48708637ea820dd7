"""Personnel notices → appointment and removal records, one per person, action and post.

A notice states its decisions in short statements ended by ``；`` or ``。``::

    王程任宁波经济技术开发区管理委员会副主任（兼），免去其…管理委员会主任职务；
    免去胡颖磊的宁波市文化旅游投资集团有限公司副总经理职务。

Other cities write ``任命张三为市发改委主任``, ``免去李四市财政局局长职务``,
``张三不再担任…职务`` or put a header ``免去：`` above a list of ``李斌的…职务``.
Each post is split into the unit (parentheses inside its name kept) and the
title; trailing parentheticals become ``concurrent`` (兼), ``probation``
(试用期) or ``note``. Plain regular expressions: the statements are short and
fixed in form, so a tokenizer would add cost and no insight.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property

from kg.patterns import COMPOUND_SURNAMES, POSITION_QUALIFIERS, POSITION_TITLES, SURNAMES, alternation
from kg.records import Appointment, Document, Evidence

_CJK = r"\u4e00-\u9fff"
_SP = r"[ \t\u3000]*"

#: A statement: text up to ；/;/。/newline; a line ending in a comma or 、 goes on.
_STATEMENT_RE = re.compile(r"(?:[，,、][ \t\u3000]*\n\s*|[^；;。\n])+")

#: A name list: 孙黎明、袁朝晖 (2–4 characters, or a transliteration with ·).
_NAME = rf"(?:[{_CJK}]{{1,8}}·[{_CJK}]{{1,8}}|[{_CJK}]{{2,4}}?)"
_NAMES = rf"{_NAME}(?:[、，,]{_NAME})*"
#: A name written straight before the unit, with no 的: 李四市财政局 → 李四.
_NAME_BARE = rf"[{_CJK}]{{2}}(?:(?![市省区县州镇乡])[{_CJK}])?"
_NAMES_BARE = rf"{_NAME_BARE}(?:[、，,]{_NAME_BARE})*"

#: Lead-in before the first decision: an item number, 经研究，决定 / 因到龄退休， / 市政府决定 / 兹 / 另，.
_LEAD_IN = (
    rf"^(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[)）.、．]{_SP})?(?:经[^，,：:]{{0,30}}?(?:研究|同意|批准)[，,]?)?"
    rf"(?:因[^，,：:；;。]{{1,20}}[，,]{_SP})?(?:现|兹|并|另[，,]?|此外[，,])?(?:[\u4e00-\u9fff]{{1,8}}?(?=决定))?(?:决定|同意)?[，,：:]?{_SP}"
)

_NOT_APPOINT_AFTER = "务何期职用意性命免"
_APPOINT_RE = re.compile(
    rf"{_LEAD_IN}(?:(?P<verb1>任命|聘任|聘用|聘请|提名)(?P<names1>{_NAMES})(?:同志)?为"
    rf"|(?P<names2>{_NAMES})(?:同志)?(?P<verb2>兼任|担任|任(?![{_NOT_APPOINT_AFTER}])))(?P<rest>.+)$"
)
_LIST_APPOINT_RE = re.compile(rf"{_LEAD_IN}(?P<names>{_NAMES})(?:同志)?为(?P<rest>.+)$")
_REMOVE_RE = re.compile(
    rf"{_LEAD_IN}免去(?:(?P<names>{_NAMES})(?:同志)?的|(?P<bare>{_NAMES_BARE})(?:同志)?)(?P<posts>.+?)"
    r"的?职务(?P<tail>.*)$"
)
_LIST_REMOVE_RE = re.compile(rf"{_LEAD_IN}(?P<names>{_NAMES})(?:同志)?的(?P<posts>.+?)的?职务(?P<tail>.*)$")
_NO_LONGER_RE = re.compile(rf"{_LEAD_IN}(?P<names>{_NAMES})(?:同志)?不再(?:担任|兼任)(?P<posts>.+?)的?职务(?P<tail>.*)$")
#: Follow-up clauses after the first decision of a statement.
_CLAUSE_REMOVE_RE = re.compile(r"^免去其?(?P<posts>.+?)的?职务")
_CLAUSE_APPOINT_RE = re.compile(r"^(?P<verb>兼任|兼|任|担任)(?P<posts>.+)$")

_LINE_BREAK_RE = re.compile(r"\s*\n\s*")
#: Words without which a statement holds no decision.
_CUE_RE = re.compile(r"任|免|职务|为|[：:]$")
#: A header above a list of decisions: 免去：, 任命：, 决定任命如下：.
_HEADER_RE = re.compile(r"(?P<word>免去|免职|免|任命|聘任|任职|任免)[^：:]{0,6}[：:]$")

#: The title at the end of a post; searched from the left, so the longest title wins.
_POSITION_RE = re.compile(
    rf"(?:[一二三四五六七八九十]级)?(?:{alternation(POSITION_QUALIFIERS)})*(?:{alternation(POSITION_TITLES)})$"
)
_TRAILING_PARENS_RE = re.compile(r"(?:[（(][^（）()]*[）)])+$")
_PAREN_RE = re.compile(r"[（(]([^（）()]*)[）)]")
#: 、 or a comma outside parentheses: separators between posts; commas alone between clauses.
_POST_SPLIT_RE = re.compile(r"[、，,](?![^（(]*[）)])")
#: Where the posts of a 任 decision end and the follow-up clauses begin.
_REST_SPLIT_RE = re.compile(r"[，,](?=免去|兼任|兼|任|担任|试用期)(?![^（(]*[）)])")
_CLAUSE_SPLIT_RE = re.compile(r"[，,](?![^（(]*[）)])")
_NAME_SPLIT_RE = re.compile(r"[、，,]")
_COMRADE_RE = re.compile(r"同志$")
_NAME_OK_RE = re.compile(
    rf"(?:{alternation(COMPOUND_SURNAMES)})[{_CJK}]{{1,2}}|[{SURNAMES}][{_CJK}]{{1,3}}|[{_CJK}]{{1,8}}·[{_CJK}]{{1,8}}"
)


def _is_name(name: str) -> bool:
    return _NAME_OK_RE.fullmatch(name) is not None


def split_post(post: str) -> tuple[str | None, str]:
    """(organization, position) of a post: 宁波市公安局督察长 → (宁波市公安局, 督察长).

    The position is the longest title at the end; with no known title the whole
    post is the position and the organization is None.
    """
    m = _POSITION_RE.search(post)
    if m is None:
        return None, post
    return (post[: m.start()] or None), m.group(0)


def _parse_post(post: str) -> tuple[str, bool, bool, str | None]:
    """Strip trailing parentheticals: (post, concurrent, probation, note)."""
    concurrent = probation = False
    notes: list[str] = []
    m = _TRAILING_PARENS_RE.search(post)
    if m is not None:
        for inner in _PAREN_RE.findall(m.group(0)):
            inner = inner.strip()
            if inner in ("兼", "兼任", "兼职"):
                concurrent = True
            elif "试用期" in inner:
                probation = True
            elif inner:
                notes.append(inner)
        post = post[: m.start()]
    return post.strip(), concurrent, probation, ("；".join(notes) or None)


def _names(text: str) -> list[str]:
    return [_COMRADE_RE.sub("", n.strip()) for n in _NAME_SPLIT_RE.split(text) if n.strip()]


def _posts(text: str) -> list[str]:
    return [p for p in (p.strip(" \t\u3000.．") for p in _POST_SPLIT_RE.split(text)) if p]


class _Statement:
    """Accumulates the records of one statement, so every one shares its evidence."""

    def __init__(self, doc: Document, start: int, end: int):
        self.doc = doc
        self.span = (start, end)
        self.records: list[Appointment] = []

    @cached_property
    def evidence(self) -> Evidence:
        return self.doc.evidence_for(*self.span)

    def add(self, names: list[str], action: str, posts: list[str], *, concurrent: bool = False) -> bool:
        """Records for every name × post; adds nothing unless the names look like
        names and every post ends with a known title (which keeps 主要任务 out)."""
        parsed = [_parse_post(p) for p in posts]
        splits = [split_post(post) for post, *_ in parsed]
        if not names or not posts or not all(map(_is_name, names)):
            return False
        if not all(_POSITION_RE.search(post) for post, *_ in parsed):
            return False
        for name in names:
            previous_org: str | None = None
            for (org, position), (_post, conc, prob, note) in zip(splits, parsed, strict=True):
                org = org or previous_org  # 任市财政局局长、党组书记: the second post keeps the unit
                previous_org = org
                appoint = action == "appoint"
                self.records.append(Appointment(
                    source=self.doc.source, doc_id=self.doc.id, doc_number=self.doc.doc_number,
                    date=self.doc.date, person=name, action=action, organization=org, position=position,
                    evidence=self.evidence, concurrent=appoint and (concurrent or conc),
                    probation=appoint and prob, note=note,
                ))
        return True


def _follow_up(stmt: _Statement, names: list[str], rest: str) -> None:
    """Clauses after the first decision: ，免去其…职务 / ，兼任… / ，试用期一年."""
    for clause in _CLAUSE_SPLIT_RE.split(rest):
        clause = clause.strip()
        if not clause:
            continue
        if clause.startswith("试用期"):  # 张三任…主任，试用期一年
            stmt.records = [replace(r, probation=True) if r.action == "appoint" else r for r in stmt.records]
        elif m := _CLAUSE_REMOVE_RE.match(clause):
            stmt.add(names, "remove", _posts(m["posts"]))
        elif m := _CLAUSE_APPOINT_RE.match(clause):
            stmt.add(names, "appoint", _posts(m["posts"]), concurrent=m["verb"].startswith("兼"))


def _split_appoint_rest(rest: str) -> tuple[str, str]:
    """The posts of a 任 decision and the clauses after it (，免去其… / ，兼任…)."""
    m = _REST_SPLIT_RE.search(rest)
    return (rest[: m.start()], rest[m.end():]) if m else (rest, "")


def extract_appointments(doc: Document) -> Iterator[Appointment]:
    """Appointments (任…) and removals (免去…职务) in a document, in text order.

    >>> from kg.ingest import read_text
    >>> from kg.segment import segment
    >>> doc = segment(read_text("任命张三为市发改委主任。".encode(), "x.txt"))[0]
    >>> [(a.person, a.action, a.organization, a.position) for a in extract_appointments(doc)]
    [('张三', 'appoint', '市发改委', '主任')]
    """
    body = doc.body
    if "任" not in body and "免" not in body:
        return
    mode: str | None = None  # set by a header such as 免去： or 任命：, cleared by other text
    for m in _STATEMENT_RE.finditer(body):
        raw = m.group(0)
        text = raw.strip()
        if not text:
            continue
        if not _CUE_RE.search(text):
            mode = None
            continue
        if header := _HEADER_RE.search(text):
            mode = "remove" if header["word"].startswith("免") else "appoint"
            continue
        if text.endswith(("：", ":")):
            mode = None
            continue
        start = m.start() + len(raw) - len(raw.lstrip())
        stmt = _Statement(doc, start, start + len(text))
        if _parse_statement(stmt, _LINE_BREAK_RE.sub("", text), mode):
            yield from stmt.records
        else:
            mode = None


def _parse_statement(stmt: _Statement, text: str, mode: str | None) -> bool:
    if "免去" in text and (m := _REMOVE_RE.match(text)):
        names = _names(m["names"] or m["bare"])
        ok = stmt.add(names, "remove", _posts(m["posts"]))
        if ok:
            _follow_up(stmt, names, m["tail"].lstrip("，,"))
        return ok
    if m := _NO_LONGER_RE.match(text):
        return stmt.add(_names(m["names"]), "remove", _posts(m["posts"]))
    if m := _APPOINT_RE.match(text):
        names = _names(m["names1"] or m["names2"] or "")
        posts, rest = _split_appoint_rest(m["rest"])
        verb = m["verb1"] or m["verb2"]
        if stmt.add(names, "appoint", _posts(posts), concurrent=verb == "兼任"):
            _follow_up(stmt, names, rest)
            return True
    if mode == "remove" and (m := _LIST_REMOVE_RE.match(text)):
        names = _names(m["names"])
        return stmt.add(names, "remove", _posts(m["posts"]))
    if mode == "appoint" and (m := _LIST_APPOINT_RE.match(text)):
        posts, rest = _split_appoint_rest(m["rest"])
        names = _names(m["names"])
        if stmt.add(names, "appoint", _posts(posts)):
            _follow_up(stmt, names, rest)
            return True
    return False
