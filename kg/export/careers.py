"""Career data in the form political scientists analyse (CPED and its kin): persons, spells, panels.

From the offline graph (kg.graph) this builds four tables:

- ``persons``: one row per Official node (name@place): name, place and its division code, the
  first and last dated appointment or removal, the files they come from;
- ``spells``: one row per tenure: the HOLDS tenures rebuilt from the graph's APPOINTS and
  REMOVES events (:func:`kg.resolve.tenures.build_tenures`), each event dated by its record, else by its
  document, with the unit's level and division code, the post as written and normalised, the
  级别 rank where the rules of ``kg/data/ranks.csv`` know it, how the spell began and ended (the
  ``kind`` of the events, when the extractor gives it), the appointing document's issuer, and
  the documents and evidence of both ends;
- ``person_year`` and ``post_year``: the panels derived from the spells: a person's posts in each
  year, and who held each post in each year. A spell covers the years from its start to its end;
  a spell whose end (or start) the corpus does not give covers only the year it does give, so the
  panels hold observed years only; an undated spell is in no year.

Every evidence column slices from its source: ``text[start_from:start_to] == start_quote``.
:data:`COLUMNS` describes every column once; :func:`codebook` and the Stata labels read it.

>>> normalise_post("代理市长"), normalise_post("代县长"), normalise_post("代表")
('市长', '县长', '代表')
>>> precision("2021-03-05"), precision("2021-03"), precision("2021"), precision(None)
('day', 'month', 'year', 'unknown')
>>> rank_of("副县长", "government", "county"), rank_of("市长", "government", "prefecture")
('副处级', '正厅级')
>>> rank_of("组长", "other", "county")
''
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from kg.errors import InputError
from kg.facts import Tenure
from kg.gazetteer import norm, read_csv
from kg.resolve.tenures import Event, build_tenures

DATA = Path(__file__).resolve().parent.parent / "data"

#: The tables written, in order.
TABLES: tuple[str, ...] = ("persons", "spells", "person_year", "post_year")


@dataclass(frozen=True)
class Column:
    """One column of a career table: its name (a Stata name: ASCII, ≤ 32 characters), its type
    (str, int, bool, date), a short Chinese label (the Stata variable label) and what it holds."""

    name: str
    type: str
    label: str
    description: str


def _cols(*rows: tuple[str, str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*row) for row in rows)


_PERSON = ("person_id", "str", "人员标识", "The Official node's key: name@place (王伟@洛阳市), as in the graph")
_NAME = ("name", "str", "姓名", "The person's name as written")
_EVIDENCE_END = (
    ("doc", "str", "文件", "The Document node the {end} is read from (its number, else source#n or a hash)"),
    ("doc_title", "str", "文件标题", "That document's title, else its number"),
    ("source", "str", "来源文件", "The file the {end} is read from, relative to the folder given"),
    ("from", "int", "起始偏移", "Offset of the quote in that file's decoded text (text layer for PDFs)"),
    ("to", "int", "结束偏移", "End offset (exclusive): text[from:to] == quote"),
    ("quote", "str", "原文", "The words the {end} is read from, exactly as in the source"),
)


def _evidence_columns(end: str, what: str) -> tuple[Column, ...]:
    return tuple(Column(f"{end}_{name}", kind, f"{'始' if end == 'start' else '终'}{label}",
                        text.format(end=what))
                 for name, kind, label, text in _EVIDENCE_END)


#: Every column of every table, in order: the codebook and the Stata labels come from here.
COLUMNS: dict[str, tuple[Column, ...]] = {
    "persons": _cols(
        _PERSON, _NAME,
        ("place", "str", "地区", "The place the person is keyed in: the government whose bodies appointed them"),
        ("place_code", "str", "地区代码", "That place's division code (adcode, 6 digits); empty when unknown"),
        ("place_level", "str", "地区层级", "That place's level: national, province, city, district"),
        ("province", "str", "省级", "The province-level division of the place (省, 自治区, 直辖市)"),
        ("prefecture", "str", "地级", "The prefecture-level division (地级市, 州, 盟); empty above that level"),
        ("county", "str", "县级", "The county-level division (县, 县级市, 市辖区, 旗); empty above that level"),
        ("first_event", "date", "最早事件日期", "Date of the earliest dated appointment or removal (ISO, as precise as written)"),
        ("last_event", "date", "最晚事件日期", "Date of the latest dated appointment or removal"),
        ("n_spells", "int", "任职段数", "Rows of spells for this person"),
        ("n_events", "int", "任免事件数", "Appointments and removals read (copies of one notice counted once per file)"),
        ("sources", "str", "来源文件", "Every file naming the person in an appointment or removal, joined by ';'"),
    ),
    "spells": _cols(
        _PERSON, _NAME,
        ("seq", "int", "序号", "The spell's place in the person's career, 1 first, by start (else end) date"),
        ("start_date", "date", "起始日期", "Start date (ISO: YYYY-MM-DD, YYYY-MM or YYYY); empty when only the end is known"),
        ("end_date", "date", "终止日期", "End date: the removal's; empty when the corpus has no removal (open)"),
        ("start_precision", "str", "起始日期精度", "day, month, year or unknown"),
        ("end_precision", "str", "终止日期精度", "day, month, year or unknown"),
        ("start_year", "int", "起始年份", "Year of start; missing when unknown"),
        ("end_year", "int", "终止年份", "Year of end; missing when unknown"),
        ("unit", "str", "单位", "The unit (canonical full name) the post is in; empty when the record names none"),
        ("unit_kind", "str", "单位类型", "local government, government department, party body, other, …"),
        ("unit_level", "str", "单位层级", "national, province, city, district or other"),
        ("unit_place", "str", "单位所在地区", "The division the unit belongs to"),
        ("unit_code", "str", "单位地区代码", "That division's code (adcode); empty when unknown"),
        ("unit_province", "str", "单位省级", "The province-level division of the unit's place"),
        ("unit_prefecture", "str", "单位地级", "Its prefecture-level division; empty for a province's unit"),
        ("unit_county", "str", "单位县级", "Its county-level division; empty above that level"),
        ("post", "str", "职务", "The post as written (代理市长)"),
        ("post_norm", "str", "职务(规范)", "The post normalised: 代理/代 dropped (市长)"),
        ("rank", "str", "级别", "级别 from kg/data/ranks.csv by post, unit and place (正厅级, 副处级, …); empty when no rule says"),
        ("concurrent", "bool", "兼任", "1 when the appointment says 兼 (held beside another post)"),
        ("acting", "bool", "代理", "1 for an acting post (代理, 代) or an appointment of kind acting"),
        ("began", "str", "任职方式", "How the spell began: the appointment's kind (election, appointment, engagement, acting, …); empty when not given"),
        ("ended", "str", "离任方式", "How it ended: the removal's kind (removal, resignation, recall, termination, …); empty when not given or open"),
        ("appointed_by", "str", "任命机关", "The body that issued the appointing document (canonical), else its issuer as written"),
        ("removed_by", "str", "免职机关", "The body that issued the removing document"),
        *((c.name, c.type, c.label, c.description) for c in _evidence_columns(
            "start", "start (the appointment; for a spell known only from its removal, that removal)")),
        *((c.name, c.type, c.label, c.description) for c in _evidence_columns("end", "end (the removal)")),
        ("sources", "str", "来源文件", "Every file the spell's events are read from (copies of one notice too), joined by ';'"),
    ),
    "person_year": _cols(
        _PERSON, _NAME,
        ("year", "int", "年份", "A year the spell is observed in: from its start year to its end year, or the one year known"),
        ("seq", "int", "任职序号", "The spell (spells.seq)"),
        ("unit", "str", "单位", "As spells.unit"),
        ("unit_code", "str", "单位地区代码", "As spells.unit_code"),
        ("post", "str", "职务", "As spells.post"),
        ("post_norm", "str", "职务(规范)", "As spells.post_norm"),
        ("rank", "str", "级别", "As spells.rank"),
        ("concurrent", "bool", "兼任", "As spells.concurrent"),
        ("acting", "bool", "代理", "As spells.acting"),
        ("observed", "str", "观测", "start (the spell began this year), end (it ended), start_end (both), or held (a year between)"),
    ),
    "post_year": _cols(
        ("post_id", "str", "职位标识", "unit|post_norm: one post of one unit"),
        ("unit", "str", "单位", "As spells.unit"),
        ("unit_code", "str", "单位地区代码", "As spells.unit_code"),
        ("post_norm", "str", "职务(规范)", "As spells.post_norm"),
        ("rank", "str", "级别", "As spells.rank"),
        ("year", "int", "年份", "The year"),
        _PERSON, _NAME,
        ("seq", "int", "任职序号", "The holder's spell (spells.seq)"),
        ("holders", "int", "当年任职人数", "How many people held this post in this year (successions in the year give 2 or more)"),
    ),
}


# --------------------------------------------------------------------------- rules as data


def normalise_post(post: str) -> str:
    """The post without 代理 / 代 (an acting 代市长 holds the 市长 post)."""
    post = norm(post)
    if post.startswith("代理") and len(post) > 2:
        return post[2:]
    if re.fullmatch(r"代\w{1,4}[长任]", post):
        return post[1:]
    return post


def precision(date: str | None) -> str:
    """How precise an ISO date is: day, month, year, or unknown."""
    if not date:
        return "unknown"
    return {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown")


@functools.cache
def _rank_rules() -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    rows = read_csv(DATA / "ranks.csv")
    return tuple((re.compile(r["post"]), r["unit"], r["place"], r["rank"]) for r in rows)


@functools.cache
def _place_classes() -> dict[str, str]:
    return {r["name"]: r["class"] for r in read_csv(DATA / "place_classes.csv")}


def rank_of(post_norm: str, unit_class: str, place: str) -> str:
    """级别 of a (normalised) post in a unit of ``unit_class`` in a place of class ``place``;
    '' when no rule of kg/data/ranks.csv says."""
    for pattern, unit, where, rank in _rank_rules():
        if unit == unit_class and where == place and pattern.fullmatch(post_norm):
            return rank
    return ""


def unit_class(name: str, kind: str, place: str = "") -> str:
    """government, congress, party, department or other: the unit side of a rank rule.

    >>> unit_class("中共绍兴市委员会", "party body", "绍兴市"), unit_class("中共绍兴市纪律检查委员会", "party body", "绍兴市")
    ('party', 'other')
    """
    if re.search(r"(人民代表大会常务委员会|人大常委会?)$", name):
        return "congress"
    if place and name in (f"中共{place}委员会", f"中共{place}委"):  # the committee itself, not its organs
        return "party"
    if "人大" in name or "代表大会" in name:  # a congress's committee: its ranks vary
        return "other"
    if kind == "region" or (kind == "local government" and name.endswith("政府")):
        return "government"
    if kind == "government department":
        return "department"
    return "other"


def place_class(region: Mapping[str, Any] | None, parent: Mapping[str, Any] | None) -> str:
    """province, municipality, subprovincial, prefecture, municipal_district, county or ''."""
    if not region:
        return ""
    name, level = str(region.get("name") or ""), region.get("level")
    if name in _place_classes():
        return _place_classes()[name]
    if level == "province":
        return "municipality" if name.endswith("市") else "province"
    if level == "city":
        return "prefecture"
    if level == "district":
        is_municipal = (parent is not None and parent.get("level") == "province"
                        and str(parent.get("name")).endswith("市"))
        return "municipal_district" if is_municipal else "county"
    return ""


# --------------------------------------------------------------------------- the tables


_LEVELS = {"province": "province", "city": "prefecture", "district": "county"}


def levels(graph: nx.MultiDiGraph, place: Any) -> dict[str, str]:
    """The place at three levels, CPED's way: its province, prefecture and county (names; a
    level above the place is filled, one below it empty), from the Region chain."""
    out = dict.fromkeys(_LEVELS.values(), "")
    seen: set[str] = set()
    region = _node(graph, "Region", place)
    while region and region.get("name") not in seen:
        seen.add(str(region.get("name")))
        level = _LEVELS.get(str(region.get("level")))
        if level and not out[level]:
            out[level] = str(region["name"])
        region = _node(graph, "Region", region.get("parent"))
    return out


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _node(graph: nx.MultiDiGraph, label: str, key: Any) -> dict[str, Any]:
    return graph.nodes.get(f"{label}:{key}") or {} if key else {}


class _Events:
    """The graph's APPOINTS and REMOVES edges as appointment records for build_tenures."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.records: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        for doc, official, attrs in graph.edges(data=True):
            if attrs["type"] not in ("APPOINTS", "REMOVES"):
                continue
            person = graph.nodes[official]
            self.edges.append({**attrs, "doc": graph.nodes[doc].get("id", ""), "official": person["id"]})
            self.records.append({
                "official": person["id"], "person": person.get("name") or person["id"],
                "organization": attrs.get("organization") or "", "position": attrs.get("position") or "",
                "date": attrs.get("date"), "action": "remove" if attrs["type"] == "REMOVES" else "appoint",
                "doc_number": graph.nodes[doc].get("id", ""), "concurrent": bool(attrs.get("concurrent")),
                "evidence": {k: attrs[k] for k in ("source", "start", "end", "quote")},
            })
        # one span can name several people (免去A、B的职务): evidence → its edges
        self.by_evidence: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
        for edge in self.edges:
            self.by_evidence[edge["source"], edge["start"], edge["end"]].append(edge)

    def opening(self, evidence: Mapping[str, Any], official: str, key: tuple[str, str]) -> dict[str, Any] | None:
        """The event whose evidence a tenure carries: the one of this person and post."""
        found = self.by_evidence.get((evidence.get("source"), evidence.get("start"), evidence.get("end"))) or []
        for edge in found:
            if edge["official"] == official and (norm(edge.get("organization")), norm(edge.get("position"))) == key:
                return edge
        return found[0] if found else None

    def issuer(self, doc: str) -> str:
        """The body that issued a document: its ISSUED unit, else its issuer as written."""
        nid = f"Document:{doc}"
        if nid not in self.graph:
            return ""
        for unit, _, attrs in self.graph.in_edges(nid, data=True):
            if attrs["type"] == "ISSUED":
                return str(self.graph.nodes[unit].get("name", ""))
        return str(self.graph.nodes[nid].get("issuer") or "")

    def title(self, doc: str) -> str:
        attrs = self.graph.nodes.get(f"Document:{doc}") or {}
        return str(attrs.get("title") or attrs.get("doc_number") or "")


