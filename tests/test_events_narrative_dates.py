"""Dates anchored as a reader would (issue 18, item 4): after a told day, an undated simple
past goes on from that day ("met on Friday ... left the palace"), a perfect is news of the
report's day, a day more than a week old frames nothing, and an embedded post's sign-off date
dates no event. Texts written for these tests."""

from __future__ import annotations

from .event_helpers import day_of

STORY = (
    "President Ana Morel met President Ivo Dravek in Kessa on Friday. "
    "Dravek left the palace without a deal, and a joint press conference was cancelled. "
    "Morel's office has convened a meeting of the cabinet with Dravek's envoys."
)


def test_events_narrative_dates_simple_past_goes_on_from_the_told_day(analyze):
    assert day_of(analyze(STORY, published="2025-03-01"), "cancelled") == ("2025-02-28", "narrative")


def test_events_narrative_dates_perfect_is_the_report_day(analyze):
    # "convene" is the meeting's trigger (a CONSULT since events3), not the noun after it
    assert day_of(analyze(STORY, published="2025-03-01"), "convened") == ("2025-03-01", "published")


def test_events_narrative_dates_old_day_frames_nothing(analyze):
    """A day weeks before publication is background, not the story's day."""
    a = analyze(
        "President Ana Morel met President Ivo Dravek in Kessa on January 3. "
        "A joint press conference was cancelled.",
        published="2025-03-01",
    )
    assert day_of(a, "cancelled") == ("2025-03-01", "published")


def test_events_narrative_dates_post_signoff_is_a_stamp(analyze):
    """ "— Jane Roe (@janeroe) May 6, 2025" is when a post was written."""
    a = analyze(
        "Valdorian jets struck three camps in Morlandia. — Jane Roe (@janeroe) May 6, 2025\n\n"
        "Morlandian troops shelled the border villages.",
        published="2025-05-07",
    )
    assert day_of(a, "shelled")[0] == "2025-05-07"
    assert all(d.kind == "stamp" for d in a.dates if d.text and "May 6" in d.text)
