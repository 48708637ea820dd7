"""Node and edge attributes as GraphML, GEXF and CSV files hold them: one display name, the
renamed attributes Gephi, igraph and networkx read, scalar values of one type per name.

Shared by the graph exports (:mod:`kg.export.export`), the HTML view (:mod:`kg.export.html`)
and the analysis networks (:mod:`kg.export.networks`), so none of them imports another's
private helpers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.graph.graph import KEY_OF

#: Control characters XML 1.0 cannot hold (a PDF's page break, ``\f``, inside a quote):
#: each becomes a space, so a quote keeps its length and its offsets.
_NOT_XML = {c: " " for c in range(32) if chr(c) not in "\t\n\r"}


#: What joins the items of a list attribute (aliases, industries) in GraphML, GEXF and network
#: CSV files: ``市经信局|经信局``; split on it to get the list back (``value.split("|")``).
LIST_SEPARATOR = "|"


def scalar(value: Any) -> Any:
    """A value GraphML/GEXF can hold: a list becomes its items joined by :data:`LIST_SEPARATOR`
    (what Gephi and igraph show and R splits with ``strsplit``), a map JSON text; control
    characters that XML forbids become spaces.

    >>> scalar(["市经信局", "经信局"]), scalar({"a": 1}), scalar("a\fb")
    ('市经信局|经信局', '{"a": 1}', 'a b')
    """
    if isinstance(value, (list, tuple, set)):
        items = sorted(value) if isinstance(value, set) else value
        return LIST_SEPARATOR.join(str(v) for v in items).translate(_NOT_XML)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return value.translate(_NOT_XML)
    return value


def _single_types(items: Iterable[Mapping[str, Any]]) -> set[str]:
    """Attribute names seen with more than one type (they will be written as strings)."""
    seen: dict[str, set[type]] = defaultdict(set)
    for attrs in items:
        for name, value in attrs.items():
            seen[name].add(type(value))
    return {name for name, types in seen.items() if len(types) > 1}


def typed_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, no None, one type per attribute name and kind."""
    out = nx.MultiDiGraph()
    nodes = [(n, {k: scalar(v) for k, v in a.items() if v is not None}) for n, a in graph.nodes(data=True)]
    edges = [(u, v, k, {n: scalar(x) for n, x in a.items() if x is not None})
             for u, v, k, a in graph.edges(keys=True, data=True)]
    mixed_nodes = _single_types(a for _, a in nodes)
    mixed_edges = _single_types(a for *_, a in edges)
    for n, attrs in nodes:
        out.add_node(n, **{k: str(v) if k in mixed_nodes else v for k, v in attrs.items()})
    for u, v, key, attrs in edges:
        out.add_edge(u, v, key=key, **{k: str(x) if k in mixed_edges else x for k, x in attrs.items()})
    return out


#: Node attributes renamed in GraphML and GEXF (see the module docstring).
NODE_RENAMES = {"label": "labels", "id": "kg_id"}
#: Edge attributes renamed in GraphML and GEXF: names GEXF, Gephi or igraph read as their own.
EDGE_RENAMES = {"type": "kg_type", "source": "ev_source", "start": "ev_start", "end": "ev_end",
                "weight": "kg_weight", "id": "kg_edge_id", "label": "kg_edge_label"}


def display_name(attrs: Mapping[str, Any]) -> str:
    """A node's full display name: its name, else a Document's title or number, a Task's text, its key.

    >>> display_name({"label": "Task", "id": "D1#T1", "text": "做好“两高”整治"})
    '做好“两高”整治'
    """
    for key in ("name", "title", "doc_number", "text", "id"):
        value = attrs.get(key)
        if value not in (None, ""):
            return str(value)
    return str(attrs.get(KEY_OF.get(str(attrs.get("label")), "name"), ""))


def file_attributes(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """A node's attributes under the names GraphML and GEXF files use (the module docstring).

    >>> file_attributes({"label": "Document", "id": "甬政发〔2021〕59号", "title": "若干意见"})
    {'labels': 'Document', 'kg_id': '甬政发〔2021〕59号', 'title': '若干意见', 'name': '若干意见', 'label': '若干意见'}
    """
    out = {NODE_RENAMES.get(k, k): v for k, v in attrs.items()}
    out["name"] = out["label"] = display_name(attrs)
    return out


def edge_file_attributes(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """An edge's attributes under the names GraphML and GEXF files use; its ``label`` is its type."""
    out = {EDGE_RENAMES.get(k, k): v for k, v in attrs.items()}
    if "kg_type" in out:
        out["label"] = out["kg_type"]
    return out
