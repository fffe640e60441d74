"""cp_events: PLOVER-typed events ("who did what to whom, when, where, how many").

Triggers are verbs and event nouns found in the PLOVER lexicon (``nlp/event_lexicon.py``);
their arguments come from the dependency parse (``nlp/event_args.py``). Three rules keep one
real happening to one record, which matters because align/ counts and compares records
across outlets:

* a REJECT verb absorbs its infinitive ("refused to recognise X" is one REJECT of X, not a
  negated SUPPORT);
* coordinated or subordinated triggers of the same category in one sentence merge ("visited
  Minsk and met with X" is one CONSULT/visit, location Minsk, recipient X);
* an event noun that is the object of a same-category verb merges into the verb.

Plain statements ("said") are not in the lexicon and so never become events; reported events
carry ``attributed_to`` instead (the speaker of a quotation around the trigger, or the subject
of a speech verb above it).

Precision rules, all about what a sentence asserts happened: word sense by argument
("demonstrated restraint" is no protest, "probing for space" no investigation), no events from
bare participles ("considered imprisoned"), generic doers ("any tourist who visited"), talk verbs
with nobody to talk with, causal "allow", policy descriptions in apposition, known background
events that are the object of another act ("supported the invasion"), and definite or
predicated event nouns that restate an earlier event ("the visit", "the meeting was a visit").
Planned, envisioned, drilled or implied acts stay, flagged ``hypothetical`` (event_args).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date as _date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import CLOCK_TIME, DateValue, Event, make_id
from . import event_args as A
from . import extensions  # noqa: F401
from .event_lexicon import (
    Sense,
    called_off,
    control_verb,
    happening_verb,
    inanimate_kind,
    instrument_mode,
    is_light_verb,
    is_speech_verb,
    kind_of,
    kinds,
    lexicon,
    mobilized_mode,
    noun_sense,
    threat_mode,
    toll_verb,
    verb_sense,
    willingness_word,
)
from .event_offsets import dates_from_offsets
from .gazetteer import ROLE_NOUNS, doc_text, doc_tokens, sentence_of
from .timex import dateline_of, tense_of
from .timex_handlers import shift_day

ANAPHORIC_DETS = ("both", "these", "those", "such", "each", "either", "neither")
ANAPHORIC_MODS = ("same", "aforementioned")  # "during the same skirmish": one already told
MERGE_DEPS = ("conj", "advcl", "xcomp")
GENERIC_DETS = ("any", "every", "no")
FEW = ("few", "many", "most")  # quantified doers: an opinion of a crowd, not one act
TOPIC_PREPS = ("about", "regarding", "concerning", "on")
STATE_VERBS = ("be", "go", "remain", "stay", "put", "place", "keep")  # "on strike", "on alert"
MILITARY = ("MOBILIZE", "ASSAULT")
WEAPON_MODES = ("aerial", "drone", "firearms", "heavy-weapons", "explosives")  # acts no accident does


@dataclass
class _Draft:
    """An event under construction, before merging."""

    trigger: Token
    sense: Sense
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    weak_recipient: list[str] = field(default_factory=list)  # from a visited place
    location: str | None = None
    args: list[Token] = field(default_factory=list)
    absorbed: list[Token] = field(default_factory=list)
    agent: bool = False  # a syntactic doer was found, resolved to an actor or not
    # the argument phrases as written, resolved to actors or not ("the dock workers")
    texts: dict[str, list[str]] = field(default_factory=dict)
    toll: bool = False  # a happening that took in a killing as its toll: reported, whatever its syntax


def _add(ids: list[str], new: list[str]) -> None:
    ids.extend(i for i in new if i not in ids)


def _arg(d: _Draft, role: str, tok: Token | None) -> None:
    """Add the actors an argument resolves to, and keep its phrase as written."""
    if tok is None or tok.ent_type_ in ("DATE", "TIME"):
        return  # "on Wednesday" is when, not whom
    _add(getattr(d, role), A.actors_of(tok))
    if tok.pos_ in ("NOUN", "PROPN"):
        _phrase(d, role, tok)
        if role == "recipient" and d.sense.type in VERBAL_ABOUT and tok.pos_ == "NOUN":
            _thing_owner(d, tok)
        if role != "actor" and tok.pos_ == "NOUN" and A.actor_at(tok.doc, *A.np_span(tok)) is None:
            # "accepted demands from the rebels", "rejected an offer from Kabul": the party
            # hangs on the thing the act is about
            for c in tok.children:  # (not a possessor: "Trump's advisers" are not Trump)
                if c.dep_ == "prep" and c.lower_ in PARTY_PREPS:
                    for p in [g for g in c.children if g.dep_ == "pobj"]:
                        if p.ent_type_ not in ("DATE", "TIME"):
                            _add(getattr(d, role), A.actors_of(p))
                            _phrase(d, role, p)


PARTY_PREPS = ("from", "by", "with", "of", "to", "against", "among", "on")
# verbal acts aimed at what a party did or proposed: the party owns the thing
VERBAL_ABOUT = ("ACCUSE", "REJECT", "SUPPORT")


def _thing_owner(d: _Draft, obj: Token) -> None:
    """ "denounced Serbia's suppression of the unrest", "vetoed a Security Council resolution":
    condemning, rejecting or backing a thing is aimed at the party that owns it (a possessor
    or a proper-noun modifier), unless the thing is itself people ("Trump's advisers")."""
    if obj.lemma_.lower() in ROLE_NOUNS or obj.ent_type_ in ("PERSON", "NORP") or A.actors_of(obj):
        return
    for c in obj.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == obj.i - 1:
            _add(d.recipient, A.actors_of(c))
            _phrase(d, "recipient", c)


def _phrase(d: _Draft, role: str, tok: Token) -> None:
    start, end = A.np_span(tok)
    text = doc_text(tok.doc)[start:end].strip()
    phrases = d.texts.setdefault(role, [])
    if text and text not in phrases:
        phrases.append(text)


def _verb_draft(tok: Token, sense: Sense) -> _Draft:
    d = _Draft(tok, sense)
    target = tok
    if sense.type == "REJECT":  # "refused to recognise X": the refused act gives the object
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB":
                d.absorbed.append(c)
                target = c
    subj = A.subject(tok)
    passive = [c for c in target.children if c.dep_ == "nsubjpass"]
    if passive:
        agent = next((c for c in target.children if c.dep_ == "agent"), None)
        subj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
        d.args += passive
        if sense.type == "MOBILIZE":  # "Germany's brigade was deployed": the owner acts
            _add(d.actor, [i for c in passive[0].children if c.dep_ == "poss" for i in A.actors_of(c)])
        else:
            _arg(d, "recipient", passive[0])
    if subj is not None:
        d.args.append(subj)
        _arg(d, "actor", subj)
        # a nominal or third-person doer; "we"/"I"/"you" are the writer's voice, not an actor
        d.agent = subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in ("it", "they", "he", "she")
        if not d.actor and subj.lower_ in REPORTED_PRONOUNS:
            reporter = _reporter(subj)
            if reporter is not None:
                # the phrase only: resolving the pronoun to the reporter's actor id changes how
                # align/ clusters outlets' versions (it split a cross-outlet count flag on the
                # real-coverage dev set), so the id is left for the aligner to weigh
                _phrase(d, "actor", reporter)
    for c in target.children:
        if c.dep_ in ("dobj", "dative", "attr") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            d.args.append(c)
            if sense.type == "MOBILIZE":  # the forces moved are not a recipient
                continue
            if A.is_place(c) and sense.type == "CONSULT":
                d.location = d.location or A.place_text(c)
                _arg(d, "weak_recipient", c)
            else:
                _arg(d, "recipient", c)
                _object_location(d, c)
    _preps(d, target)
    if target.i != tok.i:
        _preps(d, tok)
    if not d.recipient:
        _embedded_recipient(d, target)
    return d


REPORTED_PRONOUNS = ("it", "they", "he", "she")
PLURAL_TAGS = ("NNS", "NNPS")


def _reporter(pronoun: Token) -> Token | None:
    """ "Syria says it will not accept refugees", "the rebels said they would meet the envoy":
    a third-person subject of a reported clause is the one who reports it, when the reporting
    verb's subject is a noun of the pronoun's number ("it" a singular, "they" a plural or a
    pair)."""
    clause = A.governor(pronoun.head)
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    head = clause.head
    if not (is_speech_verb(head.lemma_.lower()) or head.lemma_.lower() in PLEDGE_VERBS + ("warn",)):
        return None
    speaker = A.subject(head)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = speaker.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in speaker.children)
    if pronoun.lower_ == "it" and plural or pronoun.lower_ == "they" and not plural:
        return None
    if pronoun.lower_ in ("he", "she") and (
        plural or not (speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in ROLE_NOUNS)
    ):
        return None  # "the ministry said he would resign": he is someone else
    return speaker


def _embedded_recipient(d: _Draft, tok: Token) -> None:
    """The party an act is aimed at, named inside its complement: "demanded that the US
    cancel the sale" (the demand is on the US), "offered to hand over the suspects to Britain",
    "agreed to provide aid for Romania" (the embedded act's object or recipient)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and d.sense.type == "REQUEST":
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            _arg(d, "recipient", subj)
        elif c.dep_ == "xcomp" and c.pos_ == "VERB":
            for prep, obj in A.prep_objects(c, A.RECIPIENT_PREPS + A.LOC_PREPS):
                if A.is_place(obj) and prep in A.SITE_PREPS:  # "set up a centre in Tokyo"
                    _arg(d, "weak_recipient", obj)
                elif prep in A.RECIPIENT_PREPS:  # "to Poland" is a party
                    _arg(d, "recipient", obj)
            for g in c.children:
                if g.dep_ in ("dobj", "dative") and g.pos_ == "PROPN" and not d.recipient:
                    _arg(d, "recipient", g)
                elif g.dep_ == "dobj":  # "set up a centre in Tokyo"
                    for _prep, obj in A.prep_objects(g, A.SITE_PREPS):
                        if A.is_place(obj):
                            _arg(d, "weak_recipient", obj)


def _preps(d: _Draft, tok: Token) -> None:
    """Recipients and location from prepositional objects of a trigger (or its light verb)."""
    for prep, obj in A.prep_objects(tok, A.RECIPIENT_PREPS + A.LOC_PREPS):
        d.args.append(obj)
        if A.is_place(obj) and prep in A.LOC_PREPS and not d.location:
            d.location = A.place_text(obj)
            if d.sense.type is not None:
                # PLOVER codes the state of the place as the target when no party is named
                # ("lifted a state of emergency in West Darfur"); used only without a recipient
                _arg(d, "weak_recipient", obj)
            continue
        if prep in A.RECIPIENT_PREPS and not (prep == "to" and d.sense.type == "CONSULT" and A.is_place(obj)):
            _arg(d, "recipient", obj)
            _object_location(d, obj)
        elif prep in A.SITE_PREPS and not d.location and not A.is_place(obj):
            # "demonstrated outside the embassy in Vilnius": the site sits in a place
            for _prep, place in A.prep_objects(obj, ("in", "at")):
                if A.is_place(place):
                    d.location = A.place_text(place)
                    break


def _object_location(d: _Draft, obj: Token) -> None:
    """ "met with X, the country's leader, in Lesnograd": the parser hangs the place off the
    person met; for a meeting or visit it is still where the event happened."""
    if d.location or d.sense.type != "CONSULT" or A.is_place(obj):
        return
    for _prep, place in A.prep_objects(obj, ("in", "at")):
        if A.is_place(place):
            d.location = A.place_text(place)
            return


def _noun_draft(tok: Token, sense: Sense) -> _Draft:
    d = _Draft(tok, sense)
    for c in tok.children:
        if c.dep_ == "poss":
            _arg(d, "actor", c)
            d.agent = True
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    _arg(d, "actor", p)
                    d.args.append(p)
                    d.agent = True
    _preps(d, tok)
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.children):
        d.agent = True  # "Palestinian riots", "Russian manoeuvres": the doer is named in the noun
    head = tok.head
    if tok.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and verb_sense(head) is None:
        # a light verb ("the Bundeswehr conducted manoeuvres", "held a call with X")
        subj = A.subject(head)
        if subj is not None and not d.actor:
            _arg(d, "actor", subj)
            d.args.append(subj)
            d.agent = True
        _preps(d, head)
    if tok.dep_ == "pobj" and head.lower_ == "in" and _takes_part(head.head):
        # "engaged in negotiations with X", "took part in the talks": the subject does the act
        subj = A.subject(head.head)
        if subj is not None and not d.actor:
            _arg(d, "actor", subj)
            d.args.append(subj)
            d.agent = True
        _preps(d, head.head)
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        # "was put under investigation", "placed under house arrest", "came under attack":
        # the one the act falls on is the clause's subject
        patient = next((c for c in head.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if patient is not None and patient.pos_ in ("NOUN", "PROPN"):
            _arg(d, "recipient", patient)
            d.args.append(patient)
    return d


def _takes_part(verb: Token) -> bool:
    """A verb whose "in X" names the act its subject does ("engage in", "take part in"); the
    verbs are data (plover_lexicon.json participation_verbs)."""
    rule = lexicon()["participation_verbs"]
    lemma = verb.lemma_.lower()
    if lemma in rule["verbs"]:
        return True
    objects = rule["with_object"].get(lemma, [])
    return any(c.dep_ == "dobj" and c.lower_ in objects for c in verb.children)


def _candidate(tok: Token) -> Sense | None:
    """The sense of a token if it is an event trigger here, else None."""
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "oprd", "acomp"):
        sense = verb_sense(tok)
        if sense is None:  # most verbs: decided before the costlier checks below
            return None
        if _imperative(tok):
            return None  # "Sign up for our newsletters": a page's call to the reader
        if _standing_property(tok):
            return None
        subj = A.subject(tok)
        if subj is not None and any(
            (c.dep_ == "det" and c.lower_ in GENERIC_DETS) or (c.dep_ in ("amod", "det") and c.lower_ in FEW)
            for c in subj.children
        ):
            return None  # "any tourist who has visited Belarus", "few outsiders accept": generic
        if _stative_participle(tok):
            return None
        if sense.type == "CONCEDE" and _causative(tok, subj):
            return None
        if sense.type == "REQUEST" and tok.lemma_.lower() == "ask" and _asks_question(tok):
            return None
        return sense
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod"):
        return None
    sense = noun_sense(tok)
    if sense is None:
        return None
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in TOPIC_PREPS
        and not (tok.head.lower_ == "on" and tok.head.head.lemma_ in STATE_VERBS)
    ):
        return None  # ("went on strike", "remained on alert" are states, not topics)  # "details about ongoing exercises": the topic of something else
    if any((c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS) or (c.dep_ == "amod" and c.lower_ in ANAPHORIC_MODS)
           for c in tok.children):
        return None  # "following both visits": a back-reference, not a new event
    if called_off(tok):
        return None  # "cancelled his scheduled visit": the visit did not take place
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and _event_subject(tok.head):
        return None  # "The meeting was the envoy's first visit": the same event, described
    if tok.dep_ == "appos" and noun_sense(tok.head) is None and tok.head.pos_ == "NOUN":
        return None  # "policy founded on two pillars: support for X": a description of a policy
    if _definite(tok) and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and verb_sense(tok.head) is not None:
        return None  # "supported the invasion": a known background event, the topic of this act
    if tok.lemma_.lower() == "call" and not (
        any(c.dep_ == "prep" and c.lower_ == "with" for c in [*tok.children, *tok.head.children])
        or any(c.lower_ in ("phone", "telephone", "video") for c in tok.children)
    ):
        return None  # "calls for restraint", "a wake-up call": not a phone consultation
    return sense


