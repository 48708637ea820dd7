"""Reading a document printed in traditional characters with the simplified grammar.

The grammar (role words, headers, suffixes) is written in simplified characters; a text
printed in traditional ones (咸阳 牽頭, 株洲 排名第一的為牽頭單位) is read through
:class:`Simplified`, one character for one so every offset holds, and the words a record
keeps are given back as the text prints them (:func:`kg.patterns.back_to`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import Any, TypeVar, cast

from kg.patterns import is_traditional, simplified
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
    (``back`` from :func:`kg.patterns.back_to`); evidence already quotes the original."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(cast(Any, record)):
        if f.name in NOT_READ_FIELDS:
            continue
        value = getattr(record, f.name)
        if isinstance(value, str):
            changes[f.name] = value.translate(back)
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            changes[f.name] = tuple(v.translate(back) for v in value)
    return cast(R, replace(cast(Any, record), **changes))
