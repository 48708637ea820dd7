"""Facts → one networkx MultiDiGraph: the offline mode, and what the store and exports read.

The graph follows the schema of DESIGN.md exactly, so that a query gives the same
answer here and in Neo4j:

- node id ``f"{label}:{key}"`` (``Unit:宁波市经济和信息化局``); attributes ``label``
  plus the schema properties; the key property (:data:`KEY_OF`) is always there;
- edge key ``f"{type}|{rid}"`` where ``rid`` is ``source:start:end`` of the evidence,
  so two readings of one fact stay two edges and rebuilding merges; attributes
  ``type``, ``rid``, ``source``, ``start``, ``end``, ``quote`` (and ``page`` when the
  evidence comes from a PDF) and the type's props;
- no ``None`` anywhere, lists are lists of ``str``.

Evidence offsets ``start``/``end`` are ``-1`` (and ``quote`` empty) when a record
carries no evidence, as hand-made gold records do; such edges get a ``rid`` from the
record's ``line`` or position instead. HOLDS keeps its tenure dates in
``start_date``/``end_date`` because ``start``/``end`` are the evidence offsets.

Every fact carries ``date`` (ISO ``YYYY-MM-DD``; :mod:`kg.graph.timeslice` slices by it): each
relationship read from a document and each Task and Project node has the date of its
document; an appointment or removal has the date its record gives, else its document's;
HOLDS has its tenure's start (else its end); PARTNERS_WITH the agreement's date, else its
document's. A fact of an undated document has no ``date``: nothing is guessed. The Region
chain of the division table (evidence source ``gazetteer``) is no document's fact and has none.

>>> g = build_graph({"task_assignments": [{"source": "a.txt", "doc_id": "D1", "kind": "task",
...     "seq": 1, "text": "做好X", "lead_units": ["市经信局"], "cooperating_units": [],
...     "lead_officials": [], "evidence": {"source": "a.txt", "start": 5, "end": 9, "quote": "做好X"}}]})
>>> sorted(g.nodes)
['Document:D1', 'Task:D1#T1', 'Unit:市经信局']
>>> sorted(k for _, _, k in g.edges(keys=True))
['LEADS|a.txt:5:9', 'PART_OF|a.txt:5:9']
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, overload

import networkx as nx

from kg.facts import (
    KINDS,
    FactKind,
    OfficialEntry,
    ReformEntry,
    RegionEntry,
    Resolved,
    Tenure,
    UnitEntry,
    Written,
    added_of,
    evidence_of,
    evidence_source,
    view,
    written_of,
)
from kg.patterns import simplified
from kg.read.identity import normalise
from kg.records import (
    Agreement,
    Appointment,
    Citation,
    Document,
    Evidence,
    OfficialMention,
    Park,
    Project,
    Succession,
    TaskAssignment,
    UnitMention,
)

R = TypeVar("R")
_G = TypeVar("_G", nx.MultiDiGraph, "FlatGraph")

#: The evidence source of the succession table's edges (kg/data/successions.csv).
TABLE_SOURCE = "succession-table"

#: The only node labels; the store and the exports accept nothing else.
NODE_LABELS: tuple[str, ...] = ("Document", "Unit", "Official", "Task", "Project", "Park", "Region", "Area")

#: The only relationship types: those the kinds of fact enter the graph as (kg.facts.KINDS).
REL_TYPES: tuple[str, ...] = tuple(dict.fromkeys(rel for kind in KINDS for rel in kind.relationships))

#: The key property of each label (unique per label; MERGE key in Neo4j).
KEY_OF: dict[str, str] = {
    "Document": "id", "Unit": "name", "Official": "id", "Task": "id",
    "Project": "id", "Park": "id", "Region": "name", "Area": "name",
}

#: Properties every edge carries: identity and evidence.
EVIDENCE_FIELDS: tuple[str, ...] = ("rid", "source", "start", "end", "quote")

#: Facts fields copied onto nodes, per label (beyond the key).
_DOCUMENT_PROPS = ("title", "doc_number", "issuer", "date", "kind", "source", "doc_type",
                   "attachment_title", "normative_code", "signer", "partial")
_PROJECT_PROPS = ("name", "content", "start_year", "end_year", "location", "table",
                  "schedule_note", "partners", "note")

_DEFAULT_UNIT = UnitEntry(name="", aliases=(), level="other", kind="other", resolution="unresolved")


def node_id(label: str, key: str) -> str:
    """The graph id of the node with this label and key."""
    return f"{label}:{key}"


def _clean(value: Any) -> Any:
    """A property value without None: lists become lists of non-empty str."""
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value if v is not None and str(v) != ""]
    return value


def _set(props: Mapping[str, Any]) -> dict[str, Any]:
    """The properties that have a value (None and "" are none), lists cleaned."""
    return {name: _clean(value) for name, value in props.items() if value is not None and value != ""}


def _props(record: Any, written: Written, fields: Iterable[str]) -> dict[str, Any]:
    """The ``fields`` a typed record's JSON form gives, as properties: a field a hand-made
    record leaves out is not copied as its type's default."""
    return _set({f: getattr(record, f) for f in fields if f in written.fields})