def _standing_property(tok: Token) -> bool:
    """A simple present in a relative clause says what someone habitually does or holds, not
    what happened: "Tehran, which denies any nuclear ambitions", "the government, which
    coordinates the struggle", "the hand that feeds him"."""
    return (
        tok.dep_ == "relcl"
        and tok.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
    )


def _imperative(tok: Token) -> bool:
    """A base-form verb opening its line with no subject or auxiliary on that line ("Sign up
    for The Week's newsletters", "Join our campaign"): an instruction to the reader, which
    web pages carry around the article, not an act anyone did. (A subject the parser took
    from the line above, "SUBSCRIBE & SAVE", does not count.)"""
    if tok.tag_ not in ("VB", "VBP"):
        return False
    lo, _hi = A.line_bounds(tok.doc, tok.idx)
    first = next((t for t in tok.doc[max(0, tok.i - 12) : tok.i + 1] if t.idx >= lo and t.is_alpha), None)
    if first is None or first.i != tok.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.idx >= lo for c in tok.children)


def _asks_question(tok: Token) -> bool:
    """ "'Why would we ...?' the minister asked", "asked whether ...": asking a question is
    speech, not a demand. "asked X to do Y", "asked for help" and "asked a favour" stay."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "for"):
            return False
        if c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return False
    return True


def _event_subject(copula: Token) -> bool:
    return any(c.dep_ in A.SUBJ and c.pos_ == "NOUN" and noun_sense(c) is not None for c in copula.children)


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _needs_partner(d: _Draft) -> bool:
    """A talk verb ("discuss", "negotiate") with nobody to talk with, no place and a single
    doer is deliberation inside one actor ("Europe is discussing the possibility of ..."),
    not a consultation between two."""
    tok = d.trigger
    if d.sense.type != "CONSULT" or d.sense.mode is not None or tok.pos_ != "VERB":
        return False
    if d.recipient or d.weak_recipient or d.location:
        return False
    subj = A.subject(tok)
    plural = subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts) or subj.lower_ in ("they", "we", "their", "our")
    )
    return not plural


def _stative_participle(tok: Token) -> bool:
    """ "people considered imprisoned for their views": a bare past participle complement with
    no subject or auxiliary of its own describes a state, not an act reported here."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("ccomp", "oprd", "xcomp", "acomp"):
        return False
    # an active past participle needs "have"; with no auxiliary at all it is adjectival (the
    # parser may still hang the described noun on it as a subject)
    return not any(c.dep_ in ("aux", "auxpass", "agent") for c in tok.children)


