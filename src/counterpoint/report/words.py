"""Words for a reader: dates as words and event titles ("who does what to whom").

The records keep machine values ("2026-SP", "2026-03-02") and the event's parse (actor,
trigger, recipient, quantity); a journalist reading the report needs "spring 2026" and
"Karvalia released detainees". Both front ends (the HTML report and the web app) call these
through ``model.build_view``, so they say the same thing. The word lists live in
``data/report_words.json``.

A cluster's title must not take a side in the cluster's own conflict: when outlets disagree
on the place, the count or the date, the title leaves that value out (a count is kept as
its noun only: "released detainees", not "released 12 detainees").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from ..records import Event

_WORD = re.compile(r"\w+(?:[’'.-]\w+)*(?:[’']s\b)?|[^\w\s]", re.UNICODE)
_CLAUSE_PUNCT = set(",;:()[]\"“”!?—–")
_AUX = {"will", "would", "could", "can", "may", "might", "must", "shall", "should", "to", "not", "never",
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being"}
_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
                "those", "such", "any", "no", "every", "each", "further", "new", "brutal", "recent", "latest"}


@cache
def _words() -> dict[str, Any]:
    return json.loads(files("counterpoint").joinpath("data", "report_words.json").read_text(encoding="utf-8"))


def help_text(key: str) -> str:
    """The legend of a report column ("tone", "quoted"), from the data file."""
    return str(_words()["help"][key])


def tone_note(positive: float, negative: float) -> str:
    """Where one tone score came from, for its tooltip."""
    return f"{positive:g} positive, {negative:g} negative (words and loaded-language devices)"


def date_words(value: str | None) -> str:
    """A TIMEX-style value as a reader writes it: ``"2025-06-21"`` -> ``"21 June 2025"``,
    ``"2025-06"`` -> ``"June 2025"``, ``"2026-SP"`` -> ``"spring 2026"``, ``"2025-Q1"`` ->
    ``"first quarter of 2025"``, ``"2025-W23"`` -> ``"week 23 of 2025"``, ``"202"`` ->
    ``"the 2020s"``, ``"2020/2022"`` -> ``"2020 to 2022"``. Unknown shapes are returned as
    given (never dropped: a value the reader can check beats none)."""
    if not value:
        return ""
    v = value.strip()
    if "/" in v:
        a, b = v.split("/", 1)
        return f"{date_words(a)} to {date_words(b)}"
    w = _words()
    if re.fullmatch(r"\d{3}", v):
        return f"the {v}0s"
    if re.fullmatch(r"\d{2}", v):
        return f"the {int(v) + 1}th century"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?", v)
    if m:
        year, month, day, hh, mm = m.groups()
        if not month:
            return year
        mi = int(month)
        if not 1 <= mi <= 12:
            return v
        name = w["months"][mi - 1]
        if not day:
            return f"{name} {year}"
        text = f"{int(day)} {name} {year}"
        return f"{text}, {hh}:{mm}" if hh else text
    m = re.fullmatch(r"(\d{4})-([A-Z][A-Z0-9])", v)
    if m and m.group(2) in w["seasons"]:
        return f"{w['seasons'][m.group(2)]} {m.group(1)}"
    if m and m.group(2) in w["quarters"]:
        return f"{w['quarters'][m.group(2)]} {m.group(1)}"
    if m and m.group(2) in w["halves"]:
        return f"{w['halves'][m.group(2)]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-W(\d{1,2})", v)
    if m:
        return f"week {int(m.group(2))} of {m.group(1)}"
    return v


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _sentence_parts(ev: Event) -> tuple[list[str], list[str]] | None:
    """Words before and after the trigger in the event's sentence (``None`` if not found)."""
    sent = ev.sentence or ""
    trig = (ev.trigger or "").strip()
    if not sent or not trig:
        return None
    idx = -1
    if ev.trigger_span and ev.sentence_span:
        rel = ev.trigger_span[0] - ev.sentence_span[0]
        if 0 <= rel < len(sent) and sent[rel:rel + len(trig)].lower() == trig.lower():
            idx = rel
    if idx < 0:
        m = re.search(r"\b" + re.escape(trig) + r"\b", sent, flags=re.IGNORECASE)
        if not m:
            return None
        idx = m.start()
    return _tokens(sent[:idx]), _tokens(sent[idx + len(trig):])


def _left(words: list[str], cfg: dict[str, Any]) -> list[str]:
    out: list[str] = []
    stops = set(cfg["left_boundaries"])
    for w in reversed(words):
        if w in _CLAUSE_PUNCT or w == "." or len(out) >= cfg["max_left_words"]:
            break
        if w.lower() in stops or (out and w.lower() in cfg["left_boundaries_after_one"]):
            break
        out.insert(0, w)
    while out and out[0].lower() in cfg["leading_drop"]:
        out.pop(0)
    return out


def _right(words: list[str], cfg: dict[str, Any]) -> list[str]:
    out: list[str] = []
    stops = set(cfg["right_boundaries"])
    for w in words:
        if w in _CLAUSE_PUNCT or w == "." or len(out) >= cfg["max_right_words"]:
            break
        if w.lower() in stops and (out or w.lower() not in cfg["right_first_allowed"]):
            break
        out.append(w)
    return out