@dataclass(frozen=True)
class EdgeEvidence:
    """A relationship's identity and evidence: ``rid`` is ``source:start:end`` (``start`` and
    ``end`` -1 and ``quote`` empty for a record without evidence, whose rid names its line or
    position); ``page`` the page of a PDF the span is on."""

    rid: str
    source: str
    start: int = -1
    end: int = -1
    quote: str = ""
    page: int | None = None

    def attrs(self) -> dict[str, Any]:
        """The relationship attributes (:data:`EVIDENCE_FIELDS`, then ``page`` when known)."""
        out: dict[str, Any] = {"rid": self.rid, "source": self.source, "start": self.start, "end": self.end,
                               "quote": self.quote}
        if self.page is not None:
            out["page"] = self.page
        return out


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


class _NodeTable(dict):  # type: ignore[type-arg]
    """Node id → attributes, read as networkx reads its nodes (``nodes(data=True)``, ``nodes[id]``)."""

    def __call__(self, data: bool = False) -> Iterable[Any]:
        return self.items() if data else self.keys()


class FlatGraph:
    """The graph as ``kg load`` needs it, in less memory than a MultiDiGraph: the same nodes and
    attributes, the relationships in one table ``(start, end, type, rid) → attributes`` with no
    adjacency (nothing walks it) and each node id held once. It answers the parts of networkx's
    interface the builder and the store use (``nodes(data=True)``, ``nodes[id]``,
    ``edges(keys=True, data=True)`` with the keys ``type|rid``, the counts), and
    :func:`kg.store.store.load_graph` empties its table as it turns relationships into rows,
    so a relationship is never held twice.

    >>> g = build_graph({"task_assignments": [{"source": "a.txt", "doc_id": "D1", "kind": "task",
    ...     "seq": 1, "text": "做好X", "lead_units": ["市经信局"], "cooperating_units": [],
    ...     "lead_officials": [], "evidence": {"source": "a.txt", "start": 5, "end": 9, "quote": "做好X"}}]},
    ...     into=FlatGraph())
    >>> g.number_of_nodes(), sorted(k for _, _, k in g.edges(keys=True))
    (3, ['LEADS|a.txt:5:9', 'PART_OF|a.txt:5:9'])
    """

    def __init__(self) -> None:
        self.nodes = _NodeTable()
        #: (start, end, type, rid) → (attribute names, their values): a tuple costs a third of a dict
        self.relationships: dict[tuple[str, str, str, str], tuple[tuple[str, ...], tuple[Any, ...]]] = {}
        self._ids: dict[str, str] = {}  # node id → the one copy of it the table holds
        self._layouts: dict[tuple[str, ...], tuple[str, ...]] = {}  # attribute names, held once

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def add_node(self, node: str, **attrs: Any) -> None:
        node = self._ids.setdefault(node, node)
        self.nodes.setdefault(node, {}).update(attrs)

    def add_edge(self, u: str, v: str, key: str, **attrs: Any) -> None:
        for end in (u, v):  # as networkx: an end not added yet is added, without attributes
            if end not in self.nodes:
                self.add_node(end)
        rel_type, _, rid = key.partition("|")
        if attrs.get("rid") == rid:  # the builder's keys are type|rid: the one copy of the rid
            rid = attrs["rid"]
        names = tuple(attrs)
        self.relationships[(self._ids[u], self._ids[v], sys.intern(rel_type), rid)] = (
            self._layouts.setdefault(names, names), tuple(attrs.values()))

    def get_edge_data(self, u: str, v: str, key: str) -> dict[str, Any] | None:
        rel_type, _, rid = key.partition("|")
        found = self.relationships.get((u, v, rel_type, rid))
        return dict(zip(*found, strict=True)) if found is not None else None

    def edges(self, *, keys: bool = False, data: bool = False) -> Iterable[tuple[Any, ...]]:
        """``(u, v[, key][, attributes])`` of every relationship, the attributes a new dict."""
        for (u, v, rel_type, rid), (names, values) in self.relationships.items():
            yield (u, v, *((f"{rel_type}|{rid}",) if keys else ()),
                   *((dict(zip(names, values, strict=True)),) if data else ()))

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self.relationships)


