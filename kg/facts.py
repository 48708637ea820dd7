"""The facts file: its sections, the records the resolve stage adds, and its one reader and writer.

The extract stage writes the records of :mod:`kg.records` in their JSON form; the
resolve stage (:mod:`kg.resolve.resolve`, :mod:`kg.resolve.tenures`) adds the fields of
:data:`RESOLVE_FIELDS` to them and the sections :data:`RESOLVE_SECTIONS`, whose records
are the frozen dataclasses below. :data:`KINDS` declares each kind of fact once. Every
field is declared here or in kg/records.py, once; the graph reads nothing else. :func:`read_facts` checks a file before anything
builds a graph from it; :func:`write_facts` writes atomically.

The later stages read records typed, never by string key: :func:`view` reads a record of
its kind from the JSON form (a hand-made record's missing fields unset),
:func:`added_of` what the resolve stage gave it, a :class:`Resolved`, and :func:`written_of`
what the JSON form says beyond the type (the fields given, a gold record's line), a
:class:`Written`; the resolve stage writes what it adds with :func:`with_added`. The JSON form stays what the stages pass
on and what tests and users write by hand.

>>> facts = merge_facts([{"documents": [{"id": "d1"}]}, {"documents": [{"id": "d2"}]}])
>>> [d["id"] for d in facts["documents"]]
['d1', 'd2']
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import FactsError, KgError
from kg.outputs import Outputs, replacing
from kg.records import (
    SECTION_OF,
    SECTIONS,
    Agreement,
    Appointment,
    Citation,
    Document,
    Evidence,
    OfficialMention,
    Park,
    Portfolio,
    Project,
    Succession,
    TaskAssignment,
    UnitMention,
    empty_facts,
    to_dict,
)

Facts = dict[str, Any]
R = TypeVar("R")


@dataclass(frozen=True)
class UnitEntry:
    """A canonical unit (section ``units``): every alias kept; ``region`` is the
    government it belongs to (中国 for national bodies), None when unknown."""

    name: str
    aliases: tuple[str, ...]
    level: str
    kind: str
    resolution: str
    region: str | None = None


@dataclass(frozen=True)
class OfficialEntry:
    """A person in a place (section ``officials``): ``id`` = name@jurisdiction."""

    id: str
    name: str
    jurisdiction: str | None
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegionEntry:
    """A region the facts name (section ``regions``), with its parent and code."""

    name: str
    code: str | None
    level: str
    parent: str | None
    official: str
    former: bool = False
    successor: str | None = None


@dataclass(frozen=True)
class Tenure:
    """A post held (section ``tenures``, the HOLDS relationship) from appoint/remove events."""

    official: str
    unit: str
    position: str
    start: str | None
    end: str | None
    appointed_by: str | None
    removed_by: str | None
    evidence: dict[str, Any] | None
    homonym_note: str | None = None
    #: The opening event read again in other files (copies of one notice, kg.read.identity): the
    #: first evidence of each other source, so that each copy holds its own HOLDS.
    copies: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class ReformEntry:
    """A succession the data table (kg/data/successions.csv) gives for two units the facts
    name (section ``reforms``): ``reference`` is the documented reform it stands on."""

    predecessor: str
    successor: str
    date: str | None
    kind: str
    reference: str


@dataclass(frozen=True)
class Edge:
    """How each record of a kind enters the graph, declared (kg.graph.graph reads it): one
    relationship of ``type`` from every node ``start`` names to every node ``end`` names.

    An end is ``Label:field``: ``Unit:units`` a Unit per name in the field (canonical through
    the record's ``resolved``), ``Area:areas`` an Area (a field of government work, 财政, 教育,
    keyed by its words in simplified characters, 財政 is 财政, the form written otherwise an alias,
    and shared by every place, as it names no body) per name,
    ``Official:official`` the Official the resolve stage keyed (name@jurisdiction),
    ``Document:doc_id`` the record's document. ``props`` are
    (relationship property, record field) pairs; every such relationship also has ``date``,
    the record's own ``date``, else its document's.
    """

    type: str
    start: str
    end: str
    props: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, declared once: every stage reads what it needs from here, so a
    kind added here is resolved, scored, put in the graph and indexed, or a test says
    which of them is missing (tests/test_kinds.py).

    ``section`` is its facts section (kg.records.SECTIONS gives the file's order) and
    ``record`` its record type (kg.records for the extract stage, an entry above for
    the resolve stage). The resolve stage resolves the names in ``unit_fields``,
    ``region_fields`` (park hosts) and ``official_fields`` (people other than the
    appointed, who get their Official key there), and adds the fields ``adds``:
    ``resolved`` {surface: canonical unit, region or Official key}; ``government`` the
    region a document speaks for; ``jurisdiction`` the region of the people or park a
    record names; ``official`` the Official key of an appointment; ``homonym_note`` why
    two people of one name in one place were kept apart. ``scored``: kg eval reads it
    from gold and scores it (kg.evaluate; the units give the alias accuracy). ``relationships``: the relationship types it
    enters the graph as; each has an index on ``source`` in cypher/schema.cypher (a
    source owns its facts), and on the properties ``indexed`` too. ``edges``: how a kind
    without a hand-written adder in kg.graph.graph enters it (:class:`Edge`); their types are
    among ``relationships`` without being named twice. ``key``: the fields that say "the same
    fact" when kg eval scores it (lists compared as sorted sets of names); with ``items``, one
    key per name in those list fields (the key, the field, the name), as tasks are scored by
    their (unit, role) triples, so that one name missed costs one item, not the record.
    """

    section: str
    record: type
    unit_fields: tuple[str, ...] = ()
    region_fields: tuple[str, ...] = ()
    official_fields: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    scored: bool = False
    relationships: tuple[str, ...] = ()
    indexed: tuple[str, ...] = ()
    edges: tuple[Edge, ...] = ()
    key: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        declared = tuple(dict.fromkeys((*self.relationships, *(e.type for e in self.edges))))
        object.__setattr__(self, "relationships", declared)

    @property
    def resolve_stage(self) -> bool:
        """Whether the resolve stage creates the section (else the extract stage does)."""
        return self.record not in SECTION_OF and self.record is not Document


