"""Held-out documents from other cities: the extraction rules must generalise.

tests/data/other_cities holds fourteen texts written in the styles of 杭州, 温州,
苏州工业园区 (GB18030 HTML with rowspan), 桐庐 (an OCR'd gazette), 江宁 (GB18030),
绍兴, 嘉兴, 合肥 (a parks table), 无锡 (a 政府令), 常州, 扬州, 台州, 衢州 (a table
printed one cell per line) and 丽水 (a monthly chronicle), with a
hand-annotated gold.json written before the extractors were run on them
(see tests/data/other_cities.md). None of them copies the Ningbo
seeds' layout: 由X牵头，Y配合 prose, （责任单位：…）, half-width (牵头单位:…;…),
任命…为…, 免去…的…职务, 因…，免去…, inline bylines, titles broken over lines.
Thresholds sit just under what the extractors reach, so a regression shows.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kg.evaluate import score
from kg.extract.agreements import extract_agreements
from kg.extract.mentions import extract_officials_mentioned
from kg.extract.personnel import extract_appointments
from kg.extract.tasks import extract_task_assignments
from kg.pipeline import extract_paths
from kg.read.segment import as_one_document as doc_of
from kg.read.segment import segment
from kg.read.sources import read_source

DATA = Path(__file__).parent / "data" / "other_cities"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
SOURCES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html"))

# F1 per section present in the gold; measured 1.000 on every one (2026-11-23).
THRESHOLDS = {
    "documents": 0.95,
    "cited_documents": 0.95,
    "task_assignments": 0.95,
    "projects": 0.95,
    "appointments": 0.95,
    "officials_mentioned": 0.95,
    "agreements": 0.95,
    "parks": 0.95,
}


def norm(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split())


@pytest.fixture(scope="module")
def facts() -> dict:
    return extract_paths(SOURCES, resolve=False)


def test_every_gold_section_has_a_threshold() -> None:
    present = {k for k, v in GOLD.items() if v}
    assert present == set(THRESHOLDS)


@pytest.mark.parametrize("section", sorted(THRESHOLDS))
def test_section_f1_on_held_out_cities(facts: dict, section: str) -> None:
    got = score(GOLD, facts)[section]
    assert got["f1"] >= THRESHOLDS[section], (section, got)


def test_every_gold_task_is_found_by_its_anchor(facts: dict) -> None:
    """A task is found when a system task of the same document holds the gold anchor
    in its own words, with the same lead and cooperating units."""
    missing = []
    for g in GOLD["task_assignments"]:
        hits = [s for s in facts["task_assignments"]
                if s["source"] == g["source"] and s["doc_number"] == g["doc_number"]
                and norm(g["anchor"]) in norm(s["text"])]
        ok = any(sorted(map(norm, s["lead_units"])) == sorted(map(norm, g["lead_units"]))
                 and sorted(map(norm, s["cooperating_units"])) == sorted(map(norm, g["cooperating_units"]))
                 for s in hits)
        if not ok:
            missing.append(g["anchor"])
    assert not missing


def test_fields_beyond_the_keys(facts: dict) -> None:
    """Probation, concurrency, project years and locations, agreement dates."""
    appt = {(a["person"], a["action"]): a for a in facts["appointments"]}
    for g in GOLD["appointments"]:
        s = appt[(g["person"], g["action"])]
        assert (s["organization"], s["position"], s["concurrent"], s["probation"]) == (
            g["organization"], g["position"], g["concurrent"], g["probation"]), g["person"]
    projects = sorted(facts["projects"], key=lambda p: p["seq"])
    assert [(p["start_year"], p["end_year"], p["location"]) for p in projects] == [
        (g["start_year"], g["end_year"], g["location"]) for g in GOLD["projects"]]
    dates = {tuple(a["parties"]): a["date"] for a in facts["agreements"]}
    assert {tuple(g["parties"]): g["date"] for g in GOLD["agreements"]} == dates


def test_documents_metadata(facts: dict) -> None:
    got = {d["doc_number"]: (norm(d["title"]), d["date"], d["issuer"]) for d in facts["documents"]}
    want = {g["doc_number"]: (norm(g["title"]), g["date"], g["issuer"]) for g in GOLD["documents"]}
    assert got == want


def test_gazette_front_news_is_an_article() -> None:
    """Prose before a gazette's first document heading is kept as a news article."""
    docs = segment(read_source(DATA / "tonglu_gazette_ocr.txt"))
    assert [d.kind for d in docs] == ["news", "notice"]
    assert docs[0].start == 0 and docs[1].title and docs[1].title.endswith("(2022-2024年)的通知")


