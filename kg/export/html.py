"""An interactive HTML view of the graph that works offline and scales to 10,000 nodes.

One self-contained file: the data as JSON, and sigma.js (WebGL rendering, labels laid
on a grid so they never collide) with graphology and its ForceAtlas2 layout, inlined
from :mod:`kg.vendor` (published npm builds, their licences beside them; no CDN). The
page has a search box over every node's full name, a filter by node label and by
relationship type, a year filter (edges dated in that year, nodes that have one) and a
toggle for collective placeholders, neighbour highlight on hover and on selection, arrows, node size by
degree, and a side panel with a clicked node's properties and the evidence (quote,
source, offsets, properties) of every one of its relationships.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.attributes import display_name

#: One colour per node label (colour-blind-safe palette).
LABEL_COLOURS = {
    "Document": "#4e79a7",
    "Unit": "#f28e2b",
    "Official": "#e15759",
    "Task": "#76b7b2",
    "Project": "#59a14f",
    "Park": "#edc948",
    "Region": "#b07aa1",
    "Area": "#ff9da7",
}
FALLBACK_COLOUR = "#9c9c9c"
_EDGE_FIELDS = ("type", "source", "start", "end", "quote")
_NOT_SHOWN = ("type", "rid", "source", "start", "end", "quote")
VENDOR = Path(__file__).resolve().parent.parent / "vendor"
#: Inlined in this order: graphology (the Graph), its library (ForceAtlas2), sigma.
SCRIPTS = ("graphology.umd.min.js", "graphology-library.min.js", "sigma.min.js")


def graph_payload(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as the JSON the page reads.

    Nodes: ``{"id", "label", "name" (full), "props"}``. Edges, compact for 10,000-node pages:
    ``[source index, target index, type, file, start, end, quote, {other properties}]``.
    """
    index = {node: i for i, node in enumerate(graph.nodes)}
    nodes = [
        {"id": str(node), "label": attrs.get("label", ""), "name": display_name(attrs),
         "props": {k: v for k, v in attrs.items() if k != "label"}}
        for node, attrs in graph.nodes(data=True)
    ]
    edges = [
        [index[u], index[v], *(attrs.get(k) for k in _EDGE_FIELDS),
         {k: v for k, v in attrs.items() if k not in _NOT_SHOWN}]
        for u, v, attrs in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges, "colours": LABEL_COLOURS, "fallback": FALLBACK_COLOUR}


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    return (json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@cache
def vendored_scripts() -> str:
    """The vendored libraries as inline <script> elements (source-map comments dropped)."""
    parts = []
    for name in SCRIPTS:
        code = (VENDOR / name).read_text(encoding="utf-8")
        code = re.sub(r"//# sourceMappingURL=\S+\s*$", "", code).replace("</script", "<\\/script")
        parts.append(f"<script>/* {name}: see kg/vendor/README.md */\n{code}\n</script>")
    return "\n".join(parts)


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "policy-kg graph") -> Path:
    """Write the interactive page to ``path`` and return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = (_PAGE.replace("__TITLE__", title).replace("__LIBS__", vendored_scripts())
            .replace("__DATA__", _script_json(graph_payload(graph))))
    path.write_text(page, encoding="utf-8")
    return path


_PAGE = r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<style>
  body { margin: 0; display: flex; height: 100vh; overflow: hidden;
         font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
  #view { flex: 1; height: 100vh; background: #fafafa; position: relative; }
  #panel { width: 360px; overflow: auto; padding: 10px 12px; border-left: 1px solid #ddd; font-size: 13px; }
  #panel h3 { margin: 4px 0 8px; }
  #search { width: 100%; box-sizing: border-box; padding: 5px; font-size: 14px; }
  #results button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 2px 4px;
                    cursor: pointer; font: inherit; }
  #results button:hover { background: #eef; }
  fieldset { border: 1px solid #ddd; margin: 8px 0; padding: 4px 8px; }
  fieldset label { display: inline-block; margin: 1px 8px 1px 0; white-space: nowrap; }
  i.dot { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 3px 0 2px; }
  blockquote { margin: 2px 0 8px; padding: 4px 8px; background: #f3f3f3; border-left: 3px solid #999; }
  .rel { margin: 6px 0 0; }
  .rel a { cursor: pointer; color: #1a4d8f; }
  .extra { color: #555; font-size: 12px; }
  dt { font-weight: bold; margin-top: 4px; }
  dd { margin: 0 0 0 8px; word-break: break-all; }
  .hint { color: #666; }
</style>
</head>
<body>
<div id="view"></div>
<div id="panel">
  <h3>__TITLE__</h3>
  <input id="search" type="search" placeholder="Search a name (单位、人员、文件…), Enter selects" autocomplete="off">
  <div id="results"></div>
  <fieldset id="labels"><legend>Node labels</legend></fieldset>
  <fieldset id="types"><legend>Relationship types</legend></fieldset>
  <fieldset id="slice"><legend>Slice</legend>
    <label>Year <select id="year"><option value="">all years</option></select></label>
    <label><input type="checkbox" id="collective" checked> collective placeholders (各相关单位…)</label>
  </fieldset>
  <p id="counts"></p>
  <p class="hint">Wheel to zoom, drag to pan, hover to see a node's neighbours, click for its evidence,
    click the background to clear.</p>
  <div id="details"><p>Click a node, or search for one, to see its properties and evidence.</p></div>
</div>
<script id="graph-data" type="application/json">__DATA__</script>
__LIBS__
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  function colour(label) { return data.colours[label] || data.fallback; }
  var byId = {};
  nodes.forEach(function (d, i) { byId[d.id] = i; });

  var G = new graphology.MultiDirectedGraph();
  nodes.forEach(function (d, i) {  // a deterministic start: a sunflower spiral
    var a = i * 2.399963, r = Math.sqrt(i + 1);
    var short = d.name.length > 12 ? d.name.slice(0, 11) + "…" : d.name;  // the full name on hover
    G.addNode(String(i), {x: r * Math.cos(a), y: r * Math.sin(a), label: short, fullName: d.name,
                          kgLabel: d.label, color: colour(d.label), size: 3});
  });
  edges.forEach(function (e, j) {
    G.addDirectedEdgeWithKey(String(j), String(e[0]), String(e[1]), {relType: e[2], color: "#c8c8c8", size: 0.6});
  });
  G.forEachNode(function (key) { G.setNodeAttribute(key, "size", Math.min(2.5 + Math.sqrt(G.degree(key)) * 1.3, 16)); });
  var FA2 = graphologyLibrary.layoutForceAtlas2;
  var fa2 = FA2.inferSettings(G);
  fa2.barnesHutOptimize = n > 300;
  FA2.assign(G, {iterations: n > 5000 ? 60 : n > 1000 ? 120 : 300, settings: fa2});

  var hiddenLabels = {}, hiddenTypes = {}, selected = null, hovered = null, neighbours = null;
  // Year and collective filters: an edge is drawn in the year it is dated in; a node with no
  // edge of that year is hidden; collective placeholders (Unit kind collective) on a toggle.
  var year = "", showCollective = true, nodeYears = nodes.map(function () { return {}; });
  var edgeYear = edges.map(function (e) {
    var y = e[7] && e[7].date ? String(e[7].date).slice(0, 4) : "";
    if (y) { nodeYears[e[0]][y] = true; nodeYears[e[1]][y] = true; }
    return y;
  });
  function nodeOff(i, attrs) {
    return hiddenLabels[attrs.kgLabel] || (!showCollective && nodes[i].props.kind === "collective")
      || (year !== "" && !nodeYears[i][year]);
  }
  function focusOn(key) {
    neighbours = key === null ? null : new Set(G.neighbors(key).concat([key]));
  }
  // Labels: sigma keeps the biggest node of each grid cell; this drawer also skips a label whose
  // box would overlap one already drawn in this frame, so no two labels ever collide.
  var drawn = [];
  function drawLabel(context, d, settings) {
    if (!d.label) return;
    var size = settings.labelSize;
    context.font = settings.labelWeight + " " + size + "px " + settings.labelFont;
    var x = d.x + d.size + 3, y = d.y + size / 3, w = context.measureText(d.label).width;
    var box = [x - 2, y - size, x + w + 2, y + 4];
    for (var k = 0; k < drawn.length; k++) {
      var b = drawn[k];
      if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) return;
    }
    drawn.push(box);
    context.fillStyle = "#222";
    context.fillText(d.label, x, y);
  }
  var renderer = new Sigma(G, document.getElementById("view"), {
    defaultDrawNodeLabel: drawLabel,
    defaultEdgeType: "arrow", renderEdgeLabels: false, zIndex: true,
    labelFont: '"Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif', labelSize: 12,
    labelDensity: 1, labelGridCellSize: 70, labelRenderedSizeThreshold: 4,
    nodeReducer: function (key, attrs) {
      var res = Object.assign({}, attrs);
      if (nodeOff(Number(key), attrs)) { res.hidden = true; return res; }
      if (neighbours) {
        if (neighbours.has(key)) { res.zIndex = 1; }  // labels still laid on the grid: no collisions
        else { res.color = "#e4e4e4"; res.label = ""; res.zIndex = 0; res.size = Math.min(attrs.size, 2); }
      }
      if (key === selected) { res.highlighted = true; res.zIndex = 2; }
      if (key === selected || key === hovered) { res.label = attrs.fullName; res.forceLabel = true; }
      return res;
    },
    edgeReducer: function (key, attrs) {
      var res = Object.assign({}, attrs), ends = G.extremities(key);
      if (hiddenTypes[attrs.relType] || (year !== "" && edgeYear[Number(key)] !== year)
          || nodeOff(Number(ends[0]), G.getNodeAttributes(ends[0]))
          || nodeOff(Number(ends[1]), G.getNodeAttributes(ends[1]))) { res.hidden = true; return res; }
      var focus = hovered !== null ? hovered : selected;
      if (focus !== null) {
        if (ends[0] === focus || ends[1] === focus) { res.color = "#444"; res.size = 1.5; res.zIndex = 1; }
        else { res.hidden = true; }
      }
      return res;
    }
  });
  renderer.on("beforeRender", function () { drawn = []; });
  function refocus() { focusOn(hovered !== null ? hovered : selected); renderer.refresh(); }
  renderer.on("enterNode", function (e) { hovered = e.node; refocus(); });
  renderer.on("leaveNode", function () { hovered = null; refocus(); });
  renderer.on("clickNode", function (e) { select(Number(e.node)); });
  renderer.on("clickStage", function () { clear(); });

  // Filters: one checkbox per label and per relationship type present.
  function checkboxes(box, counts, hidden, withColour) {
    Object.keys(counts).sort().forEach(function (name) {
      var l = document.createElement("label"), c = document.createElement("input");
      c.type = "checkbox"; c.checked = true; c.value = name;
      c.addEventListener("change", function () { hidden[name] = !c.checked; renderer.refresh(); });
      l.appendChild(c);
      if (withColour) { var i = document.createElement("i"); i.className = "dot"; i.style.background = colour(name); l.appendChild(i); }
      l.appendChild(document.createTextNode(name + " (" + counts[name] + ")"));
      box.appendChild(l);
    });
  }
  var labelCounts = {}, typeCounts = {};
  nodes.forEach(function (d) { labelCounts[d.label] = (labelCounts[d.label] || 0) + 1; });
  edges.forEach(function (e) { typeCounts[e[2]] = (typeCounts[e[2]] || 0) + 1; });
  checkboxes(document.getElementById("labels"), labelCounts, hiddenLabels, true);
  checkboxes(document.getElementById("types"), typeCounts, hiddenTypes, false);
  document.getElementById("counts").textContent = n + " nodes, " + edges.length + " relationships";
  var yearBox = document.getElementById("year"), yearCounts = {};
  edgeYear.forEach(function (y) { if (y) yearCounts[y] = (yearCounts[y] || 0) + 1; });
  Object.keys(yearCounts).sort().forEach(function (y) {
    var o = document.createElement("option"); o.value = y; o.textContent = y + " (" + yearCounts[y] + ")";
    yearBox.appendChild(o);
  });
  yearBox.addEventListener("change", function () { year = yearBox.value; renderer.refresh(); });
  var collectiveBox = document.getElementById("collective");
  collectiveBox.addEventListener("change", function () { showCollective = collectiveBox.checked; renderer.refresh(); });
  function shown() {  // the nodes drawn now, for tests
    var k = 0; nodes.forEach(function (d, i) { if (!nodeOff(i, G.getNodeAttributes(String(i)))) k++; }); return k;
  }

  // The details panel: properties and every relationship with its evidence.
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (e, j) { incident[e[0]].push(j); if (e[1] !== e[0]) incident[e[1]].push(j); });
  function text(value) { return Array.isArray(value) ? value.join("、") : String(value); }
  function add(parent, tag, content, cls) {
    var el = document.createElement(tag);
    if (content !== undefined) el.textContent = content;
    if (cls) el.className = cls;
    parent.appendChild(el); return el;
  }
  function select(i) {
    selected = String(i); refocus();
    var d = nodes[i], box = document.getElementById("details");
    box.innerHTML = "";
    add(box, "h4", d.label + ": " + d.name).id = "selected-name";
    var dl = add(box, "dl");
    Object.keys(d.props).sort().forEach(function (key) { add(dl, "dt", key); add(dl, "dd", text(d.props[key])); });
    var rels = incident[i];
    add(box, "h4", "Relationships and evidence (" + rels.length + ")").id = "evidence-count";
    rels.forEach(function (j) {
      var e = edges[j], out = e[0] === i, other = out ? e[1] : e[0];
      var p = add(box, "p", undefined, "rel");
      p.appendChild(document.createTextNode((out ? "→ " : "← ") + e[2] + " " + nodes[other].label + ": "));
      var a = add(p, "a", nodes[other].name);
      a.addEventListener("click", function () { select(other); zoomTo(other); });
      var extra = Object.keys(e[7] || {}).sort().map(function (k) { return k + "=" + text(e[7][k]); });
      if (extra.length) add(box, "div", extra.join("; "), "extra");
      if (e[6]) add(box, "blockquote", e[6] + "  [" + e[3] + " " + e[4] + "–" + e[5] + "]");
    });
  }
  function clear() {
    selected = null; refocus();
    document.getElementById("details").innerHTML = "<p>Click a node, or search for one, to see its properties and evidence.</p>";
  }
  function zoomTo(i, ratio, instant) {
    var pos = renderer.getNodeDisplayData(String(i)), camera = renderer.getCamera();
    if (!pos) return;
    var state = {x: pos.x, y: pos.y, ratio: ratio || 0.25};
    if (instant) camera.setState(state); else camera.animate(state, {duration: 300});
  }

  // Search: substring of the full name (or id), exact matches first, then shorter names.
  var input = document.getElementById("search"), results = document.getElementById("results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var found = [];
    nodes.forEach(function (d, i) {
      if (hiddenLabels[d.label]) return;
      var name = d.name.toLowerCase();
      if (name.indexOf(q) >= 0 || d.id.toLowerCase().indexOf(q) >= 0) found.push(i);
    });
    found.sort(function (a, b) {
      var ea = nodes[a].name.toLowerCase() === q ? 0 : 1, eb = nodes[b].name.toLowerCase() === q ? 0 : 1;
      return ea - eb || nodes[a].name.length - nodes[b].name.length || a - b;
    });
    return found;
  }
  function search(q) {
    var found = matches(q);
    results.innerHTML = "";
    found.slice(0, 20).forEach(function (i) {
      var b = add(results, "button", nodes[i].label + ": " + nodes[i].name);
      b.addEventListener("click", function () { select(i); zoomTo(i); });
    });
    if (found.length > 20) add(results, "div", "… " + (found.length - 20) + " more", "hint");
    if (!found.length && q.trim()) add(results, "div", "no match", "hint");
    return found;
  }
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var found = search(input.value);
    if (found.length) { select(found[0]); zoomTo(found[0]); }
  });

  window.kg = {renderer: renderer, graph: G, select: select, clear: clear, search: search, index: byId, shown: shown,
               zoomTo: function (id, ratio) { zoomTo(byId[id], ratio, true); },
               labelBoxes: function () { return drawn.slice(); },
               position: function (id) {  // a node's position in the page, for tests and links
                 var i = byId[id], box = renderer.getContainer().getBoundingClientRect();
                 var v = renderer.graphToViewport(G.getNodeAttributes(String(i)));
                 return {x: box.left + v.x, y: box.top + v.y};
               }};
  // A link can open the page on a node or a search: graph.html#select=Unit:宁波市经济和信息化局, #search=经信
  var hash = decodeURIComponent(location.hash.slice(1)), eq = hash.indexOf("=");
  if (hash.slice(0, eq) === "select" && byId[hash.slice(eq + 1)] !== undefined) select(byId[hash.slice(eq + 1)]);
  if (hash.slice(0, eq) === "search") { input.value = hash.slice(eq + 1); search(input.value); }
  document.body.setAttribute("data-rendered", String(n));
})();
</script>
</body>
</html>
"""
