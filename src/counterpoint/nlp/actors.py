"""cp_actors: who is in a document, and every place the text refers to them.

The small English model's NER is a starting point, not an answer: it tags "Kellogg" as ORG
one sentence after tagging "Keith Kellogg" PERSON, and "Belarus" as PERSON. So the rules here
(1) look every entity up in the country/organisation gazetteer first, (2) strip honorifics and
possessives, (3) fold surname-only and title-prefixed variants into the longest full name seen,
(4) turn capitals/seats of government into their state only where they act (subject/object,
not "in Minsk"), (5) turn demonyms heading an actor phrase ("Polish armed forces") into the
country, (6) resolve descriptions ("the special envoy", "the President of Belarus") only when
the document's own appositions make a single holder certain, (7) link he/she/his/her to
the nearest compatible person, (8) resolve a bare "the authorities"/"the regime"/"the
government" to the state the document is about (the most-named country), and (9) keep
place names the gazetteer does not know as places unless the document shows them acting.
Local ids are ``make_id("la", doc_id, canonical_name)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..knowledge import places
from ..knowledge.names import NAME_PARTICLES, given_compatible, is_given_name, skeleton
from ..knowledge.offices import head_of_state
from ..knowledge.words import (
    ORG_NOUNS,
    ORGAN_HEADS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    RANKS,
    THING_ACRONYMS,
    THING_HEADS,
    TIME_ZONES,
    _words,
)
from ..records import Actor, Mention, make_id
from . import extensions  # noqa: F401
from .appositions import LabelCandidate, find_label_candidates, role_and_country
from .gazetteer import (
    HONORIFICS,
    PRONOUNS_PERSON,
    ROLE_NOUNS,
    SPEECH_VERBS,
    Place,
    country_name,
    demonym,
    doc_text,
    doc_tokens,
    fold,
    metonym,
    word_occurrences,
)
from .place_labels import place_label_candidates, place_name
from .timex_dateline import find_dateline

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Other entity types the model gives a person's name after a title it does not know.
TITLED_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# Prepositions after which a capital is a place, not an actor.
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "into",
    "across",
    "around",
    "outside",
    "inside",
    "beyond",
    "via",
    "through",
    "within",
    "throughout",
    "between",
    "from",
    "toward",
    "towards",
}
MOTION_LEMMAS = {
    "visit",
    "travel",
    "go",
    "come",
    "fly",
    "return",
    "move",
    "deploy",
    "send",
    "head",
    "arrive",
    "reach",
    "leave",
    "enter",
    "trip",
    "journey",
    "relocate",
    "flee",
}
# Heads of phrases in which a demonym names the state acting ("the Belarusian side").
ACTOR_HEADS = {
    "side",
    "sides",
    "force",
    "forces",
    "government",
    "governments",
    "authorities",
    "military",
    "army",
    "troops",
    "officials",
    "official",
    "delegation",
    "diplomats",
    "leadership",
    "administration",
    "regime",
    "negotiators",
    "representatives",
    "navy",
    "police",
    "services",
    "ministry",
    "embassy",
    "soldiers",
    "guards",
    "counterparts",
    "state",
    "media",
    "parliament",
    "intelligence",
    "defence",
    "defense",
    "command",
}
FEMALE_SURNAME = re.compile(r"(aya|ava|ova|eva|ina|skaya|ska|ienė|aitė)$", re.I)


@dataclass
class _Group:
    """One actor under construction: all surface forms seen, then a canonical name."""

    kind: str
    country: str | None
    names: list[str] = field(default_factory=list)
    canonical: str | None = None  # fixed for countries/organisations from the gazetteer
    female: bool = False

    @property
    def name(self) -> str:
        if self.canonical:
            return self.canonical
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    @property
    def surname(self) -> str:
        return skeleton(self.name.split()[-1])


OPENING_PARTICIPLES = _words("opening_participles")
MODEL_HEADS = _words("model_heads")


def _title_tail(span: Span) -> bool:
    """A place followed by a possessive, a title or a role ("Belarus’s Chief", "the United
    States Special Envoy"): the place is the title's, not the start of a person's name."""
    return any(t.text in ("'s", "’s") or t.lower_ in ROLE_NOUNS or t.lower_ in HONORIFICS for t in span)


def _strip_possessive(span: Span) -> Span:
    """The name without a trailing possessive, and without a sentence-opening participle the
    model ran into it ("Echoing Lammy, ...", "Citing Reuters, ...": the name is "Lammy")."""
    while len(span) and span[-1].text in ("'s", "’s", "'", "’"):
        span = span[:-1]
    while len(span) > 1 and (span[0].tag_ in ("VBG", "VBN") or span[0].lower_ in OPENING_PARTICIPLES) and (
        span[0].text[:1].isupper() and (span[0].i == span[0].sent.start or span[0].nbor(-1).is_punct)
    ):
        span = span[1:]
    return span


def _clean_person(span: Span) -> Span | None:
    """Drop determiners, possessors' titles and honorifics before a person's name."""
    toks = list(span)
    # "Trump’s Special Representative" -> the possessor only
    for i, t in enumerate(toks):
        if t.text in ("'s", "’s") and i > 0:
            toks = toks[:i]
            break
    while toks and (
        toks[0].lower_ in HONORIFICS
        or toks[0].lower_ in {"the", "a", "an"}
        or toks[0].is_punct
        or fold(toks[0].text) in ("u.s.", "us", "uk", "eu")
    ):
        toks = toks[1:]
    # "Khawaja Asif\nAround midnight": a name never runs over a line break
    cut = next((k for k in range(1, len(toks)) if toks[k].is_space or "\n" in toks[k - 1].whitespace_), None)
    if cut is not None:
        toks = toks[:cut]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text in ("'s", "’s")):
        toks = toks[:-1]
    if not toks or not toks[0].text[:1].isupper() or (len(toks) == 1 and len(toks[0].text.rstrip(".")) < 2):
        return None  # "wrote on X.": one letter is not a name
    if all(t.lower_ in ROLE_NOUNS or t.lower_ in HONORIFICS for t in toks):
        return None  # "Chargé d’Affaires" tagged PERSON: a title with nobody's name in it
    doc, first = span.doc, toks[0].i
    # "Dmitry Peskov" tagged as just "Peskov": take in a given name the NER left out
    if len(toks) == 1 and first > 0:
        prev = doc[first - 1]
        if (
            prev.pos_ == "PROPN"
            and prev.text.istitle()
            and prev.lower_ not in HONORIFICS
            and prev.lower_ not in ROLE_NOUNS
            and prev.lower_ not in OPENING_PARTICIPLES  # "Quoting Ruiz, ...": no given name
            and prev.ent_type_ not in ("GPE", "NORP", "ORG", "DATE")
            and country_name(prev.text) is None
            and demonym(prev.text) is None
            and metonym(prev.text) is None
        ):
            first -= 1
    return doc[first : _through_particles(doc, toks[-1].i + 1)]


