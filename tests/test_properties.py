"""Property tests: whatever text arrives, extraction never raises and evidence holds.

Inputs are slices of the seed gazette (headings, tables, parentheticals, personnel
notices) with random insertions of the things OCR and web scraping scatter through
real archives: parentheticals with role words, document numbers, HTML tags, line
breaks, stray brackets and random text; then encoded in one of the supported
encodings. For every input, ``extract_text(read_text(bytes, name))`` must return
facts whose every evidence slice of the decoded file equals its quote.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import FactsError, InputError
from kg.graph.graph import build_graph
from kg.paths import SEEDS
from kg.patterns import COOPERATE_ROLE_WORDS, LEAD_OFFICIAL_ROLE_WORDS, LEAD_ROLE_WORDS, UNIT_SUFFIXES
from kg.pipeline import extract_text, read_facts
from kg.read.ingest import read_text
from kg.records import SECTIONS
from kg.store.store import node_groups, relationship_groups

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]

# Printable text as it appears in documents: CJK, full-width and ASCII punctuation,
# brackets of every kind, digits, Latin, spaces and breaks (no NUL or private-use
# characters, which ingest rightly refuses as binary or mojibake).
_ALPHABET = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
                "So", "Zs"),
    include_characters="\n\t\r（）()《》“”〔〕【】：；、，。牵头配合单位市区局委办政发号令第",
)
random_text = st.text(_ALPHABET, max_size=40)

unit = st.builds(lambda prefix, stem, suffix: prefix + stem + suffix,
                 st.sampled_from(["市", "区", "县", "省", "", "宁波市", "鄞州区"]),
                 st.text(st.sampled_from("经信发改财政科技商务教育人力社保自然资源"), min_size=0, max_size=4),
                 st.sampled_from(UNIT_SUFFIXES))
units = st.lists(unit, min_size=0, max_size=3).map("、".join)
colon = st.sampled_from(["：", ":", "", " "])
semicolon = st.sampled_from(["；", ";", "，", " ", "\n", ""])


@st.composite
def parenthetical(draw) -> str:
    """（牵头单位：…；配合单位：…）, with any brackets, separators and roles, sometimes unclosed."""
    open_b, close_b = draw(st.sampled_from([("（", "）"), ("(", ")"), ("（", ")"), ("(", "）"), ("（", "")]))
    parts = [draw(st.sampled_from(LEAD_ROLE_WORDS)) + draw(colon) + draw(units)]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(COOPERATE_ROLE_WORDS)) + draw(colon) + draw(units))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(LEAD_OFFICIAL_ROLE_WORDS)) + draw(colon)
                     + draw(st.text(st.sampled_from("王李张陈程刘"), min_size=0, max_size=3)))
    return open_b + draw(semicolon).join(parts) + close_b


doc_number = st.builds(
    lambda code, year, serial, o, c: f"{code}{o}{year}{c}{serial}号",
    st.sampled_from(["甬政发", "甬政办发", "鄞政办发", "浙政发", "国发", "X"]),
    st.integers(1990, 2030), st.integers(0, 999),
    st.sampled_from("〔［[（(【"), st.sampled_from("〕］]）)】"),
) | st.builds(lambda n: f"政府令第{n}号", st.integers(0, 400))

html = st.sampled_from(["<p>", "</p>", "<br>", "<br/>", "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>",
                        '<td colspan="2">', "<span class='x'>", "</span>", "&nbsp;", "&amp;", "&lt;", "&#12288;",
                        "<", ">", "&", "<td", "<!-- c -->"])
line_break = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u3000\n", " \n ", "\t", "\n\t"])
role_word = st.sampled_from(LEAD_ROLE_WORDS + COOPERATE_ROLE_WORDS + LEAD_OFFICIAL_ROLE_WORDS
                            + ("任命", "免去", "兼任", "试用期一年", "废止", "同时废止"))
fragment = st.one_of(parenthetical(), doc_number, html, line_break, role_word, random_text,
                     st.sampled_from(["（", "）", "(", ")", "《", "》", "“", "”", "〔", "〕"]))


@st.composite
def messy_document(draw) -> str:
    """A slice of a seed with fragments inserted at random places."""
    seed = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, max(0, len(seed) - 200)))
    text = seed[start:start + draw(st.integers(0, 4000))]
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(fragment) + text[at:]
    return text


encoding = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])


def check_evidence(facts: dict, original: str) -> int:
    """Assert every evidence slice equals its quote; return how many records had evidence."""
    n = 0
    for section, records in facts.items():
        for rec in records:
            ev = rec.get("evidence")
            if not isinstance(ev, dict):
                continue
            n += 1
            assert ev["source"] == "doc.txt", (section, ev)
            assert 0 <= ev["start"] <= ev["end"] <= len(original), (section, ev)
            assert original[ev["start"]:ev["end"]] == ev["quote"], (section, ev)
    return n


def extract_or_blank(data: bytes, text: str) -> tuple[dict, str] | None:
    """Facts and decoded text; None only for a blank file, which ingest must refuse."""
    try:
        source = read_text(data, "doc.txt")
    except InputError as exc:
        assert not text.strip(), f"refused a non-blank text: {exc}"
        assert str(exc).startswith("doc.txt: ") and "\n" not in str(exc)
        return None
    return extract_text(source), source.original


@SETTINGS
@given(messy_document(), encoding)
def test_messy_seed_slices_never_raise_and_evidence_holds(text, enc):
    result = extract_or_blank(text.encode(enc), text)
    if result is not None:
        facts, original = result
        check_evidence(facts, original)


@SETTINGS
@given(st.lists(st.one_of(fragment, random_text), max_size=30).map("".join), encoding)
def test_random_text_never_raises_and_evidence_holds(text, enc):
    result = extract_or_blank(text.encode(enc), text)
    if result is not None:
        check_evidence(*result)


@SETTINGS
@given(st.lists(st.tuples(st.text(st.sampled_from("加快推进建设做好数字经济工作"), min_size=2, max_size=20),
                          parenthetical()), min_size=1, max_size=8))
def test_numbered_tasks_with_parentheticals(items):
    """Numbered tasks with role parentheticals: evidence holds, and a closed （牵头单位：X）
    after a task gives a task record led by a unit."""
    lines = [f"{i + 1}.{words}。{paren}" for i, (words, paren) in enumerate(items)]
    text = "宁波市人民政府关于印发某方案的通知\n甬政发〔2021〕9号\n" + "\n".join(lines) + "\n"
    source = read_text(text.encode("utf-8"), "doc.txt")
    facts = extract_text(source)
    check_evidence(facts, source.original)
    closed = [p for _, p in items if p.startswith("（") and p.endswith("）") and "牵头单位：市" in p]
    if closed:
        assert any(t["lead_units"] for t in facts["task_assignments"]), facts["task_assignments"]


# -- SourceText.evidence on random clean spans -----------------------------------------------

messy_markup = st.lists(st.one_of(random_text, html, line_break,
                                  st.sampled_from(["（牵头\n单位：市\r\n经信局）", "《某\n办法》", "“一\n二”"])),
                        max_size=25).map("".join)


@SETTINGS
@given(messy_markup, st.data())
def test_evidence_of_any_clean_span_is_an_exact_trimmed_slice(original, data):
    if not original.strip():
        return
    text = read_text(original.encode("utf-8"), "doc.txt")
    assert text.original == original
    n = len(text.clean)
    start = data.draw(st.integers(0, max(0, n - 1)))
    end = data.draw(st.integers(start, n))
    ev = text.evidence(start, end)
    assert ev.source == "doc.txt"
    assert 0 <= ev.start <= ev.end <= len(original)
    assert original[ev.start:ev.end] == ev.quote
    assert ev.quote == ev.quote.strip() or not ev.quote.strip()
    # the map is monotone: a later span never starts before an earlier one
    o_start, o_end = text.to_original(start, end)
    assert o_start <= o_end
    if end < n:
        assert text.to_original(end, n)[0] >= o_start


plain = st.text(st.characters(categories=("Lo", "Nd", "Zs"), include_characters="\n，。、：；"),
                min_size=1, max_size=300)


@SETTINGS
@given(plain, st.data())
def test_evidence_of_unrepaired_text_is_the_clean_slice(original, data):
    """Without markup, CR or broken brackets, clean is the original and a quote is the trimmed span."""
    if not original.strip():
        return
    text = read_text(original.encode("utf-8"), "doc.txt")
    assert text.clean == original
    start = data.draw(st.integers(0, len(original) - 1))
    end = data.draw(st.integers(start + 1, len(original)))
    ev = text.evidence(start, end)
    span = original[start:end]
    if span.strip():
        assert ev.quote == span.strip()
        assert ev.start == start + len(span) - len(span.lstrip())


# -- facts files written by hand or damaged ----------------------------------------------------

_FIELDS = ["id", "doc_id", "doc_number", "source", "seq", "kind", "text", "title", "date", "name", "person",
           "official", "action", "organization", "position", "lead_units", "cooperating_units", "lead_officials",
           "parties", "industries", "aliases", "host", "table", "start_year", "partners", "evidence", "resolved",
           "unit", "start", "end", "line", "concurrent"]
_json_scalar = st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False) | random_text
_json_value = st.recursive(_json_scalar, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(["source", "start", "end", "quote", "x"]), inner,
                                             max_size=4), max_leaves=8)
_plain_value = _json_scalar | st.lists(random_text, max_size=3)
_evidence = st.fixed_dictionaries({}, optional={"source": random_text, "start": st.integers(-1, 10**6) | st.none(),
                                                "end": st.integers(-1, 10**6) | st.none(), "quote": random_text})
_LIST_NAMES = ("lead_units", "cooperating_units", "lead_officials", "parties", "industries", "aliases")
_plausible_record = st.fixed_dictionaries({}, optional={
    name: (st.lists(random_text, max_size=3) if name in _LIST_NAMES
           else _evidence if name == "evidence"
           else st.dictionaries(random_text, random_text | st.none(), max_size=2) if name == "resolved"
           else _json_scalar if name in ("id", "doc_id", "doc_number", "name", "person", "official", "source", "seq")
           else _plain_value)
    for name in _FIELDS})
_damaged_record = st.dictionaries(st.sampled_from(_FIELDS), _json_value, max_size=8)
_facts_record = st.one_of(_plausible_record, _damaged_record)


def _facts_file(record) -> st.SearchStrategy:
    return st.dictionaries(st.sampled_from(SECTIONS), st.lists(record, max_size=4), min_size=1)


@SETTINGS
@given(_facts_file(_plausible_record) | _facts_file(_facts_record))
def test_any_facts_file_is_refused_in_one_line_or_builds_a_storable_graph(tmp_path_factory, facts):
    """A facts file read_facts accepts always builds a graph whose rows the store accepts."""
    path = tmp_path_factory.mktemp("facts") / "facts.json"
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    try:
        loaded = read_facts(path)
    except FactsError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
        return
    graph = build_graph(loaded)
    node_groups(graph)
    relationship_groups(graph)
