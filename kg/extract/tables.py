"""A shared table reader: find tables in a document body and yield their rows.

Tables reach us in three shapes once :mod:`kg.ingest` has repaired the text:

* **paragraph** — one cell per paragraph: the header cells (序号 / 项目名称 /
  主要内容和重点 / 牵头单位) each on a line, then each row's cells one per line,
  rows opened by a sequence number. A row may hold more lines than the header
  has columns (a content cell of several paragraphs) or fewer (开工年/完成年
  merged into one note), so cells are assigned to columns by :func:`align`.
  A table with no 序号 column but a unit column (an indicator table: 类别 /
  指标 / 2025年 / 责任单位) has its rows cut at the unit cell; cells missing
  on the left of a row are merged cells (a category printed once for a group).
* **tsv** — tab-separated lines, one row a line; blank cells stay blank.
* **html** — HTML tables, which ingest turns into lines whose cells end with a
  tab. ``rowspan``/``colspan`` are read back from the original markup when the
  reader is given a :class:`~kg.records.Document` (:func:`document_tables`), so
  a spanned cell fills every grid position it covers.

The header is found by column words (:data:`kg.patterns.TABLE_COLUMN_ROLES`),
never by one file's exact header, and each column gets a *role* (``seq``,
``name``, ``content``, ``lead``, ``start_year`` …) that extractors ask for.
A group column (类别, 领域) printed once over several rows is carried down
over the blank cells below it by :meth:`Table.carried`.
All offsets are relative to the body that was read, ready for
``doc.evidence_for(start, end)``.

Responsibility cells are read by :mod:`kg.extract.roles`, which also serves
the role clauses of tasks; this module only reads tables. A table with both a
牵头单位 and a 责任单位 column has the latter as cooperating (the role semantics
of :mod:`kg.extract.roles`); with no 牵头 column, 责任单位 leads.

A fifth shape, **space**, is a header of column words separated by spaces and rows
that open with their number and hold one word a column. A fourth is the **pipe** table of pages copied as text: ``1 | 任务 | 张三 |
县教体局 |`` one row a line, or every cell on its own line ending with `` |``.

Example::

    >>> body = "表1 重点项目\\n序号\\t项目名称\\t责任单位\\n1\\t跨江大桥\\t市交通局\\n"
    >>> table = next(find_tables(body))
    >>> table.label, [c.role for c in table.columns], table.rows[0].text("name")
    ('表1', ['seq', 'name', 'lead'], '跨江大桥')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kg.extract.roles import is_unit_name, looks_like_units
from kg.patterns import (
    CELL_LABEL_SEPARATORS,
    GENERIC_UNIT_TAILS,
    ITEM_NUMBER_STOPS,
    SECTION_HEADING_RE,
    TABLE_CAPTION_RE,
    TABLE_COLUMN_ROLES,
    UNIT_SUFFIXES,
    YEAR_CELL_RE,
    YEAR_RANGE_RE,
    YEAR_VALUE_HEADER_RE,
    alternation,
    is_person_name,
)
from kg.records import Document

#: Roles whose cells are years or a schedule; merged cells spill into a note.
YEAR_ROLES = frozenset({"start_year", "end_year", "period"})
#: Roles whose cells list units.
UNIT_ROLES = frozenset({"lead", "cooperate"})
#: Roles a row may leave blank because a merged cell above covers it.
MERGED_ROLES = frozenset({"seq", "category", "sector"})
#: Columns after the unit columns that a row short of cells leaves blank, its last cell being the units: 备注, and how
#: far the work has got (序号 / 目标任务 / 具体任务 / 牵头单位 / 任务进度, then 1 / … / 区经济信息委、经开区经发局 with no
#: 任务进度: tests/data/real/mixed29 chongqing_dazu_zhongdiangongzuo_2024).
BLANK_AFTER_UNITS_ROLES = frozenset({"note", "progress"})
#: Roles that name what a row is about; a paragraph header needs one of them.
SUBJECT_ROLES = ("content", "name", "indicator")
#: A value column that names targets (2022年预期目标, 年度目标任务), not figures (2020年, 目标值).
TARGET_SUBJECT_RE = re.compile(r"目标(?!值)|任务")

_ROLE_OF_WORD = {w: role for role, words in TABLE_COLUMN_ROLES.items() for w in words}
_HEADER_WORD_RE = re.compile(alternation(list(_ROLE_OF_WORD)))
_HEADER_HINT_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:" + alternation(list(_ROLE_OF_WORD)) + r")[ \t\u3000]*(?:\t|[|｜]|[ \u3000]|$)"
)
_NONBLANK_LINE_RE = re.compile(r"[^\n]*\S[^\n]*")
_SENTENCE_PUNCT_RE = re.compile(r"[。；;，,：:！？]")
_TRAILING_PAREN_RE = re.compile(r"[（(][^（）()]*[）)]$")
_SEQ_RE = re.compile(rf"^\s*(\d{{1,3}})\s*[{ITEM_NUMBER_STOPS}]?\s*$")
_SPACE_RE = re.compile(r"\s+")
_TD_BEFORE_RE = re.compile(r"<t[dh]\b([^<>]*)>(?:\s|&nbsp;|<(?!/?t[dhr]\b)[^<>]*>)*$", re.IGNORECASE)
_SPAN_ATTR_RE = re.compile(r"\b(rowspan|colspan)\s*=\s*[\"']?(\d+)", re.IGNORECASE)

MAX_HEADER_CELL = 16
MIN_PARAGRAPH_HEADER = 3
MAX_CELL = 200  # a longer line is prose, not a cell of a row cut at its unit cell


@dataclass(frozen=True)
class Cell:
    """One cell's text (outer whitespace trimmed) and its [start, end) in the body."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Column:
    """A header cell and the role its words give it (None when unknown)."""

    index: int
    text: str
    role: str | None
    cell: Cell


@dataclass(frozen=True)
class Row:
    """One table row.

    ``cells`` are the row's own cells in text order (for the paragraph shape,
    one per line, however many there are); ``values[i]`` are the cells that
    fill column ``i`` (several for a cell printed as several paragraphs, none
    for a blank cell; a cell spanning rows in HTML fills each row).
    ``note`` holds a merged schedule cell that no single year column could take.
    """

    cells: tuple[Cell, ...]
    values: tuple[tuple[Cell, ...], ...]
    start: int
    end: int
    seq: int | None = None
    columns: tuple[Column, ...] = field(default=(), repr=False)
    notes: dict[str, Cell] = field(default_factory=dict, compare=False)

    def get(self, role: str) -> tuple[Cell, ...]:
        """The cells of the first column with ``role`` (empty when there is none)."""
        for col in self.columns:
            if col.role == role:
                return self.values[col.index]
        return ()

    def text(self, role: str, sep: str = " / ") -> str | None:
        """The text of the column with ``role``, several paragraphs joined by ``sep``."""
        cells = self.get(role)
        return sep.join(c.text for c in cells) if cells else None


