"""Errors as the `kg` command says them: one line on stderr, ``kg: error: …``, and an exit code,
never a traceback (KgError, usage errors, a full disk, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Any

import click

from kg.errors import KgError, StoreTimeout


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


class OneLineErrors(click.Group):
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


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: temporaries removed, earlier outputs kept."""


def terminate(signum: int, frame: Any) -> None:
    raise Terminated