class _Builder:
    """Accumulates nodes and edges; merges repeated nodes and repeated readings."""

    def __init__(self, graph: nx.MultiDiGraph | FlatGraph | None = None) -> None:
        self.graph = nx.MultiDiGraph() if graph is None else graph
        self._line_seq: Counter[str] = Counter()
        self._ids: dict[tuple[str, str], str] = {}  # (label, base id) per record identity
        self._given: dict[tuple[str, str, str], str] = {}  # (label, base, fingerprint) → id given
        self._next: dict[tuple[str, str], int] = {}  # (label, base) → next suffix to try
        # (label, base, source, words) → the occurrence number of each span (rid) that said them
        self._seen: dict[tuple[str, str, str, str], dict[str, int]] = {}

    # -- nodes -------------------------------------------------------------
    def node(self, label: str, key: str, props: Mapping[str, Any] | None = None) -> str:
        """Add or merge a node; the first non-empty value of a property wins, lists are unioned."""
        assert label in NODE_LABELS, label
        nid = node_id(label, key)
        attrs = self.graph.nodes[nid] if nid in self.graph else None
        if attrs is None:
            self.graph.add_node(nid, label=label, **{KEY_OF[label]: key})
            attrs = self.graph.nodes[nid]
        for name, value in (props or {}).items():
            value = _clean(value)
            if value is None or value == "" or name in ("label", KEY_OF[label]):
                continue
            if isinstance(value, list):
                old = attrs.get(name) or []
                if isinstance(old, list):  # a scalar seen first keeps its place
                    attrs[name] = old + [v for v in value if v not in old]
            elif name not in attrs:
                attrs[name] = value
        return nid

    def document(self, doc_id: str, props: Mapping[str, Any] | None = None) -> str:
        return self.node("Document", doc_id, props)

    def date_of(self, doc_id: str) -> Any:
        """The date of a Document node (None when it has none or does not exist): its facts' date."""
        attrs = self.graph.nodes.get(node_id("Document", doc_id))
        return attrs.get("date") if attrs is not None else None

    def unit(self, name: str, surface: str = "") -> str:
        """A Unit node; a surface form other than the canonical name is kept as an alias."""
        aliases = [surface] if surface and surface != name else []
        return self.node("Unit", name, {"aliases": aliases, "level": _DEFAULT_UNIT.level,
                                        "kind": _DEFAULT_UNIT.kind})

    def official(self, key: str, name: str, jurisdiction: Any = None) -> str:
        """An Official node: ``key`` is name@jurisdiction (kg.resolve.tenures), ``name`` the person's name."""
        return self.node("Official", key, {"name": name, "jurisdiction": _text(jurisdiction)})

    def units(self, resolved: Mapping[str, Any] | None, surfaces: Iterable[Any]) -> list[str]:
        """Unit nodes for the names a record gives, canonical via its ``resolved`` map."""
        canon = _canon(resolved)
        out = []
        for surface in surfaces:
            name = canon(surface)
            if name:
                out.append(self.unit(name, _text(surface)))
        return list(dict.fromkeys(out))

    def area(self, written: str) -> str:
        """An Area node keyed by its words in simplified characters, so a notice printed in
        traditional ones names the same area (財政 is 财政); a form written otherwise is kept as
        an alias, as a Unit keeps its surface forms."""
        name = simplified(written)
        return self.node("Area", name, {"aliases": [written]} if written != name else None)

    # -- edges -------------------------------------------------------------
    def evidence(self, ev: Evidence | None, written: Written, section: str, index: int) -> EdgeEvidence:
        """The evidence and rid of a record (graceful when it has none): ``ev`` its typed
        evidence, ``written`` what its JSON form gives (source, line)."""
        source = _text(written.source) or "?"
        if ev is not None:  # evidence from a PDF names its page
            return EdgeEvidence(f"{source}:{ev.start}:{ev.end}", source, ev.start, ev.end, ev.quote, ev.page)
        where = f"L{written.line}" if written.line is not None else f"{section}{index}"
        return EdgeEvidence(f"{source}:{where}", source)

    def edge(self, u: str, v: str, rel: str, evidence: EdgeEvidence,
             props: Mapping[str, Any] | None = None) -> None:
        """Add one relationship; a different fact read from the same span gets rid#2, #3, ..."""
        assert rel in REL_TYPES, rel
        attrs = {"type": rel, **evidence.attrs(), **_set(props or {})}
        rid, n = evidence.rid, 1
        while True:
            old = self.graph.get_edge_data(u, v, f"{rel}|{rid}")
            if old is None:
                self.graph.add_edge(u, v, key=f"{rel}|{rid}", **attrs)
                return
            if old == attrs:
                return
            n += 1
            rid = attrs["rid"] = f"{evidence.rid}#{n}"

    def fingerprint(self, label: str, base: str, evidence: EdgeEvidence) -> str:
        """What tells a Task/Project apart from the others of its ``base`` id: the normalised
        words it was read from (kg.read.identity) and which occurrence of them in its source it
        is, so that a copy of the document in another file gives the same ids; the rid for a
        record without evidence."""
        if evidence.start < 0:
            return evidence.rid
        words = normalise(evidence.quote)
        spans = self._seen.setdefault((label, base, evidence.source, words), {})
        nth = spans.setdefault(evidence.rid, len(spans) + 1)  # one span read twice is one
        return f"{words}|{nth}"

    def record_id(self, label: str, base: str, fingerprint: str) -> str:
        """A stable id for a Task/Project: ``base``, or ``base~2`` when another record took it.

        Linear in the records: the id each (base, fingerprint) got and the next free
        suffix of each base are remembered, so 8,000 records sharing a base do not each
        walk the suffixes the others took."""
        known = self._given.get((label, base, fingerprint))
        if known is not None:
            return known
        n = self._next.get((label, base), 1)
        candidate = base if n == 1 else f"{base}~{n}"
        while self._ids.setdefault((label, candidate), fingerprint) != fingerprint:
            n += 1  # taken, by a record whose own base is spelled like this suffix
            candidate = f"{base}~{n}"
        self._next[label, base] = n + 1
        self._given[label, base, fingerprint] = candidate
        return candidate


