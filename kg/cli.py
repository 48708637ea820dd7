"""The `kg` command: a thin click layer over the library.

Each command parses options, calls one library function and prints. Library
errors (KgError) become a one-line message on stderr and the error's exit code.
Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import shutil
import signal
import sys
import threading
import time
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import click

from kg.errors import KgError, QueryError, StoreTimeout
from kg.evaluate import errors as scoring_errors
from kg.evaluate import format_errors, format_scores, read_gold, score_files, without_doc_numbers
from kg.export import FORMATS, NETWORK_FORMATS, NETWORKS
from kg.pipeline import (
    TEXT_DIR,
    ExtractReport,
    extract_paths,
    read_facts_files,
    stream_facts,
    warnings_line,
    write_facts,
)
from kg.pipeline import build as run_build
from kg.query.render import TABLE_FORMATS
from kg.read.formats import DEFAULT_LIMITS, Limits
from kg.resolve.resolve import resolve_facts

DEFAULT_FACTS = Path("out/facts.json")


def reports_errors(func):
    """Turn a KgError into `kg: error: ...` and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except StoreTimeout as exc:
            # A thread may still be blocked on the frozen server's socket, and the driver's
            # and the thread pool's exit handlers would wait for it: end the process now.
            click.echo(f"kg: error: {exc}", err=True)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(exc.exit_code)
        except KgError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:  # the machine's fault, not ours: a full disk, a closed pipe
            where = f"{exc.filename}: " if exc.filename else "writing output: "
            click.echo(f"kg: error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)
        except Terminated:
            click.echo("kg: terminated", err=True)
            sys.exit(143)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)

    return wrapper


def _shows_progress() -> bool:
    """Progress is drawn only on a terminal: a log file or a pipe gets results and errors only."""
    return sys.stderr.isatty()


class _NoBar:
    """What ``_progress`` gives when nothing is drawn: counts, prints nothing."""

    pos = 0

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        self.pos += n


def _progress(label: str, total: int):
    if not _shows_progress():
        return _NoBar()
    return click.progressbar(length=max(total, 1), label=label, file=sys.stderr,
                             show_pos=True, show_eta=True)


@contextlib.contextmanager
def _showing(label: str):
    """Progress of a phase that has no count (resolving, building the graph, writing): after
    a second, ``label … 3 s`` on stderr, counting up, and its time once it ends."""
    if not _shows_progress():
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


