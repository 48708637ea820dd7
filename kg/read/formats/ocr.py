"""Images and scanned PDF pages → positioned lines, through Tesseract (chi_sim).

Tesseract and its Simplified Chinese model come from Debian's packages
(``apt-get install tesseract-ocr tesseract-ocr-chi-sim``); pytesseract drives it.
Words come back with boxes, grouped into Tesseract's lines, and go through the
same layout as a PDF text layer (:mod:`kg.read.formats.layout`), so wrapped lines are
joined and page numbers dropped in scans too. Tesseract separates Chinese
characters by spaces; a line's words are joined without them (a space stays only
between two Latin letters or digits).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError, ToolError
from kg.gazetteer import get_gazetteer
from kg.read.formats.layout import Line, Page, pages_text
from kg.read.formats.limits import DEFAULT_LIMITS, Limits, OcrClock

LANGUAGES = "chi_sim+eng"
#: Pages without an image of known resolution are rendered at this resolution; a
#: scanned page at its image's own resolution (within 150-400 dpi).
DPI = 300
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
#: A page whose words Tesseract reads with a lower mean confidence (%) is reported: its
#: names and numbers need checking against the scan.
LOW_CONFIDENCE = 70.0
#: Pixels of one rendered page at most (an A3 scan at 400 dpi: 31 M): a page whose box
#: claims square metres is rendered coarser instead of filling the memory.
MAX_RENDER_PIXELS = 40_000_000
#: A page is blank when fewer than this share of its pixels, rendered at :data:`INK_DPI`,
#: are darker than :data:`INK_LEVEL` (a white scan's specks; a line of text is ~0.5%).
INK_SHARE = 0.0002
INK_DPI = 72
INK_LEVEL = 160


@functools.lru_cache(maxsize=1)
def _check_tesseract(command: str) -> None:
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except pytesseract.TesseractNotFoundError as exc:
        raise ToolError(f"Tesseract is not installed, needed for scanned pages and images: {INSTALL} "
                        "(or --ocr never to skip them)") from exc
    if "chi_sim" not in languages:
        raise ToolError(f"Tesseract has no Simplified Chinese model (chi_sim): {INSTALL}")


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Tesseract with one OpenMP thread: its threads fight over a small machine's cores
    (a page took 22 s with them and 3 s without, on two busy cores); ``--jobs``
    spreads files over processes instead."""
    saved = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = saved


def _join(words: list[str]) -> str:
    out = ""
    for word in words:
        if out and out[-1].isascii() and out[-1].isalnum() and word[:1].isascii() and word[:1].isalnum():
            out += " "
        out += word
    return out


def image_page(image: Any, *, timeout: float = 0) -> Page:
    """The lines Tesseract reads in a PIL image, in its reading order (TimeoutError after
    ``timeout`` seconds, when one is given)."""
    import pytesseract

    _check_tesseract(pytesseract.pytesseract.tesseract_cmd)
    try:
        with _one_thread():
            data = pytesseract.image_to_data(image, lang=LANGUAGES, config="--psm 3",
                                             output_type=pytesseract.Output.DICT, timeout=timeout)
    except pytesseract.TesseractError as exc:
        raise ToolError(f"Tesseract failed: {exc}") from exc
    except RuntimeError as exc:  # pytesseract kills Tesseract after `timeout` and says so
        if "timeout" in str(exc).lower():
            raise TimeoutError(str(exc)) from exc
        raise
    lines: dict[tuple[int, int, int], list[int]] = {}
    confidences = [float(data["conf"][i]) for i, word in enumerate(data["text"])
                   if word.strip() and float(data["conf"][i]) >= 0]
    for i, word in enumerate(data["text"]):
        if word.strip() and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            lines.setdefault(key, []).append(i)
    out = []
    for indexes in lines.values():
        x0 = min(data["left"][i] for i in indexes)
        x1 = max(data["left"][i] + data["width"][i] for i in indexes)
        top = min(data["top"][i] for i in indexes)
        bottom = max(data["top"][i] + data["height"][i] for i in indexes)
        out.append(Line(_join([data["text"][i].strip() for i in indexes]), x0, x1, top, bottom))
    width, height = image.size
    return Page(tuple(out), width, height, sum(confidences) / len(confidences) if confidences else None)


