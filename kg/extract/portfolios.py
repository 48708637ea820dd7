"""政府领导分工: which leader of a government 主持 / 负责 / 分管 / 联系 / 协助 what.

A notice of the division of work among a government's leaders (市政府领导班子成员工作分工,
a leader's page) names each leader in a header, name and post in either order
(``龚正市长``, ``常务副市长 陈寅：``, ``市长赵志坚主持…``), and then the clauses of the
portfolio, each opened by a verb where a clause starts::

    领导市政府全面工作。                               主持 (also 主持…全面工作): nothing listed
    负责发展和改革、应急管理等工作。                     负责: areas 发展和改革, 应急管理
    分管市发展和改革委员会(市物价局),市应急管理局。      分管: units, cut at 、 and the comma
    联系市总工会，团市委，市妇联。                       联系: units
    协助分管市财政局，市审计局。                        协助 (协助市长负责审计工作: areas 审计)

One record per leader and verb: a second clause with the same verb adds its items, the
first is the evidence. Items are cut by :mod:`kg.extract.lists` (never inside brackets,
never at 和/及/与: 市交通委员会及市道路运输管理局 is one organ); objects written as work
(…工作, …方面工作, every 负责) are ``areas``, the others ``units``; a closing 等工作 / 等单位
is no item, and a government's routine work (区政府日常工作) stays whole. A page that
names no leader (one leader's own page) is read as one leader, unnamed. A text printed in
traditional characters is read in simplified ones (kg.extract.script) and given back as
printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.extract.lists import Item, split_items
from kg.extract.roles import is_unit_name
from kg.extract.script import read_simplified
from kg.gazetteer import get_gazetteer
from kg.patterns import (
    CJK,
    GOVERNMENT_LEADER_TITLES,
    NOT_IN_NAME,
    NOT_NAME_END,
    PERSON_NAME_PATTERN,
    alternation,
    is_person_name,
)
from kg.records import Document, Portfolio

# --- The grammar of a division of work: rows of data ---------------------------------------

#: The verb that opens a clause, and the ``how`` it records (领导…全面工作 is 主持).
VERBS: dict[str, str] = {"主持": "主持", "领导": "主持", "负责": "负责", "分管": "分管", "联系": "联系",
                         "协助": "协助", "分管和联系": "分管"}
#: Words that open a clause of no portfolio, ending the one before (协管财政 is not 分管).
OTHER_CLAUSE_VERBS = ("协管", "兼任", "兼", "牵头协调", "统筹协调", "在中共中央党校学习")
#: Words after a comma that end a clause's list: the reporter's comment (…等农业口,有利于推进…).
CLAUSE_STOPS = ("有利于", "将有利于", "体现", "也充分", "这将", "包括", "旨在", "以便", "进一步")
#: Words that only continue a list and are no part of its item (以及安全生产, 此外还有信访).
LIST_CONTINUERS = ("此外还有", "以及", "还有")
#: What a 主持 clause must say to be a portfolio (主持市政府工作 while the mayor is away is not).
WHOLE_WORK = "全面工作"
#: Within 协助…: whom the leader assists and the verb of the duty, both left out of the items
#: (协助市长负责审计工作 → 审计; 协助县长处理…).
ASSIST_VERBS = ("负责", "分管", "管理", "处理", "抓", "做好", "联系", "主持")
#: A government's routine work, kept whole as an area (负责区政府常务工作).
ROUTINE_RE = re.compile(r"(?:常务|日常|日常事务)工作$")
#: What closes the last item of a list and is no item: 等工作, 方面工作, 等单位 …
TAIL_RE = re.compile(r"(?:等专项工作|专项工作|等方面的工作|等方面工作|方面的工作|方面工作|等工作|工作|等单位|等部门|等有关单位|等)$")
#: Posts of the party committee printed before a government post (县委常委、常务副县长何孝堂).
PARTY_POST = r"(?:[省市区县州]委(?:常委|副书记)|党组副书记|党组书记)"
#: A government named as a place of its leaders: 上海市人民政府, 湖南省政府.
GOVERNMENT_RE = re.compile(rf"(?P<place>[{CJK}]{{1,8}}?[省市区县州旗盟])(?:人民)?政府")

_SP = r"[ \t\u3000\xa0]"
_CJK_RE = re.compile(f"[{CJK}]")
_POST = rf"(?:(?:[省市区县州]政府)?(?:{alternation(GOVERNMENT_LEADER_TITLES)})|{PARTY_POST})"
_POSTS = rf"{_POST}(?:{_SP}*[、，,]?{_SP}*{_POST})*"
_VERB = alternation(tuple(VERBS))
_NAME = rf"(?:{PERSON_NAME_PATTERN})"
#: Words between a leader and the verb, or before a verb continuing a leader's clauses
#: (林文生副市长则负责…; 同时，他还分管…; 李栋梁副市长除了负责…).
_ADVERB = r"(?:同时[，,]?)?(?:[他她])?(?:则|还|也|并|另|除了)?"
_AFTER_HEADER = rf"(?=\n|$|[，,：:（(]|{_ADVERB}(?:{_VERB}|兼))"
#: Where a header may start: a line's start, or after a clause, a space or 的 (升任副省长的缪瑞林,).
_HEADER_START = r"(?:^|(?<=[。；;，,：:\s]))"
#: Name, then post (龚正市长; 陈寅 常务副市长：; 马兴瑞⏎省长，; 郑云峰作为常务副市长，).
_NAME_POST_RE = re.compile(
    rf"{_HEADER_START}{_SP}*(?P<name>{_NAME}){_SP}*(?:同志)?{_SP}*\n?{_SP}*(?:作为)?[（(]?(?P<post>{_POSTS})[）)]?"
    rf"{_SP}*[：:，,]?{_SP}*{_AFTER_HEADER}", re.M)
#: Post, then name (常务副市长 陈寅：; 市长赵志坚主持…; 升任江苏副省长的缪瑞林，).
_POST_NAME_RE = re.compile(
    rf"(?P<post>{_POSTS}){_SP}*[：:]?的?{_SP}*(?P<name>{_NAME})"
    rf"{_SP}*(?:同志)?{_SP}*[：:，,]?{_SP}*{_AFTER_HEADER}", re.M)
#: A name alone right before its verb (通知显示，樊金龙负责省政府常务工作).
#: A line opening with a name and a post and a comma (招玉芳副省长,分管…): a name whose surname the
#: lexicon lacks, read only in this strong position.
_LINE_NAME_POST_RE = re.compile(
    rf"^{_SP}*(?P<name>(?:(?![{NOT_IN_NAME}])[{CJK}]){{2,3}}?)(?P<post>{_POSTS}){_SP}*[，,：:]", re.M)
_NAME_VERB_RE = re.compile(rf"{_HEADER_START}(?P<name>{_NAME})(?={_ADVERB}(?:负责|分管|主持))", re.M)
#: A post on a line of its own (常务副区长：): a leader the page does not name.
_POST_LINE_RE = re.compile(rf"^{_SP}*(?P<post>{_POSTS}){_SP}*[：:]?{_SP}*$", re.M)
#: A verb where a clause starts: a line's, a sentence's or a comma's clause.
_CLAUSE_RE = re.compile(
    rf"(?:^|(?<=[\n。；;，,：:]))[ \t\u3000\xa0]*{_ADVERB}(?P<verb>{alternation((*VERBS, *OTHER_CLAUSE_VERBS))})")
_VERB_AT_RE = re.compile(rf"[ \t\u3000\xa0]*{_ADVERB}(?P<verb>{alternation((*VERBS, *OTHER_CLAUSE_VERBS))})")
#: Where a clause ends when no verb opens the next: a sentence's end.
_SENTENCE_END_RE = re.compile(r"[。；;\n]")
#: The passive form: the work first, then who is responsible for it (教育、文化等归口由国桂荣副市长负责;
#: …等专项工作,均由郑云峰负责).
_PASSIVE_RE = re.compile(
    rf"(?:^|(?<=[。；;\n]))(?P<list>[^。；;\n]{{2,300}}?)[，,]?(?:均|统一|归口)*由(?P<before>{_POSTS})?(?P<name>{_NAME})"
    rf"(?P<post>{_POSTS})?负责(?=[。；;，,\n]|$)")
_STOP_RE = re.compile(rf"[，,](?={alternation(CLAUSE_STOPS)})")
_CONTINUER_RE = re.compile(rf"^(?:{alternation(LIST_CONTINUERS)})")
_ASSISTED_RE = re.compile(
    rf"(?:(?:{alternation(GOVERNMENT_LEADER_TITLES)})|{_NAME}(?:同志)?(?={alternation(ASSIST_VERBS)}))?"
    rf"(?:{alternation(ASSIST_VERBS)})?")
#: 负责与区人大、区政协…联系: a 联系 clause written with 负责.
_CONTACT_RE = re.compile(r"^与(?P<items>.+?)(?:的)?联系(?:工作)?$")


@dataclass
class _Leader:
    """One header: the leader's name and post (None when not printed) and where the block starts."""

    name: tuple[int, int] | None
    post: tuple[int, int] | None
    start: int
    body: int  # where the clauses start