#: Every kind of fact, in the order the stages read them.
KINDS: tuple[FactKind, ...] = (
    FactKind("documents", Document, unit_fields=("issuer",), adds=("resolved", "government"), scored=True,
             relationships=("ISSUED",)),
    FactKind("articles", Document, unit_fields=("issuer",), adds=("resolved", "government"),
             relationships=("ISSUED",)),
    FactKind("cited_documents", Citation, scored=True, key=("source", "doc_number"), relationships=("CITES", "REPEALS")),
    FactKind("task_assignments", TaskAssignment, unit_fields=("lead_units", "cooperating_units"),
             official_fields=("lead_officials",), adds=("resolved", "jurisdiction"), scored=True,
             relationships=("PART_OF", "LEADS", "COOPERATES")),
    FactKind("projects", Project, unit_fields=("lead_units", "cooperating_units"), adds=("resolved",), scored=True,
             key=("source", "name", "lead_units", "cooperating_units"),
             relationships=("PART_OF", "LEADS", "COOPERATES")),
    FactKind("appointments", Appointment, unit_fields=("organization",),
             adds=("resolved", "jurisdiction", "official", "homonym_note"), scored=True,
             relationships=("APPOINTS", "REMOVES"), indexed=("date",)),
    FactKind("parks", Park, region_fields=("host",), adds=("resolved", "jurisdiction"), scored=True,
             key=("source", "name"),
             relationships=("LOCATED_IN", "MENTIONS")),
    FactKind("officials_mentioned", OfficialMention, unit_fields=("affiliation",), official_fields=("name",),
             adds=("resolved", "jurisdiction"), scored=True, key=("source", "name", "title"),
             relationships=("MENTIONS",)),
    FactKind("agreements", Agreement, unit_fields=("parties",), adds=("resolved",), scored=True,
             relationships=("PARTNERS_WITH",)),
    FactKind("unit_mentions", UnitMention, unit_fields=("name",), adds=("resolved",), relationships=("MENTIONS",)),
    FactKind("successions", Succession, unit_fields=("predecessor", "successor"), adds=("resolved",),
             relationships=("SUCCEEDED_BY",)),
    FactKind("portfolios", Portfolio, unit_fields=("units",), official_fields=("official",), adds=("resolved",),
             scored=True, key=("source", "official", "how"), items=("units", "areas"),
             edges=tuple(Edge("OVERSEES", "Official:official", end, (("how", "how"), ("post", "post"), ("since", "date")))
                         for end in ("Unit:units", "Area:areas"))),
    FactKind("units", UnitEntry, scored=True),
    FactKind("reforms", ReformEntry, relationships=("SUCCEEDED_BY",)),
    FactKind("tenures", Tenure, relationships=("HOLDS",)),
    FactKind("officials", OfficialEntry),
    FactKind("regions", RegionEntry, relationships=("PART_OF",)),
)
#: The kind of each section.
KIND_OF: dict[str, FactKind] = {kind.section: kind for kind in KINDS}

