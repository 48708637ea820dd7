"""The facts file: every field of a resolved record is declared once; reading checks records."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kg.errors import FactsError
from kg.facts import (
    ADDED_FIELDS,
    KINDS,
    RESOLVE_FIELDS,
    RESOLVE_SECTIONS,
    Resolved,
    Tenure,
    document_numbers,
    evidence_json,
    facts_of,
    mark_body,
    of_type,
    read_facts,
    records_of,
    section_of,
    typed_records,
    view,
    with_added,
    write_facts,
    written_of,
)
from kg.records import SECTION_OF, Appointment, Citation, Document, Evidence, TaskAssignment, to_dict
from kg.resolve.resolve import resolve_facts


def _declared() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {s: set() for s in (*SECTION_OF.values(), *RESOLVE_SECTIONS)}
    out["documents"] = out["articles"] = {f.name for f in dataclasses.fields(Document) if f.name != "text"}
    for cls, section in SECTION_OF.items():
        out[section] |= {f.name for f in dataclasses.fields(cls)}
    for section, cls in RESOLVE_SECTIONS.items():
        out[section] = {f.name for f in dataclasses.fields(cls)}
    for section, fields in RESOLVE_FIELDS.items():
        out[section] = out.get(section, set()) | set(fields)
    return out


def test_every_field_of_the_seed_facts_is_declared(seed_facts) -> None:
    declared = _declared()
    for section, records in seed_facts.items():
        for record in records:
            undeclared = set(record) - declared[section]
            assert not undeclared, (section, undeclared)


def test_resolved_facts_round_trip(seed_facts, tmp_path) -> None:
    path = tmp_path / "facts.json"
    write_facts(seed_facts, path)
    again = read_facts(path)
    assert again["officials"] == seed_facts["officials"] and again["regions"] == seed_facts["regions"]


def test_a_damaged_officials_section_is_refused(tmp_path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"officials": [{"id": "王伟@洛阳市", "name": "王伟", "places": "洛阳市"}]},
                               ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FactsError, match="places"):
        read_facts(path)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_in_one_line(tmp_path, constant):
    """Python's json reads them; Neo4j would store them and strict parsers refuse the exports."""
    path = tmp_path / "facts.json"
    path.write_text('{"parks": [{"name": "某园区", "area": ' + constant + "}]}", encoding="utf-8")
    with pytest.raises(FactsError, match=f"{constant} is not a number JSON carries") as err:
        read_facts(path)
    assert "\n" not in str(err.value)


def test_every_field_the_resolve_stage_adds_is_one_of_the_added_fields() -> None:
    assert {f for kind in KINDS for f in kind.adds} <= set(ADDED_FIELDS)
    assert set(ADDED_FIELDS) == {f.name for f in dataclasses.fields(Resolved)} - {"given"}


def test_a_record_read_typed_is_the_record_written(seed_facts) -> None:
    for kind in KINDS:
        if kind.resolve_stage:
            continue
        for record in seed_facts[kind.section]:
            typed = view(kind.record, record)
            own = {k: v for k, v in record.items() if k not in ADDED_FIELDS}
            assert to_dict(typed) == own, kind.section


def test_a_hand_made_record_reads_with_its_fields_unset() -> None:
    task = view(TaskAssignment, {"doc_id": "D1", "lead_units": ["市经信局"], "cooperating_units": None,
                                 "evidence": {"source": "a.txt", "start": 1, "end": 3, "quote": "做好", "page": 2}})
    assert (task.doc_id, task.lead_units, task.cooperating_units, task.targets, task.category) == (
        "D1", ("市经信局",), (), (), None)
    assert task.evidence == Evidence("a.txt", 1, 3, "做好", page=2)
    # evidence without offsets (gold, a user's file) is none
    assert view(Appointment, {"person": "王伟", "evidence": {"source": "a.txt"}}).evidence is None


def test_a_section_reads_typed_with_what_the_resolve_stage_added(seed_facts) -> None:
    """records_of: the one way evaluate and summary read a section (its kind's record type)."""
    pairs = records_of(seed_facts, "appointments")
    assert len(pairs) == len(seed_facts["appointments"]) > 0
    for (record, added), raw in zip(pairs, seed_facts["appointments"], strict=True):
        assert isinstance(record, Appointment) and record.person == raw["person"]
        assert added.official == raw.get("official") and added.jurisdiction == raw.get("jurisdiction")
    assert records_of({}, "portfolios") == []


def test_what_the_resolve_stage_adds_is_written_after_the_record_in_one_order() -> None:
    added = Resolved().add(jurisdiction=None).add(resolved={"市财政局": "宁波市财政局"}).add(official="王伟@宁波市")
    assert list(with_added({"person": "王伟", "organization": "市财政局"}, added)) == [
        "person", "organization", "resolved", "jurisdiction", "official"]
    assert added.json_fields()["jurisdiction"] is None  # given: the place is unknown
    # a field the record had keeps its place (facts resolved again)
    assert list(with_added({"official": "x", "person": "王伟"}, added)) == [
        "official", "person", "resolved", "jurisdiction"]


