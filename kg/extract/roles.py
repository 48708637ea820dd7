"""The responsibility grammar: who leads and who cooperates, however a plan writes it.

Tasks, projects and table cells all state responsibility in the same few ways,
so they are read here, once:

- labels: ``牵头单位：A；配合单位：B、C；牵头领导：张三`` (full- or half-width,
  label lines under a task, spaces inside a label: ``责 任 单 位``);
- verbs: ``A牵头，B、C配合``, ``由A牵头，会同B``, ``A主办，B协办``, ``A、B分别负责``;
- marks: ``A（牵头）、B``;
- a plain list, all leads.

Role semantics follow the statement: 责任单位/责任部门 (and 实施单位 …) are the
leads when nothing is marked as 牵头, and cooperating when a 牵头 unit is named,
as 配合/协办/参与 units always are. A document may say that the first unit
listed leads (``列第一位的为牵头部门，下同``): :func:`parse_responsibility` takes
that as ``first_leads``.

Hand-written: the grammar is a handful of closed word lists (kg.patterns) and
Chinese punctuation; no library reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.lists import CONJUNCTIONS, LEVEL_STEMS, REMARK_HEADS, REMARKS
from kg.gazetteer import get_gazetteer, norm
from kg.patterns import (
    COOPERATE_PREFIX_WORDS,
    COOPERATE_ROLE_WORDS,
    COOPERATE_VERB_WORDS,
    GENERIC_UNIT_TAILS,
    GOVERNMENT_LEADER_TITLES,
    LABEL_SCOPE_WORDS,
    LEAD_OFFICIAL_ROLE_WORDS,
    LEAD_ROLE_WORDS,
    LEAD_VERB_WORDS,
    LIST_TAIL_RE,
    OCR_LABEL_COLONS,
    OCR_LABEL_FORMS,
    OCR_LABEL_OPENERS,
    OFFICIAL_TITLES,
    PERSON_NAME_PATTERN,
    RESPONSIBLE_ROLE_WORDS,
    RESPONSIBLE_VERB_WORDS,
    SPACE,
    SURNAMES,
    UNIT_SUFFIXES,
    alternation,
    lazy_compile,
)

__all__ = [
    "FIRST_LISTED_LEADS_RE", "FIRST_LISTED_LEADS_START_RE", "LABELLED_BRACKET_RE", "LABEL_GUARD_RE", "LABEL_RE", "LABEL_WORDS", "ROLE_OF_LABEL", "Roles", "is_unit_name", "lead_marks", "looks_like_units",
    "parse_labelled", "parse_responsibility", "split_officials", "split_units", "statement_in_brackets", "unbreak", "units_in_brackets",
]


@dataclass(frozen=True)
class Roles:
    """The parties of one responsibility statement."""

    lead: tuple[str, ...] = ()
    cooperate: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lead or self.cooperate or self.officials)


#: Label word → role. 责任单位 is ``responsible``: lead unless a 牵头 unit is named.
ROLE_OF_LABEL = {
    **{w: "lead" for w in LEAD_ROLE_WORDS},
    **{w: "responsible" for w in RESPONSIBLE_ROLE_WORDS},
    **{w: "cooperate" for w in COOPERATE_ROLE_WORDS},
    **{w: "official" for w in LEAD_OFFICIAL_ROLE_WORDS},
}
_SPACED_LABEL = alternation(tuple(ROLE_OF_LABEL), sep=f"{SPACE}*")
#: The role labels, spaces allowed between their characters (责 任 单 位); no group.
LABEL_WORDS = _SPACED_LABEL
#: A role label and its colon (compiled on first use: it costs ~30 ms, and a text with no
#: label never reaches it; see LABEL_GUARD_RE).
LABEL_RE = lazy_compile(rf"(?P<label>{_SPACED_LABEL}){SPACE}*[：:]")
#: A role label as OCR may break it (牵头\n单位：).
BROKEN_LABEL_WORDS = alternation(tuple(ROLE_OF_LABEL), sep=r"[ \t\u3000]*(?:\n\s*)?")
_OCR_LABEL = alternation(tuple(OCR_LABEL_FORMS))
#: A bracket that opens with a role label: （牵头单位：…；配合单位：…）, 【责任单位：…】, [牵头单位:…];
#: one level of nested brackets (各区县（市）政府) and OCR line breaks are allowed inside, and the
#: label as OCR prints it (〈牵头单位, (牵头单位;, (SAS:, kg.patterns.OCR_LABEL_FORMS).
LABELLED_BRACKET_RE = lazy_compile(
    rf"[（(【\[〔{OCR_LABEL_OPENERS}](?P<body>\s*(?:{alternation(LABEL_SCOPE_WORDS)})?(?:{BROKEN_LABEL_WORDS}|{_OCR_LABEL})[ \t\u3000]*(?:\n\s*)?"
    rf"[：:{OCR_LABEL_COLONS}]"
    # a text cut inside the bracket (a stored excerpt that breaks off in the list: …省环保厅、省住建厅、) ends it
    r"(?:[^（）()【】\[\]〔〕]|[（(][^（）()]{0,30}[）)]){0,1000})(?:[）)】\]〕]|(?=\s*\Z))"
)
#: Where a label is expected (a role clause's start, or after the ；that closes the label before), a label as
#: OCR prints it: an OCR form of the word (SAS:, RSS:), or the word with ; for its colon (牵头单位;市发改委).
_OCR_LABEL_RE = lazy_compile(
    rf"(?:^|(?<=[；;]))(?P<space>\s*)(?:(?P<ocr>{_OCR_LABEL}){SPACE}*[：:{OCR_LABEL_COLONS}]"
    rf"|(?P<label>{_SPACED_LABEL}){SPACE}*[{OCR_LABEL_COLONS}])"
)
#: Every label, as written or as OCR prints it, ends in one of a few characters followed by
#: spaces, maybe a line break, and a colon (位：, 头 :, SAS;): a text where this finds nothing
#: holds no label, and the label patterns (LABEL_RE, LABELLED_BRACKET_RE, tasks' label lines),
#: whose compiling is most of a one-file run's start-up, are neither compiled nor run on it.
LABEL_GUARD_RE = re.compile(
    rf"[{re.escape(''.join(sorted({w[-1] for w in (*ROLE_OF_LABEL, *OCR_LABEL_FORMS)})))}]\s*[：:{OCR_LABEL_COLONS}]"
)
#: Another field of a statement (完成时限：2022年底, 工作要求：…, 责 任 人：…) ends the list before it.
_OTHER_FIELD_RE = re.compile(rf"(?:^|(?<=[\s、，,；;（(]))(?:[^、，,；;\s（）()：:]{SPACE}?){{2,8}}[：:]")
#: A line break before a field of its own (责 任 人：…) ends the value above it.
_FIELD_BREAK_RE = re.compile(rf"[ \t\u3000]*\n\s*(?=(?:[^\s：:，,。；;、]{SPACE}?){{2,8}}[：:])")
#: 由X牵头 inside another field (工作要求：由市发改委牵头，并负责报进度).
_LEAD_IN_FIELD_RE = re.compile(rf"由(?P<units>[^，,。；;：:]{{2,60}}?)(?:{alternation(LEAD_VERB_WORDS)})")
#: A document's convention: the first unit listed leads (列第一位的为牵头部门，下同).
FIRST_LISTED_LEADS_RE = re.compile(
    r"(?:列?(?:第一位|首位|排在首位|排名第一)[的者]?(?:责任|牵头)?(?:单位|部门)?(?:为|是)(?:工作)?(?:牵头|主办|主责)"
    r"(?:或[\u4e00-\u9fff]{1,4}?)?(?:部门|单位)"
    # the other way round, as a table header says it: 责任单位（牵头单位列第一位）
    r"|(?:牵头|主办|主责)(?:部门|单位)(?:列|排)(?:在)?(?:第一位|首位|第一))"
)
#: Where a FIRST_LISTED_LEADS_RE match may start (for kg.patterns.search_from).
FIRST_LISTED_LEADS_START_RE = re.compile(r"[列第首排牵主]")
#: The convention written in brackets after a unit list: …、各区县政府（列第一位的为工作牵头单位，下同）.
_CONVENTION_BRACKET_RE = re.compile(
    rf"[（(][^（）()]*{FIRST_LISTED_LEADS_RE.pattern}[^（）()]*[）)]"
    # or after a comma, unbracketed: 责任单位：A、B、C，排在首位的为牵头单位
    rf"|[，,；;]\s*{FIRST_LISTED_LEADS_RE.pattern}[^（）()，,；;。]*"
)
#: Marks printed before a unit in a list (＊市发展改革委): not part of its name.
_UNIT_MARK_RE = re.compile(r"^[*＊★☆※△▲]+")
#: A duty remark in brackets after a unit: 市发改委（按职责分工负责）, 各县区政府（负责落实）; not part of its name.
_DUTY_BRACKET_RE = re.compile(r"[（(](?:按照?职责分工|按职责|依职责|根据职责|各自|分别)?(?:负责|落实|负责落实)?[）)]$")
_CONVENTION_RE = re.compile(
    rf"[。；;，,]?\s*{FIRST_LISTED_LEADS_RE.pattern}[^）)]*$|[。；;，,]?\s*(?:下同|以下同)[。]?\s*$"
)
#: 下同 closing a labelled value, before the remark's 。 (…四市人民政府按职责分工负责,下同。以下各项任务均涉及
#: 四市或部分市人民政府,不再列出, real/mixed11 neimenggu_hubaoewu_yitihua_2023): no unit.
_SAME_BELOW_RE = re.compile(r"[，,；;]?\s*(?:以下同|下同)\s*$")

_UNIT_END_RE = re.compile(
    r"(?:" + alternation(UNIT_SUFFIXES + GENERIC_UNIT_TAILS) + r")(?:[（(][^（）()]*[）)])?(?:等[^、，,]{0,4})?$"
)
# Items of a unit list: runs of anything but separators, a bracket group kept whole. Level lists are
# read item by item as the real golds write them: 各县、市、区政府, 各县、区人民政府(管委会) (realdev2
# chuzhou_tasks_2020, tasks2 guangdong_chaozhou_lantian_fangan_2019), and 各区、县(市)政府 → 各区, 县(市)政府
# (real/mixed21 liaoning_shenyang_fengongfangan_2026, its gold audited); 各县（市、区）人民政府, the 、 inside
# the bracket, stays one.
_UNIT_ITEM_RE = re.compile(r"(?:[^、，,；;/／\s（）()]|[（(][^（）()]*[）)])+")
#: 和/及/与 between two units of a list (环保厅和内蒙古电力监管办及相关盟市): a join only after a
#: unit's ending, since 和 also stands inside names (经济和信息化委, 住房和城乡建设局), or after a list's
#: closing 等 (省政府办公厅、财政厅、地税局等和各市、县人民政府, real/mixed9 shanxi_sheng_tasks_2006).
#: A bare body after it shares the place before it, one item (各县(市、区)党委和人民政府, 高新区党工委和管委会:
#: real/mixed23 henan_pingdingshan_hezhangzhi_renwufenjie_2018).
_UNIT_CONJ_RE = re.compile(
    r"(?<=[" + "".join(sorted({s[-1] for s in UNIT_SUFFIXES} - {"学", "行"} | {"门", "等"})) + r"])"
    r"(?:" + alternation(CONJUNCTIONS) + r")(?!(?:单位|部门|企业|" + alternation(UNIT_SUFFIXES) + r")(?:$|[、，,；;]))"
    r"(?=[^、，,；;/／\s（）()]{2})"
)
_BREAK_RE = re.compile(r"[ \t\u3000]*\n\s*")
_EDGE_RE = re.compile(r"^[\s、，,；;。.]*(?:由|请)?|[\s、，,；;。.]+$")
#: A unit with the company that carries the work in brackets: 区交通运输局(象山湾一期公司).
#: A bracketed government body is another name of the unit: 市交通委(市道运局) stays whole.
_HOLDER_RE = re.compile(
    r"^(?P<unit>.+?(?:" + alternation(UNIT_SUFFIXES) + r"))[（(](?P<inner>[^（）()]+(?:公司|集团|银行|有限公司))[）)]$"
)
_LEAD_MARK_RE = re.compile(rf"[（(](?:{alternation(LEAD_VERB_WORDS)})[）)]$")
_ROLE_VERB_RE = re.compile(alternation(LEAD_VERB_WORDS + COOPERATE_VERB_WORDS + ("负责",)))
_RESP_VERB_RE = re.compile(
    rf"(?P<lead>{alternation(LEAD_VERB_WORDS + RESPONSIBLE_VERB_WORDS)})|(?P<coop>{alternation(COOPERATE_VERB_WORDS)})"
)
_PREFIX_RE = re.compile(alternation(COOPERATE_PREFIX_WORDS))
#: Words between a unit list and its verb: 分别负责, 按职责分工负责, 共同牵头.
_QUALIFIER_RE = re.compile(r"(?:按照?职责分工|按职责|依职责|根据职责|各自|分别|共同|具体|会同有关单位)+$")
_GENERIC_START_RE = re.compile(r"(?:各|相关|有关)[^、，,]{0,8}$")


def unbreak(text: str) -> str:
    """Remove OCR line breaks (and the indentation around them)."""
    return _BREAK_RE.sub("", text)


def is_unit_name(text: str) -> bool:
    """Ends like a unit name: 市发改委, 各乡镇（街道）, 区商务局等 (a unit suffix or a generic tail)."""
    return _UNIT_END_RE.search(text) is not None


def looks_like_units(text: str) -> bool:
    """A responsibility cell: a role verb (牵头, 配合, 负责) or a list of unit names.
    Prose that merely uses such a verb (由上海全权负责运营。) is not one."""
    if "。" in text or len(text) > 120:
        return False
    if _ROLE_VERB_RE.search(text):
        return True
    parts = _UNIT_ITEM_RE.findall(text)
    # a level stem (各县、市、区政府) shares the ending of a unit after it
    return bool(parts) and all(is_unit_name(p) or (p in LEVEL_STEMS and any(map(is_unit_name, parts[k + 1 :])))
                               for k, p in enumerate(parts))


def split_units(text: str) -> tuple[list[str], list[str]]:
    """Units of a list (split on 、，,；/ and spaces, brackets kept whole) and notes.

    A trailing 等/等部门 is dropped (区商务局等部门 → 区商务局); OCR line breaks
    inside a name are closed up. A unit followed by another body in brackets,
    区交通运输局(象山湾一期公司), gives the unit and a note naming the bracketed
    body; 相关镇(街道) and 各县（市、区）人民政府 stay one unit.
    """
    units: list[str] = []
    notes: list[str] = []
    text = _SPACED_CHUNK_RE.sub(_close_spaces, unbreak(_EDGE_RE.sub("", text)))
    for m in _UNIT_ITEM_RE.finditer(text):
        part = _UNIT_MARK_RE.sub("", LIST_TAIL_RE.sub("", m.group().strip("。.：:")).strip())
        part = _DUTY_BRACKET_RE.sub("", part) or part
        holder = _HOLDER_RE.match(part)
        if holder:
            part = holder["unit"]
            notes.append(holder["inner"])
        if part in REMARKS or part.startswith(REMARK_HEADS):  # …按职责分工负责,下同: a remark (kg.extract.lists)
            notes.append(part)
        elif part:
            if "和" in part or "及" in part or "与" in part:
                # 省农业厅等省直有关部门和各市人民政府: each piece drops its own tail
                units.extend(q for p in _UNIT_CONJ_RE.split(part) if (q := LIST_TAIL_RE.sub("", p) or p))
            else:
                units.append(part)
    return units, notes


#: A list item holding spaces (市 住建局, 伏羲 山管委 会: a PDF's text layer spaces a name out).
_SPACED_CHUNK_RE = re.compile(rf"[^、，,；;/／\s]+(?:{SPACE}+[^、，,；;/／\s]+)+")


def _close_spaces(m: re.Match[str]) -> str:
    """Spaces inside a list item part units only when every piece is a unit (市发改委 市财政局);
    otherwise they fall inside one name (市 住建局 → 市住建局, 资源规划 局 → 资源规划局)."""
    pieces = m.group().split()
    if all(is_unit_name(p) or _GENERIC_START_RE.match(p) for p in pieces):
        return m.group()
    return "".join(pieces)


_NAME_PIECE_RE = re.compile(rf"[{SURNAMES}]{SPACE}+[\u4e00-\u9fff](?=$|{SPACE}|[、，,；;])")


def split_officials(text: str) -> tuple[str, ...]:
    """People or posts of a 牵头领导 list: 王 健 (a two-character name padded with
    a space) stays one name; 张三、李四 and 张三 李四 are two; a name after its post is the
    name, and a post before it is the same person's (市政府党组成员、公安局局长王小洪和副市长杨斌 →
    王小洪, 杨斌: tests/data/real/mixed11/beijing_fengong_2018.txt)."""
    text = unbreak(_EDGE_RE.sub("", text))
    text = _NAME_PIECE_RE.sub(lambda m: re.sub(SPACE, "\0", m.group()), text)
    out = []
    for piece in re.split(r"[、，,；;/／]+|\s+", text):
        piece = LIST_TAIL_RE.sub("", piece.strip("。.：:")).replace("\0", " ")
        if piece:
            out.append(piece)
    named = [[m["name"] for m in _TITLED_NAME_RE.finditer(p)] for p in out]
    if any(named):
        out = [n for p, names in zip(out, named, strict=True)
               for n in (names or ([] if _POST_ONLY_RE.search(p) else [p]))]
    return tuple(out)


_LEADER_TITLES = alternation(tuple(dict.fromkeys(OFFICIAL_TITLES + GOVERNMENT_LEADER_TITLES)))
#: A leader named after their post: 常务副市长张工, 公安局局长王小洪和副市长杨斌.
_TITLED_NAME_RE = lazy_compile(rf"(?:{_LEADER_TITLES})(?P<name>{PERSON_NAME_PATTERN})(?=$|[和及与])")
_POST_ONLY_RE = lazy_compile(rf"(?:{_LEADER_TITLES})$")


def lead_marks(units: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``市发改委（牵头）、市科技局`` → lead (市发改委,), cooperating (市科技局,); unmarked lists stay lead."""
    marked = tuple(_LEAD_MARK_RE.sub("", u) for u in units if _LEAD_MARK_RE.search(u))
    if not marked:
        return units, ()
    return marked, tuple(u for u in units if not _LEAD_MARK_RE.search(u))


