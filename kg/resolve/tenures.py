"""Officials as people in a place, and their tenures (HOLDS) from appoint/remove events.

An Official is a person in a jurisdiction: the key is the name and the government whose
bodies appointed them, ``王伟@洛阳市``. The same name in two places is two people unless

- the text links them: one document names 王伟 in two places (a notice that removes
  王伟 from a post in one place and appoints 王伟 to a post in another, a transfer, 调任;
  a decision naming a provincial and a city post), or
- the user's merge table says so: a CSV with the columns ``official,same_as`` whose
  rows are Official keys (``王伟@肇东市,王伟@洛阳市``); the ``same_as`` key names the
  merged person.

A merged person keeps the key of their first appointment (or the merge table's
``same_as``), and every post in every place. Inside one place, two people of one name
are still kept apart on evidence (:func:`build_tenures`). A name with no known place
keeps the bare name as its key.

>>> official_key("王伟", "洛阳市"), official_key("王伟", None)
('王伟@洛阳市', '王伟')
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.facts import (
    KINDS,
    OfficialEntry,
    Resolved,
    Tenure,
    evidence_source,
    of_type,
    section_of,
    typed_records,
)
from kg.gazetteer import norm, read_csv
from kg.records import Appointment

#: (section, field) of the people named beside appointments (mentions, leading officials), who
#: get their Official key here (kg.facts.KINDS: official_fields).
OFFICIAL_FIELDS: tuple[tuple[str, str], ...] = tuple((k.section, f) for k in KINDS for f in k.official_fields)

PathLike = str | os.PathLike[str]


def official_key(name: str, jurisdiction: str | None) -> str:
    """The key of the Official node for a name in a place."""
    return f"{name}@{jurisdiction}" if jurisdiction else name


def _doc_of(rec: Any) -> str:
    """The document of a record (its id, number or source file), where an unplaced person lives."""
    return str(rec.doc_id or getattr(rec, "doc_number", None) or rec.source)


def _place_key(name: str, rec: Any, added: Resolved, places: Mapping[str, str] | None = None) -> str:
    """A person in the place of their record, or in its document when no place is known
    (王伟@doc:…): two unplaced documents' 王伟 are never pooled into one node."""
    # a record that says whose leaders it names (a 领导分工's jurisdiction) places them there,
    # in the region's own name (江蘇省 printed is 江苏省: one place, one key)
    printed = getattr(rec, "jurisdiction", None)
    place = (places or {}).get(printed, printed) if printed else None
    return official_key(name, added.jurisdiction or place or _doc_of(rec))


def read_merge_table(path: PathLike) -> dict[str, str]:
    """The user's merge table: ``{official key: same_as key}``."""
    rows = read_csv(Path(path))
    if rows and not {"official", "same_as"} <= set(rows[0]):
        raise InputError(f"{path}: expected columns official,same_as (Official keys such as 王伟@洛阳市)")
    return {r["official"]: r["same_as"] for r in rows if r.get("official") and r.get("same_as")}


