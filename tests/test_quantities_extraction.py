"""cp_quantities: counted amounts with their unit, hedges and ranges; dates and names are not."""

from __future__ import annotations

import pytest

POSITIVE = [
    ("Officials said 66 prisoners were freed.", 66, "prisoners", False, None, None),
    ("A brigade of up to 5,000 troops moved north.", 5000, "troops", True, None, "up to"),
    ("Visitors are citizens of 90 countries.", 90, "countries", False, None, None),
    ("It ended five years of isolation.", 5, "years", False, None, None),
    ("Police detained fourteen journalists.", 14, "journalists", False, None, None),
    ("Dozens of people gathered outside.", 24, "people", True, None, "dozens"),
    ("Hundreds of soldiers crossed the river.", 200, "soldiers", True, None, "hundreds"),
    ("Between 3,000 and 5,000 protesters marched.", 3000, "protesters", True, 5000, "between"),
    ("Some 3,000 to 5,000 refugees arrived.", 3000, "refugees", True, 5000, "some"),
    ("More than 200 people were injured.", 200, "people", True, None, "more than"),
    ("About 300 officers were deployed.", 300, "officers", True, None, "about"),
    ("Nearly 40 percent of voters stayed home.", 40, "percent", True, None, "nearly"),
    ("Turnout fell by 12% this year.", 12, "percent", False, None, None),
    ("At least 12 people died in the blast.", 12, "people", True, None, "at least"),
    ("The fund pledged $5 million to the city.", 5_000_000, "dollars", False, None, None),
    ("Tens of thousands of people marched.", 20000, "people", True, None, "tens of thousands"),
]


@pytest.mark.parametrize(("text", "value", "unit", "approx", "vmax", "qualifier"), POSITIVE)
def test_quantity_found(analyze, text, value, unit, approx, vmax, qualifier):
    qs = analyze(text).quantities
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert (q.value, q.unit, q.approximate, q.value_max, q.qualifier) == (
        value,
        unit,
        approx,
        vmax,
        qualifier,
    )
    assert text[q.span[0] : q.span[1]] == q.text


NEGATIVE = [
    "The 42nd brigade arrived on time.",
    "It was the second time the envoy came.",
    "The crisis of 2020 changed everything.",
    "Sanctions were in place in 2020–2022.",
    "On June 21 the envoy landed.",
    "On 20 June the envoy landed.",
    "From September 25 to 29 the army trained.",
    "The meeting began at 10:30 a.m. sharp.",
    "Belarus Notes #12 is out.",
    "8 min read",
    "It was the largest battle since World War II.",
    "A Boeing 747 landed in Minsk.",
    "One EU diplomat disagreed.",
    "The plan rests on two pillars.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_quantity(analyze, text):
    assert [q.text for q in analyze(text).quantities] == []


def test_several_quantities_in_order(analyze):
    qs = analyze("Police arrested 40 students and 12 teachers.").quantities
    assert [(q.value, q.unit) for q in qs] == [(40, "students"), (12, "teachers")]
