"""cp_quantities: counted amounts ("66 prisoners", "up to 5,000 troops", "dozens of people").

Why rules and not spaCy's CARDINAL entities alone: outlets disagree about *how many*, so a
quantity is only useful with the noun it counts (the unit) and with its hedges ("up to",
"more than") so that align/ can tell a conflict (66 vs 70 prisoners) from a difference of
precision (66 vs "dozens"). The small model's NER also tags dates, ordinals and codenames as
numbers, so every candidate passes explicit exclusions:

* ordinals ("42nd", "second") are never candidates (only cardinal words and digits are);
* years (a bare four-digit 1800-2100), year ranges ("2020–2022"), calendar dates ("June 21",
  "20 June", "September 25 to 29", anything inside a non-duration ``doc._.cp_dates`` span or
  a DATE entity holding a month/weekday), clock times ("10:30 a.m.");
* issue/rank numbers ("#12", "No. 5"), reading times ("8 min read");
* numbers inside names ("World War II", "Boeing 747", "Zapad-2025": inside a named entity);
* a number with no counted noun, unless it is money or a percentage.

Vague plurals get a documented conventional value and ``approximate=True``: "dozens" = 24
(two dozen, the least the plural can mean), "scores" = 40, "hundreds" = 200, "thousands" =
2000, "millions" = 2,000,000, "tens of thousands" = 20,000, "hundreds of thousands" = 200,000;
``qualifier`` keeps the word so no reader mistakes 24 for a reported figure. Every hedge
("up to", "about", "more than", "at least", "nearly", ...) also sets ``approximate=True``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Quantity
from . import extensions  # noqa: F401
from .gazetteer import doc_text, doc_tokens

# What the token-window readers index: a Doc, or its shared token list (gazetteer.doc_tokens),
# which the per-token scan passes so that no Token object is made again per helper call.
Tokens = Doc | Sequence[Token]

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
_DIGIT_RANGE = re.compile(r"^(\d[\d,.]*)[-–—](\d[\d,.]*)$")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "m": 10**6,
    "mln": 10**6,
    "k": 1000,
    "dozen": 12,  # "two dozen" = 24
}
# Vague plural -> conventional least value (see module docstring).
_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2 * 10**6,
    "billions": 2 * 10**9,
    "tens": 20,
}
_QUALIFIERS = (
    "as many as",
    "up to",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "an estimated",
    "close to",
    "just over",
    "just under",
    "in excess of",
    "upwards of",
    "over",
    "under",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "estimated",
    "approx.",
    "circa",
    "between",
)
_CURRENCY = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₽": "roubles"}
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CLOCK = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "h"}
_NAME_ENTS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "GPE", "LOC", "NORP"}
_ISSUE_WORDS = {
    "#",
    "no",
    "no.",
    "nr",
    "nr.",
    "number",
    "issue",
    "vol",
    "vol.",
    "page",
    "p.",
    "pp.",
    "chapter",
    "article",
    "section",
    "paragraph",
    "resolution",
    "flight",
    "route",
}
_RANGE_LINKS = {"to", "-", "–", "—", "and", "or"}


@cache
def _lexicon() -> dict:
    """Fractions, part/whole links and the numeric-date pattern (data/quantity_words.json)."""
    raw = json.loads(resources.files("counterpoint").joinpath("data/quantity_words.json").read_text("utf-8"))
    raw["numeric_date_re"] = re.compile(raw["numeric_date"])
    for key, words in raw.items():
        if isinstance(words, list) and key != "part_links":
            raw[key] = frozenset(words)
    return raw


def _fraction_word(tok: Token) -> float | None:
    return _lexicon()["fractions"].get(tok.lower_)


def _mixed_fraction(doc: Tokens, j: int) -> tuple[int, float] | None:
    """The fraction after a whole number: "and a half", "and three quarters" (from token j,
    the "and"). Returns (end token exclusive, fraction) or None."""
    if j + 2 >= len(doc) or doc[j].lower_ != "and":
        return None
    count = doc[j + 1].lower_
    frac = _fraction_word(doc[j + 2])
    if frac is None:
        return None
    if count in _lexicon()["fraction_articles"]:
        return j + 3, frac
    if count in _WORDS and _WORDS[count] < 10 and frac * _WORDS[count] < 1:
        return j + 3, frac * _WORDS[count]
    return None


def _share(doc: Tokens, i: int) -> tuple[int, float] | None:
    """A fraction that starts a quantity: "a quarter", "one third", "two thirds", "two-thirds",
    "half". Only when "of" (or, for "half", a determiner: "half the passengers", "half an hour")
    follows, so the ordinal "a third day" is not read. Returns (end token exclusive, share)."""
    low = doc[i].lower_
    n, k = 1.0, i
    if low in _lexicon()["fraction_articles"]:
        k = i + 1
    elif low in _WORDS and _WORDS[low] < 10:
        n, k = float(_WORDS[low]), i + 1
        if k < len(doc) and doc[k].text == "-":
            k += 1
    elif low != "half":
        return None
    if k >= len(doc):
        return None
    frac = _fraction_word(doc[k])
    if frac is None or (n > 1 and not doc[k].lower_.endswith("s")) or n * frac >= 1:
        return None
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if nxt == "of" or (doc[k].lower_ == "half" and nxt in ("the", "a", "an", "its", "their")):
        return k + 1, n * frac
    return None


def _whole(doc: Doc, end: int) -> tuple[int, float] | None:
    """The whole after a part: "of the 242", "out of 10". Returns (end of the whole's number
    token exclusive, whole) or None."""
    lex = _lexicon()
    for link in lex["part_links"]:
        k = end + len(link)
        if [t.lower_ for t in doc[end:k]] != link:
            continue
        if k < len(doc) and doc[k].lower_ in lex["whole_determiners"]:
            k += 1
        if k < len(doc):
            group = _number_group(doc, k)
            if group is not None and not _is_year(doc[k]):
                return group
    return None


def _numeric_date_chars(text: str) -> list[tuple[int, int]]:
    """Character spans of all-digit dates ("21-06-2025"), found in the raw text because a date
    glued to a word ("Today21-06-2025") never becomes a DATE entity or a cp_dates span."""
    return [m.span() for m in _lexicon()["numeric_date_re"].finditer(text)]


def _num_value(tok: Token) -> float | None:
    """The value of one numeric token (digits, a cardinal word or "twenty-five"), else None."""
    text = tok.text.lower()
    if _ORDINAL.match(text):
        return None
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    if text in _WORDS:
        return float(_WORDS[text])
    glyphs = _lexicon()["fraction_glyphs"]
    if text and text[-1] in glyphs and (len(text) == 1 or _DIGITS.match(text[:-1])):
        return float(text[:-1].replace(",", "") or 0) + glyphs[text[-1]]
    if "-" in text:
        parts = text.split("-")
        if len(parts) == 2 and all(p in _WORDS for p in parts):
            return float(_WORDS[parts[0]] + _WORDS[parts[1]])
    return None


def _number_group(doc: Tokens, i: int) -> tuple[int, float] | None:
    """Read a number starting at token i ("5", "5 million", "two hundred", "a dozen").

    Returns (end token index exclusive, value) or None."""
    value = _num_value(doc[i])
    if value is None:
        return None
    j = i + 1
    while j < len(doc):
        low = doc[j].lower_
        if low in _SCALES and (
            low not in ("m", "k", "bn") or doc[j].idx == doc[j - 1].idx + len(doc[j - 1]) or low == "bn"
        ):
            value *= _SCALES[low]
            j += 1
        elif (mixed := _mixed_fraction(doc, j)) is not None and float(value).is_integer():
            value += mixed[1]  # "six and a half" = 6.5
            j = mixed[0]
        elif low in ("and",) and j + 1 < len(doc) and doc[j + 1].lower_ in _WORDS and value >= 100:
            value += _WORDS[doc[j + 1].lower_]
            j += 2
        elif low in _WORDS and _num_value(doc[j - 1]) is not None and _WORDS[low] < 10 <= value < 100:
            value += _WORDS[low]
            j += 1
        else:
            break
    return j, value


def _clean(v: float) -> float | int:
    """An int when whole; shares rounded to 6 places (2/3 of a whole is 0.666667, not 0.6666666666666666)."""
    v = round(float(v), 6)
    return int(v) if v.is_integer() else v


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for d in doc._.cp_dates or []:
        if d.span and d.kind != "duration":
            spans.append(d.span)
    return spans


def _looks_like_date(doc: Doc, start: int, end: int, date_spans: list[tuple[int, int]]) -> bool:
    """True for calendar dates/times around the number tokens [start, end)."""
    s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    if any(a < e_char and s_char < b for a, b in date_spans):
        return True
    lo, hi = max(0, start - 3), min(len(doc), end + 2)
    window = {t.lower_.rstrip(".") for t in doc[lo:hi]}
    if window & _MONTHS and any(
        t.lower_.rstrip(".") in _MONTHS for t in doc[max(0, start - 3) : min(len(doc), end + 1)]
    ):
        # "June 21", "20 June", "September 25 to 29": a month name right next to the number
        # (directly, or via the first number of a range just before).
        near = [doc[k] for k in (start - 1, end) if 0 <= k < len(doc)]
        if any(t.lower_.rstrip(".") in _MONTHS for t in near):
            return True
        if start >= 3 and doc[start - 1].lower_ in _RANGE_LINKS and _num_value(doc[start - 2]) is not None:
            return doc[start - 3].lower_.rstrip(".") in _MONTHS
    tok = doc[start]
    if tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ != "O":
        ent = next((e for e in doc.ents if e.start <= start < e.end), None)
        if ent is not None and any(
            t.lower_.rstrip(".") in _MONTHS | _WEEKDAYS or (t.is_digit and len(t.text) == 4) for t in ent
        ):
            return True
    if end < len(doc) and doc[end].lower_ in _CLOCK:
        return True
    return ":" in doc[start].text


def _is_year(tok: Token) -> bool:
    return tok.is_digit and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    """The hedge just before the number ("up to", "more than") and where it starts."""
    for q in _QUALIFIERS:
        words = q.split()
        k = start - len(words)
        if k >= 0 and [t.lower_ for t in doc[k:start]] == words:
            return q, k
    return None, start


def _unit(doc: Doc, end: int, last: Token) -> tuple[str | None, int]:
    """The counted noun after the number: its syntactic head when that is a nearby noun,
    else the first noun within three tokens. Returns (unit, end token exclusive)."""
    if end < len(doc) and doc[end].text == "%":
        return "percent", end + 1
    if end < len(doc) and doc[end].lower_ in ("percent", "pct", "per"):
        step = 3 if doc[end].lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent" else 1
        return "percent", end + step
    if end < len(doc) and doc[end].lower_ == "of" and end + 1 < len(doc):
        pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
        if pobj and pobj[0].pos_ in ("NOUN", "PROPN"):
            return pobj[0].lower_, pobj[0].i + 1
    lex = _lexicon()
    k = end
    while k < len(doc) and k - end < 2 and doc[k].lower_ in lex["state_links"]:
        k += 1
    if k < len(doc) and doc[k].lower_ in lex["people_states"]:
        return doc[k].lower_, k + 1  # "730 injured", "3,400 were injured": the people in that state
    head = last.head
    if head.i >= end and head.i - end <= 5 and head.pos_ in ("NOUN", "PROPN"):
        return head.lower_, head.i + 1
    for k in range(end, min(len(doc), end + 3)):
        t = doc[k]
        if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.ent_type_ == "NORP"):
            return t.lower_, k + 1
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "ADV"):
            break
    return None, end


def _elided_unit(doc: Doc, num: int, start: int, qualifier: str | None, found: list[Quantity]) -> str | None:
    """The counted noun of a number that has none, from its sentence: what a toll before it
    counts ("the death toll has risen to more than 3,300": deaths), or the noun of the last
    quantity before it ("downed five Indian jets, ... sources confirmed at least three": jets).

    The second only for a number spelled in words or hedged with "at least": a bare figure in
    digits is more often an index level, a model or a year ("the Dow closed at 8,579.19")."""
    sent = doc[start].sent
    before = doc[sent.start : start]
    words = [t.lower_ for t in before]
    tolls = _lexicon()["toll_nouns"]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in tolls:
            return tolls[words[k]]
    if not (doc[num].lower_ in _WORDS or qualifier in ("at least", "only")):
        return None
    lo = before.start_char if len(before) else doc[start].idx
    same = [q for q in found if q.span[0] >= lo and q.unit and q.unit.endswith("s") and q.unit != "percent"]
    return same[-1].unit if same else None


def extract_quantities(doc: Doc) -> list[Quantity]:
    """All counted amounts in ``doc`` (see the module docstring for what is excluded)."""
    doc_id = doc._.cp_doc_id or ""
    date_spans = _date_spans(doc)
    numeric_dates = _numeric_date_chars(doc_text(doc))
    out: list[Quantity] = []
    toks = doc_tokens(doc)  # every token is read here: no new Token objects per token and helper
    i = 0
    while i < len(doc):
        tok = toks[i]
        low = tok.lower_
        vague = None
        whole: float | None = None
        share = _share(toks, i)
        group = _number_group(toks, i) if share is None else None
        value_max: float | None = None
        if group is not None and any(a < tok.idx + len(tok) and tok.idx < b for a, b in numeric_dates):
            i = group[0]  # a digit of "21-06-2025", even glued to a word ("Today21-06-2025")
            continue
        if share is not None:
            end, value = share
            part_of = _whole(doc, end) if end < len(doc) and doc[end].lower_ == "of" else None
            if part_of is not None:  # "a third of the 300 passengers": 100 of 300
                end, whole = part_of
                value *= whole
            elif end < len(doc) and (doc[end].lower_ == "of" or doc[end - 1].lower_ == "half" and doc[end].lower_ == "the"):
                whole = 1.0  # "a quarter of the budget": the share itself
        elif (
            group is None
            and low in ("a", "an")
            and i + 4 < len(doc)
            and doc[i + 1].pos_ == "NOUN"
            and _mixed_fraction(doc, i + 2) is not None
        ):
            end, value = i + 1, 1.0  # "an hour and a half": the half is read after the unit
        elif group is None and low in _VAGUE and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            vague = low
            end, value = i + 1, float(_VAGUE[low])
            # "tens of thousands", "hundreds of thousands"
            if (
                i + 2 < len(doc)
                and doc[i + 2].lower_ in _VAGUE
                and i + 3 < len(doc)
                and doc[i + 3].lower_ == "of"
            ):
                vague = f"{low} of {doc[i + 2].lower_}"
                value = float(_VAGUE[low] / 2 * _VAGUE[doc[i + 2].lower_])
                end = i + 3
        elif group is None and _DIGIT_RANGE.match(tok.text):
            a, b = _DIGIT_RANGE.match(tok.text).groups()  # type: ignore[union-attr]
            if len(a) == 4 and len(b) in (2, 4) and a[:2] in ("18", "19", "20"):
                i += 1  # a year range, "2020–2022"
                continue
            try:
                value, value_max = float(a.replace(",", "")), float(b.replace(",", ""))
            except ValueError:
                i += 1
                continue
            end = i + 1
        elif group is None:
            i += 1
            continue
        else:
            end, value = group
        start = i
        if end - start == 1 and vague is None and value_max is None and _is_year(tok) and "," not in tok.text:
            i = end
            continue
        # ranges "3,000 to 5,000", "between 10 and 20"
        if (
            share is None
            and vague is None
            and value_max is None
            and end + 1 < len(doc)
            and doc[end].lower_ in _RANGE_LINKS
        ):
            second = _number_group(doc, end + 1)
            if (
                second is not None
                and doc[end].lower_ in ("to", "-", "–", "—")
                or (second is not None and start > 0 and doc[start - 1].lower_ == "between")
            ):
                if second is not None and second[1] > value:
                    value_max, end = second[1], second[0]
        if share is None and vague is None and value_max is None and (part_of := _whole(doc, end)) is not None:
            end, whole = part_of  # "241 of the 242 people": the part and its whole
        if _excluded(doc, start, end, date_spans):
            i = end
            continue
        qualifier, q_start = _qualifier(doc, start)
        currency = None
        if q_start == start and start > 0 and doc[start - 1].lower_ in _CURRENCY:
            currency = _CURRENCY[doc[start - 1].lower_]
            q_start = start - 1
            qualifier, q_start = _qualifier(doc, q_start)[0], _qualifier(doc, q_start)[1]
        elif start > 0 and doc[start - 1].lower_ in _CURRENCY:
            currency = _CURRENCY[doc[start - 1].lower_]
        if vague is not None:
            unit, u_end = _unit(doc, end, doc[end - 1])
            if unit is None:
                i = end
                continue
        else:
            unit, u_end = _unit(doc, end, doc[end - 1])
        if currency is not None and unit not in ("percent",):
            unit, u_end = currency, end
        if unit is None and vague is None and currency is None:
            unit = _elided_unit(doc, start, q_start, qualifier, out)  # "downed five jets ... confirmed at least three"
        if unit is not None and (tail := _mixed_fraction(doc, u_end)) is not None and float(value).is_integer():
            value, u_end = value + tail[1], tail[0]  # "an hour and a half", "two years and a half"
        if unit is None or unit in _MONTHS or unit in _CLOCK:
            i = end
            continue
        if unit in ("min", "mins", "minute", "minutes") and u_end < len(doc) and doc[u_end].lower_ == "read":
            i = end
            continue
        if unit == "read" and any(t.lower_ in ("min", "mins", "minute") for t in doc[end:u_end]):
            i = end
            continue
        if whole is None and share is None and not _salient(doc, start, end, value, unit, qualifier, vague, value_max):
            i = end
            continue
        span = (doc[q_start].idx, doc[u_end - 1].idx + len(doc[u_end - 1]))
        out.append(
            Quantity(
                doc=doc_id,
                value=_clean(value),
                unit=unit,
                approximate=bool(qualifier) or vague is not None,
                text=doc_text(doc)[span[0] : span[1]],
                span=span,
                value_max=_clean(value_max) if value_max is not None else None,
                qualifier=vague or qualifier,
                whole=_clean(whole) if whole is not None else None,
            )
        )
        i = max(end, u_end)
    return out


# Nouns whose small counts are news (people, forces, casualties, time, money). Small counts of
# anything else, written as words ("two pillars", "three Slavic states"), are rhetoric, not
# figures that outlets report and contradict.
_SALIENT_UNITS = {
    "people",
    "persons",
    "person",
    "men",
    "women",
    "children",
    "civilians",
    "prisoners",
    "detainees",
    "hostages",
    "soldiers",
    "troops",
    "officers",
    "police",
    "policemen",
    "journalists",
    "protesters",
    "demonstrators",
    "refugees",
    "migrants",
    "victims",
    "dead",
    "casualties",
    "fatalities",
    "deaths",
    "wounded",
    "injured",
    "killed",
    "citizens",
    "tanks",
    "aircraft",
    "jets",
    "planes",
    "drones",
    "missiles",
    "rockets",
    "ships",
    "vessels",
    "helicopters",
    "brigades",
    "battalions",
    "divisions",
    "regiments",
    "units",
    "warships",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    # singular in compounds: "a three-hour meeting", "a two-week pause"
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "decades",
    "centuries",
    "dollars",
    "euros",
    "pounds",
    "roubles",
    "rubles",
    "percent",
    "countries",
    "nations",
}


def _salient(
    doc: Doc,
    start: int,
    end: int,
    value: float,
    unit: str,
    qualifier: str | None,
    vague: str | None,
    value_max: float | None,
) -> bool:
    """Whether the amount is a reportable figure rather than a turn of phrase.

    "one" is an article in disguise ("one EU diplomat", "one of the instruments"): never a
    quantity. Small counts spelled as words (two..nine) count only for salient units or
    person nouns (-ers/-ists/-ians), or when hedged; digits and large numbers always count."""
    if vague is not None or value_max is not None or not float(value).is_integer():
        return True  # a range, a vague plural or a fraction ("an hour and a half") is a figure
    if value == 1 and unit not in ("percent", "dollars", "euros", "pounds", "roubles", "yen"):
        # "one EU diplomat" is an article in disguise; "only one pilot", "at least one" are figures
        return start > 0 and doc[start - 1].lower_ in _lexicon()["sole_words"]
    if value >= 10 or any(ch.isdigit() for ch in doc[start:end].text):
        return True
    if qualifier and qualifier not in ("under", "over", "some"):
        return True
    if unit in _SALIENT_UNITS or unit.endswith(("ers", "ists", "ians", "ees")):
        return True
    # "nine sites", "two Indian warplanes", "five posts": a plural count noun is a figure unless
    # the pair is a turn of phrase ("two pillars", "three reasons", "two leaders")
    return value > 1 and unit.endswith("s") and unit not in _lexicon()["turn_of_phrase_nouns"]


def _excluded(doc: Doc, start: int, end: int, date_spans: list[tuple[int, int]]) -> bool:
    """Dates, times, issue numbers and numbers inside names are not quantities."""
    if _looks_like_date(doc, start, end, date_spans):
        return True
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.lower_ in _ISSUE_WORDS or prev.text.endswith("#")):
        return True
    tok = doc[start]
    if tok.ent_type_ in _NAME_ENTS:
        return True
    # "Boeing 747", "Su-27": a capitalised name word glued to the number with no counted noun
    return (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.is_title
        and tok.dep_ in ("appos", "compound", "npadvmod")
        and prev.ent_type_ != ""
    )


@Language.factory("cp_quantities")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_quantities``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_quantities = extract_quantities(doc)
        return doc
