"""The PLOVER trigger lexicon (package data ``data/plover_lexicon.json``) and its look-ups.

Why a lexicon: PLOVER's 16 categories are defined by what actors *do* ("release captives",
"mobilize armed personnel"), and in news those acts surface as a small, stable vocabulary of
verbs, phrasal verbs, verb+object pairs ("provide ... information", "lift sanctions") and
event nouns ("talks", "crackdown"). A trigger must hit this lexicon; everything else (notably
plain statements like "said") is not an event, which keeps precision up.

A second, smaller table (``data/event_kinds.json``) holds happenings PLOVER has no category
for: crashes, fires, storms, elections, court rulings. Their senses have ``type=None`` and a
general ``kind``; a PLOVER category is never stretched to cover them. The same table says
which objects or prepositions cancel a PLOVER verb sense ("captured on CCTV" is filmed, not
seized) and gives every PLOVER category its kind.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from ..records import EVENT_KINDS, EVENT_TYPES


@dataclass(frozen=True)
class Sense:
    """A PLOVER category and mode for one trigger, or (``type=None``) a non-PLOVER happening
    with its general ``kind``. ``phrase`` is set when the sense came from a verb and its object
    ("eat lunch"), so a summary can say what was done rather than the bare verb."""

    type: str | None
    mode: str | None
    kind: str | None = None
    phrase: str | None = None


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The parsed lexicon JSON, checked against :data:`records.EVENT_TYPES` once."""
    text = resources.files("counterpoint").joinpath("data", "plover_lexicon.json").read_text("utf-8")
    data = json.loads(text)
    _expand_classes(data)
    for table in ("verbs", "nouns", "phrasal"):
        for word, pair in data[table].items():
            if pair is None and table == "phrasal":
                continue  # a particle that cancels the verb's event sense ("probe for")
            if pair is None or pair[0] not in EVENT_TYPES:
                typ = pair[0] if pair else None
                raise ValueError(f"plover_lexicon.json: {word!r} has unknown type {typ!r}")
    return data


def _expand_classes(data: dict) -> None:
    """Write ``verb_object_classes`` (verbs x object classes -> one sense) into ``verb_object``,
    so a codebook definition ("curtail ... material exchanges") is one rule, not a list of the
    words some sentence used; an explicit ``verb_object`` entry wins."""
    classes = data.get("verb_object_classes", {})
    for rule in classes.get("rules", []):
        if rule["sense"][0] not in EVENT_TYPES:
            raise ValueError(f"plover_lexicon.json: verb_object_classes rule has unknown type {rule['sense'][0]!r}")
        for verb in rule["verbs"]:
            table = data["verb_object"].setdefault(verb, {})
            for name in rule["objects"]:
                for obj in classes["objects"][name]:
                    table.setdefault(obj, rule["sense"])


def _sense(pair: list | None) -> Sense | None:
    return Sense(pair[0], pair[1]) if pair else None


@functools.lru_cache(maxsize=1)
def kinds() -> dict:
    """The parsed ``data/event_kinds.json``, its kinds checked against records.EVENT_KINDS."""
    text = resources.files("counterpoint").joinpath("data", "event_kinds.json").read_text("utf-8")
    data = json.loads(text)
    _expand_arrangements(data)
    for table in ("verbs", "phrasal", "nouns", "inanimate_doers", "plover_kinds"):
        for word, kind in data[table].items():
            if word != "about" and kind not in EVENT_KINDS:
                raise ValueError(f"event_kinds.json: {table}.{word} has unknown kind {kind!r}")
    return data


def _expand_arrangements(data: dict) -> None:
    """One list of things a party calls off or closes ("arrangements") serves eight verbs'
    verb+object senses and five verbs' null senses; written once in the data, spread here."""
    rule = data["arrangements"]
    for verb in rule["verbs"]:
        data["verb_object"].setdefault(verb, {}).update({thing: "other" for thing in rule["things"]})
    for verb in rule["null_sense_verbs"]:
        data["null_senses"].setdefault(verb, {"preps": [], "objects": []})["objects"].extend(rule["things"])


def kind_of(typ: str | None, mode: str | None) -> str:
    """The general kind of a PLOVER category and mode ("ASSAULT" -> "attack")."""
    table = kinds()["plover_kinds"]
    if typ is None:
        return "other"
    return table.get(f"{typ}/{mode}") or table.get(typ) or "other"


