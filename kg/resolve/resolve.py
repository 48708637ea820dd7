"""Names → entities: canonical Units in the government of their document, Officials by place.

Researchers count entities, so 市经信局, 宁波市经济和信息化局 and 市经济和信息化局 must
be one Unit, and 区发改局 in a 鄞州区 plan must be 鄞州区发展和改革局, not a city bureau.
A surface name is read in the *scope* of the government its document speaks for, found
from the issuer (宁波市鄞州区人民政府办公室 → 鄞州区), the title, the signature, the
document number's issuer code (甬政发 → 宁波市) or, when the text gives none of these,
the divisions it names and how it speaks of itself (全区, 区政府): see
:mod:`kg.gazetteer`, which holds every division of China, so a 肇东市 or 下陆区 document
is read by rule with no row for that place.

The full name of a local body is its place + the standard body name
(``abbreviations.csv``: 市发改委 in 洛阳 → 洛阳市发展和改革委员会); ``unit_aliases.csv``
keeps only what no rule derives (companies, zones, national bodies). A name is never
guessed: what the tables and rules cannot read stays as written, becomes its own Unit
with level ``other`` and ``resolution: unresolved``, keyed by the place its document
speaks for (区创文办@下陆区) or, when no place is known, by the document itself
(区卫健局@doc:eeea…), so that no node pools two places' bodies; it is listed by
:func:`kg.query.summary.unresolved_report` (``kg stats --unresolved``).

Officials are people in a place (:mod:`kg.resolve.tenures`): 王伟 appointed by 洛阳市 bodies is
``王伟@洛阳市``, and a 王伟 in 肇东市 is another node unless the text or the user's
merge table links them.

>>> facts = {"documents": [{"id": "d1", "issuer": "宁波市鄞州区人民政府办公室"}],
...          "projects": [{"doc_id": "d1", "lead_units": ["区发改局"], "cooperating_units": []}]}
>>> resolve_facts(facts)["projects"][0]["resolved"]
{'区发改局': '鄞州区发展和改革局'}
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.facts import (
    KINDS,
    OfficialEntry,
    ReformEntry,
    RegionEntry,
    Resolved,
    Tenure,
    UnitEntry,
    entry_dict,
    evidence_json,
    of_type,
    section_of,
    view,
    with_added,
    written_of,
)
from kg.gazetteer import (
    GENERIC_REGION_RE,
    LEVEL_CHARS,
    Gazetteer,
    Region,
    Scope,
    get_gazetteer,
    norm,
)
from kg.patterns import LIST_TAIL_RE
from kg.records import Appointment, Document, Evidence, OfficialMention, Park, TaskAssignment, UnitMention
from kg.resolve.succession import shipped_table, table_successions
from kg.resolve.tenures import assign_officials, read_merge_table

Facts = dict[str, Any]
PathLike = str | os.PathLike[str]

__all__ = ["RESOLUTIONS", "UNIT_FIELDS", "Resolution", "Resolver", "get_resolver", "norm", "resolve_facts"]

#: Fields that name units, per facts section (kg.facts.KINDS).
UNIT_FIELDS: dict[str, tuple[str, ...]] = {k.section: k.unit_fields for k in KINDS if k.unit_fields}
#: Fields that name regions (Region nodes, not Units).
REGION_FIELDS: dict[str, tuple[str, ...]] = {k.section: k.region_fields for k in KINDS if k.region_fields}
#: Sections of documents: their records get the ``government`` they speak for.
DOCUMENT_SECTIONS: tuple[str, ...] = tuple(k.section for k in KINDS if "government" in k.adds)
#: Sections whose records get a ``jurisdiction``.
JURISDICTION_SECTIONS: tuple[str, ...] = tuple(k.section for k in KINDS if "jurisdiction" in k.adds)

#: How a name was resolved, best first; ``units[].resolution`` holds one of these.
RESOLUTIONS = ("alias", "rule", "full name", "region", "prefix only", "collective", "ambiguous", "unresolved")
_RANK = {name: i for i, name in enumerate(RESOLUTIONS)}
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
#: Titles of national leaders, for officials named with no organization.
_NATIONAL_TITLE_RE = re.compile(r"^(?:中共中央|中央|国家|国务院|全国人大|全国政协)|总书记|国家主席|国务院总理|国务委员")
_TRAILING_NOTE_RE = re.compile(r"^(.+?)\([^()]*\)$")  # on the NFKC form: brackets are half-width
#: Endings of a government body (after a region prefix: 市城市开发前期中心).
_BODY_END_RE = re.compile(
    r"(?:局|厅|部|委|委员会|办公室|办公厅|办|中心|署|院|所|会|站|队|处|社|组|馆|集团|公司)$"
)


@dataclass(frozen=True)
class Resolution:
    """What a surface name means in one scope; ``region`` is the government the body
    belongs to (a region name, 中国 for national bodies), None when unknown."""

    canonical: str
    level: str
    kind: str
    resolution: str  # one of RESOLUTIONS
    region: str | None = None


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

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.tables = gazetteer
        self._cache: dict[tuple[str, tuple[str, ...]], Resolution] = {}

    def resolve(self, surface: str, scope: Scope | None = None) -> Resolution:
        key = norm(surface)
        cache_key = (key, scope.key if scope else ())
        hit = self._cache.get(cache_key)
        if hit is None:
            hit = self._resolve(surface.strip(), key, scope)
            self._cache[cache_key] = hit
        return hit

    def _finish(self, canonical: str, how: str, *, level: str = "", kind: str = "",
                region: Region | None = None) -> Resolution:
        tables = self.tables
        level = level or tables.level_of_name(canonical)
        if region is None:
            region = tables.region_of_name(canonical)
        if region is not None and region.level == "zone":
            region = tables.regions.get(region.parent or "", region)
        where = region.name if region is not None else ("中国" if level == "national" else None)
        return Resolution(canonical, level, kind or tables.kind_of_name(canonical), how, where)

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
        # 5. a formal full name as written (大连理工大学, 宁兴（集团）有限公司); 区市场监管局 is
        # no formal name: its 区 names a place the scope does not give
        relative = key[:1] in LEVEL_CHARS and not _FORMAL_START_RE.match(key)
        if not relative and _FORMAL_END_RE.search(key) or _FORMAL_START_RE.match(key):
            return self._finish(surface, "full name")
        if GENERIC_REGION_RE.fullmatch(key):
            return Resolution(surface, "other", "region", "region")
        # 6. a trailing note in brackets: 区交通运输局(象山湾一期公司) is 区交通运输局
        note = _TRAILING_NOTE_RE.match(key)
        if note:
            found = self.resolve(note.group(1), scope)
            if found.resolution not in ("unresolved", "ambiguous"):
                return found
        if self._ambiguous_place(key):
            return Resolution(surface, "other", "other", "ambiguous")
        return Resolution(surface, "other", "other", "unresolved")

    def _ambiguous_place(self, key: str) -> bool:
        """The name starts with a place several divisions share (鼓楼区…) and the
        document does not say which: reported, never guessed."""
        names = self.tables.names
        return any(len(names.get(key[:size], ())) > 1 and self.tables.pick(names[key[:size]]) is None
                   for size in range(min(self.tables.max_name, len(key)), 1, -1))

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
                                  found.level, found.kind, found.resolution, found.region)
        return found

    def _readings(self, key: str, scope: Scope | None) -> Iterator[tuple[Region, str, str]]:
        """(region, rest of the name, how the region was written) for every prefix reading."""
        tables = self.tables
        extra = {norm(n): r for r in (scope.chain if scope else ()) for n in (r.name, r.written, r.short) if n}
        party = _PARTY_LEAD_RE.match(key)
        pos, region = (party.end() if party else 0), None
        while True:
            hit = tables.match(key, pos, scope)
            if hit is not None:
                region, end = hit
                name = key[pos:end]
            else:
                name = next((n for n in sorted(extra, key=len, reverse=True) if key.startswith(n, pos)), "")
                if not name:
                    break
                region, end = extra[name], pos + len(name)
            pos = end
            full = name in (norm(region.name), norm(region.written))
            rest = key[pos:]
            if party and not rest.startswith("委"):
                break
            yield region, rest, "named" if full else "short"
        if region is None and key[:1] in LEVEL_CHARS and scope is not None:
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
            return Resolution(region.name, level, "region", "region", region.name) if how != "scope" else None
        rule = tables.rules.get(rest)
        if rule is None and rest.startswith("委") and len(rest) > 1:
            party = tables.rules.get(rest[1:])
            if party is not None and party.template.startswith("中共"):
                rule = party
        if rule is not None:
            canonical = _render(rule.template, values)
            if canonical:
                return self._finish(canonical, "rule", level=level, kind=rule.kind, region=region)
        if how == "named" and _BODY_END_RE.search(rest):
            return self._finish(region.name + rest, "full name", level=level, region=region)
        if how == "char" and _BODY_END_RE.search(rest):
            canonical = ("中共" + region.name + rest) if rest.startswith("委") else region.name + rest
            return self._finish(canonical, "prefix only", level=level, region=region)
        return None


@lru_cache(maxsize=8)
def _shared_resolver(extra: tuple[str, ...]) -> Resolver:
    return Resolver(get_gazetteer(extra))


def get_resolver(extra_aliases: PathLike | Iterable[PathLike] | None = None) -> Resolver:
    """A resolver with the shipped tables and the user's ``extra_aliases`` CSV files."""
    if isinstance(extra_aliases, (str, os.PathLike)):
        extra: tuple[str, ...] = (str(extra_aliases),)
    else:
        extra = tuple(str(p) for p in extra_aliases or ())
    return _shared_resolver(extra)


