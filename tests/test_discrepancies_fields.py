"""find_discrepancies: real conflicts vs differences of precision, bounds, scope, containment."""

from __future__ import annotations

import pytest

from counterpoint.align.discrepancies import contains, date_interval, find_discrepancies, quantity_interval
from counterpoint.records import Actor, Cluster, DateValue, Document, Event, Quantity, make_id


def ev(
    doc: str,
    n: int = 0,
    *,
    date=None,
    prec=None,
    qty=None,
    unit="prisoners",
    qual=None,
    approx=False,
    vmax=None,
    loc=None,
    actor=("a_x",),
    recipient=("a_y",),
    mode="visit",
    sentence="X met Y.",
    type="CONSULT",
    source=None,
) -> Event:
    q = None
    if qty is not None:
        q = Quantity(doc, qty, unit, approx, f"{qty} {unit}", (0, 1), value_max=vmax, qualifier=qual)
    d = (
        DateValue(date, date or "", prec or ("day" if date and len(date) == 10 else "month"))
        if date
        else None
    )
    return Event(
        id=f"{doc}_e{n}",
        doc=doc,
        type=type,
        mode=mode,
        actor=list(actor),
        recipient=list(recipient),
        trigger="met",
        span=(0, 5),
        sentence=sentence,
        date=d,
        location=loc,
        quantity=q,
        attributed_to=source,
    )


def run(*events: Event, actors=None):
    cl = Cluster(
        id="c1",
        type=events[0].type,
        mode="visit",
        events=[e.id for e in events],
        documents=sorted({e.doc for e in events}),
        summary="X meets Y",
        date=None,
    )
    docs = {e.doc: Document(e.doc, "<t>", e.doc.upper(), "text") for e in events}
    if actors is None:
        actors = {i: Actor(i, i.upper(), "person") for i in ("a_x", "a_y", "a_z")}
    return find_discrepancies(cl, {e.id: e for e in events}, docs, actors)


def fields(ds) -> list[str]:
    return [d.field for d in ds]


@pytest.mark.parametrize(
    ("a", "b", "conflict", "scope"),
    [
        (dict(date="2025-06-20"), dict(date="2025-06-21"), ["date"], []),
        (dict(date="2025-06"), dict(date="2025-06-21"), [], ["date"]),
        (dict(date="2025"), dict(date="2025-06-21"), [], ["date"]),
        (dict(date="2024"), dict(date="2025-06-21"), ["date"], []),
        (dict(date="2025-06-21"), dict(date="2025-06-21"), [], []),
        (dict(qty=5000, qual="up to", unit="troops"), dict(qty=4000, unit="troops"), [], ["quantity"]),
        (dict(qty=12), dict(qty=9), ["quantity"], []),
        (
            dict(qty=66, sentence="After both visits, 66 prisoners were released."),
            dict(qty=14),
            [],
            ["quantity"],
        ),
        (dict(qty=66), dict(), [], ["quantity"]),
        (dict(qty=66, unit="prisoners"), dict(qty=14, unit="journalists"), [], ["quantity"]),
        (dict(qty=60, approx=True), dict(qty=66), [], ["quantity"]),
        (dict(qty=3000, vmax=5000, unit="troops"), dict(qty=6000, unit="troops"), ["quantity"], []),
        (dict(loc="Minsk"), dict(loc="Belarus"), [], ["location"]),
        (dict(loc="Minsk"), dict(loc="Vilnius"), ["location"], []),
        (dict(loc="Washington"), dict(loc="the United States"), [], ["location"]),
        (dict(mode="visit"), dict(mode="phone"), ["mode"], []),
        (dict(actor=("a_x",), type="ACCUSE"), dict(actor=("a_z",), type="ACCUSE"), [], ["actor"]),
        (dict(actor=("a_x", "a_z"), type="ACCUSE"), dict(actor=("a_x",), type="ACCUSE"), [], ["actor"]),
    ],
    ids=[
        "20-vs-21-june",
        "day-in-month",
        "day-in-year",
        "different-year",
        "same",
        "up-to-vs-exact",
        "exact-counts",
        "aggregate-vs-partial",
        "one-side-no-value",
        "different-units",
        "about-vs-exact",
        "range-vs-outside",
        "minsk-in-belarus",
        "minsk-vs-vilnius",
        "capital-metonym",
        "call-vs-visit",
        "disjoint-actors",
        "actor-subset",
    ],
)
def test_conflict_or_scope(a, b, conflict, scope):
    conflicts, scope_notes = run(ev("d1", **a), ev("d2", **b))
    assert fields(conflicts) == conflict
    assert fields(scope_notes) == scope
    assert all(d.kind == "conflict" for d in conflicts)
    assert all(d.kind in ("scope", "unverified") for d in scope_notes)


