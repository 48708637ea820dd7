"""Word .docx → text through python-docx: paragraphs and tables in document order.

A table row becomes one line with its cells separated by tabs (a cell merged over
several columns is written once), so the table readers of kg.extract see the same
TSV rows as in a text file; line breaks inside a cell become spaces.

A .docx is a zip of XML parts, and python-docx reads every part into memory: the zip's
directory is checked first (what it inflates to, how many parts, how large an XML part
is), so a zip bomb costs nothing. zipfile never inflates a part beyond the size its
directory declares (a part that lies fails its CRC). XML goes through python-docx's
parser, which does not resolve entities; libxml2 refuses entity amplification (billion
laughs) and text nodes past its limit. Each failure is one InputError naming the file.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.read.formats.limits import DEFAULT_LIMITS, Limits

#: Parts in a Word file's zip, and bytes of one XML part, beyond which it is refused unread
#: (a long gazette in Word: a few hundred parts, a document.xml of a few MB).
MAX_PARTS = 10_000
MAX_XML_BYTES = 64 * 2**20


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        lines.append("\t".join(cells))
    return lines


def docx_text(document: Any) -> str:
    """The text of a python-docx Document: its paragraphs and tables, in order."""
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """InputError when the zip at ``path`` would inflate beyond ``limits`` (from its directory)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path}: damaged or not a Word .docx file ({exc.__class__.__name__})") from exc
    if len(infos) > MAX_PARTS:
        raise InputError(f"{path}: a zip of {len(infos):,} parts, more than a Word file has ({MAX_PARTS:,}); not read")
    total = sum(info.file_size for info in infos)
    if total > limits.max_unpacked_bytes:
        raise InputError(f"{path}: inflates to {total / 2**20:,.0f} MB, more than {limits.max_unpacked_bytes / 2**20:,.0f} "
                         "MB (a zip bomb?); not read")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")) and info.file_size > MAX_XML_BYTES:
            raise InputError(f"{path}: its part {info.filename} inflates to {info.file_size / 2**20:,.0f} MB of XML, "
                             f"more than {MAX_XML_BYTES / 2**20:,.0f} MB; not read")


def read_docx(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of a .docx file (InputError when it is not one, is damaged, or is a bomb)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    check_zip(path, limits)
    try:
        document = docx.Document(str(path))
        text = docx_text(document)
    except etree.XMLSyntaxError as exc:
        reason = " ".join(str(exc).split())[:120]
        raise InputError(f"{path}: damaged Word file, its XML cannot be read ({reason})") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, zipfile.LargeZipFile, etree.LxmlError, KeyError, ValueError,
            EOFError, OSError, NotImplementedError) as exc:
        raise InputError(f"{path}: damaged or not a Word .docx file ({exc.__class__.__name__})") from exc
    if not text.strip():
        raise InputError(f"{path}: empty Word document")
    return text
