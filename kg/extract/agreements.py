"""Agreements between parties: signings and jointly released plans.

Read in the clause that holds a signing verb::

    宁波市政府与大连理工大学举行了共建中德合作大学签约仪式
    自2018年6月宁波与大连理工大学签署战略合作协议以来
    宁波同合肥、上海静安的人社社保部门签订深化…合作框架协议
    浙江省委人才办与宁波市委、舟山市委联合发布《推进甬舟人才一体化发展行动方案(2020-2025)》

The parties are the phrase before 与/同/和 and the list after it, right before
the verb (a ceremony held *at* a place, 国际会展中心4号馆举行了…签约仪式, names
no parties and is skipped). A shared tail after 的 is given to every party
(宁波同合肥的人社社保部门 → 宁波人社社保部门, 合肥人社社保部门). The date is
the last one written before the verb in the same sentence, as precise as
written (2018-06, 09-18). Regular expressions on the few sentences that hold a
signing verb: cheap, and they reject ordinary 合作 prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.patterns import (
    AGREEMENT_WORDS,
    CJK,
    JOINT_RELEASE_VERBS,
    SIGNING_VERBS,
    alternation,
    finditer_from,
    first_chars,
)
from kg.records import Agreement, Document

_VERB_RE = re.compile(
    rf"(?P<ceremony>举行了?|召开了?)(?P<subject>[^，。；！？,;\n]{{2,60}}?)签约仪式"
    rf"|(?P<sign>{alternation(SIGNING_VERBS)})了?"
    rf"|(?P<release>{alternation(JOINT_RELEASE_VERBS)})了?"
)
#: Where a _VERB_RE match may start (see kg.patterns.finditer_from).
_VERB_START_RE = re.compile(first_chars(("举行", "召开", *SIGNING_VERBS, *JOINT_RELEASE_VERBS)))
#: Sentence and clause boundaries.
_SENTENCE_START_RE = re.compile(r"[。！？!?；;\n][^。！？!?；;\n]*$")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")
_CLAUSE_START_RE = re.compile(r"[，,：:。！？!?；;\n][^，,：:。！？!?；;\n]*$")

#: Time words that open a clause and are not part of a party name.
_TIME_PREFIX_RE = re.compile(
    r"^\s*(?:自|于|在)?\s*(?:\d{4}\s*年)?\s*(?:\d{1,2}\s*月份?)?\s*(?:\d{1,2}\s*[日号])?\s*"
    r"(?:上午|下午|晚上|晚间|当天|当日|近日|日前|昨天|昨日|今天|今日|同日|此前|目前|正式|\s)*"
)
#: ``A 与 B`` right before the verb; B may be a list and end in 的 + a shared tail.
_PARTY = rf"[{CJK}（）()·]"
_PARTIES_TAIL = (
    rf"(?P<b>{_PARTY}(?:{_PARTY}|[、])*?)"
    rf"(?:(?:在|于)[^，,]{{1,20}}|就[^，,]{{1,30}}|正式|共同|联合|签约并|[双三四多]方|两地)?$"
)
#: 与/同/跟 first; 和 only when there is none, since 和 is common inside unit
#: names (宁波市经济和信息化局, 人力资源和社会保障局).
_PARTIES_RES = (
    re.compile(rf"^(?P<a>{_PARTY}{{2,30}}?)(?:与|同|跟){_PARTIES_TAIL}"),
    re.compile(rf"^(?P<a>{_PARTY}{{2,30}}?)和{_PARTIES_TAIL}"),
)
#: Words that end a lead-in before the first party: 市长出席并见证A与B签署….
_PARTY_LEAD_IN_RE = re.compile(r".*(?:见证下?|出席|参加|陪同|会见|之后|随后|期间|会上|仪式上|活动中|推动|促成)")
_LIST_SPLIT_RE = re.compile(r"、|(?<=.{2})(?:以及|及)(?=.{2})")
#: Not parties: 双方, 两地 and pronouns.
_NOT_PARTY_RE = re.compile(r"^(?:双方|两地|各方|三方|我市|我们|其|他们|该校|该公司)$")

_OBJECT_RE = re.compile(
    rf"^(?:《(?P<book>[^》]{{2,80}})》|(?P<plain>[^，。；！？,;《》\n]{{2,60}}?(?:{alternation(AGREEMENT_WORDS)})))"
)
_AGREEMENT_END_RE = re.compile(r"(?:框架)?(?:协议书|协议|协定|备忘录|合同|意向书)$")
#: What may follow a bare 签约 for it to be a signing (not 签约合作, 签约服务).
_BARE_SIGN_END_RE = re.compile(r"[，。；！,;!\n]|仪式|$")
_PLAN_END_RE = re.compile(r"(?:[（(][^（）()]*[）)])?$")
_PLAN_WORD_RE = re.compile(r"(?:行动方案|实施方案|工作方案|方案|行动计划|计划|规划|意见|倡议书?|宣言)$")

_DATE_RE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号])?")
_DAY_RE = re.compile(r"(?<![\d月])(?P<day>\d{1,2})\s*日")
_MONTH_IN_TITLE_RE = re.compile(r"(\d{1,2})\s*月份?")
_SINCE_RE = re.compile(r"[^，。；,;]{0,12}?以来")
#: Words that date a sentence by the one before it: 当天下午, 会上.
_SAME_DAY_RE = re.compile(r"当天|当日|同日|会上|会后|随后|仪式上")


def _date(text: str, month_hint: str | None) -> str | None:
    """The last date in ``text``, as precise as written: 2018-06, 09-18, 2021-09-18;
    a bare day (29日, in a monthly chronicle) takes the month of ``month_hint``."""
    dates = _DATE_RE.findall(text)
    if dates:
        year, month, day = dates[-1]
        return "-".join(p for p in (year, f"{int(month):02d}", day and f"{int(day):02d}") if p)
    days = _DAY_RE.findall(text)
    if days and month_hint:
        return f"{int(month_hint):02d}-{int(days[-1]):02d}"
    return None


def _date_before(doc: Document, sentence_start: int, verb: int, month_hint: str | None) -> str | None:
    """The date of an undated signing sentence from the text before it: a chronicle
    entry's date heading (5月18日 on its own line), or the day that 当天 / 会上 refers to."""
    body = doc.body
    if doc.kind == "chronicle":
        return _date(body[max(0, sentence_start - 400) : sentence_start], month_hint)
    if _SAME_DAY_RE.search(body, sentence_start, verb):
        return _date(body[:sentence_start], month_hint)
    return None


