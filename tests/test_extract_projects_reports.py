"""Projects named in progress reports and announcements, each construction tested on real sentences from two sources
or more (a gold batch's file and a stored public page no batch was built from), through the public pipeline.

The constructions are those of mixed27/mixed28's first runs (/work/notes/new2728.md): a run of progress clauses
after 其中, each opening with the projects it reports on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_document
from kg.read.ingest import read_text
from kg.read.segment import segment
from kg.records import Project

REAL = Path(__file__).parent / "data" / "real"


def _projects(text: str) -> list[str]:
    """The names of the projects the public pipeline reads from ``text`` (a page's body under a title line)."""
    out = []
    for doc in segment(read_text(("摘录\n" + text).encode("utf-8"), "excerpt.txt")):
        for r in extract_document(doc):
            if isinstance(r, Project):
                assert doc.text.original[r.evidence.start : r.evidence.end] == r.evidence.quote
                out.append(r.name)
    return out


def _sentence(path: str, start: str, end: str) -> str:
    """The real sentence of a corpus file from ``start`` to ``end`` (inclusive), read from the file."""
    text = (REAL / path).read_text(encoding="utf-8")
    a = text.index(start)
    return text[a : text.index(end, a) + len(end)]


# a run of progress clauses after 其中:
PROGRESS = [
    pytest.param(
        _sentence("mixed28/jilin_changchun_shangwu_genzongxiangmu_2018.txt", "5个项目正在建设中", "后续工程正在做总体规划"),
        ["宽城区海尔(长春)市场创新产业园项目", "长春新区易华录国际食品安全创新产业园项目", "净月高新区复华未来世界—文化旅游中心项目",
         "净月高新区麦田国际学校项目", "农安县环境生态综合治理项目"],
        id="changchun-under-way",
    ),
    pytest.param(
        _sentence("mixed28/ningxia_zhongwei_zhongdianxiangmu_tongbao_2023.txt", "全市列入自治区重点建设项目5个", "正在进行二次结构砌筑。"),
        ["华润200MW/400MWh共享储能电站", "中国电信数据中心一期", "“宁湘直流”新能源基地中卫300万千瓦光伏复合项目",
         "晨光年产30万吨硅基及气凝胶新材料项目", "中卫工业园区铁路专用线项目", "美利云数据中心二期", "联通数据中心二期项目",
         "移动数据中心二期", "联通数据中心三期项目", "广电数据中心一期项目"],
        id="zhongwei-count-and-shared-ending",
    ),
    pytest.param(
        # http://mswk.cn/Article/ShowArticle.asp?ArticleID=156831 (a 重大项目专班 report; 等项目 is a list's, read apart)
        "截至7月末,开复工5000万元以上项目44个,开复工率67.6%。总投资131亿元,年度计划投资39.2亿元,预计完成13亿元。\n"
        "其中:回头客休闲食品加工项目安装完成2条生产线;达利短保食品生产项目正在进行设备安装;创威轨道交通项目8月份地板生产线正式上线;"
        "汉华年产三千套汽车覆盖件模具项目10月份投产;德隆粮食仓储项目建成收纳仓4栋;市东风污水处理厂二期开工建设;"
        "人民医院医疗综合楼项目主体封闭;中涵名都城、龙凤亁城、国华港丰雅居苑、锦秀东郡等项目完成投资2.55亿元;"
        "畜禽粪污资源化利用整县推进项目完成170个规模养殖场粪污处理设施建设。",
        ["回头客休闲食品加工项目", "达利短保食品生产项目", "创威轨道交通项目", "汉华年产三千套汽车覆盖件模具项目", "德隆粮食仓储项目",
         "人民医院医疗综合楼项目", "中涵名都城", "龙凤亁城", "国华港丰雅居苑", "锦秀东郡", "畜禽粪污资源化利用整县推进项目"],
        id="mswk-zhuanban-report",
    ),
]


@pytest.mark.parametrize(("text", "names"), PROGRESS)
def test_progress_clauses_after_qizhong(text, names):
    assert sorted(_projects(text)) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    # https://js56123.com/xq202205/3522484.html: kinds of projects counted, none named
    ("林文书向主会场报告了洪山区重点项目情况:2022年第二季度集中开工重大项目6个,总投资130.9亿元。其中:现代服务业项目3个,总投资121亿元;"
     "其他项目3个,总投资9.9亿元。", []),
    # https://www.chacewang.com/newsdetail/news40117.html: stages counted; the one project named is a list's (等3个项目)
    ("(1)16个续建项目完成投资20.94亿元,投资完成率21.6%,超序时进度4.9个百分点,(2)7个计划开工项目完成投资1.43亿元,"
     "自贡5G创新应用产业园等3个项目已开工,开工率42.9%,(3)8个加快前期项目正在有序办理用地、环评等项目前期手续", ["自贡5G创新应用产业园"]),
])
def test_progress_clauses_of_kinds_name_none(text, names):
    assert _projects(text) == names


