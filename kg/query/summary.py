"""What a build found, in a few lines for the terminal and summary.txt.

``summarize`` is what ``kg build`` prints: fact counts, graph size and the units
that lead the most tasks (the ``leads_most_tasks`` named query on the offline graph).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.facts import OfficialEntry, Tenure, UnitEntry, records_of, section_of, typed_records
from kg.graph.graph import NODE_LABELS, REL_TYPES
from kg.graph.timeslice import year_line
from kg.records import SECTIONS, Appointment
from kg.resolve.resolve import UNIT_FIELDS, resolve_facts
from kg.resolve.tenures import homonyms, merge_rows

#: How many lead units the build summary lists.
TOP_UNITS = 10


def fact_counts(facts: dict[str, Any]) -> str:
    """``documents 21, task_assignments 93, ...``: the non-empty sections, in facts order."""
    parts = [f"{s} {len(facts.get(s) or [])}" for s in SECTIONS if facts.get(s)]
    return ", ".join(parts) or "no facts"


def summarize(facts: dict[str, Any], graph: nx.MultiDiGraph, *, top: int = TOP_UNITS) -> str:
    """Counts and the top lead units, as ``kg build`` prints them."""
    from kg.query.query import run_query  # pandas: only when a summary is printed
    from kg.query.render import format_table

    lines = [f"facts: {fact_counts(facts)}",
             f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships",
             resolution_line(facts)]
    table = run_query("leads_most_tasks", {"limit": top}, graph=graph)
    if table.empty:
        lines.append("top lead units: none (no task or project names a lead unit)")
    else:
        lines += [f"top {len(table)} lead units (tasks and projects they lead):", format_table(table)]
    return "\n".join(lines)


def graph_stats(facts: dict[str, Any], graph: nx.MultiDiGraph) -> str:
    """Facts per section, nodes per label and relationships per type (zeros included)."""
    labels = Counter(attrs.get("label") for _, attrs in graph.nodes(data=True))
    types = Counter(attrs.get("type") for _, _, attrs in graph.edges(data=True))
    width = max(map(len, (*NODE_LABELS, *REL_TYPES, *SECTIONS)))
    lines = ["facts:"]
    lines += [f"  {s:<{width}} {len(facts.get(s) or []):>8,}" for s in SECTIONS]
    lines.append(f"nodes: {graph.number_of_nodes():,}")
    lines += [f"  {label:<{width}} {labels[label]:>8,}" for label in NODE_LABELS]
    lines.append(f"relationships: {graph.number_of_edges():,}")
    lines += [f"  {rel:<{width}} {types[rel]:>8,}" for rel in REL_TYPES]
    lines.append(year_line(graph))
    return "\n".join(lines)


@dataclass
class _Unread:
    """A unit name the tables could not read as one body: how it was resolved, what to, how
    often and where."""

    how: str
    canonical: str
    count: int = 0
    where: list[str] = field(default_factory=list)


def unresolved_report(facts: dict[str, Any]) -> str:
    """The unit names that could not be resolved, with where they occur (``kg stats --unresolved``).

    Also lists collective names (not single bodies) and names derived from the region
    prefix alone (the short name is in no table: check them). Uses the ``resolution``
    recorded in ``units``; facts without it are resolved first.
    """
    units = typed_records(facts, UnitEntry)
    if not units or any(u.resolution is None for u in units):
        facts = resolve_facts(facts)
        units = typed_records(facts, UnitEntry)
    status = {u.name: u.resolution for u in units}
    seen: dict[str, _Unread] = {}
    for section in UNIT_FIELDS:
        for record, added in records_of(facts, section):
            for surface, canonical in (added.resolved or {}).items():
                if canonical not in status:
                    continue  # an official's name: not a unit
                how = status[canonical]
                if how not in ("unresolved", "ambiguous", "collective", "prefix only"):
                    continue
                entry = seen.setdefault(surface, _Unread(how, canonical))
                entry.count += 1
                where = getattr(record, "doc_number", None) or getattr(record, "doc_id", None) or record.source
                if where and where not in entry.where:
                    entry.where.append(str(where))
    total = len(units)
    lines: list[str] = []
    titles = {
        "unresolved": "Unresolved unit names (kept as written; add them to an alias CSV):",
        "ambiguous": "Ambiguous places (several divisions share the name; the document does not say which):",
        "prefix only": "Derived from the region prefix only (short name in no table; check):",
        "collective": "Collective names (several bodies, not one Unit):",
    }
    for how, title in titles.items():
        rows = sorted(((s, e) for s, e in seen.items() if e.how == how), key=lambda t: (-t[1].count, t[0]))
        if not rows:
            continue
        lines.append(f"{title} {len(rows)}")
        for surface, entry in rows:
            target = f" → {entry.canonical}" if entry.canonical != surface else ""
            where = ", ".join(entry.where[:3]) + (" …" if len(entry.where) > 3 else "")
            lines.append(f"  {surface}{target}  ×{entry.count}  ({where})")
    if not any(e.how in ("unresolved", "ambiguous") for e in seen.values()):
        lines.insert(0, f"All unit names resolved ({total} units).")
    else:
        lines.append("Extend the tables with a CSV (alias,canonical,scope,level,kind): kg ... --alias-table FILE.")
    lines += unplaced_lines(facts)
    lines.append(resolution_line(facts))
    return "\n".join(lines)


def unplaced_counts(facts: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per source, the unit names and officials that stayed unplaced: no place known,
    so each is one node of its own document (区卫健局@doc:…, 王伟@doc:…), never pooled
    with another document's. ``{source: (unit names, officials)}``."""
    units = {u.name: u for u in typed_records(facts, UnitEntry)}
    placed_officials = {o.id for o in typed_records(facts, OfficialEntry) if o.jurisdiction}
    named: dict[str, set[str]] = {}
    people: dict[str, set[str]] = {}
    for section in UNIT_FIELDS:
        for record, added in records_of(facts, section):
            source = _source_of(record)
            for surface, canonical in (added.resolved or {}).items():
                unit = units.get(canonical)
                if unit is not None and "@" in canonical and not unit.region:
                    named.setdefault(source, set()).add(surface)
    for record, added in records_of(facts, section_of(Appointment)):
        key = added.official
        if key and key not in placed_officials and not added.jurisdiction:
            people.setdefault(_source_of(record), set()).add(key)
    return {s: (len(named.get(s, ())), len(people.get(s, ()))) for s in sorted({*named, *people})}


