"""Slices of the graph in time: the facts dated within a period, and the graph year by year.

Every fact of the graph (a relationship read from a document, and the Task and Project
nodes) carries ``date``, the ISO date (``YYYY-MM-DD``) of the act it records: the date of
its document (the signing date, a 会议通过 date, a web page's 成文日期), or the date the
appointment record itself gives. A document with no date leaves its facts undated
(``date`` absent, null in Neo4j); nothing is guessed from a file name.

A :class:`Slice` has inclusive bounds, each ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``:
``since`` is the first day of its period and ``until`` the last (``until=2016`` takes
every fact of 2016). An undated fact lies outside every bounded slice and inside the
unbounded one, so a slice never counts a fact it cannot place, and no bounds means the
whole graph. Both backends compare the ISO strings, so they give the same rows. A date
as precise as written (an agreement's ``2018-06``) lies in its year, and sorts before every
day of its month; one with no year (``09-18``) is undated.

>>> s = Slice.of(since="2016", until="2017-06")
>>> s.since, s.until
('2016-01-01', '2017-06-30')
>>> [s.contains(d) for d in ("2015-12-31", "2016-01-01", "2017-06-30", "2017-07-01", None)]
[False, True, True, False, False]
>>> Slice.of(year=2016)
Slice(since='2016-01-01', until='2016-12-31')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import SliceError

#: A bound as written by a user: a year, a month or a day.
_BOUND = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?")

#: A date value of the graph: an ISO day, or as precise as written (an agreement's 2018-06).
_ISO = re.compile(r"(?P<y>\d{4})-\d{2}(?:-\d{2})?")

#: The edges that are no document's fact: the division table's Region chain, timeless.
TIMELESS_SOURCE = "gazetteer"

#: The file stem of the facts with no date in a by-year export.
UNDATED = "undated"


def parse_bound(text: Any, *, upper: bool = False) -> str:
    """``YYYY[-MM[-DD]]`` → the ISO day that opens (or, ``upper``, closes) its period;
    a bound already in that form comes back unchanged."""
    m = _BOUND.fullmatch(str(text).strip())
    if m is None:
        raise SliceError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m["y"]), m["m"], m["d"]
    try:
        if day is not None:
            return dt.date(year, int(month), int(day)).isoformat()
        if month is not None:
            dt.date(year, int(month), 1)
            last = calendar.monthrange(year, int(month))[1] if upper else 1
            return f"{year:04d}-{int(month):02d}-{last:02d}"
        dt.date(year, 1, 1)
    except ValueError:
        raise SliceError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return f"{year:04d}-{'12-31' if upper else '01-01'}"


def parse_year(text: Any) -> int:
    """``YYYY`` → the year, else :class:`SliceError`."""
    m = re.fullmatch(r"\d{4}", str(text).strip())
    if m is None or int(m.group()) < 1:
        raise SliceError(f"{text!r} is not a year: use YYYY")
    return int(m.group())


@dataclass(frozen=True)
class Slice:
    """The facts dated from ``since`` to ``until`` (ISO days, inclusive; None: unbounded)."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, *, since: Any = None, until: Any = None, year: Any = None) -> Slice:
        """A slice from user bounds (``YYYY[-MM[-DD]]``) or one ``year``; refuses both, or since > until."""
        if year is not None:
            if since is not None or until is not None:
                raise SliceError("give year or since/until, not both")
            since = until = f"{year:04d}" if isinstance(year, int) else year
        return cls.bounded_by(parse_bound(since) if since is not None else None,
                              parse_bound(until, upper=True) if until is not None else None)

    @classmethod
    def bounded_by(cls, since: str | None, until: str | None, *, year: Any = None) -> Slice:
        """A slice from bounds already parsed (:func:`parse_bound`), or one ``year``."""
        if year is not None:
            if since is not None or until is not None:
                raise SliceError("give year or since/until, not both")
            return cls.of(year=year)
        if since is not None and until is not None and since > until:
            raise SliceError(f"since {since} is after until {until}")
        return cls(since, until)

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    def contains(self, date: Any) -> bool:
        """Whether a fact of this date lies in the slice (an undated one only when unbounded)."""
        if not self.bounded:
            return True
        if not isinstance(date, str) or not date:
            return False
        return (self.since is None or date >= self.since) and (self.until is None or date <= self.until)


