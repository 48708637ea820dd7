"""kg.extract.lists: the list and coordination grammar, on real sentences (file named beside each)."""

from __future__ import annotations

import pytest

from kg.extract.lists import (
    Item,
    item_start,
    list_after_head,
    list_before,
    pair_respectively,
    read_list,
    read_tail,
    share_suffix,
    share_unit,
    split_items,
)


def _exact(text: str, items: tuple[Item, ...] | list[Item]) -> None:
    for item in items:
        assert text[item.start:item.end] == item.text


def test_names_before_wei() -> None:
    # realdev2/jinwan_zh_renda_2020.txt
    s = "任命方卫春、曹环球、蓝永兴、杨振华、罗华平为区人大常委会代表资格审查委员会组成人员"
    items = split_items(s, 2, s.index("为"))
    assert [i.text for i in items] == ["方卫春", "曹环球", "蓝永兴", "杨振华", "罗华平"]
    _exact(s, items)


def test_names_after_head_shi_with_bracket_note() -> None:
    # realdev2/henan_wenshiguan_2013.txt
    s = "当天新聘的15位省文史研究馆馆员是:王立群、王永宽、王玉函、王宝童、甘泽平、齐飞、刘宏(女)、张家顺。"
    m = list_after_head(s, s.index("是:"))
    assert m is not None and m.head == "是:"
    assert m.texts == ["王立群", "王永宽", "王玉函", "王宝童", "甘泽平", "齐飞", "刘宏(女)", "张家顺"]
    _exact(s, m.items)


@pytest.mark.parametrize(("text", "items", "tail", "count"), [
    ("王立群等15人", ["王立群"], "等15人", 15),  # realdev2/henan_wenshiguan_2013.txt: 新聘王立群等15人为…
    ("蔡春等60名同志", ["蔡春"], "等60名同志", 60),  # realdev2/songjiang_sh_renda_2015.txt
    ("李学智、杨家全3人", ["李学智", "杨家全"], "3人", 3),
    ("方卫春、曹环球", ["方卫春", "曹环球"], None, None),
])
def test_read_list_takes_the_tail_off(text: str, items: list[str], tail: str | None, count: int | None) -> None:
    m = read_list(text, 0, len(text))
    assert (m.texts, m.tail, m.count) == (items, tail, count)


def test_list_before_a_counted_tail() -> None:
    # realdev2/hunan_projects_2023.txt
    s = "基础设施项目包括长沙至赣州高铁、邵阳至永州高铁、铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目"
    m = list_before(s, s.index("等55"))
    assert m is not None
    assert m.texts == ["长沙至赣州高铁", "邵阳至永州高铁", "铜仁至吉首铁路", "G59官庄至新化公路"]
    assert (m.tail, m.count) == ("等55个交通网项目", 55)
    assert s[m.span[0]:m.span[1]] == "长沙至赣州高铁、邵阳至永州高铁、铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目"
    _exact(s, m.items)


def test_list_before_stops_at_a_comma_sentence() -> None:
    # realdev2/hunan_projects_2023.txt: the second list of the sentence starts after the comma's clause
    s = ",宁夏至湖南特高压输电工程、岳阳电厂等26个能源网项目"
    m = list_before(s, s.index("等26"), item_chars=r"[\u4e00-\u9fffA-Za-z0-9]")
    assert m is not None and m.texts == ["宁夏至湖南特高压输电工程", "岳阳电厂"]


def test_list_after_head_fenbieshi() -> None:
    # realdev2/liaoning_chemical_parks_2022.txt
    s = "第二批共认定9家化工园区,分别是沈阳化学工业园、大连大孤山化工园区、鞍山精细有机新材料化工产业园。"
    m = list_after_head(s, s.index("分别是"))
    assert m is not None and m.head == "分别是"
    assert m.texts == ["沈阳化学工业园", "大连大孤山化工园区", "鞍山精细有机新材料化工产业园"]


def test_conjunction_only_where_asked() -> None:
    s = "上海市松江区建设和管理委员会主任"  # realdev2/songjiang_sh_renda_2015.txt: 和 inside a unit
    assert [i.text for i in split_items(s)] == [s]
    assert [i.text for i in split_items("张三、李四和王五", conjunctions=("和",))] == ["张三", "李四", "王五"]


def test_space_separated_names_keep_a_padded_name() -> None:
    # realdev/linan_credit_leading_group_2013.txt pads a two-character name: 副组长：冯 镭
    s = "副组长：冯 镭  张三 李四"
    items = split_items(s, s.index("：") + 1, spaces=True)
    assert [i.text for i in items] == ["冯 镭", "张三", "李四"]
    _exact(s, items)


def test_numbered_lines() -> None:
    s = "1.沈阳化学工业园\n2.大连大孤山化工园区\n（3）鞍山精细有机新材料化工产业园"
    assert [i.text for i in split_items(s, lines=True)] == ["沈阳化学工业园", "大连大孤山化工园区", "鞍山精细有机新材料化工产业园"]


def test_posts_share_their_unit_and_an_inner_body_is_no_new_unit() -> None:
    # realdev2/songjiang_sh_renda_2015.txt: 任命糜世峰同志为上海市松江区人民法院副院长、审判委员会委员、审判员
    posts = [("上海市松江区人民法院", "副院长"), ("审判委员会", "委员"), (None, "审判员")]
    assert share_unit(posts) == [("上海市松江区人民法院", "副院长"), ("上海市松江区人民法院", "审判委员会委员"),
                                 ("上海市松江区人民法院", "审判员")]
    # …人事代表工作室主任、人事代表工作委员会副主任: a committee of its own is a new unit
    assert share_unit([("区人大常委会人事代表工作室", "主任"), ("人事代表工作委员会", "副主任")])[1] == \
        ("人事代表工作委员会", "副主任")


