"""Dates counted from another event across "N days after/before": the side whose day the
text gives dates the other side. Saturday 2031-03-15 is the publication day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # Wednesday is the 12th: the attack a day before it is the 11th
        ("A day after the Nordland attack on a camp in Sudland, the border saw heavy fighting on Wednesday.",
         "attack", "2031-03-11"),
        # a present-tense main clause is of the report's day
        ("The raid comes just a day after Nordland reportedly deployed 5,000 troops near the border.",
         "deployed", "2031-03-14"),
        # the main clause counted from the reference's own day (Tuesday the 11th)
        ("Nordland's attack on the port of Valdmar came on Tuesday. Two days before the attack, "
         "the Nordland minister met with the Sudland envoy.", "met", "2031-03-09"),
        # hours are not counted: the sentence's day stays
        ("Hours after the Nordland attack on a camp in Sudland, the border saw heavy fighting on Wednesday.",
         "attack", "2031-03-12"),
    ],
)
def test_event_offsets_dates(event_date, text, trigger, value):
    assert event_date(text, trigger, "2031-03-15")[0] == value
