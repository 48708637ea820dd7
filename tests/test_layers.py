"""The import graph of kg/, read from the files with ast: no cycles, nothing imports upward.

The layers run with the pipeline, lowest first; a module may import its own layer and the
layers below it, never one above. Every import counts, inside functions and under
TYPE_CHECKING too (an import in a function is still an arrow). A new module must be given
a layer here (a test fails until it is).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

#: Lowest first. An entry names a module or a package (then every module under it).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("kg", "kg.errors", "kg.paths", "kg.recache"),  # the package itself, errors, where the checkout's folders are, re's memo
    ("kg.outputs", "kg.records", "kg.patterns", "kg.gazetteer"),  # files written whole; records; grammar; places and units
    ("kg.facts", "kg.nlp"),  # the facts file and its entries; spaCy rulers built from the gazetteer
    ("kg.read",),  # files → text → documents
    ("kg.extract",),  # documents → records
    ("kg.resolve",),  # names → units, places, officials, tenures, reforms
    ("kg.graph",),  # facts → the offline graph; periods of it
    ("kg.store",),  # the graph → Neo4j
    ("kg.query",),  # named questions on either backend; summaries built on them
    ("kg.export",),  # the graph and its networks as files
    ("kg.evaluate",),  # scores against gold
    ("kg.pipeline",),  # the stages run in order
    ("kg.cli",),  # the `kg` command
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def kg_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(KG.rglob("*.py")) if "vendor" not in p.parts}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The kg modules that ``name`` imports, wherever the import statement stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # ``from kg.read import formats`` imports a module
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known else target)
    return {m for m in found if m in known and m != name}


def import_graph() -> nx.DiGraph:
    modules = kg_modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        graph.add_edges_from((name, target) for target in imports_of(name, path, set(modules)))
    return graph


def layer_of(module: str) -> int | None:
    """The index of the layer whose longest entry names ``module`` (None: no layer)."""
    named = [(len(entry), index) for index, entries in enumerate(LAYERS) for entry in entries
             if module == entry or (entry != "kg" and module.startswith(entry + "."))]
    return max(named)[1] if named else None


def test_the_graph_is_read_from_the_files():
    graph = import_graph()
    assert graph.has_edge("kg.cli.build", "kg.pipeline")
    assert graph.has_edge("kg.pipeline", "kg.read.sources")
    assert graph.has_edge("kg.extract.unit_mentions", "kg.nlp")  # an import inside a function counts
    assert graph.has_edge("kg.read.sources", "kg.read.formats")  # ``from kg.read import formats`` too


def test_every_module_has_a_layer():
    assert [m for m in kg_modules() if layer_of(m) is None] == []


def test_no_import_cycles():
    assert list(nx.simple_cycles(import_graph())) == []


def test_nothing_imports_a_higher_layer():
    upward = [(a, b) for a, b in import_graph().edges
              if (layer_of(a) or 0) < (layer_of(b) or 0)]
    assert upward == []


@pytest.mark.parametrize("entries", LAYERS)
def test_every_layer_names_something(entries):
    modules = kg_modules()
    for entry in entries:
        assert entry in modules or any(m.startswith(entry + ".") for m in modules), entry


def test_every_kg_import_names_a_module_of_this_tree():
    """``from kg.X import name`` in kg/, tests/ and bench/ finds X in this checkout and name in X.
    (An editable install of another checkout would otherwise answer for a module moved away.)"""
    root = KG.parent
    missing: list[tuple[str, int, str]] = []
    files = [*KG.rglob("*.py"), *(root / "tests").glob("*.py"), *(root / "bench").glob("*.py")]
    for path in (p for p in files if "vendor" not in p.parts):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").startswith("kg")):
                continue
            module = root.joinpath(*str(node.module).split("."))
            if not (module.with_suffix(".py").exists() or (module / "__init__.py").exists()):
                missing.append((str(path.relative_to(root)), node.lineno, str(node.module)))
                continue
            for alias in node.names:
                sub = module / alias.name
                if sub.with_suffix(".py").exists() or (sub / "__init__.py").exists():
                    continue
                if not hasattr(importlib.import_module(str(node.module)), alias.name):
                    missing.append((str(path.relative_to(root)), node.lineno, f"{node.module}.{alias.name}"))
    assert missing == []
