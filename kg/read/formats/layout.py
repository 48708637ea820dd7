"""Positioned text lines of a page → plain text in reading order.

PDF text layers and OCR both give lines with boxes, in the order the page was
drawn (or read). This module turns them into the plain text the rest of the
pipeline reads:

- lines wrapped by the layout are joined (a line that reaches its column's right
  edge continues on the next), while short lines keep their line break;
- a line that starts back up at the top of the current row, to the right, is the
  next *cell* of a table row: cells are joined by tabs, rows by newlines, and the
  cells of a run of rows are put into columns by their left edges, so an empty
  cell stays an empty field;
- running headers and footers (the same line at the top or bottom of most pages)
  and page numbers (``— 3 —``, ``- 3 -``, ``第3页``) are dropped;
- pages are joined by a form feed: ``"\\f"`` alone where a paragraph runs on
  over the page break, ``"\\n\\f"`` where it does not.

Coordinates are top-down (y grows downwards), in any unit, one unit system per page.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

_PAGE_NUMBER_RE = re.compile(
    r"^[\s\u3000]*(?:[—–\-－一]+[\s\u3000]*\d{1,4}[\s\u3000]*[—–\-－一]+|第[\s\u3000]*\d{1,4}[\s\u3000]*页"
    r"(?:[\s\u3000]*[/／共][\s\u3000]*\d{1,4}[\s\u3000]*页?)?|\d{1,4}[\s\u3000]*[/／][\s\u3000]*\d{1,4})[\s\u3000]*$"
)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_BARE_NUMBER_RE = re.compile(r"^[\s\u3000]*(\d{1,4})[\s\u3000]*$")
#: A line shorter than this many characters never runs on (on a page of short lines,
#: each of them would otherwise reach the "right edge").
_MIN_RUN_ON_EMS = 8
_ASCII_WORD_END = re.compile(r"[A-Za-z0-9,.;:]$")
#: A line that ends a sentence or a heading's label: its break may be the paragraph's end.
_SENTENCE_END_RE = re.compile(r"[。！？；：!?;:…”」』]\s*$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z0-9(]")


@dataclass(frozen=True)
class Line:
    """One line of text as drawn: its text and box (x0, x1 left/right; top, bottom)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Page:
    """The lines of one page in drawing order, and the page's size."""

    lines: tuple[Line, ...]
    width: float
    height: float
    #: Tesseract's mean word confidence (0-100) for an OCR'd page; None for a text layer
    confidence: float | None = None


@dataclass
class _Cell:
    lines: list[Line] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)


@dataclass
class _Row:
    cells: list[_Cell]
    gap_before: float = 0.0

    @property
    def top(self) -> float:
        return self.cells[0].lines[0].top

    @property
    def bottom(self) -> float:
        return max(line.bottom for cell in self.cells for line in cell.lines)


def _em(lines: Sequence[Line]) -> float:
    heights = [line.height for line in lines if line.height > 0]
    return statistics.median(heights) if heights else 10.0


def _normal(text: str) -> str:
    """A header's text with its numbers blanked, so 第3期 and 第4期 headers agree."""
    return re.sub(r"\d+", "#", "".join(text.split()))


def _in_margin(line: Line, page: Page, margin: float) -> bool:
    return line.bottom <= page.height * margin or line.top >= page.height * (1 - margin)


def _edge_lines(page: Page, margin: float) -> list[Line]:
    """The topmost and the bottommost line of the page, when they lie in its margins."""
    if not page.lines:
        return []
    ends = {min(page.lines, key=lambda line: line.top), max(page.lines, key=lambda line: line.bottom)}
    return [line for line in ends if _in_margin(line, page, margin)]


@dataclass(frozen=True)
class Furniture:
    """What repeats around the body of the pages: running header/footer texts (numbers
    blanked) and the offset between bare printed page numbers and page indexes."""

    running: frozenset[str]
    number_offset: int | None


