"""What `kg` draws on stderr while it works (bars, phases with their time), only on a terminal;
and the files it skipped or doubted, named in one line each.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from pathlib import Path
from typing import Any

import click

from kg.cli.options import limits
from kg.pipeline import ExtractReport, extract_paths, warnings_line


def shows_progress() -> bool:
    """Progress is drawn only on a terminal: a log file or a pipe gets results and errors only."""
    return sys.stderr.isatty()


class NoBar:
    """What ``progress_bar`` gives when nothing is drawn: counts, prints nothing."""

    pos = 0

    def __enter__(self) -> NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        self.pos += n


def progress_bar(label: str, total: int):
    if not shows_progress():
        return NoBar()
    return click.progressbar(length=max(total, 1), label=label, file=sys.stderr,
                             show_pos=True, show_eta=True)


@contextlib.contextmanager
def showing(label: str):
    """Progress of a phase that has no count (resolving, building the graph, writing): after
    a second, ``label … 3 s`` on stderr, counting up, and its time once it ends."""
    if not shows_progress():
        yield
        return
    stop, began, shown = threading.Event(), time.monotonic(), list[bool]()

    def tick() -> None:
        while not stop.wait(0.5 if shown else 1.0):
            shown.append(True)
            click.echo(f"\r{label} … {time.monotonic() - began:.0f} s", file=sys.stderr, nl=False)

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()
        if shown:
            click.echo(f"\r{label}: {time.monotonic() - began:.1f} s", file=sys.stderr)


def phase(label: str, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with its progress shown (``showing``)."""
    with showing(label):
        return fn(*args, **kwargs)


class PageBars:
    """A progress bar per file for the pages that Tesseract reads (``on_page``)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._path: Any = None

    def __call__(self, path, page: int, pages: int) -> None:
        if path != self._path:
            self.close()
            self._path = path
            self._bar = progress_bar(f"OCR {Path(path).name}", pages)
            self._bar.__enter__()
        self._bar.update(page - self._bar.pos)
        if page >= pages:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
        self._bar = None
        self._path = None


def with_file_progress(run, paths, **options):
    """Call ``run`` (extract_paths or build) with a progress bar over the files it
    chooses (and one over the pages of each file that is OCR'd), then name the
    files it skipped."""
    report = ExtractReport()
    pages = PageBars()
    with contextlib.ExitStack() as stack:
        bars: list[Any] = []
        stack.callback(pages.close)

        def start(total: int) -> None:
            bars.append(progress_bar("extracting", total).__enter__())

        def close_bar() -> None:
            while bars:
                bars.pop().__exit__(None, None, None)

        def next_phase(label: str):
            close_bar()  # the phases after extraction draw on the line the bar leaves
            return showing(label)

        stack.callback(close_bar)
        result = run([Path(p) for p in paths], on_start=start, on_file=lambda _p, _c: bars[0].update(1),
                     on_page=pages, on_phase=next_phase, report=report, limits=limits(), **options)
    for error in report.errors:
        click.echo(f"kg: skipped: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    if report.warnings:
        click.echo(f"kg: {warnings_line(report.warnings)}", err=True)
    return result


def extract_with_progress(paths, **options):
    return with_file_progress(extract_paths, paths, **options)