@pytest.mark.parametrize(
    ("a", "b", "flags", "notes"),
    [
        # "A met B" vs "B's meeting with A": one fact, nothing to report
        (dict(actor=("a_x",), recipient=("a_y",)), dict(actor=("a_y",), recipient=("a_x",)), [], []),
        # a participant one outlet names and another does not: scope
        (dict(actor=("a_x",), recipient=("a_y", "a_z")), dict(actor=("a_y",), recipient=("a_x",)),
         [], [("participants", "scope")]),
        # no participant in common: never "cannot both be true"
        (dict(actor=("a_x",), recipient=()), dict(actor=("a_z",), recipient=()), [], [("participants", "unverified")]),
        # a July release of 16 and a September release of 52, nothing else shared: may be two events
        (dict(type="RETREAT", actor=("a_x",), recipient=(), qty=16, date="2025-07-11"),
         dict(type="RETREAT", actor=("a_z",), recipient=(), qty=52, date="2025-09-11"),
         [], [("actor", "unverified"), ("date", "unverified"), ("quantity", "unverified")]),
        # the same two counts with a shared participant: the outlets contradict each other
        (dict(type="RETREAT", qty=16), dict(type="RETREAT", qty=52), [("quantity", "conflict")], []),
        # named sources give the two counts: disputed, not a conflict between outlets
        (dict(type="ASSAULT", qty=2, unit="jets", source="a_pk"), dict(type="ASSAULT", qty=1, unit="jets", source="a_in"),
         [("quantity", "disputed")], []),
        (dict(type="ASSAULT", qty=2, unit="jets", source="a_pk"), dict(type="ASSAULT", qty=1, unit="jets"),
         [("quantity", "disputed")], []),
        # a venue counterpoint does not know against a city: unverified, not a conflict
        (dict(loc="the Independence Palace"), dict(loc="Minsk"), [], [("location", "unverified")]),
        (dict(loc="Belarus"), dict(loc="Minsk"), [], [("location", "scope")]),
        # the gazetteer: city within region within country; two known, disjoint cities conflict
        (dict(loc="Anchorage"), dict(loc="Alaska"), [], [("location", "scope")]),
        (dict(loc="Lahore"), dict(loc="Karachi"), [("location", "conflict")], []),
        # two officials of one side give different figures in two reports: a revised claim
        (dict(type="ASSAULT", qty=2, unit="jets", source="a_pk_min1"),
         dict(type="ASSAULT", qty=5, unit="jets", source="a_pk_min2"), [], [("quantity", "scope")]),
        # "late Tuesday" in one time zone is Wednesday in another
        (dict(date="2025-05-06", sentence="India struck late Tuesday."), dict(date="2025-05-07"), [],
         [("date", "scope")]),
        (dict(date="2025-05-05", sentence="India struck late Monday."), dict(date="2025-05-07"),
         [("date", "conflict")], []),
        # "India attacked Pakistan" (an Indian source) and "Pakistan attacked India" (a Pakistani
        # one): an act and the answer to it, not two versions of one act
        (dict(type="ASSAULT", actor=("a_x",), recipient=("a_z",), source="a_pk_min1"),
         dict(type="ASSAULT", actor=("a_z",), recipient=("a_x",), source="a_y"),
         [], [("actor", "unverified"), ("recipient", "unverified")]),
    ],
    ids=["met-vs-meeting-with", "participant-subset", "no-common-participant", "two-releases-nothing-shared",
         "counts-shared-participant", "two-governments-counts", "claim-vs-outlet", "unknown-venue",
         "city-in-country", "city-in-state", "two-known-cities", "one-side-revised", "night-straddles-days",
         "two-days-apart", "act-and-answer"],
)
def test_discrepancies_kinds(a, b, flags, notes):
    actors = {i: Actor(i, i.upper(), "person") for i in ("a_x", "a_y", "a_z")}
    actors.update({"a_pk_min1": Actor("a_pk_min1", "Minister One", "person", country="PAK"),
                   "a_pk_min2": Actor("a_pk_min2", "Minister Two", "person", country="PAK")})
    found_flags, found_notes = run(ev("d1", **a), ev("d2", **b), actors=actors)
    assert sorted((d.field, d.kind) for d in found_flags) == flags
    assert sorted((d.field, d.kind) for d in found_notes if d.field != "speaker") == notes
    for d in found_flags + found_notes:
        if d.kind != "conflict":
            assert "cannot both be true" not in d.note


