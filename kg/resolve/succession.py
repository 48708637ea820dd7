"""Unit succession (机构改革): which unit a reform replaced by which, and what that means for people.

Two sources say that a unit was succeeded by another, both ending as
``(Unit)-[:SUCCEEDED_BY {date, kind}]->(Unit)``:

- statements in documents (``successions``, :mod:`kg.extract.succession`), with evidence;
- the data table ``kg/data/successions.csv`` (documented reforms; its header says which
  rows are patterns), applied by the resolve stage to the units the facts name
  (:func:`table_successions`, facts section ``reforms``).

Personnel flows read it (:mod:`kg.query.flows`): an official removed from a unit and
appointed to the same unit, or to a unit that succeeded it, has not moved between units.

>>> table = read_succession_table()
>>> [(r.predecessor, r.successor) for r in table if r.scope == ("宁波市",)][-1]
('宁波杭州湾新区开发建设管理委员会', '宁波前湾新区管理委员会')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.facts import ReformEntry
from kg.gazetteer import DATA_DIR, Gazetteer, read_csv

#: The data table of documented reforms.
SUCCESSION_TABLE = DATA_DIR / "successions.csv"
KINDS = ("rename", "merge", "split")
_LEVELS = ("province", "city", "district")


@dataclass(frozen=True)
class TableRow:
    """One row of the table: names, or ``{region}`` templates when ``scope`` is levels."""

    predecessor: str
    successor: str
    date: str | None
    scope: tuple[str, ...]
    kind: str
    source: str

    @property
    def is_pattern(self) -> bool:
        return "{region}" in self.predecessor


def read_succession_table(path: Path = SUCCESSION_TABLE) -> list[TableRow]:
    """The rows of a succession table (``#`` lines are comments); a bad row is a KgError."""
    rows = []
    for i, raw in enumerate(read_csv(path), start=2):
        row = TableRow(raw.get("predecessor", "").strip(), raw.get("successor", "").strip(),
                       raw.get("date", "").strip() or None,
                       tuple(s.strip() for s in raw.get("scope", "").split("|") if s.strip()),
                       raw.get("kind", "").strip(), raw.get("source", "").strip())
        pattern = row.is_pattern, "{region}" in row.successor
        if not row.predecessor or not row.successor or row.kind not in KINDS or not row.scope \
                or pattern[0] != pattern[1] or (pattern[0] and not set(row.scope) <= set(_LEVELS)):
            raise KgError(f"{path}: row {i}: needs predecessor, successor, scope and a kind of "
                          f"{'|'.join(KINDS)}; {{region}} in both names or neither, with levels as scope")
        rows.append(row)
    return rows


@functools.cache
def shipped_table() -> tuple[TableRow, ...]:
    """The rows of kg/data/successions.csv, read once."""
    return tuple(read_succession_table())


def table_successions(unit_names: Iterable[str], unit_regions: Mapping[str, str | None], gazetteer: Gazetteer,
                      rows: Iterable[TableRow]) -> list[ReformEntry]:
    """The table's successions between units of ``unit_names`` (both ends must be there).

    A pattern row applies to a unit of a region of one of its levels: ``{region}`` is the
    region's name (宁波市市场监督管理局 → the 宁波市 rows); a named row applies as written.
    """
    names = set(unit_names)
    out: dict[tuple[str, str], ReformEntry] = {}
    patterns = [r for r in rows if r.is_pattern]
    for row in rows:
        if not row.is_pattern and row.predecessor in names and row.successor in names:
            out.setdefault((row.predecessor, row.successor),
                           ReformEntry(row.predecessor, row.successor, row.date, row.kind, row.source))
    regions = {r for r in unit_regions.values() if r}
    for region_name in sorted(regions):
        region = gazetteer.regions.get(region_name)
        if region is None:
            continue
        values = {"region": region.name}
        for row in patterns:
            if region.level not in row.scope:
                continue
            before, after = row.predecessor.format(**values), row.successor.format(**values)
            if before in names and after in names and before != after:
                out.setdefault((before, after), ReformEntry(before, after, row.date, row.kind, row.source))
    return sorted(out.values(), key=lambda e: (e.successor, e.predecessor))