def _canon(resolved: Mapping[str, Any] | None) -> Callable[[Any], str]:
    """surface → canonical, from a record's ``resolved`` map (resolve stage), else as written."""
    mapping = resolved or {}

    def canon(surface: Any) -> str:
        s = _text(surface)
        return _text(mapping.get(s)) or s if s else ""

    return canon


class _DocIndex:
    """Finds the Document a record belongs to: doc_id, else doc_number, else its source file."""

    def __init__(self, facts: Mapping[str, Any]) -> None:
        self.ids: dict[tuple[str, int], str] = {}
        self.by_source: dict[str, list[str]] = {}
        self.numbers: dict[str, str] = {}
        for section in ("documents", "articles"):
            for i, doc in enumerate(view(Document, raw) for raw in facts.get(section) or []):
                source = _text(doc.source)
                in_source = self.by_source.setdefault(source, [])
                did = _text(doc.id) or _text(doc.doc_number)
                if not did:
                    did = f"{source or section}#{doc.seq if doc.seq is not None else len(in_source) + 1}"
                self.ids[section, i] = did
                in_source.append(did)
                if doc.doc_number:
                    self.numbers.setdefault(_text(doc.doc_number), did)

    def where(self, doc_id: Any, doc_number: Any, source: Any) -> str:
        """The document of a record that gives these (a mention, agreement or succession gives no number)."""
        if _text(doc_id):  # a blank doc_id is none
            return _text(doc_id)
        number = _text(doc_number)
        if number:
            return self.numbers.get(number, number)
        docs = self.by_source.get(_text(source)) or []
        return docs[0] if len(docs) == 1 else _text(source) or "?"

    def of(self, record: Any, written: Written) -> str:
        """:meth:`where` for a typed record and its JSON form's ``doc_number``: the kinds that
        declare none (mentions, agreements) read it too, as a hand-made record may give one."""
        return self.where(record.doc_id, written.doc_number, record.source)


def _typed(facts: Mapping[str, Any], section: str, cls: type[R], *,
           consume: bool = False) -> Iterator[tuple[R, Resolved, Written]]:
    """The records of a section read typed (kg.facts.view), with what the resolve stage gave
    them and what their JSON form gives beyond that (kg.facts.Written: the fields given, the
    evidence's source, a gold record's line); one at a time, so a large section is never held twice.
    With ``consume``, each record leaves its section's list as it is read (the list keeps None)."""
    records = facts.get(section) or []
    if not consume:
        return ((view(cls, rec), added_of(rec), written_of(rec)) for rec in records)
    return (_typed_one(cls, _take(records, i)) for i in range(len(records)))


def _take(records: list[Any], i: int) -> Any:
    rec, records[i] = records[i], None
    return rec


def _typed_one(cls: type[R], rec: Any) -> tuple[R, Resolved, Written]:
    return view(cls, rec), added_of(rec), written_of(rec)


