"""PLOVER categories and modes the codebook's own definitions give (issue 18), in data files:
aid handed over is AID, letting observers in is RETREAT/access, withdrawing one's inspectors
or diplomats is SANCTION/withdraw (and a threat to do so threatens relations), a threat to
deliver blows threatens violence, "sexually abused" is ASSAULT/sexual, drones have their own
mode, joint exercises are COOPERATE, signing a treaty is SUPPORT, contributing troops is AID; a phrasal verb's particle may follow its object. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _top(nlp, text: str):
    """The sentence's main event, as ``eval plover`` picks it."""
    from counterpoint.nlp.events import top_event
    from counterpoint.nlp.pipeline import make_doc
    from counterpoint.records import Document

    doc = nlp(make_doc(nlp, Document(id="t", source="<test>", outlet="test", text=text)))
    return top_event(doc._.cp_events or [], doc)


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Nordish doctors handed over 300 kg of medicine to the Red Crescent in Lesnograd.", "AID", None),
        ("The prime minister received a mission of observers from the regional body.", "RETREAT", "access"),
        ("Nordland withdrew its ambassador from Sudland on Friday.", "SANCTION", "withdraw"),
        ("Nordland withdrew its troops from the border town.", "RETREAT", "withdraw"),
        (
            "The envoy announced on Monday that he will withdraw the weapons inspectors from Sudland.",
            "THREATEN",
            "relations",
        ),
        ("The militia has threatened to deliver devastating blows to Nordland.", "THREATEN", "violence"),
        ("Border guards sexually abused migrants at the camp.", "ASSAULT", "sexual"),
        ("A drone struck a convoy near the border, killing four fighters.", "ASSAULT", "drone"),
        ("Nordish drone strikes killed three fighters in the valley.", "ASSAULT", "drone"),
        ("Nordland and Sudland held joint military exercises near the border.", "COOPERATE", None),
        ("Nordland's navy held drills in the gulf.", "MOBILIZE", "troops"),
        # codebook words the lexicon lacked: acquittals and regret concede, a search seizes
        ("The court acquitted the opposition leader on Tuesday.", "CONCEDE", None),
        ("The minister regretted the deaths of the protesters.", "CONCEDE", None),
        ("Police searched the offices of the newspaper in Lesnograd.", "COERCE", "seize"),
        ("Fighters detonated a bomb near the market in Lesnograd.", "ASSAULT", "explosives"),
        ("Soldiers raped two women in the village.", "ASSAULT", "sexual"),
        # signing a treaty is SUPPORT; a promise to sign is AGREE
        ("Nordland and Sudland signed a treaty of friendship on Monday.", "SUPPORT", None),
        ("Nordland and Sudland will sign a treaty of friendship next week.", "AGREE", None),
        # contributing troops to a force is AID (with the copula's subject as actor, below)
        ("Nordland is ready to contribute 4,000 troops to a peacekeeping force in Sudland.", "AID", None),
        # "help" governing an act is not itself the act; mobilising lobby groups is no military move
        (
            "Nordland has mobilized pressure groups abroad to help support the rights of refugees.",
            "SUPPORT",
            None,
        ),
        ("Nordland helped Sudland rebuild the bridge.", "AID", None),
        ("Nordland mobilized 5,000 troops near the border.", "MOBILIZE", "troops"),
        # a phrasal verb's particle after the object still makes the phrasal verb
        ("Nordland forced the refugee agency out of the country.", "SANCTION", "expel"),
    ],
)
def test_events_plover_codebook_category_and_mode(nlp, text, category, mode):
    ev = _top(nlp, text)
    assert ev is not None and (ev.type, ev.mode) == (category, mode)


@pytest.mark.parametrize(
    "text",
    [
        "The police pulled the protesters out of the square.",  # not a withdrawal of one's forces
        "Rescuers searched for survivors in the rubble.",  # looking for, not a police search
        "A gas main exploded under the street.",  # no object: no attack
        "The figures come from a press release by the Nordish ministry.",  # a document, not a release
    ],
)
def test_events_plover_codebook_not_an_act(nlp, text):
    ev = _top(nlp, text)
    assert ev is None or ev.type not in ("RETREAT", "COERCE", "ASSAULT")


