"""The appointments bank: real sentences from public web pages, read by the public pipeline.

tests/data/constructions/appointments.tsv holds one sentence a row, harvested from stored
public pages (never from a corpus file's source), with the Appointments it states (its header
says the form). Each row is one test: every expected record must be read, and a negative row
(expected ``-``) must give none. A row the extractor misses today is ``xfail(strict=True)``
with the construction named, so it turns red the day the construction is read.

``python tests/test_appointment_bank.py`` prints the bank's recall and precision and the
misses, the number a change to the appointment grammar is measured by.
"""

from __future__ import annotations

import csv
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest
from pipeline_records import records_read

from kg.records import Appointment

BANK = Path(__file__).parent / "data" / "constructions" / "appointments.tsv"

Record = tuple[str, str, str, str, str]


class BankRow(NamedTuple):
    """One harvested sentence and the records it states (none for a negative row)."""

    line: int
    construction: str
    url: str
    sentence: str
    expected: tuple[Record, ...]


def _record(text: str) -> Record:
    person, action, org, position, kind = text.split("|")
    return person, action, org, position, kind


@cache
def bank() -> tuple[BankRow, ...]:
    """The bank's rows, in file order."""
    with BANK.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#")]
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for (n, _), fields in zip(lines[1:], list(reader)[1:], strict=True):
        construction, url, sentence, expected = fields
        records = () if expected == "-" else tuple(_record(e) for e in expected.split(" ; "))
        rows.append(BankRow(n, construction, url, sentence.replace("\\n", "\n"), records))
    return tuple(rows)


def read(sentence: str) -> set[Record]:
    """The Appointments the public pipeline reads from one sentence, evidence checked on the way."""
    return {(r.person, r.action, r.organization or "", r.position, r.kind)
            for r in records_read(sentence, "bank.txt", Appointment)}


def matches(expected: Record, got: Record) -> bool:
    """A read record answers an expected one when all fields agree; an expected ``*`` unit takes any."""
    return all(e == g for i, (e, g) in enumerate(zip(expected, got, strict=True)) if not (i == 2 and e == "*"))


def judge(row: BankRow) -> tuple[list[Record], list[Record]]:
    """The row's expected records not read, and the records read that no expected one answers."""
    got = read(row.sentence)
    missing = [e for e in row.expected if not any(matches(e, g) for g in got)]
    extra = [g for g in got if not any(matches(e, g) for e in row.expected)]
    return missing, extra


#: Rows the extractor misses today (line in the bank → the construction it does not read).
KNOWN_MISSES: dict[int, str] = {
    10: "以N票全數通過,當選X: a comma between the votes and 当选",
    30: "post由[title]A兼任 (办公室主任由民政部部长李纪恒兼任) is not read",
    41: "a second list in the clause after ; with no trigger (市政府法律顾问助理是…黄武律师)",
    50: "选出<description>A为X: words describing the person before the name",
}


def _param(row: BankRow) -> object:
    reason = KNOWN_MISSES.get(row.line)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(row, id=f"{row.line}-{row.construction}", marks=marks)


def test_bank_is_well_formed() -> None:
    """Every row has a url and a sentence; positive rows state records of the five fields, and
    the bank keeps breadth: at least 60 sentences from at least 15 sites, some negative."""
    rows = bank()
    assert len(rows) >= 60 and len({r.url.split("/")[2] for r in rows}) >= 15
    assert any(not r.expected for r in rows)
    for row in rows:
        assert row.url.startswith("http") and row.sentence, row.line
        for e in row.expected:
            assert e[1] in ("appoint", "remove") and all(e), (row.line, e)
    assert set(KNOWN_MISSES) <= {r.line for r in rows}


@pytest.mark.parametrize("row", [_param(r) for r in bank()])
def test_bank_row(row: BankRow) -> None:
    """The sentence's records are read, and nothing it does not state."""
    missing, extra = judge(row)
    assert not missing and not extra, f"missing {missing}; extra {extra}"


def main() -> None:
    """Print the bank's recall and precision, and each row that falls short."""
    tp = fn = fp = 0
    for row in bank():
        missing, extra = judge(row)
        tp += len(row.expected) - len(missing)
        fn += len(missing)
        fp += len(extra)
        if missing or extra:
            print(f"{row.line} {row.construction}: missing {missing} extra {extra}")
    rows = bank()
    print(f"rows {len(rows)} (negative {sum(not r.expected for r in rows)}), records {tp + fn}")
    print(f"recall {tp / (tp + fn):.3f}  precision {tp / max(tp + fp, 1):.3f}  (tp {tp} fn {fn} fp {fp})")
    print(f"rows fully read {sum(not any(judge(r)) for r in rows)}/{len(rows)}")


if __name__ == "__main__":
    sys.exit(main())