@dataclass(frozen=True)
class Table:
    """A table: its shape, caption (label 表4-1 and title), columns and rows."""

    shape: str  # "paragraph", "tsv", "html" or "space"
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    start: int
    end: int
    caption: Cell | None = None
    label: str | None = None
    title: str | None = None

    def column(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    def roles(self) -> set[str]:
        return {c.role for c in self.columns if c.role}

    def carried(self, role: str) -> list[str | None]:
        """Each row's text in the ``role`` column, a blank cell taking the text above it.

        A group column (类别, 领域) is printed once over the rows it covers (a
        merged cell); a bare number there is a sequence number shifted into it
        by such a merge, not a group, and keeps the group above.
        """
        out: list[str | None] = []
        current: str | None = None
        for row in self.rows:
            text = row.text(role, sep="")
            if text and not text.isdigit():
                current = text
            out.append(current)
        return out


# --- header cells -------------------------------------------------------------


def column_role(text: str) -> str | None:
    """The role of a header cell: the longest column word it equals or contains."""
    key = _SPACE_RE.sub("", text)
    if not key:
        return None
    if key in _ROLE_OF_WORD:
        return _ROLE_OF_WORD[key]
    bare = _TRAILING_PAREN_RE.sub("", key)  # 总投资（亿元）
    if bare in _ROLE_OF_WORD:
        return _ROLE_OF_WORD[bare]
    if YEAR_VALUE_HEADER_RE.match(bare):
        return "value"
    words = _HEADER_WORD_RE.findall(bare)
    return _ROLE_OF_WORD[max(words, key=len)] if words else None


def is_header_cell(text: str) -> bool:
    """Short, no sentence punctuation, and a column word in it."""
    key = _SPACE_RE.sub("", text)
    return (
        0 < len(key) <= MAX_HEADER_CELL
        and not TABLE_CAPTION_RE.match(key)
        and not SECTION_HEADING_RE.match(key)
        and not _SENTENCE_PUNCT_RE.search(_TRAILING_PAREN_RE.sub("", key))
        and column_role(key) is not None
    )


def _is_header_row(cells: list[Cell]) -> bool:
    texts = [c.text for c in cells if c.text]
    if texts and _SEQ_RE.match(texts[0]):
        return False  # a row opened by its number (4 / 福海产业园 / … / 2003) is data, whatever its words
    strong = sum(is_header_cell(t) for t in texts)
    return strong >= 2 and strong * 2 >= len(texts) and all(len(t) <= 2 * MAX_HEADER_CELL for t in texts)


def _columns(cells: list[Cell]) -> tuple[Column, ...]:
    """Columns of a header row; a 责任单位 column cooperates beside a 牵头单位 column, else leads."""
    roles = [column_role(c.text) if c.text else None for c in cells]
    if roles.count("name") > 1:  # 项目名称 and 项目内容: the second says what the project does
        roles = [("content" if r == "name" and "内容" in c.text else r) for c, r in zip(cells, roles, strict=True)]
    if not set(roles) & set(SUBJECT_ROLES) and set(roles) & {"lead", "responsible"}:
        # 序号 / 2022年预期目标 / 责任单位: with no task column beside it, the target is what a row assigns
        roles = [("content" if r == "value" and TARGET_SUBJECT_RE.search(c.text) else r)
                 for c, r in zip(cells, roles, strict=True)]
    responsible = "cooperate" if "lead" in roles else "lead"
    return tuple(Column(i, c.text, responsible if role == "responsible" else role, c)
                 for i, (c, role) in enumerate(zip(cells, roles, strict=True)))


# --- cell kinds -------------------------------------------------------------------


def is_year_cell(text: str) -> bool:
    return bool(YEAR_CELL_RE.match(text) or YEAR_RANGE_RE.match(text))


def looks_like_people(text: str) -> bool:
    """A 责任领导 cell: names (毛晓青, 王 健) or posts (分管副市长), no unit list."""
    if not text or len(text) > 40 or _SENTENCE_PUNCT_RE.search(text.strip("、，,")):
        return False
    return not looks_like_units(text) or any(t in text for t in ("长", "书记", "主任", "领导"))


#: A unit of measure: %, 万亩, 万元/人, 亿斤, - (a dash for none).
_MEASURE_RE = re.compile(r"^(?:[%‰℃-]|[万亿千百]?[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff]{1,2})?|[A-Za-z/²³]{1,6})$")


def _fits(role: str | None, text: str) -> bool:
    if role in YEAR_ROLES:
        return is_year_cell(text)
    if role == "measure":
        return _MEASURE_RE.match(text) is not None
    if role in UNIT_ROLES or role == "assessor":
        return looks_like_units(text)
    if role == "lead_official":
        return looks_like_people(text)
    return True


# --- the reader -------------------------------------------------------------------


def _cell(body: str, start: int, end: int) -> Cell:
    raw = body[start:end]
    while raw.rstrip().endswith(("|", "｜")):  # a cell printed with its column rule: 序号 |
        raw = raw.rstrip()[:-1]
    stripped = raw.strip()
    if not stripped:
        return Cell("", start, start)
    lead = len(raw) - len(raw.lstrip())
    return Cell(stripped, start + lead, start + lead + len(stripped))


_CELL_SEP_RE = re.compile(r"\t|[ \u3000]*[|｜][ \u3000]*")


def is_row_line(text: str) -> bool:
    """A line that holds a whole row: tab-separated, or cells between | rules."""
    if "\t" in text:
        return True
    inner = text.rstrip(" |｜")
    return ("|" in inner or "｜" in inner) and text.count("|") + text.count("｜") >= 2


def _split_tabs(body: str, start: int, end: int) -> list[Cell]:
    """Cells of a tab (or |) line, trailing blank cells dropped."""
    line = body[start:end].rstrip()
    sep = _CELL_SEP_RE if "\t" not in line else re.compile("\t")
    cells, pos = [], start
    for m in [*sep.finditer(line), None]:
        stop = start + (m.start() if m else len(line))
        cells.append(_cell(body, pos, stop))
        pos = start + m.end() if m else stop
    if cells and not cells[0].text and "\t" not in line:
        cells.pop(0)  # | 1 | … : a rule before the first cell
    while cells and not cells[-1].text:
        cells.pop()
    return cells


SpanLookup = Callable[[int], tuple[int, int] | None]


def find_tables(body: str, *, spans: SpanLookup | None = None) -> Iterator[Table]:
    """Every table in ``body``, in text order.

    ``spans(start)`` may give the (rowspan, colspan) of the HTML cell whose text
    starts at body offset ``start`` (None for a cell not from HTML);
    :func:`document_tables` builds it from the document's original markup.
    """
    if not _HEADER_HINT_RE.search(body) and not _RUN_HINT_RE.search(body):
        return
    lines = [(m.start(), m.end()) for m in _NONBLANK_LINE_RE.finditer(body)]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = body[start:end]
        if (run := _run_header(body, start, end)) is not None:
            table, k = _read_run_table(body, lines, i, *run)
            if table.rows:
                yield table
                i = k
                continue
        words = _space_cells(body, start, end)
        if not is_row_line(line) and len(words) >= MIN_PARAGRAPH_HEADER and _is_header_row(words):
            table, k = _read_space_table(body, lines, i, words)
            if table.rows:
                yield _with_caption(body, lines, i, table)
                i = k
                continue
        if is_row_line(line):
            cells = _split_tabs(body, start, end) if _HEADER_WORD_RE.search(line) else []
            if cells and _is_header_row(cells):
                table, k = _read_tab_table(body, lines, i, cells, spans)
                yield _with_caption(body, lines, i, table)
                i = k
                continue
        elif end - start <= 2 * MAX_HEADER_CELL + 2 and is_header_cell(_cell(body, start, end).text):
            j = i
            header_cells: list[Cell] = []
            while j < len(lines) and not is_row_line(body[lines[j][0]:lines[j][1]]):
                if not (one := _cell(body, *lines[j])).text and header_cells:
                    j += 1  # a | rule on its own line after each cell (real/mixed10 suzhou_wujiang_tasks_2024)
                    continue
                if is_header_cell(one.text):
                    header_cells.append(one)
                    j += 1
                elif (two := _header_over_two_lines(body, lines, j)) is not None:
                    header_cells.append(two)
                    j += 2
                else:
                    break
            header = _drop_sub_header(_drop_title_cell(header_cells))
            cols = _columns(header)
            roles = {c.role for c in cols}
            if len(header) >= MIN_PARAGRAPH_HEADER and (
                roles & {"name", "indicator"} or ("content" in roles and roles & UNIT_ROLES)
            ):
                table_rows, k = _read_paragraph_rows(body, lines, j, cols)
                if table_rows:
                    table = Table("paragraph", cols, tuple(table_rows), header[0].start, table_rows[-1].end)
                    yield _with_caption(body, lines, i, table)
                    i = k
                    continue
            i = j
            continue
        i += 1


def _header_over_two_lines(body: str, lines: list[tuple[int, int]], j: int) -> Cell | None:
    """A header cell printed on two lines, its qualifier above its column words (市政府 / 分管领导:
    real/mixed6 guangdong_guangzhou_zerenfengong_2021), or a column word broken in two (主要 / 任务: real/mixed15
    hubei_xianning_zerenfengong_2020), as one cell; None when the lines are not one."""
    if j + 1 >= len(lines):
        return None
    top, bottom = _cell(body, *lines[j]), _cell(body, *lines[j + 1])
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", top.text) or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", bottom.text) \
            or not (is_header_cell(bottom.text) or top.text + bottom.text in _ROLE_OF_WORD) \
            or not is_header_cell(top.text + bottom.text):
        return None
    return Cell(top.text + bottom.text, top.start, bottom.end)


