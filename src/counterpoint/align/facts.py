"""Facts compared across a story's documents, whether or not an event cluster joins them.

"230 passengers and 12 crew" in one report and "232 passengers and 10 crew" in another are
two disagreements even when neither sentence holds a PLOVER event, or when the events that
carry the counts fell into different clusters. So within each story, the counts the events
carry (``Event.counts``: their own sentence's, and for the lead event the counts of
sentences without an event, see ``nlp/facts.py``) are grouped by what they are about:

- a **count** by its counted thing and predicate family ("2 jets shot down" and "one aircraft
  lost" are both (aircraft, downed); "26 killed" and "46 injured" are two groups);
- a **measure** counterpoint compares (``data/facts/predicates.json``, "compared_measures"):
  the magnitude of a quake, the storeys of a building;
- a **duration** by what it measures ("30 seconds after take-off", "the talks lasted about
  three hours"), compared in seconds;
- a **denial** ("no IAF aircraft was lost", "without any casualties", "dismissed the reports
  that two warplanes were shot down") is a count of zero by whoever denies it.

Times of day of a story's single-occurrence events (a crash, a quake) are compared apart
(:func:`time_discrepancies`): "13:38" against "13:39" cannot both be true.

Each group compares one value per *asserting unit*: a document and the source it credits
(``attributed_to``; none: the outlet itself). A report that quotes Pakistan's five jets and
India's none holds two units, so the claim and its denial inside one report are a dispute;
a unit giving two different values for one group (a toll and a partial toll, two aftershock
magnitudes) cannot say which one it asserts and is left out, except for a measure, whose
first mention is the one the report leads with (the main shock, not an aftershock).

The values are judged as a cluster's counts are (``discrepancies._check_quantity``: bounds,
rounding, aggregates and tolls that grow between reports are scope), with who asserts them
deciding the kind (conflict: the outlets themselves; disputed: sources of different sides;
scope: one side revising its figure). Two facts carried by events dated to disjoint times
are two happenings, not two versions of one: that difference is ``unverified``. Each
discrepancy carries its fact group id (``Discrepancy.group``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from ..knowledge import places
from ..nlp.facts import (
    DURATION,
    compared_measure,
    duration_seconds,
    family_of_lemma,
    is_update_family,
    time_rules,
)
from ..records import (
    ASSERTED_DATE_SOURCES,
    CLOCK_TIME,
    FLAG_KINDS,
    Actor,
    Cluster,
    Discrepancy,
    Document,
    Event,
    Quantity,
    Story,
    is_denial,
    make_id,
)
from .discrepancies import (
    SAME_SIDE_NOTE,
    _check_quantity,
    _compare,
    _count_key,
    _q_show,
    date_interval,
    same_side,
)

GroupKey = tuple[str, str]  # (counted thing or measure, predicate family or "measure")

DIFFERENT_DAYS_NOTE = ("unverified: the two figures belong to events dated to different times, "
                       "so they may count two happenings")
DIFFERENT_PLACES_NOTE = ("unverified: the two figures belong to events at different places, "
                         "so they may count two happenings")
ONE_REPORT_NOTE = "one report's two figures"
OWN_TOLL_NOTE = ("unverified: two sides give different tolls, and each side may be counting its own "
                 "casualties; only a claim against a denial is a dispute")


def _inside(q: Quantity, e: Event) -> bool:
    s, t = e.sentence_span or e.span
    return s <= q.span[0] and q.span[1] <= t


def _fact_event(e: Event, q: Quantity) -> Event:
    """A stand-in event for one fact: the fact's quantity, who asserts it, and its sentence
    (the event's when the fact lies in it; otherwise the count's own words and span, since a
    count the lead event carries from another sentence is not that event's sentence)."""
    inside = _inside(q, e)
    return dataclasses.replace(
        e, quantity=q, counts=[],
        attributed_to=q.attributed_to or (e.attributed_to if inside else None),
        sentence=e.sentence if inside else q.text,
        sentence_span=e.sentence_span if inside else tuple(q.span),
        date=e.date if inside else None,
        location=e.location if inside else None,
    )


def group_key(e: Event, q: Quantity) -> GroupKey | None:
    """What a fact is about, or None when it cannot be compared (a negated count: "did not
    kill 20" says nothing of how many were killed)."""
    if q.negated:
        return None
    if (q.predicate or "").startswith(DURATION):
        return q.predicate[len(DURATION):], "duration"
    measure = compared_measure(q)
    if measure is not None:
        return measure, "measure"
    argument = e.quantity is not None and tuple(q.span) == tuple(e.quantity.span)
    if argument and not q.predicate:  # a pipeline that sets no family (Russian)
        q = dataclasses.replace(q, predicate=family_of_lemma(e.lemma))
    return _count_key(q, argument)


def story_facts(events: Iterable[Event]) -> dict[GroupKey, dict[tuple[str, str | None], list[Event]]]:
    """group -> asserting unit (document, source) -> its facts in text order (stand-in events)."""
    seen: set[tuple[str, tuple[int, int]]] = set()
    out: dict[GroupKey, dict[tuple[str, str | None], list[Event]]] = {}
    for e in sorted(events, key=lambda x: (x.doc, (x.sentence_span or x.span)[0])):
        items = list(e.counts) + ([e.quantity] if e.quantity is not None else [])
        for q in items:
            at = (e.doc, tuple(q.span))
            if at in seen:
                continue
            key = group_key(e, q)
            if key is None:
                continue
            seen.add(at)
            f = _fact_event(e, q)
            out.setdefault(key, {}).setdefault((e.doc, f.attributed_to), []).append(f)
    for units in out.values():
        for facts in units.values():
            facts.sort(key=lambda f: f.quantity.span[0] if f.quantity else 0)
    return out


def _one_value(key: GroupKey, facts: list[Event]) -> Event | None:
    """The value one unit asserts for a group: its only value, or for a measure its first."""
    shown = {_q_show(f) for f in facts}
    if len(shown) == 1 or key[1] == "measure":
        return facts[0]
    return None


def _apart_in_time(a: Event, b: Event) -> bool:
    """Whether the events carrying two facts are dated to disjoint times (a July release and
    a September one; Monday's strike and Thursday's), at whatever precision each is dated."""
    if a.date is None or b.date is None or a.date_from not in ASSERTED_DATE_SOURCES \
            or b.date_from not in ASSERTED_DATE_SOURCES:
        return False  # a publication day's or another outlet's date says nothing of when it happened
    ia, ib = date_interval(a.date.value, a.date.end), date_interval(b.date.value, b.date.end)
    return ia is not None and ib is not None and (ia[1] < ib[0] or ib[1] < ia[0])


def _apart_in_place(a: Event, b: Event) -> bool:
    """Whether the events carrying two facts lie at places the gazetteer knows to be disjoint
    (six injured in Kharkiv, none at the airfields in Murmansk): two happenings."""
    return bool(a.location and b.location) and places.disjoint(a.location, b.location) is True


def _denial(e: Event) -> bool:
    return e.quantity is not None and is_denial(e.quantity)


def fact_kind(
    a: Event, b: Event, family: str, actors: dict[str, Actor] | None
) -> tuple[str | None, str | None]:
    """The kind of two incompatible values of one fact group (see the module doc):

    - two facts carried by events dated to disjoint times, or located at disjoint places:
      ``unverified`` (two happenings);
    - the outlets themselves give both: ``conflict``; one named source, or sources of one side,
      give both: ``scope`` (a revised claim);
    - sources of two sides: ``disputed``; but a toll (killed, injured, missing) of two sides is
      a dispute only as a claim against a denial in different reports, since each side
      usually counts its own dead ("4 killed on our side", "no casualties on theirs");
    - two figures of one report are a dispute only when two sides give them.
    """
    sa, sb = a.attributed_to, b.attributed_to
    two_sides = bool(sa and sb) and not same_side(sa, sb, actors)
    if a.doc == b.doc and not two_sides:
        return None, ONE_REPORT_NOTE
    if _apart_in_time(a, b):
        return "unverified", DIFFERENT_DAYS_NOTE
    if _apart_in_place(a, b):
        return "unverified", DIFFERENT_PLACES_NOTE
    if sa == sb:
        return ("conflict", None) if sa is None else ("scope", SAME_SIDE_NOTE)
    if same_side(sa, sb, actors):
        return "scope", SAME_SIDE_NOTE
    if is_update_family(family) and not (a.doc != b.doc and (_denial(a) or _denial(b))):
        return "unverified", OWN_TOLL_NOTE
    return "disputed", None


def _in_seconds(f: Event) -> Event:
    q = f.quantity
    assert q is not None
    per = duration_seconds(q) or 1
    return dataclasses.replace(f, quantity=dataclasses.replace(
        q, value=q.value * per, value_max=None if q.value_max is None else q.value_max * per, unit="seconds"))


def _duration_show(f: Event) -> str:
    q = f.quantity
    assert q is not None
    return f"{q.qualifier} {q.text}" if q.qualifier else q.text


# --------------------------------------------------------------------------- times of day

def _clock(e: Event) -> tuple[str, int, str] | None:
    """(day, minutes since midnight, zone) of an event's asserted time of day, or None."""
    d = e.date
    if d is None or d.kind != "time" or e.date_from not in ASSERTED_DATE_SOURCES or not d.value:
        return None
    m = CLOCK_TIME.match(d.value)
    return (m.group(1), int(m.group(2)) * 60 + int(m.group(3)), m.group(4)) if m else None


def _approximate_time(e: Event) -> bool:
    words = time_rules()["approximate"]
    text = (e.date.text if e.date else "").lower()
    at = (e.sentence or "").lower().find(text) if text else -1
    before = (e.sentence or "").lower()[max(0, at - 15): at] if at >= 0 else ""
    return any(re.search(rf"\b{re.escape(w)}\b", text) or before.rstrip().endswith(w) for w in words)


def _time_show(e: Event) -> str:
    clock = _clock(e)
    if clock is None:
        return ""
    day, minutes, zone = clock
    return f"{minutes // 60:02d}:{minutes % 60:02d}{zone} ({e.date.text if e.date else ''})"


def _time_relation(a: Event, b: Event) -> str | None:
    ca, cb = _clock(a), _clock(b)
    if ca is None or cb is None or ca == cb:
        return None
    if ca[0] != cb[0] or ca[2] != cb[2]:
        return None  # another day is the date's business; another zone cannot be compared here
    if (_approximate_time(a) or _approximate_time(b)) and abs(ca[1] - cb[1]) <= time_rules()["approximate_minutes"]:
        return "approximation, not a conflict: one outlet gives the time as approximate"
    return "conflict"


def time_discrepancies(
    story: str, events: Iterable[Event], documents: dict[str, Document],
    actors: dict[str, Actor] | None = None,
) -> list[Discrepancy]:
    """Times of day of the story's single-occurrence events (a crash, a quake: the kinds in
    ``data/facts/times.json``) compared across documents: "13:38" against "13:39" cannot both
    be true; "around 13:40" against "13:38" is an approximation. A document whose such events
    give two different times (take-off and crash) is left out: which one is which cannot be
    told without the events' roles."""
    kinds = set(time_rules()["kinds"])
    per_doc: dict[str, list[Event]] = {}
    for e in events:
        if e.kind in kinds and _clock(e) is not None and not e.hypothetical:
            per_doc.setdefault(e.doc, []).append(e)
    picked = {doc: [evs[0]] for doc, evs in per_doc.items() if len({_clock(e) for e in evs}) == 1}
    if len(picked) < 2:
        return []
    by_doc = {d: evs[0] for d, evs in picked.items()}

    def note(evs: list[Event]) -> str:
        return "same event, different times of day: " + " vs ".join(_time_show(e) for e in evs) + " cannot both be true"

    flags, notes = _compare(by_doc, "time", _time_show, _time_relation, note, actors=actors,
                            kind_of=functools.partial(fact_kind, family="time", actors=actors), kind_key=voice)
    group = make_id("facts", story, "time", *sorted(kinds))
    for d in flags + notes:
        d.group = group
    return flags + notes


def voice(e: Event) -> tuple:
    """Everything :func:`fact_kind` reads of one side besides its document: who asserts it,
    when and where it happened by the report's own words, and whether it is a denial."""
    asserted = e.date is not None and e.date_from in ASSERTED_DATE_SOURCES
    return (e.attributed_to, e.date.value if asserted and e.date else None,
            e.date.end if asserted and e.date else None, _denial(e), e.location)


def fact_discrepancies(
    story: str, events: Iterable[Event], documents: dict[str, Document],
    actors: dict[str, Actor] | None = None,
) -> list[Discrepancy]:
    """The flags and notes of one story's fact groups, each with its group id."""
    out: list[Discrepancy] = []
    for key, units in sorted(story_facts(events).items()):
        picked = {f"{doc}\x00{src or ''}": [f] for (doc, src), facts in units.items()
                  if (f := _one_value(key, facts)) is not None}
        if len({k.split("\x00")[0] for k in picked}) < 2 and not _two_sides(picked, actors):
            continue
        thing, family = key
        kind_of = functools.partial(fact_kind, family=family, actors=actors)
        if family == "duration":  # compared in seconds, shown in the outlet's words
            picked = {k: [_in_seconds(f) for f in fs] for k, fs in picked.items()}
            flags, notes = _check_quantity(picked, documents, f" (how long, {thing})", actors, kind_of=kind_of,
                                           fld="duration", show=_duration_show, kind_key=voice)
        else:
            what = f" ({thing}{', ' + family if family and family != 'measure' else ''})"
            flags, notes = _check_quantity(picked, documents, what, actors, kind_of=kind_of, kind_key=voice)
        group = make_id("facts", story, thing, family)
        for d in flags + notes:
            d.group = group
            out.append(d)
    return out


def _two_sides(picked: dict[str, list[Event]], actors: dict[str, Actor] | None) -> bool:
    """Whether one report's units include sources of two sides (a claim and its denial)."""
    srcs = [fs[0].attributed_to for fs in picked.values() if fs[0].attributed_to]
    return any(not same_side(x, y, actors) for i, x in enumerate(srcs) for y in srcs[i + 1:])


def story_discrepancies(
    stories: Iterable[Story], events: Iterable[Event], documents: dict[str, Document],
    actors: dict[str, Actor] | None = None, clusters: Iterable[Cluster] = (),
) -> None:
    """Set each story's fact discrepancies (``Story.discrepancies``) from the events of its
    documents. A story flag that a cluster of the story already raises (two of its values,
    of two documents, that differ, flagged together in one cluster) is left to the cluster:
    the cluster's comparison is anchored by one event, and one disagreement is shown once."""
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc, []).append(e)
    flagged: dict[str, list[set[tuple[str, str]]]] = {}
    for c in clusters:
        for d in c.discrepancies:
            if d.field == "quantity" and c.story:
                flagged.setdefault(c.story, []).append({(v.doc, v.value) for v in d.values})
    for story in stories:
        evs = [e for d in story.documents for e in by_doc.get(d, ())]
        found = fact_discrepancies(story.id, evs, documents, actors)
        found += time_discrepancies(story.id, evs, documents, actors)
        story.discrepancies = [d for d in found if not _raised(d, flagged.get(story.id, []))]


def _raised(d: Discrepancy, cluster_flags: list[set[tuple[str, str]]]) -> bool:
    """Whether a cluster flag already holds two differing values of two documents of ``d``."""
    if d.kind not in FLAG_KINDS:
        return False
    mine = {(v.doc, v.value) for v in d.values}
    for vals in cluster_flags:
        both = mine & vals
        if len({doc for doc, _ in both}) >= 2 and len({v for _, v in both}) >= 2:
            return True
    return False


__all__ = ["fact_discrepancies", "story_discrepancies", "time_discrepancies", "fact_kind", "group_key", "story_facts"]
