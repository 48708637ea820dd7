"""PDF → text: the text layer through PDFium (pypdfium2), OCR for pages without one.

PDFium gives each character with its box in the order the page draws it, which
for gazettes made by Word, WPS, Founder or a browser is the reading order, also
across columns (bench/formats.py measured pypdfium2 against pdfplumber and
pdfminer.six: see bench/README.md). :mod:`kg.read.formats.layout` turns the lines into
text: wrapped lines joined, table cells tab-separated, running headers, footers and
page numbers dropped, pages joined by form feeds.

A page is OCR'd (:mod:`kg.read.formats.ocr`) when ``ocr="always"``, or when
``ocr="auto"`` and the page has no text layer (or one of private-use code points, from
a font without a Unicode map); ``ocr="never"`` reads text layers only. A page with no
ink (nothing drawn, or a white scan: :func:`kg.read.formats.ocr.blank_page`) never goes to
Tesseract. A PDF of more pages than ``Limits.max_pages``, or whose OCR takes longer
than ``Limits.ocr_seconds``, is skipped in one line.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError
from kg.read.formats.layout import Line, Page, pages_text
from kg.read.formats.limits import DEFAULT_LIMITS, Limits, OcrClock
from kg.read.formats.ocr import blank_page, ocr_page, page_warnings, warned

OCR_MODES = ("auto", "always", "never")
#: A page with fewer visible characters than this in its text layer counts as scanned.
MIN_TEXT_CHARS = 8
#: Consecutive characters further apart than this many character heights are two pieces
#: of a line (table cells, columns).
_GAP_EMS = 0.6
#: Chinese characters: PDFium puts a space of its own between one of them and a digit set
#: apart by the writer's Chinese/Latin autospace (LibreOffice: 2020 年 01 月), a space no one typed.
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_RE = re.compile(r"[0-9]")


def _autospaced(left: str, right: str) -> bool:
    """A Chinese character beside a digit (2020 年, 辛丽丽 22 位): the gap
    between them is the writer's autospace. Punctuation keeps its space (3. 加快, 用地 (平方公里), 。 2.)."""
    return bool(_HAN_RE.match(left) and _LATIN_RE.match(right) or _LATIN_RE.match(left) and _HAN_RE.match(right))

ProgressFn = Callable[[int, int], None]


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError(f"{path}: encrypted PDF (needs a password); decrypt it first, e.g. qpdf --decrypt") from exc
        reason = re.search(r"PDFium: ([^)]+)", str(exc))
        raise InputError(f"{path}: damaged PDF, cannot be opened ({reason.group(1) if reason else exc})") from exc