@overload
def build_graph(facts: Mapping[str, Any]) -> nx.MultiDiGraph: ...
@overload
def build_graph(facts: Mapping[str, Any], *, into: _G) -> _G: ...
def build_graph(facts: Mapping[str, Any], *, into: Any = None, consume: bool = False) -> Any:
    """The offline graph of a facts dict (sections of kg.records.SECTIONS; any may be missing);
    ``into`` an empty :class:`FlatGraph` builds the same nodes and relationships for a load.
    With ``consume`` (a caller that has no more use for the facts, as ``kg load``), each record
    leaves its section as it is read, so the parsed facts and the graph are not held whole at
    once (the peak of a load's memory: ~2 MB less per MB of facts)."""
    b = _Builder(into)
    # every section is read once (documents and articles once more, by _DocIndex, before)
    read = functools.partial(_typed, consume=consume)
    documents = {section: read(facts, section, Document) for section in ("documents", "articles")}
    docs = _DocIndex(facts)

    for unit, _, _ in read(facts, "units", UnitEntry):
        name = _text(unit.name)
        if name:
            b.node("Unit", name, {"aliases": unit.aliases, "level": unit.level or _DEFAULT_UNIT.level,
                                  "kind": unit.kind or _DEFAULT_UNIT.kind, "region": unit.region})
    for official, _, _ in read(facts, "officials", OfficialEntry):
        key = _text(official.id)
        if key:
            b.node("Official", key, {"name": _text(official.name) or key, "jurisdiction": official.jurisdiction,
                                     "places": official.places})
    _add_regions(b, read(facts, "regions", RegionEntry))

    for section, recs in documents.items():
        for i, (doc, added, written) in enumerate(recs):
            did = docs.ids[section, i]
            source = _text(doc.source)
            dnode = b.document(did, _props(doc, written, _DOCUMENT_PROPS) | ({"sources": [source]} if source else {}))
            for issuer in b.units(added.resolved, [doc.issuer]):
                b.edge(issuer, dnode, "ISSUED", b.evidence(doc.evidence, written, section, i), {"date": b.date_of(did)})

    _add_citations(b, docs, read(facts, "cited_documents", Citation))
    _add_tasks(b, docs, read(facts, "task_assignments", TaskAssignment))
    _add_projects(b, docs, read(facts, "projects", Project))
    _add_appointments(b, docs, read(facts, "appointments", Appointment))
    _add_tenures(b, read(facts, "tenures", Tenure))
    _add_parks(b, docs, read(facts, "parks", Park))
    _add_mentions(b, docs, read(facts, "officials_mentioned", OfficialMention))
    _add_unit_mentions(b, docs, read(facts, "unit_mentions", UnitMention))
    _add_agreements(b, docs, read(facts, "agreements", Agreement))
    _add_successions(b, read(facts, "successions", Succession), read(facts, "reforms", ReformEntry))
    for kind in KINDS:  # the kinds that declare how they enter the graph (kg.facts.Edge)
        if kind.edges:
            _add_declared(b, docs, kind, list(read(facts, kind.section, kind.record)))  # read once per edge
    _name_sources(b.graph)
    return b.graph


def _name_sources(graph: nx.MultiDiGraph | FlatGraph) -> None:
    """A Document read from several files (copies: kg.read.identity) lists them all in
    ``sources``, sorted, and ``source`` is the first: the same whichever was read first."""
    for _, attrs in graph.nodes(data=True):
        if attrs["label"] == "Document" and attrs.get("sources"):
            attrs["sources"] = sorted(attrs["sources"])
            attrs["source"] = attrs["sources"][0]


def park_key(name: str, region: str) -> str:
    """The key of a Park node: its name in its host region (高新技术产业园@洛阳市)."""
    return f"{name}@{region}" if region else name


def _add_regions(b: _Builder, records: Iterable[tuple[RegionEntry, Resolved, Written]]) -> None:
    """Region nodes with code, level and parent, and (Region)-[:PART_OF]->(Region)."""
    for rec, _, written in records:
        name = _text(rec.name)
        if not name:
            continue
        region = b.node("Region", name, _props(rec, written, ("code", "level", "parent", "official", "successor"))
                        | ({"former": True} if rec.former else {}))
        parent = _text(rec.parent)
        if parent:
            b.edge(region, b.node("Region", parent), "PART_OF", EdgeEvidence(f"gazetteer:{name}", "gazetteer"))


