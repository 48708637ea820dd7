"""The records that flow through the pipeline, and their JSON form.

Every fact carries an :class:`Evidence` whose ``quote`` equals
``decoded_text_of(source)[start:end]``. Records are frozen: stages return new
records instead of changing old ones. JSON in and out happens here and nowhere
else (:func:`to_dict`, :data:`SECTIONS`).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

#: Sections of the facts file, in the order they are written.
SECTIONS: tuple[str, ...] = (
    "documents",
    "articles",
    "cited_documents",
    "task_assignments",
    "projects",
    "appointments",
    "parks",
    "officials_mentioned",
    "agreements",
    "unit_mentions",
    "successions",
    "portfolios",
    "units",
    "reforms",
    "tenures",
    "officials",
    "regions",
)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``source`` is the file name, [start, end) offsets
    into its decoded (not repaired) text, and ``quote`` that exact slice."""

    source: str
    start: int
    end: int
    quote: str
    #: the 1-based page of a PDF's text layer the span is on (kg.pipeline.add_pages)
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """One document inside a source file (a gazette issue bundles many).

    ``start``/``end`` are offsets into the *clean* text of ``text``; extractors
    search ``body`` and turn clean spans into evidence with ``evidence``.
    ``kind`` is one of: regulation, notice, opinion, plan, personnel, excerpt
    (official documents) or news, chronicle, catalogue (articles).
    """

    id: str
    source: str
    seq: int
    start: int
    end: int
    text: Any = field(repr=False, compare=False)  # kg.ingest.SourceText
    doc_number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    kind: str = "excerpt"
    doc_type: str | None = None
    attachment_title: str | None = None
    normative_code: str | None = None
    signer: str | None = None
    #: the publisher a web page's metadata names (发布机构, 发文机关): places the document
    #: when its own text (issuer, title, signature, number) does not
    publisher: str | None = None
    partial: bool = False
    evidence: Evidence | None = None
    #: divisions the text names, most often first; how it speaks of itself (全区 → 区)
    places: tuple[str, ...] = ()
    self_reference: str | None = None
    #: SHA-256 of the normalised body (kg.identity): copies of one document share it
    content_hash: str | None = None

    ARTICLE_KINDS = frozenset({"news", "chronicle", "catalogue"})

    @functools.cached_property
    def body(self) -> str:
        """The clean text of this document (OCR breaks and HTML repaired); sliced once, since every
        extractor reads it (cached in the instance's ``__dict__``, which a frozen dataclass allows;
        ``replace`` makes a new instance, sliced anew)."""
        return self.text.clean[self.start : self.end]

    @property
    def is_article(self) -> bool:
        return self.kind in self.ARTICLE_KINDS

    @property
    def number_id(self) -> str | None:
        """The canonical form of ``doc_number`` (which keeps the printed brackets): the id."""
        return self.id if self.doc_number else None

    @property
    def is_official(self) -> bool:
        """Whether this is an official document (facts section ``documents``): it
        has a title or a number, is signed (an issuer and a date: a notice whose copy
        lost its title), or is a marked part of one (``partial``, 【紧接第1版】).
        An untitled, unmarked excerpt is filed with the articles: nothing says what it is."""
        return not self.is_article and bool(self.title or self.doc_number or self.partial
                                            or (self.issuer and self.date))

    def evidence_for(self, start: int, end: int) -> Evidence:
        """Evidence for a span given in offsets *relative to* ``body``."""
        return self.text.evidence(self.start + start, self.start + end)


@dataclass(frozen=True)
class Citation:
    source: str
    doc_id: str  # the document the citation was read in
    doc_number: str
    title: str | None
    cited_by: str | None  # id of the citing document; None in a 发文目录
    context: str  # "body" or "发文目录"
    number_style: str  # "year" (〔YYYY〕N号) or "order" (政府令第N号)
    relation: str  # "cites" or "repeals"
    evidence: Evidence
    has_body_in_sources: bool = False


