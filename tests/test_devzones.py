"""The national catalogue of development zones (kg/data/devzones_2018.csv) and parks found in it."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from kg.extract.devzones import CATALOGUE, load_zones, match_zone
from kg.extract.parks import extract_parks
from kg.gazetteer import read_csv
from kg.read.segment import as_one_document as make_doc


def test_the_catalogue_has_the_announcements_2543_zones() -> None:
    # 国家发展改革委等六部门公告2018年第4号: 2,543 zones, 552 by the State Council, 1,991 by provinces
    zones = load_zones()
    levels = Counter(z.level for z in zones)
    assert len(zones) == 2543
    assert levels == {"国务院": 552, "省政府": 1991}
    # the State Council's five kinds as the announcement counts them
    national = Counter(z.type for z in zones if z.national)
    assert national == {"经济技术开发区": 219, "高新技术产业开发区": 156, "海关特殊监管区域": 135,
                        "边境/跨境经济合作区": 19, "其他类型开发区": 23}


def test_every_row_is_well_formed_and_its_code_says_its_level_province_and_type() -> None:
    kinds = {"1": "经济技术开发区", "2": "高新技术产业开发区", "3": "海关特殊监管区域", "5": "边境/跨境经济合作区",
             "6": "其他类型开发区", "7": "经济开发区", "8": "高新技术产业开发区", "9": "工业园区"}
    provinces = {r["adcode"][:2]: r["name"] for r in read_csv(CATALOGUE.parent / "divisions" / "adcodes.csv")
                 if r["adcode"].endswith("0000000000")}
    for z in load_zones():
        assert re.fullmatch(r"[GS]\d{6}", z.code), z
        assert z.level == ("国务院" if z.code[0] == "G" else "省政府"), z
        assert z.province == provinces[z.code[1:3]], z
        assert z.type == kinds[z.code[3]], z
        assert re.fullmatch(r"\d{4}\.\d{2}(/\d{4}\.\d{2})?", z.approved), z
        assert float(z.area_ha) > 0, z
        assert z.name and z.industries, z
    # one code is printed twice in the source (淄川 and 临淄 both S377018): kept as printed
    codes = Counter(z.code for z in load_zones())
    assert [c for c, n in codes.items() if n > 1] == ["S377018"]


@pytest.mark.parametrize(("name", "host", "code"), [
    ("焦作高新技术产业开发区", "焦作市", "G412116"),      # as catalogued
    ("苏州工业园区", None, "G321090"),
    ("洛阳高新区", "洛阳市", "G412030"),                 # 高新区 is 高新技术产业开发区
    ("高新区", "洛阳市", "G412030"),                     # no place of its own: its host's
    ("宁波国家高新区", "宁波市", "G332084"),              # 国家 dropped
    ("枣阳经济开发区", "枣阳市", "S427025"),              # 湖北枣阳经济开发区: the province dropped
    ("枣阳经开区", "枣阳市", "S427025"),
    ("鄞州工业园区", "宁波市", "S339013"),                # 宁波鄞州工业园区: the host in front
    ("鄞州工业园区", "鄞州区", "S339013"),                # … or the host district's city
    ("临港经济开发区", "济南市", "S377002"),
    ("安阳市产业集聚区", None, "S419056"),                # not 安阳县产业集聚区
    ("喀什经济开发区", None, "G656035"),                  # （含新疆生产建设兵团片区） dropped
    ("叶城工业园区", "叶城县", "S659037"),
])
def test_a_park_is_the_zone_that_answers_to_its_name(name, host, code) -> None:
    zone = match_zone(name, host)
    assert zone is not None and zone.code == code


@pytest.mark.parametrize(("name", "host"), [
    ("经济开发区", "北京市"),          # 北京经济技术开发区 is not an 经济开发区
    ("新乡经开区", None),               # 新乡经济技术开发区 or 河南新乡经济开发区: no guess
    ("东乡经济开发区", None),           # one in 江西, one in 甘肃
    ("东乡经济开发区", "抚州市"),       # … unless the host says which: see below
    ("枣阳市化工园区", "襄阳市"),       # not catalogued
    ("长乐经济开发区", "南京市"),       # 福建长乐经济开发区 is not in 江苏
    ("产业园", "宁波市"),
])
def test_no_zone_or_two_zones_is_no_match(name, host) -> None:
    if name == "东乡经济开发区" and host:
        assert match_zone(name, host).code == "S367087"  # 江西东乡经济开发区: 抚州 is in 江西
        return
    assert match_zone(name, host) is None


def test_a_park_found_in_a_text_carries_its_zones_code_level_and_date() -> None:
    # ../shared/realdev2 jiaozuo_devzones_2018.txt
    text = ("据悉,焦作共有8家开发区列入新版《目录》!\n焦作这8家开发区分别是:焦作高新技术产业开发区\n焦作市工业产业集聚区\n"
            "修武县产业集聚区\n武陟经济技术开发区\n恭喜这些开发区取得正式“户口”\n")
    got = [(p.name, p.catalogue_code, p.catalogue_level, p.catalogue_approved, p.catalogue_area_ha)
           for p in extract_parks(make_doc(text))]
    assert got == [("焦作高新技术产业开发区", "G412116", "national", "2015-09", 715.0),
                   ("焦作市工业产业集聚区", "S419072", "province", "2010-12", 1904.85),
                   ("修武县产业集聚区", "S419073", "province", "2010-03", 594.53),
                   ("武陟经济技术开发区", "S417075", "province", "2015-02", 1556.0)]


def test_a_park_the_catalogue_lacks_carries_nothing() -> None:
    # real/projects2 xinjiang_zizhiqu_gaoxinqu_2015.txt: 鄯善高新技术产业开发区 is catalogued as 鄯善工业园区
    text = ("据新疆日报消息,最近,自治区批准设立了喀什经济开发区高新技术产业园、疏勒高新技术产业开发区、"
            "哈密高新技术产业开发区、鄯善高新技术产业开发区四个“高新区”。")
    got = {p.name: p.catalogue_code for p in extract_parks(make_doc(text))}
    assert got["疏勒高新技术产业开发区"] == "S658034"
    assert got["哈密高新技术产业开发区"] == "S658015"
    assert got["鄯善高新技术产业开发区"] is None
