"""PLACEHOLDER until the extractor lands."""

from __future__ import annotations

from collections.abc import Iterator

from kg.records import Document


def extract_citations(doc: Document) -> Iterator:
    return iter(())
