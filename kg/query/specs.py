"""What a named query is: its parameters, columns and row order, shared by both backends and by
the named queries that come with a fact kind (kg.query.named), which import only this module.

>>> order_rows([{"n": 1, "u": "b"}, {"n": 2, "u": "a"}, {"n": None, "u": "c"}], [("n", True), ("u", False)])
[{'n': None, 'u': 'c'}, {'n': 2, 'u': 'a'}, {'n': 1, 'u': 'b'}]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.graph.timeslice import parse_bound, parse_year
from kg.paths import CYPHER_DIR

Row = dict[str, Any]


@dataclass(frozen=True)
class Param:
    """One query parameter; values from the command line arrive as str and are converted."""

    name: str
    type: Callable[[Any], Any] = str  # a type, or a converter raising ValueError (kg.graph.timeslice)
    required: bool = True
    default: Any = None
    help: str = ""


def _since(text: str) -> str:
    return parse_bound(text)


def _until(text: str) -> str:
    return parse_bound(text, upper=True)


#: The time slice every query over dated facts takes (kg.graph.timeslice): the CLI's --since/--until.
SLICE_PARAMS: tuple[Param, ...] = (
    Param("year", parse_year, required=False, help="only facts dated in this year (YYYY)"),
    Param("since", _since, required=False, help="only facts dated on or after YYYY[-MM[-DD]]"),
    Param("until", _until, required=False, help="only facts dated on or before YYYY[-MM[-DD]]"),
)


@dataclass(frozen=True)
class QuerySpec:
    """A named query: its columns and parameters; a ``dated`` query (every one over facts)
    also takes :data:`SLICE_PARAMS` and reads only the facts dated in that slice."""

    name: str
    description: str
    columns: tuple[str, ...]
    params: tuple[Param, ...] = ()
    dated: bool = True

    def __post_init__(self) -> None:
        if self.dated:  # once, also when dataclasses.replace copies a spec
            object.__setattr__(self, "params", self.params + tuple(p for p in SLICE_PARAMS if p not in self.params))

    @property
    def cypher_path(self):
        return CYPHER_DIR / f"{self.name}.cypher"


def boolean(value: Any) -> bool:
    """A flag parameter: True/False, or on the command line true/false, yes/no, 1/0."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "y", "on", "1"):
        return True
    if text in ("false", "no", "n", "off", "0"):
        return False
    raise ValueError(value)


def order_rows(rows: list[Row], keys: Iterable[tuple[str, bool]]) -> list[Row]:
    """Sort like Cypher's ORDER BY: ``(column, descending)`` pairs; null is largest."""
    out = list(rows)
    for column, desc in reversed(list(keys)):
        out.sort(key=functools.partial(_null_last, column), reverse=desc)
    return out


def _null_last(column: str, row: Row) -> tuple[bool, Any]:
    value = row[column]
    return (value is None, value if value is not None else 0)


def distinct(rows: Iterable[Row]) -> list[Row]:
    seen: set[tuple] = set()
    out = []
    for row in rows:
        sig = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in row.items())
        if sig not in seen:
            seen.add(sig)
            out.append(row)
    return out



#: The relationships behind each row of a query, keyed by its row key columns (kg.query.evidence).
EvidenceWalk = Callable[[Any], Iterator[tuple[tuple[Any, ...], dict[str, Any]]]]


@dataclass(frozen=True)
class NamedQuery:
    """A named query that comes with a fact kind: declared in a module of kg/query/named/ and
    found there (nothing else names it), its Cypher in cypher/NAME.cypher and
    cypher/evidence/NAME.cypher. ``offline(index, **params)`` gives the rows in the Cypher's
    order from the query index (kg.query.query.graph_index); ``row_keys`` are the columns that
    pick the relationships a row stands on and ``evidence(index)`` yields those relationships
    keyed by them (``--evidence``, kg.query.evidence). tests/test_named_queries.py runs each on
    both backends with the texts and parameters of tests/data/queries/NAME.json."""

    spec: QuerySpec
    offline: Callable[..., list[Row]]
    row_keys: tuple[str, ...]
    evidence: EvidenceWalk
