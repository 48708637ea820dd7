"""The Cypher text of a load, built only from the schema's whitelist (labels, relationship
types, key properties of kg.graph.graph): every value travels as a parameter, never in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from kg.errors import StoreError
from kg.graph.graph import KEY_OF, NODE_LABELS, REL_TYPES

#: Labels, types and key properties come from the graph stage's whitelist.
NODE_KEYS: dict[str, str] = KEY_OF


_NAME = re.compile(r"[A-Z][A-Za-z_]*")


PROPERTY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def whitelisted(name: Any, allowed: Iterable[str], what: str) -> str:
    """The whitelist's own spelling of ``name``, so Cypher text never carries data."""
    for candidate in allowed:
        if candidate == name and _NAME.fullmatch(candidate):
            return candidate
    raise StoreError(f"{what}: {name!r} is not in the graph schema")


def merge_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key, then set their properties."""
    label = whitelisted(label, NODE_LABELS, "label")
    query = f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) "
    if label == "Document":  # copies of one document in several loads: every file stays named
        return (query + "WITH n, row, coalesce(n.sources, []) AS had SET n += row.props "
                "WITH n, row, COLLECT { UNWIND had + coalesce(row.props.sources, []) AS s "
                "RETURN DISTINCT s ORDER BY s } AS sources "
                "SET n.sources = CASE WHEN sources = [] THEN null ELSE sources END, "
                "n.source = coalesce(sources[0], n.source)")
    return query + "SET n += row.props"


def update_nodes_query(label: str) -> str:
    """Set the properties of a batch of stored nodes of one label where they differ (a node
    whose properties are already these is not written, so not locked)."""
    label = whitelisted(label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row MATCH (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) "
            "WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) SET n += row.props")


def ensure_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key, setting properties only on a node it
    creates: a unit of a load writes no property of a node another unit may share (that
    would lock it until commit); the shared unit sets them all at the end."""
    label = whitelisted(label, NODE_LABELS, "label")
    return f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) ON CREATE SET n += row.props"


def replace_nodes_query(label: str) -> str:
    """MERGE a batch of nodes of one label on its key and set exactly the properties given
    (:func:`node_properties` derived them from every source's word, so stale ones go)."""
    label = whitelisted(label, NODE_LABELS, "label")
    return f"UNWIND $rows AS row MERGE (n:`{label}` {{`{NODE_KEYS[label]}`: row.key}}) SET n = row.props"


def create_nodes_query(label: str) -> str:
    """CREATE a batch of ``{key, props}`` rows: only for a label with no node stored yet
    and rows unique on the key (``unique_nodes``); the constraint refuses anything else."""
    label = whitelisted(label, NODE_LABELS, "label")
    return f"UNWIND $rows AS row CREATE (n:`{label}`) SET n = row.props"


def merge_relationships_query(rel_type: str, start_label: str, end_label: str) -> str:
    """MERGE a batch of ``{a, b, rid, props}`` rows between nodes found by their keys.

    The plain form of what ``load_graph`` writes with ``relationships_query``.
    """
    rel_type = whitelisted(rel_type, REL_TYPES, "relationship type")
    start_label = whitelisted(start_label, NODE_LABELS, "label")
    end_label = whitelisted(end_label, NODE_LABELS, "label")
    return (f"UNWIND $rows AS row "
            f"MATCH (a:`{start_label}` {{`{NODE_KEYS[start_label]}`: row.a}}) "
            f"MATCH (b:`{end_label}` {{`{NODE_KEYS[end_label]}`: row.b}}) "
            f"MERGE (a)-[r:`{rel_type}` {{rid: row.rid}}]->(b) "
            "SET r += row.props")


def relationships_query(rel_type: str, start_label: str, end_label: str, names: Sequence[str], *,
                        rest: bool = False, create: bool = False) -> str:
    """Write a batch of relationships of one type; rows are flat lists from ``flat_rows``.

    A row is ``[start elementId, end elementId, rid, *values of names, other props]``:
    ends are found by id seek (cheaper than an index seek), properties named in the
    text (only identifier-like names, checked here) are set one by one, and with
    ``rest`` a last item holds a map of the others. ``create`` is only for a type with no
    relationship stored yet and rows without duplicates (see the module doc).
    """
    rel_type = whitelisted(rel_type, REL_TYPES, "relationship type")
    start_label = whitelisted(start_label, NODE_LABELS, "label")
    end_label = whitelisted(end_label, NODE_LABELS, "label")
    for name in names:
        if not PROPERTY.fullmatch(name) or name == "rid":
            raise StoreError(f"property name {name!r} cannot be written into Cypher text")
    props = [f"`{name}`: row[{i}]" for i, name in enumerate(names, start=3)]
    more = f" SET r += row[{len(names) + 3}]" if rest else ""
    match = (f"UNWIND $rows AS row MATCH (a:`{start_label}`) WHERE elementId(a) = row[0] "
             f"MATCH (b:`{end_label}`) WHERE elementId(b) = row[1] ")
    if create:
        return f"{match}CREATE (a)-[r:`{rel_type}` {{{', '.join(['rid: row[2]', *props])}}}]->(b){more}"
    sets = " SET " + ", ".join(f"r.{prop.replace(':', ' =', 1)}" for prop in props) if props else ""
    return f"{match}MERGE (a)-[r:`{rel_type}` {{rid: row[2]}}]->(b){more}{sets}"


RETURN_IDS = " RETURN row.key AS key, elementId(n) AS id"
