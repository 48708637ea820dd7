"""A file → text: decoding and OCR/HTML repair that keeps a map to the original.

Extractors read :attr:`SourceText.clean`; evidence always points into
:attr:`SourceText.original` (the decoded file), so a researcher can find the
quote in the file they have. For PDFs, images, Word files and whole saved web
pages, :mod:`kg.read.formats` makes a *text layer* first, and that layer is the
original (saved beside the facts, so evidence can still be checked). The
repairs are: CRLF → LF, form feeds (a text layer's page breaks) dropped, HTML
tags turned into line and cell breaks (``<p>`` → newline, ``</td>`` → tab),
entities decoded, and OCR line breaks inside a parenthetical or quotation removed.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.errors import InputError
from kg.patterns import finditer_from
from kg.records import Evidence

ProgressFn = Callable[[int, int], None]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, name: str = "<bytes>", *, notes: list[str] | None = None) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with or without BOM, or GB18030/GBK.

    Raises InputError for binary data and for bytes no supported encoding reads. With a
    ``notes`` list, a file whose bytes are good UTF-8 or GB18030 but for a few (at most one
    in a thousand) is read with those bytes replaced by U+FFFD, and a note naming the true
    byte offset of the first is appended: one bad byte costs its span, not the file.
    """
    if notes is not None:
        lenient = _with_few_bad_bytes(data, name)
        if lenient is not None:
            text, note = lenient
            notes.append(note)
            return text
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {encoding} after its byte-order mark") from exc
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _cut_mid_character(exc, data):
            return data.decode("utf-8", errors="replace")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if not _cut_mid_character(exc, data):
            raise InputError(f"{name}: cannot decode as UTF-8 or GB18030 (byte {exc.start})") from exc
        text = data.decode("gb18030", errors="replace")
    if _looks_like_mojibake(text):
        raise InputError(f"{name}: cannot decode as UTF-8 or GB18030 (text is not Chinese)")
    return text