# --------------------------------------------------------------------------- scopes of records


def document_scope(g: Gazetteer, doc: Document) -> Scope | None:
    """The government a document speaks for, at the finest level its text supports:
    issuer, title, signature, document number, the publisher its web page names, then
    the places it names."""
    hint = g.scope_of_places(doc.places, doc.self_reference)
    for text in (doc.issuer, doc.title, doc.signer):
        scope = g.scope_of_issuer(text, hint) if text else None
        if scope is not None:
            return scope
    scope = g.scope_of_number(doc.doc_number, hint)
    if scope is not None:
        return scope
    # the page's metadata (发布机构 下陆区政府办公室) when the body says 区人民政府办公室 only
    scope = g.scope_of_issuer(doc.publisher, hint) if doc.publisher else None
    return scope or hint


def _number_of(record: Any) -> str | None:
    """The document number a record gives (mentions, agreements and the like give none)."""
    number: str | None = getattr(record, "doc_number", None)
    return number


def _doc_id_of(record: Any) -> str | None:
    """The document a record was read in (a Document is none: it is the document)."""
    doc_id: str | None = getattr(record, "doc_id", None)
    return doc_id


class _Scopes:
    """The scope of each record, from the document it was read in."""

    def __init__(self, documents: Iterable[Document], tables: Gazetteer, default: Scope | None) -> None:
        self.tables = tables
        self.default = default
        self.by_id: dict[str, Scope | None] = {}
        self.by_number: dict[tuple[str, str], Scope | None] = {}
        per_source: dict[str, list[tuple[int, Scope | None]]] = defaultdict(list)
        for doc in documents:
            scope = document_scope(tables, doc)
            if doc.id:
                self.by_id[str(doc.id)] = scope
            if doc.doc_number:
                self.by_number[(str(doc.source), norm(doc.doc_number))] = scope
            start = doc.evidence.start if doc.evidence is not None else doc.start or 0
            per_source[str(doc.source)].append((int(start), scope))
        self.per_source = {s: sorted(v, key=lambda t: t[0]) for s, v in per_source.items()}
        self.common = {s: self._common([sc for _, sc in v if sc]) for s, v in self.per_source.items()}

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

    def of_record(self, record: Any) -> Scope | None:
        """The scope of an extract-stage record (kg.facts.view): its document's, else by its
        number, else the document before it in its source, else its source's common one."""
        doc_id = _doc_id_of(record)
        if doc_id and str(doc_id) in self.by_id and self.by_id[str(doc_id)] is not None:
            return self.by_id[str(doc_id)]
        source = str(record.source)
        number = _number_of(record)
        if number and (source, norm(number)) in self.by_number:
            found = self.by_number[(source, norm(number))]
            if found is not None:
                return found
        if number:
            found = self.tables.scope_of_number(number, self.common.get(source))
            if found is not None:
                return found
        docs = self.per_source.get(source) or []
        evidence: Evidence | None = record.evidence
        if evidence is not None:
            preceding = [sc for s, sc in docs if s <= evidence.start]
            if preceding and preceding[-1] is not None:
                return preceding[-1]
        return self.common.get(source) or self.default


