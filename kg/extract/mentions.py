"""Officials mentioned with a title: 市长裘东耀, 大连理工大学校长郭东明, 记者 薛智谊.

Three written forms are read:

- title then name, the common form in news and chronicles. A title may carry
  its affiliation (丽水市委书记, 虞仁荣教育基金会理事长) and one person may be
  given several titles joined by 、 (省委常委、市委书记彭佳学);
- name then title for the few titles written that way (习近平总书记);
- bylines, a line of ``记者 NAME 通讯员 NAME`` pairs.

Names are not looked up in a list of people: a name is a common surname plus
one or two characters, and it must be followed by a word that ends a name
(出席, 在, 表示, punctuation, another title …). That keeps 市长出席… and
"a title followed by ordinary text" out. One record per distinct (name, title)
in a document. Regular expressions over the whole body, which is faster than a
character-level tokenizer and says exactly what it accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.patterns import (
    AFFILIATION_ENDINGS,
    BYLINE_TITLES,
    CJK,
    COMPOUND_SURNAMES,
    MENTION_TITLES,
    NAME_FIRST_TITLES,
    NAME_FOLLOWERS,
    NAME_STOPWORDS,
    NOT_IN_NAME,
    NOT_NAME_STARTS,
    SURNAMES,
    alternation,
    lazy_compile,
)
from kg.records import Document, OfficialMention

_SP = r"[ \t\u3000]"

_TITLE = alternation(MENTION_TITLES)
_GIVEN = rf"(?:(?![{NOT_IN_NAME}])[{CJK}])"
_NAME = (
    # 副市长任组长: 任/兼 before a title is the verb "serves as", not a surname; 副市长布置工作: a verb (NOT_NAME_STARTS)
    rf"(?!{alternation(NAME_STOPWORDS + NOT_NAME_STARTS)})(?![任兼](?:{_TITLE}))(?:"
    rf"[{CJK}]{{1,6}}·[{CJK}]{{1,6}}"  # a transliterated name: 萨姬达·罗丝
    rf"|(?:{alternation(COMPOUND_SURNAMES)}){_GIVEN}{{1,2}}?"
    rf"|[{SURNAMES}]{_GIVEN}{{1,2}}?"  # lazy: the shortest name that a follower ends
    r")"
)
_FOLLOW = rf"(?=[^{CJK}·]|$|{alternation(NAME_FOLLOWERS)}|{_TITLE})"

#: Title then name: 副市长李关定通过…
_TITLE_NAME_RE = lazy_compile(rf"(?P<title>{_TITLE})(?P<name>{_NAME}){_FOLLOW}")
#: Name then title: 习近平总书记.
_NAME_TITLE_RE = re.compile(
    rf"(?P<name>[{SURNAMES}][{CJK}]{{1,2}})(?P<title>{alternation(NAME_FIRST_TITLES)})"
)
#: A byline line and its (title, name) pairs.
_BYLINE_TITLE = alternation(BYLINE_TITLES)
_BYLINE_ITEM = rf"(?:{_BYLINE_TITLE}){_SP}*[:：]?{_SP}*[{CJK}·]{{2,4}}"
_BYLINE_LINE_RE = re.compile(
    rf"(?m)^{_SP}*[（(]?{_SP}*(?:{_BYLINE_ITEM}{_SP}*)+[）)]?{_SP}*$"
)
#: A byline in brackets inside the lead paragraph: 本报讯（记者 蒋雨桐 通讯员 邱文斌）.
_BYLINE_PAREN_RE = re.compile(rf"[（(]{_SP}*(?:{_BYLINE_ITEM}{_SP}*)+[）)]")
_BYLINE_ITEM_RE = re.compile(
    rf"(?P<title>{_BYLINE_TITLE}){_SP}*[:：]?{_SP}*(?P<name>[{CJK}·]{{2,4}})(?={_SP}|[）)]|$)", re.M
)

#: The affiliation written before a title: the run of name characters before it,
#: cut after the last word that opens a phrase (会见, 与, 传达 …).
_RUN_RE = re.compile(rf"[{CJK}（）()·]{{1,30}}$")
_LEAD_IN_RE = re.compile(
    r"^.*(?:与|同|和|及|以及|会见|会晤|接见|传达|学习|领会|出席|陪同|率|在|向|对|据|是|为|由|邀请|看望|慰问|"
    r"会同|代表|听取|贯彻|连线|致电|致信|祝贺|感谢|了|日|月|年|原|前|现任|时任|担任|任)"
)
_AFFILIATION_END_RE = re.compile(rf"(?:{alternation(AFFILIATION_ENDINGS)})$")
#: A title joined to the next one by 、 or 兼 (省委常委、市委书记彭佳学; 董事长兼总经理).
_CHAINED_TITLE_RE = re.compile(rf"(?:{_TITLE})$")
#: Party and government titles that begin with their level: 市委书记, 省委常委.
_LEVEL_TITLE_RE = re.compile(r"^[市省区县州]")


def _affiliation(body: str, start: int, floor: int) -> str:
    """The organisation or place written right before a title starting at ``start``."""
    m = _RUN_RE.search(body, max(floor, start - 30), start)
    if m is None:
        return ""
    run = m.group(0)
    cut = _LEAD_IN_RE.match(run)
    if cut is not None:
        run = run[cut.end():]
    return run


def _split_title(affiliation: str, core: str) -> tuple[str, str, str | None]:
    """(title as written, title core, affiliation) with the affiliation kept only
    when it ends like an organisation or a place (丽水 + 市委书记 → 丽水市)."""
    if affiliation:
        level = _LEVEL_TITLE_RE.match(core) and not _LEVEL_TITLE_RE.match(affiliation[-1])
        place = affiliation + core[0] if level else affiliation
        if _AFFILIATION_END_RE.search(place):
            return affiliation + core, core, place
    return core, core, None


def _section(doc: Document) -> str:
    if doc.kind == "chronicle":
        return doc.title or "chronicle"
    return "news" if doc.is_article else "document body"


def extract_officials_mentioned(doc: Document) -> Iterator[OfficialMention]:
    """Named people with a title, once per (name, title) in ``doc``, in text order.

    >>> from kg.read.ingest import read_text
    >>> from kg.read.segment import segment
    >>> doc = segment(read_text("副市长李关定会见英国诺丁汉市副市长萨姬达·罗丝。".encode(), "x.txt"))[0]
    >>> [(m.name, m.title, m.affiliation) for m in extract_officials_mentioned(doc)]
    [('李关定', '副市长', None), ('萨姬达·罗丝', '英国诺丁汉市副市长', '英国诺丁汉市')]
    """
    body = doc.body
    found: list[tuple[int, int, str, str, str, str | None, str]] = []
    section = _section(doc)

    prev_end = 0
    for m in _TITLE_NAME_RE.finditer(body):
        name_end = m.end("name")
        titles: list[tuple[int, str, str, str | None]] = []
        t_start = m.start("title")
        written = _split_title(_affiliation(body, t_start, prev_end), m["title"])
        t_start -= len(written[0]) - len(m["title"])
        titles.append((t_start, *written))
        # walk back over titles of the same person joined by 、 or 兼
        while t_start - 1 > prev_end and body[t_start - 1] in "、兼":
            chained = _CHAINED_TITLE_RE.search(body, max(prev_end, t_start - 31), t_start - 1)
            if chained is None:
                break
            written = _split_title(_affiliation(body, chained.start(), prev_end), chained.group(0))
            t_start = chained.start() - (len(written[0]) - len(chained.group(0)))
            titles.append((t_start, *written))
        for start, title, core, affil in reversed(titles):
            found.append((start, name_end, m["name"], title, core, affil, section))
        prev_end = name_end
    for m in _NAME_TITLE_RE.finditer(body):
        found.append((m.start(), m.end(), m["name"], m["title"], m["title"], None, section))
    lines = list(_BYLINE_LINE_RE.finditer(body))
    taken = [(m.start(), m.end()) for m in lines]
    lines += [m for m in _BYLINE_PAREN_RE.finditer(body) if not any(s <= m.start() < e for s, e in taken)]
    for line in lines:
        for m in _BYLINE_ITEM_RE.finditer(body, line.start(), line.end()):
            title = m["title"]
            core = title[2:] if title.startswith("本报") else title
            found.append((m.start(), m.end(), m["name"], title, core, None, "byline"))

    seen: set[tuple[str, str]] = set()
    for start, end, name, title, core, affil, sec in sorted(found, key=lambda f: (f[0], f[1])):
        if (name, title) in seen:
            continue
        seen.add((name, title))
        yield OfficialMention(
            source=doc.source, doc_id=doc.id, name=name, title=title, title_core=core, affiliation=affil,
            evidence=doc.evidence_for(start, end), section=sec,
        )


def first_mention_per_source(records: list[dict]) -> list[dict]:
    """The facts convention: one mention per (source, name, title), the first one.

    Extractors see one document at a time; a gazette file holds many, and the
    same byline or title recurs across them. Called on one file's JSON records.
    """
    seen: set[tuple[str, str, str]] = set()
    out = []
    for rec in records:
        key = (rec["source"], rec["name"], rec["title"])
        if key not in seen:
            seen.add(key)
            out.append(rec)
    return out
