"""Patterns as data: the words that several extractors share.

Role words, unit-name suffixes, title words and separators live here once, so
that a new city's wording is one edit to a table, not a change to each regex.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

#: Role labels inside task parentheticals, label lines and table headers, by role.
#: Responsible units (责任单位) lead unless a 牵头 unit is named (kg.extract.roles).
#: A label is composed: a role word, an optional 责任/负责, a noun (单位, 部门, 处室; 领导 for
#: officials): 牵头责任单位, 协同责任单位, 牵头负责领导 (realdev2 chuzhou_tasks_2020), 分管省领导
#: (realdev2 guangdong_tasks_2021). New wording is a word in one of the tuples below.
LABEL_MIDDLES = ("", "责任", "负责")
LABEL_UNIT_NOUNS = ("单位", "部门", "处室")
LEAD_LABEL_HEADS = ("牵头", "主要牵头", "主责", "主办")
#: The level of the units a label lists, written before it: (省直配合单位:省发展改革委、经贸委、交通运输厅)
#: (real/mixed12 fujian_xiazhangquan_tongchenghua_2011).
LABEL_SCOPE_WORDS = ("省直", "市直", "州直", "县直", "区直")
COOPERATE_LABEL_HEADS = ("配合", "协同", "协办", "参与", "协助", "其他", "相关")
OFFICIAL_LABEL_HEADS = ("牵头", "责任", "分管", "联系", "包抓", "领衔", "牵头负责", "负责", "主抓", "挂帅")
OFFICIAL_LABEL_LEVELS = ("", "省", "市", "区", "县", "州")


def _labels(heads: tuple[str, ...], nouns: tuple[str, ...], middles: tuple[str, ...] = LABEL_MIDDLES) -> tuple[str, ...]:
    return tuple(h + m + n for h in heads for m in middles for n in nouns)


LEAD_ROLE_WORDS = ("主要牵头单位", "牵头") + _labels(LEAD_LABEL_HEADS, LABEL_UNIT_NOUNS)
RESPONSIBLE_ROLE_WORDS = ("责任单位", "责任部门", "主要责任单位", "主要责任部门", "负责单位", "责任处室", "责任科室")
COOPERATE_ROLE_WORDS = ("配合",) + tuple(
    w for w in _labels(COOPERATE_LABEL_HEADS, LABEL_UNIT_NOUNS) if w not in ("其他单位", "其他部门", "其他处室",
                                                                        "相关单位", "相关部门", "相关处室")
)
LEAD_OFFICIAL_ROLE_WORDS = ("市级领导", "县级领导", "省级领导", "区级领导") + _labels(
    OFFICIAL_LABEL_HEADS, ("领导",), OFFICIAL_LABEL_LEVELS
)

#: OCR's readings of the role labels (Tesseract on a 200 dpi scan of a real gazette page,
#: tests/data/formats/scanned_gazette_pages.pdf: （SAS:浙江自贸区宁波片区管委会;配合单位:…）,
#: （牵头单位:市商务局;RSS:市地方金融监管局、…）): each is read as the label word only where a
#: label is expected, at the start of a role bracket or after the ；that ends the label before.
OCR_LABEL_FORMS: dict[str, str] = {
    "SAS": "牵头单位", "FX单位": "牵头单位",
    "RSS": "配合单位", "RAS": "配合单位", "RASH": "配合单位",
}
#: OCR's readings of a role bracket's punctuation: 〈 for （ before a label, ; for ： after one.
OCR_LABEL_OPENERS = "〈<"
OCR_LABEL_COLONS = ";；"

#: Endings of government and other unit names (longest first when compiled).
UNIT_SUFFIXES = (
    "管理委员会", "管委会", "委员会", "办公厅", "办公室", "人民政府", "政府", "中心支行", "分行", "支行",
    "监管局", "管理局", "税务局", "局", "委", "办", "厅", "院", "所", "中心", "集团", "公司", "有限公司",
    "大学", "学院", "银行", "法院", "检察院", "总工会", "工会", "团市委", "团区委", "妇联", "科协", "残联",
    "侨联", "文联", "社科联", "工商联", "红十字会", "联合社", "供销社", "协会", "商会", "部", "站", "队", "海关",
    "办事处",  # 各街道办事处 (real/mixed14 liaoning_shenhe_renwufenjie_2024)
)

#: The CJK Unified Ideographs block, for character classes: [{CJK}].
CJK = "\u4e00-\u9fff"
#: The last character of a division below a province as written: 枣阳市, 前郭县, 黄浦区, 延边州, 达茂旗, 锡林郭勒盟.
DIVISION_ENDS = "市州县区旗盟"
#: The last character of any division as written: a province's 省 and those of the divisions below it.
PLACE_ENDS = "省" + DIVISION_ENDS
#: Horizontal white space as OCR and web pages print it (tab, ideographic space, NBSP).
SPACE = r"[ \t\u3000\xa0]"

#: Level prefixes of abbreviated unit names: 市经信局, 区发改局, 县…, 省….
LEVEL_PREFIXES = {"国家": "national", "省": "province", "市": "city", "区": "district", "县": "district"}

#: Separators between units in a list cell.
UNIT_SEPARATORS = "、，,；;/／ \u3000"
UNIT_SPLIT_RE = re.compile(r"[、，,；;/／]+|\s+")

#: Trailing words that close a unit list but are not part of a name.
LIST_TAIL_RE = re.compile(r"(?:等(?:[省市州县区]级|[省市州县区]直)?(?:有关|相关)?(?:部门|单位)?|等)$")

#: Titles of officials, longest first when compiled.
OFFICIAL_TITLES = (
    "常务副市长", "副市长", "市长", "常务副区长", "副区长", "区长", "常务副县长", "副县长", "县长", "常务副省长",
    "副省长", "省长",
    "秘书长", "副秘书长", "党组书记", "党组副书记", "书记", "副书记", "主任", "副主任", "局长", "副局长",
    "厅长", "副厅长", "部长", "副部长", "校长", "副校长", "院长", "副院长", "董事长", "总经理", "副总经理",
    "总裁", "副总裁", "组长", "副组长", "理事长", "主席", "副主席", "行长", "副行长", "记者", "通讯员",
)

#: The posts of a government's leading group (政府领导班子), as a division of work (领导分工)
#: names them beside a leader's name: 龚正市长, 常务副市长 陈寅, 省长助理, 省政府党组成员.
GOVERNMENT_LEADER_TITLES = tuple(f"{rank}{chief}" for chief in ("省长", "市长", "区长", "县长", "州长", "旗长", "盟长")
                                 for rank in ("常务副", "副", "代", "")) + (
    "省长助理", "市长助理", "区长助理", "县长助理", "州长助理", "秘书长", "政府党组成员", "党组成员",
    "自治区主席", "自治区副主席")

#: Full-width and half-width brackets, as (open, close) pairs.
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"


def alternation(words: tuple[str, ...] | list[str] | set[str], sep: str = "") -> str:
    """A regex that matches any of ``words``, the longest first so that 副市长 wins over 市长.

    Built as a trie (市(?:长|委(?:书记)?)…), so that the engine tries one branch per character
    instead of every word at every position: a long word list costs little. ``sep`` is a regex
    allowed between the characters of a word (spaces inside a label: 责 任 单 位).
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict[str, dict]) -> str:
        parts = []
        for ch in sorted(k for k in node if k):
            sub = node[ch]
            if any(k for k in sub):
                inner = f"{sep}{build(sub)}"
                parts.append(f"{re.escape(ch)}(?:{inner})?" if "" in sub else f"{re.escape(ch)}{inner}")
            else:
                parts.append(re.escape(ch))
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    if not trie:
        return ""
    # an empty word makes the whole optional, tried last (的|担任的| → (?:的|担任的)?)
    return f"(?:{build(trie)})?" if "" in words else build(trie)



class LazyPattern:
    """A regex compiled on its first use, not at import.

    Compiling the name and title patterns costs milliseconds each (the surname class, the
    title trie), and a run that reads one roster uses few of them: compiled lazily, a one-file
    ``kg extract`` pays only for what its text reaches. Matching is the compiled pattern's own.
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first use (:class:`LazyPattern`)."""
    return LazyPattern(pattern, flags)


def first_chars(words: tuple[str, ...] | list[str] | set[str]) -> str:
    """A one-character class of the words' first characters (for :func:`finditer_from`)."""
    return "[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "]"


def finditer_from(finder: re.Pattern[str] | LazyPattern, regex: re.Pattern[str] | LazyPattern, text: str,
                  pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)``, for a regex none of whose matches is empty or
    starts where ``finder`` does not match (a class of the possible first characters).

    A pattern that opens with an optional word or a group (``(?:负责)?牵头``, ``(?P<rename>…)``)
    gives the engine no first character to skip ahead on, so ``finditer`` tries the whole
    pattern at every position; ``finder`` (a character class) is scanned in C and the
    pattern is tried only where it matches: the same matches, several times faster on
    text where they are rare.
    """
    end = len(text) if endpos is None else endpos
    finder = finder.compiled if isinstance(finder, LazyPattern) else finder
    match = (regex.compiled if isinstance(regex, LazyPattern) else regex).match
    if _one_wide(finder):
        # every finder match is one character wide, so finditer gives every place search would, in C
        for hit in finder.finditer(text, pos, end):
            if (start := hit.start()) >= pos and (m := match(text, start, end)) is not None:
                yield m
                pos = m.end()
        return
    while (at := finder.search(text, pos, end)) is not None:
        m = match(text, at.start(), end)
        if m is None:
            pos = at.start() + 1
        else:
            yield m
            pos = m.end()


@cache
def _one_wide(finder: re.Pattern[str]) -> bool:
    """Whether every match of ``finder`` is one character wide (a class of first characters,
    maybe with a lookaround): then its ``finditer`` meets every position its ``search`` could."""
    from re import _parser  # type: ignore[attr-defined]  # the parser re compiles with (3.11+)

    return _parser.parse(finder.pattern, finder.flags).getwidth() == (1, 1)


def search_from(finder: re.Pattern[str] | LazyPattern, regex: re.Pattern[str] | LazyPattern, text: str,
                pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``regex.search(text, pos, endpos)`` by :func:`finditer_from`'s rule."""
    return next(finditer_from(finder, regex, text, pos, endpos), None)

# --- Unit succession (机构改革): kg.extract.succession ---

#: X更名为Y, 将X更名为Y: a rename.
RENAME_WORDS = ("更名为", "改名为", "改称为", "改称")
#: 不再保留X, 撤销X: the body ends (a successor is the body 组建/设立 in the same statement).
ABOLISH_WORDS = ("不再保留", "不再单独保留", "不再单设", "撤销", "撤消")
#: 组建Y, 设立Y: the body that takes over.
ESTABLISH_WORDS = ("重新组建", "整合组建", "组建", "设立", "成立")
#: 将X并入Y: X is merged into Y (X's functions alone, 将X的职责划入Y, are not a succession).
MERGE_INTO_WORDS = ("整体并入", "并入", "划入", "合并到", "合并至")
#: 整合X、Y，组建Z: the bodies integrated.
INTEGRATE_WORDS = ("整合",)


# --- Document numbers, headings and dates (shared by segment and citations) ---

#: Brackets printed around the year of a document number: 〔2021〕, [2021], （2021）, (2021), 【2021】.
YEAR_OPEN_BRACKETS = "〔［[（(【"
YEAR_CLOSE_BRACKETS = "〕］]）)】"

#: Words that may stand right before an issuer code in running text and are not
#: part of it: 根据浙政干〔2021〕60号 → 浙政干〔2021〕60号.
NUMBER_LEAD_IN_WORDS = (
    "根据", "按照", "依据", "依照", "参照", "对照", "执行", "落实", "贯彻", "印发", "转发", "详见",
    "见", "和", "及", "与", "或", "、", "的", "即", "是", "为", "号", "第",
)
#: Characters that cannot open an issuer code, as they need a place or body
#: abbreviation before them: a cut that leaves 政办发 (from 即政办发) is wrong.
ISSUER_CODE_BARE_STARTS = "政府办委发函干"

#: A document number: 甬政发〔2021〕56号, 杭政办函[2020]3号, 政府令第260号, 洋政發〔2024〕8號 (traditional
#: print, tests/data/real/tasks2 shaanxi_hanzhong_yangxian_minshengshishi_2024),
#: 宁波市人民政府令第141号, 冀商办案字[2014]第12号 (a 第 before the serial; tests/data/real/mixed25
#: hebei_sheng_shangwuting_jianyi_dafu_2014). Groups: ``code`` (issuer code) ``year`` ``serial`` for
#: the year style, ``order`` (issuer of the order) ``oserial`` for the order style.
#: The tone-marked vowels of pinyin: a gloss holds one.
PINYIN_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A pinyin gloss a web mirror prints after a character (當(dāng)選, 政協(xié), 辦發(fā)): tone-marked Latin letters in
#: brackets. The one spelling kg.extract.script deletes and a document number may hold.
PINYIN_GLOSS = rf"[(（][a-zü]{{0,6}}[{PINYIN_TONES}][a-zü]{{0,6}}[)）]"
_NUMBER_GLOSS = rf"(?:{PINYIN_GLOSS})?"
DOC_NUMBER_PATTERN = (
    # a gloss may follow a character of the code: 內政辦發(fā)〔2017〕11號 (tests/data/real/mixed20
    # neimenggu_sheng_kaifaqu_guihua_2017), kept as printed
    rf"(?P<code>(?:[\u4e00-\u9fff]{_NUMBER_GLOSS}){{1,10}}?)\s{{0,2}}"
    rf"[{re.escape(YEAR_OPEN_BRACKETS)}]\s{{0,2}}(?P<year>(?:19|20)\d{{2}})\s{{0,2}}"
    rf"[{re.escape(YEAR_CLOSE_BRACKETS)}]\s{{0,2}}(?:第\s{{0,2}})?(?P<serial>\d{{1,5}})\s{{0,2}}[号號]"
    r"|(?P<order>(?:中华人民共和国)?国务院|[\u4e00-\u9fff]{0,10}?(?:人民政府|政府|委员会|部|总局|局|厅))"
    r"令\s{0,2}第\s{0,2}(?P<oserial>[0-9０-９]{1,5}|[〇零一二三四五六七八九十百]{1,6})\s{0,2}[号號]"
)
DOC_NUMBER_RE = re.compile(DOC_NUMBER_PATTERN)
#: The fixed part every document number holds: the year bracket and serial
#: (〔2021〕56号) or the order serial (令第260号). It opens on one of a few
#: characters, so a scan for it is fast, where DOC_NUMBER_RE (opening on any CJK
#: character) is tried at every position of a text.
DOC_NUMBER_ANCHOR_RE = re.compile(
    rf"[{re.escape(YEAR_OPEN_BRACKETS)}]\s{{0,2}}(?:19|20)\d{{2}}\s{{0,2}}[{re.escape(YEAR_CLOSE_BRACKETS)}]"
    r"\s{0,2}(?:第\s{0,2})?\d{1,5}\s{0,2}[号號]"
    r"|令\s{0,2}第\s{0,2}(?:[0-9０-９]{1,5}|[〇零一二三四五六七八九十百]{1,6})\s{0,2}[号號]"
)
#: How far before its anchor a number can start: a 10-character issuer code and
#: 2 spaces, or an order issuer of up to 14 characters (…人民政府令).
DOC_NUMBER_REACH = 16

