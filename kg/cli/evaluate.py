"""`kg eval` and `kg stats`: scores against gold; counts and what stayed unresolved.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.errors import reports_errors
from kg.cli.facts import load_facts
from kg.cli.options import facts_option, resolve_options
from kg.cli.progress import phase
from kg.evaluate import errors as scoring_errors
from kg.evaluate import format_errors, format_scores, read_gold, score_files, without_doc_numbers


@click.command("eval")
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
    facts = load_facts(facts_files, paths)
    click.echo(format_scores(score_files(Path(gold), facts, Path(aliases) if aliases else None,
                                         ignore_doc_number=ignore_doc_number)))
    if show_errors:
        system = without_doc_numbers(facts) if ignore_doc_number else facts
        click.echo(format_errors(scoring_errors(read_gold(Path(gold), ignore_doc_number=ignore_doc_number), system)))


@click.command()
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

    facts = load_facts(facts_files, paths)
    if unresolved:
        click.echo(unresolved_report(facts))
    if homonyms:
        click.echo(homonyms_report(facts))
    if not unresolved and not homonyms:
        click.echo(graph_stats(facts, phase("building the graph", build_graph, facts)))
        click.echo(resolution_line(facts))
