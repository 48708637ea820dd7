"""Time to first draw of the HTML view in headless Chromium (Debian's /usr/bin/chromium).

The view promises 10,000 nodes (kg.export.view.MAX_NODES); this prints how long a browser
takes, from opening the file to the first frame drawn after the layout, on a graph of a
synthetic corpus (``--docs`` issues of bench.synth, cut to the view's limit as ``kg
export --format html`` cuts it) or on a facts file::

    python -m bench.html_view                    # 16 issues: 9,944 nodes, drawn whole
    python -m bench.html_view --docs 300         # 150,248 nodes, cut to the view's 10,000
    python -m bench.html_view --facts out/facts.json

It drives Chromium through the DevTools protocol with tests/chromium.py, the driver the
tests use.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _page_class() -> Any:
    spec = importlib.util.spec_from_file_location("kg_tests_chromium", ROOT / "tests" / "chromium.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Page


def first_draw_seconds(html: Path, profile: Path, timeout: float = 300) -> float:
    """Seconds from opening ``html`` to the first frame after the layout (data-rendered set,
    sigma's display data ready, one animation frame)."""
    page = _page_class()(html.as_uri(), profile)
    try:
        started = time.monotonic()
        page.wait_for("document.body && document.body.getAttribute('data-rendered')", timeout)
        page.wait_for("window.kg && kg.renderer.getNodeDisplayData('0') !== undefined", timeout)
        page.js("new Promise(r => requestAnimationFrame(() => r(true)))")
        return time.monotonic() - started
    finally:
        page.close()


def main(argv: list[str] | None = None) -> None:
    """Print nodes, relationships, file size and time to first draw of the HTML view."""
    parser = argparse.ArgumentParser(prog="python -m bench.html_view", description=main.__doc__)
    parser.add_argument("--docs", type=int, default=16, help="synthetic issues to extract (default 16: 9,944 nodes)")
    parser.add_argument("--facts", type=Path, default=None, help="a facts file instead of a synthetic corpus")
    args = parser.parse_args(argv)
    from kg.export.html import write_html
    from kg.export.view import view_of
    from kg.graph.graph import build_graph
    from kg.pipeline import extract_paths, read_facts

    with tempfile.TemporaryDirectory(prefix="kg-html-bench-") as tmp:
        if args.facts is not None:
            facts = read_facts(args.facts)
        else:
            from bench.synth import write_corpus

            facts = extract_paths(write_corpus(args.docs, Path(tmp) / "corpus", seed=0))
        graph = build_graph(facts)
        view = view_of(graph)
        html = write_html(view.graph, Path(tmp) / "view.html")
        seconds = first_draw_seconds(html, Path(tmp) / "profile")
        print(json.dumps({"graph_nodes": graph.number_of_nodes(), "view_nodes": view.graph.number_of_nodes(),
                          "view_relationships": view.graph.number_of_edges(),
                          "html_mb": round(html.stat().st_size / 1e6, 1), "first_draw_s": round(seconds, 1)}))


if __name__ == "__main__":
    main()
