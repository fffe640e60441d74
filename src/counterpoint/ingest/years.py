"""Corpus-level year inference for articles whose byline has no year ("Jul 10") or no date.

Why: dates in the text ("On 20 June") are normalised against the publication date, so a
missing publication year silently shifts every event. We recover it from, in order:

1. the corpus: other documents' full publication dates (the nearest candidate year that is
   consistent with this text's own evidence);
2. the text's evidence:
   * explicit 4-digit years the text refers to as past or present ("since 2020", "the
     2020-2022 freeze"), not ones in future contexts ("by 2030") -> publication year >= them;
   * a shipped table of heads of state/government terms (``data/tenures.json``) with cues:
     "X returned to the presidency" / "X's second term" (after X's comeback), "X's first
     term" (a later term exists), "the previous X administration" / "former President X"
     (X's term has ended), "under X's presidency" + present tense (X is in office).
   We choose the earliest year inside all bounds that keeps the yearless month-day date
   in range. Pending documents with overlapping evidence get one shared year.

Only documents with text, no error and no full published date are changed; they get
``published`` ("YYYY-MM-DD" with a known month-day, else "YYYY") and
``published_from="inferred"``. Nothing is set when there is no evidence at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..records import Document

Interval = tuple[dt.date, dt.date]
FAR = dt.date(9999, 12, 31)
_POSS = r"(?:['’]s)?"
_YEAR = re.compile(r"(?<![\d$£€.,])((?:19|20)\d\d)(?:\s*[-–—/]\s*((?:19|20)?\d\d))?(?![\d%])")
_FUTURE_BEFORE = re.compile(
    r"(?:\bby|\buntil|\btill|\bthrough|\bbefore|\btarget(?:ed|s)?(?:\s+for)?|\bplans?\s+for|\bahead\s+of|"
    r"\bscheduled\s+for|\bexpected\s+in|\bwill\b[^.]*|\bgoal\s+for|\bdue\s+in)\s*(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
_FUTURE_AFTER = re.compile(r"^\W{0,3}(?:will|is\s+(?:expected|scheduled|due|set)|target)\b", re.I)


@dataclass
class Person:
    names: list[str]
    terms: list[tuple[dt.date, dt.date]]
    pattern: str = ""


@dataclass
class Evidence:
    """What one text says about its own publication date."""

    lower: dt.date | None = None
    sets: list[list[Interval]] = field(default_factory=list)  # each: a union the date must be in
    reasons: list[str] = field(default_factory=list)

    def bound(self, d: dt.date, why: str) -> None:
        self.lower = d if self.lower is None or d > self.lower else self.lower
        self.reasons.append(why)

    @property
    def empty(self) -> bool:
        return self.lower is None and not self.sets


def _d(s: str | None) -> dt.date:
    return dt.date.fromisoformat(s) if s else FAR


@lru_cache(maxsize=1)
def load_tenures() -> tuple[Person, ...]:
    """The shipped heads-of-state/government table, compiled once."""
    raw = json.loads(resources.files("counterpoint").joinpath("data/tenures.json").read_text("utf-8"))
    people = []
    for p in raw["people"]:
        names = sorted(p["names"], key=len, reverse=True)
        pat = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")" + _POSS
        people.append(Person(names, [(_d(a), _d(b)) for a, b in p["terms"]], pat))
    return tuple(people)


def _comeback(p: Person) -> dt.date | None:
    """Start of the first term after a gap out of office (Trump 2025, Putin 2012)."""
    for prev, cur in zip(p.terms, p.terms[1:], strict=False):
        if cur[0] > prev[1]:
            return cur[0]
    return None


def _tenures(p: Person) -> list[Interval]:
    """Terms merged into continuous spells in office."""
    spells: list[Interval] = []
    for a, b in p.terms:
        if spells and a <= spells[-1][1]:
            spells[-1] = (spells[-1][0], max(b, spells[-1][1]))
        else:
            spells.append((a, b))
    return spells


def _tenure_evidence(text: str, ev: Evidence) -> None:
    office = (
        r"(?:presidency|power|office|the\s+white\s+house|the\s+kremlin|downing\s+street|the\s+chancellery)"
    )
    for p in load_tenures():
        if not re.search(p.pattern, text):
            continue
        n = p.pattern
        back = _comeback(p)
        if back and (
            re.search(
                rf"{n}\W+(?:\w+\W+){{0,3}}?(?:returned|returning|came\s+back)\s+to\s+(?:the\s+)?{office}",
                text,
                re.I,
            )
            or re.search(rf"{n}\s+(?:return|comeback)\s+to\s+(?:the\s+)?{office}", text, re.I)
            or re.search(rf"{n}\s+second\s+(?:term|presidency|administration)", text, re.I)
        ):
            ev.bound(back, f"{p.names[-1]} returned to office")
        if len(p.terms) > 1 and re.search(
            rf"(?:{n}\s+first\s+(?:term|presidency|administration)|first\s+{n}\s+administration)", text, re.I
        ):
            ev.bound(p.terms[1][0], f"{p.names[-1]}'s first term is past")
        # Consecutive terms are one tenure: "the previous Obama administration" means after 2017.
        ended = [b for a, b in _tenures(p) if b != FAR]
        if ended and re.search(
            rf"(?:(?:previous|former|last|outgoing|ex-)\s*(?:US\s+|U\.S\.\s+)?(?:president\s+|prime\s+minister\s+|chancellor\s+)?{n}"
            rf"(?:\s+(?:administration|government|presidency|cabinet))?|{n}\s+predecessor)",
            text,
            re.I,
        ):
            ev.bound(min(ended), f"{p.names[-1]} is a former leader")
        if re.search(
            rf"under\s+(?:(?:US\s+|U\.S\.\s+)?(?:president|prime\s+minister|chancellor)\s+)?{n}"
            rf"(?:\s+(?:presidency|administration|leadership|government))?,?\s+(?:\w+\s+){{0,3}}?"
            rf"(?:is|are|has|have|continues|remains)\b",
            text,
            re.I,
        ):
            ev.sets.append(list(p.terms))
            ev.reasons.append(f"{p.names[-1]} in office")


def text_evidence(text: str, *, today: dt.date | None = None) -> Evidence:
    """Bounds on the publication date from the text itself (see module doc)."""
    today = today or dt.date.today()
    ev = Evidence()
    best = None
    for m in _YEAR.finditer(text):
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 25]
        if _FUTURE_BEFORE.search(before) or _FUTURE_AFTER.search(after):
            continue
        years = [int(m.group(1))]
        if m.group(2):
            y2 = m.group(2)
            years.append(int(y2) if len(y2) == 4 else int(m.group(1)[:2] + y2))
        for y in years:
            if y <= today.year and (best is None or y > best):
                best = y
    if best:
        ev.bound(dt.date(best, 1, 1), f"mentions {best}")
    _tenure_evidence(text, ev)
    return ev


def _candidate(year: int, partial: str | None) -> Interval | None:
    """The publication date interval in ``year`` (one day when month-day is known)."""
    if partial:
        try:
            d = dt.date(year, int(partial[2:4]), int(partial[5:7]))
        except ValueError:
            return None
        return d, d
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _fits(year: int, partial: str | None, ev: Evidence, today: dt.date, strict: bool = True) -> bool:
    c = _candidate(year, partial)
    if c is None or c[0] > today:
        return False
    if ev.lower and c[1] < ev.lower:
        return False
    if strict:
        for union in ev.sets:
            if not any(c[0] <= b and a <= c[1] for a, b in union):
                return False
    return True


def _feasible(doc: Document, ev: Evidence, today: dt.date) -> list[int]:
    lo = ev.lower.year if ev.lower else 1900
    years = [y for y in range(lo, today.year + 1) if _fits(y, doc.published_partial, ev, today)]
    if not years and ev.sets:  # contradictory cues: trust the lower bound only
        years = [y for y in range(lo, today.year + 1) if _fits(y, doc.published_partial, ev, today, False)]
    return years


def _full_date(d: Document) -> dt.date | None:
    return _date_of(d.published)


def _date_of(published: str | None) -> dt.date | None:
    m = re.match(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?", published or "")
    if not m:
        return None
    return dt.date(int(m.group(1)), int(m.group(2) or 7), int(m.group(3) or 1))


def set_year(doc: Document, year: int) -> None:
    doc.published = f"{year:04d}{doc.published_partial[1:]}" if doc.published_partial else f"{year:04d}"
    doc.published_from = "inferred"


def needs_year(doc: Document) -> bool:
    """Whether ``doc`` is one whose year :class:`YearInference` decides (text, no error, no full date)."""
    return bool(doc.text) and not doc.error and _full_date(doc) is None


BASE_YEAR = 1900  # feasible years are kept as bits from here (text evidence never bounds below it)


def _bits(years: list[int]) -> int:
    mask = 0
    for y in years:
        if y >= BASE_YEAR:
            mask |= 1 << (y - BASE_YEAR)
    return mask


def _years_in(mask: int) -> list[int]:
    """The years of ``mask``, ascending."""
    out = []
    while mask:
        low = mask & -mask
        out.append(BASE_YEAR + low.bit_length() - 1)
        mask ^= low
    return out


def pending_facts(doc: Document, today: dt.date) -> tuple[str | None, int, bool]:
    """What year inference keeps of a document that :func:`needs_year`: its yearless date, its
    feasible years (bits from ``BASE_YEAR``) and whether its text gave no evidence."""
    ev = text_evidence(doc.text or "", today=today)
    return doc.published_partial, _bits(_feasible(doc, ev, today)), ev.empty


class YearInference:
    """Year inference over a stream of documents, for corpora larger than memory.

    Known publication dates are kept as day numbers; a document that needs a year is read once
    (:meth:`add_pending`) and only its yearless date, its feasible years (bits of an int) and
    whether its text gave any evidence are kept, never its text. :meth:`decide` then gives the
    same years :func:`infer_years` gives the documents in memory. The distance to the nearest
    corpus date is found by bisection, not against every known date.
    """

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self._known = array("i")  # proleptic ordinals of full publication dates
        self._pending: list[tuple[str | None, int, bool]] = []  # yearless date, feasible bits, no evidence

    def add_known(self, published: str | None) -> None:
        """A publication date of the corpus (ignored unless it has a year)."""
        d = _date_of(published)
        if d is not None:
            self._known.append(d.toordinal())

    def add_pending(self, doc: Document) -> int:
        """Read the evidence of a document that :func:`needs_year`; returns its index for :meth:`decide`."""
        return self.add_facts(*pending_facts(doc, self.today))

    def add_facts(self, partial: str | None, feasible: int, empty: bool) -> int:
        """:meth:`add_pending` with :func:`pending_facts` computed elsewhere (the Spark engine
        reads them on its executors); returns the index for :meth:`decide`."""
        self._pending.append((partial, feasible, empty))
        return len(self._pending) - 1

    def decide(self) -> dict[int, int]:
        """The year of each pending document that gets one, by its index."""
        known = sorted(self._known)
        near = _bits(sorted({dt.date.fromordinal(k).year + off for k in set(known) for off in (-1, 0, 1)}))
        out: dict[int, int] = {}
        rest = []
        for i, (partial, feasible, _empty) in enumerate(self._pending):
            cands = _years_in(near & feasible)
            if cands:
                out[i] = min(cands, key=lambda y, p=partial: _distance(y, p, known))
            else:
                rest.append(i)
        # No corpus date fits: documents read together share one year when their evidence allows.
        shared: int | None = None
        for i in rest:
            _, feasible, empty = self._pending[i]
            if not empty and feasible:
                shared = feasible if shared is None else shared & feasible
        for i in rest:
            _, feasible, empty = self._pending[i]
            pick = feasible & shared if shared else 0
            if not pick and not empty:  # its own evidence conflicts with the others'
                pick = feasible
            if pick:
                out[i] = _years_in(pick & -pick)[0]
        return out


def _distance(year: int, partial: str | None, known: list[int]) -> int:
    """Days from the middle of ``year``'s candidate interval to the nearest known date."""
    c = _candidate(year, partial)
    assert c is not None  # feasible years only hold years with a valid candidate
    mid = (c[0] + (c[1] - c[0]) / 2).toordinal()
    at = bisect_left(known, mid)
    return min(abs(mid - known[j]) for j in (at - 1, at) if 0 <= j < len(known))


def infer_years(documents: list[Document], *, today: dt.date | None = None) -> None:
    """Fill ``published`` for yearless/undated documents in place (see module doc)."""
    inference = YearInference(today)
    pending = []
    for d in documents:
        if needs_year(d):
            inference.add_pending(d)
            pending.append(d)
        else:
            inference.add_known(d.published)
    for i, year in inference.decide().items():
        set_year(pending[i], year)
