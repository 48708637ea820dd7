"""`kg load`: facts → Neo4j.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import click

from kg.cli.errors import reports_errors
from kg.cli.facts import load_facts
from kg.cli.options import connect_neo4j, facts_option, neo4j_options, resolve_options
from kg.cli.progress import phase, progress_bar


@click.command()
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
@neo4j_options
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
    graph = FlatGraph() if only_removing else phase("building the graph", build_graph,
                                                      load_facts(facts_files, paths), into=FlatGraph(),
                                                      consume=True)
    driver = connect_neo4j(uri, user, password, timeout=timeout)
    try:
        total = graph.number_of_nodes() + graph.number_of_edges()
        with progress_bar("loading", total) as bar:
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