def _through_particles(doc: Doc, end: int) -> int:
    """Where a person's name ending before ``end`` really ends: "Ursula von" tagged by the NER
    runs on through its particles to "der Leyen"; a particle with no capitalised word after it
    is not part of the name."""
    base = end
    while base > 1 and doc[base - 1].lower_ in NAME_PARTICLES and doc[base - 1].text.islower():
        base -= 1
    k = base
    while True:
        j = k
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].text.islower() and "\n" not in doc[j].whitespace_:
            j += 1
        if j == k or j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
            return k
        k = j + 1


def _compatible(group: _Group, span: Span) -> bool:
    """Same surname and agreeing given names (or initials): "Viktor Lukashenko" is not
    "Alexander Lukashenko", but "A. Lukashenko" and "Lukashenko" may be."""
    given = [fold(t.text).rstrip(".") for t in span[:-1]]
    if not given:
        return True
    for name in group.names:
        other = [fold(w).rstrip(".") for w in name.split()[:-1]]
        if not other:
            continue
        if not (given[0].startswith(other[0]) or other[0].startswith(given[0])) and not (
            len(given[0]) > 1 and len(other[0]) > 1 and given_compatible(given[0], other[0])
        ):
            return False  # initials by prefix; full given names by transliteration table
    return True


def _is_location_use(tok: Token) -> bool:
    """True when a place name is where something happens, not who acts."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in LOCATIVE_PREPS:
            return True
        if prep.lower_ == "to" and prep.head.lemma_.lower() in MOTION_LEMMAS:
            return True
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in MOTION_LEMMAS:
        return True
    return tok.dep_ in ("compound", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN")


ACTING_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "dative", "appos"}


def _acting_dep(tok: Token) -> bool:
    """A name in a syntactic slot where it can act: subject, possessor, object."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return True
    return tok.dep_ in ACTING_DEPS


def _speaking_dep(tok: Token) -> bool:
    """A name as the subject of a speech verb, or a possessor: the slots where a place
    speaks for its government ("Kathmandu said", "Lahore's mayor"); "Ahmedabad was calm"
    is a place described."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in SPEECH_VERBS
    return tok.dep_ == "poss"


def _town(name: str) -> bool:
    """The places gazetteer knows ``name`` by its own name, and only as a city or region."""
    readings = places.lookup(name, alternates=False)
    return bool(readings) and all(p.kind != "country" for p in readings)


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # The tokens, made once: iterating a Doc makes new Token objects every time, and four
        # passes below walk the whole document.
        self.tokens = doc_tokens(doc)
        self.groups: list[_Group] = []
        self.raw: list[tuple[int, int, int, str]] = []  # start, end, group index, mention kind
        self.by_place: dict[str, int] = {}
        # Place names dropped as actors (where things happen): a description gives them an
        # actor of their own (nlp/place_labels.py).
        self.place_spans: list[Span] = []

    def place_group(self, place: Place) -> int:
        if place.name not in self.by_place:
            self.groups.append(_Group(place.kind, place.iso3, [place.name], canonical=place.name))
            self.by_place[place.name] = len(self.groups) - 1
        return self.by_place[place.name]

    def add(self, start: int, end: int, group: int, kind: str) -> bool:
        """Record a mention of ``group``; False (nothing recorded) when it overlaps one already
        recorded: the first writer wins and spans never overlap."""
        for s, e, g, _k in self.raw:
            if s < end and start < e and (kind != "title" or self.groups[g].kind == "person"):
                return False
        self.raw.append((start, end, group, kind))
        if kind == "name":
            self.groups[group].names.append(doc_text(self.doc)[start:end])
        return True

    def add_new(self, start: int, end: int, group: _Group) -> int | None:
        """Start ``group`` with its first name mention, or drop it when that mention is refused:
        a group without a name has no canonical form (the crash on "Air India" was a group
        whose only mention overlapped the place inside it)."""
        self.groups.append(group)
        idx = len(self.groups) - 1
        if self.add(start, end, idx, "name"):
            return idx
        self.groups.pop()
        return None


def _place_for(text: str) -> tuple[Place | None, str]:
    p = country_name(text)
    if p:
        return p, "name"
    p = metonym(text)
    if p:
        return p, "metonym"
    return None, ""


def _order_variant(b: _Builder, span: Span) -> int | None:
    """The person group ``span`` names in another order or fused: "Sabharwal Sumeet" and
    "SumeetSabharwal" for "Sumeet Sabharwal" (Indian and East Asian names are written
    surname first by some outlets, and a web page may lose the space). Both words must match,
    so "Martin James" never joins "James Martin" through one shared word alone."""
    words = [fold(t.text) for t in span]
    if len(words) == 1 and len(words[0]) < 6:
        return None
    for i, g in enumerate(b.groups):
        if g.kind != "person":
            continue
        for name in g.names:
            parts = [fold(w) for w in name.split()]
            if len(parts) != 2:
                continue
            if len(words) == 2 and words == parts[::-1]:
                return i
            if len(words) == 1 and words[0] in ("".join(parts), "".join(parts[::-1])):
                return i
    return None


def _add_person(b: _Builder, span: Span) -> None:
    """Attach a person-name span to a compatible person group, or start a new one."""
    key = skeleton(span[-1].text)  # "Zelensky" / "Zelenskyy", "Lukashenko" / "Lukashenka"
    idx = next(
        (
            i
            for i, g in enumerate(b.groups)
            if g.kind == "person" and g.surname == key and _compatible(g, span)
        ),
        None,
    )
    if idx is None:
        idx = _order_variant(b, span)
    if idx is None:
        female = bool(FEMALE_SURNAME.search(span[-1].text)) or (
            len(span) > 1 and span[0].text.endswith("a") and len(span[0].text) > 2
        )
        b.add_new(span.start_char, span.end_char, _Group("person", None, female=female))
        return
    b.add(span.start_char, span.end_char, idx, "name")


ORG_WORDS = {
    "ministry",
    "council",
    "committee",
    "union",
    "party",
    "bank",
    "fund",
    "group",
    "agency",
    "office",
    "court",
    "university",
    "school",
    "institute",
    "nations",
    "service",
    "forces",
    "media",
    "news",
    "times",
    "post",
    "company",
    "corporation",
    "inc",
    "ltd",
    "headquarters",
    "corps",
    "division",
    "command",
    "brigade",
}


def _person_like(core: Span, b: _Builder) -> bool:
    """An ORG-tagged "Given Surname" that is a person: two or three capitalised words, no
    organisation word, and either a role noun or honorific right before it ("special envoy
    Helena Marsh"), a known given name first, or a surname the document already gives a
    person. The small model tags unfamiliar names ORG after a role phrase."""
    words = [t for t in core]
    if not 2 <= len(words) <= 3 or any(not t.text.istitle() or t.lower_ in ORG_WORDS for t in words):
        return False
    if any(country_name(t.text) or demonym(t.text) or metonym(t.text) for t in words):
        return False
    prev = core.doc[core.start - 1] if core.start > 0 else None
    if prev is not None and (prev.lower_ in ROLE_NOUNS or prev.lower_ in HONORIFICS) and prev.lower_ != "the":
        return True
    if _after_role_comma(core.doc, core.start):
        return True  # "said Iranian spokesperson, Abolfazl Shekarchi"
    if is_given_name(words[0].text):
        return True
    key = skeleton(words[-1].text)
    return any(g.kind == "person" and g.surname == key for g in b.groups)


def _token_table(doc: Doc) -> list[tuple[str, int, bool]]:
    """(text, character offset, is_punct) of every token, read with one ``to_array`` call:
    iterating a Doc makes a Token object per token, which cost more than the gazetteer lookups
    in the window scans below. Made once per Doc (two scans read it); callers do not modify it."""
    if not len(doc):
        return []
    key = ("counterpoint", "token_table", len(doc))
    table = doc.user_data.get(key)
    if table is None:
        text = doc_text(doc)
        table = doc.user_data[key] = [
            (text[i : i + n], i, bool(p)) for i, n, p in doc.to_array([IDX, LENGTH, IS_PUNCT]).tolist()
        ]
    return table


_CLOCK_NAME = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs|h)?$")
_CLOCK = re.compile(r"^(\d{1,2}[:.]\d{2}|\d{3,4}(h|hrs)?|[ap]\.?m\.?|noon|midnight|hours|hrs)$", re.I)


class _NotActor:
    """Names the model tags ORG/PERSON/GPE that are not actors: time zones ("1:39 pm IST"),
    units ("500 MW"), and acronyms of things ("CCTV footage", "a MAYDAY call", "MBBS").

    A word list (``time_zones`` and ``thing_acronyms`` in ``data/words.json``) plus rules, so
    unlisted cases follow: an all-capitals word right after a clock time is a time zone, one
    right after a number is a unit, and an acronym the gazetteer does not know whose every
    occurrence in the document modifies a noun for a recording, signal or credential
    (``thing_heads``: "footage", "call", "degree") names a thing. An acronym the text
    introduces as a short form ("Indian Air Force (IAF)") is the organisation's name."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._uses: dict[str, list[Token]] | None = None

    def uses(self, text: str) -> list[Token]:
        if self._uses is None:
            self._uses = {}
            for tok in doc_tokens(self.doc):
                if tok.text.isupper():
                    self._uses.setdefault(tok.text, []).append(tok)
        return self._uses.get(text, [])

    def get(self, span: Span) -> bool:
        key = fold(span.text)
        if key in TIME_ZONES or key in THING_ACRONYMS or _CLOCK_NAME.match(key):
            return True  # ... or a clock time the model tagged ("7.04am")
        if len(span) != 1:
            return False
        tok = span[0]
        word = tok.text
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6):
            return False
        if country_name(word) or metonym(word) or demonym(word):
            return False
        prev = self.doc[tok.i - 1] if tok.i else None
        if prev is not None and (prev.ent_type_ == "TIME" or _CLOCK.match(prev.text)):
            return True  # a time zone
        if prev is not None and prev.like_num and prev.text[:1].isdigit():
            return True  # a unit
        uses = self.uses(word)
        if any(_short_form(t) for t in uses):
            return False
        return all(
            t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" and t.head.lower_ in THING_HEADS
            for t in uses
        )


