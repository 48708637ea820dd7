"""A query table as text: for the terminal (rich, fitted to its width, CJK characters two
columns wide), a spreadsheet (CSV) or a program (JSON). What ``kg query``, ``kg explain`` and
the build summary print; no query logic here (kg.query.query runs them).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd

#: The formats :func:`format_table` writes (the CLI's ``--format`` of kg query and kg explain).
TABLE_FORMATS: tuple[str, ...] = ("table", "csv", "json")


def format_table(df: pd.DataFrame, fmt: str = "table", *, width: int | None = 120) -> str:
    """A query table for the terminal (``table``, fitted to ``width`` columns by rich, CJK
    characters two columns wide; ``width=None``: every cell whole, for a file or a pipe), a
    spreadsheet (``csv``) or a program (``json``)."""
    if fmt == "json":
        return df.to_json(orient="records", force_ascii=False, indent=1)
    shown = df.copy()
    for column in shown.columns:
        if shown[column].map(lambda v: isinstance(v, list)).any():
            shown[column] = shown[column].map(lambda v: "、".join(v) if isinstance(v, list) else v)
    if fmt == "csv":
        return shown.to_csv(index=False).rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use {', '.join(TABLE_FORMATS)}")
    if shown.empty:
        return "(no rows) columns: " + ", ".join(map(str, shown.columns))
    return _rich_table(list(map(str, shown.columns)), shown.itertuples(index=False, name=None), width)


def _rich_table(header: list[str], rows: Iterable[tuple[Any, ...]], width: int | None) -> str:
    """Aligned columns that fit ``width``: numbers to the right, long text cut with …; with no
    ``width``, as wide as the widest cells (nothing cut)."""
    import io

    from rich import box
    from rich.console import Console
    from rich.table import Table

    def cell(v: Any) -> str:
        text = "" if v is None or (isinstance(v, float) and v != v) else " ".join(str(v).split())
        # NUL, BEL, ESC … would act on the terminal: shown as escapes instead
        return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
                       for ch in text)

    body = [tuple(row) for row in rows]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True)
    numeric = [all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in body)
               for i in range(len(header))]
    needs = [max(_width(h), *(_width(cell(r[i])) for r in body)) for i, h in enumerate(header)]
    if width is None:
        width = sum(needs) + 2 * (len(header) - 1)
    fixed = sum(need for need, number in zip(needs, numeric, strict=True) if number)
    share = _shares([need for need, number in zip(needs, numeric, strict=True) if not number],
                    width - 2 * (len(header) - 1) - fixed)
    for i, name in enumerate(header):
        table.add_column(name, justify="right" if numeric[i] else "left", no_wrap=True, overflow="ellipsis",
                         min_width=_width(name), max_width=None if numeric[i] else max(next(share), _width(name)))
    for row in body:
        table.add_row(*(cell(v) for v in row))
    console = Console(file=io.StringIO(), width=max(width, 20), color_system=None, force_terminal=False,
                      highlight=False, emoji=False, markup=False)
    console.print(table)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in out.splitlines()).strip("\n")


def _shares(needs: list[int], room: int) -> Iterator[int]:
    """The width of each text column, in order: what it needs when that fits its fair share of
    ``room``; what narrow columns leave goes to the wide ones (a unit_profile's examples get the
    rest of the line, not a fifth of it). Never under 4 columns."""
    given: dict[int, int] = {}
    left = room
    for rank, i in enumerate(sorted(range(len(needs)), key=lambda i: needs[i])):
        given[i] = max(min(needs[i], left // (len(needs) - rank)), 4)
        left -= given[i]
    return iter(given[i] for i in range(len(needs)))


def _width(text: str) -> int:
    """Terminal columns of ``text``: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
