"""Chinese labels in figures: a CJK font is found and really has the glyphs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

from kg.plotting import find_cjk_font, use_cjk_font  # noqa: E402


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
    find = "from kg.plotting import find_cjk_font; print(find_cjk_font())"
    result = subprocess.run([sys.executable, "-c", find], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()
