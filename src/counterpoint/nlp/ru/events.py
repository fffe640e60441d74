"""Russian PLOVER events, in ``records.Event``, from the trigger lexicon in
``data/ru/lexicon.json``.

Triggers: verbs by lemma ("встретился", "помиловал", "задержали"), general verbs whose sense
comes from their object ("ввёл санкции", "снял санкции", "провёл переговоры", "провели
учения"), and event nouns ("встреча", "визит", "учения") when they name a participant, a
date or a place (a bare "переговоры" repeats an event already reported). Arguments come from Natasha's
dependencies: the subject is the actor (the agent of a passive), the object and a "с X"
companion are recipients, a place in "в/во X" is the location (English name when known, so it
compares with the English report). Future tense makes a cooperative act an intent (AGREE) and
a hostile one a threat (THREATEN), as in the English component.

``Event.lemma`` is the English gloss of the trigger (the lexicon's third column), so align/
matches "встретился" and "met" by the same lemma family; ``trigger`` keeps the Russian word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...records import DateValue, Event, Quantity, Quote, make_id
from ..event_args import date_end
from ..event_lexicon import kind_of
from ..events import COOPERATIVE, HOSTILE, MILITARY, _dates_from_document
from .actors import RuActors, place_name
from .base import RuDoc, Tok, data, future_aux
from .quotes import sentence_speaker, subtree
from .statements import find_sayings, saying_date

_ARG_RELS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "conj", "appos", "flat:name")


@dataclass
class _Draft:
    trigger: Tok
    type: str
    mode: str | None
    gloss: str
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    location: str | None = None
    noun: bool = False


def _case_word(rd: RuDoc, i: int) -> str | None:
    return next((c.lower for c in rd.children(i) if c.rel == "case"), None)


def _with_conj(rd: RuDoc, i: int) -> list[int]:
    """A token and its conjuncts ("Лукашенко и Келлог")."""
    return [i] + [c.i for c in rd.children(i) if c.rel == "conj"]


def _actors(rd: RuDoc, ra: RuActors, i: int) -> list[str]:
    out = []
    for k in _with_conj(rd, i):
        a = ra.of_token(rd, k)
        if a and a not in out:
            out.append(a)
    return out


def _fill(rd: RuDoc, ra: RuActors, d: _Draft, head: int, deep: bool = False) -> None:
    """Arguments from the dependents of ``head`` (the trigger, or its object for
    verb+object triggers)."""
    for c in rd.children(head):
        if d.noun and c.rel == "amod" and not d.actor and (state := _demonym_actor(ra, c)):
            d.actor.append(state)  # "пакистанского обстрела": the state the adjective names did it
            continue
        if c.rel not in _ARG_RELS:
            continue
        case = _case_word(rd, c.i)
        if c.i in ra.places and case in ("в", "во", "на") and d.location is None:
            d.location = ra.places[c.i]
            continue
        found = _actors(rd, ra, c.i)
        if not found and d.noun and c.rel in ("nmod", "obl") and c.lemma in data("words")["roles"]:
            # "саммит президентов США и России", "переговоры между российским и американским
            # лидером": the leaders of those states take part
            found = _role_holders(rd, ra, c)
            d.actor += [a for a in found if a not in d.actor]
            continue
        if not found and case == "по" and d.type in HOSTILE:
            found = _targets_state(rd, ra, c)
        if not found:
            if case in ("в", "во") and d.location is None and (p := place_name(c.text)):
                d.location = p
            continue
        if c.rel in ("nsubj", "obl:agent") or (d.noun and c.rel == "nmod" and case is None and not d.actor):
            d.actor += [a for a in found if a not in d.actor]
        elif c.rel == "nsubj:pass" or c.rel in ("obj", "iobj") or case in ("с", "со", "против", "для", "к") \
                or case == "по" and d.type in HOSTILE:  # "удары по Пакистану": the target
            d.recipient += [a for a in found if a not in d.recipient]
        elif case in ("в", "во") and ra.kind(found[0]) == "country" and d.location is None:
            d.location = next((a.name for a in ra.actors if a.id == found[0]), None)
        elif deep and c.rel == "nmod" and case is None:
            d.recipient += [a for a in found if a not in d.recipient]


def _targets_state(rd: RuDoc, ra: RuActors, c: Tok) -> list[str]:
    """"удары по девяти целям на территории Пакистана", "по объектам в Пакистане": targets
    the text places in a state, which is then the one struck (the English component reads
    "strikes on sites in Pakistan" so too). Only a state in the target's own phrase counts."""
    out: list[str] = []
    for k in subtree(rd, c.i):
        if k == c.i or rd.toks[k].pos in ("VERB", "AUX"):
            continue
        out += [a for a in _actors(rd, ra, k) if ra.kind(a) == "country" and a not in out]
    return out[:1]