#: Words a title ends with, most specific first; the first that ends a title is its doc_type.
DOC_TYPE_WORDS = (
    "实施意见", "指导意见", "若干意见", "意见", "实施细则", "细则", "通知", "通报", "决定", "批复", "规定",
    "办法", "实施方案", "行动方案", "方案", "规划", "纲要", "报告", "公告", "通告", "条例", "规则", "函",
    "命令", "决议", "计划", "要点", "目录", "指南",
    "答复",  # 对政协云南省第十二届第四次会议第120400516号提案的答复 (real/mixed8 yunnan_longchuan_yuanqu_2021)
    "公示",  # 关于南县高新技术产业开发区扩区的公示 (real/parks4 hunan_yiyang_nanxian_kuoqu_gongshi_2025)
)

#: Labels in front of a number or code on web pages: 文件编号 鄞政办发〔2021〕79号.
DOC_NUMBER_LABELS = ("文件编号", "发文字号", "文号", "发文号", "编号")
NORMATIVE_CODE_LABELS = ("规范性文件统一编号", "统一编号", "规范性文件编号", "登记号")

#: Verbs of a news headline written as phrases apart (区七届人大常委会召开第三次会议 进行人事任免 听取审议…报告,
#: realdev2 tongzhou_bj_renda_2022): such a first line is news, not a document's title.
NEWS_HEADLINE_VERBS = (
    "召开", "举行", "进行", "听取", "审议", "表决", "出席", "部署", "调研", "视察", "考察", "开幕", "闭幕", "启动", "举办",
)

#: Verbs a headline uses to report a document's act (省政府印发…通知, 江西发布…名单); a title says 印发…的通知.
NEWS_ACT_VERBS = ("印发", "发布", "出台", "公布")

#: Lines that open a news byline and close a news item.
NEWS_BYLINE_WORDS = ("记者", "通讯员", "来源", "本报记者", "本报讯", "责任编辑", "编辑")

#: A date: 2021年12月23日, 2021-12-23, 二〇二一年十二月二十三日, 二OO八年 (a Latin O for 〇).
CN_DIGITS = "〇零一二三四五六七八九十"
DATE_PATTERN = (
    r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九OＯoО]{4})\s{0,2}年\s{0,2}"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月\s{0,2}"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}日"
)
DATE_RE = re.compile(DATE_PATTERN)


