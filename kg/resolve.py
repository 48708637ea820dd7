"""Names → entities: canonical Units, Officials and their tenures.

Researchers count entities, so 市经信局, 宁波市经济和信息化局 and 市经济和信息化局 must
be one Unit, and 区发改局 in a 鄞州区 plan must be 鄞州区发展和改革局, not a city bureau.
A surface name is read in the *scope* of the government that issued its document
(宁波市人民政府 → 宁波市; 宁波市鄞州区人民政府办公室 → 鄞州区, inside 宁波市).

Everything that names bodies is data in ``kg/data/`` so that a new city needs no code:

- ``regions.csv``: provinces, cities, districts and zones, with short names and the
  prefix of their document numbers (甬 → 宁波市);
- ``abbreviations.csv``: short name → full body name (经信局 → 经济和信息化局), applied
  after a region prefix (宁波市经信局, 市经信局, 区委统战部);
- ``unit_aliases.csv``: curated whole names the rules cannot derive (companies, zones,
  national bodies), columns ``alias, canonical, scope, level, kind``;
- ``unit_patterns.csv``: collective names (各相关金融机构 is many bodies, never one),
  street/town expansions and the kind of a body by its name.

Users add their own CSV files in the same two formats (a header ``alias,canonical,...``
for names, ``short,full,kind`` for rules) through ``resolve_facts(facts,
extra_aliases=[path, ...])`` or the ``KG_ALIASES`` environment variable (paths joined by
``os.pathsep``); their rows win over the shipped ones.

A name is never guessed: what the tables and rules cannot read stays as written, becomes
its own Unit with level ``other`` and ``resolution: unresolved``, and is listed by
:func:`unresolved_report` (``kg stats --unresolved``).

>>> facts = {"documents": [{"id": "d1", "issuer": "宁波市鄞州区人民政府办公室"}],
...          "projects": [{"doc_id": "d1", "lead_units": ["区发改局"], "cooperating_units": []}]}
>>> resolve_facts(facts)["projects"][0]["resolved"]
{'区发改局': '鄞州区发展和改革局'}
"""

from __future__ import annotations

import copy
import csv
import io
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.patterns import LIST_TAIL_RE

Facts = dict[str, Any]
PathLike = str | os.PathLike[str]

DATA_DIR = Path(__file__).resolve().parent / "data"
#: Environment variable with extra alias/rule CSV files, joined by os.pathsep.
ALIASES_ENV = "KG_ALIASES"

#: Fields that name units, per facts section.
UNIT_FIELDS: dict[str, tuple[str, ...]] = {
    "documents": ("issuer",),
    "articles": ("issuer",),
    "task_assignments": ("lead_units", "cooperating_units"),
    "projects": ("lead_units", "cooperating_units"),
    "appointments": ("organization",),
    "agreements": ("parties",),
    "officials_mentioned": ("affiliation",),
    "unit_mentions": ("name",),
}
#: Fields that name regions (Region nodes, not Units).
REGION_FIELDS: dict[str, tuple[str, ...]] = {"parks": ("host",)}

#: How a name was resolved, best first; ``units[].resolution`` holds one of these.
RESOLUTIONS = ("alias", "rule", "full name", "region", "prefix only", "collective", "unresolved")
_RANK = {name: i for i, name in enumerate(RESOLUTIONS)}
_LEVEL_RANK = {"national": 0, "province": 1, "city": 2, "district": 3}
#: Level characters of an abbreviated name (市经信局) and the region suffixes they point at.
_LEVEL_CHARS = {"省": ("省",), "市": ("市",), "区": ("区",), "县": ("县",)}
_CJK = "\u4e00-\u9fff"
#: A region name not in regions.csv (赣州市, 某某县): used only for issuers and scopes.
_GENERIC_REGION_RE = re.compile(rf"[{_CJK}]{{2,5}}?(?:自治区|自治州|省|市|区|县)")
_ISSUER_TAIL_RE = re.compile(r"(?:人民政府|政府|委员会|委|办公厅|办公室|人大|政协|党委)")
_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")
#: Endings that make a name a complete, formal name on their own.
_FORMAL_END_RE = re.compile(
    r"(?:管理委员会|有限公司|有限责任公司|大学|学院|研究院|研究所|科学院|工程院|基金会|人民政府|办事处"
    r"|联合社|学校|医院|人民法院|人民检察院|中心支行|分行|监管局|监管分局|海关)$"
)
#: Beginnings of formal names of national bodies and their branches (国家税务总局宁波市税务局).
_FORMAL_START_RE = re.compile(
    r"(?:中华人民共和国|中国人民银行|国家税务总局|中国银行保险监督管理委员会|中国证券监督管理委员会|国网|国务院)."
)
_PARTY_LEAD_RE = re.compile(r"^(?:中国共产党|中共)")
_TRAILING_NOTE_RE = re.compile(r"^(.+?)\([^()]*\)$")  # on the NFKC form: brackets are half-width
#: Endings of a government body (after a region prefix: 市城市开发前期中心).
_BODY_END_RE = re.compile(
    r"(?:局|厅|部|委|委员会|办公室|办公厅|办|中心|署|院|所|会|站|队|处|社|组|馆|集团|公司)$"
)


