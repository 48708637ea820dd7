"""Officials mentioned with a title: title+name, chained titles, name+title, bylines."""

from __future__ import annotations

import pytest

from kg.extract.mentions import extract_officials_mentioned, first_mention_per_source
from kg.paths import SEEDS
from kg.read.segment import as_one_document as make_doc
from kg.read.sources import read_source
from kg.records import to_dict


def rows(text: str) -> list[tuple]:
    return [(m.name, m.title, m.title_core, m.affiliation) for m in extract_officials_mentioned(make_doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1日 市长裘东耀出席会议。", [("裘东耀", "市长", "市长", None)]),
        ("同日 副市长李关定通过远程视频会见英国诺丁汉市副市长萨姬达·罗丝。",
         [("李关定", "副市长", "副市长", None), ("萨姬达·罗丝", "英国诺丁汉市副市长", "副市长", "英国诺丁汉市")]),
        ("大连理工大学校长郭东明表示，合作是双赢之举。", [("郭东明", "大连理工大学校长", "校长", "大连理工大学")]),
        ("省委常委、市委书记彭佳学作批示。",
         [("彭佳学", "省委常委", "省委常委", None), ("彭佳学", "市委书记", "市委书记", None)]),
        ("市长、市政府党组书记裘东耀主持会议。",
         [("裘东耀", "市长", "市长", None), ("裘东耀", "市政府党组书记", "党组书记", "市政府")]),
        ("传达中央政治局委员、国务院副总理孙春兰在绍兴的讲话。",
         [("孙春兰", "中央政治局委员", "中央政治局委员", None), ("孙春兰", "国务院副总理", "副总理", "国务院")]),
        ("传达学习省委书记袁家军，省委副书记、代省长王浩的讲话精神。",
         [("袁家军", "省委书记", "省委书记", None), ("王浩", "省委副书记", "省委副书记", None),
          ("王浩", "代省长", "代省长", None)]),
        ("与丽水市委书记胡海峰视频连线。", [("胡海峰", "丽水市委书记", "市委书记", "丽水市")]),
        ("深入学习领会习近平总书记关于食品安全的重要论述。", [("习近平", "总书记", "总书记", None)]),
        # other cities, other titles
        ("杭州市市长刘忻在会上讲话。", [("刘忻", "杭州市市长", "市长", "杭州市")]),
        ("副省长卢山指出，要抓好落实。", [("卢山", "副省长", "副省长", None)]),
        ("浙江大学校长吴朝晖、中国工程院院士欧阳明高出席仪式。",
         [("吴朝晖", "浙江大学校长", "校长", "浙江大学"), ("欧阳明高", "中国工程院院士", "院士", "中国工程院")]),
        ("区委书记张伟，区委副书记、区长李强参加调研。",
         [("张伟", "区委书记", "区委书记", None), ("李强", "区委副书记", "区委副书记", None),
          ("李强", "区长", "区长", None)]),
        ("吉利集团董事长兼总经理李书福出席。",
         [("李书福", "吉利集团董事长", "董事长", "吉利集团"), ("李书福", "总经理", "总经理", None)]),
        ("市人大常委会主任余红艺，市政协主席徐宇宁出席。",
         [("余红艺", "市人大常委会主任", "主任", "市人大常委会"), ("徐宇宁", "市政协主席", "主席", "市政协")]),
        ("国家主席习近平致贺信。", [("习近平", "国家主席", "国家主席", None)]),
        ("记者 薛智谊 通讯员 王虎羽", [("薛智谊", "记者", "记者", None), ("王虎羽", "通讯员", "通讯员", None)]),
        ("制图:许明", [("许明", "制图", "制图", None)]),
        ("（本报记者 陈静 通讯员 李华）", [("陈静", "本报记者", "记者", None), ("李华", "通讯员", "通讯员", None)]),
        # the same (name, title) twice in a document is one record
        ("市长裘东耀出席。同日市长裘东耀讲话。", [("裘东耀", "市长", "市长", None)]),
    ],
)
def test_wordings(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市长主持召开常务会议。",
        "省委书记强调，要抓好疫情防控。",
        "请拨打市长热线的电话。",
        "组长单位的职责如下。",
        "市长和副市长出席会议。",
        "陈仲朝、沈敏及朱金茂参加。",
        "各局局长负责本部门工作。",
        "本报记者从市经信局获悉。",
    ],
)
def test_no_false_mentions(text: str) -> None:
    assert rows(text) == []


def test_section_and_evidence() -> None:
    doc = make_doc("1日 市长裘东耀出席会议。\n\n记者 林伟", kind="chronicle", title="市政府12月份记事")
    first, byline = extract_officials_mentioned(doc)
    assert (first.section, byline.section) == ("市政府12月份记事", "byline")
    assert first.evidence.quote == "市长裘东耀"
    assert byline.evidence.quote == "记者 林伟"


def test_first_mention_per_source() -> None:
    recs = [to_dict(m) for text in ("记者 孙美星", "记者 孙美星") for m in extract_officials_mentioned(make_doc(text))]
    assert len(recs) == 2
    assert first_mention_per_source(recs) == recs[:1]


@pytest.fixture(scope="module")
def seed_records(seed_docs) -> list:
    return [record for doc in seed_docs for record in extract_officials_mentioned(doc)]


def test_seed_chronicle(seed_records: list) -> None:
    chronicle = {(m.name, m.title) for m in seed_records if m.section == "市政府12月份记事"}
    assert {("裘东耀", "市长"), ("裘东耀", "市新冠肺炎疫情防控工作领导小组组长"), ("彭佳学", "省委常委"),
            ("虞仁荣", "虞仁荣教育基金会理事长"), ("陈十一", "中国科学院院士")} <= chronicle
    # attendance lists name people without a title: they are not mentions
    assert not {m.name for m in seed_records} & {"陈仲朝", "沈敏", "朱金茂", "许亚南"}


def test_seed_evidence_is_the_source_slice(seed_records: list) -> None:
    originals = {p.name: read_source(p).original for p in SEEDS.glob("*.txt")}
    assert seed_records
    for rec in seed_records:
        ev = rec.evidence
        assert originals[ev.source][ev.start : ev.end] == ev.quote
        assert ev.quote.endswith(rec.name) or ev.quote.startswith(rec.name)


@pytest.mark.parametrize("text", ["会上，副市长布置工作，要求各地抓好落实。", "市委书记布局谋划新一轮发展。"])
def test_verb_opening_with_rare_surname_is_no_name(text: str) -> None:
    # 布 became a rare surname for 接受布小林辞去内蒙古自治区主席职务的请求 (tests/data/real/mixed11 neimenggu_renda_2021);
    # the verbs it opens (布置, 布局: NOT_NAME_STARTS) still name nobody after a title
    assert rows(text) == []


def test_rare_surname_bu_still_names_after_a_title() -> None:
    # the name that made 布 a surname, after a title (mixed11 neimenggu_renda_2021's person)
    assert rows("自治区主席布小林出席会议。") == [("布小林", "自治区主席", "主席", "自治区")]
