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


# --------------------------------------------------------------------------- what OCR read with doubt


def _page_with(lines: list[str]):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 40)
    image = Image.new("L", (1400, 120 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((60, 60 + 100 * n), line, font=font, fill=0)
    return image


def test_a_place_name_that_matches_no_division_is_a_warning_naming_file_and_page(tmp_path):
    # 肇东市 read as 秘东市 (issue 23): the notice would be placed nowhere without a word
    path = tmp_path / "scan.png"
    _page_with(["秘东市人大常委会任命王伟为秘东市副市长", "经肇东市人民政府研究决定，现予公布。"]).save(path)
    result = CliRunner().invoke(cli, ["extract", str(path), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 0, result.stderr
    assert f"kg: warning: {path} p.1: 秘东市 matches no division (misread by OCR?)" in result.stderr.splitlines()
    assert "肇东市 matches" not in result.stderr and "OCR confidence" not in result.stderr
    assert "kg: warnings: 1 (1 place name matching no division; check them in the scans)" in result.stderr


def test_a_page_read_with_low_confidence_is_a_warning_and_counted_in_the_summary(tmp_path):
    from PIL import Image

    scan = Image.open(DATA / "scanned_notice.png").convert("L")
    blurred = scan.resize((scan.width // 3, scan.height // 3)).resize(scan.size)  # a poor fax of the notice
    pdf = tmp_path / "scan.pdf"
    blurred.save(pdf, resolution=200)
    result = CliRunner().invoke(cli, ["build", str(pdf), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    low = [line for line in result.stderr.splitlines() if line.startswith(f"kg: warning: {pdf} p.1: OCR confidence ")]
    assert len(low) == 1 and int(low[0].rsplit(" ", 1)[1].rstrip("%")) < ocr.LOW_CONFIDENCE
    summary = (tmp_path / "out" / "summary.txt").read_text(encoding="utf-8")
    assert "warnings: " in summary and "OCR confidence low on 1 page" in summary


def test_a_clean_scan_gives_no_warning(notice_image, tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "scanned_notice.png"), "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 0 and "warning" not in result.stderr


# --------------------------------------------------------------------------- role labels as OCR prints them


@pytest.fixture(scope="module")
def scanned_tasks():
    """The tasks of the 200 dpi scan of gazette page 17 (甬政办发〔2021〕79号) and the seed gold of that notice."""
    import json

    facts = extract_text(read_source(DATA / "scanned_gazette_pages.pdf"))
    gold_path = Path(__file__).parent / "data" / "gold" / "seeds.json"
    gold = [t for t in json.loads(gold_path.read_text(encoding="utf-8"))["task_assignments"]
            if t["doc_number"] == "甬政办发〔2021〕79号"]
    return facts["task_assignments"], gold


def test_role_labels_garbled_by_ocr_are_read_as_the_labels_they_stand_for(scanned_tasks):
    # Tesseract prints 牵头单位 as SAS / FX单位 and 配合单位 as RSS / RASH on this page (issue 23 item 4)
    import difflib

    from kg.patterns import OCR_LABEL_FORMS

    tasks, gold = scanned_tasks
    garbled = [t for t in tasks if any(form in t["raw"] for form in OCR_LABEL_FORMS)]
    assert len(garbled) >= 4, [t["raw"] for t in tasks]

    def truth(task: dict) -> dict:
        return max(gold, key=lambda g: difflib.SequenceMatcher(None, g["anchor"], task["anchor"]).ratio())

    right = [t for t in garbled if t["lead_units"] == truth(t)["lead_units"]
             and len(t["cooperating_units"]) == len(truth(t)["cooperating_units"])]
    assert len(right) >= 4, [(t["raw"], truth(t)["raw"]) for t in garbled if t not in right]