def norm(text: str | None) -> str:
    """The comparison form of a name: NFKC (full-width → half-width), no whitespace."""
    if not text:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


# --------------------------------------------------------------------------- tables


def _read_csv(source: PathLike) -> list[dict[str, str]]:
    """Rows of a CSV table; lines starting with ``#`` are comments."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read alias table ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: alias table is not UTF-8") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


@dataclass(frozen=True)
class Region:
    """A place that issues documents: 宁波市 (city), 鄞州区 (district), 浙江省 (province)."""

    name: str
    short: str
    level: str
    parent: str | None
    aliases: tuple[str, ...] = ()
    doc_prefix: str | None = None


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
        endings = _LEVEL_CHARS[char]
        for region in reversed(self.chain):
            if region.level != "zone" and region.name.endswith(endings):
                return region
        return None

    def at_level(self, level: str) -> Region | None:
        for region in reversed(self.chain):
            if region.level == level:
                return region
        return None


@dataclass(frozen=True)
class Resolution:
    """What a surface name means in one scope."""

    canonical: str
    level: str
    kind: str
    resolution: str  # one of RESOLUTIONS


@dataclass(frozen=True)
class _AliasRow:
    canonical: str
    scope: str
    level: str
    kind: str


@dataclass(frozen=True)
class _Rule:
    template: str
    kind: str


def _short_of(name: str) -> str:
    for suffix in ("自治区", "自治州", "省", "市", "区", "县"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _extra_paths(extra: PathLike | Iterable[PathLike] | None) -> list[Path]:
    paths: list[Path] = []
    env = os.environ.get(ALIASES_ENV, "")
    paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    if isinstance(extra, (str, os.PathLike)):
        paths.append(Path(extra))
    elif extra is not None:
        paths += [Path(p) for p in extra]
    return paths


@dataclass
class Tables:
    """The shipped data tables plus any user tables, compiled for matching."""

    regions: dict[str, Region] = field(default_factory=dict)
    rules: dict[str, _Rule] = field(default_factory=dict)
    aliases: dict[str, list[_AliasRow]] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, extra: PathLike | Iterable[PathLike] | None = None) -> Tables:
        tables = cls()
        for row in _read_csv(DATA_DIR / "regions.csv"):
            aliases = tuple(a for a in row.get("aliases", "").split("|") if a)
            short = next((a for a in aliases if a in row["name"]), _short_of(row["name"]))
            tables.regions[row["name"]] = Region(
                row["name"], short, row.get("level") or "other", row.get("parent") or None,
                aliases, row.get("doc_prefix") or None,
            )
        for row in _read_csv(DATA_DIR / "unit_patterns.csv"):
            tables.patterns.append((re.compile(row["pattern"]), row.get("kind") or "other", row.get("expand", "")))
        tables._add_rules(_read_csv(DATA_DIR / "abbreviations.csv"))
        tables._add_aliases(_read_csv(DATA_DIR / "unit_aliases.csv"))
        for path in _extra_paths(extra):
            rows = _read_csv(path)
            header = set(rows[0]) if rows else set()
            if {"short", "full"} <= header:
                tables._add_rules(rows, first=True)
            elif {"alias", "canonical"} <= header:
                tables._add_aliases(rows, first=True)
            elif rows:
                raise InputError(f"{path}: expected columns alias,canonical[,scope,level,kind] or short,full,kind")
        tables._compile()
        return tables

    def _add_rules(self, rows: list[dict[str, str]], *, first: bool = False) -> None:
        for row in rows:
            short, full = norm(row.get("short")), row.get("full", "")
            if not short or not full:
                continue
            template = full if "{" in full else "{region}" + full
            rule = _Rule(template, row.get("kind") or "")
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

    def _add_aliases(self, rows: list[dict[str, str]], *, first: bool = False) -> None:
        for row in rows:
            alias, canonical = norm(row.get("alias")), row.get("canonical", "")
            if not alias or not canonical:
                continue
            entry = _AliasRow(canonical, row.get("scope", ""), row.get("level", ""), row.get("kind", ""))
            keys = [alias] + ([norm(canonical)] if "{" not in canonical else [])
            for key in keys:
                bucket = self.aliases.setdefault(key, [])
                if first:
                    bucket.insert(0, entry)
                elif entry not in bucket:
                    bucket.append(entry)

    def _compile(self) -> None:
        names: dict[str, Region] = {}
        for region in self.regions.values():
            for name in (region.name, *region.aliases):
                names.setdefault(norm(name), region)
        self.region_names = names
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.region_re = re.compile(f"(?:{alternation})")
        self.prefix_of = {r.doc_prefix: r for r in self.regions.values() if r.doc_prefix}
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

    def scope_of_issuer(self, issuer: str | None) -> Scope | None:
        """The scope of a document from its issuer (宁波市鄞州区人民政府办公室 → 鄞州区)."""
        text = norm(issuer)
        for lead in ("中国共产党", "中共"):
            if text.startswith(lead):
                text = text[len(lead):]
        chain: list[Region] = []
        pos = 0
        while pos < len(text):
            m = self.region_re.match(text, pos)
            if m:
                region = self.region_names[m.group()]
                if not chain:
                    chain.extend(self.chain_of(region))
                elif region.name not in {r.name for r in chain}:
                    chain.append(region)
                pos = m.end()
                continue
            g = _GENERIC_REGION_RE.match(text, pos)
            if g and (_ISSUER_TAIL_RE.match(text, g.end()) or self.region_re.match(text, g.end())
                      or _GENERIC_REGION_RE.match(text, g.end())):
                name = g.group()
                if name.endswith("省") or name.endswith("自治区"):
                    level = "province"
                elif name.endswith("市") and not any(r.level == "city" for r in chain):
                    level = "city"
                else:
                    level = "district"
                parent = chain[-1].name if chain else None
                chain.append(Region(name, _short_of(name), level, parent))
                pos = g.end()
                continue
            break
        if not chain or chain[-1].level == "national":
            return None
        return Scope(tuple(chain))

    def scope_of_number(self, doc_number: str | None) -> Scope | None:
        """The scope from a document number's issuer code: 甬政发 → 宁波市, 鄞政办发 → 鄞州区."""
        text = norm(doc_number)
        for size in (3, 2, 1):
            region = self.prefix_of.get(text[:size])
            if region is not None and text[size:size + 1] in "政府委办党人发":
                return Scope(self.chain_of(region))
        return None

    def region_of_host(self, host: str) -> str:
        """A park host as a Region name: 宁波国家高新区 → 宁波国家高新技术产业开发区."""
        region = self.region_names.get(norm(host))
        return region.name if region else host.strip()

    def level_of_name(self, name: str) -> str:
        """The level a full name speaks for: the narrowest region it mentions (a zone
        counts as its city, whose agency runs it)."""
        best, rank = "other", -1
        for m in self.region_re.finditer(norm(name)):
            region = self.region_names[m.group()]
            if region.level == "zone":
                region = self.regions.get(region.parent or "", region)
            r = _LEVEL_RANK.get(region.level, -1)
            if r > rank:
                best, rank = region.level, r
        if best == "other" and re.match(r"(?:中华人民共和国|中国|国家|国务院|中共中央|全国)", norm(name)):
            return "national"
        return best

    def kind_of_name(self, name: str) -> str:
        key = norm(name)
        for pattern, kind in self.kinds:
            if pattern.search(key):
                return kind
        return "other"


