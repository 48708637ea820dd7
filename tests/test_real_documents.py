"""Real documents from other provinces: the extraction must generalise.

Two corpora nobody on the project wrote: ../shared/realdev (ten texts, the
project's development set, scored with the shared scorer) and tests/data/real
(34 development texts from 23 provinces, see its SOURCES.md). Thresholds sit at
the issue's bar (F1 ≥ 0.95) or just under what the extractors reach where a
documented judgement of the gold is not followed, so a regression shows.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from kg.pipeline import extract_paths
from kg.read.sources import read_source

HERE = Path(__file__).parent
REAL = HERE / "data" / "real"
#: The project's shared development set and scorer (../shared), copied here so that the tests
#: need nothing beside the checkout; test_the_shared_copy_is_current compares them when it is.
SHARED = HERE / "data" / "shared"
BESIDE = HERE.parent.parent / "shared"
REALDEV = SHARED / "realdev"
#: A former hidden set of 36 real texts (gold audited), given to the project on 2026-12-07.
REALDEV2 = SHARED / "realdev2"
SCORER = SHARED / "tools" / "score_facts.py"


def _shared_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scores(gold_file: Path, docs: Path) -> dict:
    """Scores with the shared scorer, as the issues measure them."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    facts = extract_paths([docs], resolve=False)
    scorer = _shared_scorer()
    return scorer.score(*(scorer.strip_doc_numbers(x) for x in (gold, facts)))


@pytest.fixture(scope="module")
def realdev_scores() -> dict:
    return _scores(REALDEV / "gold.json", REALDEV / "docs")


def test_the_shared_copy_is_current() -> None:
    """The copy in tests/data/shared is ../shared's, where the checkout has it beside it."""
    copied = sorted(p.relative_to(SHARED) for p in SHARED.rglob("*") if p.is_file())
    assert len(copied) >= 13
    for rel in copied:
        if (BESIDE / rel).exists():
            assert (BESIDE / rel).read_bytes() == (SHARED / rel).read_bytes(), rel


@pytest.fixture(scope="module")
def real_scores() -> dict:
    return _scores(REAL / "gold.json", REAL / "docs")


@pytest.mark.parametrize("section", ["documents", "task_assignments", "projects", "appointments", "parks"])
def test_realdev_every_annotated_section(realdev_scores: dict, section: str) -> None:
    assert realdev_scores[section]["f1"] >= 0.95, realdev_scores[section]


def test_realdev_tasks_exact(realdev_scores: dict) -> None:
    assert realdev_scores["task_assignments"]["tasks_exact"] >= 0.95


@pytest.fixture(scope="module")
def realdev2_scores() -> dict:
    return _scores(REALDEV2 / "gold.json", REALDEV2 / "docs")


# realdev2's first run (c89736c): documents 0.625, tasks 0.838, projects 0.533, appointments 0.670,
# parks 0.031; the bar is 0.95 in every section, host_acc and tasks_exact too.
@pytest.mark.parametrize("section", ["documents", "task_assignments", "projects", "appointments", "parks"])
def test_realdev2_every_annotated_section(realdev2_scores: dict, section: str) -> None:
    assert realdev2_scores[section]["f1"] >= 0.95, realdev2_scores[section]


def test_realdev2_tasks_exact_and_park_hosts(realdev2_scores: dict) -> None:
    assert realdev2_scores["task_assignments"]["tasks_exact"] >= 0.95
    assert realdev2_scores["parks"]["host_acc"] >= 0.95


# Measured 2026-12-01: documents 0.960, task_assignments 1.000, projects 1.000,
# appointments 0.957, parks 0.926 (the misses are in SOURCES.md).
REAL_THRESHOLDS = {"documents": 0.95, "task_assignments": 0.95, "projects": 0.95, "appointments": 0.95,
                   "parks": 0.90}


@pytest.mark.parametrize("section", sorted(REAL_THRESHOLDS))
def test_real_development_set(real_scores: dict, section: str) -> None:
    assert real_scores[section]["f1"] >= REAL_THRESHOLDS[section], real_scores[section]