def furniture(pages: Sequence[Page], *, margin: float = 0.12) -> Furniture:
    """Running headers and footers: lines in the top or bottom margin of at least half of
    the pages (and of three at least). Bare numbers at a page's top or bottom are page
    numbers when most of them differ from the page index by the same offset."""
    counts: Counter[str] = Counter()
    offsets: Counter[int] = Counter()
    for index, page in enumerate(pages):
        seen = {_normal(line.text) for line in page.lines if _in_margin(line, page, margin)}
        counts.update(s for s in seen if s)
        for line in _edge_lines(page, margin):
            bare = _BARE_NUMBER_RE.match(line.text)
            if bare:
                offsets[int(bare.group(1)) - index] += 1
    need = max(3, (len(pages) + 1) // 2)
    running = frozenset(text for text, n in counts.items() if n >= need and not _BARE_NUMBER_RE.match(text))
    offset = None
    if offsets:
        best, n = offsets.most_common(1)[0]
        if n >= max(2, (len(pages) + 1) // 2):
            offset = best
    return Furniture(running, offset)


def body_lines(page: Page, index: int, found: Furniture, *, margin: float = 0.12) -> list[Line]:
    """The page's lines without page numbers and running headers/footers in its margins."""
    edges = _edge_lines(page, margin)
    kept = []
    for line in page.lines:
        if not line.text.strip():
            continue
        if _in_margin(line, page, margin):
            if _normal(line.text) in found.running or (line in edges and _PAGE_NUMBER_RE.match(line.text)):
                continue
            if line in edges and len(line.text.strip()) <= 8 and not _CJK_RE.search(line.text) \
                    and not any(ch.isdigit() for ch in line.text):
                continue  # a smudge in the margin, or a page number OCR could not read
            bare = _BARE_NUMBER_RE.match(line.text)
            if bare and line in edges and found.number_offset is not None \
                    and int(bare.group(1)) - index == found.number_offset:
                continue
        kept.append(line)
    return kept


def _rows(lines: Sequence[Line], em: float) -> list[_Row]:
    """Group lines (in drawing order) into rows of cells."""
    rows: list[_Row] = []
    for line in lines:
        if not rows:
            rows.append(_Row([_Cell([line])]))
            continue
        row = rows[-1]
        cell = row.cells[-1]
        prev = cell.lines[-1]
        same_baseline = abs(line.top - prev.top) < 0.5 * em
        if same_baseline and 0 <= line.x0 - prev.x1 < 0.5 * em:
            # the same visual line drawn in two pieces (a font change, say)
            cell.lines[-1] = Line(prev.text + line.text, prev.x0, max(prev.x1, line.x1), min(prev.top, line.top),
                                  max(prev.bottom, line.bottom))
        elif abs(line.top - row.top) < 0.5 * em and line.x0 >= max(c.x1 for c in row.cells) - 0.3 * em:
            row.cells.append(_Cell([line]))  # the next cell of this row
        elif 0 <= line.top - prev.bottom < 0.9 * em and (
                abs(line.x0 - cell.x0) < 3.0 * em if len(row.cells) == 1 else abs(line.x0 - cell.x0) < 1.0 * em):
            cell.lines.append(line)  # the next line of this cell (or paragraph)
        else:
            rows.append(_Row([_Cell([line])], gap_before=line.top - row.bottom))
    return rows


class _RightEdges:
    """The right edge of a line's column: the furthest right that any line starting
    near it (within three characters) reaches."""

    def __init__(self, lines: Sequence[Line], em: float):
        self._spans = [(line.x0, line.x1) for line in lines]
        self._em = em
        #: the right margin of the page's text: what the longest lines reach
        self.page = max((x1 for _, x1 in self._spans), default=0.0)

    def __call__(self, line: Line) -> float:
        return max((x1 for x0, x1 in self._spans if abs(x0 - line.x0) < 3.0 * self._em), default=line.x1)

    def shared(self, line: Line, edge: float) -> bool:
        """Whether ``edge`` is a column's edge, not one line's end: the page's text is
        that wide, or two lines or more reach it (a roster's longest line reaches only its own)."""
        if edge >= self.page - 2.0 * self._em:
            return True
        return sum(1 for x0, x1 in self._spans
                   if abs(x0 - line.x0) < 3.0 * self._em and x1 >= edge - 1.2 * self._em) >= 2


def _joiner(left: str, right: str) -> str:
    return " " if _ASCII_WORD_END.search(left) and _ASCII_WORD_START.match(right) else ""


def _runs_on(line: Line, edges: _RightEdges, em: float) -> bool:
    """Whether a line reaches its column's right edge, so that it goes on in the next line.

    Within 1.2 characters of the edge it does. Up to 2.5 characters short it does too,
    in a column as wide as the page's text, when it does not end a sentence: a ragged
    right edge (LibreOffice, Word) moves a character that may not begin a line (、，。)
    down with the one before it, and the edge itself is set by a comma hanging into the
    margin (…人民代表大会 / 常务委员会). The lines of a roster's column are not held to it.
    """
    if line.x1 - line.x0 < _MIN_RUN_ON_EMS * em:
        return False
    edge = edges(line)
    short = edge - line.x1
    if not edges.shared(line, edge):
        return False
    return short <= 1.2 * em or (short <= 2.5 * em and edge >= edges.page - 2.0 * em
                                 and not _SENTENCE_END_RE.search(line.text))


def _cell_text(cell: _Cell, edges: _RightEdges, em: float, *,
               table: bool = False) -> tuple[str, bool]:
    """The cell's text with wrapped lines joined (all of them in a table cell, which
    holds no line breaks); and whether its last line runs on. A line indented from the
    one before begins a paragraph, however far that one reached."""
    parts: list[str] = []
    runs_on = False
    prev: Line | None = None
    for line in cell.lines:
        text = line.text.strip()
        if parts:
            indented = prev is not None and line.x0 > prev.x0 + 0.8 * em
            parts.append(_joiner(parts[-1], text) if (runs_on and not indented) or table else "\n")
        parts.append(text)
        runs_on, prev = _runs_on(line, edges, em), line
    return "".join(parts), runs_on


def _columns(rows: list[list[tuple[float, str]]], em: float) -> list[list[str]]:
    """Cells of a run of table rows put into columns by their left edges."""
    starts: list[float] = []
    for x in sorted(x for row in rows for x, _ in row):
        if not starts or x - starts[-1] > 1.5 * em:
            starts.append(x)
    out = []
    for row in rows:
        fields = [""] * len(starts)
        last = -1
        for x, text in row:
            col = max(i for i, s in enumerate(starts) if s <= x + 1.5 * em)
            if col <= last:  # two cells in one column: the second moves right
                col = last + 1
            if col >= len(fields):
                fields.append("")
                col = len(fields) - 1
            fields[col] = text
            last = col
        while fields and not fields[-1]:
            fields.pop()
        out.append(fields)
    return out


@dataclass
class _Block:
    """Text of consecutive rows: a paragraph (``text``) or a table (``table``: rows of
    (left edge, cell text)); ``sep`` comes before it."""

    sep: str
    text: str = ""
    table: list[list[tuple[float, str]]] | None = None
    runs_on: bool = False


@dataclass(frozen=True)
class PageText:
    """A page's text; ``runs_on``: its last paragraph continues on the next page;
    ``continues``: its first line could be the continuation of a paragraph."""

    text: str
    runs_on: bool
    continues: bool


#: Punctuation that never opens a line of its own in a document.
_LONE_MARKS = frozenset("、，；：。")


def page_text(lines: Sequence[Line]) -> PageText:
    """The text of one page's body lines (drawing order) in reading order."""
    if not lines:
        return PageText("", False, False)
    em = _em(lines)
    edges = _RightEdges(lines, em)
    rows = _rows(lines, em)
    blocks: list[_Block] = []
    for row in rows:
        sep = "\n\n" if row.gap_before > 1.2 * em else "\n"
        last = blocks[-1] if blocks else None
        if len(row.cells) > 1:
            cells = [(c.x0, _cell_text(c, edges, em, table=True)[0]) for c in row.cells]
            if last is not None and last.table is not None and sep == "\n":
                last.table.append(cells)
            else:
                blocks.append(_Block(sep, table=[cells]))
            continue
        text, runs_on = _cell_text(row.cells[0], edges, em)
        if last is not None and last.table is None and sep == "\n" and text.strip() in _LONE_MARKS:
            # a mark set on a line of its own (LibreOffice, a glossed traditional page: 焦亦民⏎、⏎李新軍)
            # belongs to the sentence it stands in: a pause goes on with the next line, a full stop ends it
            last.text += text.strip()
            last.runs_on = text.strip() != "。"
            continue
        if last is not None and last.table is None and last.runs_on and sep == "\n":
            last.text += _joiner(last.text, text) + text  # a paragraph that went on in the next row
            last.runs_on = runs_on
        else:
            blocks.append(_Block(sep, text=text, runs_on=runs_on))
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i:
            out.append(block.sep)
        out.append(block.text if block.table is None
                   else "\n".join("\t".join(fields) for fields in _columns(block.table, em)))
    return PageText("".join(out), bool(blocks) and blocks[-1].table is None and blocks[-1].runs_on,
                    len(rows[0].cells) == 1)


def join_pages(pages: Sequence[PageText]) -> str:
    """Pages joined by form feeds: ``"\\f"`` where a paragraph runs on over the break."""
    parts: list[str] = []
    for i, page in enumerate(pages):
        if i:
            prev = pages[i - 1]
            parts.append("\f" if prev.runs_on and page.continues and prev.text and page.text else "\n\f")
        parts.append(page.text)
    return "".join(parts)


def pages_text(pages: Sequence[Page]) -> str:
    """All pages of a file as one text, headers, footers and page numbers removed."""
    found = furniture(pages)
    return join_pages([page_text(body_lines(page, i, found)) for i, page in enumerate(pages)])
