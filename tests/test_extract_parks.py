"""Parks tables: host from brackets, sector carried down, industries split, seeds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.extract import extract_document
from kg.extract.parks import extract_parks, split_host, split_industries
from kg.gazetteer import get_gazetteer
from kg.read.ingest import read_text
from kg.read.segment import as_one_document as make_doc
from kg.read.segment import segment
from kg.records import Park


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        ("机器人小镇（余姚市）", "机器人小镇", "余姚市"),
        ("宁波软件园(宁波国家高新区)", "宁波软件园", "宁波国家高新区"),
        ("芯港小镇（宁波经济技术开发区）", "芯港小镇", "宁波经济技术开发区"),
        ("临空经济示范区（萧山区）", "临空经济示范区", "萧山区"),
        ("光伏产业园（一期）", "光伏产业园（一期）", None),
        ("集成电路小镇（松山湖）", "集成电路小镇", "松山湖"),  # a host with no region ending
        ("光伏产业园（筹）", "光伏产业园（筹）", None),
        ("数字经济产业园(省级)", "数字经济产业园(省级)", None),
        ("前洋产业园", "前洋产业园", None),
    ],
)
def test_split_host(text, name, host):
    assert split_host(text) == (name, host)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("工业机器人、关键部件", ("工业机器人", "关键部件")),
        ("光学镜头、模组、车载镜头等", ("光学镜头", "模组", "车载镜头")),
        ("光学膜、反射膜等光学膜材料，金属材料", ("光学膜", "反射膜等光学膜材料", "金属材料")),
        ("集成电路关键装备及零部件", ("集成电路关键装备及零部件",)),
        ("生物医药,医疗器械;健康服务等领域", ("生物医药", "医疗器械", "健康服务")),
    ],
)
def test_split_industries(text, items):
    assert split_industries(text) == items


HTML = """<p>专栏5：特色产业园区</p>
<table><tr><th>领域</th><th>园区名称</th><th>主导产业</th></tr>
<tr><td rowspan="2">智能制造</td><td>机器人产业园（萧山区）</td><td>工业机器人、减速器等</td></tr>
<tr><td>数控机床产业园（余杭区）</td><td>数控系统</td></tr>
<tr><td>生物医药</td><td>医药港小镇（钱塘区）</td><td>创新药，医疗器械</td></tr>
</table>"""

TSV = (
    "领域\t园区名称\t主导产业\n"
    "智能制造\t机器人产业园（萧山区）\t工业机器人、减速器等\n"
    "\t数控机床产业园（余杭区）\t数控系统\n"
    "生物医药\t医药港小镇（钱塘区）\t创新药，医疗器械\n"
)

EXPECTED = [
    ("机器人产业园", "萧山区", "智能制造", ("工业机器人", "减速器")),
    ("数控机床产业园", "余杭区", "智能制造", ("数控系统",)),
    ("医药港小镇", "钱塘区", "生物医药", ("创新药", "医疗器械")),
]


@pytest.mark.parametrize("text", [HTML, TSV], ids=["html-rowspan", "tsv-blank-cells"])
def test_parks_table(text):
    doc = make_doc(text)
    parks = list(extract_parks(doc))
    assert [(p.name, p.host, p.sector, p.industries) for p in parks] == EXPECTED
    for p in parks:
        assert doc.text.original[p.evidence.start:p.evidence.end] == p.evidence.quote
        assert p.industries_raw in p.evidence.quote


def test_html_table_and_its_tsv_copy_give_each_park_once():
    doc = make_doc(HTML + "\n" + TSV)
    parks = list(extract_parks(doc))
    assert len(parks) == 3
    assert all("<" not in p.evidence.quote for p in parks)  # the copy without markup


def test_project_tables_are_not_parks():
    body = "序号\t项目名称\t牵头单位\n1\t智能装备产业园\t市经信局\n"
    assert list(extract_parks(make_doc(body))) == []


@pytest.fixture(scope="module")
def seed_parks(seed_docs):
    return seed_docs, [p for d in seed_docs for p in extract_parks(d)]


def test_seed_parks(seed_parks):
    docs, parks = seed_parks
    table = [p for p in parks if p.source.startswith("001") and "\t" in p.evidence.quote]
    assert len(table) == 18
    assert len({(p.name, p.host) for p in table}) == 18
    assert len({(p.source, p.name) for p in parks}) == len(parks)  # a park once per file
    by_name = {p.name: p for p in table}
    assert by_name["灵峰现代产业园"].host == "宁波经济技术开发区"
    assert by_name["灵峰现代产业园"].sector == "关键基础零部件"  # carried down
    assert by_name["前洋产业园"].sector == "关键基础软件"
    assert by_name["高新技术产业园"].industries == ("光学膜", "反射膜等光学膜材料", "金属材料")
    assert by_name["光伏储能产业园"].industries == ("光伏组件", "光伏电池片")
    for p in parks:
        st = next(d.text for d in docs if d.source == p.source)
        assert st.original[p.evidence.start:p.evidence.end] == p.evidence.quote
        assert p.name in p.evidence.quote


def prose_parks(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.host) for p in extract_parks(make_doc(text))]


def test_parks_in_a_zone_description_take_the_zone_as_host():
    text = ("柳河经济开发区组建于2005年9月，规划总面积12平方公里。\n柳河经济开发区地块完整，建有孵化产业园40万平。\n"
            "形成“一心四园”的格局,即：大健康产业园、新材料产业园。\n柳河县新材料产业园位于柳河经济开发区东南部。\n")
    assert sorted(prose_parks(text)) == sorted([
        ("孵化产业园", "柳河经济开发区"), ("大健康产业园", "柳河经济开发区"), ("新材料产业园", "柳河经济开发区"),
        ("柳河县新材料产业园", "柳河经济开发区"), ("柳河经济开发区", "柳河县")])  # the zone itself: its county


def test_parks_hosted_by_the_region_that_builds_them_and_named_brackets_kept():
    text = "此次设立的省级高新区分别是:长沙市在浏阳工业集中区基础上建设浏阳高新区;湘西自治州在泸溪工业集中区基础上建设泸溪高新区。"
    assert sorted(prose_parks(text)) == sorted([
        ("浏阳工业集中区", "长沙市"), ("浏阳高新区", "长沙市"), ("泸溪工业集中区", "湘西自治州"), ("泸溪高新区", "湘西自治州")])
    text = "本报讯 凤阳县2012年形成了以凤阳工业园区、浙商(凤阳)工业园三大省级园区为中心的平台。"
    assert prose_parks(text) == [("凤阳工业园区", "凤阳县"), ("浙商(凤阳)工业园", "凤阳县")]


def test_a_list_of_our_citys_parks_takes_the_city_of_the_news_lead():
    # real/docs guangdong_meizhou_chanyezhuanyiyuan_2015.txt: 我市 is the 梅州 of 梅州网讯
    text = ("梅州网讯 近日,经省政府同意,省经信委发文。至此,我市已有4个省级产业转移工业园,其他3个为广州(梅州)产业转移工业园、"
            "东莞石碣(兴宁)产业转移工业园和东莞塘厦(平远)产业转移工业园。")
    assert prose_parks(text) == [("广州(梅州)产业转移工业园", "梅州市"), ("东莞石碣(兴宁)产业转移工业园", "梅州市"),
                                 ("东莞塘厦(平远)产业转移工业园", "梅州市")]


def test_a_generic_park_is_not_recorded():
    assert prose_parks("政策措施\n支持有条件的区县（市）创办残疾人创业园。") == []
    # a goal described (real/mixed5/neimenggu_eerduosi_dongsheng_kaifaqu_2003.txt)
    assert prose_parks("实现一区多园,最终建成产业突出、关联度高、服务功能齐全的现代化开发区。") == []


def _parks(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.host) for p in extract_parks(make_doc(text))]


def test_a_news_lead_with_its_byline_is_not_part_of_a_name() -> None:
    # 叶城 2016: 叶城讯(通讯员张银兆)叶城工业园区…; the sub-parks are the zone's
    text = ("叶城讯(通讯员张银兆)叶城工业园区2013年被批准为自治区级工业园区。"
            "目前,打造了商贸物流园、化工产业园为特色的发展格局。")
    assert _parks(text) == [("商贸物流园", "叶城工业园区"), ("化工产业园", "叶城工业园区")]


def test_a_park_named_after_a_zone_is_that_zones() -> None:
    # 新疆 2015: 喀什经济开发区高新技术产业园 is a park of 喀什经济开发区
    text = ("疏勒高新技术产业开发区是在齐鲁工业园区基础上建设的。"
            "喀什经济开发区高新技术产业园的建立充分整合了喀什经济开发区的优势。")
    assert ("喀什经济开发区高新技术产业园", "喀什经济开发区") in _parks(text)


def test_a_gathering_verb_is_not_part_of_a_name() -> None:
    from kg.extract.names import park_names
    assert [n.text for n in park_names("创建了集商贸物流园、化工产业园为特色的格局")] == ["商贸物流园", "化工产业园"]


def test_items_listed_with_a_park_are_parks() -> None:
    # 叶城 2016: 化工园 and 光伏发电园 end in a bare 园, but stand in one list with parks
    text = ("叶城工业园区2013年被批准为自治区级工业园区。"
            "创建了集轻工业园、商贸物流园、化工园、光伏发电园和重工业园为特色的“一区五园”的发展格局。")
    assert [name for name, _ in _parks(text)] == ["轻工业园", "商贸物流园", "化工园", "光伏发电园", "重工业园"]


def test_a_garden_listed_with_a_park_is_not_a_park() -> None:
    text = "叶城工业园区组建于2013年。园区建有商贸物流园、幼儿园和公园。"
    assert [name for name, _ in _parks(text)] == ["商贸物流园"]


def test_a_zone_listed_among_its_peers_is_not_the_texts_subject() -> None:
    # 新疆 2015: 疏勒… recurs, but the approval lists it with three others; the host is the
    # place the title opens with (新疆), not the zone
    text = ("新疆新增四个自治区级“高新区”\n据新疆日报消息,自治区批准设立了疏勒高新技术产业开发区、哈密高新技术产业开发区两个高新区。"
            "据悉,园区发展迅速。疏勒高新技术产业开发区是在疏勒南疆齐鲁工业园区基础上建设的,规划面积53.67平方公里。"
            "哈密高新技术产业开发区规划面积为69.22平方公里。")
    assert _parks(text)[:2] == [("疏勒高新技术产业开发区", "新疆"), ("哈密高新技术产业开发区", "新疆")]


# --- Parks in lists: each construction with a real sentence (file named in the test) ---


def test_a_list_grouped_under_a_city_takes_the_city() -> None:
    # ../shared/realdev2 hubei_chemical_parks_undated.txt: 襄阳市6个:A、B… and sub-parks in (含…)
    text = ("全省第一批拟认定合格的化工园区名单\n"
            "襄阳市6个:枣阳市化工园区、襄城经济开发区余家湖化工园区、南漳经济开发区化工园区。\n"
            "宜昌市6个:枝江市姚家港化工园、远安县化工园区(含航空航天化工园区、万里化工园区)。\n"
            "恩施州1个:白杨坪化工园区。\n")
    assert _parks(text) == [
        ("枣阳市化工园区", "襄阳市"), ("襄城经济开发区余家湖化工园区", "襄阳市"), ("南漳经济开发区化工园区", "襄阳市"),
        ("枝江市姚家港化工园", "宜昌市"), ("远安县化工园区", "宜昌市"), ("航空航天化工园区", "宜昌市"),
        ("万里化工园区", "宜昌市"), ("白杨坪化工园区", "恩施州")]


def test_one_park_a_line_after_a_list_head_takes_the_heads_place() -> None:
    # ../shared/realdev2 jiaozuo_devzones_2018.txt
    text = ("据悉,焦作共有8家开发区列入新版《目录》!\n焦作这8家开发区分别是:焦作高新技术产业开发区\n焦作市工业产业集聚区\n"
            "修武县产业集聚区\n武陟经济技术开发区\n恭喜这些开发区取得正式“户口”\n")
    assert _parks(text) == [("焦作高新技术产业开发区", "焦作市"), ("焦作市工业产业集聚区", "焦作市"),
                            ("修武县产业集聚区", "焦作市"), ("武陟经济技术开发区", "焦作市")]


def test_a_list_after_fenbieshi_keeps_each_item_whole() -> None:
    # ../shared/realdev2 liaoning_chemical_parks_2022.txt: 化工及精细化工园区 is one name; no host is stated
    text = ("第二批共认定9家化工园区,分别是沈阳化学工业园、抚顺高新技术产业开发区化工及精细化工园区、"
            "辽宁(营口)沿海产业基地化工产业区、盘锦帅乡工业园区。")
    assert [name for name, _ in _parks(text)] == [
        "沈阳化学工业园", "抚顺高新技术产业开发区化工及精细化工园区", "辽宁(营口)沿海产业基地化工产业区", "盘锦帅乡工业园区"]


def test_a_list_closed_by_deng_yipi_parks_with_each_parks_industry() -> None:
    # ../shared/realdev2 anhui_devzones_2015.txt: A的x、B的y…等一批特色产业园区 (无为 is a county, though 为 stops names)
    text = ("各地形成了合肥新站综合开发试验区的平板显示、淮北凤凰山经开区的食品加工、郎溪十字经开区的经编、"
            "无为高沟经开区的电缆等一批特色产业园区。")
    assert [name for name, _ in _parks(text)] == [
        "合肥新站综合开发试验区", "淮北凤凰山经开区", "郎溪十字经开区", "无为高沟经开区"]


def test_parks_paired_in_order_with_the_zones_that_run_them() -> None:
    # real/heldout jiangxi_sheng_shengjichanyeyuan_pifu.txt: 分别定名为A、B … 两个产业园分别纳入X和Y统一管理
    text = ("近日,江西省政府批复同意在南昌县、鹰潭市设立省级产业园,分别定名为南昌县汽车及零部件产业园、鹰潭移动物联网产业园,"
            "实行现行省级开发区政策。\n两个产业园分别纳入南昌小蓝经济技术开发区和鹰潭高新技术产业开发区统一管理,不新设管理机构。")
    assert _parks(text) == [("南昌县汽车及零部件产业园", "南昌小蓝经济技术开发区"), ("鹰潭移动物联网产业园", "鹰潭高新技术产业开发区")]


def test_a_named_zone_in_prose_is_hosted_by_its_own_place() -> None:
    # real/projects2 xinjiang_kashi_yecheng_gongyeyuanqu_2016.txt: the text's own zone, 叶城 → 叶城县
    text = ("叶城县积极创建自治区新型工业化产业示范基地\n"
            "叶城讯(通讯员张银兆)叶城工业园区2013年被批准为自治区级工业园区,批准规划建设面积17.73平方公里。")
    assert _parks(text) == [("叶城工业园区", "叶城县")]


def test_a_host_is_the_place_as_written() -> None:
    # real/mixed15 sichuan_aba_kaifaqu_mulu_2018.txt: 阿坝州 as the text writes it, not its full
    # name 阿坝藏族羌族自治州 (the scorer's rule: a host is a place as written); a bare stem
    # (焦作这8家) still takes its level (焦作市)
    text = ("阿坝州3个园区被纳入 《中国开发区审核公告目录》\n"
            "阿坝州入选新版目录的开发区分别为四川阿坝工业园区、成都—阿坝工业园区和德阿—阿坝生态经济产业园区。")
    assert {host for _, host in _parks(text)} == {"阿坝州"}


@pytest.mark.parametrize("text", [
    # ../shared/realdev2 chuzhou_tasks_2020.txt: zones as units in a list of units
    "协同责任单位:市经信局、市商务局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。",
    # ../shared/realdev2 fujian_projects_2017.txt: zones inside projects' names
    "其中,南山文化生态园总投资80亿元、龙岩市老工业区搬迁改造工程总投资68亿元、榕威纺织科技园总投资66.73亿元、"
    "连江西北经济区基础设施配套项目总投资50亿元。",
    # real/final liaoning_anshan_lishan_renwufenjie_2023.txt: a zone as a responsible unit
    "工作任务\n（一）稳定工业增长。\n责任单位:立山经济开发区\n",
    # tests/data/other_cities hefei_parks.txt: a table's caption
    "政策措施\n附件：合肥市特色产业园区一览表\n",
])
def test_zones_named_as_units_or_in_projects_are_not_parks(text) -> None:
    assert _parks(text) == []


def test_a_title_naming_a_city_and_its_district_hosts_the_parks_in_the_district() -> None:
    # seeds/003_c67c5be23edba4ef.txt: the title opens 宁波市鄞州区…; the parks are 鄞州区's (as its PDF reads)
    text = ("宁波市鄞州区人民政府办公室关于印发鄞州区对接大上海、融入长三角“十四五”发展规划的通知\n"
            "拥有省市级重点园区、省级集成电路产业基地,由鄞州工业园区、鄞州经济开发区、鄞州投资创业中心(潘火)、"
            "中车宁波产业基地构成的“三园区一基地”,形成了高端装备、汽车零部件、智能家电、新材料等重点产业集聚区。\n")
    assert _parks(text) == [("鄞州工业园区", "鄞州区"), ("鄞州经济开发区", "鄞州区")]


def test_a_text_run_together_on_one_line_has_no_title_to_hide_a_park_in() -> None:
    # seeds/004_9b4e3ac1528e934b.txt: a newspaper page's text with no line break; its PDF print breaks
    # lines, and both read 宁波国家高新区
    text = ("【紧接第1版】成为我市全面创新改革主引擎和优势领域科创策源地。" + "依托甬江科创大走廊建设。" * 12
            + "坚持系统性重构、创新性变革,整合提升各类开发区(园区)。加快宁波国家自主创新示范区建设,"
            "推进宁波国家高新区创新功能扩容提质,实现全国综合排名大幅跃升,为全市加快新旧动能转换提供服务支撑。")
    assert _parks(text) == [("宁波国家高新区", "宁波市")]


def test_a_list_items_own_industry_is_the_parks() -> None:
    # ../shared/realdev2 anhui_devzones_2015.txt: A的平板显示、B的食品加工…等一批特色产业园区
    text = ("各地形成了合肥新站综合开发试验区的平板显示、淮北凤凰山经开区的食品加工、郎溪十字经开区的经编、"
            "无为高沟经开区的电缆等一批特色产业园区。")
    got = {p.name: p.industries for p in extract_parks(make_doc(text))}
    assert got == {"合肥新站综合开发试验区": ("平板显示",), "淮北凤凰山经开区": ("食品加工",),
                   "郎溪十字经开区": ("经编",), "无为高沟经开区": ("电缆",)}


def test_a_line_a_park_opens_gives_its_industries_after_zhongdianfazhan() -> None:
    # real/projects2 xinjiang_zizhiqu_gaoxinqu_2015.txt: the parks listed in line 2, their industries below
    text = ("新疆新增四个自治区级高新区\n"
            "   据新疆日报消息,最近,自治区批准设立了喀什经济开发区高新技术产业园、疏勒高新技术产业开发区、"
            "哈密高新技术产业开发区、鄯善高新技术产业开发区四个“高新区”。\n"
            "   疏勒高新技术产业开发区是在疏勒南疆齐鲁工业园区基础上建设的,规划面积53.67平方公里,重点发展生物医药产业、"
            "现代物流和服务业、新能源和节能环保产业、新型建材产业、钢铁新材料产业等。\n"
            "   哈密高新技术产业开发区规划面积为69.22平方公里,主要发挥政府与市场对创新方向、路线选择以及各类创新要素配置的"
            "导向作用,着力打造新能源产业、装备制造产业、煤电煤化工产业和新材料产业。\n")
    got = {p.name: p.industries for p in extract_parks(make_doc(text))}
    assert got["疏勒高新技术产业开发区"] == ("生物医药产业", "现代物流和服务业", "新能源和节能环保产业", "新型建材产业",
                                       "钢铁新材料产业")  # 和 inside an item stays
    assert got["哈密高新技术产业开发区"] == ("新能源产业", "装备制造产业", "煤电煤化工产业", "新材料产业")  # …产业和…产业: two
    assert got["鄯善高新技术产业开发区"] == ()


def test_a_suozaidi_cell_one_cell_a_line_is_the_host_as_written() -> None:
    # tests/data/real/parks3 jiangxi_sheng_huagongyuanqu_2021: 名称 + 所在地, one cell per line
    text = ("表1  全省化工园区名单(第一批)\n序号\n化工园区(化工集中区)名称\n所在地\n"
            "1\n江西安义工业园区化工集中区\n南昌市安义县\n2\n九江石化产业园\n九江经开区\n")
    assert _parks(text) == [("江西安义工业园区化工集中区", "南昌市安义县"), ("九江石化产业园", "九江经开区")]


def test_a_row_under_a_merged_diqu_cell_keeps_the_place_above() -> None:
    # tests/data/real/parks3 zhejiang_sheng_huagongyuanqu_fuhe_2023: the merged 地区 cell shifts the row left
    text = ("序号 | 地 区 | 园 区 名 称 | 园区面积(公顷) | 备注(原园区名称) |\n"
            "1 | 杭州市 | 建德经济开发区化工园区 | 781.27 | 杭州市建德高新技术产业园 |\n"
            "2 | 天目医药港化工集聚区 | 111.11 | ||\n"
            "3 | 宁波市 | 宁波大榭开发区 | 1199.67 | |\n")
    assert _parks(text) == [("建德经济开发区化工园区", "杭州市"), ("天目医药港化工集聚区", "杭州市"),
                            ("宁波大榭开发区", "宁波市")]


def test_a_place_counting_its_parks_inside_a_line_hosts_its_list() -> None:
    # tests/data/real/mixed3 xinjiang_zizhiqu_xinzengyuanqu_2025
    text = ("新疆今年新增13家自治区级园区\n\n"
            "其中,阿勒泰地区3家:布尔津工业园区、阿勒泰产业园区、哈巴河工业园区;"
            "克拉玛依市2家:独山子工业园区、乌尔禾工业园区。\n")
    assert _parks(text) == [("布尔津工业园区", "阿勒泰地区"), ("阿勒泰产业园区", "阿勒泰地区"),
                            ("哈巴河工业园区", "阿勒泰地区"), ("独山子工业园区", "克拉玛依市"),
                            ("乌尔禾工业园区", "克拉玛依市")]


def test_one_park_a_numbered_line_under_a_list_head_naming_no_place() -> None:
    # tests/data/real/parks3 anhui_sheng_gaoxinqu_mingdan_2019: the items' own 安徽 is a province, not a host
    text = ("安徽7家高新区争创国家级高新区\n安徽省省级以上高新技术开发区具体名单如下:\n"
            "6.淮南高新技术产业开发区\n7.安徽安庆高新技术产业开发区\n8.安徽阜阳界首高新技术产业开发区\n")
    assert [name for name, _ in _parks(text)] == [
        "淮南高新技术产业开发区", "安徽安庆高新技术产业开发区", "安徽阜阳界首高新技术产业开发区"]


def test_one_park_a_line_after_fenbieshi_each_line_closed_by_a_dunhao() -> None:
    # tests/data/real/parks3 guangdong_sheng_huagongyuanqu_2025 (化工专区 ends a park: 佛山三水大塘精细化工专区)
    text = ("广东省又一批化工园区通过复核及新认定!\n此前,广东省有10家化工园区通过复核,分别是:\n"
            "佛山三水大塘精细化工专区、\n惠阳区新材料产业园、\n茂名高新技术产业开发区、\n韶关南雄产业园区、\n"
            "惠州新材料产业园通过认定。\n")
    assert [name for name, _ in _parks(text)] == [
        "佛山三水大塘精细化工专区", "惠阳区新材料产业园", "茂名高新技术产业开发区", "韶关南雄产业园区", "惠州新材料产业园"]


def test_a_reply_to_a_city_and_a_department_grants_the_zone_to_the_city() -> None:
    # tests/data/real/mixed3 guangxi_guilin_jingkaiqu_pifu_2020: addressee line under the title, rank word in front
    text = ("广西壮族自治区人民政府关于同意设立桂林经济技术开发区的批复(桂政函〔2020〕43号)\n\n"
            "桂林市人民政府,自治区商务厅:\n\n"
            "一、同意设立自治区级桂林经济技术开发区(以下简称桂林经开区)。桂林经开区总规划面积1878.53公顷。\n")
    assert ("桂林经济技术开发区", "桂林市") in _parks(text)
    assert not [name for name, _ in _parks(text) if name.startswith(("自治区级", "下简称"))]


def test_a_zones_site_given_after_its_grant_is_its_host() -> None:
    # tests/data/real/parks3 sichuan_sheng_kaifaqu_pifu_2019
    text = ("四川省人民政府\n关于设立四川邛崃经济开发区和四川古蔺经济开发区的批复\n川府函〔2019〕163号\n"
            "成都市、泸州市人民政府:\n"
            "一、同意设立四川邛崃经济开发区。开发区以食品饮料、医药为主导产业,设立地点在邛崃市,核准面积为703.20公顷。\n"
            "二、同意设立四川古蔺经济开发区。开发区以酿酒为主导产业,设立地点在古蔺县,核准面积为172.24公顷。\n")
    assert dict(_parks(text)) == {"四川邛崃经济开发区": "邛崃市", "四川古蔺经济开发区": "古蔺县"}


def test_a_catalogue_excerpt_headed_by_its_region_hosts_its_rows() -> None:
    # tests/data/real/parks3 shanghai_shi_kaifaqu_mulu_2018: 目录(上海篇) over a header's group row
    text = ("2018年版开发区审核公告目录(上海篇)\n"
            "国家级开发区 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业 |\n"
            "序号 | 开发区名称 | 批准时间 | 核准面积(公顷) | 主导产业 |\n"
            "1 | 漕河泾新兴技术开发区 | 1988.06 | 1330 | 电子信息、新材料、生物医药 |\n"
            "2 | 虹桥经济技术开发区 | 1986.08 | 65.2 | 贸易、展览展示、国际仲裁 |\n")
    assert _parks(text) == [("漕河泾新兴技术开发区", "上海市"), ("虹桥经济技术开发区", "上海市")]


def test_an_item_opening_with_a_city_and_its_county_keeps_both() -> None:
    # tests/data/real/parks3 neimenggu_huhehaote_gongyeyuanqu_2020 (和 of 和林格尔 is no separator)
    text = ("全市共有工业园区7个,包括2个国家级开发区:呼和浩特经济技术开发区、呼和浩特金山高新技术产业开发区,"
            "4个自治区级工业园区:呼和浩特敕勒川乳业开发区、呼和浩特和林格尔乳业开发区、内蒙古托克托工业园区、"
            "内蒙古武川经济开发区。")
    names = [name for name, _ in _parks(text)]
    assert "呼和浩特和林格尔乳业开发区" in names and "林格尔乳业开发区" not in names


def test_a_rank_word_stays_in_a_name_that_opens_with_no_place() -> None:
    # tests/data/real/docs hubei_xiangyang_laohekou_kaifaqu_2017 (gold keeps 省级 here; 自治区级桂林… drops it)
    assert "省级中小微创新企业孵化园" in [
        name for name, _ in _parks("湖北老河口经济开发区于1992年设立。建有省级中小微创新企业孵化园、光化科技产业园。")]


def test_a_list_item_ends_at_its_longest_park_ending() -> None:
    # tests/data/real/parks3 jiangsu_sheng_huagongyuanqu_2023 (具体为:, split on 、)
    text = ("具体为:如皋港化工新材料产业园、连云港石化产业基地、江苏连云港化工产业园区、大丰港石化新材料产业园、"
            "江苏扬州化学工业园区、镇江新区新材料产业园。")
    names = [name for name, _ in _parks(text)]
    assert "江苏扬州化学工业园区" in names and "江苏扬州化学工业园" not in names


def test_a_parks_managing_body_is_no_park() -> None:
    # tests/data/real/parks3 guangdong_sheng_huagongyuanqu_2025 and zhejiang_sheng_huagongyuanqu_fuhe_2023
    text = ("广东省要求,相关部门依据职责负责化工园区相关管理工作,指导和督促化工园区管理机构统筹管理化工园区各项工作,"
            "提升化工园区安全发展和绿色发展水平。")
    assert not [name for name, _ in _parks(text) if "管理机构" in name]


def test_a_list_line_is_the_park_it_names_whole() -> None:
    # tests/data/real/parks3 guangdong_sheng_huagongyuanqu_2025: not the zone inside the name, and a 工业区 line
    text = ("此前,广东省有10家化工园区通过复核,分别是:\n珠海经济技术开发区化工园区、\n广东翁源华彩化工园区、\n"
            "揭阳大南海石化工业区。\n")
    assert [name for name, _ in _parks(text)] == ["珠海经济技术开发区化工园区", "广东翁源华彩化工园区", "揭阳大南海石化工业区"]


def test_a_park_renamed_is_a_park_under_its_new_name() -> None:
    # tests/data/real/parks3 anhui_sheng_gaoxinqu_mingdan_2019
    text = "2月26日,凤凰网安徽了解到,2月13日,安徽省政府批复同意苏滁现代产业园更名为中新苏滁高新技术产业开发区。"
    assert "中新苏滁高新技术产业开发区" in [name for name, _ in _parks(text)]


def test_a_bracket_closing_a_list_item_is_part_of_the_name() -> None:
    # tests/data/real/parks3 jiangsu_sheng_huagongyuanqu_2023 (a place in brackets is a host, 含… a sub-park list)
    text = ("具体为:江苏扬子江国际化学工业园、江苏高科技氟化学工业园(江苏常熟新材料产业园)、"
            "南通经济技术开发区化工园区(南区)、如东洋口化学工业园。")
    names = [name for name, _ in _parks(text)]
    assert "江苏高科技氟化学工业园(江苏常熟新材料产业园)" in names and "南通经济技术开发区化工园区(南区)" in names


def test_a_park_word_inside_a_titles_brackets_is_no_park() -> None:
    # tests/data/real/parks3 zhejiang_sheng_huagongyuanqu_fuhe_2023
    text = ("请各部门根据《化工园区建设标准和认定管理办法(试行)》(工信部联原〔2021〕220号)、"
            "《浙江省化工园区评价认定管理办法》(浙经信材料〔2020〕101号)等文件要求,依据职能负责化工园区相关管理工作。")
    assert _parks(text) == []


def test_a_zones_system_of_management_is_a_topic_not_a_park() -> None:
    # tests/data/real/mixed3 xinjiang_zizhiqu_xinzengyuanqu_2025
    text = "近年来,阿克苏地区创新工业园区体制机制,产业承载力和综合竞争力逐步提升,集聚效应进一步凸显。"
    assert _parks(text) == []


def test_one_park_after_a_head_counting_it_is_listed() -> None:
    # tests/data/real/parks3 neimenggu_huhehaote_gongyeyuanqu_2020 (…, 1个市级工业园区:内蒙古清水河工业园区)
    text = ("呼和浩特|呼和浩特市决定进一步优化工业园区布局和定位\n"
            "调整后 , 全市共有工业园区7个 , 包括2个国家级开发区:呼和浩特经济技术开发区、呼和浩特金山高新技术产业开发区 , "
            "1个市级工业园区:内蒙古清水河工业园区 。\n")
    assert "内蒙古清水河工业园区" in [name for name, _ in _parks(text)]


# --- issue 21 round 3: constructions of tests/data/real/parks4 ------------------------------------------------


def _park_names(text: str) -> list[str]:
    return [p.name for p in extract_parks(make_doc(text))]


def test_places_before_a_tail_naming_their_kind_of_zone_are_those_zones() -> None:
    # parks4 heilongjiang_sheng_kaifaqu_mulu_2018: elliptical coordination, the count checks the completion
    text = ("黑龙江省有90家开发区纳入《目录》。其中国家级开发区16家,包括哈尔滨、哈尔滨利民、宾西等3家经济技术开发区,"
            "哈尔滨、黑龙江绥芬河等2家综合保税区,绥芬河、黑河等2家边境经济合作区;省级开发区74家。")
    parks = list(extract_parks(make_doc(text)))
    assert [p.name for p in parks] == [
        "哈尔滨经济技术开发区", "哈尔滨利民经济技术开发区", "宾西经济技术开发区", "哈尔滨综合保税区", "黑龙江绥芬河综合保税区",
        "绥芬河边境经济合作区", "黑河边境经济合作区"]
    assert [p.evidence.quote for p in parks][:3] == ["哈尔滨", "哈尔滨利民", "宾西"]
    # a count that does not match the items completes nothing
    assert _park_names("包括哈尔滨、宾西等3家经济技术开发区。") == []


def test_numbered_parks_run_together_on_one_line() -> None:
    # parks4 henan_sheng_chanyejijuqu_tongbao_2011 (附件1)
    text = "附件1\n1.郑州高新技术产业集聚区2.新乡高新技术产业集聚区3.洛阳高新技术产业集聚区4.长葛市产业集聚区5.西峡县产业集聚区\n"
    assert _park_names(text) == ["郑州高新技术产业集聚区", "新乡高新技术产业集聚区", "洛阳高新技术产业集聚区",
                                 "长葛市产业集聚区", "西峡县产业集聚区"]


def test_a_verb_before_a_park_and_jinshu_inside_its_name() -> None:
    # parks4 ningxia_zizhiqu_gaoxinqu_pifu_2021 (认定), henan_sheng_chanyejijuqu_tiaozheng_2015 (金属 is no 属)
    from kg.extract.names import park_names
    assert [n.text for n in park_names("一、同意认定宁夏贺兰工业园区为自治区高新技术产业开发区。")][0] == "宁夏贺兰工业园区"
    assert _park_names("名称分别为:长葛市大周再生金属循环产业集聚区、襄城县循环经济产业集聚区。") == [
        "长葛市大周再生金属循环产业集聚区", "襄城县循环经济产业集聚区"]


def test_a_rename_in_quotes_and_two_zones_of_one_kind_in_a_headline() -> None:
    # parks4 hubei_sheng_gaoxinqu_shengji_2017
    text = ("咸宁高新区黄冈高新区晋升国家级 湖北国家级高新区增至9个\n"
            "黄冈高新区位于黄冈市新城区。2000年7月,经省政府批准成立“黄冈高新技术产业开发区”,"
            "2015年7月更名为“湖北黄冈高新技术产业园区”。\n")
    names = _park_names(text)
    assert "湖北黄冈高新技术产业园区" in names and "咸宁高新区黄冈高新区" not in names


def test_parks_of_a_text_in_traditional_characters_are_written_as_printed() -> None:
    # mixed6 guangxi_nanning_yuanqu_kaifang_qingdan_2025
    text = ("《實施方案》還列出了全區產業園區對外開放分類指導清單,南寧市有多家園區入列。其中,南寧高新技術產業開發區、"
            "廣西—東盟經濟技術開發區、南寧經濟技術開發區、南寧綜合保稅區等4家園區列入引領型園區。\n")
    from kg.extract import extract_document
    from kg.records import Park
    parks = [r for r in extract_document(make_doc(text)) if isinstance(r, Park)]
    assert [p.name for p in parks] == ["南寧高新技術產業開發區", "廣西—東盟經濟技術開發區", "南寧經濟技術開發區", "南寧綜合保稅區"]
    assert {p.host for p in parks} == {"南寧市"}  # the place it names most, read in simplified
    assert all(p.evidence.quote == p.name for p in parks)


def test_the_city_that_asks_for_or_founds_a_park_is_its_host() -> None:
    # mixed4 gansu_sheng_gaoxinqu_pifu_2018: 张掖市以A、B为基础…设立…; 酒泉市以C为基础…
    text = ("甘肃省将新设4个省级高新技术产业开发区\n"
            "《批复》明确:同意张掖市以张掖经济技术开发区、民乐生态工业园区为基础,分别设立省级高新技术产业开发区,"
            "名称为“甘肃省张掖高新技术产业开发区”、“甘肃省民乐高新技术产业开发区”;酒泉市以玉门经济开发区为基础设立省级"
            "高新技术产业开发区,名称为“甘肃省玉门高新技术产业开发区”。\n")
    hosts = dict(_parks(text))
    assert hosts["张掖经济技术开发区"] == hosts["甘肃省民乐高新技术产业开发区"] == "张掖市"
    assert hosts["玉门经济开发区"] == hosts["甘肃省玉门高新技术产业开发区"] == "酒泉市"
    # parks3 sichuan_sheng_kaifaqu_pifu_2019: the site a reply states wins over the city that asked
    text = ("《泸州市人民政府关于将四川古蔺经济开发区设立为省级开发区的请示》(泸市府〔2018〕53号)收悉。\n"
            "二、同意设立四川古蔺经济开发区。开发区以酿酒为主导产业,设立地点在古蔺县,核准面积为172.24公顷。\n")
    assert dict(_parks(text))["四川古蔺经济开发区"] == "古蔺县"


def test_a_park_listed_as_one_of_a_batch_of_projects_is_a_project() -> None:
    # parks4 tianjin_binhai_chengjiexiangmu_2021; a park before an item is where the project is (qinghai_haixi)
    assert _park_names("滨海新区还推动国家网络安全产业园、中国电子(天津生态城)智慧科技产业园等一批项目。") == []
    from kg.extract.parks import _project_item
    text = "其中,格尔木工业园宏储源100MW/200MWh光伏储能、青海嘉诺钾资源产品精深加工等4个项目已开复工建设。"
    assert not _project_item(text, text.index("宏储源"))


def test_a_bare_zone_word_opening_a_sentence_hosts_nothing() -> None:
    # parks3 sichuan_sheng_kaifaqu_pifu_2019: 开发区设立后,…着力创新开发区管理体制机制 names no park 创新开发区 hosted by 开发区
    text = ("关于设立四川邛崃经济开发区和四川古蔺经济开发区的批复\n四川省人民政府\n"
            "开发区设立后,成都市、泸州市要严格机构编制管理,着力创新开发区管理体制机制,在土地利用总体规划和城市总体规划的约束指导下。\n")
    assert _park_names(text) == []


# --- mixed7 and mixed8 (fair dev data after their first runs) ---------------------------------------------------


def test_a_park_the_sentence_gives_its_leading_industries() -> None:
    # mixed8 chengdu_kaifaqu_2019: 以A、B为主导产业 after a park's name (and 工业集中发展区 is a park ending)
    text = ("成都4个开发区升“省级”\n记者在文件上看到,此次设立的四川蒲江经济开发区以食品、医药、印刷、包装为主导产业,"
            "核准面积为523.14公顷;成都青羊工业集中发展区以航空航天器、饮料、金属制品为主导产业,核准面积为344.09公顷。\n")
    parks = dict(_parks(text))
    assert parks["四川蒲江经济开发区"] == parks["成都青羊工业集中发展区"] == "成都市"


def test_parks_listed_after_a_kind_of_zone_and_you() -> None:
    # mixed8 hainan_yuanqu_2020: 园区有A、B、C等 (PARK_KIND_HEADS); items end in no common word; (含…) are sub-parks
    text = ("其中现代服务业重点园区有海口江东新区、海口综合保税区、三亚中央商务区、博鳌乐城国际医疗旅游先行区等;"
            "高新技术产业园区有洋浦经济开发区(含东方临港产业园、临高金牌港开发区)、三亚崖州湾科技城、文昌国际航天城、"
            "海南生态软件园和复兴城互联网信息产业园等;旅游业园区有陵水黎安国际教育创新试验区。")
    names = _park_names(text)
    for name in ("海口江东新区", "海口综合保税区", "三亚中央商务区", "博鳌乐城国际医疗旅游先行区", "洋浦经济开发区",
                 "东方临港产业园", "三亚崖州湾科技城", "文昌国际航天城", "海南生态软件园", "复兴城互联网信息产业园",
                 "陵水黎安国际教育创新试验区"):
        assert name in names
    assert not any(n.startswith(("高新技术", "现代服务业")) for n in names)


def test_parks_grouped_under_the_city_written_before_their_county() -> None:
    # mixed7 shaanxi_sheng_jingkaiqu_rending_2025 (in traditional print there): each city heads its group up to the
    # next comma, and 各园区被分别命名为A、B… gives the new names the old ones' hosts in turn
    text = ("省政府日前批复认定宝鸡市凤县工业园区,咸阳市长武县工业集中区、旬邑县中医药健康产业园、淳化县工业园区,"
            "汉中市西乡县循环经济产业园区为省级经济技术开发区。\n批复认定后,各园区被分别命名为陕西凤县经济技术开发区、"
            "陕西长武经济技术开发区、陕西旬邑经济技术开发区、陕西淳化经济技术开发区、陕西西乡经济技术开发区,享受省级经济技术开发区相关政策。\n")
    hosts = dict(_parks(text))
    assert hosts["凤县工业园区"] == "宝鸡市"
    assert hosts["长武县工业集中区"] == hosts["旬邑县中医药健康产业园"] == hosts["淳化县工业园区"] == "咸阳市"
    assert hosts["西乡县循环经济产业园区"] == "汉中市"
    assert hosts["陕西凤县经济技术开发区"] == "宝鸡市" and hosts["陕西淳化经济技术开发区"] == "咸阳市"
    assert hosts["陕西西乡经济技术开发区"] == "汉中市"


def test_a_city_before_its_first_county_written_bare() -> None:
    # mixed25 shaanxi_sheng_jingkaiqu_pifu_2024: 扶风 is 宝鸡市's 扶风县 written without 县; the city heads the group
    # (the title writes 扶风工业园区 alone; mixed8 chengdu_kaifaqu_2019's 成都市蒲江经济开发区 stays whole)
    text = ("6月28日,陕西省政府官网发布《关于认定扶风工业园区等7个工业园区为省级经济技术开发区的批复》(以下简称《批复》)。\n"
            "《批复》提到,同意宝鸡市扶风工业园区、陈仓科技工业园区、千阳工业园区、陇县工业园区,咸阳市永寿县工业园区、"
            "彬州市工业园区,汉中市勉县循环经济产业园区认定为省级经济技术开发区,享受省级经济技术开发区相关政策。\n")
    hosts = dict(_parks(text))
    assert hosts["扶风工业园区"] == hosts["陈仓科技工业园区"] == hosts["陇县工业园区"] == "宝鸡市"
    assert "宝鸡市扶风工业园区" not in hosts
    assert hosts["永寿县工业园区"] == "咸阳市" and hosts["勉县循环经济产业园区"] == "汉中市"


def test_one_park_a_line_with_its_short_name_in_a_bracket() -> None:
    # mixed25 shaanxi_sheng_jingkaiqu_pifu_2024: after 分别命名为:, one name a line, blank lines between
    text = ("7个新增省级工业园区分别命名为:\n\n陕西扶风经济技术开发区(简称扶风经开区)\n\n"
            "陕西陈仓经济技术开发区(简称陈仓经开区)\n\n至此,陕西省级经开区已增至36个,宝鸡数量首超西安。\n")
    names = {n for n, _ in _parks(text)}
    assert {"陕西扶风经济技术开发区", "陕西陈仓经济技术开发区"} <= names


def test_one_item_closed_by_a_count_of_a_kind_of_park_before_wei() -> None:
    # mixed26 hainan_sheng_xiandainongye_chanyeyuan_2018 (traditional there): the tail's kind names the item, whose own
    # ending (公园) is no park's
    text = "最终评出省级现代农业产业园候选名单并报省政府同意,确定桂林洋国家热带农业公园等15个农业产业园为海南省级现代农业产业园。\n"
    names = {n for n, _ in _parks(text)}
    assert "桂林洋国家热带农业公园" in names
    assert not any(n.startswith("确定") for n in names)


def test_a_zone_that_leaves_a_list_ends_before_the_verb() -> None:
    # mixed26 anhui_sheng_guojiajingkaiqu_mingdan_2021: 退出 ends the name; the 经开区 after it is no park it hosts
    text = ("安徽新增1经济技术开发区\n\n据悉,2020年1月17日,酒泉经济技术开发区退出国家级经开区序列;2021年1月27日,"
            "石嘴山经济技术开发区退出。\n")
    assert ("酒泉经济技术开发区", "酒泉市") in _parks(text)


def test_a_bracket_of_a_phase_s_works_is_not_the_park_s_name() -> None:
    # mixed26 jiangxi_nanchang_nanchangxian_kaigong_2023
    text = ("集中开工\n\n据了解,本次集中开工的重大重点项目包括南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)、"
            "昌南农产品冷链智慧物流产业园(一期农产品交易市场)、南昌长园金锂科技有限公司酸铁锂正极材料研发生产项目。\n")
    names = {n for n, _ in _parks(text)}
    assert "昌南农产品冷链智慧物流产业园(一期农产品交易市场)" not in names


def test_a_zone_bracketed_after_its_county_is_a_park() -> None:
    # mixed26 jiangxi_nanchang_nanchangxian_kaigong_2023; a kind alone in brackets (各类工业园区(开发区), mixed3) is none
    text = ("集中开工\n\n4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。"
            "不断提升各类园区(开发区)承载力。\n")
    names = {n for n, _ in _parks(text)}
    assert "小蓝经开区" in names and "开发区" not in names


def test_a_kind_after_a_quantity_is_no_name() -> None:
    # mixed25 jilin_changchun_qikaiqu_xiangmu_2023
    text = ("汽开区\n\n长春汽开区是长春国际汽车城的核心区,当地汇聚6家主机厂、7大汽车品牌,拥有400余家汽车零部件企业以及一批"
            "专业汽车零部件产业园区。\n")
    assert "专业汽车零部件产业园区" not in {n for n, _ in _parks(text)}


def test_a_zone_named_where_another_lies_starts_after_the_direction() -> None:
    # mixed7 shaanxi_xianyang_sanyuan_gaoxinqu_undated: 西邻/东接 stop a name; 县域工业园, 既有产业园区 are generic
    names = _park_names("三原高新技术产业开发区位于三原县城北部,西邻泾渭工业园,东接高陵工业园。\n"
                        "包括清河食品工业园及西郊农业科技园三个既有产业园区,是咸阳市县域工业园区。\n")
    assert "东接高陵工业园" not in names and "高陵工业园" in names
    assert "西郊农业科技园" in names and not any(n.startswith(("及", "既有", "县域")) for n in names)


def test_a_time_word_or_verb_before_a_zone_in_news_is_no_part_of_its_name() -> None:
    # mixed18 beijing_jingkaiqu_xiangmu_2023: 今年/助推 run on before the zone the news is about
    names = _park_names("预计总投资超千亿!经开区2023年产业项目投资比重超五成\n"
                        "记者从经济发展局获悉,今年北京经开区预计项目总投资超1000亿元,为当好首都高质量发展开路先锋夯实了稳定基础,"
                        "积蓄前进势头。\n此外,北京奔驰即将下线新车型,新的电驱平台也要在北京落地……多个重大项目的陆续推进,"
                        "助推北京经开区产业发展实现新年“开门红”。\n")
    assert names and all(n == "北京经开区" for n in names)


def test_a_time_word_before_a_bare_kind_of_zone_names_no_park() -> None:
    # mixed31 hebei_zhangjiakou_jingkaiqu_xiangmu_2018: 今年 before 经开区, the zone the news is about, named by its kind
    path = Path(__file__).parent / "data" / "real" / "mixed31" / "hebei_zhangjiakou_jingkaiqu_xiangmu_2018.txt"
    names = _park_names(path.read_text(encoding="utf-8"))
    assert not any(n.startswith("今年") for n in names)


def test_the_zone_a_renamed_zone_is_based_on_is_a_park() -> None:
    # mixed18 hubei_shiyan_gaoxinqu_gengming_2019: 以A(代码为:…)为基础 names the zone the new one is built on
    text = ("湖北省人民政府关于十堰郧阳高新技术产业园区更名的批复\n"
            "一、同意十堰郧阳高新技术产业园区更名为十堰高新技术产业园区(以下简称十堰高新区)。\n"
            "二、十堰高新区以湖北十堰郧阳经济开发区(代码为:S427017)为基础,核准面积65.36公顷,由四个区块组成,区块四至范围分别为:\n")
    assert "湖北十堰郧阳经济开发区" in _park_names(text)


def test_the_texts_own_zone_is_hosted_where_it_lies() -> None:
    # mixed8 gongcheng_yuanqu_2022: the zone the text is about keeps the place 位于 gives it
    text = ("够力!恭城开花山建设得如火如荼\n近日,笔者在恭城开花山工业园区看到,这里推土机、挖掘机……正在作业。\n"
            "开花山工业园位于恭城瑶族自治县嘉会镇西南角和西岭镇东南区域,规划用地面积12070亩,为自治区级A类工业集中区。\n")
    assert dict(_parks(text)).get("开花山工业园") == "恭城瑶族自治县"


def test_a_bracket_that_leaves_out_is_no_part_of_the_name() -> None:
    # mixed7 shaanxi_xianyang_sanyuan_gaoxinqu_undated (不包括…)
    names = _park_names("三原县高新技术产业开发区包括清河食品工业园、装备制造工业园(不包括联塑公司),以及西郊农业科技园三个既有产业园区。")
    assert "装备制造工业园" in names and not any("不包括" in n for n in names)


# --- issue 21: constructions of tests/data/real/mixed9 and mixed10 (their first runs' misses) ------------------


@pytest.mark.parametrize("text, name", [
    # mixed10 guangxi_fusui_yuanqu_2020: what a government does to a park is no part of its name
    ("扶绥县将集中力量做大做强南宁空港扶绥经济区、崇左市广西中国―东盟青年产业园和广西山圩产业园。", "南宁空港扶绥经济区"),
    # mixed10 hainan_kaifaqu_2007 (read in simplified): 保留
    ("海南省保留洋浦经济开发区、海口保税区、海南国际科技工业园4个国家级开发区。", "洋浦经济开发区"),
])
def test_a_verb_before_a_park_is_no_part_of_its_name(text: str, name: str) -> None:
    names = _park_names(text)
    assert name in names and not any(n.endswith(name) and n != name for n in names)


def test_a_definition_or_a_count_of_parks_names_no_park() -> None:
    # mixed10 yunnan_yuanqu_guihua_2022; mixed9 gansu_zhangye_yuanqu_2023
    assert _park_names("《规划》所称产业园区是指全省以发展工业为主的经济技术开发区、高新技术产业开发区、综合保税区、"
                       "边(跨)境经济合作区等各级各类园区。") == []
    assert _park_names("张掖市已建成工业园区6个,形成了六县区均有工业园区的发展格局。") == []


def test_a_city_before_a_catalogue_zones_name_is_its_host() -> None:
    # mixed10 xizang_lasa_projects_2013 (达孜工业园区 in the catalogue), guangxi_fusui_yuanqu_2020 (― for —)
    assert _parks("拉萨市达孜工业园区的园区道路已经开工建设。") == [("达孜工业园区", "拉萨市")]
    hosts = dict(_parks("扶绥县将集中力量做大做强南宁空港扶绥经济区、崇左市广西中国―东盟青年产业园和广西山圩产业园。"))
    assert hosts["广西中国―东盟青年产业园"] == "崇左市"


def test_parks_run_together_on_a_flattened_line_split_where_a_province_starts_a_name() -> None:
    # mixed9 gansu_zhangye_yuanqu_2023: no separator between the first two; a count heads the list
    text = ("全市工业园区发基本情况\n张掖市已建成工业园区6个,其中国家级1个【张掖经济技术开发区】。其中,省工信厅认定的化工产业园区4个张掖经济技术开发区循环经济示范园化工产业集中区"
            "甘肃高台工业园盐池工业园、甘肃高台工业园区南华工业园化工产业集中区及甘肃民乐生态工业园区化工产业园\n")
    parks = _parks(text)
    assert [n for n, _ in parks][1:] == ["张掖经济技术开发区循环经济示范园化工产业集中区", "甘肃高台工业园盐池工业园",
                                     "甘肃高台工业园区南华工业园化工产业集中区", "甘肃民乐生态工业园区化工产业园"]
    assert {h for _, h in parks} == {"张掖市"}  # 其中 goes on with the place the sentence before counts them under


def test_a_park_a_sentence_describes_is_a_park_with_or_without_a_host() -> None:
    # mixed9 gansu_yumen_kaifaqu_undated: 老君庙工业园 has no place in its name
    text = ("玉门经济开发区\n玉门市把工业园区作为全市经济发展的新动力。其中,玉门东工业园累计投资4.9亿元,实施园区办公楼等工程;"
            "老君庙工业园累计投资2.36亿元,实施油路铺筑等工程。")
    assert "老君庙工业园" in _park_names(text)
    # mixed10 guizhou_meitan_kaifaqu_undated: the former name between the park and where it lies
    text = "贵州湄潭经济开发区\n贵州湄潭经济开发区前身为遵义市湄潭绿色食品工业园区,位于遵义市湄潭县西南,2004年开始规划建设。"
    assert dict(_parks(text))["贵州湄潭经济开发区"] == "遵义市湄潭县"


def test_a_park_renamed_on_its_upgrade_is_a_park() -> None:
    # mixed9 shandong_linyi_kaifaqu_2011 (the zone is also named as a unit: 临沂经济技术开发区党工委书记)
    text = ("山东临沂经济开发区升级为国家级经济技术开发区,升级后定名为临沂经济技术开发区。\n"
            "临沂经济技术开发区党工委书记、管委会主任徐福田表示。\n")
    assert "临沂经济技术开发区" in _park_names(text)


def test_a_count_tail_inside_a_list_closes_it_and_names_its_items_kind() -> None:
    # mixed10 hainan_kaifaqu_2007 (in simplified): 三亚亚龙湾国家旅游度假区 ends in no park ending
    text = ("海南省保留洋浦经济开发区、海口保税区、海南国际科技工业园、三亚亚龙湾国家旅游度假区4个国家级开发区和海南老城经济开发区、"
            "海口桂林洋经济开发区、海南文昌经济开发区等3个省级开发区。")
    assert _park_names(text) == ["洋浦经济开发区", "海口保税区", "海南国际科技工业园", "三亚亚龙湾国家旅游度假区",
                                 "海南老城经济开发区", "海口桂林洋经济开发区", "海南文昌经济开发区"]


def test_a_catalogue_zone_opening_a_project_name_is_a_park() -> None:
    # mixed10 fujian_projects_2018: 台商投资区 is no park ending; the catalogue names the zone
    text = "福建集中开工\n其中包括漳州台商投资区圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目。"
    assert _park_names(text) == ["漳州台商投资区"]
    # realdev2 fujian_projects_2017: a zone the catalogue does not know, in a project's name, is not a park
    assert _park_names("福建集中开工\n连江西北经济区基础设施配套项目总投资50亿元。") == []


def test_titles_a_park_holds_and_a_town_it_lies_in_are_not_parks() -> None:
    # mixed9 liaoning_dalian_kaifaqu_2022; mixed10 suzhou_wujiang_tasks_2024 (an addressee line)
    assert _park_names("大连开发区先后被命名为国家循环经济标准化试点园区、半导体照明工程产业基地、电子元件产业园区、"
                       "国家级低碳工业园区试点区。") == ["大连开发区"]
    assert "汾湖高新区" in _park_names("吴江开发区、汾湖高新区(黎里镇)、吴江高新区(盛泽镇)管委会,各镇人民政府:\n")


def test_a_list_in_brackets_after_a_count_and_a_district_bracket_as_host() -> None:
    # mixed5 xinjiang_wulumuqi_yuanqu_undated
    text = ("乌鲁木齐园区\n乌鲁木齐市共有自治区级以上园区7个,其中:国家级4个(乌鲁木齐经济技术开发区(头屯河区)、"
            "乌鲁木齐高新技术产业开发区(新市区)、乌鲁木齐综合保税区),自治区级3个(米东区化工工业园、水磨沟工业园、新疆软件园)。")
    hosts = dict(_parks(text))
    assert hosts["乌鲁木齐经济技术开发区"] == "头屯河区" and hosts["乌鲁木齐高新技术产业开发区"] == "新市区"
    assert {"乌鲁木齐综合保税区", "水磨沟工业园", "新疆软件园"} <= set(hosts)


@pytest.mark.parametrize("text, name", [
    # mixed4 jiangxi_gansu_huagongyuanqu_undated: 通过 of 拟复核通过 is no part of the name
    ("甘肃化工园区\n酒泉市拟复核通过金塔工业集中区北河湾循环经济产业园化工产业园区。", "金塔工业集中区北河湾循环经济产业园化工产业园区"),
    # mixed6 jiangsu_nanjing_jiangning_qianyue_2021: a 科创园 is a park
    ("江宁区签约\n南京江宁区签约一批项目,项目落户麒麟科创园,重点加强研发。", "麒麟科创园"),
    # mixed10 yunnan_yuanqu_guihua_2022: a count after a park that no name follows is no list head
    ("云南园区\n其中,昆明高新技术产业开发区和昆明经济技术开发区2个营业收入超2000亿元。", "昆明经济技术开发区"),
])
def test_more_names_read_whole(text: str, name: str) -> None:
    assert name in _park_names(text)


def test_a_grade_of_parks_is_no_park() -> None:
    # mixed8 gongcheng_yuanqu_2022
    assert _park_names("恭城\n开花山工业园位于恭城瑶族自治县嘉会镇,为自治区级A类工业集中区。") == ["开花山工业园"]


def test_a_kind_designated_heads_its_parks_whatever_they_end_with() -> None:
    # mixed11 ningxia_huagongyuanqu_2021 (为 after 认定的…), hebei_huagongyuanqu_undated (a colon; a bracket kept)
    text = ("宁夏公布名单\n近日,确认了2个化工园区、8个化工集中区。根据名单,认定的化工园区为宁夏宁东能源化工基地、吴忠太阳山开发区;"
            "认定的化工集中区为石嘴山经济技术开发区淄山—河滨化工区、宁夏盐池工业园区花马池区块。\n")
    assert _park_names(text) == ["宁夏宁东能源化工基地", "吴忠太阳山开发区", "石嘴山经济技术开发区淄山—河滨化工区",
                                 "宁夏盐池工业园区花马池区块"]
    text = "河北公布名单\n认定专业化工园区:曹妃甸化学工业园区(曹妃甸石化产业基地)、沧州临港经济技术开发区\n"
    assert _park_names(text) == ["曹妃甸化学工业园区(曹妃甸石化产业基地)", "沧州临港经济技术开发区"]


def test_two_park_endings_written_together_are_one_name() -> None:
    # mixed4 jiangxi_gansu_huagongyuanqu_undated: 工业园区 then 化工集中区 with nothing between
    assert _park_names("江西化工\n通知指出,江西吉水工业园区化工集中区符合规定的扩容有关要求。") == ["江西吉水工业园区化工集中区"]


def test_a_park_founded_and_a_short_name_bracket() -> None:
    # mixed11 songyuan_chaganhua_yuanqu_undated: 经…政府批准成立X; jilin_changji_shiyanqu_2020: (以下简称…) is no part of a name
    assert _parks("查干花\n2011年经前郭县政府批准成立查干花化工园区,2012年合署办公。") == [("查干花化工园区", "前郭尔罗斯蒙古族自治县")]
    names = _park_names("长吉\n拥有长春净月高新技术产业开发区(以下简称净月区)、吉林高新技术产业开发区2个国家级高新区。")
    assert "长春净月高新技术产业开发区" in names and not any("简称" in n for n in names)


def test_a_park_as_the_venue_of_an_event() -> None:
    # tests/data/real/mixed13 jilin_changchun_kaifaqu_kaigong_2010 (the news lead opening the text, a title line)
    # and ningxia_yinchuan_jizhongkaigong_2022: 在X举行 names the park the event is held in
    text = ("6月11日上午,2010年长春市推进长吉一体化100个亿元以上项目在长春高新技术产业开发区举行。"
            "省委书记孙政才出席开工仪式。\n")
    assert "长春高新技术产业开发区" in _park_names(text)
    text = "银川市2022年第一批重大项目集中开工现场推进会在苏银产业园举行\n3月8日,推进会召开。"
    assert "苏银产业园" in _park_names(text)


def test_an_honour_title_and_a_city_addressed_are_no_parks() -> None:
    # tests/data/real/mixed13 jilin_sheng_xianjin_kaifaqu_2009: “…开发区”称号 is a title; jiangsu_jiangyin_gaoxinqu_gengming_2010:
    # 望你市引导开发区… asks the city something
    text = ("吉林\n省政府决定,授予长春高新技术产业开发区等18个开发区 “吉林省先进开发区”称号,"
            "授予通化东昌经济开发区等15个工业集中区 “吉林省先进工业集中区”称号。")
    names = _park_names(text)
    assert "长春高新技术产业开发区" in names and not any("先进" in n for n in names)
    assert not any("你市" in n for n in _park_names("江阴\n三、望你市引导开发区着眼自主创新,完善体制机制。"))


def test_a_list_after_only() -> None:
    # tests/data/real/mixed14 xinjiang_fangzhi_jijuqu_undated: 仅限 heads the list, it is no part of the first park
    names = _park_names("新疆\n11个纺织服装产业集聚区分别是,棉纺织产业:仅限阿克苏纺织工业城、库尔勒经济开发区、石河子经济开发区。")
    assert "库尔勒经济开发区" in names and not any("仅限" in n for n in names)


def test_an_industrial_city_and_a_logistics_port_are_parks() -> None:
    # tests/data/real/mixed14 xinjiang_fangzhi_jijuqu_undated (…:仅限阿克苏纺织工业城、库尔勒经济开发区),
    # gansu_daibiaoxing_yuanqu_2022 (陇南东盛国际商贸物流港(商贸物流标准化), one a line)
    names = _park_names("新疆\n棉纺织产业:仅限阿克苏纺织工业城、库尔勒经济开发区、石河子经济开发区等。")
    assert "阿克苏纺织工业城" in names


def test_a_place_counting_its_parks_hosts_the_list_and_the_count_makes_each_item_a_park() -> None:
    # tests/data/real/mixed15 guizhou_qiandongnan_zhenyuan_kaifaqu_2012 (a county's news): 黔东南州 counts the zones it
    # holds, 他们分别是 lists them; 洛贯产业承接区 ends like no park but is one of the 4 counted
    text = ("镇远\n近日,镇远工业园区被省政府批准升格为省级经济开发区。\n"
            "另悉,此前,黔东南州境内已有4个省级经济开发区,他们分别是凯里经济开发区、丹寨金钟工业园区、炉山碧波工业园区、"
            "洛贯产业承接区。而与黔东经济开发区同时被省政府批准升格为省级经济开发区的还有台江革一工业园区。")
    parks = dict(_parks(text))
    assert {n: parks.get(n) for n in ("凯里经济开发区", "丹寨金钟工业园区", "洛贯产业承接区")} == dict.fromkeys(
        ("凯里经济开发区", "丹寨金钟工业园区", "洛贯产业承接区"), "黔东南州")
    assert "台江革一工业园区" in parks  # …的还有X: 还有 is no part of the name


def test_a_clause_about_parks_on_a_numbered_line_is_no_park() -> None:
    # tests/data/real/mixed16 jiangxi_suichuan_gengming_2025 (a 批复 under 现批复如下:): the line renames one park
    text = ("江西省人民政府关于同意江西遂川工业园区更名的批复\n吉安市人民政府:\n经研究,现批复如下:\n"
            "一、同意将江西遂川工业园区更名为江西遂川高新技术产业园区。\n")
    assert sorted(_park_names(text)) == ["江西遂川工业园区", "江西遂川高新技术产业园区"]


def _industries(text: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.industries for p in extract_parks(make_doc(text))}


def test_a_catalogue_row_one_a_line_gives_its_industries_in_the_closing_bracket() -> None:
    # tests/data/real/mixed14 gansu_daibiaoxing_yuanqu_2022: 全省代表性园区名单, a park a line, its industries bracketed
    text = ("全省代表性园区名单\n一、代表性开发区(工业园区)\n兰州高新技术产业开发区(生物医药)\n"
            "金昌经济技术开发区(有色金属及新能源电池材料深加工制造)\n四、代表性化工园区\n兰州新区化工园区(精细化工)\n")
    assert _industries(text) == {"兰州高新技术产业开发区": ("生物医药",),
                                 "金昌经济技术开发区": ("有色金属及新能源电池材料深加工制造",),
                                 "兰州新区化工园区": ("精细化工",)}
    # a place, a qualifier or a town in that bracket is no industry (written for this test, not from the file above)
    found = _industries("名单\n乌鲁木齐经济技术开发区(头屯河区)\n光伏产业园(一期)\n汾湖高新区(黎里镇)\n")
    assert "乌鲁木齐经济技术开发区" in found and not any(found.values())


def test_a_catalogue_row_in_prose_approved_area_then_bare_leading_industries() -> None:
    # tests/data/real/mixed15 sichuan_aba_kaifaqu_mulu_2018: rows of the 目录 told one a clause, after a lead (新版目录中,);
    # the first park is also listed with the second (A、B): it names no zone of its own
    text = ("阿坝州3个园区被纳入《中国开发区审核公告目录》\n阿坝州入选新版目录的开发区分别为四川阿坝工业园区、成都—阿坝工业园区。\n"
            "新版目录中,成都—阿坝工业园区核准面积998.64公顷,主导产业节能环保、食品、医药;"
            "四川阿坝工业园区核准面积161.56公顷,主导产业铝冶炼、化学原料、非金属矿物制品。")
    assert _industries(text) == {"四川阿坝工业园区": ("铝冶炼", "化学原料", "非金属矿物制品"),
                                 "成都—阿坝工业园区": ("节能环保", "食品", "医药")}
    # written for this test, not from the file above: a heading that names no park gives no industries
    assert _industries("新区\n园区主导产业突出,开发区综合实力增强。") == {}


def test_an_autonomous_prefecture_written_short_as_in_the_text() -> None:
    # tests/data/real/mixed15 guizhou_qianxinan_dingxiao_gengming_undated: the host is written 黔西南州, not its full name
    text = ("多彩贵州网讯(本网记者 应腾)11月1日,记者从黔西南州人民政府网获悉,贵州顶效经济开发区变更为黔西南高新技术产业开发区,"
            "此外,黔西南州获贵州省科技厅1000万元高新区建设经费支持。\n"
            "据悉,贵州顶效经济开发区建于1992年,1995年被省政府批准为省级开发区。更名后,黔西南高新技术产业开发区将按照要求加快产业聚集。")
    assert dict(_parks(text)).get("黔西南高新技术产业开发区") == "黔西南州"


def test_a_province_before_a_county_is_no_district_named_like_it() -> None:
    # tests/data/real/mixed14 hebei_xinji_kaifaqu_pifu_2016: 河北辛集… is 辛集市's, not 天津's 河北区
    text = ("河北省人民政府关于辛集市开发区优化整合方案的批复\n辛集市人民政府:\n"
            "你市《关于保留现有两个省级经济开发区的请示》收悉。经研究,现就有关事宜批复如下:\n"
            "一、保留河北辛集经济开发区,开发区名称及规划面积不变。\n"
            "二、河北辛集新城经济开发区按照规定条件及程序申报省级高新技术产业开发区。\n")
    assert dict(_parks(text)) == {"河北辛集经济开发区": "辛集市", "河北辛集新城经济开发区": "辛集市"}


def test_a_park_set_in_a_city_and_county_takes_both_as_written() -> None:
    # tests/data/real/mixed14 sichuan_kaifaqu_2012: 设在 says where the park lies, as 位于 does
    text = ("从省政府官方网站获悉,日前,我省新批复成立旺苍、罗江和石棉三个省级开发区。\n"
            "旺苍经济开发区设在广元市旺苍县,规划控制面积7.09平方公里,以煤资源综合利用、机械加工、生物资源综合利用为主导产业。"
            "罗江经济开发区设在德阳市罗江县,规划控制面积12.2平方公里,以电子信息、机械加工和新材料为主导产业。")
    assert dict(_parks(text)) == {"旺苍经济开发区": "广元市旺苍县", "罗江经济开发区": "德阳市罗江县"}


def test_a_reply_grants_a_park_then_its_industries_the_last_two_joined_by_he() -> None:
    # tests/data/real/mixed8 jiangan_kaifaqu_2022: the park is the sentence's first, after 同意设立; A、B和C is three
    text = ("四川省人民政府关于设立四川江安经济开发区的批复\n宜宾市人民政府:\n"
            "你市《关于将四川江安经济开发区设立为省级开发区的请示》收悉。经研究,现批复如下。\n"
            "一、同意设立四川江安经济开发区,主导产业为新能源、先进材料和绿色食品,核准面积317.68公顷。\n")
    assert _industries(text)["四川江安经济开发区"] == ("新能源", "先进材料", "绿色食品")


def test_a_zone_named_short_after_its_full_name_gives_it_its_industries() -> None:
    # tests/data/real/mixed7 shaanxi_sheng_jingkaiqu_rending_2025 (printed in traditional characters, 陜西 a variant of 陝西)
    text = ("1月8日,記者從省政府辦公廳獲悉:省政府日前批復認定寶雞市鳳縣工業園區,咸陽市長武縣工業集中區為省級經濟技術開發區。\n"
            "批復認定后,各園區被分別命名為陜西鳳縣經濟技術開發區、陜西長武經濟技術開發區,享受省級經濟技術開發區相關政策。"
            "其中,鳳縣經開區批準面積375.77公頃,主導產業為新材料和高端裝備制造產業。\n")
    doc = make_doc(text)
    found = {r.name: r.industries for r in extract_document(doc) if isinstance(r, Park)}
    assert found["陜西鳳縣經濟技術開發區"] == ("新材料", "高端裝備制造產業")


def test_a_park_whose_area_is_adjusted_is_a_park_of_the_text() -> None:
    # tests/data/real/mixed12 anhui_hefei_yaohai_kaifaqu_pifu_undated: 调区 (as 扩区) is news of the park
    text = "就在刚刚,合肥宣布重磅消息!\n安徽合肥瑶海等经济开发区批复!\n安徽肥西经济开发区调区!\n具体信息如下:\n"
    assert "安徽肥西经济开发区" in _park_names(text)


@pytest.mark.parametrize(
    ("sentence", "park", "industries"),
    [
        # tests/data/real/mixed3 xinjiang_zizhiqu_xinzengyuanqu_2025: 围绕 a list, up to what is done about it
        ("阿瓦提工业园区以县域资源禀赋为依托,围绕纺织服装、绿色果蔬、棉纺产业发展,全面提升园区要素集聚力。",
         "阿瓦提工业园区", ("纺织服装", "绿色果蔬", "棉纺产业")),
        ("墨玉工业园区围绕装备制造、纺织服装、电子产品等产业全面招商,全力打造产业集聚发展高地。",
         "墨玉工业园区", ("装备制造", "纺织服装", "电子产品")),
        # mixed5 shanxi_linfen_guxian_kaifaqu_2020: 为主导发展产业
        ("古县经济技术开发区以氢能源和新材料为主导发展产业规划面积11.01平方公里。", "古县经济技术开发区", ("氢能源", "新材料")),
        # parks4 ningxia_zizhiqu_shifanyuanqu_2020: a count closing the list (三大主导产业) is no part of its last item
        ("石嘴山高新技术产业开发区重点发展新材料、装备制造、纺织三大主导产业,培育发展大健康产业。",
         "石嘴山高新技术产业开发区", ("新材料", "装备制造", "纺织")),
    ],
)
def test_industries_written_around_a_list(sentence: str, park: str, industries: tuple[str, ...]) -> None:
    assert _industries("园区\n" + sentence)[park] == industries


def test_a_park_named_with_its_province_is_hosted_by_the_place_after_it() -> None:
    # tests/data/real/mixed13 jiangsu_jiangyin_gaoxinqu_gengming_2010: the document's place is the province; the name's
    # own place (江阴) is narrower
    path = Path(__file__).parent / "data" / "real" / "mixed13" / "jiangsu_jiangyin_gaoxinqu_gengming_2010.txt"
    assert dict(_parks(path.read_text(encoding="utf-8"))).get("江苏省江阴高新技术产业开发区") == "江阴市"


@pytest.mark.parametrize(
    ("text", "park", "industries"),
    [
        # tests/data/real/parks3 sichuan_sheng_kaifaqu_pifu_2019: 开发区 takes up the park just granted
        ("批复\n一、同意设立四川邛崃经济开发区。开发区以食品饮料、医药为主导产业,设立地点在邛崃市,核准面积为703.20公顷。\n",
         "四川邛崃经济开发区", ("食品饮料", "医药")),
        # mixed15 yunnan_kunming_jinning_gaoxinqu_2016: 目前该园区…
        ("晋宁\n日前,晋宁工业园区被省政府正式确定为省级高新技术产业开发区。目前该园区已形成以磷化工、装备制造、食品加工和"
         "生产性服务为主导产业,冶金冶炼、新型建材及其配套产业为辅助产业的综合性工业园区。\n",
         "晋宁工业园区", ("磷化工", "装备制造", "食品加工", "生产性服务")),
    ],
)
def test_the_next_sentence_takes_up_the_park_and_gives_its_industries(text: str, park: str,
                                                                       industries: tuple[str, ...]) -> None:
    assert _industries(text)[park] == industries


def test_the_next_sentence_gives_industries_with_no_subject_written() -> None:
    # tests/data/real/parks3 neimenggu_huhehaote_gongyeyuanqu_2020: 呼和浩特金山高新技术产业开发区 。 重点发展新材料产业、创新型产业 。
    path = Path(__file__).parent / "data" / "real" / "parks3" / "neimenggu_huhehaote_gongyeyuanqu_2020.txt"
    assert _industries(path.read_text(encoding="utf-8"))["呼和浩特金山高新技术产业开发区"] == ("新材料产业", "创新型产业")


def test_a_park_ending_in_chanye_zhuanyi_gongyeyuanqu_keeps_its_qu() -> None:
    # mixed18 guangdong_meizhou_pingyuan_gaoxinqu_pifu_2020: 产业转移工业园区 is one ending, not 产业转移工业园 and a 区
    from kg.extract.names import park_names
    text = "一、同意认定广东平远县产业转移工业园区为省级高新技术产业开发区,定名为梅州平远高新技术产业开发区(以下简称梅州平远高新区)。"
    assert [n.text for n in park_names(text)][:2] == ["广东平远县产业转移工业园区", "梅州平远高新技术产业开发区"]


def test_a_zone_as_a_heading_line_over_its_own_description_hosts_nothing() -> None:
    # mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022: each zone's name is a heading line, then a paragraph on it
    text = ("省政府批复同意!浙江整合设立6家省级经济开发区\n\n一起来了解这6家省级经济开发区~\n\n浙江鹿城经济开发区\n\n"
            "浙江鹿城经济开发区规划面积18.24平方公里,分三个区块。\n\n浙江乐清湾临港经济开发区\n\n"
            "浙江乐清湾临港经济开发区规划面积16.28平方公里,分三个区块。\n")
    assert {"浙江鹿城经济开发区", "浙江乐清湾临港经济开发区"} <= set(_park_names(text))


def test_a_catalogue_table_headed_mingcheng_with_its_league_or_city_column() -> None:
    # mixed17 neimenggu_zizhiqu_huagongyuanqu_undated (read in simplified): 序号 / 所在盟市 / 名称 / 四至范围 / 认定类型
    text = ("序号 | 所在盟市 | 名称 | 四至范围 | 认定类型 |\n"
            "1 | 包头市 | 内蒙古包头九原工业园区新材料产业园 | 北至旧南绕公路,南至纬十路。 | 化工集中区 |\n"
            "2 | 包头市 | 内蒙古包头达茂巴润工业园区 | 百灵庙镇以西 50公里处,东至经三路。 | 化工集中区 |\n"
            "3 | 乌海市 | 内蒙古乌海高新技术产业开发区乌达产业园 | 东至乌达区。 | 化工集中区 |\n")
    assert _parks(text) == [("内蒙古包头九原工业园区新材料产业园", "包头市"), ("内蒙古包头达茂巴润工业园区", "包头市"),
                            ("内蒙古乌海高新技术产业开发区乌达产业园", "乌海市")]


def test_a_table_headed_mingcheng_of_things_that_are_not_parks_is_no_parks_table() -> None:
    # written for this test: a 名称 column of projects
    text = ("序号 | 名称 | 建设内容 |\n1 | 城南污水处理厂 | 日处理5万吨 |\n2 | 北环路改造 | 全长3公里 |\n"
            "3 | 创业园 | 标准厂房 |\n")
    assert _parks(text) == []


def test_a_park_on_a_numbered_line_before_a_long_dash() -> None:
    # mixed18 hebei_sheng_tesechanye_mingxian_2018 (simplified): 工程 after —— is what the park is called, no project
    text = ("2018年河北省特色产业名县名镇名单\n一、河北省特色产业名县(市区)\n1.石家庄市鹿泉区——河北省电子信息产业名区\n"
            "3.衡水高新技术产业开发区——河北省工程设施装备产业名区\n8.石家庄循环化工园区——河北省循环化工名区(复核)\n")
    assert [name for name, _ in _parks(text)] == ["衡水高新技术产业开发区", "石家庄循环化工园区"]


def test_zones_printed_run_together_with_a_province_opening_each() -> None:
    # mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022: six zones with no mark between; 云和's 和 is no conjunction
    from kg.extract.names import park_names
    text = ("近日,省政府办公厅复函,同意整合设立浙江鹿城经济开发区浙江乐清湾临港经济开发区浙江磐安经济开发区"
            "衢州智造新城浙江莲都经济开发区浙江云和经济开发区,实行省级经济开发区政策。")
    assert [n.text for n in park_names(text)] == [
        "浙江鹿城经济开发区", "浙江乐清湾临港经济开发区", "浙江磐安经济开发区", "衢州智造新城", "浙江莲都经济开发区",
        "浙江云和经济开发区"]
    # places before a catalogue zone's own province stay one name (崇左市 hosts it; mixed10 guangxi_fusui_yuanqu_2020),
    # and a province's name as a word of a name starts none (written for this test)
    assert [n.text for n in park_names("崇左市广西中国―东盟青年产业园")] == ["崇左市广西中国―东盟青年产业园"]
    assert [n.text for n in park_names("推进中新天津生态城和滨海新区天津港保税区建设")][-1] == "滨海新区天津港保税区"


def test_kinds_offered_with_huo_are_no_park() -> None:
    # mixed17 neimenggu_zizhiqu_huagongyuanqu_undated (simplified)
    text = ("化工园区是指由多个相关联的化工企业或项目构成,包括专门设置的化工园区以及在各类开发区或其他工业园区内相对独立设置的"
            "以石化和化工为主导的产业园或集中区两类。")
    assert _parks(text) == []


def test_a_title_of_praise_a_park_holds_is_no_park() -> None:
    # mixed7 shaanxi_xianyang_sanyuan_gaoxinqu_undated (simplified)
    text = ("三原县高新技术产业开发区包括清河食品工业园、装备制造工业园和西郊农业科技园三个既有产业园区。其中,清河食品工业园成立于"
            "2003年5月,是陕西省重点县域工业园、陕西省中小企业创业基地、咸阳市最具发展活力县域工业集中区;装备制造工业园成立于"
            "2004年3月。")
    assert "咸阳市最具发展活力县域工业集中区" not in [name for name, _ in _parks(text)]


def test_chemical_parks_ending_in_zhuanye_yuanqu() -> None:
    # mixed19 henan_sheng_huagongyuanqu_dierpi_2024 (simplified)
    text = ("河南省拟通过认定化工园区公示名单(第二批)包括:开封精细化工开发区,叶县先进制造业开发区化工园区,许昌精细化工园区,"
            "卫辉市铁西化工专业园区,获嘉县先进制造业开发区化工园区,新乡楼村精细化工新材料专业园区。")
    names = [name for name, _ in _parks(text)]
    assert "卫辉市铁西化工专业园区" in names and "新乡楼村精细化工新材料专业园区" in names
    # an industry's word before the kind, no place opening the name: a kind of park, none listed
    assert _parks("推动建设一批化工专业园区、冶金专业园区。") == []
    assert _parks("全省重点培育化工专业园区、物流专业园区等。") == []


def test_the_first_item_of_a_clause_starts_after_its_head() -> None:
    # mixed19 ningxia_wuzhong_kaifaqu_2022 (simplified): the kind and its bracket stand before 分别为
    text = ("吴忠市开发区(产业园区)共有5个开发区(产业园区)。开发区(产业园区)分别为宁夏青铜峡工业园区、宁夏吴忠金积工业园区、"
            "吴忠太阳山开发区、宁夏盐池工业园区、宁夏同心工业园区。")
    assert [name for name, _ in _parks(text)][:2] == ["宁夏青铜峡工业园区", "宁夏吴忠金积工业园区"]


def test_a_city_whose_name_holds_a_stop_word_is_read_whole() -> None:
    from kg.extract.names import park_names
    # mixed20 neimenggu_sheng_guojiajijingkaiqu_yijian_undated (simplified): 和 of 呼和浩特 is no conjunction
    text = "把呼和浩特经济技术开发区、呼伦贝尔经济技术开发区、巴彦淖尔经济技术开发区等国家级经开区"
    assert [n.text for n in park_names(text)][0] == "呼和浩特经济技术开发区"
    # mixed12 anhui_hefei_yaohai_kaifaqu_pifu_undated: a province at the cut is not read as 建安 (a district) run on
    assert [n.text for n in park_names("一、同意筹建安徽合肥瑶海经济开发区、安徽滁州浦口南")][0] == "安徽合肥瑶海经济开发区"


def test_what_a_plan_means_by_a_kind_is_no_park() -> None:
    # mixed20 neimenggu_sheng_kaifaqu_guihua_2017 (simplified)
    assert _parks("本规划所指开发区,是指经国务院和自治区人民政府批准设立的各类开发区。") == []


def test_a_count_that_matches_the_items_keeps_a_conjunction_inside_a_name() -> None:
    # parks3 guangdong_sheng_huagongyuanqu_2025: 等2家园区 counts two items, so 和 is a word of the first name
    text = "茂名滨海新区绿色化工和氢能产业园、湛江东海岛化工园区等2家园区符合认定要求。"
    assert [name for name, _ in _parks(text)] == ["茂名滨海新区绿色化工和氢能产业园", "湛江东海岛化工园区"]
    # written for this test: three items counted, 和 joins two of them
    text = "广东惠州大亚湾石化产业园区、四会市精细化工工业园和韶关高新区甘棠化工园等3家园区符合复核要求。"
    assert [name for name, _ in _parks(text)] == ["广东惠州大亚湾石化产业园区", "四会市精细化工工业园", "韶关高新区甘棠化工园"]



def test_zones_printed_run_together_are_not_the_texts_subject() -> None:
    # mixed18 zhejiang_sheng_jingkaiqu_zhenghesheli_2022: each zone is then a heading over its paragraph, and so named
    # twice, but the six are the text's peers: 衢州智造新城 is not hosted by the one before it
    text = ("省政府批复同意!浙江整合设立6家省级经济开发区\n\n"
            "近日,省政府办公厅复函,同意整合设立浙江鹿城经济开发区浙江乐清湾临港经济开发区浙江磐安经济开发区"
            "衢州智造新城浙江莲都经济开发区浙江云和经济开发区,实行省级经济开发区政策。\n\n浙江鹿城经济开发区\n\n"
            "浙江鹿城经济开发区规划面积18.24平方公里,分三个区块。\n\n浙江磐安经济开发区\n\n浙江磐安经济开发区规划面积9.5平方公里。\n")
    assert dict(_parks(text))["衢州智造新城"] == "衢州市"


def _real(path: str) -> list[tuple[str, str | None]]:
    """The parks of a corpus file as the pipeline reads it (segmented; a traditional print read in simplified)."""
    file = Path(__file__).parent / "data" / path
    return [(r.name, r.host) for doc in segment(read_text(file.read_bytes(), file.name))
            for r in extract_document(doc) if isinstance(r, Park)]


def test_a_list_of_agricultural_parks_after_fenbiewei() -> None:
    # real/mixed24 shaanxi_xianyang_nongyeyuanqu_2012: 11个省级现代农业园区分别为:三原县正大现代农业园区、… (农业园区 an ending)
    names = [name for name, _ in _real("real/mixed24/shaanxi_xianyang_nongyeyuanqu_2012.txt")]
    assert names[:3] == ["三原县正大现代农业园区", "兴平市星光现代农业园区", "泾阳县绿盈盈现代农业园区"]
    assert len(names) == 11 and "省级现代农业园区" not in names


def test_a_preposition_or_a_verb_before_a_park_is_no_part_of_its_name() -> None:
    # real/mixed24 shaanxi_yanan_yaodian_gongyeyuanqu_han_2008 (traditional): 一、按照開發區命名和類型規範標準,…;
    # 抓緊編制并按規定程序報審延安姚店工業園區總體規劃
    names = {name for name, _ in _real("real/mixed24/shaanxi_yanan_yaodian_gongyeyuanqu_han_2008.txt")}
    assert "延安姚店工業園區" in names and not any(n.startswith(("按照", "抓緊")) for n in names)


def test_a_zone_opening_a_project_is_a_park_unless_the_works_are_its_own() -> None:
    # real/mixed22 ningxia_wuzhong_jizhongkaigong_2022: 青铜峡工业园区海利化工新材料项目,…
    assert ("青铜峡工业园区", "青铜峡市") in _real("real/mixed22/ningxia_wuzhong_jizhongkaigong_2022.txt")
    # shared/realdev2 fujian_projects_2017: 连江西北经济区基础设施配套项目 (the zone's own works; realdev2's gold has no park)
    assert not [n for n, _ in _real("shared/realdev2/docs/fujian_projects_2017.txt") if n.startswith("连江")]


def test_a_kind_counted_after_a_list_is_not_a_park() -> None:
    # real/parks4 guangxi_yulin_beiliu_jingkaiqu_2025: 民安陶瓷建材产业园等5个传统产业园和…; …加工贸易产业园等5个专业化产业园
    names = {name for name, _ in _real("real/parks4/guangxi_yulin_beiliu_jingkaiqu_2025.txt")}
    assert "民安陶瓷建材产业园" in names and not names & {"传统产业园", "专业化产业园"}


def test_a_party_committees_body_is_no_park() -> None:
    # real/personnel3 zhejiang_jiaxing_jingkaiqu_renmian_2017: 任中共嘉兴市委现代服务业集聚区工作委员会、中共嘉兴市委经济技术
    # 开发区工作委员会…
    assert not [n for n, _ in _real("real/personnel3/zhejiang_jiaxing_jingkaiqu_renmian_2017.txt") if n.startswith("中共")]


def test_a_zone_opening_its_own_plan_in_the_title_is_not_a_park() -> None:
    # tests/data/other_cities/suzhou_sip_projects.html: the title names the zone's plan of projects, not a project,
    # and a zone in the title stays unrecorded though it opens a project's name
    from kg.extract.names import Name
    from kg.extract.parks import _opening_zone
    title = "苏州工业园区管委会关于印发苏州工业园区2022年重点项目建设计划的通知"
    assert _parks(title + "\n各功能区、街道，园区各部门、各直属单位：\n现将计划印发给你们，请认真组织实施。") == []
    at = title.index("苏州工业园区2022")
    assert _opening_zone(title, Name(at, at + 6, "苏州工业园区")) is None


def test_the_tail_of_a_longer_name_is_the_same_park() -> None:
    # real/mixed20 neimenggu_sheng_guojiajijingkaiqu_yijian_undated (traditional, glossed): 把呼和浩特經濟技術開發(fā)區(qū)、
    # 呼倫貝爾…: 浩特… read by another path ends where the whole name does
    names = [n for n, _ in _real("real/mixed20/neimenggu_sheng_guojiajijingkaiqu_yijian_undated.txt")]
    assert "呼和浩特經濟技術開發(fā)區(qū)" in names and not [n for n in names if n.startswith("浩特")]


def test_a_provinces_list_of_its_parks_takes_the_province() -> None:
    # a 省政府 通报 listing the province's parks (tests/data/real/mixed27 anhui_sheng_kaifaqu_kaohe_tongbao_2019): the
    # province hosts each park of the list, though the park's own name gives its city or county
    path = Path(__file__).parent / "data/real/mixed27/anhui_sheng_kaifaqu_kaohe_tongbao_2019.txt"
    doc = next(iter(segment(read_text(path.read_bytes(), path.name))))
    places, self_ref = get_gazetteer().clues(doc.body)
    hosts = {p.name: p.host for p in extract_parks(dataclasses.replace(doc, places=places, self_reference=self_ref))}
    assert hosts["芜湖高新技术产业开发区"] == "安徽省"
    assert hosts["安徽萧县经济开发区"] == "安徽省"
    # a park a province's text renames keeps its own place (tests/data/real/mixed13 jiangsu_jiangyin_gaoxinqu_gengming_2010)
    renamed = "江苏省人民政府\n同意江苏省江阴经济开发区更名为江苏省江阴高新技术产业开发区,并纳入省高新园区序列管理。"
    assert ("江苏省江阴高新技术产业开发区", "江苏省") not in _parks(renamed)


def test_a_tables_rows_run_together_give_each_park_and_its_place() -> None:
    # a table's rows whose cells the page's text ran together: rank, park, province (1蘇州工業園區江蘇; tests/data/real/mixed27
    # jiangsu_guojiajingkaiqu_zonghepaiming_2019)
    path = Path(__file__).parent / "data/real/mixed27/jiangsu_guojiajingkaiqu_zonghepaiming_2019.txt"
    doc = next(iter(segment(read_text(path.read_bytes(), path.name))))
    places, self_ref = get_gazetteer().clues(doc.body)
    parks = {(p.name, p.host) for p in extract_document(dataclasses.replace(doc, places=places, self_reference=self_ref))
             if isinstance(p, Park)}
    assert {("廣州經濟技術開發區", "廣東"), ("上海漕河涇新興技術開發區", "上海"), ("嘉興經濟技術開發區", "浙江")} <= parks
    assert not any(name.endswith(("江蘇", "廣東")) for name, _ in parks)


def test_a_place_counting_its_parks_before_the_list_hosts_them() -> None:
    # tests/data/real/mixed29 hunan_changsha_huojiangyuanqu_2019: what befell them between the count and 分别是
    text = ("2019年,湖南省优质快速产业发展获奖园区名单发布,长沙市4个园区挂牌,分别是浏阳经济开发区、宁乡高新区、"
            "望城经济开发区、长沙高新区。")
    assert ("宁乡高新区", "长沙市") in _parks(text) and ("长沙高新区", "长沙市") in _parks(text)
    # tests/data/real/mixed29 hainan_sheng_zhongdianyuanqu_2013: a place holding the list its count closes, as written
    text = "  目前海南共有洋浦经济开发区、海口高新区、老城开发区、东方工业园区等11个重点园区。今年上半年,面对宏观经济形势"
    assert ("老城开发区", "海南") in _parks(text) and ("洋浦经济开发区", "海南") in _parks(text)


def test_an_examples_head_is_no_part_of_the_park_after_it() -> None:
    # tests/data/real/mixed29 hainan_sheng_zhongdianyuanqu_2013: 比如 opens the examples, the park's name starts after it
    text = ("经过多年发展,海南省重点园区产业发展已初具规模,比如海口高新区和综合保税区以英利为代表的新能源产业,以海马汽车为代表的"
            "汽车装备制造业不断壮大;老城开发区以生态软件园为代表的电子信息产业,以中航特玻为代表的新材料产业迅速崛起;东方工业园区的"
            "天然气化工产业继续保持快速增长态势。")
    from kg.extract import extract_document
    from kg.records import Park
    assert [r.name for r in extract_document(make_doc(text)) if isinstance(r, Park)] == ["海口高新区", "老城开发区", "东方工业园区"]


def test_a_countys_industrial_cluster_zone_opening_a_projects_name_is_a_park() -> None:
    # 翼城產業集聚區精品鋼基地項目: the project keeps the zone in its name (tests/data/real/mixed30
    # shanxi_linfen_kaifaqu_qianyue_2022)
    path = Path(__file__).parent / "data/real/mixed30/shanxi_linfen_kaifaqu_qianyue_2022.txt"
    doc = next(iter(segment(read_text(path.read_bytes(), path.name))))
    places, self_ref = get_gazetteer().clues(doc.body)
    names = {p.name for p in extract_document(dataclasses.replace(doc, places=places, self_reference=self_ref))
             if isinstance(p, Park)}
    assert {"翼城產業集聚區", "浮山產業集聚區"} <= names


def test_parks_joined_by_yiji_and_places_joined_by_a_hyphen() -> None:
    # tests/data/real/mixed29 sichuan_sheng_kaifaqu_2010
    text = ("据介绍,截止到目前,全省纳入《中国开发区审核公告目录》的省级以上开发区48家,包括今年新审批的崇州经济开发区、"
            "绵竹经济开发区、什邡经济开发区、成都-阿坝工业园以及安县工业园等5家。")
    names = {name for name, _ in _parks(text)}
    assert {"成都-阿坝工业园", "安县工业园"} <= names and "阿坝工业园" not in names
