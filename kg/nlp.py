"""The spaCy layer: a blank Chinese pipeline whose entity rulers are built from the project's data.

Where it earns its place: the units a *news article or chronicle* names in running
prose (宁波市政府与大连理工大学…), texts with no task or appointment syntax for a
regex to anchor on. Official documents stay on the compiled regexes of
``kg.extract``; spaCy (about half a second to import) is loaded only when the first
article is read.

The ruler's patterns are not re-spelled here; they come from ``kg/data/*.csv``
through :class:`kg.gazetteer.Gazetteer` and from the word tables of :mod:`kg.patterns`:

- ORG, phrases: every curated alias and canonical name (unit_aliases.csv), and every
  level character + body name of the abbreviation rules (市经信局, 区发改局, 市政府);
- ORG, tokens: a region name (regions.csv) + name characters + a unit
  suffix (:data:`kg.patterns.UNIT_SUFFIXES`): 温州市文化广电旅游局, 宁波市政府;
- ORG, tokens: the same with 大学/学院 (哈尔滨工业大学, 大连理工大学);
- TITLE: :data:`kg.patterns.OFFICIAL_TITLES`; GPE: region names and aliases.

Three rulers run: places (GPE), then units, which read the GPE tags of the places
and replace a place by the longer unit around it (宁波市 → 宁波市政府), then titles,
which keep what is already found. Among units the longest match wins (the units step
is a SpanRuler writing doc.ents, because its filter checks each match; see _unit_filter).
Tokens are single characters; :func:`make_doc` builds them directly (about four
times faster than the zh tokenizer's own char segmentation), so a token's
``idx`` is its offset in the text.

Extraction calls :func:`unit_spans`, which runs the places and units steps on the
characters themselves, with the same rules, and imports no spaCy: building a Token object
per character was most of the unit mentions' time. The pipeline stays as the reference it
is checked against (tests/test_fast_paths.py) and for :func:`annotate`'s TITLE entities.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.gazetteer import get_gazetteer
from kg.patterns import NOT_IN_NAME, OFFICIAL_TITLES, UNIT_SUFFIXES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Endings of universities, read after a region like a body (大连理工大学, 浙江大学).
UNIVERSITY_SUFFIXES = ("大学", "学院")
#: Level characters that stand for "this region" before a body name (市经信局).
LEVEL_CHARS = ("市", "区", "县", "省")
#: Characters that never sit inside a unit name in prose: particles, conjunctions,
#: prepositions, numerals and the verbs that introduce a partner (与, 联合, 依托 …):
#: a region + body name never runs across one (宁波市政府与大连理工大学 is two names).
BREAK_CHARS = frozenset(NOT_IN_NAME) | frozenset("同向对把被将从于以并或由为和及托携合共召举签署表示一二三四五六七八九十两个")
#: Longest unit name read by a generic pattern (region + name characters + suffix).
MAX_TOKENS = 18
#: Key of a Doc's own text in its ``user_data`` (see :func:`make_doc`).
_TEXT = "kg.text"
#: Pattern id of the region + body pattern, whose matches the filter checks.
_GENERIC = "region_body"
#: What a region + body name may end with.
UNIT_ENDINGS = tuple(sorted(set(UNIT_SUFFIXES) | set(UNIVERSITY_SUFFIXES)))
#: Words that start on a suffix's last character, so the name ends before it:
#: 宁波市科技局局长, 中国科学院院士, 办公厅主办, 集体所有, 下放部分.
_NOT_A_NAME_END = (*OFFICIAL_TITLES, "院士", "院校", "主办", "承办", "办理", "办法", "所有", "所在", "所属",
                   "部分", "部署", "局面", "委托", "中心城")
_WORD_CUTS = tuple((w[:i], w[i:]) for w in _NOT_A_NAME_END for i in range(1, len(w) + 1))
#: The same cuts by their head (what the name would end with), and the heads' lengths, longest first.
_TAILS_OF_HEAD: dict[str, tuple[str, ...]] = {
    head: tuple(dict.fromkeys(t for h, t in _WORD_CUTS if h == head)) for head, _ in _WORD_CUTS}
_HEAD_SIZES = tuple(sorted({len(head) for head in _TAILS_OF_HEAD}, reverse=True))


def known_unit_names() -> list[str]:
    """Unit names the data tables spell out: curated aliases and canonical names, and
    every level character + body name of the abbreviation rules."""
    tables = get_gazetteer()
    names = {key for key in tables.aliases if "{" not in key}
    names |= {row.canonical for rows in tables.aliases.values() for row in rows if "{" not in row.canonical}
    bodies = [short for short in tables.rules if len(short) >= 2]
    names |= {char + body for char in LEVEL_CHARS for body in bodies}
    return sorted(n for n in names if len(n) >= 3)


def region_names() -> list[str]:
    """Every division's name and alias, and the short names of provinces, cities and
    zones (宁波市, 宁波, 鄞州区, 宁波高新区 …): the gazetteer's region names."""
    tables = get_gazetteer()
    return sorted(n for n in tables.names if len(n) >= 2)