@dataclass
class _Share:
    """The clauses of one leader and verb, gathered into one record."""

    how: str
    span: tuple[int, int]
    units: list[Item] = field(default_factory=list)
    areas: list[Item] = field(default_factory=list)


def _leaders(text: str) -> list[_Leader]:
    """Every header in ``text`` (simplified), in text order; a name must read as a name."""
    found: dict[int, _Leader] = {}
    for regex in (_NAME_POST_RE, _POST_NAME_RE, _NAME_VERB_RE):
        for m in regex.finditer(text):
            if not is_person_name(m["name"]):
                continue
            post = m.span("post") if "post" in m.groupdict() else None
            found.setdefault(m.start("name") if post is None else m.start(), _Leader(m.span("name"), post, m.start(), m.end()))
    for m in _LINE_NAME_POST_RE.finditer(text):
        if m["name"][-1] not in NOT_NAME_END:
            found.setdefault(m.start(), _Leader(m.span("name"), m.span("post"), m.start(), m.end()))
    for m in _POST_LINE_RE.finditer(text):
        found.setdefault(m.start(), _Leader(None, m.span("post"), m.start(), m.end()))
    leaders = sorted(found.values(), key=lambda leader: leader.start)
    out: list[_Leader] = []
    for leader in leaders:  # a header inside another's span (市长 龚正 / 龚正市长 read twice) is one
        if out and leader.start < out[-1].body:
            continue
        out.append(leader)
    return out


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[str, int, int, int]]:
    """(how, clause start, items start, clause end) of each clause in ``text[start:end]``."""
    first = _VERB_AT_RE.match(text, start, end)  # the clause right after a header (市长赵志坚主持…)
    verbs = [*([first] if first else []), *(m for m in _CLAUSE_RE.finditer(text, start, end)
                                            if not first or m.start("verb") > first.start("verb"))]
    for k, m in enumerate(verbs):
        stop = verbs[k + 1].start() if k + 1 < len(verbs) else end
        sentence = _SENTENCE_END_RE.search(text, m.end(), stop)
        comment = _STOP_RE.search(text, m.end(), sentence.start() if sentence else stop)
        sentence = comment or sentence
        clause_end = sentence.start() if sentence else stop
        while clause_end > m.end() and text[clause_end - 1] in "，,：: \t\u3000\xa0":
            clause_end -= 1
        if m["verb"] in VERBS:
            yield VERBS[m["verb"]], m.start("verb"), m.end(), clause_end