def test_share_suffix_and_pairing() -> None:
    assert share_suffix(["枣阳", "宜城化工园区"], ("化工园区", "园区")) == ["枣阳化工园区", "宜城化工园区"]
    assert pair_respectively(["A", "B"], ["X", "Y"]) == [("A", "X"), ("B", "Y")]
    assert pair_respectively(["A", "B"], ["X"]) == [("A", "X"), ("B", "X")]
    assert pair_respectively(["A", "B", "C"], ["X", "Y"]) is None


def test_read_tail_rows() -> None:
    t = read_tail("等15位新聘馆员颁发聘书", 0)
    assert t is not None and (t.count, t.noun) == (15, "新聘馆员")
    assert read_tail("为省文史研究馆馆员", 0) is None


def test_a_tail_that_counts_kinds() -> None:
    # tests/data/real/mixed8 guizhou_projects_2017: 等4类 closes a list of categories
    from kg.extract.lists import counts_kinds
    assert counts_kinds("包括资源型数字经济、技术型数字经济、服务型数字经济等4类,共37个")
    assert not counts_kinds("包括铜仁至吉首铁路、G59官庄至新化公路等55个交通网项目")


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("总投资10亿元的河南能源化工集团汽车物流园项目", "河南能源化工集团汽车物流园项目"),  # mixed9 henan_luoyang_projects_2019
        ("福清市的元洪海鲜世界文化旅游项目", "元洪海鲜世界文化旅游项目"),  # mixed10 fujian_projects_2018
        ("具有代表性的有仓山万科派广场二期", "仓山万科派广场二期"),  # mixed10 fuzhou_projects_2018
        # mixed4 fujian_fuzhou_jizhongkaigong_2022
        ("福州市参加第二季度全省重大项目视频连线集中开工活动的有福清思嘉新材料科技产业园项目", "福清思嘉新材料科技产业园项目"),
        ("其中包括黄河外滩景区(旅游大道)", "黄河外滩景区(旅游大道)"),  # mixed9 ningxia_yinchuan_projects_2015
        ("以及企业投资的拉萨国际总部城", "拉萨国际总部城"),  # mixed10 xizang_lasa_projects_2013
        ("长三角文旅融合休闲目的地", "长三角文旅融合休闲目的地"),  # seeds: 目的地 holds its 的
        # mixed11 dengkou_kaigong_2023: a capacity's 的 is the name's own
        ("泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目",
         "泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目"),
        ("有色金属产业园", "有色金属产业园"),  # 有 opens a name unless a modifier's 的 stands before it
    ],
)
def test_item_start_cuts_modifiers_and_heads(item: str, name: str) -> None:
    assert item[item_start(item, 0, len(item)):] == name


def test_a_zone_committee_after_a_post_of_the_zone_is_the_zones() -> None:
    # 就任天津港保税区党委常委、管委会副主任 (tests/data/real/mixed11/tianjin_binhai_kaifaqu_renmian_2019.txt); after a
    # party committee's post 管委会 stays as written (real/personnel4 anhui_wuhu_jingkaiqu_renmian_2020)
    assert share_unit([("天津港保税区", "党委常委"), ("管委会", "副主任")]) == [
        ("天津港保税区", "党委常委"), ("天津港保税区", "管委会副主任")]
    assert share_unit([("中共芜湖经济技术开发区工委", "书记"), ("管委会", "主任")]) == [
        ("中共芜湖经济技术开发区工委", "书记"), ("管委会", "主任")]


def test_an_industries_list_tail_is_cut_with_the_lists_own_count() -> None:
    # tests/data/real/parks4 ningxia_zizhiqu_shifanyuanqu_2020: 重点发展新材料、装备制造、纺织三大主导产业
    from kg.extract.lists import INDUSTRY_LIST_TAIL_RE
    assert INDUSTRY_LIST_TAIL_RE.sub("", "纺织三大主导产业") == "纺织"
    assert INDUSTRY_LIST_TAIL_RE.sub("", "车载镜头等") == "车载镜头"
    assert INDUSTRY_LIST_TAIL_RE.sub("", "大健康产业") == "大健康产业"


def test_names_join_at_a_separator_or_and_never_at_yu() -> None:
    # the name list of tests/data/real/personnel4/guangxi_zizhiqu_zhengxie_renshi_2016.txt (卞文甫因工作变动、侯家祥因年龄
    # 原因); the personnel rows read it from here (NAME_JOIN), and 与 pairs a person with whom they act
    import re

    from kg.extract.lists import NAME_JOIN
    from kg.patterns import RESIGN_GAP, RESIGN_REASON
    assert all(re.fullmatch(NAME_JOIN, j) for j in ("、", "，", ",", "和", "及"))
    assert not any(re.fullmatch(NAME_JOIN, j) for j in ("与", "以及", "；"))
    text = "卞文甫因工作变动、侯家祥因年龄原因请辞"
    assert re.compile(RESIGN_REASON).match(text, 3).group() == "因工"  # one name's reason, lazily
    assert re.compile(rf"{RESIGN_REASON}、").match(text, 3).group() == "因工作变动、"
    assert re.compile(rf"{RESIGN_REASON}请辞").match(text, 3) is None  # never over the next name
    assert re.compile(rf"{RESIGN_GAP}请辞").match(text, 3).group() == "因工作变动、侯家祥因年龄原因请辞"
