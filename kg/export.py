"""The graph as files other tools open: GraphML, GEXF, node-link JSON, neo4j-admin CSV, HTML.

Each format has its readers' limits, so each writer adapts a copy of the graph:

- ``graphml`` (Gephi, Cytoscape, igraph, networkx): every attribute has one declared
  type per element kind (a name seen with two types is written as string); lists are
  JSON strings (``["工业机器人", "关键部件"]``); there are no nulls; a page break
  (form feed) inside a quote is written as a space, which XML 1.0 can hold.
- ``gexf`` (Gephi): GEXF gives ``id``, ``label``, ``type``, ``start`` and ``end``
  meanings of its own, so the node's display label is its key, the schema label is
  ``kg_label``, a Document's id is ``kg_id``, the relationship type is ``kg_type``
  (also the edge label) and evidence offsets are ``ev_start``/``ev_end``.
- ``json``: networkx node-link data; node ids under ``node``, edge ends under
  ``from``/``to`` (``id`` and ``source`` are properties of ours). Read it back with
  ``nx.node_link_graph(data, name="node", source="from", target="to")``.
- ``csv``: a folder for ``neo4j-admin database import full``: ``nodes_<Label>.csv``
  (``:ID``, typed properties, ``:LABEL``) and ``rels_<TYPE>.csv`` (``:START_ID``,
  ``:END_ID``, ``:TYPE``, typed properties); arrays as ``prop:string[]``. The exact
  command, with the array delimiter used, is written to ``IMPORT.txt``.
- ``html``: the offline interactive view of :mod:`kg.export_html`.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.graph import KEY_OF, NODE_LABELS, REL_TYPES
from kg.outputs import Outputs

FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv", "html")

#: Array delimiters for neo4j-admin, tried in order: the first absent from every list value wins.
ARRAY_DELIMITERS = (";", "|", "\x1f")


def default_path(fmt: str) -> Path:
    """Where ``kg export`` writes by default: ``out/graph.FORMAT`` (a folder for csv)."""
    return Path("out") / ("import" if fmt == "csv" else f"graph.{fmt}")


def export_graph(graph: nx.MultiDiGraph, fmt: str, path: Path | str, *, outputs: Outputs | None = None) -> Path:
    """Write ``graph`` in format ``fmt`` to ``path`` (a folder for csv); returns the path.

    The file is written whole or not at all (:mod:`kg.outputs`); with ``outputs`` it is
    staged there and renamed when the caller commits its other outputs too. ``-``, a
    device or a FIFO is written through; a symlink's target is replaced.
    """
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    path = Path(path)
    if fmt == "csv" and str(path) == "-":
        raise KgError("csv export writes a folder of files: give -o FOLDER, not -")
    try:
        if fmt == "csv":
            path.mkdir(parents=True, exist_ok=True)
            write_neo4j_csv(graph, path)
            return path
        if outputs is None:
            with Outputs() as own:
                _write_graph_file(graph, fmt, own.path(path))
        else:
            _write_graph_file(graph, fmt, outputs.path(path))
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _write_graph_file(graph: nx.MultiDiGraph, fmt: str, path: Path) -> None:
    if fmt == "graphml":
        nx.write_graphml(for_graphml(graph), path, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(for_gexf(graph), path, encoding="utf-8")
    elif fmt == "json":
        data = nx.node_link_data(graph, name="node", source="from", target="to", key="key")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        try:
            from kg.export_html import write_html
        except ImportError:
            raise KgError("html export not available (kg.export_html is missing)") from None
        write_html(graph, path)


# -- GraphML and GEXF --------------------------------------------------------------------------

#: Control characters XML 1.0 cannot hold (a PDF's page break, ``\f``, inside a quote):
#: each becomes a space, so a quote keeps its length and its offsets.
_NOT_XML = {c: " " for c in range(32) if chr(c) not in "\t\n\r"}


def _scalar(value: Any) -> Any:
    """A value GraphML/GEXF can hold: lists and maps become JSON text; control
    characters that XML forbids become spaces."""
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
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


def _typed_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, no None, one type per attribute name and kind."""
    out = nx.MultiDiGraph()
    nodes = [(n, {k: _scalar(v) for k, v in a.items() if v is not None}) for n, a in graph.nodes(data=True)]
    edges = [(u, v, k, {n: _scalar(x) for n, x in a.items() if x is not None})
             for u, v, k, a in graph.edges(keys=True, data=True)]
    mixed_nodes = _single_types(a for _, a in nodes)
    mixed_edges = _single_types(a for *_, a in edges)
    for n, attrs in nodes:
        out.add_node(n, **{k: str(v) if k in mixed_nodes else v for k, v in attrs.items()})
    for u, v, key, attrs in edges:
        out.add_edge(u, v, key=key, **{k: str(x) if k in mixed_edges else x for k, x in attrs.items()})
    return out