def _add_citations(b: _Builder, docs: _DocIndex, records: Iterable[tuple[Citation, Resolved, Written]]) -> None:
    """(Document)-[:CITES|REPEALS]->(Document); a cited document without a body is a node too.

    A 发文目录 entry (``cited_by`` null) hangs off the catalogue it was read in, with
    ``context`` telling the two apart.
    """
    for i, (rec, _, written) in enumerate(records):
        number = _text(rec.doc_number)
        if not number:
            continue
        cited = b.document(docs.numbers.get(number, number), {"doc_number": number, **_props(rec, written, ("title",))})
        citing = _text(rec.cited_by) or _text(rec.doc_id)
        if not citing:
            continue
        rel = "REPEALS" if "repeal" in _text(rec.relation).lower() else "CITES"
        citing_node = b.document(citing)
        if citing_node == cited:
            continue
        b.edge(citing_node, cited, rel, b.evidence(rec.evidence, written, "cited_documents", i),
               {"context": rec.context, "number_style": rec.number_style, "date": b.date_of(citing)})


def _add_tasks(b: _Builder, docs: _DocIndex, records: Iterable[tuple[TaskAssignment, Resolved, Written]]) -> None:
    """Task nodes ``{doc}#T{seq}`` (``#I`` for indicators), PART_OF and the LEADS/COOPERATES edges."""
    per_doc: Counter[tuple[str, str, str]] = Counter()
    for i, (rec, added, written) in enumerate(records):
        did = docs.where(rec.doc_id, rec.doc_number, rec.source)
        kind = _text(rec.kind) or "task"
        ev = b.evidence(rec.evidence, written, "task_assignments", i)
        per_doc[ev.source, did, kind] += 1  # per copy: another file's copy counts again
        seq = rec.seq if isinstance(rec.seq, int) else per_doc[ev.source, did, kind]
        base = f"{did}#{'I' if kind == 'indicator' else 'T'}{seq}"
        tid = b.record_id("Task", base, b.fingerprint("Task", base, ev))
        dated = {"date": b.date_of(did)}
        props = {"kind": kind, "seq": seq, **_props(rec, written, ("text", "anchor", "category", "targets")), **dated}
        task = b.node("Task", tid, props)
        b.edge(task, b.document(did), "PART_OF", ev, dated)
        for unit in b.units(added.resolved, rec.lead_units):
            b.edge(unit, task, "LEADS", ev, dated)
        for unit in b.units(added.resolved, rec.cooperating_units):
            b.edge(unit, task, "COOPERATES", ev, dated)
        canon = _canon(added.resolved)
        for person in rec.lead_officials:
            if _text(person):
                b.edge(b.official(canon(person), _text(person), added.jurisdiction), task, "LEADS", ev, dated)


def _add_projects(b: _Builder, docs: _DocIndex, records: Iterable[tuple[Project, Resolved, Written]]) -> None:
    """Project nodes ``{doc}#{table}#{seq}`` with PART_OF, LEADS and COOPERATES."""
    per_doc: Counter[tuple[str, str]] = Counter()
    for i, (rec, added, written) in enumerate(records):
        did = docs.where(rec.doc_id, rec.doc_number, rec.source)
        ev = b.evidence(rec.evidence, written, "projects", i)
        per_doc[ev.source, did] += 1
        seq = rec.seq if rec.seq is not None else per_doc[ev.source, did]
        base = f"{did}#{_text(rec.table)}#{seq}" if rec.table else f"{did}#P{seq}"
        dated = {"date": b.date_of(did)}
        project = b.node("Project", b.record_id("Project", base, b.fingerprint("Project", base, ev)),
                         _props(rec, written, _PROJECT_PROPS) | ({"seq": seq} if isinstance(seq, int) else {}) | dated)
        b.edge(project, b.document(did), "PART_OF", ev, dated)
        for units, rel in ((rec.lead_units, "LEADS"), (rec.cooperating_units, "COOPERATES")):
            for unit in b.units(added.resolved, units):
                b.edge(unit, project, rel, ev, dated)


def _add_appointments(b: _Builder, docs: _DocIndex,
                      records: Iterable[tuple[Appointment, Resolved, Written]]) -> None:
    """(Document)-[:APPOINTS|REMOVES]->(Official), with the post and the (canonical) organization."""
    for i, (rec, added, written) in enumerate(records):
        person = _text(added.official) or _text(rec.person)
        if not person:
            continue
        did = docs.where(rec.doc_id, rec.doc_number, rec.source)
        doc = b.document(did)
        date = rec.date or b.date_of(did)
        organization = _canon(added.resolved)(rec.organization)
        removal = rec.action == "remove"
        props: dict[str, Any] = {"position": rec.position, "date": date,
                                 "organization": organization or None, "note": rec.note,
                                 # the event as written (election, resignation, …); older facts
                                 # (no kind written) by action
                                 "kind": (rec.kind if "kind" in written.fields else None)
                                 or ("removal" if removal else "appointment")}
        if removal:
            rel = "REMOVES"
        else:
            rel = "APPOINTS"
            props |= {"concurrent": bool(rec.concurrent), "probation": bool(rec.probation)}
        official = b.official(person, _text(rec.person) or person, added.jurisdiction)
        b.edge(doc, official, rel, b.evidence(rec.evidence, written, "appointments", i), props)