def _parties(a: str, b: str) -> tuple[str, ...] | None:
    others = [p for p in _LIST_SPLIT_RE.split(b) if p]
    tail = ""
    if others and "的" in others[-1]:
        others[-1], tail = others[-1].rsplit("的", 1)
    parties = [a, *others]
    if any(len(p) < 2 or _NOT_PARTY_RE.match(p) for p in parties):
        return None
    return tuple(p + tail for p in parties)


def _subject(title: str | None, release: bool) -> str | None:
    if not title:
        return None
    if release:
        return _PLAN_WORD_RE.sub("", _PLAN_END_RE.sub("", title)) or title
    return _AGREEMENT_END_RE.sub("", title) or title


def extract_agreements(doc: Document) -> Iterator[Agreement]:
    """Agreements of ``doc``, each once: a news headline that repeats the lead's
    signing (same parties, same agreement) is one agreement, dated by the lead."""
    kept: dict[tuple, Agreement] = {}
    for a in _agreements(doc):
        key = (a.parties, a.agreement_title)
        first = kept.get(key)
        if first is None:
            kept[key] = a
        elif first.date is None and a.date is not None:
            kept[key] = replace(first, date=a.date)
    yield from kept.values()


def _agreements(doc: Document) -> Iterator[Agreement]:
    """Agreements signed (or plans released) jointly by named parties, in text order.

    >>> from kg.read.ingest import read_text
    >>> from kg.read.segment import segment
    >>> doc = segment(read_text("3月5日，杭州市政府与浙江大学签署战略合作协议。".encode(), "x.txt"))[0]
    >>> [(a.parties, a.date, a.agreement_title) for a in extract_agreements(doc)]
    [(('杭州市政府', '浙江大学'), '03-05', '战略合作协议')]
    """
    body = doc.body
    if "签" not in body and "发布" not in body and "印发" not in body and "出台" not in body and "制定" not in body:
        return
    month = _MONTH_IN_TITLE_RE.search(doc.title or "")
    month_hint = month.group(1) if month and doc.kind == "chronicle" else None
    if doc.kind == "chronicle" and month_hint is None and doc.date:
        month_hint = doc.date[5:7]
    last_end = -1
    for v in finditer_from(_VERB_START_RE, _VERB_RE, body):
        if v.start() < last_end:
            continue
        lo = max(0, v.start() - 200)
        clause_m = _CLAUSE_START_RE.search(body, lo, v.start())
        clause_start = clause_m.start() + 1 if clause_m else lo
        sentence_m = _SENTENCE_START_RE.search(body, lo, v.start())
        sentence_start = sentence_m.start() + 1 if sentence_m else lo
        clause = body[clause_start : v.start()]
        prefix = _TIME_PREFIX_RE.match(clause)
        start = clause_start + (prefix.end() if prefix else 0)
        if lead_in := _PARTY_LEAD_IN_RE.match(body, start, v.start()):
            start = lead_in.end()
        head = body[start : v.start()]
        pm = _PARTIES_RES[0].match(head) or _PARTIES_RES[1].match(head)
        if pm is None:
            continue
        parties = _parties(pm["a"], pm["b"])
        if parties is None:
            continue
        release = v["release"] is not None
        after = body[v.end() : v.end() + 120]
        title: str | None = None
        subject: str | None = None
        end = v.end()
        if v["ceremony"]:
            subject = v["subject"]
            book = re.search(rf"《([^》]*{re.escape(subject)}[^》]*)》", body)
            title = book.group(1) if book else None
        elif om := _OBJECT_RE.match(after):
            title = om["book"] or om["plain"]
            end = v.end() + om.end()
            subject = _subject(title, release)
        elif release or not _BARE_SIGN_END_RE.match(body, v.end()):
            continue  # 联合发布 with no document named, 签约合作: not an agreement
        since = _SINCE_RE.match(body, end)
        kind = "joint release (not a signing)" if release else "signing (past)" if since else "signing"
        sentence_end_m = _SENTENCE_END_RE.search(body, end)
        sentence_end = sentence_end_m.start() if sentence_end_m else len(body)
        yield Agreement(
            source=doc.source, doc_id=doc.id, parties=parties,
            parties_surface=body[start : start + pm.end("b")],
            evidence=doc.evidence_for(sentence_start, sentence_end),
            date=_date(body[sentence_start : v.start()], month_hint) or _date_before(doc, sentence_start, v.start(),
                                                                                    month_hint),
            subject=subject, agreement_title=title, kind=kind,
        )
        last_end = sentence_end