def for_graphml(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as GraphML readers want it (see the module docstring)."""
    return _typed_copy(graph)


#: Edge attributes GEXF reads as its own (spell times, weight), renamed on the way out.
_GEXF_EDGE_NAMES = {"start": "ev_start", "end": "ev_end", "weight": "kg_weight"}


def for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with GEXF's reserved attribute names moved aside (see the module docstring)."""
    typed = _typed_copy(graph)
    out = nx.MultiDiGraph()
    for n, attrs in typed.nodes(data=True):
        attrs = dict(attrs)
        label = attrs.pop("label")
        if "id" in attrs:
            attrs["kg_id"] = attrs.pop("id")
        attrs["kg_label"] = label
        attrs["label"] = str(graph.nodes[n][KEY_OF[label]])
        out.add_node(n, **attrs)
    for i, (u, v, key, attrs) in enumerate(typed.edges(keys=True, data=True)):
        attrs = dict(attrs)
        rel = attrs.pop("type")
        renamed = {"kg_type": rel, "label": rel, "id": f"e{i}", "kg_key": key}
        for name, value in attrs.items():
            renamed[_GEXF_EDGE_NAMES.get(str(name), str(name))] = value
        out.add_edge(u, v, key=key, **renamed)
    return out


# -- neo4j-admin CSV ---------------------------------------------------------------------------

def _csv_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type of a property from the values it takes."""
    types = {type(v) for v in values}
    if types <= {bool}:
        return "boolean"
    if types <= {int}:
        return "long"
    if types <= {int, float}:
        return "double"
    if types <= {list, tuple}:
        return "string[]"
    return "string"


def _columns(rows: list[Mapping[str, Any]], skip: Iterable[str], first: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(property, type) columns in a stable order: ``first``, then by name."""
    values: dict[str, list[Any]] = defaultdict(list)
    for attrs in rows:
        for name, value in attrs.items():
            if name not in skip and value is not None:
                values[name].append(value)
    names = [n for n in first if n in values] + sorted(n for n in values if n not in set(first))
    return [(n, _csv_type(values[n])) for n in names]


def _cell(value: Any, kind: str, delimiter: str) -> Any:
    if value is None:
        return ""
    if kind == "string[]":
        return delimiter.join(str(v) for v in value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("string",) and isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _array_delimiter(graph: nx.MultiDiGraph) -> str:
    items = [str(x) for _, a in graph.nodes(data=True) for v in a.values() if isinstance(v, list) for x in v]
    items += [str(x) for *_, a in graph.edges(data=True) for v in a.values() if isinstance(v, list) for x in v]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in item for item in items):
            return delimiter
    raise KgError("csv export: every array delimiter occurs inside a list value")


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_neo4j_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes_<Label>.csv and rels_<TYPE>.csv for ``neo4j-admin database import full``, plus IMPORT.txt."""
    with Outputs() as out:
        written = _write_neo4j_csv(graph, folder, out)
    for old in [*folder.glob("nodes_*.csv"), *folder.glob("rels_*.csv")]:
        if old not in written:
            old.unlink()
    return written


def _write_neo4j_csv(graph: nx.MultiDiGraph, folder: Path, out: Outputs) -> list[Path]:
    delimiter = _array_delimiter(graph)
    written: list[Path] = []
    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for n, attrs in graph.nodes(data=True):
        by_label[attrs["label"]].append((n, attrs))
    for label in NODE_LABELS:
        nodes = by_label.get(label)
        if not nodes:
            continue
        columns = _columns([a for _, a in nodes], skip=("label",), first=(KEY_OF[label],))
        header = [":ID", *(f"{name}:{kind}" for name, kind in columns), ":LABEL"]
        rows = ([n, *(_cell(a.get(name), kind, delimiter) for name, kind in columns), label] for n, a in nodes)
        written.append(folder / f"nodes_{label}.csv")
        _write_csv(out.path(written[-1]), header, rows)
    by_type: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, attrs in graph.edges(data=True):
        by_type[attrs["type"]].append((u, v, attrs))
    for rel in REL_TYPES:
        edges = by_type.get(rel)
        if not edges:
            continue
        columns = _columns([a for *_, a in edges], skip=("type",), first=("rid", "source", "start", "end", "quote"))
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{name}:{kind}" for name, kind in columns)]
        rows = ([u, v, rel, *(_cell(a.get(name), kind, delimiter) for name, kind in columns)] for u, v, a in edges)
        written.append(folder / f"rels_{rel}.csv")
        _write_csv(out.path(written[-1]), header, rows)
    shown = f"'{delimiter}'" if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    command = ["neo4j-admin database import full neo4j --overwrite-destination",
               "--multiline-fields=true", f"--array-delimiter={shown}"]
    command += [f"--{'nodes' if p.name.startswith('nodes_') else 'relationships'}={p.name}" for p in written]
    out.path(folder / "IMPORT.txt").write_text(
        "# Stop Neo4j, then from this folder run (the database is replaced):\n"
        + " \\\n  ".join(command) + "\n", encoding="utf-8")
    return written
