"""Entity resolution: canonical units in the issuing government's scope, tenures, homonyms."""

from __future__ import annotations

import doctest

import pytest

import kg.resolve.resolve
from kg.errors import InputError
from kg.facts import Resolved, Tenure, view
from kg.gazetteer import load_gazetteer
from kg.paths import ROOT
from kg.pipeline import extract_file
from kg.query.summary import unresolved_report
from kg.records import Appointment
from kg.resolve.resolve import norm, resolve_facts
from kg.resolve.tenures import build_tenures, event_of

CITY = "宁波市人民政府"
CITY_OFFICE = "宁波市人民政府办公厅"
YINZHOU = "宁波市鄞州区人民政府办公室"


def facts_with(issuer: str | None, leads: list[str], coops: list[str] = (), *, doc_number=None) -> dict:
    """One document by ``issuer`` and one task naming ``leads``/``coops``."""
    return {
        "documents": [{"id": "d1", "source": "a.txt", "doc_number": doc_number, "issuer": issuer}],
        "task_assignments": [{"source": "a.txt", "doc_id": "d1", "doc_number": doc_number,
                              "lead_units": list(leads), "cooperating_units": list(coops)}],
    }


def resolve_one(surface: str, issuer: str | None, **kw) -> str:
    out = resolve_facts(facts_with(issuer, [surface]), **kw)
    return out["task_assignments"][0]["resolved"][surface]


def unit_named(out: dict, name: str) -> dict:
    matches = [u for u in out["units"] if u["name"] == name]
    assert len(matches) == 1, [u["name"] for u in out["units"]]
    return matches[0]


@pytest.mark.parametrize(
    ("surface", "issuer", "canonical"),
    [
        ("市经信局", CITY, "宁波市经济和信息化局"),
        ("市经济和信息化局", CITY_OFFICE, "宁波市经济和信息化局"),
        ("宁波市经信局", None, "宁波市经济和信息化局"),
        ("区发改局", YINZHOU, "鄞州区发展和改革局"),
        ("市发改委", YINZHOU, "宁波市发展和改革委员会"),  # 市 in a district document: its city
        ("区委统战部", YINZHOU, "中共鄞州区委统一战线工作部"),
        ("区统战部", YINZHOU, "中共鄞州区委统一战线工作部"),
        ("区投促进中心", YINZHOU, "鄞州区投资促进中心"),
        ("区投促中心", YINZHOU, "鄞州区投资促进中心"),
        ("市委人才办", CITY, "中共宁波市委人才工作领导小组办公室"),
        ("浙江省委人才办", None, "中共浙江省委人才工作领导小组办公室"),
        ("市委", CITY, "中共宁波市委员会"),
        ("市政府", CITY_OFFICE, "宁波市人民政府"),
        ("市市场监管局", CITY, "宁波市市场监督管理局"),
        ("市场监管局", CITY, "宁波市市场监督管理局"),  # no prefix: not 宁波市场…
        ("潘火街道", YINZHOU, "鄞州区潘火街道办事处"),
        ("宁波市鄞州区人民政府办公室", None, "鄞州区人民政府办公室"),
        # a province's departments, named bare in its own document
        ("国土资源厅", "黑龙江省人民政府", "黑龙江省国土资源厅"),
        ("区规资局", "重庆市渝中区人民政府", "渝中区规划和自然资源局"),
        # 州 and 旗 stand for an autonomous prefecture and a banner, like 市 and 县
        ("州发改委", "恩施土家族苗族自治州人民政府", "恩施土家族苗族自治州发展和改革委员会"),
        ("旗财政局", "阿荣旗人民政府", "阿荣旗财政局"),
        # a city the alias table never names: the rules alone
        ("市经信局", "温州市人民政府", "温州市经济和信息化局"),
        ("市人社局", "温州市人民政府办公室", "温州市人力资源和社会保障局"),
        ("市税务局", "温州市人民政府", "国家税务总局温州市税务局"),
        ("人行市中心支行", "温州市人民政府", "中国人民银行温州市中心支行"),
        ("市经信局", "赣州市人民政府", "赣州市经济和信息化局"),  # not even in regions.csv
        ("县发改局", "宁海县人民政府", "宁海县发展和改革局"),
        ("市经信局", "慈溪市人民政府", "慈溪市经济和信息化局"),  # county-level city
        ("市住建局", "宁海县人民政府", "宁波市住房和城乡建设局"),  # 市 in a county document
        ("宁波银保监局", None, "中国银行保险监督管理委员会宁波监管局"),
        ("宁波市税务局", None, "国家税务总局宁波市税务局"),
        # 南昌市 has a 西湖区 too: the city's name keeps the two districts' bodies apart
        ("区住建局", "杭州市西湖区人民政府", "杭州市西湖区住房和城乡建设局"),
        ("区委组织部", "杭州市西湖区人民政府", "中共杭州市西湖区委组织部"),
        # list tails and trailing notes are not part of the name
        ("区商务局等部门", YINZHOU, "鄞州区商务局"),
        ("区交通运输局(象山湾一期公司)", YINZHOU, "鄞州区交通运输局"),
        ("市 经 信 局", CITY, "宁波市经济和信息化局"),  # OCR spaces
    ],
)
def test_surface_resolves_in_issuer_scope(surface: str, issuer: str | None, canonical: str) -> None:
    assert resolve_one(surface, issuer) == canonical