def _resolve(found: dict[str, list[str]], notes: list[str], first_leads: bool = False) -> Roles:
    """Responsible units lead unless a 牵头 unit is named; marks inside a list count;
    under the document's 列第一位的为牵头单位 only the first responsible unit leads."""
    lead, responsible = tuple(found.get("lead", ())), tuple(found.get("responsible", ()))
    coop = tuple(found.get("cooperate", ()))
    if lead:
        coop = responsible + coop
    else:
        lead, marked_coop = lead_marks(responsible)
        if first_leads and not marked_coop and len(lead) > 1:
            lead, marked_coop = lead[:1], lead[1:]
        coop = marked_coop + coop
    return Roles(lead, coop, tuple(found.get("official", ())), tuple(notes))


def _label_goes_on(text: str, m: re.Match[str]) -> bool:
    """Whether a line break falls inside a label (配合\n\n单位：), not before a new field."""
    joined = unbreak(text[max(0, m.start() - 6) : m.start()] + text[m.end() : m.end() + 8])
    return LABEL_RE.search(joined) is not None and LABEL_RE.search(unbreak(text[m.end() : m.end() + 8])) is None


def _ocr_labels(text: str) -> str:
    """The labels of a role clause as OCR printed them, written as the label words they stand for:
    SAS:A;RSS:B → 牵头单位：A;配合单位：B, 牵头单位;A;配合单位;B → 牵头单位：A;配合单位：B."""
    if not _OCR_LABEL_RE.search(text):
        return text
    return _OCR_LABEL_RE.sub(lambda m: m["space"] + (OCR_LABEL_FORMS[m["ocr"]] if m["ocr"] else m["label"]) + "：", text)


