"""Chinese labels in figures: a CJK font is found and really has the glyphs."""

from __future__ import annotations

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