def test_scope_falls_back_to_doc_number_prefix() -> None:
    facts = facts_with(None, ["区发改局"], doc_number="鄞政办发〔2021〕79号")
    facts["task_assignments"][0]["doc_id"] = None
    assert resolve_facts(facts)["task_assignments"][0]["resolved"]["区发改局"] == "鄞州区发展和改革局"


def test_three_spellings_are_one_unit_with_every_alias() -> None:
    out = resolve_facts(facts_with(CITY, ["市经信局", "宁波市经济和信息化局"], ["市经济和信息化局"]))
    unit = unit_named(out, "宁波市经济和信息化局")
    assert {"市经信局", "市经济和信息化局"} <= set(unit["aliases"])
    assert (unit["level"], unit["kind"]) == ("city", "government department")
    assert len(set(out["task_assignments"][0]["resolved"].values())) == 1


def test_district_bureau_is_not_the_city_bureau() -> None:
    out = resolve_facts(facts_with(YINZHOU, ["区发改局"], ["市发改委"]))
    resolved = out["task_assignments"][0]["resolved"]
    assert resolved["区发改局"] == "鄞州区发展和改革局" != resolved["市发改委"]
    assert unit_named(out, "鄞州区发展和改革局")["level"] == "district"


@pytest.mark.parametrize("surface", ["各区县（市）政府", "开发园区管委会", "各相关金融机构", "相关镇(街道)"])
def test_collective_names_are_marked_not_resolved_to_one_body(surface: str) -> None:
    out = resolve_facts(facts_with(CITY, [surface]))
    assert out["task_assignments"][0]["resolved"][surface] == surface
    assert unit_named(out, surface)["kind"] == "collective"
    assert surface in unresolved_report(out).split("Collective names")[1]


@pytest.mark.parametrize("surface", [
    # as the real documents write them (tests/data/real, ../shared/realdev, seeds)
    "五县五区政府", "区属各重点国企", "各县市区", "有关单位", "各乡镇（街道）", "市有关部门", "各区、县（市）人民政府",
    "市直及部省属驻甬各单位", "县直机关部门", "各镇政府(街道办事处)", "区疫情防控指挥部成员单位", "各区", "县级市",
    # the constructions behind them: division kinds with no place, a number of them, 各 inside, where the work is
    "县（市、区）人民政府", "区县(市)政府", "县市区政府", "县区政府", "乡镇政府", "乡镇人民政府", "镇乡（街道）",
    "镇（街道）", "街道（镇）", "两区", "三县（市）", "市委各部委", "市政府各部门", "区属国企", "所在地政府",
    "项目所在镇（街道）", "沿线镇（街道）", "涉及乡镇",
])
def test_collective_forms_of_real_writing(surface: str) -> None:
    out = resolve_facts(facts_with(CITY, [surface]))
    assert out["task_assignments"][0]["resolved"][surface] == surface
    assert (unit_named(out, surface)["kind"], unit_named(out, surface)["resolution"]) == ("collective", "collective")


@pytest.mark.parametrize(("surface", "issuer", "canonical"), [
    ("区政府", YINZHOU, "鄞州区人民政府"), ("市政府", CITY_OFFICE, "宁波市人民政府"),
    ("五河县人民政府", CITY, "五河县人民政府"), ("三门县人民政府", CITY, "三门县人民政府"),  # a numeral opens the name
    ("二道区人民政府", CITY, "二道区人民政府"), ("六安市人民政府", CITY, "六安市人民政府"),
    ("潘火街道", YINZHOU, "鄞州区潘火街道办事处"), ("市属国有资产管理中心", CITY, "宁波市属国有资产管理中心"),
])
def test_one_body_is_not_taken_for_a_collective(surface: str, issuer: str, canonical: str) -> None:
    out = resolve_facts(facts_with(issuer, [surface]))
    assert out["task_assignments"][0]["resolved"][surface] == canonical
    assert unit_named(out, canonical)["kind"] != "collective"