def _event(rec: Mapping[str, Any]) -> Event | None:
    """The tenures' reading of an APPOINTS/REMOVES edge (its organization is canonical already)."""
    person = (rec["official"] or rec["person"] or "").strip()
    return Event(person, rec["organization"].strip(), rec["position"].strip(), rec["date"], rec["action"],
                 rec["doc_number"], rec["concurrent"], rec["evidence"]) if person else None


def _closing(events: _Events, tenure: Tenure, key: tuple[str, str]) -> dict[str, Any] | None:
    """The REMOVES edge that ended a tenure: its document, person, unit, post and date."""
    for edge, rec in zip(events.edges, events.records, strict=True):
        if (rec["action"] == "remove" and rec["doc_number"] == tenure.removed_by
                and rec["official"] == tenure.official and rec["date"] == tenure.end
                and (norm(rec["organization"]), norm(rec["position"])) == key):
            return edge
    return None


def _evidence_row(end: str, events: _Events, edge: Mapping[str, Any] | None) -> dict[str, Any]:
    if edge is None:
        return {f"{end}_doc": "", f"{end}_doc_title": "", f"{end}_source": "", f"{end}_from": None,
                f"{end}_to": None, f"{end}_quote": ""}
    ok = isinstance(edge.get("start"), int) and edge["start"] >= 0
    return {f"{end}_doc": edge["doc"], f"{end}_doc_title": events.title(edge["doc"]),
            f"{end}_source": edge["source"], f"{end}_from": edge["start"] if ok else None,
            f"{end}_to": edge["end"] if ok else None, f"{end}_quote": edge.get("quote") or ""}


