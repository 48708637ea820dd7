"""kg.read.formats.pdf on real PDFs: the seed gazette printed to PDF (Chromium), a two-column
page, and PDFs that cannot be read (tests/data/formats/README.md says where each is from)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import record

from kg.cli import cli
from kg.errors import InputError
from kg.evaluate import score_files
from kg.paths import SEEDS
from kg.pipeline import extract_paths
from kg.read.formats import page_of
from kg.read.formats.pdf import read_pdf
from kg.read.sources import read_source

DATA = Path(__file__).parent / "data" / "formats"
PRINTED = DATA / "seeds_pdf"
GAZETTE_PDF = PRINTED / "001_7b9a746ae4c8e0db.pdf"
GOLD = Path(__file__).parent / "data" / "gold"
CORE = ["documents", "task_assignments", "projects", "appointments", "parks"]


@pytest.fixture(scope="module")
def gazette_layer() -> str:
    return read_pdf(GAZETTE_PDF, ocr="never")


def test_pages_are_joined_by_form_feeds(gazette_layer):
    assert gazette_layer.count("\f") == 47  # 48 pages


def test_running_header_and_page_numbers_are_removed(gazette_layer):
    assert "宁波市人民政府公报 2022年第1期" not in gazette_layer
    assert not re.search(r"^\s*— \d+ —\s*$", gazette_layer, re.MULTILINE)
    assert "宁波市人民政府公报" in gazette_layer  # the cover's own title stays


def test_wrapped_lines_are_joined_into_the_seed_paragraph(gazette_layer):
    seed = (SEEDS / "001_7b9a746ae4c8e0db.txt").read_text(encoding="utf-8")
    paragraph = next(line for line in seed.splitlines() if line.startswith("第一条 为了规范政府非税收入"))
    assert paragraph.replace(" ", "") in gazette_layer.replace(" ", "").splitlines()


def test_table_rows_come_back_cell_by_cell(gazette_layer):
    assert "\t累计腾出低效工业用地 (平方公里)\t-\t20\t30\t市自然资源规划局 市经信局" in gazette_layer.splitlines()
    assert "指标类别\t指标名称\t2020年基数\t2023年目标\t2025年目标\t牵头单位" in gazette_layer.splitlines()


def test_two_columns_are_read_column_by_column():
    text = read_pdf(DATA / "two_columns.pdf", ocr="never")
    seed = (SEEDS / "003_c67c5be23edba4ef.txt").read_text(encoding="utf-8").splitlines()[:60]
    flat = "".join(text.split())
    sentences = [s for line in seed for s in re.findall(r"[^。；\n]{8,}[。；]", line)]
    assert len(sentences) > 20
    assert all("".join(s.split()) in flat for s in sentences)


@pytest.fixture(scope="module")
def printed_scores() -> tuple[dict, dict]:
    """The seed gold scored on the seeds printed to PDF and read back, and on the seeds."""
    facts = extract_paths([PRINTED])
    for records in facts.values():
        for rec in records:
            for holder in (rec, rec.get("evidence") or {}):
                if str(holder.get("source", "")).endswith(".pdf"):
                    holder["source"] = holder["source"][:-4] + ".txt"
    return (score_files(GOLD / "seeds.json", facts, GOLD / "aliases.json"),
            score_files(GOLD / "seeds.json", extract_paths([SEEDS]), GOLD / "aliases.json"))


@pytest.mark.parametrize("section", CORE)
def test_seeds_printed_to_pdf_score_within_002_of_the_text(printed_scores, section):
    pdf, text = printed_scores
    assert pdf[section]["f1"] >= text[section]["f1"] - 0.02, (pdf[section], text[section])


def test_pdf_evidence_slices_the_text_layer_and_names_its_page(tmp_path):
    out = tmp_path / "facts.json"
    result = CliRunner().invoke(cli, ["extract", str(GAZETTE_PDF), "-o", str(out)])
    assert result.exit_code == 0, result.output
    facts = json.loads(out.read_text(encoding="utf-8"))
    layer = (tmp_path / "text" / f"{GAZETTE_PDF.name}.txt").read_text(encoding="utf-8")
    assert layer == read_source(GAZETTE_PDF).original
    records = [r for section in ("documents", "task_assignments", "appointments", "parks") for r in facts[section]]
    assert len(records) > 200
    for rec in records:
        ev = rec["evidence"]
        assert ev["source"] == GAZETTE_PDF.name
        assert layer[ev["start"]:ev["end"]] == ev["quote"]
        assert ev["page"] == page_of(layer, ev["start"])
    pages = {r["evidence"]["page"] for r in facts["appointments"]}
    assert min(pages) > 40 and max(pages) <= 48  # the personnel notices close the issue


BAD = DATA / "bad"


@pytest.mark.parametrize(
    ("name", "words"),
    [("encrypted.pdf", "encrypted PDF"), ("truncated.pdf", "damaged PDF"), ("not_a_pdf.pdf", "damaged PDF"),
     ("blank_page.pdf", "empty PDF")],
)
def test_unreadable_pdf_is_a_one_line_skip_and_the_rest_is_processed(tmp_path, name, words):
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / name).write_bytes((BAD / name).read_bytes())
    (folder / "notice.txt").write_bytes((SEEDS / "002_2243f82854c2197f.txt").read_bytes())
    out = tmp_path / "facts.json"
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    skips = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped: ")]
    assert len(skips) == 1 and name in skips[0] and words in skips[0], result.stderr
    assert "Traceback" not in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["agreements"]
    strict = CliRunner().invoke(cli, ["extract", str(folder), "--strict", "-o", str(out)])
    assert strict.exit_code == 2 and words in strict.stderr


def test_a_scan_with_ocr_never_is_skipped_with_the_switch_to_use(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(DATA / "scanned_gazette_pages.pdf"), "--ocr", "never",
                                      "-o", str(tmp_path / "f.json")])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert len(lines) == 1 and "no text layer" in lines[0] and "--ocr auto" in lines[0]


@pytest.mark.parametrize(
    ("text", "ocr", "expected"),
    [("宁波市人民政府关于王程等职务任免的通知", "auto", False),
     ("— 3 —", "auto", True),                            # only a page number: a scan
     ("\ue01a\ue02b\ue03c\ue04d\ue05e\ue06f\ue070\ue081\ue092", "auto", True),  # no Unicode map
     ("\ue01a\ue02b\ue03c\ue04d\ue05e\ue06f\ue070\ue081\ue092", "never", False),
     ("宁波市人民政府关于王程等职务任免的通知", "always", True)],
)
def test_which_pages_go_to_tesseract(text, ocr, expected):
    from kg.read.formats.layout import Line, Page
    from kg.read.formats.pdf import needs_ocr

    page = Page((Line(text, 50, 50 + 10 * len(text), 100, 110),), 595, 842)
    assert needs_ocr(page, ocr) is expected


def _blank_pdf(path: Path, pages: int, *, white_scans: int = 0) -> Path:
    """``pages`` empty A4 pages, then ``white_scans`` pages holding a white 200 dpi image
    with a few specks (a scanned blank sheet)."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    sheet = Image.new("L", (1654, 2339), 250)
    for x, y in ((100, 100), (900, 1500), (1500, 2200)):
        sheet.putpixel((x, y), 0)
    for _ in range(white_scans):
        page = pdf.new_page(595, 842)
        image = pdfium.PdfImage.new(pdf)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(sheet))
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    pdf.save(str(path))
    return path


