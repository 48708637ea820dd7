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