def _drop_title_cell(header: list[Cell]) -> list[Cell]:
    """Drop a first line that names the same subject as a later header cell: it is
    the table's title (主要指标 above 类别 / 指标 / … / 责任单位), not a column."""
    if len(header) > MIN_PARAGRAPH_HEADER:
        role = column_role(header[0].text)
        if role in SUBJECT_ROLES and any(column_role(c.text) == role for c in header[1:]):
            return header[1:]
    return header


def _drop_sub_header(header: list[Cell]) -> list[Cell]:
    """Drop the header cells after the unit columns that only name subjects already named before them: a
    second header row under merged cells (序号 / 重点工作 / 具体任务分解 / … / 牵头单位 / 责任单位 / 牵头区领导 /
    责任人 / 备注, then 工作 / 内容 / 主要任务: real/mixed19 anhui_wuhu_fanchang_zhongdianrenwu_2023), not columns."""
    roles = [column_role(c.text) for c in header]
    units = [i for i, r in enumerate(roles) if r in UNIT_ROLES or r == "responsible"]
    if not units:
        return header
    k = len(header)
    while k > units[-1] + 1 and roles[k - 1] in SUBJECT_ROLES and roles[k - 1] in roles[: units[0]]:
        k -= 1
    return header[:k] if k < len(header) and any(r not in SUBJECT_ROLES for r in roles[units[-1] + 1 : k]) else header


def document_tables(doc: Document) -> tuple[Table, ...]:
    """:func:`find_tables` over ``doc.body``, with HTML row and column spans read
    from the original markup of the document's source.

    :func:`kg.extract.extract_document` reads a document's tables once and hands
    them to the extractors that use tables (tasks, projects, parks).
    """
    return tuple(_read_document_tables(doc))


def _read_document_tables(doc: Document) -> Iterator[Table]:
    text = doc.text
    original = getattr(text, "original", None)
    if original is None or not doc.body:
        yield from find_tables(doc.body)
        return
    o_start, o_end = text.to_original(doc.start, doc.end)
    if original.find("<t", o_start, o_end) < 0:  # no HTML cells in this document
        yield from find_tables(doc.body)
        return

    def spans(start: int) -> tuple[int, int] | None:
        o_start, _ = text.to_original(doc.start + start, doc.start + start + 1)
        m = _TD_BEFORE_RE.search(original, max(0, o_start - 600), o_start)
        if not m:
            return None
        attrs = dict((k.lower(), int(v)) for k, v in _SPAN_ATTR_RE.findall(m.group(1)))
        return max(1, attrs.get("rowspan", 1)), max(1, attrs.get("colspan", 1))

    yield from find_tables(doc.body, spans=spans)


def _with_caption(body: str, lines: list[tuple[int, int]], i_header: int, table: Table) -> Table:
    """Attach the caption printed on the line above the header, if any."""
    k = i_header - 1
    while k >= 0 and lines[k][1] > table.start:
        k -= 1
    for _ in range(2):
        if k < 0:
            break
        cell = _cell(body, *lines[k])
        m = TABLE_CAPTION_RE.match(cell.text) if "\t" not in cell.text else None
        if m:
            label = _SPACE_RE.sub("", m["label"]) if m["label"] else None
            title = (m["title"] or m["plain"] or "").strip() or None
            return Table(table.shape, table.columns, table.rows, table.start, table.end, cell, label, title)
        if not cell.text.startswith("单位"):  # 单位：亿元 may stand between caption and header
            break
        k -= 1
    return table


# --- tab lines (TSV and HTML) ----------------------------------------------------


def _read_tab_table(
    body: str, lines: list[tuple[int, int]], i: int, header: list[Cell], spans: SpanLookup | None
) -> tuple[Table, int]:
    cols = _columns(header)
    n = len(cols)
    is_html = spans is not None and any(spans(c.start) for c in header if c.text)
    seq_index = _role_index(cols, "seq")
    pending: dict[int, list] = {}  # column → [cell, rows still to fill]
    rows: list[Row] = []
    k = i + 1
    while k < len(lines):
        start, end = lines[k]
        if not is_row_line(body[start:end]):
            break
        cells = _split_tabs(body, start, end)
        own = [c for c in cells if c.text]
        if not own:
            k += 1
            continue
        if len(cells) > 2 * n + 2 or (_HEADER_WORD_RE.search(body, start, end) and _is_header_row(cells)):
            break  # a flattened copy of the table, or the next table's header
        grid: list[tuple[Cell, ...]] = [()] * n
        if is_html:
            taken = set()
            for col, slot in list(pending.items()):
                grid[col] = (slot[0],)
                taken.add(col)
                slot[1] -= 1
                if slot[1] <= 0:
                    del pending[col]
            col = 0
            for c in cells:
                while col < n and col in taken:
                    col += 1
                if col >= n:
                    break
                rowspan, colspan = (spans(c.start) if c.text and spans else None) or (1, 1)
                if c.text:
                    for j in range(col, min(n, col + colspan)):
                        grid[j] = (c,)
                if rowspan > 1 and c.text:
                    for j in range(col, min(n, col + colspan)):
                        pending[j] = [c, rowspan - 1]
                col += colspan
        else:
            for col, c in enumerate(cells[:n]):
                if c.text:
                    grid[col] = (c,)
        seq_cells = grid[seq_index] if seq_index is not None else ()
        seq = _seq_of(seq_cells[0].text) if seq_cells else None
        rows.append(Row(tuple(own), tuple(grid), own[0].start, own[-1].end, seq, cols))
        k += 1
    shape = "html" if is_html else "tsv"
    end = rows[-1].end if rows else header[-1].end
    return Table(shape, cols, tuple(rows), header[0].start, end), k


# --- space-separated lines (a table flattened by a page copy) ---------------------