def _unit_token_patterns() -> list[dict[str, Any]]:
    """One pattern: a region (its tokens already tagged GPE) + name characters + the last
    character of a unit suffix.

    The Matcher's cost grows with the number of patterns at every token (about 2 ms per
    pattern per 10k characters; one pattern per suffix and region ran at 4k chars/s),
    so a match may end at any suffix's last character and :func:`_unit_filter` keeps
    those that end with a whole suffix (宁波市召开大会 ends in 会 but in no suffix).
    Names without a region in front (吉利集团) are read only when the tables know them:
    a pattern starting at every break character cost twice the rest of the pipeline."""
    name = {"IS_ALPHA": True, "TEXT": {"NOT_IN": sorted(BREAK_CHARS)}}
    unit_ends = sorted({s[-1] for s in UNIT_ENDINGS})
    # the region from its first token only (ENT_IOB B): 波市X局 is not a second match;
    # "*" with the length checked later: {0,10} ran eight times slower
    return [{"label": "ORG", "id": _GENERIC, "pattern": [
        {"ENT_TYPE": "GPE", "ENT_IOB": "B"}, {"ENT_TYPE": "GPE", "ENT_IOB": "I", "OP": "*"},
        {**name, "OP": "*"}, {"TEXT": {"IN": unit_ends}}]}]


