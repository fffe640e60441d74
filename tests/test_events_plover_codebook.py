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
        # contributing troops to a force is AID; being ready to is willingness, AGREE (actor below)
        ("Nordland contributed 4,000 troops to a peacekeeping force in Sudland.", "AID", None),
        ("Nordland is ready to contribute 4,000 troops to a peacekeeping force in Sudland.", "AGREE", None),
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
        # willingness or commitment to an act is AGREE; to a hostile act, a threat
        ("The rebels expressed their willingness to negotiate with the government.", "AGREE", None),
        ("Nordland expressed its readiness to provide humanitarian aid to Sudland.", "AGREE", None),
        ("The rebels are willing to negotiate with the government.", "AGREE", None),
        ("The militia is ready to attack the capital.", "THREATEN", "violence"),
        # a ceasefire observed is RETREAT/ceasefire, one reached AGREE; a truce is a ceasefire
        ("The two sides observed a truce along the border.", "RETREAT", "ceasefire"),
        ("The two sides reached a truce on Monday.", "AGREE", None),
        # a state of emergency or martial law imposed is COERCE, unless it answers a disaster
        ("The army declared martial law in the capital on Monday.", "COERCE", "martial-law"),
        ("The government imposed a state of emergency after weeks of protests.", "COERCE", "martial-law"),
        # using force, weapons or people as shields is ASSAULT
        ("Nordish forces used force against the protesters.", "ASSAULT", None),
        ("Fighters used civilians as human shields.", "ASSAULT", None),
        # expelling individuals is COERCE/deport; an ambassador stays SANCTION/expel
        ("The government expelled two foreign journalists.", "COERCE", "deport"),
        ("Nordland expelled the Sudish ambassador.", "SANCTION", "expel"),
        # finding guilty convicts; cutting off power withholds a public good
        ("The court found the former minister guilty of corruption.", "SANCTION", "convict"),
        ("The government cut off electricity to the rebel region.", "COERCE", "withhold"),
        ("Nordland cut off aid to Sudland.", "SANCTION", "discontinue"),
        # "engage in X" is X, done by the subject
        ("The rebels engaged in negotiations with the government.", "CONSULT", None),
        # forces sent without a named sender; raising the alert of one's forces
        ("Troops were sent to the border.", "MOBILIZE", "troops"),
        ("Police were deployed in the capital.", "MOBILIZE", "police"),
        ("Nordland increased the readiness of its troops.", "MOBILIZE", "troops"),
        ("Nordland provided protection to the convoy.", "AID", None),
        # pardons are CONCEDE; an invitation to a visit AGREE; stepping down resigns
        ("The president pardoned 200 political prisoners.", "CONCEDE", None),
        ("Nordland invited the Sudish president for a state visit.", "AGREE", None),
        ("The defence minister stepped down on Monday.", "RETREAT", "resign"),
        # forces dispatched, moved or called up are MOBILIZE; weapons given up RETREAT/disarm
        ("The navy dispatched two warships to the gulf.", "MOBILIZE", "weapons"),
        ("The army moved two battalions to the border.", "MOBILIZE", "troops"),
        ("Nordland called up 10,000 reservists.", "MOBILIZE", "troops"),
        ("Rebel fighters handed over 300 rifles to the peacekeepers on Monday.", "RETREAT", "disarm"),
        ("The rebels laid down their arms on Monday.", "RETREAT", "disarm"),
        ("Nordish and Sudish troops conducted joint patrols along the border.", "COOPERATE", None),
        # yielding to demands concedes; ruling out talks rejects; an exchange of prisoners releases
        ("The government bowed to the demands of the striking miners.", "CONCEDE", None),
        ("The government ruled out talks with the rebels.", "REJECT", None),
        ("The two sides exchanged prisoners on Saturday.", "RETREAT", "release"),
        ("The army evacuated its positions on the hill.", "RETREAT", "withdraw"),
        ("The IMF approved a 2 billion dollar loan to Sudland.", "AID", None),
        ("The UN airdropped food to the besieged town.", "AID", None),
        ("Nordland banned imports of Sudish wine.", "SANCTION", "discontinue"),
        ("The government closed down the opposition newspaper.", "COERCE", "censor"),
        ("Nordland tested a ballistic missile.", "MOBILIZE", "weapons"),
        # armed forces that arrive are a military move, peacekeepers aid; an envoy visits
        ("Nordish troops arrived in the border town on Monday.", "MOBILIZE", "troops"),
        ("The first UN peacekeepers arrived in Lesnograd on Tuesday.", "AID", None),
        ("The Sudish foreign minister arrived in Lesnograd for talks.", "CONSULT", "visit"),
        # ratifying is SUPPORT; withdrawing a bill concedes; equipment provided is aid
        ("Nordland ratified the treaty on Wednesday.", "SUPPORT", None),
        ("The government withdrew the controversial bill after the protests.", "CONCEDE", None),
        ("Nordland provided Sudland with military equipment.", "AID", None),
        ("Protesters occupied the parliament building.", "PROTEST", None),
        # an attack on websites or by hackers is COERCE/cyber
        ("Hackers attacked the ministry's website.", "COERCE", "cyber"),
        ("The group attacked the government's computer networks.", "COERCE", "cyber"),
        # a bombing names no aircraft: explosives unless the air is named
        ("A bombing killed twelve people at the market in Lesnograd.", "ASSAULT", "explosives"),
        ("An air bombing killed twelve people at the market in Lesnograd.", "ASSAULT", "aerial"),
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
        "The government declared a state of emergency after the floods.",
        "The province imposed a state of emergency over the cholera outbreak.",
        "Warships were sent to the gulf.",  # weapons alone, nobody named: no party
        "Six jets were deployed along the border.",
        "Eighty peacekeepers were shipped out of the enclave on Friday.",  # not relief goods
        "Nordland targeted Sudland's power network with missiles.",  # a grid, not a computer network
    ],
)
def test_events_plover_codebook_not_an_act(nlp, text):
    ev = _top(nlp, text)
    assert ev is None or ev.type not in ("RETREAT", "COERCE", "ASSAULT", "MOBILIZE")


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

