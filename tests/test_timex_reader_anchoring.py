"""Date classes a reader resolves without thinking and the grammar used to miss (issue 18,
MEANTIME as the tuning set): seasons after a possessive, bare two-digit decades, apostrophe
years, military clock times, "annual", "six straight days", past-tense quarters, a month
"of next year", a present perfect that does not make a date past, a clock time on the day its
sentence names, "the day" of a report, and "the same month a year ago". Self-written texts."""

from __future__ import annotations

import pytest

from counterpoint.nlp.timex_rules import find, resolve

A = "2025-07-10"  # a Thursday


def _resolved(text: str, anchor: str, tense: str | None = None) -> dict[str, tuple]:
    out = {}
    for cand in find(text):
        dv = resolve(cand, anchor, tense)
        if dv is not None:
            out[dv.text] = (dv.value, dv.kind)
    return out


@pytest.mark.parametrize(
    "text,anchor,tense,expression,value,kind",
    [
        ("Ministers met at their Autumn meetings.", "2025-10-13", None, "their Autumn", "2025-FA", "date"),
        ("Cars of the 60s and 70s were boxy.", A, None, "the 60s", "196X", "date"),
        ("Cars of the 60s and 70s were boxy.", A, None, "70s", "197X", "date"),
        ("The index is at its lowest since '95.", A, None, "'95", "1995", "date"),
        ("At 0600 GMT the banks acted.", A, None, "0600 GMT", "2025-07-10T06:00Z", "time"),
        ("The firm posted its first annual loss.", A, None, "annual", "P1Y", "set"),
        ("Shares fell for five straight days.", A, None, "five straight days", "P5D", "duration"),
        (
            "Arrears rose in the fourth quarter.",
            "2025-02-20",
            "past",
            "the fourth quarter",
            "2024-Q4",
            "date",
        ),
        (
            "Sales will rise in the fourth quarter.",
            "2025-02-20",
            "future",
            "the fourth quarter",
            "2025-Q4",
            "date",
        ),
        ("Leases end after November of next year.", A, None, "November", "2026-11", "date"),
        ("Leases end after November of next year.", A, None, "next year", "2026", "date"),
    ],
)
def test_timex_rules_reader_classes(text, anchor, tense, expression, value, kind):
    assert _resolved(text, anchor, tense)[expression] == (value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The Summer Olympics drew crowds.",  # a capitalised season needs a determiner or a year
        "He said '95 percent' twice.",  # an apostrophe number not after a preposition
    ],
)
def test_timex_rules_reader_classes_reject(text):
    values = _resolved(text, A)
    assert not any(v[0] and ("SU" in v[0] or v[0] == "1995") for v in values.values())


@pytest.mark.parametrize(
    "text,published,expression,value",
    [
        # a present perfect puts no definite past time on a date under it
        ("A March 3 hearing has been scheduled by the court.", "2025-02-20", "March 3", "2025-03-03"),
        ("The government has kept the exchange closed until Friday.", A, "Friday", "2025-07-11"),
        # a past perfect or plain past still looks back
        ("The court held a March 3 hearing.", "2025-02-20", "March 3", "2024-03-03"),
        # a clock time takes the day its sentence names
        (
            "The rocket lifted off on Tuesday from the coast at 14:30 UTC.",
            A,
            "14:30 UTC",
            "2025-07-08T14:30Z",
        ),
        ("The talks opened at 09:15 GMT, June 3, in Vienna.", "2025-06-06", "09:15 GMT", "2025-06-03T09:15Z"),
        ("The talks opened at 09:15 GMT in Vienna.", "2025-06-06", "09:15 GMT", "2025-06-06T09:15Z"),
        # "the day" of a report with no earlier date is the day of the report
        ("Shares slid at the start of the day but recovered.", A, "the day", A),
        ("For the day, the index closed down 2 percent.", A, "the day", A),
        # the narrative's last date one year back
        (
            "Car sales fell 12% in March compared with the same month a year ago.",
            "2025-04-02",
            "the same month a year ago",
            "2024-03",
        ),
        (
            "Exports rose 5% in May compared to the same period last year.",
            "2025-06-02",
            "the same period last year",
            "2024-05",
        ),
    ],
)
def test_timex_component_reader_anchoring(analyze, text, published, expression, value):
    dates = {d.text: d for d in analyze(text, published=published).dates}
    assert dates[expression].value == value