_NON_SPACE_RE = re.compile(r"\S+")


def _space_cells(body: str, start: int, end: int) -> list[Cell]:
    return [Cell(m.group(), start + m.start(), start + m.end()) for m in _NON_SPACE_RE.finditer(body[start:end])]


def _read_space_table(
    body: str, lines: list[tuple[int, int]], i: int, header: list[Cell]
) -> tuple[Table, int]:
    """``序号 重点工作任务 责任领导 责任部门`` then ``1 主动对接… 易承志 经济发展局``: every row
    opens with its number and has one word a column (a cell holds no space).

    A row short of words goes on over the unit lines under it (a cell printed over lines:
    ``2 一般公共预算收入增长5%左右。 区财政局`` / ``区税务局`` / ``区政府有关部门,…。``, real/mixed22
    anhui_bozhou_qiaocheng_renwufenjie_2025): see :func:`_space_row`. A part heading between
    rows (``一、2025年经济社会发展的主要预期目标``) is a group row when the next row follows it."""
    cols = _columns(header)
    rows: list[Row] = []
    k = i + 1
    expected = 1
    while k < len(lines):
        cells = _space_cells(body, *lines[k])
        seq = _seq_of(cells[0].text)
        if seq is None and _ends_table(_cell(body, *lines[k]).text) and k + 1 < len(lines) \
                and _seq_of(_space_cells(body, *lines[k + 1])[0].text) == expected:
            k += 1  # a group row over the rows that follow
            continue
        if seq is None or (rows and seq != expected):
            break
        if len(cells) > len(cols):  # cells broken by spaces (加强水资源保 护): read from the unit cells that end it
            if (values := _space_long_row(cells, cols)) is None:
                break
            rows.append(Row(tuple(cells), values, cells[0].start, cells[-1].end, seq, cols))
            k, expected = k + 1, seq + 1
            continue
        k, row = _space_row(body, lines, k, cells, cols)
        if row is None:
            break
        rows.append(row)
        expected = seq + 1
    end = rows[-1].end if rows else header[-1].end
    return Table("space", cols, tuple(rows), header[0].start, end), k


def _space_long_row(cells: list[Cell], cols: tuple[Column, ...]) -> tuple[tuple[Cell, ...], ...] | None:
    """The values of a space row with more words than columns, some cell broken by a space (1 加强水资源保 护
    严守… 实施…。 市水利局 市发展改革委、…等 各县(市、区)党委和人民政府,…: real/mixed23
    henan_pingdingshan_hezhangzhi_renwufenjie_2018): the columns after the last subject take one word each
    from the right, the last subject the word before them, the number the first; the words between go to the
    first subject column (a merged group left blank). None unless the first unit cell reads as units."""
    last = max((c.index for c in cols if c.role in SUBJECT_ROLES), default=None)
    if last is None or cols[0].role != "seq":
        return None
    trailing = len(cols) - last - 1
    units = [c.index for c in cols[last + 1 :] if c.role in UNIT_ROLES]
    if not units or len(cells) < trailing + 3:
        return None
    values: list[tuple[Cell, ...]] = [()] * len(cols)
    for col, cell in zip(range(last + 1, len(cols)), cells[len(cells) - trailing :], strict=True):
        values[col] = (cell,)
    if not looks_like_units(values[units[0]][0].text.rstrip("。.；;")) \
            or any("。" in values[i][0].text.rstrip("。") for i in units):
        return None
    rest = len(cells) - trailing  # the words before the trailing columns
    if cols[last + 1].role in UNIT_ROLES:  # units spaced apart in the first unit cell (区发改委 区财政局) are its own
        while rest > 2 and is_unit_name(cells[rest - 1].text):
            rest -= 1
            values[last + 1] = (cells[rest],) + values[last + 1]
    values[0], values[last] = (cells[0],), (cells[rest - 1],)
    middle = tuple(cells[1 : rest - 1])
    first = next((c.index for c in cols[1:last] if c.role in SUBJECT_ROLES), last)
    values[first] = middle + values[first] if first == last else middle
    return tuple(values)


def _space_short_row(words: list[Cell], cols: tuple[Column, ...]) -> tuple[tuple[Cell, ...], ...] | None:
    """The values of a space row with fewer words than columns, cells left blank (备注, a 配合单位 with none):
    the words fill the columns from the left, a unit column after the subject left blank when the word is
    no unit list (序号 重点任务 牵头单位 配合单位 完成时限 / 2 … 市工信局 2023年底). None unless the first unit
    column is filled with units."""
    units = [c.index for c in cols if c.role in UNIT_ROLES]
    subject = next((c.index for c in cols if c.role in SUBJECT_ROLES), None)
    if not units or subject is None:
        return None
    values: list[tuple[Cell, ...]] = [()] * len(cols)
    ci = 0
    for w in words:
        while ci < len(cols) and ci > subject and cols[ci].role in UNIT_ROLES and ci != units[0] \
                and not looks_like_units(w.text.rstrip("。.；;")):
            ci += 1
        if ci >= len(cols):
            return None
        values[ci] = (w,)
        ci += 1
    lead = values[units[0]]
    if not lead or units[0] < subject or not looks_like_units(lead[0].text.rstrip("。.；;")):
        return None
    return tuple(values)


def _space_row(body: str, lines: list[tuple[int, int]], k: int, cells: list[Cell],
               cols: tuple[Column, ...]) -> tuple[int, Row | None]:
    """The row opened by line ``k`` (its words ``cells``) and the line after it. Its words fill the columns
    from the left; when they fall short, the unit lines under it (up to the next number) fill the columns
    left from the right, the last line the last column, and lines beyond one a column join the last cell of
    the number's line (a unit cell broken over lines). None when the row cannot be read."""
    n = len(cols)
    more: list[Cell] = []
    j = k + 1
    while len(cells) < n and j < len(lines):
        line = _cell(body, *lines[j])
        if _seq_of(_space_cells(body, *lines[j])[0].text) is not None or _ends_table(line.text) \
                or len(line.text) > MAX_CELL or not looks_like_units(line.text.rstrip("。.；;")):
            break
        more.append(line)
        j += 1
    if len(cells) < n and len(cells) + len(more) < n:
        own = cells + more
        short = _space_short_row(own, cols)
        if short is None:
            return k, None
        return j, Row(tuple(own), short, own[0].start, own[-1].end, _seq_of(cells[0].text), cols)
    values: list[tuple[Cell, ...]] = [(c,) for c in cells] + [()] * (n - len(cells))
    rest = n - len(cells)
    if more:
        tail = more[len(more) - rest:] if rest else []
        extra = more[: len(more) - rest]
        values[len(cells) - 1] += tuple(extra)
        for col, c in zip(range(len(cells), n), tail, strict=True):
            values[col] = (c,)
    own = cells + more
    return j if more else k + 1, Row(tuple(own), tuple(values), own[0].start, own[-1].end, _seq_of(cells[0].text),
                                     cols)


# --- a table run together: cells with no separator (a docx flattened by a page copy) ----


