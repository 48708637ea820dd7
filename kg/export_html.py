"""An interactive HTML view of the graph that works offline.

One self-contained file: the data as JSON and a small force layout in plain
JavaScript (no CDN, no library), SVG nodes coloured by label with their Chinese
names, and a side panel that shows a clicked node's properties and the evidence
(quote, source, offsets) of its relationships.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

#: One colour per node label (colour-blind-safe palette).
LABEL_COLOURS = {
    "Document": "#4e79a7",
    "Unit": "#f28e2b",
    "Official": "#e15759",
    "Task": "#76b7b2",
    "Project": "#59a14f",
    "Park": "#edc948",
    "Region": "#b07aa1",
}
FALLBACK_COLOUR = "#9c9c9c"
_EDGE_FIELDS = ("type", "source", "start", "end", "quote")


def _display_name(attrs: dict[str, Any]) -> str:
    for key in ("name", "title", "doc_number", "text", "id"):
        value = attrs.get(key)
        if value:
            text = str(value)
            return text if len(text) <= 24 else text[:23] + "…"
    return "?"


def graph_payload(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as the JSON the page reads: nodes with props, edges with evidence."""
    index = {node: i for i, node in enumerate(graph.nodes)}
    nodes = [
        {"id": str(node), "label": attrs.get("label", ""), "name": _display_name(attrs),
         "props": {k: v for k, v in attrs.items() if k != "label"}}
        for node, attrs in graph.nodes(data=True)
    ]
    edges = [
        {"s": index[u], "t": index[v], **{k: attrs.get(k) for k in _EDGE_FIELDS}}
        for u, v, attrs in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges, "colours": LABEL_COLOURS, "fallback": FALLBACK_COLOUR}


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    return (json.dumps(data, ensure_ascii=False, default=str)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "policy-kg graph") -> Path:
    """Write the interactive page to ``path`` and return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = _PAGE.replace("__TITLE__", title).replace("__DATA__", _script_json(graph_payload(graph)))
    path.write_text(page, encoding="utf-8")
    return path


_PAGE = r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<style>
  body { margin: 0; display: flex; height: 100vh;
         font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
  #view { flex: 1; height: 100vh; background: #fafafa; }
  #panel { width: 340px; overflow: auto; padding: 12px; border-left: 1px solid #ddd; font-size: 13px; }
  #legend span { display: inline-block; margin: 2px 6px 2px 0; }
  #legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 3px; }
  text { font-size: 10px; pointer-events: none; fill: #222; }
  circle { stroke: #fff; stroke-width: 1; cursor: pointer; }
  circle.selected { stroke: #000; stroke-width: 2.5; }
  line { stroke: #bbb; stroke-width: 0.8; }
  blockquote { margin: 4px 0 8px; padding: 4px 8px; background: #f3f3f3; border-left: 3px solid #999; }
  dt { font-weight: bold; margin-top: 4px; }
  dd { margin: 0 0 0 8px; word-break: break-all; }
</style>
</head>
<body>
<svg id="view"></svg>
<div id="panel">
  <h3>__TITLE__</h3>
  <div id="legend"></div>
  <p id="counts"></p>
  <p style="color:#666">Wheel to zoom, drag to pan, hover for a name, click for evidence.</p>
  <div id="details"><p>Click a node to see its properties and evidence.</p></div>
</div>
<script id="graph-data" type="application/json">__DATA__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svgNS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("view");
  var box0 = svg.getBoundingClientRect(), W = box0.width || 1000, H = box0.height || 700;
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  function colour(label) { return data.colours[label] || data.fallback; }

  var legend = document.getElementById("legend"), seen = {};
  nodes.forEach(function (d) { seen[d.label] = (seen[d.label] || 0) + 1; });
  Object.keys(seen).sort().forEach(function (label) {
    var s = document.createElement("span");
    s.innerHTML = '<i style="background:' + colour(label) + '"></i>';
    s.appendChild(document.createTextNode(label + " (" + seen[label] + ")"));
    legend.appendChild(s);
  });
  document.getElementById("counts").textContent = n + " nodes, " + edges.length + " relationships";

  // Deterministic start on a spiral, then a bounded number of force steps.
  nodes.forEach(function (d, i) {
    var a = i * 2.399963, r = 12 * Math.sqrt(i + 1);
    d.x = W / 2 + r * Math.cos(a); d.y = H / 2 + r * Math.sin(a); d.vx = 0; d.vy = 0; d.deg = 0;
  });
  edges.forEach(function (e) { nodes[e.s].deg++; nodes[e.t].deg++; });
  var steps = n > 1500 ? 60 : 250, k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  for (var step = 0; step < steps; step++) {
    var cool = 1 - step / steps;
    for (var i = 0; i < n; i++) {
      var a = nodes[i];
      for (var j = i + 1; j < n; j++) {
        var b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 90000) continue;
        var f = (k * k) / d2 * 0.05;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      var a = nodes[e.s], b = nodes[e.t], dx = b.x - a.x, dy = b.y - a.y;
      var dist = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (dist - k) / dist * 0.05;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    });
    nodes.forEach(function (d) {
      d.vx += (W / 2 - d.x) * 0.002; d.vy += (H / 2 - d.y) * 0.002;
      var v = Math.sqrt(d.vx * d.vx + d.vy * d.vy), cap = 10 * cool + 0.5;
      if (v > cap) { d.vx *= cap / v; d.vy *= cap / v; }
      d.x += d.vx; d.y += d.vy; d.vx *= 0.5; d.vy *= 0.5;
    });
  }
  // Fit to the view.
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  nodes.forEach(function (d) {
    minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x); minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
  });
  var pad = 40, sx = (W - 2 * pad - 100) / Math.max(maxX - minX, 1), sy = (H - 2 * pad) / Math.max(maxY - minY, 1);
  // Stretch to the whole view (a wide screen spreads the clusters out).
  nodes.forEach(function (d) { d.x = pad + (d.x - minX) * sx; d.y = pad + (d.y - minY) * sy; });

  var g = document.createElementNS(svgNS, "g");
  svg.appendChild(g);
  edges.forEach(function (e) {
    var l = document.createElementNS(svgNS, "line");
    l.setAttribute("x1", nodes[e.s].x); l.setAttribute("y1", nodes[e.s].y);
    l.setAttribute("x2", nodes[e.t].x); l.setAttribute("y2", nodes[e.t].y);
    g.appendChild(l);
  });
  // Name only the best-connected nodes of a big graph; hovering names any node.
  var labelled = {};
  nodes.map(function (d, i) { return [d.deg, i]; })
    .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; })
    .slice(0, 40).forEach(function (p) { labelled[p[1]] = true; });
  var circles = [];
  nodes.forEach(function (d, i) {
    var c = document.createElementNS(svgNS, "circle");
    c.setAttribute("cx", d.x); c.setAttribute("cy", d.y);
    c.setAttribute("r", Math.min(4 + Math.sqrt(d.deg) * 1.5, 16));
    c.setAttribute("fill", colour(d.label));
    c.setAttribute("class", "node"); c.setAttribute("data-label", d.label); c.setAttribute("data-id", d.id);
    c.addEventListener("click", function () { select(i); });
    g.appendChild(c); circles.push(c);
    var tip = document.createElementNS(svgNS, "title");
    tip.textContent = d.label + ": " + d.name;
    c.appendChild(tip);
    if (n <= 60 || labelled[i]) {
      var t = document.createElementNS(svgNS, "text");
      t.setAttribute("x", d.x + 6); t.setAttribute("y", d.y + 3); t.textContent = d.name;
      g.appendChild(t);
    }
  });

  function row(dl, key, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = key;
    dd.textContent = Array.isArray(value) ? value.join("、") : String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function select(i) {
    circles.forEach(function (c) { c.classList.remove("selected"); });
    circles[i].classList.add("selected");
    var d = nodes[i], box = document.getElementById("details");
    box.innerHTML = "";
    var h = document.createElement("h4");
    h.textContent = d.label + ": " + d.name;
    box.appendChild(h);
    var dl = document.createElement("dl");
    Object.keys(d.props).sort().forEach(function (key) { row(dl, key, d.props[key]); });
    box.appendChild(dl);
    var rels = edges.filter(function (e) { return e.s === i || e.t === i; }).slice(0, 50);
    var hr = document.createElement("h4");
    hr.textContent = "Relationships and evidence (" + rels.length + ")";
    box.appendChild(hr);
    rels.forEach(function (e) {
      var p = document.createElement("p"), other = nodes[e.s === i ? e.t : e.s];
      p.textContent = (e.s === i ? "→ " : "← ") + e.type + " " + other.label + ": " + other.name;
      box.appendChild(p);
      if (e.quote) {
        var q = document.createElement("blockquote");
        q.textContent = e.quote + "  [" + e.source + " " + e.start + "–" + e.end + "]";
        box.appendChild(q);
      }
    });
  }
  // Wheel zooms around the pointer, dragging the background pans.
  var view = {x: 0, y: 0, k: 1}, drag = null;
  function apply() { g.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    var f = ev.deltaY < 0 ? 1.2 : 1 / 1.2;
    view.x = px - (px - view.x) * f; view.y = py - (py - view.y) * f; view.k *= f; apply();
  }, {passive: false});
  svg.addEventListener("mousedown", function (ev) {
    if (ev.target === svg) drag = {x: ev.clientX - view.x, y: ev.clientY - view.y};
  });
  window.addEventListener("mousemove", function (ev) {
    if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; apply(); }
  });
  window.addEventListener("mouseup", function () { drag = null; });
  window.kgSelect = select;
  // A link can open the page on a node: graph.html#select=Unit:宁波市经济和信息化局
  var want = decodeURIComponent(location.hash.replace(/^#select=/, ""));
  nodes.forEach(function (d, i) { if (location.hash && d.id === want) select(i); });
  document.body.setAttribute("data-rendered", String(n));
})();
</script>
</body>
</html>
"""
