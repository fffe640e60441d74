"""Handlers of the time-expression grammar: one match in, one TimeML value out.

Each handler gets a regex match from a rule in ``timex_rules`` and the context (anchor and
tense) and returns ``(value, kind, year_inferred, end)``, or None when the match turns out not
to be a time expression (31 February, a range that runs backwards, "prices fall"). The
calendar arithmetic they share lives in ``timex_calendar``.
"""

from __future__ import annotations

import datetime as dt
import re

from .timex_calendar import Ctx, month_day_year, month_year, narrative_shift, shift, weekday_date

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_NUM = ("several", "a few", "few", "many", "some", "a couple of", "couple of", "dozens of")
UNIT_CODE = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "min": "TM", "hr": "TH",
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}


# --------------------------------------------------------------------------- helpers


def G(m: re.Match, name: str) -> str | None:
    """An optional named group: None when the pattern lacks it or it did not take part."""
    return m.groupdict().get(name)


def month_num(text: str) -> int:
    return MONTHS[text.lower()[:3]]


def day_num(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def number(text: str) -> float | None:
    """A count from digits or words, with "and a half" ("two and a half" = 2.5); None for
    vague amounts ("several")."""
    t = " ".join(text.lower().replace(",", "").split())
    if t.endswith(" and a half"):
        whole = number(t[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if t in NUM_WORDS:
        return NUM_WORDS[t]
    if "-" in t:
        a, _, b = t.partition("-")
        if a in NUM_WORDS and b in NUM_WORDS:
            return NUM_WORDS[a] + NUM_WORDS[b]
    try:
        return float(t)
    except ValueError:
        return None


def duration(num: str | None, unit: str) -> str:
    """TimeML duration: ``P5Y``, ``PT3H``, ``PXM`` for vague counts, decades as ``P10Y``."""
    u = unit.lower().rstrip("s")
    u = "century" if u.startswith("centur") else u
    n = number(num) if num else None
    if u == "decade":
        return f"P{int(n * 10)}Y" if n else "PXDE"
    if u == "century":
        return f"P{int(n * 100)}Y" if n else "PXCE"
    if u == "quarter":
        return f"P{int(n * 3)}M" if n else "PXQ"
    code = UNIT_CODE[u]
    if n is None:
        return f"P{code[:-1]}X{code[-1]}"
    count = int(n) if float(n).is_integer() else n
    return f"P{code[:-1]}{count}{code[-1]}"


# --------------------------------------------------------------------------- handlers
# Each handler gets the match and the context and returns (value, kind, year_inferred, end)
# or None when the match is not a time expression after all.

Result = tuple[str | None, str, bool, str | None]


def h_iso(m: re.Match, c: Ctx) -> Result | None:
    return month_day_year(int(G(m, "mo")), int(G(m, "d")), int(G(m, "y")), c) and (
        f"{G(m, 'y')}-{G(m, 'mo')}-{G(m, 'd')}",
        "date",
        False,
        None,
    )


def h_mdy(m: re.Match, c: Ctx) -> Result | None:
    """Month day(, year) -- with the year inferred from the anchor and tense when absent."""
    mon, d = month_num(G(m, "mon")), day_num(G(m, "d"))
    year = int(G(m, "y")) if G(m, "y") else None
    val = month_day_year(mon, d, year, c)
    if val is None:
        return None
    end = None
    if G(m, "d2"):
        mon2 = month_num(G(m, "mon2")) if G(m, "mon2") else mon
        end = month_day_year(mon2, day_num(G(m, "d2")), int(val[:4]) if val[0] != "X" else None, c)
        if end is None or (val[0] != "X" and end <= val):
            return None
    return val, "date", year is None, end


def h_mdy_dm(m: re.Match, c: Ctx) -> Result | None:
    """ "20-21 June" / "30 May to 2 June": the month after the second day closes the range."""
    start_mon = G(m, "mon2") or G(m, "mon")
    mon, d = month_num(start_mon), day_num(G(m, "d"))  # type: ignore[arg-type]
    year = int(G(m, "y")) if G(m, "y") else None  # type: ignore[arg-type]
    val = month_day_year(mon, d, year, c)
    if val is None:
        return None
    year2 = int(val[:4]) if val[0] != "X" else None
    end = month_day_year(month_num(G(m, "mon")), day_num(G(m, "d2")), year2, c)  # type: ignore[arg-type]
    return (val, "date", year is None, end) if end and (val[0] == "X" or end > val) else None


def h_month(m: re.Match, c: Ctx) -> Result | None:
    mon = month_num(G(m, "mon"))
    rel = (G(m, "rel") or "").lower()
    year = int(G(m, "y")) if G(m, "y") else None
    yrel = (G(m, "yrel") or "").lower()  # "October of next year"
    if yrel and c.anchor.year is not None:
        year = c.anchor.year + {"last": -1, "next": 1}.get(yrel, 0)
    val = month_year(mon, year, rel, c)
    end = None
    if G(m, "mon2"):
        end = month_year(month_num(G(m, "mon2")), year, rel, c)
    return val, "date", year is None, end


def h_year(m: re.Match, c: Ctx) -> Result | None:
    y = G(m, "y")
    end = None
    if G(m, "y2"):
        y2 = G(m, "y2")
        y2 = y[:2] + y2 if len(y2) == 2 else y2
        if int(y2) <= int(y):
            return None
        end = y2
    return y, "date", False, end


def h_year2(m: re.Match, c: Ctx) -> Result | None:
    """ "since '82": a two-digit year, in the 1900s from '30 on and in the 2000s below."""
    yy = int(G(m, "yy"))  # type: ignore[arg-type]
    return f"{1900 + yy if yy >= 30 else 2000 + yy}", "date", False, None


def h_decade(m: re.Match, c: Ctx) -> Result | None:
    dec = G(m, "dec")
    if len(dec) == 2:  # '90s
        dec = ("19" if int(dec) >= 30 else "20") + dec
    return dec[:3] + "X", "date", False, None


def h_century(m: re.Match, c: Ctx) -> Result | None:
    n = CENTURY_WORDS.get(G(m, "ord").lower()) or int(re.match(r"\d+", G(m, "ord")).group())  # type: ignore[union-attr]
    return f"{n - 1:02d}", "date", False, None


def h_season(m: re.Match, c: Ctx) -> Result | None:
    written = G(m, "season") or ""
    season = written.lower()
    rel_words = (G(m, "rel") or "").lower().split()
    bare = not G(m, "y") and not rel_words
    if bare and season in ("fall", "spring"):
        return None  # "prices fall", "a hot spring": a season word needs a determiner or a year
    if written[:1].isupper() and not G(m, "y") and rel_words in ([], ["the"]):
        return None  # "the Summer Olympics", "the Spring Festival": part of a name
    code = SEASONS[season]
    if G(m, "y"):
        return f"{G(m, 'y')}-{code}", "date", False, None
    rel = (G(m, "rel") or "").lower().split()
    if c.anchor.year is None:
        return None, "date", True, None
    y = c.anchor.year
    if "last" in rel or "past" in rel:
        y -= 1
    elif "next" in rel or "coming" in rel:
        y += 1
    return f"{y}-{code}", "date", True, None


def h_quarter(m: re.Match, c: Ctx) -> Result | None:
    q = G(m, "qn") or G(m, "q")
    qn = int(q) if q and q.isdigit() else ORDINALS.get((q or "").lower()[:6].rstrip("s"), None)
    if q and q[0].isdigit():
        qn = int(q[0])
    rel = (G(m, "qrel") or "").lower()
    if G(m, "y"):
        y: int | None = int(G(m, "y"))
    elif c.anchor.year is None:
        return None, "date", False, None
    else:
        y = c.anchor.year + ({"last": -1, "next": 1}.get(rel, 0) if qn is not None else 0)
        if qn is not None and not rel and c.tense == "past" and c.anchor.month is not None:
            if qn > (c.anchor.month - 1) // 3 + 1:
                y -= 1  # "rose in the fourth quarter" in March: a quarter not yet begun is last year's
    if qn is None:  # "this/last/next quarter"
        if c.anchor.month is None:
            return None, "date", False, None
        cur = (c.anchor.month - 1) // 3 + 1
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        y, qn = divmod((y * 4 + cur - 1) + step, 4)
        qn += 1
    return f"{y}-Q{qn}", "date", False, None


def h_relunit(m: re.Match, c: Ctx) -> Result | None:
    """this/last/next week|month|year|decade, earlier this month, the end of last year."""
    rel = (G(m, "rel") or "").strip().lower()
    unit = G(m, "unit").lower()
    step = -1 if rel in ("last", "previous") else 1 if rel in ("next", "coming") else 0
    if unit == "year" and step == 0 and G(m, "edge") and "end" in G(m, "edge").lower():
        if c.tense == "past" and (c.anchor.month or 12) <= 6:
            step = -1
    return shift(c.anchor, unit, step), "date", False, None


def h_ago(m: re.Match, c: Ctx) -> Result | None:
    n = number(G(m, "num"))
    unit = G(m, "unit").lower().rstrip("s")
    if n is None or not float(n).is_integer():
        return "PAST_REF", "date", False, None
    return shift(c.anchor, unit, -int(n)), "date", False, None


def h_dayrel(m: re.Match, c: Ctx) -> Result | None:
    word = G(m, "word").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}
    step = offset.get(word.split()[0], 0)
    if word == "the day before yesterday":
        step = -2
    elif word == "the day after tomorrow":
        step = 2
    day = shift(c.anchor, "day", step)
    pod = (G(m, "pod") or ("night" if word in ("tonight", "last") else "")).lower()
    if pod and day:
        return f"{day}T{POD[pod]}", "time", False, None
    return day, "date", False, None


POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def h_weekday(m: re.Match, c: Ctx) -> Result | None:
    rel = (G(m, "rel") or "").lower()
    wd = WEEKDAYS.index(G(m, "wd").lower())
    day = weekday_date(wd, rel, c)
    week = (G(m, "wk") or "").lower()
    if week and c.anchor.date is not None:  # "Friday last week": that weekday of the week before
        monday = c.anchor.date - dt.timedelta(days=c.anchor.date.weekday())
        day = (monday + dt.timedelta(days=(-7 if week == "last" else 7) + wd)).isoformat()
    pod = (G(m, "pod") or "").lower()
    if pod:
        return (f"{day}T{POD[pod]}" if day else None), "time", False, None
    return day, "date", False, None


def h_night(m: re.Match, c: Ctx) -> Result | None:
    """A night named by the two days it joins ("the night of 9-10 September", "the night
    from Tuesday to Wednesday") or "overnight" alone, the night that ends on the day of the
    report (the coming one in the future tense). The value is the evening's day with ``TNI``
    (TimeML), and ``end`` is the day after midnight, on which an event of that night is dated
    (``events.event_day``). A pair of days that are not consecutive is no night: None, and the
    day range is read on its own."""
    if G(m, "wd2"):  # "the night of Tuesday to Wednesday": the second weekday as a bare weekday
        after = weekday_date(WEEKDAYS.index(G(m, "wd2").lower()), "", c)  # type: ignore[union-attr]
        before = shift_day(after, -1)
        if before is None or dt.date.fromisoformat(before).weekday() != WEEKDAYS.index(G(m, "wd").lower()):  # type: ignore[union-attr]
            return None
    elif G(m, "d2"):
        res = (h_mdy_dm if m.start("d") < m.start("mon") else h_mdy)(m, c)  # "9-10 September" or "September 9-10"
        if res is None or res[0] is None or res[3] is None or "X" in res[0]:
            return None
        before, after = res[0], res[3]
        if shift_day(before, 1) != after:
            return None
    else:  # "overnight": the night just past, or in the future tense the coming one
        step = 0 if c.tense == "future" else -1
        before, after = shift(c.anchor, "day", step), shift(c.anchor, "day", step + 1)
    if before is None or after is None:
        return None, "time", False, None
    return f"{before}TNI", "time", False, after


def shift_day(day: str | None, step: int) -> str | None:
    """An ISO day moved by ``step`` days (None stays None)."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=step)).isoformat() if day else None


def h_weekend(m: re.Match, c: Ctx) -> Result | None:
    rel = (G(m, "rel") or "this").lower()
    week = shift(c.anchor, "week", {"last": -1, "next": 1, "coming": 1}.get(rel, 0))
    return (f"{week}-WE" if week else None), "date", False, None


def h_ref(m: re.Match, c: Ctx) -> Result | None:
    w = m[0].lower()
    if "future" in w:
        return "FUTURE_REF", "date", False, None
    if "past" in w or "recent" in w or "lately" in w or "at the time" in w or "formerly" in w:
        return "PAST_REF", "date", False, None
    return "PRESENT_REF", "date", False, None


def h_duration(m: re.Match, c: Ctx) -> Result | None:
    if (G(m, "num") or "").lower() in ("a", "an") and G(m, "unit").lower() == "second":  # type: ignore[union-attr]
        return None  # "a second term" is an ordinal, not one second
    unit = G(m, "unit") or ""
    num = G(m, "num") or (None if unit.endswith("s") else "1")  # "the past year" is one year
    return duration(num, unit), "duration", False, None


def h_time(m: re.Match, c: Ctx) -> Result | None:
    h = int(G(m, "h"))
    mi = int(G(m, "mi")) if G(m, "mi") else 0
    ap = (G(m, "ap") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59 or (not ap and not G(m, "tz") and not G(m, "wd")):
        return None
    day = weekday_date(WEEKDAYS.index(G(m, "wd").lower()), "", c) if G(m, "wd") else shift(c.anchor, "day", 0)
    if day is None:
        return None, "time", False, None
    # TimeML writes a time given in UTC/GMT with the zone designator Z ("18:00 UTC")
    zone = "Z" if (G(m, "tz") or "").strip().upper() in ("UTC", "GMT") else ""
    return f"{day}T{h:02d}:{mi:02d}{zone}", "time", False, None


def h_set(m: re.Match, c: Ctx) -> Result | None:
    w = m[0].lower()
    unit = (G(m, "unit") or "").lower()
    for adv, val in (("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("nightly", "P1D")):
        if w == adv:
            return val, "set", False, None
    if w in ("annually", "yearly", "annual"):
        return "P1Y", "set", False, None
    if unit in POD:
        return f"XXXX-XX-XXT{POD[unit]}", "set", False, None
    if unit.rstrip("s") in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.index(unit.rstrip('s')) + 1}", "set", False, None
    if unit in SEASONS:
        return f"XXXX-{SEASONS[unit]}", "set", False, None
    if unit == "season":
        return "XXXX-XX", "set", False, None
    return duration(G(m, "num") or "1", unit), "set", False, None


# --------------------------------------------------------------------------- narrative
# "Two days later", "the following month", "that evening": relative to the date the story
# last gave (``c.ref``), not to the publication date. Without a reference the value is None
# (the precision still says what kind of date it was); the year is inferred exactly when the
# reference's year was.

NARRATIVE_STEP = {"later": 1, "after": 1, "following": 1, "next": 1, "earlier": -1, "before": -1,
                  "previous": -1, "preceding": -1, "prior": -1}  # fmt: skip


def _narrative(value: str | None, c: Ctx, pod: str = "") -> Result:
    if value is None:
        return None, "date", False, None
    if pod and len(value) == 10:
        return f"{value}T{POD[pod]}", "time", c.ref_inferred, None
    return value, "date", c.ref_inferred, None


def h_narr_count(m: re.Match, c: Ctx) -> Result | None:
    """ "two days later", "a week earlier", "three months after": counted from the reference."""
    n = number(G(m, "num"))
    unit = G(m, "unit").lower().rstrip("s")  # type: ignore[union-attr]
    if unit not in ("day", "week", "month", "year"):
        return None
    if n is None or not float(n).is_integer():  # "several days later": a date, value unknown
        return None, "date", False, None
    step = int(n) * NARRATIVE_STEP[G(m, "dir").lower()]  # type: ignore[union-attr]
    return _narrative(narrative_shift(c.ref, unit, step), c)


def h_narr_unit(m: re.Match, c: Ctx) -> Result | None:
    """ "the following day", "the next day", "the previous month", "the day before"."""
    unit = (G(m, "unit") or G(m, "unit2") or G(m, "unit3") or "").lower()
    step = NARRATIVE_STEP[(G(m, "rel") or G(m, "rel2") or G(m, "dir") or "").lower()]
    return _narrative(narrative_shift(c.ref, unit, step), c)


def h_narr_same(m: re.Match, c: Ctx) -> Result | None:
    """ "that day", "the same day", "later that evening", "that year": the reference itself."""
    unit = G(m, "unit").lower()  # type: ignore[union-attr]
    if unit in POD:
        return _narrative(narrative_shift(c.ref, "day", 0), c, unit)
    return _narrative(narrative_shift(c.ref, unit, 0), c)


def h_narr_year_back(m: re.Match, c: Ctx) -> Result | None:
    """ "the same month a year ago", "the same period last year": the reference, a year earlier
    at its own precision (January 2009 -> 2008-01)."""
    ref = re.fullmatch(r"(\d{4})(-\d\d(?:-\d\d)?|-Q[1-4]|-W\d\d)?", c.ref or "")
    if ref is None:
        return None, "date", False, None
    return f"{int(ref.group(1)) - 1:04d}{ref.group(2) or ''}", "date", c.ref_inferred, None
