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


def test_runs_into_word_equals_the_test_of_every_cut() -> None:
    from kg import nlp

    def by_every_cut(text: str, start: int, end: int) -> bool:
        return any(text.endswith(h, start, end) and text.startswith(t, end) for h, t in nlp._WORD_CUTS)

    rng = random.Random(7)
    checked = hits = 0
    for text in real_texts():
        ends = [i + 1 for i, c in enumerate(text) if c in "局委办院部会厅所心司长"]  # where a unit name may end
        for end in rng.sample(ends, min(40, len(ends))):
            start = max(0, end - rng.choice((1, 2, 3, 8)))
            expected = by_every_cut(text, start, end)
            assert nlp._runs_into_word(text, start, end) == expected
            checked += 1
            hits += expected
    for text, start, end in [("宁波市科技局局长", 0, 6), ("中国科学院院士", 0, 5), ("市办公厅主办", 0, 4),
                             ("局长", 1, 1), ("某局", 0, 2)]:
        assert nlp._runs_into_word(text, start, end) == by_every_cut(text, start, end)
    assert checked > 5000 and hits > 20


@pytest.mark.parametrize("text", [
    "宁波市政府与大连理工大学举行签约仪式，温州市文化广电旅游局副局长出席",
    "宁波市江北区人民政府办公室和宁波市科技局局长、中国科学院院士",  # a place inside a place; a title after 局
    "宁波市召开大会。宁波片区下放部分权限，市经信局、区发改局",  # no unit ending; phrases without a region
    "宁波市一二三四五六七八九十甲乙丙丁戊己庚辛局",  # break characters inside
    "宁波市甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午局，宁波市甲乙丙丁戊己庚辛壬癸子丑寅局",  # longer than MAX_TOKENS, and not
    "哈尔滨工业大学宁波研究院、宁波舟山港集团有限公司",
    "",
])
def test_unit_spans_edge_cases(text: str) -> None:
    from kg import nlp

    assert nlp.unit_spans(text) == [(e.start_char, e.end_char) for e in nlp.annotate(text, titles=False).ents
                                    if e.label_ == "ORG"]


def test_unit_spans_equal_the_spacy_pipeline_on_real_text() -> None:
    from kg import nlp

    found = 0
    for text in real_texts():
        spans = nlp.unit_spans(text)
        assert spans == [(e.start_char, e.end_char) for e in nlp.annotate(text, titles=False).ents if e.label_ == "ORG"]
        found += len(spans)
    assert found > 1000


def test_gazetteer_clues_equal_the_scan_of_every_length() -> None:
    import re
    from collections import Counter

    from kg.gazetteer import _END_RE, _NOT_AFTER, _TEXT_MIN, get_gazetteer, norm
    from kg.patterns import is_traditional

    g = get_gazetteer()
    # the self-reference pattern as it was, its lookbehind before the level character
    self_re = re.compile(r"(?:[全我本]([省市区县州旗盟])(?![场区县级])|(?<![各省])([市区县州旗盟])(?:人民政府|政府|委(?!员)|人大))")

    def read(text: str) -> str:  # a text printed in traditional characters is read in simplified ones
        return norm(g.in_simplified(text) if is_traditional(text) else text)

    def places_in(text: str, limit: int = 12) -> tuple[str, ...]:  # every length, longest first
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        key, free = read(text), 0
        for m in _END_RE.finditer(key):
            end = m.end()
            if key[end:end + 1] in _NOT_AFTER:
                continue
            for size in range(min(g.max_name, end - free), _TEXT_MIN - 1, -1):
                regions = g.names.get(key[end - size:end])
                if regions and any(r.level in ("province", "city", "district") for r in regions):
                    counts[key[end - size:end]] += 1
                    first.setdefault(key[end - size:end], end - size)
                    free = end
                    break
        return tuple(sorted(counts, key=lambda s: (-counts[s], first[s]))[:limit])

    def self_reference(text: str) -> str | None:
        key = read(text)
        counts: Counter[str] = Counter()
        for m in self_re.finditer(key):
            at = m.start(1) if m.group(1) else m.start(2)
            if m.group(2) and any(key[at - k:at + 1] in g.names for k in range(1, min(at, g.max_name) + 1)):
                continue
            counts[m.group(1) or m.group(2)] += 1
        if not counts:
            return None
        (char, n), *rest = counts.most_common(2) + [("", 0)]
        return char if n > rest[0][1] else None

    found = 0
    for text in real_texts():
        window = text if len(text) <= 2600 else text[:2000] + "\n" + text[-600:]
        expected = (places_in(window), self_reference(window))
        assert g.clues(text) == expected
        assert g.places_in(window) == expected[0] and g.self_reference(window) == expected[1]
        found += bool(expected[0])
    assert found > 200


