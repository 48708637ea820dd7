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
into clauses at commas and colons, and a clause into *acts*. An act opens with a
trigger found anywhere in the clause (任命/聘任/免去/接受…辞去/撤销/罢免/决定…为)
or with a name at the clause's start (…任…, …不再担任…, …代理…); a clause or a
、 that goes on with ``NAME为…``, ``NAME任…`` or ``NAME的…职务`` continues the
action before it, so each person keeps their own post. A header (任命：/免去：)
sets the action of the lines under it. Posts are split into unit and title by
the title words of :mod:`kg.patterns`; trailing parentheticals become
``concurrent`` (兼), ``probation`` (试用期) or ``note``.

Regular expressions over clauses, not a parser library: the clauses are short,
their vocabulary is closed (trigger verbs, title words, a surname lexicon), and
no Chinese dependency parser ships without downloading a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract.rosters import find_rosters
from kg.patterns import (
    CJK,
    LONG_NAME_PATTERN,
    PERSON_NAME_PATTERN,
    POSITION_QUALIFIERS,
    POSITION_TITLES,
    alternation,
    is_person_name,
)
from kg.records import Appointment, Document, Evidence

__all__ = ["extract_appointments", "split_post", "dedupe_appointments"]

_SP = r"[ \t\u3000\xa0]*"

#: A sentence: text up to ；;。 or a line end; a line ending in ，、 goes on.
_SENTENCE_RE = re.compile(r"(?:[，,、][ \t\u3000]*\n\s*|[^；;。\n])+")
#: Clause breaks: a comma or colon outside brackets, or a space after a title
#: (a headline: 王维任苏州市代市长 吴庆文辞去市长职务).
_CLAUSE_BREAK_RE = re.compile(
    rf"[，,：:](?![^（(]*[）)])|(?<=长|任|记|员|席|官)[ \u3000]+(?=[{CJK}])"
)

_NAME = PERSON_NAME_PATTERN
_TITLE = alternation(POSITION_TITLES)
#: Names, each maybe followed by its title or 同志, and a head count: 李学智、杨家全3人.
_NAMES = (
    rf"{_NAME}(?:{_TITLE})?(?:同志)?(?:[、，,]{_NAME}(?:{_TITLE})?(?:同志)?)*"
    r"(?:等?[0-9一二三四五六七八九十]{1,3}(?:人|名同志|名|位同志))?"
)
_NAME_FULL_RE = re.compile(rf"{_NAME}$")
#: Where a verb bounds the name on both sides, a longer one is read too: 接受巴音朝鲁辞去….
_BOUNDED_NAMES = rf"(?:{_NAMES}|{LONG_NAME_PATTERN}(?:同志)?)"
_TITLE_TAIL_RE = re.compile(rf"(?:{_TITLE})$")
_COUNT_TAIL_RE = re.compile(r"等?[0-9一二三四五六七八九十]{1,3}(?:人|名同志|名|位同志)$")
#: A name written straight before the unit with no 的 (免去李四市财政局局长职务): two
#: characters, or three when the third cannot open a place name.
_BARE_NAMES = r"[\u4e00-\u9fff]{2}(?:(?![市省区县州镇乡])[\u4e00-\u9fff])?"

#: An item's number before a decision: 一、 / （1） / 2.
_ITEM = rf"(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[)）.、．]{_SP})?"
#: What may stand before the first decision of a clause: an item number,
#: 经…研究, 因…，, 现/兹/另, …决定, 根据表决结果.
_LEAD_IN = (
    rf"^{_SP}{_ITEM}"
    rf"(?:[{CJK}（）()《》“”]{{0,40}}?(?:决定|同意|批准|研究|通过)了?(?:关于)?)?"
    rf"(?:现|兹|并|另|此外|同时|会议)?{_SP}"
)
_NOT_AFTER_REN = "务何期职用意性命免"

# Acts that open with a verb, found anywhere in a clause.
_APPOINT_VERB_RE = re.compile(
    rf"(?:任命|聘任|聘用|聘请|聘为|提名)(?P<names>{_BOUNDED_NAMES})(?:为|任|担任)(?P<posts>.+)"
    rf"|(?P<names_p>{_NAMES})被(?:任命|聘任|聘请|聘用|聘|提名)为(?P<posts_p>.+)"
)
_DECIDE_AS_RE = re.compile(rf"决定(?P<names>{_NAMES})(?:为|任)(?P<posts>.+)")
#: What closes the posts of a removal or resignation: …职务, …的职务, …一职.
_POST_END = r"(?:的?职务|一职)"
_REMOVE_VERB_RE = re.compile(
    rf"(?:免去|免除|撤销|撤去|解除|罢免)(?:(?P<names>{_NAMES})的|(?P<bare>{_BARE_NAMES})(?:同志)?)"
    rf"(?P<posts>.+?){_POST_END}(?P<tail>.*)"
)
_RESIGN = (rf"(?P<names>{_BOUNDED_NAMES})(?:请求|申请|提出)?辞去(?P<posts>.+?){_POST_END}"
           r"(?:的?(?:辞职)?(?:请求|申请))?(?P<tail>.*)")
