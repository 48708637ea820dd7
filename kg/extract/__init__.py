"""One module per kind of fact; each extractor is a generator over one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.agreements import extract_agreements
from kg.extract.citations import extract_citations
from kg.extract.mentions import extract_officials_mentioned
from kg.extract.parks import extract_parks
from kg.extract.personnel import extract_appointments
from kg.extract.projects import extract_projects
from kg.extract.tasks import extract_task_assignments
from kg.extract.unit_mentions import extract_unit_mentions
from kg.records import Document

EXTRACTORS = (
    extract_citations,
    extract_task_assignments,
    extract_projects,
    extract_parks,
    extract_appointments,
    extract_officials_mentioned,
    extract_agreements,
    extract_unit_mentions,
)


def extract_document(doc: Document) -> Iterator[Any]:
    """Every record of every kind from one document."""
    for extractor in EXTRACTORS:
        yield from extractor(doc)
