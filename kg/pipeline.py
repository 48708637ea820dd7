"""The main job: source files → facts (extract + resolve) → offline graph → files.

Each file is read, segmented and extracted on its own, so a corpus larger than
memory streams through; ``jobs`` spreads files over processes and ``shard``
picks a deterministic share of them for one machine of several.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError
from kg.extract import extract_document
from kg.extract.mentions import first_mention_per_source
from kg.extract.personnel import dedupe_appointments
from kg.facts import Facts, mark_cited_with_body, merge_facts, read_facts, read_facts_files, write_facts
from kg.gazetteer import get_gazetteer
from kg.ingest import SourceText, find_sources, read_source
from kg.records import SECTION_OF, Appointment, empty_facts, to_dict
from kg.segment import segment

__all__ = ["Facts", "build", "extract_paths", "extract_text", "in_shard", "iter_extract", "merge_facts",
           "read_facts", "read_facts_files", "write_facts"]


def extract_text(text: SourceText) -> Facts:
    """All facts of one decoded file, in the JSON form of the facts format."""
    facts = empty_facts()
    gazetteer = get_gazetteer()
    docs = [dataclasses.replace(doc, places=places, self_reference=self_ref)
            for doc in segment(text) for places, self_ref in [gazetteer.clues(doc.body)]]
    per_doc = [list(extract_document(doc)) for doc in docs]
    appointments = dedupe_appointments(
        [[r for r in records if isinstance(r, Appointment)] for records in per_doc],
        [doc.is_article for doc in docs],
        [doc.is_article or doc.doc_number is None for doc in docs],
    )
    for doc in docs:
        facts["documents" if doc.is_official else "articles"].append(to_dict(doc))
    for records in per_doc:
        for record in records:
            if not isinstance(record, Appointment):
                facts[SECTION_OF[type(record)]].append(to_dict(record))
    facts["appointments"] = [to_dict(r) for r in appointments]
    facts["officials_mentioned"] = first_mention_per_source(facts["officials_mentioned"])
    return facts


def extract_file(path: Path) -> Facts:
    return extract_text(read_source(path))


def in_shard(path: Path, shard: tuple[int, int] | None) -> bool:
    """Deterministic share of files by a hash of the file name: shards never overlap."""
    if shard is None:
        return True
    index, count = shard
    digest = hashlib.sha1(Path(path).name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count == index


@dataclass
class ExtractReport:
    files: int = 0
    chars: int = 0
    errors: list[str] = field(default_factory=list)


def _extract_one(path: Path) -> tuple[Path, Facts | None, int, str | None]:
    try:
        text = read_source(path)
        return path, extract_text(text), len(text.original), None
    except InputError as exc:
        return path, None, 0, str(exc)


def iter_extract(
    paths: Iterable[Path], *, jobs: int = 1
) -> Iterator[tuple[Path, Facts | None, int, str | None]]:
    """(path, facts or None, characters, error message or None) per file, in order."""
    paths = list(paths)
    if jobs <= 1 or len(paths) <= 1:
        yield from map(_extract_one, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, paths, chunksize=max(1, min(16, len(paths) // (jobs * 4) or 1)))


def extract_paths(
    paths: list[Path],
    *,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
    strict: bool = False,
    resolve: bool = True,
    aliases: Iterable[Path] = (),
    merge: Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path, int], None] | None = None,
    report: ExtractReport | None = None,
) -> Facts:
    """Facts of every source under ``paths``.

    A path or file that cannot be read (missing, a folder with no text, binary,
    undecodable, empty) is reported in ``report.errors`` and skipped, or raises
    InputError at once when ``strict``; when nothing readable is left, InputError.
    ``on_start(files)`` is called once the files are chosen and ``on_file(path,
    chars)`` after each one (for progress bars). ``aliases`` (user alias/rule CSV
    files) and ``merge`` (the officials merge table) go to the resolve stage.
    """
    from kg.resolve import resolve_facts

    report = report if report is not None else ExtractReport()
    files = [p for p in find_sources(paths, errors=None if strict else report.errors) if in_shard(p, shard)]
    if on_start is not None:
        on_start(len(files))
    parts: list[Facts] = []
    for path, facts, chars, error in iter_extract(files, jobs=jobs):
        if error is not None:
            if strict:
                raise InputError(error)
            report.errors.append(error)
        else:
            parts.append(facts)  # type: ignore[arg-type]
            report.files += 1
            report.chars += chars
        if on_file is not None:
            on_file(path, chars)
    if not parts and report.errors:
        if len(report.errors) == 1:
            raise InputError(report.errors[0])
        raise InputError(f"no readable text ({len(report.errors)} paths or files skipped); first: {report.errors[0]}")
    facts = mark_cited_with_body(merge_facts(parts))
    return resolve_facts(facts, list(aliases), merge_officials=merge) if resolve else facts


@dataclass
class BuildResult:
    facts: Facts
    graph: Any
    files: dict[str, Path]
    summary: str


def build(paths: list[Path], out_dir: Path, *, jobs: int = 1, strict: bool = False, on_start=None,
          on_file=None, report: ExtractReport | None = None, aliases: Iterable[Path] = (),
          merge: Path | None = None) -> BuildResult:
    """Extract, resolve and build the offline graph; write facts.json,
    graph.graphml and summary.txt into ``out_dir``."""
    from kg.export import export_graph
    from kg.graph import build_graph
    from kg.summary import summarize

    out_dir = Path(out_dir)
    facts = extract_paths(paths, jobs=jobs, strict=strict, on_start=on_start, on_file=on_file, report=report,
                          aliases=aliases, merge=merge)
    graph = build_graph(facts)
    files = {"facts": out_dir / "facts.json", "graphml": out_dir / "graph.graphml",
             "summary": out_dir / "summary.txt"}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc
    write_facts(facts, files["facts"])
    export_graph(graph, "graphml", files["graphml"])
    summary = summarize(facts, graph)
    try:
        files["summary"].write_text(summary + "\n", encoding="utf-8")
    except OSError as exc:
        raise KgError(f"{files['summary']}: cannot write ({exc.strerror or exc})") from exc
    return BuildResult(facts, graph, files, summary)
