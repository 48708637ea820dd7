"""kg.read.formats.layout: positioned lines → text in reading order (pure, no files)."""

from __future__ import annotations

import pytest

from kg.read.formats.layout import Line, Page, join_pages, page_text, pages_text

EM = 10.0


def line(text: str, x0: float, top: float, *, x1: float | None = None) -> Line:
    """A line of ``text`` at (x0, top), one character per EM unless x1 is given."""
    return Line(text, x0, x1 if x1 is not None else x0 + EM * len(text), top, top + EM)


def test_a_line_that_reaches_the_right_edge_runs_on_and_a_short_one_ends_its_paragraph():
    lines = [
        line("第一条为了规范政府非税收", 0, 0),   # 12 characters: the full width
        line("入管理活动，制定本规定。", 0, 14, x1=90),   # ends short
        line("第二条本规定适用于本市。", 0, 28, x1=60),
    ]
    assert page_text(lines).text == "第一条为了规范政府非税收入管理活动，制定本规定。\n第二条本规定适用于本市。"


def test_a_blank_line_between_paragraphs_is_kept():
    lines = [line("一、总体要求", 0, 0), line("以习近平新时代", 0, 40)]
    assert page_text(lines).text == "一、总体要求\n\n以习近平新时代"


def test_latin_words_broken_at_the_line_end_get_their_space_back():
    lines = [line("GAZETTE OF THE", 0, 0, x1=200), line("PEOPLE", 0, 14, x1=60), line("x" * 20, 0, 28)]
    assert page_text(lines).text.startswith("GAZETTE OF THE PEOPLE")


def test_table_cells_are_tab_separated_and_an_empty_cell_keeps_its_column():
    # 指标类别 | 指标名称 | 牵头单位, second row with an empty first cell (a rowspan in print)
    rows = [
        [line("指标类别", 0, 0), line("指标名称", 60, 0), line("牵头单位", 160, 0)],
        [line("综合效益", 0, 16), line("规上工业增加值率", 60, 16, x1=140), line("市经信局", 160, 16)],
        [line("规上工业亩均税收", 60, 32, x1=140), line("市经信局", 160, 32)],
    ]
    text = page_text([cell for row in rows for cell in row]).text
    assert text.splitlines() == ["指标类别\t指标名称\t牵头单位", "综合效益\t规上工业增加值率\t市经信局",
                                 "\t规上工业亩均税收\t市经信局"]


def test_a_cell_wrapped_over_two_lines_stays_one_cell():
    # drawing order: cell 1, cell 2 (two lines), then back up for cell 3
    lines = [line("关键基础零部件", 0, 0, x1=70), line("机器人小镇", 80, 0, x1=130), line("（余姚市）", 80, 12, x1=130),
             line("工业机器人", 140, 0, x1=190)]
    assert page_text(lines).text == "关键基础零部件\t机器人小镇（余姚市）\t工业机器人"


def page(lines: list[Line], height: float = 1000.0) -> Page:
    return Page(tuple(lines), 600.0, height)


@pytest.mark.parametrize("number", ["— 3 —", "- 3 -", "第3页", "3/12"])
def test_page_numbers_in_the_margin_are_dropped(number):
    pages = [page([line("正文第一行。", 50, 300), line(number, 280, 960)])]
    assert pages_text(pages) == "正文第一行。"


def test_a_running_header_on_most_pages_is_dropped_and_a_number_in_the_body_is_kept():
    pages = [page([line(f"宁波市人民政府公报 2022年第{n}期", 100, 30, x1=400), line("3", 50, 300),
                   line(f"正文{n}。", 50, 320)]) for n in range(1, 5)]
    assert pages_text(pages).split("\n\f") == ["3\n正文1。", "3\n正文2。", "3\n正文3。", "3\n正文4。"]


def test_bare_page_numbers_count_when_they_follow_the_pages():
    pages = [page([line("正文。", 50, 300), line(str(n + 4), 290, 960)]) for n in range(3)]
    assert pages_text(pages) == "正文。\n\f正文。\n\f正文。"


def test_a_paragraph_running_over_the_page_break_is_joined_by_a_bare_form_feed():
    full = "各区县（市）人民政府"  # ten characters: the full width
    first = page_text([line(full, 0, 0), line(full, 0, 14)])
    second = page_text([line("市直各单位。", 0, 0)])
    assert join_pages([first, second]) == f"{full}{full}\f市直各单位。"
    ended = page_text([line(full, 0, 0), line("止。", 0, 14)])
    assert join_pages([ended, second]) == f"{full}止。\n\f市直各单位。"