def year_of(date: Any) -> int | None:
    """The year of an ISO date value, or None for an undated fact."""
    m = _ISO.fullmatch(date) if isinstance(date, str) else None
    return int(m["y"]) if m else None


def _timeless(attrs: dict[str, Any]) -> bool:
    return attrs.get("source") == TIMELESS_SOURCE


def slice_graph(graph: nx.MultiDiGraph, period: Slice) -> nx.MultiDiGraph:
    """The facts of ``graph`` dated in ``period``, with the nodes they join.

    The Region chain of the division table (timeless) comes along above every region in
    the slice. No bounds: ``graph`` itself.
    """
    if not period.bounded:
        return graph
    return _subgraph(graph, lambda attrs: period.contains(attrs.get("date")))


def _subgraph(graph: nx.MultiDiGraph, keep: Any) -> nx.MultiDiGraph:
    return _with_edges(graph, [(u, v, k) for u, v, k, a in graph.edges(keys=True, data=True)
                               if not _timeless(a) and keep(a)])


def _with_edges(graph: nx.MultiDiGraph, edges: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    """A new graph of these edges of ``graph``, their nodes, and the Region chain above its regions."""
    edges = list(edges)
    nodes = {n for u, v, _ in edges for n in (u, v)}
    todo = [n for n in nodes if graph.nodes[n].get("label") == "Region"]
    while todo:  # the regions' chain upwards
        n = todo.pop()
        for _, parent, k, a in graph.out_edges(n, keys=True, data=True):
            if _timeless(a):
                edges.append((n, parent, k))
                if parent not in nodes:
                    nodes.add(parent)
                    todo.append(parent)
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from((n, dict(graph.nodes[n])) for n in graph if n in nodes)
    adj = graph._adj
    out.add_edges_from((u, v, k, dict(adj[u][v][k])) for u, v, k in edges)
    return out


def years(graph: nx.MultiDiGraph) -> tuple[list[int], bool]:
    """The years the graph's facts are dated in, in order, and whether some fact is undated."""
    found: set[int] = set()
    undated = False
    for _, _, a in graph.edges(data=True):
        if _timeless(a):
            continue
        year = year_of(a.get("date"))
        if year is None:
            undated = True
        else:
            found.add(year)
    return sorted(found), undated


def by_year(graph: nx.MultiDiGraph) -> Iterator[tuple[str, nx.MultiDiGraph]]:
    """``(stem, graph)`` per year the facts are dated in (``"2016"``), then ``"undated"``
    for the facts with no date, if any: every fact lies in exactly one of them (one pass
    over the edges; each part as :func:`slice_graph` of its year makes it)."""
    groups: dict[int | None, list[tuple[str, str, str]]] = {}
    for u, v, k, a in graph.edges(keys=True, data=True):
        if not _timeless(a):
            groups.setdefault(year_of(a.get("date")), []).append((u, v, k))
    for year in sorted(y for y in groups if y is not None):
        yield str(year), _with_edges(graph, groups[year])
    if None in groups:
        yield UNDATED, _with_edges(graph, groups[None])


def year_line(graph: nx.MultiDiGraph) -> str:
    """How many facts each year holds, and how many are undated (for ``kg stats``)."""
    counts: dict[str, int] = {}
    for _, _, a in graph.edges(data=True):
        if not _timeless(a):
            year = year_of(a.get("date"))
            key = str(year) if year is not None else UNDATED
            counts[key] = counts.get(key, 0) + 1
    dated = sorted(k for k in counts if k != UNDATED)
    parts = [f"{k} {counts[k]:,}" for k in dated] + ([f"{UNDATED} {counts[UNDATED]:,}"] if UNDATED in counts else [])
    return "facts by year: " + (", ".join(parts) or "none")
