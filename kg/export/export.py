"""The graph as files other tools open: GraphML, GEXF, node-link JSON, neo4j-admin CSV, HTML.

Each format has its readers' limits, so each writer adapts a copy of the graph:

- ``graphml`` and ``gexf`` share one set of attribute names, chosen so that Gephi, igraph
  and networkx each read every one of them (:func:`file_attributes`): a node's schema
  label is ``labels`` (as Neo4j's own GraphML export names it), its full display name is
  ``name`` and ``label`` (what Gephi shows), a Document's or Task's ``id`` property is
  ``kg_id`` (igraph keeps the GraphML node id, ``Unit:宁波市…``, in its ``id`` vertex
  attribute); an edge's type is ``kg_type`` (and its ``label``), its evidence is
  ``ev_source``/``ev_start``/``ev_end``/``quote`` (GEXF reads ``start``, ``end``,
  ``type`` and ``weight`` as its own). Every attribute has one declared type per element
  kind (a name seen with two types is written as string); a list is its items joined
  by ``|`` (``工业机器人|关键部件``, :data:`kg.export.attributes.LIST_SEPARATOR`); there are no nulls; a page break (form feed) inside
  a quote is written as a space, which XML 1.0 can hold.
- ``json``: networkx node-link data; node ids under ``node``, edge ends under
  ``from``/``to`` (``id`` and ``source`` are properties of ours). Read it back with
  ``nx.node_link_graph(data, name="node", source="from", target="to")``.
- ``csv``: a folder for ``neo4j-admin database import full``: ``nodes_<Label>.csv``
  (``:ID``, typed properties, ``:LABEL``) and ``rels_<TYPE>.csv`` (``:START_ID``,
  ``:END_ID``, ``:TYPE``, typed properties); arrays as ``prop:string[]``. ``IMPORT.txt``
  gives the command that imports it (``scripts/neo4j import DIR``: the import tool, then
  cypher/schema.cypher) and the bare ``neo4j-admin`` command; ``import.args`` holds the
  tool's arguments, one a line.
- ``html``: the offline interactive view of :mod:`kg.export.html`.
"""

from __future__ import annotations

import csv
import json
import shlex
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError
from kg.export import FORMATS
from kg.export.attributes import edge_file_attributes, file_attributes, typed_copy
from kg.export.html import write_html
from kg.export.networks import export_network
from kg.graph.graph import KEY_OF, NODE_LABELS, REL_TYPES
from kg.graph.timeslice import UNDATED, by_year
from kg.outputs import Outputs

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
        write_html(graph, path)


# -- GraphML and GEXF --------------------------------------------------------------------------

def _renamed(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, file_attributes(a)) for n, a in graph.nodes(data=True))
    out.add_edges_from((u, v, k, edge_file_attributes(a)) for u, v, k, a in graph.edges(keys=True, data=True))
    return out


def for_graphml(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as GraphML readers want it (see the module docstring)."""
    return typed_copy(_renamed(graph))


def for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as GEXF wants it: the GraphML attributes, and an ``id`` per edge."""
    out = for_graphml(graph)
    for i, (_, _, attrs) in enumerate(out.edges(data=True)):
        attrs["id"] = f"e{i}"
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
    write_import_instructions(folder, written, delimiter, out)
    return written


#: The bulk path of a checkout: the import tool from scripts/neo4j's jars, then cypher/schema.cypher.
IMPORT_SCRIPT = "scripts/neo4j import"


def import_arguments(files: Iterable[Path], delimiter: str) -> list[str]:
    """The arguments of ``neo4j-admin database import full neo4j`` for these files (run from their folder)."""
    shown = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    args = ["--overwrite-destination", "--multiline-fields=true", f"--array-delimiter={shown}"]
    return args + [f"--{'nodes' if p.name.startswith('nodes_') else 'relationships'}={p.name}" for p in files]


def write_import_instructions(folder: Path, files: list[Path], delimiter: str, out: Outputs | None = None) -> None:
    """``import.args`` (one argument a line, read by ``scripts/neo4j import``) and ``IMPORT.txt``
    (through ``out``, written with the CSV files as one group, when given)."""
    def target(name: str) -> Path:
        return out.path(folder / name) if out is not None else folder / name

    args = import_arguments(files, delimiter)
    target("import.args").write_text("\n".join(args) + "\n", encoding="utf-8")
    where = shlex.quote(str(folder.resolve()))
    admin = " \\\n#     ".join(["neo4j-admin database import full neo4j", *(shlex.quote(a) for a in args)])
    target("IMPORT.txt").write_text(
        "# Bulk import of this folder into Neo4j: the database `neo4j` is replaced by these files.\n"
        "# From the policy-kg checkout (the server of scripts/neo4j, its state in .neo4j/ or $NEO4J_STATE_DIR):\n"
        f"{IMPORT_SCRIPT} {where}\n"
        "# It stops that server if it runs, runs the import tool (neo4j-admin database import full) from\n"
        "# the server's own jars with the arguments in import.args, starts the server, applies\n"
        "# cypher/schema.cypher (constraints, indexes, the full-text index `names`) and waits until the\n"
        "# indexes are online. It prints the NEO4J_* settings, as scripts/neo4j start does.\n"
        "#\n"
        "# With a Neo4j installation of your own (neo4j-admin on PATH, the server stopped), from this folder:\n"
        f"#   {admin}\n"
        "# then start the server and apply the schema: cypher-shell -u neo4j -f cypher/schema.cypher\n",
        encoding="utf-8")


# -- year by year --------------------------------------------------------------------------------

def export_by_year(graph: nx.MultiDiGraph, fmt: str, folder: Path | str, *,
                   network: str | None = None, include_collective: bool = False) -> list[Path]:
    """One file per year the facts are dated in, ``FOLDER/2016.graphml`` …, plus
    ``FOLDER/undated.graphml`` for the facts with no date, if any (a folder per year for csv).

    Each year's file holds that year's facts and the nodes they join (:func:`kg.graph.timeslice.by_year`),
    as the whole graph in ``fmt`` or, with ``network``, as that projection
    (:func:`kg.export.networks.export_network`). Files are written whole and renamed together at the
    end (:mod:`kg.outputs`; a csv folder's files each whole); a year file of an earlier export
    that this one does not write again is removed.
    """
    folder = Path(folder)
    if str(folder) == "-":
        raise KgError("--by-year writes a file per year: give -o FOLDER, not -")
    suffix = "" if fmt == "csv" else f".{fmt}"
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with Outputs() as out:
            for stem, part in by_year(graph):
                target = folder / f"{stem}{suffix}"
                if fmt == "csv":  # a folder per year, its files each written whole
                    if network:
                        export_network(part, network, fmt, target, include_collective=include_collective)
                    else:
                        export_graph(part, fmt, target)
                elif network:
                    export_network(part, network, fmt, out.path(target), include_collective=include_collective)
                else:
                    export_graph(part, fmt, target, outputs=out)
                written.append(target)
    except OSError as exc:
        raise KgError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    if suffix:
        for old in folder.glob(f"*{suffix}"):
            stem = old.name[: -len(suffix)]
            if (stem.isdigit() and len(stem) == 4 or stem == UNDATED) and old not in written:
                old.unlink()
    return written
