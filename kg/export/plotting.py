"""Figures with readable Chinese labels: find a CJK font once and use it.

matplotlib's default font has no Chinese glyphs and draws boxes; this picks an
installed CJK font (Noto Sans CJK, WenQuanYi, Source Han, ...) and sets it as
the sans-serif family. scripts/system-deps installs WenQuanYi Micro Hei.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.errors import KgError

CJK_FONT_NAMES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Arial Unicode MS",
)


@lru_cache(maxsize=1)
def find_cjk_font() -> str:
    """The family name of an installed font with Chinese glyphs.

    matplotlib knows the fonts of its cache (``~/.cache/matplotlib/fontlist-*.json``), which
    may predate the CJK font (a fresh machine where matplotlib ran before scripts/system-deps
    installed it): then the font files on disk that the cache does not list are added.
    """
    from matplotlib import font_manager

    name = _known_cjk_font(font_manager.fontManager)
    if name is None:
        known = {f.fname for f in font_manager.fontManager.ttflist}
        for path in font_manager.findSystemFonts():
            if path not in known:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # a file FreeType cannot read
                    continue
        name = _known_cjk_font(font_manager.fontManager)
    if name is not None:
        return name
    raise KgError("no CJK font found for Chinese labels: install fonts-wqy-microhei or fonts-noto-cjk "
                  "(scripts/system-deps)")


def _known_cjk_font(manager: Any) -> str | None:
    installed = {f.name for f in manager.ttflist}
    return next((name for name in CJK_FONT_NAMES if name in installed), None)


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese text with a CJK font; returns the family used."""
    import matplotlib

    family = find_cjk_font()
    matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


# -- network figures: every node named in full, labels that do not collide, legends for the scales --

#: Marker areas (points²) and line widths of the network figure: the smallest and largest value.
NODE_AREA = (40.0, 1400.0)
EDGE_WIDTH = (0.6, 6.0)


def packed_layout(net: Any, *, weight: str = "weight", seed: int = 7) -> dict[Any, tuple[float, float]]:
    """A spring layout per connected component, the components packed in columns, biggest first:
    laid out together, small components drift far off and squeeze the big one into a corner."""
    import networkx as nx

    parts = sorted(nx.connected_components(net.to_undirected(as_view=True)), key=lambda p: (-len(p), min(p)))
    if not parts:
        return {}
    side = [len(p) ** 0.5 for p in parts]
    pos: dict[Any, tuple[float, float]] = {}
    x, y, column = 0.0, side[0], 0.0
    for part, size in zip(parts, side, strict=True):
        sub = net.subgraph(part)
        if len(part) > 2:
            layout = nx.spring_layout(sub, weight=weight, k=4 / size, iterations=300, seed=seed)
        else:
            layout = nx.circular_layout(sub)
        if y - size < 0:  # this column is full: start the next one
            x, y, column = x + column + 0.4, side[0], 0.0
        for node, (px, py) in layout.items():
            pos[node] = (x + size * (px + 1) / 2, y - size * (1 - py) / 2)
        y, column = y - size - 0.4, max(column, size)
    return pos


def legend_values(values: list[float], n: int = 3) -> list[int]:
    """A few whole values that span ``values`` (its smallest, middle and largest, rounded) for a legend.

    >>> legend_values([1, 2, 2, 3, 9, 14])
    [1, 8, 14]
    """
    if not values:
        return []
    low, high = min(values), max(values)
    picks = [round(low + (high - low) * i / (n - 1)) for i in range(n)] if n > 1 else [round(high)]
    return sorted(set(picks))


def _scale(value: float, top: float, span: tuple[float, float]) -> float:
    return span[0] + (span[1] - span[0]) * (value / top if top else 0.0)


def network_figure(net: Any, *, weight: str = "weight", title: str = "", node_legend: str = "weighted degree",
                   edge_legend: str = "weight", color: str = "#f28e2b", font_size: float = 8,
                   figsize: tuple[float, float] = (18, 12), seed: int = 7) -> Any:
    """A weighted network as a matplotlib figure researchers can read and print.

    Node area grows with the weighted degree, edge width with the edge's ``weight``; a panel on the
    right holds the two legends (what a node size and an edge width stand for). Every node is labelled
    with its full name (its ``name`` attribute, else the node itself), never cut: textalloc places
    each label near its node where it overlaps no other label, no node and no edge, with a thin line
    to the node when it sits apart. Returns the figure; the network axes is ``fig.axes[0]``.
    """
    import matplotlib.pyplot as plt
    import networkx as nx
    import textalloc
    from matplotlib.lines import Line2D

    undirected = nx.Graph()
    undirected.add_nodes_from(net.nodes(data=True))
    for u, v, attrs in net.edges(data=True):
        if u != v:
            before = undirected.get_edge_data(u, v, {}).get(weight, 0)
            undirected.add_edge(u, v, **{weight: before + attrs.get(weight, 1)})
    strength = dict(undirected.degree(weight=weight))
    top_strength = max(strength.values(), default=0)
    weights = [a[weight] for *_, a in undirected.edges(data=True)]
    top_weight = max(weights, default=0)
    pos = packed_layout(undirected, weight=weight, seed=seed)

    fig, (ax, side) = plt.subplots(1, 2, figsize=figsize, gridspec_kw={"width_ratios": [6, 1]})
    edges = list(undirected.edges(data=True))
    for u, v, attrs in edges:
        ax.plot([pos[u][0], pos[v][0]], [pos[u][1], pos[v][1]], color="#9aa5b1", alpha=0.6, zorder=1,
                lw=_scale(attrs[weight], top_weight, EDGE_WIDTH), solid_capstyle="round")
    nodes = list(undirected)
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    dots = ax.scatter(xs, ys, s=[_scale(strength[n], top_strength, NODE_AREA) for n in nodes], c=color,
                      edgecolors="white", linewidths=0.8, zorder=2)
    ax.axis("off")
    if title:
        ax.set_title(title, fontsize=14)
    if nodes:
        fig.canvas.draw()  # textalloc measures the labels with the figure's renderer
        textalloc.allocate(ax, xs, ys, [str(undirected.nodes[n].get("name") or n) for n in nodes],
                           scatter_plot=dots, x_lines=[[pos[u][0], pos[v][0]] for u, v, _ in edges],
                           y_lines=[[pos[u][1], pos[v][1]] for u, v, _ in edges], textsize=font_size,
                           draw_all=True, linecolor="#b5651d", linewidth=0.5, margin=0.004, min_distance=0.01,
                           max_distance=0.25, nbr_candidates=400, zorder=3)

    side.axis("off")
    sizes = [ax.scatter([], [], s=_scale(v, top_strength, NODE_AREA), c=color, edgecolors="white", label=f"{v}")
             for v in legend_values([x for x in strength.values() if x > 0])]
    first = side.legend(handles=sizes, title=node_legend, loc="upper left", frameon=False, labelspacing=2.2,
                        borderpad=1.2, handletextpad=1.5, fontsize=10, title_fontsize=10)
    side.add_artist(first)
    widths = [Line2D([], [], color="#9aa5b1", lw=_scale(v, top_weight, EDGE_WIDTH), label=f"{v}")
              for v in legend_values(weights)]
    side.legend(handles=widths, title=edge_legend, loc="lower left", frameon=False, fontsize=10,
                title_fontsize=10, handlelength=3)
    fig.tight_layout()
    return fig
