"""kg eval: scores that move the right way when facts are missing or wrong."""

from __future__ import annotations

from kg.evaluate import score

GOLD = {
    "appointments": [
        {"doc_number": "甬政干〔2021〕25号", "person": "杨再达", "action": "appoint",
         "organization": "宁波城建投资控股有限公司", "position": "副总经理"},
        {"doc_number": "甬政干〔2021〕26号", "person": "胡颖磊", "action": "remove",
         "organization": "宁波市文化旅游投资集团有限公司", "position": "副总经理"},
    ],
    "task_assignments": [
        {"source": "a.txt", "doc_number": "X", "lead_units": ["市经信局"], "cooperating_units": ["市发改委"]},
    ],
    "officials_mentioned": [
        {"source": "a.txt", "name": "裘东耀", "title": "市长", "scope": "core"},
        {"source": "a.txt", "name": "薛智谊", "title": "记者", "scope": "extra"},
    ],
}


def test_perfect_system_scores_one():
    s = score(GOLD, GOLD)
    assert s["appointments"]["f1"] == 1.0
    assert s["task_assignments"]["f1"] == 1.0


def test_missing_and_wrong_records_lower_recall_and_precision():
    system = {
        "appointments": [GOLD["appointments"][0], dict(GOLD["appointments"][1], person="胡颖")],
        "task_assignments": [{"source": "a.txt", "doc_number": "X", "lead_units": ["市经信局"],
                              "cooperating_units": []}],
    }
    s = score(GOLD, system)
    assert s["appointments"]["p"] == 0.5 and s["appointments"]["r"] == 0.5
    assert s["task_assignments"]["p"] == 1.0 and s["task_assignments"]["r"] == 0.5


def test_optional_gold_records_neither_rewarded_nor_penalised():
    system = {"officials_mentioned": GOLD["officials_mentioned"]}
    assert score(GOLD, system)["officials_mentioned"]["p"] == 1.0
    system = {"officials_mentioned": GOLD["officials_mentioned"][:1]}
    assert score(GOLD, system)["officials_mentioned"]["r"] == 1.0


def test_alias_accuracy():
    system = {"units": [{"name": "宁波市经济和信息化局", "aliases": ["市经信局"]}]}
    s = score({}, system, {"市经信局": "宁波市经济和信息化局", "市发改委": "宁波市发展和改革委员会"})
    assert s["aliases"]["acc"] == 0.5


def test_gold_per_source_file_and_errors_with_their_text():
    from kg.evaluate import errors, flatten_gold, format_errors, without_doc_numbers

    gold = flatten_gold({"a.txt": {"appointments": [
        {"person": "宋莉", "action": "appoint", "organization": "市人大常委会", "position": "副秘书长"}]}})
    assert gold["appointments"][0]["source"] == "a.txt"
    system = {"appointments": [
        {"source": "a.txt", "doc_number": "X", "person": "宋利", "action": "appoint", "organization": "市人大常委会",
         "position": "副秘书长", "evidence": {"source": "a.txt", "start": 3, "end": 20, "quote": "任命宋利为市人大常委会副秘书长"}}]}
    found = errors(gold, without_doc_numbers(system))
    assert len(found["appointments"]["missed"]) == 1 and len(found["appointments"]["spurious"]) == 1
    text = format_errors(found)
    assert "宋莉" in text and "a.txt@3: 任命宋利为市人大常委会副秘书长" in text
    assert format_errors(errors(gold, without_doc_numbers(dict(gold)))) == "no errors"


def test_a_kind_with_items_is_scored_name_by_name():
    """portfolios declares key (source, official, how) and items (units, areas) in kg.facts.KINDS: one
    name missed costs one item, and a 主持 with nothing listed is one item."""
    from kg.evaluate import errors, score

    gold = {"portfolios": [
        {"source": "a.txt", "official": "陈寅", "how": "分管", "units": ["市统计局", "市应急管理局"], "areas": []},
        {"source": "a.txt", "official": "龚正", "how": "主持", "units": [], "areas": []}]}
    system = {"portfolios": [
        {"source": "a.txt", "official": "陈寅", "how": "分管", "units": ["市统计局"], "areas": ["应急管理"]},
        {"source": "a.txt", "official": "龚正", "how": "主持", "units": [], "areas": []}]}
    got = score(gold, system)["portfolios"]
    assert (got["gold"], got["system"], round(got["f1"], 3)) == (3, 3, 0.667)
    rows = errors(gold, system)["portfolios"]
    assert rows["missed"][0].startswith("陈寅 | 分管 | units | 市应急管理局")
    assert rows["spurious"][0].startswith("陈寅 | 分管 | areas | 应急管理")


def test_gold_and_system_are_read_as_records_of_their_kind_with_the_gold_notes():
    """kg.evaluate reads typed records (kg.facts.view): a gold record's scope, line and words are its Note."""
    from kg.evaluate import Note, scored_records
    from kg.records import Appointment, OfficialMention

    [core, extra] = scored_records(GOLD, "officials_mentioned")
    assert isinstance(core.record, OfficialMention) and (core.record.name, core.extra) == ("裘东耀", False)
    assert extra.extra and extra.source == "a.txt"
    [appointment] = scored_records({"appointments": [{"person": "宋莉", "line": 7, "raw": "任命宋莉"}]}, "appointments")
    assert isinstance(appointment.record, Appointment) and appointment.source == ""
    assert appointment.note == Note(line=7, raw="任命宋莉")
