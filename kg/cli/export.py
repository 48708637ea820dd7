"""`kg export`: the graph, a network, a view or career data as files.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.errors import reports_errors
from kg.cli.facts import load_facts
from kg.cli.options import facts_option, resolve_options
from kg.cli.progress import phase
from kg.export import FORMATS, NETWORK_FORMATS, NETWORKS


@click.command("export")
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

        graph = phase("building the graph", build_graph, load_facts(facts_files, paths))
        view = phase("choosing what to draw", view_of, graph, network=network, since=since, until=until,
                      region=region, top=top, include_collective=include_collective)
        if view.note:
            click.echo(f"kg: {view.note}", err=True)
        target = Path(out_path) if out_path else default_path(fmt)
        written = phase("writing html", export_graph, view.graph, fmt, target)
        click.echo(f"wrote html ({view.graph.number_of_nodes():,} nodes): {written}", err=str(written) == "-")
        return
    if network and fmt not in NETWORK_FORMATS:
        raise click.UsageError(f"--network writes {', '.join(NETWORK_FORMATS)}, not {fmt}")
    if include_collective and not network:
        raise click.UsageError("--include-collective goes with --network (the whole graph keeps every unit)")
    if careers_dir and (network or by_year or out_path):
        raise click.UsageError("--careers DIR writes its own files: not with --network, --by-year or -o")
    graph = phase("building the graph", build_graph, load_facts(facts_files, paths))
    if careers_dir:
        files = phase("writing the career tables", write_careers, graph, Path(careers_dir))
        click.echo(f"wrote career data to {careers_dir}: {', '.join(p.name for p in files)}")
        return
    if by_year:
        folder = Path(out_path) if out_path else Path("out") / f"{network or ''}{'-' if network else ''}by-year"
        files = phase("writing the files by year", export_by_year, graph, fmt, folder, network=network,
                       include_collective=include_collective)
        names = ", ".join(p.name for p in files) or "nothing: no facts"
        click.echo(f"wrote {network + ' network' if network else fmt} by year to {folder}: {names}")
        return
    if network:
        target = Path(out_path) if out_path else default_network_path(network, fmt)
        written = phase(f"writing the {network} network", export_network, graph, network, fmt, target,
                         include_collective=include_collective)
        click.echo(f"wrote {network} network as {fmt}: {written}")
        return
    target = Path(out_path) if out_path else default_path(fmt)
    written = phase(f"writing {fmt}", export_graph, graph, fmt, target)
    click.echo(f"wrote {fmt}: {written}", err=str(written) == "-")  # stdout holds the graph
