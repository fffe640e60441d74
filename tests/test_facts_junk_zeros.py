"""A "no" that denies nothing countable is not a count of zero.

"No further details were released", "had no choice", "without any damage", "no comment", "no
evidence", "no one knows", a question or a condition: a zero from any of them would stand
against another outlet's real number as a false "cannot both be true". Real denials of counted
things ("no aircraft was lost", "no casualties", "none of its jets") keep their zero. Texts are
invented; Nordmark and Ostravia are fictional states.
"""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document

LEAD = "Ostravia said its air force shot down two Nordmark jets and killed three soldiers on Tuesday. "


def zero_units(text: str) -> list[str]:
    """The counted things the text's events carry a zero of."""
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-06-13")))
    seen = {q.span: q for e in doc._.cp_events or [] for q in e.counts or [] if q.value == 0 and q.qualifier == "none"}
    return [q.unit for q in seen.values()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordmark said three suspects were detained, though no further details were released.",  # reporting noun
        "Nordmark said its pilots had no choice but to return to base.",  # idiom
        "Nordmark said the drones were stopped without any damage to the base.",  # mass noun
        "A Nordmark spokesman said there was no comment on the jets that were lost.",  # no comment
        "Nordmark said there was no evidence that any soldiers were killed by its jets.",  # abstract noun
        "Nordmark said there was no immediate information on planes shot down.",  # abstract noun
        "Nordmark said there were no signs that soldiers were killed.",  # plural abstract noun
        "Nordmark said no one knows how many soldiers were killed.",  # no one
        "Reporters asked whether no jets were lost in the raid.",  # a question put as a condition
        "Were no jets lost in the raid?",  # a question
        "If no jets were lost, Nordmark would have said so.",  # a condition
    ],
)
def test_facts_junk_zeros_not_a_count(sentence):
    assert zero_units(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Nordmark said no aircraft was lost in the raid.", "aircraft"),
        ("Nordmark said no IAF fighter was shot down.", "fighter"),
        ("Nordmark said there were no casualties among its soldiers.", "casualties"),
        ("Nordmark said none of its jets were destroyed.", "jets"),
        ("Nordmark said no military facilities were targeted.", "facilities"),
        ("Nordmark said no injuries were reported among its troops.", "injuries"),
        ("Nordmark said the drones were stopped without any damage or casualties.", "casualties"),
    ],
)
def test_facts_junk_zeros_real_denials_kept(sentence, unit):
    assert zero_units(LEAD + sentence) == [unit]
