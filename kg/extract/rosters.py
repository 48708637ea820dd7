"""Leading-group rosters → one appointment per member, in the group.

A notice that sets up or adjusts a 领导小组 (指挥部, 委员会, 联席会议 …) lists its
members under role labels::

    关于成立临安市信用建设工作领导小组的通知
    组    长：李文钢
    副组长：冯 镭
    何洪明（市纪委）
    成    员：巫振江（市府办）、李红樱（市发改局）
    领导小组下设办公室，办公室设在市发改局，胡廖明同志兼任办公室主任。

Every named member becomes an ``appoint`` record whose organization is the
group and whose position is the roster role; 兼任 makes it ``concurrent``; a
home unit in brackets or after the name goes to ``note``. Members given by post
only (县发改局局长) name no person and give no record. News writes the same in
prose: 成立了副市长李朝晖为组长的淮南市第七次全国人口普查领导小组.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.lists import Item, split_items
from kg.patterns import (
    CJK,
    MENTION_TITLES,
    PERSON_NAME_PATTERN,
    POSITION_TITLES,
    SPACE,
    alternation,
    is_person_name,
    lazy_compile,
)
from kg.records import Appointment, Document

__all__ = ["Roster", "find_rosters", "GROUP_SUFFIXES", "ROSTER_ROLES"]

#: Endings of the names of coordinating bodies that have rosters.
GROUP_SUFFIXES = (
    "工作领导小组", "领导小组", "工作小组", "专项小组", "协调小组", "推进小组", "指挥部", "工作专班", "专班",
    "联席会议", "委员会", "议事协调机构",
)
#: Roster roles, as printed before the colon (spaces inside allowed: 组    长).
ROSTER_ROLES = (
    "组长", "常务副组长", "副组长", "第一组长", "第一副组长", "总召集人", "成员", "委员", "主任", "常务副主任", "副主任", "指挥长", "常务副指挥长",
    "副指挥长", "总指挥", "副总指挥", "召集人", "副召集人", "秘书长", "副秘书长", "顾问",
    "办公室主任", "办公室副主任", "办公室常务副主任", "主任委员", "副主任委员", "常务副主任委员",
)

_SPACED_ROLE = "|".join(
    f"{SPACE}*".join(map(re.escape, role)) for role in sorted(ROSTER_ROLES, key=len, reverse=True)
)
#: A roster line: its role, a colon, and the first members.
_ROLE_LINE_RE = lazy_compile(rf"(?m)^{SPACE}*(?P<role>{_SPACED_ROLE}){SPACE}*[：:]{SPACE}*(?P<members>[^\n]*)$")
_GROUP = rf"(?:(?![的等])[{CJK}（）()“”《》0-9０-９%％.]){{2,40}}?(?:{alternation(GROUP_SUFFIXES)})"
_GROUP_ITEM = rf"(?:(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[、.．]|[（(](?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[）)])?{SPACE}*"
#: Where the group is named: a title 关于成立X的通知, a line 成立X / 调整X成员, or X组成人员.
_GROUP_RE = lazy_compile(
    rf"(?:成立|组建|设立|建立|调整|充实|调整充实|更新|明确)(?P<a>{_GROUP})"
    r"(?=的?(?:组成人员|成员|人员|通知|决定|制度|$|[，,。：:\n（(]))"
    rf"|(?P<b>{_GROUP})(?:组成人员|成员)(?:名单|如下)"
    # an election's body, before the posts it fills (补选西藏自治区第十二届人民代表大会常务委员会主任、副主任、委员)
    rf"|(?:选举|补选)(?:产生)?(?P<d>{_GROUP})(?=(?:主任|副主任|秘书长|委员)[、，,和])"
    rf"|^{SPACE}*{_GROUP_ITEM}(?P<c>{_GROUP}){SPACE}*$",
    re.M,
)
#: A line that is only a group's name, maybe numbered (1、市城市规划委员会): it heads the roles under it.
_GROUP_LINE_RE = re.compile(rf"^{_GROUP_ITEM}{_GROUP}$")
_NAME = PERSON_NAME_PATTERN
_TITLE = alternation(POSITION_TITLES + MENTION_TITLES)
#: A member item that opens with the name: 李文钢 / 何洪明（市纪委） / 张三  县发改局局长.
_NAME_FIRST_RE = lazy_compile(rf"^(?P<name>{_NAME})(?:同志)?(?:$|{SPACE}+(?P<post>\S.*)$|[（(](?P<unit>[^）)]*)[）)]?$)")
_TITLE_START_RE = re.compile(_TITLE)
#: Title words alone (区长 on a line of its own after 崇明区委副书记、 is that member's second post, not a name).
_TITLE_WORDS = frozenset(POSITION_TITLES + MENTION_TITLES)
_TITLE_END_RE = re.compile(rf"(?:{_TITLE})$")
_TRAILING_NAME_RE = lazy_compile(rf"(?:{_TITLE})(?P<name>{_NAME})$")
#: A padded two-character name alone: 冯 镭, 陈　华.
_PADDED_RE = lazy_compile(rf"^(?P<name>{_NAME})(?:[（(](?P<unit>[^）)]*)[）)]?)?$")
#: A member item that ends with the name after a title: 市政府副市长李朝晖.
_TITLE_FIRST_RE = lazy_compile(rf"^(?P<post>.*?(?:{_TITLE})){SPACE}*(?P<name>{_NAME})(?:同志)?$")
#: The office of the group: 办公室设在市发改局，胡廖明同志兼任办公室主任 / 办公室主任由X兼任.
_OFFICE_RE = lazy_compile(
    rf"(?P<name>{_NAME})(?:同志)?(?P<verb>兼任|担任|任)(?:领导小组)?(?P<role>办公室(?:常务)?副?主任)"
    rf"|(?:领导小组)?(?P<role2>办公室(?:常务)?副?主任)由(?:[{CJK}]{{0,20}}?(?:{_TITLE}))?(?P<name2>{_NAME})(?:同志)?"
    r"(?P<verb2>兼任|担任)"
)
#: Prose rosters: 领导小组由市委常委、常务副市长田福德任组长，市统计局局长邓焕章、…任副组长；…任成员.
_PROSE_ROLES = ("常务副组长", "副组长", "组长", "成员", "常务副指挥长", "副指挥长", "指挥长", "总召集人", "召集人",
                "副主任", "主任")
#: (found by its verb and role; the people are the words back to the clause's start)
_PROSE_ROLE_RE = re.compile(rf"(?:兼任|担任|任|为)(?P<role>{alternation(_PROSE_ROLES)})(?=[，,；;。]|$)", re.M)
#: Prose: 成立了副市长李朝晖为组长的…领导小组.
_PROSE_RE = lazy_compile(
    rf"(?:由|以)?(?:(?P<title>{_TITLE})(?![{CJK}]{{0,1}}(?:{_TITLE})))?(?P<name>{_NAME})(?:同志)?(?:为|任|担任)"
    rf"(?P<role>常务副组长|副组长|组长|指挥长|副指挥长|总指挥|召集人)的(?P<group>{_GROUP})"
)


#: What _PROSE_RE needs, found fast (that regex opens on any character and is slow to scan a text with).
_PROSE_ANCHOR_RE = re.compile(r"(?:为|任|担任)(?:常务副组长|副组长|组长|指挥长|副指挥长|总指挥|召集人)的")
_ANY_ROLE_RE = re.compile(r"组\s*长|成\s*员|召\s*集\s*人|指挥长|总指挥|办公室主任|委\s*员|主\s*任")


@dataclass(frozen=True)
class Roster:
    """A roster found in a document: its span in the body and its records."""

    group: str | None
    start: int
    end: int
    records: tuple[Appointment, ...]


def _role(text: str) -> str:
    return re.sub(rf"{SPACE}+", "", text)


#: Where a post written straight after the name may start: 陈芸副省长, 黄琪玉省政府副秘书长, 吴立官团省委副书记.
_POST_START = "省市县区州旗镇乡团副正常总党中国全"


_SPACE_RE = re.compile(SPACE)


def _glued(item: str) -> tuple[str, str] | None:
    """陈芸副省长 → (陈芸, 副省长): a name and its post with nothing between; the name
    is cut where the post can start (a three-character name first: 黄琪玉|省政府…)."""
    for size in (3, 2, 4):
        name, post = item[:size], item[size:]
        if post and (post[0] in _POST_START or _PLACE_START_RE.match(post)) and name[-1] not in _POST_START \
                and not _SPACE_RE.search(post) and is_person_name(name) and _TITLE_END_RE.search(post):
            return name, post
    return None


#: A post written straight after the name that opens with a place: 王治平天津市人民政府副市长.
_PLACE_START_RE = re.compile(rf"[{CJK}]{{1,4}}?[省市]")


def _member(item: str) -> tuple[str, str | None] | None:
    """(name, note) of a member item, or None when it names no person."""
    item = item.strip(" \t\u3000\xa0。．.")
    if not item:
        return None
    if glued := _glued(item):
        return glued
    for regex in (_PADDED_RE, _NAME_FIRST_RE, _TITLE_FIRST_RE):
        m = regex.match(item)
        if m is None:
            continue
        groups = m.groupdict()
        name = m["name"]
        if regex is _NAME_FIRST_RE and groups.get("post") and _TITLE_START_RE.match(m["post"]) is None \
                and not _TITLE_END_RE.search(m["post"]):
            continue  # 张三 某某: the words after the name are no post
        if regex is _TITLE_FIRST_RE and _TITLE_END_RE.search(name):
            continue
        if not is_person_name(name):
            continue
        note = groups.get("unit") or groups.get("post")
        return name, (note.strip() if note else None)
    return None


def _member_with_posts(line: str) -> tuple[str, str] | None:
    """(name, posts) of a member line whose posts after the name hold a 、 (成 员:方国友 区政府办公室党组成员、
    区机关事务管理中心主任; tests/data/real/personnel5 jiangsu_changzhou_zhonglou_lingdaoxiaozu_2022): the first
    part need not end in a title, the last one does, and no space inside them opens another member."""
    if "、" not in line or (m := _NAME_FIRST_RE.match(line.strip(" \t\u3000\xa0。．."))) is None or not m["post"]:
        return None
    posts = m["post"].strip()
    if _SPACE_RE.search(posts) or not _TITLE_END_RE.search(posts) or not is_person_name(m["name"]):
        return None
    items = split_items(line)
    return (m["name"], posts) if _member(items[0].text) is None and not is_person_name(items[1].text) else None


def _trim_span(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and body[a] in " \t\u3000\xa0":
        a += 1
    while b > a and body[b - 1] in " \t\u3000\xa0。．.":
        b -= 1
    return a, b


def _spaced_members(body: str, start: int, end: int) -> list[Item]:
    """The members of ``body[start:end]`` when it is names apart by spaces (张某 李某 王某,
    a padded 冯 镭 kept whole), each a name; none otherwise."""
    items = split_items(body, start, end, spaces=True)
    if len(items) < 2 or not all(is_person_name(i.text) for i in items):
        return []
    return items


def _group_before(doc: Document, pos: int) -> str | None:
    """The nearest group named before ``pos`` in the body, else in the title."""
    best = None
    for m in _GROUP_RE.finditer(doc.body, 0, pos):
        best = m["a"] or m["b"] or m["c"] or m["d"]
    if best is None and doc.title:
        in_title = _GROUP_RE.search(doc.title.replace("\n", ""))
        best = (in_title["a"] or in_title["b"] or in_title["c"] or in_title["d"]) if in_title else None
    return best.strip() if best else None


def _record(doc: Document, span: tuple[int, int], name: str, group: str | None, role: str, *,
            concurrent: bool = False, note: str | None = None) -> Appointment:
    return Appointment(
        source=doc.source, doc_id=doc.id, doc_number=doc.doc_number, date=doc.date, person=name,  # the notice's date
        action="appoint", organization=group, position=role, evidence=doc.evidence_for(*span),
        concurrent=concurrent, note=note,
    )


def find_rosters(doc: Document) -> list[Roster]:
    """The rosters of a document (role lines and the office sentence after them),
    and the prose 以X为组长的…领导小组."""
    body = doc.body
    out: list[Roster] = []
    if not _ANY_ROLE_RE.search(body):
        return out
    lines = list(_ROLE_LINE_RE.finditer(body))
    i = 0
    while i < len(lines):
        first = lines[i]
        group = _group_before(doc, first.start())
        records: list[Appointment] = []
        end = first.end()
        j = i
        while j < len(lines) and (j == i or _only_members_between(body, lines[j - 1].end(), lines[j].start())):
            m = lines[j]
            role = _role(m["role"])
            # the members: this line's tail and the lines under it up to the next role
            stop = lines[j + 1].start() if j + 1 < len(lines) else _members_end(body, m.end())
            stop = min(stop, _members_end(body, m.end()))
            pos = m.start("members")
            noted, member_start = False, 0  # the last item: a member with a post after the name, where
            for line in re.finditer(r"[^\n]+", body[pos:stop]):
                if whole := _member_with_posts(line.group()):
                    # 方国友 区政府办公室党组成员、区机关事务管理中心主任: one member, the posts after the name
                    a, b = _trim_span(body, pos + line.start(), pos + line.end())
                    records.append(_record(doc, (a, b), whole[0], group, role, note=whole[1]))
                    noted, member_start = True, a
                    continue
                for item in split_items(body, pos + line.start(), pos + line.end()):
                    after_dun = body[max(0, item.start - 8) : item.start].rstrip().endswith("、")
                    member = None if noted and after_dun and item.text in _TITLE_WORDS else _member(item.text)
                    if member:
                        records.append(_record(doc, (item.start, item.end), member[0], group, role, note=member[1]))
                        noted, member_start = member[1] is not None, item.start
                    elif noted and after_dun and _TITLE_END_RE.search(item.text):
                        # 马春雷 市政府副秘书长、市发展改革委主任: a second post of the member before
                        last = records[-1]
                        records[-1] = replace(last, note=f"{last.note}、{item.text}",
                                              evidence=doc.evidence_for(member_start, item.end))
                    else:  # names apart by spaces: 副组长：张某 李某 王某
                        for spaced in _spaced_members(body, item.start, item.end):
                            records.append(_record(doc, (spaced.start, spaced.end), spaced.text, group, role))
            end = max(end, stop)
            j += 1
        office_end = end
        for sentence in re.finditer(r"[^。\n]+[。]?", body[end : end + 300]):
            o = _OFFICE_RE.search(sentence.group()) if "办公室" in sentence.group() else None  # both branches name it
            if o is None:
                if sentence.group().strip() and "办公室" not in sentence.group():
                    break
                continue
            name = o["name"] or o["name2"]
            role = o["role"] or o["role2"]
            verb = o["verb"] or o["verb2"]
            s0 = end + sentence.start()
            span = (s0 + o.start(), s0 + o.end())
            records.append(_record(doc, span, name, group, role, concurrent=verb == "兼任"))
            office_end = s0 + sentence.end()
        if records:
            out.append(Roster(group, first.start(), office_end, tuple(records)))
        i = max(j, i + 1)
    for m in (_PROSE_RE.finditer(body) if _PROSE_ANCHOR_RE.search(body) else ()):
        if any(r.start <= m.start() < r.end for r in out):
            continue
        rec = _record(doc, m.span(), m["name"], m["group"], m["role"], note=m["title"])
        out.append(Roster(m["group"], m.start(), m.end(), (rec,)))
    for m in _PROSE_ROLE_RE.finditer(body):
        who_start = max(body.rfind(c, 0, m.start()) for c in "，,；;。：:\n") + 1
        who = body[who_start : m.start()]
        if any(r.start <= who_start < r.end for r in out) or not who.strip():
            continue
        group = _group_before(doc, who_start)
        context = body[max(0, who_start - 80) : who_start]
        if group is None or not re.search(r"由|组成人员|成员如下", context + who):
            continue
        records = []
        for item in split_items(body, who_start, m.start(), conjunctions=("及", "和")):
            text = item.text.removeprefix("由").strip()
            member = _member(text) or _member(_trailing_name(text))
            if member is None:
                continue
            records.append(_record(doc, (item.start, m.end()), member[0], group, m["role"],
                                   note=_post_before(text, member[0])))
        if records:
            out.append(Roster(group, who_start, m.end(), tuple(records)))
    for m in (_OFFICE_RE.finditer(body) if "办公室" in body else ()):
        if any(r.start <= m.start() < r.end for r in out):
            continue
        group = _group_before(doc, m.start())
        if group is None:
            continue
        line_start = body.rfind("\n", 0, m.start()) + 1
        rec = _record(doc, m.span(), m["name"] or m["name2"], group, m["role"] or m["role2"],
                      concurrent=(m["verb"] or m["verb2"]) == "兼任")
        out.append(Roster(group, line_start, m.end(), (rec,)))
    return sorted(out, key=lambda r: r.start)


def _trailing_name(text: str) -> str:
    """市委常委、常务副市长田福德 → 田福德: the name after the last title of an item."""
    m = _TRAILING_NAME_RE.search(text)
    return m["name"] if m else ""


def _post_before(text: str, name: str) -> str | None:
    post = text[: text.rfind(name)].strip()
    return post or None


def _only_members_between(body: str, a: int, b: int) -> bool:
    """Whether the text between two role lines is member lines only (no prose)."""
    return _members_end(body, a) >= b


_PROSE_LINE_RE = re.compile(r"[。；;]|^.{41,}$|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]")


def _members_end(body: str, pos: int) -> int:
    """Where the member lines after ``pos`` end: at the first prose line."""
    for line in re.finditer(r"(?m)^[^\n]*$", body[pos:]):
        text = line.group().strip(" \t\u3000\xa0")
        if line.start() == 0:
            continue
        if text and (_PROSE_LINE_RE.search(_names_line_closed(text)) or _GROUP_LINE_RE.match(text)
                     or _member_line(text) is False):
            return pos + line.start()
    return len(body)


def _names_line_closed(text: str) -> str:
    """A line of names closed by 。 or ； (扎西措姆(女)、白玛罗布、 吕涛(汉族)、宗嘎。) without its stop, which
    is no prose; other lines as they are."""
    if text[-1:] in "。；;" and len(items := [i.text for i in split_items(text[:-1])]) > 1 \
            and all(len(_BRACKETS_RE.sub("", i)) <= 6 for i in items) \
            and 2 * sum(1 for i in items if (m := _NAME_FIRST_RE.match(i)) and not m["post"]) >= len(items):
        return text[:-1]
    return text


_BRACKETS_RE = re.compile(r"[（(][^（）()]*[）)]")


def _member_line(text: str) -> bool:
    """Whether a line reads as a list of members."""
    items = [item.text for item in split_items(text)]
    return bool(items) and all(_member(t) or len(t.strip()) <= 20 for t in items)


