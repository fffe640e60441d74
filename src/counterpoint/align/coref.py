"""Cross-document event coreference: which event mentions report one real event.

Outlets describe one meeting with different verbs, dates (20 vs 21 June), precision (June vs
21 June) and role order ("X visited Y" / "Y hosted X"), so exact matching fails; but merging
everything with the same participants would fuse a July visit and a September visit. The
clustering therefore combines *hard* compatibility tests (type, mode, participants that
overlap, named persons that overlap when both name persons, dates a few days apart at most,
places that can contain each other) with a *soft* score (shared
participants, date agreement, trigger lemma, sentence wording, place) and a threshold.

Cost: candidate pairs come only from blocks (type group x participant, type group x trigger
lemma, type group x month for events without participants). A block larger than
``BLOCK_FULL`` is not compared all-pairs: its events are sorted by date and lemma and each is
compared with its next ``WINDOW`` neighbours (sorted-neighbourhood), so the number of pairs
grows linearly with the number of events. Clusters are then built by merging pairs in
descending score order, refusing any merge that would put two hard-incompatible events in one
cluster (no chaining of the July and September visits through an undated mention).

Weak mentions name no person and no day: bare ones ("Analysts expect further talks",
"Opposition groups called for calm"), place- or month-only ones ("police detained 30
protesters in Velgrad in January") and ones whose only participants are states or groups
("Kestovia imposed sanctions in January"). Two mentions of which one is weak merge across documents
only when the documents were published within ``BARE_WINDOW_DAYS`` of each other; otherwise
boilerplate sentences of a year's worth of articles became one "event" reported by hundreds of
outlets, and every January arrest in one city one cluster of hundreds (the 100,000-article run).

Merges are checked exactly and cheaply: every constraint depends on one attribute of each side
(type, mode, participant set, date, place, publication day), so two clusters are compatible
when every pair of their *distinct* attribute values is, plus the same-document rule for the
documents both contain. No sampling, so no chaining of incompatible mentions through a large
cluster, and the cost of a check grows with the distinct values, not the members.

Same document: a writer does not contradict themselves, so two events of one document merge
only when they have the same trigger lemma (or the later one is a nominal back-reference such
as "the visit"), exactly compatible dates (no day tolerance) and a score above the threshold
plus ``SAME_DOC_MARGIN``.

:func:`pair_score` is the scoring core; the ECB+ evaluation (``eval/ecbplus.py``) clusters
gold mentions with the same :func:`cluster_features` code.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import json
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

import numpy as np

from ..knowledge.countries import country_name
from ..knowledge.text import fold
from ..knowledge.translit import is_cyrillic, name_key, romanize
from ..records import ASSERTED_DATE_SOURCES, EVENT_TYPES, Actor, Cluster, Document, Event, make_id

WEAK_DATE_SOURCES = ("published", "narrative", "cluster")
# Events with no PLOVER category (a crash, an earthquake) are typed by their general kind for
# clustering: "kind:accident" matches only another accident.
KIND_PREFIX = "kind:"

THRESHOLD = 1.5
SAME_DOC_MARGIN = 0.5
DAY_TOLERANCE = 3  # day-precise dates this far apart may be one event with a date conflict
LEMMA_BONUS = 1.0
LIGHT_BONUS = 0.5
BLOCK_FULL = 64
WINDOW = 24
BARE_WINDOW_DAYS = 3

# PLOVER categories that outlets use for one event (a visit reported as talks or as an
# agreement; a crackdown reported as coercion or assault). Unordered pairs.
COMPATIBLE_TYPES = frozenset(
    frozenset(p)
    for p in (
        ("CONSULT", "AGREE"),
        ("CONSULT", "COOPERATE"),
        ("AGREE", "COOPERATE"),
        ("SUPPORT", "COOPERATE"),
        ("AID", "COOPERATE"),
        ("CONCEDE", "RETREAT"),
        ("ACCUSE", "THREATEN"),
        ("PROTEST", "REJECT"),
        ("COERCE", "ASSAULT"),
        ("COERCE", "SANCTION"),
        ("CONCEDE", "AGREE"),
    )
)
# Modes naming one event from two sides (the envoy visits, the president hosts, both meet).
COMPATIBLE_MODES = frozenset(
    frozenset(p) for p in (("visit", "host"), ("visit", "meet"), ("host", "meet"), ("meet", "discuss"))
)
_NOMINAL_BACKREF = re.compile(r"^(the|this|that|these|those)\s", re.I)
_STOP = frozenset(
    "the a an of to in on at for and or but with by from as is was were be been are has have had "
    "that this it its he she they his her their who which said says will would after before "
    "over about into than not no also".split()
)


# News event words that name one happening with different lemmas (verb, nominalisation,
# near-synonym). General newswire vocabulary, not tied to any corpus; a lemma maps to the
# family's first word. Used for blocking and as "same trigger" evidence.
LEMMA_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("meet", "meeting", "talk", "talks", "summit", "visit", "trip", "host", "discuss", "discussion"),
    ("die", "death", "dead", "kill", "killing", "fatal", "slay", "slaying", "murder"),
    ("arrest", "detain", "detention", "custody", "apprehend", "capture", "nab"),
    ("shoot", "shooting", "gunfire", "gunshot", "shot"),
    ("earthquake", "quake", "tremor", "temblor", "jolt"),
    ("announce", "announcement", "unveil", "reveal", "introduce", "launch", "unveiling"),
    ("acquire", "acquisition", "buy", "purchase", "takeover", "deal", "merger", "merge"),
    ("charge", "indict", "indictment", "accuse", "accusation"),
    ("sentence", "jail", "imprison", "imprisonment"),
    ("free", "liberate", "pardon"),
    ("injure", "injury", "wound", "hurt"),
    ("win", "victory", "triumph", "beat", "defeat"),
    ("fire", "sack", "dismiss", "dismissal", "oust", "firing"),
    ("hire", "appoint", "appointment", "name", "nominate", "nomination", "tap"),
    ("elect", "election", "vote", "ballot"),
    ("attack", "assault", "raid", "strike", "airstrike", "bombing", "bomb"),
    ("crash", "collision", "collide", "accident", "wreck"),
    ("rob", "robbery", "steal", "theft", "heist", "burglary", "loot"),
    ("escape", "flee", "breakout"),
    ("resign", "resignation", "quit", "step"),
    ("protest", "demonstration", "rally", "march"),
    ("sanction", "sanctions", "embargo", "ban"),
    ("sign", "signing"),
    ("agree", "agreement", "accord", "pact"),
)
_LEMMA_FAMILY: dict[str, str] = {}
for _fam in LEMMA_FAMILIES:
    for _w in _fam:
        _LEMMA_FAMILY.setdefault(_w, _fam[0])
# Light verbs: sharing one says little about being the same event.
LIGHT_LEMMAS = frozenset("say be have do make take get go give come tell report state add".split())


def lemma_key(lemma: str) -> str:
    """The family a trigger lemma belongs to (itself when it is in no family)."""
    return _LEMMA_FAMILY.get(lemma, lemma)


def _type_group(t: str) -> str:
    """Blocking key for a type: compatible types share one group; a general kind of a
    non-PLOVER event ("kind:accident") is its own group; unknown types are '*'."""
    if t.startswith(KIND_PREFIX):
        return t
    if t not in EVENT_TYPES:
        return "*"
    seen, todo = {t}, [t]
    while todo:
        x = todo.pop()
        for pair in COMPATIBLE_TYPES:
            if x in pair:
                for y in pair - {x}:
                    if y not in seen:
                        seen.add(y)
                        todo.append(y)
    return min(seen)


def types_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith(KIND_PREFIX) or b.startswith(KIND_PREFIX):
        return False  # a crash is not an attack, nor another kind of happening
    if a not in EVENT_TYPES or b not in EVENT_TYPES:
        return True
    return frozenset((a, b)) in COMPATIBLE_TYPES


def modes_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or frozenset((a, b)) in COMPATIBLE_MODES


# --------------------------------------------------------------------------- dates


def date_interval(value: str | None) -> tuple[int, int, str] | None:
    """(first day ordinal, last day ordinal, precision) of an ISO value at any precision."""
    if not value:
        return None
    v = value.split("/")[0].split("T")[0]
    if v.startswith("XXXX-"):  # year unknown: placed in leap year 2000, marked "y?"
        inner = date_interval("2000" + v[4:])
        return (inner[0], inner[1], inner[2] + "/y?") if inner else None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = _dt.date.fromisoformat(v).toordinal()
            return d, d, "day"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            start = _dt.date(y, mo, 1)
            end = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
            return start.toordinal(), end.toordinal(), "month"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", v):
            start = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start.toordinal(), start.toordinal() + 6, "week"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            start = _dt.date(y, 3 * q - 2, 1)
            end = _dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - _dt.timedelta(days=1)
            return start.toordinal(), end.toordinal(), "quarter"
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
            y = int(m[1])
            mo = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}[m[2]]
            start = _dt.date(y, mo, 1)
            return start.toordinal(), start.toordinal() + 91, "season"
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return _dt.date(y, 1, 1).toordinal(), _dt.date(y, 12, 31).toordinal(), "year"
        if m := re.fullmatch(r"(\d{3})X?", v):
            y = int(m[1]) * 10
            return _dt.date(y, 1, 1).toordinal(), _dt.date(y + 9, 12, 31).toordinal(), "decade"
    except ValueError:
        return None
    return None


def _without_year(d: tuple[int, int, str]) -> tuple[int, int, str]:
    if d[2].endswith("/y?"):
        return d
    lo, hi = _dt.date.fromordinal(d[0]), _dt.date.fromordinal(d[1])
    if lo.year != hi.year:  # spans more than a year: nothing to compare
        return _dt.date(2000, 1, 1).toordinal(), _dt.date(2000, 12, 31).toordinal(), "year/y?"
    return (lo.replace(year=2000).toordinal(), hi.replace(year=2000).toordinal(), d[2] + "/y?")


_YEARLESS = {p: p + "/y?" for p in ("day", "week", "month", "quarter", "season", "year", "decade")}
_YEARLESS_PRECISIONS = frozenset(_YEARLESS.values())
_DAY_PRECISIONS = frozenset(("day", _YEARLESS["day"]))


def dates_relation(a: tuple[int, int, str] | None, b: tuple[int, int, str] | None) -> str:
    """'unknown' | 'equal' | 'contains' (scope difference) | 'near' (possible conflict) | 'far'.

    Called for most candidate pairs, so precisions are looked up in a set, not parsed."""
    if a is None or b is None:
        return "unknown"
    if (a[2] in _YEARLESS_PRECISIONS) != (b[2] in _YEARLESS_PRECISIONS):  # compare month/day only
        a, b = _without_year(a), _without_year(b)
    if a[0] == b[0] and a[1] == b[1]:
        return "equal"
    if a[0] <= b[1] and b[0] <= a[1]:
        return "contains"
    gap = max(a[0], b[0]) - min(a[1], b[1])
    if gap <= DAY_TOLERANCE and a[2] in _DAY_PRECISIONS and b[2] in _DAY_PRECISIONS:
        return "near"
    return "far"


# --------------------------------------------------------------------------- places


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, str]]:
    raw = json.loads(resources.files("counterpoint").joinpath("data/places.json").read_text("utf-8"))
    out: dict[str, tuple[str, str]] = {}
    for row in raw["places"]:
        for n in [row["name"], *row["aliases"]]:
            out[fold(n)] = (fold(row["name"]), row["country"])
    return out


def place_key(location: str | None) -> tuple[str, str | None] | None:
    """(place key, country ISO3 or None) for a location string; a country is its own key."""
    if not location:
        return None
    loc = fold(location)
    if loc in _places():
        return _places()[loc]
    place = country_name(location)
    if place and place.iso3:
        return place.iso3, place.iso3
    return loc, None


def places_relation(a: tuple[str, str | None] | None, b: tuple[str, str | None] | None) -> str:
    """'unknown' | 'equal' | 'contains' | 'different' | 'unrelated' (names we cannot place)."""
    if a is None or b is None:
        return "unknown"
    if a[0] == b[0]:
        return "equal"
    if a[1] and b[1]:
        if a[0] == b[1] or b[0] == a[1]:
            return "contains"
        return "different"
    return "unrelated"


# --------------------------------------------------------------------------- features


@dataclass
class Features:
    """What the scorer needs from one event, computed once."""

    id: str
    doc: str
    type: str
    mode: str | None
    participants: frozenset[str]
    date: tuple[int, int, str] | None
    place: tuple[str, str | None] | None
    lemma: str  # family key (lemma_key) of the trigger lemma
    words: frozenset[str]
    backref: bool
    order: int  # position in its document, for "later mention refers back"
    group: str = ""  # optional extra blocking partition (e.g. ECB+ subtopic)
    published: int | None = None  # the document's publication day (ordinal), when known
    persons: frozenset[str] = frozenset()  # the participants who are persons, when actors are known
    script: str = ""  # "cyrl" or "latn": the sentence's script
    names: frozenset[str] = frozenset()  # consonant keys of its capitalised words, any script

    @property
    def bare(self) -> bool:
        return not self.participants and self.date is None and self.place is None

    @property
    def weak(self) -> bool:
        """No person and no day: only the publication window ties it to one occasion."""
        return not self.persons and (self.date is None or self.date[2] != "day")


def person_ids(ids: Iterable[str], actors: dict[str, Actor]) -> frozenset[str]:
    """The ids among ``ids`` whose actor record is a person (weak mentions, story evidence)."""
    return frozenset(p for p in ids if p in actors and actors[p].kind == "person")


_CYRILLIC_WORD = re.compile(r"[а-яё]{4,}")
CYRILLIC_STEM = 5  # Russian inflects: "встретился"/"встретились" share their first letters


def _words(text: str) -> frozenset[str]:
    low = text.lower()
    words = {w for w in re.findall(r"[a-z0-9]+", low) if w not in _STOP and len(w) > 2}
    # Cyrillic words (Russian reports) by a crude stem, so two reports' wording can overlap.
    words.update(w.replace("ё", "е")[:CYRILLIC_STEM] for w in _CYRILLIC_WORD.findall(low))
    return frozenset(words)


_CAPITALISED = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'’-]+")
MIN_NAME_KEY = 2  # consonants: "Iran" (rn) counts, "The" (t) does not
# One shared name is the story's own subject ("Pakistan" in every sentence of a war story)
# and joined "India struck Pakistan" to "Pakistan downed Indian jets"; two say more.
MIN_SHARED_NAMES = 2


def _name_keys(text: str) -> frozenset[str]:
    """Consonant keys of a sentence's capitalised words (knowledge/translit.name_key), which
    a Russian and an English sentence share when they name the same people and places
    ("Путин прибыл на Аляску" / "Putin arrived in Alaska": ptn, lsk)."""
    return frozenset(k for w in _CAPITALISED.findall(text) if len(k := name_key(w)) >= MIN_NAME_KEY)


def _outlet_key(name: str) -> str:
    """A name as an outlet is compared: romanised, folded, without a bracketed note
    ("RIA Novosti (via centrasia.org)" and "РИА Новости" are one key)."""
    return fold(romanize(name.split(" (")[0])).replace(" ", "")


def _is_outlet(actor: Actor | None, doc: Document) -> bool:
    """Whether an event participant is the document's own outlet ("Kurdistan24 reported ..."
    read as a party to the summit): a byline or credit, never a party to what it reports."""
    return actor is not None and bool(doc.outlet) and _outlet_key(actor.name) == _outlet_key(doc.outlet)


def _day(value: str | None) -> int | None:
    iv = date_interval(value) if value else None
    return iv[0] if iv and iv[1] - iv[0] <= 1 else None


def event_features(e: Event, order: int = 0, published: str | None = None) -> Features:
    return Features(
        id=e.id,
        doc=e.doc,
        type=e.type or f"{KIND_PREFIX}{e.kind or 'other'}",
        mode=e.mode,
        participants=frozenset([*e.actor, *e.recipient]),
        # a publication day's guess is no evidence of which occasion a mention reports
        date=date_interval(e.date.value if e.date and e.date_from not in WEAK_DATE_SOURCES else None),
        place=place_key(e.location),
        lemma=lemma_key((e.lemma or e.trigger or "").lower()),
        words=_words(e.sentence or ""),
        backref=bool(_NOMINAL_BACKREF.match(e.trigger or "")),
        order=e.span[0] if e.span else order,
        published=_day(published),
        script="cyrl" if is_cyrillic(e.sentence or "") else "latn",
        names=_name_keys(e.sentence or ""),
    )


_DATE_SCORE = {"equal": 0.5, "contains": 0.3, "near": 0.0, "unknown": 0.0}
_PLACE_SCORE = {"equal": 0.3, "contains": 0.2, "unrelated": 0.0, "unknown": 0.0}


def _hard(a: Features, b: Features) -> tuple[str, str] | None:
    """Hard constraints; the (date, place) relations when the pair passes them."""
    if a.type != b.type and not types_compatible(a.type, b.type):
        return None
    if a.mode != b.mode and not modes_compatible(a.mode, b.mode):
        return None
    if a.participants and b.participants and a.participants.isdisjoint(b.participants):
        return None
    if a.persons and b.persons and a.persons.isdisjoint(b.persons):
        return None  # "X announced sanctions on Nordmark" / "Y announced ...": two announcements
    if (
        a.doc != b.doc
        and (a.weak or b.weak)
        and a.published is not None
        and b.published is not None
        and abs(a.published - b.published) > BARE_WINDOW_DAYS
    ):
        return None
    drel = dates_relation(a.date, b.date)
    if drel == "far" or (drel == "near" and a.doc == b.doc):
        return None
    prel = places_relation(a.place, b.place)
    if prel == "different":
        return None
    return drel, prel


def compatible(a: Features, b: Features) -> bool:
    """Hard constraints: can these two mentions be one real event at all?"""
    return _hard(a, b) is not None


def pair_score(a: Features, b: Features) -> float | None:
    """Evidence that two mentions report one event; ``None`` when they cannot."""
    rels = _hard(a, b)
    if rels is None:
        return None
    if a.doc == b.doc:
        later = a if a.order > b.order else b
        if not (a.lemma == b.lemma or later.backref):
            return None
    score = _DATE_SCORE[rels[0]] + _PLACE_SCORE[rels[1]]
    if a.participants and b.participants:
        shared = len(a.participants & b.participants)
        score += shared / min(len(a.participants), len(b.participants)) + (0.5 if shared >= 2 else 0.0)
    if a.type == b.type and (a.type in EVENT_TYPES or a.type.startswith(KIND_PREFIX)):
        score += 0.2
    if a.lemma and a.lemma == b.lemma:
        score += LIGHT_BONUS if a.lemma in LIGHT_LEMMAS else LEMMA_BONUS
    elif a.lemma and (a.lemma in b.words or b.lemma in a.words):
        score += 0.3
    if a.words and b.words:
        score += len(a.words & b.words) / len(a.words | b.words)
    if a.script != b.script and len(shared_names := a.names & b.names) >= MIN_SHARED_NAMES:
        # A Russian and an English sentence share no words, only names: their overlap stands
        # in for the wording evidence two sentences in one language give each other.
        score += len(shared_names) / len(a.names | b.names)
    if a.doc == b.doc:
        score -= SAME_DOC_MARGIN
    return score


# --------------------------------------------------------------------------- blocking


def _block_keys(f: Features) -> list[tuple]:
    g = (f.group, _type_group(f.type))
    keys: list[tuple] = [(*g, "p", p) for p in f.participants]
    if f.lemma:
        keys.append((*g, "l", f.lemma))
    if not f.participants and f.date:
        keys.append((*g, "m", _dt.date.fromordinal(f.date[0]).strftime("%Y-%m")))
    return keys


def _days(f: Features) -> tuple[int, int] | None:
    """A mention's first and last day, for pruning pairs that are ``far`` apart; ``None``
    (compared with everything) for an undated or yearless mention, which
    :func:`dates_relation` compares at month/day level."""
    if f.date is None or f.date[2] in _YEARLESS_PRECISIONS:
        return None
    return f.date[0], f.date[1]


def iter_candidate_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, worth scoring, each once: all pairs in small blocks,
    date-sorted neighbours (``WINDOW`` either side) in big ones, leaving out the pairs whose
    dates are ``far`` apart (their gap exceeds ``DAY_TOLERANCE``), which :func:`_hard` rejects
    anyway. Blocks fill up as a corpus gets denser, and most pairs in a block keyed by a much
    reported actor are months apart: scoring them made alignment time grow faster than the
    corpus.

    Pairs are produced event by event and de-duplicated per event, never collected: at
    100,000 articles the corpus-wide pair set (some 40 million pairs) took gigabytes.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for k in _block_keys(f):
            blocks[k].append(i)
    where: list[list[tuple[list[int], int]]] = [[] for _ in feats]
    for members in blocks.values():
        if len(members) == 1:
            continue
        if len(members) > BLOCK_FULL:
            members.sort(key=lambda i: (feats[i].date[0] if feats[i].date else 10**9, feats[i].lemma))
        for pos, i in enumerate(members):
            where[i].append((members, pos))
    del blocks
    days = [_days(f) for f in feats]
    for i, seats in enumerate(where):
        near: set[int] = set()
        for members, pos in seats:
            if len(members) <= BLOCK_FULL:
                near.update(members)
            else:
                near.update(members[max(0, pos - WINDOW) : pos + WINDOW + 1])
        di = days[i]
        if di is None:
            for j in near:  # order does not matter: scored pairs are sorted afterwards
                if j > i:
                    yield i, j
        else:  # not far: the gap between the two intervals is at most DAY_TOLERANCE days
            lo, hi = di[0] - DAY_TOLERANCE, di[1] + DAY_TOLERANCE
            for j in near:
                if j > i and ((dj := days[j]) is None or (dj[0] <= hi and lo <= dj[1])):
                    yield i, j
        seats.clear()


def candidate_pairs(feats: list[Features]) -> set[tuple[int, int]]:
    """The set of :func:`iter_candidate_pairs` (for inspection and tests)."""
    return set(iter_candidate_pairs(feats))


# --------------------------------------------------------------------------- clustering


class _Group:
    """One growing cluster: its members and the distinct attribute values merges are checked on."""

    __slots__ = ("members", "types", "modes", "parts", "persons", "dates", "places", "by_doc", "pub", "weak_pub")

    def __init__(self, i: int, f: Features) -> None:
        self.members = [i]
        self.types = {f.type}
        self.modes = {f.mode}
        self.parts = {f.participants} if f.participants else set()
        self.persons = {f.persons} if f.persons else set()
        self.dates = {f.date} if f.date else set()
        self.places = {f.place} if f.place else set()
        self.by_doc: dict[str, list[int]] = {f.doc: [i]}
        self.pub = (f.published, f.published) if f.published is not None else None
        self.weak_pub = self.pub if f.weak else None

    def absorb(self, other: _Group) -> None:
        self.members.extend(other.members)
        self.types |= other.types
        self.modes |= other.modes
        self.parts |= other.parts
        self.persons |= other.persons
        self.dates |= other.dates
        self.places |= other.places
        for d, ms in other.by_doc.items():
            self.by_doc.setdefault(d, []).extend(ms)
        self.pub = _span(self.pub, other.pub)
        self.weak_pub = _span(self.weak_pub, other.weak_pub)


def _span(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _within(weak: tuple[int, int] | None, pub: tuple[int, int] | None) -> bool:
    """Every weak member's publication day is within the window of every member's."""
    return weak is None or pub is None or max(weak[1] - pub[0], pub[1] - weak[0]) <= BARE_WINDOW_DAYS


def _groups_compatible(x: _Group, y: _Group, feats: list[Features]) -> bool:
    """Exactly ``compatible`` (and the same-document rule) for every member pair, checked over
    distinct attribute values."""
    if not (_within(x.weak_pub, y.pub) and _within(y.weak_pub, x.pub)):
        return False
    if any(a != b and not types_compatible(a, b) for a in x.types for b in y.types):
        return False
    if any(a != b and not modes_compatible(a, b) for a in x.modes for b in y.modes):
        return False
    if any(p.isdisjoint(q) for p in x.parts for q in y.parts):
        return False
    if any(p.isdisjoint(q) for p in x.persons for q in y.persons):
        return False
    if any(dates_relation(a, b) == "far" for a in x.dates for b in y.dates):
        return False
    if any(places_relation(a, b) == "different" for a in x.places for b in y.places):
        return False
    small, large = (x, y) if len(x.by_doc) <= len(y.by_doc) else (y, x)
    for d, ms in small.by_doc.items():
        for b in large.by_doc.get(d, ()):
            if any(pair_score(feats[a], feats[b]) is None for a in ms):
                return False
    return True


def cluster_features(
    feats: list[Features], threshold: float = THRESHOLD, carried: list[list[int]] | None = None
) -> list[list[int]]:
    """Group feature records: merge scored pairs best-first, never joining incompatible ones.

    ``carried`` continues an earlier clustering (segmented alignment, ``align/segments.py``):
    each listed group of indices starts as one cluster, pairs of two carried mentions are not
    scored again, and two carried clusters never merge with each other, so the clusters of
    the earlier mentions stay what they were and only the other mentions join them.
    """
    carried = carried or []
    old = set(itertools.chain.from_iterable(carried))
    # Scored pairs in flat arrays (three numbers a pair, not a tuple of objects), best first.
    first, second, scores = array("q"), array("q"), array("d")
    for i, j in iter_candidate_pairs(feats):
        if i in old and j in old:
            continue
        s = pair_score(feats[i], feats[j])
        if s is not None and s >= threshold:
            first.append(i)
            second.append(j)
            scores.append(-s)
    a, b, negs = (np.frombuffer(x, dtype=t) if len(x) else np.zeros(0, dtype=t)
                  for x, t in ((first, np.int64), (second, np.int64), (scores, np.float64)))
    order = np.lexsort((b, a, negs))  # by score descending, then (i, j): deterministic
    parent = list(range(len(feats)))
    groups: dict[int, _Group] = {}  # made on first use: most mentions are never merged

    def group(r: int) -> _Group:
        g = groups.get(r)
        if g is None:
            g = groups[r] = _Group(r, feats[r])
        return g

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sealed: set[int] = set()  # roots of carried clusters
    for members in carried:
        r = members[0]
        for m in members[1:]:
            parent[m] = r
            group(r).absorb(_Group(m, feats[m]))
        sealed.add(r)

    for k in order.tolist():
        ri, rj = find(int(a[k])), find(int(b[k]))
        if ri == rj or (ri in sealed and rj in sealed):
            continue
        gi, gj = group(ri), group(rj)
        if not _groups_compatible(gi, gj, feats):
            continue
        if len(gi.members) < len(gj.members):
            ri, rj, gi, gj = rj, ri, gj, gi
        parent[rj] = ri
        gi.absorb(gj)
        del groups[rj]
        if rj in sealed:
            sealed.discard(rj)
            sealed.add(ri)
    return [sorted(groups[r].members) if r in groups else [r] for r in range(len(feats)) if find(r) == r]


def cluster_events(
    events: list[Event], actors: dict[str, Actor], documents: dict[str, Document],
    carried: list[list[str]] | None = None,
) -> list[Cluster]:
    """Every event in exactly one cluster (singletons included), clusters in a stable order.
    ``carried`` lists event ids already clustered together (see :func:`cluster_features`)."""
    feats = [
        event_features(e, i, documents[e.doc].published if e.doc in documents else None)
        for i, e in enumerate(events)
    ]
    for f in feats:
        if f.doc in documents:
            f.participants = frozenset(p for p in f.participants if not _is_outlet(actors.get(p), documents[f.doc]))
        f.persons = person_ids(f.participants, actors)
    clusters = []
    index = {e.id: i for i, e in enumerate(events)}
    for group in cluster_features(feats, carried=[[index[i] for i in g] for g in carried or [] if g]):
        evs = [events[i] for i in group]
        clusters.append(_make_cluster(evs, actors, documents))
    clusters.sort(key=lambda c: (c.date or "9999", c.id))
    return clusters


def _majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], v))


_PRECISION_RANK = {"day": 0, "time": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}


def _cluster_date(evs: list[Event]) -> str | None:
    """The date most members give, at the finest precision; dates the outlets assert win over
    a dateline's or publication day's guess (``records.ASSERTED_DATE_SOURCES``)."""
    asserted = [e for e in evs if e.date and e.date.value and e.date_from in ASSERTED_DATE_SOURCES]
    evs = asserted or evs
    counts = Counter(e.date.value for e in evs if e.date and e.date.value)
    if not counts:
        return None
    prec = {
        e.date.value: _PRECISION_RANK.get(e.date.precision or "", 5) for e in evs if e.date and e.date.value
    }
    return min(counts, key=lambda v: (-counts[v], prec[v], v))


def _third_person(lemma: str) -> str:
    if not lemma or " " in lemma:
        return lemma
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _names(ids: list[str], actors: dict[str, Actor]) -> str:
    names = [actors[i].name if i in actors else i for i in ids]
    return " and ".join(dict.fromkeys(names))


def summarize(evs: list[Event], actors: dict[str, Actor], leave_out: frozenset[str] = frozenset()) -> str:
    """A short "Who does what to whom in where" line from the most complete mention.

    ``leave_out`` names fields the outlets disagree on ("location", "actor", "recipient",
    "participants"): a summary must not take a side in its own cluster's disagreement."""
    best = max(
        evs,
        key=lambda e: (bool(e.actor) + bool(e.recipient) + bool(e.location), len(e.actor) + len(e.recipient)),
    )
    lemma = _majority(e.lemma for e in evs) or (best.trigger or "").lower()
    who = "" if leave_out & {"actor", "participants"} else _names(best.actor, actors)
    whom = "" if leave_out & {"recipient", "participants"} else _names(best.recipient, actors)
    parts = [who, _third_person(lemma), whom]
    text = " ".join(p for p in parts if p)
    location = None if "location" in leave_out else _majority(e.location for e in evs)
    if location:
        text += f" in {location}"
    return text[:1].upper() + text[1:] if text else (best.trigger or best.type)


def _make_cluster(evs: list[Event], actors: dict[str, Actor], documents: dict[str, Document]) -> Cluster:
    ids = sorted(e.id for e in evs)
    docs = list(dict.fromkeys(e.doc for e in evs))
    return Cluster(
        id=make_id("cl", *ids),
        type=_majority(e.type for e in evs) or evs[0].type,
        mode=_majority(e.mode for e in evs),
        events=ids,
        documents=docs,
        summary=summarize(evs, actors),
        date=_cluster_date(evs),
    )


__all__ = [
    "COMPATIBLE_MODES",
    "COMPATIBLE_TYPES",
    "Features",
    "candidate_pairs",
    "iter_candidate_pairs",
    "cluster_events",
    "cluster_features",
    "date_interval",
    "dates_relation",
    "event_features",
    "pair_score",
    "person_ids",
    "place_key",
    "summarize",
]