def _role_holders(rd: RuDoc, ra: RuActors, c: Tok) -> list[str]:
    """Who a role noun of states names ("президентов США и России", "российским и
    американским лидером"): for each state, the person this document names who headed it on
    the publication date (``RuActors.leader``), else the state itself when it is an actor here.
    Only persons the document itself names are taken, never one the table alone knows."""
    isos: list[str] = []
    states: dict[str, str] = {}
    for k in rd.children(c.i):
        mods = [k, *(x for x in rd.children(k.i) if x.rel == "conj")]
        for m in mods:
            if k.rel == "nmod":
                for a in _actors(rd, ra, m.i):
                    iso = next((x.country for x in ra.actors if x.id == a and x.kind == "country"), None)
                    if iso:
                        isos.append(iso)
                        states[iso] = a
            elif k.rel == "amod" and (iso := data("countries")["demonyms"].get(m.lemma)):
                isos.append(iso)
    out: list[str] = []
    for iso in dict.fromkeys(isos):
        who = ra.leader(iso, rd.published) or states.get(iso)
        if who and who not in out:
            out.append(who)
    return out


def _demonym_actor(ra: RuActors, c: Tok) -> str | None:
    """The country actor of this document that a demonym adjective names ("пакистанский")."""
    iso = data("countries")["demonyms"].get(c.lemma)
    return next((a.id for a in ra.actors if iso and a.kind == "country" and a.country == iso), None)


def _place_in_clause(rd: RuDoc, ra: RuActors, d: _Draft) -> None:
    """A place anywhere in the trigger's clause ("встретился с Х в Минске", where the parse
    hangs "в Минске" on the companion) when no argument gave one."""
    if d.location is not None:
        return
    for k in subtree(rd, d.trigger.i, clause=True):
        if k in ra.places and _case_word(rd, k) in ("в", "во", "на"):
            d.location = ra.places[k]
            return


def _is_predicate(t: Tok) -> bool:
    """A finite verb, infinitive or short participle ("задержан"), not an attributive
    participle ("протестующих", "задержанные")."""
    return t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short"


def _disclaimers(rd: RuDoc) -> set[int]:
    """Tokens of a legal disclaimer in parentheses after a name ("(запрещена в РФ)",
    "(признана экстремистской)"): the status Russian law requires to be printed, no event."""
    words = set(data("lexicon")["disclaimer_words"])
    out: set[int] = set()
    for m in re.finditer(r"\([^()]{0,80}\)", rd.text):
        inside = [t.i for t in rd.toks if m.start() < t.start and t.end < m.end()]
        if any(rd.toks[k].lemma in words for k in inside):
            out.update(inside)
    return out