def test_events_plover_codebook_ready_to_act_has_the_copula_subject(nlp):
    ev = _top(nlp, "Nordland is ready to contribute 4,000 troops to a peacekeeping force in Sudland.")
    assert ev is not None and "Nordland" in ev.actor_text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Nordland says it will not accept any more refugees.", "Nordland"),
        ("The rebel leaders said on Wednesday they would meet the envoy.", "The rebel leaders"),
        ("Nordland announced that it will withdraw its peacekeeping force from Sudland.", "Nordland"),
    ],
)
def test_events_plover_codebook_reported_pronoun_is_the_reporter(nlp, text, actor):
    ev = _top(nlp, text)
    assert ev is not None and actor in ev.actor_text


@pytest.mark.parametrize(
    "text",
    [
        "Nordland's parties said it would boycott the vote.",  # "it" is not the plural parties
        "The ministry said he would resign next week.",  # "he" is not an organisation
    ],
)
def test_events_plover_codebook_reported_pronoun_needs_agreement(nlp, text):
    ev = _top(nlp, text)
    assert ev is None or not ev.actor_text


def _recipient_ids_and_text(nlp, text: str) -> tuple[list[str], list[str]]:
    ev = _top(nlp, text)
    assert ev is not None
    return ev.recipient, ev.recipient_text


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a threat is aimed at the party its "unless" condition asks to act
        (
            "Nordish villagers threatened today to hold a general strike unless Sudland rescinded its decree.",
            "Sudland",
        ),
        # condemning a party's decision is aimed at the party
        ("Nordland condemned Sudland's decision to close the border.", "Sudland"),
    ],
)
def test_events_plover_codebook_recipient(nlp, text, recipient):
    ids, texts = _recipient_ids_and_text(nlp, text)
    assert ids and recipient in texts


def test_events_plover_codebook_people_object_keeps_its_owner_out(nlp):
    _ids, texts = _recipient_ids_and_text(nlp, "Nordland criticised the Sudland president's advisers.")
    assert "Sudland" not in texts


@pytest.mark.parametrize(
    ("text", "category", "recipient"),
    [
        ("A Nordish national has been put under investigation in Sudland, the agency reported.", "ACCUSE",
         "A Nordish national"),
        ("The opposition leader was placed under house arrest on Monday.", "COERCE", "The opposition leader"),
    ],
)  # fmt: skip
def test_events_plover_codebook_under_names_the_patient(nlp, text, category, recipient):
    ev = _top(nlp, text)
    assert ev is not None and ev.type == category and recipient in ev.recipient_text


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under attack near the border.",  # an ASSAULT needs an attacker
        "The plan is under discussion.",
    ],
)
def test_events_plover_codebook_under_without_doer_is_no_event(nlp, text):
    assert _top(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Nordland mobilized army reservists on Tuesday.", "troops"),
        ("Nordish soldiers patrolled the streets of Lesnograd.", "troops"),
        ("The governor ordered patrols by police after the riots.", "police"),
        ("Nordish troops remained on alert near the border.", "troops"),
        ("The rebels mobilized hundreds of fighters near the border.", "militia"),
        # the codebook: vehicles or weapons are "weapons" unless troops are mobilised with them
        ("The army deployed armoured vehicles in Lesnograd.", "weapons"),
        ("Nordland deployed troops and tanks along the border.", "troops"),
    ],
)
def test_events_plover_codebook_mobilize_mode_from_the_mobilised(nlp, text, mode):
    """MOBILIZE's mode is who or what is mobilised (data: plover_lexicon.json mobilized_forces)."""
    ev = _top(nlp, text)
    assert ev is not None and (ev.type, ev.mode) == ("MOBILIZE", mode), ev


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Nordland stopped military aid to Sudland on Monday.", "SANCTION", "discontinue"),
        ("Nordland cut economic assistance to Sudland.", "SANCTION", "discontinue"),
        ("Nordland recalled its ambassador from Sudland.", "SANCTION", "withdraw"),
        ("The junta allowed UN observers into the country.", "RETREAT", "access"),
        ("Rebels violated the ceasefire on Sunday.", "ASSAULT", None),
    ],
)
def test_events_plover_codebook_verb_object_classes(nlp, text, category, mode):
    """One rule per codebook definition (verb_object_classes), not one entry per word seen."""
    ev = _top(nlp, text)
    assert ev is not None and (ev.type, ev.mode) == (category, mode), ev


def test_event_lexicon_explicit_verb_object_wins_over_a_class():
    from counterpoint.nlp.event_lexicon import lexicon

    vo = lexicon()["verb_object"]
    assert vo["withdraw"]["aid"] == ["SANCTION", "withdraw"]
    assert vo["allow"]["observers"] == ["RETREAT", "access"]
    assert "work" in vo["stop"] and vo["stop"]["work"] == ["PROTEST", "strike"]
