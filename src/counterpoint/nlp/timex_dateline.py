"""Datelines: "MINSK, June 21 (Reuters) –", "NEW DELHI (AP) —", "LONDON:".

A wire or newspaper dateline opens the body with the place the story was filed from, often the
filing date, and the agency. A reader takes it as when and where the lead was reported: an
event in the first sentence that the sentence itself does not date happened on the dateline's
day (its own date, else the publication date). A dateline's date also stands in for a missing
publication date, so weekdays and "yesterday" in the article can still be resolved.

Only the opening of the text is read: a capitalised place (all capitals, optionally
", Country"; several places joined by "/", "TALLINN/RIGA"), an optional date, an
optional agency in brackets, then a dash or colon. A byline may come first on that line ("By
Jane Roe WASHINGTON, March 3 (Reuters) -", "Ivo Brenner / M Janek Quetta/Lahore,
Feb 27:", the space sometimes lost when the page was flattened): then the dateline must carry a
date, and its place may be written in title case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge.places import is_place
from ..records import DateValue

_CAPS = r"[A-Z][A-Z.'\-]+(?:(?:\s+|/)[A-Z][A-Z.'\-]+){0,3}"
_TITLED = r"[A-Z][a-z][A-Za-z.'\-]*(?:(?:\s+|/)[A-Z][a-z][A-Za-z.'\-]*){0,3}"
_PLACE = rf"(?P<place>{_CAPS})(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?))??"
_DATE = r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)"
DATELINE = re.compile(
    rf"\A\s*{_PLACE}\s*(?:,\s*{_DATE})?\s*(?:{_AGENCY})?\s*(?P<dash>[-–—:_]+)\s*"
)
# A byline, then a place (capitals or title case) that must carry a date.
BYLINED = re.compile(
    rf"\A\s*(?P<byline>[^\n:]{{1,80}}?)(?P<place>{_CAPS}|{_TITLED}),\s*{_DATE}\s*(?:{_AGENCY})?\s*(?P<dash>[-–—:_]+)\s*"
)
# Words a byline is made of besides names: "By Jane Roe and John Doe", "A / B", "C, D & E".
_BYLINE_GLUE = {"by", "and", "&", "/", ",", "|", "-"}
_GLUED = re.compile(r"[A-Z]?[a-z]{3,}(?=[A-Z][a-z])")  # "JanekQuetta": a name and a place run together


@dataclass
class Dateline:
    """Where the opening dateline is, its place, and its date text (None when it has none)."""

    span: tuple[int, int]
    place: str
    date_text: str | None
    date_span: tuple[int, int] | None
    byline: tuple[int, int] | None = None  # the reporters' names before the place, if any


def _is_byline(text: str) -> bool:
    """Whether ``text`` reads as a byline: at most ten names or initials, with "By", "and",
    slashes and commas between them; no lower-case word, no sentence."""
    words = re.findall(r"[/,&|-]|[^\s/,&|-]+", text)
    names = [w for w in words if w.lower() not in _BYLINE_GLUE]
    return 0 < len(names) <= 10 and all(w[0].isupper() and not w.endswith(".") or re.fullmatch(r"[A-Z]\.?", w)
                                        for w in names)


def _bylined(text: str) -> Dateline | None:
    """A dated dateline with a byline before it on the opening line."""
    m = BYLINED.match(text[:200])
    if m is None:
        return None
    byline, place = m.group("byline"), m.group("place")
    glued = _GLUED.match(place)
    if glued is not None:  # "M JanekQuetta/Lahore": the byline's last name runs into the place
        byline, place = byline + place[: glued.end()], place[glued.end():]
    if place != place.upper():  # title case: the longest run of words ending it that is a known place
        words = place.split(" ")
        known = next((k for k in range(len(words)) if all(is_place(p) for p in " ".join(words[k:]).split("/"))), None)
        if known is None:
            return None
        byline, place = byline + " ".join(words[:known]), " ".join(words[known:])
    if not _is_byline(byline):
        return None
    # the span takes in the byline: its names are the reporters, no party to the lead
    byline_span = (m.start("byline"), m.end("place") - len(place))
    return Dateline((m.start("byline"), m.end("dash")), place, m.group("date"), (m.start("date"), m.end("date")),
                    byline_span)


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if any. Without an agency or a date only an all-capitals
    place of five letters or more before a colon counts ("LONDON:", not "NOTE:"). A byline may
    come before a dated dateline (:func:`_bylined`)."""
    m = DATELINE.match(text[:200])
    if m is None:
        return _bylined(text)
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
