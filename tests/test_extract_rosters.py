"""kg.extract.rosters: leading-group rosters as appointments in the group, on real notices.

The texts are the opening lines of notices under tests/data/real (the file is named), cut
after the roster lines a test needs.
"""

from __future__ import annotations

from kg.extract.rosters import GROUP_SUFFIXES, ROSTER_ROLES, find_rosters
from kg.read.ingest import SourceText, read_text
from kg.read.segment import segment
from kg.records import Appointment, Document

# docs/shanghai_shi_xinchengguihua_lingdaoxiaozu_2020.txt
SHANGHAI = """沪府办〔2020〕59号
上海市人民政府办公厅关于成立上海市新城规划建设推进协调领导小组的通知
各区人民政府,市政府有关委、办、局:
经市政府研究,决定成立上海市新城规划建设推进协调领导小组(以下简称“领导小组”)。领导小组组成人员如下:
组 长:龚 正 市长
副组长:陈 寅 常务副市长
汤志平 副市长
成 员:马春雷 市政府副秘书长、市发展改革委主任
黄 融 市政府副秘书长
"""

# docs/guangdong_meizhou_xingning_shengjibianjie_lingdaoxiaozu_2021.txt
XINGNING = """兴宁市人民政府关于成立兴宁市推动省际边界地区高质量发展工作领导小组的通知
经市人民政府同意,决定成立兴宁市推动省际边界地区高质量发展工作领导小组。组成人员名单如下:
组  长:洪国华(市委副书记、市长)
副组长:刘东峰(市委常委、市政府党组副书记)
成  员:市政府办公室主任彭伟洪,市政府办公室副主任石战宇,罗浮镇、黄槐镇政府主要负责同志,市发展改革局、市财政局主要负责同志。
"""

# final/fujian_sheng_canjiren_chouyang_lingdaoxiaozu_2005.txt
FUJIAN = """福建省人民政府办公厅关于成立福建省第二次全国残疾人抽样调查领导小组的通知
经省政府研究,决定成立福建省第二次全国残疾人抽样调查领导小组。领导小组成员名单如下:
组长:陈芸副省长
副组长:黄琪玉省政府副秘书长
蔡元庭省残联理事长
"""

# docs/zhejiang_hangzhou_yuhang_jingjipucha_dashiji_2009.txt (a chronicle: the group in prose)
YUHANG = ("同时公布了由区委常委、常务副区长任组长,区府办副主任、统计局局长、发改局副局长为副组长,"
          "区经发局、监察局等十八个部门领导组成的余杭区第二次经济普查领导小组成员名单。"
          "领导小组下设办公室,区统计局副局长李聚忠兼任办公室主任。\n")


def _rosters(text: str, name: str = "notice.txt") -> tuple[SourceText, list]:
    source = read_text(text.encode("utf-8"), name)
    return source, [r for doc in segment(source) for r in find_rosters(doc)]


def _members(rosters) -> list[tuple[str, str, str | None]]:
    return [(a.person, a.position, a.note) for r in rosters for a in r.records]


def test_role_lines_give_one_appointment_per_member_in_the_group():
    source, rosters = _rosters(SHANGHAI)
    assert [r.group for r in rosters] == ["上海市新城规划建设推进协调领导小组"]
    assert _members(rosters) == [
        ("龚 正", "组长", "市长"),  # a two-character name padded to three stays as printed
        ("陈 寅", "副组长", "常务副市长"),
        ("汤志平", "副组长", "副市长"),  # a line with no role label continues the role above
        ("马春雷", "成员", "市政府副秘书长、市发展改革委主任"),
        ("黄 融", "成员", "市政府副秘书长"),
    ]
    for record in rosters[0].records:
        assert isinstance(record, Appointment)
        assert (record.action, record.organization, record.concurrent) == (
            "appoint", "上海市新城规划建设推进协调领导小组", False)
        ev = record.evidence
        assert source.original[ev.start:ev.end] == ev.quote


def test_a_member_with_two_posts_keeps_both():
    """马春雷 市政府副秘书长、市发展改革委主任: the post after 、 is the member's second post, not a member."""
    _, rosters = _rosters(SHANGHAI)
    assert ("马春雷", "成员", "市政府副秘书长、市发展改革委主任") in _members(rosters)