#: Sections the resolve stage creates, and the record type of each.
RESOLVE_SECTIONS: dict[str, type] = {k.section: k.record for k in KINDS if k.resolve_stage}

#: Fields the resolve stage adds to the records of the extract stage, per section (FactKind.adds).
RESOLVE_FIELDS: dict[str, tuple[str, ...]] = {k.section: k.adds for k in KINDS if k.adds}


def entry_dict(entry: Any) -> dict[str, Any]:
    """The JSON form of a resolve-stage record; optional fields left unset are omitted."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entry):
        value = getattr(entry, f.name)
        if (f.name == "homonym_note" and value is None) or (f.name == "copies" and not value):
            continue
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


#: The fields the resolve stage may add to an extract-stage record, in the order it writes them.
ADDED_FIELDS: tuple[str, ...] = ("resolved", "government", "jurisdiction", "official", "homonym_note")


@dataclass(frozen=True)
class Resolved:
    """What the resolve stage adds to one extract-stage record (:attr:`FactKind.adds`).

    ``given`` names the fields it was given: only those are written, after the record's
    own fields (a null ``government`` or ``jurisdiction`` is written: the place is unknown;
    an appointment with no person gets no ``official``)."""

    resolved: Mapping[str, str] | None = None
    government: str | None = None
    jurisdiction: str | None = None
    official: str | None = None
    homonym_note: str | None = None
    given: frozenset[str] = frozenset()

    def add(self, **fields: Any) -> Resolved:
        """These fields given (``dataclasses.replace``: the record is frozen)."""
        return dataclasses.replace(self, **fields, given=self.given | fields.keys())

    def json_fields(self) -> dict[str, Any]:
        """The JSON form of the fields given, in :data:`ADDED_FIELDS` order."""
        out: dict[str, Any] = {}
        for name in ADDED_FIELDS:
            if name in self.given:
                value = getattr(self, name)
                out[name] = dict(value) if isinstance(value, Mapping) else value
        return out


def with_added(record: Mapping[str, Any], added: Resolved) -> dict[str, Any]:
    """A record's JSON form with what the resolve stage added (a field it had keeps its place)."""
    return {**record, **added.json_fields()}


def added_of(record: Mapping[str, Any]) -> Resolved:
    """What the resolve stage gave a record, read from its JSON form (see :func:`with_added`)."""
    resolved = record.get("resolved")
    return Resolved(resolved if isinstance(resolved, Mapping) else None, record.get("government"),
                    record.get("jurisdiction"), record.get("official"), record.get("homonym_note"),
                    frozenset(name for name in ADDED_FIELDS if name in record))


@dataclass(frozen=True)
class Written:
    """What a record's JSON form says beyond its typed view (:func:`view`), read here so that
    no later stage reads JSON: the ``fields`` it gives (a hand-made record gives fewer, and a
    field it leaves out is not its type's default to the graph), the ``source`` its evidence
    names (also when that gives no offsets), else its own, the ``line`` a gold record gives
    and the ``doc_number`` a kind that declares none (mentions, agreements) may still give."""

    fields: frozenset[str] = frozenset()
    source: str | None = None
    line: int | str | None = None
    doc_number: str | None = None


def written_of(record: Mapping[str, Any]) -> Written:
    """The :class:`Written` of a record's JSON form."""
    return Written(frozenset(record), evidence_source(record.get("evidence")) or record.get("source"),
                   record.get("line"), record.get("doc_number"))


def evidence_source(value: Any) -> str | None:
    """The source a record's JSON ``evidence`` names (offsets or not; a tenure's copies are such)."""
    return value.get("source") if isinstance(value, Mapping) else None