#: A header word run on from the one before, with up to three qualifier characters before it (区政府分管领导).
_RUN_WORD_RE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:" + alternation(list(_ROLE_OF_WORD)) + ")")
_RUN_MIN_COLUMNS = 4
_RUN_HINT_RE = re.compile(r"序号[\u4e00-\u9fff]")
#: Characters a unit's name ends with: the next row's number follows one (…市国有公司2促进就业稳定增长).
_UNIT_LAST_CHARS = "".join(sorted({w[-1] for w in UNIT_SUFFIXES + GENERIC_UNIT_TAILS} | {")", "）"}))
#: What a number in a task's words is followed by (12个, 5000人, 3%): not the next row's number.
_COUNTERS = "个年月日万亿千百名家人户次所座项条处元岁天%％.．、"
#: A glued unit's name: two to eight characters and, when it is not a unit's by its ending, a bracket after it
#: (高新园(邹区镇)).
_RUN_UNIT_MIN, _RUN_UNIT_MAX = 3, 7
_BRACKET_AFTER_RE = re.compile(r"[（(][^（）()]{1,12}[）)]")
_BRACKET_END_RE = re.compile(r"[（(][^（）()]*[）)]$")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
#: Last characters of a unit suffix whose shorter part is a suffix too (管委 → 管委会).
_SUFFIX_TAILS = "".join(sorted({w[-1] for w in UNIT_SUFFIXES if any(w[:-1].endswith(v) for v in UNIT_SUFFIXES)}))
#: A line break inside a glued cell, with the page-chunk number a copied page prints after it (高新园(邹区镇 / 2、)),
#: or that number alone once ingest has joined the broken line (高新园(邹区镇2、)各街道: a number and its 、 right
#: before a closing bracket are no part of a name; real/mixed13 jiangsu_changzhou_zhonglou_minshengshishi_2021).
_RUN_BREAK_RE = re.compile(r"\s*\n\s*(?:\d{1,3}[、.．])?|\d{1,3}、(?=[）)])")


def _run_header(body: str, start: int, end: int) -> tuple[list[Cell], int] | None:
    """Header cells run together on one line after 序号 (序号项目名称主要内容区政府分管领导牵头单位配合单位:
    tests/data/real/mixed13 jiangsu_changzhou_zhonglou_minshengshishi_2021) and where they end, or None."""
    at = body.find("序号", start, end)
    if at < 0 or is_row_line(body[start:end]):
        return None
    cells, pos = [Cell("序号", at, at + 2)], at + 2
    while (m := _RUN_WORD_RE.match(body, pos, end)) is not None:
        cells.append(Cell(m.group(), m.start(), m.end()))
        pos = m.end()
    roles = {column_role(c.text) for c in cells}
    if len(cells) < _RUN_MIN_COLUMNS or not roles & {"lead", "responsible"} or not roles & set(SUBJECT_ROLES):
        return None
    return cells, pos


def _read_run_table(body: str, lines: list[tuple[int, int]], i: int, header: list[Cell],
                    pos: int) -> tuple[Table, int]:
    """Rows run together after their header, each opened by its number after the last row's units
    (1增加教育资源供给实施…。何海平教育局经开区…市国有公司2促进就业…). In a row, a task's words end with 。 and
    its cells follow: who leads it (a person's name) and its units, glued, cut by the unit grammar; a row may
    hold several tasks, each with its own cells (…展陈。何海平文体旅局晋陵公司轨道公司推进大庙弄…整治。芮春祥住建局…)."""
    cols = _columns(header)
    blank = re.compile(r"\n[ \t\u3000]*\n").search(body, pos)
    region_end = blank.start() if blank else len(body)
    rows: list[Row] = []
    n, row_start = 1, pos + len(body[pos:region_end]) - len(body[pos:region_end].lstrip())
    while body.startswith(str(n), row_start) and not body[row_start + len(str(n)) : row_start + len(str(n)) + 1].isdigit():
        nxt = re.compile(rf"(?<=[{re.escape(_UNIT_LAST_CHARS)}]){n + 1}(?![0-9{_COUNTERS}])(?=[\u4e00-\u9fff])")
        m = nxt.search(body, row_start + 1, region_end)
        row_end = m.start() if m else region_end
        rows.extend(_run_row_tasks(body, row_start, row_end, n, cols))
        if m is None:
            break
        n, row_start = n + 1, m.start()
    k = i
    while k < len(lines) and lines[k][0] < (rows[-1].end if rows else pos):
        k += 1
    end = rows[-1].end if rows else pos
    return Table("run", cols, tuple(rows), header[0].start, end), max(k, i + 1)


def _run_row_tasks(body: str, start: int, end: int, seq: int, cols: tuple[Column, ...]) -> Iterator[Row]:
    """The rows (one a task) of one numbered row run together: words up to a 。 that a person's name and units
    follow, then those cells."""
    # a name and its content run together cannot be cut apart: the row's words are its content, and no name
    # (a projects table gives no project from them)
    subject = _role_index(cols, "content")
    subject = next((c.index for c in cols if c.role in SUBJECT_ROLES), None) if subject is None else subject
    official = _role_index(cols, "lead_official")
    unit_cols = [c.index for c in cols if c.role in UNIT_ROLES]
    if subject is None or not unit_cols:
        return
    words = start + len(str(seq))
    stop = body.find("。", words, end)
    while stop >= 0:
        cells = _run_cells(body, stop + 1, end)
        if cells is not None:
            name, units = cells
            values: list[tuple[Cell, ...]] = [()] * len(cols)
            values[subject] = (_cell(body, words, stop + 1),)
            if official is not None and name is not None:
                values[official] = (name,)
            values[unit_cols[0]] = (units[0],) if len(unit_cols) > 1 else tuple(units)
            if len(unit_cols) > 1:
                values[unit_cols[1]] = tuple(units[1:])
            own = [c for v in values for c in v]
            yield Row(tuple(own), tuple(values), words, units[-1].end, seq if words == start + len(str(seq)) else None,
                      cols)
            words = units[-1].end
        stop = body.find("。", (cells[1][-1].end if cells else stop + 1), end)


def _run_cells(body: str, pos: int, end: int) -> tuple[Cell | None, list[Cell]] | None:
    """A person's name (three characters tried before two) and the glued units after it, or None."""
    for size in (3, 2):  # 张菁民政局: not 张菁民 (政局高新园… is no unit's name) but 张菁 and 民政局
        if is_person_name(body[pos : pos + size]):
            units = _glued_units(body, pos + size, end)
            if units and is_unit_name(_BRACKET_END_RE.sub("", units[0].text)):
                return Cell(body[pos : pos + size], pos, pos + size), units
    return None


def _glued_units(body: str, pos: int, end: int) -> list[Cell]:
    """Units glued to each other (教育局经开区高新园(邹区镇)各街道市国有公司), each the shortest run that ends like a
    unit's name or is closed by a bracket; they stop where no unit starts (推进大庙弄核心区改造…)."""
    out: list[Cell] = []
    while pos < end and (size := _glued_unit_size(body, pos, end)):
        out.append(Cell(_RUN_BREAK_RE.sub("", body[pos : pos + size]), pos, pos + size))
        pos += size
    return out


def _glued_unit_size(body: str, pos: int, end: int) -> int:
    """The length of the glued unit at ``pos`` (its bracket included), 0 when none starts there."""
    for size in range(_RUN_UNIT_MIN, _RUN_UNIT_MAX + 1):
        stem = body[pos : pos + size]
        if pos + size > end or not _CJK_RUN_RE.fullmatch(stem):
            return 0
        bracket = _BRACKET_AFTER_RE.match(_RUN_BREAK_RE.sub("", body[pos + size : pos + size + 20]))
        if bracket and (close := body.find(bracket.group()[-1], pos + size, end)) > 0:
            return close + 1 - pos
        # 高新区管委会 is not 高新区管委 + 会…: a unit's ending is not cut before its last character
        if is_unit_name(stem) and body[pos + size : pos + size + 1] not in _SUFFIX_TAILS:
            return size
    return 0


