"""A headline's act, told with another word in the body, takes the body's date for that
category of act; a body line cut off without a full stop is no headline."""

from __future__ import annotations

TEXT = (
    "Nordland jets kill 40 at Valdmar market\n\n"
    "At least 40 people died when Nordland jets bombed the central market of Valdmar on Thursday, "
    "the health ministry said on Saturday.\n"
)


def test_events_headline_dates_take_the_body_date(analyze):
    a = analyze(TEXT, published="2031-03-15")
    head = [e for e in a.events if e.trigger_span and e.trigger_span[0] < TEXT.index("\n")]
    assert head and all(e.date is not None and e.date.value == "2031-03-13" for e in head)


def test_events_headline_dates_cut_off_body_line_is_no_headline(event_date):
    text = ("Nordland jets struck the port of Valdmar on Thursday.\n"
            "Valdmar police also said they had killed two gunmen in a raid on Saturday")
    value, _ = event_date(text, "killed", "2031-03-15")
    assert value is not None and value != "2031-03-13"