def test_longest_opening_equals_the_scan_of_every_length() -> None:
    from kg.gazetteer import get_gazetteer, norm

    g = get_gazetteer()

    def longest(text: str, levels: tuple[str, ...]):  # every length, longest first, each normalised
        for size in range(min(g.max_name, len(text)), 1, -1):
            key = norm(text[:size])
            regions = [r for r in g.names.get(key, []) + g.local_shorts.get(key, []) if r.level in levels]
            if regions:
                return size, key, regions
        return None

    rng = random.Random(3)
    hits = 0
    openings = ["枣阳市化工园区", "焦作高新区", "沁阳", "新疆生产建设兵团", "宁波 市", "ＡＢ市", "江北区（宁波）"]
    for text in real_texts():
        ends = [m for m in range(len(text)) if text[m] in "省市县区"]
        openings += [text[max(0, e - rng.randrange(2, 8)):e + 12] for e in rng.sample(ends, min(15, len(ends)))]
    for text in openings:
        for levels in (("city", "district"), ("province", "city", "district")):
            expected = longest(text, levels)
            assert g.longest_opening(text, levels) == expected
            hits += expected is not None
    assert hits > 500


def test_name_start_equals_the_walk_back_over_name_characters() -> None:
    from kg.extract import names
    from kg.gazetteer import get_gazetteer

    def walked(text: str, end: int, floor: int = 0) -> int:
        start = end
        while start > floor and names._is_name_char(text[start - 1]):
            start -= 1
        cut = start
        for m in names._LEFT_STOP_RE.finditer(text, start, end):
            if m.end() <= end:
                cut = max(cut, m.end())
        while cut < end and text[cut] in "）)":
            cut += 1
        depth = 0
        for i in range(cut, end):
            if text[i] in "（(":
                depth += 1
            elif text[i] in "）)":
                if depth == 0:
                    cut = i + 1
                depth = max(0, depth - 1)
        # the one rule past the walk: two places joined by a hyphen open the name (成都-阿坝工业园), as _name_start reads it
        if cut == start and cut - 3 >= floor and text[cut - 1] in names._PLACE_HYPHENS and names._is_name_char(text[cut - 2]):
            before = walked(text, cut - 1, floor)
            if cut - 1 - before >= 2 and names._all_places(text[before : cut - 1]) and get_gazetteer().longest_opening(
                    text[cut:end], ("province", *names._THROUGH_LEVELS)) is not None:
                return before
        return cut

    rng = random.Random(5)
    checked = 0
    for text in real_texts():
        ends = [m.start() for m in names.PARK_END_RE.finditer(text)] + [rng.randrange(len(text)) for _ in range(10)]
        for end in ends:
            floor = rng.choice((0, max(0, end - rng.randrange(1, 200))))
            assert names._name_start(text, end, floor) == walked(text, end, floor)
            checked += 1
    long_run = "宁波" * 100 + "经济技术开发区"  # a run of name characters longer than a piece
    for text, end, floor in [(long_run, len(long_run), 0), (long_run, len(long_run), 70), ("，甲乙园区", 5, 0),
                             ("", 0, 0), ("甲", 1, 1), ("A（宁波）园区", 7, 0)]:
        assert names._name_start(text, end, floor) == walked(text, end, floor)
    assert checked > 3000


def test_part_headings_found_from_their_first_characters_as_finditer_finds_them() -> None:
    from kg.extract import tasks
    from kg.patterns import finditer_from

    found = 0
    extra = ["一、县示范区管委会牵头工作（8项）\n  （二）常务副市长王某牵头的工作\n责任分解 一、王丹县长牵头重点工作 1.全县",
             "\u3000\u3000三、\t市发改委负责的重点任务\n十、", "进一步（一）", "第一、二"]
    for text in [*real_texts(), *extra]:
        for regex in (tasks._PART_HEADING_RE, tasks._PART_UNIT_RE, tasks._PART_OFFICIAL_RE):
            spans = [m.span() for m in regex.finditer(text)]
            assert [m.span() for m in finditer_from(tasks._PART_START_RE, regex, text)] == spans
            found += len(spans)
    assert found > 200
