"""Input formats: ``python -m bench.formats [--json FILE] [--repeat N]``.

Measures, on the real test files of tests/data/formats/ (the seed gazette printed
to PDF, a two-column page, a scanned page pair, saved government web pages):

- PDF text extraction, pages per second and Chinese reading order, for pypdfium2
  (kg.read.formats.pdf, PDFium's own text) against pdfplumber and pdfminer.six. Reading
  order is the share of the seed's sentences (split at 。；！？, at least eight
  characters) found whole in the extracted text, whitespace removed: a sentence
  survives only when its lines come out in order and joined.
- OCR seconds per page (Tesseract chi_sim through kg.read.formats.ocr), wall time and
  Tesseract's own CPU time (which a busy machine does not inflate), and the share of
  the scanned pages' sentences read whole.
- Saved web pages: readability-lxml (kg.read.formats.web) against trafilatura: the
  share of the article's paragraphs kept, boilerplate strings leaked, milliseconds.

It prints a table on stdout and writes the numbers as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "formats"
SEEDS = ROOT / "seeds"
#: Printed PDFs measured against their seed text (and how many of its lines were printed).
PDF_CASES = {
    "gazette (48 pp.)": (DATA / "seeds_pdf" / "001_7b9a746ae4c8e0db.pdf", SEEDS / "001_7b9a746ae4c8e0db.txt", None),
    "district plan (27 pp.)": (DATA / "seeds_pdf" / "003_c67c5be23edba4ef.pdf", SEEDS / "003_c67c5be23edba4ef.txt",
                               None),
    "two columns": (DATA / "two_columns.pdf", SEEDS / "003_c67c5be23edba4ef.txt", 60),
}
BOILERPLATE = ("网站标识码", "ICP备案号", "当前位置", "相关文件", "分享到", "无障碍", "网站地图")
_SENTENCE_RE = re.compile(r"[^。；！？\n]{8,}[。；！？]")


def log(message: str) -> None:
    print(f"[bench.formats] {message}", file=sys.stderr, flush=True)


def squash(text: str) -> str:
    """Without whitespace, in NFKC (OCR reads （ as ( and ； as ;)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def reading_order(extracted: str, truth: str) -> float:
    """Share of the truth's sentences found whole in the extracted text (whitespace removed)."""
    flat = squash(extracted)
    sentences = [squash(s) for s in _SENTENCE_RE.findall(truth)]
    return sum(s in flat for s in sentences) / len(sentences) if sentences else 0.0


def _pypdfium2_kg(path: Path) -> str:
    from kg.read.formats.pdf import read_pdf

    return read_pdf(path, ocr="never")


def _pypdfium2_plain(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return "\f".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


PDF_READERS: dict[str, Callable[[Path], str]] = {
    "pypdfium2 + kg.read.formats.layout": _pypdfium2_kg,
    "pypdfium2 get_text_range": _pypdfium2_plain,
    "pdfplumber extract_text": _pdfplumber,
    "pdfminer.six extract_text": _pdfminer,
}


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def measure_pdf(repeat: int) -> list[dict[str, Any]]:
    rows = []
    for case, (pdf, seed, lines) in PDF_CASES.items():
        truth = seed.read_text(encoding="utf-8")
        if lines is not None:
            truth = "\n".join(truth.splitlines()[:lines])
        pages = pages_of(pdf)
        for reader, read in PDF_READERS.items():
            best = float("inf")
            text = ""
            for _ in range(repeat):
                start = time.perf_counter()
                text = read(pdf)
                best = min(best, time.perf_counter() - start)
            rows.append({"case": case, "reader": reader, "pages": pages, "pages_per_s": pages / best,
                         "reading_order": reading_order(text, truth)})
            log(f"{case}: {reader}: {pages / best:.1f} pages/s")
    return rows


def measure_ocr() -> dict[str, Any]:
    from kg.read.formats.pdf import read_pdf

    pdf = DATA / "scanned_gazette_pages.pdf"
    pages = pages_of(pdf)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    text = read_pdf(pdf, ocr="auto")
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    truth = (SEEDS / "001_7b9a746ae4c8e0db.txt").read_text(encoding="utf-8")
    sentences = [squash(s) for s in _SENTENCE_RE.findall(truth) if squash(s)[:8] in squash(text)]
    log(f"OCR: {seconds / pages:.1f} s/page")
    return {"file": pdf.name, "pages": pages, "s_per_page": seconds / pages, "tesseract_cpu_s_per_page": cpu / pages,
            "sentences_whole": sum(s in squash(text) for s in sentences) / max(1, len(sentences))}


def _readability(page: str) -> str:
    from kg.read.formats.web import article_layer

    return article_layer(page, "page.html") or ""


def _trafilatura(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_tables=True, favor_recall=True) or ""


WEB_READERS: dict[str, Callable[[str], str]] = {"readability-lxml (kg.read.formats.web)": _readability,
                                                "trafilatura": _trafilatura}


def article_paragraphs(page: str) -> list[str]:
    """The paragraphs the fixture put in its article (between id="zoom" and the share box)."""
    body = page.split('id="zoom">', 1)[1].split('<div class="share">', 1)[0]
    return [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body) if p.strip()]


def measure_web(repeat: int) -> list[dict[str, Any]]:
    rows = []
    pages = sorted((DATA / "web").glob("*.html"))
    for reader, read in WEB_READERS.items():
        kept = total = leaked = 0
        best_ms = 0.0
        for path in pages:
            page = path.read_text(encoding="utf-8")
            paragraphs = article_paragraphs(page)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                text = read(page)
                times.append(time.perf_counter() - start)
            best_ms += min(times) * 1000
            flat = squash(text)
            kept += sum(squash(p) in flat for p in paragraphs)
            total += len(paragraphs)
            leaked += sum(b in text for b in BOILERPLATE)
        # The head of a gazette-style page (issuer, number, title in its own blocks above the text).
        suzhou = (ROOT / "tests" / "data" / "other_cities" / "suzhou_sip_projects.html").read_bytes()
        from kg.read.ingest import decode

        head = "苏园管〔2022〕8号"
        rows.append({"reader": reader, "pages": len(pages), "paragraphs_kept": kept / total,
                     "boilerplate_leaked": leaked, "ms_per_page": best_ms / len(pages),
                     "keeps_red_header": head in (_trafilatura(decode(suzhou)) if reader == "trafilatura"
                                                  else __import__("readability").Document(decode(suzhou)).summary())})
        log(f"web: {reader}: {kept}/{total} paragraphs")
    return rows


def format_table(result: dict[str, Any]) -> str:
    lines = [f"{'PDF case':<24}{'reader':<32}{'pages/s':>9}{'order':>8}"]
    for row in result["pdf"]:
        lines.append(f"{row['case']:<24}{row['reader']:<32}{row['pages_per_s']:>9.1f}{row['reading_order']:>8.3f}")
    ocr = result["ocr"]
    lines.append("")
    lines.append(f"OCR (Tesseract chi_sim, {ocr['pages']} scanned pages): {ocr['s_per_page']:.1f} s/page wall, "
                 f"{ocr.get('tesseract_cpu_s_per_page', float('nan')):.1f} s/page Tesseract CPU, "
                 f"{ocr['sentences_whole']:.3f} of their sentences whole")
    lines.append("")
    lines.append(f"{'web reader':<36}{'kept':>7}{'leaked':>8}{'ms/page':>9}  red header")
    for row in result["web"]:
        lines.append(f"{row['reader']:<36}{row['paragraphs_kept']:>7.3f}{row['boilerplate_leaked']:>8}"
                     f"{row['ms_per_page']:>9.1f}  {'kept' if row['keeps_red_header'] else 'dropped'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.formats", description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="write the results as JSON to this file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best of; default 3)")
    parser.add_argument("--no-ocr", action="store_true", help="leave out the OCR measurement")
    args = parser.parse_args(argv)
    result = {"pdf": measure_pdf(args.repeat), "ocr": None if args.no_ocr else measure_ocr(),
              "web": measure_web(args.repeat)}
    if result["ocr"] is None:
        result["ocr"] = {"pages": 0, "s_per_page": float("nan"), "sentences_whole": float("nan")}
    print(format_table(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
