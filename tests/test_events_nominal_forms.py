"""Main events phrased as nominalisations, passives and fixed verb+noun phrases (issue 18,
item 3): "opened fire", "an exchange of fire", "rocket fire that struck", "the border was
shut", "the press conference was cancelled", "the talks, which began at 3 pm"; and the
limits of those rules: a blaze stays a disaster, "without signing" did not happen and is
no refusal, "the same skirmish" repeats one already told. Texts written for these tests."""

from __future__ import annotations

import pytest

from .event_helpers import by_trigger as _by_trigger
from .event_helpers import day_of


def _types(a) -> list[str | None]:
    return [e.type for e in a.events]


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Valdorian troops opened fire on a border post near Kessa on Thursday.", "opened", "firearms"),
        ("Soldiers from both armies exchanged fire near the old fort on Thursday.", "exchanged", "firearms"),
        ("There was an exchange of fire between the two armies on Thursday.", "exchange", "firearms"),
        ("Villagers fled after Valdorian rocket fire struck the market on Thursday.", "fire", "heavy-weapons"),
    ],
)
def test_events_nominal_forms_armed_exchanges_are_assaults(analyze, text, trigger, mode):
    a = analyze(text, published="2025-07-25")
    ev = _by_trigger(a, trigger)
    assert (ev.type, ev.mode) == ("ASSAULT", mode)
    assert day_of(a, trigger)[0] == "2025-07-24"


def test_events_nominal_forms_rocket_fire_is_no_disaster(analyze):
    """The fire of rockets is a weapon: the clause it strikes in is no disaster."""
    a = analyze("Two people died when Valdorian rocket fire struck a petrol station.", published="2025-07-25")
    assert "disaster" not in [e.kind for e in a.events]
    assert "ASSAULT" in _types(a)


@pytest.mark.parametrize(
    "text",
    ["A fire broke out on the third floor of the hotel on Monday.", "They held an exchange of views on trade."],
)
def test_events_nominal_forms_plain_fire_and_exchange_are_no_attack(analyze, text):
    assert "ASSAULT" not in _types(analyze(text, published="2025-07-25"))


def test_events_nominal_forms_shut_border_is_sanction(analyze):
    ev = _by_trigger(analyze("The incident prompted Valdoria to shut its border with Morlandia."), "shut")
    assert (ev.type, ev.mode) == ("SANCTION", "discontinue")


def test_events_nominal_forms_without_is_not_done_nor_refused(analyze):
    a = analyze("President Ivo Dravek left Kessa without signing the trade agreement with Valdoria.", published="2025-03-01")
    signing = _by_trigger(a, "signing")
    assert signing.negated
    assert "REJECT" not in _types(a)
    refusal = analyze("Morlandia did not agree to the plan.", published="2025-03-01")
    assert "REJECT" in _types(refusal)


def test_events_nominal_forms_cancelled_press_conference(analyze):
    a = analyze("A joint press conference was cancelled after the row.", published="2025-03-01")
    ev = _by_trigger(a, "cancelled")
    assert ev.type is None and ev.kind == "other"


def test_events_nominal_forms_talks_said_to_happen_by_relative_clause(analyze):
    a = analyze(
        "KESSA, July 28 (Wire) - The talks, which began at 3:00 PM local time and lasted over two hours, "
        "were attended by the ambassadors of both countries.",
        published="2025-07-28",
    )
    assert _by_trigger(a, "talks").type == "CONSULT"
    assert (day_of(a, "talks")[0] or "").startswith("2025-07-28")


def test_events_nominal_forms_back_references_add_no_event(analyze):
    """ "the same skirmish" and "the shelling that ended on Wednesday" recall an event told
    before; neither is a new attack nor re-dates the first."""
    a = analyze(
        "Valdoria began shelling the villages on Tuesday evening. Five soldiers were hurt in the shelling "
        "that ended on Wednesday morning. During the same skirmish, Valdorian troops captured a pilot.",
        published="2025-07-25",
    )
    assaults = [e for e in a.events if e.type == "ASSAULT" and e.trigger == "shelling"]
    assert len(assaults) == 1
    assert assaults[0].date is not None and assaults[0].date.value == "2025-07-22"
    assert "skirmish" not in [e.trigger for e in a.events]


def test_events_nominal_forms_present_there_are_is_a_state(analyze):
    """A past "there were clashes" tells a happening; a present "there are discussions in
    Kessa over ..." or "there are accusations of ..." describes how things stand."""
    past = analyze("There were clashes between Valdorian and Morlandian troops on Thursday.", published="2025-07-25")
    assert "ASSAULT" in _types(past)
    present = analyze(
        "There are tentative discussions in Kessa over the isolation policy. "
        "Once again, there are accusations of dictatorship."
    )
    assert _types(present) == []


def test_events_nominal_forms_relative_clause_date_is_its_own(analyze):
    """ "a call with Dravek, who will fly to Kessa on Monday": Monday is the flight's day, not
    the call's; a relative clause on the event itself ("the talks, which began on Monday")
    does date it."""
    a = analyze(
        "President Ana Morel had a difficult call with Ivo Dravek, who will fly to Kessa on Monday.",
        published="2025-08-16",
    )
    call = _by_trigger(a, "call")
    assert call.date is None or call.date.value != "2025-08-18"
    b = analyze("The talks, which began on Monday, were attended by both ambassadors.", published="2025-08-16")
    assert day_of(b, "talks")[0] == "2025-08-11"


@pytest.mark.parametrize(
    "text",
    [
        "Morlandia, which denies any nuclear ambitions, recalled its envoy on Monday.",
        "The council, which coordinates aid to the border villages, met on Monday.",
    ],
)
def test_events_nominal_forms_present_relative_clause_is_a_property(analyze, text):
    """A simple present in a relative clause is a standing property, not an event; the main
    clause's act still is one."""
    a = analyze(text, published="2025-07-25")
    assert {"denies", "coordinates"}.isdisjoint(e.trigger for e in a.events)
    assert a.events
