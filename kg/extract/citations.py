"""Citations and repeals: which documents a document refers to by number.

A body cites another document as ``《title》（浙政发〔2021〕31号）``, by a bare
number (根据浙政干〔2021〕60号文件批准) or by an order number (市政府令第188号);
a sentence that says 废止 about it makes the relation ``repeals``. A list of
documents issued (发文目录) is read entry by entry instead: each line holds a
number and a title, and nobody "cites" them (``cited_by`` is None).

One record per (citing document, cited number): the first mention wins, and a
later mention only supplies a title the first one lacked. A document never
cites itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.read.segment import find_numbers
from kg.records import Citation, Document

_TITLE_BEFORE_RE = re.compile(r"《(?P<title>[^《》]{1,200})》\s{0,3}[（(]\s{0,2}$")
_CLOSE_AFTER_RE = re.compile(r"\s{0,2}[)）]")
_SENTENCE_END = "。；;\n"
_REPEAL_RE = re.compile(r"废止|停止执行|不再执行|同时失效")
_QUOTED_RE = re.compile(r"《[^《》]*》")
_WS_RE = re.compile(r"\s+")
_ENTRY_STRIP_RE = re.compile(r"^[\s\-•·*]*(?:\d{1,3}[.、．]\s*)?|[\s（(]*[)）]?\s*(?:[（(]?\d{1,4}[)）]?)?\s*$")


def _sentence(body: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the last 。/；/newline before it to the next."""
    left = max(body.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    rights = [i for i in (body.find(c, end) for c in _SENTENCE_END) if i >= 0]
    return body[left : min(rights) if rights else len(body)]


def _canonical(number: str | None) -> str | None:
    """A document's own number in the form find_numbers gives: a traditional print keeps 號 in the id
    (瓊府辦函〔2018〕322號, tests/data/real/mixed26 hainan_sheng_xiandainongye_chanyeyuan_2018), read as 号."""
    return number.replace("號", "号") if number else number


def _body_citations(doc: Document) -> Iterator[Citation]:
    body = doc.body
    seen: dict[str, int] = {}
    records: list[Citation] = []
    own = _canonical(doc.number_id)
    for number, style, start, end in find_numbers(body):
        if number == own:
            continue
        title = None
        span_start = start
        m = _TITLE_BEFORE_RE.search(body, max(0, start - 260), start)
        if m:
            title = _WS_RE.sub("", m["title"])
            span_start = m.start()
            close = _CLOSE_AFTER_RE.match(body, end)
            end = close.end() if close else end
        if number in seen:
            i = seen[number]
            if records[i].title is None and title:
                records[i] = replace(records[i], title=title)
            continue
        sentence = _QUOTED_RE.sub("", _sentence(body, span_start, end))
        seen[number] = len(records)
        records.append(Citation(
            source=doc.source, doc_id=doc.id, doc_number=number, title=title, cited_by=doc.number_id,
            context="body", number_style=style, relation="repeals" if _REPEAL_RE.search(sentence) else "cites",
            evidence=doc.evidence_for(span_start, end),
        ))
    yield from records


def _catalogue_entries(doc: Document) -> Iterator[Citation]:
    body = doc.body
    seen: set[str] = set()
    for number, style, start, end in find_numbers(body):
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        line_end = len(body) if line_end < 0 else line_end
        if number in seen or number == _canonical(doc.number_id):
            continue
        seen.add(number)
        before, after = body[line_start:start], body[end:line_end]
        entry = after if after.strip(" \t\u3000)）") else before
        title = _WS_RE.sub("", _ENTRY_STRIP_RE.sub("", entry))
        yield Citation(
            source=doc.source, doc_id=doc.id, doc_number=number, title=title or None, cited_by=None,
            context="发文目录", number_style=style, relation="cites",
            evidence=doc.evidence_for(line_start, line_end),
        )


def extract_citations(doc: Document) -> Iterator[Citation]:
    """Citations of other documents by number, in text order.

    >>> from kg.read.ingest import read_text
    >>> from kg.read.segment import segment
    >>> t = read_text("某市人民政府关于某事的通知\\n\\n某政发〔2021〕5号\\n\\n《某办法》（某政发〔2019〕2号）同时废止。\\n"
    ...               .encode(), "x.txt")
    >>> [(c.doc_number, c.title, c.relation) for c in extract_citations(segment(t)[0])]
    [('某政发〔2019〕2号', '某办法', 'repeals')]
    """
    if doc.kind == "catalogue":
        yield from _catalogue_entries(doc)
    else:
        yield from _body_citations(doc)
