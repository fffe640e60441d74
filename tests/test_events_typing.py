"""cp_events: PLOVER category and mode of triggers on invented sentences."""

from __future__ import annotations

import pytest

CASES = [
    ("The foreign minister visited Paris and met with the French president.", "CONSULT", "visit", "visited"),
    ("The two presidents held a phone call with each other on Monday.", "CONSULT", "phone", "call"),
    ("Officials from both countries held talks with the mediators in Geneva.", "CONSULT", None, "talks"),
    ("The government released 30 prisoners on Tuesday.", "RETREAT", "release", "released"),
    ("The release of 14 prisoners by the authorities surprised observers.", "RETREAT", "release", "release"),
    ("The European Union imposed new sanctions on Iran.", "SANCTION", "discontinue", "imposed"),
    ("Thousands of students joined protests in the capital.", "PROTEST", "demo", "protests"),
    ("Russia deployed troops along the border.", "MOBILIZE", "troops", "deployed"),
    ("The army conducted manoeuvres near the border.", "MOBILIZE", "troops", "manoeuvres"),
    ("The government refused to recognise the election result.", "REJECT", None, "refused"),
    ("The minister accused the opposition of fraud.", "ACCUSE", "allege", "accused"),
    ("Police arrested the opposition leader in Minsk.", "COERCE", "arrest", "arrested"),
    ("The police launched a crackdown on journalists.", "COERCE", "restrict", "crackdown"),
    ("Rebels attacked the village at dawn.", "ASSAULT", None, "attacked"),
    ("Germany provided Poland with intelligence about the drones.", "COOPERATE", None, "provided"),
    ("Japan donated medical supplies to Ukraine.", "AID", None, "donated"),
    # the codebook: SUPPORT covers "ratify, sign, or finalize an agreement or treaty" (a promise to sign is AGREE)
    ("The two sides signed an agreement on trade.", "SUPPORT", None, "signed"),
    ("The rebels threatened the capital with new attacks.", "THREATEN", None, "threatened"),
    ("The opposition urged the government to hold new elections.", "REQUEST", None, "urged"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "trigger"), CASES)
def test_event_type_and_mode(analyze, text, etype, mode, trigger):
    events = analyze(text).events
    hit = [e for e in events if e.trigger == trigger]
    assert hit, [(e.type, e.trigger) for e in events]
    assert (hit[0].type, hit[0].mode) == (etype, mode)


@pytest.mark.parametrize(
    "text",
    ["The minister said the economy was growing.", "The weather was cold in the capital."],
)
def test_plain_statements_are_not_events(analyze, text):
    """Not PLOVER events. Since issue 18 a saying with a speaker is a "statement" event
    with no PLOVER category (tests/test_nlp_events_statements.py); nothing more."""
    assert all(e.type is None and e.kind == "statement" for e in analyze(text).events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia said that Sudan must release the detained pilots.", "REQUEST"),
        ("Syria says it will not accept the new proposal.", "REJECT"),
        ("Finland will give Tanzania a large grant next year.", "AGREE"),
        ("The farmers said they would blockade the capital.", "THREATEN"),
        ("Serbia lodged an official protest with Albania on Monday.", "ACCUSE"),
    ],
)
def test_codebook_intent_rules(analyze, text, etype):
    """PLOVER codes demands, refusals and stated future acts by intent (top event of the sentence)."""
    from counterpoint.nlp.events import top_event
    from counterpoint.nlp.pipeline import get_nlp

    a = analyze(text)
    doc = get_nlp()(text)
    top = top_event(a.events, doc)
    assert top is not None and top.type == etype, [(e.type, e.trigger) for e in a.events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The ministry sent a letter about the military exercises.", "exercises"),
        ("Any tourist who has visited Minsk knows the city.", "visited"),
        ("People previously considered imprisoned now speak freely.", "imprisoned"),
    ],
)
def test_topics_generics_and_states_are_not_events(analyze, text, absent):
    assert absent not in [e.trigger for e in analyze(text).events]
