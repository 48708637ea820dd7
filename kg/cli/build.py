"""`kg build` and `kg extract`: files → facts (and the offline graph).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import click

from kg.cli.errors import reports_errors
from kg.cli.options import ocr_option, resolve_options, resolve_tables
from kg.cli.progress import extract_with_progress, phase, with_file_progress
from kg.pipeline import TEXT_DIR, stream_facts, write_facts
from kg.pipeline import build as run_build


@click.command()
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
    result = with_file_progress(functools.partial(run_build, out_dir=Path(out_dir)), paths, jobs=jobs,
                                 strict=strict, ocr=ocr, **resolve_tables())
    click.echo(result.summary)
    for name, path in result.files.items():
        click.echo(f"wrote {name}: {path}")


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


@click.command()
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
        sizes = with_file_progress(functools.partial(stream_facts, out=Path(out_file)), paths, jobs=jobs,
                                    shard=shard_t, strict=strict, ocr=ocr, text_dir=text_dir)
        click.echo(f"wrote {out_file}: " + ", ".join(f"{k} {n}" for k, n in sizes.items() if n))
        return
    facts = extract_with_progress(paths, jobs=jobs, shard=shard_t, strict=strict, resolve=not no_resolve,
                                   ocr=ocr, text_dir=text_dir, **resolve_tables())
    if out_file == "-":
        click.echo(json.dumps(facts, ensure_ascii=False, indent=1))
    else:
        phase("writing the facts", write_facts, facts, Path(out_file))
        counts = ", ".join(f"{k} {len(v)}" for k, v in facts.items() if v)
        click.echo(f"wrote {out_file}: {counts}")