def cn_number(text: str) -> int:
    """Chinese or Arabic numerals as an int: 十二 → 12, 二〇二一 → 2021, 23 → 23."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    digits["零"] = digits["○"] = digits["O"] = digits["Ｏ"] = digits["o"] = digits["О"] = 0
    if "十" not in text and "百" not in text:
        return int("".join(str(digits[c]) for c in text))
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = digits[ch]
    return total + current


def iso_date(match: re.Match[str]) -> str | None:
    """ISO form of a :data:`DATE_RE` match, or None when it is not a calendar date."""
    y, m, d = cn_number(match["y"]), cn_number(match["m"]), cn_number(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"

#: Verbs of the prose form "由X牵头，Y配合" (tasks, project cells): lead verb,
#: the words that introduce cooperating units before them (会同Y) or after them (Y配合).
LEAD_VERB_WORDS = ("牵头",)
#: Who only helps the leader a part heading names: 一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助).
LEADER_ASSIST_WORDS = ("协助", "协管")
COOPERATE_VERB_WORDS = ("配合", "参与", "协助", "协同", "协办")
COOPERATE_PREFIX_WORDS = ("会同", "联合")

#: Endings of collective or local bodies that are not in UNIT_SUFFIXES but stand
#: in a unit list: 各相关金融机构, 潘火街道, 相关镇(街道), 有关部门.
GENERIC_UNIT_TAILS = (
    "部门", "单位", "机构", "街道", "镇", "乡", "园区", "开发区", "片区", "高新区", "经开区",
    "直属库",  # a state grain reserve's depot: 中储粮株洲直属库 (tests/data/real/mixed3 hunan_zhuzhou)
)

#: The number that opens a numbered item at a line start: 一、 （一） (一) 1. 1、 （1） ①.
#: A sentence of running text: up to 。；！？ or a line end (parks, successions).
SENTENCE_RE = re.compile(r"[^。；;！？!?\n]+")

#: The stops printed after an item's number: 1. 1． 1、 and the small forms some pages use (1﹒ 1﹑ 1､).
ITEM_NUMBER_STOPS = ".．、﹒﹑､"
ITEM_MARKER_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十百]{1,4}[、﹑､]|[（(][ \t]*[一二三四五六七八九十百]{1,4}[ \t]*[）)]"
    rf"|\d{{1,3}}[{ITEM_NUMBER_STOPS}](?!\d)|[（(]\d{{1,3}}[）)]|[①-⑳])"
)


# --- People: names, positions and titles (personnel, mentions, agreements) ---

#: Common single-character surnames (the 百家姓 core); a name's first character
#: must be one of these or a :data:`COMPOUND_SURNAMES` entry, which keeps
#: "市长出席…" from reading 出席 as a name without a dictionary of people.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
    "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
    "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
    "赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
    "尧闭由励沃竺习洪濮蔚郦钮贡郗逄蒯缑訾谯钦禄寿扶步宦巢莘庾暨桓弘郏须年言赖"
)
#: (Reviewed against the 400 commonest modern surnames, the 中国姓氏排名 list Faker's zh_CN provider carries: all are
#: here but 和, a conjunction far more often than a name; 赖 was missing.)
#: Rare single-character surnames, kept apart so the list above stays the common core:
#: 糜世峰, 雒树刚, 鄂竟平, 恽益明, 虢正贵, 列确. A character here reads as a name's start wherever a name may stand.
RARE_SURNAMES = ("糜雒鄂禤佴厍蹇仉笪郄眭妫郇戢荀闾酆綦邴乜隗宓蓟祢缐镡恽昂虢列"
                 "茆"  # 免去茆荣华的上海市高级人民法院副院长…职务 (tests/data/real/mixed22 shanghai_shi_renda_renmian_2023)
                 "郅"  # 郅海杰同志任中共北京市西城区委员会委员、常委、副书记 (tests/data/real/mixed23 beijing_xicheng_renmian_undated)
                 "布"  # 接受布小林辞去内蒙古自治区主席职务的请求 (tests/data/real/mixed11 neimenggu_renda_2021)
                 "令"  # 副主席是:杜青林、令计划、韩启德 (令狐 is compound; tests/data/constructions/appointments.tsv)
                 "代"  # 文鸿晨、代志超、刘宁…当选为夷陵区人民政府副区长 (tests/data/real/mixed30 hubei_yichang_yiling_renda_xuanju_2021)
                 "磨")  # 選舉黃道偉、…、磨長英…為…副主席 (a Guangxi surname; tests/data/real/mixed27 guangxi_zizhiqu_zhengxie_xuanju_2018)
SURNAMES += RARE_SURNAMES
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "夏侯", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "西门")

#: A person's name as printed: a surname of the lexicon and one or two given
#: characters (a two-character name may be padded to three with a space: 冯 镭),
#: or a transliteration with ·. Used where a name must be recognised without a
#: dictionary of people (personnel statements, rosters).
#: Tibetan names have no surname; a few common openers make a name of two or four characters where the
#: grammar reads names: 扎西措姆(女)、白玛罗布 (tests/data/real/mixed4 xizang_zizhiqu_renda_buxuan_2025), 其美仁增
#: (real/personnel4), 平措旦增, 向巴平措 (real/mixed6).
TIBETAN_NAME_OPENERS = ("扎西", "白玛", "平措", "其美", "向巴", "次仁", "格桑", "洛桑", "旦增", "尼玛", "多吉",
                        "达瓦", "索朗", "益西", "强巴", "普布", "边巴", "巴桑", "德吉", "央金")
#: The dots between the parts of a transliterated name: · as most pages print it, ‧ and • as some do
#: (艾力更‧依明巴海, a page of the 2013 NPC's election results), ・ from Japanese fonts.
NAME_DOTS = "·‧•・"
PERSON_NAME_PATTERN = (
    rf"(?:(?:{alternation(COMPOUND_SURNAMES)})[{CJK}]{{1,2}}?"
    rf"|(?=[{''.join(sorted({o[0] for o in TIBETAN_NAME_OPENERS}))}])(?:{alternation(TIBETAN_NAME_OPENERS)})(?:[{CJK}]{{2}})??"
    rf"|[{SURNAMES}](?:[ \u3000\xa0]{{1,3}}[{CJK}]|[{CJK}]{{1,2}}?)"
    rf"|[{CJK}]{{1,8}}[{NAME_DOTS}][{CJK}]{{1,8}})"
)
PERSON_NAME_RE = re.compile(PERSON_NAME_PATTERN)
#: A longer name (巴音朝鲁, 热地), read only where a verb bounds it on both sides (接受…辞去, 任命…为).
LONG_NAME_PATTERN = rf"[{SURNAMES}][{CJK}]{{3,5}}?"
LONG_NAME_RE = re.compile(LONG_NAME_PATTERN)
#: Characters a name does not end with: 罗浮镇, 黄槐镇 are places, 区统计局 a body.
NOT_NAME_END = "镇乡县市区省州局委办厅处科所部院校司站队村街"


def is_person_name(text: str, *, long: bool = False, bounded: bool = False) -> bool:
    """Whether ``text`` (spaces kept) reads as one person's name: 由分管 (副市长任组长) is not.
    ``long`` admits four to six characters (巴音朝鲁), for a name a verb bounds on both sides;
    ``bounded`` (a verb or separator on both sides: 任命李玉科为) lets it end as a place or
    body may (科, 村 …), since nothing can run on after it."""
    shape = PERSON_NAME_RE.fullmatch(text) or (long and LONG_NAME_RE.fullmatch(text))
    return (shape is not None and shape is not False and (bounded or text[-1] not in NOT_NAME_END)
            and text[-1] != "等"  # 张定禄等: a list left open
            and not text.startswith(NOT_NAME_STARTS) and _NAME_STOPWORD_RE.search(text, 1) is None)


#: Verbs that open with a surname character (任, 聘 …) and so can look like a name's start.
NOT_NAME_STARTS = ("任命", "任免", "任职", "聘任", "聘请", "免去", "决定", "接受", "提名", "同意", "批准",
                   "曾担", "曾经",  # a career's 曾担任… (real/mixed6/xizang_changdu_renda_xuanju_2014.txt)
                   # verbs opening with the rare surname 布 (布小林): 副市长布置工作 names no 布置工
                   "布置", "布设", "布局", "布控", "布点", "布署", "布防",
                   # words opening with the rare surname 代 (代志超): an acting post (代理, 代市长), a deputy (代表), a proxy
                   "代理", "代表", "代省", "代市", "代州", "代县", "代区", "代旗", "代镇", "代乡", "代主", "代院", "代检",
                   "代为", "代替", "代管", "代办", "代码", "代号")

#: Words that end a name written right after a title (市长裘东耀出席 → 裘东耀).
NAME_FOLLOWERS = (
    "在", "出席", "主持", "作", "与", "和", "同", "及", "表示", "指出", "强调", "通过", "会见", "会晤", "召开",
    "到", "来", "赴", "对", "向", "率", "带队", "参加", "讲话", "视频", "座谈", "传达", "检查", "调研", "听取",
    "看望", "慰问", "等", "同志", "一行", "的", "为", "是", "说", "介绍", "提出", "要求", "批示", "致辞", "宣布",
    "签署", "签订", "陪同", "接受", "回答", "前往", "深入", "走访", "实地", "参观", "考察", "发表", "代表",
    "分别", "也", "还", "就", "将", "已", "一同", "共同", "宣读", "颁发", "会同", "指挥", "先后", "专程",
    "亲切", "充分", "希望", "认为", "对此", "主讲", "作出", "作了", "通报", "寄语", "莅临", "出访", "获得",
    "被", "曾", "致", "给", "则", "亲自", "随后", "首先", "一起",
)

#: Words that follow a title but are not names though they start with a surname
#: character (书记强调, 市长信箱, 组长单位).
NAME_STOPWORDS = (
    "强调", "高度", "严格", "全面", "同时", "充分", "明确", "单位", "信箱", "热线", "助理", "人选", "职务", "职位",
    "岗位", "任期", "任命", "办公", "会议", "班子", "一职", "人员", "及其", "们", "向其", "应当", "应该", "负责",
    "带头", "分管", "牵头", "统筹", "组织", "联系", "包括", "代表", "经费", "名单", "姓名", "签字", "签名",
    "万人", "专题", "工作", "主持", "主要", "项目", "拟",
)
#: One search for any stop word after a name's first character, instead of a scan per word
#: (is_person_name runs for every candidate name).
_NAME_STOPWORD_RE = re.compile(alternation(NAME_STOPWORDS))

#: Characters that do not occur inside a name written after a title (市长和副市长).
NOT_IN_NAME = "副的和与及在是了等们、，"

#: Titles of positions in personnel notices beyond :data:`OFFICIAL_TITLES`.
POSITION_TITLES = OFFICIAL_TITLES + (
    "督察长", "副督察长", "总经济师", "总工程师", "副总工程师", "总会计师", "总规划师", "总审计师", "总农艺师",
    "董事", "监事", "监事长", "监事会主席", "经理", "副经理", "调研员", "巡视员", "委员", "党委书记", "党委副书记",
    "党工委书记", "党工委副书记", "馆长", "副馆长", "庭长", "副庭长", "审判员", "检察长", "副检察长", "所长",
    "副所长", "处长", "副处长", "科长", "副科长", "站长", "副站长", "队长", "副队长", "社长", "副社长", "总编辑",
    "副总编辑", "司长", "副司长", "署长", "主任委员", "副主任委员", "专员", "督学", "会长", "副会长", "政委",
    "秘书", "总监", "副总监", "首席专家", "总师", "专职副主任", "园长", "副园长", "参事", "顾问", "常委",
    "州长", "副州长", "常务副州长", "旗长", "副旗长", "镇长", "副镇长", "乡长", "副乡长", "盟长", "副盟长",
    "检察员", "人民陪审员", "陪审员", "人民监督员", "特约监督员", "馆员", "组成人员", "代表", "法律顾问", "法律顾问助理",
    "文史专员",  # a 政协's post: 宁夏政协聘任20位文史专员 (tests/data/real/mixed25 ningxia_zhengxie_wenshi_pinren_2016)
    "审判长", "副审判长", "助理审判员", "助理检察员", "检察官", "法官", "审计长", "副审计长",
    "总统计师", "总畜牧师", "总兽医师", "总督学", "副总督学",
    "委员长", "副委员长",  # a 人大常委会's own head: 張德江當選為第十二屆全國人民代表大會常務委員會委員長 (bank)
    # 不再担任漳州市人民政府党组成员,… (tests/data/real/mixed21 fujian_zhangzhou_renmian_gulei_2019)
    "党组成员",
    # people a court, procuratorate or 监委 engages to watch it: 聘任马洪君等20名同志为县人民法院第一届特约监督员
    # (tests/data/real/mixed27 heilongjiang_daqing_duerbote_pinren_2013), 孫霞再次被聘為特約監察員 (bank)
    "特邀监督员", "特约监察员", "特约检察员",
)

#: Words that may stand between the unit and the title of a position:
#: 理事会主任, 二级资深经理, 党组副书记; how a post is held (省政府特聘參事, 省文史研究館特聘館員: tests/data/real/mixed24
#: guangdong_sheng_canshi_pinren_undated).
POSITION_QUALIFIERS = ("理事会", "董事会", "监事会", "党组", "党委", "党工委", "常务", "专职", "资深", "首席", "执行",
                       "特聘")
#: Words that qualify a title before it and so are no name before the title: 由常务副市长负责, 一、分管副市长负责的工作,
#: 由主管副区长负责 (a name-then-title read would take 常务, 分管 for a surname and a given name).
TITLE_QUALIFIERS = POSITION_QUALIFIERS + ("分管", "主管")
#: Ordinals of a post or a body that are no part of the post (阿布当选昌都市首任市长 → 昌都市, 市长;
#: 符戆当选首届人大常委会主任 → 人大常委会, 主任): the first holder, the first term.
POST_ORDINALS = ("首任", "第一任", "首届", "新一届", "第一届")  # 当选为新一届石景山区人大常委会委员 (real/mixed13)
#: Any cohort's number written between the unit and the title is no part of either (县人民法院第一届特约监督员 →
#: 县人民法院, 特约监督员: tests/data/real/mixed27 heilongjiang_daqing_duerbote_pinren_2013; 第二屆特約監察員, 第四届特约监督员
#: on the bank's pages); a 届 inside a unit (政协第十二届…委员会) stays.
POST_COHORT = r"第[一二三四五六七八九十]{1,3}[届屆]"

#: Titles of people named in news and chronicles, on top of :data:`OFFICIAL_TITLES`.
MENTION_TITLES = OFFICIAL_TITLES + (
    "中央政治局常委", "中央政治局委员", "政治局常委", "政治局委员", "总书记", "国家主席", "总理", "副总理",
    "国务委员", "委员长", "副委员长", "省委书记", "省委副书记", "省委常委", "市委书记", "市委副书记", "市委常委",
    "区委书记", "区委副书记", "区委常委", "县委书记", "县委副书记", "县委常委", "代省长", "代市长", "代区长",
    "代县长", "院士", "党委书记", "党委副书记", "党工委书记", "党工委副书记", "理事长", "副理事长", "会长",
    "副会长", "董事长", "副董事长", "首席执行官", "总编辑", "大使", "总领事", "州长", "议长", "首相",
    "副州长", "教授", "研究员", "专职副主任",
)

#: Titles written after the name by convention (习近平总书记).
NAME_FIRST_TITLES = ("总书记",)

#: Titles that open a byline or a masthead line: 记者 薛智谊 通讯员 王虎羽, 制图:许明.
BYLINE_TITLES = ("本报记者", "记者", "通讯员", "制图", "摄影", "摄", "编辑", "责任编辑", "实习生", "见习记者")

#: Endings of an organisation or place that a title may be prefixed with
#: (大连理工大学校长, 丽水市委书记, 虞仁荣教育基金会理事长).
AFFILIATION_ENDINGS = UNIT_SUFFIXES + (
    "市", "省", "区", "县", "州", "国", "镇", "乡", "村", "街道", "基金会", "小组", "国务院", "科学院", "工程院",
    "研究院", "医院", "学校", "中学", "小学", "报社", "电视台", "党组", "党委", "党工委", "常委会", "人大", "政协",
)

#: Verbs of signing and of joint release, for agreements between parties.
SIGNING_VERBS = ("签署", "签订", "签约", "正式签约", "共同签署")
JOINT_RELEASE_VERBS = ("联合发布", "共同发布", "联合印发", "联合出台", "共同出台", "联合制定", "共同制定")
AGREEMENT_WORDS = ("框架协议", "合作协议", "协议书", "协议", "协定", "备忘录", "合同", "意向书", "合作书", "承诺书")


# --- Tables: column words by role (kg/extract/tables.py, projects, parks, tasks) ---

#: Header words of table columns, by the role of the column. A header cell takes
#: the role of the longest word it equals or contains (指标名称 → indicator, not
#: name; 主要内容和重点 → content), so other wording is one entry here.
TABLE_COLUMN_ROLES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序列号", "排序"),
    "name": (
        "项目名称", "工程名称", "名称", "项目", "重点项目", "建设项目", "项目（工程）名称", "重点产业园名称",
        "产业园名称", "产业园区名称", "园区名称", "产业园", "园区", "平台名称", "载体名称", "基地名称",
        "实事项目", "民生实事项目",  # not 事项 (content) read inside 实事项目
        "项目内容",  # a 民生实事项目 table names each project by what it does (content beside a 项目名称 column)
    ),
    "indicator": ("指标名称", "指标", "主要指标", "指标内容"),
    "category": ("指标类别", "类别", "类型", "分类", "项目类别", "项目类型", "考核项目", "考核类别"),
    "sector": ("领域", "产业领域", "所属领域", "行业领域", "重点领域", "产业类别", "所属产业"),
    "industries": (
        "主导产业", "主导细分行业", "主导行业", "细分行业", "重点产业", "产业方向", "主攻方向", "主导产业方向",
    ),
    "content": (
        "主要内容和重点", "主要内容", "建设内容", "主要建设内容", "建设内容及规模", "建设规模及内容", "建设规模",
        "工作内容", "具体内容", "内容", "主要任务", "工作任务", "重点任务", "任务内容", "具体措施", "主要功能",
        "目标任务", "工作目标", "主要目标", "主要工作举措", "工作举措", "主要举措", "重点举措", "具体举措",
        "重点工作", "主要工作", "工作事项", "任务事项", "事项", "工作要点", "具体任务", "重点工作任务", "工作内容及目标",
        "工作标准",  # 序号 / 目标名称 / 工 作 标 准 / 区政府分管领导 / 牵头单位 / 配合单位 (real/mixed10 changzhou_zhonglou)
        # 重点工作 / 主要 任务 / 工作措施 / 责任单位 / 备注 (real/mixed15 hubei_xianning_zerenfengong_2020)
        "工作措施", "主要措施",
        "细化措施",  # 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位 (real/mixed23 henan_pingdingshan_hezhangzhi_renwufenjie_2018)
        "目标与任务", "目标和任务",  # 序号 / 目 标 与 任 务 / 牵头责任单位 / 责任单位 (real/mixed16 anhui_wuhu_jingkaiqu_renwufenjie_2019)
    ),
    "lead": LEAD_ROLE_WORDS,
    "responsible": RESPONSIBLE_ROLE_WORDS + (
        "实施单位", "承办单位", "责任主体", "实施主体", "建设主体", "业主单位", "建设单位"),
    "cooperate": COOPERATE_ROLE_WORDS,
    # 序号 / 目标任务 / 牵头单位 / 责任单位 / 责任人 (tests/data/real/tasks3 hubei_shiyan_yunyang_mubiaorenwu_fenjie_2023)
    "lead_official": LEAD_OFFICIAL_ROLE_WORDS + ("责任人",),
    "start_year": ("开工年", "开工年份", "开工时间", "开工日期", "计划开工", "计划开工年份", "开始年份", "起始年份"),
    "end_year": (
        "完成年", "完工年", "完成年份", "完工年份", "竣工年份", "竣工时间", "完工时间", "完成时间", "计划完工",
        "计划竣工", "计划完成年份",
    ),
    "period": (
        "建设年限", "建设期限", "起止年限", "建设起止年限", "实施年限", "实施期限", "建设周期", "起止年份",
        "实施时间", "时间安排", "完成时限", "时间节点", "进度安排", "建设起止年份", "建设时间", "建设年度",
    ),
    "location": ("地点", "建设地点", "项目地点", "实施地点", "所在地", "选址", "项目选址", "建设地址"),
    "partners": ("合作对象", "合作方", "合作单位", "合作伙伴", "合作机构"),
    # 序号 / 所在盟市 / 名称 / 四至范围 / 认定类型 (tests/data/real/mixed17 neimenggu_zizhiqu_huagongyuanqu_undated)
    "host": ("所在区县", "所在区县（市）", "所属区县", "属地", "所在地区", "所在区域", "地区", "所在盟市", "所在市州",
             "所在地市", "所属地市", "所属盟市", "所属市州"),
    "investment": ("总投资", "计划总投资", "投资额", "投资总额", "计划投资", "年度计划投资", "投资金额", "年度投资金额",
                   "年度投资"),
    "measure": ("单位", "计量单位"),
    # who applied for what the row grants, a unit or a zone: 序号 | 申报单位 | 认定名称 (河南省中小企业特色产业集群(纺织服装))
    # (tests/data/real/mixed24 henan_sheng_tesechanyejiqun_gongshi_2014); a parks table when its cells are parks
    "applicant": ("申报单位", "申报主体", "申报园区", "申报载体"),
    # a target column (tests/data/real/tasks2 zhejiang_zhoushan_shengsi_xiangcunzhenxing_qingdan_2021: 年度目标)
    "value": ("年度目标", "目标值", "年度目标值", "预期目标", "年度任务"),
    # a unit that scores or checks the work, not one that does it: 评分部门
    "assessor": ("评分部门", "评分单位", "考核部门", "考核单位", "考评部门", "考评单位", "督查单位", "督办单位"),
    "attribute": ("属性", "指标属性"),
    "note": ("备注", "说明"),
    "progress": ("当前进度", "进度", "工作进度", "完成进度", "进展情况", "推进情况", "完成情况", "进展"),
}

#: A header cell that names a year value column: 2020年, 2025目标值, 2020基期值, 2023年目标.
YEAR_VALUE_HEADER_RE = re.compile(
    r"^(?:19|20)\d{2}年?(?:基期值?|基数|基准值?|目标值?|预期值?|现状值?|现状|实际值?|完成值?|规划值?)?$"
)

#: Name-column headers that make a table a parks table (重点产业园名称, 园区名称, 小镇).
PARK_NAME_HEADER_RE = re.compile(r"园|园区|小镇|开发区|集聚区")
#: Name-column headers that make a table a projects table.
PROJECT_NAME_HEADER_RE = re.compile(r"项目|工程|^名称$")
#: A title over a projects table that makes each project a task assigned to its units: a table of 民生实事
#: (洋县2024年十大民生实事项目清单 / 序号 / 项目名称 / … / 责任单位, tests/data/real/tasks2
#: shaanxi_hanzhong_yangxian_minshengshishi_2024; 2021年重大民生实事项目目标任务责任分解表, real/mixed13).
TASK_TABLE_TITLE_RE = re.compile(r"民生实事")

#: A caption above a table: 表4-1:重点项目一览表, 附表2 …, 专栏9：特色产业园建设重点.
TABLE_CAPTION_RE = re.compile(
    r"^\s*(?P<label>(?:附表|续表|表|专栏)\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-－—–.．]\s*[0-9０-９]+)*)"
    r"\s*[:：.．、]?\s*(?P<title>.{0,60}?)\s*$"
    r"|^\s*(?P<plain>[^。；;\t]{2,40}(?:一览表|清单|汇总表|计划表|明细表|任务表|分解表))\s*$"
)

#: A section heading that ends a table printed one cell per paragraph:
#: (二)产业协同创新工程, 三、…, 第四章 ….
SECTION_HEADING_RE = re.compile(
    r"^\s*(?:[（(]\s*[一二三四五六七八九十百]{1,4}\s*[)）]|[一二三四五六七八九十百]{1,4}\s*[、.．﹒﹑､]"
    r"|第[一二三四五六七八九十百]{1,4}[章节部分篇])"
)

#: Year cells: 2021, 2021年, and ranges 2021-2025, 2021年—2025年, 2021至2025年.
YEAR_CELL_RE = re.compile(r"^\s*(?P<start>(?:19|20)\d{2})\s*年?\s*$")
YEAR_RANGE_RE = re.compile(
    r"^\s*(?P<start>(?:19|20)\d{2})\s*年?\s*(?:[-－—–~～至到]+)\s*(?P<end>(?:19|20)\d{2})\s*年?\s*$"
)

#: Lines inside a content cell that carry another field, labelled: 地点:杨浦区, 合作对象：…
#: (an OCR'd ; or ； may stand for the colon).
CELL_LABEL_SEPARATORS = ":：;；"

#: Region endings of a park's host in parentheses: 机器人小镇（余姚市）, …（宁波国家高新区）.
HOST_ENDINGS = ("市", "区", "县", "镇", "乡", "街道", "开发区", "高新区", "新区", "园区", "管委会", "保税区")
#: Words that make a bracket after a park name a qualifier, not its host: 光伏产业园（一期）, …（筹）.
PARK_QUALIFIER_WORDS = ("期", "筹", "暂定", "拟建", "在建", "规划", "试点", "培育", "创建", "省级", "国家级", "名称")
#: Words a park's name found in prose may carry in front that are not part of it: the tail of
#: 以下简称, 除 (除合肥高新技术产业开发区…等6家); a rank only before a place (设立自治区级桂林经济技术
#: 开发区; 省级中小微创新企业孵化园 keeps it).
PARK_NAME_LEAD_WORDS = ("以下简称", "下简称", "简称", "除",
                        "及",  # 包括清河食品工业园及西郊农业科技园 (tests/data/real/mixed7 shaanxi_xianyang_sanyuan_gaoxinqu)
                        # a time word or a verb run on before a zone named in news: 今年北京经开区预计项目总投资超
                        # 1000亿元, 助推北京经开区… (tests/data/real/mixed18 beijing_jingkaiqu_xiangmu_2023)
                        "今年", "去年", "明年", "助推", "推动")
PARK_RANK_WORDS = ("自治区级", "省级", "国家级", "市级", "县级")
#: What a sentence says of the park it opens when it describes that park (a park the text is about, kept though
#: the text gives no host): 老君庙工业园累计投资2.36亿元 (tests/data/real/mixed9 gansu_yumen_kaifaqu_undated),
#: 贵州湄潭经济开发区前身为… (mixed10 guizhou_meitan_kaifaqu_undated), …位于, …成立于, …规划面积.
#: Words that say where a park lies (…,位于遵义市湄潭县西南) and what it was called before (X前身为Y,位于Z).
PARK_SITE_WORDS = ("位于", "地处", "坐落于", "坐落在",
                   "设在")  # 旺苍经济开发区设在广元市旺苍县 (tests/data/real/mixed14 sichuan_kaifaqu_2012)
#: (前身为/前身是 also describe the park they follow: 贵州湄潭经济开发区前身为…; 原名/原为 only mark a former name.)
PARK_PREDECESSOR_WORDS = ("前身为", "前身是")
PARK_FORMER_NAME_WORDS = (*PARK_PREDECESSOR_WORDS, "原名", "原为")
#: What a zone that signs projects is said to do, the projects' subject, not a word of one (PARK_DESCRIBED_BY).
PARK_SIGNING_WORDS = ("共签约", "集中签约")
PARK_DESCRIBED_BY = ("累计投资", "累计完成投资", *PARK_PREDECESSOR_WORDS, *PARK_SITE_WORDS, "成立于",
                     "始建于", "组建于", "设立于", "占地", "规划面积", "总规划面积",
                     # the catalogue's approved area (四川阿坝工业园区核准面积161.56公顷,主导产业…; mixed15 sichuan_aba)
                     "核准面积", "批准面积",
                     # what a 批复 changes of a park: 安徽肥西经济开发区调区 (tests/data/real/mixed12 anhui_hefei_yaohai)
                     "扩区", "调区",
                     # the projects a zone signs: 其中,錢江經濟開發區共簽約項目16個 (tests/data/real/mixed24
                     # zhejiang_hangzhou_yuhang_qianjiangkaifaqu_2023), 宿马现代产业园区集中签约一批项目 (parks4
                     # anhui_suzhou_sumayuanqu_qianyue_2012)
                     *PARK_SIGNING_WORDS,
                     # the rank or the first batch it belongs to: 柴达木循环经济试验区是国家首批13个循环经济产业试点园区之一
                     # (tests/data/real/mixed28 qinghai_chaidamu_kaifugong_2022)
                     "是国家首批", "是全国首批", "是国家级")
#: Heads of a list of titles a park holds, not of parks: 大连开发区先后被命名为国家循环经济标准化试点园区、…、电子元件
#: 产业园区、…、国家级低碳工业园区试点区 (tests/data/real/mixed9 liaoning_dalian_kaifaqu_2022). (分别命名为 names parks.)
PARK_TITLE_HEADS = ("被命名为", "被评为", "被认定为", "被授予", "荣获", "获评", "评为", "命名为")
#: What follows a title a park is given, not a park: 授予长春高新技术产业开发区等18个开发区 “吉林省先进开发区”称号
#: (tests/data/real/mixed13 jilin_sheng_xianjin_kaifaqu_2009).
PARK_HONOUR_AFTER = ("称号", "荣誉称号", "”称号", "”荣誉称号", "\"称号")
#: Words of praise inside what ends like a park: a title it holds, not a park (清河食品工业园…是陕西省重点县域工业园、…、
#: 咸阳市最具发展活力县域工业集中区; tests/data/real/mixed7 shaanxi_xianyang_sanyuan_gaoxinqu_undated).
PARK_HONOUR_WORDS = ("最具", "最佳", "最美", "十佳", "十强", "百强")
#: Verbs of an event held in the park named between 在 and them, a park the text tells of though it gives no host:
#: 2010年长春市推进长吉一体化100个亿元以上项目在长春高新技术产业开发区举行 (tests/data/real/mixed13
#: jilin_changchun_kaifaqu_kaigong_2010), …集中开工现场推进会在苏银产业园举行 (mixed13 ningxia_yinchuan_jizhongkaigong_2022).
PARK_VENUE_VERBS = ("举行", "召开", "举办")
#: Verbs that found the park named right after them, a park the text tells of though it gives no host:
#: 2011年经前郭县政府批准成立查干花化工园区 (tests/data/real/mixed11 songyuan_chaganhua_yuanqu_undated).
PARK_FOUNDING_VERBS = ("批准成立", "批准设立", "批准组建", "正式成立")
#: A rename gives the park under its new name (and the old): 苏滁现代产业园更名为…; 升级后定名为临沂经济技术开发区
#: (tests/data/real/mixed9 shandong_linyi_kaifaqu_2011).
PARK_RENAME_WORDS = ("更名为", "定名为", "改名为")
#: Frames (word before, words after) that name a park as what a 批复 turns into another: 十堰高新区以A(代码为:S427017)
#: 为基础 (tests/data/real/mixed18 hubei_shiyan_gaoxinqu_gengming_2019); a bracket after the name may stand between.
PARK_DESIGNATED_FRAMES = (("以", "为基础"),
                          # 认定黔东南天柱化工园区为贵州省化工园区(第二批) (tests/data/real/mixed3 guizhou_sheng_huagongyuanqu_2023)
                          ("认定", "为"))

#: What a city or county (its government) does to the parks named after it, up to the clause's end: it
#: asks for them (《银川市人民政府关于认定宁夏贺兰工业园区为…的请示》), proposes them (益阳市人民政府提出的南县高新…
#: 扩区), builds them (长沙市人民政府将在…基础上筹建望城高新…), founds them on others (同意张掖市以张掖经济技术开发区、
#: 民乐生态工业园区为基础…设立…) — the host of each (tests/data/real/parks4 ningxia, hunan; mixed4 gansu_sheng).
PARK_ACTOR_VERBS = ("人民政府关于", "政府关于", "人民政府提出的", "提出的", "人民政府将在", "人民政府将", "以", "将在")

#: A kind of zone that heads the list after it with 有 (其中现代服务业重点园区有A、B、C等;高新技术产业园区有D、E等):
#: every item is a park of that kind, whatever its own ending (海口江东新区, 三亚中央商务区, 文昌国际航天城;
#: tests/data/real/mixed8 hainan_yuanqu_2020, the 海南自贸港 重点园区). The same kinds are what a place counts before
#: its list (黔东南州境内已有4个省级经济开发区,他们分别是…) and a count heads (1个市级工业园区:A) in kg.extract.parks.
PARK_KIND_HEADS = ("园区", "开发区", "产业园", "高新区", "经开区", "功能区", "集聚区", "集中区")
#: Verbs that designate the parks a kind heads with 为, 是 or a colon: 认定的化工园区为A、B;认定的化工集中区为C、D
#: (tests/data/real/mixed11 ningxia_huagongyuanqu_2021), 认定专业化工园区:A(…)、B (mixed11 hebei_huagongyuanqu_undated):
#: every item is a park of that kind, whatever it ends with (…能源化工基地, …花马池区块).
PARK_DESIGNATION_VERBS = ("认定", "确认", "公布", "命名")
#: A place that counts the parks it holds before listing them hosts each (另悉,此前,黔东南州境内已有4个省级经济开发区,
#: 他们分别是A、B、C、D; tests/data/real/mixed15 guizhou_qiandongnan_zhenyuan_kaifaqu_2012): where the parks lie
#: (境内) and the verb that holds them (已有), each optional before the count.
PARK_PLACE_WITHIN = ("境内", "辖区内", "范围内", "全境", "域内")
PARK_PLACE_HOLDS = ("已拥有", "共拥有", "已有", "共有", "现有", "拥有", "建有", "设有", "有")

#: What a park's industries follow in a sentence or clause the park opens (…重点发展A、B等, …着力打造A和B); a bare
#: 主导产业 as a catalogue row writes it, before a list (成都—阿坝工业园区核准面积998.64公顷,主导产业节能环保、食品、医药;
#: tests/data/real/mixed15 sichuan_aba_kaifaqu_mulu_2018).
PARK_INDUSTRY_HEADS = ("重点发展", "着力打造", "主导产业为", "主导产业是", "主要发展", r"主导产业(?:[:：]|(?=[^，,。；;]{2,40}、))",
                       # 阿瓦提工业园区…围绕纺织服装、绿色果蔬、棉纺产业发展 (tests/data/real/mixed3 xinjiang_zizhiqu_xinzengyuanqu_
                       # 2025); only before a list, and up to what is done about it (PARK_INDUSTRY_LIST_ENDS)
                       r"围绕(?=[^，,。；;]{2,40}、)")
#: Words that take up the park the sentence before named, as the subject of the next (一、同意设立四川邛崃经济开发区。开发区以
#: 食品饮料、医药为主导产业: tests/data/real/parks3 sichuan_sheng_kaifaqu_pifu_2019; 目前该园区已形成以…为主导产业: mixed15
#: yunnan_kunming_jinning_gaoxinqu_2016).
PARK_ANAPHORS = ("该开发区", "该园区", "该区", "开发区", "园区", "高新区", "经开区")
#: What ends a list after 围绕: the list's 等 and what is done (…电子产品等产业全面招商, …特色农产品精深加工加快产业聚集,
#: …棉纺产业发展; tests/data/real/mixed3 xinjiang_zizhiqu_xinzengyuanqu_2025, mixed15 guizhou_qianxinan_dingxiao).
PARK_INDUSTRY_LIST_ENDS = ("等", "加快", "全面", "发展", "招商", "集聚", "聚集", "布局")

#: Verbs of a responsibility cell that make the units before them leads, besides
#: LEAD_VERB_WORDS: 由区发改局负责, 市经信局主责.
RESPONSIBLE_VERB_WORDS = ("负责", "主责", "主办", "承办")


# --- Amounts of money (projects' investments; the modifiers of list items) ---------------

#: An amount of money as written: 153亿元, 300余亿元 (tests/data/real/mixed10 xizang_lasa_projects_2013), 近8580万元,
#: 10亿元以上 (tests/data/real/mixed16 tianjin_binhai_kaigong_2023), 约2000万元; the one spelling of it that every
#: extractor reads.
MONEY = r"(?:约|达|超过|超|近|逾)?[0-9０-９.]+[余多]?[亿万千百]*元(?:以上|左右)?"
#: An investment: 总投资153亿元 (realdev2 fujian_projects_2017), 计划总投资, 估算总投资, 投资额, 投资.
INVESTMENT = rf"(?:计划|估算)?总?投资额?{MONEY}"
#: The characters an INVESTMENT match may start with (for :func:`finditer_from`): 计划, 估算, 总投资, 投资.
INVESTMENT_STARTS = "计估总投"


# --- Names of parks and projects in running text (kg.extract.names) ----------------

#: The provinces' short names (河南, 内蒙古): a province opens a park's name, never stands inside one, so it
#: starts a new name in a list run together (…化工产业集中区甘肃高台工业园…, tests/data/real/mixed9 gansu_zhangye_yuanqu_2023).
PROVINCE_SHORT_NAMES: tuple[str, ...] = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
    "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
)
#: Endings of park and zone names, longest first when compiled. (公园, 校园, 幼儿园 are not parks.)
PARK_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "高新技术产业园区", "经济开发区", "产业转移工业园", "高新区", "经开区",
    # the whole ending, not its 工业园 (同意认定广东平远县产业转移工业园区为…, tests/data/real/mixed18
    # guangdong_meizhou_pingyuan_gaoxinqu_pifu_2020)
    "产业转移工业园区",
    "开发区", "工业园区", "产业园区", "科技园区", "物流园区", "工业园", "产业园", "科技园", "创业园", "孵化园",
    "物流园", "创新园", "科创园", "旅游园区", "生态园区", "经济区", "科技新城", "工业集中区", "产业集中区", "化工集中区", "集中区", "产业集聚区", "集聚区", "综合保税区", "保税区",
    "加工区", "化工园区", "化工园", "化学工业园", "化学工业区", "化工产业区", "开发试验区",
    # kinds of zone in the national catalogue (中国开发区审核公告目录): 绥芬河边境经济合作区, 中俄东宁—波尔塔夫卡互市贸易区
    "边境经济合作区", "经济合作区", "互市贸易区",
    # 成都青羊工业集中发展区, 成都龙潭都市工业集中发展区 (tests/data/real/mixed8 chengdu_kaifaqu_2019)
    "工业集中发展区", "集中发展区",
    # 阿克苏纺织工业城 (tests/data/real/mixed14 xinjiang_fangzhi_jijuqu_undated), 江西新干盐化工业城; 陇南东盛国际商贸
    # 物流港, 甘肃巨龙农业物流港 (mixed14 gansu_daibiaoxing_yuanqu_2022)
    "工业城", "物流港",
    # 卫辉市铁西化工专业园区, 新乡楼村精细化工新材料专业园区 (tests/data/real/mixed19 henan_sheng_huagongyuanqu_dierpi_2024);
    # 跨境经济合作区, a catalogue kind as 边境经济合作区 is (中国东兴—越南芒街跨境经济合作区)
    "专业园区", "跨境经济合作区",
    # 佛山三水大塘精细化工专区 (tests/data/real/parks3 guangdong_sheng_huagongyuanqu_2025)
    "化工专区",
    # 三原县正大现代农业园区, 兴平市星光现代农业园区 (tests/data/real/mixed24 shaanxi_xianyang_nongyeyuanqu_2012)
    "农业园区",
    # a zone set up for a circular economy, its parks inside it (柴达木循环经济试验区大柴旦工业园 in the national catalogue):
    # 柴达木循环经济试验区是国家首批13个循环经济产业试点园区之一 (tests/data/real/mixed28 qinghai_chaidamu_kaifugong_2022),
    # 柴达木循环经济试验区、西宁经济技术开发区先后被六部委确定为… (qinghai.chinagdp.org zsyz/201508/153)
    "循环经济试验区",
)
#: Park endings that an industry's word before them makes a kind of park (化工专业园区, 冶金专业园区: a kind each) unless
#: a place opens the name (卫辉市铁西化工专业园区, 新乡楼村精细化工新材料专业园区; tests/data/real/mixed19
#: henan_sheng_huagongyuanqu_dierpi_2024; 佛山三水大塘精细化工专区, parks3 guangdong_sheng_huagongyuanqu_2025).
PARK_SUFFIXES_NEEDING_PLACE = ("专业园区", "化工专区")
#: Words a park or project name cannot hold: reading leftwards from the name's ending, the
#: name starts after the last of them (以A园和B园为中心, 建有孵化产业园, 三大省级园区).
NAME_LEFT_STOPS = (
    "以", "和", "与", "在", "建有", "建成", "建设", "打造", "入驻", "依托", "为", "即", "的", "将", "把", "对",
    "其中", "包括", "分别为", "分别是", "形成", "共有", "已有", "拥有", "设有", "成立", "获批", "批复", "同意",
    "纳入", "加快", "推进", "全力", "着力", "重点", "启动", "引进", "落户", "位于", "坐落在", "至此", "其他",
    "等", "了", "我市", "我县", "我区", "全市", "全县", "全区", "该县", "该市", "该区", "实施", "开工", "竣工",
    "投产", "签约", "完成", "开展", "支持", "基础上", "主导", "一是", "二是", "三是", "四是", "五是", "还",
    "还有", "由", "向", "从", "注重", "围绕", "聚焦", "推动", "积极", "大力", "进入", "晋级", "跻身", "属于", "隶属", "根据",
    "确立", "对", "获奖", "唯一", "同类", "近年来", "们", "已", "争创", "创建", "申报", "获评", "被评为",
    # 认定宁夏贺兰工业园区为…, 授予郑州高新技术产业集聚区…, 安排北京大兴国际机场综合保税区(一期) (tests/data/real/parks4)
    "认定", "授予", "安排", "宣布",
    # a meeting or a document about the works, before their name: 组织召开龙游县佛乡水库工程初步设计报告审查会 (longyou.gov.cn
    # 2024-05-14), 抓紧编制项目初步设计 (xitieba.net 4883524)
    "召开", "编制",
    # a list right after the verb, no comma: 省政府确定枣庄市峄城化工产业园、…等10个化工园区 (tests/data/real/parks3
    # shandong_sheng_huagongyuanqu_disipi_2019)
    "确定",
    "设立", "关于", "印发", "转发", "任", "免去其", "选择", "鼓励", "整合", "提升", "强化", "发挥", "协同",
    "筹建", "争取", "建立", "列入", "提高", "恭喜", "要", "我省", "部分", "这些", "创办", "促进", "补办", "整顿", "清理", "申请", "审批", "定名为", "更名为", "命名为", "撤销", "合并",
    "标志着",  # 标志着宝湖湿地生态综合整治项目正式开工建设 (tests/data/real/mixed9 ningxia_yinchuan_projects_2015)
    "了集", "是集", "成为集",  # 创建了集A、B和C为特色的“一区五园”: 集…为 gathers, it names nothing
    # 三原…开发区西邻泾渭工业园,东接高陵工业园 (tests/data/real/mixed7 shaanxi_xianyang_sanyuan_gaoxinqu): where a zone lies
    "东邻", "西邻", "南邻", "北邻", "东接", "西接", "南接", "北接", "毗邻",
    # 武清区副区长带领中华自行车王国产业园、…四个示范工业园区负责同志 (tests/data/real/mixed23
    # tianjin_wuqing_shifangongyeyuanqu_2025): who leads the people of the parks named after
    "带领", "率领",
    "举行",  # 我市分别举行A项目、B项目开工仪式 (tests/data/real/mixed7 heilongjiang_jiamusi_jizhongkaigong_2022)
    # 望你市引导开发区着眼自主创新 (tests/data/real/mixed13 jiangsu_jiangyin_gaoxinqu_gengming_2010): what a reply asks of a city
    "你市", "你县", "你区", "引导",
    # 力争兰州水源地建设工程、兰渝铁路…建成 (tests/data/real/mixed14 gansu_projects_2017); 棉纺织产业:仅限阿克苏纺织工业城、
    # 库尔勒经济开发区 (mixed14 xinjiang_fangzhi_jijuqu_undated)
    "力争", "仅限",
    # 以石化和化工为主导的产业园或集中区两类: 或 offers kinds, it names no park (tests/data/real/mixed17
    # neimenggu_zizhiqu_huagongyuanqu_undated)
    "或",
    # 本规划所指开发区 (tests/data/real/mixed20 neimenggu_sheng_kaifaqu_guihua_2017): what a text means by a kind
    "所指",
    # 集中力量做大做强南宁空港扶绥经济区 (tests/data/real/mixed10 guangxi_fusui_yuanqu_2020), 海南省保留洋浦经济开发区
    # (mixed10 hainan_kaifaqu_2007): what a government does to a park; 《规划》所称产业园区 (mixed10 yunnan_yuanqu_guihua_2022)
    # defines a kind; 六县区均有工业园区 (mixed9 gansu_zhangye_yuanqu_2023) counts one
    "做大做强", "做强", "做大", "做优", "壮大", "保留", "所称", "均有",
    "通过",  # 拟复核通过金塔工业集中区… (tests/data/real/mixed4 jiangxi_gansu_huagongyuanqu_undated)
    # 一、按照开发区命名和类型规范标准, …抓紧编制并按规定程序报审延安姚店工业园区总体规划 (tests/data/real/mixed24
    # shaanxi_yanan_yaodian_gongyeyuanqu_han_2008): a preposition, what is done to a park's plan
    "按照", "报审",
    # a link before a list's first item, no comma: 第1批纳入大整合的,是绥安工业园、黄仓工业园; 仅有合肥经济技术开发区…特色
    # 产业园、…等7家特色产业园获批 (tests/data/constructions/parks.tsv)
    "是", "仅有", "只有",
    # 规上企业位居玉林市各县市区产业园第一 (tests/data/real/parks4 guangxi_yulin_beiliu_jingkaiqu_2025): where a figure ranks
    "位居",
)
#: How a party committee's name opens: a park name opening so is the committee's body, a unit (中共嘉兴市委现代服务业集聚区
#: 工作委员会, tests/data/real/personnel3 zhejiang_jiaxing_jingkaiqu_renmian_2017); the zone's own 工作委员会 written
#: bare (三原县工业园区工作委员会成立, mixed7) is news of the park.
PARK_UNIT_OPENINGS = ("中共", "中国共产党")
#: What a park's name is followed by when the name is part of a unit (滁州经开区管委会), of a
#: project (西南农产品物流园项目, 榕威纺织科技园总投资…) or of a caption (…一览表): a mention, not a
#: park the text lists.
PARK_NOT_A_PARK_AFTER = (
    "管委会", "管理委员会", "党工委", "工委", "管理局", "管理办公室", "办公室", "办事处", "项目", "工程", "总投资",
    "一期", "二期", "三期", "公司", "牵头", "负责", "管理机构",
    "管理体制", "体制机制",  # 着力创新开发区管理体制机制: a topic, not a park
    "人民法院", "人民检察院", "法院", "检察院",  # 海南省洋浦经济开发区人民法院院长 (tests/data/real/mixed3 hainan_sheng_renda)
    "一览表", "名单", "名录", "目录", "汇总表", "统计表", "情况表",  # a table's caption: 合肥市特色产业园区一览表
)
#: What may follow the last item of a park list: its tail (等N个化工园区, 等一批特色产业园区),
#: an item's industry (…经开区的电缆), a verb (…为中心), a coordinated item (和, 及, 与).
PARK_ITEM_FOLLOWERS = ("等", "的", "为", "和", "与", "作为", "共", "（", "(", "。")
#: A project named by what happens to it, on a line of its own (a news page's timeline:
#: 北京忠和酒业二期(扩能)项目开工, G346国道军店至窑淮一级路开工; realdev2 fangxian_projects_2021).
#: The events that start a project (重庆站铁路综合交通枢纽工程开工建设, 而新甘泉路东延项目开工); PROJECT_EVENT_WORDS all events.
PROJECT_START_WORDS = ("开工建设", "开工", "动工", "开建")
#: What a sentence or clause opened by a project's name goes on to say of it, the name being its subject: 庆阳民俗文化产业园
#: 项目重点建设…, 庆阳市新城区雨洪集蓄保塬生态项目总占地1046亩 (tests/data/real/parks3 gansu_qingyang_jizhongkaigong_2013),
#: 文昌市高标准农田建设项目主要位于…;教育“改薄”工程项目主要涉及… (mixed14 hainan_wenchang_lingshui_projects_2018).
PROJECT_SUBJECT_PREDICATES = ("重点建设", "主要建设", "建设内容", "总占地", "占地面积", "用地面积", "主要包括", "概算总投资",
                              "计划总投资", "总投资", "拟建", "主要位于", "位于", "主要涉及", "预计", "计划于")
PROJECT_EVENT_WORDS = ("开工建设", "开工", "动工", "竣工", "投产", "开业", "通车")
#: Events that start or end a batch of projects named before them (…等项目陆续开工, 等一批…产业项目启动建设, 等2个项目签约
#: 落地, 等81个项目开竣工; tests/data/real/mixed8 hainan_projects_2019, guangxi_projects_2022): the list is its projects.
#: (…等一批百億級項目落地開工 is 开工 after the manner word 落地: kg.extract.projects._EVENT_AFTER_RE.)
PROJECT_BATCH_EVENTS = ("启动建设", "签约落地", "开竣工", "集中开工")
#: How the projects of a list closed by 等…项目 stand, said right after the list, which is then their subject: 企业投资的
#: 拉萨国际总部城、拉萨之窗、君泰大厦等项目进展顺利; 冈仁国际等3个新建项目正在开展前期工作 (tests/data/real/mixed10
#: xizang_lasa_projects_2013).
#: What they cost says so too: 天津临港综合保税区…一期工程、滨海高新区…配套设施等项目的总投资均达10亿元以上
#: (tests/data/real/mixed16 tianjin_binhai_kaigong_2023).
#: A stage of the tender passed: 吴忠市第一再生水厂、吴忠市东片区基础设施建设等项目完成施工招标 (tests/data/real/mixed22
#: ningxia_wuzhong_jizhongkaigong_2022).
PROJECT_STATE_WORDS = ("进展顺利", "顺利推进", "正在开展前期工作", "开展前期工作", "已开工", "已竣工", "已投产", "已建成",
                       "的总投资", "总投资", "计划总投资", "完成施工招标", "完成招标",
                       # what they have cost so far: 中涵名都城、龙凤亁城、…等项目完成投资2.55亿元 (mswk.cn ArticleID=156831)
                       "完成投资", "累计完成投资",
                       # the pace of their works: 长乐山力…项目、福清核电3号~6号机组等项目提速 (tests/data/real/mixed26
                       # fujian_fuzhou_gongyexiangmu_2017)
                       "提速",
                       # the works going on, or a stage reached (A、B等重点工程加快建设; A、B等项目建设抓紧推进; A、B等一批重大项目如期
                       # 投产; A、B等重大项目前期工作加快推进; A、B等重大项目取得进展: tests/data/constructions/projects.tsv)
                       "加快建设", "加快推进", "抓紧建设", "建设抓紧推进", "建设加快推进", "前期工作加快推进", "如期投产",
                       "建成投产", "取得进展", "推进顺利",
                       # their start at hand, or their preparation under way: 厦门大学附属中山医院门急诊综合大楼、…等项目开工在即
                       # (xm.fjsen.com 2016-12/23); 京藏高速公路那曲至拉薩段、…等重大項目前期工作正在籌備中 (tests/data/real/
                       # mixed27 xizang_zhongdianxiangmu_2015); 抽水蓄能电站、轨道6号线一期工程等一批重大基础设施项目都在积极推进中
                       "开工在即", "前期工作正在", "都在积极推进", "正在积极推进",
                       # their works going on: 人民大學附屬中學昌平學校二期、北京未來城學校建設工程、…等項目均在續建中 (tests/data/
                       # real/mixed30 beijing_changping_zhongdaxiangmu_2022)
                       "均在续建", "正在续建")
#: What a progress report says a project has reached, in the clause its name opens (see
#: kg.extract.projects._progress_clauses): 其中:绿园区高速动车组产品四五级检测维修项目已正常进行…;长春新区易华录…项目正在做降水
#: (tests/data/real/mixed28 jilin_changchun_shangwu_genzongxiangmu_2018), 移动数据中心二期、联通数据中心三期项目机房已封顶
#: (mixed28 ningxia_zhongwei_zhongdianxiangmu_tongbao_2023), 达利短保食品生产项目正在进行设备安装 (mswk.cn 156831).
PROJECT_PROGRESS_WORDS = ("已", "正在", "正进行", "完成", "完工", "封顶", "封闭", "投产", "投运", "开工", "建成", "上线", "施工",
                          "装修", "安装")
#: Heads of a run of progress clauses, each opening with its project's name, apart by ；.
PROJECT_PROGRESS_HEADS = ("其中",)
#: A project's stage printed in the last cell of a list's row: 1 上海光源二期 在建 / 15 民用飞机航电系统集成平台 新开工
#: (tests/data/real/mixed16 shanghai_shi_zhongdaxiangmu_2021); a row that ends in one is a project's.
PROJECT_ROW_STAGES = ("在建", "续建", "建成", "新开工", "计划新开工", "开工", "竣工", "投产", "前期", "储备", "预备")
#: How a paragraph that opens with a project's name goes on about it, the name being its subject (a photo's caption):
#: 南平泰盛纸业项目,项目终端产品为… / 宁德寿宁三祥锆基非晶合金项目,将进一步打通… (tests/data/real/mixed16
#: fujian_sheng_jizhongkaigong_2020).
PROJECT_CAPTION_FOLLOWERS = ("该项目", "项目", "将", "建成", "总投资", "计划总投资", "主要建设", "建设内容", "占地")
#: Words of a 等…项目 tail that rank or stage the projects; such a tail that ends its clause names the items projects
#: whatever verb stands before them: 将推进文昌航天发射场、昌江核电、…、30万箱红塔卷烟等续建项目。 (tests/data/real/mixed12
#: hainan_zhongdianxiangmu_2011); not 推进A、B等重大项目建设, the work on them, nor 加快七里海、大黄堡、…和生态移民等重点工程。
#: (kinds of works; mixed13 tianjin_renwufengong_2022): a tail of 项目 only.
PROJECT_RANK_WORDS = ("重点", "重大", "续建", "新建", "新开工", "在建")
#: Words that say the items of a list before them are projects of a kind (the list its subject): 总投资15亿元的三盛置地广场、
#: 总投资6亿元的文昌乐都汇购物中心都是大型城市综合体项目 (tests/data/real/mixed12 jiangsu_yangzhou_jizhongkaigong_undated).
PROJECT_LIST_COPULAS = ("都是", "均是", "均为", "均属于", "均属")
#: Copulas that make a sentence's subject one of the projects its predicate names: 北京市高级别自动驾驶示范区3.0是北京经开区
#: 重点投资的项目之一 (tests/data/real/mixed18 beijing_jingkaiqu_xiangmu_2023).
PROJECT_MEMBER_COPULAS = ("是", "为", "成为", "已成为", "被列为", "列为")
#: Verbs (one character each) before a count of projects: what stands before them is who has the projects, not a list of
#: them (此次开发区、大桥镇共有5个重大项目参加集中开工; tests/data/real/mixed16 jiangsu_yangzhou_jiangdu_jizhongkaigong_undated).
PROJECT_COUNT_VERBS = "有达计共占含"
#: Words that make such a line an event of many projects, not one project's name.
PROJECT_EVENT_NOT_NAME = ("宣布", "仪式", "活动", "集中", "一批", "全县", "全市", "全区", "全省", "重大项目", "重点项目",
                          "项目集中", "举行", "启动")
#: A project named as the venue of a ceremony: 开工仪式主现场设立在西南农产品物流园项目 (realdev2 fangxian_projects_2021).
PROJECT_VENUE_WORDS = ("主会场", "主现场", "分会场", "分现场")
#: A ceremony named for one project after 暨: 集中开工暨祁县红星白酒产业园项目开工仪式 (tests/data/real/parks3, mixed3).
PROJECT_CEREMONY_WORDS = ("开工仪式", "启动仪式", "奠基仪式", "竣工仪式", "投产仪式", "签约仪式", "开工活动")
#: Ceremonies of a project's works, after which 暨X names a project whatever its name ends with: 集中开工动员会暨伊利现代智慧
#: 健康谷国家乳业技术创新中心开工仪式 (tests/data/real/mixed17 neimenggu_huhehaote_huimin_kaigong_2021).
PROJECT_WORKS_CEREMONIES = ("开工仪式", "奠基仪式", "竣工仪式", "投产仪式")
#: Words that report what follows their comma, which then opens a clause: 格尔木市发改委副主任申杰山介绍,南山口240万千瓦抽水
#: 蓄能电站项目总投资171亿元 (tests/data/real/mixed17 qinghai_geermu_kaifugong_2023).
PROJECT_REPORT_WORDS = ("介绍", "表示", "据悉", "据了解", "获悉")
#: Time words that open a clause, never a project's name: 记者获悉,今年北京经开区预计项目总投资超1000亿元 (tests/data/real/
#: mixed18 beijing_jingkaiqu_xiangmu_2023).
PROJECT_TIME_OPENERS = ("今年", "去年", "明年", "目前", "当前", "近年来", "此次", "本次",
                        # 以新一年产业项目的早启动、快建设 (tests/data/real/mixed7 heilongjiang_jiamusi_jizhongkaigong_2022)
                        "新一年", "新的一年")
#: The site of a project where an event is held or a venue set: X项目施工现场, X项目建设现场, X项目现场.
PROJECT_SITE_WORDS = ("施工现场", "建设现场", "开工现场", "现场",
                      "区")  # …仪式在磴口县工业园区和瑞包装智能低碳环保建设项目区举行 (tests/data/real/mixed11 dengkou_kaigong_2023)
#: What a works' own name ends with, where the name of a kind of works ends with an act (更新, 改造, 处理): …蓋板玻璃
#: 生產線, 軌道交通資陽線, …數據中心 (tests/data/real/mixed19 sichuan_sheng_jizhongkaigong_2020); see
#: kg.extract.projects._named_kinds_list.
PROJECT_FACILITY_ENDS = ("生产线", "线", "基地", "中心", "校区", "段", "园", "厂", "站", "港", "馆", "大桥", "水库",
                         "枢纽", "电站", "医院", "学校", "广场")
#: An inspection that names the projects it visits before 等项目: 实地踏察了A、B、C等项目建设现场
#: (tests/data/real/mixed3 jilin_yanbian_jizhongkaigong_2025).
PROJECT_VISIT_WORDS = ("踏察了", "察看了", "查看了", "考察了", "视察了", "调研了", "观摩了", "参观了", "走访了", "督导了",
                       "检查了",
                       "督查了")  # 督查了A、B…等项目 (tests/data/real/mixed20 gansu_dingxi_longxi_kaifugong_2020)
#: Words that qualify the projects a list closes with 等…项目: 等典型示范项目 (tests/data/real/mixed6 fujian_sheng_
#: jizhongkaigong_2020), 等重点项目; not 等产业投资项目 or 等公用工程, which name what the items are for.
PROJECT_BATCH_WORDS = ("重点", "重大", "产业", "建设", "典型", "示范", "代表性", "民生", "社会", "基础设施", "工业",
                       "续建", "新建", "新开工", "大",
                       # 等引领性重大项目 (tests/data/real/mixed25 jilin_changchun_qikaiqu_xiangmu_2023)
                       "引领性", "标志性",
                       # the level of the list the projects are on: 等縣級重點項目 (tests/data/constructions/projects.tsv)
                       "省级", "市级", "县级", "区级")
#: Words after a project's name that say what it is: 投资30亿元的南京机器人产业园项目落户江宁高新区 (tests/data/real/
#: mixed6 jiangsu_nanjing_jiangning_qianyue_2021), …科技产业园项目投资规模达100亿元 (mixed5 anhui_sheng_yangqi_hezuo).
PROJECT_NAME_FOLLOWERS = ("落户", "签约落地", "成功签约", "正式签约", "投资规模达", "投资达", "总投资达", "总投资约", "计划总投资",
                          # the estimate of its cost: 冀新公園及冀午渠濱水公園建設(shè)工程項目概算投資 (tests/data/real/
                          # mixed25 hebei_hengshui_jizhou_kaigong_2017)
                          "概算投资",
                          "建设现场", "施工现场",  # 3月18日,中卫市沙坡头旅游新镇项目建设现场,… (mixed3 ningxia_zhongwei)
                          # the project as the subject of its start: 标志着宝湖湿地生态综合整治项目正式开工建设 (mixed9
                          # ningxia_yinchuan_projects_2015), 备受关注的郑开城际铁路延长线项目于当日正式开工 (mixed9
                          # henan_kaifeng_projects_2016), 三江新区安全坝新城综合开发项目是本次集中开工的代表项目 (mixed10
                          # sichuan_guangyuan_projects_2022)
                          "正式开工", "顺利开工", "正式动工", "是本次集中开工", "是此次集中开工", "正式投产",
                          # a working group set up for one project: 成立西部陆海新通道(平陆)运河项目建设工作领导小组 (mixed10
                          # guangxi_pinglu_lingdaoxiaozu_2021)
                          "建设工作领导小组", "建设领导小组", "建设指挥部",
                          # the project as the subject of what it builds or where it lies: 其中,文昌市生活垃圾焚烧发电场扩建(二期)
                          # 工程PPP项目拟建一座…;文昌市人民医院锦山分院综合住院楼项目位于锦山镇… (tests/data/real/mixed14
                          # hainan_wenchang_lingshui_projects_2018)
                          "拟建", "位于", "主要位于", "主要涉及",
                          # the design approved for it: 即精河县下天吉水利枢纽二期工程初步设计、新疆国家林木种植资源保存库分库二期建设
                          # 项目初步设计 (tests/data/real/mixed28 xinjiang_zhongdianxiangmu_kaigong_2019)
                          "初步设计")
#: When, written between a project's name and a follower above: 郑开城际铁路延长线项目于当日正式开工 (mixed9
#: henan_kaifeng_projects_2016).
PROJECT_FOLLOWER_WHEN = ("于当日", "于当天", "于今日", "于今天", "于近日", "于日前", "当日", "当天", "今日", "近日", "日前")
#: Headings over a project a line: 部分重大开工项目一览 / 电科云(桂林)国际大数据发展中心 / … (mixed6 guangxi_zizhiqu_kaijungong_2021).
PROJECT_LINE_HEADINGS = ("项目一览", "项目一览表", "项目清单", "项目名单", "项目如下")
#: A zone written before a project's name as its place: 楚雄高新区海棠湖文旅小镇项目 → 海棠湖文旅小镇项目;
#: 格尔木工业园宏储源100MW/200MWh光伏储能、… (tests/data/real/parks4 qinghai_haixi), 天祝金强工业集中区石门产业园
#: 孵化基地建设项目 (mixed4 gansu_wuwei_tianzhu).
#: What a list closed by 等 names when it is not projects: 涵盖了电网建设、先进制造业、…和社会事业民生保障等领域
#: (tests/data/real/mixed14 shaanxi_xian_projects_2021, after 参加本次集中开工的项目有100个).
PROJECT_NOT_ITEMS_TAILS = ("领域", "行业", "方面", "板块")
#: Heads that open a sentence listing the projects the sentence before counts, up to the list's 等: 包括…等。; 电网建设
#: 项目29个,…。主要有110千伏阎航、…雁翔输变电工程等; (tests/data/real/mixed14 shaanxi_xian_projects_2021).
PROJECT_SENTENCE_LIST_HEADS = ("包括", "主要有", "主要包括")
#: Verbs after 项目 that list what a batch takes in, read as projects only when places open the items (see
#: kg.extract.projects._PLACED_LIST_RE): 此次开工项目涉及海东市河湟新区绿城房产开发,以及乐都区… (tests/data/real/mixed25
#: qinghai_haidong_jizhongkaigong_2020).
PROJECT_PLACED_LIST_HEADS = ("涉及", "主要涉及", "涵盖")
#: Endings that the items of a list before them share, the list being one project: 110千伏阎航、万寿、海池、…、雁翔
#: 输变电工程 (tests/data/real/mixed14 shaanxi_xian_projects_2021).
PROJECT_SHARED_ENDINGS = ("输变电工程", "变电站工程")
#: Kinds of project by their stage, never one project's name: 重大项目包括年度建设项目和前期规划研究项目
#: (tests/data/real/mixed13 chongqing_zhongxian_projects_2019).
PROJECT_STAGE_KINDS = ("年度建设项目", "前期规划研究项目", "前期工作项目", "续建项目", "新开工项目", "新建项目", "储备项目",
                       "预备项目")
#: What the rest of such a name opens with when the works are the zone's own, and the zone stays in the name:
#: 忠县工业园区二期基础设施建设项目 (tests/data/real/mixed13 chongqing_zhongxian_projects_2019).
PROJECT_ZONE_OWN_WORKS = ("一期", "二期", "三期", "四期", "基础设施", "基础配套", "配套设施")
#: Parts of a zone written after it, which keep the zone in a project's name as their place: 兰州高新区定连园区恒大新能源
#: 动力电池项目 (tests/data/real/mixed14 gansu_projects_2021), 滨海高新区海洋科技园保障性租赁住房及配套设施 (mixed16
#: tianjin_binhai_kaigong_2023); not 产业园, often the project itself (天祝金强工业集中区石门产业园孵化基地建设项目 →
#: 石门产业园孵化基地建设项目, mixed4 gansu_wuwei_tianzhu_jizhongkaigong_2023).
PROJECT_SUB_ZONES = ("园区", "科技园")
#: Words of an enterprise's name: a bracketed part of a zone (南区) before one is the place of the enterprise's project with the
#: zone, no part of its name: 在正定高新区(南区)河北新之春科技发展有限公司动物射频识别标识制作项目施工现场举行 (tests/data/real/
#: mixed21 hebei_shijiazhuang_zhengding_kaigong_2019); the zone's own works keep it (晋江经济开发区(安东园)标准化提升一期, mixed16).
PROJECT_ENTERPRISE_WORDS = ("公司", "集团")
PROJECT_PLACE_ZONES = ("经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "工业园区", "工业园",
                       "工业集中区",
                       # 漳州台商投资区圣莉雅年产4000万卷PVC环保壁纸生产线迁建项目 (tests/data/real/mixed10 fujian_projects_2018,
                       # mixed6 fujian_sheng_jizhongkaigong_2020); not 新区: realdev2's gold keeps 湘江新区中联先进制造基地项目 whole
                       "台商投资区",
                       # 主会场设在滨海新区天津港保税区空港经济区科大讯飞智汇谷项目现场 (tests/data/real/mixed18
                       # tianjin_shi_jizhongkaigong_2021)
                       "保税区")
#: Zones that are a project's place only run on after another zone (…天津港保税区空港经济区科大讯飞智汇谷项目, mixed18
#: tianjin_shi_jizhongkaigong_2021); first, they may be the project's own (北京大兴国际机场临空经济区发展服务中心, parks4
#: beijing_shi_jizhongkaigong_2020).
PROJECT_CHAINED_PLACE_ZONES = (*PROJECT_PLACE_ZONES, "经济区")
#: Zones a park extractor reads where they open a project's name (the project keeps them in its name): those above, and
#: a county's 产业集聚区 (翼城產業集聚區精品鋼基地項目, 浮山產業集聚區臨汾染化集團遷建項目: tests/data/real/mixed30
#: shanxi_linfen_kaifaqu_qianyue_2022).
PARK_OPENING_ZONES = (*PROJECT_PLACE_ZONES, "产业集聚区")
#: Verbs that open a list of projects, cut from its first item (with a 的 after them): 安排A、B等4个…重大项目,
#: 开工A、B等16个项目, 启动建设A项目、B项目…等开工建设, 集中开工的A、B、C等20个重点项目, 跟进A、B等项目,
#: 禄丰市宣布A项目 (tests/data/real/parks4 beijing, chongqing, tianjin, qinghai_haidong; mixed4; parks3 yunnan).
PROJECT_LIST_VERBS = ("安排", "开工", "竣工", "投产", "开复工", "启动建设", "宣布", "跟进", "引进建设了", "建设了",
                      "签约", "签订", "新开工", "再开工", "集中开工", "开工建设", "实施",
                      "力争",  # 力争兰州水源地建设工程、兰渝铁路…建成 (tests/data/real/mixed14 gansu_projects_2017)
                      # 今年將建成A、B…等項目, 将建成通车A(交投段)、B等11个项目, 中国能建与…签署A、B、C三个…项目投资协议
                      # (tests/data/constructions/projects.tsv)
                      "将建成", "将建成通车", "签署",
                      # 新开工建设深圳机场卫星厅项目、…等82个项目 (tests/data/real/mixed29 guangdong_sheng_zhongdianxiangmu_2019;
                      # 新開工建設雙龍鐵路龍巖至武平段、… in tests/data/constructions/projects.tsv: not 新开工 and a name 建设…),
                      # 開建國家電投科研創新基地、…等9個項目 (mixed30 beijing_changping_zhongdaxiangmu_2022)
                      "新开工建设", "开建")  # not 建成 alone: 督查了莫建成艺术馆 (a name holds it)
#: Verbs of a plan's or a report's work on projects it names, before a list closed by 等项目建设 (no count, no rank): 重点
#: 抓好国家存储器基地、国家航天产业基地、天马第6代低温多晶硅生产线、通用汽车二期及发动机等项目建设 (tests/data/real/mixed30
#: hubei_sheng_zerenfenjie_2017), 扎实推动中国生物医美和血制项目、批签发中心、…、思创机电等项目建设 (mixed30
#: gansu_lanzhou_gaoxinqu_zhaoshang_2024), 加快吉山甲大道、洛溪大道、标准化厂房二期…等项目建设 (http://cfmif.com/n17558c42.aspx).
#: The items are projects when three or more and one is named as a works is (推动数字化车间、智能工厂等项目建设: two kinds;
#: 推进A、B等重大项目建设 stays a task's object, as the seeds' gold reads it).
PROJECT_WORK_VERBS = ("抓好", "推动", "加快")
#: Kinds of the parts of a site that close a list item with 等, a kind and no name: 销售展示信息服务与配件供应中心等功能区
#: (tests/data/real/mixed4 liaoning_shenyang_liaozhong_jizhongkaigong_2020).
PROJECT_PART_KINDS = ("功能区", "片区", "板块", "区域")
#: Words that single one project out of those a sentence speaks of, the subject of the clause after it: …,特别是洞庭能源谷碳基材料
#: 产业园项目,借力中南大学… (tests/data/real/mixed22 hunan_yueyang_jingkaiqu_kaigong_2023).
PROJECT_SINGLING_WORDS = ("特别是", "尤其是")
#: Kinds of investor a count of projects may name (等23个央企项目): after items no longer than an investor's short name
#: (中远、中集、中外运、中石油、中化), the items are the investors, no projects (tests/data/real/mixed32
#: jiangsu_taicang_gangqu_xiangmu_kaigong_undated); long items stay projects (世界500強企業投資項目24個,包括中國交建西南研發
#: 設計中心、中鐵信托增資…等項目, vrheadsetz.com 2015/0825/4504).
PROJECT_INVESTOR_KINDS = ("央企", "国企", "外资", "外商", "台资", "港资", "侨资", "民企", "民营", "500强")
#: Kinds of works a count or a line names (5个能源项目、43个产业项目; 长三角创新研发总部⏎基地项目 wrapped in a short-lined
#: page): alone before 项目 they are no project's name (tests/data/real/mixed32 sichuan_yijidu_zhongdaxiangmu_2023,
#: jiangsu_suzhou_xiangcheng_zhongdianxiangmu_2023); no gold name anywhere is one of them.
PROJECT_KIND_WORDS = ("基地", "能源", "交通", "水利", "农业", "文旅", "旅游", "环保", "生态", "教育", "医疗", "卫生", "市政",
                      "城建", "电力", "电网", "招商", "签约", "开工", "竣工", "投产", "在建", "储备", "前期", "外资", "央企")
#: The longest investor's short name such a list holds (中外运, 中石油).
PROJECT_INVESTOR_NAME_MAX = 3
#: Verbs no project's name holds, that open the list after them wherever they stand in its clause, the words before them
#: no item: 当省委书记、省人大常委会主任陈豪在长水机场主会场宣布昆明长水国家门户枢纽机场航站区改扩建工程、…等15个项目开工时
#: (tests/data/real/mixed20 yunnan_sheng_wuwang_kaigong_2017).
PROJECT_OPENING_VERBS = ("宣布", "签约", "签订", "签署")
#: Qualifiers that make a park name generic, not a name: 省级园区, 各类园区, 六大产业园区; a goal described
#: (最终建成…的现代化开发区, real/mixed5 neimenggu_eerduosi_dongsheng_kaifaqu_2003).
#: Words after a place that make what follows a kind the place holds, not a park of its own: 武清区示范工业园区承担着…
#: (the district's four 示范工业园区 named the sentence before: tests/data/real/mixed23 tianjin_wuqing_shifangongyeyuanqu_2025),
#: 武清区各类园区. (枣阳市化工园区 is a park: a place and a kind alone.)
COLLECTIVE_AFTER_PLACE = ("示范", "各类", "各")
GENERIC_NAME_STARTS = (
    "省级", "国家级", "市级", "县级", "国家", "各", "该", "本", "全", "这", "此", "相关", "有关", "其", "新建", "现有",
    "现代化",
    "自治区级",  # 自治区级工业集中区 names a rank, as 省级 does (tests/data/real/mixed8 gongcheng_yuanqu_2022)
    # a designation, no name: 天津京滨工业园四个示范工业园区负责同志 (tests/data/real/mixed23 tianjin_wuqing_shifangongyeyuanqu_2025)
    "示范",
    "既有", "县域",  # 三个既有产业园区, 县域工业园 (tests/data/real/mixed7 shaanxi_xianyang_sanyuan_gaoxinqu_undated)
    # a name left out, a placeholder in its stead: 2019年xx经开区、xx高新区…6家工业园区 (tests/data/constructions/parks.tsv)
    "xx", "XX", "××",
)
#: Words after a name that end it: 产业园位于…, 高新区纳入…, 工业集中区基础上.
NAME_RIGHT_STOPS = (
    "位于", "坐落", "纳入", "基础上", "规划", "建设", "为", "是", "和", "及", "与", "等", "内", "管委会", "于",
    "获批", "组建", "成立", "晋级", "进入", "退出", "享受", "依托", "占地", "总投资", "标准厂房", "项目", "已", "目前",
)


# --- Personnel constructions (kg.extract.personnel) ---------------------------------

#: The kinds of personnel event, as written (an Appointment's ``kind``): 选举/当选/补选,
#: 任命, 聘任/续聘, 代理, 免去, 辞去/接受辞职, 罢免, 资格终止.
APPOINTMENT_KINDS = ("election", "appointment", "engagement", "acting", "removal", "resignation", "recall",
                     "termination")


@dataclass(frozen=True)
class PersonnelRow:
    """One way of writing a personnel decision, read by kg.extract.personnel's one engine.

    ``shape`` says where the names and the posts are:

    * ``verb``: a trigger, the names, a link, the posts (任命|A、B|为|X、Y); found anywhere in a clause;
    * ``name``: the names open the clause, then the link, then the posts (A|任|X; A|辞去|X职务);
    * ``posts``: a trigger, the posts, a link, the names (续聘|参事|为|A、B、C);
    * ``list``: a trigger, the posts, a head with a colon, the names as a list (新聘的|15位馆员|是：|A、B…);
    * ``subject``: a clause with no names of its own, whose person is the sentence's subject named
      at its start (于冲因已调任…，请求辞去…职务; 马志强，男，…，去年8月31日被任命为…);
    * ``headed``: a trigger, the link, the posts, a colon, the names as a list
      (任命下列人员|为|市人民法院人民陪审员|：|A、B…);
    * ``own``: a clause about the people just named, opening with its trigger (，免去其…职务;
      ，兼任…; ，并决定其代理市长职务; ，接受其辞去…职务);
    * ``award``: a trigger, the names, their post as a collective noun, a link (为|A、B等15位|新聘馆员|颁发聘书);
      the post's unit is the one an earlier record of the document gives that post;
    * ``titled``: a trigger, the post, the name right after it, then ``gap`` (选举的|山东省人民检察院检察长|陈勇|已经…).

    ``gap`` is a regex allowed between the names and the link (因任职年龄到限, 以58票);
    ``closed`` that the posts close with 职务 (removals); ``long_names`` that a verb bounds
    the names on both sides, so a longer name (巴音朝鲁) may be read; ``skip_posts``: posts
    (by their ending) this row gives no record for. A new way of writing
    a decision is one row here and a test quoting the real sentence (``example``).
    ``post_suffix``: what the posts leave unsaid after them (选举A、B等24位代表出席X人民代表大会:
    the post is X's 代表).
    ``name_note``: a regex each listed name may carry after it, no part of the name (A因工作变动、B因年龄原因请辞…).
    ``named_only``: the act is named, not stated (a decision's title, 《关于A为X的决定》): it gives a record only where
    no statement before in the document gave the same act (a news lead that stated it stays as written).
    ``closes``: for a ``closed`` row, a regex of what closes its posts in place of …职务: 职务相应终止, or
    职务 left unwritten at the clause's end. ``needs``: words a clause must hold for the row to be tried
    (by default its trigger, or its link where the names open the clause).
    """

    shape: str
    trigger: tuple[str, ...]
    link: tuple[str, ...]
    action: str
    kind: str
    example: str
    gap: str = ""
    closed: bool = False
    long_names: bool = False
    skip_posts: tuple[str, ...] = ()
    post_suffix: str = ""
    closes: str = ""
    needs: tuple[str, ...] = ()
    name_note: str = ""
    named_only: bool = False


#: Posts a row gives no record for: a deputy's own 提出辞去…代表职务 is a request another body
#: decides (接受…辞去…代表职务, the decision, is recorded, and so are 补选…为…代表 and 代表资格终止:
#: the conventions of realdev2 and personnel3).
DEPUTY_POSTS = ("代表",)


#: The longest note in brackets a listed name may carry, no part of the name: (女), (回族), or the person's present
#: posts, 刘秀峰(东宁县委书记、县长)为绥芬河站站长, 王殿文(黑河地委常委、副专员、林业管理局局长)为黑河站站长
#: (tests/data/real/mixed25 heilongjiang_sheng_hulinfanghuo_zhanzhang_1960).
NAME_NOTE_MOST = 24
#: Bodies that engage people, named short before the post they engage to: 宁夏政协聘任20位文史专员 (the unit of
#: 庄电一也受聘担任文史专员; tests/data/real/mixed25 ningxia_zhengxie_wenshi_pinren_2016).
ENGAGING_BODY_ENDS = ("政协",)
#: Verbs after a person and a comma that say the person takes up posts (…的朱玉兵,就任X党委常委、管委会副主任).
PERSONNEL_TAKES_UP = ("就任", "出任", "履新")
#: The writer's own body before the people it reports on, no part of their names: 此外,我校司徒尚紀(無黨派)、黃偉宗
#: (無黨派)、王仲興(中共)3人獲聘省政府特聘參事 (a university's news, tests/data/real/mixed24
#: guangdong_sheng_canshi_pinren_undated).
PERSONNEL_OWN_BODIES = ("我校", "我院", "我所", "我会", "我单位")
#: What goes on with a reason (鉴于…, :data:`REASON_OPENERS`) in the clause after it, the reason's subject unsaid: its acts
#: are no records either (鉴于中央决定陈求发担任辽宁省委书记,不再担任辽宁省人民政府省长职务,根据…: tests/data/real/mixed28
#: liaoning_sheng_renda_daishengzhang_2017); any other clause ends it (根据…; 自本决定通过之日起,何金清的…职务相应终止:
#: real/mixed26 fujian_putian_renda_renmian_2025; 鉴于宁波已辞去芜湖市人民政府市长职务,根据…决定:…徐志代理市长职务, bank).
PERSONNEL_REASON_GOES_ON = r"^(?:不再|已经|已|并且|并|也|且|而|又)"
#: Openers of a clause that tells a person's earlier posts, not more posts of the act before it (…就任A、B,此前他是
#: 北京市海淀区市场监督管理局党组书记; tests/data/real/mixed11 tianjin_binhai_kaifaqu_renmian_2019).
PERSONNEL_BACKGROUND_OPENERS = ("此前", "之前", "曾任", "原任", "历任", "他是", "她是", "他此前", "她此前", "他之前", "她之前",
                                "他曾", "她曾")
#: What may stand before a profile line's person: the year of birth (1970年的朱玉兵, 1984年的80后母锡华).
#: …or the decision that tells of the person: 通过梁科因年龄原因,不再担任…职务…的决定 (real/personnel4
#: guangxi_zizhiqu_zhengxie_renshi_2016).
PERSONNEL_SUBJECT_LEAD = r"(?:(?:19|20)\d{2}年(?:出生)?的(?:[0-9]{2}后)?|(?:会议)?(?:审议)?通过了?(?:关于)?)?"
#: What closes posts that end as the consequence of another act: …职务相应终止, …职务相应撤销, …职务自行终止.
POSTS_ENDED = r"(?:的|等)?职务(?:相应|自行|随之|依法)?(?:终止|撤销)"
#: …职务 / …一职, or nothing before the clause's end (不再兼任遵义市委书记).
POST_END_OR_CLAUSE_END = r"(?:等?的?职务|一职)|$"
#: …and a request's own words: 接受了黄建华提出的辞去…代表职务的请求 (real/mixed4 quanguo_renda_gonggao_bamian_2011).
#: The reason given for one name of a list: 卞文甫因工作变动、侯家祥因年龄原因请辞… (a row's ``name_note``).
_REASON_STOPS = "，,；;。：:"  # a reason runs to its clause's end


def _reason(stops: str, most: int) -> str:
    """因 and the reason given, up to ``most`` characters and none of ``stops``."""
    return rf"因[^{stops}]{{1,{most}}}?"


RESIGN_REASON = _reason("、" + _REASON_STOPS, 12)  # one name's reason stops at the next name (、)
RESIGN_GAP = rf"(?:{_reason(_REASON_STOPS, 24)})?(?:同志)?(?:分别)?(?:(?:请求|申请|提出)的?|主动)?"
#: When an act was done, between the person and the verb: 刘晓凯已于25日被任命为….
WHEN_GAP = r"(?:已经|已)?(?:于(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日)?"
VOTES_GAP = (r"(?:同志)?(?:作为(?:正式)?候选人)?"  # 娄杰同志作为正式候选人以高票当选为区人大代表 (real/mixed21 yuhuatai)
             r"(?:以[0-9一二三四五六七八九十百零〇]+票(?:的(?:高票|全票))?|以全票|以高票|全票|高票)?"
             r"(?:同时)?")  # 王晨同時被選為秘書長 (tests/data/constructions/appointments.tsv)

#: Words that join the last two items of a list (A、B和C); the list grammar's row (kg.extract.lists.CONJUNCTIONS),
#: kept here, where the personnel rows can read it too. ACT_CONJUNCTIONS also join two whole acts (…辞去县人大常委会委员
#: 以及曾常辉…等15位同志辞去县人大代表的辞呈).
ACT_CONJUNCTIONS: tuple[str, ...] = ("以及",)
CONJUNCTIONS: tuple[str, ...] = (*ACT_CONJUNCTIONS, "和", "及", "与")
#: What closes the posts of a resignation passed by its letter: …的辞呈, or 以及 before the next resignation.
RESIGNATION_LETTER_END = rf"的辞呈|(?=(?:{alternation(ACT_CONJUNCTIONS)})[^，,；;。]{{2,40}}?辞去)"

#: The constructions of personnel decisions, tried together: the earliest in a clause wins.
PERSONNEL_ROWS: tuple[PersonnelRow, ...] = (
    PersonnelRow("verb", ("任命",), ("为", "任", "担任", "兼任"), "appoint", "appointment",
                 "决定任命李明为市商务局局长", long_names=True),
    PersonnelRow("verb", ("聘任", "聘用", "聘请", "续聘", "新聘", "聘为"), ("为", "任", "担任"), "appoint", "engagement",
                 "新聘王立群等15人为省文史研究馆馆员", long_names=True),
    # 选举李凯当选为包头市九原区监察委员会主任 (tests/data/real/mixed25 neimenggu_baotou_jiuyuan_renda_jiancha_2026):
    # 当选 between the name and 为 is no part of the name
    PersonnelRow("verb", ("补选", "选举", "选出"), ("为",), "appoint", "election",
                 "鄂城区人大常委会补选许中流、阮新安为鄂州市第八届人民代表大会代表", long_names=True, gap="(?:当选)?"),
    PersonnelRow("verb", ("补选", "选举", "选出"), ("出席",), "appoint", "election",
                 "选举王琦、公维雁、朴万振等24位代表出席延边州第十六届人民代表大会", long_names=True,
                 post_suffix="代表"),
    # 决定巴音朝魯為吉林省代理省長 (real/mixed19 jilin_sheng_renda_daishengzhang_2012): 决定 and 为 bound a longer name
    PersonnelRow("verb", ("决定",), ("为", "任"), "appoint", "appointment",
                 "决定王远明为中山市第十四届人民代表大会常务委员会代理主任", long_names=True),
    # a decision voted, told by its content: 表决通过了周军波副市长为平湖市人民政府代理市长 (tests/data/real/mixed29
    # zhejiang_jiaxing_pinghu_renda_daishizhang_2021)
    PersonnelRow("verb", ("表决通过了", "表决通过"), ("为",), "appoint", "appointment",
                 "表决通过了周军波副市长为平湖市人民政府代理市长"),
    # a decision named by its act: 表决通过…《关于唐一军为辽宁省人民政府代理省长的决定》 (tests/data/real/mixed28
    # liaoning_sheng_renda_daishengzhang_2017), 沈阳市人民代表大会常务委员会关于潘利国为沈阳市人民政府代理市长的决定 (bank)
    PersonnelRow("verb", ("关于",), ("为",), "appoint", "appointment",
                 # the lead stated it before: 会议决定任命徐明为省人民检察院副检察长、代理检察长 …表决通过了…《…关于徐明为
                 # 黑龙江省人民检察院代理检察长的决定》 (tests/data/real/mixed14 heilongjiang_renda_2012)
                 "关于唐一军为辽宁省人民政府代理省长的决定", long_names=True, needs=("的决定",), named_only=True),
    # 刘晓凯已于25日被任命为省委统战部部长 (tests/data/real/mixed13/guizhou_sheng_renda_renmian_2012.txt): a date between
    PersonnelRow("name", (), ("被任命为",), "appoint", "appointment", "马志强被任命为省太忻经济一体化发展促进中心副主任",
                 gap=WHEN_GAP),
    # 劉昕(無黨派)、倪梁康(無黨派)、吳承學(無黨派)獲聘省政府參事 (tests/data/real/mixed24 guangdong_sheng_canshi_pinren_undated)
    # 本报驻宁夏记者站站长庄电一也受聘担任文史专员 (tests/data/real/mixed25 ningxia_zhengxie_wenshi_pinren_2016)
    PersonnelRow("name", (), ("被聘任为", "被聘请为", "被聘用为", "被聘为", "获聘为", "获聘", "受聘为", "受聘担任"), "appoint",
                 # 孫霞再次被聘為特約監察員 (a 2024 page, tests/data/constructions/appointments.tsv): engaged once more
                 "engagement", "吴涛被聘为市政府参事", gap="(?:也|还|亦|又)?(?:再次|再度)?"),
    PersonnelRow("name", (), ("当选为", "当选", "被选举为", "被选为", "被补选为"), "appoint", "election",
                 "王五以58票当选为市长", gap=VOTES_GAP),
    # 职务 may go unwritten at the clause's end: 省委常委喻红秋不再兼任遵义市委书记 (real/mixed13 guizhou_sheng_renda_renmian_2012)
    PersonnelRow("name", (), ("不再担任", "不再兼任"), "remove", "removal", "周明不再担任湖州市科技局副局长职务",
                 closed=True, closes=POST_END_OR_CLAUSE_END),
    # posts that end because another did (a deputy's resignation or recall): 张丽娟同志的常委会委员职务相应终止
    # (real/mixed14 hebei_suning_cizhi_2024), 羅琦的…委員、…委員職務相應撤銷 (real/mixed14 quanguo_renda_gonggao_2026)
    PersonnelRow("name", (), ("同志的", "的"), "remove", "termination", "徐静的…副主任委员职务相应终止",
                 closed=True, closes=POSTS_ENDED, needs=("终止", "撤销")),
    PersonnelRow("name", (), ("兼任", "担任", "代理", "兼", "任"), "appoint", "appointment", "张小明同志任杭州市人民政府副秘书长"),
    PersonnelRow("verb", ("免去", "免除", "撤销", "撤去", "解除"), ("的", "兼任的", "担任的", ""), "remove", "removal",
                 "免去李四的市财政局局长职务", closed=True),
    PersonnelRow("name", (), ("被罢免了", "被罢免"), "remove", "recall",
                 "新余市选出的张芃被罢免了江西省第十二届人民代表大会代表职务", closed=True),
    PersonnelRow("name", (), ("被免去了", "被免去", "被免除"), "remove", "removal", "张三被免去市财政局局长职务",
                 closed=True),
    PersonnelRow("verb", ("罢免",), ("的", ""), "remove", "recall", "决定罢免刘新云的省十三届人民代表大会代表职务",
                 closed=True),
    PersonnelRow("verb", ("接受", "批准"), ("辞去",), "remove", "resignation",
                 "接受宋光宝因任职年龄到限辞去省人大内务司法委员会主任委员职务", gap=RESIGN_GAP, closed=True,
                 long_names=True),
    PersonnelRow("name", (), ("辞去",), "remove", "resignation", "楼小东因任职年龄到限辞去省人大财政经济委员会主任委员职务",
                 gap=RESIGN_GAP, closed=True, skip_posts=DEPUTY_POSTS),
    # resignations a meeting passed, named by their letters (辞呈) with no 职务, one after another joined by 以及:
    # 通过了关于陈月洪、朱春龙两位同志辞去县人大常委会委员以及曾常辉…等15位同志辞去县人大代表的辞呈
    # (real/mixed19 jiangxi_jian_yongfeng_renda_undated); a deputy's post counts here, the act being passed
    PersonnelRow("name", (), ("辞去",), "remove", "resignation", "陈月洪、朱春龙两位同志辞去县人大常委会委员的辞呈",
                 gap=RESIGN_GAP, closed=True, closes=RESIGNATION_LETTER_END, needs=("辞呈",)),
    # resignations passed with a reason for each name: 通过卞文甫因工作变动、侯家祥因年龄原因请辞政协第十一届广西壮族自治区
    # 委员会委员的决定 (tests/data/real/personnel4 guangxi_zizhiqu_zhengxie_renshi_2016)
    PersonnelRow("name", (), ("请辞",), "remove", "resignation", "卞文甫因工作变动、侯家祥因年龄原因请辞政协…委员的决定",
                 gap=RESIGN_GAP, skip_posts=DEPUTY_POSTS, name_note=RESIGN_REASON),
    # the post written before the elected person's name: 山东省第十三届人民代表大会第一次会议选举的山东省人民检察院检察长
    # 陈勇已经…批准任命 (tests/data/real/mixed20 shandong_sheng_renda_renmian_2018)
    # (the formula of a procurator's approval; a deputy named by who elected them, 由梁子湖区选出的…代表古新功,因…, is no act:
    # real/personnel3 hubei_ezhou_renda_daibiao_gonggao_2019)
    PersonnelRow("titled", ("选举的", "补选的"), (), "appoint", "election",
                 "会议选举的山东省人民检察院检察长陈勇已经…批准任命",
                 gap=r"(?:同志)?(?=(?:已经|已|经)[^，,；;。]{0,40}?批准)"),
    PersonnelRow("award", ("为",), ("颁发聘书", "颁发聘任书", "颁发聘任证书"), "appoint", "engagement",
                 "为王立群、王永宽等15位新聘馆员颁发聘书"),
    PersonnelRow("award", ("为",), ("颁发任命书", "颁发任命证书"), "appoint", "appointment",
                 "为张三、李四等5位新任命的审判员颁发任命书"),
    # 会议表决通过了对王文俊、王利军两位审判委员会委员和37位人民陪审员的任命 (real/personnel4
    # shanxi_yuncheng_jiangxian_renda_renming_2018): the act named as a noun after the names and their post
    PersonnelRow("award", ("对",), ("的任命",), "appoint", "appointment", "对王文俊、王利军两位审判委员会委员的任命"),
    PersonnelRow("subject", (), ("辞去",), "remove", "resignation", "于冲因已调任山东省旅游局党组书记，请求辞去市政府副市长职务",
                 gap=RESIGN_GAP, closed=True, skip_posts=DEPUTY_POSTS),
    PersonnelRow("subject", (), ("被任命为", "被提名为"), "appoint", "appointment",
                 "马志强，男，汉族，…，去年8月31日被任命为省太忻经济一体化发展促进中心副主任"),
    PersonnelRow("subject", (), ("被聘任为", "被聘请为", "被聘为"), "appoint", "engagement", "王某，男，…，被聘为市政府参事"),
    PersonnelRow("subject", (), ("不再担任", "不再兼任"), "remove", "removal",
                 "梁科因年龄原因,不再担任政协第十一届广西壮族自治区委员会提案委员会副主任(专职)职务", closed=True,
                 closes=POST_END_OR_CLAUSE_END),
    # news of a fall: 陈良宇因涉及「上海社保案」等四项严重违纪问题被中纪委立案检查,并被免去上海市委书记、常委、委员职务
    # (a 2006 report kept on a public forum, rs238848.rs.hosteurope.de tid=262725)
    PersonnelRow("subject", (), ("被免去了", "被免去", "被免除"), "remove", "removal",
                 "陈良宇因…被中纪委立案检查,并被免去上海市委书记、常委、委员职务", gap="(?:并|同时|也|还)?", closed=True),
    # posts of the person just named that end with a mandate: 包波的代表资格终止,自治区人大社会建设委员会副主任委员职务相应终止
    # (a 2023 report of a 内蒙古自治区人大常委会 公告, fx361.cc/page/2023/1229/23160173.shtml)
    PersonnelRow("own", (), (), "remove", "termination", "，自治区人大社会建设委员会副主任委员职务相应终止",
                 closed=True, closes=POSTS_ENDED),
    # a profile line: its person, born …, takes up the posts (tests/data/real/mixed11 tianjin_binhai_kaifaqu_renmian_2019)
    PersonnelRow("subject", (), PERSONNEL_TAKES_UP, "appoint", "appointment",
                 "1970年的朱玉兵,就任天津港保税区党委常委、管委会副主任"),
    # …决定任命邵占维为杭州市副市长,代理杭州市市长职务 (the acting post in a clause of its own, no 决定其;
    # tests/data/constructions/appointments.tsv)
    PersonnelRow("own", ("决定其代理", "决定代理", "代理"), (), "appoint", "acting", "，并决定其代理市长职务"),
    PersonnelRow("own", ("决定其为", "决定为", "决定其任", "决定任", "任命其为", "决定其"), (), "appoint", "appointment",
                 "，并决定为代理市长"),
    PersonnelRow("own", ("免去其", "免去他的", "免去她的", "不再担任", "不再兼任", "撤销其"), (), "remove", "removal",
                 "孙黎明任…副主任（兼），免去其宁波杭州湾新区开发建设管理委员会副主任职务", closed=True),
    PersonnelRow("own", ("接受其请求辞去", "接受其申请辞去", "接受其辞去"), (), "remove", "resignation",
                 "决定任命陈晖东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求", closed=True),
    PersonnelRow("own", ("兼任", "兼", "担任", "任"), (), "appoint", "appointment", "陈大伟任温州市财政局局长，兼任…"),
    PersonnelRow("posts", ("新聘", "续聘", "聘任", "聘请", "增聘"), ("为",), "appoint", "engagement",
                 "续聘参事为王某、李某、张某"),
    # 这次录用的六名馆员分别是赵慧、李寿昆、… (分别是/分别为 heads a list with no colon; appointments.tsv)
    PersonnelRow("list", ("新聘", "续聘", "聘任", "聘请", "增聘", "录用"), ("分别是", "分别为", "是", "为", "名单如下", "如下", "有"),
                 "appoint", "engagement",
                 "当天新聘的15位省文史研究馆馆员是:王立群、王永宽"),
    PersonnelRow("list", ("任命",), ("是", "为", "名单如下", "如下"), "appoint", "appointment", "任命的人员名单如下:"),
    PersonnelRow("headed", ("任命下列人员", "任命以下人员", "任命下列同志", "任命以下同志"), ("为",), "appoint",
                 "appointment", "任命下列人员为市人民法院人民陪审员：张三、李四"),
    PersonnelRow("headed", ("聘任下列人员", "聘任以下人员", "聘请下列人员", "聘请以下人员", "续聘下列人员"), ("为",),
                 "appoint", "engagement", "聘任以下人员为市人民政府参事：张三、李四"),
    PersonnelRow("headed", ("选举下列人员", "补选下列人员", "选举以下人员"), ("为",), "appoint", "election",
                 "补选下列人员为市人大常委会委员：张三、李四", skip_posts=DEPUTY_POSTS),
    # 会议选出的政协第十二届全国委员会副主席是:杜青林、令计划、… (tests/data/constructions/appointments.tsv)
    PersonnelRow("list", ("当选", "选举产生", "补选", "选出"), ("分别是", "分别为", "是", "为", "名单如下", "如下"), "appoint",
                 "election",
                 "当选的副市长是:"),
)
#: Honorifics written after a listed person's name, no part of it: 王珉灿教授, 钟惠华律师.
NAME_HONORIFICS = ("教授", "律师", "研究员", "院士", "博士", "先生", "女士")
#: Words that open a clause giving the reason for a decision, an act told as background, no record of its own:
#: 会议决定,鉴于中央决定陈求发担任辽宁省委书记,…接受陈求发辞去… (tests/data/real/mixed28 liaoning_sheng_renda_daishengzhang_2017).
REASON_OPENERS = ("鉴于", "鑒於")
#: Verbs that put a draft before a meeting (…审议了…关于接受缪京辞去…职务请求的决定(草案)): what the draft decides is no
#: act yet (shared/realdev2 chongming_sh_renda_2022; the act is told where the meeting adopts it). 通过 after them
#: (审议通过了…(草案)) adopts it.
DRAFT_HEARD = ("审议", "听取", "宣读")
#: Words before a trigger that make what follows a proposal or a nomination, not an act:
#: 提请任命…为, 提名…任, 提议…不再担任, 拟任 (personnel2 and personnel3 conventions).
NOT_ACT_PREFIXES = ("提请", "提议", "建议", "拟", "提名", "被")
#: A deputy's post written with the body that sends the deputy: 湖北省出席第十三届全国人民代表大会代表 is a
#: deputy of the congress after 出席 (the record's unit), sent by the province.
DEPUTY_SENT_RE = re.compile(r"^[\u4e00-\u9fff（）()]{0,16}?出席(?=[\u4e00-\u9fff（）()]{2,30}(?:人民代表大会|人大)代表$)")
#: Headers over the decisions under them (免去：, 决定任命如下, 会议选举：): the word, its action and kind.
PERSONNEL_HEADERS: dict[str, tuple[str, str]] = {
    "免去": ("remove", "removal"), "免职": ("remove", "removal"), "免": ("remove", "removal"),
    "任命": ("appoint", "appointment"), "任职": ("appoint", "appointment"), "任免": ("appoint", "appointment"),
    "聘任": ("appoint", "engagement"), "选举": ("appoint", "election"), "补选": ("appoint", "election"),
    # …常务委员会第三次会议决定:金寿浩为延边朝鲜族自治州人民政府代理州长 (tests/data/real/mixed11 yanbian_renda_2017)
    "决定": ("appoint", "appointment"),
}
#: Words that name a body an election produced, before the names that fill its posts
#: (会议选举产生了由18人组成的…常务委员会,李聚春为主任;…为副主任; real/mixed18 shandong_jinan_shizhong_xuanju_2003),
#: and the endings such a body has.
ELECTED_BODY_HEADS = ("选举产生", "选出", "产生")
ELECTED_BODIES = ("常务委员会", "人大常委会", "委员会", "主席团")
#: Posts of an elected body that a clause of its own, electing to them bare, holds in the body elected the clause
#: before: 陳一新當選市十四屆人大常委會主任,劉立勇、胡洪春…當選副主任,袁堃當選秘書長 (tests/data/real/mixed24
#: hubei_wuhan_renda_xuanju_2017), as 赵玉民当选石景山区第十五届人民代表大会常务委员会主任,付生柱…当选为副主任
#: (real/mixed13 beijing_shijingshan_xuanju_2011). A government's 副县长 names its own level and stays bare
#: (…当选为县人民政府县长,雷树平…当选副县长: real/personnel3 hunan_chenzhou_jiahe_renda_xuanju_2012).
ELECTED_BODY_POSTS = ("主任", "副主任", "秘书长", "副秘书长", "主席", "副主席", "委员", "常务委员")
#: 代表资格终止: a deputy's mandate ends (a removal of kind termination from the 代表 post named before).
TERMINATION_WORDS = ("代表资格自行终止", "代表资格终止", "代表资格相应终止")


# --- Traditional characters (personnel decisions printed in traditional script) ----------

#: Characters only traditional print has, common in these texts: several of them in a text's
#: opening mark it as printed in traditional characters (齊魯政情|山東調整多地縣(市、區)委書記).
TRADITIONAL_MARKS = "們這個為會說時來對關與從國發長門問開書務職區縣員議選舉於後區黨項產業資億設"
_TRADITIONAL_MARKS_RE = re.compile(f"[{TRADITIONAL_MARKS}]")


@cache
def traditional_pairs() -> tuple[tuple[str, str], ...]:
    """(traditional, simplified) character pairs of kg/data/traditional_chars.tsv (OpenCC, one to one)."""
    path = Path(__file__).resolve().parent / "data" / "traditional_chars.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return tuple((t, s) for t, s in rows)


@cache
def _to_simplified() -> dict[int, str]:
    # a simplified form outside the basic plane (鉷 → U+2B7F9) is no word the grammar's CJK range reads: the
    # printed one stays (區鉷, tests/data/real/mixed24 guangdong_sheng_canshi_pinren_undated)
    return {ord(t): s for t, s in traditional_pairs() if ord(s) <= 0xFFFF}


#: A text this short needs only three marks: one sentence of a page (新開工建設…工程等項目。) holds few.
_SHORT_TEXT = 300


def is_traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters (five marks in its first 2,000 characters, three in a
    text shorter than _SHORT_TEXT)."""
    return _is_traditional(text[:2000])  # (shorter than _SHORT_TEXT exactly when its first 2,000 characters are)


@lru_cache(maxsize=256)
def _is_traditional(text: str) -> bool:
    """:func:`is_traditional` of a text's first 2,000 characters, kept: segment, the gazetteer's clues and
    the extractors ask it of the same document again and again."""
    marks = len(_TRADITIONAL_MARKS_RE.findall(text, 0, 2000))
    return marks >= 5 or marks >= 3 and len(text) < _SHORT_TEXT


def simplified(text: str) -> str:
    """``text`` in simplified characters, one character for one, so offsets stay: 中共棲霞市委書記 → 中共栖霞市委书记."""
    return text.translate(_to_simplified())


def simplified_table(keep: frozenset[str] = frozenset()) -> dict[int, str]:
    """:func:`simplified`'s table (for ``str.translate``), less the characters of ``keep``, which stay as printed."""
    return {k: v for k, v in _to_simplified().items() if chr(k) not in keep}


def back_to(original: str) -> dict[int, str]:
    """A table that turns simplified characters back into the traditional ones ``original`` prints."""
    rank = _pair_rank()
    found = sorted((rank[c], c) for c in set(original) if c in rank)  # the text's characters, not every pair
    pairs = traditional_pairs()
    return {ord(pairs[i][1]): pairs[i][0] for i, _ in found}


@cache
def _pair_rank() -> dict[str, int]:
    """Each traditional character's place in :func:`traditional_pairs` (a later pair wins, as before)."""
    return {t: i for i, (t, _) in enumerate(traditional_pairs())}
