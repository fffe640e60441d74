"""A PLOVER category needs the verb sense and the arguments to fit (issue 18): sentences
written for these tests, each a failure seen while tuning on the dev half of the PLOVER
records or on the seeds."""

from __future__ import annotations

import pytest


def _top_types(a) -> list[str | None]:
    return [e.type for e in a.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three villagers have been killed in a car bombing near Lesnograd.", "ASSAULT"),
        ("Nordland accepted the proposal for ending the fishing dispute.", "AGREE"),
        ("Nordland will not accept any more refugees.", "REJECT"),
        ("The Council may halt its mediation between the two republics.", "THREATEN"),
        ("The rebels vowed to fight until they control the valley.", "THREATEN"),
        ("Nordland is pushing hard for a ceasefire in the valley.", "REQUEST"),
        ("Some 5,000 dock workers began an open-ended strike on Monday.", "PROTEST"),
        ("The agency dispatched inspectors to the plant in Lesnograd.", "ACCUSE"),
        ("Nordland lifted a state of emergency in the border province.", "CONCEDE"),
        ("Hackers defaced 300 Nordish government web sites.", "COERCE"),
    ],
)
def test_events_plover_fit_category(analyze, text, expected):
    assert expected in _top_types(analyze(text, published="2025-06-23"))


@pytest.mark.parametrize(
    "text",
    [
        "Few outsiders accept the minister's efforts to sell himself as a peace broker.",
        "Many observers accept that the vote was rigged.",
        "The narrative that new prisoners are being arrested is promoted abroad.",
    ],
)
def test_events_plover_fit_no_event(analyze, text):
    assert _top_types(analyze(text, published="2025-06-23")) == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Nordish helicopter gunships killed 46 villagers near Lesnograd.", "aerial"),
        ("Nordish tanks attacked positions near the river.", "heavy-weapons"),
        ("The militia attacked the farmers with machetes.", "primitive"),
    ],
)
def test_events_plover_fit_assault_mode_from_weapon(analyze, text, mode):
    ev = next(e for e in analyze(text).events if e.type == "ASSAULT")
    assert ev.mode == mode


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Nordland would halt all talks with Poland.", "relations"),
        ("The rebels vowed to attack the capital.", "violence"),
    ],
)
def test_events_plover_fit_threat_mode_from_threatened_act(analyze, text, mode):
    ev = next(e for e in analyze(text).events if e.type == "THREATEN")
    assert ev.mode == mode


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Nordland demanded that Poland cancel the sale of the jets.", "Poland"),
        ("Nordland offered to hand over the two suspects to Poland.", "Poland"),
    ],
)
def test_events_plover_fit_recipient_inside_complement(analyze, text, recipient):
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    ev = a.events[0]
    assert recipient in [names[r] for r in ev.recipient]


@pytest.mark.parametrize(
    ("text", "typ", "mode"),
    [
        ("Nordland threatened to launch a new offensive against Poland.", "THREATEN", "violence"),
        ("The minister telephoned his Polish counterpart on Tuesday.", "CONSULT", "phone"),
        ("The president hosted the Polish prime minister in Lesnograd.", "CONSULT", "host"),
        ("A roadside bombing near Lesnograd killed two soldiers.", "ASSAULT", "explosives"),
        ("Three villagers were killed in a suicide car bombing in Lesnograd.", "ASSAULT", "suicide-attack"),
    ],
)
def test_events_plover_fit_modes(analyze, text, typ, mode):
    assert any(e.type == typ and e.mode == mode for e in analyze(text).events)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The government accepted demands from the rebels on Thursday.", "the rebels"),
        ("Nordland rejected a fresh offer from Poland for direct talks.", "Poland"),
        ("The forum agreed to set up a research centre in Lesnograd.", "Lesnograd"),
    ],
)
def test_events_plover_fit_party_behind_the_object(analyze, text, phrase):
    ev = analyze(text).events[0]
    assert phrase in ev.recipient_text and not any("Thursday" in t for t in ev.recipient_text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels have sworn to fight until they control the valley.", "THREATEN"),
        ("Nordland and Poland failed to reach agreement on the border on Sunday.", "REJECT"),
        ("The agency will provide 25,000 tons of food aid to Lesnograd.", "AGREE"),
        ("The rebels announced they will return weapons seized from the peacekeepers.", "AGREE"),
        ("Some 5,000 dock workers stopped work on Monday.", "PROTEST"),
        ("The envoy undertook a mediation mission between Nordland and Poland.", "CONSULT"),
    ],
)
def test_events_plover_fit_more_senses(analyze, text, expected):
    assert expected in _top_types(analyze(text, published="2025-06-23"))


def test_events_plover_fit_talks_between_after_meeting_is_a_back_reference(analyze):
    a = analyze("Ivan Petrov met Anna Kowalska in Lesnograd. The agenda of talks between Petrov and Kowalska was long.")
    assert [e.trigger for e in a.events if e.type == "CONSULT"] == ["met"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nordland will withdraw its force from Poland unless the rebels agree to a ceasefire.", "THREATEN"),
        ("Nordish troops remained on alert near the border.", "MOBILIZE"),
    ],
)
def test_events_plover_fit_conditional_threat_and_states(analyze, text, expected):
    assert expected in _top_types(analyze(text, published="2025-06-23"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nordland supplied Poland with 40 tanks.", "AID"),
        ("Police evicted 300 families from the camp in Lesnograd.", "COERCE"),
        ("A man stabbed two Nordish diplomats in Lesnograd.", "ASSAULT"),
        ("The minister reprimanded the Polish ambassador.", "ACCUSE"),
    ],
)
def test_events_plover_fit_codebook_verbs(analyze, text, expected):
    assert expected in _top_types(analyze(text, published="2025-06-23"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A militant camp near Lesnograd was destroyed, and many fighters were eliminated.", ["ASSAULT"]),
        ("New political prisoners are being arrested in Lesnograd, the narrative says.", []),
    ],
)
def test_events_plover_fit_agentless_attack_on_a_target(analyze, text, expected):
    assert sorted(set(_top_types(analyze(text, published="2025-06-23")))) == expected