def instrument_mode(words: list[str]) -> str | None:
    """The ASSAULT mode a weapon word among ``words`` names, the table's first mode winning."""
    table = kinds()["assault_instruments"]
    for mode, nouns in table.items():  # in the table's order: the most specific method first
        if mode != "about" and any(w in nouns for w in words):
            return mode
    return None


def mobilized_mode(words: list[str]) -> str | None:
    """The MOBILIZE mode the mobilised forces among ``words`` (in text order) name: the first
    personnel word ("police and paramilitary soldiers" -> police), else weapons ("sent warships")
    -- the codebook codes weapons, ships or vehicles as weapons unless troops go with them."""
    table = lexicon()["mobilized_forces"]
    people = [m for m in table if m not in ("about", "weapons")]
    for w in words:
        hit = next((m for m in people if w in table[m]), None)
        if hit is not None:
            return hit
    return "weapons" if any(w in table["weapons"] for w in words) else None


def threat_mode(typ: str | None, mode: str | None) -> str | None:
    """The THREATEN mode of a threatened act ("would halt talks" -> relations)."""
    table = kinds()["threat_modes"]
    return table.get(f"{typ}/{mode}") or table.get(typ or "")


def inanimate_kind(tok: Token) -> str | None:
    """The kind of happening a non-agent doer makes ("the plane", "the fire"), else None.
    A doer its qualifier makes an attack ("rocket fire") is the attacker's weapon, not a blaze."""
    table = kinds()["inanimate_doers"]
    if _qualified_noun(tok) is not None:
        return None
    return table.get(tok.lower_) or table.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None


def negating_preps() -> list[str]:
    """Prepositions whose object or gerund did not happen ("departed without signing")."""
    return kinds()["negating_preps"]["preps"]


def happening_verb(lemma: str) -> bool:
    """A verb whose subject, a happening noun, is thereby said to have taken place."""
    return lemma in kinds()["happening_verbs"]["verbs"]


def _null_sense(tok: Token, lemma: str) -> bool:
    """True when an object, patient or preposition cancels the verb's PLOVER sense."""
    rule = kinds()["null_senses"].get(lemma)
    if not rule:
        return False
    if any(c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in rule.get("marks", ()) for c in tok.children):
        return True  # "figures, as released by the government": a citation of a source, not a release
    head_is_object = tok.head.lemma_.lower() in rule["objects"] or tok.head.lower_ in rule["objects"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and head_is_object:
        return True  # "a video released by the army": the participle's noun is its object
    if tok.dep_ == "relcl" and head_is_object and not any(c.dep_ == "dobj" for c in tok.children):
        return True  # "the aggression they committed": the relative clause's noun is its object
    if tok.tag_ == "VBN" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in rule["objects"] or c.lower_ in rule["objects"]) for c in tok.children
    ):
        return True  # "with all flights canceled": the participle's subject is what was called off
    if _with_a_state(tok):
        return False  # "cancelled a planned visit to Haiti": calling off dealings with a state
    return any(o in rule["objects"] for o in _object_lemmas(tok))


def _with_a_state(tok: Token) -> bool:
    """The verb's object is dealings with another state or organisation ("a visit to Haiti",
    "talks with Moscow"): calling them off keeps its PLOVER sense (a SANCTION)."""
    for o in tok.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        for prep in o.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                if any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "NORP", "ORG") for p in prep.children):
                    return True
    return False


def called_off(tok: Token) -> bool:
    """An event noun that is the object of "cancel", "postpone" and the like did not happen."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in kinds()["called_off_verbs"]["verbs"]


def _other_sense(tok: Token, lemma: str) -> Sense | None:
    """A non-PLOVER happening: verb+object ("won the election"), verb+subject ("the court
    ruled"), then the plain verb ("crashed")."""
    data = kinds()
    objects = data["verb_object"].get(lemma)
    if objects:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"] if tok.tag_ == "VBN" else []
        for obj in _object_lemmas(tok) + [w for c in subjects for w in (c.lemma_.lower(), c.lower_)]:
            if obj in objects:
                return Sense(None, None, objects[obj])
    subjects = data["verb_subject"].get(lemma)
    if subjects:
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.lower_ in ("that", "which") and tok.dep_ == "relcl":
                c = tok.head  # "the earthquake that hit Myanmar"
            if c.lemma_.lower() in subjects or c.lower_ in subjects:
                return Sense(None, None, subjects.get(c.lemma_.lower()) or subjects[c.lower_])
        return None
    kind = data["verbs"].get(lemma)
    return Sense(None, None, kind) if kind else None


def _phrase(tok: Token, lemma: str, obj: str) -> str:
    """ "eats lunch with": the verb in the third person, its object, and the preposition its
    partner hangs on, for summaries ("X eats lunch with Y", not "X eats Y")."""
    verb = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    prep = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "for")), "")
    return " ".join(p for p in (verb, obj, prep) if p)