def _causative(tok: Token, subj: Token | None) -> bool:
    """ "coverage allowed the state to achieve its goals": "allow/let X do Y" with a subject that
    is no actor is a causal link between things, not a concession by a party."""
    infinitive = any(
        c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    )
    return infinitive and subj is not None and subj.pos_ == "NOUN" and not A.actors_of(subj)


def _linked(a: Token, b: Token) -> bool:
    """True when b hangs off a (or a off b) by coordination, subordination or as an object."""
    for x, y in ((a, b), (b, a)):
        if y.head.i == x.i and y.dep_ in (*MERGE_DEPS, "dobj", "pobj"):
            return True
        if y.head.head.i == x.i and y.head.dep_ in ("prep", "xcomp") and y.dep_ in ("pobj", "dobj", "advcl"):
            return True
        # "met US officials and even held a call with X": a light verb's event noun in a conjunct
        if (
            y.dep_ in ("dobj", "attr")
            and y.head.dep_ == "conj"
            and y.head.head.i == x.i
            and is_light_verb(y.head.lemma_.lower())
        ):
            return True
    return False


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for d in drafts:
        target = next(
            (
                o
                for o in out
                if o.sense.type == d.sense.type
                and o.sense.kind == d.sense.kind
                and sentence_of(o.trigger).start == sentence_of(d.trigger).start
                and _linked(o.trigger, d.trigger)
            ),
            None,
        )
        if target is None:
            out.append(d)
            continue
        _add(target.actor, d.actor)
        _add(target.recipient, d.recipient)
        _add(target.weak_recipient, d.weak_recipient)
        for role, phrases in d.texts.items():
            _add(target.texts.setdefault(role, []), phrases)
        target.location = target.location or d.location
        target.args += d.args
        if target.sense.mode is None and d.sense.mode is not None:
            target.sense = d.sense
    return out


def _sentence_is_question(tok: Token) -> bool:
    """ "Can't we have a normal dialogue?": a question asserts nothing happened."""
    sent = sentence_of(tok)
    text = doc_text(tok.doc)[sent.start_char : sent.end_char].rstrip().rstrip("\"'”’)]").rstrip()
    return text.endswith("?")