def _phase(label: str, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with its progress shown (``_showing``)."""
    with _showing(label):
        return fn(*args, **kwargs)


class _PageBars:
    """A progress bar per file for the pages that Tesseract reads (``on_page``)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._path: Any = None

    def __call__(self, path, page: int, pages: int) -> None:
        if path != self._path:
            self.close()
            self._path = path
            self._bar = _progress(f"OCR {Path(path).name}", pages)
            self._bar.__enter__()
        self._bar.update(page - self._bar.pos)
        if page >= pages:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
        self._bar = None
        self._path = None


def _with_file_progress(run, paths, **options):
    """Call ``run`` (extract_paths or build) with a progress bar over the files it
    chooses (and one over the pages of each file that is OCR'd), then name the
    files it skipped."""
    report = ExtractReport()
    pages = _PageBars()
    with contextlib.ExitStack() as stack:
        bars: list[Any] = []
        stack.callback(pages.close)

        def start(total: int) -> None:
            bars.append(_progress("extracting", total).__enter__())

        def close_bar() -> None:
            while bars:
                bars.pop().__exit__(None, None, None)

        def phase(label: str):
            close_bar()  # the phases after extraction draw on the line the bar leaves
            return _showing(label)

        stack.callback(close_bar)
        result = run([Path(p) for p in paths], on_start=start, on_file=lambda _p, _c: bars[0].update(1),
                     on_page=pages, on_phase=phase, report=report, limits=_limits(), **options)
    for error in report.errors:
        click.echo(f"kg: skipped: {error}", err=True)
    for warning in report.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    if report.warnings:
        click.echo(f"kg: {warnings_line(report.warnings)}", err=True)
    return result


def _extract_with_progress(paths, **options):
    return _with_file_progress(extract_paths, paths, **options)


def _resolve_tables() -> dict:
    """The user's tables from --alias-table/--merge-table (or KG_ALIASES/KG_MERGE)."""
    meta = click.get_current_context().meta
    return {"aliases": meta.get("kg_aliases", ()), "merge": meta.get("kg_merge")}


def _load_facts(facts_files, paths):
    """Facts from --facts files (resolved again when the user gives tables), else
    extracted from PATHs, else out/facts.json."""
    tables = _resolve_tables()
    if paths and not facts_files and all(Path(p).suffix.lower() == ".json" and Path(p).is_file() for p in paths):
        facts_files, paths = paths, ()  # `kg export out/facts.json`: a facts file is read, never extracted as text
    if paths and not facts_files:
        return _extract_with_progress(paths, **tables)
    if not facts_files and DEFAULT_FACTS.exists():
        facts_files = (DEFAULT_FACTS,)
    if not facts_files:
        raise click.UsageError("give source PATHs or --facts FILE (or run `kg build seeds -o out` first)")
    facts = _phase("reading the facts", read_facts_files, [Path(f) for f in facts_files])
    if tables["aliases"] or tables["merge"]:
        facts = _phase("resolving", resolve_facts, facts, list(tables["aliases"]), merge_officials=tables["merge"])
    return facts


def resolve_options(func):
    """--alias-table and --merge-table: the user's tables for the resolve stage."""
    def remember(ctx, param, value):
        ctx.meta["kg_aliases" if param.name == "alias_tables" else "kg_merge"] = (
            tuple(Path(v) for v in value) if param.name == "alias_tables" else (Path(value) if value else None))
        return value

    func = click.option(
        "--merge-table", "merge_table", envvar="KG_MERGE", default=None, expose_value=False, callback=remember,
        type=click.Path(exists=True, dir_okay=False),
        help="CSV official,same_as of Official keys that are one person (王伟@肇东市,王伟@洛阳市); env KG_MERGE.")(func)
    return click.option(
        "--alias-table", "alias_tables", envvar="KG_ALIASES", multiple=True, expose_value=False, callback=remember,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra unit names (alias,canonical,scope,level,kind) or rules (short,full,kind); repeatable; "
             "env KG_ALIASES (paths joined by the OS path separator).")(func)


def _parse_shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        index, count = (int(x) for x in value.split("/"))
    except ValueError:
        raise click.BadParameter("use I/N, e.g. 0/4") from None
    if not 0 <= index < count:
        raise click.BadParameter("I must be in 0..N-1")
    return index, count


def _remember_limit(ctx, param, value):
    ctx.meta[f"kg_{param.name}"] = value


def ocr_option(func):
    """--ocr, and the caps on what one file may cost (--max-pages, --ocr-seconds)."""
    func = click.option("--ocr-seconds", type=click.FloatRange(min=1), default=900.0, show_default=True,
                        expose_value=False, callback=_remember_limit,
                        help="Seconds of OCR one file may take; a file that needs more is skipped.")(func)
    func = click.option("--max-pages", type=click.IntRange(min=1), default=2000, show_default=True,
                        expose_value=False, callback=_remember_limit,
                        help="Pages (of a PDF, frames of an image) one file may have; a longer one is skipped.")(func)
    return click.option(
        "--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
        help="Tesseract OCR for PDF pages without a text layer and images (auto), for every PDF page "
             "(always), or for none (never). Pages with no ink are never OCR'd.")(func)


def _limits():
    """The caps --max-pages and --ocr-seconds set (defaults for commands without them)."""
    meta = click.get_current_context().meta
    return Limits(max_pages=meta.get("kg_max_pages", DEFAULT_LIMITS.max_pages),
                  ocr_seconds=meta.get("kg_ocr_seconds", DEFAULT_LIMITS.ocr_seconds))

facts_option = click.option("--facts", "facts_files", multiple=True, type=click.Path(dir_okay=False),
                            help="Read facts from this file (repeatable) instead of extracting.")


class _OneLineErrors(click.Group):
    """The ``kg`` group: a usage error (a missing argument, a bad option value) is one line on
    stderr, ``kg: error: … (see kg CMD --help)``, with click's exit code 2, instead of click's
    usage, hint and message on three."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            done = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # `kg` alone: the help, as click prints it
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            where = " ".join(["kg", *(exc.ctx.command_path.split()[1:] if exc.ctx is not None else [])])
            click.echo(f"kg: error: {exc.format_message()} (see {where} --help)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"kg: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("kg: interrupted", err=True)
            sys.exit(1)
        sys.exit(done if isinstance(done, int) else 0)


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policy-kg")
def cli():
    """policy-kg: Chinese local-government documents → a knowledge graph with evidence.

    \b
    Quick start (no server needed):
      kg build seeds -o out
      kg query leads_most_tasks
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for facts.json, graph.graphml and summary.txt.")
@click.option("--jobs", default=1, show_default=True, help="Processes to extract with.")
@click.option("--strict", is_flag=True, help="Stop at the first path or file that cannot be read.")
@ocr_option
@resolve_options
@reports_errors
def build(paths, out_dir, jobs, strict, ocr):
    """Extract, resolve and build the offline graph: the main job.

    Reads text, HTML and saved web pages, PDF (OCR for scanned pages), images,
    .docx (and .doc/.wps with LibreOffice). The text layers of PDFs, images, Word
    files and web pages, which evidence points into, go to DIR/text/.

    \b
    Example:
      kg build seeds -o out
      kg build my-gazettes/ -o out --ocr never
    """
    result = _with_file_progress(functools.partial(run_build, out_dir=Path(out_dir)), paths, jobs=jobs,
                                 strict=strict, ocr=ocr, **_resolve_tables())
    click.echo(result.summary)
    for name, path in result.files.items():
        click.echo(f"wrote {name}: {path}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_file", default="facts.json", show_default=True,
              type=click.Path(dir_okay=False), help="Facts file to write ('-' for stdout).")
@click.option("--jobs", default=1, show_default=True, help="Processes to extract with.")
@click.option("--shard", default=None, metavar="I/N", help="Only the I-th of N deterministic shares of the files.")
@click.option("--strict", is_flag=True, help="Stop at the first path or file that cannot be read.")
@click.option("--no-resolve", is_flag=True, help="Skip unit resolution (no `units` section).")
@ocr_option
@resolve_options
@reports_errors
def extract(paths, out_file, jobs, shard, strict, no_resolve, ocr):
    """Extract facts with evidence from source files into a facts JSON file.

    The text layers of PDFs, images, Word files and web pages, which evidence
    points into, are written to text/ beside the facts file.

    \b
    Example:
      kg extract seeds -o facts.json
      kg extract archive/ --jobs 2 --shard 0/4 -o part0.json
      kg extract scans/ --ocr always -o scans.json   # then see text/*.txt
    """
    shard_t = _parse_shard(shard)
    text_dir = None if out_file == "-" else Path(out_file).parent / TEXT_DIR
    if no_resolve and out_file != "-":  # nothing corpus-wide to do: file by file to the facts file
        sizes = _with_file_progress(functools.partial(stream_facts, out=Path(out_file)), paths, jobs=jobs,
                                    shard=shard_t, strict=strict, ocr=ocr, text_dir=text_dir)
        click.echo(f"wrote {out_file}: " + ", ".join(f"{k} {n}" for k, n in sizes.items() if n))
        return
    facts = _extract_with_progress(paths, jobs=jobs, shard=shard_t, strict=strict, resolve=not no_resolve,
                                   ocr=ocr, text_dir=text_dir, **_resolve_tables())
    if out_file == "-":
        click.echo(json.dumps(facts, ensure_ascii=False, indent=1))
    else:
        _phase("writing the facts", write_facts, facts, Path(out_file))
        counts = ", ".join(f"{k} {len(v)}" for k, v in facts.items() if v)
        click.echo(f"wrote {out_file}: {counts}")


def _neo4j_options(func):
    for opt in reversed([
        click.option("--uri", envvar="NEO4J_URI", default="bolt://127.0.0.1:7687", show_default=True,
                     help="Bolt URI (env NEO4J_URI)."),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="User (env NEO4J_USER)."),
        click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="Password (env NEO4J_PASSWORD; prompted when missing)."),
    ]):
        func = opt(func)
    return func