def test_real_development_set_tasks_exact(real_scores: dict) -> None:
    assert real_scores["task_assignments"]["tasks_exact"] >= 0.95


# Batches collected on 2026-12-02, each annotated before its first run (first-run and
# current figures in SOURCES_<batch>.md): a multi-year 分工 series, projects and parks,
# personnel. Thresholds just under what the extractors reach after the fixes.
BATCH_THRESHOLDS = [
    ("series", "documents", 0.95), ("series", "task_assignments", 0.95),
    ("projects2", "projects", 0.97), ("projects2", "parks", 0.70),
    ("personnel2", "appointments", 0.90),
    ("tasks2", "task_assignments", 0.99),  # lifted: a 民生实事 table of projects assigns each as a task
    # Batches of 2026-12-07 (first runs in SOURCES.md's table): regression guards a little under
    # today's figures, not targets. personnel4, mixed4, parks4 and personnel5 are still at their first run.
    ("parks3", "parks", 0.97), ("parks3", "projects", 0.88),  # parks lifted: a count keeps 和 inside a name, 化工专区, a zone opening a project
    ("personnel3", "appointments", 0.95), ("personnel3", "documents", 0.97),
    ("tasks3", "task_assignments", 0.99),
    ("mixed3", "task_assignments", 0.95), ("mixed3", "appointments", 0.95), ("mixed3", "parks", 0.99),
    ("mixed3", "projects", 0.84),
    ("personnel4", "appointments", 0.98),  # lifted: .969 → .989 (请辞 with reasons, 通过了…提请的A、B、C三人担任)
    ("mixed4", "documents", 0.97), ("mixed3", "documents", 0.97), ("mixed4", "task_assignments", 0.97), ("mixed4", "appointments", 0.90), ("mixed4", "projects", 0.99), ("mixed4", "parks", 0.94),
    ("parks4", "parks", 0.95), ("parks4", "projects", 0.98),
    ("personnel5", "appointments", 0.98),  # lifted: .985 → .990 (a roster line of two home posts)
    # mixed5 and mixed6: guards under their first runs (SOURCES.md rows 20, 21)
    ("mixed5", "task_assignments", 0.97), ("mixed5", "projects", 0.95), ("mixed5", "appointments", 0.97),
    ("mixed5", "parks", 0.88), ("mixed5", "documents", 0.97),
    ("mixed6", "task_assignments", 0.97), ("mixed6", "appointments", 0.97), ("mixed6", "parks", 0.95),
    ("mixed6", "projects", 0.96), ("mixed6", "documents", 0.97),
    # mixed7 and mixed8: guards under their first runs (SOURCES.md rows 23, 24), not targets
    ("mixed7", "documents", 0.95), ("mixed7", "task_assignments", 0.97), ("mixed7", "projects", 0.99),
    ("mixed7", "appointments", 0.95), ("mixed7", "parks", 0.80),
    ("mixed8", "documents", 0.97), ("mixed8", "task_assignments", 0.97), ("mixed8", "projects", 0.93),
    ("mixed8", "appointments", 0.97), ("mixed8", "parks", 0.90),
    # mixed9 and mixed10: guards under their first runs (SOURCES.md rows 25, 26), not targets
    ("mixed9", "task_assignments", 0.97), ("mixed9", "projects", 0.95), ("mixed9", "appointments", 0.97),
    ("mixed9", "parks", 0.97),
    ("mixed10", "task_assignments", 0.97), ("mixed10", "projects", 0.95), ("mixed10", "appointments", 0.97),
    ("mixed10", "parks", 0.97),
    # mixed11 and mixed12: guards under their first runs (SOURCES.md rows 27, 28), not targets
    ("mixed11", "documents", 0.97), ("mixed11", "task_assignments", 0.97), ("mixed11", "projects", 0.95),
    ("mixed11", "appointments", 0.97), ("mixed11", "parks", 0.88),
    ("mixed12", "documents", 0.85), ("mixed12", "task_assignments", 0.97), ("mixed12", "projects", 0.97),
    ("mixed12", "appointments", 0.97), ("mixed12", "parks", 0.96),
    # mixed13 and mixed14: guards under their first runs (SOURCES.md rows 29, 30), not targets; projects, parks, appointments raised
    ("mixed13", "documents", 0.97), ("mixed13", "projects", 0.93), ("mixed13", "appointments", 0.98),
    ("mixed13", "parks", 0.97),
    ("mixed13", "task_assignments", 0.98),  # lifted: a table run together, cut by the unit grammar (a page-chunk number too)
    ("mixed14", "documents", 0.98),  # lifted: .923 → 1.000 (a cover notice signed by a date alone)
    ("mixed14", "task_assignments", 0.97), ("mixed14", "projects", 0.99),
    ("mixed14", "appointments", 0.98), ("mixed14", "parks", 0.93),
    # mixed15 and mixed16: guards under their first runs (SOURCES.md rows 31, 32), not targets
    ("mixed15", "documents", 0.65), ("mixed15", "projects", 0.98), ("mixed15", "appointments", 0.92),
    ("mixed15", "parks", 0.97),  # lifted: a zone opening a project's name
    ("mixed15", "task_assignments", 0.97),  # lifted: a table cut at its unit cells under stacked subject columns
    ("mixed16", "documents", 0.97), ("mixed16", "task_assignments", 0.97), ("mixed16", "projects", 0.97),
    ("mixed16", "appointments", 0.77), ("mixed16", "parks", 0.86),
    # mixed17 and mixed18: guards under their first runs (SOURCES.md rows 33, 34), not targets
    ("mixed17", "documents", 0.83), ("mixed17", "task_assignments", 0.99),
    # 1.000: a rank before 项目N个 (等重大项目3个) is no kind of works, so 回民区's three names are read again past the
    # reviewer's guard on 等<kind>项目N个 lists (3542c30)
    ("mixed17", "projects", 0.99),
    ("mixed17", "parks", 0.83),  # lifted: a catalogue table headed 名称 with 所在盟市, kinds offered with 或
    ("mixed17", "appointments", 0.98),  # lifted: toneless pinyin glosses read through, 作出关于…代理…的决定
    ("mixed18", "task_assignments", 0.99), ("mixed18", "projects", 0.98),
    ("mixed18", "parks", 0.88),  # lifted: zones run together with a province opening each, a park before ——
    # lifted: elected bodies filled clause by clause, names cut by a hard wrap, names elected to a counted post,
    # a posting date after a title, an attachment heading in a double-spaced copy
    ("mixed18", "appointments", 0.98), ("mixed18", "documents", 0.98),
    # mixed19: guards under its first run (SOURCES.md row 35), not targets
    # lifted: documents .800 → 1.000 (a 会议通过 line closed too early)
    ("mixed19", "documents", 0.98), ("mixed19", "task_assignments", 0.98), ("mixed19", "projects", 0.92),
    # lifted: appointments .516 → 1.000 (决定A为 a long name, resignations by their 辞呈 joined by 以及, the full unit kept,
    # names in brackets after a by-election count, 他们的代表资格终止 after names each with their place)
    ("mixed19", "appointments", 0.98),
    ("mixed19", "parks", 0.95),  # lifted: 专业园区, a list head inside a clause's first item, a catalogue zone
    # mixed20: guards under its first run (SOURCES.md row 36), not targets
    ("mixed20", "documents", 0.70), ("mixed20", "task_assignments", 0.98), ("mixed20", "projects", 0.99),
    ("mixed20", "appointments", 0.92),  # lifted: .875 → .941 (选举的<post><name>已经…批准)
    ("mixed20", "parks", 0.80),  # lifted: 呼和浩特 read whole, 所指开发区, a zone opening a project
    # mixed21 and mixed22: guards under their first runs (SOURCES.md rows 37, 38), not targets
    ("mixed21", "documents", 0.98),  # lifted: .857 → 1.000 (a cover notice signed by a date alone)
    ("mixed21", "task_assignments", 0.98), ("mixed21", "projects", 0.97),
    ("mixed21", "appointments", 0.96),  # lifted: .920 → .978 (an open removal over clauses of posts, 作为候选人以高票当选为…代表)
    ("mixed21", "parks", 0.91),
    ("mixed22", "documents", 0.98),  # lifted: .833 → 1.000 (a rule line between title and number)
    ("mixed22", "projects", 0.75),
    ("mixed22", "appointments", 0.98),  # lifted: .903 → 1.000 (rare surname 茆)
    ("mixed22", "parks", 0.88),  # lifted: a catalogue zone named with no place (江西乐平工业园区), a zone opening a project
    # mixed22's tasks, unread at the first run (0.000): a table of words between spaces and a role list cut by the
    # text's end are read since ext-tasks (1.000)
    ("mixed22", "task_assignments", 0.98),
    # mixed23 and mixed24: guards under their first runs (SOURCES.md rows 39, 40), not targets; tasks lifted to 1.000
    # (a space table with cells broken by spaces, an official named before a prose clause)
    ("mixed23", "documents", 0.97), ("mixed23", "task_assignments", 0.98), ("mixed23", "projects", 0.90),
    ("mixed23", "appointments", 0.98), ("mixed23", "parks", 0.79),  # appointments 1.000, parks .812 (ext-new2324)
    ("mixed24", "documents", 0.84), ("mixed24", "task_assignments", 0.98), ("mixed24", "projects", 0.99),
    ("mixed24", "appointments", 0.98), ("mixed24", "parks", 0.94),  # appointments 1.000, parks .958 (ext-new2324)
    # mixed25 and mixed26: guards under their first runs (SOURCES.md rows 41, 42), not targets
    ("mixed25", "documents", 0.78), ("mixed25", "task_assignments", 0.98),
    ("mixed25", "projects", 0.92),  # lifted: lists after a verb, a count clause, 涉及 places, 和 inside (projdocs2)
    ("mixed25", "appointments", 0.99),
    ("mixed25", "parks", 0.92),  # lifted: a city before its first county written bare; one park a line with its 简称;
    # a catalogue name keeps its province
    ("mixed26", "documents", 0.98),  # lifted: a number glued to its 《title》, read traditional (projdocs2)
    ("mixed26", "task_assignments", 0.92), ("mixed26", "projects", 0.98),
    ("mixed26", "appointments", 0.99),
    ("mixed26", "parks", 0.98),  # lifted: one item closed by 等N个<kind> then 为; 退出 ends a name; a phase bracket;
    # a zone bracketed after its county
    # mixed27: guards under its first run (SOURCES.md row 43), not targets
    ("mixed27", "task_assignments", 0.66),
    ("mixed27", "documents", 0.97),  # lifted: a page table's 文件号 and 制发日期 are the file's number and date (0.667 → 0.800);
    # a news lead giving the text below by its 《title》 (具体内容如下:) titles it (→ 0.909); a 公告 that publishes what it
    # names in 《》 is titled by that heading under its signature (→ 1.000)
    ("mixed27", "projects", 0.90),  # lifted: .676 → .916, numbered lines under a heading counting projects (厦门莲花水库);
    # lines under 项目如下 with blank lines between, 等一批…项目落地开工, 即将开工 (proj7); 开工在即, 前期工作正在, 昌都、阿里…工程
    ("mixed27", "appointments", 0.99),  # lifted: 磨 a surname (磨長英), 特约监督员 a post, 第一届 no part of the unit (appt7)
    ("mixed27", "parks", 0.88),  # lifted: a table's rows run together (1蘇州工業園區江蘇), hosted by their cell (parks7)
    # mixed28: guards under its first run (SOURCES.md row 44), not targets; its two one-task files were read at 0.000
    ("mixed28", "documents", 0.97),  # lifted: a 文号 the addressee runs into (…26号各县(区)人民政府,…:) (0.750 → 1.000)
    ("mixed28", "task_assignments", 0.97),  # lifted: a bracket's statement then when, (…分别负责,年内持续推进) (0 → 1.000)
    ("mixed28", "projects", 0.90),  # lifted: .657 → .907, progress clauses after 其中: (A项目正在…;B和C2个项目已建成投运);
    # → .932, a works named before its 初步设计
    # lifted: 原 before a post held till now; 担任/出任 end no name; 鉴于 (appt7); 关于A为X的决定, a reason's clauses
    # after 鉴于, a restatement cutting the unit short keeps the full one (fix2728a: 0.842 → 1.000)
    ("mixed28", "appointments", 0.97),
    ("mixed28", "parks", 0.78),  # lifted: .714 → .800, 循环经济试验区 a park ending, 是国家首批… describes it
    # mixed29 and mixed30: guards under their first runs (SOURCES.md rows 45, 46), not targets
    ("mixed29", "projects", 0.92),  # lifted: 新开工建设 a list's verb, a 包括 list ends with its line (fix2930)
    ("mixed29", "appointments", 0.99),  # lifted: 审议并表决通过了…(草案) adopts it; 表决通过了A为X (fix2930); a photo caption no act (appt7)
    # lifted: 比如 no part of a name (fix2930); A以及B, 成都-阿坝工业园, a place counting or holding its list hosts it (parks7)
    ("mixed29", "parks", 0.96),
    ("mixed29", "task_assignments", 0.98),  # lifted: a row short of its 任务进度 cell keeps its units (fix2930)
    ("mixed30", "projects", 0.80),  # lifted: number | name | stage | rows, 抓好/推动 A、B、C等项目建设, 开建, 建设内容包括
    # lists a project's parts, A、B将在今年开工 a list as its sentence's subject, 等项目均在续建中 (fix2930)
    ("mixed30", "documents", 0.64),  # lifted: a page's 时间 line between the title and its 文号 (fix2930)
    ("mixed30", "parks", 0.93),  # lifted: a county's 产业集聚区 opening a project's name (parks7)
    ("mixed30", "appointments", 0.99),  # lifted: one name of a list with a surname the lexicon lacks (代志超; appt7),
    # 代 a surname, not 代理 (fix2930)
    # mixed31 and mixed32: guards under their first runs (SOURCES.md rows 47, 48), not targets
    ("mixed31", "documents", 0.45), ("mixed31", "appointments", 0.98),  # lifted: 副省長,、代理省長
    ("mixed31", "projects", 0.76),  # lifted: .667 → .784, 等一批A、B的…项目 closes a list (fix3132p)
    ("mixed31", "parks", 0.95),  # lifted: a line of parks apart by spaces (.800 → .929); no 今年经开区 (→ .963)
    ("mixed32", "documents", 0.98),
    ("mixed32", "projects", 0.60),  # lifted: .563 → .606, investors' short names before 等N个央企项目 no projects;
    # → .625, a kind of works alone (能源项目, 基地项目) no name (fix3132p)
    ("mixed32", "appointments", 0.98),  # lifted: two resignations closed by one request (.958 → 1.000)
    ("mixed32", "parks", 0.75),  # lifted: a 兵团 division before the park hosts it (.667 → .783)
    # documents lifted by cover notices titled by what they issue, numbers glued to titles, bracketed page fields
    ("mixed9", "documents", 0.97), ("mixed10", "documents", 0.97), ("parks3", "documents", 0.97),
    ("tasks3", "documents", 0.98),  # lifted: .944 → 1.000 (a page name over the title it repeats)
    ("tasks2", "documents", 0.97), ("parks4", "documents", 0.97),
]


