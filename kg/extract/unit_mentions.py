"""Units named in news items and chronicles: 宁波市政府与大连理工大学举行签约仪式.

Articles have no task or appointment syntax for a regex to anchor on, so their
units are read by the spaCy entity rulers of :mod:`kg.nlp` (names from the data
tables, region + body). Official documents, excerpts of them included, are skipped:
their units come from the structured extractors, and the hot path over them stays
regex (reading the seeds' 10k-character excerpt too would double spaCy's share).
One record per distinct (document, name), with the first occurrence's evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.records import Document, UnitMention


def extract_unit_mentions(doc: Document) -> Iterator[UnitMention]:
    """ORG entities of an article's body, first occurrence of each name."""
    if not doc.is_article:
        return
    body = doc.body
    if not body.strip():
        return
    from kg.nlp import annotate  # spaCy is imported only when an article is read

    seen: set[str] = set()
    for ent in annotate(body, titles=False).ents:
        if ent.label_ != "ORG":
            continue
        text = body[ent.start_char:ent.end_char]  # one token per character: Span.text, without its Token objects
        if text in seen:
            continue
        seen.add(text)
        yield UnitMention(doc.source, doc.id, text, ent.label_, doc.evidence_for(ent.start_char, ent.end_char))