def _uri_has_password(uri: str) -> bool:
    try:
        return urlsplit(uri).password is not None
    except ValueError:
        return False


def _connect(uri, user, password, *, timeout=None):
    from kg.store.connection import connect  # the Neo4j driver: see load

    # The driver logs retried transactions (a deadlock between the loader's two writers
    # is retried, with MERGE) and server notices as warnings; they would break the
    # progress bar. Failures still end in a one-line error.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())

    if password is None and not _uri_has_password(uri):
        if not sys.stdin.isatty():
            raise click.UsageError("set NEO4J_PASSWORD (or pass --password)")
        password = click.prompt("Neo4j password", hide_input=True)
    return connect(uri, user, password, **({} if timeout is None else {"timeout": min(timeout, 8.0)}))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@facts_option
@click.option("--wipe", is_flag=True, help="Delete everything in the database first (given back if the load fails or is killed).")
@click.option("--batch-size", default=None, type=int, help="Rows per UNWIND transaction.  [default: 5000]")
@click.option("--writers", default=None, type=click.IntRange(min=1),
              help="Batches written at once.  [default: 2]")
@click.option("--prune", is_flag=True,
              help="These facts are the whole corpus: remove every other source's facts from the database.")
@click.option("--prune-source", "prune_names", multiple=True, metavar="SOURCE",
              help="Remove this source's facts (a file that left the corpus, named by its path in the folder "
                   "it was loaded from, e.g. a/附件1.docx; repeatable). "
                   "Alone, without PATHs or --facts, nothing is loaded.")