@pytest.fixture(scope="module")
def batch_scores() -> dict[str, dict]:
    batches = {batch for batch, _, _ in BATCH_THRESHOLDS}
    return {batch: _scores(REAL / f"{batch}_gold.json", REAL / batch) for batch in batches}


@pytest.mark.parametrize(("batch", "section", "threshold"), BATCH_THRESHOLDS,
                         ids=[f"{b}-{s}" for b, s, _ in BATCH_THRESHOLDS])
def test_later_batches(batch_scores: dict[str, dict], batch: str, section: str, threshold: float) -> None:
    assert batch_scores[batch][section]["f1"] >= threshold, batch_scores[batch][section]


def test_portfolios_batch() -> None:
    """政府领导分工 (issue 24): kg eval scores the kind item by item (kg.facts.KINDS); first run at
    8c8c289 0.697, 0.994 after the fixes (SOURCES_portfolios.md). A guard a little under that."""
    from kg.evaluate import read_gold, score

    facts = extract_paths([REAL / "portfolios"], resolve=False)
    scores = score(read_gold(REAL / "portfolios_gold.json"), facts)
    assert scores["portfolios"]["f1"] >= 0.97 and scores["portfolios"]["p"] >= 0.97, scores["portfolios"]
    assert scores["documents"]["f1"] == 1.0  # none printed, none found


