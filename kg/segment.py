"""Text → documents. PLACEHOLDER: the whole file as one excerpt (the segment helper replaces this)."""

from __future__ import annotations

from kg.ingest import SourceText
from kg.records import Document


def segment(text: SourceText) -> list[Document]:
    """Split one source file into its documents, in text order."""
    return [Document(id=f"{text.source}#1", source=text.source, seq=1, start=0, end=len(text.clean),
                     text=text, partial=True)]