@click.option("--timeout", default=120.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds the load waits for an answer from Neo4j, retries included, before it gives up "
                   "(exit 3; what was not committed is rolled back).")
@_neo4j_options
@resolve_options
@reports_errors
def load(paths, facts_files, wipe, batch_size, writers, prune, prune_names, timeout, uri, user, password):
    """Load facts into Neo4j. Each source's facts replace what that source loaded before
    (loading twice changes nothing); loads of one database run one at a time.

    \b
    Example:
      docker compose up -d     # or: scripts/neo4j start && . .neo4j/env
      kg load seeds
      kg load --facts out/facts.json --wipe
      kg load --facts out/facts.json --prune   # and drop sources no longer in it
      kg load --prune-source 003_old.txt       # drop one file's facts, load nothing
    """
    # The commands below `kg extract` import what they use here: the Neo4j driver, networkx
    # and pandas cost a one-file `kg extract` more than its file (bench/README.md, start-up).
    from kg.graph.graph import FlatGraph, build_graph
    from kg.store.store import load_graph

    if batch_size is not None and batch_size < 1:
        raise click.BadParameter(f"must be positive, got {batch_size}", param_hint="--batch-size")
    # a source is named by its path in the folder it was loaded from (a/附件1.docx), as given
    names = [PurePosixPath(name).as_posix() for name in prune_names]
    if names and wipe:
        raise click.UsageError("--prune-source removes sources from a database that --wipe empties anyway")
    only_removing = bool(names) and not paths and not facts_files
    if only_removing and prune:
        raise click.UsageError("--prune needs the corpus (PATHs or --facts) to know which sources stay")
    # a FlatGraph (no adjacency), which the load empties as it goes: half the memory of a MultiDiGraph
    graph = FlatGraph() if only_removing else _phase("building the graph", build_graph,
                                                      _load_facts(facts_files, paths), into=FlatGraph())
    driver = _connect(uri, user, password, timeout=timeout)
    try:
        total = graph.number_of_nodes() + graph.number_of_edges()
        with _progress("loading", total) as bar:
            report = load_graph(driver, graph, wipe=wipe, batch_size=batch_size, writers=writers,
                                progress=bar.update, prune=prune, timeout=timeout, remove=names,
                                on_wait=lambda: click.echo("kg: waiting for another kg load of this database "
                                                           "to finish", err=True))
    finally:
        driver.close()
    for name in report.not_stored:
        click.echo(f"kg: skipped: {name}: the database holds no facts of this source", err=True)
    for name, stored in report.ambiguous.items():
        click.echo(f"kg: skipped: {name}: could be any of the stored sources {', '.join(stored)}; name one",
                   err=True)
    if only_removing:
        click.echo(f"removed {report.pruned_sources:,} sources: {report.removed_relationships:,} relationships "
                   f"and {report.removed_nodes:,} nodes left without evidence")
    else:
        click.echo(str(report))


