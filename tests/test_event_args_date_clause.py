"""A date read from the wrong clause: a date that names a noun ("an April 22 assault") dates
that noun, and a participial aside set off by commas ("the allies, set to meet on Sunday,
rallied") has its own time; neither dates the sentence's main act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # Saturday 2031-03-15 is the publication day
        ("Nordland's army said it had struck four sites linked to a March 2 bombing in Valdmar on Friday.",
         "struck", "2031-03-14"),
        ("Nordland's allies, set to meet in Valdmar on Sunday, rallied behind its president on Friday.",
         "rallied", "2031-03-14"),
        # the parser hangs "Thursday" on the next noun; after "On" it is still the act's date
        ("On Thursday Nordland's air defences shot down five Sudland drones near Valdmar.",
         "shot", "2031-03-13"),
        ("On Thursday Nordic air defences shot down five Sudland drones near Valdmar.",
         "shot", "2031-03-13"),
    ],
)
def test_event_args_date_clause_main_act_keeps_its_own_date(event_date, text, trigger, value):
    assert event_date(text, trigger, "2031-03-15")[0] == value


def test_event_args_date_clause_restrictive_participle_still_dates(event_date):
    # no comma: the participle tells which drones, and its day is the strike's as a reader takes it
    text = "Drones launched from Sudland on Friday struck the port of Valdmar."
    assert event_date(text, "struck", "2031-03-15")[0] == "2031-03-14"
