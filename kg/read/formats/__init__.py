"""File formats other than plain text: each module turns one kind of file into a
*text layer*, the plain text that policy-kg reads and that evidence points into.

| suffix | module | how |
|---|---|---|
| .pdf | :mod:`kg.read.formats.pdf` | PDFium text layer; Tesseract OCR for scanned pages |
| .png .jpg .jpeg .tif .tiff .bmp .webp | :mod:`kg.read.formats.ocr` | Tesseract (chi_sim) |
| .docx | :mod:`kg.read.formats.docx` | python-docx: paragraphs and tables in order |
| .doc .wps | :mod:`kg.read.formats.office` | LibreOffice headless when installed, else a skip |
| .html .htm (a whole saved page) | :mod:`kg.read.formats.web` | the article body (readability-lxml) |

:func:`read_layer` dispatches by suffix; plain text and HTML fragments stay with
:mod:`kg.read.ingest`. A text layer keeps page breaks as form feeds (``\\f``), so the
page of any offset is :func:`page_of`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.read.formats.limits import DEFAULT_LIMITS, Limits, OcrClock

__all__ = ["DEFAULT_LIMITS", "LAYER_SUFFIXES", "Limits", "OcrClock", "ProgressFn", "page_of", "read_layer"]

ProgressFn = Callable[[int, int], None]


PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
DOCX_SUFFIXES = frozenset({".docx"})
OLD_WORD_SUFFIXES = frozenset({".doc", ".wps"})
#: Files that :func:`read_layer` reads (HTML is decided by its content, in kg.read.ingest).
LAYER_SUFFIXES = PDF_SUFFIXES | IMAGE_SUFFIXES | DOCX_SUFFIXES | OLD_WORD_SUFFIXES


def read_layer(path: Path, *, ocr: str = "auto", on_page: ProgressFn | None = None,
               limits: Limits = DEFAULT_LIMITS, warnings: list[str] | None = None) -> str:
    """The text layer of a PDF, image or Word file (InputError when it has none, is
    damaged, or would cost more than ``limits``); OCR'd pages to check go to
    ``warnings`` (``scan.pdf p.3: OCR confidence 61%``)."""
    suffix = Path(path).suffix.lower()
    if suffix in PDF_SUFFIXES:
        from kg.read.formats.pdf import read_pdf

        return read_pdf(path, ocr=ocr, on_page=on_page, limits=limits, warnings=warnings)
    if suffix in IMAGE_SUFFIXES:
        from kg.read.formats.ocr import read_image

        return read_image(path, ocr=ocr, limits=limits, warnings=warnings)
    if suffix in DOCX_SUFFIXES:
        from kg.read.formats.docx import read_docx

        return read_docx(path, limits=limits)
    if suffix in OLD_WORD_SUFFIXES:
        from kg.read.formats.office import read_old_word

        return read_old_word(path, limits=limits)
    raise ValueError(f"{path}: not a layer format")


def page_of(text: str, offset: int) -> int:
    """The 1-based page of ``offset`` in a text layer whose pages are joined by form feeds.

    >>> page_of("one\\n\\ftwo\\fthree", 5)
    2
    """
    return text.count("\f", 0, offset) + 1