def _without_continuer(text: str, item: Item) -> Item:
    """An item without the word that only continued the list (以及安全生产 → 安全生产)."""
    m = _CONTINUER_RE.match(item.text)
    return Item(text[item.start + m.end():item.end], item.start + m.end(), item.end) if m else item


def _without_bare_etc(text: str, item: Item) -> Item:
    """An item without a bare closing 等 (内贸流通和旅游会展等,以及… → 内贸流通和旅游会展)."""
    return Item(item.text[:-1], item.start, item.end - 1) if item.text.endswith("等") and len(item.text) > 1 else item


def _passive_items(text: str, start: int, end: int) -> list[Item]:
    """The work before 由…负责: the last item ends at its 等 (法制等业务关联性较强 → 法制)."""
    items = [_without_continuer(text, i) for i in split_items(text, start, end)]
    if items:
        last = items[-1]
        cut = last.text.find("等")
        if cut > 0:
            items[-1] = Item(last.text[:cut], last.start, last.start + cut)
        else:
            tail = TAIL_RE.search(last.text)
            if tail and tail.start() > 0:
                items[-1] = Item(last.text[:tail.start()], last.start, last.start + tail.start())
    return [i for i in items if i.text]


def _items(text: str, how: str, start: int, end: int) -> tuple[str, list[Item], list[Item]] | None:
    """The verb a clause records, and its units and areas; None when it is no portfolio."""
    while start < end and text[start] in "：: \t\u3000\xa0":
        start += 1
    if how == "主持":
        return ("主持", [], []) if WHOLE_WORK in text[start:end] else None
    if how == "协助":
        m = _ASSISTED_RE.match(text, start, end)
        start = m.end() if m else start
    contact = _CONTACT_RE.match(text[start:end]) if how == "负责" else None
    if contact:  # the bodies a leader keeps in touch with: organs
        items = [_without_continuer(text, i) for i in split_items(text, start + contact.start("items"),
                                                                   start + contact.end("items"))]
        return ("联系", items, []) if items else None
    whole = text[start:end]
    if ROUTINE_RE.search(whole) and not re.search(r"[、，,]", whole):
        return how, [], [Item(whole, start, end)]
    items = [_without_continuer(text, i) for i in split_items(text, start, end)]
    if not items:
        return None
    last = items[-1]
    tail = TAIL_RE.search(last.text)
    as_work = how == "负责" or bool(tail and "工作" in tail.group())
    if tail and not ROUTINE_RE.search(last.text):
        cut = last.end - len(tail.group())
        items[-1:] = [Item(text[last.start:cut], last.start, cut)] if cut > last.start else []
    items = [_without_bare_etc(text, i) for i in items if i.text]
    items = [i for i in items if i.text]
    if not items:
        return None
    if as_work:
        return how, [], items
    organs = [is_unit_name(text[i.start:i.end]) for i in items]
    if 2 * sum(organs) >= len(organs):  # a list of organs (a 广播电视台 among them is one too)
        return how, items, []
    return (how, [i for i, organ in zip(items, organs, strict=True) if organ],
            [i for i, organ in zip(items, organs, strict=True) if not organ])  # 火炬高新区, 以及安全生产…


