"""Personnel notices: appointments and removals per person, action and post."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.extract.personnel import extract_appointments, split_post
from kg.paths import SEEDS
from kg.read.segment import as_one_document as make_doc
from kg.read.sources import read_source


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
        ("王维任苏州市代市长 吴庆文辞去市长职务", [("王维", "appoint", "苏州市", "代理市长")]),
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
        "张晓东提出辞去宿州市人民政府副市长职务。",  # a request, not the decision
        "建立市数字贸易发展工作专班，由分管副市长任组长。",  # a post, no person
        "会议补选邵革军、徐洪2名同志为省十三届人民代表大会代表。",  # an election of deputies
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