def _add_tenures(b: _Builder, records: Iterable[tuple[Tenure, Resolved, Written]]) -> None:
    """(Official)-[:HOLDS]->(Unit) from the resolve stage's tenures."""
    for i, (rec, _, written) in enumerate(records):
        person, unit = _text(rec.official), _text(rec.unit)
        if not person or not unit:
            continue
        props = {"position": rec.position, "start_date": rec.start, "end_date": rec.end,
                 "appointed_by": rec.appointed_by, "removed_by": rec.removed_by, "date": rec.start or rec.end}
        name = person.split("@", 1)[0].split("（", 1)[0]
        official, held = b.official(person, name), b.unit(unit)
        b.edge(official, held, "HOLDS", b.evidence(evidence_of(rec.evidence), written, "tenures", i), props)
        for copy in rec.copies:  # the same notice in another file: that file's evidence
            b.edge(official, held, "HOLDS", b.evidence(evidence_of(copy), Written(source=evidence_source(copy)), "tenures", i), props)


#: Record fields a Park node carries, and the zone of the national catalogue of development
#: zones it is (kg.extract.devzones) as node properties: record field → property.
PARK_PROPS = ("host", "sector", "industries")
PARK_CATALOGUE_PROPS = {"catalogue_code": "code", "catalogue_name": "catalogue_name",
                        "catalogue_level": "level", "catalogue_approved": "approved",
                        "catalogue_area_ha": "area_ha"}


def _add_parks(b: _Builder, docs: _DocIndex, records: Iterable[tuple[Park, Resolved, Written]]) -> None:
    """Park nodes, (Park)-[:LOCATED_IN]->(Region of the host) and (Document)-[:MENTIONS]->(Park)."""
    for i, (rec, added, written) in enumerate(records):
        name = _text(rec.name)
        if not name:
            continue
        ev = b.evidence(rec.evidence, written, "parks", i)
        host = _text(rec.host)
        region = _text((added.resolved or {}).get(host)) or host or _text(added.jurisdiction)
        park = b.node("Park", park_key(name, region),
                      {"name": name, "region": region, **_props(rec, written, PARK_PROPS),
                       **{PARK_CATALOGUE_PROPS[k]: v
                          for k, v in _props(rec, written, PARK_CATALOGUE_PROPS).items()}})
        did = docs.where(rec.doc_id, rec.doc_number, rec.source)
        dated = {"date": b.date_of(did)}
        if region:
            b.edge(park, b.node("Region", region), "LOCATED_IN", ev, dated)
        b.edge(b.document(did), park, "MENTIONS", ev, dated)


def _add_mentions(b: _Builder, docs: _DocIndex,
                  records: Iterable[tuple[OfficialMention, Resolved, Written]]) -> None:
    """(Document)-[:MENTIONS {title}]->(Official), and ->(Unit) for the title's affiliation."""
    for i, (rec, added, written) in enumerate(records):
        name = _text(rec.name)
        if not name:
            continue
        ev = b.evidence(rec.evidence, written, "officials_mentioned", i)
        did = docs.of(rec, written)
        doc = b.document(did)
        dated = {"date": b.date_of(did)}
        official = b.official(_canon(added.resolved)(name), name, added.jurisdiction)
        b.edge(doc, official, "MENTIONS", ev,
               {"title": rec.title, "title_core": rec.title_core, "affiliation": rec.affiliation} | dated)
        for unit in b.units(added.resolved, [rec.affiliation]):
            b.edge(doc, unit, "MENTIONS", ev, dated)


def _add_unit_mentions(b: _Builder, docs: _DocIndex,
                       records: Iterable[tuple[UnitMention, Resolved, Written]]) -> None:
    """(Document)-[:MENTIONS]->(Unit) for the units a news item or chronicle names."""
    for i, (rec, added, written) in enumerate(records):
        ev = b.evidence(rec.evidence, written, "unit_mentions", i)
        did = docs.of(rec, written)
        for unit in b.units(added.resolved, [rec.name]):
            b.edge(b.document(did), unit, "MENTIONS", ev, {"date": b.date_of(did)})