@pytest.mark.parametrize(
    ("surface", "issuer", "key"),
    # no district: kept in the city it was read in; no full name, but a place (象山) in it; no scope: its document
    [("区发改局", CITY, "区发改局@宁波市"), ("象山湾一期公司", CITY, "象山湾一期公司"),
     ("市经信局", None, "市经信局@d1")],
)
def test_unresolvable_name_is_kept_and_reported_not_guessed(surface: str, issuer: str | None, key: str) -> None:
    out = resolve_facts(facts_with(issuer, [surface]))
    assert out["task_assignments"][0]["resolved"][surface] == key
    unit = unit_named(out, key)
    assert (unit["level"], unit["resolution"]) == ("other", "unresolved")
    assert key == surface or surface in unit["aliases"]
    report = unresolved_report(out)
    assert "Unresolved unit names" in report and surface in report


def test_an_unresolved_name_is_never_one_node_across_places() -> None:
    """Two places' (and two unplaced documents') 区创文办 are four bodies, not one."""
    facts: dict = {"documents": [], "task_assignments": []}
    for n, issuer in enumerate(["宁波市鄞州区人民政府", "黄石市下陆区人民政府", None, None]):
        facts["documents"].append({"id": f"d{n}", "source": f"{n}.txt", "issuer": issuer})
        facts["task_assignments"].append({"source": f"{n}.txt", "doc_id": f"d{n}",
                                          "lead_units": ["区创文建设指挥"], "cooperating_units": []})
    out = resolve_facts(facts)
    keys = [t["resolved"]["区创文建设指挥"] for t in out["task_assignments"]]
    assert keys == ["区创文建设指挥@鄞州区", "区创文建设指挥@下陆区", "区创文建设指挥@d2", "区创文建设指挥@d3"]
    assert unit_named(out, keys[1])["region"] == "下陆区" and unit_named(out, keys[2])["region"] is None


def test_a_name_that_carries_its_place_is_not_keyed_again() -> None:
    out = resolve_facts(facts_with(CITY, ["宁波市创文建设指挥"]))
    assert out["task_assignments"][0]["resolved"]["宁波市创文建设指挥"] == "宁波市创文建设指挥"


def test_the_publisher_of_a_page_places_a_document_its_text_does_not() -> None:
    facts = facts_with("区人民政府办公室", ["区卫健局"])
    assert resolve_facts(facts)["task_assignments"][0]["resolved"]["区卫健局"] == "区卫健局@d1"
    facts["documents"][0]["publisher"] = "下陆区政府办公室"
    out = resolve_facts(facts)
    assert out["task_assignments"][0]["resolved"]["区卫健局"] == "下陆区卫生健康局"
    assert out["documents"][0]["government"] == "下陆区"


def test_an_unplaced_official_is_keyed_by_the_document() -> None:
    facts = {"documents": [{"id": "d1", "source": "a.txt"}, {"id": "d2", "source": "b.txt"}],
             "appointments": [{"source": s, "doc_id": d, "person": "王伟", "position": "主任", "organization": ""}
                              for d, s in (("d1", "a.txt"), ("d2", "b.txt"))]}
    out = resolve_facts(facts)
    assert [a["official"] for a in out["appointments"]] == ["王伟@d1", "王伟@d2"]
    assert {o["id"]: o["jurisdiction"] for o in out["officials"]} == {"王伟@d1": None, "王伟@d2": None}


def test_report_says_when_everything_resolved() -> None:
    report = unresolved_report(facts_with(CITY, ["市经信局"]))  # resolves first when units are missing
    assert report.startswith("All unit names resolved")


def test_user_csv_extends_aliases_and_rules(tmp_path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical,scope,level,kind\n象山湾一期公司,宁波象山湾一期开发有限公司,宁波市,city,SOE/company\n",
                       encoding="utf-8")
    rules = tmp_path / "rules.csv"
    rules.write_text("short,full,kind\n未来办,未来产业发展办公室,government department\n", encoding="utf-8")
    assert resolve_one("象山湾一期公司", CITY) == "象山湾一期公司"  # not shipped
    assert resolve_one("象山湾一期公司", CITY, extra_aliases=aliases) == "宁波象山湾一期开发有限公司"
    # scoped: not read in 温州, where it stays a 温州 document's name
    assert resolve_one("象山湾一期公司", "温州市人民政府", extra_aliases=aliases) == "象山湾一期公司@温州市"
    assert resolve_one("市未来办", "温州市人民政府", extra_aliases=[rules]) == "温州市未来产业发展办公室"