def _conditional(tok: Token) -> bool:
    """A trigger inside an if/unless clause ("if troops cross the border, ...") states a
    condition, not an event. Planned and intended acts stay (flagged hypothetical)."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "advcl", "ccomp", "aux"):
            return False
        cur = cur.head
    return False


def _attacker_check(d: _Draft) -> None:
    """An ASSAULT needs an attacker: a doer that is a vehicle, a fire or a storm ("the plane
    hit the hostel", "the blaze killed 12") makes the happening an accident or a disaster
    with no PLOVER category. A verb hit with no subject at all keeps its category (the
    passive "were attacked" leaves the attacker unnamed, not absent)."""
    if d.sense.type not in ("ASSAULT", "COERCE") or d.trigger.pos_ != "VERB":
        return
    subj = A.subject(d.trigger)
    if subj is None:
        return
    if subj.lower_ in ("which", "that") and d.trigger.dep_ == "relcl":
        subj = d.trigger.head  # "the quake ..., which killed 1,700": the quake is the doer
    kind = inanimate_kind(subj)
    if kind is None and subj.pos_ == "NOUN":  # "an Air India plane": the head decides
        kind = next((inanimate_kind(c) for c in subj.children if c.dep_ == "compound" and inanimate_kind(c)), None)
    if kind == "accident" and (
        d.sense.mode in WEAPON_MODES
        or any(t.ent_type_ == "NORP" or t.dep_ == "poss" for t in subj.subtree if t.i < subj.i)
        or subj.lemma_.lower() in ("aircraft", "helicopter", "jet") and d.sense.mode is not None
    ):
        return  # "Israeli helicopters shelled positions": a state's craft, used as weapons
    if kind is not None:
        d.sense = Sense(None, None, kind)
        d.actor = []  # an airline does not attack with its plane; the vehicle is no actor


def _instrument(d: _Draft) -> None:
    """An attack whose verb names no method ("killed", "attacked", "struck") takes its mode
    from the weapon or force the clause names: "helicopter gunships killed 46" is aerial,
    "tanks shelled positions" heavy weapons, "attacked with machetes" primitive."""
    if d.sense.type != "ASSAULT":
        return
    if d.trigger.pos_ == "NOUN":  # "a roadside bombing", "a suicide car bombing"
        mode = instrument_mode([t.lower_ for t in d.trigger.lefts for t in t.subtree])
        if mode is not None and mode != d.sense.mode:
            d.sense = Sense(d.sense.type, mode, d.sense.kind, d.sense.phrase)
        return
    if d.sense.mode not in (None, "targeted") or d.trigger.pos_ != "VERB":
        return
    words: list[str] = []
    subj = A.subject(d.trigger)
    if subj is not None:
        words += [t.lower_ for t in subj.subtree]
    for c in d.trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "using", "by", "in"):
            if c.lower_ != "in" or any(noun_sense(p) is not None for p in c.children if p.dep_ == "pobj"):
                words += [t.lower_ for t in c.subtree]  # "killed in a suicide car bombing"
        if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "use":
            words += [t.lower_ for t in c.subtree]
    if subj is not None:
        for c in subj.children:
            if c.dep_ in ("acl", "prep"):
                words += [t.lower_ for t in c.subtree]
    mode = instrument_mode(words)
    if mode is not None:
        d.sense = Sense(d.sense.type, mode, d.sense.kind, d.sense.phrase)


def _mobilized(d: _Draft) -> None:
    """A MOBILIZE event takes its mode from who or what is mobilised: the verb's object, else its
    subject ("mobilized army reservists", "soldiers patrolled the streets"), a noun's own
    modifiers ("patrols by police"), or the subject of the clause a noun sits in ("troops
    remained on alert"). Nothing named: the lexicon's mode stays."""
    if d.sense.type != "MOBILIZE":
        return
    tok = d.trigger
    if tok.pos_ == "VERB":  # the mobilised are the object; the subject when it names none
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        named = mobilized_mode([t.lower_ for o in objects for t in o.subtree]) is not None
        args = objects if named else [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        args = [c for c in tok.children if c.dep_ in ("compound", "amod", "prep")]
        head = tok.head
        while head.dep_ == "prep" or (head.pos_ != "VERB" and head.dep_ == "pobj"):
            head = head.head  # "remained on alert": up through the preposition to the verb
        if tok.dep_ == "pobj" and head.pos_ in ("VERB", "AUX"):
            args += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != tok.i]
    words = [t.lower_ for t in sorted({t for a in args for t in a.subtree}, key=lambda t: t.i)]
    mode = mobilized_mode(words)
    if mode is not None:
        d.sense = Sense(d.sense.type, mode, d.sense.kind, d.sense.phrase)


def _fold_consequences(drafts: list[_Draft]) -> list[_Draft]:
    """ "The plane crashed, killing 241": the killing is the crash's toll, not an attack by
    anyone. An ASSAULT verb in a participle, coordinated clause or "in/after the crash"
    phrase of a non-PLOVER happening is folded into it (its arguments give the toll)."""
    by_tok = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        subj = A.subject(d.trigger) if d.trigger.pos_ == "VERB" else None
        if subj is not None and subj.i in by_tok and by_tok[subj.i].sense.type == d.sense.type and (
            d.sense.type in (None, "ASSAULT")
        ):
            # "the crash in Ahmedabad killed 241", "strikes on the market killed 12": one
            # happening and its toll
            host = by_tok[subj.i]
            host.args += [a for a in d.args if a is not subj and a not in host.args]
            host.location = host.location or d.location
            drop.add(d.trigger.i)
            continue
        if d.sense.type != "ASSAULT" or d.trigger.pos_ != "VERB":
            continue
        toll_of = _sentence_happening(d, drafts)
        if toll_of is not None:
            toll_of.args += [a for a in d.args if a not in toll_of.args]
            toll_of.toll = True
            drop.add(d.trigger.i)
            continue
        if any(c.dep_ in ("nsubj", "agent") for c in d.trigger.children):
            continue  # "... after Nordland attacked the airport": an attacker of its own
        tok = d.trigger
        host = None
        if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i in by_tok:
            host = by_tok[tok.head.i]
        for _prep, obj in A.prep_objects(tok, ("in", "after", "during", "following")):
            if obj.i in by_tok and by_tok[obj.i].sense.type is None:
                host = host or by_tok[obj.i]
        if host is None or host.sense.type is not None:
            continue
        host.args += [a for a in d.args if a not in host.args]
        drop.add(tok.i)
    return [d for d in drafts if d.trigger.i not in drop]


TOLL_KINDS = ("disaster", "accident")


def _downed_crashes(drafts: list[_Draft]) -> None:
    """ "Pakistan shot down two Indian jets ... one of the planes crashed in Kashmir": in a
    report of aircraft shot down, an aircraft's crash is where a downed craft fell, part of
    the attack (kind "attack" with no PLOVER category, since the crash names no attacker),
    not an accident. Word lists in data/event_kinds.json ("shot_down_craft")."""
    rule = kinds()["shot_down_craft"]
    if not any(
        d.sense.type == "ASSAULT" and any(c.dep_ == "prt" and c.lower_ in rule["particles"] for c in d.trigger.children)
        for d in drafts
    ):
        return
    for d in drafts:
        if d.sense.type is not None or d.sense.kind != "accident" or d.trigger.pos_ != "VERB":
            continue
        subj = A.subject(d.trigger)
        if subj is not None and (subj.lemma_.lower() in rule["crafts"] or subj.lower_ in rule["crafts"]):
            d.sense = Sense(None, None, "attack")


def _sentence_happening(d: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """ "The quake flattened buildings, resulting in 3,354 deaths and 4,508 people injured",
    "... the quake in Myanmar on Friday, which killed 1,700": a killing or wounding whose doer
    is no actor (none, a relative pronoun, a victim the parser made the subject), in a
    sentence that reports a disaster or an accident, is that happening's toll, not an attack
    by someone unnamed. A named attacker keeps the attack ("troops killed 12 after the quake")."""
    if d.actor or d.sense.mode not in (None, "targeted") or not toll_verb(d.trigger.lemma_.lower()):
        return None  # a weapon named ("shelling", "shot down") is an attack whatever else happened
    subj = A.subject(d.trigger)
    if d.trigger.dep_ == "relcl" and subj is not None and subj.ent_type_ in ("DATE", "TIME"):
        subj = None  # "the quake in Myanmar on Friday, which killed 1,700": hung on the date
    if subj is not None and not (subj.pos_ == "NOUN" or subj.lower_ in ("which", "that")):
        return None  # "it killed", "Nordland killed": a doer, even unresolved
    if subj is not None and subj.ent_type_ in ("NORP", "ORG", "GPE", "PERSON"):
        return None
    sent = sentence_of(d.trigger)
    return next(
        (o for o in drafts if o is not d and o.sense.type is None and o.sense.kind in TOLL_KINDS
         and sentence_of(o.trigger).start == sent.start),
        None,
    )


def extract_events(doc: Doc) -> list[Event]:
    """All PLOVER events in ``doc`` (see the module docstring)."""
    drafts: list[_Draft] = []
    absorbed: set[int] = set()
    for tok in doc_tokens(doc):
        if tok.i in absorbed:
            continue
        sense = _candidate(tok)
        if sense is None:
            continue
        d = _verb_draft(tok, sense) if tok.pos_ == "VERB" else _noun_draft(tok, sense)
        absorbed.update(t.i for t in d.absorbed)
        drafts.append(d)
    drafts = [d for d in drafts if d.trigger.i not in absorbed]
    drafts = [d for d in drafts if not _sentence_is_question(d.trigger) and not _conditional(d.trigger)]
    for d in drafts:
        _attacker_check(d)
        _instrument(d)
        _mobilized(d)
    drafts = _fold_consequences(drafts)
    _downed_crashes(drafts)
    drafts.sort(key=lambda d: (A.governor(d.trigger).i != d.trigger.i, d.trigger.i))
    drafts = sorted(_merge(drafts), key=lambda d: d.trigger.i)
    # Who-did-what-to-whom needs a who or a whom (or at least a nominal doer the actors
    # component did not resolve): bare event nouns ("accusations of dictatorship", "the
    # visit") and agentless passives are back-references or abstractions, not reportable events.
    drafts = [d for d in drafts if not _needs_partner(d)]
    for d in drafts:
        _scene(d)
    events = [_to_event(doc, d) for d in drafts if _reportable(d)]
    nouns = {d.trigger.i for d in drafts if d.trigger.pos_ == "NOUN"}
    definite = {d.trigger.idx for d in drafts if d.trigger.pos_ == "NOUN" and _definite(d.trigger)}
    events = _drop_back_references(events, {doc[i].idx for i in nouns}, definite)
    events = events + _casualties(doc, events)
    events = sorted(events + _statements(doc, events), key=lambda e: e.trigger_span or (0, 0))
    _dates_from_document(events, _headline_events(doc, events))
    _dates_from_publication(events, doc)
    dates_from_offsets(doc, events)
    return events


MAIN_CLAUSE = ("ROOT", "parataxis")
SAID_DEPS = ("ccomp", "xcomp", "parataxis", "advcl")


def _statement_verb(tok: Token) -> bool:
    """A verb of saying ("described", "stressed", "told reporters") or a verb with a
    statement object ("released a statement", "gave an interview"), from data/event_kinds.json."""
    table = kinds()["statements"]
    lemma = tok.lemma_.lower()
    if lemma in table["verbs"]:
        return True
    objects = table["verb_object"].get(lemma)
    return bool(objects) and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in objects or c.lower_ in objects) for c in tok.children
    )


def _main_clause(tok: Token) -> bool:
    """The sentence's own assertion: its root or a reporting clause after a quote. A clause
    coordinated with the root ("denied the claim and said ...") adds a second saying to a
    sentence that already reports one act, which readers do not list apart."""
    return tok.dep_ in MAIN_CLAUSE


def _speaker_subject(subj: Token) -> bool:
    """Someone who can make a statement: a name, a third-person pronoun, a noun that resolved
    to an actor, or a common noun that speaks for someone ("the ministry's spokesperson"),
    not a thing that shows ("photos", "official reports") or an anonymous crowd ("witnesses")."""
    table = kinds()["statements"]
    if subj.lower_ in table["silent_subjects"]:
        return False
    if subj.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
        return False
    if subj.pos_ in ("PROPN", "PRON"):
        return True
    if subj.pos_ != "NOUN":
        return False
    return bool(A.actors_of(subj)) or subj.lemma_.lower() in table["speaker_nouns"] or subj.lower_ in table["speaker_nouns"]


def _introduces_quote(tok: Token) -> bool:
    """ "'...,' he said": the verb introduces a direct quotation in its sentence; the quotation
    (with its speaker) is the record of what was said, not a separate happening."""
    sent = sentence_of(tok)
    return any(
        q.kind == "direct" and q.span[0] < sent.end_char and q.span[1] > sent.start_char
        for q in tok.doc._.cp_quotes or []
    )


def _reports_event(tok: Token, event_tokens: set[int]) -> bool:
    """The sentence reports a happening besides the saying: "Pakistan said it shot down two
    jets" reports the shooting (with the speaker as its source), "he said he would meet Trump"
    a meeting, "Tehran confirmed multiple explosions" the explosions, "an official said the
    strikes targeted nuclear sites" the strikes; the saying is not news beside it. Any event
    verb counts, extracted or not (an event the extractor could not complete is still what
    the sentence is about), and any event or happening noun, except one that is only the
    topic of what is said: a possessed one ("Trump said his summit produced headway", "hope
    that their discussions would pave the way") or the object of a verb of judging
    ("described the meeting as productive")."""
    table = kinds()["statements"]
    judging = tok.lemma_.lower() in table["evaluative_verbs"]["verbs"]
    happenings = table["happening_nouns"]["nouns"]
    for t in sentence_of(tok):
        if t.i == tok.i:
            continue
        if t.pos_ == "NOUN":
            if t.dep_ == "dobj" and t.head.i == tok.i and judging:
                continue
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
                continue
            if t.i not in event_tokens and _known_happening(t):
                continue
            if t.i in event_tokens or t.lower_ in happenings or t.lemma_.lower() in happenings:
                return True
            continue
        if t.i in event_tokens or _event_word(t):
            return True
    return False


def _known_happening(t: Token) -> bool:
    """ "told Al Jazeera the leadership had survived the Israeli attack", "announced that its
    leader survived Israel's airstrike": a definite or possessed happening noun that yields no
    event of its own, as the object of what is said, is one the reader already knows (the
    extractor took it for a back-reference); it is the topic, and the saying is the news."""
    if t.dep_ not in ("dobj", "pobj"):
        return False  # "said the strikes will continue": what the known happening does next is news
    return _definite(t) or any(c.dep_ == "poss" for c in t.children)


def _event_word(t: Token) -> bool:
    """A verb with an event sense in the lexicons (PLOVER or another kind) or a verb of a
    happening ("launched drones", "targeted a jet"), asserted or not ("he said he would meet
    Trump")."""
    if t.pos_ != "VERB":
        return False
    return t.lemma_.lower() in kinds()["statements"]["happening_verbs"]["verbs"] or verb_sense(t) is not None


def _saying_date(doc: Doc, tok: Token) -> DateValue | None:
    """The date of the saying itself: a date on the verb of saying or its own phrases ("said
    Thursday", "on Friday released a statement"), not one inside what is said ("dismissed
    claims about the 2016 election" does not date the dismissal to 2016)."""
    sent = sentence_of(tok)
    lo, hi = A.line_bounds(doc, tok.idx)
    for d in doc._.cp_dates or []:
        if not (d.span and d.value and d.kind in ("date", "time")):
            continue
        if not (max(sent.start_char, lo) <= d.span[0] < min(sent.end_char, hi)):
            continue
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None:
            continue
        cur = span.root
        while cur.head.i != cur.i and cur.head.i != tok.i:
            cur = cur.head
        if cur.head.i == tok.i and cur.dep_ not in (*SAID_DEPS, "dobj", "dative"):
            return d
    return None


def _counted(tok: Token) -> bool:
    """A noun with a number ("144 people", "at least 18 people", "dozens")."""
    return tok.pos_ in ("NOUN", "PROPN", "NUM") and (
        tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children) or tok.like_num
    )