# one project a numbered line under a heading that counts them, whatever each name ends with
SXSJ = """序號 項目名稱
合計(129項)
一 區經濟局(1項)
1 "竣工項目[1項]
航空發動機零部件生產線"
二 工業區管委會(19項)
(一) 竣工項目(5項)
1 健康藥品生產線
2 食品飲料、金屬包裝生產線
3 中藥飲片生產線
4 天錫發動機關鍵零部件生產線
5 新都衛星城工業東區污水處理廠
(二) 加快建設項目(7項)
1 汽車鋼圈和真空輪胎生產線
2 啤酒生產線(遷建)
3 電纜生產線
"""


@pytest.mark.parametrize(("text", "names"), [
    pytest.param(
        _sentence("mixed27/fujian_sheng_zhongdianxiangmu_mingdan_2009.txt", "一、省在建重点项目(351个)", "(1)崇武国家中心渔港"),
        ["全省大中型病险水库除险加固工程", "全省海堤除险加固工程", "厦门莲花水库", "仙游金钟水利枢纽工程", "闽江下游南港南北岸防洪工程",
         "南岸防洪一期工程", "南岸防洪二期工程", "晋江下游防洪岸线金潘段整治及江滨路续建工程", "莆田木兰溪霞林段防洪工程",
         "闽江上游富屯溪防洪二期工程", "泉州外走马埭围垦工程", "霞浦福宁湾围垦工程", "全省土地整理工程", "台湾农民创业园工程",
         "清流县生态型绿化苗木花卉基地", "福建沿海及台湾海峡气象防灾减灾服务体系", "福建省海洋与渔业防灾减灾系统", "国家级渔港建设项目"],
        id="fujian-2009-under-counted-kind",
    ),
    # http://sxsjbj.com/economics/2008xm/2009-03/05/content_17383292.htm (新都区 2009, traditional, numbers apart by a space)
    pytest.param(SXSJ, ["健康藥品生產線", "食品飲料、金屬包裝生產線", "中藥飲片生產線", "天錫發動機關鍵零部件生產線",
                        "新都衛星城工業東區污水處理廠", "汽車鋼圈和真空輪胎生產線", "啤酒生產線(遷建)", "電纜生產線"],
                 id="xindu-2009-under-counted-stage"),
])
def test_numbered_lines_under_a_counting_heading(text, names):
    assert sorted(_projects(text)) == sorted(names)


def test_numbered_lines_under_a_count_of_parks_are_no_projects():
    # the same shape under headings that count parks, not projects (no 项目/工程 in any heading over the lines)
    text = "一、国家级开发区(3个)\n1.福州经济技术开发区\n2.厦门火炬高技术产业开发区\n3.泉州经济技术开发区\n"
    assert _projects(text) == []