_RESIGN_RE = re.compile(rf"接受{_RESIGN}")
# Acts that open with the person, at the start of a clause (after a lead-in).
_NAME_FIRST_RE = re.compile(
    rf"{_LEAD_IN}(?:[{CJK}（）()]{{0,30}}?(?:{_TITLE}))?(?P<names>{_NAMES})(?P<verb>不再担任|不再兼任|兼任|担任|代理|兼(?![职顾])|任(?![{_NOT_AFTER_REN}]))"
    r"(?P<posts>.+)"
)
# Continuations of the action before them: NAME为…, NAME任…, NAME的…职务.
_GO_ON_APPOINT_RE = re.compile(
    rf"{_SP}{_ITEM}(?P<names>{_NAMES})"
    rf"(?:为|任(?![{_NOT_AFTER_REN}])|担任)(?P<posts>.+)"
)
_GO_ON_REMOVE_RE = re.compile(
    rf"{_SP}{_ITEM}(?:(?P<names>{_NAMES})的(?P<posts>.+?)的?职务(?P<tail>.*)"
    rf"|{_RESIGN.replace('<names>', '<names_r>').replace('<posts>', '<posts_r>').replace('<tail>', '<tail_r>')})"
)
#: What opens a further act after 、: a verb, or a name with its verb (、决定李炳军代理…).
_ACT_OPENS_RE = re.compile(
    rf"(?:并|同时|另)?(?:决定|任命|聘任|免去|接受|撤销|罢免)"
    rf"|(?:并|同时)?(?:决定)?(?P<names>{_NAMES})(?:不再担任|代理|兼任|担任|任(?![{_NOT_AFTER_REN}])|辞去)"
)
# Clauses about the person just named: 免去其…职务, 兼任…, 试用期一年.
_OWN_REMOVE_RE = re.compile(r"^免去其(?P<posts>.+?)的?职务")
#: 并决定为代理市长: the person appointed just before.
_OWN_DECIDED_RE = re.compile(r"^(?:并|同时)?决定(?:其)?(?P<acting>代理)?(?:为|任)?(?P<posts>.+)$")
_OWN_APPOINT_RE = re.compile(rf"^(?P<verb>兼任|兼|担任|任(?![{_NOT_AFTER_REN}]))(?P<posts>.+)$")

#: A header above a list of decisions: 免去：, 任命：, 决定任命如下：.
_HEADER_RE = re.compile(r"(?P<word>免去|免职|免|任命|聘任|任职|任免)[^：:，,]{0,6}[：:]$")
_HEADER_CLAUSE_RE = re.compile(r"(?:^|[）)\s])(?:决定|批准)?(?P<word>免去|免职|任命|聘任|任免)(?:如下|以下人员)?$")
#: Words without which a sentence holds no decision.
_CUE_RE = re.compile(r"任|免|职务|为|聘|辞|代理|[：:]$")
_LINE_BREAK_RE = re.compile(r"[ \t\u3000]*\n\s*")

#: 代市长 is written for 代理市长.
_ACTING_SHORT_RE = re.compile(r"^代(?=[省市州县区旗]长$)")
#: The title at the end of a post; searched from the left, so the longest title wins.
_POSITION_RE = re.compile(
    rf"(?:[一二三四五六七八九十]级)?(?:代理|代(?=[省市州县区旗]长$))?(?:{alternation(POSITION_QUALIFIERS)})*"
    rf"(?:{alternation(POSITION_TITLES)})$"
)
_TRAILING_PARENS_RE = re.compile(r"(?:[（(][^（）()]*[）)])+$")
_PAREN_RE = re.compile(r"[（(]([^（）()]*)[）)]")
#: 、 outside parentheses: the separator between posts (and a comma, inside one 免去…职务
#: that lists posts of two units: 免去其中共杭州市委常委、委员，中共杭州市萧山区委书记职务).
_POST_SPLIT_RE = re.compile(r"[、，,](?![^（(]*[）)])")
#: What closes a decision reported by name: 关于董仚生代理上饶市人民政府市长职务的决定.
_DECISION_TAIL_RE = re.compile(r"(?:的?职务)?的(?:决定|决议|议案|请求)$")
#: A removal whose posts run on past a comma: 免去其A、B，C职务 (no 职务 before the comma).
_OPEN_REMOVE_CLAUSE_RE = re.compile(rf"^(?:并|同时)?免去(?!.*{_POST_END})")
_POST_END_RE = re.compile(_POST_END)
_NAME_SPLIT_RE = re.compile(r"[、，,]")