def _object_lemmas(tok: Token) -> list[str]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    # "provided Minsk with details": the thing given sits under "with"
    objs += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "used civilians as human shields": what the object is used as; "invited him for a visit"
    preps = ("as", *lexicon()["object_preps"].get(tok.lemma_.lower(), ()))
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    objs += [c for o in list(objs) for c in o.conjuncts]
    # "provide 25,000 tons of food aid": what a measure of something is of
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    # "found the minister guilty": the adjective the verb predicates of its object
    preds = [c.lower_ for c in tok.children if c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ == "ADJ"]
    return [o.lemma_.lower() for o in objs] + [o.lower_ for o in objs] + _modified(objs) + preds


def _modified(objs: list[Token]) -> list[str]:
    """ "martial law", "human shields", "tear gas": an object with the modifier right before it,
    so a table can name a fixed phrase whose head alone ("law", "gas") means nothing."""
    return [
        f"{o.doc[o.i - 1].lower_} {form}"
        for o in objs
        if o.i > 0 and o.doc[o.i - 1].dep_ in ("amod", "compound") and o.doc[o.i - 1].head.i == o.i
        for form in {o.lower_, o.lemma_.lower()}
    ]


def _next_to(verb: Token, prep: Token) -> bool:
    """The preposition follows the verb, with at most adverbs between ("pushing hard for")."""
    between = verb.doc[verb.i + 1 : prep.i]
    return prep.i > verb.i and len(between) <= 2 and all(t.dep_ == "advmod" for t in between)


@functools.lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The particles of the lexicon's phrasal verbs ("out" of "force out", "over" of "hand over")."""
    keys = list(lexicon()["phrasal"]) + [k for k in kinds()["phrasal"] if k != "about"]
    return frozenset(k.split()[-1] for k in keys if " " in k)


def _after_object(verb: Token, prep: Token) -> bool:
    """A particle shifted past the object ("forced the agency out of the country", "handed the
    suspects over"): it comes right after the verb's direct object."""
    if prep.lower_ not in _particles() or f"{verb.lemma_.lower()} {prep.lower_}" in lexicon()["not_separable"]["verbs"]:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.i < prep.i and prep.i == obj.right_edge.i + 1


def verb_sense(tok: Token) -> Sense | None:
    """Sense of a verb token: phrasal ("build up"), verb+object, then plain verb lemma."""
    lex = lexicon()
    lemma = lex["lemma_fixes"].get(tok.lower_) or tok.lemma_.lower()
    if lemma in lex["governing_only"]["verbs"] and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and verb_sense(c) is not None for c in tok.children
    ):
        return None  # "help support X": the governed act is the event ("helped X rebuild" stays aid)
    other = kinds()
    for child in tok.children:
        if (
            child.dep_ == "prt"
            or (child.dep_ == "advmod" and child.i == tok.i + 1)  # "stepped down" parsed as an adverb
            or (child.dep_ == "prep" and (_next_to(tok, child) or _after_object(tok, child)))
        ):
            key = f"{lemma} {child.lower_}"
            if key in other["phrasal"]:  # "slammed into a hostel": a crash, whatever "slam" alone is
                doers = other["phrasal_subjects"].get(key)
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if doers is None or any(c.lemma_.lower() in doers or c.lower_ in doers for c in subj):
                    return Sense(None, None, other["phrasal"][key])
                return None
            if key in lex["phrasal"]:  # null: the particle cancels the event sense
                by_object = lex.get("phrasal_object", {}).get(key, {})
                # "closed down the newspaper" parsed with "down" as a preposition: its object counts
                objs = _object_lemmas(tok) + [w for p in child.children if p.dep_ == "pobj" for w in (p.lemma_.lower(), p.lower_)]
                hit = next((by_object[o] for o in objs if o in by_object), None)
                return _with_mode_adverb(tok, _sense(hit or lex["phrasal"][key]))
    if _caution(tok, lemma):
        return Sense(None, None, "statement")
    by_subject = _subject_sense(tok, lemma)
    if by_subject is not None:
        return by_subject
    objects = lex["verb_object"].get(lemma)
    if objects and _manner(tok, lemma):
        return None  # "violated its airspace using standoff weapons": the violation is the act
    if objects:
        for obj in _object_lemmas(tok):
            if obj in objects:
                s = _sense(objects[obj])
                if s is not None and s.mode == "martial-law" and not _repressive_emergency(tok, obj):
                    return _other_sense(tok, lemma)  # "a state of emergency after the floods"
                return Sense(s.type, s.mode, None, _phrase(tok, lemma, obj)) if s else None
    if _null_sense(tok, lemma):
        return _other_sense(tok, lemma)  # "smoke captured on CCTV" is filmed, not seized
    if lemma in lex["intransitive_verbs"]["verbs"] and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "demonstrate restraint", "rally support": not the street act
    if lemma in other["needs_object"]["verbs"] and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in tok.children
    ):
        return None  # "few accept that ...": a belief, not an agreement
    return _with_mode_adverb(tok, _sense(lex["verbs"].get(lemma))) or _other_sense(tok, lemma)


