"""Precision, recall and F1 of extracted facts against a hand-checked gold file.

Records are compared by the key that says "the same fact" for their section
(a task assignment by its (source, document, role, unit) triples, an
appointment by document, person, action and post, ...). Names are compared in
NFKC form without whitespace, so full- and half-width spellings agree.

Gold comes in one of two layouts: sections at the top level (records carry
``source``), or ``{"<source file>": {sections...}}`` as in tests/data/real.
:func:`errors` lists what was missed and what was spurious, each with the line
of text it stands on, so that a failure is one command away from its text.

Both sides are read typed (:func:`scored_records`: the record of each section's kind through
kg.facts.view, and a :class:`Note` of what gold says beside it), so keys are attribute reads
mypy checks, not string keys.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import FactsError
from kg.facts import KIND_OF, KINDS, FactKind, Facts, UnitEntry, view


def norm(value: Any) -> str:
    if value is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


@dataclass(frozen=True)
class Note:
    """What a record says beside its fact, for scoring: gold's ``scope`` (``extra``: an optional
    record) and the ``line`` and words (``anchor``, ``raw``, ``title``) that show where a gold
    record stands; a system record shows its evidence instead."""

    scope: str | None = None
    line: Any = None
    anchor: str | None = None
    raw: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Scored:
    """One record to score: the record of its kind (kg.facts.KINDS), read typed, and its :class:`Note`."""

    record: Any
    note: Note

    @property
    def extra(self) -> bool:
        return self.note.scope == "extra"

    @property
    def source(self) -> str:
        return norm(getattr(self.record, "source", None))


def scored_records(facts: Mapping[str, Any], section: str) -> list[Scored]:
    """A section's records typed (kg.facts.view, the one reader of the JSON form), each with its note."""
    cls = KIND_OF[section].record
    return [Scored(view(cls, r), view(Note, r)) for r in facts.get(section) or [] if isinstance(r, Mapping)]


def _names(record: Any, field: str) -> tuple[str, ...]:
    return tuple(sorted(n for n in map(norm, getattr(record, field, None) or ()) if n))


def _task_triples(record: Any) -> Iterable[tuple]:
    base = (norm(record.source), norm(record.doc_number))
    for role, field in (("lead", "lead_units"), ("cooperate", "cooperating_units"),
                        ("lead_official", "lead_officials")):
        for name in _names(record, field):
            yield base + (role, name)


def _declared_key(kind: FactKind) -> Callable[[Any], tuple]:
    """The key a kind declares (kg.facts.FactKind.key): its fields normalised, a list field as
    the sorted tuple of its names."""
    lists = {f.name for f in dataclasses.fields(kind.record) if str(f.type).startswith("tuple[")}
    return lambda r: tuple(_names(r, f) if f in lists else norm(getattr(r, f)) for f in kind.key)


def _item_keys(kind: FactKind) -> Callable[[Any], list[tuple]]:
    """One key per name in a kind's ``items`` fields, (key..., field, name); a record that
    names none is one key (key..., "", "") (a 主持全面工作 has no units)."""
    base = _declared_key(kind)

    def keys(r: Any) -> list[tuple]:
        head = base(r)
        out = [(*head, f, name) for f in kind.items for name in _names(r, f)]
        return out or [(*head, "", "")]
    return keys


#: Keys no list of fields says: a document by number else title, a post by organization and
#: position together, the parties of an agreement as written (an empty name kept).
_SPECIAL_KEYS: dict[str, Callable[[Any], tuple]] = {
    "documents": lambda r: (norm(r.source), norm(r.doc_number) or "title:" + norm(r.title)),
    "appointments": lambda r: (norm(r.doc_number), norm(r.person), norm(r.action),
                               norm(r.organization) + norm(r.position)),
    "agreements": lambda r: (norm(r.source), tuple(sorted(norm(p) for p in r.parties))),
}

#: Per scored section, the key of one typed record (kg.facts.KINDS: key; tasks are scored by
#: triples, kinds with ``items`` by :data:`ITEM_KEYS`).
KEYS: dict[str, Callable[[Any], tuple]] = {
    k.section: _SPECIAL_KEYS.get(k.section) or _declared_key(k) for k in KINDS
    if k.scored and (k.section in _SPECIAL_KEYS or (k.key and not k.items))}
