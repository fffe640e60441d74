"""The typed records that flow between the pipeline's stages.

ingest/ produces :class:`Document`; nlp/ turns one document into a :class:`DocAnalysis`
(actors local to that document, events, quotes, quantities, labels, framing); align/ merges
many analyses into a :class:`CorpusResult` (global actors, clusters with discrepancies,
omissions, stories, outlet framing profiles); store/, export/, report/ and web/ only read
these records. Keeping them in one small module means every stage agrees on one shape and
the JSON contract (``../shared/spec/CONTRACT.md``) is a plain ``to_dict`` away.

Conventions (from the contract): ids are strings derived from content (see :func:`make_id`);
spans are ``(start, end)`` character offsets into ``Document.text``; dates are ISO strings at
the known precision; absent knowledge is ``None``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ACTOR_KINDS = ("person", "org", "country", "group", "other")
# The general kind of any event, PLOVER-typed or not: what a reader would call it. A happening
# no PLOVER category fits (a crash, a storm, a court ruling) keeps ``type=None`` and one of these.
EVENT_KINDS = (
    "attack", "accident", "disaster", "election", "legal", "statement", "meet", "release", "arrest",
    "sanction", "protest", "military", "other",
)
QUOTE_KINDS = ("direct", "partial", "scare")
PRECISIONS = ("day", "month", "year", "season", "quarter", "decade", "week", "time")


def make_id(prefix: str, *parts: object) -> str:
    """A stable id from content: same parts, same id, on every run and machine."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{h.hexdigest()[:16]}"


def to_dict(record: Any) -> Any:
    """Plain JSON-ready data (tuples become lists) from a record or list of records."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


# --------------------------------------------------------------------------- ingest/


@dataclass
class Document:
    """One article as read by ingest/. ``text`` is the body that nlp/ analyses (no title line,
    no byline block); spans elsewhere index into it. A document that could not be read has
    ``text=None`` and a one-line ``error``."""

    id: str
    source: str
    outlet: str
    text: str | None
    title: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_from: str | None = None  # "metadata" | "text" | "inferred" | None
    language: str | None = None
    error: str | None = None
    # A yearless publication date as written ("Jul 10" -> "--07-10"), kept so the corpus can
    # infer the year later (ingest/years.py).
    published_partial: str | None = None
    content_hash: str | None = None


# --------------------------------------------------------------------------- nlp/


# A DateValue holding a clock time ("2025-06-12T13:38", optionally a zone after it): the one
# pattern nlp/ (which keeps clock times on events), align/facts.py (which compares them) and the
# contract (which exports their day) all read. Groups: day, hours, minutes, the rest (a zone).
CLOCK_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(.*)$")


@dataclass
class DateValue:
    """A time expression normalised against the publication date."""

    value: str | None  # ISO at precision: "2025-06-21", "2025-06", "2025", "2025-SU", "2020/2022"
    text: str
    precision: str | None  # one of PRECISIONS or None
    year_inferred: bool = False
    span: Span | None = None
    # Set for ranges ("From September 25 to 29"): the end of the interval at the same precision.
    end: str | None = None
    kind: str = "date"  # TimeML type: "date" | "time" | "duration" | "set"; "stamp": a publication stamp


@dataclass
class Quantity:
    """A counted amount: value, the counted noun, approximation and ranges."""

    doc: str
    value: float | int
    unit: str | None
    approximate: bool
    text: str
    span: Span
    value_max: float | int | None = None  # set for ranges ("3,000 to 5,000")
    qualifier: str | None = None  # "up to", "about", "more than", "dozens", ...
    # The whole the amount is a part of: 242 in "241 of the 242 people"; 300 in "a third of the
    # 300 passengers" (value 100). A share of an uncounted whole ("a quarter of the budget") has
    # value 0.25 and whole 1, so value / whole is always the share.
    whole: float | int | None = None
    # What the count is a count of, beyond its noun (nlp/facts.py): the predicate family
    # ("aboard", "killed", "downed", ...), the actor id of the source the text credits, and
    # whether the sentence denies it.
    predicate: str | None = None
    attributed_to: str | None = None
    negated: bool = False


@dataclass
class Mention:
    """One mention of an actor in a document; ``actor`` is the local actor id it resolves to."""

    doc: str
    actor: str
    text: str
    span: Span
    kind: str = "name"  # "name" | "title" | "pronoun" | "metonym" | "description" | "place" (a described place)


@dataclass
class Actor:
    """A person, organisation, country or group. Per document, ids are local; align/ merges
    local actors into global ones and rewrites every reference."""

    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166 alpha-3 where known


@dataclass
class Event:
    """Who did what to whom, typed with a PLOVER category and mode when one fits.

    ``type`` is None for a happening no PLOVER category fits (a crash, a fire, an election
    result, a court ruling); ``kind`` says what it is in general words for every event, and
    ``confidence`` how sure the extractor is (see ``nlp/events.py:confidence``)."""

    id: str
    doc: str
    type: str | None  # one of EVENT_TYPES, or None when no PLOVER category fits
    mode: str | None
    actor: list[str]
    recipient: list[str]
    trigger: str
    span: Span  # the trigger's clause or the evidence span
    sentence: str
    sentence_span: Span | None = None
    date: DateValue | None = None
    date_end: DateValue | None = None
    location: str | None = None
    quantity: Quantity | None = None
    negated: bool = False
    hypothetical: bool = False
    attributed_to: str | None = None  # actor id of the source the text credits
    # Free-form context flags the PLOVER codebook calls "context" (e.g. "military", "human_rights").
    context: list[str] = field(default_factory=list)
    trigger_span: Span | None = None
    lemma: str | None = None  # lemma of the trigger, for cross-document matching
    # Every count the event carries (its sentence's; the lead event also the counts of
    # sentences that report no event), compared across outlets per counted thing (nlp/facts.py).
    counts: list[Quantity] = field(default_factory=list)
    kind: str | None = None  # one of EVENT_KINDS (None only in records stored before it existed)
    confidence: float | None = None  # in [0, 1]; None only in records stored before it existed
    # Where ``date`` came from when not from the mention's own words (None):
    # - "document": another, dated mention of the same event in the document ("the crash"
    #   undated, "the plane crashed on Thursday" dated): the outlet's own date for it;
    # - "dateline": the opening dateline's day ("MINSK, June 21 (Reuters) –"), when filed;
    # - "published": the publication day, for an undated past-tense report (a reader's guess);
    # - "narrative": the day the text last told of, for an undated simple past after it ("met on
    #   Friday ... left the White House"; a reader's guess, as weak as "published");
    # - "cluster": the date other outlets give the same event (align/cluster_dates.py).
    # Only None and "document" are dates the outlet asserts (see ASSERTED_DATE_SOURCES).
    date_from: str | None = None
    # The argument phrases as written, whether or not they resolved to an actor ("the dock
    # workers", "refugees fleeing the war"): who did what to whom when no actor id says it.
    actor_text: list[str] = field(default_factory=list)
    recipient_text: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """What to call the event when shown: its PLOVER category, else its general kind."""
        return self.type or self.kind or "event"


@dataclass
class Quote:
    id: str
    doc: str
    speaker: str | None  # actor id
    speaker_text: str | None
    kind: str  # one of QUOTE_KINDS
    text: str
    span: Span  # the words inside the quotation marks


@dataclass
class Label:
    """What a document calls an actor: an apposition, a title, a description."""

    doc: str
    actor: str
    label: str
    span: Span


@dataclass
class Framing:
    """A framing device: loaded language, a scare quote, name calling, doubt, ..."""

    doc: str
    kind: str
    text: str
    span: Span
    target: str | None = None  # actor id
    score: float = 1.0
    rule: str | None = None  # which lexicon entry or rule fired, for explanations


@dataclass
class DocAnalysis:
    """Everything nlp/ found in one document, as plain records."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    # The content signature story grouping compares (nlp/terms.py): term -> count.
    terms: dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- align/


