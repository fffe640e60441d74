"""Small look-ups the event tests share: an event by its trigger word, and its day."""

from __future__ import annotations


def by_trigger(analysis, trigger: str):
    """The first event of ``analysis`` whose trigger is ``trigger`` (StopIteration if none)."""
    return next(e for e in analysis.events if e.trigger == trigger)


def day_of(analysis, trigger: str) -> tuple[str | None, str | None]:
    """(date value, where the date came from) of the event with this trigger."""
    ev = by_trigger(analysis, trigger)
    return (ev.date.value if ev.date else None), ev.date_from
