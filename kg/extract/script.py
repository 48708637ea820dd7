"""Reading a document printed in traditional characters with the simplified grammar.

The grammar (role words, headers, suffixes) is written in simplified characters; a text
printed in traditional ones (咸阳 牽頭, 株洲 排名第一的為牽頭單位) is read through
:class:`Simplified`, one character for one so every offset holds, and the words a record
keeps are given back as the text prints them (:func:`kg.patterns.back_to`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import replace
from typing import Any, TypeVar, cast

from kg.patterns import PINYIN_GLOSS, PINYIN_TONES, is_traditional, simplified
from kg.records import Document, Evidence

R = TypeVar("R")

#: Fields that are not words read from the text: kept as they are when a record is written
#: back in traditional characters (the file, the document's own fields, codes such as a portfolio's 负责, and the
#: catalogue's names, which are data).
NOT_READ_FIELDS = frozenset({"source", "doc_id", "doc_number", "kind", "action", "how", "catalogue_code",
                             "catalogue_name", "catalogue_level", "catalogue_approved"})


class Simplified:
    """A source text read in simplified characters (one for one, so every offset holds);
    evidence still quotes the original."""

    def __init__(self, text: Any):
        self._text = text
        self.clean = simplified(text.clean)

    def evidence(self, start: int, end: int) -> Evidence:
        return cast(Evidence, self._text.evidence(start, end))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._text, name)


def read_simplified(doc: Document) -> Document | None:
    """The document read in simplified characters when it is printed in traditional ones, else None."""
    if not is_traditional(doc.body):
        return None
    return replace(doc, text=cast(Any, Simplified(doc.text)))


def as_printed(record: R, back: dict[int, str]) -> R:
    """``record`` read from a simplified copy, its words written as the text prints them
    (``back`` from :func:`kg.patterns.back_to`); evidence already quotes the original.

    A word its evidence holds is given back as the evidence prints it: a text that prints both
    梁 and 樑 (倪梁康, 周興樑: tests/data/real/mixed24 guangdong_sheng_canshi_pinren_undated) has one
    simplified 梁 for two printed characters, which no table turns back."""
    evidence = getattr(record, "evidence", None)
    quote = evidence.quote if isinstance(evidence, Evidence) else ""
    simple = simplified(quote)

    def printed(v: str) -> str:
        k = simple.find(v) if v else -1
        return quote[k:k + len(v)] if k >= 0 else v.translate(back)

    changes: dict[str, Any] = {}
    for f in dataclasses.fields(cast(Any, record)):
        if f.name in NOT_READ_FIELDS:
            continue
        value = getattr(record, f.name)
        if isinstance(value, str):
            changes[f.name] = printed(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            changes[f.name] = tuple(printed(v) for v in value)
    return cast(R, replace(cast(Any, record), **changes))


#: A pinyin gloss a web mirror prints after a character (當(dāng)選, 政協(xié)): tone-marked Latin
#: letters in brackets right after a CJK character, or at the start of the next line when a page
#: (a PDF printed from the text) wraps between them (當⏎(dāng)選): the break goes with the gloss.
_GLOSS_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:[ \t\u3000]*\r?\n[ \t\u3000]*)?" rf"(?P<gloss>{PINYIN_GLOSS})")
#: A tone-marked letter: a text with none holds no gloss (a one-class scan, far faster than _GLOSS_RE's).
_TONE_RE = re.compile(f"[{PINYIN_TONES}]")
#: A gloss written without tone marks (山西省(sheng)人民代表大会(hui), real/mixed17 shanxi_sheng_renda_cizhi_2025):
#: one pinyin syllable, an initial and a final, in brackets right after a CJK character. Read as glosses only
#: where a text prints several (:data:`_MIN_PLAIN_GLOSSES`), so a stray (a) or (km) is never one.
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve"
             r"|er|a|o|e|i|u|v)")
_PLAIN_GLOSS_RE = re.compile(rf"(?P<gloss>[(（](?<=[\u4e00-\u9fff][(（]){_SYLLABLE}[)）])")  # a bracket first: fast scan
_MIN_PLAIN_GLOSSES = 5


class Deglossed:
    """A source text read with its pinyin glosses deleted (當(dāng)選 → 當選), so the grammar reads
    the words; offsets into it map back to the text's own (:meth:`to_text`), and evidence
    quotes the original, glosses and all."""

    def __init__(self, text: Any, glosses: list[re.Match[str]]):
        self._text = text
        clean = text.clean
        parts, last = [], 0
        #: view offset at which each deletion sits, and the characters deleted up to and with it
        self._at: list[int] = []
        self._shift: list[int] = []
        shift = 0
        for m in glosses:
            parts.append(clean[last:m.start()])
            last = m.end()
            self._at.append(m.start() - shift)
            shift += m.end() - m.start()
            self._shift.append(shift)
        parts.append(clean[last:])
        self.clean = "".join(parts)
        #: text offset just after each deletion (for :meth:`to_view`), built once
        self._ends = [a + s for a, s in zip(self._at, self._shift, strict=True)]

    def to_text(self, offset: int) -> int:
        """The text's offset for a view offset (after any gloss just before it)."""
        i = bisect.bisect_right(self._at, offset)
        return offset + (self._shift[i - 1] if i else 0)

    def to_view(self, offset: int) -> int:
        """The view's offset for a text offset."""
        i = bisect.bisect_right(self._ends, offset)
        return offset - (self._shift[i - 1] if i else 0)

    def evidence(self, start: int, end: int) -> Evidence:
        return cast(Evidence, self._text.evidence(self.to_text(start), self.to_text(end)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._text, name)


def read_deglossed(doc: Document) -> tuple[Document, dict[int, str]] | None:
    """The document read without the pinyin glosses it prints after characters, and the table
    that writes a read word back with them (政協 → 政協(xié)); None when it prints none. A character
    is given its gloss back only where the document glosses it every time (one for one)."""
    body = doc.body
    if _TONE_RE.search(body) is not None and _GLOSS_RE.search(body) is not None:
        glosses = list(_GLOSS_RE.finditer(doc.text.clean, doc.start, doc.end))
    elif "(" in body or "（" in body:
        glosses = list(_PLAIN_GLOSS_RE.finditer(doc.text.clean, doc.start, doc.end))
        if len(glosses) < _MIN_PLAIN_GLOSSES:
            return None
    else:
        return None
    view = Deglossed(doc.text, glosses)
    seen: dict[str, set[str]] = {}
    times: Counter[str] = Counter()
    for m in glosses:
        seen.setdefault(doc.text.clean[m.start() - 1], set()).add(m.group("gloss"))
        times[doc.text.clean[m.start() - 1]] += 1
    plain = view.clean[view.to_view(doc.start):view.to_view(doc.end)]
    table = {ord(c): c + next(iter(g)) for c, g in seen.items() if len(g) == 1 and plain.count(c) == times[c]}
    return replace(doc, text=cast(Any, view), start=view.to_view(doc.start), end=view.to_view(doc.end)), table


def reglossed(record: R, table: dict[int, str]) -> R:
    """``record`` read from a deglossed copy, its words written with the glosses the text prints."""
    return as_printed(record, table)