def page_warnings(page: Page, number: int) -> list[str]:
    """What a reader should check on an OCR'd page (``p.3: OCR confidence 61%``): a mean
    word confidence under :data:`LOW_CONFIDENCE`, and place names that match no division
    of China (秘东市人大常委会: 肇东市 misread), which would place the document nowhere."""
    out = []
    if page.confidence is not None and page.confidence < LOW_CONFIDENCE:
        out.append(f"p.{number}: OCR confidence {page.confidence:.0f}%")
    text = "\n".join(line.text for line in page.lines)
    out += [f"p.{number}: {name} matches no division (misread by OCR?)" for name in get_gazetteer().unknown_places(text)]
    return out


def warned(path: Path, warnings: list[str] | None, found: list[str]) -> None:
    """Add a file's page warnings, each naming the file, to ``warnings``."""
    if warnings is not None:
        warnings.extend(f"{path} {w}" for w in found)


def _scan_dpi(page: Any) -> float:
    """The resolution of the largest image on a pypdfium2 page, else :data:`DPI`."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    width_inches = page.get_width() / 72
    best = 0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        try:
            px_width = obj.get_px_size()[0]
        except pdfium.PdfiumError:  # an image PDFium cannot decode: no resolution to learn from it
            continue
        best = max(best, px_width)
    if not best or width_inches <= 0:
        return DPI
    return min(400.0, max(150.0, best / width_inches))


def _ocr_image(image: Any, timeout: float) -> Page:
    return image_page(image, timeout=timeout)


def _render_scale(page: Any, dpi: float) -> float:
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * height * scale * scale
    return scale if pixels <= MAX_RENDER_PIXELS else scale * (MAX_RENDER_PIXELS / pixels) ** 0.5


def ocr_page(page: Any, *, timeout: float = 0) -> Page:
    """OCR of one pypdfium2 page, rendered at its scan's resolution (within
    :data:`MAX_RENDER_PIXELS`); TimeoutError after ``timeout`` seconds of Tesseract."""
    image = page.render(scale=_render_scale(page, _scan_dpi(page)), grayscale=True).to_pil()
    return image_page(image, timeout=timeout)


def blank_page(page: Any) -> bool:
    """Whether a pypdfium2 page has no ink: nothing drawn on it, or, rendered coarsely, no
    more dark pixels than a white scan's specks. Such a page costs Tesseract seconds and
    gives nothing, so it is never OCR'd."""
    import pypdfium2.raw as raw

    if raw.FPDFPage_CountObjects(page.raw) == 0:
        return True
    image = page.render(scale=_render_scale(page, INK_DPI), grayscale=True).to_pil()
    return _ink_share(image) < INK_SHARE


def _ink_share(image: Any) -> float:
    histogram = image.convert("L").histogram()
    total = sum(histogram)
    return sum(histogram[:INK_LEVEL]) / total if total else 0.0


def read_image(path: Path, *, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS,
               warnings: list[str] | None = None) -> str:
    """The text of a scanned page saved as an image (PNG, JPEG, TIFF, ...); frames with no
    ink are not OCR'd, and ``limits`` bounds the frames and the OCR time; pages to check
    (see :func:`page_warnings`) go to ``warnings``."""
    if ocr == "never":
        raise InputError(f"{path}: an image, read only by OCR; use --ocr auto")
    from PIL import Image, UnidentifiedImageError

    clock = OcrClock(Path(path), limits)
    try:
        with Image.open(path) as image:
            frames = getattr(image, "n_frames", 1)
            if frames > limits.max_pages:
                raise InputError(f"{path}: {frames:,} pages, more than {limits.max_pages:,} "
                                 "(raise --max-pages to read it)")
            pages = []
            for frame in range(frames):  # a multi-page TIFF
                image.seek(frame)
                gray = image.convert("L")
                if _ink_share(gray) < INK_SHARE:
                    continue
                pages.append(clock.run(functools.partial(_ocr_image, gray)))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{path}: damaged or unknown image ({exc})") from exc
    text = pages_text(pages)
    if not text.strip():
        raise InputError(f"{path}: no text found by OCR")
    warned(Path(path), warnings, [w for n, page in enumerate(pages, 1) for w in page_warnings(page, n)])
    return text
