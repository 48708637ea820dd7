"""kg.export.networks: each projection, in each format, opened by networkx and python-igraph."""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.networks import NETWORK_FORMATS, NETWORKS, export_network, project
from kg.graph.graph import build_graph
from kg.paths import SEEDS
from kg.query.query import run_query


@pytest.fixture(scope="module")
def graph(seed_facts) -> nx.MultiDiGraph:
    return build_graph(seed_facts)


def _read_igraph_graphml(path: Path) -> igraph.Graph:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "there is already an 'id' vertex attribute"
        return igraph.Graph.Read_GraphML(str(path))


def _read_csv(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (pd.read_csv(folder / "nodes.csv", dtype=str, keep_default_na=False),
            pd.read_csv(folder / "edges.csv", keep_default_na=False))


@pytest.mark.parametrize("include_collective", [False, True])
def test_cooperation_is_the_cooperation_pairs_query(graph, include_collective):
    net = project(graph, "cooperation", include_collective=include_collective)
    pairs = run_query("cooperation_pairs", {"limit": 100000, "include_collective": include_collective}, graph=graph)
    expected = {(f"Unit:{r.lead_unit}", f"Unit:{r.cooperating_unit}"): r.shared for r in pairs.itertuples()}
    assert {(u, v): a["weight"] for u, v, a in net.edges(data=True)} == expected
    assert all(a["weight"] == a["tasks"] + a["projects"] for *_, a in net.edges(data=True))
    assert {a["labels"] for _, a in net.nodes(data=True)} == {"Unit"}
    assert all(net.nodes[n]["name"] == graph.nodes[n]["name"] for n in net)


def test_personnel_is_every_tenure(graph):
    net = project(graph, "personnel")
    holds = [(u, v) for u, v, a in graph.edges(data=True) if a["type"] == "HOLDS"]
    assert sorted((u, v) for u, v in net.edges()) == sorted(holds)
    assert holds, "the seeds have tenures"
    edge = next(iter(a for *_, a in net.edges(data=True) if a.get("start_date")))
    assert {"position", "start_date", "ev_source", "ev_start", "ev_end", "quote"} <= set(edge)
    assert {net.nodes[u]["labels"] for u, _ in holds} == {"Official"}


@pytest.mark.parametrize("include_collective", [False, True])
def test_bipartite_is_every_unit_task_pair(graph, include_collective):
    net = project(graph, "bipartite", include_collective=include_collective)
    pairs = {(u, v) for u, v, a in graph.edges(data=True) if a["type"] in ("LEADS", "COOPERATES")
             and graph.nodes[u]["label"] == "Unit"
             and (include_collective or graph.nodes[u]["kind"] != "collective")}
    assert set(net.edges()) == pairs
    units = {n for n, d in net.nodes(data=True) if d["bipartite"] == 0}
    assert nx.bipartite.is_bipartite_node_set(nx.Graph(net), units)
    leads = {(u, v) for u, v, a in graph.edges(data=True) if a["type"] == "LEADS"}
    assert {(u, v) for u, v, a in net.edges(data=True) if a["role"] == "lead"} == leads & pairs
    task = next(n for n in net if n.startswith("Task:"))
    assert net.nodes[task]["name"] == graph.nodes[task]["text"]  # the task's own words, in full


@pytest.mark.parametrize("network", NETWORKS)
def test_every_format_opens_with_counts_and_names(graph, network, tmp_path):
    net = project(graph, network)
    names = {n: a["name"] for n, a in net.nodes(data=True)}
    assert all(names.values())
    paths = {fmt: export_network(graph, network, fmt, tmp_path / f"{network}.{fmt}") for fmt in NETWORK_FORMATS}

    for back in (nx.read_graphml(paths["graphml"], force_multigraph=True), nx.read_gexf(paths["gexf"])):
        assert (back.number_of_nodes(), back.number_of_edges()) == (net.number_of_nodes(), net.number_of_edges())
        assert {n: a["name"] for n, a in back.nodes(data=True)} == names
        assert {n: a["label"] for n, a in back.nodes(data=True)} == names  # what Gephi shows

    ig = _read_igraph_graphml(paths["graphml"])
    assert (ig.vcount(), ig.ecount()) == (net.number_of_nodes(), net.number_of_edges())
    assert dict(zip(ig.vs["id"], ig.vs["name"], strict=True)) == names
    assert sorted(ig.vs["labels"]) == sorted(a["labels"] for _, a in net.nodes(data=True))
    assert Counter((ig.vs[e.source]["id"], ig.vs[e.target]["id"]) for e in ig.es) == Counter(list(net.edges()))

    nodes, edges = _read_csv(paths["csv"])
    assert dict(zip(nodes["Id"], nodes["Label"], strict=True)) == names
    assert len(edges) == net.number_of_edges() and set(edges["Type"]) == {"Directed"}
    ig_csv = igraph.Graph.DataFrame(edges, directed=True, vertices=nodes, use_vids=False)
    assert (ig_csv.vcount(), ig_csv.ecount()) == (net.number_of_nodes(), net.number_of_edges())
    assert dict(zip(ig_csv.vs["name"], ig_csv.vs["Label"], strict=True)) == names
    back_csv = nx.from_pandas_edgelist(edges, "Source", "Target", create_using=nx.MultiDiGraph)
    assert Counter(back_csv.edges()) == Counter(list(net.edges()))


def test_cooperation_weights_survive_every_format(graph, tmp_path):
    net = project(graph, "cooperation")
    weights = {(u, v): a["weight"] for u, v, a in net.edges(data=True)}
    ig = _read_igraph_graphml(export_network(graph, "cooperation", "graphml", tmp_path / "c.graphml"))
    assert {(ig.vs[e.source]["id"], ig.vs[e.target]["id"]): e["weight"] for e in ig.es} == weights
    gexf = nx.read_gexf(export_network(graph, "cooperation", "gexf", tmp_path / "c.gexf"))
    assert {(u, v): a["weight"] for u, v, a in gexf.edges(data=True)} == weights
    _, edges = _read_csv(export_network(graph, "cooperation", "csv", tmp_path / "c"))
    assert {(r.Source, r.Target): r.Weight for r in edges.itertuples()} == weights


def test_cli_writes_a_network_and_refuses_json(tmp_path):
    runner = CliRunner()
    out = tmp_path / "coop.gexf"
    done = runner.invoke(cli, ["export", str(SEEDS), "--network", "cooperation", "--format", "gexf", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert "cooperation network" in done.output and nx.read_gexf(out).number_of_edges() > 0
    bad = runner.invoke(cli, ["export", str(SEEDS), "--network", "cooperation", "--format", "json"])
    assert bad.exit_code == 2 and "--network writes graphml, gexf, csv" in bad.output
