"""kg.facts.KINDS: each kind of fact declared once, and every stage that must know a kind
reads it from there; cypher/schema.cypher indexes every relationship type it declares."""

from __future__ import annotations

import dataclasses
import re

from kg.evaluate import SECTIONS as SCORED_SECTIONS
from kg.evaluate import score
from kg.facts import KIND_OF, KINDS, RESOLVE_FIELDS, RESOLVE_SECTIONS
from kg.graph.graph import KEY_OF, NODE_LABELS, REL_TYPES
from kg.paths import CYPHER_DIR
from kg.records import SECTION_OF, SECTIONS, Document
from kg.resolve.resolve import JURISDICTION_SECTIONS, REGION_FIELDS, UNIT_FIELDS
from kg.resolve.tenures import OFFICIAL_FIELDS

SCHEMA = (CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8")
#: CREATE [RANGE] INDEX … FOR ()-[r:TYPE]-() ON (r.prop)
REL_INDEX_RE = re.compile(r"^CREATE (?:RANGE )?INDEX \w+ IF NOT EXISTS FOR \(\)-\[r:(\w+)\]-\(\) ON \(r\.(\w+)\);$", re.M)
#: CREATE CONSTRAINT … FOR (n:Label) REQUIRE n.key IS UNIQUE
KEY_CONSTRAINT_RE = re.compile(r"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE;$", re.M)


def test_every_section_of_the_facts_file_is_one_kind():
    assert [k.section for k in KINDS] == list(KIND_OF)  # no section twice
    assert set(KIND_OF) == set(SECTIONS)
    for record, section in SECTION_OF.items():
        assert KIND_OF[section].record is record
    assert KIND_OF["documents"].record is KIND_OF["articles"].record is Document
    assert {k.section for k in KINDS if k.resolve_stage} == set(RESOLVE_SECTIONS)


def test_the_fields_a_kind_names_are_fields_of_its_record():
    for kind in KINDS:
        declared = {f.name for f in dataclasses.fields(kind.record)}
        named = {*kind.unit_fields, *kind.region_fields, *kind.official_fields, *kind.key, *kind.items,
                 *(end.partition(":")[2] for edge in kind.edges for end in (edge.start, edge.end)),
                 *(field for edge in kind.edges for _, field in edge.props)}
        assert named <= declared, (kind.section, named - declared)  # mypy cannot check a name in a string
        assert not set(kind.adds) & declared, kind.section  # the resolve stage adds, it does not overwrite


def test_the_stages_read_the_registry():
    assert {k.section: k.unit_fields for k in KINDS if k.unit_fields} == UNIT_FIELDS
    assert {k.section: k.region_fields for k in KINDS if k.region_fields} == REGION_FIELDS
    assert set(OFFICIAL_FIELDS) == {(k.section, f) for k in KINDS for f in k.official_fields}
    assert ("task_assignments", "lead_officials") in OFFICIAL_FIELDS and REGION_FIELDS["parks"] == ("host",)
    assert set(JURISDICTION_SECTIONS) == {s for s, fields in RESOLVE_FIELDS.items() if "jurisdiction" in fields}
    assert set(REL_TYPES) == {rel for k in KINDS for rel in k.relationships}


def test_every_scored_kind_is_scored():
    scored = {k.section for k in KINDS if k.scored}
    assert set(SCORED_SECTIONS) == scored
    assert set(score({}, {})) == {s for s in scored if not KIND_OF[s].resolve_stage}


def test_every_relationship_type_has_its_indexes_in_the_schema():
    """A source owns its facts: `kg load` finds a source's relationships by ``source``, type
    by type, and a type without that index is scanned whole on every load."""
    indexed = set(REL_INDEX_RE.findall(SCHEMA))
    wanted = {(rel, prop) for k in KINDS for rel in k.relationships for prop in ("source", *k.indexed)}
    assert wanted - indexed == set(), "relationship types without their index in cypher/schema.cypher"
    assert indexed - wanted == set(), "indexes in cypher/schema.cypher that no kind declares (kg.facts.KINDS)"


def test_every_node_key_has_a_uniqueness_constraint():
    constraints = set(KEY_CONSTRAINT_RE.findall(SCHEMA))
    assert {(label, KEY_OF[label]) for label in NODE_LABELS} <= constraints


def test_the_schema_patterns_read_the_file():
    assert ("APPOINTS", "date") in REL_INDEX_RE.findall(SCHEMA)
    assert ("Unit", "name") in KEY_CONSTRAINT_RE.findall(SCHEMA)
