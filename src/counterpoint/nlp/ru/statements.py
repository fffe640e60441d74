"""Russian statements as events of kind "statement" with no PLOVER category, as the English
component lists them (``nlp/events.py:_statements``): a saying is itself a happening a reader
lists ("Минобороны сообщило о девяти ударах", "Индия заявила, что ...", "«...», — сказал X").

A statement is made by a verb of saying (``statements.verbs`` in ``data/ru/lexicon.json``) that
is the sentence's own assertion: its root, a clause after a quote (parataxis), a verb
coordinated with one of those, or the verb of "как сообщил X". Its subject must be someone who
can speak: a resolved actor, a name, a third-person pronoun, or a noun that speaks for someone
("представитель", "министерство", "власти"), never a first-person pronoun (a saying inside a
quotation) or a relative word. It is asserted: not negated, not planned, not in the future.
A verb already typed by the PLOVER lexicon ("обвинил", "опроверг") stays that event, and a verb
inside a quotation is what the quoted person said, not the outlet's report.

The date is one attached to the verb of saying itself ("заявил в пятницу"), not one inside what
is said ("заявил, что удар нанесли 6 мая" does not date the saying to 6 May).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...records import DateValue, Quote
from .actors import RuActors
from .base import RuDoc, Tok, data, future_aux
from .quotes import speaker_of_verb, subtree

SAID_RELS = ("ccomp", "xcomp", "advcl", "csubj", "acl", "acl:relcl", "parataxis", "conj")


@dataclass
class Saying:
    """One statement found: the verb, its English gloss and the speaking actors."""

    verb: Tok
    gloss: str
    actor: list[str]


def _main(rd: RuDoc, t: Tok) -> bool:
    """The sentence's own assertion: root, a clause after a quote ("«...», — сказал X"), or
    "как сообщил X" (a clause introduced by "как" that credits the sentence). A verb
    coordinated with another ("нанесла удары и заявила о ...") adds a saying to a sentence
    that already reports an act, which readers do not list apart (the English component's
    rule too)."""
    if t.rel in ("root", "parataxis"):
        return True
    return t.rel == "advcl" and any(c.lower == "как" for c in rd.children(t.i))


def _points_back(rd: RuDoc, t: Tok) -> bool:
    """"Об этом сообщает X", "Об этом сказал X": the saying only credits what the text has
    already told (its source), it adds no statement of its own."""
    return any(c.lemma == "это" and any(k.lower in ("о", "об") for k in rd.children(c.i))
               for c in rd.children(t.i) if c.rel in ("obl", "obj", "iobj"))


def _subject(rd: RuDoc, t: Tok) -> Tok | None:
    return next((c for c in rd.children(t.i) if c.rel == "nsubj"), None)


def _can_speak(rd: RuDoc, ra: RuActors, subj: Tok) -> bool:
    table = data("lexicon")["statements"]
    if subj.lower in table["silent_subjects"] or subj.lemma in table["silent_subjects"]:
        return False
    if subj.pos == "PROPN" or ra.of_token(rd, subj.i):
        return True
    if subj.pos == "PRON":
        return subj.lemma in data("words")["pronouns"] or subj.lemma == "они"
    return subj.pos == "NOUN" and subj.lemma in table["speaker_nouns"]


def _asserted(rd: RuDoc, t: Tok) -> bool:
    neg = set(data("lexicon")["negation"])
    if t.feats.get("Tense") == "Fut" or t.feats.get("Mood") in ("Cnd", "Imp"):
        return False
    kids = rd.children(t.i)
    if any(c.lower in neg or c.lemma == "бы" for c in kids):
        return False
    return not any(future_aux(c) for c in kids)


def _in_quote(t: Tok, quotes: list[Quote]) -> bool:
    return any(q.kind != "scare" and q.span[0] <= t.start < q.span[1] for q in quotes)


def find_sayings(rd: RuDoc, ra: RuActors, quotes: list[Quote], taken: set[int]) -> list[Saying]:
    """The statements of a document; ``taken`` holds the trigger tokens of the other events.
    A saying whose clause holds one of those events outside a quotation reports that event
    ("Минобороны подтвердило факт ракетной атаки", "заявили о начале операции, в ходе
    которой были нанесены удары"): the event is the news, with the speaker as its source, as
    in the English component. An event inside a quotation, negated or still to come ("заявил,
    что будет требовать ...") is what was said, not a happening reported."""
    verbs: dict[str, str] = data("lexicon")["statements"]["verbs"]
    reported = {k for k in taken if _asserted(rd, rd.toks[k]) and not _in_quote(rd.toks[k], quotes)}
    out: list[Saying] = []
    for t in rd.toks:
        if t.pos != "VERB" or t.lemma not in verbs or t.i in taken or not _main(rd, t) or _points_back(rd, t):
            continue
        if t.feats.get("VerbForm") not in ("Fin", None) or _in_quote(t, quotes) or not _asserted(rd, t):
            continue
        if any(k in reported for k in subtree(rd, t.i)):
            continue
        subj = _subject(rd, t)
        if subj is None or not _can_speak(rd, ra, subj):
            continue
        found = ra.of_token(rd, subj.i)
        if found is None and (spk := speaker_of_verb(rd, ra, t.i)):
            found = spk[0]
        out.append(Saying(t, verbs[t.lemma], [found] if found else []))
    return out


def saying_date(rd: RuDoc, dates: list[DateValue], t: Tok) -> DateValue | None:
    """A date attached to the verb of saying through its own phrases, not through what is said."""
    own: set[int] = set()
    todo = [t.i]
    while todo:
        k = todo.pop()
        for c in rd.children(k):
            if c.i not in own and not (k == t.i and c.rel in SAID_RELS) and c.rel not in ("obj",):
                own.add(c.i)
                todo.append(c.i)
    starts = {rd.toks[k].start for k in own}
    return next((d for d in dates if d.span and any(d.span[0] <= s < d.span[1] for s in starts)), None)
