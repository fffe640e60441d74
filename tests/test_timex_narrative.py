"""Narrative-relative dates: "two days later" counts from the date the story last gave,
not from the publication date; with no earlier date the value stays unknown."""

from __future__ import annotations

import pytest

from counterpoint.nlp.timex_calendar import narrative_shift, ref_precision_ok
from counterpoint.nlp.timex_rules import normalize
from counterpoint.records import DateValue

PUB = "2026-03-06"
START = "On 2 March the envoy arrived in the capital. "


def _date(analysis, text):
    hits = [d for d in analysis.dates if d.text == text]
    assert hits, f"{text!r} not found in {[d.text for d in analysis.dates]}"
    return hits[0]


@pytest.mark.parametrize(
    "sentence,expr,value,precision,kind",
    [
        (
            "Two days later, the government released nine detainees.",
            "Two days later",
            "2026-03-04",
            "day",
            "date",
        ),
        ("The next day the government released nine detainees.", "The next day", "2026-03-03", "day", "date"),
        ("The following day the talks resumed.", "The following day", "2026-03-03", "day", "date"),
        ("The very next day the talks resumed.", "The very next day", "2026-03-03", "day", "date"),
        ("The day before, police had cleared the square.", "The day before", "2026-03-01", "day", "date"),
        ("A week later the envoy left.", "A week later", "2026-03-09", "day", "date"),
        ("Three days earlier, protesters had gathered.", "Three days earlier", "2026-02-27", "day", "date"),
        ("That evening he met the opposition.", "That evening", "2026-03-02TEV", "time", "time"),
        ("Talks ended the same day.", "the same day", "2026-03-02", "day", "date"),
        ("Later that day, he flew home.", "Later that day", "2026-03-02", "day", "date"),
        ("Trials resumed the following month.", "the following month", "2026-04", "month", "date"),
        ("Two months later the prisoners were freed.", "Two months later", "2026-05", "month", "date"),
        ("Mass arrests came a year earlier.", "a year earlier", "2025", "year", "date"),
    ],
)
def test_timex_narrative_forms_count_from_the_last_date(analyze, sentence, expr, value, precision, kind):
    dv = _date(analyze(START + sentence, published=PUB), expr)
    # The year of "2 March" came from the publication date, so every date counted from it
    # has an inferred year too.
    assert (dv.value, dv.precision, dv.kind, dv.year_inferred) == (value, precision, kind, True)


@pytest.mark.parametrize(
    "text,expr,value,inferred",
    [
        # An explicit year in the reference: nothing is inferred.
        ("On March 2, 2025 the envoy arrived. The next day he left.", "The next day", "2025-03-03", False),
        # A bare year in between is too coarse for a day count: the last day-precision date wins.
        (
            "On 2 March the ruler, elected in 2019, met the envoy. Two days later he freed nine.",
            "Two days later",
            "2026-03-04",
            True,
        ),
        # Year counts can use a bare year.
        ("He was elected in 2019. Two years later he rigged the vote.", "Two years later", "2021", False),
        # Ranges: "the following day" counts from the end, "the day before" from the start.
        (
            "Talks ran from 2 to 4 March. The following day nine were freed.",
            "The following day",
            "2026-03-05",
            True,
        ),
        (
            "Talks ran from 2 to 4 March. The day before, police arrested 30.",
            "The day before",
            "2026-03-01",
            True,
        ),
        # Chains: each narrative date becomes the reference for the next one.
        (
            START + "Two days later nine were freed. The next day they spoke to reporters.",
            "The next day",
            "2026-03-05",
            True,
        ),
        # Crossing a month and a year end.
        (
            "On 30 December 2025 the envoy arrived. Three days later he left.",
            "Three days later",
            "2026-01-02",
            False,
        ),
        # A deictic date is a reference too.
        (
            "Yesterday the envoy arrived. That evening he met the ruler.",
            "That evening",
            "2026-03-05TEV",
            False,
        ),
    ],
)
def test_timex_narrative_reference_choice(analyze, text, expr, value, inferred):
    dv = _date(analyze(text, published=PUB), expr)
    assert (dv.value, dv.year_inferred) == (value, inferred)