@cli.command("export")
@click.argument("paths", nargs=-1, type=click.Path())
@facts_option
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              default="graphml", show_default=True)
@click.option("--network", type=click.Choice(NETWORKS), default=None,
              help="Write this projection instead of the whole graph (graphml, gexf or csv edge lists).")
@click.option("-o", "--out", "out_path", default=None, type=click.Path(),
              help="File to write (a folder for csv). Default: out/graph.FORMAT, out/NETWORK.FORMAT.")
@click.option("--include-collective", is_flag=True,
              help="With --network: keep collective placeholders (各相关金融机构, 相关镇(街道)) as nodes.")
@click.option("--by-year", is_flag=True,
              help="A file per year the facts are dated in (and undated.FORMAT) in the folder -o. "
                   "Default: out/by-year, out/NETWORK-by-year.")
@click.option("--careers", "careers_dir", default=None, type=click.Path(file_okay=False), metavar="DIR",
              help="Write career data instead: persons, spells, person_year, post_year as CSV, Stata .dta "
                   "and Parquet, with codebook.md, into DIR.")
@click.option("--since", default=None, metavar="YYYY[-MM[-DD]]",
              help="With --format html: only facts dated on or after this day, month or year.")
@click.option("--until", default=None, metavar="YYYY[-MM[-DD]]",
              help="With --format html: only facts dated on or before this day, month or year.")
@click.option("--region", default=None, metavar="NAME",
              help="With --format html: the units, officials and parks of one place (宁波市, 鄞州区) and what they touch.")
@click.option("--top", type=int, default=None, metavar="N",
              help="With --format html: the N most connected nodes and their neighbours (at most 10,000 nodes).")
@resolve_options
@reports_errors
def export_cmd(paths, facts_files, fmt, network, out_path, include_collective, by_year, careers_dir,
               since, until, region, top):
    """Export the graph for Gephi, Cytoscape, igraph, neo4j-admin or a browser.

    \b
    Example:
      kg export --format gexf -o out/graph.gexf
      kg export --format csv -o out/import/     # then: scripts/neo4j import out/import
      kg export --format html -o out/graph.html
      kg export --network cooperation --format graphml -o out/cooperation.graphml
      kg export --network bipartite --format csv -o out/bipartite/   # nodes.csv, edges.csv
      kg export --network cooperation --include-collective   # with 各相关金融机构 …
      kg export --network cooperation --by-year -o out/cooperation-by-year/   # 2016.graphml, …
      kg export --careers out/careers/   # spells.csv, spells.dta, spells.parquet, …, codebook.md
      kg export --format html --region 鄞州区 --since 2021 -o out/yinzhou.html
      kg export --format html --network cooperation --top 100 -o out/cooperation.html
    """
    from kg.export.careers import write_careers  # networkx, pandas: see load
    from kg.export.export import default_path, export_by_year, export_graph
    from kg.export.networks import default_network_path, export_network
    from kg.graph.graph import build_graph

    if (since or until or region or top is not None) and fmt != "html":
        raise click.UsageError("--since, --until, --region and --top cut the html view: add --format html")
    if fmt == "html" and not by_year and not careers_dir:
        from kg.export.view import view_of

        graph = _phase("building the graph", build_graph, _load_facts(facts_files, paths))
        view = _phase("choosing what to draw", view_of, graph, network=network, since=since, until=until,
                      region=region, top=top, include_collective=include_collective)
        if view.note:
            click.echo(f"kg: {view.note}", err=True)
        target = Path(out_path) if out_path else default_path(fmt)
        written = _phase("writing html", export_graph, view.graph, fmt, target)
        click.echo(f"wrote html ({view.graph.number_of_nodes():,} nodes): {written}", err=str(written) == "-")
        return
    if network and fmt not in NETWORK_FORMATS:
        raise click.UsageError(f"--network writes {', '.join(NETWORK_FORMATS)}, not {fmt}")
    if include_collective and not network:
        raise click.UsageError("--include-collective goes with --network (the whole graph keeps every unit)")
    if careers_dir and (network or by_year or out_path):
        raise click.UsageError("--careers DIR writes its own files: not with --network, --by-year or -o")
    graph = _phase("building the graph", build_graph, _load_facts(facts_files, paths))
    if careers_dir:
        files = _phase("writing the career tables", write_careers, graph, Path(careers_dir))
        click.echo(f"wrote career data to {careers_dir}: {', '.join(p.name for p in files)}")
        return
    if by_year:
        folder = Path(out_path) if out_path else Path("out") / f"{network or ''}{'-' if network else ''}by-year"
        files = _phase("writing the files by year", export_by_year, graph, fmt, folder, network=network,
                       include_collective=include_collective)
        names = ", ".join(p.name for p in files) or "nothing: no facts"
        click.echo(f"wrote {network + ' network' if network else fmt} by year to {folder}: {names}")
        return
    if network:
        target = Path(out_path) if out_path else default_network_path(network, fmt)
        written = _phase(f"writing the {network} network", export_network, graph, network, fmt, target,
                         include_collective=include_collective)
        click.echo(f"wrote {network} network as {fmt}: {written}")
        return
    target = Path(out_path) if out_path else default_path(fmt)
    written = _phase(f"writing {fmt}", export_graph, graph, fmt, target)
    click.echo(f"wrote {fmt}: {written}", err=str(written) == "-")  # stdout holds the graph