def split_post(post: str) -> tuple[str | None, str]:
    """(organization, position) of a post: 宁波市公安局督察长 → (宁波市公安局, 督察长).

    The position is the longest title at the end; with no known title the whole
    post is the position and the organization is None.
    """
    m = _POSITION_RE.search(post)
    if m is None:
        return None, post
    org = post[: m.start()] or None
    return org, _ACTING_SHORT_RE.sub("代理", m.group(0))  # 代市长 is written for 代理市长


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


def _names(text: str) -> list[str]:
    """Names of a list, without 同志, titles and a head count (李学智、杨家全3人)."""
    text = _COUNT_TAIL_RE.sub("", text)
    out = []
    for n in _NAME_SPLIT_RE.split(text):
        n = n.strip().removesuffix("同志")
        if not _NAME_FULL_RE.match(n) and (t := _TITLE_TAIL_RE.search(n)):
            n = n[: t.start()]  # 周海兵副市长 → 周海兵
        if n:
            out.append(n)
    return out


@dataclass(frozen=True)
class _Act:
    """One decision about some people: the action and the posts as written."""

    names: tuple[str, ...]
    action: str
    posts: tuple[str, ...]
    concurrent: bool = False
    acting: bool = False


def _posts_before_next_act(text: str, action: str) -> tuple[str, str]:
    """Split ``text`` (what follows 为/任) at the first 、 that opens the next
    act (、张建平任…, 、于力强的…职务, 、决定李炳军代理…); the rest is returned."""
    pattern = _GO_ON_APPOINT_RE if action == "appoint" else _GO_ON_REMOVE_RE
    for m in re.finditer("、", text):
        go_on = pattern.match(text, m.end())
        if go_on and _names_ok(go_on["names"] or go_on.groupdict().get("names_r") or ""):
            return text[: m.start()], text[m.start() :]
        opens = _ACT_OPENS_RE.match(text, m.end())
        if opens and (opens["names"] is None or _names_ok(opens["names"])):
            return text[: m.start()], text[m.start() :]
    return text, ""


def _names_ok(text: str) -> bool:
    names = _names(text)
    return bool(names) and (all(map(is_person_name, names))
                            or len(names) == 1 and is_person_name(names[0], long=True))


def _valid_posts(posts: list[str]) -> bool:
    return bool(posts) and all(_POSITION_RE.search(_parse_post(p)[0]) for p in posts)


def _split_posts(text: str) -> list[str]:
    return [p for p in (p.strip(" \t\u3000.．") for p in _POST_SPLIT_RE.split(text)) if p]


def _acts_of_clause(clause: str, carry: str | None) -> tuple[list[_Act], str | None]:
    """The acts of one clause and the action that a following clause continues.

    ``carry`` is the action of the clause before (or of a header): a clause that
    opens with ``NAME为…`` or ``NAME的…职务`` continues it.
    """
    acts: list[_Act] = []
    rest, at_start, action = clause, True, carry
    while rest:
        act, after = _first_act(rest, action, at_start=at_start)
        if act is None:
            break
        acts.append(act)
        action = act.action
        # 、 opens the next person's act (、张建平任…); other text may hold one more verb
        rest, at_start = (after[1:], True) if after.startswith("、") else (after, False)
    return acts, action


