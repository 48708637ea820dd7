"""Reading a document printed in traditional characters with the simplified grammar.

The grammar (role words, headers, suffixes) is written in simplified characters; a text
printed in traditional ones (咸阳 牽頭, 株洲 排名第一的為牽頭單位) is read through
:class:`Simplified`, one character for one so every offset holds, and the words a record
keeps are given back as the text prints them (:func:`kg.patterns.back_to`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar, cast

from kg.patterns import is_traditional, simplified
from kg.records import Document, Evidence


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


R = TypeVar("R")


def written_back(record: R, back: dict[int, str], fields: tuple[str, ...]) -> R:
    """``record`` with the words of ``fields`` (a string, None or a tuple of strings) given back in the
    characters the text prints (``back``: :func:`kg.patterns.back_to` of the original)."""
    def one(value: Any) -> Any:
        if isinstance(value, str):
            return value.translate(back)
        if isinstance(value, tuple):
            return tuple(v.translate(back) if isinstance(v, str) else v for v in value)
        return value
    return cast(R, replace(cast(Any, record), **{f: one(getattr(record, f)) for f in fields}))


def read_simplified(doc: Document) -> Document | None:
    """The document read in simplified characters when it is printed in traditional ones, else None."""
    if not is_traditional(doc.body):
        return None
    return replace(doc, text=cast(Any, Simplified(doc.text)))
