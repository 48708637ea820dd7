"""kg.read.formats.docx and kg.read.formats.office: Word files, with the real LibreOffice for .doc."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import extract_text
from kg.read.formats import office
from kg.read.formats.docx import read_docx
from kg.read.sources import read_source

DATA = Path(__file__).parent / "data" / "formats"


def test_paragraphs_and_tables_come_in_document_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("附件")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["序号", "重点任务", "责任单位"], ["1", "建设创新平台", "市科技局"],
                                        ["2", "培育龙头企业", ""]], strict=False):
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text
    merged = table.rows[2].cells[1].merge(table.rows[2].cells[2])
    merged.text = "培育龙头企业（市经信局牵头）"
    document.add_paragraph("以上任务请抓好落实。")
    path = tmp_path / "notice.docx"
    document.save(path)
    assert read_docx(path).splitlines() == ["附件", "序号\t重点任务\t责任单位", "1\t建设创新平台\t市科技局",
                                            "2\t培育龙头企业（市经信局牵头）", "以上任务请抓好落实。"]


@pytest.fixture(scope="module")
def notice():
    return read_source(DATA / "notice_79.docx")


def test_a_real_notice_gives_its_documents_tasks_and_appointments(notice):
    facts = extract_text(notice)
    assert {d["doc_number"] for d in facts["documents"]} == {"甬政办发〔2021〕79号", "甬政干〔2021〕34号"}
    assert len(facts["task_assignments"]) == 24  # as in the gazette text (tests/data/gold)
    assert {a["person"] for a in facts["appointments"]} == {"王顺大", "黎伟挺"}
    for section in ("documents", "task_assignments", "appointments"):
        for rec in facts[section]:
            ev = rec["evidence"]
            assert notice.original[ev["start"]:ev["end"]] == ev["quote"]


def test_a_doc_file_is_read_through_libreoffice(notice):
    assert office.libreoffice() is not None, "scripts/system-deps installs libreoffice-writer-nogui"
    doc = read_source(DATA / "notice_79.doc")
    assert doc.layer and doc.original == notice.original


def test_without_libreoffice_a_doc_file_is_a_one_line_skip_naming_the_conversion(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "COMMANDS", ("no-such-soffice",))
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / "old.wps").write_bytes((DATA / "notice_79.doc").read_bytes())
    (folder / "notice.docx").write_bytes((DATA / "notice_79.docx").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 0, result.output
    skips = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped: ")]
    assert len(skips) == 1 and "old.wps" in skips[0]
    assert "soffice --headless --convert-to docx old.wps" in skips[0]


def test_a_damaged_docx_is_a_one_line_skip(tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "notice.docx").write_bytes((DATA / "notice_79.docx").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 0, result.output
    skips = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped: ")]
    assert len(skips) == 1 and "broken.docx" in skips[0] and "damaged" in skips[0]
