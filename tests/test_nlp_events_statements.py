"""Statements, tolls and event days on real-news shapes (issue 18).

A statement a reader lists ("the minister described the visit as useful") is an event of
kind "statement" with no PLOVER category; a saying that reports a happening, introduces a
direct quotation, is denied, asked or made by a crowd is not. A killing with no doer in a
sentence about a quake is the quake's toll; a downed jet's crash belongs to the attack; a
video "released" is no release of captives; an event on "Tuesday evening" is dated to that
day. Every text here is written for this test."""

from __future__ import annotations

import pytest


def _statements(a):
    return [e for e in a.events if e.kind == "statement" and e.type is None]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister described the visit as useful.",
        "President Alvarez said on Thursday that his summit with the rebels produced some headway.",
        "The Defence Ministry released a statement on Friday.",
        "Governor Mara Velez told reporters at the site that crews were working through the night.",
        "Prime Minister Okafor expressed hope that their discussions would continue.",
        "The ministry's spokesperson stressed that the border remained open.",
        "He later clarified that only one pilot was in custody.",
    ],
)
def test_nlp_events_statement_is_an_event(analyze, text):
    a = analyze(text, published="2025-08-16")
    found = _statements(a)
    assert len(found) == 1, [(e.type, e.kind, e.trigger) for e in a.events]
    ev = found[0]
    assert ev.mode is None and 0 < ev.confidence < 0.8  # a saying is news only sometimes


@pytest.mark.parametrize(
    "text",
    [
        "“We will not negotiate under fire,” the minister said.",  # the quotation is the record
        "The army said it shot down two drones over the valley.",  # the shooting is the event
        "Witnesses said the sky turned orange after midnight.",  # an anonymous crowd
        "Official reports said the bridge was closed.",  # a thing that shows, not a speaker
        "The minister did not comment on the report.",  # negated
        "Will the president say anything about the ceasefire?",  # a question
        "Tehran confirmed multiple explosions near the capital.",  # reports the explosions
        "The general said he would meet the envoy next week.",  # reports a (planned) meeting
    ],
)
def test_nlp_events_saying_that_is_no_statement_event(analyze, text):
    a = analyze(text, published="2025-08-16")
    assert _statements(a) == [], [(e.type, e.kind, e.trigger) for e in a.events]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("President Alvarez said Thursday that his summit with the rebels produced some headway.", "2025-08-14"),
        ("On Friday, the ministry said that the border remained open.", "2025-08-15"),
        ("The minister spoke to reporters at the border on Saturday, 9 August.", "2025-08-09"),
    ],
)
def test_nlp_events_statement_date_is_the_saying(analyze, text, date):
    a = analyze(text, published="2025-08-16")
    found = _statements(a)
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == date


@pytest.mark.parametrize(
    "text",
    [
        "The senator again dismissed claims about the 2016 vote as a hoax.",  # REJECT, not in 2016
        "The ministry said that the 2019 agreement no longer applied.",
        "Lawmakers welcomed the findings of the 2021 inquiry.",
    ],
)
def test_nlp_events_date_of_a_named_thing_does_not_date_the_act(analyze, text):
    """A year that modifies a noun ("the 2016 vote") dates that thing, not the act."""
    a = analyze(text, published="2025-08-16")
    assert a.events
    assert not [e for e in a.events if e.date is not None and e.date.value.startswith(("2016", "2019", "2021"))]


@pytest.mark.parametrize(
    ("text", "published", "trigger", "day"),
    [
        ("Rebels began shelling the town on Tuesday evening.", "2019-02-28", "shelling", "2019-02-26"),
        ("Troops fired on the convoy early Wednesday morning.", "2019-02-28", "fired", "2019-02-27"),
        ("Police arrested the two suspects yesterday afternoon.", "2019-02-28", "arrested", "2019-02-27"),
        ("Police arrested the driver at around 9:30 a.m. on Sunday.", "2025-03-31", "arrested", "2025-03-30"),
    ],
)
def test_nlp_events_time_of_day_dates_the_day(analyze, text, published, trigger, day):
    """A time of day keeps the event on its day: the event date is an ISO day (the contract
    drops values such as 2019-02-26TEV), the words as written stay in ``text``."""
    from counterpoint.export.contract import iso_or_none

    a = analyze(text, published=published)
    dated = [e for e in a.events if (trigger is None or e.trigger == trigger) and e.date is not None]
    assert dated, [(e.type, e.kind, e.trigger, e.date) for e in a.events]
    for e in dated:  # a part of the day is the day; a clock time stays, and is exported as its day
        exported = iso_or_none(e.date)
        assert exported is not None and exported.value == day and exported.precision == "day"
        assert e.date.value == day or (e.date.value.startswith(day + "T") and ":" in e.date.value)
    assert any(t.value.startswith(day + "T") for t in a.dates if t.value)  # the timex keeps its time


