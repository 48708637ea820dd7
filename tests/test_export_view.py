"""kg.export.view: the HTML view cut to what a browser draws (issue 23) — a network, a
period, a place, the N most connected nodes; never more than 10,000 nodes."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from chromium import Page
from click.testing import CliRunner
from test_export_html import synthetic_graph

from kg.cli import cli
from kg.errors import KgError
from kg.export.view import MAX_NODES, in_region, most_connected, view_of
from kg.graph.graph import build_graph
from kg.pipeline import write_facts


def dated(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The synthetic graph with its tasks' edges dated over 2020-2023."""
    for _, v, attrs in graph.edges(data=True):
        seq = graph.nodes[v].get("seq") if graph.nodes[v].get("label") == "Task" else None
        attrs["date"] = f"{2020 + (seq or 0) % 4}-06-01"
    return graph


def test_a_graph_within_the_limit_is_drawn_whole():
    graph = synthetic_graph(2_000)
    view = view_of(graph)
    assert view.note is None and view.graph.number_of_nodes() == 2_000


def test_above_the_limit_the_most_connected_nodes_and_their_neighbours_are_written_and_said():
    graph = synthetic_graph(3_000)
    view = view_of(graph, limit=1_000)
    assert 800 <= view.graph.number_of_nodes() <= 1_000
    assert view.note is not None and "3,000 nodes are more than the 1,000" in view.note and "--top N" in view.note
    degree = dict(graph.degree())
    hub = max(graph.nodes, key=lambda n: degree[n])
    top = sorted(graph.nodes, key=lambda n: (-degree[n], str(n)))[:200]  # ties by name
    assert set(top) <= set(view.graph.nodes)  # every one of the 200 best connected, each with neighbours
    assert all(view.graph.degree(n) >= 1 for n in top) and hub in view.graph


def test_top_n_keeps_each_hub_with_its_neighbours():
    g = nx.MultiDiGraph()
    g.add_edges_from([("a", x) for x in "bcde"] + [("f", "g"), ("f", "j"), ("h", "i")])
    assert sorted(most_connected(g, 1).nodes) == ["a", "b", "c", "d", "e"]
    view = view_of(g, top=2)
    assert sorted(view.graph.nodes) == ["a", "b", "c", "d", "e", "f", "g", "j"]
    assert view.note == "the 2 most connected nodes and their neighbours: 8 of 10 nodes"


def test_since_until_keeps_the_facts_of_the_period():
    graph = dated(synthetic_graph(2_000))
    view = view_of(graph, since="2021", until="2021")
    dates = {a.get("date") for *_, a in view.graph.edges(data=True)}
    assert dates == {"2021-06-01"}


def test_a_region_keeps_its_units_and_what_they_touch(seed_facts):
    graph = build_graph(seed_facts)
    yinzhou = in_region(graph, "鄞州区")
    units = [a["name"] for _, a in yinzhou.nodes(data=True) if a.get("label") == "Unit"]
    assert units and all("鄞州区" in name for name in units)  # 中共鄞州区委…
    ningbo = in_region(graph, "宁波市")
    assert set(yinzhou.nodes) < set(ningbo.nodes)  # a city takes its districts' bodies too
    with pytest.raises(KgError, match="--region 无此地"):
        in_region(graph, "无此地")


def test_a_network_is_drawn_as_a_graph_of_its_own(seed_facts):
    view = view_of(build_graph(seed_facts), network="cooperation")
    assert view.graph.number_of_nodes() > 10
    assert {a["label"] for _, a in view.graph.nodes(data=True)} == {"Unit"}
    assert {a["type"] for *_, a in view.graph.edges(data=True)} == {"COOPERATION"}


def test_the_cli_says_what_it_cut_and_refuses_the_options_outside_html(seed_facts, tmp_path):
    facts = tmp_path / "facts.json"
    write_facts(seed_facts, facts)
    out = tmp_path / "top.html"
    result = CliRunner().invoke(cli, ["export", "--facts", str(facts), "--format", "html", "--top", "3", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("kg: the 3 most connected nodes and their neighbours: ")
    assert out.exists() and "nodes): " in result.stdout
    for option in (["--top", "3"], ["--since", "2021"], ["--region", "宁波市"]):
        bad = CliRunner().invoke(cli, ["export", "--facts", str(facts), "--format", "gexf", *option])
        assert bad.exit_code == 2 and "add --format html" in bad.stderr


def test_a_graph_thrice_the_limit_opens_in_headless_chromium_within_30_s(tmp_path):
    import time

    from kg.export.html import write_html

    graph = dated(synthetic_graph(3 * MAX_NODES))
    view = view_of(graph)
    assert 0.8 * MAX_NODES <= view.graph.number_of_nodes() <= MAX_NODES and view.note
    html = write_html(view.graph, tmp_path / "g.html")
    assert html.stat().st_size < 30_000_000
    page = Page(html.as_uri(), tmp_path / "profile")
    try:
        started = time.monotonic()
        assert page.wait_for("document.body && document.body.getAttribute('data-rendered')", 120) == \
            str(view.graph.number_of_nodes())
        page.wait_for("window.kg && kg.renderer.getNodeDisplayData('0') !== undefined", 60)
        assert time.monotonic() - started < 30
        # the year filter hides what is not of that year; the collective toggle is there
        years = page.js("Array.from(document.querySelectorAll('#year option')).map(o => o.value)")
        assert years == ["", "2020", "2021", "2022", "2023"]
        page.js("var s = document.getElementById('year'); s.value = '2021'; s.dispatchEvent(new Event('change')); true")
        assert 0 < page.js("kg.shown()") < view.graph.number_of_nodes()
        assert page.js("document.getElementById('collective').checked") is True
    finally:
        page.close()


def test_the_first_draw_benchmark_prints_its_figures(capsys):
    from bench.html_view import main

    main(["--docs", "1"])
    figures = json.loads(capsys.readouterr().out)
    assert figures["view_nodes"] == figures["graph_nodes"] > 100 and 0 < figures["first_draw_s"] < 120