def test_posts_in_brackets_or_before_the_name_and_members_by_post_only():
    _, rosters = _rosters(XINGNING)
    assert _members(rosters) == [
        ("洪国华", "组长", "市委副书记、市长"),
        ("刘东峰", "副组长", "市委常委、市政府党组副书记"),
        ("彭伟洪", "成员", "市政府办公室主任"),
        ("石战宇", "成员", "市政府办公室副主任"),
    ]  # 罗浮镇、黄槐镇政府主要负责同志 names no person: no record


def test_a_post_glued_after_the_name():
    _, rosters = _rosters(FUJIAN)
    assert _members(rosters) == [("陈芸", "组长", "副省长"), ("黄琪玉", "副组长", "省政府副秘书长"),
                                 ("蔡元庭", "副组长", "省残联理事长")]


def test_an_office_head_who_serves_concurrently():
    source, rosters = _rosters(YUHANG, "yuhang.txt")
    records = [a for r in rosters for a in r.records]
    assert [(a.person, a.position, a.organization, a.concurrent) for a in records] == [
        ("李聚忠", "办公室主任", "余杭区第二次经济普查领导小组", True)]
    # 常务副区长任组长 gives no record: a post, not a person
    assert source.original[records[0].evidence.start:records[0].evidence.end] == records[0].evidence.quote


def test_a_document_without_a_roster():
    source = read_text("关于做好春节期间安全生产工作的通知\n各区县:要加强值班值守。\n".encode(), "n.txt")
    docs: list[Document] = segment(source)
    assert [r for doc in docs for r in find_rosters(doc)] == []


def test_the_word_lists_are_data():
    assert "领导小组" in GROUP_SUFFIXES and "指挥部" in GROUP_SUFFIXES
    assert {"组长", "副组长", "成员"} <= set(ROSTER_ROLES)


def test_names_run_into_a_place_a_rare_surname_and_a_second_post_on_its_own_line():
    # personnel3/tianjin_shi_kewei_gaoxinqu_lingdaoxiaozu_2011.txt, jiangsu_changzhou_wujin_…_2021.txt,
    # shanghai_shi_hengshadongtan_guanweihui_2021.txt (cut to the lines the test needs)
    text = ("关于成立天津市市级高新技术产业开发区工作领导小组的通知\n组长:王治平天津市人民政府副市长\n"
            "副组长:恽益明 武进国家高新区管委会副主任\n成员:缪爱国 经济发展局局长\n缪 京 崇明区委副书记、\n区长\n")
    _, rosters = _rosters(text)
    assert _members(rosters) == [("王治平", "组长", "天津市人民政府副市长"),
                                 ("恽益明", "副组长", "武进国家高新区管委会副主任"),
                                 ("缪爱国", "成员", "经济发展局局长"), ("缪 京", "成员", "崇明区委副书记、区长")]


def test_a_prose_roster_member_with_a_rarer_title():
    # heldout/hunan_loudi_renkouchouyang_lingdaoxiaozu_2005.txt (cut): 总统计师 is a title
    text = ("关于成立娄底市1%人口抽样调查领导小组的通知\n"
            "领导小组由市委常委、常务副市长田福德任组长;市财政局副局长曹育明、市统计局总统计师陶慧孜任成员。\n")
    _, rosters = _rosters(text)
    assert [(a.person, a.position) for r in rosters for a in r.records] == [
        ("田福德", "组长"), ("曹育明", "成员"), ("陶慧孜", "成员")]


def test_an_election_names_the_body_of_the_roster_under_it():
    # real/mixed4/xizang_zizhiqu_renda_buxuan_2025.txt: the body the election fills heads the role lines,
    # and a line of names closed by 。 is members, not prose (扎西措姆, 白玛罗布: read by their Tibetan openers)
    text = ("1月22日,西藏自治区第十二届人民代表大会第三次会议于2025年1月22日,补选西藏自治区第十二届人民代表大会"
            "常务委员会主任、副主任、委员。现将名单公告如下:\n主任:严金海;\n副主任:张洪波(汉族);\n委员:(按姓名笔画为序)\n"
            "扎西措姆(女)、白玛罗布、 吕涛(汉族)、宗嘎。\n公开资料显示,严金海,男,藏族,1962年3月生,青海民和人。\n")
    _, rosters = _rosters(text)
    assert [r.group for r in rosters] == ["西藏自治区第十二届人民代表大会常务委员会"]
    assert [(p, role) for p, role, _ in _members(rosters)] == [
        ("严金海", "主任"), ("张洪波", "副主任"), ("扎西措姆", "委员"), ("白玛罗布", "委员"), ("吕涛", "委员"), ("宗嘎", "委员")]
