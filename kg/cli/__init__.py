"""The `kg` command: a thin click layer over the library.

Each command parses options, calls one library function and prints. Library
errors (KgError) become a one-line message on stderr and the error's exit code.
Progress goes to stderr, results to stdout.

One module per command group (build, load, export, query, evaluate); what they share in options,
facts (what a command reads), progress and errors. The group is ``cli``; ``main`` is the
`kg` entry point.
"""

from __future__ import annotations

import signal

import click

from kg.cli import build, evaluate, export, load, query
from kg.cli.errors import OneLineErrors, terminate

__all__ = ["cli", "main"]


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policy-kg")
def cli():
    """policy-kg: Chinese local-government documents → a knowledge graph with evidence.

    \b
    Quick start (no server needed):
      kg build seeds -o out
      kg query leads_most_tasks
    """


for command in (build.build, build.extract, load.load, export.export_cmd, query.query, query.explain,
                evaluate.eval_cmd, evaluate.stats):
    cli.add_command(command)


def main() -> None:
    signal.signal(signal.SIGTERM, terminate)
    cli(prog_name="kg")
