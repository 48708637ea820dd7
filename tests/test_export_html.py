"""The HTML view: self-contained, and used as a researcher uses it in a real headless Chromium
(DevTools protocol: typing in the search box, clicking a node, a screenshot), on the seeds and
on a 10,000-node synthetic graph."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

import networkx as nx
from chromium import Page

from kg.export.html import VENDOR, graph_payload, write_html
from kg.graph.graph import build_graph


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("Unit:宁波市经济和信息化局", label="Unit", name="宁波市经济和信息化局")
    g.add_node("Unit:宁波市发展和改革委员会", label="Unit", name="宁波市发展和改革委员会")
    g.add_node("Task:甬政发〔2021〕59号#T1", label="Task", id="甬政发〔2021〕59号#T1", text="大力实施落后企业分类整治")
    g.add_node("Document:甬政发〔2021〕59号", label="Document", id="甬政发〔2021〕59号", title='含"引号"</script>的标题')
    quote = "（牵头单位：市经信局；配合单位：市发改委）"
    for u, t in (("Unit:宁波市经济和信息化局", "LEADS"), ("Unit:宁波市发展和改革委员会", "COOPERATES")):
        g.add_edge(u, "Task:甬政发〔2021〕59号#T1", key=f"{t}|a:1:2", type=t, rid="a:1:2", source="a.txt",
                   start=1, end=2, quote=quote)
    g.add_edge("Task:甬政发〔2021〕59号#T1", "Document:甬政发〔2021〕59号", key="PART_OF|a:1:2", type="PART_OF",
               rid="a:1:2", source="a.txt", start=1, end=2, quote=quote)
    return g


def synthetic_graph(n_nodes: int = 10_000) -> nx.MultiDiGraph:
    """Documents, units and tasks in gazette proportions, every edge with evidence."""
    g = nx.MultiDiGraph()
    n_units, n_docs = 400, 600
    units = [f"Unit:测试市第{i}局" for i in range(n_units)]
    for i, u in enumerate(units):
        g.add_node(u, label="Unit", name=u.split(":", 1)[1], level="city", kind="government", aliases=[f"第{i}局"])
    for d in range(n_docs):
        g.add_node(f"Document:测政发〔2024〕{d}号", label="Document", id=f"测政发〔2024〕{d}号", title=f"关于第{d}项工作的通知")
    for t in range(n_nodes - n_units - n_docs):
        task, doc = f"Task:测政发〔2024〕{t % n_docs}号#T{t}", f"Document:测政发〔2024〕{t % n_docs}号"
        g.add_node(task, label="Task", id=task.split(":", 1)[1], text=f"推进第{t}项重点任务", kind="task", seq=t)
        ev = {"source": f"doc{t % n_docs}.txt", "start": 10 * t, "end": 10 * t + 9}
        quote = f"（牵头单位：第{t % n_units}局；配合单位：第{(t * 7 + 3) % n_units}局）"
        for rel, u, v in (("PART_OF", task, doc), ("LEADS", units[t % n_units], task),
                          ("COOPERATES", units[(t * 7 + 3) % n_units], task)):
            g.add_edge(u, v, key=f"{rel}|{t}", type=rel, rid=f"{ev['source']}:{ev['start']}:{ev['end']}",
                       quote=quote, **ev)
    assert g.number_of_nodes() == n_nodes
    return g


def test_page_is_self_contained_and_escapes_data(tmp_path):
    page = write_html(small_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|sourceMappingURL", page)
    # a title containing </script> must not end the data block; 1 data + 3 libraries + the view
    assert page.count("</script>") == 5
    assert "宁波市经济和信息化局" in page
    for name in ("sigma", "graphology", "graphology-library"):  # the vendored code keeps its licence
        assert (VENDOR / f"LICENSE-{name}.txt").read_text(encoding="utf-8").count("MIT") or "Permission" in \
            (VENDOR / f"LICENSE-{name}.txt").read_text(encoding="utf-8")


def test_payload_keeps_every_edge_with_its_evidence():
    payload = graph_payload(small_graph())
    assert {n["label"] for n in payload["nodes"]} == {"Unit", "Task", "Document"}
    assert len(payload["edges"]) == 3
    assert all(e[6].startswith("（牵头单位") and e[3] == "a.txt" for e in payload["edges"])
    assert payload["nodes"][2]["name"] == "大力实施落后企业分类整治"  # the full text, not cut


def _not_blank(png: Path) -> int:
    """Distinct colours in the graph area of a screenshot (a blank canvas has one)."""
    from matplotlib.image import imread

    pixels = imread(png)[:, :-380, :3]
    flat = (pixels * 255).astype(int).reshape(-1, 3)
    return len({tuple(p) for p in flat[::29]})


def _save(png: Path, name: str) -> None:
    """Keep a copy where KG_SCREENSHOT_DIR says (for a report); the test itself reads png."""
    where = os.environ.get("KG_SCREENSHOT_DIR")
    if where:
        shutil.copy(png, Path(where) / name)


def _use_the_view(graph: nx.MultiDiGraph, tmp_path: Path, unit: str, shot_name: str) -> None:
    html = write_html(graph, tmp_path / "g.html")
    page = Page(html.as_uri(), tmp_path / "profile")
    try:
        assert page.wait_for("document.body && document.body.getAttribute('data-rendered')") == str(graph.number_of_nodes())
        page.wait_for("window.kg && kg.renderer.getNodeDisplayData('0') !== undefined")
        assert page.js("document.getElementById('counts').textContent") == \
            f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships"
        time.sleep(0.5)
        shot = page.screenshot(tmp_path / "view.png")
        assert _not_blank(shot) > 20
        _save(shot, shot_name)
        boxes = page.js("kg.labelBoxes()")  # the labels drawn in the last frame: many, none overlapping
        assert len(boxes) >= 20
        assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                    if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]

        # search: type part of the unit's name, the list offers it; Enter selects the best match
        page.js("document.getElementById('search').focus()")
        page.type(unit[-6:])
        offered = page.js("Array.from(document.querySelectorAll('#results button')).map(b => b.textContent)")
        assert f"Unit: {unit}" in offered
        page.js("document.getElementById('search').value = ''")
        page.type(unit)
        page.key("Enter", 13)
        assert page.js("document.getElementById('selected-name').textContent") == f"Unit: {unit}"
        page.js("kg.clear()")
        assert page.js("document.getElementById('selected-name')") is None

        # a click on the node, zoomed in close (a big graph packs nodes), shows its whole evidence list
        page.js(f"kg.zoomTo({json.dumps('Unit:' + unit)}, 0.02)")
        time.sleep(0.5)  # a frame drawn at the new camera
        point = page.js(f"kg.position({json.dumps('Unit:' + unit)})")
        page.click(point["x"], point["y"])
        assert page.wait_for("document.getElementById('selected-name') && "
                             "document.getElementById('selected-name').textContent", 20) == f"Unit: {unit}"
        node = f"Unit:{unit}"
        incident = [a for *_, a in graph.in_edges(node, data=True)] + [a for *_, a in graph.out_edges(node, data=True)]
        assert page.js("document.getElementById('evidence-count').textContent") == \
            f"Relationships and evidence ({len(incident)})"
        quotes = page.js("Array.from(document.querySelectorAll('#details blockquote')).map(b => b.textContent)")
        assert len(quotes) == len([a for a in incident if a.get("quote")])
        assert sorted(quotes) == sorted(f"{a['quote']}  [{a['source']} {a['start']}–{a['end']}]"
                                        for a in incident if a.get("quote"))
        # neighbour highlight: the selection greys the others out; filters hide a label
        page.js(f"kg.zoomTo({json.dumps('Unit:' + unit)}, 0.35)")
        time.sleep(0.5)
        _save(page.screenshot(tmp_path / "selected.png"), shot_name.replace(".png", "-selected.png"))
        page.js("document.querySelector('#labels input[value=Task]').click()")
        assert page.js("kg.renderer.getNodeDisplayData(String(kg.index[Object.keys(kg.index)"
                       ".find(k => k.startsWith('Task:'))])).hidden") is True
        assert not [u for u in page.requests if not u.startswith(("file:", "data:", "about:"))]
    finally:
        page.close()


def test_the_view_on_the_seeds_in_headless_chromium(seed_facts, tmp_path):
    _use_the_view(build_graph(seed_facts), tmp_path, "宁波市经济和信息化局", "html-view-seeds.png")


def test_the_view_at_10000_nodes_in_headless_chromium(tmp_path):
    _use_the_view(synthetic_graph(), tmp_path, "测试市第17局", "html-view-10000.png")