def parse_labelled(text: str, *, first_leads: bool = False) -> Roles:
    """``牵头单位：A、B；责任单位：C；牵头领导：张三`` → the parties, by the role semantics above.

    OCR line breaks are closed up first: they can fall inside a label (配合\\n\\n单位：).
    A bracketed 列第一位的为牵头单位 after the list is the convention, not a unit.
    """
    text, conventions = _CONVENTION_BRACKET_RE.subn("", _ocr_labels(text))
    first_leads = first_leads or conventions > 0
    text = unbreak(_FIELD_BREAK_RE.sub(lambda m: m.group() if _label_goes_on(text, m) else "；", text))
    labels = list(LABEL_RE.finditer(text))
    found: dict[str, list[str]] = {}
    notes: list[str] = []
    for i, m in enumerate(labels):
        value = text[m.end() : labels[i + 1].start() if i + 1 < len(labels) else len(text)]
        value = value.split("。", 1)[0]  # 责任单位：A、B。以下政策措施均需…落实，不再单独列出: a remark, not units
        value = _SAME_BELOW_RE.sub("", value)
        other = _OTHER_FIELD_RE.search(value)
        if other:
            # 部门分工：省发展改革委牵头，各地、各部门配合 (realdev2 guangdong_tasks_2021): a field
            # holding a whole statement; else 工作要求：由市发改委牵头，并负责报进度
            stated = statement_in_brackets(value[other.end() :].strip(" ；;"))
            if stated:
                found.setdefault("lead", []).extend(stated.lead)
                found.setdefault("cooperate", []).extend(stated.cooperate)
            for lead in () if stated else _LEAD_IN_FIELD_RE.finditer(value, other.end()):
                found.setdefault("lead", []).extend(split_units(lead["units"])[0])
            value = value[: other.start()]
        role = ROLE_OF_LABEL[re.sub(SPACE, "", m["label"])]
        if role == "official":
            found.setdefault(role, []).extend(split_officials(value))
        elif _VALUE_VERB_RE.search(value):  # 责任单位：A、B分别牵头 / 配合单位：C、D按职责分工负责
            stated = parse_responsibility(value)
            marked = role != "cooperate" and _VALUE_VERB_RE.search(value)["lead"] is not None  # type: ignore[index]
            found.setdefault("lead" if marked else role, []).extend(stated.lead)
            found.setdefault("cooperate", []).extend(stated.cooperate)
            notes.extend(stated.notes)
        else:
            units, more = split_units(value)
            found.setdefault(role, []).extend(units)
            notes.extend(more)
    return _resolve(found, notes, first_leads)


