"""An undated happening named by its noun ("the earthquake") takes the date of the mentions
that name the happening ("the quake on Friday"), not of what it did on another day."""

from __future__ import annotations

TEXT = (
    "When the earthquake that hit Valdmar sent its tremors to Nordland, few knew it had also "
    "brought down a tower in Sudport.\n"
    "Relatives wait at the site where the tower collapsed, on Monday, March 17, 2031.\n"
    "Sudport is about 900 kilometers from the center of the magnitude 7.1 quake in Valdmar on Friday, "
    "which killed more than 1,000 people there.\n"
)


def test_events_document_happening_dates_follow_the_named_happening(event_date):
    # published on a Monday; Friday is the 14th
    assert event_date(TEXT, "earthquake", "2031-03-17") == ("2031-03-14", "document")