def _caution(tok: Token, lemma: str) -> bool:
    """ "warned Europe not to torpedo the talks", "warned Ukraine against provocation", "warned
    Minsk about drones": a caution or notice to others is a statement, not PLOVER's THREATEN,
    which is a coercive warning of the warner's own action ("warned it would retaliate")."""
    rule = kinds()["cautions"]
    if lemma not in rule["verbs"]:
        return False
    if any(c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children):
        return True
    objects = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if any(  # "warned Ukraine and its allies against disrupting": the phrase parsed under the object
        p.dep_ == "prep" and p.lower_ in rule["preps"] and any(g.dep_ == "pcomp" for g in p.children)
        for o in objects
        for p in o.children
    ):
        return True
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.tag_ == "VB"
        and any(n.dep_ == "neg" for n in c.children)
        and any(n.dep_ == "aux" and n.lower_ == "to" for n in c.children)
        for c in tok.children
    )


def _subject_sense(tok: Token, lemma: str) -> Sense | None:
    """The sense a verb takes from who does it (plover_lexicon.json subject_senses): troops
    that arrive are deployed, not visiting; peacekeepers that arrive are aid."""
    table = lexicon()["subject_senses"].get(lemma)
    if not table:
        return None
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            hit = table.get(c.lemma_.lower()) or table.get(c.lower_)
            if hit is not None:
                return _sense(hit)
    return None


def _manner(tok: Token, lemma: str) -> bool:
    """A "using ..." participle that says how another act was done (plover_lexicon.json
    manner_verbs), not an act of its own."""
    return lemma in lexicon()["manner_verbs"]["verbs"] and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp")


def _repressive_emergency(tok: Token, obj: str) -> bool:
    """Emergency rule the codebook codes as COERCE/martial-law: never in a sentence naming a
    disaster ("State of emergencies in relation to national disasters should generally not be
    coded as COERCE ... absent evidence for their use as a repressive tactic"), and a plain
    state of emergency only where the sentence names the unrest it answers; martial law and
    military rule need no such evidence (plover_lexicon.json emergency_context)."""
    rule = lexicon()["emergency_context"]
    words = {w for t in tok.sent for w in (t.lower_, t.lemma_.lower())}
    if words & set(rule["disasters"]):
        return False
    return obj not in rule["needs_unrest"] or bool(words & set(rule["unrest"]))


def _with_mode_adverb(tok: Token, sense: Sense | None) -> Sense | None:
    """The mode an adverb on the verb names ("sexually abused": ASSAULT/sexual), when the
    verb's own entry leaves the mode open and the adverb's category is the verb's."""
    if sense is None or sense.mode is not None:
        return sense
    table = lexicon().get("mode_adverbs", {})
    for c in tok.children:
        hit = table.get(c.lower_) if c.dep_ == "advmod" else None
        if hit and hit[0] == sense.type:
            return Sense(sense.type, hit[1], sense.kind, sense.phrase)
    return sense


