"""The facts of Russian counts, as ``nlp/facts.py`` gives them for English: each count's
predicate family, who asserts it and whether it is denied, and the counts each event carries.

Why: a count is compared across outlets and languages only by its counted thing and its
predicate family ("погибли 34 человека" and "34 people were killed" are both (person,
killed); "сбиты 19 беспилотников" is (drone, downed)). The families are the English family
names, keyed by Russian lemmas in ``data/ru/facts.json``, so case forms and participles
("погибших", "сбиты") reach their verb. The family is read as in English: the counted thing's
fixed family (airbases are struck), the nearest family word on the way up from the counted
noun to its clause's verb, the counted noun itself ("34 погибших"), a family phrase in the
clause ("на борту"), else the family of the counted thing ("230 пассажиров": aboard). A
verb with a family noun as its object speaks for that noun ("получили ранения": injured).

A count speaks for the speaker of the speech verb it is said under, else for whoever its
sentence credits ("по данным Минобороны", "как заявил X"), except an actor of the sentence's
event telling of its own act ("Брегенко освободил 16 ..., сообщила его пресс-служба"): the
rule Russian events use. Denials give a count of zero, as in English: "ни один самолет
не был сбит" (aircraft, downed: 0) and "обошлось без жертв" (casualties, killed: 0).
"""

from __future__ import annotations

import functools

from ...records import Event, Quantity
from ..facts import carry_counts, predicate_families, unit_head
from .actors import RuActors
from .base import RuDoc, Tok, data
from .quantities import counted_unit
from .quotes import sentence_speaker, speaker_of_verb, speech_verbs

UP_STEPS = 6  # head steps from the counted noun to its clause's verb


@functools.lru_cache(maxsize=1)
def _lemma_family() -> dict[str, str]:
    return {lemma: fam for fam, lemmas in data("facts")["families"].items() for lemma in lemmas}


def _thing(q: Quantity) -> str:
    """The canonical counted thing of a count's (English-glossed) unit ("drones" -> "drone")."""
    return unit_head(q.unit) or ""


def _noun_at(rd: RuDoc, q: Quantity) -> Tok | None:
    """The counted noun: the last token of the count's span."""
    inside = [t for t in rd.toks if q.span[0] <= t.start and t.end <= q.span[1]]
    return inside[-1] if inside else None


def _verb_family(lemma: str, thing: str) -> str | None:
    fam = _lemma_family().get(lemma)
    living = data("facts")["living_things"]
    if fam == "downed" and lemma in living["verbs"] and thing in living["things"]:
        return "killed"  # "уничтожены 20 боевиков": killed, not downed
    return fam


def family(rd: RuDoc, noun: Tok, thing: str) -> str | None:
    """The predicate family over a counted noun (see the module docstring for the order)."""
    fixed = predicate_families()["fixed_families"].get(thing)
    if fixed:
        return fixed
    own = predicate_families()["noun_families"].get(thing)
    if noun.feats.get("VerbForm") == "Part":  # "34 погибших", "5 пострадавших": the participle counts
        fam = _verb_family(noun.lemma, thing)
        if fam:
            return fam
    elif noun.pos == "NOUN" and noun.lemma in _lemma_family():  # "жертв", "пассажиров"
        return _lemma_family()[noun.lemma]
    t = noun
    for _ in range(UP_STEPS):
        if t.head is None:
            break
        t = rd.toks[t.head]
        fam = _verb_family(t.lemma, thing)
        if fam and t.pos in ("VERB", "ADJ", "NOUN"):
            if own and own != fam and t.pos == "VERB" and noun.head != t.i:
                return own  # "самолет с 230 пассажирами разбился": the passengers were aboard
            return fam
        if t.pos == "VERB" and t.feats.get("VerbForm") != "Part":
            for kid in rd.children(t.i):  # "10 человек получили ранения": the verb's object names it
                if kid.rel == "obj" and kid.pos == "NOUN" and kid.lemma in _lemma_family():
                    return _lemma_family()[kid.lemma]
            break
    for kid in rd.children(noun.i):  # "19 сбитых беспилотников"
        fam = _verb_family(kid.lemma, thing) if kid.feats.get("VerbForm") == "Part" else None
        if fam:
            return fam
    sent = rd.sents[noun.sent]
    lemmas = [rd.toks[i].lemma for i in sent.toks]
    for phrase, fam in data("facts")["phrases"].items():
        words = phrase.split()
        if any(lemmas[k:k + len(words)] == words for k in range(len(lemmas))):
            return fam
    return own


def _not_before(rd: RuDoc, verb: Tok) -> bool:
    """A negating "не" right before the verb or its auxiliary ("не были сбиты", "не погиб");
    the "не" of a qualifier ("погибли не менее восьми человек") is not one."""
    k = verb.i - 1
    while k >= 0 and rd.toks[k].pos == "AUX" and rd.toks[k].head == verb.i:
        k -= 1
    return k >= 0 and rd.toks[k].lower == "не"


def _negated(rd: RuDoc, noun: Tok) -> bool:
    """"не были сбиты 5 самолетов": a "не" on the verb over the counted noun."""
    t = noun
    for _ in range(UP_STEPS):
        if t.head is None:
            return False
        t = rd.toks[t.head]
        if t.pos in ("VERB", "AUX"):
            return _not_before(rd, t)
    return False