def _drafts(rd: RuDoc, ra: RuActors) -> list[_Draft]:
    lex = data("lexicon")
    verbs, vo, nouns = lex["verbs"], lex["verb_object"], lex["nouns"]
    out: list[_Draft] = []
    absorbed: set[int] = _disclaimers(rd)
    for t in rd.toks:
        if t.pos not in ("VERB", "AUX") or t.i in absorbed or not _is_predicate(t):
            continue
        if t.lemma in vo:
            for c in rd.children(t.i):
                if c.rel in ("obj", "nsubj:pass", "nsubj") and c.lemma in vo[t.lemma]:
                    typ, mode, gloss = vo[t.lemma][c.lemma]
                    d = _Draft(t, typ, mode, gloss)
                    _fill(rd, ra, d, t.i)
                    if c.rel != "obj":
                        d.recipient = [r for r in d.recipient if r not in _actors(rd, ra, c.i)]
                    _fill(rd, ra, d, c.i, deep=True)
                    _inherit_subject(rd, ra, d)
                    absorbed.add(c.i)
                    out.append(d)
                    break
            else:
                if t.lemma in verbs:
                    out.append(_verb(rd, ra, t, verbs[t.lemma]))
        elif t.lemma in verbs:
            out.append(_verb(rd, ra, t, verbs[t.lemma]))
        elif t.lemma in lex["actor_object_verbs"]:
            d = _verb(rd, ra, t, lex["actor_object_verbs"][t.lemma])
            if any(c.rel == "obj" and _actors(rd, ra, c.i) for c in rd.children(t.i)):
                out.append(d)  # "принял спецпосланника", not "принял закон"
    light = set(lex["light_verbs"]) | set(lex["occurrence_verbs"])
    for t in rd.toks:
        # a capitalised event noun that opens a sentence is often tagged PROPN ("Саммит ... начался")
        sentence_start = t.i == 0 or rd.toks[t.i - 1].sent != t.sent
        if (t.pos != "NOUN" and not (t.pos == "PROPN" and sentence_start)) or t.i in absorbed or t.lemma not in nouns:
            continue
        typ, mode, gloss = nouns[t.lemma]
        d = _Draft(t, typ, mode, gloss, noun=True)
        _fill(rd, ra, d, t.i, deep=True)
        head = rd.toks[t.head] if t.head is not None else None
        if head is not None and head.lemma in light and t.rel in ("nsubj", "obj", "nsubj:pass"):
            _fill(rd, ra, d, head.i)  # "состоялась встреча Лукашенко с Келлогом", "провели учения"
        out.append(d)
    for d in out:
        _place_in_clause(rd, ra, d)
    return _without_tolls(out, set(lex["result_verbs"]))


def _without_tolls(drafts: list[_Draft], result_verbs: set[str]) -> list[_Draft]:
    """"в столкновениях погибли восемь человек": a toll verb (``result_verbs``) whose dependent
    is an event noun of its type, with a participant or place of its own (so it is kept),
    reports that event's toll, not a second event."""
    causes = {(d.trigger.head, d.type) for d in drafts if d.noun and (d.actor or d.recipient or d.location)}
    return [d for d in drafts if not (d.trigger.lemma in result_verbs and (d.trigger.i, d.type) in causes)]


def _verb(rd: RuDoc, ra: RuActors, t: Tok, sense: list) -> _Draft:
    d = _Draft(t, sense[0], sense[1], sense[2])
    _fill(rd, ra, d, t.i)
    _inherit_subject(rd, ra, d)
    return d


def _inherit_subject(rd: RuDoc, ra: RuActors, d: _Draft) -> None:
    """"прибыл ... и провел переговоры", "решил освободить": a coordinated or controlled
    verb without its own subject takes the first verb's."""
    t = d.trigger
    if not d.actor and t.rel in ("conj", "xcomp") and t.head is not None:
        for c in rd.children(t.head):
            if c.rel == "nsubj":
                d.actor = [a for a in _actors(rd, ra, c.i) if a not in d.recipient]


def _clause(rd: RuDoc, i: int) -> tuple[int, int]:
    idx = subtree(rd, i, clause=True)
    return rd.toks[idx[0]].start, rd.toks[idx[-1]].end


# a date after these is a background anchor ("впервые с 2019 года", "до 2020 года"), not the
# day of the event: the English component's since/before/until
_BACKGROUND_CASES = ("с", "со", "до", "перед")


