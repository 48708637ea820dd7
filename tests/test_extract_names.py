"""kg.extract.names: park and project names in running text, from sentences of real
documents (the file is named) and the forms the module documents."""

from __future__ import annotations

import pytest

from kg.extract.names import (
    Name,
    generic_park_name,
    park_names,
    project_names,
    region_name,
    sibling_park_names,
)

# docs/anhui_chuzhou_fengyang_yuanqu_2013.txt
FENGYANG = ("本报讯 凤阳县2012年注重园区基础设施建设,加大招商引资力度,初步形成了以凤阳工业园区、"
            "凤阳硅工业园、凤阳宁国现代产业园三大省级园区为中心,以滁州市报废汽车循环经济产")
# projects2/xinjiang_kashi_yecheng_gongyeyuanqu_2016.txt
YECHENG = ("过多年建设,打造了设施配套“六通一平”的发展环境,创建了集轻工业园、商贸物流园、化工园、"
           "光伏发电园和重工业园为特色的“一区五园”的发展格局")


def _texts(names) -> list[str]:
    return [n.text for n in names]


def test_park_names_read_leftwards_from_their_ending():
    names = list(park_names(FENGYANG))
    assert _texts(names) == ["凤阳工业园区", "凤阳硅工业园", "凤阳宁国现代产业园"]  # not 三大省级园区: generic
    for name in names:
        assert isinstance(name, Name) and FENGYANG[name.start:name.end] == name.text


def test_an_enumeration_with_one_park_names_its_siblings():
    names = list(park_names(YECHENG))
    assert _texts(names) == ["商贸物流园"]
    siblings = list(sibling_park_names(YECHENG, names))
    assert _texts(siblings) == ["轻工业园", "化工园", "光伏发电园", "重工业园"]
    assert all(YECHENG[n.start:n.end] == n.text for n in siblings)


def test_no_siblings_without_a_park_in_the_list():
    text = "建设了人民公园、儿童乐园和植物园"
    assert list(sibling_park_names(text, list(park_names(text)))) == []


def test_a_name_that_runs_on_gives_only_the_longer_one():
    assert _texts(park_names("柳河经济开发区大健康产业园区")) == ["柳河经济开发区大健康产业园区"]


def test_a_document_title_is_not_a_park():
    assert _texts(park_names("根据《关于补办开发区审批手续的函》")) == []


def test_project_names():
    assert _texts(project_names("开工建设年产30万吨超高功率石墨电极项目")) == ["年产30万吨超高功率石墨电极项目"]
    assert _texts(project_names("柳河经济开发区大健康产业园区（标准厂房）建设项目")) == [
        "柳河经济开发区大健康产业园区（标准厂房）建设项目"]
    assert _texts(project_names("加快推进重点项目建设")) == []  # a generic phrase, no project


def test_region_name_reads_the_place_a_text_opens_with():
    assert region_name("柳河经济开发区东南部") == "柳河经济开发区"
    assert region_name("，距离县城") is None


@pytest.mark.parametrize("name", [
    "武清区示范工业园区",  # tests/data/real/mixed23 tianjin_wuqing_shifangongyeyuanqu_2025 (…,武清区示范工业园区承担着…)
    "玉林市各县市区产业园",  # tests/data/real/parks4 guangxi_yulin_beiliu_jingkaiqu_2025 (规上企业位居玉林市各县市区产业园第一)
])
def test_a_place_and_a_collective_word_before_a_kind_name_no_park(name: str) -> None:
    assert generic_park_name(name)
    assert not generic_park_name("枣阳市化工园区")  # a place and a kind alone is a park


def test_a_kind_of_zone_alone_opening_a_name_is_where_the_park_lies() -> None:
    # tests/data/real/mixed23 heilongjiang_mudanjiang_suifenhe_kaigong_2023
    text = "绥芬河市2023年第五批重点项目集中开工仪式近日在边境经济合作区俄蜜源蜂业产业园区举行。"
    assert [n.text for n in park_names(text)] == ["俄蜜源蜂业产业园区"]
    assert [n.text for n in park_names("宁波经济技术开发区化工园区")] == ["宁波经济技术开发区化工园区"]