def _role_index(cols: tuple[Column, ...], role: str) -> int | None:
    return next((c.index for c in cols if c.role == role), None)


def _seq_of(text: str) -> int | None:
    m = _SEQ_RE.match(text)
    return int(m.group(1)) if m else None


# --- one cell per paragraph --------------------------------------------------------


def _ends_table(text: str) -> bool:
    return bool(SECTION_HEADING_RE.match(text) or (TABLE_CAPTION_RE.match(text) and len(text) <= 40))


def _row_complete(cells: list[Cell], cols: tuple[Column, ...]) -> bool:
    """Has the row reached its last column? Judged by the last column's kind."""
    last = cols[-1].role
    unitish = UNIT_ROLES | {"assessor"}  # 责任部门 / 评分部门: both hold units
    # after the sequence number and the name; a cell standing where a column before the flexible one
    # is not a unit column (建设地点: 纸坊街道) does not count as the row's units
    flex = next((i for r in ("content", "name", "indicator") if (i := _role_index(cols, r)) is not None), 0)
    body_cells = [c for i, c in enumerate(cells) if i >= 2 and not (i < flex and cols[i].role not in unitish)]
    if last in unitish:
        # 牵头部门 / 配合部门 at the end: a unit cell for each, or one and a full row; names a line under one
        # 分管领导 cell count as one cell (real/mixed10 changzhou_zhonglou_tasks_2022)
        if "lead_official" in {c.role for c in cols}:
            cells = [c for i, c in enumerate(cells)
                     if not (i and is_person_name(c.text) and is_person_name(cells[i - 1].text))]
        trailing = len(cols) - next((i for i in range(len(cols), 0, -1) if cols[i - 1].role not in unitish), 0)
        units = sum(looks_like_units(c.text) for c in body_cells)
        return units >= trailing or (units > 0 and len(cells) >= len(cols))
    if last in YEAR_ROLES:
        return any(is_year_cell(c.text) for c in body_cells)
    return len(cells) >= len(cols)


def _read_paragraph_rows(
    body: str, lines: list[tuple[int, int]], k: int, cols: tuple[Column, ...]
) -> tuple[list[Row], int]:
    seq_index = _role_index(cols, "seq")
    unit_index = next((c.index for c in cols if c.role in UNIT_ROLES), None)
    if seq_index is None and unit_index is not None:
        return _read_unit_cut_rows(body, lines, k, cols, unit_index)
    chunks: list[list[Cell]] = []
    current: list[Cell] | None = None
    expected: int | None = None
    # a merged group column before 序号: its cell comes before a row's number
    merged_first = seq_index is not None and seq_index > 0 and cols[0].role in MERGED_ROLES
    pending_group = False
    while k < len(lines):
        start, end = lines[k]
        if is_row_line(body[start:end]):
            break
        cell = _cell(body, start, end)
        if not cell.text:  # a rule line of its own (|, ||||||) between the cells of a page copied as text
            k += 1
            continue
        done = current is None or _row_complete(current, cols)
        if _ends_table(cell.text) and done:
            if seq_index is not None and _seq_ahead(body, lines, k, expected or 1, window=1):
                k += 1  # a group row (一、做大做强主导产业) between numbered rows
                continue
            if seq_index is not None and current is None and _groups_then_first_row(body, lines, k):
                k += 1  # group rows over the first row, a cell a line (强化…能力。 / (一) / 加强…建设。 / 1)
                continue
            break
        if seq_index is None:  # no numbers to open rows: a row is as long as the header
            if current is None:
                current = []
                chunks.append(current)
            current.append(cell)
            if len(current) >= len(cols):
                current = None
            k += 1
            continue
        seq = _seq_of(cell.text)
        if pending_group and current is not None and seq is not None and (expected is None or seq == expected):
            current.append(cell)  # the number after its group cell: the same row
            pending_group = False
            expected = seq + 1
            k += 1
            continue
        # a number opens the next row once this row is whole (or nearly: a blank last cell)
        if seq is not None and (expected is None or seq == expected) and (
            done or len(current or ()) >= max(2, len(cols) - 1)
        ):
            current = [cell]
            chunks.append(current)
            expected = seq + 1
            k += 1
            continue
        if merged_first and (current is None or (done and not _fits(cols[-1].role, cell.text))) \
                and _seq_ahead(body, lines, k, expected or 1, window=1):
            # a group cell printed once before the rows it covers (考核项目 农业高质高效 / 1 / …):
            # it opens the next row (tests/data/real/tasks2 zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021)
            current = [cell]
            chunks.append(current)
            pending_group = True
            k += 1
            continue
        if current is None and seq_index is not None and _groups_then_first_row(body, lines, k):
            k += 1  # a group row over the first row
            continue
        if current is None:
            break  # the header is not followed by a numbered row
        if done and not _seq_ahead(body, lines, k, expected):
            break
        current.append(cell)
        k += 1
    rows = [_paragraph_row(chunk, cols) for chunk in chunks if len(chunk) >= 2]
    return rows, k


def _read_unit_cut_rows(
    body: str, lines: list[tuple[int, int]], k: int, cols: tuple[Column, ...], unit_index: int
) -> tuple[list[Row], int]:
    """Rows of a paragraph table with no 序号: each row runs to its unit cells (lists
    of unit names) and the cells the header puts after them. A row may lack merged
    cells (类别 printed once for a group) on the left; a part heading between rows
    (一、优结构、谋发展…) is a group row; the table ends at the first stretch that
    does not fit a row."""
    if unit_index == 0:
        return _read_lead_first_rows(body, lines, k, cols)
    need = max(1, unit_index - sum(1 for c in cols[:unit_index] if c.role in MERGED_ROLES))
    stacked = is_stacked(cols)
    if stacked:
        need = 1  # a key work and its task printed once over their measures: a row may hold the measure alone
    rows: list[Row] = []
    while k < len(lines):
        if is_row_line(body[lines[k][0]:lines[k][1]]):
            break
        read = _unit_cut_row(body, lines, k, cols, unit_index, need)
        if read is None and not stacked and _ends_table(_cell(body, *lines[k]).text) \
                and (read := _unit_cut_row(body, lines, k + 1, cols, unit_index, need)) is not None:
            k += 1  # a part heading over the rows that follow (real/mixed14 liaoning_shenhe_renwufenjie_2024)
        if read is None or (_ends_table(_cell(body, *lines[k]).text) and not stacked):
            break  # (stacked subject columns open their groups with part headings: 一、加大财政金融支持力度)
        row, k = read
        rows.append(row)
    return rows, k


#: The longest piece of a unit's name a narrow column wraps onto a line (市政 / 府办 / 公厅).
_WRAPPED_PIECE = 8
_MAX_WRAPPED_LINES = 6


