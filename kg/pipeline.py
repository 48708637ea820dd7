"""The main job: source files → facts (extract + resolve) → offline graph → files.

Each file is read, segmented and extracted on its own, so a corpus larger than
memory streams through; ``jobs`` spreads files over processes and ``shard``
picks a deterministic share of them for one machine of several.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError
from kg.extract import extract_document
from kg.extract.mentions import first_mention_per_source
from kg.extract.personnel import dedupe_appointments
from kg.facts import (
    Facts,
    document_numbers,
    facts_of,
    mark_body,
    mark_cited_with_body,
    merge_facts,
    read_facts,
    read_facts_files,
    section_of,
    write_facts,
)
from kg.gazetteer import get_gazetteer
from kg.outputs import Outputs, remove_stale, replacing
from kg.read.formats import DEFAULT_LIMITS, Limits, page_of
from kg.read.ingest import ProgressFn, SourceText
from kg.read.segment import segment
from kg.read.sources import find_named_sources, read_source
from kg.records import SECTION_OF, SECTIONS, Appointment, Document, Evidence, OfficialMention
from kg.resolve.resolve import resolve_facts

__all__ = ["Facts", "build", "extract_paths", "extract_text", "in_shard", "iter_extract", "merge_facts",
           "read_facts", "read_facts_files", "stream_facts", "write_facts"]
#: ``on_phase(label)``: a context manager around one phase of the work (to show progress).
PhaseFn = Callable[[str], AbstractContextManager[Any]]
#: ``json.dumps(record, ensure_ascii=False)`` without building an encoder per record (a spool line).
_json_line = json.JSONEncoder(ensure_ascii=False).encode
#: The folder, beside the facts, that holds the text layers evidence points into.
TEXT_DIR = "text"


def located_documents(text: SourceText) -> list[Document]:
    """The documents of one decoded file as the extractors are handed them: each with the places its
    body names and whether it refers to itself (the gazetteer's clues), so that a test reading one
    sentence reads it as a whole file is read."""
    gazetteer = get_gazetteer()
    return [dataclasses.replace(doc, places=places, self_reference=self_ref)
            for doc in segment(text) for places, self_ref in [gazetteer.clues(doc.body)]]


def extract_text(text: SourceText) -> Facts:
    """All facts of one decoded file, in the JSON form of the facts format. When the
    text has pages (a PDF's text layer, pages joined by form feeds), every evidence
    also names its ``page``."""
    docs = located_documents(text)
    per_doc = [list(extract_document(doc)) for doc in docs]
    appointments = dedupe_appointments(
        [[r for r in records if isinstance(r, Appointment)] for records in per_doc],
        [doc.is_article for doc in docs],
        [doc.is_article or doc.doc_number is None for doc in docs],
    )
    paged = _pager(text)
    typed: dict[str, list[Any]] = {section: [] for section in SECTIONS}
    for doc in docs:
        typed["documents" if doc.is_official else "articles"].append(paged(doc))
    for records in per_doc:
        for record in records:
            if not isinstance(record, Appointment):
                typed[SECTION_OF[type(record)]].append(paged(record))
    typed[section_of(Appointment)] = [paged(r) for r in appointments]
    facts = facts_of(typed)
    mentions = section_of(OfficialMention)
    facts[mentions] = first_mention_per_source(facts[mentions])
    return facts


def _pager(text: SourceText) -> Callable[[Any], Any]:
    """A record with the 1-based page of its evidence from ``text`` (``Evidence.page``) when
    the text has pages (a PDF's text layer, pages joined by form feeds); else as it is."""
    if "\f" not in text.original:
        return lambda record: record

    def paged(record: Any) -> Any:
        ev: Evidence | None = record.evidence
        if ev is None or ev.source != text.source:
            return record
        return dataclasses.replace(record, evidence=dataclasses.replace(ev, page=page_of(text.original, ev.start)))

    return paged


def warnings_line(warnings: list[str]) -> str:
    """The count of what needs checking, by kind, for the summary (``warnings: 3 (OCR
    confidence low on 2 pages, 1 place name matching no division)``)."""
    low = sum(1 for w in warnings if ": OCR confidence " in w)
    places = sum(1 for w in warnings if " matches no division" in w)
    kinds = [f"OCR confidence low on {low} page{'s' if low != 1 else ''}" if low else "",
             f"{places} place name{'s' if places != 1 else ''} matching no division" if places else ""]
    return f"warnings: {len(warnings)} ({', '.join(k for k in kinds if k)}; check them in the scans)"


def extract_file(path: Path, *, ocr: str = "auto") -> Facts:
    return extract_text(read_source(path, ocr=ocr))


def in_shard(path: Path | str, shard: tuple[int, int] | None) -> bool:
    """Deterministic share of files by a hash of the file's name (a path's bare name, a
    string as it is: pass the source name): shards never overlap."""
    if shard is None:
        return True
    index, count = shard
    name = path if isinstance(path, str) else Path(path).name
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count == index


@dataclass
class ExtractReport:
    files: int = 0
    chars: int = 0
    errors: list[str] = field(default_factory=list)
    #: files read through a text layer (PDF, image, Word, web page)
    layers: int = 0
    #: what was read but needs checking (``scan.pdf p.3: OCR confidence 61%``)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Extracted:
    """One file's outcome: its facts (None when it was skipped, with ``error``), its
    length in characters and, for a PDF, image, Word file or web page, the text
    layer that its evidence points into."""

    path: Path
    facts: Facts | None
    chars: int
    error: str | None = None
    layer: str | None = None
    #: What was read around (a few undecodable bytes replaced), to report like a skip.
    notes: tuple[str, ...] = ()
    #: The name evidence gives the file (its path relative to the folder given).
    source: str = ""
    #: What OCR read with doubt (kg.read.formats.ocr.page_warnings), naming the file.
    warnings: tuple[str, ...] = ()


def _extract_one(path: Path, ocr: str = "auto", on_page: ProgressFn | None = None, *,
                 strict: bool = False, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Extracted:
    notes: list[str] | None = None if strict else []
    warnings: list[str] = []
    source = source or path.name
    try:
        text = read_source(path, ocr=ocr, on_page=on_page, notes=notes, source=source, limits=limits,
                           warnings=warnings)
        return Extracted(path, extract_text(text), len(text.original), layer=text.original if text.layer else None,
                         notes=tuple(notes or ()), source=source, warnings=tuple(warnings))
    except InputError as exc:
        return Extracted(path, None, 0, str(exc), source=source)


def _extract_named(item: tuple[Path, str], ocr: str = "auto", *, strict: bool = False,
                   limits: Limits = DEFAULT_LIMITS) -> Extracted:
    return _extract_one(item[0], ocr, strict=strict, source=item[1], limits=limits)


def iter_extract(paths: Iterable[Path | tuple[Path, str]], *, jobs: int = 1, ocr: str = "auto", strict: bool = False,
                 on_page: Callable[[Path, int, int], None] | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> Iterator[Extracted]:
    """Each file's :class:`Extracted`, in order; a path alone is named by its file name,
    a ``(path, source name)`` pair by that name. ``on_page(path, page, pages)`` follows
    OCR page by page (with ``jobs`` 1 only: worker processes report per file)."""
    items = [item if isinstance(item, tuple) else (Path(item), Path(item).name) for item in paths]
    if jobs <= 1 or len(items) <= 1:
        for path, source in items:
            pages = None if on_page is None else functools.partial(on_page, path)
            yield _extract_one(path, ocr, pages, strict=strict, source=source, limits=limits)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: imported only for --jobs (start-up)

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(functools.partial(_extract_named, ocr=ocr, strict=strict, limits=limits), items,
                            chunksize=max(1, min(16, len(items) // (jobs * 4) or 1)))


def layer_path(text_dir: Path, source: str) -> Path:
    """Where the text layer of ``source`` is saved: ``text_dir/<source>.txt`` (a source
    in a subfolder, ``a/附件1.docx``, in the same subfolder of ``text_dir``)."""
    parts = [part for part in source.split("/") if part not in ("", ".", "..")]
    if not parts:
        raise KgError(f"{source!r}: not a source name a text layer can be saved under")
    return Path(text_dir).joinpath(*parts[:-1], f"{parts[-1]}.txt")


def write_layer(text_dir: Path, source: str, layer: str) -> Path:
    """Save a text layer (UTF-8) so that evidence into it can be checked."""
    path = layer_path(text_dir, source)
    try:
        with replacing(path) as tmp:
            tmp.write_text(layer, encoding="utf-8", newline="")
    except OSError as exc:
        raise KgError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    return path


def extract_paths(
    paths: list[Path],
    *,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
    strict: bool = False,
    resolve: bool = True,
    ocr: str = "auto",
    text_dir: Path | None = None,
    aliases: Iterable[Path] = (),
    merge: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path, int], None] | None = None,
    on_page: Callable[[Path, int, int], None] | None = None,
    on_phase: PhaseFn | None = None,
    report: ExtractReport | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Facts:
    """Facts of every source under ``paths``.

    A path or file that cannot be read (missing, a folder with no text, binary,
    undecodable, empty, an encrypted or damaged PDF) is reported in
    ``report.errors`` and skipped, or raises InputError at once when ``strict``;
    when nothing readable is left, InputError. ``ocr`` (auto, always, never) says
    which PDF pages and images Tesseract reads. The text layers of PDFs, images,
    Word files and web pages are saved in ``text_dir`` (``<source>.txt``) when it is
    given. ``on_start(files)`` is called once the files are chosen, ``on_file(path,
    chars)`` after each one and ``on_page(path, page, pages)`` after each OCR'd page
    (for progress bars); the work after the files runs inside ``on_phase("resolving")``
    (a context manager that shows it). ``aliases`` (user alias/rule CSV files) and ``merge`` (the
    officials merge table) go to the resolve stage. ``limits`` bounds what one file may cost
    (pages, OCR time, what a Word file inflates to): a file beyond them is skipped.
    """
    report = report if report is not None else ExtractReport()
    parts = list(_file_facts(paths, jobs=jobs, shard=shard, strict=strict, ocr=ocr, text_dir=text_dir,
                             on_start=on_start, on_file=on_file, on_page=on_page, report=report, limits=limits))
    with _phase(on_phase, "merging the files' facts"):
        facts = mark_cited_with_body(merge_facts(parts))
    if not resolve:
        return facts
    with _phase(on_phase, "resolving"):
        return resolve_facts(facts, list(aliases), merge_officials=merge)


def _file_facts(paths: list[Path], *, jobs: int, shard: tuple[int, int] | None, strict: bool, ocr: str,
                text_dir: Path | None, on_start: Callable[[int], None] | None,
                on_file: Callable[[Path, int], None] | None, on_page: Callable[[Path, int, int], None] | None,
                report: ExtractReport, limits: Limits = DEFAULT_LIMITS) -> Iterator[Facts]:
    """Each readable file's facts, one file at a time (see :func:`extract_paths`)."""
    files = [(p, name) for p, name in find_named_sources(paths, errors=None if strict else report.errors)
             if in_shard(name, shard)]
    if on_start is not None:
        on_start(len(files))
    read = 0
    for done in iter_extract(files, jobs=jobs, ocr=ocr, strict=strict, on_page=on_page, limits=limits):
        report.errors.extend(done.notes)
        report.warnings.extend(done.warnings)
        if done.error is not None:
            if strict:
                raise InputError(done.error)
            report.errors.append(done.error)
        else:
            read += 1
            report.files += 1
            report.chars += done.chars
            if done.layer is not None:
                report.layers += 1
                if text_dir is not None:
                    write_layer(text_dir, done.source, done.layer)
        if on_file is not None:
            on_file(done.path, done.chars)
        if done.facts is not None:
            yield done.facts
        del done  # the file's text layer and facts: the caller holds what it keeps
    if not read and report.errors:
        if len(report.errors) == 1:
            raise InputError(report.errors[0])
        raise InputError(f"no readable text ({len(report.errors)} paths or files skipped); first: {report.errors[0]}")


def stream_facts(paths: list[Path], out: Path, *, jobs: int = 1, shard: tuple[int, int] | None = None,
                 strict: bool = False, ocr: str = "auto", text_dir: Path | None = None,
                 on_start: Callable[[int], None] | None = None, on_file: Callable[[Path, int], None] | None = None,
                 on_page: Callable[[Path, int, int], None] | None = None, on_phase: PhaseFn | None = None,
                 report: ExtractReport | None = None, limits: Limits = DEFAULT_LIMITS) -> dict[str, int]:
    """``extract_paths(..., resolve=False)`` written to ``out`` without holding the corpus:
    memory is bounded by the largest file, not by the number of files.

    Each file's records go, as soon as the file is read, to a spool beside ``out`` (one
    JSON line per record, a file per section); then the sections are copied into ``out``
    in order (citations marked ``has_body_in_sources`` from the document numbers seen),
    written whole or not at all. Returns the number of records per section. The file
    reads back (:func:`read_facts`) as the facts ``extract_paths`` returns."""
    report = report if report is not None else ExtractReport()
    out = Path(out)
    numbers: set[str] = set()
    sizes = dict.fromkeys(SECTIONS, 0)
    try:
        remove_stale(out.parent, ".kg-spool-")
        with tempfile.TemporaryDirectory(prefix=f".kg-spool-{os.getpid()}-", dir=out.parent) as spool_dir:
            spools = {section: Path(spool_dir) / f"{section}.jsonl" for section in SECTIONS}
            with contextlib.ExitStack() as stack:
                sinks = {s: stack.enter_context(p.open("w", encoding="utf-8")) for s, p in spools.items()}
                for facts in _file_facts(paths, jobs=jobs, shard=shard, strict=strict, ocr=ocr, text_dir=text_dir,
                                         on_start=on_start, on_file=on_file, on_page=on_page, report=report,
                                         limits=limits):
                    numbers.update(document_numbers(facts))
                    for section in SECTIONS:
                        for rec in facts.get(section) or []:
                            sinks[section].write(_json_line(rec) + "\n")
                            sizes[section] += 1
            with _phase(on_phase, "writing the facts"), replacing(out) as tmp, tmp.open("w", encoding="utf-8") as sink:
                _copy_sections(spools, numbers, sink)
    except OSError as exc:
        raise KgError(f"{exc.filename or out}: cannot write ({exc.strerror or exc})") from exc
    return sizes


def _copy_sections(spools: dict[str, Path], numbers: set[str], sink: Any) -> None:
    """The facts JSON object, a record per line, from the spooled sections."""
    sink.write("{")
    for n, (section, spool) in enumerate(spools.items()):
        sink.write(f'{"," if n else ""}\n {json.dumps(section)}: [')
        with spool.open(encoding="utf-8") as lines:
            for i, line in enumerate(lines):
                if section == "cited_documents":
                    line = json.dumps(mark_body(json.loads(line), numbers), ensure_ascii=False) + "\n"
                sink.write(("," if i else "") + "\n  " + line.rstrip("\n"))
        sink.write("\n ]")
    sink.write("\n}\n")



def _phase(on_phase: PhaseFn | None, label: str) -> AbstractContextManager[Any]:
    return contextlib.nullcontext() if on_phase is None else on_phase(label)


@dataclass
class BuildResult:
    facts: Facts
    graph: Any
    files: dict[str, Path]
    summary: str


def build(paths: list[Path], out_dir: Path, *, jobs: int = 1, strict: bool = False, ocr: str = "auto",
          on_start: Callable[[int], None] | None = None, on_file: Callable[[Path, int], None] | None = None,
          on_page: Callable[[Path, int, int], None] | None = None, on_phase: PhaseFn | None = None,
          report: ExtractReport | None = None, aliases: Iterable[Path] = (), merge: Path | None = None,
          limits: Limits = DEFAULT_LIMITS) -> BuildResult:
    """Extract, resolve and build the offline graph; write facts.json,
    graph.graphml and summary.txt into ``out_dir``, and the text layers of PDFs,
    images, Word files and web pages into ``out_dir/text/``. ``on_phase`` as for
    :func:`extract_paths` (also around building the graph and writing)."""
    # networkx (and pandas for the summary) only when a graph is built: kg extract needs neither
    from kg.export.export import export_graph
    from kg.graph.graph import build_graph
    from kg.query.summary import summarize

    out_dir = Path(out_dir)
    facts = extract_paths(paths, jobs=jobs, strict=strict, ocr=ocr, text_dir=out_dir / TEXT_DIR, on_start=on_start,
                          on_file=on_file, on_page=on_page, on_phase=on_phase, report=report, aliases=aliases,
                          merge=merge, limits=limits)
    with _phase(on_phase, "building the graph"):
        graph = build_graph(facts)
    facts_file, graph_file, summary_file = out_dir / "facts.json", out_dir / "graph.graphml", out_dir / "summary.txt"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc
    with _phase(on_phase, "summarising"):
        summary = summarize(facts, graph)
        if report is not None and report.warnings:
            summary += "\n" + warnings_line(report.warnings)
    # The three are renamed together at the end: an interrupted build leaves the previous ones.
    with _phase(on_phase, "writing"), Outputs() as outputs:
        write_facts(facts, facts_file, outputs=outputs)
        export_graph(graph, "graphml", graph_file, outputs=outputs)
        try:
            outputs.path(summary_file).write_text(summary + "\n", encoding="utf-8")
        except OSError as exc:
            raise KgError(f"{summary_file}: cannot write ({exc.strerror or exc})") from exc
    return BuildResult(facts, graph, {"facts": facts_file, "graphml": graph_file, "summary": summary_file}, summary)