#: A verb closing a unit in a labelled value (责任单位：A、B分别牵头): a statement, not a name;
#: 各项目牵头单位 holds the verb inside a name and is not one.
_VALUE_VERB_RE = re.compile(
    rf"(?:(?P<lead>{alternation(LEAD_VERB_WORDS)})|{alternation(RESPONSIBLE_VERB_WORDS + COOPERATE_VERB_WORDS)})"
    r"(?:落实|实施)?(?=$|[\s，,。；;])"
)

#: What may follow the last verb of a statement: 各县区人民政府负责落实; and when, after a comma: (市政府各部门分别负责,
#: 年内持续推进), (…负责,2020年底前完成) (tests/data/real/mixed28 tianjin_shi_renwufengong_2020, _2021: each task's bracket
#: says who and by when).
_DUTY_TAIL_RE = re.compile(r"^(?:落实|实施|推进|组织实施|抓好落实)"
                           r"|^[，,](?:年内|全年|长期)?持续推进$"
                           r"|^[，,](?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:上半年|年内|年底|月底|底)?前?(?:完成|启动|见效)$")


def parse_responsibility(text: str, *, first_leads: bool = False) -> Roles:
    """The parties of a responsibility cell or clause.

    Handles labels (:func:`parse_labelled`), ``X牵头,Y、Z配合``, ``由X牵头，会同Y``,
    ``X主办，Y协办``, ``X负责``, a lead marked in a list ``X（牵头）、Y`` and a plain
    unit list (all leads; the first one only when ``first_leads``).
    """
    if LABEL_RE.search(text):
        return parse_labelled(text, first_leads=first_leads)
    leads: list[str] = []
    coops: list[str] = []
    notes: list[str] = []

    def add(target: list[str], segment: str) -> None:
        units, more = split_units(_QUALIFIER_RE.sub("", segment.strip(" ，,、")))
        target.extend(units)
        notes.extend(more)

    units, more = split_units(text)
    if any(_LEAD_MARK_RE.search(u) for u in units):
        lead, coop = lead_marks(tuple(units))
        return Roles(lead, coop, (), tuple(more))
    pos = 0
    seen_lead = sole = False
    for m in _RESP_VERB_RE.finditer(text):
        segment = text[pos : m.start()]
        pos = m.end()
        if m["lead"] and seen_lead and m["lead"] not in LEAD_VERB_WORDS:
            add(coops, _PREFIX_RE.sub("、", segment))  # X牵头，Y、Z按职责分工负责: Y and Z cooperate
        elif m["lead"]:
            seen_lead = True
            sole = sole or m["lead"] not in LEAD_VERB_WORDS
            head, *joined = _PREFIX_RE.split(segment)  # 由X会同Y牵头
            add(leads, head)
            for part in joined:
                add(coops, part)
        else:
            add(coops, _PREFIX_RE.sub("、", segment))
    rest = _DUTY_TAIL_RE.sub("", text[pos:]) if pos else text
    if pos == 0:
        add(leads, rest)
        sole = True
    elif rest.strip(" ，,。"):
        add(coops if seen_lead or _PREFIX_RE.search(rest) else leads, _PREFIX_RE.sub("、", rest))
    if first_leads and sole and len(leads) > 1 and not coops:  # 列第一位的为牵头部门
        leads, coops = leads[:1], leads[1:]
    return Roles(tuple(leads), tuple(coops), (), tuple(notes))