def _read_lead_first_rows(body: str, lines: list[tuple[int, int]], k: int,
                          cols: tuple[Column, ...]) -> tuple[list[Row], int]:
    """Rows of a paragraph table whose unit column comes first (牵头单位 / 目标任务 / 责任单位: real/mixed20
    hunan_changsha_zerenfenjie_2012): a row is its lead cell, the task after it, then a line for each column
    after the task. A lead cell may be one name wrapped by a narrow column (市政 / 府办 / 公厅 = 市政府办公厅),
    or a unit a line; the table ends at the first stretch that does not fit a row."""
    if len(cols) < 2 or cols[1].role not in SUBJECT_ROLES:
        return [], k
    rows: list[Row] = []
    while k < len(lines):
        pieces: list[Cell] = []
        j = k
        while j < len(lines) and len(pieces) < _MAX_WRAPPED_LINES:
            cell = _cell(body, *lines[j])
            if len(cell.text) > _WRAPPED_PIECE or _SENTENCE_PUNCT_RE.search(cell.text) or (
                    pieces and is_unit_name("".join(p.text for p in pieces)) and not is_unit_name(cell.text)):
                break  # (a piece goes on a name not yet whole, or is a unit of its own)
            pieces.append(cell)
            j += 1
        if not pieces or j >= len(lines):
            break
        if all(is_unit_name(p.text) for p in pieces):
            lead = tuple(pieces)
        elif is_unit_name(joined := "".join(p.text for p in pieces)):
            lead = (Cell(joined, pieces[0].start, pieces[-1].end),)
        else:
            break
        subject = _cell(body, *lines[j])
        if looks_like_units(subject.text) or _ends_table(subject.text):
            break
        rest = [_cell(body, *lines[i]) for i in range(j + 1, min(len(lines), j + len(cols) - 1))]
        if len(rest) < len(cols) - 2 or not all(_fits(c.role, cell.text) for c, cell in zip(cols[2:], rest, strict=False)):
            break
        values = (lead, (subject,)) + tuple((c,) for c in rest)
        own = [*pieces, subject, *rest]
        rows.append(Row(tuple(own), values, own[0].start, own[-1].end, None, cols))
        k = j + len(cols) - 1
    return rows, k


def _unit_cut_row(body: str, lines: list[tuple[int, int]], k: int, cols: tuple[Column, ...], unit_index: int,
                  need: int) -> tuple[Row, int] | None:
    """The row of a unit-cut table that starts at line ``k`` and the line after it, or None.

    Its unit cells are the run of unit lines after its subject: the unit columns after the first take one
    line each from the right and the first takes the rest (发改局 / 区工信局 / 各街道办事处 under 牵头单位 /
    责任单位: real/mixed14 liaoning_shenhe_renwufenjie_2024, where every 责任单位 cell joins its units with 、).
    Other cells after them (备注, 完成时限) fill their columns up to the header's count, but a cell with a
    unit line right after it is the next row's subject, so a row's blank last cells are not filled from the next."""
    units = [c for c in cols[unit_index:] if c.role in UNIT_ROLES]
    units = units[: next((j for j, c in enumerate(cols[unit_index:]) if c.role not in UNIT_ROLES), len(units))]
    rest = len(cols) - unit_index - len(units)

    def unit_line(j: int) -> bool:
        return j < len(lines) and looks_like_units(_cell(body, *lines[j]).text)

    for n in range(need, unit_index + 1):
        i = k + n
        if i >= len(lines) or lines[i - 1][1] - lines[i - 1][0] > MAX_CELL:
            return None
        if not unit_line(i):
            continue
        run = i + 1
        while unit_line(run):
            run += 1
        stop = run
        while stop < min(len(lines), run + rest) and not unit_line(stop) and not unit_line(stop + 1):
            stop += 1
        cells = [_cell(body, *lines[j]) for j in range(k, stop)]
        run_cells = cells[i - k : run - k]
        extra = max(0, len(run_cells) - len(units))  # lines beyond one a column: the first column's paragraphs
        groups = [tuple(run_cells[: extra + 1])] + [(c,) for c in run_cells[extra + 1 :]]
        groups += [()] * (len(units) - len(groups))
        tail = [(c,) if c.text else () for c in cells[run - k :]]
        values = ((),) * (unit_index - n) + tuple((c,) if c.text else () for c in cells[: i - k]) \
            + tuple(groups) + tuple(tail) + ((),) * (rest - len(tail))
        return Row(tuple(cells), values, cells[0].start, cells[-1].end, None, cols), stop
    return None


def is_stacked(cols: tuple[Column, ...]) -> bool:
    """Whether a table prints several subject columns before its units (重点工作 / 主要任务 / 工作措施 /
    责任单位): each narrows the one before, and a row's task is its last subject cell."""
    unit = next((c.index for c in cols if c.role in UNIT_ROLES), len(cols))
    return sum(c.role in SUBJECT_ROLES for c in cols[:unit]) > 1


def _seq_ahead(body: str, lines: list[tuple[int, int]], k: int, expected: int | None, window: int = 3) -> bool:
    """Does the next row's number come within a few lines (a cell broken over lines)?"""
    for j in range(k + 1, min(len(lines), k + 1 + window)):
        text = body[lines[j][0]:lines[j][1]]
        if _ends_table(text.strip()):
            return False
        if _seq_of(text) == expected:
            return True
    return False


#: Group rows a table may print over its first numbered row, a cell a line.
_MAX_GROUP_LINES = 4
_GROUP_CELL_MAX = 40


