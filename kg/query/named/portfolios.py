"""The named queries of 政府领导分工 (kg.extract.portfolios): who oversees what, and who oversees a unit.

Both read (Official)-[:OVERSEES {how, since}]->(Unit): ``how`` is 主持, 负责, 分管, 联系 or 协助,
``since`` the date of the notice when it gives one (kg.facts.KINDS declares the edge).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from kg.query.specs import NamedQuery, Param, QuerySpec, Row, order_rows

Edge = tuple[str, str, dict[str, Any]]


def _oversees(ix: Any) -> Iterator[Edge]:
    return ix.edges("OVERSEES", start="Official", end="Unit")


def _earliest(dates: list[Any]) -> Any:
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def portfolios(ix: Any, official: str | None, place: str | None) -> list[Row]:
    """One row per leader and verb: the units overseen that way, and since when."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for o, u, attrs in _oversees(ix):
        if official is not None and official not in (ix.key(o), ix.prop(o, "name")):
            continue
        if place is not None and ix.prop(o, "jurisdiction") != place:
            continue
        group = groups.setdefault((ix.key(o), attrs.get("how")), {"units": set(), "since": []})
        group["units"].add(ix.key(u))
        group["since"].append(attrs.get("since"))
    rows = [{"official": o, "how": how, "n": len(g["units"]), "units": sorted(g["units"]),
             "since": _earliest(g["since"])} for (o, how), g in groups.items()]
    return order_rows(rows, [("official", False), ("how", False)])


def overseen_by(ix: Any, unit: str) -> list[Row]:
    """One row per unit (named or aliased ``unit``), leader and verb."""
    wanted = set(ix.units_named(unit))
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for o, u, attrs in _oversees(ix):
        if u in wanted:
            groups[ix.key(u), ix.key(o), attrs.get("how")].append(attrs.get("since"))
    rows = [{"unit": u, "official": o, "how": how, "since": _earliest(dates)} for (u, o, how), dates in groups.items()]
    return order_rows(rows, [("unit", False), ("official", False), ("how", False)])


def _portfolio_edges(ix: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    for o, _, attrs in _oversees(ix):
        yield (ix.key(o), attrs.get("how")), attrs


def _overseen_edges(ix: Any) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    for o, u, attrs in _oversees(ix):
        yield (ix.key(u), ix.key(o), attrs.get("how")), attrs


NAMED = (
    NamedQuery(QuerySpec("portfolios", "Who oversees what (政府领导分工): each leader's units per verb "
                         "(主持/负责/分管/联系/协助).", ("official", "how", "n", "units", "since"),
                         (Param("official", required=False, help="a name (龚正) or a key (龚正@上海市)"),
                          Param("place", required=False, help="the leaders of one government, e.g. 上海市"))),
               portfolios, ("official", "how"), _portfolio_edges),
    NamedQuery(QuerySpec("overseen_by", "Which leaders oversee a unit (政府领导分工), and how.",
                         ("unit", "official", "how", "since"),
                         (Param("unit", help="canonical name or alias, e.g. 市财政局"),)),
               overseen_by, ("unit", "official", "how"), _overseen_edges),
)
