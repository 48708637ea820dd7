"""kg.read.formats.ocr: scanned pages and images through the real Tesseract (chi_sim) from
Debian's packages (scripts/system-deps installs it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import extract_text
from kg.read.formats import ocr
from kg.read.sources import read_source

DATA = Path(__file__).parent / "data" / "formats"


@pytest.fixture(scope="module")
def notice_image():
    return read_source(DATA / "scanned_notice.png")


def test_an_image_is_read_by_ocr_in_reading_order(notice_image):
    text = notice_image.original
    assert notice_image.layer
    lines = [line for line in text.splitlines() if line.strip()]
    assert "宁波市人民政府关于王顺大、黎伟挺职务任免的通知" in lines
    assert lines.index("宁波市人民政府关于王顺大、黎伟挺职务任免的通知") < lines.index("市政府研究决定:")
    assert " " not in "".join(lines[1:4])  # no spaces between Chinese characters


def test_facts_come_out_of_the_image_with_exact_evidence(notice_image):
    facts = extract_text(notice_image)
    people = {(a["person"], a["action"]) for a in facts["appointments"]}
    assert ("王顺大", "appoint") in people and ("黎伟挺", "remove") in people
    for a in facts["appointments"]:
        ev = a["evidence"]
        assert notice_image.original[ev["start"]:ev["end"]] == ev["quote"]


def test_ocr_never_skips_an_image(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "scanned_notice.png"), "--ocr", "never",
                                      "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 2 and "--ocr auto" in result.stderr


def test_ocr_always_reads_a_page_that_has_a_text_layer(tmp_path):
    layer = read_source(DATA / "two_columns.pdf", ocr="never").original
    scanned = read_source(DATA / "two_columns.pdf", ocr="always").original
    assert scanned != layer
    # OCR reads the same metadata lines off the rendered page
    flat = "".join(scanned.split())
    assert "组配分类其他文件发布机构鄞州区政府办公室" in flat and "公开范围面向全社会" in flat


def test_missing_tesseract_is_a_one_line_error_saying_how_to_install_it(tmp_path, monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract-here"))
    ocr._check_tesseract.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["extract", str(DATA / "scanned_notice.png"), "-o", str(tmp_path / "f.json")])
    finally:
        ocr._check_tesseract.cache_clear()
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert len(lines) == 1 and lines[0].startswith("kg: error: Tesseract is not installed")
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in lines[0]
    assert "Traceback" not in result.output