# --------------------------------------------------------------------------- resolver


def _render(template: str, values: dict[str, str]) -> str | None:
    """Fill {placeholders}; None when the scope lacks one of them."""
    missing = [p for p in _PLACEHOLDER_RE.findall(template) if p not in values]
    if missing:
        return None
    return _PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], template)


def _scope_values(scope: Scope | None) -> dict[str, str]:
    values: dict[str, str] = {}
    if scope is None:
        return values
    for level in ("province", "city", "district"):
        region = scope.at_level(level)
        if region is not None:
            values[level] = region.name
    narrow = scope.narrowest()
    if narrow is not None:
        values["region"], values["short"] = narrow.name, narrow.short
    return values


class Resolver:
    """Resolves surface names in a scope; results are cached per (name, scope)."""

    def __init__(self, extra_aliases: PathLike | Iterable[PathLike] | None = None) -> None:
        self.tables = Tables.load(extra_aliases)
        self._cache: dict[tuple[str, tuple[str, ...]], Resolution] = {}

    def resolve(self, surface: str, scope: Scope | None = None) -> Resolution:
        key = norm(surface)
        cache_key = (key, scope.key if scope else ())
        hit = self._cache.get(cache_key)
        if hit is None:
            hit = self._resolve(surface.strip(), key, scope)
            self._cache[cache_key] = hit
        return hit

    def _finish(self, canonical: str, how: str, *, level: str = "", kind: str = "") -> Resolution:
        tables = self.tables
        return Resolution(canonical, level or tables.level_of_name(canonical),
                          kind or tables.kind_of_name(canonical), how)

    def _resolve(self, surface: str, key: str, scope: Scope | None) -> Resolution:
        tables = self.tables
        values = _scope_values(scope)
        # 0. a list tail is not part of the name: 区商务局等部门 → 区商务局
        bare = LIST_TAIL_RE.sub("", key)
        if bare and bare != key:
            return self.resolve(bare, scope)
        # 1. curated and user names (whole-name match)
        for row in tables.aliases.get(key, ()):
            if row.scope and (scope is None or row.scope not in scope.names):
                continue
            canonical = _render(row.canonical, values)
            if canonical:
                return self._finish(canonical, "alias", level=row.level, kind=row.kind)
        # 2. collective names are many bodies: kept as written, never one canonical body
        if any(p.search(key) for p in tables.collective):
            return Resolution(surface, "other", "collective", "collective")
        # 3. whole-name expansions that need the scope (潘火街道 → 鄞州区潘火街道办事处)
        for pattern, kind, expand in tables.expanders:
            m = pattern.search(key)
            if m:
                canonical = _render(expand, {**values, **m.groupdict()})
                narrow = scope.narrowest() if scope else None
                if canonical:
                    return self._finish(canonical, "rule", kind=kind, level=narrow.level if narrow else "")
        # 4. region prefix + short name, in every reading; the best reading wins
        best: Resolution | None = None
        for region, rest, how in self._readings(key, scope):
            found = self._read(region, rest, how)
            if found is not None and (best is None or _RANK[found.resolution] < _RANK[best.resolution]):
                best = found
        if best is not None:
            return self._as_written(best, surface, key)
        # 5. a formal full name as written (大连理工大学, 宁兴（集团）有限公司)
        if _FORMAL_END_RE.search(key) or _FORMAL_START_RE.match(key):
            return self._finish(surface, "full name")
        if _GENERIC_REGION_RE.fullmatch(key):
            return Resolution(surface, "other", "region", "region")
        # 6. a trailing note in brackets: 区交通运输局(象山湾一期公司) is 区交通运输局
        note = _TRAILING_NOTE_RE.match(key)
        if note:
            found = self.resolve(note.group(1), scope)
            if found.resolution != "unresolved":
                return found
        return Resolution(surface, "other", "other", "unresolved")

    @staticmethod
    def _as_written(found: Resolution, surface: str, key: str) -> Resolution:
        """Keep the surface's own characters (full-width brackets) in a name read from it."""
        if found.resolution not in ("full name", "prefix only"):
            return found
        compact = "".join(surface.split())
        canon = norm(found.canonical)
        if len(compact) != len(key) or not key.endswith(canon[-1:]):
            return found
        for n in range(len(canon), 0, -1):  # longest tail of the canonical taken from the surface
            if key.endswith(canon[-n:]):
                return Resolution(found.canonical[: len(found.canonical) - n] + compact[len(key) - n:],
                                  found.level, found.kind, found.resolution)
        return found

    def _readings(self, key: str, scope: Scope | None) -> Iterator[tuple[Region, str, str]]:
        """(region, rest of the name, how the region was written) for every prefix reading."""
        tables = self.tables
        extra = {norm(n): r for r in (scope.chain if scope else ()) for n in (r.name, r.short)}
        party = _PARTY_LEAD_RE.match(key)
        pos, region = (party.end() if party else 0), None
        while True:
            m = tables.region_re.match(key, pos)
            name = m.group() if m else next(
                (n for n in sorted(extra, key=len, reverse=True) if n and key.startswith(n, pos)), None)
            if not name:
                break
            region = tables.region_names.get(name) or extra[name]
            pos += len(name)
            full = name == norm(region.name)
            rest = key[pos:]
            if party and not rest.startswith("委"):
                break
            yield region, rest, "named" if full else "short"
        if region is None and key[:1] in _LEVEL_CHARS and scope is not None:
            char_region = scope.for_char(key[0])
            if char_region is not None:
                yield char_region, key[1:], "char"
        narrow = scope.narrowest() if scope is not None else None
        if region is None and narrow is not None:
            yield narrow, key, "scope"

    def _level_of_region(self, region: Region) -> str:
        """A zone (宁波保税区) is run by its city: its bodies have the city's level."""
        if region.level == "zone":
            parent = self.tables.regions.get(region.parent or "")
            return parent.level if parent else "other"
        return region.level

    def _read(self, region: Region, rest: str, how: str) -> Resolution | None:
        """One reading: a rule for ``rest``, else a full name (宁波市X中心) or a prefix-only name."""
        tables = self.tables
        level = self._level_of_region(region)
        values = {"region": region.name, "short": region.short}
        if not rest:
            return Resolution(region.name, level, "region", "region") if how != "scope" else None
        rule = tables.rules.get(rest)
        if rule is None and rest.startswith("委") and len(rest) > 1:
            party = tables.rules.get(rest[1:])
            if party is not None and party.template.startswith("中共"):
                rule = party
        if rule is not None:
            canonical = _render(rule.template, values)
            if canonical:
                return self._finish(canonical, "rule", level=level, kind=rule.kind)
        if how == "named" and _BODY_END_RE.search(rest):
            return self._finish(region.name + rest, "full name", level=level)
        if how == "char" and _BODY_END_RE.search(rest):
            canonical = ("中共" + region.name + rest) if rest.startswith("委") else region.name + rest
            return self._finish(canonical, "prefix only", level=level)
        return None


