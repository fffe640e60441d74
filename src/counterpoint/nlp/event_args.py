"""Arguments and flags of an event trigger, read off the dependency parse.

Who: the grammatical subject (or the ``by`` agent of a passive, or the possessor of an event
noun, or the subject of the light verb that governs it: "the Bundeswehr conducted
manoeuvres"). To whom: the object, "with X" for meetings, "of X"/"including X" for releases,
"on/against X" for sanctions and attacks. Where: a place after in/at/to/into, or the place
object of a visit. When: the date of the clause, else the nearest in the sentence. How many: a
quantity inside the trigger's arguments. Actor values are local actor ids, found through the
mentions written by cp_actors, so align/ can merge them across outlets.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from spacy.tokens import Doc, Token

from ..records import DateValue, Quantity
from .event_lexicon import control_verb, is_speech_verb, negating_preps, verb_sense, willingness_word
from .gazetteer import HONORIFICS, ROLE_NOUNS, country_name, doc_text, fold, metonym, sentence_of
from .timex import dateline_of, in_dateline

try:  # the actors component's resolver; a local fallback keeps events usable without it
    from .actors import actor_at as _actor_at
except ImportError:  # pragma: no cover - only while actors.py lacks it
    _actor_at = None

SUBJ = ("nsubj", "csubj")
ROLE_WORDS = ROLE_NOUNS | HONORIFICS
PLACE_ENTS = ("GPE", "LOC", "FAC")
LOC_PREPS = ("in", "at", "to", "into", "inside", "near", "from", "outside")
SITE_PREPS = ("in", "at", "inside", "near", "outside")  # a building or site, itself in a place
RECIPIENT_PREPS = ("with", "against", "on", "to", "toward", "towards", "of", "including", "upon", "for", "between")
HYPO_AUX = ("can", "could", "would", "may", "might", "will", "shall", "should", "'ll", "wo", "ca", "must")
HYPO_AMOD = (
    "planned",
    "proposed",
    "possible",
    "potential",
    "future",
    "prospective",
    "expected",
    "upcoming",
    "envisaged",
    "hypothetical",
    "impending",  # "notify Qatar of an impending Israeli strike": told before it happened
    "imminent",
    "looming",
    "anticipated",
    "scheduled",
)


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    """Local actor id of the mention at a char span (cp_actors' resolver, or overlap)."""
    if _actor_at is not None:
        return _actor_at(doc, start, end)
    for m in doc._.cp_mentions or []:
        if m.span[0] < end and start < m.span[1]:
            return m.actor
    return None


def np_span(tok: Token) -> tuple[int, int]:
    """Char span of a noun phrase without its relative clauses and trailing preps."""
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos", "nummod") or (c.dep_ == "punct" and c.i == tok.i + 1):
            right = c.right_edge if c.dep_ == "appos" else c
        else:
            break
    return left.idx, right.idx + len(right)


def _only_person_possessor(tok: Token, ident: str) -> bool:
    """True when a common-noun argument resolved only through a person possessor: "Trump's
    advisers" are other people (a country possessor, "Poland's forces", is the state acting)."""
    if tok.pos_ != "NOUN" or tok.lower_ in ROLE_WORDS:
        return False
    kinds = {a.id: a.kind for a in tok.doc._.cp_actors or []}
    if kinds.get(ident) != "person":
        return False
    for m in tok.doc._.cp_mentions or []:
        if m.actor == ident and m.span[0] <= tok.idx < m.span[1]:
            return False  # the mention covers the head noun itself ("the country's leader")
    return any(c.dep_ == "poss" for c in tok.children)


def actors_of(tok: Token | None) -> list[str]:
    """Actor ids for an argument token and its conjuncts ("Lithuania and Poland")."""
    if tok is None:
        return []
    out: list[str] = []
    for t in [tok, *(c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]:
        ident = actor_at(t.doc, *np_span(t))
        if ident is not None and _only_person_possessor(t, ident):
            ident = None  # "Trump's advisers" are not Trump
        if ident is None:  # "their counterparts in Lithuania and Poland"
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of"):
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            out += [i for i in actors_of(p) if i not in out]
            continue
        if ident not in out:
            out.append(ident)
    return out


def governor(verb: Token) -> Token:
    """Climb from an embedded infinitive/conjunct to the verb that carries the subject
    ("refused to recognise", "continues to build up", "visited Minsk and met")."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ in (*SUBJ, "nsubjpass") for c in tok.children):
            return tok
        if (
            tok.dep_ in ("xcomp", "conj", "advcl")
            and tok.head.i != tok.i
            and tok.head.pos_ in ("VERB", "AUX")
        ):
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
            tok = tok.head.head  # "Nordland is ready to contribute troops": the copula's subject
        else:
            return tok
    return tok


def _same_line_subject(verb: Token, subj: Token) -> Token:
    """A subject parsed across a line break (a headline glued to the first sentence) is
    replaced by the nearest free-standing noun on the verb's own line before it."""
    lo, hi = sorted((subj.i, verb.i))
    if "\n" not in verb.doc[lo:hi].text:
        return subj
    for k in range(verb.i - 1, sentence_of(verb).start - 1, -1):
        tok = verb.doc[k]
        if "\n" in tok.text:
            break
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in (
            "pobj",
            "compound",
            "amod",
            "nummod",
            "poss",
            "appos",
            "det",
            "npadvmod",
            "dobj",
        ):
            return tok
    return subj


RELATIVE_PRONOUNS = ("who", "which", "that", "whom")


def subject(verb: Token) -> Token | None:
    gov = governor(verb)
    for c in gov.children:
        if c.dep_ in SUBJ and in_dateline(c):
            # "LESNOGRAD, June 19 (Reuters) – A plane crashed": the dateline is no doer; the
            # doer is the free noun between it and the verb
            for k in range(gov.i - 1, c.i, -1):
                tok = gov.doc[k]
                if in_dateline(tok):
                    break
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("pobj", "compound", "amod", "poss", "nmod"):
                    return tok
            return None
        if c.dep_ in SUBJ:
            if c.lower_ in RELATIVE_PRONOUNS and gov.dep_ in ("relcl", "acl") and gov.head.i != gov.i:
                return gov.head  # "any tourist who has visited X": the doer is the noun
            return _same_line_subject(gov, c)
    for c in verb.children:  # passive agent: "were released by the authorities"
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "forces concentrating troops"
        return verb.head
    if verb.dep_ == "acl" and willingness_word(verb.head):
        return _willing_one(verb.head)
    return None


def _willing_one(noun: Token) -> Token | None:
    """Who is willing in "X expressed its willingness to negotiate", "Y's readiness to help":
    the subject of the clause the noun is the object of (a name, where the owner is often
    "its"), else the noun's owner."""
    doer = subject(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    return doer or next((c for c in noun.children if c.dep_ == "poss"), None)


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [(c.lower_, p) for p in c.children if p.dep_ == "pobj"]
    return out


def is_place(tok: Token) -> bool:
    """A GPE/LOC/FAC entity, or a name the actors component resolved to a country (NER
    often tags capitals such as "Minsk" as ORG)."""
    if tok.ent_type_ in PLACE_ENTS:
        return True
    if tok.pos_ != "PROPN":
        return False
    if known_place(place_text(tok)):
        return True
    ident = actor_at(tok.doc, tok.idx, tok.idx + len(tok))
    return any(a.id == ident and a.kind == "country" for a in tok.doc._.cp_actors or [])


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Folded names and aliases of the cities in ``data/places.json``."""
    raw = json.loads(resources.files("counterpoint").joinpath("data/places.json").read_text("utf-8"))
    return frozenset(fold(n) for row in raw["places"] for n in [row["name"], *row.get("aliases", [])])


def known_place(text: str) -> bool:
    """A city in the places table, a capital/seat (metonym) or a country name: NER often
    tags such names as ORG or PERSON, but as the object of a visit they are where it was."""
    key = fold(text)
    if key in _place_names() or metonym(text) is not None:
        return True
    place = country_name(text)
    return place is not None and place.kind == "country"


def place_text(tok: Token) -> str:
    """The whole entity the token belongs to ("the capital Minsk" -> "Minsk"), read from the
    tokens' entity tags (``doc.ents`` builds every entity span on each access)."""
    if not tok.ent_type:
        return tok.text
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _negation_scope(trigger: Token) -> set[Token]:
    """The trigger and, for a verb, its governor; for an event noun, the verb it is the
    object or predicate of ("did not hold talks"), unless that verb is itself an event."""
    if trigger.pos_ in ("VERB", "AUX"):
        return {trigger, governor(trigger)}
    if trigger.dep_ in ("dobj", "attr") and verb_sense(trigger.head) is None:
        return {trigger, trigger.head}
    return {trigger}


def negated(trigger: Token) -> bool:
    """ "not"/"never" on the trigger or on the verb that governs it, or "without" before it.
    An event noun takes the negation of its verb only as that verb's object or predicate
    ("did not hold talks"); as a subject it is presupposed ("the release was not welcomed":
    the release happened)."""
    for tok in _negation_scope(trigger):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children):
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "fail":
            return True  # "failed to reach agreement": it did not happen
    return without(trigger)


def without(trigger: Token) -> bool:
    """ "left without signing the deal", "ended without reaching an agreement": the act did
    not happen, yet nobody refused it (see events._intent)."""
    return any(t.dep_ in ("pcomp", "pobj") and t.head.lower_ in negating_preps() for t in _negation_scope(trigger))


CLIMB_DEPS = ("xcomp", "conj", "dobj", "pobj", "prep", "advcl", "ccomp", "pcomp", "relcl", "acl")


def _irrealis_infinitive(tok: Token) -> bool:
    """ "the time has come for us to begin talks", "a chance to meet": an infinitive that
    modifies a noun or carries its own "for" subject states a possibility, not a fact."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def _envisioned_attr(tok: Token) -> bool:
    """ "One of the instruments he envisions is a meeting": an event noun predicated of
    something planned or proposed is itself only planned."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    for c in tok.head.children:
        if c.dep_ in SUBJ and any(t.pos_ == "VERB" and control_verb(t.lemma_.lower()) for t in c.subtree):
            return True
    return False


def hypothetical(trigger: Token) -> bool:
    """Modals, future, if-clauses, plans and intentions ("plans to visit", "a possible summit"),
    infinitives of possibility, complements of "imply"/"envision", simulated acts in drills."""
    tok = trigger
    for _ in range(8):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in HYPO_AUX for c in tok.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
            return True
        if any(c.dep_ == "amod" and c.lower_ in HYPO_AMOD for c in tok.children):
            return True
        if tok.dep_ == "going" or (tok.dep_ in ("xcomp", "ccomp") and control_verb(tok.head.lemma_.lower())):
            return True
        if tok.dep_ in ("dobj", "pobj") and control_verb(tok.head.lemma_.lower()):
            return True
        if _irrealis_infinitive(tok) or _envisioned_attr(tok):
            return True
        if tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
            if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX"):
                return False  # a relative clause is asserted on its own
            tok = tok.head
        else:
            return False
    return False


def quote_speaker(trigger: Token) -> str | None:
    """The speaker of the direct quotation the trigger sits in (cp_quotes), if any: what a
    quoted person says happened is their claim, not the outlet's."""
    start = trigger.idx
    for q in trigger.doc._.cp_quotes or []:
        if q.kind in ("direct", "partial") and q.span[0] <= start < q.span[1] and q.speaker:
            return q.speaker
    return None


def attributed_to(trigger: Token) -> str | None:
    """The actor a report credits: the speaker of a quotation around the trigger, "According to
    X, ..." or "X said (that) ..." above the trigger."""
    speaker = quote_speaker(trigger)
    if speaker is not None:
        return speaker
    sent = sentence_of(trigger)
    # the sentence's text is searched first: walking its tokens makes a Token object each,
    # for every trigger, and few sentences say "according"
    has_according = "according" in doc_text(trigger.doc)[sent.start_char : sent.end_char].lower()
    for tok in sent if has_according else ():
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objs = [p for p in tok.doc[tok.i + 1].children if p.dep_ == "pobj"]
            if objs:
                ids = actors_of(objs[0])
                if ids:
                    return ids[0]
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        child, tok = tok, tok.head
        if is_speech_verb(tok.lemma_.lower()) and child.dep_ in ("ccomp", "parataxis", "advcl", "xcomp"):
            who = speaker_of(tok)
            if who is None:
                return None
            ids = actors_of(who)
            return ids[0] if ids else None
    return None


def speaker_of(verb: Token) -> Token | None:
    """The subject of a verb of saying; when the parser took the opening dateline (or the
    byline before it) for that subject, the free noun after it ("Quetta, Feb 27: Nordmark
    on Wednesday said ..."), as :func:`subject` reads it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if not subjects:
        return None
    return subject(verb) if in_dateline(subjects[0]) else subjects[0]


def clause_span(trigger: Token) -> tuple[int, int]:
    """Char span of the clause carrying the trigger (the governing verb's subtree)."""
    head = trigger
    if trigger.pos_ not in ("VERB", "AUX"):
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
    head = governor(head) if head.pos_ in ("VERB", "AUX") else head
    first, last = subtree_ends(head)
    sent = sentence_of(trigger)
    start = max(first.idx, sent.start_char)
    end = min(last.idx + len(last), sent.end_char)
    return start, end


def subtree_ends(tok: Token) -> tuple[Token, Token]:
    """The first and the last token ``tok.subtree`` yields, without making a Token object for
    every token of the subtree (a clause's subtree is most of its sentence, and it was read once
    per event and per argument). ``subtree`` yields the first left child's subtree first and the
    last right child's subtree last, so the ends are found by following those children down.
    On a non-projective parse these are not ``left_edge``/``right_edge`` (the extreme indices),
    so those are not used."""
    first = tok
    while (child := next(iter(first.lefts), None)) is not None:
        first = child
    last = tok
    while rights := list(last.rights):
        last = rights[-1]
    return first, last


def pick_date(doc: Doc, clause: tuple[int, int], trigger: Token) -> DateValue | None:
    """The clause's date, else the one nearest the trigger in the same sentence; durations and
    sets are not event dates."""
    dates = [d for d in doc._.cp_dates or [] if d.span and d.kind in ("date", "time") and d.value]  # not stamps
    sent = sentence_of(trigger)
    lo, hi = line_bounds(doc, trigger.idx)  # a headline or date line glued on is another sentence
    in_sent = [
        d
        for d in dates
        if max(sent.start_char, lo) <= d.span[0] < min(sent.end_char, hi) and not _bound_date(doc, d, trigger)
        and _dates_trigger(doc, d, trigger)
    ]
    in_clause = [d for d in in_sent if clause[0] <= d.span[0] < clause[1]]
    pool = in_clause or in_sent
    if not pool:
        # "NEW DELHI (AP) — Troops were deployed": the lead happened on the dateline's day
        line = dateline_of(doc)
        if line is not None and line.span and sent.start_char <= line.span[0] < sent.end_char:
            return line
        return None
    return min(pool, key=lambda d: abs(d.span[0] - trigger.idx))


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok``: itself when it is a verb, else its nearest verb above."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _dates_trigger(doc: Doc, d: DateValue, trigger: Token) -> bool:
    """Whether a date in the trigger's sentence can date the trigger's event. A date on a
    speech verb dates the saying: "Trump said Thursday that his summit with Putin produced
    headway" does not put the summit on Thursday. It does date a verbal claim of an act in
    the reported clause ("Nordland on Sunday said it shot down two jets"), which a reader
    takes to be that day's news."""
    span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if trigger in root.ancestors:
        return True
    dv = _clause_verb(root)
    if dv is None or dv == trigger or not is_speech_verb(dv.lemma_.lower()):
        return True
    return trigger.pos_ == "VERB" and dv in trigger.ancestors


def _bound_date(doc: Doc, d: DateValue, trigger: Token) -> bool:
    """Dates that do not date the clause's event: "their first talks since 2019" and "as of
    Saturday, the disaster has left 1,002 dead" bound a span of time or a count; "Friday's
    summit" and "dismissed claims about the 2016 vote" date the summit and the vote, not the
    act the sentence reports."""
    before = doc_text(doc)[max(0, d.span[0] - 7) : d.span[0]].lower().split()
    if before and (before[-1] == "since" or before[-2:] == ["as", "of"]):
        return True
    span = doc.char_span(*d.span, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "poss" and root.head.i != trigger.i:
        return True  # "Friday's summit": the date of another thing, named
    if (root.dep_ in ("compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != trigger.i
            and span.start > span.sent.start and doc[span.start - 1].pos_ != "ADP"):
        # "the Friday summit", "struck sites linked to an April 22 militant assault": the
        # summit's and the assault's dates; but "On Thursday Pakistani air defences shot
        # down ..." is the parser hanging an adverbial date on the next noun: a date after a
        # preposition or opening its sentence is no noun's modifier
        return True
    if root.dep_ == "nummod" and root.head.i != trigger.i and trigger in root.head.ancestors:
        # "dismissed claims about the 2016 vote": a year naming a thing the act is about; but
        # "Belarus's 2020 crisis, when ... protests" dates the protests its clause tells of
        return True
    return _in_other_relative(root, trigger)


def _in_other_relative(tok: Token, trigger: Token) -> bool:
    """A date inside a relative or participial clause on some other word dates that clause's
    own event: "had a call with Zelensky, who will fly to Washington on Monday" does not put
    the call on Monday, nor "the allies, set to gather in London on Sunday, rallied behind him"
    the rallying on Sunday. A clause on the trigger itself ("the talks, which began at 3 pm")
    or one that holds the trigger does date it."""
    cur = tok
    for _ in range(12):
        if trigger in cur.subtree or cur.head.i == cur.i:
            return False
        if cur.head.i != trigger.i and (cur.dep_ == "relcl" or _set_off_participle(cur)):
            return True
        cur = cur.head
    return False


def _set_off_participle(tok: Token) -> bool:
    """A participial clause set off by a comma on a noun ("the allies, set to gather in London
    on Sunday, rallied"): an aside with its own time, as a relative clause is."""
    start = tok.left_edge.i
    return (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and start > 0
            and tok.doc[start - 1].text == ",")


def line_bounds(doc: Doc, at: int) -> tuple[int, int]:
    """Char bounds of the text line holding offset ``at``: the parser often runs a title line,
    a byline or a "date 2019-02-28" line into the first sentence, but a date there does not
    date the lead's events."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def date_end(date: DateValue | None) -> DateValue | None:
    if date is None or not date.end:
        return None
    return DateValue(
        value=date.end,
        text=date.text,
        precision=date.precision,
        year_inferred=date.year_inferred,
        span=date.span,
        kind=date.kind,
    )


def pick_quantity(doc: Doc, arg_tokens: list[Token]) -> Quantity | None:
    """A quantity whose span falls inside one of the trigger's argument subtrees."""
    spans = []
    for t in arg_tokens:
        first, last = subtree_ends(t)
        spans.append((first.idx, last.idx + len(last)))
    for q in doc._.cp_quantities or []:
        if any(a <= q.span[0] and q.span[1] <= b for a, b in spans):
            return q
    return None


def clause_quantity(doc: Doc, trigger: Token) -> Quantity | None:
    """Fallback when the parse hangs the counted noun off a side clause ("66 prisoners,
    referred to as ..., were released"): a quantity in the trigger's subtree whose counted noun
    is a core argument (subject/object) of some verb there."""
    first, last = subtree_ends(trigger)
    lo, hi = first.idx, last.idx + len(last)
    for q in doc._.cp_quantities or []:
        if lo <= q.span[0] and q.span[1] <= hi:
            span = doc.char_span(*q.span, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "appos"):
                return q
    return None


SCENE_CLIMB = ("dobj", "nsubj", "nsubjpass", "conj", "pobj", "prep", "relcl", "acl", "advcl", "appos")


def scene_country(trigger: Token) -> str | None:
    """The country a clause is set in, read off the noun a relative or prepositional clause
    hangs from ("Belarus's 2020 crisis, when the election brought protests" -> Belarus;
    "protests in Belarus" -> Belarus). Used for domestic acts whose doer or target the text
    leaves implicit: a protest is against the state, a crackdown or release is by it."""
    tok = trigger
    for _ in range(8):
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("in", "across")):
                objs = [c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"]
                for o in objs:
                    for ident in actors_of(o):
                        if any(a.id == ident and a.kind == "country" for a in tok.doc._.cp_actors or []):
                            return ident
        if tok.dep_ not in SCENE_CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def focal_country(doc: Doc) -> str | None:
    """The country actor with the most mentions in the document, if it clearly leads (at
    least a third of all country mentions): the state a story is about, who holds its
    prisoners and polices its streets when the text does not say."""
    key = ("counterpoint", "focal_country")
    if key in doc.user_data:
        return doc.user_data[key]
    countries = {a.id for a in doc._.cp_actors or [] if a.kind == "country"}
    counts: dict[str, int] = {}
    for m in doc._.cp_mentions or []:
        if m.actor in countries:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    best = max(counts, key=lambda k: counts[k]) if counts else None
    if best is not None and counts[best] * 3 < sum(counts.values()):
        best = None
    doc.user_data[key] = best
    return best