def _runs_into_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends inside or with one of :data:`_NOT_A_NAME_END` (a word's
    head ends the span and its tail follows: a lookup per head length, not a test per cut)."""
    for size in _HEAD_SIZES:
        if size <= end - start and (tails := _TAILS_OF_HEAD.get(text[end - size:end])) is not None \
                and any(text.startswith(tail, end) for tail in tails):
            return True
    return False


def _unit_filter(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """New unit spans overwrite the places inside them, longest first; a region + body
    match must end with a whole suffix, not run into a title, and fit in MAX_TOKENS."""
    from spacy.pipeline.span_ruler import prioritize_new_ents_filter

    kept = []
    text = ""  # Doc.text is rebuilt from a Token object per character on every access: read it once
    for span in spans:
        text = text or span.doc.user_data.get(_TEXT) or span.doc.text
        # 宁波市科技局局长: the last 局 opens a title; the name ends before it
        if span.id_ == _GENERIC and (not text.endswith(UNIT_ENDINGS, span.start_char, span.end_char)
                                     or _runs_into_word(text, span.start_char, span.end_char)):
            continue
        if len(span) <= MAX_TOKENS:
            kept.append(span)
    return prioritize_new_ents_filter(entities, kept)


@functools.cache
def build_pipeline() -> Language:
    """The blank zh pipeline: places, then units, then titles; built once per process."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    places = nlp.add_pipe("entity_ruler", name="places", config={"phrase_matcher_attr": "ORTH"})
    places.add_patterns([{"label": "GPE", "pattern": r} for r in region_names()])  # type: ignore[attr-defined]
    units = nlp.add_pipe("span_ruler", name="units",
                         config={"phrase_matcher_attr": "ORTH", "annotate_ents": True, "spans_key": None,
                                 "overwrite": False})
    units.ents_filter = _unit_filter  # type: ignore[attr-defined]
    units.add_patterns([{"label": "ORG", "pattern": name} for name in known_unit_names()]  # type: ignore[attr-defined]
                       + _unit_token_patterns())
    titles = nlp.add_pipe("entity_ruler", name="titles",
                          config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    titles.add_patterns([{"label": "TITLE", "pattern": t} for t in sorted(set(OFFICIAL_TITLES))])  # type: ignore[attr-defined]
    return nlp


@dataclass(frozen=True)
class _Phrases:
    """A ruler's phrases as a set, the lengths each two-character opening starts (every phrase has
    two characters or more), and a class of their first characters, which ``finditer`` skips to in C."""

    names: frozenset[str]
    lengths: dict[str, tuple[int, ...]]
    finder: re.Pattern[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> _Phrases:
        lengths: dict[str, set[int]] = {}
        for name in names:
            assert len(name) >= 2 and not any(c.isspace() for c in name), name  # one token per character
            lengths.setdefault(name[:2], set()).add(len(name))
        firsts = "".join(sorted({head[0] for head in lengths}))
        return cls(frozenset(names), {head: tuple(sorted(sizes)) for head, sizes in lengths.items()},
                   re.compile(f"[{re.escape(firsts)}]"))

    def find(self, text: str) -> list[tuple[int, int]]:
        """Every (start, end) where ``text`` holds a phrase, overlapping ones too (a PhraseMatcher's matches)."""
        found: list[tuple[int, int]] = []
        get, names, size = self.lengths.get, self.names, len(text)
        for m in self.finder.finditer(text):
            i = m.start()
            sizes = get(text[i:i + 2])
            if sizes is not None:  # a slice past the text's end is cut short: that is no match
                found += [(i, i + n) for n in sizes if i + n <= size and text[i:i + n] in names]
        return found


@functools.cache
def _rulers() -> tuple[_Phrases, _Phrases, frozenset[str]]:
    """Places, known units, and the last characters of the unit endings (what :func:`unit_spans` reads)."""
    return _Phrases.of(region_names()), _Phrases.of(known_unit_names()), frozenset(s[-1] for s in UNIT_ENDINGS)


def unit_spans(text: str) -> list[tuple[int, int]]:
    """The ORG entities :func:`annotate` finds in ``text`` (offsets, in text order), without spaCy.

    The same three steps on characters instead of a Doc of one token per character (whose Token
    objects were most of the cost): places are the region names' matches, longest first, then
    earliest, each kept unless an end of it lies in one kept before (the EntityRuler's rule);
    units are the known names' matches and every region + body match (a place's first character,
    the rest of that place, name characters, a unit ending's last character: each end the token
    Matcher's ``*`` allows), kept by :func:`_unit_filter`'s tests, then longest first, then
    earliest, each kept unless it overlaps one kept before (``prioritize_new_ents_filter``).
    tests/test_fast_paths.py checks it against :func:`annotate` on every real text."""
    regions, units, unit_ends = _rulers()
    places = sorted(regions.find(text), key=lambda m: (m[0] - m[1], m[0]))
    taken = bytearray(len(text) + 1)
    place_ends: list[tuple[int, int]] = []
    for start, end in places:
        if not taken[start] and not taken[end - 1]:
            place_ends.append((start, end))
            taken[start:end] = b"\x01" * (end - start)
    spans = {(s, e) for s, e in units.find(text) if e - s <= MAX_TOKENS}
    limit = len(text)
    for start, place_end in place_ends:
        for at in range(start + 1, min(limit, start + MAX_TOKENS)):
            char = text[at]
            if char in unit_ends and (text.endswith(UNIT_ENDINGS, start, at + 1)
                                      and not _runs_into_word(text, start, at + 1)):
                spans.add((start, at + 1))
            if at >= place_end and not (char.isalpha() and char not in BREAK_CHARS):
                break
    kept: list[tuple[int, int]] = []
    used = bytearray(len(text) + 1)
    for start, end in sorted(spans, key=lambda m: (m[0] - m[1], m[0])):
        if not any(used[start:end]):
            kept.append((start, end))
            used[start:end] = b"\x01" * (end - start)
    return sorted(kept)


def make_doc(text: str) -> Doc:
    """A Doc of one token per character (whitespace included), so offsets are exact;
    it keeps ``text`` in its user data, since ``Doc.text`` rebuilds it token by token."""
    from spacy.tokens import Doc

    nlp = build_pipeline()
    doc = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    doc.user_data[_TEXT] = text
    return doc


def annotate(text: str, *, titles: bool = True) -> Doc:
    """``text`` with its ORG, GPE and (unless ``titles`` is false: the unit extractor
    does not need them) TITLE entities."""
    nlp = build_pipeline()
    return nlp(make_doc(text), disable=() if titles else ("titles",))