def _background_date(rd: RuDoc, d: DateValue) -> bool:
    """"с 2019 года" (since): no "по/до" after it, so not a range's start."""
    before = [t for t in rd.toks if t.end <= d.span[0]][-1:]
    return bool(before) and before[0].lower in _BACKGROUND_CASES and d.end is None


def _pick_date(rd: RuDoc, dates: list[DateValue], t: Tok) -> DateValue | None:
    """The date attached to the trigger in the parse, else the nearest in its sentence
    (background anchors such as "с 2019 года" left out)."""
    s = rd.sents[t.sent]
    inside = [d for d in dates if d.span and s.start <= d.span[0] < s.end and not _background_date(rd, d)]
    if not inside:
        return None
    tree = {rd.toks[k].start for k in subtree(rd, t.i, clause=True)}
    attached = [d for d in inside if any(d.span[0] <= x < d.span[1] for x in tree)]
    pool = attached or inside
    return min(pool, key=lambda d: abs(d.span[0] - t.start))


def _occurs(rd: RuDoc, t: Tok) -> bool:
    """An event noun that is the subject of a verb asserting it took place ("начались бои",
    "произошло столкновение"; ``occurrence_verbs`` in data/ru/lexicon.json): the sentence
    reports the happening itself, so it needs no participant of its own to be an event."""
    head = rd.toks[t.head] if t.head is not None else None
    return head is not None and t.rel == "nsubj" and head.lemma in data("lexicon")["occurrence_verbs"]


def _future(rd: RuDoc, t: Tok) -> bool:
    if t.feats.get("Tense") == "Fut":
        return True
    return any(future_aux(c) for c in rd.children(t.i))


def _hypothetical(rd: RuDoc, t: Tok) -> bool:
    words = set(data("lexicon")["hypothetical"])
    head = rd.toks[t.head] if t.head is not None else None
    return any(c.lower in words or c.lemma in words for c in rd.children(t.i)) or (
        head is not None and t.rel == "xcomp" and head.lemma in words
    )


def _negated(rd: RuDoc, t: Tok) -> bool:
    """"не освободил"; and a negated verb that governs the trigger ("не смогли договориться",
    "не стали отвечать"): the act did not happen either."""
    neg = set(data("lexicon")["negation"])
    if any(c.lower in neg for c in rd.children(t.i)):
        return True
    head = rd.toks[t.head] if t.head is not None else None
    return head is not None and t.rel == "xcomp" and any(c.lower in neg for c in rd.children(head.i))


def _back_reference(d: _Draft, kept: list[Event]) -> bool:
    """An event noun that repeats an earlier event (same type, no new participant, no other
    place: "теракт в Пахалгаме" after "удары по Пакистану" is another event)."""
    return any(o.type == d.type and set(d.actor) <= set(o.actor) | set(o.recipient)
               and set(d.recipient) <= set(o.actor) | set(o.recipient)
               and (d.location is None or d.location == o.location) for o in kept)


def _past(rd: RuDoc, t: Tok) -> bool:
    """The trigger's clause is in the past tense (the verb itself, or the verb an event
    noun hangs from: "прошел саммит", "нанесла удары")."""
    k: int | None = t.i
    for _ in range(4):
        if k is None:
            return False
        tok = rd.toks[k]
        if tok.pos in ("VERB", "AUX"):
            return tok.feats.get("Tense") == "Past" or tok.feats.get("Variant") == "Short"
        k = tok.head
    return False


def _background_clause(rd: RuDoc, t: Tok) -> bool:
    """"событий, когда ... погибли 26 человек": a clause introduced by a background mark
    (``background_marks``) tells of an earlier time, so the report's date is not its date."""
    marks = set(data("lexicon")["background_marks"])
    return any(c.lower in marks for c in rd.children(t.i))