#: Per section scored item by item, the keys of one typed record.
ITEM_KEYS: dict[str, Callable[[Any], list[tuple]]] = {k.section: _item_keys(k) for k in KINDS if k.items}

#: The sections kg eval scores (kg.facts.KINDS: scored).
SECTIONS: tuple[str, ...] = tuple(k.section for k in KINDS if k.scored)


def _keyers() -> dict[str, Callable[[Any], list[tuple]]]:
    """Per scored section, every key of one typed record (one, or a task's triples, or one per item)."""
    def single(key: Callable[[Any], tuple]) -> Callable[[Any], list[tuple]]:
        return lambda r: [key(r)]

    keyed = {s: single(k) for s, k in KEYS.items()}
    keyed["task_assignments"] = lambda r: list(_task_triples(r))
    keyed.update(ITEM_KEYS)
    return keyed


_KEYERS = _keyers()


def flatten_gold(data: dict[str, Any]) -> Facts:
    """Sections at the top level, from either gold layout (per-source records get their ``source``)."""
    if any(k in data for k in SECTIONS):
        return data
    out: Facts = {k: [] for k in SECTIONS}
    for source, facts in data.items():
        if not isinstance(facts, dict):
            continue
        for section in SECTIONS:
            out[section].extend({"source": source, **r} for r in facts.get(section) or [] if isinstance(r, dict))
    return out


def without_doc_numbers(facts: Facts) -> Facts:
    """Tasks and appointments matched by source only (for gold that gives no doc numbers)."""
    out = dict(facts)
    for section in ("task_assignments", "appointments"):
        out[section] = [{k: v for k, v in r.items() if k != "doc_number"} for r in facts.get(section) or []]
    return out


