"""A night named by the two days it joins, or "overnight" alone: the timex keeps the evening's
day (TimeML ``TNI``) and the day after midnight as its end, and an event of that night is dated
to the day after midnight, as readers of a morning report take it."""

from __future__ import annotations

import pytest

from counterpoint.nlp.timex_rules import normalize


@pytest.mark.parametrize(
    ("text", "tense", "value", "end"),
    [
        ("the night of 14-15 March", "past", "2031-03-14TNI", "2031-03-15"),
        ("the night from 14 to 15 March", "past", "2031-03-14TNI", "2031-03-15"),
        ("the night of March 14-15", "past", "2031-03-14TNI", "2031-03-15"),
        ("the night of Friday to Saturday", "past", "2031-03-14TNI", "2031-03-15"),
        ("overnight", "past", "2031-03-14TNI", "2031-03-15"),  # the night before Saturday's report
        ("overnight", "future", "2031-03-15TNI", "2031-03-16"),  # the coming night
    ],
)
def test_timex_night_values(text, tense, value, end):
    dv = normalize(text, "2031-03-15", tense)  # Saturday 15 March 2031
    assert dv is not None and (dv.value, dv.end) == (value, end)


@pytest.mark.parametrize("text", ["the night of 14-16 March", "the night of Friday to Sunday"])
def test_timex_night_of_days_that_are_not_consecutive_is_no_night(text):
    dv = normalize(text, "2031-03-15", "past")
    assert dv is None or not (dv.value or "").endswith("TNI")


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Rockets struck the port of Valdmar on the night of 14-15 March.", "struck", "2031-03-15"),
        ("Rebels attacked two villages near Valdmar overnight, the governor said.", "attacked", "2031-03-15"),
        ("The ministry on Saturday said it did not target the port in an overnight drone attack on Valdmar.", "attack", "2031-03-15"),
        ("Rebels attacked two villages near Valdmar on Friday night.", "attacked", "2031-03-14"),
    ],
)
def test_timex_night_dates_an_event_after_midnight(event_date, text, trigger, value):
    assert event_date(text, trigger, "2031-03-15")[0] == value