def _trim(words: list[str], cfg: dict[str, Any]) -> list[str]:
    while words and (words[-1].lower() in cfg["trailing_drop"] or words[-1] in _CLAUSE_PUNCT):
        words = words[:-1]
    return words


def _cut_at(words: list[str], banned: Iterable[str]) -> list[str]:
    """``words`` up to the first word of any banned phrase (a contested value)."""
    low = [w.lower() for w in words]
    cut = len(words)
    for phrase in banned:
        toks = [t.lower() for t in _tokens(phrase)]
        if not toks:
            continue
        for i in range(len(low) - len(toks) + 1):
            if low[i:i + len(toks)] == toks:
                cut = min(cut, i)
                # "in Dravsk": the preposition that introduced the value goes too
                if cut > 0 and low[cut - 1] in {"in", "at", "on", "near", "from", "to", "by"}:
                    cut -= 1
                break
    return words[:cut]


def _replace_quantity(words: list[str], qty_text: str, noun: str | None) -> list[str]:
    """A contested count kept as its noun only ("12 detainees" -> "detainees")."""
    toks = [t.lower() for t in _tokens(qty_text)]
    low = [w.lower() for w in words]
    for i in range(len(low) - len(toks) + 1):
        if toks and low[i:i + len(toks)] == toks:
            keep = [noun] if noun and noun.lower() in toks else []
            return words[:i] + keep + words[i + len(toks):]
    return words


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,.;:!?’'])", r"\1", text)
    text = re.sub(r"\s+’s\b|\s+'s\b", lambda m: m.group(0).strip(), text)
    return text


def _is_verbal(before: list[str], trigger: str) -> bool:
    """Whether the trigger reads as a verb after the actor's name ("Karvalia released",
    "Hrytsenko will travel"), not as a noun ("the talks", "win concessions", "her visit"),
    where the sentence's own words name the event better than actor + noun. Without the
    parse's part of speech (not stored), the shape decides: a past form, or an auxiliary
    before it, and never a determiner or possessive."""
    prev = before[-1].lower() if before else ""
    if prev in _DETERMINERS or prev.endswith(("'s", "’s")):
        return False
    t = trigger.lower()
    return t.endswith("ed") or t in _words()["irregular_past"] or prev in _AUX


def event_title(ev: Event, names: dict[str, str], contested: dict[str, list[str]]) -> str | None:
    """"Who does what to whom" for one event, from its actor, trigger and the words its
    sentence puts around the trigger; ``contested`` maps a field ("location", "quantity",
    "date", "actor", "recipient") to the values outlets disagree on, which the title leaves
    out. ``None`` when the sentence cannot be found."""
    parts = _sentence_parts(ev)
    if parts is None:
        return None
    before, after = parts
    cfg = _words()["title"]
    trig = _tokens(ev.trigger)
    right = _right(after, cfg)
    banned = list(contested.get("location", [])) + list(contested.get("date", []))
    if ev.date and ev.date.text and contested.get("date"):
        banned.append(ev.date.text)
    if ev.location and contested.get("location"):
        banned.append(ev.location)
    for fld in ("recipient",):
        if contested.get(fld):
            banned += [names.get(r, r) for r in ev.recipient]
    right = _cut_at(right, banned)
    if ev.quantity and ev.quantity.text and contested.get("quantity"):
        right = _replace_quantity(right, ev.quantity.text, ev.quantity.unit)
    right = _trim(right, cfg)
    if not right and ev.recipient and not contested.get("recipient"):
        # the sentence's words after the trigger ran into a clause boundary ("met that
        # country's leader"): the parse's recipient says to whom
        right = [" and ".join(names.get(r, r) for r in ev.recipient)]
    actors = [names.get(a, a) for a in ev.actor if names.get(a, a)]
    if actors and not contested.get("actor") and _is_verbal(before, ev.trigger):
        aux: list[str] = []
        for w in reversed(before):
            if w.lower() not in _AUX:
                break
            aux.insert(0, w.lower())
        left = [" and ".join(actors)] + aux
    else:
        left = _left(before, cfg)
        left = _cut_at(left, banned) if banned else left
    words = left + trig + right
    if not words:
        return None
    text = _join(words)
    return text[:1].upper() + text[1:]


def _completeness(ev: Event) -> tuple[int, ...]:
    return (not ev.negated and not ev.hypothetical, bool(ev.actor), bool(ev.recipient) or ev.quantity is not None,
            -len(ev.sentence or ""))


def cluster_title(events: list[Event], names: dict[str, str], contested: dict[str, list[str]],
                  fallback: str) -> str:
    """The title of one cluster: the title of its most complete member event (asserted, with
    an actor and an object), or ``fallback`` (align's summary) if no member sentence is found.
    A fallback that names a contested value is cut before it."""
    for ev in sorted(events, key=_completeness, reverse=True):
        t = event_title(ev, names, contested)
        if t and len(_tokens(t)) >= 2:
            return t
    for ev in events:
        t = event_title(ev, names, contested)
        if t:
            return t
    banned = [v for vals in contested.values() for v in vals]
    cut = _join(_cut_at(_tokens(fallback), banned)) if banned else fallback
    return cut or fallback
