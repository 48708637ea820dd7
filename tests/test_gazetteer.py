"""The division table, doc-number prefixes, and a document's government from its text."""

from __future__ import annotations

import doctest

import pytest

import kg.gazetteer
from kg.gazetteer import DATA_DIR, get_gazetteer, read_csv, short_name


@pytest.fixture(scope="module")
def g():
    return get_gazetteer()


def test_every_division_is_there_with_its_parent_from_the_code(g) -> None:
    levels = [r.level for r in g.regions.values() if not r.former]
    assert levels.count("province") == 34  # 31 mainland + Taiwan, Hong Kong, Macao
    assert levels.count("city") > 330 and levels.count("district") > 2800
    chain = [r.name for r in g.chain_of(g.regions["官渡区"])]
    assert chain == ["中国", "云南省", "昆明市", "官渡区"]
    assert g.regions["官渡区"].code == "530111"
    assert g.regions["东城区"].parent == "北京市"          # a municipality's district
    assert g.regions["济源市"].parent == "河南省"          # governed by the province
    assert g.regions["肇东市"].level == "district" and g.regions["肇东市"].parent == "绥化市"


def test_a_name_two_divisions_share_gets_its_parent_in_front(g) -> None:
    assert sorted(r.name for r in g.names["鼓楼区"]) == [
        "南京市鼓楼区", "开封市鼓楼区", "徐州市鼓楼区", "福州市鼓楼区"]
    assert g.regions["南京市鼓楼区"].official == "鼓楼区"
    assert len({r.name for r in g.regions.values()}) == len(g.regions)


def test_former_divisions_are_kept_with_their_successor(g) -> None:
    fenghua = g.regions["奉化市"]
    assert fenghua.former and fenghua.successor == "奉化区" and fenghua.parent == "宁波市"
    assert not g.regions["奉化区"].former


@pytest.mark.parametrize(("name", "short"), [
    ("下陆区", "下陆"), ("肇东市", "肇东"), ("黔南布依族苗族自治州", "黔南"), ("广西壮族自治区", "广西"),
    ("大兴安岭地区", "大兴安岭"), ("阿拉善盟", "阿拉善"), ("城区", ""), ("景宁畲族自治县", "景宁"),
])
def test_short_names(g, name, short) -> None:
    nations = sorted((ln for ln in (DATA_DIR / "divisions" / "nations.csv").read_text("utf-8").split() if ln),
                     key=len, reverse=True)
    assert short_name(name, nations) == short


def test_every_province_and_prefecture_city_has_a_doc_prefix(g) -> None:
    rows = read_csv(DATA_DIR / "doc_prefixes.csv")
    assert all(r["source"] for r in rows)
    codes = {r["code"] for r in rows}
    cities = [r for r in g.regions.values() if r.level == "city" and not r.former and r.code[:2] not in ("71", "81", "82")]
    assert {r.code for r in cities} <= codes
    assert [r.name for r in g.prefixes["甬"]] == ["宁波市"]


def test_a_shared_prefix_needs_a_clue(g) -> None:
    assert g.scope_of_number("济政发〔2020〕1号") is None            # 济南市 or 济宁市
    hint = g.scope_of_places(["济宁市"])
    assert g.scope_of_number("济政发〔2020〕1号", hint).narrowest().name == "济宁市"
    assert g.scope_of_number("昆政发〔2016〕13号").narrowest().name == "昆明市"


def test_places_in_text_most_frequent_first(g) -> None:
    text = "根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》，结合官渡区实际。新兴区域不是地名。"
    assert g.places_in(text) == ("昆明市", "官渡区")


@pytest.mark.parametrize(("text", "char"), [
    ("现将2020年区政府重点工作责任分解如下。全区经济", "区"),
    ("市人大常委会组成人员对熊福春等同志的拟任职进行讨论", "市"),
    ("根据《昆明市人民政府关于…》，结合官渡区实际，我区中介超市上线", "区"),  # 昆明市人民政府 is not 市政府
    ("全省经济运行平稳，我省将继续推进", "省"),
    ("贯彻落实省委、省政府部署，全市上下", "市"),  # a city citing its province
    ("没有自称", None),
])
def test_how_a_text_speaks_of_itself(g, text, char) -> None:
    assert g.self_reference(text) == char


