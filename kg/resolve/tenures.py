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
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.facts import KINDS, OfficialEntry, Tenure, entry_dict
from kg.gazetteer import norm, read_csv

#: (section, field) of the people named beside appointments (mentions, leading officials), who
#: get their Official key here (kg.facts.KINDS: official_fields).
OFFICIAL_FIELDS: tuple[tuple[str, str], ...] = tuple((k.section, f) for k in KINDS for f in k.official_fields)

PathLike = str | os.PathLike[str]


def official_key(name: str, jurisdiction: str | None) -> str:
    """The key of the Official node for a name in a place."""
    return f"{name}@{jurisdiction}" if jurisdiction else name


def _doc_of(rec: Mapping[str, Any]) -> str:
    return str(rec.get("doc_id") or rec.get("doc_number") or rec.get("source"))


def _key_of(name: str, rec: Mapping[str, Any]) -> str:
    """A person in the place of their record, or in its document when no place is known
    (王伟@doc:…): two unplaced documents' 王伟 are never pooled into one node."""
    return official_key(name, rec.get("jurisdiction") or _doc_of(rec))


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


def assign_officials(facts: dict[str, Any], merges: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Official keys on every record that names a person; returns the tenures.

    Reads ``person``/``jurisdiction`` of appointments, ``name``/``jurisdiction`` of
    officials_mentioned and ``lead_officials``/``jurisdiction`` of task assignments; sets
    ``official`` on appointments, ``resolved[name]`` on the others, and the ``officials``
    section (one entry per person: ``id``, ``name``, ``jurisdiction``, ``places``).
    """
    merges = dict(merges or {})
    appointments = facts.get("appointments") or []
    links = _Union()
    order: dict[str, tuple[str, int]] = {}  # key → (first date, position): the cluster's name

    def note(key: str, date: str | None, pos: int) -> None:
        links.find(key)
        rank = (date or "9999", pos)
        if key not in order or rank < order[key]:
            order[key] = rank

    per_doc: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, name) → keys

    for i, rec in enumerate(appointments):
        person = (rec.get("person") or "").strip()
        if not person:
            continue
        key = _key_of(person, rec)
        note(key, rec.get("date"), i)
        per_doc[(_doc_of(rec), person)].add(key)
    mention_pos = len(appointments)
    for section, field in OFFICIAL_FIELDS:
        for rec in facts.get(section) or []:
            for name in _names(rec.get(field)):
                mention_pos += 1
                key = _key_of(name, rec)
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

    for rec in appointments:
        person = (rec.get("person") or "").strip()
        if person:
            rec["official"] = named[_key_of(person, rec)]
    tenures = build_tenures(appointments)
    for section, field in OFFICIAL_FIELDS:
        for rec in facts.get(section) or []:
            names = _names(rec.get(field))
            if names:
                resolved = rec.setdefault("resolved", {})
                for name in names:
                    resolved[name] = named[_key_of(name, rec)]
    facts["officials"] = _officials(facts)
    return tenures


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    return [v.strip() for v in value or () if isinstance(v, str) and v.strip()]


def _officials(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per Official node: its key, name, home jurisdiction and every place."""
    out: dict[str, dict[str, Any]] = {}

    def add(key: str, name: str, place: str | None) -> None:
        entry = out.setdefault(key, {"id": key, "name": name, "jurisdiction": None, "places": []})
        if place and place not in entry["places"]:
            entry["places"].append(place)
        if entry["jurisdiction"] is None and "@" in key and (place or key.split("@", 1)[0] != name):
            entry["jurisdiction"] = key.split("@", 1)[1].split("（", 1)[0]

    for rec in facts.get("appointments") or []:
        if rec.get("official"):
            add(rec["official"], rec["person"].strip(), rec.get("jurisdiction"))
    for section, field in OFFICIAL_FIELDS:
        for rec in facts.get(section) or []:
            for name in _names(rec.get(field)):
                add(rec["resolved"][name], name, rec.get("jurisdiction"))
    return [entry_dict(OfficialEntry(o["id"], o["name"], o["jurisdiction"], tuple(o["places"])))
            for o in sorted(out.values(), key=lambda o: o["id"])]


# --------------------------------------------------------------------------- tenures


def _unit_of(record: Mapping[str, Any]) -> str:
    org = record.get("organization") or ""
    return (record.get("resolved") or {}).get(org, org.strip())


def build_tenures(appointments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tenures (HOLDS) from appoint/remove events; sets ``official`` on each appointment.

    The person is the appointment's ``official`` key when it has one, else its name.
    Events are taken in date order (document order on ties). An appointment opens a
    tenure; a later removal of the same person, unit and position closes it; a removal
    with no known appointment gives a tenure with ``start`` None; the same event read
    twice (same notice in two files) counts once. Two people with one key are kept
    apart only on evidence: a non-concurrent tenure that began strictly inside
    another's closed tenure at a different unit. Open-ended tenures never count,
    because removals are often printed in notices the corpus lacks.
    """
    order = sorted(range(len(appointments)), key=lambda i: (appointments[i].get("date") or "", i))
    tenures: list[dict[str, Any]] = []
    open_: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    tenure_of: dict[int, int] = {}
    seen: dict[tuple[Any, ...], int] = {}
    for i in order:
        rec = appointments[i]
        person = (rec.get("official") or rec.get("person") or "").strip()
        if not person:
            continue
        unit, position = _unit_of(rec), (rec.get("position") or "").strip()
        key = (person, norm(unit), norm(position))
        date = rec.get("date")
        event = (*key, rec.get("action"), date, rec.get("doc_number"))
        if event in seen:  # one notice read twice (a gazette and the notice itself)
            tenure_of[i] = seen[event]
            _note_copy(tenures[seen[event]], rec)
            continue
        if rec.get("action") == "remove":
            candidates = [t for t in open_[key] if tenures[t]["start"] is None or not date or tenures[t]["start"] <= date]
            if candidates:
                t = candidates[-1]
                open_[key].remove(t)
                tenures[t].update(end=date, removed_by=rec.get("doc_number"))
            else:
                t = len(tenures)
                tenures.append(_tenure(person, unit, position, None, date, None, rec))
            tenure_of[i] = t
        else:
            t = len(tenures)
            tenures.append(_tenure(person, unit, position, date, None, rec.get("doc_number"), rec))
            open_[key].append(t)
            tenure_of[i] = t
        seen[event] = t

    keys, notes = _official_keys(tenures)
    for i, t in tenure_of.items():
        appointments[i]["official"] = keys[t]
        if t in notes:
            appointments[i]["homonym_note"] = notes[t]
    return [entry_dict(Tenure(**{**{k: v for k, v in tenure.items() if k not in ("_concurrent", "_opened")},
                                 "official": keys[t], "homonym_note": notes.get(t)}))
            for t, tenure in enumerate(tenures)]


def _tenure(person: str, unit: str, position: str, start: str | None, end: str | None,
            appointed_by: str | None, rec: Mapping[str, Any]) -> dict[str, Any]:
    return {"official": person, "unit": unit, "position": position, "start": start, "end": end,
            "appointed_by": appointed_by, "removed_by": None if end is None else rec.get("doc_number"),
            "evidence": rec.get("evidence"), "_concurrent": bool(rec.get("concurrent")),
            "_opened": rec.get("action"), "copies": ()}


def _note_copy(tenure: dict[str, Any], rec: Mapping[str, Any]) -> None:
    """The event that opened ``tenure`` read again in another file: keep that file's first evidence."""
    ev = rec.get("evidence")
    if rec.get("action") != tenure["_opened"] or not isinstance(ev, Mapping) or not ev.get("source"):
        return
    known = [e.get("source") for e in (tenure["evidence"], *tenure["copies"]) if isinstance(e, Mapping)]
    if ev["source"] not in known:
        tenure["copies"] = (*tenure["copies"], dict(ev))


def _overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """``b`` began strictly inside ``a``'s known, closed tenure at another unit."""
    if a["unit"] == b["unit"] or a["_concurrent"] or b["_concurrent"]:
        return False
    if not (a["start"] and a["end"] and b["start"]):
        return False
    return bool(a["start"] < b["start"] < a["end"])


def _official_keys(tenures: list[dict[str, Any]]) -> tuple[dict[int, str], dict[int, str]]:
    """The Official key of each tenure, and a note for tenures kept apart as homonyms."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for t, tenure in enumerate(tenures):
        by_name[tenure["official"]].append(t)
    keys: dict[int, str] = {}
    notes: dict[int, str] = {}
    for name, ids in by_name.items():
        clusters: list[list[int]] = []
        for t in sorted(ids, key=lambda t: (tenures[t]["start"] or tenures[t]["end"] or "", t)):
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
            label = f"{name}（{tenures[c[0]]['unit']}）"
            labels.append(label if label not in labels else f"{name}（{tenures[c[0]]['unit']}#{n}）")
        note = (f"{len(clusters)} officials named {name} kept apart: "
                + "; ".join(f"{label} from {tenures[c[0]]['appointed_by'] or tenures[c[0]]['removed_by']}"
                            for label, c in zip(labels, clusters, strict=True))
                + " held posts at different units over overlapping periods")
        for label, cluster in zip(labels, clusters, strict=True):
            for t in cluster:
                keys[t], notes[t] = label, note
    return keys, notes


def homonyms(facts: Mapping[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Names borne by Officials of two or more places, for a researcher to confirm
    (``kg stats --homonyms``): ``[(name, [official entries])]``, most places first."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for official in facts.get("officials") or []:
        by_name[official["name"]].append(official)
    out = []
    for name, entries in by_name.items():
        places = {e.get("jurisdiction") for e in entries}
        if len(entries) > 1 and len(places) > 1:
            out.append((name, sorted(entries, key=lambda e: e["id"])))
    return sorted(out, key=lambda t: (-len(t[1]), t[0]))


def merge_rows(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Lines of a merge table that would make ``entries`` one person (the first kept)."""
    entries = list(entries)
    return [f"{e['id']},{entries[0]['id']}" for e in entries[1:]]