def _casualty_victims(tok: Token, rule: dict) -> Token | None:
    """The counted victims of a casualty word: the subject of "died", the noun "dead" is
    predicated of ("144 people have been confirmed dead", "left 1,002 people dead")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in rule["verbs"]:
        subj = A.subject(tok)
        return subj if subj is not None and _counted(subj) else None
    if tok.lower_ not in rule["states"] or tok.dep_ not in ("acomp", "oprd", "ccomp", "xcomp", "conj"):
        return None
    head = tok.head
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _counted(c):
            return c
    return None


def _story_kind(events: list[Event], rule: dict) -> str | None:
    """The document's own happening: its most reported non-PLOVER kind among ``rule["kinds"]``
    (a quake, a crash), else "attack" when it reports attacks, else None."""
    counts: dict[str, int] = {}
    for ev in events:
        if ev.type is None and ev.kind in rule["kinds"] and not ev.hypothetical and not ev.negated:
            counts[ev.kind] = counts.get(ev.kind, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k])
    return "attack" if any(ev.type == "ASSAULT" and not ev.hypothetical for ev in events) else None


def _casualties(doc: Doc, events: list[Event]) -> list[Event]:
    """Tolls as events of the story's happening: "at least 18 people died in Bangkok" in a
    quake report, in a sentence that names no happening of its own (there the toll is that
    happening's and its event already covers the sentence). No PLOVER category: nobody is
    named as doing it. Word lists in data/event_kinds.json ("casualties")."""
    rule = kinds()["casualties"]
    kind = _story_kind(events, rule)
    if kind is None:
        return []
    busy = {ev.sentence_span for ev in events}
    out: list[Event] = []
    for tok in doc_tokens(doc):
        if tok.pos_ not in ("VERB", "ADJ"):
            continue
        victims = _casualty_victims(tok, rule)
        if victims is None:
            continue
        sent = sentence_of(tok)
        if (sent.start_char, sent.end_char) in busy or A.negated(tok) or A.hypothetical(tok):
            continue
        d = _Draft(tok, Sense(None, None, kind), args=[victims])
        out.append(_to_event(doc, d))
        busy.add((sent.start_char, sent.end_char))
    return out


def _statements(doc: Doc, events: list[Event]) -> list[Event]:
    """Statements as events of kind "statement" with no PLOVER category: the main verb of
    saying of a sentence whose subject can speak (a name, a title, an office, "he"/"they"),
    asserted (not negated, not planned, not in a question or an if-clause), whose complement
    reports no event of its own and whose verb no PLOVER event already took ("warned" is a
    THREATEN, "denied" a REJECT)."""
    taken: set[int] = set()
    event_verbs: set[int] = set()
    for ev in events:
        if ev.trigger_span is None:
            continue
        span = doc.char_span(*ev.trigger_span, alignment_mode="expand")
        if span is None:
            continue
        taken.add(span.root.i)
        event_verbs.add(span.root.i)
    out: list[Event] = []
    for tok in doc_tokens(doc):
        if tok.pos_ != "VERB" or tok.i in taken or not _main_clause(tok) or not _statement_verb(tok):
            continue
        subj = A.subject(tok)
        if subj is None or not _speaker_subject(subj) or _introduces_quote(tok):
            continue
        if A.negated(tok) or A.hypothetical(tok) or _sentence_is_question(tok) or _conditional(tok):
            continue
        if _reports_event(tok, event_verbs):
            continue
        ev = _to_event(doc, _verb_draft(tok, Sense(None, None, "statement")))
        date = _saying_date(doc, tok)
        ev.date, ev.date_end = event_day(date), A.date_end(event_day(date))
        ev.date_from = None
        out.append(ev)
    return out


def _reportable(d: _Draft) -> bool:
    """A PLOVER event needs a who or a whom (or a nominal doer the actors component did not
    resolve). A non-PLOVER happening has no such parties ("a fire broke out"): a verb needs a
    subject, a noun must be what a clause is about (its subject or object) or carry its own
    date or place ("the crash on Thursday")."""
    tok = d.trigger
    if d.sense.type is not None:
        if d.actor or d.recipient or d.agent or (d.weak_recipient and d.sense.type == "CONSULT"):
            return True  # a visited place is a party of a visit; elsewhere it is only the scene
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "on"
            and tok.head.head.lemma_ in STATE_VERBS
            and A.subject(tok.head.head) is not None
        ):
            return True  # "the dock workers went on strike", "troops remained on alert"
        if (
            d.sense.type in ("ACCUSE", "COERCE")
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and d.texts.get("recipient")
        ):
            # "was put under investigation", "placed under house arrest": the one it falls on is
            # named and the doer is the authority; "came under attack" names no attacker
            return True
        if d.sense.type in ("ASSAULT", "COERCE") and tok.pos_ == "VERB" and any(
            c.dep_ in ("nsubjpass", "dobj") and any(n.dep_ == "nummod" for n in c.children) for c in tok.children
        ):
            return True  # "three civilians have been killed": counted victims, the attacker unnamed
        if (
            d.sense.type == "ASSAULT"
            and tok.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in tok.children)
            and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children)
        ):
            return True  # "a terror camp was destroyed": an attack on a named target, attacker unnamed
        if _forces_moved(d):
            return True  # "police were deployed in the capital": the forces moved are the party
        # "Protests began Friday evening", "clashes broke out": the noun is said to happen
        return tok.pos_ == "NOUN" and (
            (tok.dep_ == "nsubj" and (_happens(tok.head) or toll_verb(tok.head.lemma_.lower())))  # "strikes killed 12"
            or _said_to_happen(tok)
        )
    if tok.pos_ == "VERB":
        return A.subject(tok) is not None or any(c.dep_ == "nsubjpass" for c in tok.children)
    if d.toll:
        return True  # "... the quake in Myanmar, which killed 1,700": the quake and its toll
    if tok.dep_ == "pobj":
        # "died in the earthquake": the toll's happening; "prior to the 2020 election": a time anchor
        prep = tok.head
        return prep.lower_ in ("in", "after") and prep.head.pos_ == "VERB" and toll_verb(prep.head.lemma_.lower())
    if tok.dep_ in ("nsubj", "nsubjpass") and happening_verb(tok.head.lemma_.lower()):
        return True  # "a fire broke out", "the crash killed 241"
    if tok.dep_ == "dobj" and d.sense.kind == "election" and happening_verb(tok.head.lemma_.lower()):
        return True  # "held elections", "won the election"
    # otherwise the noun must be anchored: "Sunday's election", "the crash in Ahmedabad"
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "near") and any(
            p.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for p in c.subtree))
        or (c.dep_ in ("poss", "compound", "nmod", "npadvmod") and c.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"))
        for c in tok.children
    )


def _forces_moved(d: _Draft) -> bool:
    """An agentless passive MOBILIZE whose subject is armed personnel ("troops were sent to the
    border"): the codebook's "mobilize armed personnel" names them, the sender unsaid. Weapons
    alone ("jets were deployed ..., destroying a target") are often the tool of an attack the
    sentence goes on to tell, which the codebook codes instead of the move."""
    tok = d.trigger
    if d.sense.type != "MOBILIZE" or tok.tag_ != "VBN":
        return False
    words = [w for c in tok.children if c.dep_ == "nsubjpass" for w in (c.lower_, c.lemma_.lower())]
    return mobilized_mode(words) not in (None, "weapons")


def _said_to_happen(noun: Token) -> bool:
    """An event noun that a relative clause says took place ("the talks, which began at 3 pm
    and lasted two hours") or that a past "there was/were" asserts ("there were clashes on
    Thursday"; the present "there are accusations of ..." describes a state of affairs)."""
    be = noun.head
    if noun.dep_ == "attr" and be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children):
        return be.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in be.children)
    endings = kinds()["happening_verbs"]["endings"]
    for rel in noun.children:
        if rel.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children):
            # "the shelling that ended on Wednesday": an ending recalls a happening told before
            return any(_happens(v) and v.lemma_.lower() not in endings for v in (rel, *rel.conjuncts))
    return False