def _add_agreements(b: _Builder, docs: _DocIndex, records: Iterable[tuple[Agreement, Resolved, Written]]) -> None:
    """(Unit)-[:PARTNERS_WITH {subject, date}]->(Unit) for each pair of parties, in listed order
    (``date``: the agreement's, else its document's)."""
    for i, (rec, added, written) in enumerate(records):
        parties = b.units(added.resolved, rec.parties)
        ev = b.evidence(rec.evidence, written, "agreements", i)
        props = {"subject": rec.subject, "date": rec.date or b.date_of(docs.of(rec, written)),
                 "agreement_title": rec.agreement_title, **_props(rec, written, ("kind",))}
        for a, left in enumerate(parties):
            for right in parties[a + 1:]:
                b.edge(left, right, "PARTNERS_WITH", ev, props)


def _add_successions(b: _Builder, records: Iterable[tuple[Succession, Resolved, Written]],
                     reforms: Iterable[tuple[ReformEntry, Resolved, Written]]) -> None:
    """(Unit)-[:SUCCEEDED_BY {date, kind, statement}]->(Unit): statements read in documents, then
    the data table's reforms between units the facts name (evidence source ``succession-table``)."""
    for i, (rec, added, written) in enumerate(records):
        before, after = b.units(added.resolved, [rec.predecessor]), b.units(added.resolved, [rec.successor])
        if before and after and before != after:
            b.edge(before[0], after[0], "SUCCEEDED_BY", b.evidence(rec.evidence, written, "successions", i),
                   {"date": rec.date, "kind": rec.kind, "statement": rec.statement})
    for reform, _, _ in reforms:
        old, new = _text(reform.predecessor), _text(reform.successor)
        if old and new and old != new:
            ev = EdgeEvidence(f"{TABLE_SOURCE}:{old}>{new}", TABLE_SOURCE)
            b.edge(b.unit(old), b.unit(new), "SUCCEEDED_BY", ev,
                   {"date": reform.date, "kind": reform.kind, "reference": reform.reference})


def _ends(b: _Builder, docs: _DocIndex, rec: Any, added: Resolved, end: str) -> list[str]:
    """The nodes one end of a declared edge names in a typed record (kg.facts.Edge: ``Label:field``)."""
    label, _, field = end.partition(":")
    if label == "Document":
        return [b.document(_doc_of(docs, rec))]
    value = getattr(rec, field)
    values = value if isinstance(value, (list, tuple)) else [value]
    if label == "Unit":
        return b.units(added.resolved, values)
    if label == "Area":
        return list(dict.fromkeys(b.area(_text(v)) for v in values if _text(v)))
    if label == "Official":
        canon = _canon(added.resolved)
        place = added.jurisdiction if "jurisdiction" in added.given else getattr(rec, "jurisdiction", None)
        return list(dict.fromkeys(b.official(canon(v), _text(v), place) for v in values if _text(v)))
    raise ValueError(f"an Edge end is Document:, Unit:, Area: or Official:, not {end!r}")


def _doc_of(docs: _DocIndex, rec: Any) -> str:
    """The Document of a typed record (the kinds that declare no doc_number give none)."""
    return docs.where(getattr(rec, "doc_id", None), getattr(rec, "doc_number", None), getattr(rec, "source", None))


def _add_declared(b: _Builder, docs: _DocIndex, kind: FactKind, records: list[tuple[Any, Resolved, Written]]) -> None:
    """The relationships a kind declares (kg.facts.Edge), dated by the record, else its document."""
    for spec in kind.edges:
        for i, (rec, added, written) in enumerate(records):
            starts = _ends(b, docs, rec, added, spec.start)
            ends = _ends(b, docs, rec, added, spec.end) if starts else []
            if not ends:
                continue
            ev = b.evidence(rec.evidence, written, kind.section, i)
            props = {name: getattr(rec, field) for name, field in spec.props}
            props["date"] = getattr(rec, "date", None) or b.date_of(_doc_of(docs, rec))
            for u in starts:
                for v in ends:
                    b.edge(u, v, spec.type, ev, props)


def label_of(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node]["label"])


def key_of(graph: nx.MultiDiGraph, node: str) -> str:
    """The key property value of a node (its name or id)."""
    attrs = graph.nodes[node]
    return str(attrs[KEY_OF[attrs["label"]]])


#: The Unit ``kind`` of a collective placeholder (各相关金融机构, 相关镇(街道), 各区县（市）政府): the
#: resolve stage gives it to a name that stands for several bodies (kg/data/unit_patterns.csv).
#: Such a Unit is kept as a node, with its relationships, but rankings, networks and figures
#: leave it out unless asked (``include_collective``).
COLLECTIVE_KIND = "collective"


def is_collective(attrs: Mapping[str, Any]) -> bool:
    """Whether node attributes are those of a collective placeholder Unit."""
    return attrs.get("label") == "Unit" and attrs.get("kind") == COLLECTIVE_KIND