def _with_few_bad_bytes(data: bytes, name: str) -> tuple[str, str] | None:
    """(text, note) when UTF-8 or GB18030 fails on a few bytes only (not at the very end,
    which decode already forgives); None when the file decodes cleanly or is not such a file."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)) or b"\x00" in data[:8192]:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
            return None  # decodes: the strict path reads it
        except UnicodeDecodeError as exc:
            if _cut_mid_character(exc, data):
                return None
            first = exc.start
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        if bad <= max(1, len(data) // 1000) and not _looks_like_mojibake(text):
            count = f"{bad} undecodable byte sequence{'s' if bad > 1 else ''}"
            return text, (f"{name}: {count} replaced by U+FFFD, the first at byte {first:,} "
                          f"(read as {encoding.upper()}; the rest of the file is kept)")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 (little- or big-endian) saved without a byte-order mark, when the bytes read
    as text that is nearly all CJK, ASCII and punctuation; else None (binary)."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        plain = sum(1 for ch in sample if " " <= ch <= "~" or ch in "\t\n\r\f" or "\u4e00" <= ch <= "\u9fff"
                    or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
        if sample and plain / len(sample) > 0.9:
            return text
    return None


def _cut_mid_character(exc: UnicodeDecodeError, data: bytes) -> bool:
    """The only fault is a character cut off at the very end (a truncated download):
    the text is good, and its last bytes become U+FFFD instead of losing the file."""
    return exc.end == len(data) and exc.start >= len(data) - 3


def _looks_like_mojibake(text: str) -> bool:
    """Random bytes often decode as GB18030; real Chinese text is mostly CJK, ASCII and punctuation."""
    sample = text[:4000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f" or 0xE000 <= ord(ch) <= 0xF8FF)
    return odd / len(sample) > 0.05


@dataclass(frozen=True)
class _Segment:
    clean_start: int
    orig_start: int
    orig_end: int
    literal: bool


class SourceText:
    """A decoded file: ``original`` as decoded, ``clean`` after repair, and the
    map between them (:meth:`to_original`, :meth:`evidence`)."""

    def __init__(self, source: str, original: str, clean: str, segments: list[_Segment], *,
                 layer: bool = False):
        self.source = source
        #: True when ``original`` is a text layer that policy-kg made (from a PDF, an
        #: image, a Word file or a web page's article body) rather than the file's own
        #: text: it is saved beside the facts so that evidence can be checked.
        self.layer = layer
        self.original = original
        self.clean = clean
        self._segments = segments
        self._starts = [s.clean_start for s in segments]

    def _segment_at(self, i: int) -> _Segment:
        return self._segments[bisect.bisect_right(self._starts, i) - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span [start, end) to the original span that produced it."""
        if not self.clean:
            return 0, 0
        start = max(0, min(start, len(self.clean) - 1))
        end = max(start + 1, min(end, len(self.clean)))
        seg = self._segment_at(start)
        o_start = seg.orig_start + (start - seg.clean_start) if seg.literal else seg.orig_start
        seg = self._segment_at(end - 1)
        o_end = seg.orig_start + (end - seg.clean_start) if seg.literal else seg.orig_end
        return o_start, o_end

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a clean span; leading/trailing whitespace is trimmed."""
        o_start, o_end = self.to_original(start, end)
        quote = self.original[o_start:o_end]
        stripped = quote.strip()
        if stripped and stripped != quote:
            o_start += len(quote) - len(quote.lstrip())
            o_end = o_start + len(stripped)
            quote = stripped
        return Evidence(self.source, o_start, o_end, quote)


_BLOCK_TAGS = r"p|br|div|tr|li|ol|ul|table|thead|tbody|tfoot|h[1-6]|caption|section|article"
_EDIT_RE = re.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<page>\f)"
    rf"|(?P<block></?(?:{_BLOCK_TAGS})\b[^<>]{{0,500}}>)"
    r"|(?P<cell_end></t[dh]\s*>)"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});)",
    re.IGNORECASE,
)
#: Where an _EDIT_RE match may start (see kg.patterns.finditer_from).
_EDIT_START_RE = re.compile(r"[\r\f<&]")
# A parenthetical or quotation that an OCR line break split: the opening mark,
# text with 1-4 line breaks and no other bracket, the closing mark.
_SPLIT_BRACKET_RE = re.compile(
    r"[（(《“][^（）()《》“”\n]{0,300}(?:[ \t\u3000]*\r?\n[ \t\u3000]*[^（）()《》“”\n]{0,300}){1,4}[）)》”]"
)
_BREAK_RE = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")


#: A page that holds a whole document on one line, its paragraphs set apart by spaces (a law library's
#: copy: …的通知 晋政发〔2006〕10号 各市、县人民政府,…: 《关于…》… 二○○六年五月十一日 …, real/mixed9
#: shanxi_sheng_tasks_2006): Chinese prose puts no space inside a sentence, so on such a line each space
#: between two Chinese characters or marks is a paragraph break.
_ONE_LINE_PAGE_RE = re.compile(r"[^\n]{200,}")
_PARAGRAPH_SPACE_RE = re.compile(r"(?:(?<=[^\x00-\x7f\s])|(?<=[):;!?]))[ \u3000]+(?=[^\x00-\x7f\s〔［【]|\(|\d{1,3}[.、．](?!\d))")
_MIN_PARAGRAPH_SPACES = 6


def _edits(original: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) edits, in text order."""
    edits: list[tuple[int, int, str]] = []
    if len(original) >= 200 and original.count("\n") * 200 < len(original):  # lines of 200 characters on average
        for line in _ONE_LINE_PAGE_RE.finditer(original):
            spaces = list(_PARAGRAPH_SPACE_RE.finditer(original, line.start(), line.end()))
            if len(spaces) >= _MIN_PARAGRAPH_SPACES:
                edits.extend((m.start(), m.end(), "\n") for m in spaces)
    for m in _SPLIT_BRACKET_RE.finditer(original):
        for b in _BREAK_RE.finditer(m.group(), 1):
            edits.append((m.start() + b.start(), m.start() + b.end(), ""))
    for m in finditer_from(_EDIT_START_RE, _EDIT_RE, original):
        kind = m.lastgroup
        if kind == "crlf" or kind == "block":
            repl = "\n"
        elif kind == "cell_end":
            repl = "\t"
        elif kind == "tag" or kind == "page":
            repl = ""
        else:
            repl = html.unescape(m.group())
        edits.append((m.start(), m.end(), repl))
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for e in edits:
        if e[0] >= last_end:
            kept.append(e)
            last_end = e[1]
    return kept


def repair(source: str, original: str, *, layer: bool = False) -> SourceText:
    """Apply the repairs to ``original`` and keep the offset map. Form feeds (page
    breaks of a PDF's text layer) are dropped from the clean text: the layout put
    ``\\n\\f`` where a paragraph ends at the break and ``\\f`` alone where it runs on."""
    pieces: list[str] = []
    segments: list[_Segment] = []
    clean_len = 0
    pos = 0
    for start, end, repl in _edits(original):
        if start > pos:
            segments.append(_Segment(clean_len, pos, start, True))
            pieces.append(original[pos:start])
            clean_len += start - pos
        if repl:
            segments.append(_Segment(clean_len, start, end, False))
            pieces.append(repl)
            clean_len += len(repl)
        pos = end
    if pos < len(original) or not segments:
        segments.append(_Segment(clean_len, pos, len(original), True))
        pieces.append(original[pos:])
    return SourceText(source, original, "".join(pieces), segments, layer=layer)


def read_text(data: bytes, source: str, *, notes: list[str] | None = None, shown: str | None = None) -> SourceText:
    """Decode and repair one file's bytes; ``source`` names it in evidence, ``shown`` (default
    ``source``) in errors and notes: the path as given, as every skip message names a file
    (``notes``: see decode)."""
    shown = shown or source
    if not data.strip():
        raise InputError(f"{shown}: empty file")
    return repair(source, decode(data, shown, notes=notes))
