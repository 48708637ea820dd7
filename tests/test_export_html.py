"""The HTML view: self-contained, and it renders in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import quote as quote_url

import networkx as nx
import pytest

from kg.export_html import graph_payload, write_html


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


def test_page_is_self_contained_and_escapes_data(tmp_path):
    page = write_html(small_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://(?!www\.w3\.org)", page)
    # a title containing </script> must not end the data block
    assert page.count("</script>") == 2
    assert "宁波市经济和信息化局" in page


def test_payload_keeps_evidence_on_edges():
    payload = graph_payload(small_graph())
    assert {n["label"] for n in payload["nodes"]} == {"Unit", "Task", "Document"}
    assert all(e["quote"].startswith("（牵头单位") for e in payload["edges"])


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("chromium is not installed: run scripts/system-deps")
    return path


FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=5000"]


def test_page_renders_nodes_in_headless_chromium(tmp_path):
    from matplotlib.image import imread

    html = write_html(small_graph(), tmp_path / "g.html")
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", html.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    assert 'data-rendered="4"' in dom
    assert dom.count('class="node"') == 4
    assert "宁波市经济和信息化局" in dom

    # selecting a node (what a click does) shows its properties and evidence
    selected = subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
         html.as_uri() + "#select=" + quote_url("Unit:宁波市经济和信息化局")],
        capture_output=True, text=True, timeout=120,
    ).stdout
    assert "Unit: 宁波市经济和信息化局" in selected
    assert "<blockquote>（牵头单位：市经信局；配合单位：市发改委）  [a.txt 1–2]</blockquote>" in selected

    shot = tmp_path / "shot.png"
    subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", "--window-size=1000,700",
         f"--screenshot={shot}", html.as_uri()],
        capture_output=True, timeout=120,
    )
    pixels = imread(shot)
    # not blank: many distinct colours (nodes, labels, legend), not one background
    flat = (pixels[..., :3] * 255).astype(int).reshape(-1, 3)
    assert len({tuple(p) for p in flat[:: 37]}) > 20