def spell_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per tenure, in person order then career order (``seq``)."""
    events = _Events(graph)
    tenures, _ = build_tenures([_event(r) for r in events.records])
    rows: list[dict[str, Any]] = []
    for tenure in tenures:
        ev = tenure.evidence or {}
        key = (norm(tenure.unit), norm(tenure.position))
        opening = events.opening(ev, tenure.official, key)
        closing = _closing(events, tenure, key) if tenure.removed_by else None
        if opening is not None and opening["type"] == "REMOVES":
            closing = closing or opening
        person = _node(graph, "Official", tenure.official)
        unit = _node(graph, "Unit", tenure.unit)
        region = _node(graph, "Region", unit.get("region"))
        parent = _node(graph, "Region", region.get("parent"))
        post = tenure.position
        post_norm = normalise_post(post)
        u_class = unit_class(tenure.unit, str(unit.get("kind") or ""), str(region.get("name") or ""))
        appointed = opening if opening is not None and opening["type"] == "APPOINTS" else None
        sources = sorted({e["source"] for e in (ev, *tenure.copies, closing or {}) if e.get("source")})
        start, end = tenure.start, tenure.end
        rows.append({
            "person_id": tenure.official,
            "name": person.get("name") or tenure.official.split("@", 1)[0],
            "seq": 0, "start_date": start or "", "end_date": end or "",
            "start_precision": precision(start), "end_precision": precision(end),
            "start_year": _year(start), "end_year": _year(end),
            "unit": tenure.unit, "unit_kind": unit.get("kind") or "", "unit_level": unit.get("level") or "",
            "unit_place": region.get("name") or "", "unit_code": region.get("code") or "",
            **{f"unit_{k}": v for k, v in levels(graph, unit.get("region")).items()},
            "post": post, "post_norm": post_norm,
            "rank": rank_of(post_norm, u_class, place_class(region, parent)),
            "concurrent": bool(appointed and appointed.get("concurrent")),
            "acting": post_norm != norm(post) or bool(appointed and appointed.get("kind") == "acting"),
            "began": str((appointed or {}).get("kind") or ""),
            "ended": str((closing or {}).get("kind") or ""),
            "appointed_by": events.issuer(appointed["doc"]) if appointed else "",
            "removed_by": events.issuer(closing["doc"]) if closing else "",
            **_evidence_row("start", events, opening),
            **_evidence_row("end", events, closing),
            "sources": ";".join(sources),
            "_began": appointed is not None,  # False: known only by its removal
        })
    # a spell known only by its end comes before one that began that day (a transfer: 免去A, 任命B)
    # in one notice too, dated or not
    rows.sort(key=lambda r: (r["person_id"], r["start_date"] or r["end_date"] or "9999", r["_began"],
                             r["start_source"], r["start_from"] or 0))
    for row in rows:
        del row["_began"]
    seq: dict[str, int] = defaultdict(int)
    for row in rows:
        seq[row["person_id"]] += 1
        row["seq"] = seq[row["person_id"]]
    return rows


def person_rows(graph: nx.MultiDiGraph, spells: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per Official node, with its dated events and sources."""
    n_spells: dict[str, int] = defaultdict(int)
    for spell in spells:
        n_spells[spell["person_id"]] += 1
    rows = []
    for nid, attrs in graph.nodes(data=True):
        if attrs["label"] != "Official":
            continue
        events = [a for _, _, a in graph.in_edges(nid, data=True) if a["type"] in ("APPOINTS", "REMOVES")]
        dates = sorted(str(a["date"]) for a in events if a.get("date"))
        place = attrs.get("jurisdiction") or ""
        region = _node(graph, "Region", place)
        rows.append({
            "person_id": attrs["id"], "name": attrs.get("name") or attrs["id"], "place": place,
            "place_code": region.get("code") or "", "place_level": region.get("level") or "",
            **levels(graph, place),
            "first_event": dates[0] if dates else "", "last_event": dates[-1] if dates else "",
            "n_spells": n_spells[attrs["id"]], "n_events": len(events),
            "sources": ";".join(sorted({str(a["source"]) for a in events})),
        })
    return sorted(rows, key=lambda r: r["person_id"])