def test_discrepancies_values_say_who_asserts_them():
    flags, _ = run(ev("d1", type="ASSAULT", qty=2, unit="jets", source="a_pk"),
                   ev("d2", type="ASSAULT", qty=1, unit="jets", source="a_in"))
    (d,) = flags
    assert {(v.doc, v.attributed_to) for v in d.values} == {("d1", "a_pk"), ("d2", "a_in")}
    assert d.note.startswith("disputed")


def test_conflict_values_and_note():
    conflicts, _ = run(
        ev("d1", date="2025-06-21", sentence="On June 21 X met Y."), ev("d2", date="2025-06-20")
    )
    (d,) = conflicts
    assert {(v.doc, v.value) for v in d.values} == {("d1", "2025-06-21"), ("d2", "2025-06-20")}
    assert "same event, different day" in d.note
    assert next(v for v in d.values if v.doc == "d1").sentence == "On June 21 X met Y."


def test_same_document_never_compared():
    conflicts, scope = run(ev("d1", 0, date="2025-06-20"), ev("d1", 1, date="2025-06-21"))
    assert conflicts == [] and scope == []


def test_scope_note_says_scope():
    _, scope = run(ev("d1", qty=66, sentence="In total 66 prisoners were freed."), ev("d2", qty=14))
    assert "scope" in scope[0].note


def test_representative_of_state_is_scope():
    actors = {
        "a_us": Actor("a_us", "United States", "country", country="USA"),
        "a_kel": Actor("a_kel", "Keith Kellogg", "person", country="USA"),
        "a_ru": Actor("a_ru", "Russia", "country", country="RUS"),
    }
    conflicts, scope = run(ev("d1", actor=("a_us",), type="ACCUSE"), ev("d2", actor=("a_kel",), type="ACCUSE"),
                           actors=actors)
    assert conflicts == [] and fields(scope) == ["actor"]
    # who did it, named differently by two outlets: never "cannot both be true" by itself
    conflicts, notes = run(ev("d1", actor=("a_ru",), type="ACCUSE"), ev("d2", actor=("a_kel",), type="ACCUSE"),
                           actors=actors)
    assert conflicts == [] and [(d.field, d.kind) for d in notes] == [("actor", "unverified")]
    assert "Keith Kellogg" in {v.value for v in notes[0].values}
    # ... but two named sources of two sides, each asserting its own doer, are a dispute
    flags, _ = run(ev("d1", actor=("a_ru",), type="ACCUSE", source="a_us"),
                   ev("d2", actor=("a_kel",), type="ACCUSE", source="a_ru"), actors=actors)
    assert [(d.field, d.kind) for d in flags] == [("actor", "disputed")]


