"""kg.export.export: every format written and read back by the tools researchers use."""

from __future__ import annotations

import csv
import json
import warnings

import igraph
import networkx as nx
import pytest

from kg.errors import KgError
from kg.export.attributes import LIST_SEPARATOR
from kg.export.export import default_path, export_graph
from kg.graph.graph import build_graph


def ev(start: int, end: int, quote: str = "牵头单位：市经信局\n配合") -> dict:
    return {"source": "a.txt", "start": start, "end": end, "quote": quote}


@pytest.fixture(scope="module")
def small_graph() -> nx.MultiDiGraph:
    return build_graph({
        "units": [{"name": "宁波市经济和信息化局", "aliases": ["市经信局", "经信局"], "level": "city",
                   "kind": "government"}],
        "documents": [{"id": "甬政发〔2021〕59号", "source": "a.txt", "doc_number": "甬政发〔2021〕59号",
                       "title": "若干意见", "issuer": "宁波市人民政府", "kind": "opinion", "partial": False,
                       "evidence": ev(0, 9)}],
        "task_assignments": [{"source": "a.txt", "doc_id": "甬政发〔2021〕59号", "kind": "task", "seq": 1,
                              "text": "做好“两高”整治", "lead_units": ["市经信局"], "cooperating_units": ["市发改委"],
                              "lead_officials": ["陈炳荣"], "evidence": ev(10, 30),
                              "resolved": {"市经信局": "宁波市经济和信息化局"}}],
        "appointments": [{"source": "a.txt", "doc_id": "甬政发〔2021〕59号", "date": "2021-12-31", "person": "王程",
                          "action": "appoint", "organization": "A委", "position": "副主任", "concurrent": True,
                          "probation": False, "evidence": ev(40, 50, "王程任A委副主任")}],
        "parks": [{"source": "a.txt", "doc_id": "甬政发〔2021〕59号", "name": "机器人小镇", "host": "余姚市",
                   "sector": "零部件", "industries": ["工业机器人", "关键部件"], "evidence": ev(60, 70)}],
        "projects": [{"source": "a.txt", "doc_id": "甬政发〔2021〕59号", "table": "表1", "seq": 1, "name": "项目",
                      "lead_units": ["区发改局"], "cooperating_units": [], "start_year": 2022,
                      "evidence": ev(80, 90)}],
    })


def _labels(graph: nx.MultiDiGraph, attr: str = "label") -> dict[str, str]:
    return {n: a[attr] for n, a in graph.nodes(data=True)}


def _igraph(path) -> igraph.Graph:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "there is already an 'id' vertex attribute" must not happen
        return igraph.Graph.Read_GraphML(str(path))