def _acronym(span: Span) -> bool:
    """One all-capitals word of two to six letters in mixed-case text: an acronym. (A title
    line in capitals, "PUTIN MEETS TRUMP", writes names that way too, so the words around it
    must not be capitals as well.)"""
    if len(span) != 1 or not (span.text.isupper() and span.text.isalpha() and 2 <= len(span.text) <= 6):
        return False
    doc = span.doc
    near = [t for t in doc[max(0, span.start - 3) : span.end + 3] if t.is_alpha and t.i != span.start]
    return not near or not all(t.text.isupper() for t in near)


def _defines_acronym(span: Span) -> bool:
    """A name followed by its acronym in brackets, "Shiromani Akali Dal (SAD)": an
    organisation's way of being introduced, never a person's."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    return len(after) == 3 and after[0].text == "(" and after[2].text == ")" and _acronym(after[1:2])


def _short_form(tok: Token) -> bool:
    """ "(IAF)" right after a capitalised name: the text defines the acronym as that name."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "("
        and doc[tok.i + 1].text == ")"
        and tok.i >= 2
        and doc[tok.i - 2].text[:1].isupper()
    )


def _place_not_person(span: Span, person_words: set[str]) -> str | None:
    """Whether a PERSON-tagged name is a place: "place-word" when it ends in a word such as
    "Nagar" or "district", begins with one such as "Wat" or "Mount", or follows "region of"
    (a place, never an actor), "place" when a place word follows it ("Ahmedabad airport") or the gazetteer knows it by its own name ("Kathmandu") and no
    person in the document carries it and no title stands before it; None for a person."""
    doc = span.doc
    if len(span) > 1 and (span[-1].lower_ in PLACE_WORDS or span[0].lower_ in PLACE_PREFIXES):
        return "place-word"  # "Asarwa district"; "Wat Keo Sikkha Kirisvara" (a temple)
    if _after_place_noun(span):
        return "place-word"  # "the contested region of Vardessa": no person is a region's
    words = {fold(t.text) for t in span}
    if words & person_words or any(is_given_name(t.text) for t in span):
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in HONORIFICS or before.lower_ in ROLE_NOUNS):
        return None  # "pope Leo", "General Kaye": a title says a person, whatever town shares the name
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_WORDS and nxt.pos_ in ("NOUN", "PROPN"):
        return "place"
    if places.lookup(span.text, alternates=False):
        return "place"
    return None