@lru_cache(maxsize=8)
def _shared_resolver(extra: tuple[str, ...], env: str) -> Resolver:
    """Tables are loaded once per (extra files, KG_ALIASES value); ``env`` is the cache key."""
    return Resolver(list(extra) or None)


def get_resolver(extra_aliases: PathLike | Iterable[PathLike] | None = None) -> Resolver:
    """A resolver with the shipped tables, ``KG_ALIASES`` and ``extra_aliases`` loaded."""
    if isinstance(extra_aliases, (str, os.PathLike)):
        extra: tuple[str, ...] = (str(extra_aliases),)
    else:
        extra = tuple(str(p) for p in extra_aliases or ())
    return _shared_resolver(extra, os.environ.get(ALIASES_ENV, ""))


# --------------------------------------------------------------------------- scopes of records


class _Scopes:
    """The scope of each record, from the document it was read in."""

    def __init__(self, facts: Facts, tables: Tables, default: Scope | None) -> None:
        self.tables = tables
        self.default = default
        self.by_id: dict[str, Scope | None] = {}
        self.by_number: dict[tuple[str, str], Scope | None] = {}
        per_source: dict[str, list[tuple[int, Scope | None]]] = defaultdict(list)
        for section in ("documents", "articles"):
            for doc in facts.get(section) or []:
                scope = self.of_document(doc)
                if doc.get("id"):
                    self.by_id[str(doc["id"])] = scope
                if doc.get("doc_number"):
                    self.by_number[(str(doc.get("source")), norm(doc["doc_number"]))] = scope
                start = (doc.get("evidence") or {}).get("start", doc.get("start", 0)) or 0
                per_source[str(doc.get("source"))].append((int(start), scope))
        self.per_source = {s: sorted(v, key=lambda t: t[0]) for s, v in per_source.items()}
        self.common = {s: self._common([sc for _, sc in v if sc]) for s, v in self.per_source.items()}

    def of_document(self, doc: dict[str, Any]) -> Scope | None:
        tables = self.tables
        scope = tables.scope_of_issuer(doc.get("issuer"))
        if scope is None and doc.get("title"):
            scope = tables.scope_of_issuer(doc["title"])
        if scope is None:
            scope = tables.scope_of_number(doc.get("doc_number"))
        return scope

    @staticmethod
    def _common(scopes: list[Scope]) -> Scope | None:
        """The deepest region every scope shares (宁波市 for a 宁波市 + 鄞州区 gazette)."""
        if not scopes:
            return None
        chain = list(scopes[0].chain)
        for scope in scopes[1:]:
            n = 0
            while n < min(len(chain), len(scope.chain)) and chain[n].name == scope.chain[n].name:
                n += 1
            chain = chain[:n]
        return Scope(tuple(chain)) if chain and chain[-1].level != "national" else None

    def of_record(self, record: dict[str, Any]) -> Scope | None:
        doc_id = record.get("doc_id")
        if doc_id and str(doc_id) in self.by_id and self.by_id[str(doc_id)] is not None:
            return self.by_id[str(doc_id)]
        source = str(record.get("source"))
        number = record.get("doc_number")
        if number and (source, norm(number)) in self.by_number:
            found = self.by_number[(source, norm(number))]
            if found is not None:
                return found
        if number:
            found = self.tables.scope_of_number(number)
            if found is not None:
                return found
        docs = self.per_source.get(source) or []
        start = (record.get("evidence") or {}).get("start")
        if start is not None:
            preceding = [sc for s, sc in docs if s <= start]
            if preceding and preceding[-1] is not None:
                return preceding[-1]
        return self.common.get(source) or self.default


