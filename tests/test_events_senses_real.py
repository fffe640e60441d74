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


def test_events_senses_real_violated_agreement_keeps_reject(analyze):
    a = analyze("Varnia violated the trade agreement with Lesnia in March.", published="2025-09-10")
    assert by_trigger(a, "violated").type == "REJECT"


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
    "text",
    [
        "Varnia warned it would retaliate against Lesnia.",
        'President Orlov warned the rebels on his channel: "This is my last warning, there will not be another one."',
    ],
)
def test_events_senses_real_threat_keeps_threaten(analyze, text):
    assert by_trigger(analyze(text, published="2025-09-10"), "warned").type == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "A total of 9,000 people had been evacuated, as released by the Lesnian government on Sunday.",
        "This photo released by the Varnian army shows smoke over the port.",
    ],
)
def test_events_senses_real_cited_release_is_no_release(analyze, text):
    a = analyze(text, published="2025-09-10")
    assert not [e for e in a.events if e.trigger == "released"]


def test_events_senses_real_release_of_prisoners_stays(analyze):
    a = analyze("The Varnian army released 20 prisoners on Sunday.", published="2025-09-10")
    assert by_trigger(a, "released").type == "RETREAT"


def test_events_senses_real_strike_with_its_target_in_a_participle(analyze):
    """ "launched a strike targeting X": the participle names the target, so the strike is an
    armed attack (a bare "strike" may be a walk-out)."""
    a = analyze("Varnia launched a strike targeting the rebel leadership in Kolvo on Tuesday.", published="2025-09-10")
    assert by_trigger(a, "strike").type == "ASSAULT"


def test_events_senses_real_news_conference_is_no_consultation(analyze):
    a = analyze("A Varnian military spokesperson told a news conference that five jets were lost.", published="2025-09-10")
    assert not [e for e in a.events if e.type == "CONSULT"]


def test_events_senses_real_conference_between_leaders_stays(analyze):
    a = analyze("Leaders of Varnia and Lesnia held a conference in Kolvo on Monday.", published="2025-09-10")
    assert by_trigger(a, "conference").type == "CONSULT"


def test_events_senses_real_committed_aggression_is_no_agreement(analyze):
    """ "the aggression they committed": perpetrated, not PLOVER's AGREE ("committed to talks")."""
    a = analyze("The aggression they committed has been answered many times over, the minister said.", published="2025-09-10")
    assert not [e for e in a.events if e.type == "AGREE"]


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