def _place_shaped(span: Span) -> bool:
    """A name the gazetteer does not know as a state or an organisation that is a place,
    whatever the model tagged it: two words or more ending in a place word ("Oddar Meanchey
    Province", "Kok Mon Commune") or opening with a place prefix ("Phnom Khmaoch", "Prasat Ta
    Muen Thom"), or a name followed by a place noun in lower case ("Preah Vihear province",
    "the Kap Choeng district")."""
    core = span[1:] if span[0].lower_ == "the" else span
    if not len(core) or _place_for(core.text)[0] is not None:
        return False
    if len(core) > 1 and (core[-1].lower_ in PLACE_WORDS or core[0].lower_ in PLACE_PREFIXES):
        return True
    if _after_place_noun(span):
        return True  # "the provinces of Oddar Meanchey"
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.text in PLACE_WORDS and nxt.pos_ == "NOUN"


def _after_place_noun(span: Span) -> bool:
    """The name follows "<place noun> of": "the region of X", "the provinces of X"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    return noun.lower_ in PLACE_NOUNS or noun.lemma_.lower() in PLACE_NOUNS


def _name_word(t: Token) -> bool:
    """A capitalised word that can be part of a person's name: no role, honorific,
    organisation or place word, and no country, capital or demonym."""
    return (
        t.is_alpha
        and t.is_title
        and t.lower_ not in ROLE_NOUNS
        and t.lower_ not in HONORIFICS
        and t.lower_ not in PLACE_WORDS
        and t.lower_ not in ORG_WORDS
        and _place_for(t.text)[0] is None
        and demonym(t.text) is None
    )


def _name_shaped(span: Span) -> bool:
    """Two or three name words: how a person's name looks."""
    return 2 <= len(span) <= 3 and all(_name_word(t) for t in span)


# Words in the honorifics list that are not titles: "the Islamic Revolutionary Guards" is not
# a name after a title.
NOT_TITLES = frozenset({"the", "a", "an", "former", "late"})


def _titled_name(span: Span) -> Span | None:
    """The person's name inside an ORG-tagged span that opens with a title ("Spokesperson
    Lieutenant General Maly Socheata") or follows one and stops short of the surname
    ("District chief [Sutthiroj] Charoenthanasak"): the model tags a name ORG after a title
    it does not know. None when what is left is not shaped like a name."""
    doc = span.doc
    titles = (ROLE_NOUNS | HONORIFICS | RANKS) - NOT_TITLES
    i = span.start
    while i < span.end and doc[i].lower_ in titles:
        i += 1
    if i == span.start and not (span.start > 0 and doc[span.start - 1].lower_ in titles):
        return None
    j = span.end
    while (
        j < len(doc)
        and j - i < 3
        and doc[j].is_title
        and doc[j].pos_ == "PROPN"
        and not doc[j].ent_type_
        and "\n" not in doc[j - 1].whitespace_
    ):
        j += 1
    name = doc[i:j]
    return name if i < j and _name_shaped(name) else None


def _after_role_comma(doc: Doc, i: int) -> bool:
    """Token ``i`` opens an apposition to a role noun: "spokesperson, Abolfazl Shekarchi",
    or with the office between, "Spokesperson, MEA, Raveesh Kumar" (a caption)."""
    if i < 2 or doc[i - 1].text != ",":
        return False
    if doc[i - 2].lower_ in ROLE_NOUNS:
        return True
    return (
        i >= 4
        and doc[i - 3].text == ","
        and doc[i - 4].lower_ in ROLE_NOUNS
        and (doc[i - 2].ent_type_ == "ORG" or _acronym(doc[i - 2 : i - 1]))
    )


def _names_after_roles(doc: Doc) -> list[Span]:
    """Names the model left untagged in an apposition to a role noun ("Spokesperson, MEA,
    Raveesh Kumar"): two or three capitalised words that end the phrase, none of them a role,
    place or known entity."""
    out: list[Span] = []
    for tok in doc_tokens(doc):
        if tok.text != "," or not _after_role_comma(doc, tok.i + 1):
            continue
        k = tok.i + 1
        while (
            k < len(doc)
            and k - tok.i <= 3
            and _name_word(doc[k])
            and not doc[k].ent_type_
            and (k == tok.i + 1 or "\n" not in doc[k - 1].whitespace_)
        ):
            k += 1
        if 2 <= k - tok.i - 1 <= 3 and (k == len(doc) or not doc[k].is_title or doc[k].is_sent_start):
            out.append(doc[tok.i + 1 : k])
    return out


def _names_after_ranks(doc: Doc) -> list[Span]:
    """Names the model left untagged after a rank ("Lieutenant General Amrit Boonsuya,"):
    two or three capitalised words, none of them a rank, role, place or known entity."""
    out: list[Span] = []
    toks = doc_tokens(doc)
    i = 0
    while i < len(toks):
        if not (toks[i].lower_ in RANKS and toks[i].text[:1].isupper()):
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].lower_ in RANKS and toks[j].text[:1].isupper():
            j += 1
        k = j
        while k < len(toks) and k - j < 3 and _name_word(toks[k]) and not toks[k].ent_type_:
            k += 1
        if 2 <= k - j <= 3 and (k == len(toks) or not toks[k].is_title or toks[k].is_sent_start):
            out.append(doc[j:k])
        i = max(k, i + 1)
    return out


def _state_organ(rest: Span) -> bool:
    """True when the words after a place inside an ORG entity make it that state's organ or
    title ("Belarus’s Chief", "United States Special Envoy", "Ukraine Defence Ministry"), so
    the place is the actor; False for an organisation named after a place ("Air India
    Express", "India Meteorological Department")."""
    if rest[0].text in ("'s", "’s"):
        return True
    return all(t.lower_ in HONORIFICS or t.lower_ in ROLE_NOUNS or t.lower_ in ACTOR_HEADS for t in rest)