# --------------------------------------------------------------------------- facts


def _surfaces(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [v for v in value if isinstance(v, str) and v.strip()]


def resolve_facts(
    facts: Facts,
    extra_aliases: PathLike | Iterable[PathLike] | None = None,
    *,
    default_region: str | None = None,
) -> Facts:
    """Canonical units, officials and tenures for a facts dict (JSON form); returns a new dict.

    Adds ``units`` (one per canonical name, every alias kept), a ``resolved``
    ``{surface: canonical}`` map on each record that names units (``host`` of a park
    maps to a Region name), ``official`` on appointments and the ``tenures`` section.
    ``extra_aliases``: user CSV file(s), see the module docstring; ``default_region``:
    the region (宁波市) for records whose document names no issuer.
    """
    out = copy.deepcopy(facts)
    resolver = get_resolver(extra_aliases)
    tables = resolver.tables
    default = None
    if default_region:
        region = tables.region_names.get(norm(default_region))
        default = Scope(tables.chain_of(region)) if region else tables.scope_of_issuer(default_region)
    scopes = _Scopes(out, tables, default)

    units: dict[str, dict[str, Any]] = {}

    def add(surface: str, res: Resolution) -> None:
        unit = units.get(res.canonical)
        if unit is None:
            unit = units[res.canonical] = {"name": res.canonical, "aliases": [], "level": res.level,
                                           "kind": res.kind, "resolution": res.resolution}
        elif _RANK[res.resolution] < _RANK[unit["resolution"]]:
            unit.update(level=res.level, kind=res.kind, resolution=res.resolution)
        if surface not in unit["aliases"] and surface != res.canonical:
            unit["aliases"].append(surface)

    # a unit read in prose (kg.nlp) counts only when the tables or rules can read it
    if out.get("unit_mentions"):
        out["unit_mentions"] = [m for m in out["unit_mentions"] if resolver.resolve(
            str(m.get("name") or ""), scopes.of_record(m)).resolution not in ("unresolved", "collective")]
    for section, fields in UNIT_FIELDS.items():
        for record in out.get(section) or []:
            scope = scopes.by_id.get(str(record.get("id"))) if section in ("documents", "articles") else None
            scope = scope or scopes.of_record(record)
            resolved: dict[str, str] = {}
            for name in fields:
                for surface in _surfaces(record.get(name)):
                    res = resolver.resolve(surface, scope)
                    resolved[surface] = res.canonical
                    add(surface.strip(), res)
            if resolved or any(name in record for name in fields):
                record["resolved"] = resolved
    for section, fields in REGION_FIELDS.items():
        for record in out.get(section) or []:
            record["resolved"] = {s: tables.region_of_host(s) for name in fields for s in _surfaces(record.get(name))}

    # curated names that mean a unit we have are aliases too (人行市中心支行)
    for key, rows in tables.aliases.items():
        for row in rows:
            if "{" not in row.canonical and row.canonical in units and key != norm(row.canonical):
                unit = units[row.canonical]
                if all(norm(a) != key for a in unit["aliases"]):
                    unit["aliases"].append(key)

    ordered = sorted(units.values(), key=lambda u: (_RANK[u["resolution"]] >= _RANK["collective"], u["name"]))
    out["units"] = ordered
    out["tenures"] = build_tenures(out.get("appointments") or [])
    return out


# --------------------------------------------------------------------------- officials


def _unit_of(record: dict[str, Any]) -> str:
    org = record.get("organization") or ""
    return (record.get("resolved") or {}).get(org, org.strip())


def build_tenures(appointments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tenures (HOLDS) from appoint/remove events; sets ``official`` on each appointment.

    Events are taken in date order (document order on ties). An appointment opens a
    tenure; a later removal of the same person, unit and position closes it; a removal
    with no known appointment gives a tenure with ``start`` None; the same event read
    twice (same notice in two files) counts once. Two people with one
    name are kept apart only on evidence: a non-concurrent tenure that began strictly
    inside another's closed tenure at a different unit. Open-ended tenures never count,
    because removals are often printed in notices the corpus lacks.
    """
    order = sorted(range(len(appointments)), key=lambda i: (appointments[i].get("date") or "", i))
    tenures: list[dict[str, Any]] = []
    open_: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    tenure_of: dict[int, int] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for i in order:
        rec = appointments[i]
        person = (rec.get("person") or "").strip()
        if not person:
            continue
        unit, position = _unit_of(rec), (rec.get("position") or "").strip()
        key = (person, norm(unit), norm(position))
        date = rec.get("date")
        event = (*key, rec.get("action"), date, rec.get("doc_number"))
        if event in seen:  # one notice read twice (a gazette and the notice itself)
            tenure_of[i] = seen[event]
            continue
        if rec.get("action") == "remove":
            candidates = [t for t in open_[key] if tenures[t]["start"] is None or not date or tenures[t]["start"] <= date]
            if candidates:
                t = candidates[-1]
                open_[key].remove(t)
                tenures[t].update(end=date, removed_by=rec.get("doc_number"))
            else:
                t = len(tenures)
                tenures.append(_tenure(person, unit, position, None, date, None, rec))
            tenure_of[i] = t
        else:
            t = len(tenures)
            tenures.append(_tenure(person, unit, position, date, None, rec.get("doc_number"), rec))
            open_[key].append(t)
            tenure_of[i] = t
        seen[event] = t

    keys, notes = _official_keys(tenures)
    for t, tenure in enumerate(tenures):
        tenure["official"] = keys[t]
        if t in notes:
            tenure["homonym_note"] = notes[t]
        del tenure["_concurrent"]
    for i, t in tenure_of.items():
        appointments[i]["official"] = keys[t]
        if t in notes:
            appointments[i]["homonym_note"] = notes[t]
    return tenures


def _tenure(person: str, unit: str, position: str, start: str | None, end: str | None,
            appointed_by: str | None, rec: dict[str, Any]) -> dict[str, Any]:
    return {"official": person, "unit": unit, "position": position, "start": start, "end": end,
            "appointed_by": appointed_by, "removed_by": None if end is None else rec.get("doc_number"),
            "evidence": rec.get("evidence"), "_concurrent": bool(rec.get("concurrent"))}


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``b`` began strictly inside ``a``'s known, closed tenure at another unit."""
    if a["unit"] == b["unit"] or a["_concurrent"] or b["_concurrent"]:
        return False
    if not (a["start"] and a["end"] and b["start"]):
        return False
    return a["start"] < b["start"] < a["end"]


def _official_keys(tenures: list[dict[str, Any]]) -> tuple[dict[int, str], dict[int, str]]:
    """The Official key of each tenure, and a note for tenures kept apart as homonyms."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for t, tenure in enumerate(tenures):
        by_name[tenure["official"]].append(t)
    keys: dict[int, str] = {}
    notes: dict[int, str] = {}
    for name, ids in by_name.items():
        clusters: list[list[int]] = []
        for t in sorted(ids, key=lambda t: (tenures[t]["start"] or tenures[t]["end"] or "", t)):
            for cluster in clusters:
                if not any(_overlaps(tenures[c], tenures[t]) or _overlaps(tenures[t], tenures[c]) for c in cluster):
                    cluster.append(t)
                    break
            else:
                clusters.append([t])
        if len(clusters) == 1:
            keys.update({t: name for t in ids})
            continue
        labels: list[str] = []
        for n, c in enumerate(clusters, 1):
            label = f"{name}（{tenures[c[0]]['unit']}）"
            labels.append(label if label not in labels else f"{name}（{tenures[c[0]]['unit']}#{n}）")
        note = (f"{len(clusters)} officials named {name} kept apart: "
                + "; ".join(f"{label} from {tenures[c[0]]['appointed_by'] or tenures[c[0]]['removed_by']}"
                            for label, c in zip(labels, clusters, strict=True))
                + " held posts at different units over overlapping periods")
        for label, cluster in zip(labels, clusters, strict=True):
            for t in cluster:
                keys[t], notes[t] = label, note
    return keys, notes


# --------------------------------------------------------------------------- report


def unresolved_report(facts: Facts, extra_aliases: PathLike | Iterable[PathLike] | None = None) -> str:
    """The unit names that could not be resolved, with where they occur (``kg stats --unresolved``).

    Also lists collective names (not single bodies) and names derived from the region
    prefix alone (the short name is in no table: check them). Uses the ``resolution``
    recorded in ``units``; facts without it are resolved first.
    """
    if not facts.get("units") or any("resolution" not in u for u in facts["units"]):
        facts = resolve_facts(facts, extra_aliases)
    status = {u["name"]: u.get("resolution", "unresolved") for u in facts["units"]}
    seen: dict[str, dict[str, Any]] = {}
    for section in UNIT_FIELDS:
        for record in facts.get(section) or []:
            for surface, canonical in (record.get("resolved") or {}).items():
                how = status.get(canonical, "unresolved")
                if how not in ("unresolved", "collective", "prefix only"):
                    continue
                entry = seen.setdefault(surface, {"how": how, "canonical": canonical, "count": 0, "where": []})
                entry["count"] += 1
                where = record.get("doc_number") or record.get("doc_id") or record.get("source")
                if where and where not in entry["where"]:
                    entry["where"].append(str(where))
    total = len(facts["units"])
    lines: list[str] = []
    titles = {
        "unresolved": "Unresolved unit names (kept as written; add them to an alias CSV):",
        "prefix only": "Derived from the region prefix only (short name in no table; check):",
        "collective": "Collective names (several bodies, not one Unit):",
    }
    for how, title in titles.items():
        rows = sorted(((s, e) for s, e in seen.items() if e["how"] == how), key=lambda t: (-t[1]["count"], t[0]))
        if not rows:
            continue
        lines.append(f"{title} {len(rows)}")
        for surface, entry in rows:
            target = f" → {entry['canonical']}" if entry["canonical"] != surface else ""
            where = ", ".join(entry["where"][:3]) + (" …" if len(entry["where"]) > 3 else "")
            lines.append(f"  {surface}{target}  ×{entry['count']}  ({where})")
    if not any(e["how"] == "unresolved" for e in seen.values()):
        lines.insert(0, f"All unit names resolved ({total} units).")
    else:
        lines.append(f"Extend the tables with a CSV (alias,canonical,scope,level,kind) in ${ALIASES_ENV}.")
    return "\n".join(lines)
