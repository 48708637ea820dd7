"""Real personnel texts printed to PDF give the appointments of their .txt (issue 23).

Every text of tests/data/real from which ``kg`` reads an appointment (人大 reports,
任免 notices, 领导小组 rosters) is printed to a text-layer PDF by LibreOffice (the
plain-text import, A4) and by Chromium (the text in a page, print-to-pdf), as a clerk
would publish them; the PDFs must give at least 95% of each .txt's appointments. What
the PDFs break is what :mod:`kg.read.formats.layout` and :mod:`kg.read.formats.pdf` must
join again: lines wrapped inside a name or post (…人民代表大会 / 常务委员会), the space
PDFium invents between 2020 and 年, a spaced label drawn with one space of two (组  长).
"""

from __future__ import annotations

import base64
import html
import json
import subprocess
from pathlib import Path

import pytest
from chromium import Page

from kg.pipeline import extract_paths
from kg.read.formats.office import libreoffice
from kg.read.ingest import decode

REAL = Path(__file__).parent / "data" / "real"
#: The share of a .txt's appointments its PDF must give.
FLOOR = 0.95


def _key(appointment: dict) -> tuple[str, str, str]:
    return ("".join((appointment.get("person") or "").split()),
            "".join((appointment.get("position") or "").split()), str(appointment.get("action")))


@pytest.fixture(scope="module")
def personnel_texts(tmp_path_factory) -> dict[str, list[tuple[str, str, str]]]:
    """Each real text with appointments: its name (path under tests/data/real, ``/`` as
    ``__``) → its appointments' keys."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for path in sorted(REAL.rglob("*.txt")):
        keys = [_key(a) for a in extract_paths([path], resolve=False)["appointments"]]
        if keys:
            found["__".join(path.relative_to(REAL).parts)] = keys
    assert len(found) >= 60  # 66 on 7 Dec 2026
    return found


def _text_of(name: str) -> str:
    return decode(REAL.joinpath(*name.split("__")).read_bytes())


def _shares(texts: dict[str, list[tuple[str, str, str]]], pdf_dir: Path) -> dict[str, float]:
    shares = {}
    for name, keys in texts.items():
        got = [_key(a) for a in extract_paths([pdf_dir / (Path(name).stem + ".pdf")], resolve=False)["appointments"]]
        shares[name] = sum(1 for k in keys if k in got) / len(keys)
    return shares


def _report(shares: dict[str, float], texts: dict[str, list]) -> str:
    total = sum(len(v) for v in texts.values())
    hits = sum(round(shares[n] * len(texts[n])) for n in texts)
    return f"{hits}/{total} appointments; below {FLOOR}: " + str(
        {n: round(s, 2) for n, s in shares.items() if s < FLOOR})


def test_libreoffice_pdfs_give_the_appointments_of_their_texts(personnel_texts, tmp_path) -> None:
    command = libreoffice()
    assert command is not None, "LibreOffice is not installed: run scripts/system-deps"
    source = tmp_path / "txt"
    source.mkdir()
    for name in personnel_texts:
        (source / name).write_text(_text_of(name), encoding="utf-8")
    subprocess.run([command, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *sorted(map(str, source.iterdir()))],
                   capture_output=True, timeout=600, check=True)
    shares = _shares(personnel_texts, tmp_path / "pdf")
    print("LibreOffice:", _report(shares, personnel_texts))
    assert all(s >= FLOOR for s in shares.values()), _report(shares, personnel_texts)


def test_chromium_pdfs_give_the_appointments_of_their_texts(personnel_texts, tmp_path) -> None:
    pdf_dir = tmp_path / "pdf"
    pdf_dir.mkdir()
    page = Page("about:blank", tmp_path / "profile")
    try:
        for name in personnel_texts:
            body = html.escape(_text_of(name))
            page.js("document.open(); document.write(" + _js_string(
                '<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap;font-family:serif;'
                f'font-size:12pt">{body}</pre>') + "); document.close(); true")
            pdf = page.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, displayHeaderFooter=False)
            (pdf_dir / (Path(name).stem + ".pdf")).write_bytes(base64.b64decode(pdf["data"]))
    finally:
        page.close()
    shares = _shares(personnel_texts, pdf_dir)
    print("Chromium:", _report(shares, personnel_texts))
    assert all(s >= FLOOR for s in shares.values()), _report(shares, personnel_texts)



def _js_string(text: str) -> str:
    return json.dumps(text)
