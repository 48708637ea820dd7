"""Figures with readable Chinese labels: find a CJK font once and use it.

matplotlib's default font has no Chinese glyphs and draws boxes; this picks an
installed CJK font (Noto Sans CJK, WenQuanYi, Source Han, ...) and sets it as
the sans-serif family. scripts/system-deps installs WenQuanYi Micro Hei.
"""

from __future__ import annotations

from functools import lru_cache

from kg.errors import KgError

CJK_FONT_NAMES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Arial Unicode MS",
)


@lru_cache(maxsize=1)
def find_cjk_font() -> str:
    """The family name of an installed font with Chinese glyphs."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONT_NAMES:
        if name in installed:
            return name
    raise KgError("no CJK font found for Chinese labels: install fonts-wqy-microhei or fonts-noto-cjk "
                  "(scripts/system-deps)")


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese text with a CJK font; returns the family used."""
    import matplotlib

    family = find_cjk_font()
    matplotlib.rcParams["font.sans-serif"] = [family, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
