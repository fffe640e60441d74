"""A sentence that opens with a participle before the speaker (issue 18): "Echoing Lammy,
Prime Minister Keir Starmer said: ..." is Starmer's quote, "Echoing" is no part of a name,
and the phrase before the comma is no label of the speaker. Texts written for this test."""

from __future__ import annotations

import pytest


def _name(a, actor_id):
    return next((x.name for x in a.actors if x.id == actor_id), None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Foreign Secretary Dana Lomax urged restraint. Echoing Lomax, Prime Minister Keir Halvard said: "
         "“We urge all parties to step back.”", "Keir Halvard"),
        ("Foreign Minister Ana Ruiz spoke first. Echoing Ruiz, President Tomas Berg said: “We will rebuild.”",
         "Tomas Berg"),
        ("Citing the governor, Mayor Lena Osei said: “The bridge stays closed until Monday.”", "Lena Osei"),
    ],
)
def test_nlp_quotes_speaker_after_an_opening_participle(analyze, text, speaker):
    a = analyze(text, published="2025-06-13")
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert direct and _name(a, direct[-1].speaker) == speaker


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Echoing Lomax, Prime Minister Keir Halvard said the talks would resume.", "Echoing"),
        ("Quoting Ruiz, President Tomas Berg told reporters the border would reopen.", "Quoting"),
    ],
)
def test_nlp_actors_opening_participle_is_no_part_of_a_name(analyze, text, opener):
    a = analyze(text, published="2025-06-13")
    assert a.actors and not [x.name for x in a.actors if x.name.startswith(opener)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Echoing the minister, President Ana Ruiz said the talks must continue.", "the minister"),
        ("According to the spokesman, General Omar Dane ordered the retreat.", "the spokesman"),
        ("Like the governor, Senator Mia Holt voted against the plan.", "the governor"),
    ],
)
def test_nlp_labels_phrase_governed_before_a_comma_is_no_label(analyze, text, wrong):
    a = analyze(text, published="2025-06-13")
    assert wrong not in [lab.label for lab in a.labels]


def test_nlp_labels_apposition_before_a_name_still_labels(analyze):
    a = analyze("The country's President, Alexander Varga, said the talks must continue.", published="2025-06-13")
    assert ("Alexander Varga", "The country's President") in [(_name(a, lab.actor), lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In a video statement, Prime Minister Ana Ruiz described the raids — dubbed "Operation Heron" — as '
         '"a measured response to the shelling."', "Ana Ruiz"),
        ('Defence Minister Tomas Berg called the drill, code-named "Iron Gate", "a routine exercise."', "Tomas Berg"),
        ('President Lena Osei described the talks as "frank and useful."', "Lena Osei"),
    ],
)
def test_nlp_quotes_characterising_verb_across_a_quoted_name(analyze, text, speaker):
    """ "described X — dubbed '...' — as '...'": the name quoted on the way does not take the
    verb away from the quote its "as" phrase carries."""
    a = analyze(text, published="2025-06-13")
    last = max((q for q in a.quotes if q.kind != "scare"), key=lambda q: q.span[0])
    assert _name(a, last.speaker) == speaker
