"""cp_facts: the counts each event carries, what each count is a count *of*, and who says so.

"230 passengers and 12 crew" in one report and "232 passengers and 10 crew" in another are
two checkable facts each, whether or not a PLOVER event was found in their sentence. To
compare them across outlets, a count must know three things beyond its number and noun:

- its **predicate family** (``Quantity.predicate``): "carrying 230 passengers" and "232
  passengers on board" count the people aboard; "241 people died" counts the dead. Families
  are data (``data/facts/predicates.json``): a verb lemma over the counted noun, or a phrase
  in the clause ("on board", "death toll");
- **who asserts it** (``Quantity.attributed_to``): "Pakistan's military said it shot down two
  jets" is the military's count, not the outlet's (the same rule events use,
  ``event_args.attributed_to``);
- whether it is **denied** (``Quantity.negated``): "no aircraft was lost".

Each event then carries the counts of its own sentence (``Event.counts``), and the document's
lead event also carries the counts of sentences that report no event of their own ("The
aircraft had 242 people on board."): a report's background counts are about the event the
report is about. align/ compares them per counted thing and predicate family
(``align/discrepancies.py``).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import DURATION, UNSPECIFIED, Event, Quantity
from . import extensions  # noqa: F401
from .dismissals import dismissed_counts
from .event_args import actors_of, attributed_to, negated, speaker_of
from .event_lexicon import is_speech_verb
from .gazetteer import doc_text, doc_tokens


@functools.lru_cache(maxsize=1)
def predicate_families() -> dict:
    data = json.loads((resources.files("counterpoint") / "data" / "facts" / "predicates.json").read_text("utf-8"))
    lemma_family = {lemma: fam for fam, spec in data["families"].items() for lemma in spec["lemmas"]}
    words = [(re.compile(r"\b" + re.escape(w) + r"\b", re.IGNORECASE), fam)
             for fam, spec in data["families"].items() for w in spec["words"]]
    nouns = {w: canon for canon, ws in data["nouns"].items() for w in ws}
    if "fighter" in nouns:  # "fighter" alone is ambiguous (a jet or a militant): not merged
        del nouns["fighter"]
    compared = {w: fact for fact, ws in data.get("compared_measures", {}).items() for w in ws}
    return {"lemmas": lemma_family, "words": words, "updates": frozenset(data["updates"]),
            "updates_that_fall": frozenset(data.get("updates_that_fall", ())),
            "measures": frozenset(data["measures"]), "nouns": nouns, "compared_measures": compared,
            "denials": data.get("denials", {}),
            "unspecified": frozenset(data.get("unspecified", ())), "noun_families": data.get("noun_families", {}),
            "fixed_families": data.get("fixed_families", {}), "assertion_verbs": frozenset(data.get("assertion_verbs", ())),
            "round_figures": data.get("round_figures", 0)}


def counted_thing(head: str | None) -> str | None:
    """The canonical counted thing of a singular noun head: "jet" and "aircraft" count one
    thing (``data/facts/predicates.json``, "nouns"), and the unit words of a compared measure
    are one measure ("story" and "storey": one height in two spellings); other heads are
    themselves."""
    if head is None:
        return None
    fam = predicate_families()
    return fam["nouns"].get(head) or fam["compared_measures"].get(head, head)


def unit_head(unit: str | None) -> str | None:
    """The counted thing of a unit (English, or a Russian count's English gloss): the counted noun's head, singular ("political prisoners" ->
    "prisoner"), with nouns that name one thing folded together ("jets" -> "aircraft")."""
    if not unit:
        return None
    head = unit.lower().split()[-1].strip(".,;:")
    for suf, rep in (("ies", "y"), ("ees", "ee"), ("sses", "ss"), ("s", "")):
        if head.endswith(suf) and len(head) > len(suf) + 2:
            return counted_thing(head[: -len(suf)] + rep)
    return counted_thing(head)


def is_count(q: Quantity) -> bool:
    """A count of things ("230 passengers"), not a measure ("30 seconds", "7.7 magnitude",
    "33 storeys"): measures are other kinds of fact (durations, sizes)."""
    if not q.unit:
        return False
    head = q.unit.lower().split()[-1].strip(".,;:")
    singular = head[:-1] if head.endswith("s") else head
    measures = predicate_families()["measures"]
    return head not in measures and singular not in measures and q.unit.lower() not in measures


@functools.lru_cache(maxsize=1)
def time_rules() -> dict:
    """``data/facts/times.json``: which times of day and durations are compared."""
    return json.loads((resources.files("counterpoint") / "data" / "facts" / "times.json").read_text("utf-8"))


ISO_DURATION = re.compile(r"^PT(\d+(?:\.\d+)?)([SMH])$")
SECONDS = {"S": 1, "M": 60, "H": 3600}


def duration_seconds(q: Quantity) -> float | None:
    """Seconds per unit of a duration ("30 seconds", "five minutes"), None for other units."""
    if not q.unit:
        return None
    head = q.unit.lower().split()[-1].strip(".,;:-")
    units = time_rules()["duration_units"]
    return units.get(head) or units.get(head[:-1] if head.endswith("s") else head)


def duration_facts(doc: Doc, doc_id: str) -> list[Quantity]:
    """Durations that say what they measure ("30 seconds after take-off", "the talks lasted
    about three hours"), from the time expressions (TimeML ``PT30S``), as quantities whose
    predicate names the anchor ("duration:after takeoff"). Only seconds, minutes and hours:
    days and longer are dates' business. A qualifier before the duration ("about") is kept."""
    out = []
    rules = time_rules()
    for dv in doc._.cp_dates or []:
        m = ISO_DURATION.match(dv.value or "") if dv.kind == "duration" and dv.span else None
        if m is None:
            continue
        q = Quantity(doc=doc_id, value=float(m.group(1)) if "." in m.group(1) else int(m.group(1)),
                     unit=dv.text.split()[-1].lower(), approximate=False, text=dv.text, span=tuple(dv.span))
        anchor = duration_anchor(doc, q)
        if anchor is None:
            continue
        before = doc_text(doc)[max(0, dv.span[0] - 20): dv.span[0]].lower().split()
        for word in sorted([*rules["approximate"], *rules["qualifiers"]], key=len, reverse=True):
            if before[-len(word.split()):] == word.split():
                q.qualifier, q.approximate = word, word in rules["approximate"]
                break
        q.predicate = DURATION + anchor
        verb = _governing_verb(_head_token(doc, q) or doc[0])
        q.attributed_to = source_of(verb)
        out.append(q)
    return out


def duration_anchor(doc: Doc, q: Quantity) -> str | None:
    """What a duration measures, as a comparable key, or None: "30 seconds after take-off" ->
    "after takeoff"; "the talks lasted about three hours" -> "last talk". A duration with no
    such anchor ("in the past 24 hours") is not a fact counterpoint compares."""
    if duration_seconds(q) is None:
        return None
    rules = time_rules()
    span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    nxt = span.end
    if nxt < len(doc) and doc[nxt].lower_ in rules["anchor_prepositions"]:
        words: list[str] = []
        glue = False  # "take-off": the hyphen joins its neighbours into one word ("takeoff")
        for tok in doc[nxt + 1: nxt + 6]:
            if tok.text == "-":
                glue = bool(words)
                continue
            if tok.is_punct or tok.pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX") and words:
                break
            if tok.pos_ == "DET" or tok.is_punct:
                continue
            if tok.pos_ == "PRON" and not words:
                return None  # "after it took off": a clause, not a named moment
            if glue:
                words[-1] += tok.lower_
                glue = False
            else:
                words.append(tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_)
            if len(words) == 2:
                break
        if words:
            anchor = f"{doc[nxt].lower_} {' '.join(words)}"
            return rules.get("anchor_synonyms", {}).get(anchor, anchor)
    root = span.root
    verb = _governing_verb(root)
    lemma = verb.lemma_.lower()
    how_long = root.dep_ in ("dobj", "npadvmod") or (root.dep_ == "pobj" and root.head.lower_ == "for")
    if lemma in rules["anchor_verbs"] and how_long:  # "lasted three hours", "met for three hours"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "acl":  # "the talks, lasting three hours"
            subjects = [verb.head]
        anchor = f"{lemma} {subjects[0].lemma_.lower()}" if subjects else lemma
        syn = rules.get("anchor_synonyms", {})
        return syn.get(anchor) or syn.get(lemma) or anchor
    return None


def compared_measure(q: Quantity) -> str | None:
    """The fact a measure states when it is one counterpoint compares across outlets ("7.7
    magnitude" and "7.9-magnitude" both give the quake's magnitude; "33-story" and "30-storey"
    the building's height), else None: most measures (durations, distances, shares) measure
    too many different things within one story to be compared on their unit alone."""
    if not q.unit:
        return None
    head = q.unit.lower().split()[-1].strip(".,;:-")
    compared = predicate_families()["compared_measures"]
    for form in (head, head[:-3] + "y" if head.endswith("ies") else head, head[:-1] if head.endswith("s") else head):
        if form in compared:
            return compared[form]
    return None


def family_of_lemma(lemma: str | None) -> str | None:
    """The predicate family of an event's trigger lemma (an English lemma, or the English gloss
    the Russian pipeline gives): the family of a count the event carries as its argument."""
    if not lemma:
        return None
    lemmas = predicate_families()["lemmas"]
    return lemmas.get(lemma.lower()) or lemmas.get(lemma.lower().split()[0])


def falls_as_news_comes_in(family: str | None) -> bool:
    """An update family whose count may also fall in later reports (the missing are found)."""
    return family in predicate_families()["updates_that_fall"]


def is_update_family(family: str | None) -> bool:
    """Counts that grow as news comes in (tolls, arrests): a later report's higher figure is
    an update, not a contradiction."""
    return family in predicate_families()["updates"]


def _head_token(doc: Doc, q: Quantity) -> Token | None:
    span = doc.char_span(q.span[0], q.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def predicate_family(tok: Token) -> str | None:
    """The family of the predicate over a count: the family of a counted thing only one family
    fits (``fixed_families``: airbases are struck), else the nearest verb above the counted
    noun whose lemma names a family, else a family phrase in the clause around it."""
    fam = predicate_families()
    thing = counted_thing(tok.lemma_.lower()) or ""
    if thing in fam["fixed_families"]:  # "destroyed 41 aircraft at four airfields": struck, not downed
        return fam["fixed_families"][thing]
    own = fam["noun_families"].get(thing)
    arg = tok
    while arg.dep_ == "conj" and arg.head.i != arg.i:  # "230 passengers and 12 crew": the crew's role is the passengers'
        arg = arg.head
    t = tok
    for _ in range(6):  # up to the first verb: a family verb decides, another verb does not
        if t.pos_ == "NOUN" and t.i != tok.i and t.lemma_.lower() in fam["lemmas"] and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i for c in t.children):
            return fam["lemmas"][t.lemma_.lower()]  # "the release of some political prisoners"
        if t.pos_ in ("VERB", "ADJ") and t.lemma_.lower() in fam["lemmas"]:
            if own and not (arg.head.i == t.i and arg.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod")):
                return own  # "a plane with 232 passengers crashed": the plane crashed, the passengers were aboard
            return fam["lemmas"][t.lemma_.lower()]
        if t.pos_ == "VERB" or t.head.i == t.i:
            break
        t = t.head
    head = tok.lower_
    for pattern, family in fam["words"]:  # the counted noun itself ("deaths", "injured", "missing")
        if pattern.fullmatch(head):
            return family
    sent = tok.sent
    start = max(sent.start_char, tok.idx - 60)
    window = doc_text(tok.doc)[start: min(sent.end_char, tok.idx + len(tok) + 60)]
    at = tok.idx - start
    best: tuple[int, str] | None = None
    for pattern, family in fam["words"]:  # the family phrase nearest the count
        for m in pattern.finditer(window):
            dist = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or dist < best[0]:
                best = (dist, family)
    if best is None:  # "a plane with 232 passengers": the noun says they are aboard
        return own
    return best[1]


def source_of(verb: Token) -> str | None:
    """Who asserts a fact under ``verb``: the events' rule (``event_args.attributed_to``), and
    also a speech verb that shares its subject with the verb before it ("India denied the claim
    and said that no aircraft was lost": India says so), which the events' rule leaves to the
    outlet; and verbs of assertion ("India maintained that ...", ``assertion_verbs``)."""
    who = attributed_to(verb)
    if who is not None:
        return who
    tok = verb
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        child, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if (is_speech_verb(lemma) or lemma in predicate_families()["assertion_verbs"]) \
                and child.dep_ in ("ccomp", "parataxis"):
            who = speaker_of(tok)
            if who is None and tok.dep_ == "conj":  # "India denied ... and said that ...": India's
                who = speaker_of(tok.head)
            ids = actors_of(who) if who is not None else []
            return ids[0] if ids else None
    return None


def _governing_verb(tok: Token) -> Token:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _counted_noun(noun: Token) -> bool:
    """A token that can be a counted thing: a noun, or a model designation the tagger read as a
    number ("any F-35", "no F-16": letters and digits)."""
    return noun.pos_ in ("NOUN", "PROPN") or (noun.pos_ == "NUM" and any(ch.isalpha() for ch in noun.text))


def _plural(noun: Token) -> bool:
    """A plural noun, a model designation's plural included ("F-16s", which the tagger reads as
    singular)."""
    return noun.tag_ in ("NNS", "NNPS") or (noun.lower_.endswith("s") and any(ch.isdigit() for ch in noun.text))


def _under_modal(verb: Token) -> bool:
    """ "would not lead to any casualties", "could not have destroyed the jets": a prediction or a
    possibility, not a denial (``modals``)."""
    return any(c.dep_ == "aux" and c.lower_ in predicate_families()["denials"].get("modals", ())
               for c in verb.children)


def _denied_thing(noun: Token) -> bool:
    """Whether a denied noun is a counted thing other outlets count, so its zero can meet their
    numbers: "no IAF fighter", "no casualties", "none of its jets" are; "no further details were
    released", "had no choice", "without any damage" are not, and a zero of them would stand
    against a real count as a false "cannot both be true". Plural nouns, counted nouns
    (``nouns``), nouns with a family of their own and model designations pass; a singular
    otherwise only from ``countable_singulars`` (a singular after "no" is mostly a mass or
    abstract noun); heads of ``not_counted`` never."""
    rules = predicate_families()["denials"]
    lemma = noun.lemma_.lower()
    if lemma in rules.get("not_counted", ()) or noun.lower_ in rules.get("not_counted", ()):
        return False
    if _plural(noun) or any(ch.isdigit() for ch in noun.text):
        return True
    if lemma in predicate_families()["nouns"] or noun.lower_ in predicate_families()["nouns"] \
            or lemma in rules.get("countable_singulars", ()):
        return True
    return any(pattern.fullmatch(noun.lower_) for pattern, _ in predicate_families()["words"])


def _asked_or_supposed(tok: Token) -> bool:
    """A denial inside a question ("were no jets lost?") or a condition ("if no jets were lost,
    ..."): it asks or supposes, it does not say none (``conditional_marks``)."""
    if tok.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    marks = predicate_families()["denials"].get("conditional_marks", ())
    head = tok
    while head.head.i != head.i:
        head = head.head
        if any(c.dep_ == "mark" and c.lower_ in marks for c in head.children):
            return True
    return False


def _denier(denier: Token) -> str | None:
    """Who denies: the subject of the verb of denial, else whoever it is attributed to."""
    who = speaker_of(denier)
    ids = actors_of(who) if who is not None else []
    return ids[0] if ids else source_of(denier)


def _zero(doc_id: str, first: Token, noun: Token, family: str, source: str | None) -> Quantity:
    """A count of zero of ``noun``, its span from ``first`` (the denying word) to the noun, or the
    denying word alone when the noun comes before it ("found none missing")."""
    start, end = first.idx, max(first.idx + len(first), noun.idx + len(noun))  # a noun before: the word alone
    return Quantity(doc=doc_id, value=0, unit=noun.text, approximate=False, text=doc_text(first.doc)[start:end],
                    span=(start, end), qualifier="none", predicate=family, attributed_to=source)


def _denial(det: Token, doc_id: str) -> Quantity | None:
    """A count of zero from a denial ("no IAF aircraft was lost", "without any casualties",
    "did not lose any jets", "denies that any F-35 was shot down"): the determiner's noun must be
    a counted thing with a predicate family, or the zero says nothing comparable. Under a verb of
    denial the zero is the denier's ("India denied losing any aircraft": India says none)."""
    rules = predicate_families()["denials"]
    noun = det.head
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "no Indian Air Force (IAF) aircraft": the counted noun is the last
    # "without any damage or casualties": the damage is no count, the casualties are denied
    thing = noun if _denied_thing(noun) else next(
        (c for c in noun.children if c.dep_ == "conj" and _denied_thing(c)), noun)
    if det.dep_ != "det" or not _counted_noun(thing) or not _denied_thing(thing) or _asked_or_supposed(det):
        return None
    word = det.lower_
    verb = _governing_verb(noun)
    denier = None
    if word in rules.get("any", ()):
        under_without = noun.dep_ == "pobj" and noun.head.lower_ in rules.get("negating_prepositions", ())
        is_verb = verb.pos_ in ("VERB", "AUX")
        denier = denied_by(verb) if is_verb and not under_without else None
        if not under_without and not (is_verb and negated(verb)) and denier is None:
            return None
    elif word not in rules.get("determiners", ()):
        return None
    if _under_modal(verb):
        return None
    # the noun's own family first: "attacked without any casualties" denies deaths, not strikes
    own = [fam for pattern, fam in predicate_families()["words"] if pattern.fullmatch(thing.lower_)]
    family = own[0] if own else predicate_family(thing)
    if family is None:
        return None
    return _zero(doc_id, det, thing, family, _denier(denier) if denier is not None else source_of(verb))


def _none_denial(tok: Token, doc_id: str) -> Quantity | None:
    """A count of zero from a pronoun of denial (``pronouns``): "none of its jets were destroyed"
    counts the noun after "of"; "counted the F-16s and found none missing" the last plural
    subject or object before it in its sentence. The family is the predicate over the pronoun ("destroyed",
    "missing"), else the noun's own."""
    if tok.lower_ not in predicate_families()["denials"].get("pronouns", ()) or tok.dep_ == "det":
        return None
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of:
        objs = [c for c in of[0].children if c.dep_ == "pobj"]
        noun = objs[0] if objs else None
    else:
        args = [t for t in tok.doc[tok.sent.start: tok.i] if t.dep_ in ("dobj", "nsubj", "nsubjpass") and _plural(t)]
        noun = args[-1] if args else None
    if noun is None or not _counted_noun(noun) or not _denied_thing(noun) or _asked_or_supposed(tok):
        return None
    verb = _governing_verb(tok)
    if _under_modal(verb) or verb.i == tok.i:
        return None
    family = predicate_family(tok) or predicate_family(noun)
    if family is None:
        return None
    return _zero(doc_id, tok, noun, family, source_of(verb))


def _negated_predicate(verb: Token, doc_id: str) -> Quantity | None:
    """A count of zero from a negated verb of a predicate family over a definite plural noun
    with no number ("the planes, although damaged, were not destroyed": none destroyed). An
    indefinite noun ("jets were not shot down") or a number ("two jets were not lost") is left
    alone: the first says nothing of a count, the second is a count of its own."""
    rules = predicate_families()["denials"]
    lemmas = predicate_families()["lemmas"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas or not negated(verb) or _under_modal(verb):
        return None
    for noun in verb.children:
        if noun.dep_ not in ("nsubjpass", "dobj") or noun.tag_ not in ("NNS", "NNPS"):
            continue
        dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
        if any(c.like_num or c.dep_ == "nummod" for c in noun.children):
            continue
        if not dets or dets[0].lower_ not in rules.get("definite", ()):
            continue
        if not _denied_thing(noun) or _asked_or_supposed(verb):
            continue
        family = predicate_family(noun)
        if family is None:
            return None
        return _zero(doc_id, dets[0], noun, family, source_of(verb))
    return None


def denied_by(verb: Token) -> Token | None:
    """The verb of denial a claim sits under ("dismissed the reports that two warplanes were
    shot down", "denied that five jets were lost"), or None."""
    rules = predicate_families()["denials"]
    verbs, claims = rules.get("verbs", ()), rules.get("claim_nouns", ())
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        child, tok = tok, tok.head
        if tok.lemma_.lower() in verbs and child.dep_ in ("ccomp", "dobj", "xcomp", "pcomp"):
            if child.dep_ != "dobj" or child.lemma_.lower() in claims:
                return tok  # "denied that ...", "denied losing ...", "dismissed the reports that ..."
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in claims:
            return None  # "rejected the proposal to send 5,000 troops": no claim denied
        if child.dep_ not in ("ccomp", "acl", "relcl", "xcomp", "conj"):
            return None
    return None


def _denied_claim(q: Quantity, verb: Token, denier: Token) -> Quantity:
    """The denier's count of zero for a claim it denies."""
    return Quantity(doc=q.doc, value=0, unit=q.unit, approximate=False, text=f"{denier.text} {q.text}",
                    span=(denier.idx, denier.idx + len(denier)), qualifier="none", predicate=q.predicate,
                    attributed_to=_denier(denier))




def unspecified_counts(doc: Doc, doc_id: str) -> list[Quantity]:
    """Counts that exist but are not given: "the release of some political prisoners",
    "several soldiers were killed" (``unspecified`` in ``data/facts/predicates.json``). Each is a
    fact of value 0 with the qualifier ``UNSPECIFIED``, for a plural counted noun with a predicate
    family: a number for the same thing in another report refines it, and the two are a
    difference of scope (the seeds' 66 released against "some")."""
    words = predicate_families()["unspecified"]
    out = []
    for det in doc_tokens(doc):
        if det.dep_ not in ("det", "amod") or det.lower_ not in words:
            continue  # tested before ``det.head``, which makes a Token for every token
        noun = det.head
        if noun.tag_ not in ("NNS", "NNPS") or noun.i < det.i:
            continue
        if any(c.like_num for c in noun.children):
            continue  # "some 200 people": an approximate number, the quantity extractor's
        family = predicate_family(noun)
        if family is None:
            continue
        start = min((c.idx for c in noun.children if c.dep_ in ("amod", "compound") and det.i < c.i < noun.i),
                    default=noun.idx)
        end = noun.idx + len(noun)
        out.append(Quantity(doc=doc_id, value=0, unit=doc_text(doc)[start:end], approximate=True,
                            text=doc_text(doc)[det.idx:end], span=(det.idx, end), qualifier=UNSPECIFIED,
                            predicate=family, attributed_to=source_of(_governing_verb(noun))))
    return out


def denials(doc: Doc, doc_id: str) -> list[Quantity]:
    """Every denied count of the document (a count of zero): "no"/"any" before a counted noun
    (:func:`_denial`), "none" (:func:`_none_denial`), a negated verb over a definite plural
    (:func:`_negated_predicate`)."""
    out = []
    for tok in doc_tokens(doc):
        q = None
        if tok.dep_ == "det" and tok.lower_ in ("no", "any"):
            q = _denial(tok, doc_id)
        elif tok.pos_ in ("NOUN", "PRON"):
            q = _none_denial(tok, doc_id)
        elif tok.pos_ == "VERB":
            q = _negated_predicate(tok, doc_id)
        if q is not None:
            out.append(q)
    return out


def annotate_counts(doc: Doc) -> None:
    """Set predicate, attribution and polarity on each count with a counted noun, and give
    each event the counts it carries (its sentence's; the lead event also the counts of
    sentences without an event). The measures compared across outlets (a magnitude, storeys),
    durations with what they measure ("30 seconds after take-off": predicate
    "duration:after takeoff") and the denied counts ("no aircraft was lost": zero) are carried
    the same way, and so are the zeros of claims denied by name ("called the allegations
    baseless", ``dismissals``)."""
    every = doc._.cp_quantities or []
    quantities = [q for q in every if is_count(q) or compared_measure(q)]
    rebuttals: list[Quantity] = []
    for q in quantities:
        tok = _head_token(doc, q)
        if tok is None:
            continue
        q.predicate = predicate_family(tok) if is_count(q) else None
        verb = _governing_verb(tok)
        q.attributed_to = source_of(verb)
        q.negated = negated(verb) if verb.pos_ in ("VERB", "AUX") else False
        denier = denied_by(verb) if is_count(q) and q.predicate else None
        if denier is not None:  # the claim is denied: the denier says none
            q.negated = True
            rebuttals.append(_denied_claim(q, verb, denier))
    events: list[Event] = [e for e in doc._.cp_events or [] if not e.hypothetical]
    if not events:
        return
    zeros = rebuttals + denials(doc, events[0].doc)
    zeros += dismissed_counts(doc, [q for q in quantities if is_count(q)], zeros, events[0].doc)
    quantities = quantities + zeros + unspecified_counts(doc, events[0].doc) + duration_facts(doc, events[0].doc)
    if not quantities:
        return
    carry_counts(events, quantities)


def carry_counts(events: list[Event], quantities: list[Quantity]) -> None:
    """Give each event the counts of its sentence, and the lead event (the first) also the
    counts of sentences without an event: a report's background counts are about the event
    the report is about. Shared by the English and the Russian pipelines (``nlp/ru/facts.py``)."""
    spans = {e.id: e.sentence_span or e.span for e in events}
    for e in events:
        s, t = spans[e.id]
        e.counts = [q for q in quantities if s <= q.span[0] and q.span[1] <= t]
    lead = min(events, key=lambda e: spans[e.id][0])
    orphans = [q for q in quantities if not any(s <= q.span[0] < t for s, t in spans.values())]
    lead.counts = lead.counts + orphans


class Component:
    def __call__(self, doc: Doc) -> Doc:
        annotate_counts(doc)
        return doc


@Language.factory("cp_facts")
def make_component(nlp: Language, name: str) -> Component:
    return Component()
