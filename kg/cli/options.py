"""Options several commands share, and what they give: the user's tables, the caps on a file's
cost, the facts to read (files, sources or out/facts.json), a Neo4j connection.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from kg.read.formats import DEFAULT_LIMITS, Limits


def resolve_tables() -> dict:
    """The user's tables from --alias-table/--merge-table (or KG_ALIASES/KG_MERGE)."""
    meta = click.get_current_context().meta
    return {"aliases": meta.get("kg_aliases", ()), "merge": meta.get("kg_merge")}


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


def limits():
    """The caps --max-pages and --ocr-seconds set (defaults for commands without them)."""
    meta = click.get_current_context().meta
    return Limits(max_pages=meta.get("kg_max_pages", DEFAULT_LIMITS.max_pages),
                  ocr_seconds=meta.get("kg_ocr_seconds", DEFAULT_LIMITS.ocr_seconds))

facts_option = click.option("--facts", "facts_files", multiple=True, type=click.Path(dir_okay=False),
                            help="Read facts from this file (repeatable) instead of extracting.")


def neo4j_options(func):
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


def connect_neo4j(uri, user, password, *, timeout=None):
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
