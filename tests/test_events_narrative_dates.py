"""Dates anchored as a reader would (issue 18, item 4): after a told day, an undated simple
past goes on from that day ("met on Friday ... left the palace"), a perfect is news of the
report's day, a day more than a week old frames nothing, and an embedded post's sign-off date
dates no event. Texts written for these tests."""

from __future__ import annotations


def _by_trigger(a, trigger: str):
    return next(e for e in a.events if e.trigger == trigger)


STORY = (
    "President Ana Morel met President Ivo Dravek in Kessa on Friday. "
    "Dravek left the palace without a deal, and a joint press conference was cancelled. "
    "Morel's office has convened a meeting of the cabinet with Dravek's envoys."
)


def test_events_narrative_dates_simple_past_goes_on_from_the_told_day(analyze):
    a = analyze(STORY, published="2025-03-01")
    cancelled = _by_trigger(a, "cancelled")
    assert cancelled.date is not None and cancelled.date.value == "2025-02-28"
    assert cancelled.date_from == "narrative"


def test_events_narrative_dates_perfect_is_the_report_day(analyze):
    a = analyze(STORY, published="2025-03-01")
    convened = _by_trigger(a, "meeting")
    assert convened.date is not None and convened.date.value == "2025-03-01"
    assert convened.date_from == "published"


def test_events_narrative_dates_old_day_frames_nothing(analyze):
    """A day weeks before publication is background, not the story's day."""
    a = analyze(
        "President Ana Morel met President Ivo Dravek in Kessa on January 3. "
        "A joint press conference was cancelled.",
        published="2025-03-01",
    )
    cancelled = _by_trigger(a, "cancelled")
    assert cancelled.date is not None and cancelled.date.value == "2025-03-01"
    assert cancelled.date_from == "published"


def test_events_narrative_dates_post_signoff_is_a_stamp(analyze):
    """ "— Jane Roe (@janeroe) May 6, 2025" is when a post was written."""
    a = analyze(
        "Valdorian jets struck three camps in Morlandia. — Jane Roe (@janeroe) May 6, 2025\n\n"
        "Morlandian troops shelled the border villages.",
        published="2025-05-07",
    )
    shelled = _by_trigger(a, "shelled")
    assert shelled.date is not None and shelled.date.value == "2025-05-07"
    assert all(d.kind == "stamp" for d in a.dates if d.text and "May 6" in d.text)