@pytest.mark.parametrize(("places", "self_ref", "government"), [
    (["昆明市", "官渡区"], "区", "官渡区"),   # the city named most, but the text speaks as a district
    (["昆明市", "官渡区"], "市", "昆明市"),
    (["官渡区"], "市", "昆明市"),
    (["肇东市"], "市", "肇东市"),            # a county-level city is a 市
    (["江北区", "重庆市"], None, "重庆市江北区"),  # a shared name, decided by the other place
    ([], "区", None),
])
def test_government_from_places(g, places, self_ref, government) -> None:
    scope = g.scope_of_places(places, self_ref)
    assert (scope.narrowest().name if scope else None) == government


def test_module_example_runs() -> None:
    assert doctest.testmod(kg.gazetteer).failed == 0


@pytest.mark.parametrize(("text", "unknown"), [
    ("秘东市人大常委会任命王伟为秘东市副市长", ("秘东市",)),  # 肇东市 misread by OCR
    ("黑龙江省秘东市人民政府", ("秘东市",)),
    ("肇东市人大常委会", ()), ("黑龙江省肇东市人民政府", ()), ("宁波市鄞州区人民政府", ()),
    ("已经市政府同意", ()), ("各市人民政府，省政府各部门", ()), ("地级市人民政府", ()),
    ("根据市人大常委会决定", ()), ("本县人民政府", ()), ("自治区人民政府", ()),
])
def test_unknown_places_are_names_of_governments_no_division_bears(text, unknown) -> None:
    assert get_gazetteer().unknown_places(text) == unknown


@pytest.mark.parametrize(("text", "places"), [
    # a notice printed in traditional characters names its places too (江蘇省 is 江苏省)
    ("江蘇省2月15日發布的通知顯示，省長主持省政府全面工作。由南京市長之職升任副省長。", ("江苏省", "南京市")),
    ("廈門市人民政府關於印發市政府領導工作分工的通知。各區人民政府，市直各委、辦、局：為做好工作，現予印發。",
     ("厦门市",)),
    # a division whose name writes a character the tables would simplify (乾 → 干) keeps it
    ("吉林省乾安县人民政府关于印发工作方案的通知", ("吉林省", "乾安县")),
    ("吉林省乾安縣人民政府關於印發工作方案的通知，各鄉鎮人民政府，縣政府各部門、各直屬機構。", ("吉林省", "乾安县")),
])
def test_places_are_read_in_traditional_characters_too(g, text, places) -> None:
    assert g.clues(text)[0] == places
    assert g.places_in(text) == places


def _dict_reader_rows(path) -> list[dict[str, str]]:
    """read_csv as it was written first, with csv.DictReader (kept to check the fast form against)."""
    import csv
    import io

    text = path.read_text(encoding="utf-8-sig")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(io.StringIO("\n".join(lines)))]


def test_read_csv_gives_dict_readers_rows(tmp_path) -> None:
    tables = sorted(DATA_DIR.rglob("*.csv"))
    assert len(tables) >= 8
    odd = tmp_path / "odd.csv"  # short and long rows, a repeated and a blank column, spaces, quotes, a comment
    odd.write_text('\ufeffa, b ,a,,c\n# note\n1,2\n 3 ,4,5,6,7,8,9\n"x, y",z\n\n  \n',
                   encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("# nothing\n", encoding="utf-8")
    for path in [*tables, odd, empty]:
        assert read_csv(path) == _dict_reader_rows(path), path
    assert read_csv(odd)[1] == {"a": "5", "b": "4", "c": "7"}


def _short_name_plain(name: str, nations=()) -> str:
    """short_name as it was written first, every suffix tried (kept to check the fast form against)."""
    base = name
    for suffix in kg.gazetteer._SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    if base != name and "族" in base:
        stripped = True
        while stripped:
            stripped = False
            for nation in nations:
                for form in (nation, nation[:-1] if nation.endswith("族") else nation):
                    if len(base) > len(form) + 1 and base.endswith(form):
                        base, stripped = base[: -len(form)], True
                        break
                if stripped:
                    break
    return base if len(base) >= 2 else ""


def test_short_name_tries_the_suffixes_as_before(g) -> None:
    nations = kg.gazetteer._nations()
    names = [n for r in g.regions.values() for n in (r.name, r.official, *r.aliases) if n]
    names += ["", "省", "区", "自治区", "市区", "林区", "新区", "特别行政区", "香港特别行政区", "恩施土家族苗族自治州"]
    assert len(names) > 3000
    assert [short_name(n, nations) for n in names] == [_short_name_plain(n, nations) for n in names]
