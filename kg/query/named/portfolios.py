"""The named queries of 政府领导分工 (kg.extract.portfolios): who oversees what, and who oversees a unit.

Both read (Official)-[:OVERSEES {how, since}]->(Unit) and ->(Area): ``how`` is 主持, 负责, 分管, 联系
or 协助, ``since`` the date of the notice when it gives one (kg.facts.KINDS declares the edges). The
rule for a leader who 负责…工作 and names no unit: each area of work is an Area node (财政, 教育,
in simplified characters, 財政 an alias of 财政; one node for every place, since it names no body), overseen as a Unit is, so such a
leader is in both queries: ``portfolios`` lists the areas beside the units, ``overseen_by`` takes
an area's words as it takes a unit's name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from kg.query.specs import NamedQuery, Param, QuerySpec, Row, order_rows

Edge = tuple[str, str, dict[str, Any]]


def _oversees(ix: Any) -> Iterator[Edge]:
    """Every OVERSEES, to a Unit or to an Area of work."""
    return ix.edges("OVERSEES", start="Official")


def _earliest(dates: list[Any]) -> Any:
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def portfolios(ix: Any, official: str | None, place: str | None) -> list[Row]:
    """One row per leader and verb: the units and the areas of work overseen that way, and since when."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for o, u, attrs in _oversees(ix):
        if official is not None and official not in (ix.key(o), ix.prop(o, "name")):
            continue
        if place is not None and ix.prop(o, "jurisdiction") != place:
            continue
        group = groups.setdefault((ix.key(o), attrs.get("how")), {"Unit": set(), "Area": set(), "since": []})
        group[ix.label(u)].add(ix.key(u))
        group["since"].append(attrs.get("since"))
    rows = [{"official": o, "how": how, "n": len(g["Unit"]), "units": sorted(g["Unit"]), "areas": sorted(g["Area"]),
             "since": _earliest(g["since"])} for (o, how), g in groups.items()]
    return order_rows(rows, [("official", False), ("how", False)])


def overseen_by(ix: Any, unit: str) -> list[Row]:
    """One row per unit or area of work (named or aliased ``unit``), leader and verb."""
    areas = (n for n in ix.nodes_of("Area") if unit == ix.key(n) or unit in (ix.prop(n, "aliases") or ()))
    wanted = {*ix.units_named(unit), *areas}
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
    NamedQuery(QuerySpec("portfolios", "Who oversees what (政府领导分工): each leader's units (n of them) and "
                         "areas of work per verb (主持/负责/分管/联系/协助).",
                         ("official", "how", "n", "units", "areas", "since"),
                         (Param("official", required=False, help="a name (龚正) or a key (龚正@上海市)"),
                          Param("place", required=False, help="the leaders of one government, e.g. 上海市"))),
               portfolios, ("official", "how"), _portfolio_edges),
    NamedQuery(QuerySpec("overseen_by", "Which leaders oversee a unit or an area of work (政府领导分工), and how.",
                         ("unit", "official", "how", "since"),
                         (Param("unit", help="canonical name or alias, e.g. 市财政局, or an area's words, e.g. 财政"),)),
               overseen_by, ("unit", "official", "how"), _overseen_edges),
)
