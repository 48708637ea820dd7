"""The facts a command reads: --facts files, else source PATHs extracted, else out/facts.json.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import resolve_tables
from kg.cli.progress import extract_with_progress, phase
from kg.pipeline import read_facts_files
from kg.resolve.resolve import resolve_facts

DEFAULT_FACTS = Path("out/facts.json")


def load_facts(facts_files, paths):
    """Facts from --facts files (resolved again when the user gives tables), else
    extracted from PATHs, else out/facts.json."""
    tables = resolve_tables()
    if paths and not facts_files and all(Path(p).suffix.lower() == ".json" and Path(p).is_file() for p in paths):
        facts_files, paths = paths, ()  # `kg export out/facts.json`: a facts file is read, never extracted as text
    if paths and not facts_files:
        return extract_with_progress(paths, **tables)
    if not facts_files and DEFAULT_FACTS.exists():
        facts_files = (DEFAULT_FACTS,)
    if not facts_files:
        raise click.UsageError("give source PATHs or --facts FILE (or run `kg build seeds -o out` first)")
    facts = phase("reading the facts", read_facts_files, [Path(f) for f in facts_files])
    if tables["aliases"] or tables["merge"]:
        facts = phase("resolving", resolve_facts, facts, list(tables["aliases"]), merge_officials=tables["merge"])
    return facts
