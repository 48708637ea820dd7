"""kg.patterns: the shared grammar (word lists, numbers, dates, names, document numbers),
on strings as documents print them (the seeds, tests/data/real)."""

from __future__ import annotations

import re

import pytest

from kg.patterns import (
    DATE_RE,
    DOC_NUMBER_ANCHOR_RE,
    DOC_NUMBER_RE,
    ITEM_MARKER_RE,
    LIST_TAIL_RE,
    OFFICIAL_TITLES,
    SENTENCE_RE,
    SURNAMES,
    alternation,
    cn_number,
    finditer_from,
    first_chars,
    is_person_name,
    iso_date,
    search_from,
)


def test_alternation_tries_the_longest_word_first():
    pattern = alternation(("市长", "副市长", "市", "市长"))
    assert re.findall(pattern, "副市长、市长和市") == ["副市长", "市长", "市"]  # longest first, as a trie
    assert re.match(pattern, "副市长裘东耀").group() == "副市长"
    assert re.fullmatch(alternation(("(牵头)",)), "(牵头)")  # words are escaped


@pytest.mark.parametrize(("text", "value"), [
    ("十二", 12), ("二〇二一", 2021), ("23", 23), ("二OO八", 2008), ("一百零五", 105), ("十", 10),
])
def test_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize(("text", "iso"), [
    ("宁波市人民政府\n2021年12月23日", "2021-12-23"),
    ("二〇二一年十二月二十三日", "2021-12-23"),
    ("二OO八年三月五日", "2008-03-05"),  # a Latin O for 〇, as an old page prints it
    ("2021 年 3 月 5 日", "2021-03-05"),
    ("2021年13月1日", None),  # no such month: not a date
])
def test_dates(text, iso):
    m = DATE_RE.search(text)
    assert m is not None and iso_date(m) == iso


@pytest.mark.parametrize(("text", "parts"), [
    ("甬政发〔2021〕59号", {"code": "甬政发", "year": "2021", "serial": "59"}),
    ("甬政办发[2021]82号", {"code": "甬政办发", "year": "2021", "serial": "82"}),
    ("沪府办〔2020〕59号", {"code": "沪府办", "year": "2020", "serial": "59"}),
    ("国务院令第260号", {"order": "国务院", "oserial": "260"}),
])
def test_document_numbers(text, parts):
    m = DOC_NUMBER_RE.search(text)
    assert m is not None and m.group() == text
    assert {k: v for k, v in m.groupdict().items() if v is not None} == parts
    assert DOC_NUMBER_ANCHOR_RE.search(text)  # the cheap scan finds every number the full pattern does


def test_a_number_without_its_year_is_not_one():
    assert DOC_NUMBER_RE.search("余政发[]64号") is None  # docs/zhejiang_hangzhou_yuhang_jingjipucha_dashiji_2009


@pytest.mark.parametrize(("text", "is_name", "is_long_name"), [
    ("冯 镭", True, True),  # a two-character name padded with a space (a roster line)
    ("裘东耀", True, True),
    ("欧阳明", True, True),  # a compound surname
    ("巴音朝鲁", False, True),  # four characters: only where a verb bounds it
    ("由分管", False, False),  # 由分管副市长任组长
    ("罗浮镇", False, False),  # a place: names do not end in 镇
    ("任命", False, False),  # a verb that opens with a surname character
])
def test_person_names(text, is_name, is_long_name):
    assert is_person_name(text) is is_name
    assert is_person_name(text, long=True) is is_long_name


def test_surnames_are_single_characters_once_each():
    assert len(SURNAMES) == len(set(SURNAMES)) > 400


def test_list_tails_items_and_sentences():
    assert LIST_TAIL_RE.sub("", "区商务局等部门") == "区商务局"
    assert LIST_TAIL_RE.sub("", "市发改委等有关单位") == "市发改委"
    text = "一、总体要求\n（二）主要目标\n1. 做好\n①加强\n到2021.5"
    assert [m.group() for m in ITEM_MARKER_RE.finditer(text)] == ["一、", "（二）", "1.", "①"]
    assert SENTENCE_RE.findall("甲。乙；丙\n丁") == ["甲", "乙", "丙", "丁"]


@pytest.mark.parametrize("text", ["市委书记和副市长与市长、市委", "常务副市长主持，副县长、县长出席", "党组副书记"])
def test_alternation_matches_as_the_longest_first_list_did(text: str) -> None:
    words = OFFICIAL_TITLES + ("市委", "市委书记")
    longest_first = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    assert re.findall(alternation(words), text) == re.findall(longest_first, text)


def test_alternation_with_an_empty_word_is_optional_and_takes_a_separator() -> None:
    assert re.fullmatch(rf"免去(?:{alternation(('的', '担任的', ''))})职务", "免去职务")
    assert re.fullmatch(rf"免去(?:{alternation(('的', '担任的', ''))})职务", "免去担任的职务")
    spaced = alternation(("责任单位", "责任"), sep=r"[ ]*")
    assert re.match(spaced, "责 任 单 位：").group() == "责 任 单 位"
    assert alternation(()) == ""


def test_finditer_from_finds_what_finditer_finds() -> None:
    # a pattern that opens with an optional word and groups (kg.extract.tasks._VERB_HIT_RE's shape):
    # the engine has no first character to skip to, finditer_from scans for the words' first characters
    words = ("牵头", "负责", "主办")
    regex = re.compile(rf"(?:负责)?牵头(?:负责)?(?=[，。])|(?P<sole>{alternation(words)})(?=[，。])")
    finder = re.compile(first_chars(("负责", *words)))
    assert finder.pattern == "[主牵负]"
    # a lead, a sole verb, a word that runs on (负责人), one at the very end
    text = "由市发改委负责牵头，市财政局负责。各区主办单位负责人。由市商务局牵头。主办"
    expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in finditer_from(finder, regex, text)] == expected
    assert len(expected) == 3
    assert [m.span() for m in finditer_from(finder, regex, text, 5, 20)] == [m.span() for m in regex.finditer(text, 5, 20)]
    assert search_from(finder, regex, text, 10).span() == regex.search(text, 10).span()
    assert search_from(finder, regex, "无") is None