def _collect(doc: Doc) -> _Builder:
    b = _Builder(doc)
    persons: list[Span] = []
    others: list[tuple[Span, str]] = []
    unknown_gpe: list[Span] = []
    located: set[str] = set()
    # Organisations and people whose name holds a place ("Air India", "Bank of America",
    # "Israel Katz"): the place in them is not a mention of the state, so the gazetteer scan
    # below skips these spans.
    org_spans: list[tuple[int, int]] = []
    # The small model tags one town GPE in one sentence and ORG (or, one word, PERSON) in the
    # next: a name it ever tags GPE or LOC is treated as a place name everywhere in the
    # document ("Kap Choeng district" LOC, "Kap Choeng hospitals" ORG).
    ents = doc.ents  # spaCy builds the tuple on every access
    gpe_names = {fold(e.text) for e in ents if e.label_ in ("GPE", "LOC")}
    # Given names and surnames of the people the model tags by full name: "Austin" after
    # "Lloyd Austin" stays a person although the gazetteer knows a city so named.
    person_words = {fold(t.text) for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    not_actor = _NotActor(doc)
    for ent in ents:
        if ent.label_ not in ENTITY_LABELS and not (ent.label_ in TITLED_LABELS and _titled_name(ent)):
            continue
        label = "ORG" if ent.label_ in TITLED_LABELS else ent.label_  # "District chief X Y" tagged PRODUCT
        if fold(ent.text) in gpe_names and (label == "ORG" or (label == "PERSON" and len(ent) == 1)):
            label = "GPE"
        span = _strip_possessive(ent)
        if not len(span):
            continue
        # "Belarus’s Chief", "the United States Special Envoy": a place inside a larger ent
        core = span
        if span[0].lower_ == "the":
            core = span[1:]
        place, how = _place_for(core.text) if len(core) else (None, "")
        if place is None and len(core) > 1:
            for cut in range(len(core) - 1, 0, -1):
                head = core[:cut]
                if label in ("ORG", "FAC") and not _state_organ(core[cut:]):
                    continue  # "Air India Express", "Bank of America": the place names the org
                if label == "PERSON" and not _title_tail(core[cut - 1 :]):
                    continue  # "Israel Katz": a given name that is also a country's
                if head[-1].text in ("'s", "’s"):
                    head = head[:-1]
                p, h = _place_for(head.text)
                if p is not None:
                    place, how, core = p, h, head
                    break
        if place is None and (label in ("ORG", "FAC") or (label == "PERSON" and len(span) > 1)):
            org_spans.append((span.start_char, span.end_char))  # "Israel Katz": no Israel inside
        if place is not None:
            if how == "metonym" and _is_location_use(core.root):
                continue
            b.add(core.start_char, core.end_char, b.place_group(place), how)
            continue
        if label in ("ORG", "PERSON", "FAC", "GPE") and not_actor.get(span):
            continue  # "1:39 pm IST", "CCTV footage", "a MAYDAY call"
        if label in ("ORG", "FAC"):
            titled = _titled_name(span)
            if titled is not None:  # "Spokesperson Lieutenant General Maly Socheata" tagged ORG
                span, label = titled, "PERSON"
        if label in ("ORG", "FAC", "GPE") and _after_role_comma(doc, span.start) and _name_shaped(span):
            label = "PERSON"  # "said Iranian spokesperson, Abolfazl Shekarchi" tagged ORG or FAC
        if label == "PERSON" and (_acronym(span) or _defines_acronym(span)):
            label = "ORG"  # "ISPR"; "Shiromani Akali Dal (SAD)": people have no acronyms
        if label == "PERSON" and span.end < len(doc) and doc[span.end].lower_ in MODEL_HEADS:
            continue  # "a MiG-21 Bison jet", "the Iron Dome system": a model's name, no person
        if label == "PERSON" and any(
            (t.is_title and t.lower_ in ORG_WORDS) or (t.pos_ == "NOUN" and t.lower_ in ORG_NOUNS)
            for t in doc[span.end : span.end + 2]
        ):
            # "Khatam al-Anbiya Central Headquarters", "the Tasnim news agency": an organisation
            label = "ORG"
        if label == "PERSON":
            where = _place_not_person(span, person_words)
            if where == "place-word":
                b.place_spans.append(span)
                continue  # "Meghani Nagar", "Asarwa district": a place, never an actor
            if where == "place":
                label = "GPE"  # "Kathmandu said": the gazetteer knows it as a place
        if label == "NORP":
            continue  # handled by the demonym rule
        if label == "LOC" or (label in ("ORG", "GPE", "FAC") and _place_shaped(span)):
            b.place_spans.append(span)  # "Kashmir"; "Oddar Meanchey Province", "Preah Vihear province"
            continue
        if label == "PERSON":
            persons.append(span)
        elif label == "FAC" and not _speaking_dep(span.root):
            b.place_spans.append(span)
            continue  # a building, airport, base or border line is where things happen
        elif label in ("ORG", "FAC"):
            others.append((span, "org"))
        elif label == "GPE":
            if _is_location_use(span.root):
                located.add(fold(span.text))
                b.place_spans.append(span)
            else:
                unknown_gpe.append(span)  # a state missing from the gazetteer ("Sudan"), or a town
    # A place name the gazetteer does not know that the document uses as where things happen
    # ("talks in X") is a town, not a state, unless the document also shows it acting
    # (subject, possessor, object of a non-motion verb): "residents of X" stays a place.
    # A town or region the places gazetteer knows ("Bahawalpur", "Poonch") acts only as a
    # subject or possessor ("Kathmandu said"); as an object it is where something happened
    # ("missiles struck Bahawalpur").
    towns = {fold(sp.text) for sp in unknown_gpe if _town(sp.text)}
    acting = {
        fold(sp.text)
        for sp in unknown_gpe
        if (_speaking_dep(sp.root) if fold(sp.text) in towns else _acting_dep(sp.root))
    }
    loc_names = {fold(e.text) for e in ents if e.label_ == "LOC"}
    for sp in unknown_gpe:
        key = fold(sp.text)
        if key in loc_names or not (key in acting or (key not in located and key not in towns)):
            b.place_spans.append(sp)
            continue
        capital = places.capital_of(sp.text) if key in towns else None
        if capital is not None:  # "Kathmandu said": the capital speaks for its state
            state = country_name(capital[0]) or Place(capital[0], capital[1], "country")
            b.add(sp.start_char, sp.end_char, b.place_group(state), "metonym")
        else:
            others.append((sp, "country"))
    # Gazetteer names the NER missed (a title line in capitals, "Kyiv" untagged): the longest
    # run of 1-4 capitalised tokens that names a country, organisation or seat of government.
    # Token texts, offsets and punctuation read once: making Span objects for every window
    # was a third of this component's time.
    text = doc_text(doc)
    toks = [(t, i, p and t not in ".-") for t, i, p in _token_table(doc)]  # punctuation that breaks a name
    i = 0
    while i < len(toks):
        hit = None
        if toks[i][0][:1].isupper():
            for n in (4, 3, 2, 1):
                if i + n > len(toks) or any(toks[k][2] for k in range(i, i + n)):
                    continue
                last = toks[i + n - 1]
                place, how = _place_for(text[toks[i][1] : last[1] + len(last[0])])
                if place is not None:
                    hit = (doc[i : i + n], place, how)
                    break
        if hit is None:
            i += 1
            continue
        span, place, how = hit
        i = span.end
        if any(s < span.end_char and span.start_char < e for s, e, *_ in b.raw):
            continue
        if any(
            s <= span.start_char and span.end_char <= e and (s, e) != (span.start_char, span.end_char)
            for s, e in org_spans
        ):
            continue
        if how == "metonym" and _is_location_use(span.root):
            continue
        b.add(span.start_char, span.end_char, b.place_group(place), how)
    persons += _names_after_ranks(doc) + _names_after_roles(doc)
    # Persons: longest names first so surnames attach to them.
    cleaned = [c for c in (_clean_person(s) for s in persons) if c is not None]
    for span in sorted(cleaned, key=lambda s: -len(s)):
        _add_person(b, span)
    for span, kind in others:
        core = span[1:] if span[0].lower_ == "the" else span
        poss = next((t.i for t in core if t.text in ("'s", "’s")), None)
        if poss is not None and span[0].lower_ != "the":
            # "Trump’s Special Representative": the possessor is the actor; but an article
            # before it makes the whole a name ("the People's Defense Force")
            core = span.doc[core.start : poss]
        if not len(core):
            continue
        while len(core) > 1 and core[-1].pos_ == "ADP":
            core = core[:-1]  # "The Lieutenant General of Pakistan" cut by the model after "of"
        if all(t.lower_ in HONORIFICS for t in core) or core[-1].lower_ in ROLE_NOUNS:
            continue  # "The National Security Adviser": a title, not an organisation
        key = skeleton(core[-1].text)
        person = next(
            (i for i, g in enumerate(b.groups) if g.kind == "person" and len(core) == 1 and g.surname == key),
            None,
        )
        if person is None and len(core) <= 2 and all(t.is_alpha for t in core):
            person = _order_variant(b, core)  # "Sabharwal Sumeet", "SumeetSabharwal" tagged ORG
        if person is not None:  # "Kellogg" tagged ORG after "Keith Kellogg"
            b.add(core.start_char, core.end_char, person, "name")
            continue
        if kind == "org" and _person_like(core, b):
            _add_person(b, core)  # "special envoy Helena Marsh" tagged ORG
            continue
        idx = next(
            (i for i, g in enumerate(b.groups) if g.kind == kind and fold(g.name) == fold(core.text)), None
        )
        if idx is None:
            b.add_new(core.start_char, core.end_char, _Group(kind, None))
            continue
        b.add(core.start_char, core.end_char, idx, "name")
    _propagate(doc, b)
    _demonyms(doc, b)
    return b


# Heads of bare descriptions of a state's power ("the authorities released ...").
STATE_HEADS = {"authorities", "regime", "government", "junta"}


def _home_state(doc: Doc, b: _Builder) -> int | None:
    """The state the document is about: the country named most often, counting places where
    things happen ("in Minsk") as well as acting mentions, names, capitals and demonyms
    alike, states missing from the gazetteer that act, and every mention of a person whose
    role ties them to a country ("that country's leader"). A foreign visitor's country is
    named less often than the country the story happens in. Ties: the one named first.
    None when no country is named."""
    counts: dict[int, list[int]] = {}

    def count(g: int, pos: int) -> None:
        c = counts.setdefault(g, [0, pos])
        c[0] += 1
        c[1] = min(c[1], pos)

    doc_chars = doc_text(doc)
    toks = _token_table(doc)  # read once (no Span per window)
    i = 0
    while i < len(toks):
        hit = None
        if toks[i][0][:1].isupper():
            for n in (3, 2, 1):
                if i + n > len(toks):
                    continue
                last = toks[i + n - 1]
                words = doc_chars[toks[i][1] : last[1] + len(last[0])]
                p = country_name(words) or ((demonym(words) or metonym(words)) if n == 1 else None)
                if p is not None and p.kind == "country" and p.iso3:
                    hit = (p, n)
                    break
        if hit is None:
            i += 1
            continue
        count(b.place_group(hit[0]), toks[i][1])
        i += hit[1]
    by_iso = {g.country: k for k, g in enumerate(b.groups) if g.kind == "country" and g.country}
    text = doc_text(doc)
    for g, grp in enumerate(b.groups):
        if grp.kind == "country" and not grp.canonical and grp.names:
            # a state the gazetteer does not know: every occurrence of its name counts
            for start, _end in word_occurrences(text, grp.name):
                count(g, start)
    for s, _e, g, k in b.raw:
        grp = b.groups[g]
        if grp.kind == "person" and grp.country in by_iso and k in ("name", "title"):
            count(by_iso[grp.country], s)
    if not counts:
        return None
    return max(counts, key=lambda g: (counts[g][0], -counts[g][1]))


def _state_descriptions(doc: Doc, b: _Builder) -> None:
    """Bare "the authorities", "the regime", "the government" (no state named) resolve to the
    country the document is about (the most-named state, kind country): news text uses them
    for its home state's power ("a brutal crackdown by the authorities"). Phrases that name their
    owner ("the Polish government" via the demonym rule, "the Biden administration",
    "Trump's government", "the government of Poland") are left to the other rules."""
    home = _home_state(doc, b)
    if home is None:
        return
    for tok in b.tokens:
        if tok.lower_ not in STATE_HEADS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        kids = list(tok.children)
        if any(
            k.dep_ in ("poss", "compound", "nmod") or k.ent_type_ or k.text[:1].isupper() and k.i < tok.i
            for k in kids
            if k.lower_ not in ("the",)
        ):
            continue
        if any(k.dep_ == "prep" and k.lower_ == "of" for k in kids):
            continue
        dets = [k for k in kids if k.dep_ == "det"]
        if dets and dets[0].lower_ != "the":
            continue  # "a government", "this regime" of some other state
        start = dets[0].idx if dets else tok.idx
        b.add(start, tok.idx + len(tok), home, "description")


def _propagate(doc: Doc, b: _Builder) -> None:
    """Later occurrences of a name the NER found once ("Keith Kellogg", "Kellogg") are
    mentions too: the small model misses names after long titles."""
    forms: dict[str, int] = {}
    for g, grp in enumerate(b.groups):
        if grp.kind == "person":
            for n in grp.names:
                forms.setdefault(n, g)
            last = grp.name.split()[-1]
            if len(last) >= 4:
                forms.setdefault(last, g)
        elif grp.kind == "org" and not grp.canonical:
            for n in grp.names:
                if len(n) >= 3 and n[:1].isupper():
                    forms.setdefault(n, g)
    text = doc_text(doc)
    for form in sorted(forms, key=len, reverse=True):
        for start, end in word_occurrences(text, form):
            b.add(start, end, forms[form], "name")


def _demonyms(doc: Doc, b: _Builder) -> None:
    for tok in b.tokens:
        text = tok.text
        if not text[:1].isupper():  # tested first: the lookup for every token cost more
            continue
        place = demonym(text)
        if place is None:
            continue
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.text.endswith("s")
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative")
        ):
            b.add(tok.idx, tok.idx + len(tok), b.place_group(place), "metonym")
            continue
        head = tok.head
        while tok.dep_ == "conj" and head.dep_ in ("amod", "compound", "nmod"):
            head = head.head
        if tok.dep_ in ("amod", "compound", "nmod", "conj") and head.lower_ in ACTOR_HEADS:
            start = tok.idx
            between = doc[tok.i : head.i + 1] if head.i > tok.i else []
            ok = head.i - tok.i <= 4 and tok.dep_ != "conj" and not any(t.pos_ == "CCONJ" for t in between)
            end = head.idx + len(head) if ok and head.i > tok.i else tok.idx + len(tok)
            if ok and head.i > tok.i and head.lower_ in ORGAN_HEADS:
                _organ(b, start, end, place)  # "the Thai army": the army, not Thailand
                continue
            b.add(start, end, b.place_group(place), "metonym")


