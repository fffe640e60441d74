"""Russian time expressions, normalised against the publication date with the same calendar
code as English (``nlp/timex_calendar.py``): "21 июня (2025 года)", "3-го апреля", ranges
"20–22 июня" / "с 20 по 22 июня" (``DateValue.end``), "в июне (2025 года)",
"в 2025 году", "в (прошлую) субботу", "вчера", "в прошлом году", "на прошлой неделе".

Why token rules and not Natasha's DatesExtractor: the extractor finds absolute dates only;
news dates events relative to the publication day ("в субботу", "вчера"), and the choice of
which Saturday belongs to the governing verb's tense, as in English (past looks back, future
forward). Month and weekday words are matched by lemma, so every case form counts.
"""

from __future__ import annotations

import re

from ...records import DateValue
from ..timex_calendar import Ctx, month_day_year, month_year, parse_anchor, precision_of, shift, weekday_date
from .base import RuDoc, Tok, data

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DAY = re.compile(r"^(0?[1-9]|[12]\d|3[01])(?:-?го|-е)?$")  # "21", "3-го"
_DAY_RANGE = re.compile(r"^(0?[1-9]|[12]\d|3[01])[–—-](0?[1-9]|[12]\d|3[01])$")  # "20–22"


def _tense(rd: RuDoc, t: Tok) -> str | None:
    """The tense of the verb governing a date token: past, future, present or None."""
    k: int | None = t.i
    for _ in range(8):
        if k is None:
            return None
        tok = rd.toks[k]
        if tok.pos in ("VERB", "AUX"):
            tense = tok.feats.get("Tense")
            if tok.pos == "VERB" and any(c.lemma == "быть" and c.feats.get("Tense") == "Fut" for c in rd.children(k)):
                return "future"
            return {"Past": "past", "Fut": "future", "Pres": "present"}.get(tense or "")
        k = tok.head
    return None


def _year_after(rd: RuDoc, i: int) -> tuple[int | None, int]:
    """A year written after token ``i`` ("2025 года", "2025 г.") and the index after it."""
    toks = rd.toks
    if i + 1 < len(toks) and _YEAR.match(toks[i + 1].text):
        j = i + 2
        if j < len(toks) and (toks[j].lemma in ("год", "г") or toks[j].text.lower().startswith("г")):
            j += 1
            if j < len(toks) and toks[j].text == "." and toks[j - 1].text.lower() == "г":
                j += 1
        return int(toks[i + 1].text), j
    return None, i + 1


def find_dates(rd: RuDoc) -> list[DateValue]:
    """Every time expression of the document with its normalised value (None when the
    anchor is too coarse), in text order."""
    w = data("words")
    months, weekdays = w["months"], w["weekdays"]
    anchor = parse_anchor(rd.published)
    toks = rd.toks
    out: list[DateValue] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not (t.lemma in months or t.lemma in weekdays or t.text[:1].isdigit() or t.lower in ("с", "со")
                or t.lower in w["relative_days"] or t.lemma in w["weekday_relatives"]
                or (i + 1 < len(toks) and f"{t.lemma} {toks[i + 1].lemma}" in w["relative_units"])):
            i += 1
            continue
        c = Ctx(anchor, _tense(rd, t))
        start_i, value, end_i = i, None, None
        kind_ok = inferred = False
        end_value = None
        # "21 июня (2025 года)", "3-го апреля", "20–22 июня", "с 20 по 22 июня"
        rng = _DAY_RANGE.match(t.text)
        span_range = (i + 3 < len(toks) and t.lower in ("с", "со") and _DAY.match(toks[i + 1].text)
                      and toks[i + 2].lower in ("по", "до") and _DAY.match(toks[i + 3].text))
        if span_range and i + 4 < len(toks) and toks[i + 4].lemma in months:
            year, end_i = _year_after(rd, i + 4)
            month = months[toks[i + 4].lemma]
            first, last = int(_DAY.match(toks[i + 1].text)[1]), int(_DAY.match(toks[i + 3].text)[1])
            value = month_day_year(month, first, year, c)
            end_value = month_day_year(month, last, year, c)
            kind_ok, inferred = True, year is None and anchor.year is not None
        elif (rng or _DAY.match(t.text)) and i + 1 < len(toks) and toks[i + 1].lemma in months:
            year, end_i = _year_after(rd, i + 1)
            month = months[toks[i + 1].lemma]
            first = int(rng[1]) if rng else int(_DAY.match(t.text)[1])
            value, kind_ok = month_day_year(month, first, year, c), True
            end_value = month_day_year(month, int(rng[2]), year, c) if rng else None
            inferred = year is None and anchor.year is not None
        # "в июне (2025 года)", "июнь"
        elif t.lemma in months and t.pos == "NOUN":
            year, end_i = _year_after(rd, i)
            if year is not None:
                value = f"{year:04d}-{months[t.lemma]:02d}"
            else:
                value = month_year(months[t.lemma], None, "", c)
                inferred = anchor.year is not None
            kind_ok = True
        # "в 2025 году"
        elif _YEAR.match(t.text) and i + 1 < len(toks) and toks[i + 1].lemma == "год":
            value, end_i, kind_ok = t.text, i + 2, True
        # "в (прошлую) субботу"
        elif t.lemma in weekdays:
            rel = ""
            if i > 0 and toks[i - 1].lemma in w["weekday_relatives"]:
                rel, start_i = w["weekday_relatives"][toks[i - 1].lemma], i - 1
            value, end_i, kind_ok = weekday_date(weekdays[t.lemma], rel, c), i + 1, True
        # "вчера", "сегодня"
        elif t.lower in w["relative_days"] and t.pos == "ADV":
            value, end_i, kind_ok = shift(anchor, "day", w["relative_days"][t.lower]), i + 1, True
        # "в прошлом году", "на следующей неделе"
        elif i + 1 < len(toks) and f"{t.lemma} {toks[i + 1].lemma}" in w["relative_units"]:
            unit, step = w["relative_units"][f"{t.lemma} {toks[i + 1].lemma}"]
            value, end_i, kind_ok = shift(anchor, unit, step), i + 2, True
        if kind_ok and end_i is not None:
            s, e = toks[start_i].start, toks[end_i - 1].end
            out.append(DateValue(value=value, text=rd.text[s:e], precision=precision_of(value),
                                 year_inferred=inferred, span=(s, e), end=end_value))
            i = end_i
            continue
        i += 1
    return out
