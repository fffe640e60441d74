"""spaCy component ``cp_dates``: time expressions normalised against the publication date.

Candidates come from two sources. The rule grammar (``timex_rules``) finds expressions with
exact extents and knows how to normalise them; the parser tells each one the tense of the
verb that governs it, which decides whether "June 21" or "on Saturday" looks back from the
publication date or forward. The model's NER is used as a filter and a safety net: a bare
four-digit number the NER calls MONEY/PERCENT/QUANTITY or that counts a plural noun
("2000 troops") is not a year, a bare "May" needs a preposition or modifier before it to
be a month, and DATE/TIME entities the grammar did not cover are kept (value ``None``) when
they contain a time word, so later stages still see that a date was mentioned.

Writes ``doc._.cp_dates: list[DateValue]`` sorted by span; see ``timex_rules`` for values
(and for yearless dates without an anchor, which get an ``XXXX`` year).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import DateValue
from . import extensions  # noqa: F401  (registers Doc._ attributes)
from .event_lexicon import control_verb
from .gazetteer import doc_text
from .timex_calendar import Anchor, parse_anchor, ref_precision_ok
from .timex_dateline import dateline_date, find_dateline
from .timex_rules import Candidate, duration, find, normalize, resolve

__all__ = [
    "Component", "dateline_of", "extract", "in_dateline", "make_component", "narrative_reference", "normalize", "tense_of",
]

_TIME_WORD = re.compile(
    r"\b(day|days|week|weeks|month|months|year|years|decade|decades|century|season|morning|"
    r"afternoon|evening|night|hour|hours|weekend|anniversary)\b",
    re.I,
)
_NOT_YEAR_ENTS = {"MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_YEAR_BEFORE = {
    "in", "of", "since", "until", "till", "by", "before", "after", "during", "through", "from",
    "between", "and", "to", "early", "late", "mid", "-", "–",
}  # fmt: skip
_MAY_BEFORE = {
    "in", "of", "since", "until", "till", "by", "before", "after", "during", "through", "last",
    "next", "this", "early", "late", "mid", "from", "between", "to", "and", "on", "-",
}  # fmt: skip


def tense_of(span: Span) -> str | None:
    """Tense of the clause governing ``span``: the nearest verb up the dependency chain.

    "past" for a past-tense verb or a perfect ("has met"), "future" for will/shall/'ll,
    "going to" or an infinitive of plan or intent ("plans to hold", "the junta's plans to
    hold"), "present" for other finite verbs, None when no verb is found."""
    tok: Token = span.root
    for _ in range(6):
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll", "wo"} or ("going" in words and "to" in words):
        return "future"
    if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children):
        return "future"
    head = tok.head
    if (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and control_verb(head.lemma_.lower())
        and head.tag_ not in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)
    ):
        return "future"  # "plans to hold elections in December", "aims to finish by March" ("tried to" is past)
    if any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "had", "'ve"}:
        return "past"
    if tok.tag_ in ("VBD",) or (tok.tag_ == "VBN" and not auxes):
        return "past"
    if tok.tag_ in ("VBZ", "VBP", "VBG", "VB", "MD"):
        return "present"
    return None


_LOOKING_AHEAD = {"until", "till", "by"}


def date_tense(span: Span) -> str | None:
    """The tense that decides which way a date looks from the publication date.

    As :func:`tense_of`, except that a present perfect ("has been scheduled", "has kept the
    markets closed") does not push a date into the past when the date is not the verb's own
    time: English does not put a definite past time on a present perfect ("*has met on June
    3"), so a date under one names something else -- a noun's time ("a June 3 hearing") or a
    limit ("until Friday") -- and the nearest reading is the reader's."""
    tense = tense_of(span)
    if tense != "past":
        return tense
    verb = _governing_verb(span)
    for _ in range(3):  # the perfect may sit on the verb that governs this one ("has continued to hold")
        if verb is None:
            return tense
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if verb.tag_ == "VBN" and auxes & {"has", "have", "'ve"}:
            break
        if verb.dep_ not in ("xcomp", "ccomp", "oprd", "advcl") or verb.head is verb:
            return tense  # a past perfect ("had met") or a plain past
        verb = verb.head
    else:
        return tense
    root = span.root
    if root.head.pos_ in ("NOUN", "PROPN") and root.head is not root:
        return "present"  # "a June 3 hearing has been scheduled"
    if root.dep_ == "pobj" and root.head.lower_ in _LOOKING_AHEAD:
        return "present"  # "has kept the markets closed until Friday"
    return tense


