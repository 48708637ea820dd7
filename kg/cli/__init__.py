"""The `kg` command: a thin click layer over the library.

Each command parses options, calls one library function and prints. Library
errors (KgError) become a one-line message on stderr and the error's exit code.
Progress goes to stderr, results to stdout.

One module per command group (build, load, export, query, evaluate); what they share in options,
facts (what a command reads), progress and errors. The group is ``cli``; ``main`` is the
`kg` entry point.
"""

from __future__ import annotations

import importlib
import signal
from typing import Any

import click

from kg.cli.errors import OneLineErrors, terminate

__all__ = ["cli", "main"]

#: Each command and where it is defined: its module is imported when the command is run (or
#: ``kg --help`` lists it), so ``kg extract`` does not import the query, store and export layers.
COMMANDS = {
    "build": "kg.cli.build:build", "extract": "kg.cli.build:extract", "load": "kg.cli.load:load",
    "export": "kg.cli.export:export_cmd", "query": "kg.cli.query:query", "explain": "kg.cli.query:explain",
    "eval": "kg.cli.evaluate:eval_cmd", "stats": "kg.cli.evaluate:stats",
}


class LazyCommands(OneLineErrors):
    """The ``kg`` group, its commands imported on first use (see :data:`COMMANDS`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyCommands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policy-kg")
def cli():
    """policy-kg: Chinese local-government documents → a knowledge graph with evidence.

    \b
    Quick start (no server needed):
      kg build seeds -o out
      kg query leads_most_tasks
    """


def main() -> None:
    signal.signal(signal.SIGTERM, terminate)
    cli(prog_name="kg")
