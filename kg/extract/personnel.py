"""Personnel decisions → appointment and removal records, one per person, action and post.

Decisions are written in many shapes, in notices, 人大常委会 decisions and the
news that reports them::

    王程任宁波经济技术开发区管理委员会副主任（兼），免去其…管理委员会主任职务；
    会议根据…的提请，经审议表决，决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长，
    免去孙海献的市发展和改革委员会主任职务、于力强的市民政局局长职务。
    决定任命李明为A主任，王芳为B局长，赵建国为C局长。
    决定接受庄建球同志辞去济源市人民政府市长职务的请求；张宏义同志代理济源市人民政府市长。

so this is a small grammar rather than a set of line shapes: a text is cut into
sentences (brackets respected, OCR breaks inside a decision joined), sentences
into clauses at commas and colons, and a clause into *acts*. The ways an act is
written are **rows of data**, :data:`kg.patterns.PERSONNEL_ROWS` (trigger, where
the names are, the link, where the posts are, action and ``kind``), read by one
engine (:func:`_first_act`): every row is tried on the clause and the earliest
match wins. A new way of writing a decision is one row there plus a test quoting
the real sentence (tests/test_extract_personnel.py ``test_constructions``).
Around the rows: a clause or a 、 that goes on with ``NAME为…``, ``NAME任…`` or
``NAME的…职务`` continues the act before it, so each person keeps their own post;
a header (任命：/免去：) sets the action of the lines under it (kg.patterns.PERSONNEL_HEADERS);
``，免去其…`` / ``，接受其辞去…`` speak of the person just named (``own`` rows); a list after 是：/如下：
(:mod:`kg.extract.lists`) gives one record per name; ``…的代表资格终止`` ends the
deputy's post named before. Posts are split into unit and title by the title
words of :mod:`kg.patterns`; chained posts share the unit before them (an inner
审判委员会 is no new unit, :data:`kg.extract.lists.INNER_BODIES`); 代理 belongs to
the title, never to the unit; an acting post with no unit takes the unit of the
post it stands in for; trailing parentheticals become ``concurrent`` (兼),
``probation`` (试用期) or ``note``. Every record carries ``kind``, the event as
written (:data:`kg.patterns.APPOINTMENT_KINDS`).

Regular expressions over clauses, not a parser library: the clauses are short,
their vocabulary is closed (trigger verbs, title words, a surname lexicon), and
no Chinese dependency parser ships without downloading a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.lists import (
    ACT_CONJUNCTIONS,
    INNER_BODIES,
    NAME_JOIN,
    NAME_SEPARATORS,
    NUMBER,
    UNIT_OFFICES,
    read_list,
    share_unit,
    split_items,
)
from kg.extract.roles import is_unit_name
from kg.extract.rosters import find_rosters
from kg.extract.script import as_printed, read_simplified
from kg.gazetteer import get_gazetteer
from kg.patterns import (
    CJK,
    DEPUTY_SENT_RE,
    DRAFT_HEARD,
    ELECTED_BODIES,
    ELECTED_BODY_HEADS,
    ELECTED_BODY_POSTS,
    ENGAGING_BODY_ENDS,
    LEVEL_PREFIXES,
    LONG_NAME_PATTERN,
    NAME_HONORIFICS,
    NAME_NOTE_MOST,
    NOT_ACT_PREFIXES,
    NOT_NAME_END,
    PERSON_NAME_PATTERN,
    PERSONNEL_BACKGROUND_OPENERS,
    PERSONNEL_HEADERS,
    PERSONNEL_OWN_BODIES,
    PERSONNEL_REASON_GOES_ON,
    PERSONNEL_ROWS,
    PERSONNEL_SUBJECT_LEAD,
    PERSONNEL_TAKES_UP,
    PLACE_ENDS,
    POSITION_QUALIFIERS,
    POSITION_TITLES,
    POST_COHORT,
    POST_ORDINALS,
    REASON_OPENERS,
    RESIGN_GAP,
    SURNAMES,
    TERMINATION_WORDS,
    LazyPattern,
    PersonnelRow,
    alternation,
    back_to,
    is_person_name,
    lazy_compile,
)
from kg.records import Appointment, Document, Evidence

__all__ = ["extract_appointments", "split_post", "dedupe_appointments"]

_SP = r"[ \t\u3000\xa0]*"

#: A sentence: text up to ；;。 or a line end; a line ending in ，、 goes on.
#: A sentence: up to ；;。 or a line break, but a line break right after a comma goes on (an OCR break).
#: Runs of other characters are taken whole (the same matches as ``(?:[，,、][ \t\u3000]*\n\s*|[^；;。\n])+``,
#: without a loop step per character).
_SENTENCE_RE = re.compile(r"(?:[^；;。\n，,、]+|[，,、](?:[ \t\u3000]*\n\s*)?)+")
#: Clause breaks: a comma or colon outside brackets, or a space after a title
#: (a headline: 王维任苏州市代市长 吴庆文辞去市长职务).
_CLAUSE_BREAK_RE = re.compile(
    # a comma before 、 is no break (副省長,、代理省長: a converted page's doubled separator,
    # real/mixed31 guizhou_sheng_renda_daishengzhang_2010)
    # …丁顺生当选省检察院检察长 125人当选…代表 (real/personnel4 hebei_sheng_renda_xuanju_2018): a count opens one too
    rf"[，,：:](?!、)(?![^（(]*[）)])|(?<=长|任|记|员|席|官|务)[ \u3000]+(?=[{CJK}]|[0-9]+人)"
    # …the same with the space lost where a PDF's wrapped line is joined (检察长125人当选)
    r"|(?<=长|任|记|员|席|官|务)(?=[0-9]+人当选)"
    r"|(?<=》)(?=《)"  # decisions named one after another: 《…关于接受A辞去…的决定》《…关于B代理…的决定》
    # a clause about the same person after 、: 任命尹伊君为吉林省人民检察院副检察长、决定其为代理检察长
    # (real/personnel4/jilin_sheng_renda_renming_undated.txt)
    r"|、(?=(?:并|同时)?(?:决定|任命|免去|撤销|接受)其)"
)

_NAME = PERSON_NAME_PATTERN
#: A count of people or posts (15, 十五, 两, 一百二十五): the list grammar's number (kg.extract.lists.NUMBER).
_COUNT = NUMBER
_TITLE = alternation(POSITION_TITLES)
#: Names, each maybe followed by its title or 同志, and a head count: 李学智、杨家全3人.
#: One name of a list: a name, or four characters before a note or a separator (吉狄马加(彝族)、), with a
#: note on the person in brackets (马福海(回族), 昂毛(女、蒙古族)), a title or 同志 after it.
_LISTED_NAME = (rf"(?:{_NAME}|[{SURNAMES}][{CJK}]{{3}}(?=[（(、，,]))(?:[（(][^（）()]{{1,{NAME_NOTE_MOST}}}[）)])?"
                rf"(?:{_TITLE})?(?:同志)?")
#: A name inside a list whose surname the lexicon lacks: three characters between two 、 (文鸿晨、代志超、刘宁…当选为…,
#: tests/data/real/mixed30 hubei_yichang_yiling_renda_xuanju_2021); :func:`_names_ok` admits one such in a list of names.
_ODD_LISTED_NAME = rf"(?![{SURNAMES}])[{CJK}]{{3}}(?=、)"
_NAMES = (
    rf"{_LISTED_NAME}(?:{NAME_JOIN}(?:(?={_NAME}){_LISTED_NAME}|{_ODD_LISTED_NAME}))*"
    # a count in words: 陈月洪、朱春龙两位同志 (real/mixed19 jiangxi_jian_yongfeng_renda_undated)
    rf"(?:等?{_COUNT}(?:人|名同志|名代表|名委员|名|位同志|位代表|位委员))?"
)
_NAME_FULL_RE = lazy_compile(rf"{_NAME}$")
#: Where a verb bounds the name on both sides, a longer one is read too: 接受巴音朝鲁辞去….
_BOUNDED_NAMES = rf"(?:{_NAMES}|{LONG_NAME_PATTERN}(?:同志)?)"
_TITLE_TAIL_RE = re.compile(rf"(?:{_TITLE})$")
#: A name written straight before the unit with no 的 (免去李四市财政局局长职务): two
#: characters, or three when the third cannot open a place name.
_BARE_NAMES = r"[\u4e00-\u9fff]{2}(?:(?![市省区县州镇乡]|同志|中共)[\u4e00-\u9fff])?"  # 免去栗智中共…: 栗智

#: An item's number before a decision: 一、 / （1） / 2.
_ITEM = rf"(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[)）.、．]{_SP})?"
#: What may stand before the first decision of a clause: an item number,
#: 经…研究, 因…，, 现/兹/另, …决定, 根据表决结果.
_LEAD_IN = (
    rf"^{_SP}{_ITEM}"
    # 作出关于李晓波代理太原市市长的决定 (real/mixed17 shanxi_taiyuan_renda_2019)
    # …; 会议听取、审议并表决通过了《…关于朱德才同志代理…职务的决定(草案)》 (tests/data/real/mixed29 jiangxi_jian_renda_renmian_undated)
    rf"(?:[{CJK}（）()《》“”、]{{0,40}}?(?:决定|同意|批准|研究|通过|审议|作出|做出)了?(?:关于)?"
    # a proposal the meeting adopted: 表决通过了西藏自治区政府提请的其美仁增、…三人担任…的议案 (real/personnel4
    # xizang_zizhiqu_renda_fuzhuxi_2015); 提请 after 通过 names who proposed it, not an act still proposed
    rf"(?:(?<=通过)(?:了|)[{CJK}]{{2,16}}?提请的)?)?"
    r"(?:《[^《》]{0,30}?关于)?"  # a decision's title names the act: 《…关于市人民检察院副检察长李玉科代理检察长的决定》
    rf"(?:现|兹|并|另|此外|同时|会议)?{_SP}"
    rf"(?:{alternation(PERSONNEL_OWN_BODIES)})?"  # 我校司徒尚紀(無黨派)…3人獲聘… (real/mixed24 guangdong_sheng_canshi)
    rf"(?:[{CJK}]{{0,12}}?选出的)?"  # a deputy named by where they were elected: 新余市选出的张芃被罢免了…
)
_NOT_AFTER_REN = "务何期职用意性命免"

#: When a clause of a narrative opens: 去年8月31日, 2016年3月, 今年.
_WHEN = r"(?:(?:19|20)\d{2}年|去年|今年|前年)?(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?"
#: The subject a sentence opens with, for its clauses with no names (kg.patterns ``subject`` rows):
#: 于冲因…, 马志强，男，….
_SUBJECT_RE = lazy_compile(rf"^{_SP}{PERSONNEL_SUBJECT_LEAD}(?P<names>{_NAMES})(?:同志)?"
                           rf"(?=因|[，,](?:男|女)[，,]|[，,](?:{alternation(PERSONNEL_TAKES_UP)}))")
#: A title written before the names (任命县委副书记纪道清同志为…, 市人民检察院副检察长李玉科代理…).
_PRE_TITLE = rf"[{CJK}（）()]{{0,30}}?(?:{_TITLE})"
#: What closes the posts of a removal or resignation: …职务, …的职务, …等职务, …一职.
_POST_END = r"(?:等?的?职务|一职|(?<=委员)资格)"  # 撤销其自治区政协委员资格
_REQUEST_END = r"(?:的?(?:辞职)?(?:请求|申请))?"
#: Link words that need a guard after them: 任 is not 任职/任务…, 兼 not 兼职/兼顾.
#: 为 is not a link when a separator follows it: 任命姜有为、李晋修为吉林省副省长 (为 inside a name;
#: real/mixed5/jilin_sheng_renda_fushengzhang_2015.txt).
_LINK_GUARDS = {"任": rf"(?![{_NOT_AFTER_REN}])", "兼": "(?![职顾])", "为": "(?![、，,为])"}
#: 任 is no link of its own after the verb it ends (担任, 出任, 兼任, 接任, 升任, 调任, 转任): 陈求发担任…, 并陆续出任… name
#: no 陈求发担 or 陆续出 (tests/data/real/mixed28 liaoning_sheng_renda_daishengzhang_2017).
_LINK_PRE_GUARDS = {"任": "(?<![担出兼接升调转])"}


def _link(words: tuple[str, ...]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # the same text in every process (lists._alt)
    return "|".join(_LINK_PRE_GUARDS.get(w, "") + re.escape(w) + _LINK_GUARDS.get(w, "") for w in ordered)


#: Endings of the unit an engagement's post belongs to (市政府参事, 上海市文史研究馆馆员).
_ENGAGING_UNIT = rf"(?:[{CJK}]{{2,6}}?[省市县区]|[省市县区])[{CJK}]{{0,12}}?(?:政府|研究馆|馆|院|委员会)"


def _row_regex(row: PersonnelRow) -> LazyPattern:
    """The regex of one construction row (see kg.patterns.PersonnelRow)."""
    names = _BOUNDED_NAMES if row.long_names else _NAMES
    trigger = alternation(row.trigger)
    link = _link(tuple(w for w in row.link if w))
    # …职务(的请求), or a request that closes the posts itself: 辞去牡丹江市人民政府市长的请求
    ends = row.closes or rf"{_POST_END}{_REQUEST_END}|的(?:辞职)?(?:请求|申请)"
    close = rf"(?P<posts>.+?)(?:{ends})(?P<tail>.*)" if row.closed else r"(?P<posts>.+)"
    if row.shape == "verb" and row.closed and "" in row.link:
        # 免去A的X职务 / 免去李四市财政局局长职务: the names end with 的, or a short name stands bare
        # a title may stand before the names: 罢免自治区人大社会建设委员会副主任委员包波的…代表职务
        return lazy_compile(rf"(?:{trigger})了?(?:(?P<pre>{_PRE_TITLE})??(?P<names>{names})(?:同志)?(?:{link})"
                            rf"|(?P<bare>{_BARE_NAMES})(?:同志)?){close}")
    if row.shape == "verb":
        return lazy_compile(rf"(?:{trigger})了?(?P<pre>{_PRE_TITLE})??(?P<names>{names})(?:同志)?{row.gap}(?P<verb>{link}){close}")
    if row.shape == "name":
        names = _names_noted(row.name_note) if row.name_note else _NAMES
        return lazy_compile(rf"{_LEAD_IN}(?P<pre>{_PRE_TITLE})?(?P<names>{names}){row.gap}(?P<verb>{link}){close}")
    if row.shape == "titled":
        return lazy_compile(rf"(?:{trigger})(?P<posts>[^，,；;。、：:]{{0,30}}?(?:{_TITLE}))(?P<names>{_NAME}){row.gap}")
    if row.shape == "own":
        opens = _link(row.trigger)
        return lazy_compile(rf"^(?:并|同时)?(?P<verb>{opens}){close}" + ("" if row.closed else "$"))
    if row.shape == "subject":
        return lazy_compile(rf"{_SP}(?:{_WHEN})?(?P<verb>{row.gap}(?:{link})){close}")
    if row.shape == "award":
        # a second group the act names by its count only stands before the link: 对王文俊、王利军两位审判委员会委员
        # 和37位人民陪审员的任命 (real/personnel4 shanxi_yuncheng_jiangxian_renda_renming_2018)
        count, noun = rf"{_COUNT}(?:位|名)", rf"[{CJK}]{{1,12}}?"
        return lazy_compile(rf"(?:{trigger})(?P<names>{_NAME}(?:[、，,和]{_NAME})*)等?{count}"
                            rf"(?:新任命的|新任|新聘的|新聘|新)?(?P<posts>{noun})(?:和{count}{noun})?(?P<verb>{link})")
    if row.shape == "posts":
        return lazy_compile(rf"(?:{trigger})(?P<posts>[^，,；;、：:]{{2,30}}?)(?:{link})(?P<names>{_NAMES}(?:[{''.join(NAME_SEPARATORS)}]{_NAMES})*)$")
    if row.shape == "headed":
        return lazy_compile(rf"(?:{trigger})(?:{link})(?P<posts>[^，,；;。：:]{{2,40}}?)[ \t\u3000]*[：:]")
    # list: a trigger, the posts, a head with a colon; the names follow (read with kg.extract.lists)
    # 市政府聘任的参事有: the unit that engages, written before the trigger, is the post's
    unit = rf"(?P<unit>{_ENGAGING_UNIT})?" if row.kind == "engagement" else ""
    # 拟聘/拟录用…: a proposal, no act; a head of 分别是/分别为 needs no colon (六名馆员分别是A、B)
    return lazy_compile(rf"{unit}(?<!拟)(?:{trigger})的?(?:{_COUNT}(?:位|名|人))?"
                        rf"(?P<posts>[^，,；;。：:]{{2,30}}?)"
                        rf"(?P<head>{link})[ \t\u3000]*(?:[：:]|(?<=分别[是为]))")


def _names_noted(note: str) -> str:
    """Names of a list each of which may carry ``note`` after it (A因工作变动、B因年龄原因)."""
    one = rf"{_LISTED_NAME}(?:{note})?"
    return rf"{one}(?:{NAME_JOIN}(?={_NAME}){one})*"


def _needles(row: PersonnelRow) -> re.Pattern[str]:
    """Words a text must hold for the row to match it: its triggers, or its links where the names
    open the clause or the trigger is as common as 为 (a cheap test before the row's regex)."""
    words = row.needs or (row.link if row.shape in ("name", "award") else row.trigger)
    return re.compile(alternation(tuple(w for w in words if w)))


#: The construction rows, compiled once, in table order, each with the words it needs.
_ROWS = tuple((r, _row_regex(r), _needles(r)) for r in PERSONNEL_ROWS)
_CLAUSE_ROWS = tuple(x for x in _ROWS if x[0].shape in ("verb", "name", "posts", "award", "titled"))
#: Each row's name note, compiled to take off the names (kg.patterns.PersonnelRow.name_note).
_NAME_NOTES = {r.name_note: re.compile(rf"(?:{r.name_note})(?={NAME_JOIN}|$)") for r in PERSONNEL_ROWS if r.name_note}
_LIST_ROWS = tuple(x for x in _ROWS if x[0].shape in ("list", "headed"))
_SUBJECT_ROWS = tuple(x for x in _ROWS if x[0].shape == "subject")
_OWN_ROWS = tuple(x for x in _ROWS if x[0].shape == "own")
#: Appointment rows whose names a continuation (、张建平任…) may open with.
_RESIGN_KIND = "resignation"
# Continuations of the action before them: NAME为…, NAME任…, NAME的…职务.
#: …，白玛赤林为政府主席: a four-character name with no surname-and-given shape goes on an election
#: where 为 bounds it (real/mixed6/xizang_zizhiqu_renda_xuanju_2010.txt); no title or unit word inside.
#: The next act of a chain may name its person after a title: 丁翔文站长兼任主任、总站总工程师张铁军为副主任
#: (tests/data/constructions/appointments.tsv, nnj.caas.cn).
_GO_ON_APPOINT_RE = lazy_compile(
    rf"{_SP}{_ITEM}(?:{_PRE_TITLE})??(?P<names>{_NAMES}|(?P<long>[{SURNAMES}][{CJK}]{{3}})(?=为))"
    rf"(?:为|任(?![{_NOT_AFTER_REN}])|担任)(?P<posts>.+)"
)
_GO_ON_REMOVE_RE = lazy_compile(
    rf"{_SP}{_ITEM}(?:(?P<names>{_NAMES})(?:同志的|的|同志)(?P<posts>.+?){_POST_END}(?!相应终止|终止)(?P<tail>.*)"
    rf"|(?P<names_r>{_BOUNDED_NAMES}){RESIGN_GAP}辞去(?P<posts_r>.+?){_POST_END}{_REQUEST_END}(?P<tail_r>.*))"
)
#: What opens a further act after 、: a verb, or a name with its verb (、决定李炳军代理…).
#: What a long name bounded by 为 may not hold: a title, a unit's ending, 的.
_WORDY_RE = lazy_compile(rf"{_TITLE}|[{NOT_NAME_END}的之]")
_ACT_OPENS_RE = lazy_compile(
    rf"(?:并|同时|另)?(?:决定|任命|聘任|免去|接受|撤销|罢免)"
    rf"|(?:并|同时)?(?:决定)?(?P<names>{_NAMES})(?:不再担任|代理|兼任|担任|任(?![{_NOT_AFTER_REN}])|辞去)"
)
#: A header above a list of decisions: 免去：, 任命：, 决定任命如下：.
_HEADER_RE = re.compile(rf"(?P<word>{alternation(tuple(PERSONNEL_HEADERS))})[^：:，,]{{0,6}}[：:]$")
_HEADER_CLAUSE_RE = re.compile(
    rf"(?:^|[）)\s]|(?<=会议)|(?<=大会))(?:会议|大会)?(?:决定|批准)?(?P<word>{alternation(tuple(w for w in PERSONNEL_HEADERS if len(w) > 1))})"
    r"(?:如下|以下人员)?$")
#: Words without which a sentence holds no decision.
_CUE_RE = re.compile(r"任|免|职务|为|聘|辞|代理|终止|选|录用|[：:]$")
_LINE_BREAK_RE = re.compile(r"[ \t\u3000]*\n\s*")

#: 代市长 is written for 代理市长.
_ACTING_SHORT_RE = re.compile(r"^代(?=[省市州县区旗]长$)")
#: The title at the end of a post; searched from the left, so the longest title wins.
_POSITION_RE = re.compile(
    rf"(?:[一二三四五六七八九十]级)?(?:代理|代(?=[省市州县区旗]长$))?(?:{alternation(POSITION_QUALIFIERS)})*"
    rf"(?:{alternation(POSITION_TITLES)})$"
)
_ORDINAL_RE = re.compile(rf"^(?:{alternation(POST_ORDINALS)})|(?:{alternation(POST_ORDINALS)}|{POST_COHORT})$")
_TRAILING_PARENS_RE = re.compile(r"(?:[（(][^（）()]*[）)])+$")
_PAREN_RE = re.compile(r"[（(]([^（）()]*)[）)]")
#: What closes a decision reported by name: 关于董仚生代理上饶市人民政府市长职务的决定.
#: What follows the closed title is no post (…主任的决定》以及有关人事任免事项).
#: …and the business it was one item of: 任命冯鸿浩为市人民政府副市长等有关人事任免事项 (real/mixed8 haikou_renda_2018).
_DECISION_TAIL_RE = re.compile(r"(?:(?:的?职务)?的(?:决定|决议|议案|请求|报告)(?:[（(]草案[）)])?(?:》.*)?"
                               r"|等(?:有关|相关|其他)?人事任免(?:事项|案|议案))$")
#: A removal whose posts run on past a comma: 免去其A、B，C职务 (no 职务 before the comma).
_OPEN_REMOVE_CLAUSE_RE = re.compile(rf"^(?:并|同时)?(?:免去|[^，,]{{0,12}}?不再(?:担任|兼任))(?!.*{_POST_END})")
_POST_END_RE = re.compile(_POST_END)


def split_post(post: str) -> tuple[str | None, str]:
    """(organization, position) of a post: 宁波市公安局督察长 → (宁波市公安局, 督察长).

    The position is the longest title at the end; with no known title the whole
    post is the position and the organization is None.
    """
    m = _POSITION_RE.search(post)
    if m is None:
        return None, post
    org = post[: m.start()] or None
    if org:  # 昌都市首任市长, 首届人大常委会主任: the ordinal is no part of the post
        org = _ORDINAL_RE.sub("", org) or None
    if org and org.startswith("原") and len(org) > 2 and org[1] != "子" and get_gazetteer().match(org) is None:
        org = org[1:]  # 免去柳耀华原自治区公安厅厅长职务: the post held till now (原州区, 原阳县 are places)
    position = _ACTING_SHORT_RE.sub("代理", m.group(0))  # 代市长 is written for 代理市长
    if org and org.startswith("代理") and not position.startswith("代理"):
        org, position = org.removeprefix("代理") or None, "代理" + position  # 代理漳州市人民政府市长: not a unit
    return org, position


def _parse_post(post: str) -> tuple[str, bool, bool, str | None]:
    """Strip trailing parentheticals: (post, concurrent, probation, note)."""
    concurrent = probation = False
    notes: list[str] = []
    m = _TRAILING_PARENS_RE.search(post)
    if m is not None:
        for inner in _PAREN_RE.findall(m.group(0)):
            inner = inner.strip()
            if inner in ("兼", "兼任", "兼职"):
                concurrent = True
            elif "试用期" in inner:
                probation = True
            elif inner:
                notes.append(inner)
        post = post[: m.start()]
    post = post.strip(" \t\u3000.．")
    post = post.removesuffix("职务").removesuffix("的") if post.endswith("职务") else post
    return post, concurrent, probation, ("；".join(notes) or None)


def _joined_names(items: list[str]) -> list[str]:
    """Items with the last two names joined by 和/及 split in two (张志伟和刘丹), where both parts
    are names and the whole is not (王和平 stays)."""
    out: list[str] = []
    for item in items:
        if ("和" in item or "及" in item) and not is_person_name(item.removesuffix("同志")):
            parts = [p.text for p in split_items(item, conjunctions=("和", "及"))]
            if len(parts) > 1 and all(is_person_name(p.removesuffix("同志"), bounded=True) for p in parts):
                out.extend(parts)
                continue
        out.append(item)
    return out


def _names(text: str) -> list[str]:
    """Names of a list (kg.extract.lists), without 同志, titles and a head count (李学智、杨家全3人);
    a list left open by a bare 等 (张定禄等) is given back whole, so that it reads as no name."""
    return list(_names_of(text))


@lru_cache(maxsize=4096)
def _names_of(text: str) -> tuple[str, ...]:
    found = read_list(text, 0, len(text))
    if found.tail is not None and found.count is None:
        return (text,)
    out = []
    for item in _joined_names(found.texts):
        n = _NAME_NOTE_RE.sub("", item).removesuffix("同志")
        if not _NAME_FULL_RE.match(n) and (t := _TITLE_TAIL_RE.search(n)):
            n = n[: t.start()]  # 周海兵副市长 → 周海兵
        if n:
            out.append(n)
    return tuple(out)


@dataclass(frozen=True)
class _Act:
    """One decision about some people: the action, the kind of event and the posts as written.
    ``pre_org`` is the unit of a title written before the names (市人民检察院副检察长李玉科代理检察长),
    which a 代理 post written without a unit takes."""

    names: tuple[str, ...]
    action: str
    posts: tuple[str, ...]
    kind: str = "appointment"
    concurrent: bool = False
    acting: bool = False
    pre_org: str | None = None
    continued: bool = False  # goes on with the act before it in its sentence (…为副主任,韩军为秘书长)
    named_only: bool = False  # named by a decision's title: no record where a statement before gave the act


#: What a following clause goes on with: (action, kind).
_Carry = tuple[str, str]


def _posts_before_next_act(text: str, action: str) -> tuple[str, str]:
    """Split ``text`` (what follows 为/任) at the first 、 that opens the next
    act (、张建平任…, 、于力强的…职务, 、决定李炳军代理…); the rest is returned."""
    pattern = _GO_ON_APPOINT_RE if action == "appoint" else _GO_ON_REMOVE_RE
    for m in re.finditer("、", text):
        go_on = pattern.match(text, m.end())
        names = (go_on["names"] or go_on.groupdict().get("names_r") or "") if go_on else ""
        if go_on and _names_ok(names) and not (go_on.groupdict().get("long") and _WORDY_RE.search(names)):
            return text[: m.start()], text[m.start() :]
        opens = _ACT_OPENS_RE.match(text, m.end())
        if opens and (opens["names"] is None or _names_ok(opens["names"])):
            return text[: m.start()], text[m.start() :]
    return text, ""


def _names_ok(text: str, *, bounded: bool = False) -> bool:
    """Whether ``text`` is a list of names; ``bounded``: a verb stands on both sides (任命…为)."""
    names = _names(text)
    odd = [n for n in names if not is_person_name(n, bounded=bounded, long=len(n) == 4 and len(names) > 1)]
    return bool(names) and (not odd or len(names) == 1 and is_person_name(names[0], long=True, bounded=bounded)
                            or len(odd) == 1 and len(names) >= 3 and _odd_name(odd[0]))


#: What opens no name of a list though the list's other items are names (其他人, 各部门, 有关同志).
_NOT_ODD_NAME_STARTS = "其各有等该本全相诸另此某副新原"


def _odd_name(item: str) -> bool:
    """A list's one item whose surname the lexicon lacks (代志超 among 文鸿晨、…、刘宁): three characters that read as a
    name with a known surname put in front of the last two, and end in no title."""
    return (len(item) == 3 and item[0] not in _NOT_ODD_NAME_STARTS and _TITLE_TAIL_RE.search(item) is None
            and is_person_name("王" + item[1:], bounded=True))


def _valid_posts(posts: list[str]) -> bool:
    return bool(posts) and all(_POSITION_RE.search(_parse_post(p)[0]) for p in posts)


def _split_posts(text: str) -> list[str]:
    """The posts of a chain (kg.extract.lists): 、 and commas outside brackets part them (a comma
    inside one 免去…职务 that lists posts of two units: 免去其中共杭州市委常委、委员，中共杭州市萧山区委书记职务)."""
    return _distributed([post for item in split_items(text) for post in _held_with(item.text)])


#: 兼 between two posts, each closed by its title: 大兴乡乡长兼经管会主任 is 大兴乡乡长 and, concurrently, 经管会主任.
_HELD_WITH_RE = re.compile(r"兼任?(?!职)")


def _held_with(post: str) -> list[str]:
    """A post and the one it is held with (…乡长兼经管会主任 → 乡长, 经管会主任(兼)); any other post unchanged."""
    m = _HELD_WITH_RE.search(post, 2) if "兼" in post else None
    if m is None:
        return [post]
    first, second = post[: m.start()], post[m.end() :]
    if len(second) < 2 or not _POSITION_RE.search(first) or not _POSITION_RE.search(_parse_post(second)[0]):
        return [post]
    return [first, second + "（兼）"]


def _distributed(posts: list[str]) -> list[str]:
    """Units listed before the posts they share: A工作委员会、B工作委员会、C工作委员会委员、副书记 →
    every unit × every post (A…委员, A…副书记, B…委员 …); other chains come back unchanged."""
    lead = 0
    while lead < len(posts) and _POSITION_RE.search(_parse_post(posts[lead])[0]) is None:
        lead += 1
    if lead == 0 or lead == len(posts):
        return posts
    org, title = split_post(_parse_post(posts[lead])[0])
    if org is None:
        return posts
    titles, k = [title], lead + 1
    while k < len(posts) and split_post(_parse_post(posts[k])[0])[0] is None:
        titles.append(posts[k])
        k += 1
    return [unit + t for unit in [*posts[:lead], org] for t in titles] + posts[k:]


def _acts_of_clause(clause: str, carry: _Carry | None, places: tuple[str, ...] = ()) -> tuple[list[_Act], _Carry | None]:
    """The acts of one clause and what a following clause continues.

    ``carry`` is the action and kind of the clause before (or of a header): a clause
    that opens with ``NAME为…`` or ``NAME的…职务`` continues it.
    """
    acts: list[_Act] = []
    rest, at_start, going = clause, True, carry
    while rest:
        act, after = _first_act(rest, going, at_start=at_start, places=places)
        if act is None:
            break
        acts.append(act)
        going = (act.action, act.kind)
        # 、 opens the next person's act (、张建平任…); other text may hold one more verb
        # (以及 before a further resignation: …辞去县人大常委会委员以及曾常辉…等15位同志辞去县人大代表的辞呈)
        rest, at_start = (_after_join(after), True) if after.startswith(_ACT_JOINS) else (after, False)
    return acts, going


#: What opens the next act of a clause: 、 or a conjunction of acts (kg.extract.lists.ACT_CONJUNCTIONS).
_ACT_JOINS = ("、", *ACT_CONJUNCTIONS)


def _after_join(text: str) -> str:
    """``text`` without the conjunction of acts and the 、 it opens with."""
    for word in (*ACT_CONJUNCTIONS, "、"):
        text = text.removeprefix(word)
    return text


def _pre_org(pre: str | None) -> str | None:
    """The unit of a title written before the names, after the 关于 of a decision's name
    (通过了西昌市人大常委会关于市人民政府副市长宋莉代理市长的决定 → 市人民政府)."""
    return split_post(pre.rpartition("关于")[2])[0] if pre else None


def _place_across(name: str, post: str, places: tuple[str, ...]) -> int | None:
    """Where a place the text is of starts in a bare name, when the name's last characters and the post's first
    spell it (else None): 免去刘黄浦区安全生产监督管理局局长职务 in a 黄浦区 text (tests/data/real/mixed10
    shanghai_huangpu_renda_undated, the given name lost) is not 刘黄浦 of 区安全…局 but a post of 黄浦区 (1: the name
    cannot be read); 宣布免去闫磊盐山县人民政府副县长职务 in a 盐山县 text (real/mixed23
    hebei_cangzhou_yanshan_renda_renming_2025) is 闫磊 of 盐山县人民政府 (2)."""
    level = next((i for i, c in enumerate(post[:3]) if c in PLACE_ENDS), None)
    if level is None:
        return None
    return next((k for k in range(1, len(name)) if name[k:] + post[:level + 1] in places), None)


def _row_act(row: PersonnelRow, m: re.Match[str], places: tuple[str, ...] = ()) -> tuple[_Act, str] | None:
    """The act a row's match states, with the text after it; None when its names or posts do not read."""
    groups = m.groupdict()
    names = groups.get("bare") or groups.get("names") or ""
    if row.name_note:
        names = _NAME_NOTES[row.name_note].sub("", names)  # 卞文甫因工作变动、侯家祥 → 卞文甫、侯家祥
    if not _names_ok(names, bounded=not groups.get("bare")):  # a link verb follows the names
        return None
    lead = ""
    if groups.get("bare") and places and (cut := _place_across(names, m["posts"], places)) is not None:
        if cut < 2:
            return None
        names, lead = names[:cut], names[cut:]  # 闫磊|盐山县人民政府副县长
    verb = groups.get("verb") or ""
    if row.closed:
        posts_text, after = lead + m["posts"], m["tail"]
        # two acts closed by one request: 接受了王文超辞去郑州市市长、孙新雷辞去郑州市副市长的请求
        # (tests/data/real/mixed32 henan_zhengzhou_renda_daishizhang_2006): the second is read after the first
        head, rest = _posts_before_next_act(m["posts"], row.action)
        if rest:
            posts_text, after = lead + head, m.string[m.start("posts") + len(head) :]
    elif row.shape in ("posts", "award", "titled"):
        posts_text, after = m["posts"], ""
    else:
        posts_text, after = _posts_before_next_act(m["posts"], row.action)
        posts_text = _DECISION_TAIL_RE.sub("", posts_text).removesuffix("的")
    posts = [p + row.post_suffix for p in _split_posts(posts_text)]
    if not _valid_posts(posts) or row.skip_posts and all(p.endswith(row.skip_posts) for p in posts):
        return None
    kind = "acting" if verb == "代理" else row.kind
    return _Act(tuple(_names(names)), row.action, tuple(posts), kind, concurrent=verb.startswith("兼"),
                acting=verb == "代理", pre_org=_pre_org(groups.get("pre")), named_only=row.named_only), after


def _first_act(text: str, carry: _Carry | None, *, at_start: bool, places: tuple[str, ...] = ()) -> tuple[_Act | None, str]:
    """The first act in ``text`` and the text after it: every construction row is tried
    (a ``name`` row only where the clause opens) and the earliest match wins."""
    candidates: list[tuple[int, int, _Act, str]] = []
    for order, (row, regex, needles) in enumerate(_CLAUSE_ROWS):
        if needles.search(text) is None:
            continue
        if row.shape == "name":
            if not at_start:
                continue
            m = regex.match(text)
        else:
            m = regex.search(text)
        if m is None or text[max(0, m.start() - 2) : m.start()].endswith(NOT_ACT_PREFIXES):
            continue  # 提请任命…为…: a proposal
        found = _row_act(row, m, places)
        if found is not None:
            where = m.start("names") if row.shape == "name" and m["names"] else m.start()
            candidates.append((where, order, *found))
    if carry and at_start:
        action, kind = carry
        regex = _GO_ON_APPOINT_RE if action == "appoint" else _GO_ON_REMOVE_RE
        m = regex.match(text)
        names = (m["names"] or m.groupdict().get("names_r") or "") if m else ""
        if m and _names_ok(names) and not (m.groupdict().get("long") and _WORDY_RE.search(names)):
            if action == "appoint":
                posts_text, after = _posts_before_next_act(m["posts"], action)
            else:
                posts_text = m["posts"] or m["posts_r"]
                after = m["tail"] if m["posts"] else m["tail_r"]
                kind = _RESIGN_KIND if m["posts_r"] else kind
            carried = _split_posts(posts_text)
            if _valid_posts(carried):
                candidates.append((m.start(), len(_CLAUSE_ROWS),
                                   _Act(tuple(_names(names)), action, tuple(carried), kind, continued=True), after))
    if not candidates:
        return None, ""
    _, _, act, after = min(candidates, key=lambda c: (c[0], c[1]))
    return act, after




#: Organs written with no place, in a sentence that names the congress electing to them: the
#: congress's place is theirs (real/mixed8 guangxi_shizhang_2013).
_BARE_ORGANS = frozenset({"人民政府", "人民法院", "中级人民法院", "人民检察院"})
_CONGRESS_PLACE_RE = re.compile(
    rf"(?<![{CJK}])(?P<place>(?:(?![在于的了和与及会议])[{CJK}]){{1,8}}?(?:自治州|自治县|[省市县区州旗]))第[一二三四五六七八九十]{{1,3}}届人民代表大会")


def _unit_named_with(body: str, position: str) -> str | None:
    """The unit a text writes before an engagement's post, the first time it does: 2021年市政府参事聘任仪式
    → 市政府 for 参事, 上海市文史研究馆馆员聘任仪式 → 上海市文史研究馆 for 馆员, 宁夏政协聘任20位文史专员 → 宁夏政协."""
    m = re.search(rf"(?P<unit>{_ENGAGING_UNIT}|[{CJK}]{{2,4}}?(?:{alternation(ENGAGING_BODY_ENDS)}))"
                  rf"(?:(?:聘任|聘请|新聘|续聘){_COUNT}(?:位|名))?{re.escape(position)}", body)
    return m["unit"] if m else None


def _deputy_of(before: Appointment, position: str, kind: str = "election") -> bool:
    """Whether ``position`` is the deputy of the post ``before`` was elected (or, by ``kind``, appointed) to, in a
    body named with its place."""
    org = before.organization
    return (before.kind == kind and org is not None and position in (before.position, "副" + before.position)
            and org[0] not in LEVEL_PREFIXES)


def _body_post_of(before: Appointment, position: str) -> bool:
    """Whether ``position`` is a post of the elected body ``before`` was elected to (kg.patterns.ELECTED_BODY_POSTS)."""
    org = before.organization
    return (before.kind == "election" and org is not None and org.endswith(ELECTED_BODIES)
            and position in ELECTED_BODY_POSTS)


class _Statement:
    """Accumulates the records of one sentence, so every one shares its evidence."""

    def __init__(self, doc: Document, start: int, end: int, date: str | None = None,
                 earlier: list[Appointment] | None = None):
        self.earlier = earlier or []  # the document's records before this sentence
        self.doc = doc
        self.date = date or doc.date
        self.span = (start, end)
        self.records: list[Appointment] = []
        self._evidence: Evidence | None = None
        self.elected_body: str | None = None  # 选举产生了由18人组成的X常务委员会，A为主任: X, for the clauses after it

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = self.doc.evidence_for(*self.span)
        return self._evidence

    def add(self, act: _Act) -> None:
        parsed = [_parse_post(post) for post in act.posts]
        parsed = [(DEPUTY_SENT_RE.sub("", text), conc, prob, note) for text, conc, prob, note in parsed]  # 湖北省出席…代表
        written = [split_post(text) for text, *_ in parsed]
        if act.acting:
            written = [(org, p if p.startswith("代理") else "代理" + p) for org, p in written]
        for name in act.names:
            # 决定任命王维为苏州市人民政府副市长，并决定王维代理市长职务: the unit of the post before;
            # 任市财政局局长、党组书记 / …人民法院副院长、审判委员会委员: chained posts share their unit
            before = next((r.organization for r in reversed(self.records) if r.person == name), None)
            for (org, position), (_, conc, prob, note) in zip(share_unit(written, unit=before), parsed, strict=True):
                org = org or self._unit_for(act, position)
                if org in _BARE_ORGANS and (place := _CONGRESS_PLACE_RE.search(self.doc.body, *self.span)):
                    org = place["place"] + org  # 柳州市第十三届人民代表大会…选举A为人民政府市长: 柳州市人民政府
                appoint = act.action == "appoint"
                if act.named_only and any((r.person, r.action, r.position) == (name, act.action, position)
                                          for r in self.earlier):
                    continue  # 《关于徐明为…代理检察长的决定》 after the lead that stated it (kg.patterns.PersonnelRow.named_only)
                kind = "acting" if appoint and position.startswith("代理") and act.kind in ("appointment", "election") \
                    else act.kind
                self.records.append(Appointment(
                    source=self.doc.source, doc_id=self.doc.id, doc_number=self.doc.doc_number,
                    date=self.date, person=name, action=act.action, organization=org, position=position,
                    evidence=self.evidence, concurrent=appoint and (act.concurrent or conc),
                    probation=appoint and prob, note=note, kind=kind,
                ))

    def _unit_for(self, act: _Act, position: str) -> str | None:
        """The unit of a post written with none and none before it in its chain: an acting post takes the
        unit of the post it stands in for (…辞去某省省长职务，某某任代理省长), an engagement the one the text
        names with the post; another person's bare title (A和B当选副县长) stays without one."""
        if position.startswith("代理"):
            return act.pre_org or self._unit_of(position.removeprefix("代理"))
        if act.continued and act.kind == "election" and self.elected_body:
            return self.elected_body  # 选举产生了…常务委员会,A为主任;B、C为副主任 (kg.patterns.ELECTED_BODY_HEADS)
        if act.continued and act.kind == "election" and self.records and self.records[-1].organization:
            # 选举…为省十三届人大常委会副主任,韩军为秘书长: the body elected the clause before
            return self.records[-1].organization
        if act.kind == "election" and self.records and _body_post_of(self.records[-1], position):
            return self.records[-1].organization  # …當選市十四屆人大常委會主任,A、B當選副主任 (ELECTED_BODY_POSTS)
        if act.kind == "election" and not self.records and self.earlier and _body_post_of(self.earlier[-1], position):
            # …,翟天山当选秘书长。丁广鑫等135名同志当选常务委员: the body elected the sentence before
            # (tests/data/real/mixed26 hubei_sheng_zhengxie_xuanju_2018, sichuan_sheng_zhengxie_xuanju_2013)
            return self.earlier[-1].organization
        if act.kind == "election" and self.records and _deputy_of(self.records[-1], position):
            # a clause of its own electing the deputies of the post just filled, in a body named with its place:
            # 夏林茂当选为石景山区人民政府区长,文献、田利跃…当选为副区长 (real/mixed13 beijing_shijingshan_xuanju_2011);
            # 县人民政府县长,…当选副县长 stays bare (real/personnel3), and so does 主任…,宋秀岩当选省长 (real/mixed3)
            return self.records[-1].organization
        if act.continued and act.kind == "appointment" and self.records and _deputy_of(self.records[-1], position, act.kind):
            # the same in an appointment going on from the clause before: 现任命刘秀峰(…)为绥芬河站站长,…、邢业全(…)为副站长
            # (tests/data/real/mixed25 heilongjiang_sheng_hulinfanghuo_zhanzhang_1960)
            return self.records[-1].organization
        org = None
        if act.kind in ("engagement", "appointment") and len(act.names) > 1:
            org = self._unit_of(position)  # 为A、B等15位新聘馆员颁发聘书: the 馆员 named before
        if org is None and act.kind == "engagement":
            org = _unit_named_with(self.doc.body, position)  # 新聘参事为A、B: 市政府参事 in the text
        return org

    def _unit_of(self, position: str) -> str | None:
        """The unit of the last record of this post, in this sentence or earlier in the document."""
        return next((r.organization for r in reversed(self.earlier + self.records)
                     if r.position == position and r.organization), None)

    def own_clause(self, clause: str, names: tuple[str, ...]) -> bool:
        """A clause about the people just named: ，免去其…职务 / ，兼任… / ，试用期一年 / ，接受其辞去…职务."""
        if clause.startswith("试用期"):
            self.records = [replace(r, probation=True) if r.action == "appoint" and r.person in names else r
                            for r in self.records]
            return True
        for row, regex, _ in _OWN_ROWS:
            if (m := regex.match(clause)) is None:
                continue
            posts = _split_posts(m["posts"])
            if _valid_posts(posts):
                verb = m["verb"]
                self.add(_Act(names, row.action, tuple(posts), row.kind, concurrent=verb.startswith("兼"),
                              acting=row.kind == "acting"))
                return True
        return False


def _sentences(body: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each sentence; a line break inside an open removal
    (免去…, no 职务 yet) is an OCR break, and the sentence goes on."""
    pending: tuple[int, int] | None = None
    for m in _SENTENCE_RE.finditer(body):
        start, end = m.span()
        if pending is not None:
            start = pending[0]
            pending = None
        text = body[start:end]
        if end < len(body) and body[end] == "\n" and _open_decision(text, body, end):
            pending = (start, end)
            continue
        yield start, end, text
    if pending is not None:
        yield pending[0], pending[1], body[pending[0] : pending[1]]


_OPEN_REMOVAL_RE = re.compile(r"(?:免去|辞去|撤销)(?!.*职务)[^\n]*$")


#: An election or appointment whose post after 为 ends in no title at a line break: a hard-wrapped
#: line (gazetteers: 选举于华烽为绥⏎滨县县长), the post goes on in the next line.
#: The same after 同志任 / 同志担任 (a chronicle: 桑维亮同志任毕节市委委⏎员、常委、副书记, real/mixed13
#: guizhou_bijie_dashiji_2016).
_OPEN_POST_RE = re.compile(r"(?:(?:选举|任命|当选)[^，,。；;：:\n]{0,30}为|同志(?:担任|任))(?P<post>[^，,。；;：:为、\n]{1,20})$")
#: A list of names cut by a line break before its 为 (孙伟、樊贵德⏎为副县长).
_OPEN_NAMES_RE = re.compile(rf"[、，,和][{CJK}]{{2,4}}$")
_NEXT_LINE_LINK_RE = re.compile(r"\n[ \t\u3000]*为")
#: A name cut by a hard wrap before its 为 (…常务委员会,李聚⏎春为主任; 、潘忠⏎田为委员: real/mixed18
#: shandong_jinan_shizhong_xuanju_2003): the line's last characters and the next line's first read as one name.
_OPEN_NAME_PART_RE = re.compile(rf"[、，,和](?P<part>[{CJK}]{{1,3}})$")
_NEXT_LINE_NAME_END_RE = re.compile(rf"\n[ \t\u3000]*(?P<rest>[{CJK}]{{1,2}})为")


def _open_decision(text: str, body: str = "", end: int = 0) -> bool:
    if text.rstrip().endswith(("：", ":")):
        return False  # a header (免去：) closes its line
    if ("为" in text or "任" in text) and (m := _OPEN_POST_RE.search(text)) and not _TITLE_TAIL_RE.search(m["post"]):
        return True
    if _NEXT_LINE_LINK_RE.match(body, end) and _OPEN_NAMES_RE.search(text):
        return True
    if (rest := _NEXT_LINE_NAME_END_RE.match(body, end)) and (part := _OPEN_NAME_PART_RE.search(text)) \
            and is_person_name(part["part"] + rest["rest"], bounded=True):
        return True
    return bool(_OPEN_REMOVAL_RE.search(text)) or text.rstrip().endswith(("任命", "为", "的"))


def extract_appointments(doc: Document) -> Iterator[Appointment]:
    """Appointments (任…) and removals (免去…职务) in a document, in text order (a text printed
    in traditional characters too: its records are written as it prints them).

    >>> from kg.read.segment import as_one_document
    >>> doc = as_one_document("决定任命李明为市商务局局长，王芳为市民政局局长。")
    >>> [(a.person, a.action, a.organization, a.position) for a in extract_appointments(doc)]
    [('李明', 'appoint', '市商务局', '局长'), ('王芳', 'appoint', '市民政局', '局长')]
    """
    read = read_simplified(doc)  # printed in traditional characters: read in simplified, written as printed
    if read is None:
        return _appointments(doc)
    back = back_to(doc.body)
    return (as_printed(r, back) for r in _appointments(read))


#: A photo's caption, its person marked by where the photo shows them (王勇(左)当选顺德区人民政府区长.): it repeats the
#: report's act in its own words, no act of its own (tests/data/real/mixed29 guangdong_foshan_quzhang_xuanju_undated).
_CAPTION_RE = lazy_compile(rf"^{_SP}{_NAME}[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?[）)]")


def _appointments(doc: Document) -> Iterator[Appointment]:
    """The records of a document in simplified characters, in text order."""
    body = doc.body
    rosters = find_rosters(doc)
    for roster in rosters:
        yield from roster.records
    if not any(cue in body for cue in ("任", "免", "聘", "代理", "辞", "撤销", "罢免", "终止", "选", "录用")):
        return
    date = doc.date or meeting_date(body)
    header: _Carry | None = None  # set by a header such as 免去： or 任命：, cleared by other text
    carry: _Carry | None = None  # what a sentence after ；goes on with (免去A的…职务；B的…职务)
    seen: set[tuple[str, str, str | None, str]] = set()
    earlier: list[Appointment] = []
    listing: _Act | None = None  # the posts of a line that ends in a colon (任命下列人员为…：), names under it
    elected_body: str | None = None  # the body an election produced, whose posts the sentences after it fill
    named_list: _Act | None = None  # a list titled by a post a decision above filled, one name a line under it
    for start, end, raw in _sentences(body):
        text = raw.strip()
        ends_clause = body[end : end + 1] in ("；", ";")
        if not text:
            continue
        start += len(raw) - len(raw.lstrip())
        if listing is not None and (names := _listed_names(text)):
            stmt = _Statement(doc, start, start + len(text), date, earlier)
            stmt.add(replace(listing, names=tuple(names)))
            yield from _new(stmt.records, seen, earlier)
            continue
        listing = None
        if (title := _LIST_TITLE_RE.match(text)) and (named := _act_named(title["post"], earlier)):
            named_list = named  # 咸宁市人民政府第四届咨询委员会委员名单: the post a decision above filled
            continue
        if named_list is not None:
            if (line := _NAME_LINE_RE.match(text)) and is_person_name(n := _SPACE_IN_RE.sub("", line["name"]),
                                                                      bounded=True):
                stmt = _Statement(doc, start, start + len(text), date, earlier)
                stmt.add(replace(named_list, names=(n,)))
                yield from _new([r for r in stmt.records if not any(
                    (e.person, e.organization, e.position) == (r.person, r.organization, r.position) for e in earlier)],
                    seen, earlier)
                continue
            if _GROUP_HEAD_RE.match(text):
                continue  # (以姓氏笔画为序), 一、外聘委员(16名): the list goes on
            named_list = None
        if not _CUE_RE.search(text) or _career(text) or _CAPTION_RE.match(text):
            header = carry = None
            continue
        if m := _HEADER_RE.search(text):
            header = _header_carry(m["word"])
            continue
        if text.endswith(("：", ":")):
            header = carry = None
            if (head := _list_head(text)) is not None:
                listing = _Act((), head[0].action, head[1], head[0].kind)
            continue
        if any(r.start <= start < r.end for r in rosters):
            continue  # a roster's lines and office sentence are read by kg.extract.rosters
        stmt = _Statement(doc, start, start + len(text), date, earlier)
        stmt.elected_body = elected_body if carry is not None else None
        found, after = _read_sentence(stmt, _separate_names(_LINE_BREAK_RE.sub("", text)), header or carry)
        if not found:
            header = None
        # an election goes on past its full stop: 大会选举A等21人为…委员。B为县长，C、D为副县长
        carry = after if found and (ends_clause or after is not None and after[1] == "election"
                                    and body[end : end + 1] == "。") else None
        elected_body = stmt.elected_body
        yield from _new(stmt.records, seen, earlier)


#: A list's own title naming a post (附件 咸宁市人民政府第四届咨询委员会委员名单), its lines one person each: the name
#: (spaces inside, 冯 丹), a note (女), then after spaces (or a tab) the person's own unit (tests/data/real/mixed26
#: hubei_xianning_zixunweiyuan_pinren_2022).
_LIST_TITLE_RE = re.compile(rf"^(?P<post>[{CJK}（）()]{{4,40}}?)(?:人员)?名单$")
_NAME_LINE_RE = re.compile(rf"^(?P<name>[{CJK}](?:[ \u3000]{{0,3}}[{CJK}]){{1,3}}?)(?:[（(][^（）()]{{1,4}}[）)])?"
                           r"(?:(?:\t|[ \t\u3000]{2,})\S.*)?$")  # a PDF's text layer gives one tab between the columns
_SPACE_IN_RE = re.compile(r"[ \u3000]+")
#: Lines inside such a list that do not end it: an order note or a group's heading with its count.
_GROUP_HEAD_RE = re.compile(rf"^(?:[（(][^（）()]{{1,12}}[）)]|[一二三四五六七八九十]+、[{CJK}]{{1,12}}(?:[（(][0-9]+[名人][）)])?)$")


def _act_named(post: str, earlier: list[Appointment]) -> _Act | None:
    """The act of an earlier record whose post, written whole, is ``post`` (…决定聘任王贤荣等50名同志为X委员 → X委员)."""
    for r in reversed(earlier):
        if r.action == "appoint" and (r.organization or "") + r.position == post:
            return _Act((), r.action, (post,), r.kind)
    return None


def _new(records: list[Appointment], seen: set[tuple[str, str, str | None, str]],
         earlier: list[Appointment]) -> Iterator[Appointment]:
    """The records of a statement but a termination or resignation the document told already
    (罢免刘新云的…代表职务，刘新云的代表资格终止 / 提出辞去…，接受其辞去…: one act)."""
    for record in records:
        key = (record.person, record.action, record.organization, record.position)
        if record.kind in ("termination", "resignation") and key in seen:
            continue
        seen.add(key)
        earlier.append(record)
        yield record


#: A career history, not a decision: 2017年，丁凤姝担任…; 曾任….
_HISTORY_RE = re.compile(r"^(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|至今)?[，,]|曾任|此前|历任)")
_DECIDED_RE = re.compile(r"决定|任命|免去|会议|通过|聘任|当选")
_CLAUSE_END_RE = re.compile(r"[，,。；;]")


def _career(text: str) -> bool:
    """Whether a sentence tells a career: it opens as one (2017年，…; 曾任…) and its first clause after that opening
    holds no decision (2023年11月,肖友才任…党委常委、拉萨市委书记,至此次当选为… — real/mixed13 xizang_renda_xuanju_2026)."""
    m = _HISTORY_RE.match(text)
    if m is None:
        return False
    end = _CLAUSE_END_RE.search(text, m.end())
    first = text[m.end() : end.start() if end else len(text)]
    return _DECIDED_RE.search(first) is None and _MEETING_WORDS_RE.search(first) is None


#: A meeting held or a decision announced, in the first clause after a date (…召开全市领导干部大会,宣布省委决定:…).
_MEETING_WORDS_RE = re.compile(r"大会|常委会|宣布|召开|举行")


_MEETING_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[上下]午)?[，,]?[^。\n]{0,40}?"
    r"(?:人大常委会|人民代表大会常务委员会|常务会议|会议)"
)


def meeting_date(body: str) -> str | None:
    """The date of the meeting a news report tells of, when the text prints it whole:
    2023年5月31日上午，济源市第十五届人民代表大会常务委员会第七次会议…. A 6月28日 with no
    year gives no date: the year of a report is not guessed."""
    m = _MEETING_RE.search(body, 0, 600)
    if m is None:
        return None
    month, day = int(m["m"]), int(m["d"])
    return f"{int(m['y']):04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


#: A run of characters before 当选 that may be names written with no separator (a flattened headline:
#: 范照兵王晓东王刚聂瑞平周仲明王会勇当选省人大常委会副主任; tests/data/real/personnel4 hebei_sheng_renda_xuanju_2018).
_RUN_BEFORE_ELECTED_RE = re.compile(rf"(?<![{CJK}])(?P<run>[{CJK}]{{5,30}})(?=当选)")
_SURNAME_RANK = {c: i for i, c in enumerate(SURNAMES)}


def _split_run(run: str) -> list[str] | None:
    """The names a run of characters is, each two or three characters opening with a surname, the reading
    whose surnames are the most common (陈刚张古江 is 陈刚、张古江, not 陈刚张、古江); None when none reads."""
    best: list[tuple[int, list[str]] | None] = [None] * (len(run) + 1)
    best[0] = (0, [])
    for i in range(len(run)):
        if best[i] is None or run[i] not in _SURNAME_RANK:
            continue
        score, names = best[i]  # type: ignore[misc]
        for size in (2, 3):
            piece = run[i:i + size]
            if len(piece) == size and is_person_name(piece, bounded=True):
                cand = (score - _SURNAME_RANK[run[i]], names + [piece])
                if best[i + size] is None or cand[0] > best[i + size][0]:  # type: ignore[index]
                    best[i + size] = cand
    found = best[len(run)]
    return found[1] if found is not None and len(found[1]) >= 2 else None


def _separate_names(text: str) -> str:
    """``text`` with names run together before 当选 separated by 、 (the reader's copy only: evidence is the
    statement's span)."""
    if "当选" not in text:
        return text
    def split(m: re.Match[str]) -> str:
        run = m["run"]
        if is_person_name(run, long=True):
            return run
        names = _split_run(run)
        return "、".join(names) if names else run
    return _RUN_BEFORE_ELECTED_RE.sub(split, text)


def _header_carry(word: str) -> _Carry:
    """The action and kind a header (免去：, 任命：, 聘任：, 选举：) gives the lines under it."""
    return PERSONNEL_HEADERS[word]


#: Names before 的代表资格终止 (kg.patterns.TERMINATION_WORDS).
#: The post may be written in the clause itself: 张新的省十四届人大代表资格终止 (real/mixed18 guangdong_sheng_renda_mianzhi_2024).
_TERMINATION_RE = lazy_compile(
    rf"(?P<names>{_NAMES})的(?P<own>(?:(?!代表)[^的，,；;。、：:\s]){{2,20}}?(?:人民代表大会|人大))?"
    rf"(?:{alternation(TERMINATION_WORDS)})")
#: The deputy's post a termination ends: the last …人民代表大会代表 / …人大代表 written before it.
_DEPUTY_POST_RE = re.compile(
    r"(?:^|[的，,；;。、：:\s“”《》（）()]|辞去|为|是)"
    r"(?P<post>(?:(?!辞去|提出|选出|补选|选举)[^的，,；;。、：:\s“”《》（）()]){2,20}?(?:人民代表大会|人大)代表)(?!法)"
)
_NAME_NOTE_RE = re.compile(rf"[（(][^（）()]{{1,{NAME_NOTE_MOST}}}[）)]$")


def _list_head(text: str) -> tuple[PersonnelRow, tuple[str, ...], int] | None:
    """The ``list``/``headed`` row whose head (posts, a colon) ``text`` holds: the row, the posts
    and where the names start (当天新聘的15位省文史研究馆馆员是: / 任命下列人员为…陪审员：)."""
    if "：" not in text and ":" not in text and "分别" not in text:
        return None
    for row, regex, needles in _LIST_ROWS:
        if needles.search(text) is None or (m := regex.search(text)) is None:
            continue
        posts = _split_posts(m["posts"])
        if len(posts) == 1 and _valid_posts(posts) and not (row.skip_posts and posts[0].endswith(row.skip_posts)):
            return row, ((m.groupdict().get("unit") or "") + posts[0],), m.end()
    return None


#: A listed person written with the post held and an honorific: 广州大学法学系主任王珉灿教授, 市律师事务所主任徐荣华律师
#: (市政府聘请的法律顾问是:…, tests/data/constructions/appointments.tsv, soolun.net).
_TITLED_ITEM_RE = lazy_compile(rf"^[{CJK}（）()]{{0,30}}?(?:{_TITLE})(?P<name>{_NAME})(?:{alternation(NAME_HONORIFICS)})$")


def _titled_item(item: str) -> str:
    """The name of an item written as post, name, honorific; any other item unchanged."""
    if not item.endswith(NAME_HONORIFICS) or (m := _TITLED_ITEM_RE.match(item)) is None:
        return item
    return m["name"]


def _listed_names(text: str, start: int = 0) -> list[str]:
    """The names listed in ``text[start:]`` (apart by 、，or spaces; a bracketed note such as
    (女) dropped), or none when any item is not a name."""
    found = read_list(text, start, len(text), spaces=True)
    names = [_titled_item(_NAME_NOTE_RE.sub("", item.text).removesuffix("同志")) for item in found.items]
    read = 0
    while read < len(names) and is_person_name(names[read], bounded=True):
        read += 1
    if read == len(names) or read >= 2 and text[found.items[read].start - 1] in "，,":
        return names[:read]  # …分别是赵慧、李寿昆,他们在…: a comma after the names ends them (appointments.tsv)
    return []


def _list_act(text: str) -> _Act | None:
    """Posts before a head with a colon and the names listed after it:
    当天新聘的15位省文史研究馆馆员是:王立群、王永宽、刘宏(女)."""
    head = _list_head(text)
    if head is None or not (names := _listed_names(text, head[2])):
        return None
    row, posts, _ = head
    return _Act(tuple(names), row.action, posts, row.kind)


def _subject_act(clause: str, subject: tuple[str, ...]) -> _Act | None:
    """A clause with no names whose person is the sentence's subject (``subject`` rows)."""
    for row, regex, needles in _SUBJECT_ROWS:
        if needles.search(clause) is None or (m := regex.match(clause)) is None:
            continue
        posts = _split_posts(_DECISION_TAIL_RE.sub("", m["posts"]))
        if _valid_posts(posts) and not (row.skip_posts and all(p.endswith(row.skip_posts) for p in posts)):
            return _Act(subject, row.action, tuple(posts), row.kind)
    return None


def _termination(stmt: _Statement, clause: str, before: str) -> _Act | None:
    """王成、曲孝丽的代表资格自行终止: a removal of kind termination from the deputy's post named before
    (a deputy's post of an earlier record of the document, else the last …人民代表大会代表 / …人大代表
    written before the clause; ``before`` is the sentence up to the clause)."""
    m = _TERMINATION_RE.search(clause) if "终止" in clause else None
    if m is None or not _names_ok(m["names"]):
        return None
    names = _names(m["names"])
    deputies = [r for r in reversed(stmt.earlier + stmt.records) if r.position == "代表" and r.organization]
    # the mandate of a deputy whose resignation or recall was told before is that record's post, however this
    # clause writes it (接受了胡衡华…辞去长沙市十五届人大代表职务 … 胡衡华的长沙市十五届人民代表大会代表资格终止,
    # real/personnel4 hunan_changsha_renda_daibiao_cizhi_2016)
    known = next((r for r in deputies if r.person in names), None)
    if known is None and not m["own"]:
        known = next(iter(deputies), None)
    if known is None and m["own"]:
        post = m["own"] + "代表"
    elif known is not None:
        post = f"{known.organization}代表"
    else:
        window = stmt.doc.body[max(0, stmt.span[0] - 800) : stmt.span[0]] + "。" + before
        found = [p["post"] for p in _DEPUTY_POST_RE.finditer(window)]
        if not found:
            return None
        post = found[-1]
    return _Act(tuple(names), "remove", (post,), "termination")


#: A count elected at a by-election, its names in brackets: 东丰县补选3名(孙弘、韩阳、王树仁) (real/mixed19
#: jilin_liaoyuan_renda_gonggao_2018).
_BY_ELECTION_RE = lazy_compile(
    rf"(?:补选|选举|选出)了?{_COUNT}名(?:代表)?[（(](?P<names>{_NAMES})[）)]$")


#: A mandate ended of people a clause before named, each with where they were elected (东丰县的李春刚和西安区的白三迎调离本行政区,
#: 按照法律规定他们的代表资格终止; real/mixed19 jilin_liaoyuan_renda_gonggao_2018): the pronoun, and the names before it.
_THEY_TERMINATED_RE = re.compile(rf"(?:他们|其)的(?:{alternation(TERMINATION_WORDS)})$")
_PLACED_NAME_RE = lazy_compile(rf"(?:^|[，,、和及])[{CJK}]{{1,10}}?的(?P<name>{_NAME})(?=[和及、]|调离|迁出|去世|死亡|因)")


def _they_terminated(stmt: _Statement, clause: str, before: str) -> _Act | None:
    """他们的代表资格终止 after a clause naming each person with their place: removals of kind termination from the
    deputy's post the text writes in full (the longest …人民代表大会代表 of the document)."""
    if _THEY_TERMINATED_RE.search(clause) is None:
        return None
    told = re.split(r"[，,]", before.rstrip("，,"))[-1] if before else ""
    names = [m["name"] for m in _PLACED_NAME_RE.finditer(told)]
    if not names or not all(is_person_name(n, bounded=True) for n in names):
        return None
    posts = [p["post"] for p in _DEPUTY_POST_RE.finditer(stmt.doc.body)]
    return _Act(tuple(names), "remove", (max(posts, key=len) if posts else "代表",), "termination")  # a body unnamed


#: Deputies counted: 补选了5名市人大代表.
_COUNTED_DEPUTIES_RE = re.compile(
    rf"{_COUNT}名(?P<post>[^的，,；;。、：:\s（）()]{{1,20}}?(?:人民代表大会|人大)代表)")


def _by_election(stmt: _Statement, clause: str) -> _Act | None:
    """Names elected in brackets after their count: deputies of the body the paragraph names in full (补选了5名市人大代表…
    确认补选的辽源市第八届人民代表大会代表…: the longest deputy's post written in the paragraph, else the last before)."""
    m = _BY_ELECTION_RE.search(clause) if "名" in clause else None
    if m is None or not _names_ok(m["names"], bounded=True):
        return None
    body, at = stmt.doc.body, stmt.span[0]
    line = body[body.rfind("\n", 0, at) + 1 : body.find("\n", at) % (len(body) + 1)]
    posts = [p["post"] for p in _DEPUTY_POST_RE.finditer(line)] + [p["post"] for p in _COUNTED_DEPUTIES_RE.finditer(line)]
    if not posts:
        posts = [p["post"] for p in _DEPUTY_POST_RE.finditer(body, max(0, at - 800), at)][-1:]
    if not posts:
        return None
    return _Act(tuple(_names(m["names"])), "appoint", (max(posts, key=len),), "election")


#: A clause that names the body an election produced, whose posts the clauses after it fill with names
#: (会议选举产生了由18人组成的市中区第十五届人民代表大会常务委员会,李聚春为主任;张成铭…为副主任;王建群…为委员;
#: real/mixed18 shandong_jinan_shizhong_xuanju_2003). The heads are data: kg.patterns.ELECTED_BODY_HEADS.
_ELECTED_BODY_RE = re.compile(
    rf"(?:{alternation(ELECTED_BODY_HEADS)})了?(?:由[^，,；;。]{{0,20}}?组成的)?"
    rf"(?P<unit>[{CJK}（）()]{{2,40}}?(?:{alternation(ELECTED_BODIES)}))$")


#: Names elected with no post, after a count elected to one (173人当选为第十四届全国人民代表大会代表。
#: 中央提名的代表候选人韩正、郑建邦同志当选; real/mixed18 shandong_sheng_renda_xuanju_2023): the count's post.
_BARE_ELECTED_RE = lazy_compile(rf"^(?:[{CJK}]{{0,12}}?候选人)?(?P<names>{_NAMES})(?:同志)?(?:均|也)?当选$")
_COUNT_ELECTED_RE = re.compile(rf"{_COUNT}(?:人|名|位)当选为(?P<post>[^，,。；;：:\n]{{2,40}})[。；;]")


def _elected_as_counted(stmt: _Statement, clause: str) -> _Act | None:
    """A clause that elects names to no post (…候选人A、B同志当选), the post of a count elected just before it."""
    m = _BARE_ELECTED_RE.match(clause)
    if m is None or not _names_ok(m["names"]):
        return None
    counted = list(_COUNT_ELECTED_RE.finditer(stmt.doc.body, max(0, stmt.span[0] - 200), stmt.span[0]))
    posts = [counted[-1]["post"]] if counted else []
    if not _valid_posts(posts):
        return None
    return _Act(tuple(_names(m["names"])), "appoint", tuple(posts), "election")


#: A clause that puts a draft decision before the meeting and does not adopt it: …审议了…的决定(草案)(》); 听取、审议并表决
#: 通过了…(草案) adopts it (通过 anywhere before the draft's title) (《…关于接受谢健同志辞去…检察长职务的请求的决定(草案)》, 《…关于朱德才同志代理…检察长职务的决定(草案)》:
#: tests/data/real/mixed29 jiangxi_jian_renda_renmian_undated).
_DRAFT_RE = re.compile(rf"(?:{alternation(DRAFT_HEARD)})了?(?![^，,；;。《]*通过)[^，,；;。]*?[（(]草案[）)]》?$")


def _read_sentence(stmt: _Statement, text: str, carry: _Carry | None) -> tuple[bool, _Carry | None]:
    """Add the records of one sentence: (whether it held a decision, what it ends with)."""
    if (listed := _list_act(text)) is not None:
        stmt.add(listed)
        return True, None
    last: tuple[str, ...] = ()
    last_act: _Act | None = None
    found = False
    # the subject is followed by 因 or ，男/女，: without those characters it cannot match
    opens = _SUBJECT_RE.match(text) if "因" in text or "男" in text or "女" in text or "任" in text else None
    # the sentence's start and 因 / ，男 bound the name (梁科因年龄原因,…: a name may end as a body does, real/personnel4)
    subject = tuple(_names(opens["names"])) if opens and _names_ok(opens["names"], bounded=True) else ()
    reason = False
    for clause in _clauses(text):
        # 鉴于…: a reason the decision gives, and the clauses going on with it (kg.patterns.PERSONNEL_REASON_GOES_ON)
        if clause.lstrip().startswith(REASON_OPENERS):
            reason = True
        elif reason and not _REASON_GOES_ON_RE.match(clause.lstrip()):
            reason = False
        if reason:
            continue
        # 决定任命: 余兴军为… on one line; not an act told before a meeting's 批准任命 (…选举的…检察长陈勇已经…会议批准任命)
        if (head := _HEADER_CLAUSE_RE.search(clause)) and (
                head.start() == 0 or not _acts_of_clause(clause, carry, stmt.doc.places)[0]):
            carry = _header_carry(head["word"])
            continue
        if body := _ELECTED_BODY_RE.search(clause):  # 选举产生了由18人组成的X常务委员会: its posts follow
            stmt.elected_body, carry = body["unit"], ("appoint", "election")
            continue
        if "草案" in clause and _DRAFT_RE.search(clause):
            continue  # a draft heard, not adopted (kg.patterns.DRAFT_HEARD)
        acts, carry_after = _acts_of_clause(clause, carry, stmt.doc.places)
        if any(not act.continued for act in acts):
            stmt.elected_body = None  # a new election (选举于界平为区人民政府区长) names its own units
        if not acts and (ended := _termination(stmt, clause, text[: text.find(clause)])) is not None:
            acts = [ended]
        if not acts and "当选" in clause and (named := _elected_as_counted(stmt, clause)) is not None:
            acts = [named]
        if not acts and "选" in clause and (elected := _by_election(stmt, clause)) is not None:
            acts = [elected]
        if not acts and "终止" in clause and (ended := _they_terminated(stmt, clause, text[: text.find(clause)])) is not None:
            acts = [ended]
        if not acts and subject and (told := _subject_act(clause, subject)) is not None:
            acts = [told]
        if not acts and last and stmt.own_clause(clause, last):
            continue
        if not acts and last_act is not None and last_act.action == "appoint" and (more := _posts_only(clause)):
            acts = [replace(last_act, posts=more)]  # 任…工委书记、管委会主任,芜湖综合保税区管委会主任
        for act in acts:
            stmt.add(act)
            last, last_act = act.names, act
            found = True
        carry = carry_after if acts else carry
    return found, carry


_BACKGROUND_RE = re.compile(rf"\s*(?:{alternation(PERSONNEL_BACKGROUND_OPENERS)})")
_REASON_GOES_ON_RE = re.compile(PERSONNEL_REASON_GOES_ON)


#: Bodies a post after a comma shares the unit before with (kg.extract.lists).
_SHARED_BODIES = frozenset((*INNER_BODIES, *UNIT_OFFICES))


def _posts_only(clause: str) -> tuple[str, ...]:
    """A clause that is only posts, each of a unit (芜湖综合保税区管委会主任): more posts of the act before
    it, written after a comma (张东同志任中共芜湖经济技术开发区工委书记、管委会主任,芜湖综合保税区管委会主任)."""
    if _BACKGROUND_RE.match(clause):
        return ()
    posts = _split_posts(clause)
    if not _valid_posts(posts):
        return ()
    unit = split_post(_parse_post(posts[0])[0])[0]
    if unit in _SHARED_BODIES:
        return tuple(posts)  # an inner body of the unit before: 就任天津东疆保税港区常委,管委会副主任 (mixed11 tianjin)
    return tuple(posts) if unit is not None and _PLACED_UNIT_RE.match(unit) and is_unit_name(unit) else ()


#: A unit named whole, from its place (芜湖综合保税区管委会, 中共某县委): no verb, count or name inside.
_PLACED_UNIT_RE = re.compile(r"^(?:中共)?(?:(?![为任聘名了的])[\u4e00-\u9fff]){0,10}?[省市县区州旗盟](?:(?![为任聘名了的])[^0-9０-９])*$")


#: A clause of names only, each with its note in brackets (张志(东宁县副县长)): a list cut by a comma, going on in the
#: clause after it (tests/data/real/mixed25 heilongjiang_sheng_hulinfanghuo_zhanzhang_1960).
_NOTED_NAMES_RE = lazy_compile(rf"^{_NAME}[（(][^（）()]{{1,{NAME_NOTE_MOST}}}[）)](?:{NAME_JOIN}{_NAME}[（(][^（）()]{{1,{NAME_NOTE_MOST}}}[）)])*$")


def _clauses(text: str) -> list[str]:
    """Clauses of a sentence; a colon after a lead-in (决定：) only opens the decision."""
    out, pos = [], 0
    for m in _CLAUSE_BREAK_RE.finditer(text):
        out.append(text[pos : m.start()].strip())
        pos = m.end()
    out.append(text[pos:].strip())
    clauses = [c for c in out if c]
    closes = _closing_removal(clauses)
    joined: list[str] = []
    for k, clause in enumerate(clauses):
        if joined and _OPEN_REMOVE_CLAUSE_RE.search(joined[-1]) and closes[k]:
            joined[-1] += "，" + clause  # 免去其A、B，C职务: one removal
        elif joined and _NOTED_NAMES_RE.match(joined[-1]):
            joined[-1] += "，" + clause  # 张志(东宁县副县长),郭凤林(…)、邢业全(…)为副站长: one list of names
        else:
            joined.append(clause)
    return joined


def _closing_removal(clauses: list[str]) -> list[bool]:
    """For each clause, whether it may go on with an open removal before it: it closes the posts (…C职务), or it is
    posts ending in a title and the clause after it goes on too (盧力同志不再擔任漳州市人民政府黨組成員,中共…工作委員會
    副書記、委員,漳州古雷港經濟開發區管委會主任職務; tests/data/real/mixed21 fujian_zhangzhou_renmian_gulei_2019).
    Read from the last clause back, one step each."""
    out = [False] * len(clauses)
    for k in range(len(clauses) - 1, -1, -1):
        out[k] = bool(_POST_END_RE.search(clauses[k])) or (
            k + 1 < len(clauses) and out[k + 1] and bool(_TITLE_TAIL_RE.search(clauses[k])))
    return out


def _same_unit(a: str | None, b: str | None) -> bool:
    """市政府 and 青岛市人民政府, 济源市 and 济源市人民政府, 桂林市 and 广西桂林市: one unit written
    shorter or longer (a headline and its report)."""
    if a is None or b is None:
        return True
    a, b = _unit_short(a), _unit_short(b)
    return a == b or a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a) or _abbreviates(a, b)


_TERM_RE = re.compile(r"第[一二三四五六七八九十百]+届")


def _unit_short(unit: str) -> str:
    """A unit in the short form a headline writes: 人民政府 → 政府, 人民代表大会常务委员会 → 人大常委会, no term
    (会议决定:王远明为市人大常委会代理主任 over …为中山市第十四届人民代表大会常务委员会代理主任; realdev2 zhongshan_renda_2016)."""
    unit = unit.replace("人民政府", "政府").replace("人民代表大会常务委员会", "人大常委会")
    return _TERM_RE.sub("", unit) if "届" in unit else unit


def _abbreviates(a: str, b: str) -> bool:
    """省文史馆 for 省文史研究馆: the shorter keeps the longer's first and last characters and the
    rest in order, and what it leaves out names no place (a headline's short form of the unit its
    report names in full; 中共杭州市委 is not 中共杭州市萧山区委)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    dropped, k = [], 0
    for c in long:
        if k < len(short) and c == short[k]:
            k += 1
        else:
            dropped.append(c)
    return k == len(short) and not any(c in "省市区县州镇乡旗" for c in dropped)


def _self_referring(org: str, before: str | None) -> bool:
    """Whether ``org`` is the short form a text uses of its own place's unit (市人民政府) for the unit a statement
    before named in full (西昌市人民政府, real/personnel4 sichuan_liangshan_xichang_renda_daishizhang_2021): the
    fuller record stays."""
    return before is not None and (org[0] in "省市县区州" and before != org and before.endswith(org)
                                   or _short_form(org, before))


def _cut_short(org: str, before: str | None) -> bool:
    """Whether ``org`` is the opening of the unit a statement before named in full (辽宁 for 辽宁省人民政府: a decision's
    title, then the report's 接受陈求发辞去辽宁省长职务; tests/data/real/mixed28 liaoning_sheng_renda_daishengzhang_2017)."""
    return before is not None and len(org) < len(before) and before.startswith(org)


def _short_form(org: str, before: str) -> bool:
    """Whether ``org`` is ``before`` written short (南通市第十五届人大常委会 for 南通市第十五届人民代表大会常务委员会,
    real/mixed19 jiangsu_nantong_renda_renmian_2021): the full form a statement before wrote stays."""
    return len(org) < len(before) and _unit_short(org) == _unit_short(before)


def dedupe_appointments(per_doc: list[list[Appointment]], is_article: list[bool],
                        restates: list[bool]) -> list[Appointment]:
    """One record per act: in news and unnumbered excerpts (``restates``) a
    headline, a lead and the decision under it state the same act once (the
    last statement, the decision's, is kept); and a news item's act that a decision
    of the same source also states is the decision's (人大 decisions carry no
    number). ``per_doc`` holds the records of each document of one source,
    ``is_article`` whether it is news or a chronicle. A numbered notice keeps
    every record (a gazette may print the same notice twice)."""
    def act(r: Appointment) -> tuple:
        return r.person.replace(" ", "").replace("\u3000", ""), r.action, r.position

    # each act's units as the decisions and as the news wrote them, by the act (a lookup, not a pass over every pair)
    decided: dict[tuple, list[str | None]] = {}
    told: dict[tuple, list[str]] = {}
    for records, article, restating in zip(per_doc, is_article, restates, strict=True):
        for r in records if restating else ():
            if not article:
                decided.setdefault(act(r), []).append(r.organization)
            elif r.organization:
                told.setdefault(act(r), []).append(r.organization)
    # a decision that writes the unit short (南通市第十五届人大常委会) yields to the news item that wrote it in full
    # (real/mixed19 jiangsu_nantong_renda_renmian_2021)
    fuller = {(k, o) for k, units in decided.items() if k in told for o in units
              if o and any(_short_form(o, full) for full in told[k])}
    out: list[Appointment] = []
    for records, article, restating in zip(per_doc, is_article, restates, strict=True):
        if not restating:
            out.extend(records)
            continue
        kept: list[Appointment] = []
        for r in records:
            if not article and (act(r), r.organization) in fuller:
                continue
            if article and any(_same_unit(o, r.organization) and (act(r), o) not in fuller
                               for o in decided.get(act(r), ())):
                continue
            # two posts of one sentence written with two units are two acts, however alike the units (张东同志任中共
            # 芜湖经济技术开发区工委书记、管委会主任,芜湖综合保税区管委会主任: real/personnel4 anhui_wuhu_jingkaiqu_renmian_2020)
            same = next((i for i, k in enumerate(kept) if act(k) == act(r) and _same_unit(k.organization, r.organization)
                         and (k.evidence != r.evidence or k.organization == r.organization)), None)
            if same is None:
                kept.append(r)
            elif r.organization and not _self_referring(r.organization, kept[same].organization) \
                    and not _cut_short(r.organization, kept[same].organization):
                kept[same] = r  # the body under a headline says it in full
        out.extend(kept)
    return out
