"""bench.formats at its cheapest parts (no timing asserted), so that it cannot rot."""

from __future__ import annotations

import sys

from kg.paths import ROOT

if str(ROOT) not in sys.path:  # bench/ is a folder of the checkout, not part of the installed package
    sys.path.insert(0, str(ROOT))

from bench.formats import format_table, measure_web, reading_order  # noqa: E402


def test_reading_order_counts_sentences_found_whole():
    truth = "第一句话写在这里了。第二句话也写在这里。"
    assert reading_order("第一句话写在\n这里了。第二句话也写在这里。", truth) == 1.0
    assert reading_order("第一句话写在第二句话也写在这里了。这里。", truth) == 0.0


def test_web_measurement_and_table():
    rows = measure_web(1)
    assert {row["reader"] for row in rows} == {"readability-lxml (kg.read.formats.web)", "trafilatura"}
    assert all(row["paragraphs_kept"] > 0.9 for row in rows)
    ocr = {"pages": 0, "s_per_page": 0.0, "tesseract_cpu_s_per_page": 0.0, "sentences_whole": 0.0}
    pdf = [{"case": "c", "reader": "r", "pages": 1, "pages_per_s": 1.0, "reading_order": 1.0}]
    table = format_table({"pdf": pdf, "ocr": ocr, "web": rows})
    assert "readability-lxml" in table and "red header" in table