def _happens(verb: Token) -> bool:
    """An intransitive verb of taking place ("began", "broke out", "erupted"), not a light
    verb with an object ("began talks" leaves the noun subject a doer)."""
    return happening_verb(verb.lemma_.lower()) and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)


BACKGROUND_MARKS = ("since", "before", "until", "till", "once", "ever")


def _dates_from_publication(events: list[Event], doc: Doc) -> None:
    """What news reports in the past tense with no date at all happened on the day it was
    published, as a reader assumes ("PAF shot down two jets" in the paper of 27 February):
    asserted events (not negated, not hypothetical) whose clause is in the past or present
    perfect, outside "since/before/until" clauses that point at background. The date is the
    publication day, marked ``date_from="published"`` so later stages can weigh it as weak.

    A simple past goes on from the story's last told day instead: after "Trump and Zelensky
    met on Friday" in Saturday's paper, "Zelensky left the White House" and "the press
    conference was cancelled" happened on Friday, as a reader takes them (see
    :func:`_narrative_day`; marked ``date_from="narrative"``, as weak as the publication day).
    A present perfect ("has convened a meeting") is news of the publication day."""
    published = doc._.cp_published
    if not published or not re.fullmatch(r"\d{4}-\d\d-\d\d", published[:10]):
        return
    for ev in events:
        if ev.date is not None or ev.negated or ev.hypothetical or ev.trigger_span is None:
            continue
        span = doc.char_span(*ev.trigger_span, alignment_mode="expand")
        tense = _finite_tense(span) if span is not None else None
        if span is None or tense not in ("past", "present") or _background(span.root):
            continue
        if tense == "present" and span.root.pos_ not in ("VERB", "AUX"):
            continue  # "the statements come amid tensions following the strikes": the strikes are not of today
        told = (_narrative_day(events, ev, published[:10], _saying_days(doc))
                if tense == "past" and _simple_past(span.root) else None)
        if told is not None:
            ev.date, ev.date_from = told, "narrative"
            continue
        ev.date = DateValue(value=published[:10], text=published[:10], precision="day")
        ev.date_from = "published"


def _finite_tense(span: Span) -> str | None:
    """The tense of the finite clause an event is told in: :func:`tense_of`, except that a
    verb with no tense of its own -- an infinitive ("prompted the authorities to close the
    airport", "used jets to drop bombs") or a bare participle ("the deaths due to shelling") --
    takes the tense of the verb it hangs on, as the reader places it. An infinitive under a
    verb of intent ("promised to withdraw") has no time of its own: None."""
    tok = span.root
    for _ in range(6):  # a noun's clause is its verb's ("used jets to drop two bombs")
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    for _ in range(4):
        if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in ("VB", "VBG", "VBN"):
            break
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ != "to" for a in auxes) or tok.dep_ not in ("xcomp", "advcl", "acl", "pcomp") or tok.head is tok:
            break  # a finite verb group ("has struck", "will close"): its own tense
        if any(a.lower_ == "to" for a in auxes) and control_verb(tok.head.lemma_.lower()):
            return None
        tok = tok.head
    return tense_of(tok.doc[tok.i : tok.i + 1]) or tense_of(span)  # "One pilot arrested by troops": no verb above


NARRATIVE_DAYS = 7  # how far before publication a told day still frames the story's narrative


def _saying_days(doc: Doc) -> list[tuple[int, DateValue]]:
    """The days the text gives to sayings that are no event of their own ("Zakharova on Friday
    said Trump showed restraint"): (offset, date) pairs, which tell the story's day as much as
    a dated act does for the simple past that follows ("She accused Zelensky of ...")."""
    out = []
    for d in doc._.cp_dates or []:
        if not (d.span and d.value and d.kind == "date" and d.precision == "day" and d.end is None):
            continue
        span = doc.char_span(*d.span, alignment_mode="expand")
        verb = span.root.head if span is not None else None
        if verb is not None and verb.dep_ == "prep":
            verb = verb.head
        if verb is not None and verb.pos_ == "VERB" and is_speech_verb(verb.lemma_.lower()) and verb.tag_ == "VBD":
            out.append((d.span[0], d))
    return out


