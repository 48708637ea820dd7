"""The issue's end-to-end case: `kg build` on a researcher's folder of a text-layer PDF
gazette issue, a scanned PDF, a .docx notice, a saved web page and a damaged PDF."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.read.formats import page_of

DATA = Path(__file__).parent / "data" / "formats"
FILES = {
    "gazette_2022_01.pdf": DATA / "seeds_pdf" / "001_7b9a746ae4c8e0db.pdf",
    "scanned_pages.pdf": DATA / "scanned_gazette_pages.pdf",
    "notice_79.docx": DATA / "notice_79.docx",
    "appointments_35.html": DATA / "web" / "ningbo_appointments_35.html",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    folder = root / "corpus"
    folder.mkdir()
    for name, source in FILES.items():
        shutil.copy(source, folder / name)
    (folder / "damaged.pdf").write_bytes((DATA / "bad" / "truncated.pdf").read_bytes())
    with pytest.MonkeyPatch.context() as patch:  # progress as on a terminal (kg draws none into a pipe)
        patch.setattr("kg.cli.progress.shows_progress", lambda: True)
        result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(root / "out")])
    facts = json.loads((root / "out" / "facts.json").read_text(encoding="utf-8"))
    return result, facts, root / "out" / "text"


def test_build_succeeds_and_names_the_damaged_pdf_in_one_line(built):
    result, _, _ = built
    assert result.exit_code == 0, result.output
    skips = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped: ")]
    assert len(skips) == 1 and "damaged.pdf: damaged PDF" in skips[0]
    assert "OCR scanned_pages.pdf" in result.stderr  # the page bar of the scan


@pytest.mark.parametrize("name", list(FILES))
def test_every_file_yields_documents_and_tasks_or_appointments(built, name):
    _, facts, _ = built
    by_source = {section: [r for r in facts[section] if r["evidence"]["source"] == name]
                 for section in ("documents", "task_assignments", "appointments")}
    assert by_source["documents"]
    assert by_source["task_assignments"] or by_source["appointments"]
    if name != "appointments_35.html":  # a personnel notice has no tasks
        assert by_source["task_assignments"] and by_source["appointments"]


def test_every_evidence_slices_exactly_from_the_saved_text_layer(built):
    _, facts, text_dir = built
    assert sorted(p.name for p in text_dir.iterdir()) == sorted(f"{name}.txt" for name in FILES)
    layers = {p.name[:-4]: p.read_text(encoding="utf-8") for p in text_dir.iterdir()}
    checked = 0
    for section, records in facts.items():
        for rec in records:
            ev = rec.get("evidence")
            if ev and ev.get("source") in layers:
                layer = layers[ev["source"]]
                assert layer[ev["start"]:ev["end"]] == ev["quote"], (section, ev)
                checked += 1
                if ev["source"].endswith(".pdf"):
                    assert ev["page"] == page_of(layer, ev["start"])
                else:
                    assert "page" not in ev
    assert checked > 400


def test_scanned_evidence_names_the_page_it_was_read_on(built):
    _, facts, _ = built
    pages = {(r["person"], r["evidence"]["page"]) for r in facts["appointments"]
             if r["evidence"]["source"] == "scanned_pages.pdf"}
    tasks = {r["evidence"]["page"] for r in facts["task_assignments"] if r["evidence"]["source"] == "scanned_pages.pdf"}
    assert ("王顺大", 1) in pages and tasks == {2}


def test_graph_relationships_from_a_pdf_carry_the_page(built):
    import networkx as nx

    _, _, text_dir = built
    graph = nx.read_graphml(text_dir.parent / "graph.graphml")
    pages = {a.get("page") for *_, a in graph.edges(data=True) if str(a.get("ev_source", "")).endswith(".pdf")}
    assert None not in pages and pages <= set(range(1, 49)) and len(pages) > 5
    assert all("page" not in a for *_, a in graph.edges(data=True) if a.get("ev_source") == "notice_79.docx")
