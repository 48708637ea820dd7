"""`kg query` and `kg explain`: named questions and a node's records, on either backend.
"""

from __future__ import annotations

import shutil
import sys

import click

from kg.cli.errors import reports_errors
from kg.cli.facts import load_facts
from kg.cli.options import connect_neo4j, facts_option, neo4j_options, resolve_options
from kg.cli.progress import phase
from kg.errors import QueryError
from kg.query.render import TABLE_FORMATS


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


@click.command()
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
@neo4j_options
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
        driver = connect_neo4j(uri, user, password)
        try:
            table = run_query(name, kwargs, backend="neo4j", driver=driver, evidence=evidence)
        finally:
            driver.close()
    else:
        table = run_query(name, kwargs, backend="offline", evidence=evidence,
                          graph=phase("building the graph", build_graph, load_facts(facts_files, paths)))
    click.echo(format_table(table, fmt, width=_table_width()))


@click.command()
@click.argument("name")
@click.option("--backend", type=click.Choice(["offline", "neo4j"]), default="offline", show_default=True)
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True)
@facts_option
@click.option("--source", "paths", multiple=True, type=click.Path(), help="Extract from these sources instead.")
@neo4j_options
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
        driver = connect_neo4j(uri, user, password)
        try:
            table = explain_node(name, backend="neo4j", driver=driver)
        finally:
            driver.close()
    else:
        from kg.graph.graph import build_graph  # networkx, pandas: see load

        table = explain_node(name, graph=phase("building the graph", build_graph, load_facts(facts_files, paths)))
    click.echo(format_table(table, fmt, width=_table_width()))
