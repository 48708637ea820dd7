"""PLACEHOLDER until the extractor lands."""

from __future__ import annotations

from collections.abc import Iterator

from kg.records import Document


def extract_task_assignments(doc: Document) -> Iterator:
    return iter(())