def _table_width() -> int | None:
    """The terminal's width for a table on a terminal; None (nothing cut) when stdout is a file or a pipe."""
    return shutil.get_terminal_size((120, 24)).columns if sys.stdout.isatty() else None


def _slice_options(func):
    for name, what in (("--until", "on or before"), ("--since", "on or after")):
        func = click.option(name, default=None, metavar="YYYY[-MM[-DD]]",
                            help=f"Only facts dated {what} this day, month or year (undated facts left out).")(func)
    return func


def _parse_params(pairs):
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {pair!r}: use k=v")
        params[key] = value
    return params


@cli.command()
@click.argument("name", required=False)
@click.option("--backend", type=click.Choice(["offline", "neo4j"]), default="offline", show_default=True)
@click.option("--param", "params", multiple=True, metavar="K=V", help="Query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@_slice_options
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--include-collective", is_flag=True,
              help="Rank collective placeholders (各相关金融机构, 相关镇(街道)) too; "
                   "same as --param include_collective=true.")
@click.option("--evidence", is_flag=True,
              help="Add to every row the source, start, end and quote of the first fact it stands on.")
@facts_option
@click.option("--source", "paths", multiple=True, type=click.Path(), help="Extract from these sources instead.")
@_neo4j_options
@resolve_options
@reports_errors
def query(name, backend, params, fmt, since, until, list_queries, include_collective, evidence, facts_files, paths,
          uri, user, password):
    """Run a named query on the offline graph or on Neo4j.

    \b
    Example:
      kg query leads_most_tasks
      kg query unit_profile --param unit=宁波市经济和信息化局
      kg query official_career --param name=王程 --backend neo4j --format csv
      kg query cooperation_pairs --include-collective   # 各相关金融机构 … ranked too
      kg query cooperation_pairs --since 2016 --until 2018-06
      kg query leads_most_tasks --param year=2023
      kg query leads_most_tasks --evidence --format json   # source, start, end, quote per row
    """
    from kg.graph.graph import build_graph  # networkx, pandas: see load
    from kg.query.query import describe_queries, run_query
    from kg.query.render import format_table

    if list_queries or not name:
        click.echo(describe_queries())
        return
    kwargs = _parse_params(params)
    if include_collective:
        kwargs["include_collective"] = True  # a query without the parameter says so (QueryError)
    for key, value in (("since", since), ("until", until)):
        if value is not None:
            if key in kwargs:
                raise click.UsageError(f"--{key} and --param {key}=… both given: use one")
            kwargs[key] = value
    if backend == "neo4j":
        driver = _connect(uri, user, password)
        try:
            table = run_query(name, kwargs, backend="neo4j", driver=driver, evidence=evidence)
        finally:
            driver.close()
    else:
        table = run_query(name, kwargs, backend="offline", evidence=evidence,
                          graph=_phase("building the graph", build_graph, _load_facts(facts_files, paths)))
    click.echo(format_table(table, fmt, width=_table_width()))