@dataclass
class DiscrepancyValue:
    doc: str
    event: str
    value: str
    sentence: str | None = None
    span: Span | None = None
    attributed_to: str | None = None  # actor id of the source the outlet cites; None: the outlet itself


# Quantity.predicate of a duration, before what it measures ("duration:after takeoff"; nlp/facts.py)
DURATION = "duration:"
# Quantity.qualifier of a count that exists but is not given ("some political prisoners"; nlp/facts.py)
UNSPECIFIED = "unspecified"


def is_denial(q: Quantity) -> bool:
    """A denied count: zero with the qualifier "none" ("no aircraft was lost"; nlp/facts.py)."""
    return q.qualifier == "none" and not q.value

ASSERTED_DATE_SOURCES = (None, "document")  # Event.date_from values whose date an outlet asserts
DISCREPANCY_KINDS = ("conflict", "disputed", "scope", "unverified")
FLAG_KINDS = ("conflict", "disputed")  # shown as disagreements; the other kinds are notes


@dataclass
class Discrepancy:
    """Two or more values for one field of one real event, and what their difference is:

    - ``conflict``: the outlets themselves assert values that cannot both be true;
    - ``disputed``: named sources disagree (a claim and its denial, two governments' counts),
      whoever reports them; no outlet contradicts another, the reader sees who says what;
    - ``scope``: a difference of scope or precision (a note, never a flag);
    - ``unverified``: the values differ but counterpoint cannot tell whether they conflict
      (an unknown place, mentions linked by nothing but their type); never "cannot both be true".

    ``Cluster.discrepancies`` holds the flags (conflict, disputed), ``Cluster.scope_notes`` the
    notes (scope, unverified)."""

    field: str  # "date" | "quantity" | "location" | "actor" | "recipient" | "participants" | "mode" | "speaker"
    values: list[DiscrepancyValue]
    note: str
    kind: str = "conflict"  # one of DISCREPANCY_KINDS
    # The fact group a story-level comparison belongs to (align/facts.py: one counted thing and
    # predicate, or one measure, across a story's documents); None for a cluster's discrepancy.
    group: str | None = None


@dataclass
class Cluster:
    """Event mentions across documents that refer to one real event."""

    id: str
    type: str | None  # None when its events have no PLOVER category (a crash, a storm)
    mode: str | None
    events: list[str]
    documents: list[str]
    summary: str
    date: str | None
    discrepancies: list[Discrepancy] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)
    story: str | None = None
    scope_notes: list[Discrepancy] = field(default_factory=list)
    # Member events an outlet left undated that take the cluster's date (marked inferred).
    dated_from_cluster: list[str] = field(default_factory=list)


@dataclass
class Omission:
    """A fact other outlets covering the story report and this outlet does not."""

    outlet: str
    doc: str
    what: str  # "event" | "date" | "quantity" | "actor" | "quote"
    cluster: str | None
    description: str
    reported_by: list[str] = field(default_factory=list)  # doc ids


@dataclass
class Story:
    id: str
    title: str
    documents: list[str]
    clusters: list[str]
    # Facts compared across the story's documents whether or not an event cluster joins them
    # (align/facts.py): "230 passengers" in one report against "232 passengers" in another.
    discrepancies: list[Discrepancy] = field(default_factory=list)


@dataclass
class CorpusResult:
    """The whole corpus after alignment: what the exports, the report and the web app show."""

    documents: list[Document] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    omissions: list[Omission] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
