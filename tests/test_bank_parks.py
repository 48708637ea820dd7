"""The parks bank: real sentences naming parks, from public pages no gold batch was built from.

tests/data/constructions/parks.tsv holds one passage a row (its header says the columns). Each row
runs through the public pipeline (kg.read.segment.segment → kg.extract.extract_document, with the
places the gazetteer finds in the text, as kg.pipeline gives them) and must read exactly the parks
the row expects: every expected name, no name outside the expected and optional ones, and the host
where the row states one. A row the extractor misses today is a strict xfail with its reason, so it
turns red the day the construction is read.

`python tests/test_bank_parks.py` prints the bank's recall, precision and host accuracy, the
numbers a change to the parks grammar is measured by; test_bank_scores keeps them from falling.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from pipeline_records import records_read

from kg.records import Park

DATA = Path(__file__).parent / "data"
BANK = DATA / "constructions" / "parks.tsv"
#: A line put before each passage, so that a passage is read as a page's body, not as its title line.
LEAD = "摘录\n"

#: Floors of the bank's scores (raise them when the bank's numbers rise).
MIN_RECALL = 0.78
MIN_PRECISION = 0.93


class Row(NamedTuple):
    """One passage of the bank and the parks it names."""

    line: int
    construction: str
    url: str
    passage: str
    expected: dict[str, str | None]  # name → host the park must carry (None: any)
    optional: frozenset[str]
    status: str

    @property
    def id(self) -> str:
        return f"{self.line}-{self.construction}"


def _expected(cell: str) -> tuple[dict[str, str | None], frozenset[str]]:
    if cell == "-":
        return {}, frozenset()
    want: dict[str, str | None] = {}
    optional = set()
    for item in cell.split(" ; "):
        if item.startswith("?"):
            optional.add(item[1:])
            continue
        name, _, host = item.partition("@")
        want[name] = host or None
    return want, frozenset(optional)


@cache
def rows() -> tuple[Row, ...]:
    out = []
    for n, line in enumerate(BANK.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        construction, url, passage, expected, status = line.split("\t")
        want, optional = _expected(expected)
        out.append(Row(n, construction, url, passage.replace("\\n", "\n"), want, optional, status))
    return tuple(out)


def read_parks(row: Row) -> list[Park]:
    """The parks the pipeline reads from a row's passage; each one's quote is its text's slice."""
    return records_read(LEAD + row.passage, f"parks_bank_{row.line}.txt", Park)


def _tally(row: Row) -> dict[str, int]:
    parks = read_parks(row)
    names = {p.name for p in parks}
    hosts: dict[str, set[str | None]] = {}
    for p in parks:
        hosts.setdefault(p.name, set()).add(p.host)
    found = [n for n in row.expected if n in names]
    hosted = [n for n in found if row.expected[n] is not None]
    return {
        "expected": len(row.expected),
        "found": len(found),
        "read": len(names - row.optional),
        "wrong": len(names - row.optional - set(row.expected)),
        "hosts": len(hosted),
        "hosts_right": sum(row.expected[n] in hosts[n] for n in hosted),
    }


def bank_scores() -> dict[str, float]:
    """Recall, precision and host accuracy of the whole bank."""
    total: dict[str, int] = {}
    for row in rows():
        for k, v in _tally(row).items():
            total[k] = total.get(k, 0) + v
    right = total["read"] - total["wrong"]
    return {
        "rows": len(rows()),
        "expected": total["expected"],
        "recall": total["found"] / total["expected"],
        "precision": right / total["read"] if total["read"] else 1.0,
        "host_acc": total["hosts_right"] / total["hosts"] if total["hosts"] else 1.0,
        "rows_exact": sum(_row_exact(r) for r in rows()) / len(rows()),
    }


def _row_exact(row: Row) -> bool:
    t = _tally(row)
    return t["found"] == t["expected"] and t["wrong"] == 0 and t["hosts_right"] == t["hosts"]


def test_bank_is_well_formed() -> None:
    """≥ 60 passages from ≥ 15 sites, negatives among them, and no page a gold batch was built from."""
    bank = rows()
    assert len(bank) >= 60
    assert len({r.url.split("/")[2] for r in bank}) >= 15
    assert sum(not r.expected and not r.optional for r in bank) >= 10
    sources = "".join(p.read_text(encoding="utf-8") for p in [
        *(DATA / "real").glob("SOURCES*.md"), *(DATA / "shared").glob("realdev*/SOURCES.md")])
    for r in bank:
        assert r.url.startswith("http"), r.id
        assert re.sub(r"^https?://", "", r.url) not in sources, (r.id, "a gold batch's source")
        assert r.status == "pass" or r.status.startswith("xfail: "), r.id


def _param(row: Row) -> Any:
    if row.status.startswith("xfail: "):
        return pytest.param(row, id=row.id, marks=pytest.mark.xfail(strict=True, reason=row.status[7:]))
    return pytest.param(row, id=row.id)


@pytest.mark.parametrize("row", [_param(r) for r in rows()])
def test_bank_row(row: Row) -> None:
    parks = read_parks(row)
    names = {p.name for p in parks}
    assert set(row.expected) <= names, sorted(set(row.expected) - names)
    assert names <= set(row.expected) | row.optional, sorted(names - set(row.expected) - row.optional)
    for p in parks:
        if row.expected.get(p.name) is not None:
            assert p.host == row.expected[p.name], (p.name, p.host)


def test_bank_scores() -> None:
    scores = bank_scores()
    assert scores["recall"] >= MIN_RECALL
    assert scores["precision"] >= MIN_PRECISION


if __name__ == "__main__":
    scores = bank_scores()
    print("  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in scores.items()))
    if "-v" in sys.argv:
        for row in rows():
            if not _row_exact(row):
                got = sorted((p.name, p.host) for p in read_parks(row))
                print(f"{row.id}: want {sorted(row.expected.items())} opt {sorted(row.optional)}\n    got {got}")