@cli.command()
@click.argument("name")
@click.option("--backend", type=click.Choice(["offline", "neo4j"]), default="offline", show_default=True)
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@facts_option
@click.option("--source", "paths", multiple=True, type=click.Path(), help="Extract from these sources instead.")
@_neo4j_options
@resolve_options
@reports_errors
def explain(name, backend, fmt, facts_files, paths, uri, user, password):
    """Every record one node comes from: each relationship of the node with its evidence.

    NAME is a unit's name or alias, an official's name or key (王程@宁波市), a document's id or
    number, or a task, project or park id. Rows: the relationship, its direction, the node at
    the other end, its date, and the source, start, end and quote it was read from.

    \b
    Example:
      kg explain 宁波市经济和信息化局
      kg explain 王程 --format json
      kg explain 甬政发〔2021〕59号 --backend neo4j
    """
    from kg.query.query import explain_node  # pandas (0.2 s): only for queries
    from kg.query.render import format_table

    if backend == "neo4j":
        driver = _connect(uri, user, password)
        try:
            table = explain_node(name, backend="neo4j", driver=driver)
        finally:
            driver.close()
    else:
        from kg.graph.graph import build_graph  # networkx, pandas: see load

        table = explain_node(name, graph=_phase("building the graph", build_graph, _load_facts(facts_files, paths)))
    click.echo(format_table(table, fmt, width=_table_width()))


@cli.command("eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold facts JSON.")
@click.option("--aliases", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Gold aliases JSON {alias: canonical}.")
@click.option("--ignore-doc-number", is_flag=True,
              help="Match tasks and appointments by source only (gold without doc numbers).")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list every missed and every spurious record with the text it stands on.")
@click.argument("paths", nargs=-1, type=click.Path())
@facts_option
@resolve_options
@reports_errors
def eval_cmd(gold, aliases, ignore_doc_number, show_errors, paths, facts_files):
    """Precision, recall and F1 per section against a gold facts file.

    \b
    Example:
      kg eval --gold tests/data/gold/seeds.json seeds
      kg eval --gold tests/data/real/gold.json tests/data/real/docs --ignore-doc-number --errors
    """
    facts = _load_facts(facts_files, paths)
    click.echo(format_scores(score_files(Path(gold), facts, Path(aliases) if aliases else None,
                                         ignore_doc_number=ignore_doc_number)))
    if show_errors:
        system = without_doc_numbers(facts) if ignore_doc_number else facts
        click.echo(format_errors(scoring_errors(read_gold(Path(gold), ignore_doc_number=ignore_doc_number), system)))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@facts_option
@click.option("--unresolved", is_flag=True, help="List unit names that could not be resolved.")
@click.option("--homonyms", is_flag=True, help="List names borne by officials of two or more places.")
@resolve_options
@reports_errors
def stats(paths, facts_files, unresolved, homonyms):
    """Counts of facts, nodes and relationships; names left unresolved; homonyms.

    \b
    Example:
      kg stats --facts out/facts.json --unresolved
      kg stats --homonyms
    """
    from kg.graph.graph import build_graph  # networkx: see load
    from kg.query.summary import graph_stats, homonyms_report, resolution_line, unresolved_report

    facts = _load_facts(facts_files, paths)
    if unresolved:
        click.echo(unresolved_report(facts))
    if homonyms:
        click.echo(homonyms_report(facts))
    if not unresolved and not homonyms:
        click.echo(graph_stats(facts, _phase("building the graph", build_graph, facts)))
        click.echo(resolution_line(facts))


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: temporaries removed, earlier outputs kept."""


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