def test_blank_pages_never_reach_tesseract(tmp_path):
    """3,000 empty pages and 20 white scans: no page has ink, so none is OCR'd. With 5 s of
    OCR allowed, one OCR'd page per file would already have used most of it: the file ends
    as an empty PDF, not as one whose OCR took too long."""
    import time

    from kg.read.formats import Limits

    path = _blank_pdf(tmp_path / "blank.pdf", 3_000, white_scans=20)
    began = time.monotonic()
    with pytest.raises(InputError, match="empty PDF, no text on its pages") as err:
        read_pdf(path, limits=Limits(max_pages=5_000, ocr_seconds=5))
    record("a PDF of 3,000 blank pages and 20 white scans", "empty PDF, no page OCR'd (OCR allowed 5 s)",
           f"{str(err.value).partition(': ')[2]} after {time.monotonic() - began:.1f} s", True)


def test_a_scanned_page_is_not_blank():
    import pypdfium2 as pdfium

    from kg.read.formats.ocr import blank_page

    document = pdfium.PdfDocument(DATA / "scanned_gazette_pages.pdf")
    assert [blank_page(document[i]) for i in range(len(document))] == [False] * len(document)


@pytest.mark.parametrize(("options", "words"), [
    (["--max-pages", "2"], "3 pages, more than 2 (raise --max-pages to read it)"),
    (["--ocr-seconds", "1"], "OCR took more than 1 s (raise --ocr-seconds to read it)"),
])
def test_pages_and_ocr_time_per_file_are_capped_by_options(tmp_path, options, words):
    import pypdfium2 as pdfium

    folder = tmp_path / "in"
    folder.mkdir()
    scan = pdfium.PdfDocument(DATA / "scanned_gazette_pages.pdf")
    if options[0] == "--max-pages":
        scan.import_pages(pdfium.PdfDocument(DATA / "scanned_gazette_pages.pdf"), [0])
    assert len(scan) == (3 if options[0] == "--max-pages" else 2)
    scan.save(str(folder / "scan.pdf"))
    (folder / "notice.txt").write_bytes((SEEDS / "002_2243f82854c2197f.txt").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(tmp_path / "f.json"), *options])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg:")]
    assert lines == [f"kg: skipped: {folder / 'scan.pdf'}: {words}"], result.stderr
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["agreements"]
