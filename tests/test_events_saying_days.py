"""A saying dated in the text but no event of its own ("the spokeswoman said on Friday that ...")
tells the story's day for the simple past that follows it, as a dated act does."""

from __future__ import annotations

TEXT = ("The Nordland foreign ministry spokeswoman said on Friday that Nordland troops did not attack "
        "the convoy near Valdmar.\nShe accused the Sudland president of lying to his voters.")


def test_events_saying_days_date_the_following_simple_past(event_date):
    # Saturday 2031-03-15: Friday is the 14th
    assert event_date(TEXT, "accused", "2031-03-15") == ("2031-03-14", "narrative")
