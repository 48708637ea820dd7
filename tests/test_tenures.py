"""Officials as people in a place: name@jurisdiction, text links, the user's merge table."""

from __future__ import annotations

import doctest

import pytest

import kg.resolve.tenures
from kg.errors import InputError
from kg.graph.graph import build_graph
from kg.query.summary import homonyms_report
from kg.resolve.resolve import resolve_facts
from kg.resolve.tenures import homonyms, read_merge_table


def _doc(number: str, issuer: str, date: str) -> dict:
    return {"id": number, "source": f"{number}.txt", "doc_number": number, "issuer": issuer, "date": date}


def _move(number: str, person: str, action: str, org: str, position: str, date: str) -> dict:
    return {"source": f"{number}.txt", "doc_id": number, "doc_number": number, "date": date, "person": person,
            "action": action, "organization": org, "position": position,
            "evidence": {"source": f"{number}.txt", "start": 0, "end": 2, "quote": person}}


#: 王伟 appointed 市财政局局长 in 洛阳 and 市教育局局长 in 肇东: two people by default.
TWO_CITIES = {
    "documents": [_doc("洛政干〔2019〕1号", "洛阳市人民政府", "2019-03-01"),
                  _doc("肇政干〔2021〕2号", "肇东市人民政府", "2021-05-01")],
    "appointments": [_move("洛政干〔2019〕1号", "王伟", "appoint", "市财政局", "局长", "2019-03-01"),
                     _move("肇政干〔2021〕2号", "王伟", "appoint", "市教育局", "局长", "2021-05-01")],
}


def test_one_name_in_two_cities_is_two_officials() -> None:
    facts = resolve_facts(TWO_CITIES)
    assert [a["official"] for a in facts["appointments"]] == ["王伟@洛阳市", "王伟@肇东市"]
    assert [(t["official"], t["unit"]) for t in facts["tenures"]] == [
        ("王伟@洛阳市", "洛阳市财政局"), ("王伟@肇东市", "肇东市教育局")]
    graph = build_graph(facts)
    officials = sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Official")
    assert officials == ["Official:王伟@洛阳市", "Official:王伟@肇东市"]
    assert graph.nodes["Official:王伟@肇东市"]["name"] == "王伟"
    assert graph.nodes["Official:王伟@肇东市"]["jurisdiction"] == "肇东市"
    assert [name for name, _ in homonyms(facts)] == ["王伟"]


def test_a_merge_row_makes_them_one_with_both_careers(tmp_path) -> None:
    table = tmp_path / "merge.csv"
    table.write_text("official,same_as\n王伟@肇东市,王伟@洛阳市\n", encoding="utf-8")
    facts = resolve_facts(TWO_CITIES, merge_officials=table)
    assert {a["official"] for a in facts["appointments"]} == {"王伟@洛阳市"}
    graph = build_graph(facts)
    held = sorted(v for _, v, a in graph.out_edges("Official:王伟@洛阳市", data=True) if a["type"] == "HOLDS")
    assert held == ["Unit:洛阳市财政局", "Unit:肇东市教育局"]
    assert "Official:王伟@肇东市" not in graph
    (official,) = facts["officials"]
    assert official["places"] == ["洛阳市", "肇东市"] and official["jurisdiction"] == "洛阳市"
    assert homonyms(facts) == []


def test_a_removal_in_one_place_and_appointment_in_another_by_one_notice_is_one_person() -> None:
    facts = {
        "documents": [_doc("豫政干〔2020〕3号", "河南省人民政府", "2020-01-10")],
        "appointments": [_move("豫政干〔2020〕3号", "王伟", "remove", "洛阳市财政局", "局长", "2020-01-10"),
                         _move("豫政干〔2020〕3号", "王伟", "appoint", "开封市财政局", "局长", "2020-01-10")],
    }
    out = resolve_facts(facts)
    assert {a["jurisdiction"] for a in out["appointments"]} == {"洛阳市", "开封市"}
    assert len({a["official"] for a in out["appointments"]}) == 1


def test_homonyms_report_lists_the_names_and_the_rows_to_merge() -> None:
    report = homonyms_report(resolve_facts(TWO_CITIES))
    assert "王伟: 2 officials" in report
    assert "王伟@洛阳市  (洛阳市财政局局长)" in report
    assert "merge: 王伟@肇东市,王伟@洛阳市" in report


def test_merge_table_with_wrong_columns_is_an_input_error(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,other\n王伟,王伟\n", encoding="utf-8")
    with pytest.raises(InputError, match="official,same_as"):
        read_merge_table(bad)


def test_lead_officials_and_mentions_are_keyed_by_their_documents_place() -> None:
    facts = {
        "documents": [_doc("甬政办发〔2021〕82号", "宁波市人民政府办公厅", "2021-06-01")],
        "task_assignments": [{"source": "甬政办发〔2021〕82号.txt", "doc_id": "甬政办发〔2021〕82号",
                              "lead_units": ["市经信局"], "cooperating_units": [], "lead_officials": ["陈炳荣"]}],
        "officials_mentioned": [{"source": "甬政办发〔2021〕82号.txt", "doc_id": "甬政办发〔2021〕82号",
                                 "name": "陈炳荣", "title": "副市长", "affiliation": None}],
    }
    out = resolve_facts(facts)
    assert out["task_assignments"][0]["resolved"]["陈炳荣"] == "陈炳荣@宁波市"
    assert out["officials_mentioned"][0]["resolved"]["陈炳荣"] == "陈炳荣@宁波市"
    assert [o["id"] for o in out["officials"]] == ["陈炳荣@宁波市"]


def test_module_example_runs() -> None:
    assert doctest.testmod(kg.resolve.tenures).failed == 0


def test_a_national_leader_mentioned_in_a_local_document_is_a_national_official() -> None:
    facts = {"documents": [_doc("兴政办发〔2022〕20号", "兴平市人民政府办公室", "2022-03-01")],
             "officials_mentioned": [{"source": "兴政办发〔2022〕20号.txt", "doc_id": "兴政办发〔2022〕20号",
                                      "name": "习近平", "title": "总书记", "affiliation": None}]}
    assert [o["id"] for o in resolve_facts(facts)["officials"]] == ["习近平@中国"]


def test_one_name_in_one_decision_at_two_levels_is_one_person() -> None:
    facts = {"documents": [_doc("皖人常〔2016〕1号", "安徽省人民代表大会常务委员会", "2016-01-20")],
             "appointments": [_move("皖人常〔2016〕1号", "秦亚东", "appoint", "省人大常委会代表资格审查委员会",
                                    "主任委员", "2016-01-20"),
                              _move("皖人常〔2016〕1号", "秦亚东", "appoint", "蚌埠市人民政府", "顾问",
                                    "2016-01-20")]}
    out = resolve_facts(facts)
    assert {a["jurisdiction"] for a in out["appointments"]} == {"安徽省", "蚌埠市"}
    assert [(o["id"], o["places"]) for o in out["officials"]] == [("秦亚东@安徽省", ["安徽省", "蚌埠市"])]