def _first_act(text: str, carry: str | None, *, at_start: bool) -> tuple[_Act | None, str]:
    """The first act in ``text`` and the text after it."""
    candidates: list[tuple[int, _Act, str]] = []
    for regex, action in ((_APPOINT_VERB_RE, "appoint"), (_DECIDE_AS_RE, "appoint")):
        m = regex.search(text)
        if m is None:
            continue
        names = m["names"] or m.groupdict().get("names_p") or ""
        if _names_ok(names):
            posts_text, after = _posts_before_next_act(m["posts"] or m["posts_p"], action)
            if _valid_posts(_split_posts(posts_text)):
                candidates.append((m.start(), _Act(tuple(_names(names)), action, tuple(_split_posts(posts_text))),
                                   after))
    for regex in (_REMOVE_VERB_RE, _RESIGN_RE):
        m = regex.search(text)
        if m is None:
            continue
        names = m.groupdict().get("bare") or m["names"]
        removed = _split_posts(m["posts"])
        if _names_ok(names) and _valid_posts(removed):
            candidates.append((m.start(), _Act(tuple(_names(names)), "remove", tuple(removed)), m["tail"]))
    if at_start and (m := _NAME_FIRST_RE.match(text)) and _names_ok(m["names"]):
        verb = m["verb"]
        if verb.startswith("不再"):
            posts_text, _, after = m["posts"].partition("职务")
            after = after.removeprefix("的")
            action = "remove"
        else:
            action = "appoint"
            posts_text, after = _posts_before_next_act(m["posts"], action)
            posts_text = _DECISION_TAIL_RE.sub("", posts_text)
        named = _split_posts(posts_text.removesuffix("的"))
        if _valid_posts(named):
            candidates.append((m.start("names"), _Act(tuple(_names(m["names"])), action, tuple(named),
                                                      concurrent=verb in ("兼任", "兼"), acting=verb == "代理"), after))
    if carry and at_start:
        regex = _GO_ON_APPOINT_RE if carry == "appoint" else _GO_ON_REMOVE_RE
        m = regex.match(text)
        names = (m["names"] or m.groupdict().get("names_r") or "") if m else ""
        if m and _names_ok(names):
            if carry == "appoint":
                posts_text, after = _posts_before_next_act(m["posts"], carry)
            else:
                posts_text = m["posts"] or m["posts_r"]
                after = m["tail"] if m["posts"] else m["tail_r"]
            carried = _split_posts(posts_text)
            if _valid_posts(carried):
                candidates.append((m.start(), _Act(tuple(_names(names)), carry, tuple(carried)), after))
    if not candidates:
        return None, ""
    _, act, after = min(candidates, key=lambda c: c[0])
    return act, after


class _Statement:
    """Accumulates the records of one sentence, so every one shares its evidence."""

    def __init__(self, doc: Document, start: int, end: int, date: str | None = None):
        self.doc = doc
        self.date = date or doc.date
        self.span = (start, end)
        self.records: list[Appointment] = []
        self._evidence: Evidence | None = None

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = self.doc.evidence_for(*self.span)
        return self._evidence

    def add(self, act: _Act) -> None:
        for name in act.names:
            # 决定任命王维为苏州市人民政府副市长，并决定王维代理市长职务: the unit of the post before
            previous_org = next((r.organization for r in reversed(self.records) if r.person == name), None)
            for post in act.posts:
                text, conc, prob, note = _parse_post(post)
                org, position = split_post(text)
                org = org or previous_org  # 任市财政局局长、党组书记: the second post keeps the unit
                previous_org = org
                if act.acting and not position.startswith("代理"):
                    position = "代理" + position
                appoint = act.action == "appoint"
                self.records.append(Appointment(
                    source=self.doc.source, doc_id=self.doc.id, doc_number=self.doc.doc_number,
                    date=self.date, person=name, action=act.action, organization=org, position=position,
                    evidence=self.evidence, concurrent=appoint and (act.concurrent or conc),
                    probation=appoint and prob, note=note,
                ))

    def own_clause(self, clause: str, names: tuple[str, ...]) -> bool:
        """A clause about the people just named: ，免去其…职务 / ，兼任… / ，试用期一年."""
        if clause.startswith("试用期"):
            self.records = [replace(r, probation=True) if r.action == "appoint" and r.person in names else r
                            for r in self.records]
            return True
        if m := _OWN_DECIDED_RE.match(clause):
            posts = _split_posts(m["posts"])
            if _valid_posts(posts):  # 并决定为代理市长 / 并决定其代理市长职务
                self.add(_Act(names, "appoint", tuple(posts), acting=m["acting"] is not None))
                return True
        if m := _OWN_REMOVE_RE.match(clause):
            posts = _split_posts(m["posts"])
            if _valid_posts(posts):
                self.add(_Act(names, "remove", tuple(posts)))
                return True
        elif m := _OWN_APPOINT_RE.match(clause):
            posts = _split_posts(m["posts"])
            if _valid_posts(posts):
                self.add(_Act(names, "appoint", tuple(posts), concurrent=m["verb"].startswith("兼")))
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
        if end < len(body) and body[end] == "\n" and _open_decision(text):
            pending = (start, end)
            continue
        yield start, end, text
    if pending is not None:
        yield pending[0], pending[1], body[pending[0] : pending[1]]


_OPEN_REMOVAL_RE = re.compile(r"(?:免去|辞去|撤销)(?!.*职务)[^\n]*$")