def test_resolving_leaves_the_facts_it_was_given_as_they_were(seed_facts) -> None:
    unresolved = {section: [{k: v for k, v in r.items() if k not in ADDED_FIELDS} for r in records]
                  for section, records in seed_facts.items() if section not in RESOLVE_SECTIONS}
    before = json.dumps(unresolved, ensure_ascii=False)
    again = resolve_facts(unresolved)
    assert json.dumps(unresolved, ensure_ascii=False) == before
    assert again == seed_facts


@pytest.mark.parametrize(("text", "message"), [
    ('{"parks": [{"name": "某园区"}', "not a JSON facts file"),
    ('{"parks": [{"name": "某园区"}]} {}', "not a JSON facts file"),
    ('[{"name": "某园区"}]', "not a facts file"),
    ('{"version": 2}', "not a facts file"),
    ('{"parks": {"name": "某园区"}}', "section 'parks' is not a list of records"),
    ('{"parks": ["某园区"]}', "section 'parks' is not a list of records"),
    ('{"parks": [{"name": "某园区", "area": 1e999999}]}', "too large for a float"),
    ('{"parks": [{"name": "某园区", "seq": 99999999999999999999}]}', "beyond 64-bit integers"),
])
def test_a_damaged_facts_file_is_one_line(tmp_path, text, message) -> None:
    path = tmp_path / "facts.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FactsError, match=message) as err:
        read_facts(path)
    assert "\n" not in str(err.value)


def test_a_tenures_copies_are_evidence_not_names(tmp_path) -> None:
    """A facts file kg wrote from copies of one notice (Tenure.copies: the first evidence of each
    other source) reads back; copies given as names are refused in one line."""
    copy = {"source": "b/任免通知.txt", "start": 10, "end": 12, "quote": "王伟"}
    tenure = {"official": "王伟@洛阳市", "position": "局长", "unit": "洛阳市财政局", "start": None, "end": None,
              "appointed_by": None, "removed_by": None, "evidence": {**copy, "source": "a/任免通知.txt"}}
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"tenures": [{**tenure, "copies": [copy]}]}, ensure_ascii=False), encoding="utf-8")
    assert read_facts(path)["tenures"][0]["copies"] == [copy]
    path.write_text(json.dumps({"tenures": [{**tenure, "copies": ["b/任免通知.txt"]}]}, ensure_ascii=False),
                    encoding="utf-8")
    with pytest.raises(FactsError, match="'copies' must be a list of evidence"):
        read_facts(path)


def test_written_says_what_the_json_form_gives_beyond_the_type() -> None:
    """A gold record's line, a mention's doc_number and the source of evidence without offsets
    are read here, so that the graph reads no JSON."""
    rec = {"source": "a.txt", "name": "王伟", "line": 7, "doc_number": "甬政发〔2020〕1号",
           "evidence": {"source": "b.txt", "quote": "王伟"}}
    written = written_of(rec)
    assert (written.fields, written.source, written.line, written.doc_number) == (
        frozenset(rec), "b.txt", 7, "甬政发〔2020〕1号")
    assert written_of({"source": "a.txt"}).source == "a.txt"  # no evidence: the record's own
    assert evidence_json(rec) == rec["evidence"] and evidence_json({"evidence": None}) is None


def test_a_record_type_names_its_section() -> None:
    assert section_of(Appointment) == "appointments" and section_of(Tenure) == "tenures"
    with pytest.raises(ValueError, match="Document"):
        section_of(Document)  # documents and articles
    ev = {"source": "a.txt", "start": 0, "end": 2, "quote": "王伟"}
    facts = {"appointments": [{"person": "王伟", "evidence": ev}], "tenures": [{"official": "王伟", "unit": "A局"}]}
    [appointment] = typed_records(facts, Appointment)
    assert appointment.person == "王伟" and appointment.evidence == Evidence("a.txt", 0, 2, "王伟")
    assert typed_records(facts, Tenure)[0].unit == "A局"
    assert of_type({"appointments": [appointment]}, Appointment) == [appointment]
    assert of_type({}, Appointment) == ()


def test_typed_records_become_the_json_form_in_one_place() -> None:
    ev = Evidence("a.txt", 0, 2, "王伟")
    cite = Citation("a.txt", "d1", "甬政发〔2020〕1号", None, "d1", "body", "year", "cites", ev)
    facts = facts_of({"cited_documents": [cite]})
    assert facts["cited_documents"] == [to_dict(cite)] and facts["documents"] == []
    numbers = document_numbers({"documents": [{"doc_number": "甬政发〔2020〕1号"}, {"doc_number": None}, {}]})
    assert numbers == {"甬政发〔2020〕1号"}
    assert mark_body(facts["cited_documents"][0], numbers)["has_body_in_sources"] is True
    assert mark_body({"doc_number": "x"}, numbers)["has_body_in_sources"] is False