def test_user_csv_with_wrong_columns_is_an_input_error(tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,full_name\nA,B\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv"):
        load_gazetteer([bad])


def test_park_host_resolves_to_region_name() -> None:
    facts = {"parks": [{"source": "a.txt", "host": "宁波国家高新区"}, {"source": "a.txt", "host": "余姚市"}]}
    out = resolve_facts(facts)
    assert [p["resolved"] for p in out["parks"]] == [
        {"宁波国家高新区": "宁波国家高新技术产业开发区"}, {"余姚市": "余姚市"}]


def test_input_is_not_changed() -> None:
    facts = facts_with(CITY, ["市经信局"])
    resolve_facts(facts)
    assert "resolved" not in facts["task_assignments"][0] and "units" not in facts


def appointment(person, action, org, position, date, number, **kw) -> dict:
    return {"source": "a.txt", "doc_id": number, "doc_number": number, "date": date, "person": person,
            "action": action, "organization": org, "position": position,
            "evidence": {"source": "a.txt", "start": 0, "end": 1, "quote": person}, **kw}


def tenures_of(*records: dict) -> list[Tenure]:
    """The tenures of appointment records (JSON form) that the resolve stage gave nothing."""
    return build_tenures([event_of(view(Appointment, r), Resolved(), r["evidence"]) for r in records])[0]


def personnel_facts(*events: dict) -> dict:
    numbers = sorted({e["doc_number"] for e in events})
    return {"documents": [{"id": n, "source": "a.txt", "doc_number": n, "issuer": CITY} for n in numbers],
            "appointments": list(events)}


def test_appointment_then_later_removal_gives_a_complete_tenure() -> None:
    out = resolve_facts(personnel_facts(
        appointment("李明", "remove", "宁波市经济和信息化局", "副局长", "2021-06-30", "甬政干〔2021〕12号"),
        appointment("李明", "appoint", "市经信局", "副局长", "2019-03-01", "甬政干〔2019〕5号"),
    ))
    assert out["tenures"] == [{
        "official": "李明@宁波市", "unit": "宁波市经济和信息化局", "position": "副局长",
        "start": "2019-03-01", "end": "2021-06-30",
        "appointed_by": "甬政干〔2019〕5号", "removed_by": "甬政干〔2021〕12号",
        "evidence": {"source": "a.txt", "start": 0, "end": 1, "quote": "李明"},
    }]
    assert {a["official"] for a in out["appointments"]} == {"李明@宁波市"}


def test_removal_without_appointment_and_other_position_stay_apart() -> None:
    tenures = tenures_of(
        appointment("金某", "appoint", "X公司", "董事", "2020-01-01", "n1"),
        appointment("金某", "remove", "X公司", "副总经理", "2021-01-01", "n2"),
    )
    assert [(t.position, t.start, t.end) for t in tenures] == [
        ("董事", "2020-01-01", None), ("副总经理", None, "2021-01-01")]


def test_one_notice_read_twice_is_one_tenure() -> None:
    event = appointment("李明", "appoint", "宁波市财政局", "副局长", "2019-03-01", "甬政干〔2019〕5号")
    tenures = tenures_of(event, dict(event, source="b.txt"),
                         appointment("李明", "remove", "宁波市财政局", "副局长", "2020-01-01", "n2"))
    assert [(t.start, t.end) for t in tenures] == [("2019-03-01", "2020-01-01")]


def test_homonyms_with_overlapping_tenures_at_different_units_are_kept_apart() -> None:
    out = resolve_facts(personnel_facts(
        appointment("王伟", "appoint", "宁波市财政局", "副局长", "2019-01-01", "甬政干〔2019〕1号"),
        appointment("王伟", "remove", "宁波市财政局", "副局长", "2021-01-01", "甬政干〔2021〕1号"),
        appointment("王伟", "appoint", "宁波市教育局", "副局长", "2020-01-01", "甬政干〔2020〕1号"),
    ))
    officials = {a["official"] for a in out["appointments"]}
    assert len(officials) == 2 and all(o.startswith("王伟@宁波市（") for o in officials)
    assert all("kept apart" in a["homonym_note"] for a in out["appointments"])


@pytest.mark.parametrize("concurrent", [True, False])
def test_concurrent_post_or_a_move_is_one_person(concurrent: bool) -> None:
    end = "2021-01-01" if concurrent else "2020-01-01"  # a move: removed the day the new post starts
    out = resolve_facts(personnel_facts(
        appointment("王伟", "appoint", "宁波市财政局", "副局长", "2019-01-01", "甬政干〔2019〕1号"),
        appointment("王伟", "remove", "宁波市财政局", "副局长", end, "甬政干〔2021〕1号"),
        appointment("王伟", "appoint", "宁波市教育局", "副局长", "2020-01-01", "甬政干〔2020〕1号",
                    concurrent=concurrent),
    ))
    assert {a["official"] for a in out["appointments"]} == {"王伟@宁波市"}
    assert not any("homonym_note" in a for a in out["appointments"])


def test_module_example_runs() -> None:
    assert doctest.testmod(kg.resolve.resolve).failed == 0


def test_norm_compares_full_and_half_width() -> None:
    assert norm("相关镇（街道） ") == norm("相关镇(街道)")


# --- on the seed corpus --------------------------------------------------------


def test_seeds_units_are_canonical_and_scoped(seed_facts: dict) -> None:
    units = {a: u["name"] for u in seed_facts["units"] for a in [u["name"], *u["aliases"]]}
    assert units["市经信局"] == units["宁波市经济和信息化局"] == "宁波市经济和信息化局"
    district = {s: c for p in seed_facts["projects"] for s, c in p["resolved"].items()}
    assert district["区发改局"] == "鄞州区发展和改革局"
    names = [u["name"] for u in seed_facts["units"]]
    assert len(names) == len(set(names))
    assert "Unresolved" not in unresolved_report(seed_facts)


def test_seeds_moves_of_wang_cheng(seed_facts: dict) -> None:
    """甬政干〔2021〕35号: 王程 becomes 副主任（兼） of the 开发区 and leaves the 梅山 post."""
    held = sorted((t["unit"], t["position"], t["start"], t["end"], t["appointed_by"], t["removed_by"])
                  for t in seed_facts["tenures"] if t["official"] == "王程@宁波市")
    number = "甬政干〔2021〕35号"
    assert held == [
        ("宁波国际海洋生态科技城（宁波梅山保税港区）管理委员会", "主任", None, "2021-12-31", None, number),
        ("宁波经济技术开发区管理委员会", "副主任", "2021-12-31", None, number, None),
    ]
    assert {a["official"] for a in seed_facts["appointments"] if a["person"] == "王程"} == {"王程@宁波市"}


def test_other_cities_abbreviations_expand_by_rule():
    facts = {
        "documents": [{"id": "扬府发〔2022〕1号", "doc_number": "扬府发〔2022〕1号", "issuer": "扬州市人民政府",
                       "source": "a.txt"}],
        "task_assignments": [{"source": "a.txt", "doc_id": "扬府发〔2022〕1号", "doc_number": "扬府发〔2022〕1号",
                              "lead_units": ["市工信局"], "cooperating_units": ["市发改委"]}],
    }
    resolved = resolve_facts(facts)["task_assignments"][0]["resolved"]
    assert resolved == {"市工信局": "扬州市工业和信息化局", "市发改委": "扬州市发展和改革委员会"}


# --- governments found by rule, in places no table row names --------------------------

ZHAODONG = ("肇东市人民政府办公室关于印发2021年全市重点工作任务分工的通知\n各乡镇人民政府，市政府各部门：\n"
            "1.加快发展电子商务，培育农村电商主体。（市商务局牵头，市财政局、市农业农村局配合）\n"
            "2.推进工业项目建设。（市工信局牵头，市发改局配合）\n")
XIALU = ("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知\n发布机构：下陆区政府办公室\n"
         "各新区、区政府各部门：\n现将2020年区政府重点工作责任分解如下。\n"
         "1、做好全区招商引资工作。（区商务局牵头，区财政局配合）\n"
         "2、落实市级稳外贸政策。（市商务局牵头，区商务局配合）\n")
GUANDU = ("为认真贯彻落实国家和省、市关于稳增长各项决策部署，根据《昆明市人民政府关于印发昆明市稳增长促发展"
          "若干政策措施的通知》（昆政发〔2016〕13号），结合官渡区实际，特制定如下政策措施。\n"
          "1. 精简项目审批手续。5月底前实现我区中介超市上线运行。（区政务服务局牵头，区发改局、区住建局配合）\n"
          "2. 落实市级政策。（市商务局牵头，区商务局配合）\n")


def _resolved_text(text: str, name: str) -> dict:
    from kg.pipeline import extract_text
    from kg.read.ingest import read_text

    return resolve_facts(extract_text(read_text(text.encode("utf-8"), name)))


@pytest.mark.parametrize(("name", "text", "government", "expected"), [
    ("zhaodong.txt", ZHAODONG, "肇东市", {   # county-level city of 绥化市, Heilongjiang: found from the issuer
        "市商务局": "肇东市商务局", "市财政局": "肇东市财政局", "市农业农村局": "肇东市农业农村局",
        "市工信局": "肇东市工业和信息化局", "市发改局": "肇东市发展和改革局"}),
    ("xialu.txt", XIALU, "下陆区", {         # district of 黄石市, Hubei: the issuer says only 区; the text names 下陆区
        "区商务局": "下陆区商务局", "区财政局": "下陆区财政局", "市商务局": "黄石市商务局"}),
    ("guandu.txt", GUANDU, "官渡区", {       # district of 昆明市, Yunnan: 昆明市 named most, but 结合官渡区实际, 我区
        "区政务服务局": "官渡区政务服务局", "区发改局": "官渡区发展和改革局",
        "区住建局": "官渡区住房和城乡建设局", "市商务局": "昆明市商务局", "区商务局": "官渡区商务局"}),
])
def test_a_document_scopes_its_abbreviations_to_its_own_government(name, text, government, expected) -> None:
    facts = _resolved_text(text, name)
    assert [d["government"] for d in facts["documents"] + facts["articles"]] == [government]
    resolved = {s: c for t in facts["task_assignments"] for s, c in t["resolved"].items()}
    assert resolved == expected
    units = {u["name"]: u for u in facts["units"]}
    assert all(units[c]["region"] in (government, "黄石市", "昆明市") for c in expected.values())


def test_the_three_places_have_no_row_of_their_own() -> None:
    from kg.gazetteer import DATA_DIR

    tables = "".join((DATA_DIR / f).read_text("utf-8") for f in
                     ("regions.csv", "unit_aliases.csv", "abbreviations.csv", "unit_patterns.csv"))
    assert not any(place in tables for place in ("肇东", "下陆", "官渡", "黄石", "绥化"))
    assert not any(line.startswith("昆明") for line in tables.splitlines())  # 昆明市 runs a zone, has no row


def test_a_place_two_divisions_share_is_reported_ambiguous_not_guessed() -> None:
    out = resolve_facts(facts_with(None, ["鼓楼区发改局"]))  # 南京, 福州, 徐州 and 开封 each have a 鼓楼区
    assert unit_named(out, "鼓楼区发改局@d1")["resolution"] == "ambiguous"  # one document's, not pooled
    assert "Ambiguous places" in unresolved_report(out) and "鼓楼区发改局" in unresolved_report(out)
    scoped = resolve_facts(facts_with("福州市人民政府", ["鼓楼区发改局"]))
    assert scoped["task_assignments"][0]["resolved"]["鼓楼区发改局"] == "福州市鼓楼区发展和改革局"


def test_a_national_new_area_is_run_by_its_city() -> None:
    out = resolve_facts(facts_with("四川天府新区管理委员会", ["天府新区管委会", "市发改委"]))
    assert out["task_assignments"][0]["resolved"] == {
        "天府新区管委会": "四川天府新区管理委员会", "市发改委": "成都市发展和改革委员会"}
    assert unit_named(out, "四川天府新区管理委员会")["region"] == "成都市"


def test_a_division_of_work_printed_in_traditional_characters_keys_its_leaders_in_its_province() -> None:
    """The Jiangsu notice of 2018 (printed in traditional characters) names 江蘇省 and 南京市: its
    leaders are 江苏省's, one place for every one of them, never 南京市's, whether the
    people come from its mentions (the document's places) or its portfolios (the
    jurisdiction the notice prints, 江蘇省, in the region's own name)."""
    facts = resolve_facts(extract_file(ROOT / "tests/data/real/portfolios/jiangsu_sheng_lingdaofengong_2018.txt"))
    keys = {o["id"] for o in facts["officials"]}
    assert "吳政隆@江苏省" in keys and "樊金龍@江苏省" in keys
    assert {key.split("@", 1)[1] for key in keys} == {"江苏省"}
    assert {d["government"] for d in facts["articles"]} == {"江苏省"}