# a list closed by 等…项目, then what is to come of the projects or how their preparation stands
@pytest.mark.parametrize(("text", "names"), [
    pytest.param(
        _sentence("mixed27/xizang_zhongdianxiangmu_2015.txt", "2015年將新開工重點項目16個", "正在籌備中。"),
        ["西藏兒童醫院藏醫藥改擴建", "西藏遠程醫療試點工程", "西藏檔案館", "京藏高速公路那曲至拉薩段", "日喀則至口岸鐵路", "拉薩新機場",
         "葉巴灘和拉哇水電站", "昌都、阿里與藏中電網聯網工程"],
        id="xizang-jijiang-kaigong-qianqi-zhengzai-two-places-one-works",
    ),
    pytest.param(
        _sentence("mixed27/jiangsu_nantong_zhongdaxiangmu_kaigong_2021.txt", "南通市省級重大項目數量", "落地開工"),
        ["恒力新材料", "中天綠色精品鋼", "金光高檔生活用紙", "桐昆聚酯一體化", "招商局豪華遊輪", "阿裏雲計算中心"],
        id="nantong-luodi-kaigong",
    ),
    # http://xm.fjsen.com/2016-12/23/content_18881634.htm
    pytest.param(
        "在医疗机构方面,年底也有建设计划,建成后方便市民就医。厦门大学附属中山医院门急诊综合大楼、新店中心卫生院提升改造一期工程等项目"
        "开工在即。",
        ["厦门大学附属中山医院门急诊综合大楼", "新店中心卫生院提升改造一期工程"], id="xiamen-kaigong-zaiji",
    ),
    pytest.param(
        "据了解,斑鸠山公园是年底新开工的18个社会事业与民生类项目中的一项,除了它以外,洪塘公园景观提升工程、山边创新社区房前屋后绿化等项目,"
        "也将在年底前开工,助力城市景观环境提升。",
        ["洪塘公园景观提升工程", "山边创新社区房前屋后绿化"], id="xiamen-yejiang-nianqian-kaigong",
    ),
    pytest.param(
        "另外,抽水蓄能电站、轨道6号线一期工程等一批重大基础设施项目都在积极推进中。",
        ["抽水蓄能电站", "轨道6号线一期工程"], id="xiamen-douzai-jiji-tuijin",
    ),
])
def test_list_closed_by_etc_then_what_is_to_come(text, names):
    assert _projects(text) == names


def test_a_list_of_fields_then_an_event_names_no_projects():
    # written here (one construction): fields after 涉及 are no projects, whatever event follows them
    text = "此次集中开工项目涉及医疗、新材料、农业产业化、民生、文旅等领域,将于年底前开工。"
    assert _projects(text) == []


# a works named before the design approved or reviewed for it (初步设计)
@pytest.mark.parametrize(("text", "names"), [
    pytest.param(
        _sentence("mixed28/xinjiang_zhongdianxiangmu_kaigong_2019.txt", "另外,在这些重点项目开工建设的同时", "建设项目初步设计。"),
        ["精河县下天吉水利枢纽二期工程", "新疆国家林木种植资源保存库分库二期建设项目"], id="xinjiang-two-designs-approved",
    ),
    # https://www.longyou.gov.cn/art/2024/5/14/art_1503395_59214584.html: the meeting called, no part of the name
    pytest.param(
        "当天,省发改委、省水利厅在杭州组织召开龙游县佛乡水库工程初步设计报告审查会,经技术审查组联合审定,佛乡水库工程初步设计报告通过审查。",
        ["龙游县佛乡水库工程"], id="longyou-review-meeting",
    ),
    # https://www.xitieba.net/fanwen/4883524.html: a design to draw up for the project spoken of, no name
    pytest.param("六、有关要求。\n1、请据此批复抓紧编制项目初步设计,深", [], id="xitieba-no-name"),
])
def test_works_before_its_design(text, names):
    assert _projects(text) == names