def _organ(b: _Builder, start: int, end: int, place: Place) -> None:
    """A state's organisation named by demonym and head ("the Indian defence ministry"): an
    actor of kind org, related to its country, that speaks and acts as itself (issue 18: an
    organisation speaks as itself, not as its country). One actor per name as written."""
    name = doc_text(b.doc)[start:end]
    key = fold(name)
    idx = next((i for i, g in enumerate(b.groups) if g.kind == "org" and fold(g.name) == key), None)
    if idx is None:
        b.add_new(start, end, _Group("org", place.iso3, canonical=name))
    else:
        b.add(start, end, idx, "name")


# Role nouns that name whoever rules a state; outlets vary them for one person ("President",
# "the strongman", "the dictator"). Qualifiers that make a ruler word name someone else.
RULER_ROLES = {"president", "leader", "ruler", "dictator", "strongman", "autocrat", "despot", "tyrant"}
OFFICE_NOUNS = {"president"}
# Role words that name a state's ruler only with the state given ("his American counterpart").
COUNTRY_ONLY_ROLES = ("counterpart",)
POSSESSIVE_DETS = ("his", "her", "its", "their")
# A head of government is a state's leader as much as a head of state is.
HEAD_OF_GOVERNMENT = re.compile(r"\b(?:prime\s+minister|premier|chancellor)\b", re.I)
NOT_RULER = {"opposition", "former", "exiled", "deputy", "vice", "party", "rebel", "ex-president", "late"}