def spell_years(spell: Mapping[str, Any]) -> list[tuple[int, str]]:
    """The years a spell is observed in, each with how: start, end, start_end or held."""
    first, last = spell["start_year"], spell["end_year"]
    if first is None and last is None:
        return []
    if first is None or last is None or first == last:
        only = first if first is not None else last
        how = "start_end" if first == last else ("start" if first is not None else "end")
        return [(int(only), how)]
    if last < first:  # a removal dated before its appointment: the years the text gives
        return [(int(first), "start"), (int(last), "end")]
    return [(y, "start" if y == first else "end" if y == last else "held") for y in range(first, last + 1)]


def panel_rows(spells: Iterable[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The person-year and post-year panels of the spells."""
    person_year = []
    for s in spells:
        for year, how in spell_years(s):
            person_year.append({"person_id": s["person_id"], "name": s["name"], "year": year, "seq": s["seq"],
                                "unit": s["unit"], "unit_code": s["unit_code"], "post": s["post"],
                                "post_norm": s["post_norm"], "rank": s["rank"], "concurrent": s["concurrent"],
                                "acting": s["acting"], "observed": how})
    person_year.sort(key=lambda r: (r["person_id"], r["year"], r["seq"]))
    holders: dict[tuple[str, int], set[str]] = defaultdict(set)
    for r in person_year:
        holders[f"{r['unit']}|{r['post_norm']}", r["year"]].add(r["person_id"])
    post_year = [{"post_id": f"{r['unit']}|{r['post_norm']}", "unit": r["unit"], "unit_code": r["unit_code"],
                  "post_norm": r["post_norm"], "rank": r["rank"], "year": r["year"], "person_id": r["person_id"],
                  "name": r["name"], "seq": r["seq"],
                  "holders": len(holders[f"{r['unit']}|{r['post_norm']}", r["year"]])}
                 for r in person_year]
    post_year.sort(key=lambda r: (r["post_id"], r["year"], r["person_id"], r["seq"]))
    return person_year, post_year


def career_tables(graph: nx.MultiDiGraph) -> dict[str, pd.DataFrame]:
    """The four tables (:data:`TABLES`) as DataFrames with the types of :data:`COLUMNS`."""
    spells = spell_rows(graph)
    person_year, post_year = panel_rows(spells)
    rows = {"persons": person_rows(graph, spells), "spells": spells, "person_year": person_year,
            "post_year": post_year}
    return {name: _frame(rows[name], COLUMNS[name]) for name in TABLES}


_DTYPES = {"str": "string", "date": "string", "int": "Int64", "bool": "boolean"}


def _frame(rows: list[dict[str, Any]], columns: tuple[Column, ...]) -> pd.DataFrame:
    names = [c.name for c in columns]
    frame = pd.DataFrame(rows, columns=names)
    return frame.astype({c.name: _DTYPES[c.type] for c in columns})


# --------------------------------------------------------------------------- files


def codebook() -> str:
    """codebook.md: every table and every column, from :data:`COLUMNS`."""
    lines = ["# Codebook: career data of policy-kg", "",
             "Written by `kg export --careers DIR` from the graph, each table as CSV (UTF-8), Stata .dta",
             "(version 118, Unicode; the Chinese labels below are its variable labels) and Parquet.",
             "Booleans are 0/1 in the .dta. A date is ISO (YYYY-MM-DD, YYYY-MM or YYYY) as precise as the",
             "text; missing values are empty. Every evidence column slices from its source: the file's",
             "decoded text (for PDFs, Word files and web pages the text layer in text/) sliced",
             "[start_from:start_to] equals start_quote.", "",
             "Spells are the HOLDS tenures: an appointment opens one, a later removal of the same person,",
             "unit and post closes it; a removal with no appointment in the corpus gives a spell with its",
             "end only. Panels hold observed years only: a spell from its start year to its end year, or",
             "the one year known. The 级别 rules are kg/data/ranks.csv (place classes:",
             "kg/data/place_classes.csv); a post no rule covers has no rank.", ""]
    for table in TABLES:
        lines += [f"## {table}", "", "| column | type | label | description |", "|---|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.label} | {c.description} |" for c in COLUMNS[table]]
        lines.append("")
    return "\n".join(lines)


def _stata_frame(frame: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """Stata has no nullable strings or booleans: '' for missing text, 0/1 int8 for flags."""
    out = frame.copy()
    for c in columns:
        if c.type in ("str", "date"):
            out[c.name] = out[c.name].fillna("").astype(object)
        elif c.type == "bool":
            out[c.name] = out[c.name].fillna(False).astype("int8")
        else:
            out[c.name] = out[c.name].astype("float64") if out[c.name].isna().any() else out[c.name].astype("int64")
    return out


def write_careers(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Write every table as CSV, .dta and Parquet, and codebook.md, into ``folder``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the folder ({exc.strerror})") from exc
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    written = []
    for name, frame in career_tables(graph).items():
        columns = COLUMNS[name]
        frame.to_csv(folder / f"{name}.csv", index=False)
        _stata_frame(frame, columns).to_stata(
            folder / f"{name}.dta", write_index=False, version=118,
            data_label=f"policy-kg careers: {name}",
            variable_labels={c.name: c.label for c in columns})
        frame.to_parquet(folder / f"{name}.parquet", index=False)
        written += [folder / f"{name}.{ext}" for ext in ("csv", "dta", "parquet")]
    (folder / "codebook.md").write_text(codebook(), encoding="utf-8")
    return [*written, folder / "codebook.md"]