def test_a_short_text_in_traditional_characters_is_read() -> None:
    """人民网 BIG5 copies: a short text with three traditional marks is read in simplified and written
    as printed (the gap this test held open closed with bc04748)."""
    from kg.extract.personnel import extract_appointments
    from kg.read.segment import as_one_document

    text = "張安民同志不再兼任中共禹城市委書記職務。"
    assert [(a.person, a.organization, a.position) for a in extract_appointments(as_one_document(text))] == [
        ("張安民", "中共禹城市委", "書記")]


def test_real_corpus_has_its_provenance() -> None:
    docs = sorted(p.name for p in (REAL / "docs").iterdir())
    held = sorted(p.name for p in (REAL / "heldout").iterdir()) + sorted(p.name for p in (REAL / "final").iterdir())
    assert len(docs) + len(held) >= 40 and len(held) * 4 >= len(docs) + len(held) - 3
    assert sorted(json.loads((REAL / "final_gold.json").read_text(encoding="utf-8"))) == sorted(
        p.name for p in (REAL / "final").iterdir())
    gold = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))
    assert sorted(gold) == docs
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in sources for name in docs + held)


#: Every folder of real text with gold: the fixed ones and each batch beside its ``BATCH_gold.json``.
EVIDENCE_FOLDERS = [REAL / "docs", REAL / "heldout", REAL / "final", REALDEV / "docs", REALDEV2 / "docs",
                    *sorted(p.parent / p.name.removesuffix("_gold.json") for p in REAL.glob("*_gold.json")
                            if (p.parent / p.name.removesuffix("_gold.json")).is_dir()
                            and p.name.removesuffix("_gold.json") not in {"heldout", "final"})]


@pytest.mark.parametrize("folder", EVIDENCE_FOLDERS,
                         ids=[f"{f.parent.parent.name}-{f.name}" if f.name == "docs" else f.name
                              for f in EVIDENCE_FOLDERS])
def test_every_evidence_quote_is_the_source_slice(folder: Path) -> None:
    facts = extract_paths([folder], resolve=False)
    texts = {p.name: read_source(p).original for p in folder.iterdir()}
    checked = 0
    for section, records in facts.items():
        for record in records:
            ev = record.get("evidence") if isinstance(record, dict) else None
            if ev:
                assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["quote"], (section, record)
                checked += 1
    assert checked > 20


def test_requests_reported_as_passed_are_resignations() -> None:
    """A resignation request (提出辞去) in a report of the meeting that passed it is a removal (kind resignation)."""
    from kg.extract.personnel import extract_appointments
    from kg.read.segment import as_one_document

    text = "表决通过了人事任免案,其中辞职7人。因年龄原因,朱勇提出辞去省十二届人大常委会委员职务。"
    assert [(a.person, a.kind) for a in extract_appointments(as_one_document(text))] == [("朱勇", "resignation")]
