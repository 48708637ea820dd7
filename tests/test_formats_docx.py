"""kg.read.formats.docx and kg.read.formats.office: Word files, with the real LibreOffice for .doc."""

from __future__ import annotations

import json
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


def _rewrite_docx(source: Path, target: Path, part: str, change) -> Path:
    """A copy of the Word file ``source`` whose ``part`` is ``change(bytes)``."""
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def _laughs(data: bytes) -> bytes:
    """A billion-laughs DTD in front of document.xml, its last entity used in the text."""
    entities = b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
    head = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">' + entities + b"]>"
    body = data.split(b"?>", 1)[1]
    assert b"<w:t>" in body
    return head + body.replace(b"<w:t>", b"<w:t>&lol9;", 1)


def _inflating(source: Path, target: Path, mib: int) -> Path:
    """A Word file whose document.xml inflates to ``mib`` MiB (1 KB of zip per MiB)."""
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info.filename, data)
                continue
            head, tail = data.split(b"</w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:p><w:r><w:t>")
                for _ in range(mib):
                    part.write(b"a" * 2**20)
                part.write(b"</w:t></w:r></w:p></w:body>" + tail)
    return target


@pytest.mark.parametrize(("name", "words"), [
    ("cut.docx", "damaged Word file, its XML cannot be read"),
    ("laughs.docx", "damaged Word file, its XML cannot be read"),
    ("inflates.docx", "inflates to 301 MB, more than 256 MB (a zip bomb?); not read"),
    ("xmlpart.docx", "its part word/document.xml inflates to 100 MB of XML, more than 64 MB; not read"),
    ("zip.docx", "damaged or not a Word .docx file"),
])
def test_a_hostile_word_file_is_one_skip_line_and_the_folder_is_read(tmp_path, name, words):
    """Really damaged files, made here: document.xml cut in half, a billion-laughs entity
    bomb, a zip of 300 KB that inflates to 300 MB (1 GB: the same line), an XML part of 100 MB,
    a zip cut short. Each costs one line, and memory is never spent inflating them."""
    import resource

    folder = tmp_path / "folder"
    folder.mkdir()
    good = DATA / "notice_79.docx"
    (folder / "notice.docx").write_bytes(good.read_bytes())
    target = folder / name
    if name == "cut.docx":
        _rewrite_docx(good, target, "word/document.xml", lambda data: data[: len(data) // 2])
    elif name == "laughs.docx":
        _rewrite_docx(good, target, "word/document.xml", _laughs)
    elif name in ("inflates.docx", "xmlpart.docx"):
        _inflating(good, target, 300 if name == "inflates.docx" else 100)
        assert target.stat().st_size < 2**20
    else:
        target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = tmp_path / "facts.json"
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert lines == [f"kg: skipped: {target}: {words}"] or (
        len(lines) == 1 and lines[0].startswith(f"kg: skipped: {target}: {words}")), result.stderr
    facts = json.loads(out.read_text(encoding="utf-8"))
    assert {d["doc_number"] for d in facts["documents"]} == {"甬政办发〔2021〕79号", "甬政干〔2021〕34号"}
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before < 300 * 1024  # KB: never inflated
