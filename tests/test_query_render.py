"""kg.query.render: a query table for the terminal (fitted, CJK two columns wide, no control
characters), CSV or JSON."""

from __future__ import annotations

import pandas as pd
import pytest

from kg.query.render import format_table


@pytest.mark.parametrize("width", [120, 60, 30])
def test_table_fits_the_terminal_counting_cjk_as_two_columns(width):
    from rich.cells import cell_len

    long = "宁波市人民政府办公厅关于印发宁波市推进制造业高质量发展实施方案的通知"
    df = pd.DataFrame({"unit": ["宁波市经济和信息化局", long], "tasks": [12, 3], "units": ["甲、乙", "丙"]})
    lines = format_table(df, "table", width=width).splitlines()
    assert lines[0].split() == ["unit", "tasks", "units"]
    assert all(cell_len(line) <= width for line in lines)
    assert [line.split()[-2:] for line in lines[2:]] == [["12", "甲、乙"], ["3", "丙"]]
    assert lines[3].startswith("宁波市") and (long in lines[3] or "…" in lines[3])  # cut, never wrapped


def test_a_long_text_column_gets_what_the_narrow_ones_leave():
    from rich.cells import cell_len

    text = "推进产业基础领域项目投资。聚焦关键基础材料、核心基础零部件、先进基础工艺" * 3
    df = pd.DataFrame({"unit": ["市经信局"], "relationship": ["LEADS"], "n": [31], "examples": [f"D1#T10 {text}"]})
    line = format_table(df, "table", width=100).splitlines()[-1]
    assert 96 <= cell_len(line) <= 100 and "D1#T10 推进产业基础领域" in line and line.endswith("…")


def test_control_characters_never_reach_the_terminal_in_tables():
    shown = format_table(pd.DataFrame({"unit": ["市\x00经\x07信\x1b[31m局\r"], "n": [1]}), "table")
    assert not any(ord(ch) < 32 and ch != "\n" for ch in shown)
    assert "\\x00" in shown and "\\x07" in shown and "\\x1b" in shown