def page_lines(page) -> Page:
    """The text layer of one pypdfium2 page as positioned lines, in drawing order."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        rect = raw.FS_RECTF()
        lines: list[Line] = []
        chars: list[tuple[str, float, float, float, float]] = []
        generated = -1  # the index in chars of a space PDFium made up, if it is the last

        def flush() -> None:
            if chars:
                lines.append(Line("".join(c[0] for c in chars).rstrip(), min(c[1] for c in chars),
                                  max(c[2] for c in chars), min(c[3] for c in chars), max(c[4] for c in chars)))
                chars.clear()

        for i, ch in enumerate(text[:count]):
            if ch in "\r\n":
                flush()
                continue
            if ch == "\ufffe":  # PDFium's mark for a hyphen at the end of a line
                ch = "-"
            if raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                if ch == " " and chars and chars[-1][0] != " ":
                    chars.append((" ", chars[-1][2], chars[-1][2], chars[-1][3], chars[-1][4]))
                    generated = len(chars) - 1
                continue
            if generated == len(chars) - 1 and len(chars) > 1 and _autospaced(chars[-2][0], ch):
                chars.pop()  # 2020 年: the autospace between Chinese and Latin, not a space
            generated = -1
            raw.FPDFText_GetLooseCharBox(textpage.raw, i, ctypes.byref(rect))
            x0, x1, y_top, y_bottom = rect.left, rect.right, height - rect.top, height - rect.bottom
            if chars:
                last = chars[-1]
                em = max(last[4] - last[3], 1.0)
                # after a space, one more space's width: 组  长 drawn with one space glyph of two
                room = _GAP_EMS * em + (last[2] - last[1] if last[0] == " " else 0.0)
                if x0 - last[2] > room or x0 < last[1] - em or abs(y_top - last[3]) > 0.6 * em:
                    flush()
            chars.append((ch, x0, x1, y_top, y_bottom))
        flush()
    finally:
        textpage.close()
    return Page(tuple(line for line in lines if line.text.strip()), width, height)


def _visible(page: Page) -> int:
    return sum(len("".join(line.text.split())) for line in page.lines)


def _garbled(page: Page) -> bool:
    """A text layer that does not say what the page shows: most characters are private-use
    code points, U+FFFD or controls (a font without a ToUnicode map, common in older
    Chinese gazettes)."""
    chars = "".join("".join(line.text.split()) for line in page.lines)
    odd = sum(1 for ch in chars if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd" or ord(ch) < 32)
    return bool(chars) and odd / len(chars) > 0.3


def needs_ocr(page: Page, ocr: str) -> bool:
    """Whether a page with this text layer goes to Tesseract under ``ocr``.

    >>> from kg.read.formats.layout import Line
    >>> needs_ocr(Page((Line("\ue01a\ue02b\ue03c\ue04d\ue05e\ue06f\ue070\ue081", 0, 80, 0, 10),), 600, 800), "auto")
    True
    """
    return ocr == "always" or (ocr == "auto" and (_visible(page) < MIN_TEXT_CHARS or _garbled(page)))


def read_pdf(path: Path, *, ocr: str = "auto", on_page: ProgressFn | None = None,
             limits: Limits = DEFAULT_LIMITS, warnings: list[str] | None = None) -> str:
    """The text of a PDF in reading order, pages joined by form feeds; the OCR'd pages
    to check (low confidence, a place name that matches no division) go to ``warnings``.

    Raises InputError (one line, naming the file) for encrypted, damaged or empty
    PDFs, for scanned pages when ``ocr="never"`` leaves no text at all, and for a PDF
    beyond ``limits`` (pages, OCR time).
    """
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    import pypdfium2 as pdfium

    path = Path(path)
    document = _open(path)
    clock = OcrClock(path, limits)
    try:
        total = len(document)
        if total == 0:
            raise InputError(f"{path}: empty PDF (no pages)")
        if total > limits.max_pages:
            raise InputError(f"{path}: {total:,} pages, more than {limits.max_pages:,} (raise --max-pages to read it)")
        pages: list[Page] = []
        found: list[str] = []
        for number in range(total):
            try:
                page = document[number]
            except pdfium.PdfiumError as exc:
                raise InputError(f"{path}: damaged PDF, page {number + 1} cannot be read") from exc
            try:
                layer, scanned = _page_layer(page, ocr, clock)
                if layer.confidence is not None:  # read by Tesseract
                    found += page_warnings(layer, number + 1)
                pages.append(layer)
                if on_page is not None and scanned:
                    on_page(number + 1, total)
            except pdfium.PdfiumError as exc:
                raise InputError(f"{path}: damaged PDF, page {number + 1} cannot be read ({exc})") from exc
            finally:
                page.close()
    finally:
        document.close()
    if not any(page.lines for page in pages):
        if ocr == "never":
            raise InputError(f"{path}: no text layer (a scan?); read it with --ocr auto")
        raise InputError(f"{path}: empty PDF, no text on its pages (not even by OCR)")
    warned(path, warnings, found)
    return pages_text(pages)


def _page_layer(page, ocr: str, clock: OcrClock) -> tuple[Page, bool]:
    """One page's lines (its text layer, or what Tesseract reads when it needs OCR and has
    ink), and whether it went the OCR way (for the progress of a scan)."""
    layer = page_lines(page)
    if not needs_ocr(layer, ocr):
        return layer, False
    if not layer.lines and blank_page(page):
        return layer, True
    ocr_layer = clock.run(lambda seconds: ocr_page(page, timeout=seconds))
    if ocr == "always" or _garbled(layer) or _visible(ocr_layer) > _visible(layer):
        return ocr_layer, True
    return layer, True