@pytest.mark.parametrize(
    "text,expr,precision",
    [
        ("Two days later the regime released nine detainees.", "Two days later", "day"),
        ("The following month the trials resumed.", "The following month", "month"),
        ("That evening the envoy met the ruler.", "That evening", "day"),
    ],
)
def test_timex_narrative_without_reference_is_unknown(analyze, text, expr, precision):
    """No earlier date: the publication date is NOT used for narrative forms."""
    dv = _date(analyze(text, published=PUB), expr)
    assert (dv.value, dv.precision) == (None, precision)


def test_timex_narrative_deictic_forms_still_use_publication(analyze):
    dv = _date(analyze("Yesterday police detained 30 protesters.", published=PUB), "Yesterday")
    assert dv.value == "2026-03-05"


def test_timex_narrative_yearless_reference_without_anchor(analyze):
    dv = _date(analyze(START + "Two days later nine were freed.", published=None), "Two days later")
    assert (dv.value, dv.precision, dv.year_inferred) == ("XXXX-03-04", "day", True)


@pytest.mark.parametrize(
    "text,expr,value,kind",
    [
        ("Spring came a month earlier than usual.", "a month", "P1M", "duration"),
        ("He was freed two days after the meeting.", "two days", "P2D", "duration"),
        ("Next month the envoy returns.", "Next month", "2026-04", "date"),
    ],
)
def test_timex_narrative_non_narrative_readings_kept(analyze, text, expr, value, kind):
    dv = _date(analyze(START + text, published=PUB), expr)
    assert (dv.value, dv.kind) == (value, kind)


@pytest.mark.parametrize(
    "ref,unit,step,expected",
    [
        ("2026-03-02", "day", 2, "2026-03-04"),
        ("2024-02-28", "day", 1, "2024-02-29"),
        ("XXXX-02-28", "day", 1, "XXXX-02-29"),
        ("2026-03-02T15:00", "day", -1, "2026-03-01"),
        ("2026-03-02", "week", 1, "2026-03-09"),
        ("2026-03-02", "week", 0, "2026-W10"),
        ("2026-12", "month", 1, "2027-01"),
        ("2026-03-02", "year", -1, "2025"),
        ("2026", "day", 1, None),  # too coarse
        ("2026-03", "day", 1, None),
        ("XXXX-03-02", "year", 1, None),
        (None, "day", 1, None),
        ("PRESENT_REF", "day", 1, None),
    ],
)
def test_timex_narrative_shift_arithmetic(ref, unit, step, expected):
    assert narrative_shift(ref, unit, step) == expected
    assert ref_precision_ok(ref, unit) == (expected is not None)


def test_timex_narrative_normalize_takes_a_reference():
    ref = DateValue("2025-06-20", "June 20", "day", year_inferred=False)
    assert normalize("the following day", PUB, ref=ref).value == "2025-06-21"
    assert normalize("the following day", PUB).value is None


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The index fell 3% to end the day at 7,114 points.", "2026-03-02"),
        ("Shares recovered late in the day.", "2026-03-02"),
        ("The index was down 2% for the day.", "2026-03-02"),
    ],
)
def test_timex_narrative_market_day_is_the_reference_day(analyze, sentence, value):
    dv = _date(analyze(START + sentence, published=PUB), "the day")
    assert (dv.value, dv.precision) == (value, "day")


@pytest.mark.parametrize(
    "text",
    ["Back in the day, the square was a market.", "Voters queued for the day of the election."],
)
def test_timex_narrative_idiomatic_day_is_not_resolved(analyze, text):
    dates = analyze(START + text, published=PUB).dates
    assert all(d.value is None for d in dates if d.text.lower().endswith("the day"))
