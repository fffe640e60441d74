"""Dates counted from another event: "a day after the strike", "one day before the strike, X
met Y", "the raid comes just a day after Nordland deployed troops".

The measure phrase ties two events of one sentence: the one inside the "after"/"before"
phrase or clause (the *reference*) and the one it is attached to (the *main* event). A reader
who knows either's day counts the other's from it: "A day after the air strike, the border
saw fighting on Wednesday" puts the strike on Tuesday, although "on Wednesday" is the only
date in the sentence and the strike would otherwise take it. Only days and weeks are counted
(a few hours after an event is still, as far as a reader can tell, its day).

The counted date is marked ``date_from="narrative"``: a reader's working out, as weak as a
date from the story's last told day, never a value the outlet asserts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import DateValue, Event
from .timex_handlers import number, shift_day

__all__ = ["dates_from_offsets"]

_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_DIRECTION = {"after": -1, "before": 1}  # reference = main + direction * count
_WEAK = ("published", "narrative", "dateline")  # a reader's guesses, which a counted date replaces


def dates_from_offsets(doc: Doc, events: list[Event]) -> None:
    """Date the events on either side of "N days after/before" from the other side's day."""
    by_token: dict[int, Event] = {}
    for e in events:
        span = doc.char_span(*e.trigger_span, alignment_mode="expand") if e.trigger_span else None
        if span is not None:
            by_token[span.root.i] = e
    for tok in doc:
        link = _offset_link(tok)
        if link is None:
            continue
        main_tok, ref_tok, days = link
        ref, main = by_token.get(ref_tok.i), _main_event(main_tok, ref_tok, by_token)
        if (ref is not None and ref.negated) or (main is not None and main.negated):
            continue
        ref_date = _reference_date(doc, ref, ref_tok, events)
        if ref_date is not None and main is not None and (
            main.date is None or main.date_from in _WEAK or _inside(main.date, ref_tok)
        ):
            _set(main, _shift(ref_date, -days))  # "one day before the strike, X met Y"
        elif ref_date is None and ref is not None:
            _set(ref, _shift(_main_date(doc, main, main_tok, ref_tok), days))  # "a day after the strike, ... on Wednesday"


def _reference_date(doc: Doc, ref: Event | None, ref_tok: Token, events: list[Event]) -> DateValue | None:
    """The reference's own day: written inside its phrase, or given by the document's dated
    mentions of the same word ("the strike" after "the strike on Tuesday"), when they agree."""
    if ref is not None and ref.date is not None and ref.date.value:
        if ref.date_from == "document" or (ref.date_from is None and _inside(ref.date, ref_tok)):
            return ref.date
    if ref is not None:
        return None
    days = {e.date.value[:10]: e.date for e in events
            if e.lemma == ref_tok.lemma_.lower() and e.date is not None and e.date.value
            and e.date_from in (None, "document") and not e.negated and not e.hypothetical}
    return next(iter(days.values())) if len(days) == 1 else None


def _main_date(doc: Doc, main: Event | None, main_tok: Token, ref_tok: Token) -> DateValue | None:
    """The main clause's day: its event's own date, else a date written in the clause outside
    the reference's phrase, else the publication day for a clause in the present tense ("the
    raid comes a day after ...")."""
    if main is not None and main.date is not None and main.date_from in (None, "document") \
            and not _inside(main.date, ref_tok):
        return main.date
    for d in doc._.cp_dates or []:
        if d.span and d.value and d.kind in ("date", "time") and _inside(d, main_tok) and not _inside(d, ref_tok):
            return d
    published = doc._.cp_published
    if main_tok.tag_ in ("VBZ", "VBP") and published:
        return DateValue(value=published[:10], text=published[:10], precision="day")
    return None


def _offset_link(tok: Token) -> tuple[Token, Token, int] | None:
    """For an "after"/"before" token with a counted measure ("a day", "two weeks"): the main
    event's token, the reference's token, and the days from main to reference."""
    word = tok.lower_
    if word not in _DIRECTION:
        return None
    measure = next((c for c in tok.children if c.dep_ == "npadvmod" and c.lower_ in _UNITS), None)
    if measure is None and tok.head.lower_ in _UNITS and tok.dep_ == "prep":
        measure = tok.head  # "a day after the strike, the border saw": day <- after
    if measure is None and tok.dep_ == "mark":
        measure = next((c for c in tok.head.children if c.dep_ == "npadvmod" and c.lower_ in _UNITS), None)
    if measure is None:
        return None
    count = _count(measure)
    if count is None:
        return None
    days = _DIRECTION[word] * count * _UNITS[measure.lower_]
    if tok.dep_ == "mark":  # "just a day after Nordland deployed troops": the clause's verb
        return tok.head.head, tok.head, days
    ref = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
    if ref is None:
        return None
    main = measure.head if measure.i == tok.head.i else tok.head
    return main, ref, days


def _count(measure: Token) -> int | None:
    """The count of a measure word: "a day" and "one day" 1, "two days" 2, "3 days" 3."""
    words = [c for c in measure.children if c.dep_ in ("det", "nummod", "quantmod")]
    if not words:
        return None
    n = number(words[0].text)
    return int(n) if n is not None and float(n).is_integer() and 0 < n < 60 else None


def _main_event(main_tok: Token, ref_tok: Token, by_token: dict[int, Event]) -> Event | None:
    """The main event: the one whose trigger is the main token, else one hanging on it as its
    subject or object ("the raid comes", "the border saw heavy fighting"), outside the
    reference's phrase."""
    if main_tok.i in by_token:
        return by_token[main_tok.i]
    for c in main_tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i in by_token and c not in ref_tok.subtree:
            return by_token[c.i]
    return None


def _inside(date: DateValue | None, tok: Token) -> bool:
    """Whether ``date`` is written inside the phrase of ``tok``."""
    if date is None or date.span is None:
        return False
    return tok.left_edge.idx <= date.span[0] < tok.right_edge.idx + len(tok.right_edge)


def _shift(date: DateValue | None, days: int) -> DateValue | None:
    """A day-precision date moved by ``days``; None for anything coarser."""
    if date is None or not date.value or len(date.value) < 10:
        return None
    try:
        day = shift_day(date.value[:10], days)
    except ValueError:
        return None
    return DateValue(value=day, text=date.text, precision="day")


def _set(ev: Event, date: DateValue | None) -> None:
    if date is not None:
        ev.date, ev.date_end, ev.date_from = date, None, "narrative"
