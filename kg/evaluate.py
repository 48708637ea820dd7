"""Precision, recall and F1 of extracted facts against a hand-checked gold file.

Records are compared by the key that says "the same fact" for their section
(a task assignment by its (source, document, role, unit) triples, an
appointment by document, person, action and post, ...). Names are compared in
NFKC form without whitespace, so full- and half-width spellings agree.

Gold comes in one of two layouts: sections at the top level (records carry
``source``), or ``{"<source file>": {sections...}}`` as in tests/data/real.
:func:`errors` lists what was missed and what was spurious, each with the line
of text it stands on, so that a failure is one command away from its text.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import FactsError
from kg.facts import KINDS, FactKind, Facts

Record = dict[str, Any]


def norm(value: Any) -> str:
    if value is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def _names(record: Record, field: str) -> tuple[str, ...]:
    return tuple(sorted(n for n in map(norm, record.get(field) or []) if n))


def _task_triples(record: Record) -> Iterable[tuple]:
    base = (norm(record.get("source")), norm(record.get("doc_number")))
    for role, field in (("lead", "lead_units"), ("cooperate", "cooperating_units"),
                        ("lead_official", "lead_officials")):
        for name in _names(record, field):
            yield base + (role, name)


def _declared_key(kind: FactKind) -> Callable[[Record], tuple]:
    """The key a kind declares (kg.facts.FactKind.key): its fields normalised, a list field as
    the sorted tuple of its names."""
    lists = {f.name for f in dataclasses.fields(kind.record) if str(f.type).startswith("tuple[")}
    return lambda r: tuple(_names(r, f) if f in lists else norm(r.get(f)) for f in kind.key)


def _item_keys(kind: FactKind) -> Callable[[Record], list[tuple]]:
    """One key per name in a kind's ``items`` fields, (key..., field, name); a record that
    names none is one key (key..., "", "") (a 主持全面工作 has no units)."""
    base = _declared_key(kind)

    def keys(r: Record) -> list[tuple]:
        head = base(r)
        out = [(*head, f, name) for f in kind.items for name in _names(r, f)]
        return out or [(*head, "", "")]
    return keys


#: Keys no list of fields says: a document by number else title, a post by organization and
#: position together, the parties of an agreement as written (an empty name kept).
_SPECIAL_KEYS: dict[str, Callable[[Record], tuple]] = {
    "documents": lambda r: (norm(r.get("source")), norm(r.get("doc_number")) or "title:" + norm(r.get("title"))),
    "appointments": lambda r: (norm(r.get("doc_number")), norm(r.get("person")), norm(r.get("action")),
                               norm(r.get("organization")) + norm(r.get("position"))),
    "agreements": lambda r: (norm(r.get("source")), tuple(sorted(norm(p) for p in r.get("parties") or []))),
}

#: Per scored section, the key of one record (kg.facts.KINDS: key; tasks are scored by triples,
#: kinds with ``items`` by :data:`ITEM_KEYS`).
KEYS: dict[str, Callable[[Record], tuple]] = {
    k.section: _SPECIAL_KEYS.get(k.section) or _declared_key(k) for k in KINDS
    if k.scored and (k.section in _SPECIAL_KEYS or (k.key and not k.items))}
#: Per section scored item by item, the keys of one record.
ITEM_KEYS: dict[str, Callable[[Record], list[tuple]]] = {k.section: _item_keys(k) for k in KINDS if k.items}

#: The sections kg eval scores (kg.facts.KINDS: scored).
SECTIONS: tuple[str, ...] = tuple(k.section for k in KINDS if k.scored)


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


def score(gold: Facts, system: Facts, aliases: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """Scores per section. Gold records with ``scope: extra`` are optional: finding
    them is neither rewarded nor counted against precision."""
    sources = {norm(r.get("source")) for recs in gold.values() if isinstance(recs, list)
               for r in recs if isinstance(r, dict) and r.get("source")}

    def mine(section: str) -> list[Record]:
        return [r for r in system.get(section) or [] if not r.get("source") or norm(r.get("source")) in sources]

    scores: dict[str, dict[str, float]] = {}
    for section, key in KEYS.items():
        gold_records = gold.get(section) or []
        core = Counter(key(r) for r in gold_records if r.get("scope") != "extra")
        extra = {key(r) for r in gold_records if r.get("scope") == "extra"}
        found = Counter(k for k in map(key, mine(section)) if k not in extra or k in core)
        scores[section] = prf(core, found)
    scores["parks"]["host_acc"] = _host_accuracy(gold.get("parks") or [], mine("parks"))
    scores["task_assignments"] = prf(
        Counter(t for r in gold.get("task_assignments") or [] for t in _task_triples(r)),
        Counter(t for r in mine("task_assignments") for t in _task_triples(r)),
    )
    for section, keys_of in ITEM_KEYS.items():
        gold_records = gold.get(section) or []
        core = Counter(k for r in gold_records if r.get("scope") != "extra" for k in keys_of(r))
        extra = {k for r in gold_records if r.get("scope") == "extra" for k in keys_of(r)}
        scores[section] = prf(core, Counter(k for r in mine(section) for k in keys_of(r)
                                            if k not in extra or k in core))
    if aliases:
        canonical: dict[str, str] = {}
        for unit in system.get("units") or []:
            for alias in [unit.get("name"), *(unit.get("aliases") or [])]:
                canonical.setdefault(norm(alias), norm(unit.get("name")))
        keys = [k for k in aliases if not k.startswith("_")]
        hits = sum(canonical.get(norm(k)) == norm(aliases[k]) for k in keys)
        scores["aliases"] = {"gold": len(keys), "acc": hits / len(keys) if keys else 1.0}
    return scores


def _host_accuracy(gold: list[Record], system: list[Record]) -> float:
    """Of the gold parks found, the share whose host is right: 洛阳 and 洛阳市 are one host, and a
    gold host left empty (the text does not say) accepts any."""
    host = lambda r: norm(r.get("host")).removesuffix("市")  # noqa: E731
    found = {KEYS["parks"](r): r for r in system}
    pairs = [(g, found[KEYS["parks"](g)]) for g in gold if g.get("scope") != "extra" and KEYS["parks"](g) in found]
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


def _where(record: Record) -> str:
    """Where a record stands: its evidence (system) or its gold line and wording."""
    ev = record.get("evidence") or {}
    source = ev.get("source") or record.get("source") or "?"
    if ev:
        quote = " ".join(str(ev.get("quote", "")).split())
        return f"{source}@{ev.get('start')}: {quote[:90]}"
    line = f":{record['line']}" if record.get("line") else ""
    words = record.get("anchor") or record.get("raw") or record.get("title") or ""
    return f"{source}{line}: {words}" if words else f"{source}{line}"


def _show(section: str, key: tuple) -> str:
    if section == "task_assignments":
        return f"{key[2]} {key[3]}"
    parts = [p if isinstance(p, str) else "、".join(p) or "-" for p in key]
    return " | ".join(p for p in parts[1:] if p) if section != "appointments" else " | ".join(p for p in parts if p)


def errors(gold: Facts, system: Facts) -> dict[str, dict[str, list[str]]]:
    """Per section, the gold records the system missed and the system records
    the gold does not have, each as ``key  ←  where it stands``."""
    sources = {norm(r.get("source")) for recs in gold.values() if isinstance(recs, list)
               for r in recs if isinstance(r, dict) and r.get("source")}

    def mine(section: str) -> list[Record]:
        return [r for r in system.get(section) or [] if not r.get("source") or norm(r.get("source")) in sources]

    def single(key: Callable[[Record], tuple]) -> Callable[[Record], Iterable[tuple]]:
        return lambda r: [key(r)]

    keyed: dict[str, Callable[[Record], Iterable[tuple]]] = {s: single(k) for s, k in KEYS.items()}
    keyed["task_assignments"] = lambda r: list(_task_triples(r))
    keyed.update(ITEM_KEYS)
    out: dict[str, dict[str, list[str]]] = {}
    for section, keys_of in keyed.items():
        gold_records = [r for r in gold.get(section) or [] if r.get("scope") != "extra"]
        extra = {k for r in gold.get(section) or [] if r.get("scope") == "extra" for k in keys_of(r)}
        core = Counter(k for r in gold_records for k in keys_of(r))
        found = Counter(k for r in mine(section) for k in keys_of(r) if k not in extra or k in core)
        missed, spurious = core - found, found - core
        rows: dict[str, list[str]] = {"missed": [], "spurious": []}
        for label, wanted, records in (("missed", missed, gold_records), ("spurious", spurious, mine(section))):
            for record in records:
                for k in keys_of(record):
                    if wanted[k] > 0:
                        wanted[k] -= 1
                        rows[label].append(f"{_show(section, k)}  ←  {_where(record)}")
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
