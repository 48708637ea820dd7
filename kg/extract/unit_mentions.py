"""Units named in news items and chronicles: 宁波市政府与大连理工大学举行签约仪式.

Articles have no task or appointment syntax for a regex to anchor on, so their
units are read by the entity rulers of :mod:`kg.nlp` (names from the data tables,
region + body), run on characters by :func:`kg.nlp.unit_spans` (the spaCy pipeline
finds the same spans, ten times slower; tests/test_fast_paths.py keeps them equal).
Official documents, excerpts of them included, are skipped: their units come from the
structured extractors.
One record per distinct (document, name), with the first occurrence's evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.nlp import unit_spans
from kg.records import Document, UnitMention


def extract_unit_mentions(doc: Document) -> Iterator[UnitMention]:
    """ORG entities of an article's body, first occurrence of each name."""
    if not doc.is_article:
        return
    body = doc.body
    if not body.strip():
        return
    seen: set[str] = set()
    for start, end in unit_spans(body):
        text = body[start:end]
        if text in seen:
            continue
        seen.add(text)
        yield UnitMention(doc.source, doc.id, text, "ORG", doc.evidence_for(start, end))
