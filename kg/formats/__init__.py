"""File formats other than plain text: each module turns one kind of file into a
*text layer*, the plain text that policy-kg reads and that evidence points into.

| suffix | module | how |
|---|---|---|
| .pdf | :mod:`kg.formats.pdf` | PDFium text layer; Tesseract OCR for scanned pages |
| .png .jpg .jpeg .tif .tiff .bmp .webp | :mod:`kg.formats.ocr` | Tesseract (chi_sim) |
| .docx | :mod:`kg.formats.docx` | python-docx: paragraphs and tables in order |
| .doc .wps | :mod:`kg.formats.office` | LibreOffice headless when installed, else a skip |
| .html .htm (a whole saved page) | :mod:`kg.formats.web` | the article body (readability-lxml) |

:func:`read_layer` dispatches by suffix; plain text and HTML fragments stay with
:mod:`kg.ingest`. A text layer keeps page breaks as form feeds (``\\f``), so the
page of any offset is :func:`page_of`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class Limits:
    """What one file may cost before it is skipped in one line (``kg: skipped: PATH: …``),
    so that a hostile or runaway file never stops the rest of a folder.

    ``max_pages``: pages of a PDF or frames of an image (``--max-pages``); ``ocr_seconds``:
    Tesseract's time on one file (``--ocr-seconds``); ``max_unpacked_bytes``: what a
    Word file's zip may inflate to (a zip bomb is refused from its directory, unread).
    """

    max_pages: int = 2_000
    ocr_seconds: float = 900.0
    max_unpacked_bytes: int = 256 * 2**20

    def __post_init__(self) -> None:
        if self.max_pages < 1 or self.ocr_seconds <= 0 or self.max_unpacked_bytes < 1:
            raise ValueError(f"limits must be positive: {self}")


DEFAULT_LIMITS = Limits()


class OcrClock:
    """Tesseract's time on one file, against ``Limits.ocr_seconds``."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path, self.limit, self.used = path, limits.ocr_seconds, 0.0

    def left(self) -> float:
        """Seconds left; InputError once the file has used its time."""
        left = self.limit - self.used
        if left <= 0:
            raise InputError(f"{self.path}: OCR took more than {self.limit:.0f} s (raise --ocr-seconds to read it)")
        return left

    def run(self, fn: Callable[[float], Any]) -> Any:
        """``fn(seconds left)``, timed against the file's budget."""
        began = time.monotonic()
        try:
            return fn(self.left())
        except TimeoutError:
            self.used = self.limit
            self.left()
            raise
        finally:
            self.used += time.monotonic() - began

PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
DOCX_SUFFIXES = frozenset({".docx"})
OLD_WORD_SUFFIXES = frozenset({".doc", ".wps"})
#: Files that :func:`read_layer` reads (HTML is decided by its content, in kg.ingest).
LAYER_SUFFIXES = PDF_SUFFIXES | IMAGE_SUFFIXES | DOCX_SUFFIXES | OLD_WORD_SUFFIXES


def read_layer(path: Path, *, ocr: str = "auto", on_page: ProgressFn | None = None,
               limits: Limits = DEFAULT_LIMITS) -> str:
    """The text layer of a PDF, image or Word file (InputError when it has none, is
    damaged, or would cost more than ``limits``)."""
    suffix = Path(path).suffix.lower()
    if suffix in PDF_SUFFIXES:
        from kg.formats.pdf import read_pdf

        return read_pdf(path, ocr=ocr, on_page=on_page, limits=limits)
    if suffix in IMAGE_SUFFIXES:
        from kg.formats.ocr import read_image

        return read_image(path, ocr=ocr, limits=limits)
    if suffix in DOCX_SUFFIXES:
        from kg.formats.docx import read_docx

        return read_docx(path, limits=limits)
    if suffix in OLD_WORD_SUFFIXES:
        from kg.formats.office import read_old_word

        return read_old_word(path, limits=limits)
    raise ValueError(f"{path}: not a layer format")


def page_of(text: str, offset: int) -> int:
    """The 1-based page of ``offset`` in a text layer whose pages are joined by form feeds.

    >>> page_of("one\\n\\ftwo\\fthree", 5)
    2
    """
    return text.count("\f", 0, offset) + 1