def noun_sense(tok: Token) -> Sense | None:
    """Sense of an event noun ("talks", "the release", "manoeuvres")."""
    lex = lexicon()
    cancels = lex["noun_compound_cancels"].get(tok.lemma_.lower(), [])
    if cancels and tok.i > 0 and tok.doc[tok.i - 1].lower_ in cancels:
        return None  # "a press release": a document, not a release
    qualified = _qualified_noun(tok)
    if qualified is not None:
        return qualified
    hit = lex["nouns"].get(tok.lower_) or lex["nouns"].get(tok.lemma_.lower())
    if hit is None and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound":
        hit = lex["nouns"].get(f"{tok.doc[tok.i - 1].lower_}-{tok.lower_}")
    if hit is not None:
        return _sense(hit)
    if tok.lower_ in kinds()["generic_event_heads"]["nouns"]:  # "a mediation mission"
        for c in tok.children:
            if c.dep_ == "compound" and c.i == tok.i - 1:
                inner = lex["nouns"].get(c.lower_) or lex["nouns"].get(c.lemma_.lower())
                if inner is not None:
                    return _sense(inner)
    military = _military_noun(tok)
    if military is not None:
        return military
    table = kinds()["nouns"]
    kind = table.get(tok.lower_) or table.get(tok.lemma_.lower())
    return Sense(None, None, kind) if kind else None


def _qualified_noun(tok: Token) -> Sense | None:
    """ "an exchange of fire", "fire exchanges", "rocket fire": the sense a qualifier gives
    the noun (the noun right before it, or the object of its "of"), from
    ``qualified_nouns`` in data/event_kinds.json."""
    table = kinds()["qualified_nouns"].get(tok.lower_)
    if not table:
        return None
    before = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i == tok.i - 1]
    of_objects = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for q in before + of_objects:
        hit = table.get(q.lower_) or table.get(q.lemma_.lower())
        if hit:
            return _sense(hit)
    return None


def _military_noun(tok: Token) -> Sense | None:
    """ "Russian strikes on the market", "air strikes", "strikes across the Line of Control",
    "a strike targeting Hamas leaders": an attack only with a target or a military or national
    modifier (a bare "strike" may be a walk-out)."""
    rule = kinds()["military_nouns"]
    if tok.lower_ not in rule["nouns"] and tok.lemma_.lower() not in rule["nouns"]:
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    labour = kinds()["labour_strikes"]["modifiers"]
    left = tok.doc[tok.left_edge.i : tok.i].text.lower()
    if tok.lemma_.lower() == "strike" and (
        any(word in left for word in labour)
        or (tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ in ("go", "be", "remain", "stay"))
    ):
        return Sense("PROTEST", "strike")  # "an open-ended strike", "went on strike"
    aerial = any(c.lower_ in ("air", "aerial") for c in mods)
    if any(c.lower_ in ("drone", "drones") for c in mods):
        return Sense("ASSAULT", "drone")  # the codebook's own mode for unmanned aircraft
    if any(c.lower_ in rule["modifiers"] or c.ent_type_ == "NORP" for c in mods) or any(
        c.dep_ == "prep" and c.lower_ in rule["preps"] for c in tok.children
    ) or any(c.dep_ == "acl" and c.lemma_.lower() in rule["acl_verbs"] for c in tok.children):
        return Sense("ASSAULT", "aerial" if aerial else None)
    return None


def willingness_word(word: Token) -> bool:
    """A noun or adjective that states willingness or commitment ("its readiness to", "is
    willing to", "expressed intent to"): the codebook's AGREE, "indicate willingness or
    commitment to cooperate" (plover_lexicon.json willingness_words)."""
    rule = lexicon()["willingness_words"]
    table = rule["nouns"] if word.pos_ == "NOUN" else rule["adjectives"] if word.pos_ == "ADJ" else ()
    return word.lemma_.lower() in table or word.lower_ in table


def toll_verb(lemma: str) -> bool:
    """A verb whose "in/after X" names the happening its casualties belong to."""
    return lemma in kinds()["toll_verbs"]["verbs"]


def is_light_verb(lemma: str) -> bool:
    return lemma in lexicon()["light_verbs"]


def is_speech_verb(lemma: str) -> bool:
    return lemma in lexicon()["speech_verbs"]


def control_verb(lemma: str) -> bool | None:
    """For a verb that governs an infinitive ("plans to visit"): True if it makes the embedded
    event hypothetical, False if not, None if it is not a control verb."""
    return lexicon()["control_verbs"].get(lemma)
