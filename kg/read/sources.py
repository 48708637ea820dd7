"""Which files policy-kg reads under the paths it is given, and how each becomes text.

Plain text is decoded and repaired by :mod:`kg.read.ingest`; PDFs, images, Word files
and whole saved web pages become a *text layer* in :mod:`kg.read.formats` first, and
that layer is repaired the same way.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError
from kg.read import formats
from kg.read.formats import DEFAULT_LIMITS, LAYER_SUFFIXES, Limits, ProgressFn
from kg.read.formats.web import article_layer
from kg.read.ingest import SourceText, decode, read_text, repair


def read_source(path: Path, *, ocr: str = "auto", on_page: ProgressFn | None = None,
                notes: list[str] | None = None, source: str | None = None,
                limits: Limits = DEFAULT_LIMITS, warnings: list[str] | None = None) -> SourceText:
    """Read one file into text; evidence names it ``source`` (by default its file name;
    :func:`find_named_sources` gives the path relative to the folder given).

    Text files are decoded and repaired. PDFs, images, Word files and whole saved
    web pages go through :mod:`kg.read.formats` first: their *text layer* becomes
    ``original`` (and ``layer`` is True). ``ocr`` is ``auto`` (scanned pages only),
    ``always`` or ``never``; ``on_page(done, total)`` follows a PDF page by page;
    ``limits`` bounds what one file may cost (a file beyond them is an InputError).
    With a ``notes`` list, a text file with a few undecodable bytes is read (see decode).
    ``warnings`` gets what OCR read with doubt (kg.read.formats.ocr.page_warnings).
    """
    path = Path(path)
    name = source or path.name
    if path.suffix.lower() in formats.LAYER_SUFFIXES:
        layer = formats.read_layer(path, ocr=ocr, on_page=on_page, limits=limits, warnings=warnings)
        if not layer.strip():
            raise InputError(f"{path}: no text in this file")
        return repair(name, layer, layer=True)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if path.suffix.lower() in (".html", ".htm") and data.strip():
        found: list[str] | None = None if notes is None else []
        article = article_layer(decode(data, str(path), notes=found), name)
        if article is not None:
            if notes is not None and found:
                notes.extend(found)
            return repair(name, article, layer=True)
    return read_text(data, name, notes=notes, shown=str(path))


TEXT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".md", ""})


def _readable(path: Path) -> bool:
    suffix = path.suffix.lower()
    return (suffix in TEXT_SUFFIXES or suffix in LAYER_SUFFIXES) and not path.name.startswith((".", "~$"))


def _unreadable_folders(folder: Path) -> list[str]:
    """A message for each folder under ``folder`` that cannot be listed (rglob skips them silently)."""
    found: list[str] = []
    for _ in os.walk(folder, onerror=lambda exc: found.append(
            f"{exc.filename}: cannot read this folder ({exc.strerror or exc})")):
        pass
    return found


def find_sources(paths: list[Path], *, errors: list[str] | None = None) -> list[Path]:
    """The files under ``paths`` that policy-kg reads (text, HTML, PDF, images, Word;
    files as given, folders searched), sorted; see :func:`find_named_sources`."""
    return [path for path, _ in find_named_sources(paths, errors=errors)]


def find_named_sources(paths: list[Path], *, errors: list[str] | None = None) -> list[tuple[Path, str]]:
    """``(file, source name)`` for the files under ``paths`` that policy-kg reads, sorted.

    A file's source name, the one its evidence, text layer and stored facts carry, is
    its path relative to the folder given (``a/附件1.docx``, ``b/附件1.docx``: two
    sources), or its bare name for a file given as such. The same file given twice is
    read once. Two other files that would carry one name (``x/a`` and ``x/b`` both
    given, each with a ``notice.txt``) raise InputError: naming either one by its bare
    name would merge them, so the common folder has to be given instead.

    A path that does not exist or a folder with no text files raises InputError,
    or, when an ``errors`` list is given, is reported there and skipped, so one
    bad path does not stop a corpus.
    """
    found: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and _readable(p))
            for message in _unreadable_folders(path):
                if errors is None:
                    raise InputError(message)
                errors.append(message)
            if files:
                found.extend((p, p.relative_to(path).as_posix()) for p in files)
                continue
            message = f"{path}: no text files in this folder"
        elif path.is_file():
            found.append((path, path.name))
            continue
        else:
            message = f"{path}: no such file or folder"
        if errors is None:
            raise InputError(message)
        errors.append(message)
    return _one_file_per_name(found)


def _one_file_per_name(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """``found`` with each file once (under its first name); InputError when two files share a name."""
    kept: list[tuple[Path, str]] = []
    by_name: dict[str, Path] = {}
    files: set[tuple[int, int] | Path] = set()
    for path, name in found:
        file = _file_id(path)
        if file in files:
            continue
        seen = by_name.get(name)
        if seen is not None:
            raise InputError(f"{seen} and {path} would both be the source {name!r}: give the folder that "
                             "holds both, so that each is named by its path in it")
        files.add(file)
        by_name[name] = path
        kept.append((path, name))
    return kept


def _file_id(path: Path) -> tuple[int, int] | Path:
    try:
        st = path.stat()
    except OSError:
        return path.absolute()
    return st.st_dev, st.st_ino