def test_disjoint_actors_unjudged_without_actor_records():
    conflicts, scope = run(ev("d1", actor=("a_x",), type="ACCUSE"), ev("d2", actor=("a_z",), type="ACCUSE"),
                           actors={})
    assert conflicts == [] and fields(scope) == ["actor"] and "not judged" in scope[0].note


def test_three_outlets_month_is_not_in_conflict():
    conflicts, scope = run(ev("d1", date="2025-06-21"), ev("d2", date="2025-06-20"), ev("d3", date="2025-06"))
    assert [v.doc for v in conflicts[0].values] == ["d1", "d2"]
    assert "d3" in {v.doc for v in scope[0].values}


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2025-06-21", 1),
        ("2025-06", 30),
        ("2024", 366),
        ("2025-Q1", 90),
        ("2020/2022", 366 + 365 + 365),
        ("2025-W25", 7),
    ],
)
def test_date_interval_lengths(value, days):
    lo, hi = date_interval(value)
    assert hi - lo + 1 == days


def test_quantity_interval_bounds():
    q = Quantity("d", 5000, "troops", False, "up to 5,000 troops", (0, 1), qualifier="up to")
    assert quantity_interval(q) == (0.0, 5000.0)
    assert contains("Belarus", "Minsk") and not contains("Minsk", "Belarus")
    assert make_id("x", 1) == make_id("x", 1)


def test_quantity_interval_some_n_is_about_n():
    """"some ten drones" is about ten: it cannot be three, and it overlaps "at least eight"
    (before, "some" allowed any number and hid every conflict with it)."""
    some = Quantity("d", 10, "drones", False, "some ten drones", (0, 1), qualifier="some")
    assert quantity_interval(some) == (8.0, 12.0)


def test_many_outlets_are_compared_by_distinct_value():
    """300 outlets, two days and one month: the conflict lists every outlet of either day (the
    month lies within both), as comparing every pair of outlets would."""
    events = [ev(f"d{i:03d}", date="2025-06-21" if i % 2 else "2025-06-20") for i in range(300)]
    events.append(ev("month", date="2025-06"))
    conflicts, scope = run(*events)
    assert fields(conflicts) == ["date"]
    assert len(conflicts[0].values) == 300 and "month" not in {v.doc for v in conflicts[0].values}
    assert {v.value for v in conflicts[0].values} == {"2025-06-20", "2025-06-21"}
    assert "month" in {v.doc for v in scope[0].values}


def test_quantity_aggregate_cue_is_part_of_the_compared_value():
    """Same count shown, different sentences: the aggregate cue still turns a conflict into scope."""
    conflicts, scope = run(
        ev("d1", qty=66), ev("d2", qty=66), ev("d3", qty=14, sentence="In total 14 prisoners were freed."),
    )
    assert conflicts == [] and fields(scope) == ["quantity"]


@pytest.mark.parametrize(("vague", "qty", "qual", "flagged"), [
    ("dozens", 100, "more than", False),  # "dozens of sites" vs "more than 100 targets": no sharp edge
    ("dozens", 150, None, False),
    ("dozens", 500, None, True),  # far outside any reading of "dozens"
    ("several", 300, None, True),
    ("hundreds", 1500, None, False),
])
def test_vague_word_conflicts_only_far_from_its_range(vague, qty, qual, flagged):
    a = ev("d1", qty=24, unit="sites", qual=vague, approx=True, date="2025-06-13")
    b = ev("d2", qty=qty, unit="sites", qual=qual, approx=qual is not None, date="2025-06-13")
    conflicts, scope = run(a, b)
    assert ("quantity" in fields(conflicts)) is flagged
    if not flagged:
        assert "quantity" in fields(scope)
