"""Unit succession stated in documents: 机构改革方案, 关于调整…机构的通知, chronicles.

Read in the sentences that hold one of the reform words of :mod:`kg.patterns`::

    市住房和城乡建设委员会更名为市城乡建设委员会。                          rename
    将市动物卫生监督管理局由…调整为…，并更名为市畜牧兽医局               rename
    整合市园林局、市林业局，组建市绿化园林局（挂市林业局牌子）。          merge
    组建市人力资源和社会保障局。将…整合划入…。不再保留市人事局、市劳动和社会保障局。  merge
    不再保留市国土资源局、规划局，将…划转，组建市自然资源和规划局       merge
    将市民族宗教事务局并入市委统一战线工作部                            merge
    将原有的工商局、质监局、食药监局撤销，组建市场监督管理局              merge

A body that is abolished (不再保留X, 撤销X) is succeeded by the body set up (组建Y,
设立Y) in the same sentence, else the nearest one in the same paragraph (before it,
then after it); two or more bodies set up in one statement make it a ``split``. Only
names that end like a unit (:func:`kg.extract.roles.is_unit_name`) count, and a
body's *functions* (将X的职责划入Y, X的…职责整合) are not the body: the body goes on.
A 组建 with nothing abolished (组建工作专班, 组建联合专家委员会) says nothing of a
predecessor and yields nothing. One record per (predecessor, successor) and
document, in text order; the evidence spans both names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.roles import is_unit_name
from kg.patterns import (
    ABOLISH_WORDS,
    CJK,
    ESTABLISH_WORDS,
    INTEGRATE_WORDS,
    MERGE_INTO_WORDS,
    RENAME_WORDS,
    SENTENCE_RE,
    alternation,
    finditer_from,
    search_from,
)
from kg.records import Document, Succession

_WORD_RE = re.compile(
    rf"(?P<rename>{alternation(RENAME_WORDS)})|(?P<abolish>{alternation(ABOLISH_WORDS)})"
    rf"|(?P<establish>{alternation(ESTABLISH_WORDS)})|(?P<into>{alternation(MERGE_INTO_WORDS)})"
    rf"|(?P<integrate>{alternation(INTEGRATE_WORDS)})"
)
#: Where a _WORD_RE match may start: any of its words (the engine finds no first character
#: of its own in the groups, and would try the whole pattern at every position).
_ANY_WORD_RE = re.compile(alternation(RENAME_WORDS + ABOLISH_WORDS + ESTABLISH_WORDS + MERGE_INTO_WORDS
                                      + INTEGRATE_WORDS))
#: A unit name right after a word: a run of CJK up to a bracket, a separator or 作为/挂/对外.
_NAME_AFTER_RE = re.compile(rf"(?P<name>[{CJK}·]{{2,40}}?)(?=作为|加挂|挂|对外|[，,。；;、：:（(\s]|$)")
#: The unit name that ends a clause: the CJK run before the word.
_NAME_BEFORE_RE = re.compile(rf"(?P<name>[{CJK}·]{{2,40}})$")
#: Lead-ins that are not part of the name before the word: 将, 同时, 并, 原, 在…挂牌的.
_LEAD_IN_RE = re.compile(r"^(?:.*挂牌的|.*(?:将|把))|^(?:同时|并|原|另外|此外|经研究)+")
#: A list after 不再保留/撤销/整合/组建: up to the end of the clause.
_LIST_RE = re.compile(rf"(?P<list>[{CJK}·、（）()]{{2,200}}?)(?=[，,。；;：:\s]|作为|对外|$)")
#: Functions, posts and signs are not bodies: 将X的职责划入Y, 保留X牌子.
_NOT_BODY_RE = re.compile(r"职责|职能|牌子|队伍|人员|编制|事项|的")
#: 将A、B撤销: the bodies named before the word.
_ABOLISHED_BEFORE_RE = re.compile(rf"\s*(?:同时)?(?:将|把)(?:原有的|原来的|原)?(?P<list>[{CJK}·、（）()]{{2,200}})")
#: A bracket group inside a list item (挂市林业局牌子) is dropped before the item is read.
_BRACKET_RE = re.compile(r"[（(][^（）()]*[）)]")


@dataclass(frozen=True)
class _Name:
    text: str
    start: int  # offsets in the document body
    end: int


def extract_successions(doc: Document) -> Iterator[Succession]:
    """Every succession one document states, in text order (see the module's docstring)."""
    body = doc.body
    if not _ANY_WORD_RE.search(body):
        return
    seen: set[tuple[str, str]] = set()
    found: list[tuple[_Name, _Name, str, str]] = []
    for paragraph in re.finditer(r"[^\n]+", body):
        found.extend(_paragraph(paragraph.group(), paragraph.start()))
    for before, after, kind, statement in sorted(found, key=lambda f: (min(f[0].start, f[1].start), f[1].start)):
        if before.text == after.text or (before.text, after.text) in seen:
            continue
        seen.add((before.text, after.text))
        start, end = min(before.start, after.start), max(before.end, after.end)
        yield Succession(doc.source, doc.id, before.text, after.text, kind, statement,
                         doc.evidence_for(start, end), doc.date)


def _paragraph(text: str, offset: int) -> Iterator[tuple[_Name, _Name, str, str]]:
    """(predecessor, successor, kind, statement) of one paragraph."""
    established: list[tuple[int, list[_Name]]] = []  # (sentence index, bodies set up)
    abolished: list[tuple[int, int, list[_Name], str]] = []  # (sentence, position, bodies, word)
    for n, sentence in enumerate(SENTENCE_RE.finditer(text)):
        s, base = sentence.group(), offset + sentence.start()
        for m in finditer_from(_ANY_WORD_RE, _WORD_RE, s):
            if m["rename"]:
                before = _name_before(s, m.start(), base)
                after = _name_after(s, m.end(), base)
                if before and after:
                    yield before, after, "rename", m.group()
            elif m["establish"]:
                names = _names_in_list(s, m.end(), base)
                if names:
                    established.append((n, names))
            elif m["abolish"]:
                names = _names_in_list(s, m.end(), base) or _names_before(s, m.start(), base)
                if names:
                    abolished.append((n, base + m.start(), names, m.group()))
            elif m["integrate"]:
                names = _names_in_list(s, m.end(), base)
                nxt = search_from(_ANY_WORD_RE, _WORD_RE, s, m.end())
                if names and nxt and nxt["establish"]:  # 整合X、Y，组建Z
                    for after in _names_in_list(s, nxt.end(), base)[:1]:
                        for before in names:
                            yield before, after, "merge", m.group()
            elif m["into"]:
                before = _name_before(s, m.start(), base)
                after = _name_after(s, m.end(), base)
                if before and after:
                    yield before, after, "merge", m.group()
    for n, position, names, word in abolished:
        successors = _successors_of(n, position, established)
        kind = "split" if len(successors) > 1 else "merge"
        for before in names:
            for after in successors:
                yield before, after, kind, word


def _successors_of(n: int, position: int, established: list[tuple[int, list[_Name]]]) -> list[_Name]:
    """The bodies set up in sentence ``n``, else the nearest statement before it, else after it."""
    same = [names for m, names in established if m == n]
    if same:  # the one nearest the abolishing word
        return min(same, key=lambda names: abs(names[0].start - position))
    before = [names for m, names in established if m < n]
    if before:
        return before[-1]
    after = [names for m, names in established if m > n]
    return after[0] if after else []


def _name_before(sentence: str, end: int, base: int) -> _Name | None:
    """The unit named right before ``end``, in its clause (将X并更名为Y: the 将X of the sentence)."""
    clause_start = max(sentence.rfind(c, 0, end) for c in "，,、：:") + 1
    clause = sentence[clause_start:end]
    if not clause.strip() or re.fullmatch(r"\s*(?:并|同时|再)?\s*", clause):
        lead = re.search(rf"(?:将|把)(?P<name>[{CJK}·]{{2,40}}?)(?=由|从|调整|改为|，|,|$)", sentence[:end])
        if lead is None:
            return None
        return _checked(lead["name"], base + lead.start("name"))
    m = _NAME_BEFORE_RE.search(clause)
    if m is None:
        return None
    name = m["name"]
    lead_in = _LEAD_IN_RE.match(name)
    cut = lead_in.end() if lead_in else 0
    for stop in ("由", "从"):  # 将X由A调整为B: X only when the word is right after it
        if stop in name[cut:]:
            return None
    return _checked(name[cut:], base + clause_start + m.start() + cut)


def _name_after(sentence: str, start: int, base: int) -> _Name | None:
    m = _NAME_AFTER_RE.match(sentence, start)
    return _checked(m["name"], base + m.start("name")) if m else None


def _names_in_list(sentence: str, start: int, base: int) -> list[_Name]:
    """The units of the list that follows a word (不再保留A、B、C), none if an item is not a body."""
    m = _LIST_RE.match(sentence, start)
    if m is None:
        return []
    out = []
    pos = m.start()
    text = m["list"]
    for item in re.finditer(r"[^、]+", _BRACKET_RE.sub(lambda b: "\0" * len(b.group()), text)):
        piece = item.group()
        for part in re.finditer(r"[^\0]+", piece):  # brackets dropped, their offsets kept
            name = _checked(part.group(), base + pos + item.start() + part.start())
            if name is None:
                return []
            out.append(name)
            break
    return out


def _names_before(sentence: str, end: int, base: int) -> list[_Name]:
    """将A、B、C撤销: the list between 将 and the word, in its clause (原有的 dropped)."""
    clause_start = max(sentence.rfind(c, 0, end) for c in "，,：:") + 1
    lead = _ABOLISHED_BEFORE_RE.fullmatch(sentence, clause_start, end)
    return _names_in_list(sentence[:end], lead.start("list"), base) if lead else []


def _checked(name: str, start: int) -> _Name | None:
    """A unit name, or None: a body's functions or sign (职责, 牌子) or a name that ends otherwise."""
    stripped = name.strip()
    if len(stripped) < 3 or _NOT_BODY_RE.search(stripped) or not is_unit_name(stripped):
        return None
    start += name.find(stripped)
    return _Name(stripped, start, start + len(stripped))
