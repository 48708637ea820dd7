"""Evidence for every row of a named query, and every record behind one node, on either backend.

A row of a named query stands on relationships of the graph (a unit's LEADS, a pair's
COOPERATES, an official's APPOINTS …), each with the evidence it was read from. ``--evidence``
adds to every row the ``source``, ``start``, ``end`` and ``quote`` of the first of them: the
first by source, then offsets, among those in the query's time slice, a relationship with no
offsets (a hand-made record) last. The row's key columns (:data:`ROW_KEYS`) say which
relationships stand behind it; offline they are gathered here, in Neo4j by
``cypher/evidence/NAME.cypher`` with the rows as ``$rows``, so both backends give the same
evidence. :func:`explain` lists every relationship of one node with its evidence (``kg
explain``), the records the node comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import networkx as nx
import pandas as pd

from kg.errors import QueryError
from kg.graph.graph import KEY_OF, key_of
from kg.graph.timeslice import TIMELESS_SOURCE
from kg.paths import CYPHER_DIR
from kg.query.named import NAMED
from kg.read.identity import ID_PREFIX

#: The columns --evidence adds (a query that has one already keeps it: unit_lineage's source, quote).
EVIDENCE_COLUMNS: tuple[str, ...] = ("source", "start", "end", "quote")

#: Per named query, the row columns that pick the relationships a row stands on.
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "leads_most_tasks": ("unit",),
    "cooperation_pairs": ("lead_unit", "cooperating_unit"),
    "unit_profile": ("unit", "relationship", "direction", "other_label"),
    "official_career": ("official", "date", "action", "organization", "position", "document", "concurrent"),
    "personnel_moves": ("document", "official"),
    "lead_officials": ("official",),
    "parks_by_industry": ("industry",),
    "parks_in_region": ("region", "park"),
    "document_citations": ("document", "direction", "relationship", "other", "context"),
    "unit_lineage": ("predecessor", "successor", "date", "kind", "source", "quote"),
}

Edge = tuple[str, str, dict[str, Any]]
Key = tuple[Any, ...]


def _norm(value: Any) -> Any:
    """Key values as both backends compare them: a missing text is ''."""
    return "" if value is None else value


def _row_key(name: str, row: Mapping[str, Any]) -> Key:
    return tuple(_norm(row[c]) for c in ROW_KEYS[name])


def _rank(attrs: Mapping[str, Any]) -> tuple[bool, str, int, int]:
    """The order 'first' means: evidence with offsets first, then by source, start, end."""
    start, end = attrs.get("start"), attrs.get("end")
    start = start if isinstance(start, int) else -1
    return (start < 0, str(attrs.get("source") or ""), start, end if isinstance(end, int) else -1)


# -- offline: the relationships behind each row, keyed as the row -----------------------------

def _leads(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for u, t, a in ix.edges("LEADS", start="Unit"):
        if ix.label(t) in ("Task", "Project"):
            yield (ix.key(u),), a


def _pairs(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    leads = ix.sources("LEADS", "Unit")
    for c, t, a in ix.edges("COOPERATES", start="Unit"):
        for lead in leads.get(t, ()):
            if lead != c:
                yield (ix.key(lead), ix.key(c)), a


def _profile(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for u in ix.nodes_of("Unit"):
        for _, x, a in ix.graph.out_edges(u, data=True):
            yield (ix.key(u), a["type"], "out", ix.label(x)), a
        for x, _, a in ix.graph.in_edges(u, data=True):
            yield (ix.key(u), a["type"], "in", ix.label(x)), a


def _personnel(ix: Any) -> Iterator[Edge]:
    return ix.edges("APPOINTS", "REMOVES", start="Document", end="Official")


def document_label(ix: Any, doc: str) -> str:
    """How the personnel queries show a document: its id (its number, or a name given), except
    that a hash id (``doc:b77f…``, kg.read.identity: no number) gives way to its title, else its
    source file."""
    key = str(ix.key(doc))
    if not key.startswith(ID_PREFIX):
        return key
    return str(ix.prop(doc, "title") or ix.prop(doc, "source") or key)


def _career(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for d, o, a in _personnel(ix):
        action = "appoint" if a["type"] == "APPOINTS" else "remove"
        yield (ix.key(o), _norm(a.get("date")), action, _norm(a.get("organization")), _norm(a.get("position")),
               document_label(ix, d), bool(a.get("concurrent", False))), a


def _moves(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for d, o, a in _personnel(ix):
        yield (document_label(ix, d), ix.key(o)), a


def _lead_officials(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for o, _, a in ix.edges("LEADS", start="Official", end="Task"):
        yield (ix.key(o),), a


def _industries(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for p in ix.nodes_of("Park"):
        industries = ix.prop(p, "industries") or []
        for edges in (ix.graph.out_edges(p, data=True), ix.graph.in_edges(p, data=True)):
            for _, _, a in edges:
                for industry in industries:
                    yield (industry,), a


def _parks(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for p, r, a in ix.edges("LOCATED_IN", start="Park", end="Region"):
        yield (ix.key(r), ix.prop(p, "name") or ix.key(p)), a


def _citations(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for u, v, a in ix.edges("CITES", "REPEALS", start="Document", end="Document"):
        yield (ix.key(u), "out", a["type"], ix.key(v), _norm(a.get("context"))), a
        yield (ix.key(v), "in", a["type"], ix.key(u), _norm(a.get("context"))), a


def _lineage(ix: Any) -> Iterator[tuple[Key, dict[str, Any]]]:
    for u, v, a in ix.edges("SUCCEEDED_BY", start="Unit", end="Unit"):
        yield (ix.key(u), ix.key(v), _norm(a.get("date")), _norm(a.get("kind")), _norm(a.get("source")),
               _norm(a.get("quote"))), a


_OFFLINE: dict[str, Callable[[Any], Iterator[tuple[Key, dict[str, Any]]]]] = {
    "leads_most_tasks": _leads,
    "cooperation_pairs": _pairs,
    "unit_profile": _profile,
    "official_career": _career,
    "personnel_moves": _moves,
    "lead_officials": _lead_officials,
    "parks_by_industry": _industries,
    "parks_in_region": _parks,
    "document_citations": _citations,
    "unit_lineage": _lineage,
}
for _named in NAMED:  # the queries that come with fact kinds
    ROW_KEYS[_named.spec.name] = _named.row_keys
    _OFFLINE[_named.spec.name] = _named.evidence


def _evidence_of(attrs: Mapping[str, Any] | None) -> dict[str, Any]:
    if attrs is None:
        return dict.fromkeys(EVIDENCE_COLUMNS)
    return {c: attrs.get(c) for c in EVIDENCE_COLUMNS}


def offline_evidence(name: str, ix: Any, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The first evidence behind each row, from a query index (kg.query.query.graph_index)."""
    wanted = {_row_key(name, row) for row in rows}
    best: dict[Key, dict[str, Any]] = {}
    for key, attrs in _OFFLINE[name](ix):
        if key in wanted and (key not in best or _rank(attrs) < _rank(best[key])):
            best[key] = attrs
    return [_evidence_of(best.get(_row_key(name, row))) for row in rows]