def _narrative_day(events: list[Event], ev: Event, published: str,
                   sayings: list[tuple[int, DateValue]] | None = None) -> DateValue | None:
    """The one day the text has told of before ``ev``: the days of the earlier events whose own
    sentence dates them (not negated, not planned), within a week before publication. None
    when there is no such day or there are several ("a plane crashed on Monday, another on
    Thursday; a third crashed" leaves the third undated by the story): then the publication
    day serves."""
    assert ev.trigger_span is not None
    told: dict[str, DateValue] = {}
    for o in events:
        if o.trigger_span is None or o.trigger_span[0] >= ev.trigger_span[0]:
            continue
        if o.date_from is not None or o.date is None or o.negated or o.hypothetical:
            continue
        if day := _recent_day(o.date.value, published):
            told.setdefault(day, DateValue(value=day, text=o.date.text, precision="day"))
    for at, d in sayings or []:
        if at < ev.trigger_span[0] and (day := _recent_day(d.value, published)):
            told.setdefault(day, DateValue(value=day, text=d.text, precision="day"))
    return next(iter(told.values())) if len(told) == 1 else None


def _recent_day(value: str | None, published: str) -> str | None:
    """The day of a date value when it lies at most ``NARRATIVE_DAYS`` before the publication
    day (a story's day for its simple pasts), else None."""
    day = (value or "")[:10]
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day) or day > published:
        return None
    return day if (_date.fromisoformat(published) - _date.fromisoformat(day)).days <= NARRATIVE_DAYS else None


def _simple_past(tok: Token) -> bool:
    """The clause of ``tok`` is in the simple past ("left", "was cancelled", "said"), not a
    perfect ("has convened", "said four had been killed"), whose news is of the report's day."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return False  # "officials said four people had been killed": a perfect, news of its report
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _background(tok: Token) -> bool:
    """A trigger inside a "since/before/until ..." clause or phrase, or under "ever"."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKS for c in cur.children):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in BACKGROUND_MARKS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _headline_events(doc: Doc, events: list[Event]) -> set[str]:
    """Ids of the events told in a headline: a line above the body (before the first line
    that ends as a sentence does) that ends without a full stop ("60 killed in airstrike on
    residential building in Tehran"). A body line cut off at the end of an excerpt is no
    headline."""
    body, at = 0, 0
    for line in doc_text(doc).split("\n"):
        if _SENTENCE_END.search(line):
            body = at
            break
        at += len(line) + 1
    return {ev.id for ev in events if ev.trigger_span is not None and ev.trigger_span[0] < body}


_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*\s*$")


def _dates_from_document(events: list[Event], headlines: set[str] | frozenset[str] = frozenset()) -> None:
    """An undated mention takes the date of a dated mention of the same event in the same
    document ("The plane crashed on Thursday. ... the crash killed 241"): same category and
    kind, same trigger lemma (any lemma for a non-PLOVER happening: "the quake", "the
    earthquake" and "the disaster" of one story are one event), participants that do not contradict, neither negated nor
    hypothetical, and only one date among the candidates (two dated crashes stay apart; a
    happening named by its noun counts only the mentions that name it so when the others
    disagree). A
    headline's act may be told with another word in the body ("60 killed in airstrike" over
    "an airstrike on Friday killed 60"): for it any trigger of the same category will do.
    The copied date is marked ``date_from="document"``."""
    for ev in events:
        if ev.date is not None or ev.negated or ev.hypothetical:
            continue
        dates = {}
        for o in events:
            if o is ev or o.date is None or o.date.value is None or o.negated or o.hypothetical:
                continue
            if (o.type, o.kind) != (ev.type, ev.kind):
                continue
            if ev.type is not None and o.lemma != ev.lemma and ev.id not in headlines:
                continue  # PLOVER acts recur in one story; a story's quake or crash is one happening
            if ev.actor and o.actor and not set(ev.actor) & set(o.actor):
                continue
            dates.setdefault(o.date.value, o)
        if len(dates) > 1 and ev.type is None and ev.lemma in _HAPPENING_NOUNS:
            # "the earthquake that hit Myanmar": the happening as named ("the quake on Friday"),
            # not what it did ("a building collapsed" on the day of a photo caption)
            dates = {v: o for v, o in dates.items() if o.lemma in _HAPPENING_NOUNS}
        if len(dates) == 1:
            src = next(iter(dates.values()))
            ev.date, ev.date_end, ev.date_from = src.date, src.date_end, "document"


_HAPPENING_NOUNS = frozenset(w for w in kinds()["nouns"] if w != "about")  # "quake", "crash", "election"
STATE_ACTS = ("COERCE", "RETREAT")


def _scene(d: _Draft) -> None:
    """Implicit parties of domestic acts: a protest with no named target is against the
    state it happens in; a crackdown or release with no resolved doer is by that state (the
    clause's country, else the country the article is mostly about)."""
    if d.trigger.pos_ != "NOUN" or d.sense.type is None:
        return  # an agentless passive verb stays agentless (see extract_events)
    if d.sense.type == "PROTEST" and not d.recipient:
        country = A.scene_country(d.trigger)
        if country and country not in d.actor:
            d.recipient.append(country)
    elif d.sense.type in STATE_ACTS and not d.actor:
        country = A.scene_country(d.trigger)
        if country is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in d.trigger.children):
            country = A.focal_country(d.trigger.doc)  # "the release of some prisoners"
        if country and country not in d.recipient:
            d.actor.append(country)


def _drop_back_references(
    events: list[Event], noun_starts: set[int], definite: set[int] | None = None
) -> list[Event]:
    """An event noun that only repeats an earlier event ("Kellogg's recent visit" after
    "Kellogg visited Minsk") adds no new fact: same type, actors already seen together, no new
    recipient, place or date. Keeping it would make align/ pair the wrong mentions. A definite
    event noun ("the visit ...") after an event of its type is read as that event again."""
    out: list[Event] = []
    for ev in events:
        is_noun = ev.trigger_span is not None and ev.trigger_span[0] in noun_starts
        is_definite = ev.trigger_span is not None and ev.trigger_span[0] in (definite or set())
        if is_definite and ev.date is None and ev.quantity is None and any(
            (o.type, o.kind) == (ev.type, ev.kind) for o in out
        ):
            continue
        parties = set(ev.actor) | set(ev.recipient)
        repeats = any(
            (o.type, o.kind) == (ev.type, ev.kind)
            and (
                (ev.actor and set(ev.actor) <= set(o.actor) and set(ev.recipient) <= set(o.recipient))
                # "talks between X and Y" after "X met Y": the same parties, whatever their roles
                or (not ev.actor and parties and parties <= set(o.actor) | set(o.recipient))
            )
            for o in out
        )
        if is_noun and repeats and ev.date is None and ev.location is None and ev.quantity is None:
            continue
        out.append(ev)
    return out


# PLOVER codes a stated future act as intent: cooperative acts as AGREE, hostile ones as
# THREATEN ("will give a grant" is AGREE, "would blockade Paris" is THREATEN).
COOPERATIVE = ("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
HOSTILE = ("SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE", "REJECT", "ACCUSE")
FUTURE_AUX = ("will", "would", "shall", "'ll", "wo")
MAYBE_AUX = ("may", "might", "could")
PLEDGE_VERBS = ("vow", "swear", "pledge", "promise", "threaten")


def _intent(tok: Token, sense: Sense) -> Sense:
    if sense.type is None:
        return sense  # a crash or a storm has no PLOVER intent to code
    active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if sense.type in ("AGREE", "CONCEDE") and active and A.negated(tok) and not A.without(tok):
        return Sense("REJECT", None)  # "will not accept", "did not agree": a refusal
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children):
        return Sense("REQUEST", None)  # "X must return the helicopter": a demand on X
    if tok.pos_ == "VERB" and sense.type in HOSTILE and any(c.dep_ == "aux" and c.lower_ in MAYBE_AUX for c in tok.children):
        return Sense("THREATEN", threat_mode(sense.type, sense.mode))  # "may halt mediation": a warning
    if (
        tok.pos_ == "VERB"
        and tok.dep_ in ("xcomp", "advcl", "acl")
        and (tok.head.lemma_.lower() in PLEDGE_VERBS or willingness_word(tok.head))
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        if sense.type in HOSTILE:  # "vowed to fight"
            return Sense("THREATEN", threat_mode(sense.type, sense.mode))
        return Sense("AGREE", None)
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return sense
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for c in tok.children):
        # "will withdraw its force unless X arranges a ceasefire": a demand backed by a threat
        return Sense("THREATEN", threat_mode(sense.type, sense.mode))
    if sense.type in COOPERATIVE:
        return Sense("AGREE", None)
    if sense.type in HOSTILE:
        return Sense("THREATEN", threat_mode(sense.type, sense.mode))
    return sense


