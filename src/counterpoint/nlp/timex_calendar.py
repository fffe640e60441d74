"""Calendar arithmetic for time expressions: resolving against the publication date.

Kept apart from the grammar (``timex_rules``) so the choices that need judgement -- which
year a yearless "June 21" belongs to, which Saturday "on Saturday" means -- sit in one place.
The rule throughout: the governing verb's tense decides the direction (past tense looks back
from the publication date, future tense looks forward); without tense, the nearest reading
wins, which for news is almost always the recent past.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    """The publication date at whatever precision it is known (all None: no anchor)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Ctx:
    """What a handler needs besides its match: the anchor and the tense ("past", "present",
    "future" or None)."""

    anchor: Anchor
    tense: str | None = None
    # The narrative reference: the value of the latest date the text gave before this
    # expression ("On 2 March ..." for "two days later"), and whether its year was inferred.
    ref: str | None = None
    ref_inferred: bool = False


def parse_anchor(anchor: str | None) -> Anchor:
    """``"2025-07-10"``, ``"2025-07"``, ``"2025"`` or a datetime string; anything else -> none."""
    if not anchor:
        return Anchor()
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", anchor.strip())
    if not m:
        return Anchor()
    y, mo, d = (int(x) if x else None for x in m.groups())
    try:
        if d is not None:
            dt.date(y, mo, d)  # type: ignore[arg-type]
    except ValueError:
        d = None
    return Anchor(y, mo, d)


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: accept 29 Feb when yearless
    except ValueError:
        return False
    return True


def _pick_year(target: tuple[int, int], now: tuple[int, int], year: int, tense: str | None) -> int:
    """The year for a (month, day) given the anchor's (month, day): the past for past tense,
    the future for future tense, otherwise whichever is within six months."""
    if tense == "past":
        return year - 1 if target > now else year
    if tense == "future":
        return year + 1 if target < now else year
    diff = (target[0] - now[0]) * 31 + (target[1] - now[1])
    if diff > 6 * 31:
        return year - 1
    if diff < -6 * 31:
        return year + 1
    return year


