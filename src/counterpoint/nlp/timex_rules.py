"""The time-expression grammar: regular patterns that find and normalise dates without spaCy.

One grammar serves two uses. :func:`find` scans running text for every pattern and keeps the
longest non-overlapping matches (the spaCy component ``cp_dates`` calls it and adds the
governing verb's tense); :func:`normalize` full-matches one string against the same patterns.
Each pattern's handler turns a match into a TimeML value resolved against the *anchor* (the
publication date, at any precision) -- calendar arithmetic lives in ``timex_calendar``.

Values follow TimeML/ISO: ``2025-06-21`` (day), ``2025-06`` (month), ``2025`` (year),
``2025-SU`` (season), ``2025-Q3`` (quarter), ``2025-W12`` (week), ``199X`` (decade),
``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, durations ``P5Y`` (kind ``duration``), times
``2025-06-21T14:00`` (kind ``time``), sets ``P1W`` / ``XXXX-WXX-1`` (kind ``set``).

Without an anchor, a yearless date keeps its month and day and an ``XXXX`` year
("June 21" -> ``XXXX-06-21``, precision ``day``, ``year_inferred=True``) so the corpus stage
can fill the year in later; expressions that only make sense relative to the publication date
("yesterday", "last year", "on Saturday") get ``value=None`` with their precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..records import DateValue
from .timex_calendar import Anchor, Ctx, parse_anchor, precision_of
from .timex_handlers import (
    NUM_WORDS,
    VAGUE_NUM,
    Result,
    duration,
    h_ago,
    h_century,
    h_dayrel,
    h_decade,
    h_duration,
    h_iso,
    h_mdy,
    h_mdy_dm,
    h_month,
    h_narr_count,
    h_narr_same,
    h_narr_unit,
    h_narr_year_back,
    h_night,
    h_quarter,
    h_ref,
    h_relunit,
    h_season,
    h_set,
    h_time,
    h_weekday,
    h_weekend,
    h_year,
    h_year2,
)

__all__ = ["RULES", "Candidate", "Rule", "duration", "find", "normalize", "resolve"]

_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
)
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_Y = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_NUMW = "|".join(sorted((re.escape(w) for w in NUM_WORDS), key=len, reverse=True))
_VAGUE = "|".join(re.escape(w) for w in VAGUE_NUM)
# a count, optionally "and a half" ("two and a half years" is 2.5 years)
_NUM = rf"(?:(?:\d+(?:[.,]\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|{_NUMW}|{_VAGUE}))(?:\s+(?i:and\s+a\s+half))?)"
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"
_SEP = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_FROM = r"(?:(?i:from|between)\s+)?"
_MOD = r"(?:(?i:early|late|mid|the (?:end|beginning|start|middle|first half|second half) of|(?:earlier|later) in)[\s-]*)?"
_TZ = r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|MSK|local time))?"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


# --------------------------------------------------------------------------- the grammar


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match, Ctx], Result | None]
    needs: frozenset[str]  # gates (see ``_GATES``) that every match of ``regex`` passes


# --------------------------------------------------------------------------- literal gates
# Every pattern opens with a look-behind, so ``re`` tries it at every position of the text:
# 41 full scans per article were most of the date component's time. A rule can only match a
# text in which each of its gates finds one of its literals inside the match itself, so
# ``find`` skips the rules whose gates fail and gives exactly what scanning them would.
# Case-sensitive gates read the text; the others read it case-folded as ``re`` folds it
# (``(?i:s)`` also matches "ſ", ``(?i:i)`` also "ı" and "İ").
# ``tests/test_timex_gates.py`` checks each rule against strings generated from its pattern.

_CASE_SENSITIVE, _FOLDED = True, False
_GATES: dict[str, tuple[bool, tuple[str, ...]]] = {
    "month": (_CASE_SENSITIVE, ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")),
    "weekday": (_CASE_SENSITIVE, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
    "unit": (_CASE_SENSITIVE, ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")),
    "plural_unit": (_CASE_SENSITIVE, ("years", "months", "weeks", "decades", "days")),
    "same_unit": (_CASE_SENSITIVE, ("day", "morning", "afternoon", "evening", "night", "week", "month", "year")),
    "part_of_day": (_CASE_SENSITIVE, ("morning", "afternoon", "evening", "night")),
    "season": (_FOLDED, ("spring", "summer", "autumn", "winter", "fall")),
    "ampm": (_CASE_SENSITIVE, ("am", "pm", "AM", "PM", "a.m.", "p.m.")),
    "dash": (_CASE_SENSITIVE, ("-",)),
    "zone": (_CASE_SENSITIVE, ("GMT", "UTC")),
    "same": (_CASE_SENSITIVE, ("same",)),
    "colon": (_CASE_SENSITIVE, (":",)),
    "apostrophe": (_CASE_SENSITIVE, ("'",)),
    "Q": (_CASE_SENSITIVE, ("Q",)),
    "quarter": (_CASE_SENSITIVE, ("quarter",)),
    "ago": (_CASE_SENSITIVE, ("ago",)),
    "the_day": (_CASE_SENSITIVE, ("the day",)),
    "weekend": (_CASE_SENSITIVE, ("weekend",)),
    "night": (_FOLDED, ("night",)),
    "later": (_FOLDED, ("later", "earlier", "after", "before")),
    "century": (_FOLDED, ("century",)),
    "dayrel": (_FOLDED, ("today", "tonight", "yesterday", "tomorrow")),
    "every": (_FOLDED, ("every", "each", "per")),
    "times": (_FOLDED, ("once", "twice", "times")),
    "adverb": (_FOLDED, ("daily", "weekly", "monthly", "annual", "yearly", "nightly")),
    "past": (_FOLDED, ("past",)),
    "ref": (_FOLDED, ("now", "current", "present", "moment", "these", "recent", "lately", "past", "time",
                      "formerly", "future")),
}  # fmt: skip
_DIGIT = re.compile(r"\d")  # "digit" is the one gate that is a class, not literals: \d is Unicode
# (?i) matches these to ASCII letters that lower() does not give (the Kelvin sign lowers to "k").
_RE_FOLDS = {"ſ": "s", "ı": "i", "İ": "i"}
_FOLD = str.maketrans(_RE_FOLDS)
_NEEDS: dict[str, frozenset[str]] = {
    name: frozenset(needs.split())
    for name, needs in {
        "iso": "digit dash", "md_range": "month digit", "dm_range": "month digit", "mdy": "month digit",
        "dmy": "month digit", "md": "month digit", "dm": "month digit", "month_range": "month",
        "my": "month digit", "month": "month", "year_range": "digit", "year": "digit", "decade": "digit",
        "decade2": "digit apostrophe", "year2": "digit apostrophe", "century": "century", "season": "season", "quarter": "quarter",
        "quarter_q": "Q digit", "quarter_rel": "quarter", "narr_count": "later same_unit",
        "narr_unit": "same_unit", "narr_same": "same_unit", "narr_year_back": "same", "narr_day": "the_day",
        "relunit": "unit", "relunit_end": "unit", "ago": "ago unit", "dayrel": "dayrel",
        "dayrel_pod": "part_of_day", "weekday": "weekday", "weekend": "weekend",
        "night_dm": "night month digit", "night_md": "night month digit", "night_wd": "night weekday", "overnight": "night", "time": "digit ampm",
        "time_wd": "digit ampm weekday", "time24": "digit colon", "time_mil": "digit zone", "set": "every", "set_times": "times",
        "set_adv": "adverb", "ref": "ref", "past_dur": "unit", "past_unit": "past unit", "duration": "unit",
        "vague_dur": "plural_unit",
    }.items()
}  # fmt: skip


def gates_passed(text: str) -> frozenset[str]:
    """The gates ``text`` passes."""
    folded = text.lower()
    if not text.isascii() and any(ch in text for ch in _RE_FOLDS):
        folded = text.translate(_FOLD).lower()
    passed = {
        gate
        for gate, (case_sensitive, literals) in _GATES.items()
        if any(lit in (text if case_sensitive else folded) for lit in literals)
    }
    if _DIGIT.search(text):
        passed.add("digit")
    return frozenset(passed)


def _r(name: str, pat: str, handler: Callable[[re.Match, Ctx], Result | None]) -> Rule:
    return Rule(name, re.compile(rf"(?<![\w/#$£€-]){pat}(?![\w/])"), handler, _NEEDS[name])


MON, MON2, D, D2, Y = _g("mon", _MON), _g("mon2", _MON), _g("d", _D), _g("d2", _D), _g("y", _Y)
_WDP = rf"(?:{_WD},?\s+)?"
_REL = r"(?i:this|last|next|coming|previous|current)"
# A night named by the two days it joins: "the night of 9-10 September", "the night from 9 to 10
# September", "the night of Tuesday to Wednesday", "overnight from Tuesday into Wednesday".
_NIGHT = r"(?:(?i:the)\s+)?(?:(?i:night|overnight))\s+(?i:of|from|between)\s+"
_NIGHT_SEP = r"\s*(?:-|–|—|(?i:to|into|and))\s*"

RULES: tuple[Rule, ...] = (
    _r("iso", r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)", h_iso),
    _r("md_range", rf"{_FROM}{MON}\s+{D}{_SEP}(?:{MON2}\s+)?{D2}(?:,?\s+{Y})?", h_mdy),
    _r("dm_range", rf"{_FROM}{D}(?:\s+{MON2})?{_SEP}{D2}\s+{MON}(?:,?\s+{Y})?", h_mdy_dm),
    _r("mdy", rf"{_WDP}{MON}\s+{D},?\s+{Y}", h_mdy),
    _r("dmy", rf"{_WDP}(?:the\s+)?{D}\s+(?:of\s+)?{MON},?\s+{Y}", h_mdy),
    _r("md", rf"{_WDP}{MON}\s+{D}", h_mdy),
    _r("dm", rf"{_WDP}(?:the\s+)?{D}\s+(?:of\s+)?{MON}", h_mdy),
    _r("month_range", rf"{_FROM}{_MOD}{MON}{_SEP}{MON2}(?:,?\s+(?:of\s+)?{Y})?", h_month),
    _r("my", rf"{_MOD}{MON},?\s+(?:of\s+)?{Y}", h_month),
    _r("month", rf"{_MOD}(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?{MON}(?=,?\s+of\s+(?P<yrel>(?i:last|next|this))\s+year)?", h_month),
    _r("year_range", rf"{_FROM}{_MOD}{Y}\s*(?:-|–|—|to|until|through|and)\s*(?P<y2>{_Y}|\d\d(?!\d))", h_year),
    _r("year", rf"{_MOD}(?:(?i:fiscal|FY)\s*)?{Y}(?:/\d\d)?", h_year),
    _r("decade", r"(?:the\s+)?(?:(?i:early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0|(?<=')\d0|(?<=the )\d0|(?<=\d0s and )\d0)'?s", h_decade),
    _r("decade2", r"(?:the\s+)?'(?P<dec>\d0)s", h_decade),
    # "since '82": an apostrophe year after a preposition (a bare quote mark may close a quote)
    _r("year2", r"(?:(?<=since )|(?<=until )|(?<=after )|(?<=before )|(?<=during ))'(?P<yy>\d\d)(?!\d|s\b)", h_year2),
    _r("century", r"(?:the\s+)?(?P<ord>1\d(?:st|nd|rd|th)|2[01](?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty-first|eighteenth))[\s-](?i:century)", h_century),
    _r("season", rf"(?:(?P<rel>(?i:this|last|next|past|coming|early|late|mid|the|their|its|our)(?:\s+(?i:last|next|past|coming|early|late))?)\s+)?(?P<season>spring|summer|autumn|winter|fall|Spring|Summer|Autumn|Winter|Fall)(?:\s+(?:of\s+)?{Y}|(?!\s+of\b))", h_season),
    _r("quarter", rf"(?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)(?:[\s-]+fiscal)?[\s-]+quarter(?:\s+of\s+(?:{Y}|(?:the\s+)?(?P<qrel>this|last|next)\s+year))?", h_quarter),
    _r("quarter_q", rf"Q(?P<qn>[1-4])(?:\s+{Y})?", h_quarter),
    _r("quarter_rel", r"(?P<qrel>(?i:this|last|next|previous|coming))\s+quarter", h_quarter),
    # Narrative-relative: counted from the date the story last gave (see ``timex.extract``).
    _r("narr_count", rf"(?P<num>{_NUM})\s+(?P<unit>(?:day|week|month|year)s?)\s+(?P<dir>(?i:later|earlier)(?!\s+than\b)|(?i:after|before)(?=\s*(?:[,.;:!?)]|$)))", h_narr_count),
    _r("narr_unit", r"(?i:the)\s+(?:(?:(?i:very)\s+)?(?P<rel>(?i:following|previous|preceding|prior))\s+(?P<unit>day|week|month|year)|(?:(?i:very)\s+)?(?P<rel2>(?i:next))\s+(?P<unit2>day)|(?P<unit3>day|week|month|year)\s+(?P<dir>(?i:before|after))(?=\s*(?:[,.;:!?)]|$)))", h_narr_unit),
    # "compared with the same month a year ago": the narrative's last date, one year back
    _r("narr_year_back", r"(?i:the)\s+same\s+(?P<unit>day|week|month|quarter|period)\s+(?i:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before)", h_narr_year_back),
    _r("narr_same", r"(?:(?i:later|earlier)\s+)?(?i:that|the\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)(?!\s+(?:of|when)\b)", h_narr_same),
    _r("narr_day", r"(?:(?<=end )|(?<=ends )|(?<=ended )|(?<=ending )|(?<=finish )|(?<=finished )|(?<=finishing )|(?<=close )|(?<=closed )|(?<=closing )|(?<=for )|(?<=For )|(?<=start of )|(?<=end of )|(?<=late in )|(?<=early in )|(?<=later in )|(?<=earlier in ))the (?P<unit>day)(?!\s+(?:of|before|after|that|when|in|on|to)\b)", h_narr_same),
    _r("relunit", rf"(?P<edge>(?i:earlier|later|early|late|the (?:end|beginning|start|middle) of)\s+)?(?:the\s+)?(?P<rel>{_REL})\s+(?:(?i:fiscal|calendar|financial)\s+)?(?P<unit>week|month|year|decade)", h_relunit),
    _r("relunit_end", r"(?P<edge>(?i:the (?:end|beginning|start|middle) of))\s+(?P<rel>the\s+)?(?P<unit>year|month|week)", h_relunit),
    _r("ago", rf"(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+ago", h_ago),
    _r("dayrel", r"(?P<word>(?i:the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow))(?:\s+(?P<pod>morning|afternoon|evening|night))?", h_dayrel),
    _r("dayrel_pod", r"(?P<word>(?i:this|last))\s+(?P<pod>morning|afternoon|evening|night)", h_dayrel),
    _r("weekday", rf"(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?(?P<wd>{_WD})(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:,?\s+(?:of\s+)?(?P<wk>(?i:last|next))\s+week)?", h_weekday),
    _r("night_dm", rf"{_NIGHT}(?:the\s+)?{D}(?:\s+{MON2})?{_NIGHT_SEP}(?:the\s+)?{D2}\s+(?:of\s+)?{MON}(?:,?\s+{Y})?", h_night),
    _r("night_md", rf"{_NIGHT}{MON}\s+{D}{_NIGHT_SEP}(?:{MON2}\s+)?{D2}(?:,?\s+{Y})?", h_night),
    _r("night_wd", rf"{_NIGHT}(?P<wd>{_WD}){_NIGHT_SEP}(?P<wd2>{_WD})", h_night),
    # "overnight" alone: the night before the report (``h_night``); "overnight Wednesday" is read as "Wednesday"
    _r("overnight", rf"(?i:overnight)(?!\s+(?:(?i:on\s+|into\s+|to\s+|of\s+|from\s+|between\s+))?(?:{_WD}|{_MON}|\d))", h_night),
    _r("weekend", r"(?P<rel>(?i:this|last|next|the|coming))\s+weekend", h_weekend),
    _r("time", rf"(?:(?P<wd>{_WD}),?\s+(?:at\s+)?)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m|[AP]M)(?![\w]){_TZ}", h_time),
    _r("time_wd", rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m|[AP]M){_TZ},?\s+(?:on\s+)?(?P<wd>{_WD})", h_time),
    _r("time24", rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?P<tz>{_TZ})(?:,?\s+(?:on\s+)?(?P<wd>{_WD}))?", h_time),
    _r("time_mil", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<tz>\s+(?:GMT|UTC))", h_time),
    _r("set", rf"(?i:every|each|per)\s+(?:(?P<num>{_NUM})\s+)?(?P<unit>day|week|month|year|morning|afternoon|evening|night|season|spring|summer|autumn|winter|{_WD})s?", h_set),
    _r("set_times", r"(?i:once|twice|three times|several times)\s+(?:a|per|each)\s+(?P<unit>day|week|month|year)", h_set),
    _r("set_adv", r"(?i:daily|weekly|monthly|annual|annually|yearly|nightly)", h_set),
    _r("ref", r"(?i:now|currently|nowadays|at present|at the moment|these days|the present|recently|lately|in recent times|the past|at the time|formerly|the future|in the future)", h_ref),
    _r("past_dur", rf"(?:the\s+)?(?i:past|last|next|first|previous|coming|following)\s+(?P<num>{_NUM})\s+(?P<unit>{_UNIT})", h_duration),
    _r("past_unit", r"the\s+(?i:past)\s+(?P<unit>year|month|week|decade|day)", h_duration),
    _r("duration", rf"(?P<num>{_NUM})[\s-]+(?:(?i:straight|consecutive|successive)\s+)?(?P<unit>{_UNIT})(?![\s-]old)'?", h_duration),
    _r("vague_dur", r"(?:(?<=[Ff]or )|(?<=[Ii]n )|(?<=[Oo]ver )|(?i:recent)\s+)(?P<unit>years|months|weeks|decades|days)(?!\s+(?:of|ago|old|later|earlier|before|after))", h_duration),
)  # fmt: skip


# --------------------------------------------------------------------------- public API

_ORDER = {r.name: i for i, r in enumerate(RULES)}  # earlier rules win ties of length
_LEAD_PREP = re.compile(r"^(?i:on|in|at|by|since|until|during|before|after)\s+(?=\S)")
_VALIDATE = Ctx(Anchor(2000, 6, 15), None)


@dataclass(frozen=True)
class Candidate:
    """A match of one rule in running text, before resolution against an anchor."""

    start: int
    end: int
    rule: Rule
    match: re.Match

    @property
    def text(self) -> str:
        return self.match.group(0)


def find(text: str) -> list[Candidate]:
    """Every time expression the grammar finds, longest first, without overlaps, by position.

    A match whose handler rejects it even with a full anchor (31 February, "2012-2009") is
    dropped before overlaps are settled so it cannot shadow a shorter valid reading."""
    found: list[Candidate] = []
    passed = gates_passed(text)
    for rule in RULES:
        if not rule.needs <= passed:
            continue  # cannot match here (see ``_GATES``)
        for m in rule.regex.finditer(text):
            if m.end() > m.start() and "\n" not in m.group(0) and rule.handler(m, _VALIDATE) is not None:
                found.append(Candidate(m.start(), m.end(), rule, m))
    found.sort(key=lambda c: (-(c.end - c.start), _ORDER[c.rule.name], c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def resolve(
    cand: Candidate, anchor: str | Anchor | None, tense: str | None = None, ref: DateValue | None = None
) -> DateValue | None:
    """Normalise one candidate against the anchor; the span is the candidate's offsets.

    ``ref`` is the narrative reference for "two days later" and kin (see ``timex.extract``);
    other rules ignore it."""
    a = anchor if isinstance(anchor, Anchor) else parse_anchor(anchor)
    ctx = Ctx(a, tense, ref.value if ref else None, ref.year_inferred if ref else False)
    res = cand.rule.handler(cand.match, ctx)
    if res is None:
        return None
    value, kind, inferred, end = res
    precision = precision_of(value, kind)
    if value is None and kind == "date":  # relative expression without an anchor
        precision = _UNRESOLVED_PRECISION.get(cand.rule.name)
        if cand.rule.name.startswith("narr_"):
            unit = next(u for u in (cand.match.groupdict().get(k) for k in ("unit", "unit2", "unit3")) if u)
            unit = unit.lower().rstrip("s")
            precision = _NARR_PRECISION.get(
                unit, "week" if unit == "week" and cand.rule.name != "narr_count" else "day"
            )
    return DateValue(
        value=value,
        text=cand.text,
        precision=precision,
        year_inferred=inferred,
        span=(cand.start, cand.end),
        end=end,
        kind=kind,
    )


_UNRESOLVED_PRECISION = {"dayrel": "day", "weekday": "day", "weekend": "week", "season": "season",
                         "quarter": "quarter", "quarter_rel": "quarter"}  # fmt: skip
_NARR_PRECISION = {"month": "month", "year": "year"}  # days, weeks counted, parts of a day: day


def normalize(
    text: str, anchor: str | None, tense: str | None = None, ref: DateValue | None = None
) -> DateValue | None:
    """Normalise a whole string as one time expression (None if it is not one).

    ``anchor`` is the publication date (ISO, any precision, or None); ``tense`` ("past",
    "present", "future" or None) is the governing verb's tense, which decides whether a
    yearless date or a bare weekday looks back or forward from the anchor; ``ref`` is the
    date the narrative last gave, for "two days later" and kin."""
    stripped = _LEAD_PREP.sub("", text.strip())
    lead = text.find(stripped)
    for rule in RULES:
        m = rule.regex.fullmatch(stripped)
        if m is None:
            continue
        dv = resolve(Candidate(0, len(stripped), rule, m), anchor, tense, ref)
        if dv is not None:
            dv.span = (lead, lead + len(stripped))
            return dv
    return None