def _zero(rd: RuDoc, first: Tok, noun: Tok, unit: str, fam: str, source: str | None) -> Quantity:
    s, e = first.start, noun.end
    return Quantity(doc=rd.doc_id, value=0, unit=unit, approximate=False, text=rd.text[s:e], span=(s, e),
                    qualifier="none", predicate=fam, attributed_to=source)


def _under_modal(rd: RuDoc, verb: Tok) -> bool:
    """"не могли быть сбиты", "не был бы сбит": a possibility, not a denial."""
    modals = set(data("facts")["denials"]["modals"])
    if verb.lemma in modals or any(k.lemma in modals or k.lower in modals for k in rd.children(verb.i)):
        return True
    return verb.head is not None and rd.toks[verb.head].lemma in modals


def denials(rd: RuDoc, ra: RuActors) -> list[Quantity]:
    """Counts of zero: "ни один/ни одного <noun> не ..." under a family verb, and "без жертв"."""
    rules = data("facts")["denials"]
    out: list[Quantity] = []
    toks = rd.toks
    for t in toks:
        if t.lower == rules["ni"] and t.i + 2 < len(toks) and toks[t.i + 1].lemma in rules["one"]:
            k = t.i + 2
            while k < len(toks) and toks[k].pos == "ADJ":
                k += 1
            if k >= len(toks) or toks[k].pos not in ("NOUN", "PROPN") or toks[k].sent != t.sent:
                continue
            noun = toks[k]
            unit = counted_unit(noun)
            thing = _thing(Quantity(rd.doc_id, 0, unit, False, "", (0, 0)))
            fam = family(rd, noun, thing)
            verb = toks[noun.head] if noun.head is not None else None
            if fam is None or verb is None or _under_modal(rd, verb) or rd.sents[t.sent].text.rstrip().endswith("?"):
                continue
            out.append(_zero(rd, t, noun, unit, fam, _source(rd, ra, t.sent)))
        elif t.lower in rules["without"] and t.i + 1 < len(toks) and toks[t.i + 1].lemma in rules["without_nouns"]:
            noun = toks[t.i + 1]
            unit, fam = rules["without_nouns"][noun.lemma]
            out.append(_zero(rd, t, noun, unit, fam, _source(rd, ra, t.sent)))
        elif t.lemma in rules["without_nouns"] and t.head is not None and _absent(rd, rd.toks[t.head]):
            unit, fam = rules["without_nouns"][t.lemma]  # "жертв нет", "пострадавших не было"
            out.append(_zero(rd, t, t, unit, fam, _source(rd, ra, t.sent)))
        elif t.lemma in rules["nobody"] and t.head is not None and _not_before(rd, rd.toks[t.head]):
            fam = _lemma_family().get(rd.toks[t.head].lemma)  # "никто не пострадал"
            if fam and not _under_modal(rd, rd.toks[t.head]):
                out.append(_zero(rd, t, rd.toks[t.head], rules["nobody"][t.lemma], fam, _source(rd, ra, t.sent)))
    return out


def _absent(rd: RuDoc, head: Tok) -> bool:
    """The head of an existential denial: "нет", or a negated "быть" ("не было")."""
    return head.lower in data("facts")["denials"]["absent"] or (head.lemma == "быть" and _not_before(rd, head))


def _said_over(rd: RuDoc, noun: Tok) -> Tok | None:
    """The speech verb a count is said under ("заявила о сбитии пяти истребителей"), if any."""
    t = noun
    for _ in range(UP_STEPS):
        if t.head is None:
            return None
        t = rd.toks[t.head]
        if t.lemma in speech_verbs() and t.pos == "VERB":
            return t
    return None


def _source(rd: RuDoc, ra: RuActors, sent: int, noun: Tok | None = None) -> str | None:
    """Who asserts a count: the speaker of a speech verb the count is said under ("армия
    заявила о сбитии пяти истребителей"; a coordinated speech verb shares its subject with the
    verb before it: "нанесла удары ... и заявила о ..."), else whoever the sentence credits."""
    t = _said_over(rd, noun) if noun is not None else None
    if t is not None:
        found = speaker_of_verb(rd, ra, t.i)
        if found is None and t.rel == "conj" and t.head is not None:
            found = speaker_of_verb(rd, ra, t.head)
        if found:
            return found[0]
    found = sentence_speaker(rd, ra, sent)
    return found[0] if found else None


def annotate_counts(rd: RuDoc, ra: RuActors, quantities: list[Quantity], events: list[Event]) -> None:
    """Set each count's family, source and polarity, and give each event the counts of its
    sentence (the lead event also the counts of sentences without an event), as English does."""
    actors_by_sent: dict[int, set[str]] = {}
    for e in events:
        tok = rd.tok_at(e.trigger_span[0]) if e.trigger_span else None
        if tok is not None and tok.lemma not in speech_verbs():  # the saying itself is no act
            actors_by_sent.setdefault(tok.sent, set()).update(e.actor)
    for q in quantities:
        noun = _noun_at(rd, q)
        if noun is None or not q.unit:
            continue
        q.predicate = family(rd, noun, _thing(q))
        q.attributed_to = _source(rd, ra, noun.sent, noun)
        if q.attributed_to in actors_by_sent.get(noun.sent, ()) and not _said_over(rd, noun):
            q.attributed_to = None  # "Брегенко освободил 16 ..., сообщила его пресс-служба": his own act, told
        q.negated = _negated(rd, noun)
    counts = [q for q in quantities if q.unit] + denials(rd, ra)
    events = [e for e in events if not e.hypothetical]
    if not events or not counts:
        return
    carry_counts(events, counts)