def test_every_evidence_slice_equals_its_quote(facts: dict) -> None:
    originals = {p.name: read_source(p).original for p in SOURCES}
    checked = 0
    for section, records in facts.items():
        if not isinstance(records, list):
            continue
        for rec in records:
            ev = rec.get("evidence") if isinstance(rec, dict) else None
            if ev:
                assert originals[ev["source"]][ev["start"]:ev["end"]] == ev["quote"], (section, ev)
                checked += 1
    assert checked >= 70


# --- the general rules behind the held-out results, one small case each ------



@pytest.mark.parametrize(
    ("text", "lead", "coop", "in_text"),
    [
        ("1.培育主体。每年新增企业50家。由市商务局牵头，市经信局、市财政局配合。",
         ("市商务局",), ("市经信局", "市财政局"), "每年新增企业50家"),
        ("7.加强人才引育。推动高校开设专业，由市人力社保局负责。", ("市人力社保局",), (), "推动高校开设专业"),
        ("2.认定示范区。（牵头单位：市商务局；配合单位：各区、县（市）人民政府）",
         ("市商务局",), ("各区", "县（市）人民政府"), "认定示范区"),
        ("5.保障用地。优先保障项目用地需求。（区自然资源和规划分局牵头负责）",
         ("区自然资源和规划分局",), (), "优先保障项目用地需求"),
        ("（一）提质扩容。推进标准化厂房建设。责任单位：市自然资源和规划局，市发展改革委。",
         ("市自然资源和规划局", "市发展改革委"), (), "推进标准化厂房建设"),
        ("（一）夯实基础。新建5G基站3000个。（市工信局、市通信管理办按职责分工负责）",
         ("市工信局", "市通信管理办"), (), "新建5G基站3000个"),
    ],
)
def test_task_rules(text: str, lead: tuple, coop: tuple, in_text: str) -> None:
    [task] = extract_task_assignments(doc_of(text))
    assert (task.lead_units, task.cooperating_units) == (lead, coop)
    assert in_text in task.text


@pytest.mark.parametrize(
    "text",
    ["各街道要按照职责分工负责。", "市发改委负责，做好统筹协调。", "建立工作专班，由分管副市长任组长。"],
)
def test_no_task_in_ordinary_prose(text: str) -> None:
    assert list(extract_task_assignments(doc_of(text))) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("因到龄退休，免去宋国栋的绍兴市统计局局长职务。", ("宋国栋", "remove", "绍兴市统计局", "局长")),
        ("另，徐敏同志不再担任常州市人民政府办公室副主任职务。", ("徐敏", "remove", "常州市人民政府办公室", "副主任")),
        ("市政府决定：任命王海波为台州市人民政府副秘书长。", ("王海波", "appoint", "台州市人民政府", "副秘书长")),
    ],
)
def test_removal_lead_ins(text: str, want: tuple) -> None:
    [a] = extract_appointments(doc_of(text))
    assert (a.person, a.action, a.organization, a.position) == want


def test_bracketed_byline_and_no_name_from_a_verb() -> None:
    got = [(m.name, m.title) for m in extract_officials_mentioned(
        doc_of("本报讯（记者 蒋雨桐 通讯员 邱文斌）4月12日，工作专班由分管副市长任组长。"))]
    assert got == [("蒋雨桐", "记者"), ("邱文斌", "通讯员")]


def test_headline_and_lead_give_one_dated_agreement() -> None:
    text = ("嘉兴市政府与中国电信浙江公司签订战略合作框架协议\n"
            "4月12日，嘉兴市政府与中国电信浙江公司签订战略合作框架协议。当天下午，嘉兴学院与浙江大学签署合作协议。")
    got = [(a.parties, a.date) for a in extract_agreements(doc_of(text))]
    assert got == [(("嘉兴市政府", "中国电信浙江公司"), "04-12"), (("嘉兴学院", "浙江大学"), "04-12")]
