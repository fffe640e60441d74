"""Pure normalisation of time expressions (no spaCy): values, precision, ranges, not-dates."""

from __future__ import annotations

import pytest

from counterpoint.nlp.timex_rules import find, normalize

A = "2025-07-10"  # a Thursday


@pytest.mark.parametrize(
    "text,anchor,tense,value,precision,inferred",
    [
        # absolute and yearless calendar dates
        ("June 21, 2024", A, None, "2024-06-21", "day", False),
        ("21 June 2024", A, None, "2024-06-21", "day", False),
        ("Friday, March 22, 2013", None, None, "2013-03-22", "day", False),
        ("June 21", "2025-10-01", "past", "2025-06-21", "day", True),
        ("On 20 June", A, "past", "2025-06-20", "day", True),
        ("December 20", "2025-01-15", "past", "2024-12-20", "day", True),
        ("December 20", "2025-01-15", None, "2024-12-20", "day", True),
        ("August 3", A, "future", "2025-08-03", "day", True),
        ("June 3", A, "future", "2026-06-03", "day", True),
        ("June 21", None, None, "XXXX-06-21", "day", True),
        ("2024-02-29", None, None, "2024-02-29", "day", False),
        # months, years, seasons, quarters, decades, centuries
        ("In February 2020", None, None, "2020-02", "month", False),
        ("August", "2013-03-22", "past", "2012-08", "month", True),
        ("late last July", "2013-03-22", None, "2012-07", "month", True),
        ("next May", A, None, "2026-05", "month", True),
        ("2020", None, None, "2020", "year", False),
        ("mid-2020", None, None, "2020", "year", False),
        ("summer 2025", None, None, "2025-SU", "season", False),
        ("last summer", "2013-03-22", None, "2012-SU", "season", True),
        ("the third quarter", A, None, "2025-Q3", "quarter", False),
        ("Q1 2024", None, None, "2024-Q1", "quarter", False),
        ("last quarter", A, None, "2025-Q2", "quarter", False),
        ("the 1980s", None, None, "198X", "decade", False),
        ("the '90s", None, None, "199X", "decade", False),
        ("the 20th century", None, None, "19", None, False),
        # relative to the publication date
        ("yesterday", A, None, "2025-07-09", "day", False),
        ("today", A, None, "2025-07-10", "day", False),
        ("yesterday", "2025-07-10T08:30:00Z", None, "2025-07-09", "day", False),  # datetime anchor
        ("tomorrow", A, None, "2025-07-11", "day", False),
        ("earlier this month", A, None, "2025-07", "month", False),
        ("last year", A, None, "2024", "year", False),
        ("next week", A, None, "2025-W29", "week", False),
        ("this week", "2013-03-22", None, "2013-W12", "week", False),
        ("last month", "2025-01-05", None, "2024-12", "month", False),
        ("two years ago", A, None, "2023", "year", False),
        ("three months ago", A, None, "2025-04", "month", False),
        ("the end of the year", "2013-03-22", "past", "2012", "year", False),
        # weekdays follow the tense
        ("Saturday", A, "past", "2025-07-05", "day", False),
        ("Saturday", A, None, "2025-07-05", "day", False),
        ("Saturday", A, "future", "2025-07-12", "day", False),
        ("Thursday", A, "past", "2025-07-10", "day", False),
        ("last Thursday", A, None, "2025-07-03", "day", False),
        ("next Monday", A, None, "2025-07-14", "day", False),
        # document-relative references
        ("now", A, None, "PRESENT_REF", None, False),
        ("recently", A, None, "PAST_REF", None, False),
        ("the future", A, None, "FUTURE_REF", None, False),
    ],
)
def test_timex_normalize_date_values(text, anchor, tense, value, precision, inferred):
    dv = normalize(text, anchor, tense)
    assert dv is not None, text
    assert (dv.value, dv.precision, dv.year_inferred) == (value, precision, inferred)
    assert dv.kind == "date"


@pytest.mark.parametrize(
    "text,anchor,value,end,precision",
    [
        ("From September 25 to 29", "2025-10-01", "2025-09-25", "2025-09-29", "day"),
        ("June 20-21", A, "2025-06-20", "2025-06-21", "day"),
        ("20–21 June 2024", None, "2024-06-20", "2024-06-21", "day"),
        ("30 May to 2 June", A, "2025-05-30", "2025-06-02", "day"),
        ("2020–2022", None, "2020", "2022", "year"),
        ("from 2002 to 2007", None, "2002", "2007", "year"),
        ("2009-10", None, "2009", "2010", "year"),
        ("between June and August", A, "2025-06", "2025-08", "month"),
    ],
)
def test_timex_normalize_ranges(text, anchor, value, end, precision):
    dv = normalize(text, anchor)
    assert dv is not None
    assert (dv.value, dv.end, dv.precision) == (value, end, precision)


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("five years", "duration", "P5Y"),
        ("18 months", "duration", "P18M"),
        ("a decade", "duration", "P10Y"),
        ("four-week", "duration", "P4W"),
        ("24 hours", "duration", "PT24H"),
        ("several days", "duration", "PXD"),
        ("Two years", "duration", "P2Y"),
        ("the past two years", "duration", "P2Y"),
        ("the past year", "duration", "P1Y"),
        ("every week", "set", "P1W"),
        ("annually", "set", "P1Y"),
        ("every Monday", "set", "XXXX-WXX-1"),
        ("every morning", "set", "XXXX-XX-XXTMO"),
        ("8 p.m.", "time", "2025-07-10T20:00"),
        ("15:00 GMT", "time", "2025-07-10T15:00Z"),
        ("yesterday morning", "time", "2025-07-09TMO"),
        ("Friday afternoon", "time", "2025-07-04TAF"),
    ],
)
def test_timex_normalize_durations_sets_times(text, kind, value):
    dv = normalize(text, A)
    assert dv is not None
    assert (dv.kind, dv.value) == (kind, value)


@pytest.mark.parametrize(
    "text",
    ["42nd", "8 min read", "#12", "World War II", "a second term", "the 42nd", "February 30", "2012-2009"],
)
def test_timex_normalize_rejects_non_dates(text):
    assert normalize(text, A) is None


@pytest.mark.parametrize(
    "text,anchor",
    [("yesterday", None), ("last year", None), ("Saturday", "2025-07"), ("next week", "2025")],
)
def test_timex_normalize_relative_without_usable_anchor_has_no_value(text, anchor):
    dv = normalize(text, anchor)
    assert dv is not None and dv.value is None


@pytest.mark.parametrize(
    "text,found",
    [
        ("The 42nd session met on 3 March 2024 in Minsk.", ["3 March 2024"]),
        ("Belarus's 2020 crisis began in August.", ["2020", "August"]),
        ("World War II ended in 1945; 8 min read", ["1945"]),
        (
            "Talks ran from June 3 to 5, 2024, and resumed two weeks ago.",
            ["from June 3 to 5, 2024", "two weeks ago"],
        ),
        ("Jul 10\n- 8 min read", ["Jul 10"]),
    ],
)
def test_timex_find_spans_in_running_text(text, found):
    assert [c.text for c in find(text)] == found
