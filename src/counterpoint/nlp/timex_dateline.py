"""Datelines: "MINSK, June 21 (Reuters) –", "NEW DELHI (AP) —", "LONDON:".

A wire or newspaper dateline opens the body with the place the story was filed from, often the
filing date, and the agency. A reader takes it as when and where the lead was reported: an
event in the first sentence that the sentence itself does not date happened on the dateline's
day (its own date, else the publication date). A dateline's date also stands in for a missing
publication date, so weekdays and "yesterday" in the article can still be resolved.

Only the opening of the text is read: a capitalised place (all capitals, optionally
", Country"), an optional date, an optional agency in brackets, then a dash or colon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import DateValue

_PLACE = r"(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?))??"
_DATE = r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)"
DATELINE = re.compile(
    rf"\A\s*{_PLACE}\s*(?:,\s*{_DATE})?\s*(?:{_AGENCY})?\s*(?P<dash>[-–—:_]+)\s*"
)


@dataclass
class Dateline:
    """Where the opening dateline is, its place, and its date text (None when it has none)."""

    span: tuple[int, int]
    place: str
    date_text: str | None
    date_span: tuple[int, int] | None


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if any. Without an agency or a date only an all-capitals
    place of five letters or more before a colon counts ("LONDON:", not "NOTE:")."""
    m = DATELINE.match(text[:200])
    if m is None:
        return None
    place = m.group("place")
    if not (m.group("agency") or m.group("date")) and (len(place) < 5 or m.group("dash") != ":"):
        return None  # "NOTE:", "NATO - the alliance": no agency, no date, no filing place
    if place.upper() != place or len(place.replace(" ", "")) < 3:
        return None
    date_span = (m.start("date"), m.end("date")) if m.group("date") else None
    return Dateline((m.start("place"), m.end("dash")), place, m.group("date"), date_span)


def dateline_date(dl: Dateline, dates: list[DateValue], published: str | None) -> DateValue | None:
    """The day the dateline stands for: its own date as cp_dates read it, else the
    publication date (at day precision only), as a DateValue spanning the dateline."""
    if dl.date_span is not None:
        own = next((d for d in dates if d.span and d.span[0] >= dl.date_span[0] and d.span[1] <= dl.date_span[1] + 6), None)
        if own is not None and own.value:
            return own
    if published and re.fullmatch(r"\d{4}-\d\d-\d\d", published[:10]) and len(published) >= 10:
        return DateValue(value=published[:10], text=dl_text(dl), precision="day", span=dl.span)
    return None


def dl_text(dl: Dateline) -> str:
    return dl.place + (f", {dl.date_text}" if dl.date_text else "")