def _descriptions(doc: Doc, b: _Builder, cands: list[LabelCandidate]) -> None:
    """Definite descriptions ("the special envoy", "the President of Belarus") -> a holder,
    only where the document's own labels leave exactly one candidate."""
    holders: dict[str, set[tuple[int, str | None]]] = {}
    rulers: set[int] = set()
    for c in cands:
        idx = _group_at(b, *c.name_span)
        if idx is None:
            continue
        # the label itself refers to the person ("U.S. Special Envoy for Ukraine" visited ...)
        b.add(c.span[0], c.span[1], idx, "title")
        role, country = role_and_country(doc, c.span, doc_text(b.doc), _prev_country(b, c.span[0]))
        qualified = any(w.lower() in NOT_RULER for w in c.text.split())
        if role and qualified and role in RULER_ROLES:
            continue  # "US Vice President JD Vance" holds no "the US president"
        if role:
            holders.setdefault(role, set()).add((idx, country))
            if role in RULER_ROLES and not qualified:
                rulers.add(idx)
            if not qualified and HEAD_OF_GOVERNMENT.search(c.text):
                # "Cambodian Prime Minister Hun Manet" ... "The 47-year-old leader"
                holders.setdefault("leader", set()).add((idx, country))
                rulers.add(idx)
            if country and b.groups[idx].country is None:
                b.groups[idx].country = country
    # Heads of state the document names without a title ("Putin", "Trump"): the tenures
    # table says which state they headed on the publication date.
    ruling: dict[int, str] = {}
    for g, grp in enumerate(b.groups):
        if grp.kind != "person" or not grp.names:
            continue
        tenure = head_of_state(grp.name, doc._.cp_published)
        if tenure is not None:
            ruling[g] = tenure.country
            if grp.country is None:
                grp.country = tenure.country
    for role in RULER_ROLES:
        for g, country in holders.get(role, set()):
            if g in rulers and country:
                ruling.setdefault(g, country)
    if len(rulers) == 1:
        # "the strongman who has ruled X" ... "The dictator has used ...": one head of state,
        # named by several ruler words; a description with another ruler word is that person.
        for role in RULER_ROLES - set(holders):
            holders[role] = {(next(iter(rulers)), None)}
    # Informal ruler words name whoever rules the state they are given ("The Russian leader",
    # "his American counterpart"): every ruler of a known state holds them for that state.
    # An office noun ("the US president") is left to the document's own titles: it also
    # names past and future holders of the office.
    for role in (*(RULER_ROLES - OFFICE_NOUNS), *COUNTRY_ONLY_ROLES):
        for g, country in ruling.items():
            holders.setdefault(role, set()).add((g, country))
    text = doc_text(doc)
    for tok in b.tokens:
        role = tok.lower_
        end_tok = tok
        if role == "head" and doc[tok.i + 1 : tok.i + 3].text.lower() == "of state":
            role, end_tok = "leader", doc[tok.i + 2]  # "The head of state"
        if role not in holders or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        left = tok.left_edge
        if (
            left.lower_ not in ("the", "that", "this", *POSSESSIVE_DETS)
            or left.i >= tok.i
            or any(c in text[left.idx : tok.idx] for c in '“”"«»‘')
        ):
            continue
        country = None
        nxt = doc[tok.i + 1 : tok.i + 3]
        if end_tok is tok and len(nxt) == 2 and nxt[0].lower_ == "of":
            p = country_name(nxt[1].text) or metonym(nxt[1].text)
            if p is None:
                continue
            country, end_tok = p.iso3, nxt[1]
        for w in doc[left.i : tok.i]:
            if w.lower_ == "country":
                country = _prev_country(b, w.idx)
            p = demonym(w.text) or country_name(w.text)
            if p is not None:
                country = p.iso3
            if w.ent_type_ == "PERSON":
                country = "?"  # "Putin’s representative": someone else's role
        if (left.lower_ in POSSESSIVE_DETS or role in COUNTRY_ONLY_ROLES) and country in (None, "?"):
            continue  # "his counterpart", "their leader": whose, the words do not say
        cand = {i for i, c in holders[role] if country is None or c == country}
        if len(cand) == 1:
            b.add(left.idx, end_tok.idx + len(end_tok), cand.pop(), "title")