@pytest.mark.parametrize(
    "text",
    [
        "The quake flattened buildings across the province, resulting in 3,354 deaths and 4,508 people injured.",
        "A storm tore through the islands on Friday, leaving 40 dead and hundreds injured.",
        "The tremor collapsed a school, and 18 pupils were killed.",
        "Nine people died in the capital, far from the centre of the quake on Friday, which killed 1,200 people.",
    ],
)
def test_nlp_events_doerless_toll_of_a_disaster_is_no_attack(analyze, text):
    a = analyze(text, published="2025-03-31")
    assert not [e for e in a.events if e.type == "ASSAULT"], [(e.type, e.kind, e.trigger) for e in a.events]
    assert [e for e in a.events if e.kind == "disaster"]  # the happening stays, with its toll


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen from the Red Brigade killed 12 villagers after the quake on Friday.",
        "Soldiers shot dead two protesters on Friday as the storm hit the city.",
    ],
)
def test_nlp_events_named_killers_in_a_disaster_story_still_attack(analyze, text):
    a = analyze(text, published="2025-03-31")
    assert [e for e in a.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The air force said it shot down two jets on Wednesday. One of the planes crashed near the border.",
         "attack"),
        ("Nordland's air defence brought down a drone at noon. The drone crashed in a field.", "attack"),
        ("A passenger plane crashed near the border on Wednesday.", "accident"),
    ],
)
def test_nlp_events_downed_craft_crash_is_part_of_the_attack(analyze, text, kind):
    a = analyze(text, published="2019-02-28")
    crash = [e for e in a.events if e.trigger == "crashed"]
    assert crash and crash[0].type is None and crash[0].kind == kind


@pytest.mark.parametrize(
    ("text", "release"),
    [
        ("A 46-second video released by the army showed the pilot.", False),
        ("The ministry released figures on the damage on Monday.", False),
        ("The rebels released two hostages on Friday.", True),
    ],
)
def test_nlp_events_released_material_is_no_release(analyze, text, release):
    a = analyze(text, published="2025-06-23")
    assert any(e.type == "RETREAT" for e in a.events) == release, [(e.type, e.trigger) for e in a.events]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("A strong earthquake struck the coast on Friday. At least 18 people died in the port city.", "died", "disaster"),
        ("A strong earthquake struck the coast on Friday. In the capital, 144 people have been confirmed dead.",
         "dead", "disaster"),
        ("A ferry capsized off the island on Monday. Thirty passengers drowned.", "drowned", "accident"),
        ("A cyclone hit the islands on Sunday. By Monday 40 people had been confirmed dead.", "dead", "disaster"),
    ],
)
def test_nlp_events_toll_sentence_is_an_event_of_the_story(analyze, text, trigger, kind):
    """A toll with no happening in its sentence is listed as the story's happening."""
    a = analyze(text, published="2025-03-31")
    toll = [e for e in a.events if e.trigger == trigger]
    assert toll and toll[0].type is None and toll[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned on Monday. At least 18 people died in the heatwave last summer, she said earlier.",
        "At least 18 people died in the port city, officials said.",  # no happening in the story
        "An earthquake struck on Friday. Officials said nobody died.",  # negated, no count
    ],
)
def test_nlp_events_toll_without_a_story_happening_is_no_event(analyze, text):
    a = analyze(text, published="2025-03-31")
    assert not [e for e in a.events if e.trigger in ("died", "dead") and e.type is None]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("General Osei has cancelled his scheduled visit to the southern provinces.", "cancelled"),
        ("Nordland closed its airspace to commercial flights on Wednesday.", "closed"),
        ("Airports in the capital were shut, with all flights canceled.", "canceled"),
        ("The organisers postponed the festival until next spring.", "postponed"),
        ("The committee declared a state of emergency across six regions.", "declared"),
    ],
)
def test_nlp_events_own_arrangements_called_off_are_other(analyze, text, trigger):
    """Calling off or closing one's own arrangements is an "other" happening, not a SANCTION
    or a COERCE, and the called-off visit is no meeting."""
    a = analyze(text, published="2025-03-29")
    hit = [e for e in a.events if e.trigger == trigger]
    assert hit and hit[0].type is None and hit[0].kind == "other"
    assert not [e for e in a.events if e.type in ("CONSULT", "SANCTION", "COERCE")]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Washington suspended aid to the junta.", "SANCTION"),
        ("The foreign minister cancelled a planned visit to Haiti.", "SANCTION"),  # dealings with a state
        ("Nordland suspended part of its military aid programme for the rebels.", "SANCTION"),  # aid to others
        ("The government cancelled the sanctions on Monday.", "CONCEDE"),
    ],
)
def test_nlp_events_calling_off_measures_keeps_its_category(analyze, text, etype):
    a = analyze(text, published="2025-03-29")
    assert [e.type for e in a.events if e.type is not None] == [etype]


@pytest.mark.parametrize(
    "text",
    [
        "SUBSCRIBE & SAVE\n\nSign up for The Daily's free newsletters\n\nPolice arrested two protesters on Monday.",
        "Sign up Mara Lind, The Daily\n\nPolice arrested two protesters on Monday.",
        "Join our campaign to support local reporting.\n\nPolice arrested two protesters on Monday.",
    ],
)
def test_nlp_events_reader_instructions_are_no_events(analyze, text):
    a = analyze(text, published="2025-06-14")
    assert [e.trigger for e in a.events if e.type is not None] == ["arrested"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The junta plans to hold elections in December.", "2025-12"),
        ("The general reaffirmed the junta's plans to hold elections in December.", "2025-12"),
        ("The government aims to reopen schools in September.", "2025-09"),
        ("He tried to flee in March.", "2025-03"),  # a past attempt stays in the past
        ("The army seized the town in December.", "2024-12"),
    ],
)
def test_nlp_timex_month_of_a_plan_is_ahead(analyze, text, value):
    """A month with no year under "plans to", "aims to" is the next one, not the last."""
    a = analyze(text, published="2025-04-06")
    assert [d.value for d in a.dates] == [value]