def _jurisdiction(text: str, doc: Document) -> tuple[int, int] | str | None:
    """The government whose leaders these are: the first division of the gazetteer the text
    names as a government (湖南省人民政府), else the place the text names most."""
    regions = get_gazetteer().regions
    for m in GOVERNMENT_RE.finditer(text):
        for start in range(m.start("place"), m.end("place") - 1):  # 印发了《湖南省 → 湖南省
            opens = start == 0 or not _CJK_RE.match(text, start - 1)  # not 处理县政府 → 理县
            if opens and text[start:m.end("place")] in regions:
                return start, m.end("place")
    return doc.places[0] if doc.places else None


def _is_division(text: str, per_leader: list[tuple[_Leader, dict[str, _Share]]]) -> bool:
    """A division of work: named leaders' clauses in a text that says 分工, or of two leaders or
    more; a page that names none (a leader's own) needs clauses of two of 分管, 联系, 协助."""
    named = sum(1 for leader, shares in per_leader if shares and leader.name)
    if named:
        return named >= 2 or "分工" in text
    hows = {how for _, shares in per_leader for how in shares}
    return len(hows & {"分管", "联系", "协助"}) >= 2


def extract_portfolios(doc: Document) -> Iterator[Portfolio]:
    """The portfolios of a division of work, one per leader and verb, in text order."""
    printed = doc.body
    read = read_simplified(doc)
    text = read.body if read is not None else printed
    if not any(v in text for v in ("分管", "联系", "协助", "分工", WHOLE_WORK)):
        return
    leaders = _leaders(text)
    if not leaders:  # one leader's own page: the whole text, unnamed
        leaders = [_Leader(None, None, 0, 0)]
    per_leader: list[tuple[_Leader, dict[str, _Share]]] = []
    for k, leader in enumerate(leaders):
        end = leaders[k + 1].start if k + 1 < len(leaders) else len(text)
        shares: dict[str, _Share] = {}
        for how, start, items_start, clause_end in _clauses(text, leader.body, end):
            found = _items(text, how, items_start, clause_end)
            if found is None:
                continue
            how, units, areas = found
            share = shares.setdefault(how, _Share(how, (start, clause_end)))
            share.units.extend(units)
            share.areas.extend(areas)
        per_leader.append((leader, shares))
    known = {text[slice(*leader.name)] for leader in leaders if leader.name}
    for m in _PASSIVE_RE.finditer(text) if "由" in text and "负责" in text else ():  # (words every match holds)
        post = m.span("post") if m["post"] else m.span("before") if m["before"] else None
        if not is_person_name(m["name"]) or (post is None and m["name"] not in known):
            continue  # a leader named without a post only when a header named them
        items = _passive_items(text, m.start("list"), m.end("list"))
        if items:
            per_leader.append((_Leader(m.span("name"), post, m.start(), m.end()),
                               {"负责": _Share("负责", (m.start(), m.end()), [], items)}))
    per_leader.sort(key=lambda pair: pair[0].start)
    if not _is_division(text, per_leader):
        return
    place = _jurisdiction(text, doc)
    jurisdiction = printed[place[0]:place[1]] if isinstance(place, tuple) else place

    def as_printed(span: tuple[int, int] | None) -> str | None:
        return printed[span[0]:span[1]].strip() if span else None

    merged: dict[tuple[Any, str], tuple[_Leader, _Share]] = {}  # one record per leader and verb
    for k, (leader, shares) in enumerate(per_leader):
        who = as_printed(leader.name) or k
        for share in shares.values():
            kept = merged.setdefault((who, share.how), (leader, share))[1]
            if kept is not share:
                kept.units.extend(share.units)
                kept.areas.extend(share.areas)
    for leader, share in merged.values():
        a, b = share.span
        yield Portfolio(
            source=doc.source, doc_id=doc.id, official=as_printed(leader.name), post=as_printed(leader.post),
            jurisdiction=jurisdiction, how=share.how,
            units=tuple(dict.fromkeys(printed[i.start:i.end] for i in share.units)),
            areas=tuple(dict.fromkeys(printed[i.start:i.end] for i in share.areas)),
            raw=printed[a:b], evidence=doc.evidence_for(a, b), date=doc.date)
