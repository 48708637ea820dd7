"""Chinese labels in figures: a CJK font is found and really has the glyphs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

from kg.export.plotting import find_cjk_font, use_cjk_font  # noqa: E402


def test_a_cjk_font_is_installed_and_chosen():
    family = use_cjk_font()
    assert family == find_cjk_font()
    assert matplotlib.rcParams["font.sans-serif"][0] == family


def test_chinese_label_renders_without_missing_glyphs(tmp_path):
    import matplotlib.pyplot as plt

    use_cjk_font()
    fig, ax = plt.subplots()
    ax.set_title("宁波市经济和信息化局 牵头任务数")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would raise
        fig.savefig(tmp_path / "t.png")
    plt.close(fig)
    assert (tmp_path / "t.png").stat().st_size > 1000


def test_a_font_cache_that_predates_the_cjk_font_is_extended(tmp_path):
    """A fresh machine where matplotlib ran before scripts/system-deps installed the font."""
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path)}
    build = "import matplotlib.font_manager as fm; print(fm.fontManager.ttflist and 'ok')"
    assert subprocess.run([sys.executable, "-c", build], env=env, capture_output=True, text=True,
                          timeout=300).returncode == 0
    (cache,) = tmp_path.glob("fontlist-*.json")
    data = json.loads(cache.read_text(encoding="utf-8"))
    cjk = ("CJK", "WenQuanYi", "Han Sans", "SimHei", "YaHei", "PingFang", "Heiti", "Unicode MS")
    before = len(data["ttflist"])
    data["ttflist"] = [f for f in data["ttflist"] if not any(word in f["name"] for word in cjk)]
    assert len(data["ttflist"]) < before, "no CJK font installed (scripts/system-deps installs one)"
    cache.write_text(json.dumps(data), encoding="utf-8")
    find = "from kg.export.plotting import find_cjk_font; print(find_cjk_font())"
    result = subprocess.run([sys.executable, "-c", find], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()


# -- the network figure ------------------------------------------------------------------------------

def _label_boxes(fig):
    """(text, display box) of every label drawn on the network axes (the title is not one)."""
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts]


def test_network_figure_names_every_unit_in_full_with_no_label_overlapping(seed_facts):
    import matplotlib.pyplot as plt

    from kg.export.networks import project
    from kg.export.plotting import network_figure
    from kg.graph.graph import build_graph, is_collective

    use_cjk_font()
    graph = build_graph(seed_facts)
    net = project(graph, "cooperation")
    fig = network_figure(net, title="谁和谁合作", node_legend="shared tasks", edge_legend="shared")
    fig.canvas.draw()
    labels = _label_boxes(fig)
    names = sorted(a["name"] for _, a in net.nodes(data=True))
    assert sorted(text for text, _ in labels) == names  # one label per unit, its full canonical name
    assert "宁波市经济和信息化局" in names and "中国（浙江）自由贸易试验区宁波片区管理委员会" in names
    assert not {a["name"] for _, a in graph.nodes(data=True) if is_collective(a)} & set(names)
    overlaps = [(a, b) for i, (a, box) in enumerate(labels) for b, other in labels[i + 1:] if box.overlaps(other)]
    assert overlaps == []
    inside = fig.axes[0].get_window_extent(fig.canvas.get_renderer())
    assert all(inside.x0 - 1 <= box.x0 and box.x1 <= inside.x1 + 1 for _, box in labels)  # none cut off
    plt.close(fig)


def test_network_figure_has_legends_for_node_size_and_edge_width():
    import matplotlib.pyplot as plt
    import networkx as nx

    from kg.export.plotting import EDGE_WIDTH, NODE_AREA, network_figure

    net = nx.DiGraph()
    net.add_edge("甲局", "乙局", weight=1)
    net.add_edge("乙局", "甲局", weight=3)  # one undirected edge of weight 4
    net.add_edge("甲局", "丙局", weight=8)
    fig = network_figure(net, node_legend="节点 weighted degree", edge_legend="边 shared")
    side = fig.axes[1]
    legends = [a for a in side.get_children() if isinstance(a, matplotlib.legend.Legend)]
    assert [lg.get_title().get_text() for lg in legends] == ["节点 weighted degree", "边 shared"]
    sizes, widths = legends
    assert [t.get_text() for t in sizes.get_texts()] == ["4", "8", "12"]  # strengths 4, 12, 8
    areas = [h.get_sizes()[0] for h in sizes.legend_handles]
    assert areas == sorted(areas) and areas[-1] == NODE_AREA[1]
    assert [t.get_text() for t in widths.get_texts()] == ["4", "6", "8"]
    lines = [h.get_linewidth() for h in widths.legend_handles]
    assert lines == sorted(lines) and lines[-1] == EDGE_WIDTH[1]
    drawn = sorted(line.get_linewidth() for line in fig.axes[0].lines if line.get_color() == "#9aa5b1")
    assert drawn == [EDGE_WIDTH[0] + (EDGE_WIDTH[1] - EDGE_WIDTH[0]) * 0.5, EDGE_WIDTH[1]]
    plt.close(fig)