def _source_of(record: Any) -> str:
    """The file a record was read in: its evidence's source, else its own."""
    return str((record.evidence.source if record.evidence else None) or record.source or "?")


def unplaced_lines(facts: dict[str, Any]) -> list[str]:
    """``kg stats --unresolved``'s count of what stayed unplaced, per source."""
    counts = unplaced_counts(facts)
    if not counts:
        return ["Unplaced: none (every unit and official is read in a place)."]
    names, people = sum(n for n, _ in counts.values()), sum(p for _, p in counts.values())
    lines = [f"Unplaced (no place known; keyed by their document, never pooled across places): "
             f"{names} unit names, {people} officials in {len(counts)} sources"]
    for source, (n, p) in sorted(counts.items(), key=lambda t: (-sum(t[1]), t[0])):
        lines.append(f"  {source}: {n} unit names, {p} officials")
    return lines


def homonyms_report(facts: dict[str, Any]) -> str:
    """Names borne by officials of two or more places (``kg stats --homonyms``), each with
    the posts held and the merge-table rows that would make them one person."""
    if "officials" not in facts or (not facts["officials"] and facts.get("appointments")):
        facts = resolve_facts(facts)  # facts written before officials had places
    found = homonyms(facts)
    if not found:
        return "No name is borne by officials of two places."
    posts: dict[str, list[str]] = {}
    for tenure in typed_records(facts, Tenure):
        posts.setdefault(tenure.official, []).append(f"{tenure.unit}{tenure.position}")
    lines = [f"Names borne by officials of two or more places: {len(found)} "
             "(one person? add the rows to a merge table: official,same_as; kg ... --merge-table FILE)"]
    for name, entries in found:
        lines.append(f"  {name}: {len(entries)} officials")
        for entry in entries:
            held = "; ".join(posts.get(entry.id, [])[:3]) or "mentioned only"
            lines.append(f"    {entry.id}  ({held})")
        lines += [f"    merge: {row}" for row in merge_rows(entries)]
    return "\n".join(lines)


def resolution_share(facts: dict[str, Any]) -> dict[str, int]:
    """How many unit mentions (every name in a unit field of a record) resolve to one
    canonical unit whose government is known: ``{"mentions", "collective", "known"}``.

    A unit's government is known when the resolve stage gave it a ``region``, or (facts
    written before regions were recorded) a level other than ``other``.
    """
    units = {u.name: u for u in typed_records(facts, UnitEntry)}
    counts = {"mentions": 0, "collective": 0, "known": 0}
    for section, fields in UNIT_FIELDS.items():
        for record, added in records_of(facts, section):
            resolved = added.resolved or {}
            for name in fields:
                value = getattr(record, name)
                for surface in [value] if isinstance(value, str) else (value or []):
                    if not isinstance(surface, str) or not surface.strip():
                        continue
                    counts["mentions"] += 1
                    unit = units.get(resolved.get(surface, surface.strip()))
                    how = (unit.resolution or "unresolved") if unit is not None else "unresolved"
                    if how == "collective":
                        counts["collective"] += 1
                    elif how not in ("unresolved", "ambiguous") and unit is not None \
                            and (unit.region or (unit.level or "other") != "other"):
                        counts["known"] += 1
    return counts


def resolution_line(facts: dict[str, Any]) -> str:
    """``unit mentions: 120, resolved to a unit with a known government: 104 (92.9% of 112 single bodies)``."""
    c = resolution_share(facts)
    single = c["mentions"] - c["collective"]
    share = f"{100 * c['known'] / single:.1f}%" if single else "n/a"
    return (f"unit mentions: {c['mentions']} ({c['collective']} collective); resolved to a unit with a known "
            f"government: {c['known']} ({share} of {single} single bodies)")
