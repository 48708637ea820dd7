"""The records of one kind the public pipeline reads from a text, each one's evidence checked on the way.

The banks of real sentences (tests/test_appointment_bank.py, test_construction_bank.py, test_bank_parks.py) read
their rows through this one path: kg.read.ingest.read_text → kg.pipeline.located_documents →
kg.extract.extract_document, as `kg extract` does, and every record's quote must be its text's own slice (the
charter's evidence rule).
"""

from __future__ import annotations

from typing import TypeVar

from kg.extract import extract_document
from kg.pipeline import located_documents
from kg.read.ingest import read_text

R = TypeVar("R")


def records_read(text: str, name: str, kind: type[R]) -> list[R]:
    """The ``kind`` records read from ``text`` (read as a file called ``name``), in the order they are read."""
    out: list[R] = []
    for doc in located_documents(read_text(text.encode("utf-8"), name)):
        for r in extract_document(doc):
            if isinstance(r, kind):
                ev = r.evidence  # type: ignore[attr-defined]  # every extracted record carries its evidence
                assert doc.text.original[ev.start:ev.end] == ev.quote, (name, ev)
                out.append(r)
    return out
