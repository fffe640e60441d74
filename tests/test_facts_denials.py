"""Denials carry a count of zero of the thing counted, credited to whoever denies.

"Nordmark denies that any F-35 was shot down", "Nordmark denied losing any aircraft", "none of
its jets were destroyed", "found none missing", "the planes were not destroyed": each is the
denier's zero against a claimed count, so a claim and its denial can be compared. Texts are
invented; Nordmark and Ostravia are fictional states.
"""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document, Quantity

CLAIM = "Ostravia said its air force shot down two Nordmark jets on Tuesday. "


def zeros(text: str) -> list[tuple[Quantity, str | None]]:
    """The counts of zero the events of ``text`` carry, with the name of who says so."""
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-06-13")))
    names = {a.id: a.name for a in doc._.cp_actors or []}
    seen = {q.span: q for e in doc._.cp_events or [] for q in e.counts or [] if q.value == 0}
    return [(q, names.get(q.attributed_to or "")) for q in seen.values()]


@pytest.mark.parametrize(
    ("sentence", "unit", "family"),
    [
        ("Nordmark denies that any F-35 was shot down.", "F-35", "downed"),
        ("Nordmark denied losing any aircraft.", "aircraft", "downed"),
        ("Nordmark denied having lost any jets.", "jets", "downed"),
        ("Nordmark said none of its jets were destroyed.", "jets", "downed"),
        ("Nordmark insisted that the planes, although damaged, were not destroyed.", "planes", "downed"),
    ],
)
def test_facts_denials_zero_credited_to_the_denier(sentence, unit, family):
    found = zeros(CLAIM + sentence)
    assert [(q.unit, q.predicate, q.qualifier, who) for q, who in found] == [(unit, family, "none", "Nordmark")]


def test_facts_denials_none_takes_the_noun_it_stands_for():
    found = zeros(CLAIM + "Ostravian inspectors counted Nordmark's F-16s and found none missing.")
    assert [(q.unit, q.predicate, q.text) for q, _ in found] == [("F-16s", "missing", "none")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordmark said the strike would not destroy any jets.",  # a prediction
        "Nordmark said none of this was planned.",  # nothing counted
        "Nordmark said two jets were not destroyed.",  # a number: a count of its own, not a zero
        "Nordmark said jets were not destroyed in the raid.",  # no definite noun: no count at all
        "Nordmark has not confirmed that any jets were lost.",  # not confirming is not denying
    ],
)
def test_facts_denials_not_a_zero(sentence):
    assert zeros(CLAIM + sentence) == []