def prf(gold: Counter, system: Counter) -> dict[str, float]:
    tp = sum((gold & system).values())
    g, s = sum(gold.values()), sum(system.values())
    p = tp / s if s else (1.0 if not g else 0.0)
    r = tp / g if g else 1.0
    return {"gold": g, "system": s, "p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass(frozen=True)
class _Compared:
    """A section's gold and system records, typed, and their keys: ``core`` the gold keys to
    find, ``extra`` those gold makes optional, ``found`` the system's that count (an optional
    key found is neither rewarded nor counted against precision)."""

    gold: list[Scored]
    system: list[Scored]
    core: Counter
    found: Counter


def _compare(gold: Facts, system: Facts) -> dict[str, _Compared]:
    """Every scored section compared; the system's records are those of the sources gold covers."""
    typed_gold = {s: scored_records(gold, s) for s in SECTIONS if not KIND_OF[s].resolve_stage}
    sources = {r.source for recs in typed_gold.values() for r in recs if r.source}
    out: dict[str, _Compared] = {}
    for section, keys_of in _KEYERS.items():
        mine = [r for r in scored_records(system, section) if not r.source or r.source in sources]
        core = Counter(k for r in typed_gold[section] if not r.extra for k in keys_of(r.record))
        extra = {k for r in typed_gold[section] if r.extra for k in keys_of(r.record)}
        found = Counter(k for r in mine for k in keys_of(r.record) if k not in extra or k in core)
        out[section] = _Compared(typed_gold[section], mine, core, found)
    return out


def score(gold: Facts, system: Facts, aliases: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """Scores per section. Gold records with ``scope: extra`` are optional: finding
    them is neither rewarded nor counted against precision."""
    compared = _compare(gold, system)
    scores: dict[str, dict[str, float]] = {s: prf(c.core, c.found) for s, c in compared.items() if s in KEYS}
    scores["parks"]["host_acc"] = _host_accuracy(compared["parks"])
    scores["task_assignments"] = prf(
        Counter(t for r in compared["task_assignments"].gold for t in _task_triples(r.record)),
        Counter(t for r in compared["task_assignments"].system for t in _task_triples(r.record)),
    )
    for section in ITEM_KEYS:
        scores[section] = prf(compared[section].core, compared[section].found)
    if aliases:
        canonical: dict[str, str] = {}
        for unit in (view(UnitEntry, u) for u in system.get("units") or []):
            for alias in [unit.name, *unit.aliases]:
                canonical.setdefault(norm(alias), norm(unit.name))
        keys = [k for k in aliases if not k.startswith("_")]
        hits = sum(canonical.get(norm(k)) == norm(aliases[k]) for k in keys)
        scores["aliases"] = {"gold": len(keys), "acc": hits / len(keys) if keys else 1.0}
    return scores


def _host_accuracy(parks: _Compared) -> float:
    """Of the gold parks found, the share whose host is right: 洛阳 and 洛阳市 are one host, and a
    gold host left empty (the text does not say) accepts any."""
    host = lambda r: norm(r.record.host).removesuffix("市")  # noqa: E731
    key = lambda r: KEYS["parks"](r.record)  # noqa: E731
    found = {key(r): r for r in parks.system}
    pairs = [(g, found[key(g)]) for g in parks.gold if not g.extra and key(g) in found]
    return sum(not host(g) or host(g) == host(s) for g, s in pairs) / len(pairs) if pairs else 1.0


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FactsError(f"{path}: cannot read as JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise FactsError(f"{path}: expected a JSON object")
    return data


def read_gold(path: Path, *, ignore_doc_number: bool = False) -> Facts:
    """A gold file in either layout, flattened; doc numbers dropped when asked."""
    gold = flatten_gold(_read_json(path))
    return without_doc_numbers(gold) if ignore_doc_number else gold


def score_files(gold_path: Path, system: Facts, aliases_path: Path | None = None, *,
                ignore_doc_number: bool = False) -> dict[str, dict[str, float]]:
    aliases = _read_json(aliases_path) if aliases_path else None
    if ignore_doc_number:
        system = without_doc_numbers(system)
    return score(read_gold(gold_path, ignore_doc_number=ignore_doc_number), system, aliases)


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'section':<20}{'gold':>6}{'sys':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for section, m in scores.items():
        if "f1" in m:
            lines.append(f"{section:<20}{m['gold']:>6}{m['system']:>6}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}")
        else:
            lines.append(f"{section:<20}{m['gold']:>6}{'':>6}{'':>21}  acc={m['acc']:.3f}")
    return "\n".join(lines)


def _where(entry: Scored) -> str:
    """Where a record stands: its evidence (system) or its gold line and wording."""
    ev = getattr(entry.record, "evidence", None)
    source = (ev.source if ev else None) or getattr(entry.record, "source", None) or "?"
    if ev:
        quote = " ".join(ev.quote.split())
        return f"{source}@{ev.start}: {quote[:90]}"
    note = entry.note
    line = f":{note.line}" if note.line else ""
    words = note.anchor or note.raw or note.title or ""
    return f"{source}{line}: {words}" if words else f"{source}{line}"


def _show(section: str, key: tuple) -> str:
    if section == "task_assignments":
        return f"{key[2]} {key[3]}"
    parts = [p if isinstance(p, str) else "、".join(p) or "-" for p in key]
    return " | ".join(p for p in parts[1:] if p) if section != "appointments" else " | ".join(p for p in parts if p)


def errors(gold: Facts, system: Facts) -> dict[str, dict[str, list[str]]]:
    """Per section, the gold records the system missed and the system records
    the gold does not have, each as ``key  ←  where it stands``."""
    out: dict[str, dict[str, list[str]]] = {}
    for section, c in _compare(gold, system).items():
        keys_of = _KEYERS[section]
        missed, spurious = c.core - c.found, c.found - c.core
        rows: dict[str, list[str]] = {"missed": [], "spurious": []}
        for label, wanted, records in (("missed", missed, [r for r in c.gold if not r.extra]),
                                       ("spurious", spurious, c.system)):
            for entry in records:
                for k in keys_of(entry.record):
                    if wanted[k] > 0:
                        wanted[k] -= 1
                        rows[label].append(f"{_show(section, k)}  ←  {_where(entry)}")
        if rows["missed"] or rows["spurious"]:
            out[section] = rows
    return out


def format_errors(found: dict[str, dict[str, list[str]]]) -> str:
    lines: list[str] = []
    for section, rows in found.items():
        lines.append(f"## {section}: {len(rows['missed'])} missed, {len(rows['spurious'])} spurious")
        lines.extend(f"- missed    {row}" for row in rows["missed"])
        lines.extend(f"+ spurious  {row}" for row in rows["spurious"])
    return "\n".join(lines) if lines else "no errors"