def evidence_json(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """A record's JSON ``evidence`` as written, which a tenure carries on (:class:`Tenure`)."""
    value = record.get("evidence")
    return value if isinstance(value, dict) else None


@functools.cache
def _shape(cls: type) -> tuple[tuple[str, str, Any], ...]:
    """(field, how it is read, its default) of a record type, for :func:`view`."""
    out = []
    for f in dataclasses.fields(cls):
        spelled = str(f.type)
        how = ("tuple" if spelled.startswith("tuple[") else "evidence" if spelled.startswith("Evidence")
               else "text" if cls is Document and f.name == "text" else "plain")
        default = f.default if f.default is not dataclasses.MISSING else (() if how == "tuple" else None)
        out.append((f.name, how, default))
    return tuple(out)


def evidence_of(value: Any) -> Evidence | None:
    """The Evidence of a record's JSON ``evidence`` (None when it gives no offsets, as hand-made records may)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("start"), int) \
            or not isinstance(value.get("end"), int):
        return None
    page = value.get("page")
    return Evidence(str(value.get("source") or ""), value["start"], value["end"], str(value.get("quote") or ""),
                    page if isinstance(page, int) else None)


def view(cls: type[R], record: Mapping[str, Any]) -> R:
    """A record of type ``cls`` read from its JSON form, the one way the later stages read
    facts: a missing field has its default (None when it has none, () for a list), a list
    is a tuple, ``evidence`` an :class:`Evidence` (:func:`evidence_of`); a Document has no
    text. Hand-made facts (gold, a user's file) lack fields: they read as unset."""
    values: dict[str, Any] = {}
    for name, how, default in _shape(cls):  # type: ignore[arg-type]  # classes are hashable
        value = record.get(name, default)
        if how == "tuple":
            value = tuple(value) if isinstance(value, (list, tuple)) else default
        elif how == "evidence":
            value = evidence_of(value)
        elif how == "text":
            value = None
        values[name] = value
    return cls(**values)


def records_of(facts: Mapping[str, Any], section: str) -> list[tuple[Any, Resolved]]:
    """A section's records read typed (:func:`view` with its kind's record type, :data:`KIND_OF`),
    each with what the resolve stage gave it (:func:`added_of`)."""
    cls = KIND_OF[section].record
    return [(view(cls, rec), added_of(rec)) for rec in facts.get(section) or []]


#: The section of each record type that is the record of one section (a Document is of two).
_SECTION_OF_TYPE: dict[type, str] = {
    kind.record: kind.section for kind in KINDS if sum(k.record is kind.record for k in KINDS) == 1}


def section_of(cls: type) -> str:
    """The facts section of a record type (:data:`KINDS`); a Document, in two, has none."""
    try:
        return _SECTION_OF_TYPE[cls]
    except KeyError:
        raise ValueError(f"{cls.__name__} is not the record of one section") from None


def typed_records(facts: Mapping[str, Any], cls: type[R]) -> list[R]:
    """The records of ``cls``'s section (:func:`section_of`) read typed (:func:`view`)."""
    return [view(cls, rec) for rec in facts.get(section_of(cls)) or []]


def of_type(by_section: Mapping[str, Sequence[Any]], cls: type[R]) -> Sequence[R]:
    """The records of ``cls``'s section in a map of typed records per section: typed, so that
    mypy checks what is read from them."""
    return by_section.get(section_of(cls)) or ()


def merge_facts(parts: Iterable[Facts]) -> Facts:
    """Several facts dicts (one per file or shard) as one, section by section."""
    merged = empty_facts()
    for part in parts:
        for section in SECTIONS:
            merged[section].extend(part.get(section) or [])
    return merged


def facts_of(by_section: Mapping[str, Iterable[Any]]) -> Facts:
    """The JSON form of typed records per section (:func:`kg.records.to_dict`), every section there."""
    facts = empty_facts()
    for section, records in by_section.items():
        facts[section] = [to_dict(record) for record in records]
    return facts


def document_numbers(facts: Mapping[str, Any]) -> set[str]:
    """The document numbers of the official documents of a facts dict (JSON form)."""
    return {number for d in facts.get("documents") or [] if (number := d.get("doc_number"))}


def mark_body(cite: dict[str, Any], numbers: set[str]) -> dict[str, Any]:
    """A citation's JSON form marked ``has_body_in_sources``: whether ``numbers`` (the corpus's
    document numbers, :func:`document_numbers`) hold the number it cites. Marked in place."""
    cite["has_body_in_sources"] = cite.get("doc_number") in numbers
    return cite


def mark_cited_with_body(facts: Facts) -> Facts:
    """A citation has_body_in_sources when the corpus also holds that document."""
    numbers = document_numbers(facts)
    for cite in facts["cited_documents"]:
        mark_body(cite, numbers)
    return facts


def write_facts(facts: Facts, path: Path, *, outputs: Outputs | None = None) -> None:
    """Write whole or not at all (:mod:`kg.outputs`: a temporary beside it, fsync, rename;
    removed on failure or Ctrl-C); with ``outputs``, staged there for the caller to commit."""
    path = Path(path)
    try:
        # json.dump writes chunk by chunk: the whole file never exists as one string in memory
        if outputs is None:
            with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as sink:
                json.dump(facts, sink, ensure_ascii=False, indent=1)
        else:
            with outputs.path(path).open("w", encoding="utf-8") as sink:
                json.dump(facts, sink, ensure_ascii=False, indent=1)
    except OSError as exc:
        raise KgError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _list_fields(item: str) -> dict[str, frozenset[str]]:
    """Per section, the fields its record type declares as lists of ``item`` (``str``: names;
    ``dict``: evidence, such as a tenure's copies)."""
    out: dict[str, set[str]] = {}
    for cls, section in [*SECTION_OF.items(), *((c, s) for s, c in RESOLVE_SECTIONS.items())]:
        out.setdefault(section, set()).update(
            f.name for f in dataclasses.fields(cls) if str(f.type).startswith(f"tuple[{item}"))
    return {k: frozenset(v) for k, v in out.items()}


_LIST_FIELDS = _list_fields("str")
_EVIDENCE_LIST_FIELDS = _list_fields("dict")
#: Fields that become node keys or identities: a list there would become a garbled key.
_KEY_FIELDS = frozenset({"id", "doc_id", "doc_number", "name", "person", "official", "source", "seq"})
_SCALAR = (str, int, float, bool, type(None))


def _record_problem(section: str, rec: dict[str, Any]) -> str | None:
    """Why a hand-made or damaged record cannot go into the graph, or None."""
    for name, value in rec.items():
        if name in _LIST_FIELDS.get(section, ()):
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                return f"{name!r} must be a list of strings"
        elif name in _EVIDENCE_LIST_FIELDS.get(section, ()):
            if value is not None and not (isinstance(value, list) and all(_is_evidence(v) for v in value)):
                return f"{name!r} must be a list of evidence ({{source: str, start: int, end: int, quote: str}})"
        elif name == "evidence":
            if value is not None and not _is_evidence(value):
                return "'evidence' must be {source: str, start: int, end: int, quote: str}"
        elif name == "resolved":
            if value is not None and not (isinstance(value, dict) and all(
                    isinstance(k, str) and isinstance(v, (str, type(None))) for k, v in value.items())):
                return "'resolved' must map names to names"
        elif name in _KEY_FIELDS and not isinstance(value, _SCALAR):
            return f"{name!r} must be a plain value"
        elif isinstance(value, dict) or (isinstance(value, list) and not all(isinstance(v, _SCALAR) for v in value)):
            return f"{name!r} must be a plain value or a list of plain values"
    return None


def _is_evidence(value: Any) -> bool:
    return (isinstance(value, dict)
            and all(isinstance(value[k], (int, type(None))) for k in ("start", "end") if k in value)
            and all(isinstance(value[k], (str, type(None))) for k in ("source", "quote") if k in value))


def _one_line_of(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _int64(text: str) -> int:
    """A JSON integer, refused when it is beyond the 64-bit integers Neo4j (and GraphML) store."""
    value = int(text)
    if not -(2**63) <= value < 2**63:
        raise OverflowError(f"the number {text[:30]}{'…' if len(text) > 30 else ''} is beyond 64-bit integers")
    return value


def _no_constant(name: str) -> float:
    """NaN and Infinity are not JSON: Neo4j would store them and exports would write what
    strict parsers refuse."""
    raise OverflowError(f"{name} is not a number JSON carries (strict JSON has no NaN or Infinity)")


def _finite(text: str) -> float:
    """A JSON number with a fraction or exponent; one too large for a float (1e999) would be
    read as infinity."""
    value = float(text)
    if math.isinf(value):
        raise OverflowError(f"the number {text[:30]} is too large for a float (it would be read as Infinity)")
    return value


def read_facts(path: Path) -> Facts:
    """Load a facts file written by ``kg extract`` (or by hand in the same format)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"), parse_int=_int64, parse_float=_finite,
                          parse_constant=_no_constant)
    except OSError as exc:
        raise FactsError(f"{path}: cannot read ({exc.strerror})") from exc
    except OverflowError as exc:
        raise FactsError(f"{path}: {exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FactsError(f"{path}: not a JSON facts file ({exc})") from exc
    except ValueError as exc:  # int(): more digits than Python converts
        raise FactsError(f"{path}: {_one_line_of(exc)}") from None
    if not isinstance(data, dict) or not any(k in data for k in SECTIONS):
        raise FactsError(f"{path}: not a facts file (none of the sections {', '.join(SECTIONS[:4])}, ...)")
    facts = empty_facts()
    for section in SECTIONS:
        records = data.get(section) or []
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise FactsError(f"{path}: section {section!r} is not a list of records")
        for i, rec in enumerate(records):
            problem = _record_problem(section, rec)
            if problem:
                raise FactsError(f"{path}: {section}[{i}]: {problem}")
        facts[section] = records
    return facts


def read_facts_files(paths: Iterable[Path]) -> Facts:
    """Several facts files (say, one per shard) as one."""
    return merge_facts(read_facts(p) for p in paths)


