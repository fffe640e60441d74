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


# Fractions and mixed numbers in words, parts of a whole (issue 18, item 7).
FRACTIONS = [
    ("The flight lasted six and a half hours before landing.", 6.5, "hours", None, None),
    ("He spent two and a half years in prison.", 2.5, "years", None, None),
    ("The march drew one and a half million people.", 1_500_000, "people", None, None),
    ("Officials said a quarter of the budget was lost.", 0.25, "budget", None, 1),
    ("Two thirds of voters backed the plan.", 0.666667, "voters", None, 1),
    ("A third of the 300 passengers were children.", 100, "passengers", None, 300),
    ("About two-thirds of the 90 members voted.", 60, "members", "about", 90),
    ("The trip took half an hour.", 0.5, "hour", None, None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier", "whole"), FRACTIONS)
def test_quantities_fractions_in_words(analyze, text, value, unit, qualifier, whole):
    qs = analyze(text).quantities
    assert [(q.value, q.unit, q.qualifier, q.whole) for q in qs] == [(value, unit, qualifier, whole)]
    assert text[qs[0].span[0] : qs[0].span[1]] == qs[0].text


PART_OF_WHOLE = [
    ("241 of the 242 people on board were killed.", 241, 242, "people", None),
    ("Three out of 10 voters stayed home.", 3, 10, "voters", None),
    ("Guards freed one of the 12 hostages.", 1, 12, "hostages", None),
    ("At least 40 of the 50 soldiers were wounded.", 40, 50, "soldiers", "at least"),
]


@pytest.mark.parametrize(("text", "part", "whole", "unit", "qualifier"), PART_OF_WHOLE)
def test_quantities_part_and_whole(analyze, text, part, whole, unit, qualifier):
    qs = analyze(text).quantities
    assert [(q.value, q.whole, q.unit, q.qualifier) for q in qs] == [(part, whole, unit, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia Today21-06-2025 Ukrainian drones hit the depot.",
        "Posted 21-06-2025 Ukrainian drones hit the depot.",
        "Posted 2025-06-21, drones hit the depot.",
        "It was the third day of talks.",
    ],
)
def test_quantities_no_number_from_a_numeric_date(analyze, text):
    assert [q.text for q in analyze(text).quantities] == []


def test_quantities_whole_in_contract_export():
    from counterpoint.export.contract import _quantity
    from counterpoint.records import Quantity

    q = Quantity(doc="d", value=241, unit="people", approximate=False, text="241 of the 242 people",
                 span=(0, 21), whole=242)
    assert _quantity(q)["whole"] == 242


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the people counted by their state, with no noun ("730 injured")
        ("Officials said 730 injured were taken to hospital.", 730, "injured"),
        ("Another 3,400 were injured in the city.", 3400, "injured"),
        ("In the old town 300 remained missing.", 300, "missing"),
        ("The 10 killed were all farmers.", 10, "killed"),
        # a unit and a half
        ("They talked for an hour and a half.", 1.5, "hour"),
        ("He served two years and a half in jail.", 2.5, "years"),
        # durations written as compounds
        ("After a three-hour meeting they left.", 3, "hour"),
        ("The rebels announced a two-week pause.", 2, "week"),
        # small counts in words of things outlets report and contradict
        ("The army said it struck nine sites overnight.", 9, "sites"),
        ("Pakistan said it shot down two Indian warplanes.", 2, "warplanes"),
        ("Troops destroyed five posts along the border.", 5, "posts"),
    ],
)
def test_quantities_real_coverage_shapes(analyze, text, value, unit):
    qs = analyze(text).quantities
    assert [(q.value, q.unit) for q in qs] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    ["The plan rests on two pillars.", "He gave three reasons for the delay.", "The two rivals met again."],
)
def test_quantities_small_counts_in_turns_of_phrase(analyze, text):
    assert [q.text for q in analyze(text).quantities] == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        # a number whose noun the sentence gave before it
        ("Zembla said it downed five jets, and sources in Borduria confirmed at least three.", 3, "jets", "at least"),
        ("The death toll from the quake has risen to more than 3,300, officials said.", 3300, "deaths", "more than"),
        # "one" is a figure when the text stresses it
        ("Officials said only one pilot was held.", 1, "pilot", None),
        ("More than two dozen lenders failed.", 24, "lenders", "more than"),
    ],
)
def test_quantities_elided_noun_and_stressed_one(analyze, text, value, unit, qualifier):
    qs = [q for q in analyze(text).quantities if q.value == value]
    assert [(q.value, q.unit, q.qualifier) for q in qs] == [(value, unit, qualifier)]


def test_quantities_bare_digits_take_no_noun_from_the_sentence(analyze):
    qs = analyze("The index lost 340 points and closed at 8,579.19 on Friday.").quantities
    assert [(q.value, q.unit) for q in qs] == [(340, "points")]