def government_of(scope: Scope | None) -> str | None:
    """The region name of the government a scope speaks for (a zone's is its city)."""
    narrow = scope.narrowest() if scope is not None else None
    if narrow is None or narrow.level == "national":
        return None
    return narrow.name


# --------------------------------------------------------------------------- facts

#: Resolutions that leave a name's place unknown: such a name is one body of one place.
UNPLACED = ("unresolved", "ambiguous")


def document_key(record: Any) -> str:
    """The document a record was read in (its id, number or source): the place of last resort."""
    return str(_doc_id_of(record) or _number_of(record) or record.source or "?")


def placed(res: Resolution, scope: Scope | None, record: Any, tables: Gazetteer,
           doc: str | None = None) -> Resolution:
    """An unresolved or ambiguous name keyed by the place its document speaks for
    (区创文办@下陆区), or by the document itself when no place is known
    (区卫健局@doc:eeea…): two places' 区卫健局 are two bodies, never one node.
    A name that begins with a place it names (宁波市X小组) already carries it."""
    if res.resolution not in UNPLACED:
        return res
    key = norm(res.canonical)
    if res.resolution == "unresolved" and tables.match(key, 0, scope) is not None:
        return res
    where = government_of(scope)
    if where:
        return Resolution(f"{res.canonical}@{where}", res.level, res.kind, res.resolution, where)
    return Resolution(f"{res.canonical}@{doc or document_key(record)}", res.level, res.kind, res.resolution, None)



