"""Events beyond PLOVER (issue 18): happenings no category fits keep ``type=None`` and a
general kind; a PLOVER category needs its verb sense and an attacker; questions and
if-clauses are no events; every event has a kind and a confidence in [0, 1]."""

from __future__ import annotations

import pytest

from counterpoint.nlp.event_lexicon import kind_of

from .event_helpers import by_trigger as _by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The small plane crashed near the harbour on Tuesday.", "crashed", "accident"),
        ("The bus slammed into a hostel shortly after dawn.", "slammed", "accident"),
        ("A fire broke out at the old market on Monday.", "broke", "disaster"),
        ("The Supreme Court ruled on Tuesday that the decree was void.", "ruled", "legal"),
        ("The governing party won the election by a wide margin.", "won", "election"),
        ("An earthquake struck the coastal province on Sunday.", "earthquake", "disaster"),
    ],
)
def test_events_kinds_non_plover_happening(analyze, text, trigger, kind):
    ev = _by_trigger(analyze(text, published="2025-06-23"), trigger)
    assert ev.type is None and ev.mode is None and ev.kind == kind


def test_events_kinds_crash_toll_is_no_attack(analyze):
    """ "An airline's plane crashed, killing 200": one accident, not "<country> kills"."""
    a = analyze("A Nordair plane crashed in Lesnograd on Thursday, killing 200 people.", published="2025-06-23")
    assert [e.type for e in a.events] == [None]
    ev = a.events[0]
    assert ev.kind == "accident" and ev.date is not None and ev.date.value == "2025-06-19"
    assert ev.quantity is not None and ev.quantity.value == 200


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Smoke was captured on CCTV near the runway.", "ASSAULT"),
        ("The truck slammed into a hostel in the suburbs.", "ACCUSE"),
        ("The storm killed twelve villagers overnight.", "ASSAULT"),
        ("Can't we have a normal dialogue with our neighbours?", "CONSULT"),
        ("If the troops cross the border, the ministers will meet again.", "ASSAULT"),
    ],
)
def test_events_kinds_no_forced_plover_category(analyze, text, absent):
    assert absent not in [e.type for e in analyze(text).events]


@pytest.mark.parametrize(
    "text",
    ['"Why would we ever attack our own neighbours?" the minister asked.', "She asked whether the talks had failed."],
)
def test_events_kinds_question_is_no_event(analyze, text):
    assert analyze(text).events == []


def test_events_kinds_asking_someone_to_act_is_a_request(analyze):
    a = analyze("Nordland asked Poland to extradite the two suspects.")
    assert "REQUEST" in [e.type for e in a.events]


def test_events_kinds_attack_with_attacker_stays_assault(analyze):
    a = analyze("Nordish gunmen attacked a police station in Lesnograd on Friday.", published="2025-06-23")
    ev = _by_trigger(a, "attacked")
    assert ev.type == "ASSAULT" and ev.kind == "attack"


@pytest.mark.parametrize(
    ("typ", "mode", "kind"),
    [("ASSAULT", None, "attack"), ("CONSULT", "visit", "meet"), ("RETREAT", "release", "release"),
     ("COERCE", "arrest", "arrest"), ("ACCUSE", "investigate", "legal"), (None, None, "other")],
)
def test_events_kinds_plover_kind_table(typ, mode, kind):
    assert kind_of(typ, mode) == kind


def test_events_kinds_confidence_in_unit_interval(analyze):
    a = analyze(
        "Poland arrested two Nordish diplomats on Monday. Nordland may impose sanctions on Poland. "
        "A ferry capsized off the coast.",
        published="2025-06-23",
    )
    assert a.events and all(e.confidence is not None and 0 <= e.confidence <= 1 for e in a.events)
    arrest = _by_trigger(a, "arrested")
    sanction = _by_trigger(a, "impose")  # "may impose": a warning (THREATEN), hypothetical
    assert arrest.confidence > sanction.confidence  # a hypothetical act is less certain


def test_events_kinds_meal_summary_keeps_its_object(analyze):
    """A verb+object sense names what was done: "eats lunch with X", never "eats X"."""
    ev = analyze("The president was in Lesnograd eating lunch with Ivan Petrov.").events[0]
    assert ev.type == "CONSULT" and ev.lemma == "eats lunch with"


def test_events_kinds_date_from_same_event_in_document(analyze):
    a = analyze(
        "A cargo plane crashed near Lesnograd on Thursday. Investigators said the plane crashed "
        "after an engine failed.",
        published="2025-06-23",
    )
    crashes = [e for e in a.events if e.kind == "accident"]
    assert len(crashes) == 2 and all(e.date and e.date.value == "2025-06-19" for e in crashes)
    assert [e.date_from for e in crashes] == [None, "document"]


def test_events_kinds_two_dated_happenings_lend_no_date(analyze):
    a = analyze(
        "A plane crashed on Monday. Another plane crashed on Thursday. A third plane crashed.",
        published="2025-06-23",
    )
    last = a.events[-1]
    assert last.date_from != "document" and last.date.value not in ("2025-06-16", "2025-06-19")


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Nordish jets shot down two drones over the border.", "2025-06-23", "published"),
        ("Nordland has arrested two reporters in Lesnograd.", "2025-06-23", "published"),
        ("Nordland will arrest two reporters in Lesnograd.", None, None),
        ("Nordland did not arrest the reporters.", None, None),
        ("The two leaders met in Lesnograd, their first talks since 2019.", "2025-06-23", "published"),
    ],
)
def test_events_kinds_undated_report_is_dated_by_publication(analyze, text, value, source):
    ev = analyze(text, published="2025-06-23").events[0]
    assert (ev.date.value if ev.date else None) == value and ev.date_from == source


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Overnight strikes on the central market killed 12 people.", ["ASSAULT"]),
        ("The air force has undertaken strikes across the border.", ["ASSAULT"]),
        ("The dock workers went on strike.", ["PROTEST"]),
        ("The air force brought down two jets over the valley.", ["ASSAULT"]),
    ],
)
def test_events_kinds_military_strikes(analyze, text, types):
    assert [e.type for e in analyze(text, published="2025-06-23").events] == types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 1,700 people died in the earthquake on Friday.", "disaster"),
        ("The earthquake that hit the region flattened homes.", "disaster"),
        ("A hotel under construction collapsed near the market.", "disaster"),
    ],
)
def test_events_kinds_one_disaster_with_its_toll(analyze, text, kind):
    a = analyze(text, published="2025-06-23")
    assert [(e.type, e.kind) for e in a.events] == [(None, kind)]


def test_events_kinds_date_line_glued_to_lead_does_not_date_it(analyze):
    a = analyze("date 2025-06-23 Jets downed\nNordland on Sunday said it shot down two jets.", published="2025-06-23")
    ev = next(e for e in a.events if e.trigger == "shot")
    assert ev.date.value == "2025-06-22"


def test_events_kinds_argument_phrases_kept_as_written(analyze):
    """Who and whom as written, even when no actor resolves: "the dock workers"."""
    a = analyze("The dock workers attacked two security guards at the gate.")
    ev = a.events[0]
    assert ev.actor_text == ["The dock workers"] and ev.recipient_text == ["two security guards"]


def test_events_kinds_top_event_prefers_a_plover_category(analyze, nlp, make_document):
    from counterpoint.nlp.events import top_event
    from counterpoint.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, make_document("The plane crashed after Nordland attacked the airport.")))
    assert top_event(doc._.cp_events, doc).type == "ASSAULT"