class _Union:
    """Union-find over Official keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def assign_officials(records: Mapping[str, Sequence[Any]], added: Mapping[str, list[Resolved]],
                     evidence: Sequence[Mapping[str, Any] | None], merges: Mapping[str, str] | None = None,
                     places: Mapping[str, str] | None = None) -> tuple[list[Tenure], list[OfficialEntry]]:
    """Official keys for every record that names a person; returns the tenures and the officials.

    ``records`` are the extract-stage records per section (kg.facts.view) and ``added`` what
    the resolve stage gave each so far (its ``jurisdiction`` and ``resolved``); ``evidence``
    is the JSON evidence of each appointment, as its tenure carries it. Appointments
    get their ``official`` (and ``homonym_note``), the records of :data:`OFFICIAL_FIELDS`
    the Official key of each name in ``resolved``; the officials are one entry per person
    (``id``, ``name``, ``jurisdiction``, ``places``). ``places``: the region name of each
    jurisdiction a record prints (a 领导分工's), which keys its people.
    """
    merges = dict(merges or {})

    def key_of(name: str, rec: Any, given: Resolved) -> str:
        return _place_key(name, rec, given, places)

    appointments = of_type(records, Appointment)
    appointed = added.get(section_of(Appointment)) or []
    links = _Union()
    order: dict[str, tuple[str, int]] = {}  # key → (first date, position): the cluster's name

    def note(key: str, date: str | None, pos: int) -> None:
        links.find(key)
        rank = (date or "9999", pos)
        if key not in order or rank < order[key]:
            order[key] = rank

    per_doc: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, name) → keys

    for i, rec in enumerate(appointments):
        person = (rec.person or "").strip()
        if not person:
            continue
        key = key_of(person, rec, appointed[i])
        note(key, rec.date, i)
        per_doc[(_doc_of(rec), person)].add(key)
    mention_pos = len(appointments)
    for section, field_name in OFFICIAL_FIELDS:
        for rec, given in zip(records.get(section) or (), added.get(section) or (), strict=True):
            for name in _names(getattr(rec, field_name)):
                mention_pos += 1
                key = key_of(name, rec, given)
                note(key, None, mention_pos)
                per_doc[(_doc_of(rec), name)].add(key)
    # one name in one document is one person: removed in A and appointed in B by one
    # notice (a transfer), or named as a provincial and a city post holder in one decision
    for keys in per_doc.values():
        first, *others = sorted(keys)
        for other in others:
            links.union(other, first)
    for key, same in merges.items():
        note(key, None, mention_pos + 1)
        note(same, None, mention_pos + 1)
        links.union(key, same)

    clusters: dict[str, list[str]] = defaultdict(list)
    for key in order:
        clusters[links.find(key)].append(key)
    named: dict[str, str] = {}
    targets = set(merges.values())
    for members in clusters.values():
        chosen = [k for k in members if k in targets]
        name = min(chosen) if chosen else min(members, key=lambda k: (order[k], k))
        for k in members:
            named[k] = name

    events: list[Event | None] = []
    for i, rec in enumerate(appointments):
        person = (rec.person or "").strip()
        if person:
            appointed[i] = appointed[i].add(official=named[key_of(person, rec, appointed[i])])
        events.append(event_of(rec, appointed[i], evidence[i]))
    tenures, holders = build_tenures(events)
    for i, (official, homonym_note) in holders.items():
        appointed[i] = appointed[i].add(official=official, **({"homonym_note": homonym_note} if homonym_note else {}))
    for section, field_name in OFFICIAL_FIELDS:
        gave = added.get(section) or []
        for i, rec in enumerate(records.get(section) or ()):
            names = _names(getattr(rec, field_name))
            if names:
                resolved = {**(gave[i].resolved or {}), **{n: named[key_of(n, rec, gave[i])] for n in names}}
                gave[i] = gave[i].add(resolved=resolved)
    return tenures, _officials(records, added)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    return [v.strip() for v in value or () if isinstance(v, str) and v.strip()]


@dataclass
class _Person:
    """An Official being gathered: its key, name, home jurisdiction and every place."""

    id: str
    name: str
    jurisdiction: str | None = None
    places: list[str] = field(default_factory=list)


def _officials(records: Mapping[str, Sequence[Any]], added: Mapping[str, list[Resolved]]) -> list[OfficialEntry]:
    """One entry per Official node: its key, name, home jurisdiction and every place."""
    out: dict[str, _Person] = {}

    def add(key: str, name: str, place: str | None) -> None:
        entry = out.setdefault(key, _Person(key, name))
        if place and place not in entry.places:
            entry.places.append(place)
        if entry.jurisdiction is None and "@" in key and (place or key.split("@", 1)[0] != name):
            entry.jurisdiction = key.split("@", 1)[1].split("（", 1)[0]

    for rec, given in zip(of_type(records, Appointment), added.get(section_of(Appointment)) or (), strict=True):
        if given.official:
            add(given.official, (rec.person or "").strip(), given.jurisdiction)
    for section, field_name in OFFICIAL_FIELDS:
        for rec, given in zip(records.get(section) or (), added.get(section) or (), strict=True):
            for name in _names(getattr(rec, field_name)):
                add((given.resolved or {})[name], name, given.jurisdiction)
    return [OfficialEntry(o.id, o.name, o.jurisdiction, tuple(o.places)) for o in sorted(out.values(), key=lambda o: o.id)]


# --------------------------------------------------------------------------- tenures


@dataclass(frozen=True)
class Event:
    """An appoint or remove event as the tenures read it: an appointment of the facts
    (:func:`event_of`) or an APPOINTS/REMOVES edge of a graph (kg.export.careers)."""

    #: the Official key, else the person's name (stripped)
    person: str
    unit: str
    position: str
    date: str | None
    action: str | None
    doc_number: str | None
    concurrent: bool
    #: the JSON form of its evidence, as the tenure carries it
    evidence: Mapping[str, Any] | None


def event_of(rec: Appointment, added: Resolved, evidence: Mapping[str, Any] | None) -> Event | None:
    """The event of an appointment (``evidence``: its JSON form), with the Official key and
    canonical unit the resolve stage gave it; None when it names no person."""
    person = (added.official or rec.person or "").strip()
    if not person:
        return None
    org = rec.organization or ""
    unit = (added.resolved or {}).get(org, org.strip())
    return Event(person, unit, (rec.position or "").strip(), rec.date, rec.action, rec.doc_number,
                 bool(rec.concurrent), evidence)


@dataclass
class _Open:
    """A tenure being built (mutable until the Official keys are known)."""

    official: str
    unit: str
    position: str
    start: str | None
    end: str | None
    appointed_by: str | None
    removed_by: str | None
    evidence: Mapping[str, Any] | None
    concurrent: bool
    opened: str | None
    copies: tuple[dict[str, Any], ...] = ()


def build_tenures(events: Sequence[Event | None]) -> tuple[list[Tenure], dict[int, tuple[str, str | None]]]:
    """Tenures (HOLDS) from appoint/remove events, and for each event (by position; None is
    no event) the Official key of its tenure and the note when homonyms were kept apart.

    The person is the event's Official key when it has one, else its name.
    Events are taken in date order (document order on ties). An appointment opens a
    tenure; a later removal of the same person, unit and position closes it; a removal
    with no known appointment gives a tenure with ``start`` None; the same event read
    twice (same notice in two files) counts once. Two people with one key are kept
    apart only on evidence: a non-concurrent tenure that began strictly inside
    another's closed tenure at a different unit. Open-ended tenures never count,
    because removals are often printed in notices the corpus lacks.
    """
    order = sorted((i for i, e in enumerate(events) if e is not None),
                   key=lambda i: ((events[i] or _NO_EVENT).date or "", i))
    tenures: list[_Open] = []
    open_: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    tenure_of: dict[int, int] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for i in order:
        rec = events[i]
        assert rec is not None
        person, unit, position = rec.person, rec.unit, rec.position
        key = (person, norm(unit), norm(position))
        date = rec.date
        event = (*key, rec.action, date, rec.doc_number)
        if event in seen:  # one notice read twice (a gazette and the notice itself)
            tenure_of[i] = seen[event]
            _note_copy(tenures[seen[event]], rec)
            continue
        if rec.action == "remove":
            candidates = [t for t in open_[key]
                          if (start := tenures[t].start) is None or not date or start <= date]
            if candidates:
                t = candidates[-1]
                open_[key].remove(t)
                tenures[t].end, tenures[t].removed_by = date, rec.doc_number
            else:
                t = len(tenures)
                tenures.append(_tenure(rec, None, date, None))
            tenure_of[i] = t
        else:
            t = len(tenures)
            tenures.append(_tenure(rec, date, None, rec.doc_number))
            open_[key].append(t)
            tenure_of[i] = t
        seen[event] = t

    keys, notes = _official_keys(tenures)
    holders = {i: (keys[t], notes.get(t)) for i, t in tenure_of.items()}
    return [Tenure(keys[t], o.unit, o.position, o.start, o.end, o.appointed_by, o.removed_by,
                   None if o.evidence is None else dict(o.evidence), notes.get(t), o.copies)
            for t, o in enumerate(tenures)], holders


_NO_EVENT = Event("", "", "", None, None, None, False, None)


def _tenure(rec: Event, start: str | None, end: str | None, appointed_by: str | None) -> _Open:
    return _Open(rec.person, rec.unit, rec.position, start, end, appointed_by,
                 None if end is None else rec.doc_number, rec.evidence, rec.concurrent, rec.action)


def _note_copy(tenure: _Open, rec: Event) -> None:
    """The event that opened ``tenure`` read again in another file: keep that file's first evidence."""
    ev, source = rec.evidence, evidence_source(rec.evidence)
    if rec.action != tenure.opened or ev is None or not source:
        return
    if source not in [evidence_source(e) for e in (tenure.evidence, *tenure.copies)]:
        tenure.copies = (*tenure.copies, dict(ev))


def _overlaps(a: _Open, b: _Open) -> bool:
    """``b`` began strictly inside ``a``'s known, closed tenure at another unit."""
    if a.unit == b.unit or a.concurrent or b.concurrent:
        return False
    if not (a.start and a.end and b.start):
        return False
    return bool(a.start < b.start < a.end)


def _official_keys(tenures: list[_Open]) -> tuple[dict[int, str], dict[int, str]]:
    """The Official key of each tenure, and a note for tenures kept apart as homonyms."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for t, tenure in enumerate(tenures):
        by_name[tenure.official].append(t)
    keys: dict[int, str] = {}
    notes: dict[int, str] = {}
    for name, ids in by_name.items():
        clusters: list[list[int]] = []
        for t in sorted(ids, key=lambda t: (tenures[t].start or tenures[t].end or "", t)):
            for cluster in clusters:
                if not any(_overlaps(tenures[c], tenures[t]) or _overlaps(tenures[t], tenures[c]) for c in cluster):
                    cluster.append(t)
                    break
            else:
                clusters.append([t])
        if len(clusters) == 1:
            keys.update({t: name for t in ids})
            continue
        labels: list[str] = []
        for n, c in enumerate(clusters, 1):
            label = f"{name}（{tenures[c[0]].unit}）"
            labels.append(label if label not in labels else f"{name}（{tenures[c[0]].unit}#{n}）")
        note = (f"{len(clusters)} officials named {name} kept apart: "
                + "; ".join(f"{label} from {tenures[c[0]].appointed_by or tenures[c[0]].removed_by}"
                            for label, c in zip(labels, clusters, strict=True))
                + " held posts at different units over overlapping periods")
        for label, cluster in zip(labels, clusters, strict=True):
            for t in cluster:
                keys[t], notes[t] = label, note
    return keys, notes


def homonyms(facts: Mapping[str, Any]) -> list[tuple[str, list[OfficialEntry]]]:
    """Names borne by Officials of two or more places, for a researcher to confirm
    (``kg stats --homonyms``): ``[(name, [official entries])]``, most places first."""
    by_name: dict[str, list[OfficialEntry]] = defaultdict(list)
    for official in typed_records(facts, OfficialEntry):
        by_name[official.name].append(official)
    out = []
    for name, entries in by_name.items():
        places = {e.jurisdiction for e in entries}
        if len(entries) > 1 and len(places) > 1:
            out.append((name, sorted(entries, key=lambda e: e.id)))
    return sorted(out, key=lambda t: (-len(t[1]), t[0]))


def merge_rows(entries: Iterable[OfficialEntry]) -> list[str]:
    """Lines of a merge table that would make ``entries`` one person (the first kept)."""
    entries = list(entries)
    return [f"{e.id},{entries[0].id}" for e in entries[1:]]