def _surfaces(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [v for v in value if isinstance(v, str) and v.strip()]


@dataclass
class _Unit:
    """A canonical unit being gathered (kg.facts.UnitEntry once every name is read)."""

    name: str
    level: str
    kind: str
    resolution: str
    region: str | None
    aliases: list[str] = field(default_factory=list)

    def entry(self) -> UnitEntry:
        return UnitEntry(self.name, tuple(self.aliases), self.level, self.kind, self.resolution, self.region)


def resolve_facts(
    facts: Facts,
    extra_aliases: PathLike | Iterable[PathLike] | None = None,
    *,
    default_region: str | None = None,
    merge_officials: PathLike | None = None,
) -> Facts:
    """Canonical units, officials and tenures for a facts dict (JSON form); returns a new
    dict and leaves ``facts`` as it was.

    Adds ``units`` (one per canonical name, every alias kept, with the ``region`` of its
    government), a ``resolved`` ``{surface: canonical}`` map on each record that names
    units or officials (a park's ``host`` maps to a Region name, a person's name to the
    Official key), ``jurisdiction`` on records that name officials or parks,
    ``official`` on appointments, the ``tenures`` section and ``regions`` (every region
    named, with code, level and parent). ``extra_aliases``: user CSV file(s) (see
    :mod:`kg.gazetteer`); ``default_region``: the region (宁波市) for records whose
    document says nothing of its place; ``merge_officials``: the user's merge table
    (``official,same_as`` rows of Official keys, see :mod:`kg.resolve.tenures`).

    The records are read typed (kg.facts.view); what the stage adds to each is a
    kg.facts.Resolved, written after its fields (kg.facts.with_added).
    """
    resolver = get_resolver(extra_aliases)
    tables = resolver.tables
    default = None
    if default_region:
        region = tables.pick(tables.names.get(norm(default_region), ()))
        default = Scope(tables.chain_of(region)) if region else tables.scope_of_issuer(default_region)
    raw: dict[str, list[dict[str, Any]]] = {k.section: list(facts.get(k.section) or []) for k in KINDS if k.adds}
    records: dict[str, list[Any]] = {k.section: [view(k.record, r) for r in raw[k.section]] for k in KINDS if k.adds}
    scopes = _Scopes((doc for section in DOCUMENT_SECTIONS for doc in records[section]), tables, default)

    # a unit read in prose (kg.nlp) counts only when the tables or rules can read it
    mentioned = section_of(UnitMention)
    kept = [i for i, m in enumerate(of_type(records, UnitMention)) if resolver.resolve(
        m.name or "", scopes.of_record(m)).resolution not in ("unresolved", "ambiguous", "collective")]
    raw[mentioned] = [raw[mentioned][i] for i in kept]
    records[mentioned] = [records[mentioned][i] for i in kept]
    given_fields = {section: [written_of(rec).fields for rec in recs] for section, recs in raw.items()}
    added: dict[str, list[Resolved]] = {section: [Resolved()] * len(recs) for section, recs in records.items()}

    units: dict[str, _Unit] = {}

    def add(surface: str, res: Resolution) -> None:
        unit = units.get(res.canonical)
        if unit is None:
            unit = units[res.canonical] = _Unit(res.canonical, res.level, res.kind, res.resolution, res.region)
        elif _RANK[res.resolution] < _RANK[unit.resolution]:
            unit.level, unit.kind, unit.resolution, unit.region = res.level, res.kind, res.resolution, res.region
        if unit.region is None and res.region is not None:
            unit.region = res.region
        if surface not in unit.aliases and surface != res.canonical:
            unit.aliases.append(surface)

    unit_region: dict[str, str | None] = {}
    for section, fields in UNIT_FIELDS.items():
        is_document = section in DOCUMENT_SECTIONS
        for i, record in enumerate(records[section]):
            scope = scopes.by_id.get(str(record.id)) if is_document else None
            scope = scope or scopes.of_record(record)
            resolved: dict[str, str] = {}
            doc = str(record.id) if is_document and record.id else None
            for name in fields:
                for surface in _surfaces(getattr(record, name)):
                    res = placed(resolver.resolve(surface, scope), scope, record, tables, doc)
                    resolved[surface] = res.canonical
                    unit_region.setdefault(res.canonical, res.region)
                    add(surface.strip(), res)
            given = added[section][i]
            if resolved or any(name in given_fields[section][i] for name in fields):
                given = given.add(resolved=resolved)
            if is_document:
                given = given.add(government=government_of(scope))
            added[section][i] = given
    for section, fields in REGION_FIELDS.items():
        for i, record in enumerate(records[section]):
            scope = scopes.of_record(record)
            added[section][i] = added[section][i].add(
                resolved={s: tables.region_of_host(s, scope) for name in fields for s in _surfaces(getattr(record, name))},
                jurisdiction=government_of(scope))

    # curated names that mean a unit we have are aliases too (人行市中心支行)
    for key, rows in tables.aliases.items():
        for row in rows:
            if "{" not in row.canonical and row.canonical in units and key != norm(row.canonical):
                unit = units[row.canonical]
                if all(norm(a) != key for a in unit.aliases):
                    unit.aliases.append(key)

    entries = [u.entry() for u in sorted(units.values(),
                                         key=lambda u: (_RANK[u.resolution] >= _RANK["collective"], u.name))]

    # officials: the government whose bodies appointed them, else their document's
    def jurisdiction(record: Any, title: str | None, unit: str | None) -> str | None:
        region = unit_region.get(unit or "") if unit else None
        if region:
            return region
        if _NATIONAL_TITLE_RE.search(norm(title or "")):
            return "中国"  # 习近平总书记 in a county's notice is not that county's official
        return government_of(scopes.of_record(record))

    appointed = added[section_of(Appointment)]
    for i, rec in enumerate(of_type(records, Appointment)):
        appointed[i] = appointed[i].add(jurisdiction=jurisdiction(
            rec, rec.position, (appointed[i].resolved or {}).get(rec.organization or "")))
    mentioned_by = added[section_of(OfficialMention)]
    for i, mention in enumerate(of_type(records, OfficialMention)):
        aff = mention.affiliation or ""
        mentioned_by[i] = mentioned_by[i].add(jurisdiction=jurisdiction(
            mention, mention.title, (mentioned_by[i].resolved or {}).get(aff) if aff else None))
    tasked = added[section_of(TaskAssignment)]
    for i, task in enumerate(of_type(records, TaskAssignment)):
        if task.lead_officials:
            tasked[i] = tasked[i].add(jurisdiction=government_of(scopes.of_record(task)))
    merges = read_merge_table(merge_officials) if merge_officials else {}
    tenures, officials = assign_officials(
        records, added, [evidence_json(r) for r in raw[section_of(Appointment)]], merges, _printed_places(tables, records))

    out = dict(facts)
    for section in raw:
        if section in facts:
            out[section] = [with_added(rec, given) for rec, given in zip(raw[section], added[section], strict=True)]
    regions = _regions_named(tables, records, added, entries)
    reforms = table_successions(units, {name: u.region for name, u in units.items()}, tables, shipped_table())
    for cls, entries_of in ((UnitEntry, entries), (OfficialEntry, officials), (Tenure, tenures),
                            (RegionEntry, regions), (ReformEntry, reforms)):
        out[section_of(cls)] = [entry_dict(e) for e in entries_of]
    return out


def _printed_places(g: Gazetteer, records: Mapping[str, list[Any]]) -> dict[str, str]:
    """The region name of each jurisdiction a record prints (a 领导分工's, as its notice
    prints it: 江蘇省 is 江苏省), when it names one division."""
    out: dict[str, str] = {}
    for kind in KINDS:
        if kind.section in records and "jurisdiction" in {f.name for f in dataclasses.fields(kind.record)}:
            for rec in records[kind.section]:
                printed = rec.jurisdiction
                if printed and printed not in out:
                    region = g.pick(g.names.get(norm(g.in_simplified(printed)), ()))
                    if region is not None:
                        out[printed] = region.name
    return out


def _regions_named(g: Gazetteer, records: Mapping[str, list[Any]], added: Mapping[str, list[Resolved]],
                   units: Iterable[UnitEntry]) -> list[RegionEntry]:
    """Every region the facts name (governments, jurisdictions, park hosts), with its parents."""
    names: dict[str, None] = {}
    for section in DOCUMENT_SECTIONS:
        for given in added[section]:
            if given.government:
                names[given.government] = None
    for section in JURISDICTION_SECTIONS:
        for given in added[section]:
            if given.jurisdiction:
                names[given.jurisdiction] = None
    for given in added[section_of(Park)]:
        for host in (given.resolved or {}).values():
            names[host] = None
    for unit in units:
        if unit.region:
            names[unit.region] = None
    out: dict[str, RegionEntry] = {}
    for name in names:
        region = g.regions.get(name)
        chain = g.chain_of(region) if region else ()
        for r in chain:
            if r.name not in out:
                out[r.name] = RegionEntry(r.name, r.code or None, r.level, r.parent, r.written, r.former, r.successor)
    return sorted(out.values(), key=lambda r: (r.code or "", r.name))