def test_graphml_loads_in_networkx_and_igraph(small_graph, tmp_path):
    path = export_graph(small_graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert _labels(back, "labels") == _labels(small_graph)
    assert back.number_of_edges() == small_graph.number_of_edges()
    # a list is its items joined by | (not JSON text): Gephi shows it, R splits it with strsplit
    assert back.nodes["Unit:宁波市经济和信息化局"]["aliases"] == "市经信局|经信局"
    assert back.nodes["Unit:宁波市经济和信息化局"]["aliases"].split(LIST_SEPARATOR) == ["市经信局", "经信局"]
    assert back.nodes["Task:甬政发〔2021〕59号#T1"]["seq"] == 1
    assert back.nodes["Task:甬政发〔2021〕59号#T1"]["name"] == "做好“两高”整治"
    assert back.nodes["Document:甬政发〔2021〕59号"]["kg_id"] == "甬政发〔2021〕59号"
    ig = _igraph(path)
    assert ig.vcount() == small_graph.number_of_nodes() and ig.ecount() == small_graph.number_of_edges()
    assert sorted(ig.vs["id"]) == sorted(small_graph.nodes)  # the node ids, kept by igraph
    assert sorted(ig.vs["labels"]) == sorted(_labels(small_graph).values())
    assert dict(zip(ig.vs["id"], ig.vs["label"], strict=True))["Unit:宁波市经济和信息化局"] == "宁波市经济和信息化局"
    assert all(ig.vs["name"])
    assert set(ig.es["kg_type"]) == {a["type"] for *_, a in small_graph.edges(data=True)}
    concurrent = [e["concurrent"] for e in ig.es if e["kg_type"] == "APPOINTS"]
    assert concurrent == [True]


def test_graphml_attribute_with_two_types_is_written_as_string(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("Task:a", label="Task", id="a", seq=1)
    g.add_node("Task:b", label="Task", id="b", seq="2a")
    back = nx.read_graphml(export_graph(g, "graphml", tmp_path / "g.graphml"))
    assert (back.nodes["Task:a"]["seq"], back.nodes["Task:b"]["seq"]) == ("1", "2a")


def test_gexf_and_graphml_use_the_same_names(small_graph, tmp_path):
    back = nx.read_gexf(export_graph(small_graph, "gexf", tmp_path / "g.gexf"))
    doc = back.nodes["Document:甬政发〔2021〕59号"]
    assert (doc["label"], doc["name"], doc["labels"], doc["kg_id"]) == ("若干意见", "若干意见", "Document", "甬政发〔2021〕59号")
    assert _labels(back, "labels") == _labels(small_graph)
    lead = [a for *_, a in back.edges(data=True) if a["kg_type"] == "LEADS" and a["rid"] == "a.txt:10:30"]
    assert len(lead) == 2  # unit and official lead the task
    assert all(a["ev_start"] == 10 and a["ev_end"] == 30 and a["label"] == "LEADS" and a["ev_source"] == "a.txt"
               for a in lead)
    assert back.number_of_edges() == small_graph.number_of_edges()
    graphml = nx.read_graphml(export_graph(small_graph, "graphml", tmp_path / "g.graphml"), force_multigraph=True)
    assert {k for _, a in graphml.nodes(data=True) for k in a} == {k for _, a in back.nodes(data=True) for k in a}
    assert {k for *_, a in graphml.edges(data=True) for k in a} == {k for *_, a in back.edges(data=True) for k in a} - {"id"}


def test_json_node_link_round_trip(small_graph, tmp_path):
    data = json.loads(export_graph(small_graph, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, name="node", source="from", target="to", key="key")
    assert nx.utils.graphs_equal(back, small_graph)
    assert dict(back.nodes(data=True)) == dict(small_graph.nodes(data=True))


def _read(path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_for_neo4j_admin_import(small_graph, tmp_path):
    folder = export_graph(small_graph, "csv", tmp_path / "import")
    names = sorted(p.name for p in folder.iterdir())
    assert "nodes_Unit.csv" in names and "rels_LEADS.csv" in names and "IMPORT.txt" in names
    header, *rows = _read(folder / "nodes_Unit.csv")
    assert header[0] == ":ID" and header[1] == "name:string" and header[-1] == ":LABEL"
    assert "aliases:string[]" in header
    unit = dict(zip(header, next(r for r in rows if r[0] == "Unit:宁波市经济和信息化局"), strict=True))
    assert unit["aliases:string[]"] == "市经信局;经信局" and unit[":LABEL"] == "Unit"
    header, *rows = _read(folder / "nodes_Task.csv")
    assert "seq:long" in header
    header, *rows = _read(folder / "rels_APPOINTS.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"start:long", "end:long", "quote:string", "concurrent:boolean", "rid:string"} <= set(header)
    row = dict(zip(header, rows[0], strict=True))
    assert (row[":START_ID"], row[":END_ID"], row["concurrent:boolean"]) == \
        ("Document:甬政发〔2021〕59号", "Official:王程", "true")
    # multi-line evidence quotes survive CSV quoting
    header, *rows = _read(folder / "rels_LEADS.csv")
    assert dict(zip(header, rows[0], strict=True))["quote:string"] == "牵头单位：市经信局\n配合"
    # every relationship end is a node id of some node file
    ids = {r[0] for p in folder.glob("nodes_*.csv") for r in _read(p)[1:]}
    ends = {x for p in folder.glob("rels_*.csv") for r in _read(p)[1:] for x in r[:2]}
    assert ends <= ids and len(ids) == small_graph.number_of_nodes()
    args = (folder / "import.args").read_text(encoding="utf-8").splitlines()
    assert {"--multiline-fields=true", "--array-delimiter=;", "--nodes=nodes_Unit.csv"} <= set(args)
    assert {a.split("=", 1)[1] for a in args if a.startswith(("--nodes=", "--relationships="))} == \
        {p.name for p in folder.glob("*_*.csv")}
    instructions = (folder / "IMPORT.txt").read_text(encoding="utf-8")
    assert f"\nscripts/neo4j import {folder.resolve()}\n" in instructions
    assert "'--array-delimiter=;'" in instructions  # the bare neo4j-admin command, for other installations


def test_csv_array_delimiter_avoids_values(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("Unit:a", label="Unit", name="a", aliases=["x;y", "z"])
    folder = export_graph(g, "csv", tmp_path / "import")
    header, row = _read(folder / "nodes_Unit.csv")
    assert dict(zip(header, row, strict=True))["aliases:string[]"] == "x;y|z"
    assert "--array-delimiter=|" in (folder / "import.args").read_text(encoding="utf-8").splitlines()


def test_html_export(small_graph, tmp_path):
    path = export_graph(small_graph, "html", tmp_path / "g.html")
    assert "宁波市经济和信息化局" in path.read_text(encoding="utf-8")


def test_unknown_format_and_default_paths(small_graph, tmp_path):
    with pytest.raises(KgError, match="unknown export format"):
        export_graph(small_graph, "dot", tmp_path / "g.dot")
    assert default_path("gexf").name == "graph.gexf"
    assert default_path("csv").name == "import"


def test_seed_graph_opens_in_networkx_and_igraph_with_names(seed_facts, tmp_path):
    from kg.export.attributes import display_name

    graph = build_graph(seed_facts)
    names = {n: display_name(a) for n, a in graph.nodes(data=True)}
    path = export_graph(graph, "graphml", tmp_path / "seeds.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert _labels(back, "labels") == _labels(graph)
    assert _labels(back, "name") == names and _labels(back, "label") == names
    ig = _igraph(path)
    assert ig.ecount() == graph.number_of_edges()
    assert dict(zip(ig.vs["id"], ig.vs["name"], strict=True)) == names
    assert all(ig.vs["name"]) and "宁波市经济和信息化局" in ig.vs["name"]
    gexf = nx.read_gexf(export_graph(graph, "gexf", tmp_path / "seeds.gexf"))
    assert _labels(gexf, "name") == names and gexf.number_of_edges() == graph.number_of_edges()