def _groups_then_first_row(body: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether the lines from ``k`` are short group cells (a heading, its number (一)) and the
    table's row 1 follows within :data:`_MAX_GROUP_LINES` lines (real/mixed6
    guangdong_guangzhou_zerenfengong_2021: 强化科技创新支撑能力。 / (一) / 加强战略科技力量建设。 / 1)."""
    for j in range(k, min(len(lines), k + _MAX_GROUP_LINES + 1)):
        text = body[lines[j][0]:lines[j][1]].strip()
        if j > k and _seq_of(text) == 1:
            return True
        if len(text) > _GROUP_CELL_MAX:
            return False
    return False


def _paragraph_row(cells: list[Cell], cols: tuple[Column, ...]) -> Row:
    values, notes = align(cells, cols)
    seq_index = _role_index(cols, "seq")
    seq = next((n for c in cells[:2] if (n := _seq_of(c.text)) is not None), None) if seq_index is not None else None
    return Row(tuple(cells), values, cells[0].start, cells[-1].end, seq, cols, notes)


def align(cells: list[Cell], cols: tuple[Column, ...]) -> tuple[tuple[tuple[Cell, ...], ...], dict[str, Cell]]:
    """Assign a paragraph row's cells to columns.

    Columns before the *flexible* column (the first content column, else the
    name) take one cell each from the left; columns after it take cells from
    the right when the cell fits the column's kind (a year for 开工年, a unit
    list for 牵头单位). A single non-year line where year columns stand is a
    merged schedule cell: it goes to ``notes["schedule"]``. The flexible
    column takes whatever is left, so a content cell printed as several
    paragraphs stays whole.
    """
    n = len(cols)
    values: list[tuple[Cell, ...]] = [()] * n
    notes: dict[str, Cell] = {}
    if len(cells) == n and all(_fits(c.role, cell.text) for c, cell in zip(cols, cells, strict=True)):
        return tuple((cell,) if cell.text else () for cell in cells), notes
    flex = 0
    for role in ("content", "name", "indicator"):
        index = _role_index(cols, role)
        if index is not None:
            flex = index
            break
    left, right = 0, len(cells)
    # Columns before the flexible one take one cell each from the left; a number goes to the
    # 序号 column (a merged group column before it is left blank).
    seq_index = _role_index(cols, "seq")
    filled: list[int] = []
    for col in cols[:flex]:
        if left >= right:
            break
        if seq_index is not None and col.index < seq_index and col.role in MERGED_ROLES \
                and _seq_of(cells[left].text) is not None:
            continue
        values[col.index] = (cells[left],)
        filled.append(col.index)
        left += 1
    after = list(cols[flex + 1:])
    j = len(after) - 1
    forced = False
    while j >= 0 and left < right:
        col = after[j]
        if col.role in YEAR_ROLES:
            group_start = j
            while group_start > 0 and after[group_start - 1].role in YEAR_ROLES:
                group_start -= 1
            group = after[group_start:j + 1]
            years: list[Cell] = []
            while right - 1 > left and len(years) < len(group) and is_year_cell(cells[right - 1].text):
                right -= 1
                years.insert(0, cells[right])
            if years:
                for gcol, cell in zip(group[len(group) - len(years):], years, strict=True):
                    values[gcol.index] = (cell,)
            elif right - left > 1 and len(cells[right - 1].text) <= 40:
                right -= 1
                notes["schedule"] = cells[right]
            j = group_start - 1
            continue
        if col.role in BLANK_AFTER_UNITS_ROLES and len(cells) < n and j > 0 and after[j - 1].role in UNIT_ROLES \
                and "。" not in cells[right - 1].text and len(cells[right - 1].text) <= MAX_CELL:
            j -= 1  # a row short of cells leaves its 备注 blank: its last cell is the unit column's
            forced = True
            continue
        if col.role == "note" and j > 0 and after[j - 1].role == "lead_official" and is_person_name(cells[right - 1].text):
            j -= 1  # a person's name where 备注 stands after 责任人 is the 责任人's: the 备注 is blank
            forced = True  # (real/mixed19 anhui_wuhu_fanchang_zhongdianrenwu_2023: … / 鲁胜启 / 桂仁章)
            continue
        if forced or _fits(col.role, cells[right - 1].text):
            forced = False
            right -= 1
            taken = [cells[right]]
            # a unit list broken over two lines: 区发改局牵头,区科技局、 / 区经信局配合; or one unit a line
            # (县海洋与渔业局 / 县农业农村局, tests/data/real/tasks2 zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021)
            # (县海洋与渔业局 / 县农业农村局, tests/data/real/tasks2 zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021);
            # unit columns to the left (牵头单位 before 配合单位) keep one such line each
            spare = _unit_run(cells, left, right) - _unit_columns_before(after, j)
            while col.role in UNIT_ROLES and right - 1 > left and (
                    cells[right - 1].text[-1:] in "、，,；;"
                    or (spare > 0 and is_unit_name(cells[right - 1].text) and is_unit_name(taken[0].text))):
                spare -= 1
                right -= 1
                taken.insert(0, cells[right])
            # names a line under one 分管领导 cell (王旭锋 / 胡金芳 / 王行杰, real/mixed10 changzhou_zhonglou_tasks_2022)
            # (not when another lead-official column stands before: 牵头区领导 / 责任人 each hold one name)
            while col.role == "lead_official" and right - 1 > left and is_person_name(taken[0].text) \
                    and is_person_name(cells[right - 1].text) and not (j > 0 and after[j - 1].role == "lead_official"):
                right -= 1
                taken.insert(0, cells[right])
            values[col.index] = tuple(taken)
        j -= 1
    if left >= right and filled and filled[-1] != seq_index and cols[filled[-1]].role in SUBJECT_ROLES:
        # too few cells: the subject before the flexible column was printed once for a group
        # (a merged 考核指标), so the last cell taken for it is the flexible column's
        left -= 1
        values[filled[-1]] = ()
    values[cols[flex].index] = tuple(cells[left:right])
    _fill_unit_columns_from_the_left(values, cells, cols)
    return tuple(values), notes


def _fill_unit_columns_from_the_left(values: list[tuple[Cell, ...]], cells: list[Cell],
                                     cols: tuple[Column, ...]) -> None:
    """A row short of cells that ends in its unit cells with the first unit column left blank was cut
    short after them (牵头单位 / 责任单位 / 责任人 and the row stops at 区发改局: tests/data/real/tasks3
    hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023), or left a later unit cell blank before its years: its
    unit cells fill the unit columns from the left."""
    unit_cols = [c.index for c in cols if c.role in UNIT_ROLES]
    if len(cells) >= len(cols) or len(unit_cols) < 2 or values[unit_cols[0]]:
        return
    filled = [values[i] for i in unit_cols if values[i]]
    # or its last unit column left blank before a year (牵头单位 / 配合单位 / 完成时限: 市工信局 / 2024年)
    after = cells[next((k for k, c in enumerate(cells) if c is filled[-1][-1]), len(cells)) + 1 :] if filled else []
    if filled and (filled[-1][-1] is cells[-1] or (after and all(is_year_cell(c.text) for c in after))):
        for i, v in zip(unit_cols, filled + [()] * (len(unit_cols) - len(filled)), strict=True):
            values[i] = v


def target_after_name(table: Table) -> Column | None:
    """The column of targets or tasks each row assigns when the name column before it names a
    group (目标名称 / 工作标准: 四大功能区建设, real/mixed10 changzhou_zhonglou_tasks_2022; 项目 /
    重点工作目标任务: 主要预期目标, suzhou_wujiang_tasks_2024): a task table, not a list of projects."""
    name = table.column("name")
    if name is None:
        return None
    return next((c for c in table.columns[name.index + 1 :] if c.role == "content"
                 and (TARGET_SUBJECT_RE.search(c.text) or TARGET_SUBJECT_RE.search(name.text))), None)


def unit_cells(row: Row, role: str, *, every: bool = False) -> str:
    """A unit column's cells as one list: a unit a line (县海洋与渔业局 / 县农业农村局) joined by 、,
    a list broken over lines (区发改局牵头,区科技局、 / 区经信局配合) closed up. With ``every``, the lists of
    every column with ``role`` joined by a comma (参与单位 / 责任单位 beside a 牵头单位 column both cooperate)."""
    if every:
        return "，".join(text for col in row.columns if col.role == role
                        if (text := _unit_cells_of(row.values[col.index])))
    return _unit_cells_of(row.get(role))


def _unit_cells_of(cells: tuple[Cell, ...]) -> str:
    out, prev = "", None
    for cell in cells:
        # cells glued in the text (教育局经开区, a table run together) were cut apart as units: a separator between
        glued = prev is not None and prev.end == cell.start
        out += ("、" if out and (glued or (is_unit_name(out) and is_unit_name(cell.text))) else "") + cell.text
        prev = cell
    return out


def _unit_run(cells: list[Cell], left: int, right: int) -> int:
    """How many cells, ending at ``right``, are each one unit's name."""
    n = 0
    while right - n - 1 >= left and is_unit_name(cells[right - n - 1].text):
        n += 1
    return n


def _unit_columns_before(after: list[Column], j: int) -> int:
    """How many unit columns stand right before column ``j`` of ``after``, in a row."""
    n = 0
    while j - n - 1 >= 0 and after[j - n - 1].role in UNIT_ROLES:
        n += 1
    return n


def split_label(text: str, words: tuple[str, ...]) -> tuple[str, str] | None:
    """``地点:杨浦区`` → (``地点``, ``杨浦区``) when the label is one of ``words``."""
    for word in sorted(words, key=len, reverse=True):
        if text.startswith(word) and len(text) > len(word) + 1 and text[len(word)] in CELL_LABEL_SEPARATORS:
            return word, text[len(word) + 1:].strip()
    return None


__all__ = [
    "Cell", "Column", "Row", "Table", "align", "column_role", "document_tables", "find_tables",
    "is_header_cell", "is_row_line", "is_stacked", "is_year_cell", "looks_like_people", "split_label", "target_after_name",
    "unit_cells",
]