def _prev_country(b: _Builder, pos: int) -> str | None:
    best = None
    for s, _e, g, _k in b.raw:
        if s < pos and b.groups[g].kind == "country" and (best is None or s > best[0]):
            best = (s, b.groups[g].country)
    return best[1] if best else None


def _group_at(b: _Builder, start: int, end: int) -> int | None:
    for s, e, g, _k in b.raw:
        if s < end and start < e and b.groups[g].kind == "person":
            return g
    return None


def _pronouns(doc: Doc, b: _Builder) -> None:
    persons = sorted((s, g) for s, _e, g, k in b.raw if b.groups[g].kind == "person")
    for tok in b.tokens:
        if tok.lower_ not in PRONOUNS_PERSON or tok.pos_ not in ("PRON", "DET"):
            continue
        female = tok.lower_ in ("she", "her", "hers", "herself")
        prior = [(s, g) for s, g in persons if s < tok.idx and tok.idx - s < 1500]
        match = [g for _s, g in reversed(prior) if b.groups[g].female == female]
        if match or prior:  # gender is a guess from name endings: fall back to the nearest
            b.add(tok.idx, tok.idx + len(tok), (match or [prior[-1][1]])[0], "pronoun")


def _described_places(doc: Doc, b: _Builder) -> None:
    """A place name the document describes ("Yangon, the country's largest city") becomes an
    actor of its own, kind ``place`` (exported as ``other``), with a ``place`` mention at the
    described name: cp_labels gives it the description."""
    spans = {(s.start_char, s.end_char): s for s in b.place_spans}
    free = [k for k in spans if not any(s < k[1] and k[0] < e for s, e, *_ in b.raw)]
    by_name: dict[str, int] = {}
    for cand in place_label_candidates(doc, free):
        span = spans[cand.name_span]
        name = place_name(span)
        key = fold(name)
        if key not in by_name:
            idx = len(b.groups)
            b.groups.append(_Group("place", None, [name], canonical=name))
            by_name[key] = idx
        b.add(cand.name_span[0], cand.name_span[1], by_name[key], "place")


def build_actors(doc: Doc) -> tuple[list[Actor], list[Mention]]:
    """The actors of one parsed document and their mentions (sorted by position)."""
    b = _collect(doc)
    dateline = find_dateline(doc_text(doc))
    if dateline is not None and dateline.byline is not None:  # the reporters are no actors of the story
        start, end = dateline.byline
        b.raw = [r for r in b.raw if not start <= r[0] < end]
    cands = find_label_candidates(doc, [(s, e) for s, e, g, _k in b.raw if b.groups[g].kind == "person"])
    _descriptions(doc, b, cands)
    _state_descriptions(doc, b)
    _pronouns(doc, b)
    _described_places(doc, b)
    doc_id = doc._.cp_doc_id or ""
    used = sorted({g for *_x, g, _k in b.raw})
    ids = {g: make_id("la", doc_id, b.groups[g].name) for g in used}
    actors = []
    for g in used:
        grp = b.groups[g]
        aliases = sorted(
            {doc_text(doc)[s:e] for s, e, gg, k in b.raw if gg == g and k in ("name", "metonym")} - {grp.name}
        )
        kind = grp.kind if grp.kind in ("person", "org", "country") else "other"
        country = grp.country or (org_country(grp.name) if kind == "org" else None)
        actors.append(Actor(ids[g], grp.name, kind, aliases, country))
    mentions = [Mention(doc_id, ids[g], doc_text(doc)[s:e], (s, e), k) for s, e, g, k in sorted(b.raw)]
    return actors, mentions


def org_country(name: str) -> str | None:
    """The state an organisation's own name ties it to ("Royal Thai Army", "Indian Air Force",
    "Pakistan Army" -> its ISO code): exactly one state named by a word of the name, as a
    country name or a demonym; None for none or several ("Indo-Pacific Command", "US-China
    Business Council")."""
    states = {p.iso3 for w in re.findall(r"[A-Za-z]+", name) if (p := country_name(w) or demonym(w)) is not None}
    return next(iter(states)) if len(states) == 1 else None


def actor_at(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The local actor id whose mention heads (or else overlaps) the span, or None.

    A described place's mention (kind ``place``) is never returned: a place is where an event
    happens, not who acts or speaks.

    A mention covering the span's syntactic root wins. A span headed by a title or role noun
    ("U.S. Special Envoy for Ukraine Keith Kellogg", "Trump’s envoy, Keith Kellogg") is the
    person named in it, whatever the parse attached where. Otherwise the mention closest to the
    root wins, and possessors and modifiers ("Trump’s", "U.S." in "U.S. envoy") lose."""
    mentions = [
        m for m in (doc._.cp_mentions or []) if m.span[0] < end_char and start_char < m.span[1] and m.kind != "place"
    ]
    if not mentions:
        return None
    if len(mentions) == 1:
        return mentions[0].actor
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return mentions[0].actor
    root = span.root
    covering = [m for m in mentions if m.span[0] <= root.idx < m.span[1]]
    if covering:
        return min(covering, key=lambda m: m.span[1] - m.span[0]).actor
    text = doc_text(doc)
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    if root.lower_ in ROLE_NOUNS or root.lower_ in HONORIFICS:
        persons = [
            m
            for m in mentions
            if kinds.get(m.actor) == "person"
            and m.kind != "pronoun"
            and text[m.span[1] : m.span[1] + 2] not in ("’s", "'s")
        ]
        if persons:
            return persons[-1].actor

    def depth(m: Mention) -> tuple[int, int]:
        ms = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
        if ms is None:
            return (99, m.span[0])
        tok, d = ms.root, 0
        modifier = tok.dep_ in ("poss", "compound", "amod", "nmod") or any(
            t.text in ("'s", "’s") for t in tok.children
        )
        while tok.i != root.i and tok.head.i != tok.i and d < 50:  # Token wrappers: compare .i
            tok, d = tok.head, d + 1
        return (d + (10 if modifier else 0), m.span[0])

    return min(mentions, key=depth).actor


@Language.factory("cp_actors")
def make_component(nlp: Language, name: str) -> Component:
    # The places gazetteer (~34,000 cities) is built here, with the pipeline, as spaCy
    # components load their tables: not inside the first document's analysis.
    places.lookup("", alternates=False)
    return Component()


class Component:
    """Writes ``doc._.cp_actors`` and ``doc._.cp_mentions``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_actors, doc._.cp_mentions = build_actors(doc)
        return doc