def _dates_from_publication(rd: RuDoc, events: list[Event], past: dict[str, bool]) -> None:
    """As in English (``nlp/events.py``): what a news report tells in the past tense with no
    date happened on its publication day, as a reader assumes; asserted events only, the date
    marked ``date_from="published"`` so alignment weighs it as a guess."""
    if not rd.published or not re.fullmatch(r"\d{4}-\d\d-\d\d", rd.published[:10]):
        return
    for ev in events:
        if ev.date is None and not ev.negated and not ev.hypothetical and past.get(ev.id):
            ev.date = DateValue(value=rd.published[:10], text=rd.published[:10], precision="day")
            ev.date_from = "published"


def _statements(rd: RuDoc, ra: RuActors, dates: list[DateValue], quotes: list[Quote],
                events: list[Event]) -> list[Event]:
    """Statements (``nlp/ru/statements.py``) as events of kind "statement", no PLOVER category."""
    taken = {k for e in events if e.trigger_span for k in [getattr(rd.tok_at(e.trigger_span[0]), "i", None)] if k is not None}
    out = []
    for s in find_sayings(rd, ra, quotes, taken):
        t, sent = s.verb, rd.sents[s.verb.sent]
        date = saying_date(rd, dates, t)
        out.append(Event(
            id=make_id("ev", rd.doc_id, t.start, t.end), doc=rd.doc_id, type=None, mode=None,
            actor=list(s.actor), recipient=[], trigger=t.text, span=_clause(rd, t.i),
            sentence=sent.text, sentence_span=(sent.start, sent.end), date=date, date_end=date_end(date),
            trigger_span=(t.start, t.end), lemma=s.gloss, kind="statement",
        ))
    return out


def find_events(rd: RuDoc, ra: RuActors, dates: list[DateValue], quantities: list[Quantity],
                quotes: list[Quote] | None = None) -> list[Event]:
    out: list[Event] = []
    past: dict[str, bool] = {}
    for d in sorted(_drafts(rd, ra), key=lambda d: d.trigger.start):
        t = d.trigger
        date = _pick_date(rd, dates, t)
        if d.noun and not (d.actor or d.recipient or date or d.location or _occurs(rd, t)):
            continue  # a place makes a noun an event too ("саммит на Аляске", "теракт в Пахалгаме")
        if d.noun and date is None and _back_reference(d, out):
            continue
        typ, mode = d.type, d.mode
        if _future(rd, t) and typ in COOPERATIVE:
            typ, mode = "AGREE", None
        elif _future(rd, t) and typ in HOSTILE:
            typ, mode = "THREATEN", None
        s = rd.sents[t.sent]
        clause = _clause(rd, t.i)
        qty = next((q for q in quantities if clause[0] <= q.span[0] < clause[1]), None)
        if t.lemma in data("lexicon")["result_verbs"]:
            qty = None  # a toll is a running count: two reports' tolls differ by when, not in fact
        spk = sentence_speaker(rd, ra, t.sent)
        recipients = [r for r in d.recipient if r not in d.actor]
        out.append(Event(
            id=make_id("ev", rd.doc_id, t.start, t.end),
            doc=rd.doc_id,
            type=typ,
            mode=mode,
            actor=list(d.actor),
            recipient=recipients,
            trigger=t.text,
            span=clause,
            sentence=s.text,
            sentence_span=(s.start, s.end),
            date=date,
            date_end=date_end(date),
            location=d.location,
            quantity=qty,
            negated=_negated(rd, t),
            hypothetical=_hypothetical(rd, t),
            attributed_to=spk[0] if spk and spk[0] not in d.actor else None,
            context=["military"] if typ in MILITARY else [],
            trigger_span=(t.start, t.end),
            lemma=d.gloss,
            kind=kind_of(typ, mode),  # the general kind, as the English component gives every event
        ))
        past[out[-1].id] = _past(rd, t) and not _background_clause(rd, t)
    said = _statements(rd, ra, dates, quotes or [], out)
    past.update({e.id: _past(rd, rd.toks[rd.tok_at(e.trigger_span[0]).i]) for e in said if e.trigger_span})
    out = sorted(out + said, key=lambda e: e.trigger_span or (0, 0))
    _dates_from_document(out)  # an undated mention takes its event's date from the same report
    _dates_from_publication(rd, out, past)
    return out