def _open_decision(text: str) -> bool:
    if text.rstrip().endswith(("：", ":")):
        return False  # a header (免去：) closes its line
    return bool(_OPEN_REMOVAL_RE.search(text)) or text.rstrip().endswith(("任命", "为", "的"))


def extract_appointments(doc: Document) -> Iterator[Appointment]:
    """Appointments (任…) and removals (免去…职务) in a document, in text order.

    >>> from kg.read.segment import as_one_document
    >>> doc = as_one_document("决定任命李明为市商务局局长，王芳为市民政局局长。")
    >>> [(a.person, a.action, a.organization, a.position) for a in extract_appointments(doc)]
    [('李明', 'appoint', '市商务局', '局长'), ('王芳', 'appoint', '市民政局', '局长')]
    """
    body = doc.body
    rosters = find_rosters(doc)
    for roster in rosters:
        yield from roster.records
    if not any(cue in body for cue in ("任", "免", "聘", "代理", "辞", "撤销", "罢免")):
        return
    date = doc.date or meeting_date(body)
    header: str | None = None  # set by a header such as 免去： or 任命：, cleared by other text
    carry: str | None = None  # the action a sentence after ；goes on with (免去A的…职务；B的…职务)
    for start, end, raw in _sentences(body):
        text = raw.strip()
        ends_clause = body[end : end + 1] in ("；", ";")
        if not text:
            continue
        if not _CUE_RE.search(text):
            header = carry = None
            continue
        if m := _HEADER_RE.search(text):
            header = "remove" if m["word"].startswith("免") else "appoint"
            continue
        if text.endswith(("：", ":")):
            header = carry = None
            continue
        start += len(raw) - len(raw.lstrip())
        if any(r.start <= start < r.end for r in rosters):
            continue  # a roster's lines and office sentence are read by kg.extract.rosters
        stmt = _Statement(doc, start, start + len(text), date)
        found, after = _read_sentence(stmt, _LINE_BREAK_RE.sub("", text), header or carry)
        if not found:
            header = None
        carry = after if found and ends_clause else None
        yield from stmt.records


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


def _read_sentence(stmt: _Statement, text: str, carry: str | None) -> tuple[bool, str | None]:
    """Add the records of one sentence: (whether it held a decision, the action it ends with)."""
    last: tuple[str, ...] = ()
    found = False
    for clause in _clauses(text):
        if head := _HEADER_CLAUSE_RE.search(clause):  # 决定任命: 余兴军为… on one line
            carry = "remove" if head["word"].startswith("免") else "appoint"
            continue
        acts, carry_after = _acts_of_clause(clause, carry)
        if not acts and last and stmt.own_clause(clause, last):
            continue
        for act in acts:
            stmt.add(act)
            last = act.names
            found = True
        carry = carry_after if acts else carry
    return found, carry


def _clauses(text: str) -> list[str]:
    """Clauses of a sentence; a colon after a lead-in (决定：) only opens the decision."""
    out, pos = [], 0
    for m in _CLAUSE_BREAK_RE.finditer(text):
        out.append(text[pos : m.start()].strip())
        pos = m.end()
    out.append(text[pos:].strip())
    joined: list[str] = []
    for clause in (c for c in out if c):
        if joined and _OPEN_REMOVE_CLAUSE_RE.search(joined[-1]) and _POST_END_RE.search(clause):
            joined[-1] += "，" + clause  # 免去其A、B，C职务: one removal
        else:
            joined.append(clause)
    return joined


def _same_unit(a: str | None, b: str | None) -> bool:
    """市政府 and 青岛市人民政府, 济源市 and 济源市人民政府, 桂林市 and 广西桂林市: one unit written
    shorter or longer (a headline and its report)."""
    if a is None or b is None:
        return True
    a, b = a.replace("人民政府", "政府"), b.replace("人民政府", "政府")
    return a == b or a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


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

    decided = [(act(r), r.organization) for records, article, restating in zip(per_doc, is_article, restates, strict=True)
               if restating and not article for r in records]
    out: list[Appointment] = []
    for records, article, restating in zip(per_doc, is_article, restates, strict=True):
        if not restating:
            out.extend(records)
            continue
        kept: list[Appointment] = []
        for r in records:
            if article and any(k == act(r) and _same_unit(o, r.organization) for k, o in decided):
                continue
            same = next((i for i, k in enumerate(kept) if act(k) == act(r) and _same_unit(k.organization, r.organization)),
                        None)
            if same is None:
                kept.append(r)
            elif r.organization:
                kept[same] = r  # the body under a headline says it in full
        out.extend(kept)
    return out
