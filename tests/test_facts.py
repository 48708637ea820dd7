"""The facts file: every field of a resolved record is declared once; reading checks records."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kg.errors import FactsError
from kg.facts import RESOLVE_FIELDS, RESOLVE_SECTIONS, read_facts, write_facts
from kg.records import SECTION_OF, Document


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