#: Posts named before the units in a bracket, leading the task as officials: 分管副省长、协管副秘书长负责，
#: (real/mixed18 hunan_sheng_bumenfengong_2016: …政策体系（分管副省长、协管副秘书长负责，省科技厅牵头。…）).
_POSTS_LEAD_IN_RE = re.compile(r"^(?P<posts>[^，,。；;（）()]{2,40}?)负责[，,；;]")


def statement_in_brackets(inner: str, *, first_leads: bool = False) -> Roles | None:
    """The parties when a bracket holds a whole responsibility statement, else None.

    ``省财政厅主办,省国税局、地税局协办``, ``省发改委、农委、统计局分别负责``,
    ``财政厅牵头``, ``A、B、C负责。列第一位的为牵头部门,下同`` are statements;
    鄱(阳), 出国(境) and a bare unit list are not.
    """
    text = unbreak(inner).strip()
    if FIRST_LISTED_LEADS_RE.search(text):
        first_leads = True
    same_below = _SAME_BELOW_RE.search(text.rstrip(" 。")) is not None
    text = _CONVENTION_RE.sub("", text).strip(" 。")
    head, _, remark = text.partition("。")
    if remark and (not _ROLE_VERB_RE.search(remark.replace("落实", "")) or same_below):
        # …负责落实。以下各项工作均需…落实，不再列出: a remark after the statement; so is a
        # convention closed by 下同 (…。明确牵头部门的，其他有关部门配合，不逐一列出，下同)
        text = head
    posts = _POSTS_LEAD_IN_RE.match(text)
    officials = split_officials(posts["posts"]) if posts else ()
    if posts and officials and all(_POST_ONLY_RE.search(p) for p in officials):
        text = text[posts.end() :]  # 分管副省长、协管副秘书长负责，省科技厅牵头: posts lead, then units
    else:
        officials = ()
    if not text or not _RESP_VERB_RE.search(text) or "。" in text or len(text) > 200:
        return None
    pos = 0
    for m in _RESP_VERB_RE.finditer(text):
        segment = _QUALIFIER_RE.sub("", _PREFIX_RE.sub("、", text[pos : m.start()]).strip(" ，,、由"))
        pos = m.end()
        if not segment:
            continue  # 牵头负责: two verbs in a row
        items = split_units(segment)[0]
        if not items or not all(is_unit_name(i) or _GENERIC_START_RE.match(i) or _is_place(i) for i in items):
            return None
    if _DUTY_TAIL_RE.sub("", text[pos:]).strip(" ，,。负责"):
        return None
    roles = parse_responsibility(text, first_leads=first_leads)
    return replace(roles, officials=officials) if roles.lead else None


def _is_place(name: str) -> bool:
    """A division the gazetteer knows (银川市, 哈尔滨, 黄埔区): a party of a statement whose verb names its
    role (…、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合; 哈尔滨机场扩建指挥部、哈尔滨、黑河…负责)."""
    return get_gazetteer().names.get(norm(name)) is not None


def units_in_brackets(inner: str, *, first_leads: bool = False) -> Roles | None:
    """The parties when a bracket holds only unit names (市发改委、市财政局), else None: the
    units are responsible, so they lead (the first only under 列第一位的为牵头单位).
    The caller says where such a bracket counts (after a task's full stop)."""
    text = unbreak(inner).strip()
    if FIRST_LISTED_LEADS_RE.search(text):  # (A、B、C。排名第一的为牵头单位,下同): the list, then its convention
        first_leads = True
        text = _CONVENTION_RE.sub("", text).strip(" 。")
    if not text or len(text) > 120 or _OTHER_FIELD_RE.search(text) or "。" in text:
        return None
    items = split_units(text)[0]
    if not items or not all(is_unit_name(i) or _GENERIC_START_RE.match(i) for i in items):
        return None
    return _resolve({"responsible": items}, [], first_leads)
