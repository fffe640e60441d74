"""Publication dates as written in bylines and metadata, to ISO.

Only the forms that appear in bylines and feeds ("Jul 10", "3 March 2025", "March 3, 2025",
"2025-03-03", and Russian "21 июня 2025 года"; "03/03/2025" is *not* accepted: day/month order is ambiguous). A date without
a year is returned as a partial "--MM-DD" so ``years.infer_years`` can complete it later.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}


def _russian_months() -> dict[str, int]:
    """Russian month names in datelines ("21 июня 2025 года"), from data/ru/words.json."""
    import json
    from importlib import resources

    words = json.loads(resources.files("counterpoint").joinpath("data/ru/words.json").read_text("utf-8"))
    return {k: int(v) for k, v in words["month_forms"].items()}


MONTHS.update(_russian_months())
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"^{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)"),
    re.compile(rf"^{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"^{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?(?:\s+(?:года|г\.))?(?=\W|$)", re.I),
    re.compile(rf"^{_MON}\s+{_YEAR}\b", re.I),
]
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.I)


def parse_date(s: str) -> tuple[str | None, str | None]:
    """``(iso, partial)`` for a date at the start of ``s``: iso "YYYY-MM-DD" (or "YYYY-MM")
    when a year is written, partial "--MM-DD" when it is not; ``(None, None)`` otherwise."""
    s = _WEEKDAY.sub("", s.strip())
    for pat in _PATTERNS:
        m = pat.match(s)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else MONTHS[g["mon"].lower()]
        year = int(g["year"]) if g.get("year") else None
        if g.get("day") is None:
            return (f"{year:04d}-{month:02d}", None) if year else (None, None)
        day = int(g["day"])
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: "Feb 29" stays valid
        except ValueError:
            return None, None
        if year is None:
            return None, f"--{month:02d}-{day:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}", None
    return None, None


def normalise_iso(value: object) -> str | None:
    """An ISO date (day, month or year precision) from a metadata value, else None."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    m = re.match(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", s)
    if m:
        return "-".join(p for p in m.groups() if p)
    iso, _ = parse_date(s)
    return iso