def _governing_verb(span: Span) -> Token | None:
    """The nearest verb up the dependency chain from ``span`` (as :func:`tense_of` finds it)."""
    tok: Token = span.root
    for _ in range(6):
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _keep(cand: Candidate, doc: Doc) -> bool:
    """Context checks the grammar cannot make on its own."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    name = cand.rule.name
    if name == "year":
        ents = {t.ent_type_ for t in span}
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if ents & _NOT_YEAR_ENTS:
            return False
        if ents - {"DATE", ""} and prev not in _YEAR_BEFORE:
            return False  # "at 1600 Pennsylvania Avenue": a number the NER files elsewhere
        nxt = doc[span.end] if span.end < len(doc) else None
        if "DATE" not in ents and nxt is not None and nxt.tag_ == "NNS" and not _TIME_WORD.match(nxt.text):
            return False  # "2000 troops"
    if name == "month" and " " not in cand.text:
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if prev == "'s":
            return False  # "the Women's March"
        if cand.text == "May":
            return prev in _MAY_BEFORE
    if name == "ref" and cand.text.lower() == "now":
        # "now" as a discourse marker before a comma is still temporal in TimeML; keep it.
        return True
    return True


_AGE = re.compile(r"\bold\b|-year-old", re.I)
_BARE_UNITS = re.compile(r"(?i)(?:the\s+)?(seconds|minutes|hours|days|weeks|months|years|decades)")


def _from_entity(ent: Span, anchor: Anchor) -> DateValue:
    """A DATE/TIME entity the grammar did not cover: a bare plural unit ("for weeks") is a
    vague duration; anything else is kept as a mention whose value is unknown."""
    m = _BARE_UNITS.fullmatch(ent.text.strip())
    if m:
        value = duration(None, m.group(1))
        return DateValue(
            value=value, text=ent.text, precision=None, span=(ent.start_char, ent.end_char), kind="duration"
        )
    return DateValue(value=None, text=ent.text, precision=None, span=(ent.start_char, ent.end_char))


_FORWARD = re.compile(r"(?i)\b(later|after|following|next)\b")


def narrative_reference(prior: list[DateValue], cand: Candidate) -> DateValue | None:
    """The date a narrative expression counts from: the latest date before it that is fine
    enough for its unit ("two days later" skips a bare "in 2019" and takes the last day).

    Only real calendar values qualify (no durations, sets, PRESENT_REF, unknowns). For a
    range, "later"/"the following" count from its end and everything else from its start."""
    groups = cand.match.groupdict()
    unit = next((u for u in (groups.get(k) for k in ("unit", "unit2", "unit3")) if u), "day").lower()
    unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit.rstrip("s")
    unit = "year" if unit in ("period", "quarter") else unit  # "the same period": any calendar date
    forward = bool(_FORWARD.search(cand.text))
    for dv in reversed(prior):
        if dv.kind not in ("date", "time"):
            continue
        value = dv.end if forward and dv.end else dv.value
        if ref_precision_ok(value, unit):
            return dv if value == dv.value else DateValue(value, dv.text, dv.precision, dv.year_inferred)
    return None


def extract(doc: Doc) -> list[DateValue]:
    """All time expressions in a parsed doc, normalised against ``doc._.cp_published``;
    narrative expressions ("the next day") against the latest date found before them."""
    published = doc._.cp_published
    dl = find_dateline(doc_text(doc))
    anchor = parse_anchor(filed_on(dl.date_text, published) if dl is not None and dl.date_text else published)
    out: list[DateValue] = []
    clocks: list[tuple[DateValue, Span]] = []
    for cand in find(doc_text(doc)):
        if not _keep(cand, doc):
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        ref = narrative_reference(out, cand) if cand.rule.name.startswith("narr_") else None
        if ref is None and cand.rule.name == "narr_day" and anchor.date is not None:
            # "late in the day", "for the day" before any other date: the day of the report
            ref = DateValue(anchor.date.isoformat(), anchor.date.isoformat(), "day")
        dv = resolve(cand, anchor, date_tense(span) if span is not None else None, ref)
        if dv is not None:
            out.append(dv)
            if cand.rule.name in _CLOCK_RULES and not cand.match.groupdict().get("wd") and span is not None:
                clocks.append((dv, span.sent))
    _clock_days(clocks, out)
    covered = [dv.span for dv in out if dv.span]
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or not _TIME_WORD.search(ent.text):
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        if _AGE.search(ent.text):
            continue
        out.append(_from_entity(ent, anchor))
    out.sort(key=lambda d: d.span or (0, 0))
    text = doc_text(doc)
    for dv in out:
        before = text[text.rfind("\n", 0, dv.span[0]) + 1 : dv.span[0]] if dv.span else ""
        if dv.span and (_STAMP.search(before) or _POST_SIGNATURE.search(before)):
            dv.kind = "stamp"  # "date 2025-08-16 ANCHORAGE: ...": when it was published, no event's date
    doc.user_data[DATELINE_KEY] = dateline_date(dl, out, published) if dl is not None else None
    doc.user_data[DATELINE_SPAN_KEY] = dl.span if dl is not None else None
    return out


def filed_on(date_text: str, published: str | None) -> str | None:
    """The day a dated dateline was filed, which "today" and "on Wednesday" in the copy count
    from ("Quetta, Feb 27:" in a paper of 28 February: its "today" is the 27th). It stands for
    the publication date when there is none ("MINSK, June 21, 2025 (Reuters)"), and replaces it
    when it falls up to ``FILING_LAG`` days before it; any other dateline date (a later day, an
    older one) is not trusted over the publication date."""
    own = normalize(date_text, published)
    if own is None or own.precision != "day" or not own.value or "X" in own.value:
        return published
    if not published:
        return own.value
    pub = parse_anchor(published).date
    day = parse_anchor(own.value).date
    if pub is None or day is None or not 0 <= (pub - day).days <= FILING_LAG:
        return published
    return own.value


FILING_LAG = 3  # days: a dateline of the evening before an overnight edition, a weekend's copy
_CLOCK_RULES = {"time", "time24", "time_mil"}
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_days(clocks: list[tuple[DateValue, Span]], dates: list[DateValue]) -> None:
    """A clock time with no day of its own ("at 18:00 UTC") is on the day its sentence names
    ("made its first flight Tuesday ... at 18:00 UTC", "at 16:15 UTC, June 1st"), the nearest
    such day, not the publication day."""
    for dv, sent in clocks:
        if not dv.value or not dv.span:
            continue
        days = [
            d for d in dates
            if d is not dv and d.span and d.kind == "date" and d.end is None and d.value
            and _FULL_DAY.fullmatch(d.value) and sent.start_char <= d.span[0] < sent.end_char
        ]  # fmt: skip
        if days:
            near = min(days, key=lambda d: abs(d.span[0] - dv.span[0]))  # type: ignore[index]
            dv.value = near.value + dv.value[10:]  # type: ignore[operator]


# What stands before a publication stamp at the start of a line ("date 2025-08-16", "Published:
# 3 March 2025"): the date says when the page was written, not when anything in it happened.
_STAMP = re.compile(r"^\W*(?:date|published|posted|updated|last updated|first published|modified)"
                    r"(?:\s+on)?\s*:?\s*$", re.IGNORECASE)


# An embedded social-media post signs off with its author's handle and the day it was posted
# ("— Jane Roe (@janeroe) May 6, 2025"): when the post was written, not when anything in it happened.
_POST_SIGNATURE = re.compile(r"\(@\w+\)\s*$")


DATELINE_KEY = ("counterpoint", "dateline_date")
DATELINE_SPAN_KEY = ("counterpoint", "dateline_span")


def in_dateline(tok: Token) -> bool:
    """True for a token of the opening dateline ("LESNOGRAD, June 19 (Reuters) –"): the
    parser often makes the filing place the subject of the lead; it is no party to it."""
    span = tok.doc.user_data.get(DATELINE_SPAN_KEY)
    return span is not None and span[0] <= tok.idx < span[1]


def dateline_of(doc: Doc) -> DateValue | None:
    """The day the document's opening dateline stands for (see ``timex_dateline``), if any."""
    return doc.user_data.get(DATELINE_KEY)


@Language.factory("cp_dates")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_dates``; stateless, so it is safe in any process."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_dates = extract(doc)
        return doc
