"""Personnel notices: appointments and removals per person, action and post."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.extract import extract_document
from kg.extract.personnel import extract_appointments, split_post
from kg.paths import SEEDS
from kg.read.segment import as_one_document as make_doc
from kg.read.sources import read_source
from kg.records import Appointment


def rows(text: str) -> list[tuple]:
    return [(a.person, a.action, a.organization, a.position, a.concurrent, a.probation, a.note)
            for a in extract_appointments(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ningbo wording
        ("经市政府研究同意：\n杨再达任宁波城建投资控股有限公司副总经理。\n",
         [("杨再达", "appoint", "宁波城建投资控股有限公司", "副总经理", False, False, None)]),
        ("免去胡颖磊的宁波市文化旅游投资集团有限公司副总经理职务。",
         [("胡颖磊", "remove", "宁波市文化旅游投资集团有限公司", "副总经理", False, False, None)]),
        ("王顺大任宁波市公安局督察长（兼）；",
         [("王顺大", "appoint", "宁波市公安局", "督察长", True, False, None)]),
        ("屠炯任宁波市经济和信息化局副局长（试用期一年）；",
         [("屠炯", "appoint", "宁波市经济和信息化局", "副局长", False, True, None)]),
        ("孙黎明、袁朝晖任宁波前湾新区管理委员会副主任（兼），免去其宁波杭州湾新区开发建设管理委员会副主任职务；",
         [("孙黎明", "appoint", "宁波前湾新区管理委员会", "副主任", True, False, None),
          ("袁朝晖", "appoint", "宁波前湾新区管理委员会", "副主任", True, False, None),
          ("孙黎明", "remove", "宁波杭州湾新区开发建设管理委员会", "副主任", False, False, None),
          ("袁朝晖", "remove", "宁波杭州湾新区开发建设管理委员会", "副主任", False, False, None)]),
        ("刘黎勇任宁波经济技术开发区管理委员会副主任（副局长级）；",
         [("刘黎勇", "appoint", "宁波经济技术开发区管理委员会", "副主任", False, False, "副局长级")]),
        # parentheses inside the unit's name stay in the unit; a line break after a comma continues
        ("王洪平任宁波高新技术产业开发区管理委员会副主任，\n\n免去其宁波国家高新技术产业开发区（新材料科技城）管理委员会副主任职务；",
         [("王洪平", "appoint", "宁波高新技术产业开发区管理委员会", "副主任", False, False, None),
          ("王洪平", "remove", "宁波国家高新技术产业开发区（新材料科技城）管理委员会", "副主任", False, False, None)]),
        ("免去李建华、杜未浩的宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会副主任职务；",
         [("李建华", "remove", "宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会", "副主任",
           False, False, None),
          ("杜未浩", "remove", "宁波国际海洋生态科技城（宁波梅山物流产业集聚区、宁波梅山保税港区）管理委员会", "副主任",
           False, False, None)]),
        # a 免去： header above a list of 姓名的…职务
        ("市政府研究决定：\n\n徐挺任宁波市供销合作社联合社理事会主任；\n\n免去：\n\n李斌的宁波市供销合作社联合社理事会主任职务。",
         [("徐挺", "appoint", "宁波市供销合作社联合社", "理事会主任", False, False, None),
          ("李斌", "remove", "宁波市供销合作社联合社", "理事会主任", False, False, None)]),
        # other cities' wording
        ("任命张三为市发改委主任。", [("张三", "appoint", "市发改委", "主任", False, False, None)]),
        ("免去李四的市财政局局长职务。", [("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("免去李四市财政局局长职务。", [("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("免去张三的宁波职业技术学院院长职务。", [("张三", "remove", "宁波职业技术学院", "院长", False, False, None)]),
        ("决定：王五任市教育局局长；免去赵六的市教育局副局长职务。",
         [("王五", "appoint", "市教育局", "局长", False, False, None),
          ("赵六", "remove", "市教育局", "副局长", False, False, None)]),
        ("决定:王五任市教育局局长;免去赵六同志的市教育局副局长职务.",
         [("王五", "appoint", "市教育局", "局长", False, False, None),
          ("赵六", "remove", "市教育局", "副局长", False, False, None)]),
        ("张小明同志任杭州市人民政府副秘书长、市政府办公厅主任。",
         [("张小明", "appoint", "杭州市人民政府", "副秘书长", False, False, None),
          ("张小明", "appoint", "市政府办公厅", "主任", False, False, None)]),
        ("陈大伟任温州市财政局局长、党组书记，免去其温州市审计局局长职务。",
         [("陈大伟", "appoint", "温州市财政局", "局长", False, False, None),
          ("陈大伟", "appoint", "温州市财政局", "党组书记", False, False, None),
          ("陈大伟", "remove", "温州市审计局", "局长", False, False, None)]),
        ("孙丽任衢州市文化广电旅游局副局长，试用期一年，免去其衢州市图书馆馆长职务。",
         [("孙丽", "appoint", "衢州市文化广电旅游局", "副局长", False, True, None),
          ("孙丽", "remove", "衢州市图书馆", "馆长", False, False, None)]),
        ("刘洋兼任嘉兴市政府副秘书长。", [("刘洋", "appoint", "嘉兴市政府", "副秘书长", True, False, None)]),
        ("周明不再担任湖州市科技局副局长职务。", [("周明", "remove", "湖州市科技局", "副局长", False, False, None)]),
        ("决定任命：\n黄河为绍兴市商务局局长（试用期一年）；\n林海为绍兴市商务局副局长。",
         [("黄河", "appoint", "绍兴市商务局", "局长", False, True, None),
          ("林海", "appoint", "绍兴市商务局", "副局长", False, False, None)]),
        ("聘任吴涛为台州市人民政府参事。", [("吴涛", "appoint", "台州市人民政府", "参事", False, False, None)]),
        ("一、张三任市发改委主任；\n二、免去李四的市财政局局长职务。",
         [("张三", "appoint", "市发改委", "主任", False, False, None),
          ("李四", "remove", "市财政局", "局长", False, False, None)]),
        ("任命：\n1.王五为市商务局局长；\n2.赵六为市商务局副局长。\n免去：\n（1）钱七的市商务局局长职务。",
         [("王五", "appoint", "市商务局", "局长", False, False, None),
          ("赵六", "appoint", "市商务局", "副局长", False, False, None),
          ("钱七", "remove", "市商务局", "局长", False, False, None)]),
        # remove records never inherit 兼
        ("郑强任丽水市发展和改革委员会副主任（兼），免去其丽水市经济和信息化局副局长（兼）职务。",
         [("郑强", "appoint", "丽水市发展和改革委员会", "副主任", True, False, None),
          ("郑强", "remove", "丽水市经济和信息化局", "副局长", False, False, None)]),
    ],
)
def test_wordings(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "宁波市人民政府关于徐挺、李斌职务任免的通知",
        "主要任务：推进制造业高质量发展。",
        "各地要落实主体责任，任务分解到人。",
        "重点任务清单任何单位不得擅自调整。",
        "请按规定程序办理任职手续。",
        "市长裘东耀到会提请有关任免议案，并作说明。",
        "（三）王五为市商务局局长。",
        "本办法所称负责人，是指市政府办公厅负责人。",
    ],
)
def test_no_false_decisions(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("宁波市公安局督察长", ("宁波市公安局", "督察长")),
        ("宁波市供销合作社联合社理事会主任", ("宁波市供销合作社联合社", "理事会主任")),
        ("宁波工业投资集团有限公司二级资深经理", ("宁波工业投资集团有限公司", "二级资深经理")),
        ("宁波市人民政府副秘书长", ("宁波市人民政府", "副秘书长")),
        ("宁兴（集团）有限公司董事", ("宁兴（集团）有限公司", "董事")),
        ("党组书记", (None, "党组书记")),
        ("市政府办公厅负责人", (None, "市政府办公厅负责人")),
    ],
)
def test_split_post(post: str, expected: tuple) -> None:
    assert split_post(post) == expected


def test_date_and_number_come_from_the_document() -> None:
    doc = make_doc("免去李四的市财政局局长职务。", doc_number="杭政干〔2022〕3号", date="2022-01-05")
    (rec,) = extract_appointments(doc)
    assert (rec.doc_number, rec.date, rec.doc_id) == ("杭政干〔2022〕3号", "2022-01-05", "t.txt#1")


@pytest.fixture(scope="module")
def seed_records(seed_docs) -> list:
    return [record for doc in seed_docs for record in extract_appointments(doc)]


def test_seed_counts(seed_records: list) -> None:
    assert Counter(r.action for r in seed_records) == {"appoint": 49, "remove": 52}
    by_number = Counter(r.doc_number for r in seed_records)
    assert by_number["甬政干〔2021〕35号"] == 84
    assert {r.source for r in seed_records} == {"001_7b9a746ae4c8e0db.txt"}
    assert sum(r.concurrent for r in seed_records) == 6
    assert sum(r.probation for r in seed_records) == 6


def test_seed_evidence_is_the_source_slice(seed_records: list) -> None:
    originals = {p.name: read_source(p).original for p in SEEDS.glob("*.txt")}
    for rec in seed_records:
        ev = rec.evidence
        assert originals[ev.source][ev.start : ev.end] == ev.quote
        assert rec.person in ev.quote and rec.position in ev.quote


# --- the grammar: chains, triggers inside clauses, 人大 wording, rosters ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each person keeps their own post along a chain of 、 or ，
        ("决定任命李明为市商务局局长，王芳为市民政局局长，赵建国为市财政局局长。",
         [("李明", "appoint", "市商务局", "局长"), ("王芳", "appoint", "市民政局", "局长"),
          ("赵建国", "appoint", "市财政局", "局长")]),
        ("会议根据市长的提请，经审议表决，决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长，"
         "免去孙海献的市发展和改革委员会主任职务、于力强的市民政局局长职务。",
         [("李胜平", "appoint", "市发展和改革委员会", "主任"), ("张建平", "appoint", "市民政局", "局长"),
          ("孙海献", "remove", "市发展和改革委员会", "主任"), ("于力强", "remove", "市民政局", "局长")]),
        # a chain of removals across ；
        ("分别免去张三的市财政局局长职务；李四的市民政局副局长职务；",
         [("张三", "remove", "市财政局", "局长"), ("李四", "remove", "市民政局", "副局长")]),
        # accepted resignations, one or a chain
        ("会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务的请求。",
         [("杨自力", "remove", "市人民政府", "市长"), ("邓为", "remove", "市人民政府", "副市长")]),
        ("决定：接受谌贻琴同志申请辞去贵州省人民政府省长职务请求。",
         [("谌贻琴", "remove", "贵州省人民政府", "省长")]),
        # acting posts, with and without 为, and 并决定为 about the person just named
        ("张宏义同志代理济源市人民政府市长。", [("张宏义", "appoint", "济源市人民政府", "代理市长")]),
        ("会议决定李炳军代理贵州省人民政府省长职务。", [("李炳军", "appoint", "贵州省人民政府", "代理省长")]),
        ("决定任命邓正权为市人民政府副市长,并决定为代理市长。",
         [("邓正权", "appoint", "市人民政府", "副市长"), ("邓正权", "appoint", "市人民政府", "代理市长")]),
        ("决定周海兵副市长为长沙市人民政府代理市长。", [("周海兵", "appoint", "长沙市人民政府", "代理市长")]),
        # the unit as written (a headline names the place only); 代市长 is 代理市长
        ("王维任苏州市代市长 吴庆文辞去市长职务", [("王维", "appoint", "苏州市", "代理市长"),
                                                ("吴庆文", "remove", None, "市长")]),
        # passive, with a head count
        ("李学智、杨家全3人被聘任为市政府参事。",
         [("李学智", "appoint", "市政府", "参事"), ("杨家全", "appoint", "市政府", "参事")]),
    ],
)
def test_grammar(text: str, expected: list[tuple]) -> None:
    assert [r[:4] for r in rows(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "建立市数字贸易发展工作专班，由分管副市长任组长。",  # a post, no person
        "范树林向新任命人员颁发任命书。",
    ],
)
def test_grammar_leaves_these_alone(text: str) -> None:
    assert rows(text) == []


def test_roster_gives_the_group_its_members() -> None:
    text = ("临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知\n"
            "组    长：李文钢\n副组长：冯 镭\n何洪明（市纪委）\n成    员：巫振江（市府办）、李红樱（市发改局）\n"
            "县发改局局长\n领导小组下设办公室，办公室设在市发改局，胡廖明同志兼任办公室主任。\n")
    found = rows(text)
    group = "临安市信用建设工作领导小组"
    assert [(r[0], r[3]) for r in found] == [
        ("李文钢", "组长"), ("冯 镭", "副组长"), ("何洪明", "副组长"), ("巫振江", "成员"), ("李红樱", "成员"),
        ("胡廖明", "办公室主任")]
    assert {r[2] for r in found} == {group}
    assert [r[4] for r in found] == [False] * 5 + [True]  # 兼任 → concurrent
    assert found[2][6] == "市纪委"  # the home unit is a note


def test_roster_name_then_post_and_prose_roster() -> None:
    text = ("县人民政府决定建立全民科学素质工作联席会议(以下简称联席会议)制度。\n总召集人:付坤林 县委常委、副县长\n"
            "召 集 人:卢兴仙 县科协主席\n办公室主任由县科协主席卢兴仙兼任。\n")
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [
        ("付坤林", "全民科学素质工作联席会议", "总召集人"), ("卢兴仙", "全民科学素质工作联席会议", "召集人"),
        ("卢兴仙", "全民科学素质工作联席会议", "办公室主任")]
    prose = "淮南市政府成立了副市长李朝晖为组长的淮南市第七次全国人口普查领导小组。"
    assert [(r[0], r[2], r[3]) for r in rows(prose)] == [("李朝晖", "淮南市第七次全国人口普查领导小组", "组长")]


def test_a_news_lead_and_the_decision_under_it_state_an_act_once(tmp_path) -> None:
    from kg.pipeline import extract_paths

    text = ("张宏义任济源市代理市长\n2023年5月31日上午,济源市第十五届人民代表大会常务委员会第七次会议召开。"
            "会议决定任命张宏义同志为济源市人民政府代理市长。\n"
            "济源市人民代表大会常务委员会\n关于张宏义同志代理济源市人民政府市长\n的决定\n"
            "(2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过)\n"
            "济源市第十五届人民代表大会常务委员会第七次会议决定:张宏义同志代理济源市人民政府市长。\n")
    path = tmp_path / "jy.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_paths([path], resolve=False)
    assert [(a["person"], a["organization"], a["position"], a["date"]) for a in facts["appointments"]] == [
        ("张宏义", "济源市人民政府", "代理市长", "2023-05-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议决定,接受王儒林辞去吉林省第十二届人大常委会主任职务的请求,接受巴音朝鲁辞去吉林省省长职务的请求。",
         [("王儒林", "remove", "吉林省第十二届人大常委会", "主任"), ("巴音朝鲁", "remove", "吉林省", "省长")]),
        ("会议决定任命卢新华为桂林市副市长,并决定其代理市长职务。",
         [("卢新华", "appoint", "桂林市", "副市长"), ("卢新华", "appoint", "桂林市", "代理市长")]),
        ("任命吕洪武为区监察委员会副主任,申永杰等3名同志为区监察委员会委员。",
         [("吕洪武", "appoint", "区监察委员会", "副主任"), ("申永杰", "appoint", "区监察委员会", "委员")]),
        ("樊城区人民代表大会常务委员会任命名单 (2020年7月28日…会议通过) 决定任命: 余兴军为樊城区人民政府副区长。",
         [("余兴军", "appoint", "樊城区人民政府", "副区长")]),
    ],
)
def test_grammar_after_the_held_out_runs(text: str, expected: list[tuple]) -> None:
    assert [r[:4] for r in rows(text)] == expected


def test_roster_names_glued_to_their_posts_and_prose_lists() -> None:
    text = ("关于成立福建省残疾人抽样调查领导小组的通知\n组长:陈芸副省长\n副组长:黄琪玉省政府副秘书长\n蔡元庭省残联理事长\n"
            "成员:吴立官团省委副书记\n")
    assert [(r[0], r[3], r[6]) for r in rows(text)] == [
        ("陈芸", "组长", "副省长"), ("黄琪玉", "副组长", "省政府副秘书长"), ("蔡元庭", "副组长", "省残联理事长"),
        ("吴立官", "成员", "团省委副书记")]
    prose = ("省政府决定成立湖北省第四次全国经济普查领导小组。领导小组由副省长曹广晶任组长,"
             "省政府副秘书长王太晖及省统计局、省财政厅相关负责人任副组长。")
    assert [(r[0], r[3]) for r in rows(prose)] == [("曹广晶", "组长"), ("王太晖", "副组长")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 涉县 2015: 免除…一职
        ("会议通过了人事任免决议,免除路正阳同志常务副县长一职,免除孟凡哲同志副县长一职。",
         [("路正阳", "remove", None, "常务副县长"), ("孟凡哲", "remove", None, "副县长")]),
        # 上饶: the decision reported by its title
        ("表决通过了关于董仚生代理上饶市人民政府市长职务的决定。",
         [("董仚生", "appoint", "上饶市人民政府", "代理市长")]),
        # 绍兴 2018: posts of one unit in a chain, and a removal that lists two units past a comma
        ("盛阅春同志任中共绍兴市委委员、常委、副书记,免去其中共杭州市委常委、委员,中共杭州市萧山区委书记、常委职务;",
         [("盛阅春", "appoint", "中共绍兴市委", "委员"), ("盛阅春", "appoint", "中共绍兴市委", "常委"),
          ("盛阅春", "appoint", "中共绍兴市委", "副书记"), ("盛阅春", "remove", "中共杭州市委", "常委"),
          ("盛阅春", "remove", "中共杭州市委", "委员"), ("盛阅春", "remove", "中共杭州市萧山区委", "书记"),
          ("盛阅春", "remove", "中共杭州市萧山区委", "常委")]),
        ("免去彭佳学同志的中共绍兴市委书记、常委、委员职务。",
         [("彭佳学", "remove", "中共绍兴市委", "书记"), ("彭佳学", "remove", "中共绍兴市委", "常委"),
          ("彭佳学", "remove", "中共绍兴市委", "委员")]),
    ],
)
def test_more_wordings(text: str, expected: list[tuple]) -> None:
    assert [r[:4] for r in rows(text)] == expected


def test_a_bracket_that_says_a_post_lapses_opens_no_removal() -> None:
    # 甬政干〔2021〕35号: 免去 inside the bracket is not a removal running on to the next clause
    text = ("陆国栋任宁波前湾新区管理委员会副主任（挂职，期满后职务自行免去，不再另行发文），"
            "免去其中意宁波生态园管理委员会副主任职务。")
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("陆国栋", "appoint", "副主任"), ("陆国栋", "remove", "副主任")]


def test_numbered_committees_each_head_their_roster() -> None:
    # 黄冈 2007: 1、市城市规划委员会 / 主 任 委 员:刘雪荣 …
    text = ("现将保留的非常设机构市政府领导任职情况通知如下:\n1、市城市规划委员会\n主 任 委 员:刘雪荣\n副主任委员:杨 智\n"
            "2、市绿化委员会\n主 任:刘雪荣\n副主任:杨智、蔡德坤\n")
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [
        ("刘雪荣", "市城市规划委员会", "主任委员"), ("杨 智", "市城市规划委员会", "副主任委员"),
        ("刘雪荣", "市绿化委员会", "主任"), ("杨智", "市绿化委员会", "副主任"), ("蔡德坤", "市绿化委员会", "副主任")]


def kinds(text: str) -> list[tuple]:
    return [(a.person, a.action, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]


#: One real sentence per construction row of kg.patterns.PERSONNEL_ROWS (file named beside it;
#: realdev2 = tests/data/shared/realdev2/docs, real = tests/data/real/*); sentences marked
#: "written" are made up for a construction no corpus file holds yet.
def test_a_later_short_form_of_the_unit_keeps_the_act_as_first_stated_in_full(tmp_path) -> None:
    # tests/data/real/personnel4/sichuan_liangshan_xichang_renda_daishizhang_2021.txt, lines 2 and 4
    from kg.pipeline import extract_paths

    text = ("10月9日,西昌市十届人大常委会举行第三十九次会议,通过系列人事任免事项。会议表决并通过了任命宋莉为"
            "西昌市人民政府副市长、代理市长,查中才同志为西昌市人民政府副市长的决定。\n"
            "审议通过了西昌市人大常委会关于市人民政府副市长宋莉代理市长的决定。\n")
    path = tmp_path / "xc.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_paths([path], resolve=False)
    assert ("宋莉", "西昌市人民政府", "代理市长") in [(a["person"], a["organization"], a["position"])
                                                for a in facts["appointments"]]
    assert not any(a["organization"] == "市人民政府" for a in facts["appointments"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed before 为 (realdev2/jinwan_zh_renda_2020.txt)
        ("会议决定任命祝庆盟为金湾区人民政府副区长,任命方卫春、曹环球、蓝永兴为区人大常委会代表资格审查委员会组成人员。",
         [("祝庆盟", "appoint", "金湾区人民政府", "副区长", "appointment"),
          ("方卫春", "appoint", "区人大常委会代表资格审查委员会", "组成人员", "appointment"),
          ("曹环球", "appoint", "区人大常委会代表资格审查委员会", "组成人员", "appointment"),
          ("蓝永兴", "appoint", "区人大常委会代表资格审查委员会", "组成人员", "appointment")]),
        # 新聘 with a head count (realdev2/henan_wenshiguan_2013.txt)
        ("省政府在郑州举行仪式,新聘王立群等15人为省文史研究馆馆员。",
         [("王立群", "appoint", "省文史研究馆", "馆员", "engagement")]),
        # names after a head 是: (realdev2/henan_wenshiguan_2013.txt); a bracketed note is not the name
        ("当天新聘的15位省文史研究馆馆员是:王立群、齐飞、刘宏(女)、李抱一。",
         [("王立群", "appoint", "省文史研究馆", "馆员", "engagement"),
          ("齐飞", "appoint", "省文史研究馆", "馆员", "engagement"),
          ("刘宏", "appoint", "省文史研究馆", "馆员", "engagement"),
          ("李抱一", "appoint", "省文史研究馆", "馆员", "engagement")]),
        # posts chained after one unit each carry it; an inner 审判委员会 is no new unit; a rare surname 糜
        # (realdev2/songjiang_sh_renda_2015.txt)
        ("任命糜世峰同志为上海市松江区人民法院副院长、审判委员会委员、审判员,蔡春等60名同志为上海市松江区人民法院人民陪审员。",
         [("糜世峰", "appoint", "上海市松江区人民法院", "副院长", "appointment"),
          ("糜世峰", "appoint", "上海市松江区人民法院", "审判委员会委员", "appointment"),
          ("糜世峰", "appoint", "上海市松江区人民法院", "审判员", "appointment"),
          ("蔡春", "appoint", "上海市松江区人民法院", "人民陪审员", "appointment")]),
        # …等职务 (realdev2/songjiang_sh_renda_2015.txt): a committee of its own is a unit of its own
        ("免去季明同志的上海市松江区人大常委会人事代表工作室主任、人事代表工作委员会副主任等职务。",
         [("季明", "remove", "上海市松江区人大常委会人事代表工作室", "主任", "removal"),
          ("季明", "remove", "人事代表工作委员会", "副主任", "removal")]),
        # 接受…辞去 a deputy's post too (realdev2/hongkou_sh_renda_2015.txt)
        ("接受杨鼎忠同志辞去虹口区第十五届人大代表、人事工作委员会委员职务的请求。",
         [("杨鼎忠", "remove", "虹口区第十五届人大", "代表", "resignation"),
          ("杨鼎忠", "remove", "人事工作委员会", "委员", "resignation")]),
        # 接受A因…辞去…, B因…辞去… (realdev2/zhejiang_renda_2016.txt)
        ("会议决定:接受宋光宝因任职年龄到限辞去省人大内务司法委员会主任委员职务,楼小东因任职年龄到限辞去省人大财政经济委员会主任委员职务。",
         [("宋光宝", "remove", "省人大内务司法委员会", "主任委员", "resignation"),
          ("楼小东", "remove", "省人大财政经济委员会", "主任委员", "resignation")]),
        # resignations told as narrative (real/docs/anhui_sheng_renda_2016.txt)
        ("因年龄原因,朱勇提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务,张志轩、张荣国分别提出辞去省十二届人大常委会委员职务。",
         [("朱勇", "remove", "省十二届人大常委会", "委员", "resignation"),
          ("朱勇", "remove", "内务司法委员会", "主任委员", "resignation"),
          ("张志轩", "remove", "省十二届人大常委会", "委员", "resignation"),
          ("张荣国", "remove", "省十二届人大常委会", "委员", "resignation")]),
        # 罢免 inside a report, then 代表资格终止: one act for 刘新云, termination for the others
        # (realdev2/shanxi_renda_2021.txt)
        ("阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务,依照有关规定,刘新云的代表资格终止。"
         "晋中市选举的王成、运城市选举的曲孝丽,因工作变动调离山西,依照有关规定,王成、曲孝丽的代表资格自行终止。",
         [("刘新云", "remove", "省十三届人民代表大会", "代表", "recall"),
          ("王成", "remove", "省十三届人民代表大会", "代表", "termination"),
          ("曲孝丽", "remove", "省十三届人民代表大会", "代表", "termination")]),
        # a 公告 on deputies: accepted resignations, 代表资格终止 and 补选 (real/personnel3/hubei_ezhou_renda_daibiao_gonggao_2019.txt)
        ("鄂城区人大常委会决定接受王伟、张树彬提出辞去鄂州市第八届人民代表大会代表职务。依照代表法的有关规定,"
         "王伟、张树彬、孙炜的代表资格终止。鄂城区人大常委会补选许中流、阮新安为鄂州市第八届人民代表大会代表。",
         [("王伟", "remove", "鄂州市第八届人民代表大会", "代表", "resignation"),
          ("张树彬", "remove", "鄂州市第八届人民代表大会", "代表", "resignation"),
          ("孙炜", "remove", "鄂州市第八届人民代表大会", "代表", "termination"),
          ("许中流", "appoint", "鄂州市第八届人民代表大会", "代表", "election"),
          ("阮新安", "appoint", "鄂州市第八届人民代表大会", "代表", "election")]),
        # a title before the names; 代理 carries the unit of the post before (realdev2/fangxian_renda_2016.txt)
        ("决定接受蔡贤忠同志辞去县人民政府县长职务的请求;任命县委副书记纪道清同志为县人民政府副县长、代理县长。",
         [("蔡贤忠", "remove", "县人民政府", "县长", "resignation"),
          ("纪道清", "appoint", "县人民政府", "副县长", "appointment"),
          ("纪道清", "appoint", "县人民政府", "代理县长", "acting")]),
        # 代理 is never read into the unit (realdev2/zhangzhou_renda_2021.txt)
        ("决定任命王进足为漳州市人民政府副市长、代理漳州市人民政府市长职务。",
         [("王进足", "appoint", "漳州市人民政府", "副市长", "appointment"),
          ("王进足", "appoint", "漳州市人民政府", "代理市长", "acting")]),
        # a decision's title names the act; the acting post takes the unit of the title before the name
        # (realdev2/chuzhou_renda_2022.txt); 李玉科 ends in 科 and is a name where a verb bounds it
        ("会议表决通过了《滁州市人大常委会关于市人民检察院副检察长李玉科代理检察长的决定》。",
         [("李玉科", "appoint", "市人民检察院", "代理检察长", "acting")]),
        # 接受其辞去: the person just named (realdev2/zhongshan_renda_undated.txt)
        ("会议经表决,决定任命陈晖东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求。",
         [("陈晖东", "appoint", "中山市人民政府", "副市长", "appointment"),
          ("陈晖东", "remove", "中山市人大常委会", "副主任", "resignation")]),
        # the next person's removal after a comma, 同志 with no 的 (realdev2/shaoyang_renda_2021.txt)
        ("免去马运华同志县人大常委会办公室(信访办公室)主任职务,龙新兴同志县人大常委会选举任免联络工作委员会副主任职务。",
         [("马运华", "remove", "县人大常委会办公室(信访办公室)", "主任", "removal"),
          ("龙新兴", "remove", "县人大常委会选举任免联络工作委员会", "副主任", "removal")]),
        # a unit carried from the clause before (real/heldout headline: 陈义初辞去郑州市长职务 王文超任代理市长)
        ("会议接受缪京辞去上海市崇明区人民政府区长职务的请求，李峻任代理区长。",  # written, after realdev2/chongming
         [("缪京", "remove", "上海市崇明区人民政府", "区长", "resignation"),
          ("李峻", "appoint", "上海市崇明区人民政府", "代理区长", "acting")]),
        # the sentence's subject for a clause with no names: a request told after its reason
        # (real/heldout/shandong_qingdao_renda_2006.txt) and a biography (real/docs/shanxi_sheng_zhengfu_mianzhi_2024.txt)
        ("于冲因已调任山东省旅游局党组书记,请求辞去市政府副市长职务。",
         [("于冲", "remove", "市政府", "副市长", "resignation")]),
        ("马志强,男,汉族,1970年12月生,曾任山西省忻州市忻府区委书记等职,去年8月31日被任命为省太忻经济一体化发展促进中心副主任(试用期一年),今年8月6日宣告被查。",
         [("马志强", "appoint", "省太忻经济一体化发展促进中心", "副主任", "appointment")]),
        # a header 选举： over the results (written)
        ("会议选举：张三为市监察委员会主任。", [("张三", "appoint", "市监察委员会", "主任", "election")]),
        # units listed before the posts they share; 不再担任 of the person just named
        # (real/personnel3/zhejiang_jiaxing_jingkaiqu_renmian_2017.txt)
        ("市委决定:盛付祥同志任中共嘉兴市委经济技术开发区工作委员会、中共嘉兴市委国际商务区工作委员会委员、副书记,"
         "不再担任中共嘉兴市委副秘书长职务;",
         [("盛付祥", "appoint", "中共嘉兴市委经济技术开发区工作委员会", "委员", "appointment"),
          ("盛付祥", "appoint", "中共嘉兴市委经济技术开发区工作委员会", "副书记", "appointment"),
          ("盛付祥", "appoint", "中共嘉兴市委国际商务区工作委员会", "委员", "appointment"),
          ("盛付祥", "appoint", "中共嘉兴市委国际商务区工作委员会", "副书记", "appointment"),
          ("盛付祥", "remove", "中共嘉兴市委", "副秘书长", "removal")]),
        # an engagement's unit as the text writes it before the post (real/personnel3/shanghai_shi_canshi_pinren_2021.txt)
        ("2021年市政府参事聘任仪式今天举行。此次新聘参事为黄融、吴志强。续聘参事为程维明、唐豪。",
         [("黄融", "appoint", "市政府", "参事", "engagement"), ("吴志强", "appoint", "市政府", "参事", "engagement"),
          ("程维明", "appoint", "市政府", "参事", "engagement"), ("唐豪", "appoint", "市政府", "参事", "engagement")]),
        # 为A、B…22位新聘馆员颁发聘书, no 等 (real/personnel3/shanghai_shi_wenshiguan_pinren_undated.txt)
        ("11日,上海市文史研究馆馆员聘任仪式举行。市长龚正为杨志刚、齐铁偕、姜建忠22位新聘馆员颁发聘书。",
         [("杨志刚", "appoint", "上海市文史研究馆", "馆员", "engagement"),
          ("齐铁偕", "appoint", "上海市文史研究馆", "馆员", "engagement"),
          ("姜建忠", "appoint", "上海市文史研究馆", "馆员", "engagement")]),
        # a note on the person in brackets, a four-character name in a list, a rare surname 昂
        # (real/mixed3/qinghai_sheng_renda_xuanju_2008.txt)
        ("选举马福海(回族)、桑杰(藏族)、昂毛(女、蒙古族)为青海省人大常委会副主任,选举吉狄马加(彝族)、马顺清(回族)为青海省人民政府副省长。",
         [("马福海", "appoint", "青海省人大常委会", "副主任", "election"),
          ("桑杰", "appoint", "青海省人大常委会", "副主任", "election"),
          ("昂毛", "appoint", "青海省人大常委会", "副主任", "election"),
          ("吉狄马加", "appoint", "青海省人民政府", "副省长", "election"),
          ("马顺清", "appoint", "青海省人民政府", "副省长", "election")]),
        # 表决通过了A副市长为X代理市长: a decision voted, told by its content (real/mixed29/
        # zhejiang_jiaxing_pinghu_renda_daishizhang_2021.txt)
        ("会议表决通过了仲旭东同志辞去平湖市人民政府市长职务,表决通过了周军波副市长为平湖市人民政府代理市长。",
         [("仲旭东", "remove", "平湖市人民政府", "市长", "resignation"),
          ("周军波", "appoint", "平湖市人民政府", "代理市长", "acting")]),
        # 听取、审议并表决通过了《…决定(草案)》: a draft heard and adopted, a resignation and an acting post
        # (real/mixed29/jiangxi_jian_renda_renmian_undated.txt)
        ("会议听取、审议并表决通过了《吉安市人民代表大会常务委员会关于接受谢健同志辞去吉安市人民检察院检察长职务的请求的决定(草案)》,"
         "须报经江西省人民检察院检察长提请江西省人民代表大会常务委员会批准。会议听取、审议并表决通过了《吉安市人民代表大会常务委员会"
         "关于朱德才同志代理吉安市人民检察院检察长职务的决定(草案)》,须报江西省人民检察院和江西省人民代表大会常务委员会备案。",
         [("谢健", "remove", "吉安市人民检察院", "检察长", "resignation"),
          ("朱德才", "appoint", "吉安市人民检察院", "代理检察长", "acting")]),
        # 审议了A辞去…职务的请求 (real/mixed3/hebei_shijiazhuang_renda_daishizhang_2006.txt, in simplified characters)
        ("与会人员集中审议了吴显国辞去石家庄市人民政府市长职务的请求。",
         [("吴显国", "remove", "石家庄市人民政府", "市长", "resignation")]),
        # a list of names before 当选为 whose second opens with the surname 代 (not 代理), in a run of elected clauses
        # (real/mixed30/hubei_yichang_yiling_renda_xuanju_2021.txt)
        ("刘广胜、陈立当选为夷陵区第六届人民代表大会常务委员会副主任,文鸿晨、代志超、刘宁当选为夷陵区人民政府副区长,"
         "邓家元当选为夷陵区人民法院院长。",
         [("刘广胜", "appoint", "夷陵区第六届人民代表大会常务委员会", "副主任", "election"),
          ("陈立", "appoint", "夷陵区第六届人民代表大会常务委员会", "副主任", "election"),
          ("文鸿晨", "appoint", "夷陵区人民政府", "副区长", "election"),
          ("代志超", "appoint", "夷陵区人民政府", "副区长", "election"),
          ("刘宁", "appoint", "夷陵区人民政府", "副区长", "election"),
          ("邓家元", "appoint", "夷陵区人民法院", "院长", "election")]),
        # elections (written: no corpus file holds an election result yet)
        ("选举张三为市人民政府市长；李四为市人民政府副市长。",
         [("张三", "appoint", "市人民政府", "市长", "election"), ("李四", "appoint", "市人民政府", "副市长", "election")]),
        ("王五以58票当选为市人民政府市长。", [("王五", "appoint", "市人民政府", "市长", "election")]),
        ("张三被选举为市政协主席。", [("张三", "appoint", "市政协", "主席", "election")]),
        # another person's bare title stays without a unit, as written; the last two names joined by 和
        # (real/personnel3/hunan_chenzhou_jiahe_renda_xuanju_2012.txt)
        ("郭薪以190票的高票当选为县人民政府县长,雷树平、张志伟和刘丹当选副县长;王文星等20名代表当选为县十六届人大常委会委员。",
         [("郭薪", "appoint", "县人民政府", "县长", "election"), ("雷树平", "appoint", None, "副县长", "election"),
          ("张志伟", "appoint", None, "副县长", "election"), ("刘丹", "appoint", None, "副县长", "election"),
          ("王文星", "appoint", "县十六届人大常委会", "委员", "election")]),
        # 兼任 after the names; 兼任的 before a removed post; 接受了…因…提出的辞去 (written)
        ("任命张三兼任市财政局局长。", [("张三", "appoint", "市财政局", "局长", "appointment")]),
        ("免去张三同志兼任的市国资委主任职务。", [("张三", "remove", "市国资委", "主任", "removal")]),
        ("会议接受了张三同志因工作变动提出的辞去市人民政府副市长职务的请求。",
         [("张三", "remove", "市人民政府", "副市长", "resignation")]),
        # names listed after a head that carries the posts (written)
        ("会议任命下列人员为市人民法院人民陪审员：张三、李四。",
         [("张三", "appoint", "市人民法院", "人民陪审员", "appointment"),
          ("李四", "appoint", "市人民法院", "人民陪审员", "appointment")]),
        # …and on the lines under it, apart by 、 or spaces (written)
        ("聘任以下人员为市人民政府参事：\n张三、李四\n王五 赵六\n会议还听取了报告。",
         [("张三", "appoint", "市人民政府", "参事", "engagement"), ("李四", "appoint", "市人民政府", "参事", "engagement"),
          ("王五", "appoint", "市人民政府", "参事", "engagement"), ("赵六", "appoint", "市人民政府", "参事", "engagement")]),
        # posts before 为, names after (written, as the issue quotes it)
        ("续聘参事为王某、李某、张某。", [("王某", "appoint", None, "参事", "engagement"),
                                    ("李某", "appoint", None, "参事", "engagement"),
                                    ("张某", "appoint", None, "参事", "engagement")]),
        # 为A、B等N位新聘馆员颁发聘书: the 馆员 of the unit named before (written, after realdev2/henan)
        ("新聘王立群为省文史研究馆馆员。会议为王永宽、王玉函等15位新聘馆员颁发聘书。",
         [("王立群", "appoint", "省文史研究馆", "馆员", "engagement"),
          ("王永宽", "appoint", "省文史研究馆", "馆员", "engagement"),
          ("王玉函", "appoint", "省文史研究馆", "馆员", "engagement")]),
        # 接受A、B、C辞去…职务, a rare surname (虢) in the list (real/personnel4/hunan_changsha_renda_daibiao_cizhi_2016.txt)
        ("今日召开的长沙市十四届人大常委会第三十六次会议接受了胡衡华、虢正贵、李军辞去长沙市十五届人大代表职务。",
         [("胡衡华", "remove", "长沙市十五届人大", "代表", "resignation"),
          ("虢正贵", "remove", "长沙市十五届人大", "代表", "resignation"),
          ("李军", "remove", "长沙市十五届人大", "代表", "resignation")]),
        # a request that closes the post with no 职务 (real/personnel5/heilongjiang_mudanjiang_renda_xuanju_2019.txt)
        ("会议接受高岩同志辞去牡丹江市人民政府市长的请求;通过任命王文力同志为牡丹江市人民政府副市长",
         [("高岩", "remove", "牡丹江市人民政府", "市长", "resignation"),
          ("王文力", "appoint", "牡丹江市人民政府", "副市长", "appointment")]),
        # deputies elected to attend a congress: 选举…代表出席X (real/personnel5/jilin_yanbian_tumen_renda_xuanju_2021.txt)
        ("选举王琦、公维雁、朴万振等24位代表出席延边州第十六届人民代表大会。",
         [("王琦", "appoint", "延边州第十六届人民代表大会", "代表", "election"),
          ("公维雁", "appoint", "延边州第十六届人民代表大会", "代表", "election"),
          ("朴万振", "appoint", "延边州第十六届人民代表大会", "代表", "election")]),
        # …and 为湖北省出席X代表: the congress is the unit (real/personnel4/hubei_sheng_renda_xuanju_2018.txt)
        ("大会选举王晋为省人民检察院检察长;丁烈云等118人为湖北省出席第十三届全国人民代表大会代表。",
         [("王晋", "appoint", "省人民检察院", "检察长", "election"),
          ("丁烈云", "appoint", "第十三届全国人民代表大会", "代表", "election")]),
        # a passive recall after 某地选出的; the termination that follows is the same act
        # (real/personnel5/jiangxi_sheng_renda_renmian_2015.txt)
        ("根据有关法律规定,新余市选出的张芃被罢免了江西省第十二届人民代表大会代表职务。根据有关法律规定,张芃的代表资格终止。",
         [("张芃", "remove", "江西省第十二届人民代表大会", "代表", "recall")]),
        # a court's division (立案庭) is an inner body: the posts after it are the court's; so is its 审判委员会, first
        # (real/personnel5/guizhou_qiandongnan_renda_renmian_2009.txt, in simplified characters; its gold says so)
        ("免去石胜华的黔东南州中级人民法院审判委员会委员、立案庭庭长、审判员职务。",
         [("石胜华", "remove", "黔东南州中级人民法院", "审判委员会委员", "removal"),
          ("石胜华", "remove", "黔东南州中级人民法院", "立案庭庭长", "removal"),
          ("石胜华", "remove", "黔东南州中级人民法院", "审判员", "removal")]),
        # a post of another unit after a comma goes on with the act (real/personnel4/anhui_wuhu_jingkaiqu_renmian_2020.txt)
        ("张东同志任中共芜湖经济技术开发区工委书记、管委会主任,芜湖综合保税区管委会主任。"
         "陆雷同志不再担任中共芜湖经济技术开发区工委书记,芜湖综合保税区管委会主任职务。",
         [("张东", "appoint", "中共芜湖经济技术开发区工委", "书记", "appointment"),
          ("张东", "appoint", "管委会", "主任", "appointment"),
          ("张东", "appoint", "芜湖综合保税区管委会", "主任", "appointment"),
          ("陆雷", "remove", "中共芜湖经济技术开发区工委", "书记", "removal"),
          ("陆雷", "remove", "芜湖综合保税区管委会", "主任", "removal")]),
        # a title before the name inside a decision's name, after 关于 (real/personnel4/sichuan_liangshan_xichang_renda_daishizhang_2021.txt)
        # an election's clause goes on with a bare title: the body of the clause before
        # (real/mixed4/jiangxi_sheng_renda_xuanju_2018.txt)
        ("选举周萌、朱虹为省十三届人大常委会副主任,韩军为秘书长,并选出54名委员",
         [("周萌", "appoint", "省十三届人大常委会", "副主任", "election"),
          ("朱虹", "appoint", "省十三届人大常委会", "副主任", "election"),
          ("韩军", "appoint", "省十三届人大常委会", "秘书长", "election")]),
        # counts of posts after a comma are no posts of the person before (real/docs/neimenggu_kundulun_renda_2023.txt)
        ("会议表决通过了有关人事任免事项,决定免去王强的区人民政府副区长职务,任命1名人大工委主任、2名财政经济委员会委员",
         [("王强", "remove", "区人民政府", "副区长", "removal")]),
        ("审议通过了西昌市人大常委会关于市人民政府副市长宋莉代理市长的决定",
         [("宋莉", "appoint", "市人民政府", "代理市长", "acting")]),
        # the first holder or term is no part of the post: 首任/第一任/首届 (real/mixed6/xizang_changdu_renda_xuanju_2014.txt,
        # real/mixed6/hainan_sansha_renda_xuanju_2012.txt)
        ("昌都市第一屆人民代表大會第一次全體會議通過無記名投票方式,選舉出昌都市市長、副市長,阿布當選昌都市首任市長。",
         [("阿布", "appoint", "昌都市", "市長", "election")]),
        ("會議依法選舉產生了市一級權力機構,符戇當選首屆人大常委會主任,肖杰當選第一任市長。",
         [("符戇", "appoint", "人大常委會", "主任", "election"), ("肖杰", "appoint", None, "市長", "election")]),
        # 批准A辞去X职务, B辞去Y职务; 选举A为X, B为Y with names of no surname-and-given shape
        # (real/mixed6/xizang_zizhiqu_renda_xuanju_2010.txt)
        ("西藏九屆人大三次會議十五日上午通過人事案,批准列確辭去自治區人大主任職務,向巴平措辭去政府主席職務。"
         "同時選舉向巴平措為人大主任,白瑪赤林為政府主席。",
         [("列確", "remove", "自治區人大", "主任", "resignation"), ("向巴平措", "remove", "政府", "主席", "resignation"),
          ("向巴平措", "appoint", "人大", "主任", "election"), ("白瑪赤林", "appoint", "政府", "主席", "election")]),
        # 为 inside a name, before 、 (real/mixed5/jilin_sheng_renda_fushengzhang_2015.txt)
        ("會議決定任命姜有為、李晉修為吉林省副省長。",
         [("姜有為", "appoint", "吉林省", "副省長", "appointment"), ("李晉修", "appoint", "吉林省", "副省長", "appointment")]),
        # an organ with no place takes the place of the congress electing to it (real/mixed8/guangxi_shizhang_2013.txt)
        ("2月22日,柳州市第十三屆人民代表大會第五次會議選舉肖文蓀為人民政府市長。",
         [("肖文蓀", "appoint", "柳州市人民政府", "市長", "election")]),
        # the business the decision was one item of (real/mixed8/haikou_renda_2018.txt)
        ("会议还表决通过了任命冯鸿浩为市人民政府副市长等有关人事任免事项。",
         [("冯鸿浩", "appoint", "市人民政府", "副市长", "appointment")]),
        # decisions named one after another (real/mixed5/xinjiang_zizhiqu_renda_jianchawei_2018.txt)
        ("表决通过了《自治区人大常委会关于接受罗东川辞去自治区监察委员会主任职务的决定》"
         "《自治区人大常委会关于杨鑫代理自治区监察委员会主任的决定》以及有关人事任免事项等议程。",
         [("罗东川", "remove", "自治区监察委员会", "主任", "resignation"),
          ("杨鑫", "appoint", "自治区监察委员会", "代理主任", "acting")]),
        # a hard-wrapped gazetteer: a post cut by a line break after 为 (no title yet), a list of names cut
        # before its 为, and an election going on past its full stop with NAME为…
        # (real/mixed7/heilongjiang_hegang_suibin_renda_xuanju_1964.txt)
        ("在这次大会上正式选举于华烽为绥\n滨县县长,吴昌令(伪满绥滨街长)为副县长。",
         [("于华烽", "appoint", "绥滨县", "县长", "election"), ("吴昌令", "appoint", "绥滨县", "副县长", "election")]),
        ("大会选举崔保德、王庆林等21人为绥滨县人民委员会委员。崔保德为县长,孙伟、樊贵德\n"
         "为副县长,苗润成为绥滨县人民法院院长。",
         [("崔保德", "appoint", "绥滨县人民委员会", "委员", "election"),
          ("王庆林", "appoint", "绥滨县人民委员会", "委员", "election"),
          ("崔保德", "appoint", None, "县长", "election"), ("孙伟", "appoint", None, "副县长", "election"),
          ("樊贵德", "appoint", None, "副县长", "election"), ("苗润成", "appoint", "绥滨县人民法院", "院长", "election")]),
        # 为出席X代表: the deputy's post without the sender (the same file; personnel4 丁烈云…为湖北省出席…代表)
        ("大会还选举崔保德、曹实、郑长贵3人为出席黑龙江省第三届人民代表大会代表。",
         [("崔保德", "appoint", "黑龙江省第三届人民代表大会", "代表", "election"),
          ("曹实", "appoint", "黑龙江省第三届人民代表大会", "代表", "election"),
          ("郑长贵", "appoint", "黑龙江省第三届人民代表大会", "代表", "election")]),
        # a clause about the same person after 、 (real/personnel4/jilin_sheng_renda_renming_undated.txt)
        ("会议表决通过了人事任命名单,决定任命蔡东为吉林省副省长,决定任命尹伊君为吉林省人民检察院副检察长、决定其为代理检察长。",
         [("蔡东", "appoint", "吉林省", "副省长", "appointment"),
          ("尹伊君", "appoint", "吉林省人民检察院", "副检察长", "appointment"),
          ("尹伊君", "appoint", "吉林省人民检察院", "代理检察长", "acting")]),
        # a unit's bare 办公厅 in a chain is that unit's (real/mixed7/henan_sheng_renda_renmian_2017.txt)
        ("經表決,決定免去夏林的河南省人大常委會副秘書長、辦公廳主任職務,免去張國贊的河南省人大常委會副秘書長職務。",
         [("夏林", "remove", "河南省人大常委會", "副秘書長", "removal"),
          ("夏林", "remove", "河南省人大常委會辦公廳", "主任", "removal"),
          ("張國贊", "remove", "河南省人大常委會", "副秘書長", "removal")]),
        # a rare surname (布) in 接受…辞去 (tests/data/real/mixed11/neimenggu_renda_2021.txt)
        ("会议8月5日决定,接受布小林辞去内蒙古自治区主席职务的请求,任命王莉霞为内蒙古自治区副主席、代理主席。",
         [("布小林", "remove", "内蒙古自治区", "主席", "resignation"),
          ("王莉霞", "appoint", "内蒙古自治区", "副主席", "appointment"),
          ("王莉霞", "appoint", "内蒙古自治区", "代理主席", "acting")]),
        # 会议决定:X为Y — the decision's colon, then the name (tests/data/real/mixed11/yanbian_renda_2017.txt)
        ("延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议决定:金寿浩为延边朝鲜族自治州人民政府代理州长。",
         [("金寿浩", "appoint", "延边朝鲜族自治州人民政府", "代理州长", "acting")]),
        # news of appointees, each by birth year, 就任 chained posts of one zone (a comma between them too);
        # 此前他是… is a career (tests/data/real/mixed11/tianjin_binhai_kaifaqu_renmian_2019.txt)
        ("1970年的朱玉兵,就任天津港保税区党委常委、管委会副主任,此前他是北京市海淀区市场监督管理局党组书记。",
         [("朱玉兵", "appoint", "天津港保税区", "党委常委", "appointment"),
          ("朱玉兵", "appoint", "天津港保税区", "管委会副主任", "appointment")]),
        ("1972年的白新宇,就任天津东疆保税港区常委,管委会副主任,他之前是上海浦东发展银行天津分行浦惠支行行长。",
         [("白新宇", "appoint", "天津东疆保税港区", "常委", "appointment"),
          ("白新宇", "appoint", "天津东疆保税港区", "管委会副主任", "appointment")]),
        ("1984年的80后母锡华,就任中新天津生态城党委常委、管委会副主任,他此前任贵州遵义金控集团有限公司董事长。",
         [("母锡华", "appoint", "中新天津生态城", "党委常委", "appointment"),
          ("母锡华", "appoint", "中新天津生态城", "管委会副主任", "appointment")]),
        # a bare post elected in a clause of its own takes the body elected the clause before; 新一届 is no part of
        # the unit (tests/data/real/mixed13/beijing_shijingshan_xuanju_2011.txt, lines 5-6)
        ("其中,赵玉民当选石景山区第十五届人民代表大会常务委员会主任,付生柱、马丽萍当选为副主任,"
         "马振才等21人当选为新一届石景山区人大常委会委员。",
         [("赵玉民", "appoint", "石景山区第十五届人民代表大会常务委员会", "主任", "election"),
          ("付生柱", "appoint", "石景山区第十五届人民代表大会常务委员会", "副主任", "election"),
          ("马丽萍", "appoint", "石景山区第十五届人民代表大会常务委员会", "副主任", "election"),
          ("马振才", "appoint", "石景山区人大常委会", "委员", "election")]),
        ("夏林茂当选为石景山区人民政府区长,文献、田利跃当选为副区长。",
         [("夏林茂", "appoint", "石景山区人民政府", "区长", "election"),
          ("文献", "appoint", "石景山区人民政府", "副区长", "election"),
          ("田利跃", "appoint", "石景山区人民政府", "副区长", "election")]),
        # …but a body written with no place leaves the deputies bare (tests/data/real/personnel3/
        # hunan_chenzhou_jiahe_renda_xuanju_2012.txt), and a post of another body takes none (real/mixed3/qinghai)
        ("郭薪以190票的高票当选为县人民政府县长,雷树平和刘丹当选副县长。",
         [("郭薪", "appoint", "县人民政府", "县长", "election"), ("雷树平", "appoint", None, "副县长", "election"),
          ("刘丹", "appoint", None, "副县长", "election")]),
        # a date between the person and 被任命为 (tests/data/real/mixed13/guizhou_sheng_renda_renmian_2012.txt)
        ("刘晓凯已于25日被任命为省委统战部部长。",
         [("刘晓凯", "appoint", "省委统战部", "部长", "appointment")]),
        # posts that end because a deputy resigned or was recalled: 职务相应终止 / 职务相应撤销
        # (tests/data/real/mixed14/hebei_suning_cizhi_2024.txt, real/mixed16/zhejiang_jiaxing_nanhu_renda_2025.txt,
        # real/mixed14/quanguo_renda_gonggao_2026.txt in traditional print)
        ("根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》第五十六条规定,张丽娟同志的常委会委员职务相应终止,"
         "报十八届人民代表大会第五次会议备案。",
         [("张丽娟", "remove", "常委会", "委员", "termination")]),
        ("同时,徐静的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止,"
         "由嘉兴市南湖区人民代表大会常务委员会予以公告。",
         [("徐静", "remove", "嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会", "副主任委员", "termination")]),
        ("羅琦的第十四屆全國人民代表大會常務委員會委員、全國人民代表大會教育科學文化衛生委員會委員職務相應撤銷,"
         "劉倉理的第十四屆全國人民代表大會常務委員會委員職務相應撤銷。",
         [("羅琦", "remove", "第十四屆全國人民代表大會常務委員會", "委員", "termination"),
          ("羅琦", "remove", "全國人民代表大會教育科學文化衛生委員會", "委員", "termination"),
          ("劉倉理", "remove", "第十四屆全國人民代表大會常務委員會", "委員", "termination")]),
        # 不再兼任 with 职务 unwritten at the clause's end (tests/data/real/mixed13/guizhou_sheng_renda_renmian_2012.txt)
        ("省委常委喻红秋不再兼任遵义市委书记。", [("喻红秋", "remove", "遵义市委", "书记", "removal")]),
        # a request's own words between the person and 辞去 (tests/data/real/mixed4/quanguo_renda_gonggao_bamian_2011.txt)
        ("河北省人大常委会接受了黄建华提出的辞去第十一届全国人民代表大会代表职务的请求。",
         [("黄建华", "remove", "第十一届全国人民代表大会", "代表", "resignation")]),
        # a decision told of its person, who is the subject of 不再担任 (tests/data/real/personnel4/
        # guangxi_zizhiqu_zhengxie_renshi_2016.txt, line 6)
        ("通过梁科因年龄原因,不再担任政协第十一届广西壮族自治区委员会提案委员会副主任(专职)职务和自治区政协委员的决定。",
         [("梁科", "remove", "政协第十一届广西壮族自治区委员会提案委员会", "副主任", "removal")]),
        # news of a fall, the person the subject of 被免去 (a 2006 report kept on a public forum:
        # rs238848.rs.hosteurope.de/bbs/viewthread.php?tid=262725)
        ("陈良宇因涉及「上海社保案」等四项严重违纪问题被中纪委立案检查,并被免去上海市委书记、常委、委员职务。",
         [("陈良宇", "remove", "上海市委", "书记", "removal"), ("陈良宇", "remove", "上海市委", "常委", "removal"),
          ("陈良宇", "remove", "上海市委", "委员", "removal")]),
        # a title before the recalled deputy's name; the posts that end with the mandate written with no name
        # (a 2023 report of a 内蒙古自治区人大常委会 公告, fx361.cc/page/2023/1229/23160173.shtml)
        ("科右前旗决定罢免自治区人大社会建设委员会副主任委员包波的自治区第十四届人民代表大会代表职务。"
         "依照有关规定,包波的代表资格终止,自治区人大社会建设委员会副主任委员职务相应终止。",
         [("包波", "remove", "自治区第十四届人民代表大会", "代表", "recall"),
          ("包波", "remove", "自治区人大社会建设委员会", "副主任委员", "termination")]),
        # a hard-wrapped chronicle line ending inside a post after 同志任
        # (tests/data/real/mixed13/guizhou_bijie_dashiji_2016.txt, lines 6-7)
        ("9月7日 中共毕节市委召开全市领导干部大会,宣布省委决定:桑维亮同志任毕节市委委\n"
         "员、常委、副书记,提名作为市人民政府市长候选人。",
         [("桑维亮", "appoint", "毕节市委", "委员", "appointment"), ("桑维亮", "appoint", "毕节市委", "常委", "appointment"),
          ("桑维亮", "appoint", "毕节市委", "副书记", "appointment")]),
        # the body an election produced, its posts filled by the clauses after it, a name cut by a hard wrap
        # (tests/data/real/mixed18/shandong_jinan_shizhong_xuanju_2003.txt, lines 12-15)
        ("会议选举产生了由18人组成的市中区第十五届人民代表大会常务委员会,李聚\n春为主任;张成铭、崔学莉为副主任;"
         "王建群、潘忠\n田为委员。\n会议选举于界平为区人民政府区长,张忠泉、刘梦海为副区长。",
         [("李聚春", "appoint", "市中区第十五届人民代表大会常务委员会", "主任", "election"),
          ("张成铭", "appoint", "市中区第十五届人民代表大会常务委员会", "副主任", "election"),
          ("崔学莉", "appoint", "市中区第十五届人民代表大会常务委员会", "副主任", "election"),
          ("王建群", "appoint", "市中区第十五届人民代表大会常务委员会", "委员", "election"),
          ("潘忠田", "appoint", "市中区第十五届人民代表大会常务委员会", "委员", "election"),
          ("于界平", "appoint", "区人民政府", "区长", "election"),
          ("张忠泉", "appoint", "区人民政府", "副区长", "election"),
          ("刘梦海", "appoint", "区人民政府", "副区长", "election")]),
        # names elected with no post after a count elected to one
        # (tests/data/real/mixed18/shandong_sheng_renda_xuanju_2023.txt, line 7)
        ("173人当选为第十四届全国人民代表大会代表。中央提名的代表候选人韩正、郑建邦同志当选。",
         [("韩正", "appoint", "第十四届全国人民代表大会", "代表", "election"),
          ("郑建邦", "appoint", "第十四届全国人民代表大会", "代表", "election")]),
        # an acting post told as the decision made (作出关于…的决定), in a text printed in traditional characters
        # (tests/data/real/mixed17/shanxi_taiyuan_renda_2019.txt, line 1)
        ("會議決定任命李曉波為太原市副市長,作出關于李曉波代理太原市市長的決定。",
         [("李曉波", "appoint", "太原市", "副市長", "appointment"), ("李曉波", "appoint", "太原市", "代理市長", "acting")]),
        # the deputy's post written in the termination itself
        # (tests/data/real/mixed18/guangdong_sheng_renda_mianzhi_2024.txt, line 3)
        ("会议经表决,决定免去张新的广东省人民政府副省长职务;经表决,通过省十四届人大常委会代表资格审查委员会关于个别代表的"
         "代表资格的报告,张新的省十四届人大代表资格终止",
         [("张新", "remove", "广东省人民政府", "副省长", "removal"),
          ("张新", "remove", "省十四届人大", "代表", "termination")]),
        # the act named as a noun after the names, their count and post; a group named by its count only is no one
        # (tests/data/real/personnel4/shanxi_yuncheng_jiangxian_renda_renming_2018.txt, line 6)
        ("会议表决通过了对王文俊、王利军两位审判委员会委员和37位人民陪审员的任命。",
         [("王文俊", "appoint", "审判委员会", "委员", "appointment"),
          ("王利军", "appoint", "审判委员会", "委员", "appointment")]),
        # a longer name bounded by 决定…为, in traditional print
        # (tests/data/real/mixed19/jilin_sheng_renda_daishengzhang_2012.txt, line 7)
        ("12月19日下午,省十一屆人大常委會舉行第三十六次會議,決定接受王儒林辭去吉林省省長職務的請求,"
         "決定任命巴音朝魯為吉林省副省長,決定巴音朝魯為吉林省代理省長。",
         [("王儒林", "remove", "吉林省", "省長", "resignation"),
          ("巴音朝魯", "appoint", "吉林省", "副省長", "appointment"), ("巴音朝魯", "appoint", "吉林省", "代理省長", "acting")]),
        # names counted with 两 before the link: written after tests/data/real/mixed19/jiangxi_jian_yongfeng_renda_undated.txt,
        # line 3 (三位同志 there; 陳月洪、朱春龍兩位同志辭去… in the same line)
        ("會議根據縣監察委提請,經投票表決,決定任命呂靖、李保庚兩位同志為永豐縣監察委員會委員。",
         [("呂靖", "appoint", "永豐縣監察委員會", "委員", "appointment"),
          ("李保庚", "appoint", "永豐縣監察委員會", "委員", "appointment")]),
        # an election to a congress as its deputy, the candidate's standing and the vote between name and link
        # (tests/data/real/mixed21/jiangsu_nanjing_yuhuatai_kaifaqu_buxuan_undated.txt, line 5)
        ("娄杰同志作为正式候选人以高票当选为区人大代表。", [("娄杰", "appoint", "区人大", "代表", "election")]),
        # resignations passed with a reason for each name (tests/data/real/personnel4/guangxi_zizhiqu_zhengxie_renshi_2016.txt,
        # line 6)
        ("通过卞文甫因工作变动、侯家祥因年龄原因请辞政协第十一届广西壮族自治区委员会委员的决定。",
         [(n, "remove", "政协第十一届广西壮族自治区委员会", "委员", "resignation") for n in ("卞文甫", "侯家祥")]),
        # an adopted proposal (通过了…提请的) naming people before their count and 担任
        # (tests/data/real/personnel4/xizang_zizhiqu_renda_fuzhuxi_2015.txt, line 3)
        ("西藏自治区人大常委会今天上午表决通过了西藏自治区政府提请的其美仁增、房灵敏、王双全三人担任自治区政府副主席的议案。",
         [(n, "appoint", "自治区政府", "副主席", "appointment") for n in ("其美仁增", "房灵敏", "王双全")]),
        # the post before the elected person's name, approved by the body above (tests/data/real/mixed20/
        # shandong_sheng_renda_renmian_2018.txt, line 4); a clause ending 会议批准任命 is no header then
        ("山东省第十三届人民代表大会第一次会议选举的山东省人民检察院检察长陈勇已经第十二届全国人民代表大会常务委员会"
         "第三十三次会议批准任命。",
         [("陈勇", "appoint", "山东省人民检察院", "检察长", "election")]),
        # an open removal (不再担任, no 职务 yet) goes on over clauses of posts, each ending in a title, to the one that
        # closes them; 党组成员 is a post (tests/data/real/mixed21/fujian_zhangzhou_renmian_gulei_2019.txt, line 4)
        ("盧力同志不再擔任漳州市人民政府黨組成員,中共漳州市委古雷港經濟開發區工作委員會副書記、委員,"
         "漳州古雷港經濟開發區管委會主任職務。",
         [("盧力", "remove", "漳州市人民政府", "黨組成員", "removal"),
          ("盧力", "remove", "中共漳州市委古雷港經濟開發區工作委員會", "副書記", "removal"),
          ("盧力", "remove", "中共漳州市委古雷港經濟開發區工作委員會", "委員", "removal"),
          ("盧力", "remove", "漳州古雷港經濟開發區管委會", "主任", "removal")]),
        # a rare surname (茆), posts chained after one court
        # (tests/data/real/mixed22/shanghai_shi_renda_renmian_2023.txt, line 6)
        ("免去茆荣华的上海市高级人民法院副院长、审判委员会委员、审判员职务。",
         [("茆荣华", "remove", "上海市高级人民法院", p, "removal") for p in ("副院长", "审判委员会委员", "审判员")]),
        # an inner 审判委员会 written whole in a post of its own is the court's post
        # (tests/data/shared/realdev2/docs/tongzhou_bj_renda_2022.txt, line 6)
        ("经无记名投票表决,决定任命吴斌为北京市通州区监察委员会副主任、代理主任,林长春为北京市通州区信访办公室主任,"
         "刘军伟为北京市通州区人民检察院检察委员会委员。",
         [("吴斌", "appoint", "北京市通州区监察委员会", "副主任", "appointment"),
          ("吴斌", "appoint", "北京市通州区监察委员会", "代理主任", "acting"),
          ("林长春", "appoint", "北京市通州区信访办公室", "主任", "appointment"),
          ("刘军伟", "appoint", "北京市通州区人民检察院", "检察委员会委员", "appointment")]),
        # a headline of acts set apart by spaces, the last before a count (125人当选…)
        # (tests/data/real/personnel4/hebei_sheng_renda_xuanju_2018.txt, line 1)
        ("卫彦明当选省法院院长 丁顺生当选省检察院检察长 125人当选河北省出席第十三届全国人民代表大会代表",
         [("卫彦明", "appoint", "省法院", "院长", "election"), ("丁顺生", "appoint", "省检察院", "检察长", "election")]),
        # the same line as LibreOffice's PDF of that file reads back: the wrapped line joined, the space before the count lost
        ("卫彦明当选省法院院长 丁顺生当选省检察院检察长125人当选河北省出席第十三届全国人民代表大会代表",
         [("卫彦明", "appoint", "省法院", "院长", "election"), ("丁顺生", "appoint", "省检察院", "检察长", "election")]),
    ],
)
def test_constructions(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2017年,丁凤姝担任哈尔滨市卫计委副主任,机构改革后任哈尔滨市卫健委副主任。",  # a career (realdev2/harbin)
        # a career up to the election the report tells (real/mixed13/xizang_renda_xuanju_2026.txt)
        "2023年11月,肖友才任西藏自治区党委常委、拉萨市委书记,至此次当选为自治区人大常委会副主任。",
        "会议通过了关于接受张定禄等辞去甘谷县第十八届人大代表职务的决定。",  # a list left open (real/heldout/gansu)
        "因退出现役,朱永和提出辞去省十二届人大代表职务。",  # a deputy's request (real/docs/anhui)
        "区人大常委会主任吴文莱为祝庆盟颁发任命书。",  # no post (realdev2/jinwan)
        "市委副书记、市长姜有为向市政府参事颁发聘任证书。",  # 为 inside a name (real/personnel3/liaoning_shenyang)
        # a nomination and a proposal are not acts (real/personnel3/zhejiang_jiaxing_jingkaiqu_renmian_2017.txt)
        "提名盛付祥同志任嘉兴经济技术开发区管理委员会主任,提议其不再担任嘉兴市人民政府副秘书长职务。",
        "会议听取了关于提请任命张三为市财政局局长的议案。",  # written
        "会议审议了市政府提请的张三担任市财政局局长的议案。",  # written: a proposal heard, not adopted
        # a draft decision heard, not adopted (shared/realdev2/docs/chongming_sh_renda_2022.txt, line 7)
        "会议审议了区人大常委会关于接受缪京辞去上海市崇明区人民政府区长职务请求的决定(草案)。",
        # read out, not adopted (shared/realdev2/docs/chuzhou_renda_2022.txt)
        "会议期间,工作人员宣读了《滁州市人大常委会关于接受李德文辞去滁州市人民检察院检察长职务请求的决定(草案)》。",
        # a deputy named by who elected them (real/personnel3/hubei_ezhou_renda_daibiao_gonggao_2019.txt, line 1)
        "由鄂州军分区选出的鄂州市第八届人民代表大会代表李亮,已转业离开鄂州",
        "安徽省委组织部早前公示称,张东拟任芜湖经济技术开发区管委会主任。",  # a candidate (real/personnel4/anhui_wuhu)
        # a career told in a biography (real/mixed6/xizang_changdu_renda_xuanju_2014.txt)
        "官方簡歷顯示,阿布,男,回族,1967年3月出生,西藏拉薩人,曾擔任拉薩市尼木縣縣長,拉薩市副市長,昌都地委副書記、行署專員等職務。",
    ],
)
def test_constructions_leave_these_alone(text: str) -> None:
    assert kinds(text) == []


def test_roster_names_apart_by_spaces() -> None:
    # the layout of a roster line with several names (副组长：张某 李某 王某); a padded 冯 镭 stays one name
    # (realdev/linan_credit_leading_group_2013.txt pads it so)
    text = "关于成立临安市信用建设工作领导小组的通知\n组    长：李文钢\n副组长：冯 镭  何洪明 巫振江\n"
    assert [(a.person, a.position) for a in extract_appointments(make_doc(text))] == [
        ("李文钢", "组长"), ("冯 镭", "副组长"), ("何洪明", "副组长"), ("巫振江", "副组长")]


def test_a_text_printed_in_traditional_characters() -> None:
    # real/personnel2/shandong_sheng_xianweishuji_renzhi_2020.txt: read in simplified characters one for one,
    # the records written as the text prints them, evidence quoting the original
    text = ("齊魯政情|山東調整多地縣(市、區)委書記,兩名縣(市)委書記擬任設區市副廳級職務\n"
            "省委批准:滕海強同志任中共禹城市委書記,張安民同志不再兼任中共禹城市委書記職務。"
            "同時,德州市委決定:滕海強不再擔任禹城市人民政府市長職務。\n")
    doc = make_doc(text)
    found = list(extract_appointments(doc))
    assert [(a.person, a.action, a.organization, a.position) for a in found] == [
        ("滕海強", "appoint", "中共禹城市委", "書記"), ("張安民", "remove", "中共禹城市委", "書記"),
        ("滕海強", "remove", "禹城市人民政府", "市長")]
    for a in found:
        assert text[a.evidence.start:a.evidence.end] == a.evidence.quote
        assert "滕海強" in a.evidence.quote or "張安民" in a.evidence.quote


def test_two_posts_of_one_sentence_are_two_acts_after_its_headline() -> None:
    # tests/data/real/personnel4/anhui_wuhu_jingkaiqu_renmian_2020.txt, lines 1 and 5: the headline's 管委会主任 is
    # the report's, and the report's 芜湖综合保税区管委会主任 is another post of the same sentence
    from kg.extract.personnel import dedupe_appointments

    headline = list(extract_appointments(make_doc("张东任中共芜湖经济技术开发区工委书记、管委会主任")))
    report = list(extract_appointments(make_doc(
        "会上,郑刚宣布省委、市委任免决定。张东同志任中共芜湖经济技术开发区工委书记、管委会主任,芜湖综合保税区管委会主任。")))
    kept = dedupe_appointments([headline + report], [True], [True])
    assert [(a.organization, a.position) for a in kept] == [
        ("中共芜湖经济技术开发区工委", "书记"), ("管委会", "主任"), ("芜湖综合保税区管委会", "主任")]
    assert all("张东同志任" in a.evidence.quote for a in kept)


def test_a_headline_and_its_report_state_one_act() -> None:
    # realdev2/henan_wenshiguan_2013.txt: the headline writes the unit short (省文史馆), the report in full
    from kg.extract.personnel import dedupe_appointments

    headline = list(extract_appointments(make_doc("河南省政府新聘王立群等15人为省文史馆馆员")))
    report = list(extract_appointments(make_doc("省政府在郑州举行仪式,新聘王立群等15人为省文史研究馆馆员。")))
    kept = dedupe_appointments([headline + report], [True], [True])
    assert [(a.person, a.organization, a.position) for a in kept] == [("王立群", "省文史研究馆", "馆员")]
    # a short form leaves out no place: 中共杭州市委 is not 中共杭州市萧山区委
    city = list(extract_appointments(make_doc("盛阅春任中共杭州市委常委。")))
    district = list(extract_appointments(make_doc("盛阅春任中共杭州市萧山区委常委。")))
    assert len(dedupe_appointments([city + district], [True], [True])) == 2


# --- issue 21: constructions of tests/data/real/mixed9 and mixed10 ------------------------------------------


def test_a_name_ending_in_wei_before_the_link_wei() -> None:
    # mixed9 hebei_sheng_renda_2021: 刘书为为…: the first 为 is the name's
    text = ("会议通过表决,决定任命刘书为为河北省第十三届人民代表大会农业和农村委员会主任委员,"
            "张力红为河北省第十三届人民代表大会民族侨务外事委员会主任委员。")
    assert [(r[0], r[3]) for r in rows(text)] == [("刘书为", "主任委员"), ("张力红", "主任委员")]


def test_a_bare_name_whose_last_characters_start_the_texts_place_is_not_read() -> None:
    # mixed10 shanghai_huangpu_renda_undated: the given name was lost (免去刘黄浦区…); not 刘黄浦 of 区安全…局
    text = ("黄浦区人大常委会举行第四十八次会议。会议决定任命张颖为黄浦区人民法院副院长;"
            "免去刘黄浦区安全生产监督管理局局长职务。")
    def people(doc_text: str) -> list[str]:
        return [a.person for a in extract_appointments(make_doc(doc_text, places=("黄浦区",)))]

    assert people(text) == ["张颖"]
    # a name before a unit of another place is read as before
    assert people("免去李四市财政局局长职务。") == ["李四"]


def test_a_profile_line_takes_up_posts_chained_after_one_zone() -> None:
    # mixed11 tianjin_binhai_kaifaqu_renmian_2019: 就任 after the person; 管委会 is the zone's; 此前他是… is the past
    text = "1970年的朱玉兵,就任天津港保税区党委常委、管委会副主任,此前他是北京市海淀区市场监督管理局党组书记。"
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [
        ("朱玉兵", "天津港保税区", "党委常委"), ("朱玉兵", "天津港保税区", "管委会副主任")]


def test_a_decision_headed_by_jueding_and_a_rare_surname() -> None:
    # mixed11 yanbian_renda_2017 (决定: then NAME为…), neimenggu_renda_2021 (布小林)
    text = "延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议决定:金寿浩为延边朝鲜族自治州人民政府代理州长。"
    assert [(r[0], r[2], r[3]) for r in rows(text)] == [("金寿浩", "延边朝鲜族自治州人民政府", "代理州长")]
    text = "内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议8月5日决定,接受布小林辞去内蒙古自治区主席职务的请求。"
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("布小林", "remove", "主席")]


def test_a_headline_writes_the_congress_committee_short() -> None:
    # realdev2 zhongshan_renda_2016: 市人大常委会 in the headline is the report's 中山市第十四届人民代表大会常务委员会
    from kg.extract.personnel import dedupe_appointments

    headline = list(extract_appointments(make_doc("会议决定:王远明为市人大常委会代理主任")))
    report = list(extract_appointments(make_doc(
        "昨日下午,中山市第十四届人大常委会第四十次会议决定,王远明为中山市第十四届人民代表大会常务委员会代理主任。")))
    kept = dedupe_appointments([headline + report], [True], [True])
    assert [(a.person, a.organization) for a in kept] == [("王远明", "中山市第十四届人民代表大会常务委员会")]


def test_names_run_together_before_dangxuan_are_each_elected() -> None:
    # personnel4 hebei_sheng_renda_xuanju_2018: a flattened headline; 陈刚张古江 reads with the commoner surnames
    text = "袁桐利陈刚张古江徐建培李谦刘凯夏延军时清霜当选省政府副省长"
    assert [r[0] for r in rows(text)] == ["袁桐利", "陈刚", "张古江", "徐建培", "李谦", "刘凯", "夏延军", "时清霜"]
    # a run that is not names only stays as it was
    from kg.extract.personnel import _separate_names

    assert _separate_names("会议选举产生王东峰当选为省人大常委会主任。") == "会议选举产生王东峰当选为省人大常委会主任。"


def test_names_after_a_head_you_with_the_engaging_unit_before_the_trigger() -> None:
    # tests/data/real/mixed14/shandong_jinan_canshi_2018.txt (traditional): 市政府聘任的參事有:李兆兵、…、田學(xué)雷等18人
    # — names after a head 有:, the unit that engages written before 聘任 is the post's; a glossed name kept as printed
    text = read_source(Path("tests/data/real/mixed14/shandong_jinan_canshi_2018.txt")).original
    found = [(a.person, a.organization, a.position, a.kind) for a in extract_document(make_doc(text))
             if isinstance(a, Appointment)]
    assert len(found) == 18
    assert found[0] == ("李兆兵", "市政府", "參事", "engagement")
    assert found[-1] == ("田學(xué)雷", "市政府", "參事", "engagement")


def test_names_run_together_keep_the_source_slice_as_evidence() -> None:
    # personnel4 hebei_sheng_renda_xuanju_2018, its first line: 、 is put between the names on the reader's copy only,
    # so each record's quote is still text[start:end] of the source, and holds the names as printed
    text = ("范照兵王晓东王刚聂瑞平周仲明王会勇当选省人大常委会副主任 "
            "袁桐利陈刚张古江徐建培李谦刘凯夏延军时清霜当选省政府副省长")
    found = list(extract_appointments(make_doc(text)))
    assert {a.person for a in found} >= {"范照兵", "王会勇", "袁桐利", "时清霜"}
    for a in found:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.quote
        assert "、" not in a.evidence.quote and a.person in a.evidence.quote


# --- issue 21: constructions of tests/data/real/mixed19 (first run .516) ----------------------------------------


def test_jueding_bounds_a_long_name_before_wei_in_traditional_print() -> None:
    # tests/data/real/mixed19/jilin_sheng_renda_daishengzhang_2012.txt, line 7
    text = "12月19日下午,省十一屆人大常委會舉行第三十六次會議,決定任命巴音朝魯為吉林省副省長,決定巴音朝魯為吉林省代理省長。"
    got = [(a.person, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [("巴音朝魯", "吉林省", "副省長", "appointment"), ("巴音朝魯", "吉林省", "代理省長", "acting")]


def test_resignations_passed_by_their_letters_joined_by_yiji() -> None:
    # tests/data/real/mixed19/jiangxi_jian_yongfeng_renda_undated.txt, line 3: no 职务, 以及 joins two resignations,
    # a count in words (兩位同志) and 等15位同志 close the names
    text = ("會議舉手表決通過了關於陳月洪、朱春龍兩位同志辭去縣人大常委會委員以及曾常輝、徐世菊、文全善等15位同志"
            "辭去縣人大代表的辭呈。")
    got = [(a.person, a.action, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [("陳月洪", "remove", "縣人大常委會", "委員", "resignation"),
                   ("朱春龍", "remove", "縣人大常委會", "委員", "resignation"),
                   ("曾常輝", "remove", "縣人大", "代表", "resignation"),
                   ("徐世菊", "remove", "縣人大", "代表", "resignation"),
                   ("文全善", "remove", "縣人大", "代表", "resignation")]


def test_a_decision_writing_the_unit_short_yields_to_the_news_that_wrote_it_in_full() -> None:
    # tests/data/real/mixed19/jiangsu_nantong_renda_renmian_2021.txt, lines 6 and 14
    from kg.extract.personnel import dedupe_appointments

    news = list(extract_appointments(make_doc(
        "接受曹金海同志因工作变动辞去南通市第十五届人民代表大会常务委员会委员职务的请求,报南通市人大备案。")))
    decision = list(extract_appointments(make_doc(
        "南通市第十五届人大常委会第四十一次会议决定,接受曹金海同志因工作变动辞去南通市第十五届人大常委会委员职务的请求,"
        "并报南通市人大备案。")))
    kept = dedupe_appointments([news, decision], [True, False], [True, True])
    assert [(a.person, a.organization, a.position) for a in kept] == [
        ("曹金海", "南通市第十五届人民代表大会常务委员会", "委员")]


def test_names_in_brackets_after_a_by_election_count_are_deputies_of_the_body_named_in_full() -> None:
    # tests/data/real/mixed19/jilin_liaoyuan_renda_gonggao_2018.txt, line 5
    text = ("因代表名额空缺和工作需要,有关选举单位依法补选了5名市人大代表。其中:东丰县补选3名(孙弘、韩阳、王树仁);"
            "西安区补选2名(江建平、董福财)。市八届人大常委会第十次会议,通过了代表资格审查委员会关于补选代表的代表资格审查报告,"
            "确认补选的辽源市第八届人民代表大会代表的代表资格有效。")
    got = [(a.person, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [(n, "辽源市第八届人民代表大会", "代表", "election") for n in ("孙弘", "韩阳", "王树仁", "江建平", "董福财")]


def test_their_mandates_end_after_a_clause_naming_each_with_their_place() -> None:
    # tests/data/real/mixed19/jilin_liaoyuan_renda_gonggao_2018.txt, lines 3-5
    text = ("辽源市八届人大代表名额为291名。\n市八届人大常委会九次会议以来,代表出缺2名。东丰县的李春刚和西安区的白三迎调离本行政区,"
            "按照法律规定他们的代表资格终止。\n确认补选的辽源市第八届人民代表大会代表的代表资格有效。")
    got = [(a.person, a.action, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [(n, "remove", "辽源市第八届人民代表大会", "代表", "termination") for n in ("李春刚", "白三迎")]


def test_dangxuan_between_the_name_and_wei_after_xuanju_is_no_part_of_the_name() -> None:
    # tests/data/real/mixed25/neimenggu_baotou_jiuyuan_renda_jiancha_2026.txt, line 22
    text = "大会通过了总监票人和监票人名单后,以无记名投票方式选举李凯当选为包头市九原区监察委员会主任,票决产生了九原区人民政府2026年10个民生实事项目。"
    got = [(a.person, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [("李凯", "包头市九原区监察委员会", "主任", "election")]


def test_names_each_with_their_present_posts_in_brackets_before_wei() -> None:
    # tests/data/real/mixed25/heilongjiang_sheng_hulinfanghuo_zhanzhang_1960.txt, line 4: the bracket is no part of the
    # name, a comma may part two noted names, and the bare 副站长 is of the 站 the clause before names
    text = ("现任命刘秀峰(东宁县委书记、县长)为绥芬河站站长,张志(东宁县副县长),郭凤林(绥阳林业局副局长)、"
            "邢业全(绥芬河镇委书记、镇长)为副站长;王殿文(黑河地委常委、副专员、林业管理局局长)为黑河站站长,"
            "张海龙(黑河地委委员、林业管理局副局长)为副站长。")
    got = [(a.person, a.organization, a.position) for a in extract_appointments(make_doc(text))]
    assert got == [("刘秀峰", "绥芬河站", "站长"), ("张志", "绥芬河站", "副站长"), ("郭凤林", "绥芬河站", "副站长"),
                   ("邢业全", "绥芬河站", "副站长"), ("王殿文", "黑河站", "站长"), ("张海龙", "黑河站", "副站长")]


def test_a_post_chained_after_a_court_division_is_the_courts() -> None:
    # tests/data/real/mixed26/fujian_putian_renda_renmian_2025.txt, line 11 (kg.extract.lists.INNER_DIVISIONS)
    got = [(a.person, a.organization, a.position)
           for a in extract_appointments(make_doc("任命:\n余铮清为莆田市中级人民法院刑事审判第二庭副庭长、审判员。"))]
    assert got == [("余铮清", "莆田市中级人民法院刑事审判第二庭", "副庭长"), ("余铮清", "莆田市中级人民法院", "审判员")]


def test_a_count_elected_to_a_bare_body_post_in_a_sentence_of_its_own_holds_it_in_the_body_elected_before() -> None:
    # tests/data/real/mixed26/hubei_sheng_zhengxie_xuanju_2018.txt, line 3 (also sichuan_sheng_zhengxie_xuanju_2013:
    # …高烽當選為秘書長。于桂等165人當選為常務委員)
    text = ("徐立全当选省政协十二届委员会主席,张柏青、郭跃进、李兵当选副主席,翟天山当选秘书长。"
            "丁广鑫等135名同志当选常务委员。")
    got = [(a.person, a.organization, a.position) for a in extract_appointments(make_doc(text))]
    assert ("丁广鑫", "省政协十二届委员会", "常务委员") in got and ("翟天山", "省政协十二届委员会", "秘书长") in got


def test_shoupin_danren_after_ye_with_the_engaging_body_from_the_headline() -> None:
    # tests/data/real/mixed25/ningxia_zhengxie_wenshi_pinren_2016.txt, lines 3 and 11
    text = "宁夏政协聘任20位文史专员\n\n  本报驻宁夏记者站站长庄电一也受聘担任文史专员。"
    got = [(a.person, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [("庄电一", "宁夏政协", "文史专员", "engagement")]


def test_a_list_titled_by_the_post_a_decision_filled_one_name_a_line() -> None:
    # tests/data/real/mixed26/hubei_xianning_zixunweiyuan_pinren_2022.txt, lines 7 and 19-29: spaces inside a name,
    # (女) no part of it, the person's own unit after spaces; group headings do not end the list
    text = ("决定聘任王贤荣等50名同志为咸宁市人民政府第四届咨询委员会委员。\n\n附件\n\n咸宁市人民政府第四届咨询委员会委员名单\n\n"
            "(以姓氏笔画为序)\n\n一、外聘委员(16名)\n\n王贤荣(女)        南京林业大学生物与环境学院教授\n\n"
            "冯 丹(女)        华中科技大学计算机科学与技术学院副院长、教授\n\n向  明              湖北经济学院企业发展研究院院长、教授\n\n"
            "刘仲华              中国工程院院士、湖南农业大学学术委员会主任、教授\n")
    got = [(a.person, a.organization, a.position, a.kind) for a in extract_appointments(make_doc(text))]
    assert got == [(n, "咸宁市人民政府第四届咨询委员会", "委员", "engagement") for n in ("王贤荣", "冯丹", "向明", "刘仲华")]


def test_a_one_name_a_line_list_as_a_pdf_text_layer_gives_it_one_tab_between_columns() -> None:
    # the same lines of mixed26 hubei_xianning as LibreOffice's PDF of the file reads back: one tab, one space in 向 明
    text = ("决定聘任王贤荣等50名同志为咸宁市人民政府第四届咨询委员会委员。\n\n附件\n\n咸宁市人民政府第四届咨询委员会委员名单\n\n"
            "(以姓氏笔画为序)\n\n一、外聘委员(16名)\n\n王贤荣(女)\t南京林业大学生物与环境学院教授\n\n"
            "冯 丹(女)\t华中科技大学计算机科学与技术学院副院长、教授\n\n向 明\t湖北经济学院企业发展研究院院长、教授\n")
    got = [(a.person, a.position) for a in extract_appointments(make_doc(text))]
    assert got == [("王贤荣", "委员"), ("冯丹", "委员"), ("向明", "委员")]


# tests/data/real/mixed28 liaoning_sheng_renda_daishengzhang_2017 and xinjiang_renda_gongantingzhang_2009
def test_a_verb_ending_in_ren_ends_no_name_and_a_reason_clause_is_no_act() -> None:
    """担任/出任 are links whole: 陈求发担任 names 陈求发, never 陈求发担; a clause opened by 鉴于 gives the
    reason for the decision after it (中央决定陈求发担任辽宁省委书记 is background, no record)."""
    text = ("会议决定,鉴于中央决定陈求发担任辽宁省委书记,不再担任辽宁省人民政府省长职务,根据《中华人民共和国地方各级人民代表大会"
            "和地方各级人民政府组织法》第二十七条的规定,辽宁省第十二届人大常委会第三十七次会议决定接受陈求发辞去辽宁省长职务的请求。")
    got = [(a.person, a.action, a.position) for a in extract_appointments(make_doc(text))]
    assert all(person == "陈求发" for person, *_ in got) and ("陈求发", "remove", "省长") in got
    assert not any(action == "appoint" for _, action, _ in got)
    chinese = "一年半内四度履新:…先后任该市政协主席、代市长、市委书记,并陆续出任浙江省委常委、省委副书记"
    assert not any(a.person == "陆续出" for a in extract_appointments(make_doc(chinese)))


def test_a_post_held_till_now_and_a_bare_name_before_zhonggong() -> None:
    """原 before a removed post is no part of its unit; a bare name does not run into 中共."""
    text = ("9月5日,经中共中央同意,中共新疆维吾尔自治区党委决定,免去栗智中共乌鲁木齐市委书记职务,朱海仑接任。"
            "同日,新疆维吾尔自治区十一届人大常委会召开第十三次会议,决定任命朱昌杰为自治区公安厅厅长,免去柳耀华原自治区公安厅厅长职务。")
    got = {(a.person, a.action, a.organization, a.position) for a in extract_appointments(make_doc(text))}
    assert ("柳耀华", "remove", "自治区公安厅", "厅长") in got
    assert not any(person.startswith("栗智中") for person, *_ in got)


def test_two_posts_joined_by_jian() -> None:
    """A为X乡长兼Y主任: two posts, the second held concurrently (the bank's 大兴乡 row, hljszw.org.cn)."""
    got = {(a.person, a.organization, a.position, a.concurrent)
           for a in extract_appointments(make_doc("会议选举王凤汉为大兴乡乡长兼经管会主任,汪国彬和孙学清为大兴乡副乡长。"))}
    assert {("王凤汉", "大兴乡", "乡长", False), ("王凤汉", "经管会", "主任", True)} <= got


def test_one_listed_name_with_a_surname_the_lexicon_lacks() -> None:
    """文鸿晨、代志超、刘宁…当选为…副区长 (tests/data/real/mixed30 hubei_yichang_yiling_renda_xuanju_2021): a list of names
    admits one item of three characters whose surname (代) the lexicon lacks; an item such as 其他人 stays no name."""
    text = "文鸿晨、代志超、刘宁、许峰、许祖钢、李发兵、程琼当选为夷陵区人民政府副区长。"
    got = [a.person for a in extract_appointments(make_doc(text))]
    assert got == ["文鸿晨", "代志超", "刘宁", "许峰", "许祖钢", "李发兵", "程琼"]
    assert not extract_appointments_list("王一、其他人、张三当选为副区长。")


def extract_appointments_list(text: str) -> list[Appointment]:
    return list(extract_appointments(make_doc(text)))


def test_a_photo_caption_repeats_the_act_and_gives_none() -> None:
    """王勇(左)当选顺德区人民政府区长: a caption (the person's place in the photo in brackets) retells the report's
    act in its own words; the report's 王勇当选顺德区区长 stands (tests/data/real/mixed29
    guangdong_foshan_quzhang_xuanju_undated)."""
    text = ("1月28日,顺德区十六届人大六次会议举行第二次全体会议。大会宣布选举结果,王勇当选顺德区区长。\n"
            "王勇(左)当选顺德区人民政府区长。\n")
    got = [(a.person, a.organization, a.position) for a in extract_appointments(make_doc(text))]
    assert got == [("王勇", "顺德区", "区长")]