@dataclass(frozen=True)
class TaskAssignment:
    source: str
    doc_id: str
    doc_number: str | None
    kind: str  # "task" or "indicator"
    seq: int
    text: str  # the task's own words, line breaks removed
    anchor: str  # last 15 characters of the text before the parenthetical
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    lead_officials: tuple[str, ...]
    raw: str
    evidence: Evidence
    category: str | None = None
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Project:
    source: str
    doc_id: str
    doc_number: str | None
    table: str | None
    seq: int | None
    name: str
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    responsibility_raw: str
    evidence: Evidence
    content: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    schedule_note: str | None = None
    location: str | None = None
    partners: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Appointment:
    source: str
    doc_id: str
    doc_number: str | None
    date: str | None
    person: str
    action: str  # "appoint" or "remove"
    organization: str | None
    position: str
    evidence: Evidence
    concurrent: bool = False
    probation: bool = False
    note: str | None = None
    #: The event as written (kg.patterns.APPOINTMENT_KINDS): election, appointment, engagement,
    #: acting, removal, resignation, recall, termination.
    kind: str = "appointment"


@dataclass(frozen=True)
class Park:
    source: str
    doc_id: str
    doc_number: str | None
    name: str
    host: str | None
    sector: str | None
    industries: tuple[str, ...]
    industries_raw: str
    evidence: Evidence
    #: The zone of the national catalogue (《中国开发区审核公告目录》2018, kg/data/devzones_2018.csv)
    #: the park is, when exactly one answers to its name and host: code (G412116), name as
    #: catalogued, approving level (national: 国务院, province: 省政府), approval date
    #: (1992-11) and approved area in hectares.
    catalogue_code: str | None = None
    catalogue_name: str | None = None
    catalogue_level: str | None = None
    catalogue_approved: str | None = None
    catalogue_area_ha: float | None = None


@dataclass(frozen=True)
class OfficialMention:
    source: str
    doc_id: str
    name: str
    title: str
    title_core: str
    affiliation: str | None
    evidence: Evidence
    section: str | None = None


@dataclass(frozen=True)
class Agreement:
    source: str
    doc_id: str
    parties: tuple[str, ...]
    parties_surface: str
    evidence: Evidence
    date: str | None = None
    subject: str | None = None
    agreement_title: str | None = None
    kind: str = "signing"


@dataclass(frozen=True)
class UnitMention:
    """A unit named in a news item or chronicle (first occurrence per document)."""

    source: str
    doc_id: str
    name: str
    label: str  # the spaCy entity label: ORG
    evidence: Evidence


@dataclass(frozen=True)
class Succession:
    """A unit that a reform (机构改革) replaced: ``predecessor`` is succeeded by ``successor``.

    ``kind`` is ``rename`` (将X更名为Y), ``merge`` (组建Y … 不再保留X, 整合X组建Y, X并入Y) or
    ``split`` (one predecessor, several successors in one document); ``statement`` the words
    that say it (更名为, 不再保留, 整合, 并入, 撤销); ``date`` the document's.
    """

    source: str
    doc_id: str
    predecessor: str
    successor: str
    kind: str
    statement: str
    evidence: Evidence
    date: str | None = None


@dataclass(frozen=True)
class Portfolio:
    """A leader's share of a government's work (政府领导分工, kg.extract.portfolios): ``how`` is
    主持, 负责, 分管, 联系 or 协助; ``units`` the organs and ``areas`` the work of that verb, as
    written; ``official`` and ``post`` as printed (None when the page prints none);
    ``jurisdiction`` the government whose leaders these are; ``date`` the notice's."""

    source: str
    doc_id: str
    official: str | None
    post: str | None
    jurisdiction: str | None
    how: str
    units: tuple[str, ...]
    areas: tuple[str, ...]
    raw: str
    evidence: Evidence
    date: str | None = None


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    skip = "text" if cls is Document else None  # a Document's text is its SourceText
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != skip)


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, Evidence):
        out = {"source": value.source, "start": value.start, "end": value.end, "quote": value.quote}
        return out if value.page is None else {**out, "page": value.page}
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """The JSON form of a record: tuples become lists, the source text is dropped.

    (A shallow walk instead of dataclasses.asdict, which deep-copies and was a
    fifth of the extraction time.)
    """
    names = _field_names(type(record))  # type: ignore[arg-type]  # classes are hashable
    return {name: _json_value(getattr(record, name)) for name in names}


#: Which record type belongs in which facts section.
SECTION_OF: dict[type, str] = {
    Citation: "cited_documents",
    TaskAssignment: "task_assignments",
    Project: "projects",
    Appointment: "appointments",
    Park: "parks",
    OfficialMention: "officials_mentioned",
    Agreement: "agreements",
    UnitMention: "unit_mentions",
    Succession: "successions",
    Portfolio: "portfolios",
}


def empty_facts() -> dict[str, list[dict[str, Any]]]:
    return {section: [] for section in SECTIONS}
