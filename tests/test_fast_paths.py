"""Fast paths equal the plain code they replaced, on the real corpus's own text.

Each speed change of extraction keeps the slow, obvious form here as the reference and
checks that the fast one gives the same answer on every real text (and on the edge cases
that tell them apart), so a later edit to either side that changes a result fails here.
Byte-for-byte equality of whole facts files is checked by ``python -m bench.identity``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

from kg.extract import lists
from kg.extract.lists import Item, split_items

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ("tests/data/real", "tests/data/shared/realdev", "tests/data/shared/realdev2", "seeds")


@cache
def real_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for d in CORPUS for p in sorted((ROOT / d).rglob("*.txt")))


def split_items_by_character(text: str, start: int = 0, end: int | None = None, *, spaces: bool = False,
                             lines: bool = False, conjunctions: Sequence[str] = ()) -> list[Item]:
    """split_items as it was: a walk over every character."""
    end = len(text) if end is None else end
    cuts: list[tuple[int, int]] = []
    depth = 0
    i = start
    conj = sorted(conjunctions, key=len, reverse=True)
    while i < end:
        c = text[i]
        if c in lists._OPEN:
            depth += 1
        elif c in lists._CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if c in lists.SEPARATORS or (lines and c == "\n"):
                cuts.append((i, i + 1))
            elif spaces and c in lists._SPACES:
                j = i
                while j < end and text[j] in lists._SPACES:
                    j += 1
                cuts.append((i, j))
                i = j
                continue
            else:
                word = next((w for w in conj if text.startswith(w, i)), None)
                if word is not None:
                    cuts.append((i, i + len(word)))
                    i += len(word)
                    continue
        i += 1
    pieces: list[tuple[int, int]] = []
    pos = start
    for a, b in cuts + [(end, end)]:
        pieces.append((pos, a))
        pos = b
    if spaces:
        pieces = lists._join_padded(text, pieces)
    items = []
    for a, b in pieces:
        if lines and (m := lists._MARKER_RE.match(text, a, b)):
            a = m.end()
        a, b = lists._trim(text, a, b)
        if a < b:
            items.append(Item(text[a:b], a, b))
    return items


OPTIONS = [dict(), dict(spaces=True), dict(lines=True), dict(conjunctions=("和", "及")),
           dict(spaces=True, lines=True, conjunctions=lists.CONJUNCTIONS), dict(conjunctions=("以及", "及"))]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(f"{k}" for k in o) or "plain")
def test_split_items_equals_the_character_walk_on_real_text(options: dict) -> None:
    rng = random.Random(21)
    spans = 0
    for text in real_texts():
        for _ in range(20):  # random windows, many ending inside a word, a bracket or a run of spaces
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.choice((3, 10, 40, 200)))
            assert split_items(text, a, b, **options) == split_items_by_character(text, a, b, **options)
            spans += 1
    assert spans > 5000


@pytest.mark.parametrize(("text", "start", "end", "options"), [
    ("甲、乙以及丙", 0, 4, dict(conjunctions=("以及",))),  # a conjunction that runs past the end
    ("甲（乙、丙）丁、戊", 0, None, dict()),  # no cut inside brackets
    ("甲）、乙（丙", 0, None, dict()),  # an unmatched bracket
    ("副组长：张某  李某 \u3000王某", 4, None, dict(spaces=True)),
    ("冯 镭、王 五", 0, None, dict(spaces=True)),  # one character padded out
    ("1. 甲\n2. 乙\n（三）丙", 0, None, dict(lines=True)),
    ("甲和乙及丙", 0, None, dict(conjunctions=("和", "及"))),
    ("甲  ", 0, 2, dict(spaces=True)),  # a run of spaces cut at the end
])
def test_split_items_edge_cases(text: str, start: int, end: int | None, options: dict) -> None:
    assert split_items(text, start, end, **options) == split_items_by_character(text, start, end, **options)
