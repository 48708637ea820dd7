"""One module per kind of fact; each extractor is a generator over one document.

The extractors that read tables (tasks, projects, parks) are handed the
document's tables, read once here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.agreements import extract_agreements
from kg.extract.citations import extract_citations
from kg.extract.mentions import extract_officials_mentioned
from kg.extract.parks import extract_parks
from kg.extract.personnel import extract_appointments
from kg.extract.portfolios import extract_portfolios
from kg.extract.projects import extract_projects
from kg.extract.script import as_printed, read_deglossed, read_simplified, reglossed
from kg.extract.succession import extract_successions
from kg.extract.tables import document_tables
from kg.extract.tasks import extract_task_assignments
from kg.extract.unit_mentions import extract_unit_mentions
from kg.patterns import back_to
from kg.records import Document

#: Extractors in the order their records are written; TABLE_EXTRACTORS take the tables too.
TABLE_EXTRACTORS = (extract_task_assignments, extract_projects, extract_parks)
MORE_TEXT_EXTRACTORS = (extract_appointments, extract_officials_mentioned, extract_agreements, extract_unit_mentions,
                        extract_successions, extract_portfolios)
EXTRACTORS = (extract_citations, *TABLE_EXTRACTORS, *MORE_TEXT_EXTRACTORS)


def extract_document(doc: Document) -> Iterator[Any]:
    """Every record of every kind from one document; a document printed in traditional
    characters is read in simplified ones (one for one, so offsets hold) and its records
    are written as it prints them (kg.extract.script). Citations are read as printed: a
    document number's grammar knows both scripts (國發〔2014〕69號)."""
    yield from extract_citations(doc)
    deglossed = read_deglossed(doc)  # a web mirror's pinyin glosses (當(dāng)選) are read through
    if deglossed is None:
        yield from _in_script(doc)
        return
    view, table = deglossed
    for record in _in_script(view):
        yield reglossed(record, table)


def _in_script(doc: Document) -> Iterator[Any]:
    """The records of a document in either script (see :func:`extract_document`)."""
    read = read_simplified(doc)
    if read is None:
        yield from _records(doc)
        return
    back = back_to(doc.body)
    for record in _records(read):
        yield as_printed(record, back)


def _records(doc: Document) -> Iterator[Any]:
    tables = document_tables(doc)
    for table_extractor in TABLE_EXTRACTORS:
        yield from table_extractor(doc, tables)
    for text_extractor in MORE_TEXT_EXTRACTORS:
        yield from text_extractor(doc)