def month_day_year(month: int, day: int, year: int | None, c: Ctx) -> str | None:
    """ISO day for month/day with the year from the text, else from the anchor (XXXX if none)."""
    if not valid_day(year, month, day):
        return None
    if year is None:
        a = c.anchor
        if a.year is None:
            return f"XXXX-{month:02d}-{day:02d}"
        year = (
            a.year if a.month is None else _pick_year((month, day), (a.month, a.day or 15), a.year, c.tense)
        )
        if not valid_day(year, month, day):
            return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_year(month: int, year: int | None, rel: str, c: Ctx) -> str:
    """ISO month for a month name, with "last"/"next"/"this" or the tense choosing the year."""
    if year is None:
        a = c.anchor
        if a.year is None:
            return f"XXXX-{month:02d}"
        if a.month is None or rel == "this":
            year = a.year
        elif rel in ("last", "past"):
            year = a.year if month < a.month else a.year - 1
        elif rel in ("next", "coming"):
            year = a.year if month > a.month else a.year + 1
        else:
            year = _pick_year((month, 1), (a.month, 1), a.year, c.tense)
    return f"{year:04d}-{month:02d}"


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift(a: Anchor, unit: str, step: int) -> str | None:
    """The anchor moved by ``step`` units, at that unit's precision (None if the anchor is too
    coarse: "yesterday" needs a day, "last month" a month)."""
    unit = unit.lower().rstrip("s")
    if a.year is None:
        return None
    if unit in ("year", "decade", "century"):
        if unit == "decade":
            return f"{a.year // 10 + step:03d}X"
        if unit == "century":
            return f"{a.year // 100 + step:02d}"
        return f"{a.year + step:04d}"
    if unit in ("month", "quarter"):
        if a.month is None:
            return None
        if unit == "quarter":
            y, q = divmod(a.year * 4 + (a.month - 1) // 3 + step, 4)
            return f"{y:04d}-Q{q + 1}"
        y, m = divmod(a.year * 12 + a.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}"
    d = a.date
    if d is None:
        return None
    if unit == "week":
        return _iso_week(d + dt.timedelta(weeks=step))
    if unit == "day":
        return (d + dt.timedelta(days=step)).isoformat()
    if unit in ("hour", "minute", "second"):
        return d.isoformat()
    return None


_REF = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")
_NEED = {"day": 3, "week": 3, "month": 2, "year": 1}  # ISO fields the reference must have


def ref_precision_ok(value: str | None, unit: str) -> bool:
    """Whether a reference value is fine enough to count ``unit``s from: "two days later"
    needs a day, "the following month" a month, "that year" only a year (XXXX will not do)."""
    m = _REF.match(value or "")
    if m is None:
        return False
    fields = sum(g is not None for g in m.groups())
    return fields >= _NEED.get(unit, 3) and not (unit == "year" and m.group(1) == "XXXX")


def narrative_shift(ref: str | None, unit: str, step: int) -> str | None:
    """The reference date moved by ``step`` units, at the unit's precision: day and week
    counts give a day ("a week later" from 2 March is 9 March), months a month, years a year.
    A yearless reference (``XXXX-03-02``) stays yearless; None when the reference is too
    coarse for the unit. ``week`` with step 0 ("that week") gives the ISO week."""
    unit = unit.lower().rstrip("s")
    if not ref_precision_ok(ref, unit):
        return None
    m = _REF.match(ref)  # type: ignore[arg-type]
    ys, mo, d = m.group(1), m.group(2), m.group(3)  # type: ignore[union-attr]
    year = 2000 if ys == "XXXX" else int(ys)  # 2000: leap year, so 29 February survives
    if unit in ("day", "week"):
        day = dt.date(year, int(mo), int(d)) + dt.timedelta(days=step * (7 if unit == "week" else 1))
        if unit == "week" and step == 0:
            return None if ys == "XXXX" else _iso_week(day)
        iso = day.isoformat()
        return "XXXX" + iso[4:] if ys == "XXXX" else iso
    if unit == "month":
        y, mm = divmod(year * 12 + int(mo) - 1 + step, 12)
        return f"XXXX-{mm + 1:02d}" if ys == "XXXX" else f"{y:04d}-{mm + 1:02d}"
    if unit == "year":
        return f"{year + step:04d}"
    return None


def weekday_date(weekday: int, rel: str, c: Ctx) -> str | None:
    """The date of a weekday name (0 = Monday) relative to the anchor day.

    "last X" is strictly before the anchor and "next X"/"coming X" strictly after; otherwise
    past tense (and no tense: news reports the recent past) takes the latest X at or before
    publication, future tense the first X from it on (the day itself included: "will meet on
    Friday" in Friday's paper is that day), present tense the nearest one."""
    d = c.anchor.date
    if d is None:
        return None
    back = (d.weekday() - weekday) % 7  # days since the latest such weekday (0 = today)
    fwd = (weekday - d.weekday()) % 7 or 7
    if rel == "last":
        delta = -(back or 7)
    elif rel in ("next", "coming"):
        delta = fwd
    elif c.tense == "future":
        # "will take place on Friday" in Friday's paper is today, not a week on
        delta = 0 if back == 0 else fwd
    elif c.tense == "present" or rel == "this":
        delta = -back if back <= 3 else fwd
    else:
        delta = -back
    return (d + dt.timedelta(days=delta)).isoformat()


PRECISION_PATTERNS = (
    (re.compile(r"^[\dX]{4}-\d\d-\d\dT"), "time"),
    (re.compile(r"^[\dX]{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^[\dX]{4}-W\d\d"), "week"),
    (re.compile(r"^[\dX]{4}-\d\d$"), "month"),
    (re.compile(r"^[\dX]{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^[\dX]{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X$"), "decade"),
)


def precision_of(value: str | None, kind: str = "date") -> str | None:
    """The precision a value is known to (None for durations, sets, PRESENT_REF, centuries)."""
    if value is None or kind in ("duration", "set"):
        return None
    for pat, name in PRECISION_PATTERNS:
        if pat.match(value):
            return name
    return None
