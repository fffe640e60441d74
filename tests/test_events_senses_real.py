"""Verb senses that real coverage shows to be no PLOVER act (issue 18, events on real news).

An airspace or border "violated" by drones is an incursion, a military act with no PLOVER
category, not a REJECT of a norm (a violated agreement stays one); a caution to others
("warned X not to", "warned X against", "warned X about") is a statement, not a THREATEN,
which needs the warner's own coercive act; figures "as released by" a government and a photo
"released by" an army are cited, not freed; a saying whose object is a happening the reader
already knows ("survived the attack") is the news itself. Every text here is written for this
test."""

from __future__ import annotations

import pytest

from .event_helpers import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "Four Varnian drones violated Lesnian airspace overnight, the army said.",
        "Varnian helicopters breached the border near Kolvo on Sunday.",
    ],
)
def test_events_senses_real_incursion_is_military_not_reject(analyze, text):
    a = analyze(text, published="2025-09-10")
    ev = next(e for e in a.events if e.trigger in ("violated", "breached"))
    assert ev.type is None and ev.kind == "military"


@pytest.mark.parametrize(
    "text",
    [
        "President Orlov warned Lesnia and its allies against disrupting the talks.",
        "President Orlov warned Lesnia not to torpedo the talks.",
        "The Lesnian army warned Varnia about drones coming from the south.",
    ],
)
def test_events_senses_real_caution_is_statement(analyze, text):
    ev = by_trigger(analyze(text, published="2025-09-10"), "warned")
    assert ev.type is None and ev.kind == "statement"


@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        ("Varnia violated the trade agreement with Lesnia in March.", "violated", "REJECT"),
        ("Varnia warned it would retaliate against Lesnia.", "warned", "THREATEN"),
        ('President Orlov warned the rebels on his channel: "This is my last warning, there will not be another one."',
         "warned", "THREATEN"),
        ("The Varnian army released 20 prisoners on Sunday.", "released", "RETREAT"),
        # the participle names what the strike hit, so it is an armed attack, not a walk-out
        ("Varnia launched a strike targeting the rebel leadership in Kolvo on Tuesday.", "strike", "ASSAULT"),
        ("Leaders of Varnia and Lesnia held a conference in Kolvo on Monday.", "conference", "CONSULT"),
    ],
)
def test_events_senses_real_sense_that_fits_is_kept(analyze, text, trigger, plover):
    assert by_trigger(analyze(text, published="2025-09-10"), trigger).type == plover


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A total of 9,000 people had been evacuated, as released by the Lesnian government on Sunday.", "RETREAT"),
        ("This photo released by the Varnian army shows smoke over the port.", "RETREAT"),
        ("A Varnian military spokesperson told a news conference that five jets were lost.", "CONSULT"),
        # "the aggression they committed": perpetrated, not PLOVER's AGREE ("committed to talks")
        ("The aggression they committed has been answered many times over, the minister said.", "AGREE"),
    ],
)
def test_events_senses_real_no_event_of_that_category(analyze, text, absent):
    assert not [e for e in analyze(text, published="2025-09-10").events if e.type == absent]


def test_events_senses_real_saying_about_known_attack_is_statement(analyze):
    """The attack is told first; the later saying that its leaders survived it is the news
    (a definite, already-told happening as the object of what is said is its topic)."""
    a = analyze(
        "Varnian jets struck a building in Kolvo on Tuesday, killing four people. "
        "Later, Lesnian official Amir Dosti told reporters that the group's leaders had survived the attack.",
        published="2025-09-10",
    )
    said = [e for e in a.events if e.trigger == "told"]
    assert len(said) == 1 and said[0].type is None and said[0].kind == "statement"


def test_events_senses_real_saying_that_reports_a_new_act_stays_the_act(analyze):
    """ "Pakistan said it shot down two jets": the shooting is the news, with its source."""
    a = analyze("Varnia said it shot down two Lesnian jets on Tuesday.", published="2025-09-10")
    assert not [e for e in a.events if e.kind == "statement" and e.type is None]