def confidence(d: _Draft, hypothetical: bool, negated: bool, attributed: bool) -> float:
    """How sure the extractor is that this is a real event of this category, in [0, 1].

    Made of: a base for the trigger (0.6 for a verb, 0.45 for an event noun, 0.7 when a
    verb+object or phrasal entry fixed the sense, 0.55 for a non-PLOVER happening, whose kind
    rests on the word alone, 0.45 for a statement, which is news only when a reader thinks the
    saying itself matters); +0.2 when the doer resolved to an actor (+0.1 when only a
    nominal doer was seen); +0.1 when a recipient resolved; +0.05 for a place. Then -0.25
    for a hypothetical act, -0.1 for a negated one, -0.05 when a source is credited rather
    than the outlet. Clipped to [0.05, 0.99]."""
    tok = d.trigger
    if d.sense.type is None:
        score = 0.45 if d.sense.kind == "statement" else 0.55
    elif d.sense.phrase is not None or any(c.dep_ == "prt" for c in tok.children):
        score = 0.7
    else:
        score = 0.6 if tok.pos_ == "VERB" else 0.45
    if d.actor:
        score += 0.2
    elif d.agent:
        score += 0.1
    if d.recipient or d.weak_recipient:
        score += 0.1
    if d.location:
        score += 0.05
    score -= (0.25 if hypothetical else 0.0) + (0.1 if negated else 0.0) + (0.05 if attributed else 0.0)
    return round(min(0.99, max(0.05, score)), 2)


def _threat_of(d: _Draft) -> None:
    """ "threatened to launch an offensive", "warned it would impose a curfew": a threat's
    mode is the threatened act's (the complement verb's own sense, else its object noun's)."""
    if d.sense.type != "THREATEN" or d.sense.mode is not None or d.trigger.pos_ != "VERB":
        return
    for c in d.trigger.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        sense = verb_sense(c)
        if sense is None or sense.type is None:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            sense = noun_sense(obj) if obj is not None else None
        if sense is not None and sense.type is not None:
            mode = threat_mode(sense.type, sense.mode)
            if mode is not None:
                d.sense = Sense("THREATEN", mode, d.sense.kind, d.sense.phrase)
                return


def _threat_condition(d: _Draft) -> None:
    """ "threatened to strike unless Israel rescinded the annexation": the party a threat is
    aimed at is the one its condition asks to act (the subject of the "unless" clause), when
    no recipient was found."""
    if d.sense.type != "THREATEN" or d.recipient:
        return
    for verb in (d.trigger, *[c for c in d.trigger.children if c.dep_ in ("xcomp", "ccomp")]):
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                    _arg(d, "recipient", subj)
                    return


def _joint_exercise(d: _Draft) -> None:
    """ "joint military exercises", "Nordland and Sudland held drills": the codebook codes joint
    military games and manoeuvres as COOPERATE, only a single country's exercise as MOBILIZE."""
    rule = lexicon()["joint_exercises"]
    tok = d.trigger
    if d.sense.type != "MOBILIZE" or tok.pos_ != "NOUN" or tok.lower_ not in rule["nouns"]:
        return
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    if any(c.lower_ in rule["modifiers"] for c in mods) or len(set(d.actor)) >= 2:
        d.sense = Sense("COOPERATE", None, None, d.sense.phrase)


DAY_AND_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")


def event_day(date: DateValue | None) -> DateValue | None:
    """An event's date is a day: "Tuesday evening" (2019-02-26TEV) dates the event to that day
    (a part of the day is no ISO date, and the contract dropped it, leaving the event undated).
    A clock time ("9:30 a.m. on Sunday", 2025-03-30T09:30) stays on the event, since times of
    day are compared across outlets (align/facts.py); the contract exports its day. The timex
    keeps its time of day either way, and the words as written stay in ``text``."""
    m = DAY_AND_TIME.match(date.value or "") if date is not None else None
    if date is None or m is None or CLOCK_TIME.match(date.value or ""):
        return date  # a clock time ("13:38") stays: align/facts.py compares times of day
    day = m.group(1)
    if date.value.endswith("TNI") and date.end == shift_day(day, 1):  # type: ignore[union-attr]
        day = date.end  # "on the night of 9-10 September", "overnight": most of such a night is after midnight
    return dataclasses.replace(date, value=day, precision="day", kind="date", end=None)



def _to_event(doc: Doc, d: _Draft) -> Event:
    tok = d.trigger
    d.sense = _intent(tok, d.sense)
    _threat_of(d)
    _threat_condition(d)
    _joint_exercise(d)
    sent = sentence_of(tok)
    clause = A.clause_span(tok)
    date = A.pick_date(doc, clause, tok)
    recipients = [r for r in d.recipient if r not in d.actor] or [
        r for r in d.weak_recipient if r not in d.actor
    ]
    trigger_span = (tok.idx, tok.idx + len(tok))
    args = d.args + ([tok] if tok.pos_ == "NOUN" else [])
    negated = A.negated(tok) and d.sense.type != "REJECT"
    hypothetical = A.hypothetical(tok)
    attributed = A.attributed_to(tok)
    from_dateline = date is not None and date is dateline_of(doc)
    date = event_day(date)
    return Event(
        id=make_id("ev", doc._.cp_doc_id or "", trigger_span[0], trigger_span[1]),
        doc=doc._.cp_doc_id or "",
        type=d.sense.type,
        mode=d.sense.mode,
        actor=list(d.actor),
        recipient=recipients,
        trigger=tok.text,
        span=clause,
        sentence=sent.text,
        sentence_span=(sent.start_char, sent.end_char),
        date=date,
        date_end=A.date_end(date),
        location=d.location,
        quantity=A.pick_quantity(doc, args) or (A.clause_quantity(doc, tok) if tok.pos_ == "VERB" else None),
        negated=negated,
        hypothetical=hypothetical,
        attributed_to=attributed,
        context=["military"] if d.sense.type in MILITARY else [],
        trigger_span=trigger_span,
        # the opening dateline's day is when the report was filed, not a date the sentence gives
        date_from="dateline" if from_dateline else None,
        lemma=d.sense.phrase or tok.lemma_.lower(),
        kind=d.sense.kind or kind_of(d.sense.type, d.sense.mode),
        actor_text=list(d.texts.get("actor", [])),
        recipient_text=list(dict.fromkeys(d.texts.get("recipient", []) + d.texts.get("weak_recipient", []))),
        confidence=confidence(d, hypothetical, negated, attributed is not None),
    )


def top_event(events: list[Event], doc: Doc) -> Event | None:
    """The PLOVER event closest to the root of its sentence (the sentence's main act), first on
    ties; a happening with no PLOVER category only when the sentence has no PLOVER event."""
    if not events:
        return None
    events = [e for e in events if e.type is not None] or events

    def depth(ev: Event) -> tuple[int, int]:
        span = doc.char_span(*ev.trigger_span, alignment_mode="expand") if ev.trigger_span else None
        if span is None:
            return (99, 0)
        tok, n = span.root, 0
        while tok.head.i != tok.i and n < 50:
            tok, n = tok.head, n + 1
        return (n, span.start)

    return min(events, key=depth)


@Language.factory("cp_events")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_events``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_events = extract_events(doc)
        return doc
