"""Word .docx → text through python-docx: paragraphs and tables in document order.

A table row becomes one line with its cells separated by tabs (a cell merged over
several columns is written once), so the table readers of kg.extract see the same
TSV rows as in a text file; line breaks inside a cell become spaces.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from kg.errors import InputError


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


def read_docx(path: Path) -> str:
    """The text of a .docx file (InputError when it is not one, or is damaged)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path}: damaged or not a Word .docx file ({exc.__class__.__name__})") from exc
    text = docx_text(document)
    if not text.strip():
        raise InputError(f"{path}: empty Word document")
    return text