def evidence_cypher(name: str) -> str:
    """The Cypher that finds the evidence of a named query's rows (cypher/evidence/NAME.cypher)."""
    path = CYPHER_DIR / "evidence" / f"{name}.cypher"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{name}: cannot read {path} ({exc.strerror})") from exc


def neo4j_evidence(name: str, run: Callable[[str, dict[str, Any]], list[dict[str, Any]]],
                   rows: Sequence[Mapping[str, Any]], since: str | None, until: str | None) -> list[dict[str, Any]]:
    """The first evidence behind each row, from Neo4j: ``run(cypher, parameters)`` gives records."""
    keyed = [{"i": i, **{c: _norm(row[c]) for c in ROW_KEYS[name]}} for i, row in enumerate(rows)]
    found = {r["i"]: r for r in run(evidence_cypher(name), {"rows": keyed, "since": since, "until": until})}
    return [_evidence_of(found.get(i)) for i in range(len(rows))]


def with_evidence(frame: pd.DataFrame, evidence: list[dict[str, Any]]) -> pd.DataFrame:
    """The table with the evidence columns it lacks added (ints where every row has offsets)."""
    out = frame.copy()
    for column in EVIDENCE_COLUMNS:
        if column in out.columns:
            continue
        values = [e[column] for e in evidence]
        numeric = bool(values) and all(isinstance(v, int) for v in values)
        out[column] = pd.Series(values, dtype=None if numeric else object, index=out.index)
    return out


# -- one node: every relationship it has, with its evidence ----------------------------------

#: Columns of :func:`explain`.
EXPLAIN_COLUMNS: tuple[str, ...] = ("label", "node", "relationship", "direction", "other_label", "other", "date",
                                    *EVIDENCE_COLUMNS)


def nodes_named(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose key is ``name`` (any label), or a Unit's or an Area's alias, an Official's name, a doc number."""
    found = [n for n, a in graph.nodes(data=True)
             if a.get(KEY_OF[a["label"]]) == name
             or (a["label"] in ("Unit", "Area") and name in (a.get("aliases") or []))
             or (a["label"] in ("Official", "Park") and a.get("name") == name)
             or (a["label"] == "Document" and a.get("doc_number") == name)]
    return sorted(found)


def _no_node(name: str) -> QueryError:
    return QueryError(f"no node named {name!r} with a relationship (a unit name or alias, an official's "
                      "name or key, a document id or number, a task, project or park id, an area of work)")


def neo4j_explain(run: Callable[[str, dict[str, Any]], list[dict[str, Any]]], name: str) -> pd.DataFrame:
    """:func:`explain` from Neo4j (cypher/evidence/explain.cypher): the same rows in the same order."""
    rows = run(evidence_cypher("explain"), {"name": name})
    if not rows:
        raise _no_node(name)
    return pd.DataFrame(rows, columns=list(EXPLAIN_COLUMNS))


def explain(graph: nx.MultiDiGraph, name: str) -> pd.DataFrame:
    """Every relationship of the nodes named ``name`` with its evidence: the records each comes from.

    The division table's Region chain (no document's fact) is left out. Rows in order of
    node, source and offsets.
    """
    nodes = nodes_named(graph, name)
    if not nodes:
        raise _no_node(name)
    rows = []
    for node in nodes:
        edges: Iterable[tuple[str, str, dict[str, Any]]] = (
            *((v, "out", a) for _, v, a in graph.out_edges(node, data=True)),
            *((u, "in", a) for u, _, a in graph.in_edges(node, data=True)))
        for other, direction, attrs in edges:
            if attrs.get("source") == TIMELESS_SOURCE:
                continue
            rows.append({"label": graph.nodes[node]["label"], "node": key_of(graph, node),
                         "relationship": attrs["type"], "direction": direction,
                         "other_label": graph.nodes[other]["label"], "other": key_of(graph, other),
                         "date": attrs.get("date"), **_evidence_of(attrs), "_rank": _rank(attrs)})
    rows.sort(key=lambda r: (r["label"], r["node"], r["_rank"], r["relationship"], r["direction"], r["other"]))
    if not rows:  # a node no relationship records (Neo4j's answer is the same: nothing)
        raise _no_node(name)
    for row in rows:
        del row["_rank"]
    return pd.DataFrame(rows, columns=list(EXPLAIN_COLUMNS))
