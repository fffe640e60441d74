"""cp_quotes: quotations, their kind (direct / partial / scare) and their speaker.

Finding quotes is a character scan, not a parse, so it works on any text (and never raises):
an opening mark is paired with its closing mark inside the same paragraph, inner quotes are
skipped (a quote inside a quote is not a new top-level quote), apostrophes (Belarus’s, don't)
are told apart from single quotes by the letters around them, and a quote left open at the end
of a paragraph only continues when the next paragraph re-opens it (the typographic convention);
otherwise it is dropped rather than allowed to swallow the rest of the document.

Speakers come from the parse: the subject of a speech verb before the quote ("Kellogg stated:",
"the envoy emphasised that ...") or right after it (", one EU diplomat admitted"), "according to
X", and, for a quote introduced by a colon with no speech verb, the first actor of the
introducing clause. The subject is mapped to a local actor with ``actor_at`` (pronouns resolve
through cp_actors' pronoun mentions; "it" to the nearest preceding organisation).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Mention, Quote, make_id
from . import extensions  # noqa: F401
from .actors import OPENING_PARTICIPLES
from .gazetteer import ROLE_NOUNS, SPEECH_VERBS, doc_text, tokens_between

# '"' may be closed by '”' and '“' by '"' (pasted text mixes them: "A little while ago, ...,”), and
# '“' by a second '“' typed the wrong way round before a space (“We have a chance,“ Trump said).
PAIRS: dict[str, str] = {"“": "”\"“", "„": "“”", "«": "»", "‹": "›", '"': '"”', "‘": "’", "'": "'", "‚": "‘’"}
DOUBLE = {"“", "„", "«", '"'}
MAX_QUOTE = 3000
SCARE_MAX_WORDS = 6
SENT_END = re.compile(r'(?<![A-Z])(?<!\b[A-Z][a-z])[.?!…][”"’»]?\s+(?=[A-Z“"‘«])')
OPEN_BEFORE = set(" \t\n\r([{—–-/:;,") | set(PAIRS)


@cache
def _rules() -> dict[str, frozenset[str]]:
    """Word lists of data/quote_rules.json (expression verbs, formula words, carry verbs, ...)."""
    raw = json.loads(resources.files("counterpoint").joinpath("data/quote_rules.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


@cache
def _speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce reported words: gazetteer's and this module's own."""
    return SPEECH_VERBS | _rules()["speech_verbs"]


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if i + 1 >= len(text) or (nxt.isspace() and ch not in "«‹"):
        return False
    if ch in ("“", "„", "«", "‚", "‹"):
        return True
    if ch == '"':
        # text pasted without the space after a sentence ('the White House."This was ...'): outside
        # any quote, a straight mark between a sentence's end and a capital opens one
        return prev in OPEN_BEFORE or (prev in ".?!" and nxt.isupper())
    # single quotes: only at a word start, never inside a word (don't, Belarus's)
    return prev in OPEN_BEFORE and (nxt.isalnum() or nxt in '“"«')


def _is_closer(text: str, j: int, opener: str) -> bool:
    ch = text[j]
    if ch not in PAIRS[opener]:
        return False
    nxt = text[j + 1] if j + 1 < len(text) else " "
    prev = text[j - 1] if j > 0 else " "
    if opener in ("‘", "'", "‚") or ch == '"':
        glued = ch == '"' and prev in ".?!," and nxt.isupper()  # '... the attack."By the time'
        return (glued or not nxt.isalnum()) and not prev.isspace()
    return True


def _find_close(text: str, i: int) -> int | None:
    """Index of the mark closing the quote opened at ``i``, or None when unbalanced."""
    opener = text[i]
    j = i + 1
    limit = min(len(text), i + MAX_QUOTE)
    depth = 0
    while j < limit:
        ch = text[j]
        if ch == "\n":
            k = j
            while k < limit and text[k] in "\n\r \t":
                k += 1
            # a quote running on into the next paragraph re-opens it there
            if k < limit and text[k] == opener and opener != "'":
                j = k + 1
                continue
            return None
        if opener in DOUBLE and ch in ("‘", "'") and _is_opener(text, j):
            inner = _find_close(text, j)
            if inner is not None and "\n" not in text[j:inner]:
                j = inner + 1
                continue
        if ch == opener and opener not in ('"', "'") and PAIRS[opener] != opener and _is_opener(text, j):
            depth += 1
        elif _is_closer(text, j, opener):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return None


def find_quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each top-level pair of quotation marks."""
    i, n = 0, len(text)
    while i < n:
        if text[i] in PAIRS and _is_opener(text, i):
            j = _find_close(text, i)
            if j is not None and text[i + 1 : j].strip():
                s, e = i + 1, j
                while text[s].isspace():  # French spacing inside « »
                    s += 1
                while text[e - 1].isspace():
                    e -= 1
                yield s, e
                i = j + 1
                continue
        i += 1


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, walking up infinitives, conjuncts and "was quoted as saying"."""
    tok = verb
    climb = _rules()["climb_deps"]
    for _ in range(5):
        if tok is not verb and tok.lemma_.lower() in _rules()["quoting_verbs"]:
            quoted = [c for c in tok.children if c.dep_ == "dobj"]
            if quoted:  # "the White House quoted Trump as saying": Trump speaks, not the House
                return quoted[0]
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            return tok.head  # "Trump, who said ...": the relative pronoun stands for Trump
        if subj:
            return _past_opener(subj[0], subj[1:])
        if tok.dep_ in climb and tok.head.i != tok.i:
            tok = tok.head
        else:
            return None
    return None


def _past_opener(subj: Token, others: list[Token]) -> Token:
    """ "Echoing Lammy, Prime Minister Keir Starmer said": the model makes the opening
    participle's object the subject and the speaker its apposition (or a second subject);
    the speaker is the name after the comma."""
    opener = any(
        c.i < subj.i and (c.tag_ == "VBG" or c.lower_ in OPENING_PARTICIPLES) and c.i == c.sent.start
        for c in subj.children
    )
    if not opener:
        return subj
    after = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i] + [o for o in others if o.i > subj.i]
    return after[0] if after else subj


def _words_of(tok: Token, floor: int = 0) -> tuple[int, int]:
    """Characters of the phrase ``tok`` heads, without what follows it that is not the speaker:
    a relative clause after a name ("Trump, who said ...": a description's relative clause may
    be what identifies it, "a man who identified himself as ...") or the channel ("the army in
    a statement", "the embassy on Facebook")."""
    start = max(tok.left_edge.idx, floor)
    end = tok.right_edge.idx + len(tok.right_edge)
    for c in tok.rights:
        if (c.dep_ == "relcl" and tok.pos_ == "PROPN") or (
            c.dep_ == "prep" and c.lower_ in _rules()["channel_preps"]
        ):
            end = min(end, c.left_edge.idx)
    return (start, end) if start < end else (tok.idx, tok.idx + len(tok))


IT_WINDOW = 1200  # characters before the quote searched for the body a speaking "it" or "they" is


def _resolve(doc: Doc, subj: Token, before: int, floor: int = 0) -> tuple[str | None, str]:
    start, end = _words_of(subj, floor)
    text = doc_text(doc)[start:end].strip(" ,")
    if subj.lower_ in ("it", "they", "he", "she"):
        back = _pronoun_source(doc, subj)
        if back is not None:
            return back
    if subj.lower_ in ("it", "they"):  # a publication or state speaking
        best, best_subj = None, None
        lo = max(0, before - IT_WINDOW)
        quoted = list(find_quote_spans(doc_text(doc)[lo:before]))
        for m in doc._.cp_mentions or []:
            if m.span[1] <= before and m.kind != "pronoun" and before - m.span[0] < IT_WINDOW:
                if any(a <= m.span[0] - lo < b for a, b in quoted):
                    continue  # a name inside someone's quoted words is not who "it" is
                actor = next((a for a in doc._.cp_actors if a.id == m.actor), None)
                if actor is not None and actor.kind in ("org", "country"):
                    best = m
                    mt = _mention_head(doc, m)
                    if mt is not None and mt.dep_ in ("nsubj", "nsubjpass"):
                        best_subj = m
        best = best_subj or best
        return (best.actor, best.text) if best else (None, text)
    mentions = doc._.cp_mentions or []
    covered = sorted(
        (m for m in mentions if m.span[0] <= subj.idx < m.span[1]), key=lambda m: m.span[0] - m.span[1]
    )
    if covered:
        name = _name_span(doc, subj)
        kinds = {a.id: a.kind for a in doc._.cp_actors or []}
        if kinds.get(covered[0].actor) == "country" and (name[0] < covered[0].span[0] or name[1] > covered[0].span[1]):
            # "Air India said": the airline speaks, not the country its name holds
            return None, doc_text(doc)[name[0] : name[1]]
        if covered[0].kind == "title" and subj.pos_ == "NOUN" and _unnamed_role(doc, subj):
            return None, text  # "a spokesman for the forces said ... “...,” said the spokesman"
        return covered[0].actor, text
    for child in subj.children:  # "Trump’s envoy, Keith Kellogg, said"
        if child.dep_ == "appos":
            hit = [
                m for m in mentions if child.idx <= m.span[0] < child.right_edge.idx + len(child.right_edge)
            ]
            if hit:
                return hit[0].actor, text
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in _rules()["document_nouns"]:
        det = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
        issued = _issuer(doc, subj) if det and det[0] in ("the", "its", "this", "that") else None
        if issued is not None:
            return issued  # "the statement said": the one who issued it speaks
    if subj.pos_ == "NOUN":
        # "the ministry's spokesperson": the role speaks; it is the person the text names in
        # that role nearby, if exactly one ("one EU diplomat" stays anonymous)
        holder = _role_holder(doc, subj)
        if holder is not None:
            return holder, text
        return _role_antecedent(doc, subj) or _fuller_mention(doc, subj) or (None, text)
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    own = [
        m
        for m in mentions
        if start <= m.span[0] < end
        and kinds.get(m.actor) == "person"
        and doc_text(doc)[m.span[1] : m.span[1] + 2] not in ("’s", "'s")
    ]
    if own:
        return own[-1].actor, text
    return None, text  # a description no rule ties to one actor: keep the words only


def _name_span(doc: Doc, tok: Token) -> tuple[int, int]:
    """Characters of the proper name ``tok`` heads: its named entity, or the run of proper-noun
    compounds before it ("Air India", "Bank of America")."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "FAC", "PRODUCT"):
        return ent.start_char, ent.end_char
    first = tok
    for child in tok.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            first = child if child.i < first.i else first
    return first.idx, tok.idx + len(tok)


ROLE_WINDOW = 2500  # characters before the quote searched for the person holding a role


def _role_holder(doc: Doc, subj: Token) -> str | None:
    """The one person actor the text names in the role ``subj`` heads ("Vikram Rao, the
    ministry's spokesperson" ... "the spokesperson said"), or None.

    Only a definite role is linked ("the spokesperson", "its spokesperson"): an indefinite one
    ("one diplomat", "a spokesperson") is an unnamed source by the outlet's choice."""
    det = [c for c in subj.children if c.dep_ in ("det", "poss", "nummod")]
    if not det or any(d.lower_ in ("a", "an", "one", "another", "some", "any") for d in det):
        return None
    mentions = doc._.cp_mentions or []
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    people = [m for m in mentions if kinds.get(m.actor) == "person" and m.kind != "pronoun"]

    def person_at(tok: Token) -> str | None:
        hit = [m for m in people if m.span[0] <= tok.idx < m.span[1]]
        return hit[0].actor if hit else None

    if any(c.dep_ == "appos" for c in subj.children):
        return False  # "said Iranian spokesperson, Abolfazl Shekarchi": this one is named
    role = subj.lemma_.lower()
    lo = max(0, subj.idx - ROLE_WINDOW)
    earlier = [t for t in doc[: subj.i] if t.idx >= lo and t.lemma_.lower() == role and t.pos_ == "NOUN"]
    for t in reversed(earlier):  # the nearest earlier mention of the role decides
        cands: list[Token] = []
        if t.dep_ in ("appos", "compound", "attr"):
            cands.append(t.head)  # "Rao, the spokesperson"; "spokesperson Rao"
            if t.dep_ == "attr":
                cands += [c for c in t.head.children if c.dep_ == "nsubj"]  # "Rao is the spokesperson"
        cands += [c for c in t.children if c.dep_ == "appos"]  # "the spokesperson, Rao,"
        found = {a for a in (person_at(c) for c in cands) if a is not None}
        if len(found) == 1:
            return found.pop()
        if found or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children):
            return None  # "a spokesman for the forces" ... "the spokesman said": unnamed
    return None


def _role_antecedent(doc: Doc, subj: Token) -> tuple[str | None, str] | None:
    """For a definite role that names nobody ("the source said"), the words of the indefinite
    mention it refers back to ("a Turkish foreign ministry source said"), which say whose source
    it is; the organisation named in them is the speaker when there is one, never a country."""
    role = subj.lemma_.lower()
    if role in _rules()["document_nouns"] or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children
    ):
        return None  # "the statement said" is its issuer's (see _issuer)
    lo = max(0, subj.idx - ROLE_WINDOW)
    earlier = [t for t in doc[: subj.i] if t.idx >= lo and t.lemma_.lower() == role and t.pos_ == "NOUN"]
    if not earlier or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in earlier[-1].children):
        return None
    start, end = _words_of(earlier[-1])
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    orgs = [m for m in doc._.cp_mentions or [] if start <= m.span[0] < end and kinds.get(m.actor) == "org"]
    return (orgs[-1].actor if orgs else None), doc_text(doc)[start:end].strip(" ,")


def _fuller_mention(doc: Doc, subj: Token) -> tuple[str | None, str] | None:
    """For a bare definite body ("the military wrote", "the ministry said") that names no one,
    the nearest earlier phrase with the same noun that says whose it is ("Poland’s military
    command", "the Polish defence ministry"): the same body, named more fully. People's roles
    are left to the rules above; only one such phrase in reach is taken."""
    kids = [c for c in subj.children if c.dep_ not in ("punct",)]
    if (
        len(kids) != 1
        or kids[0].lower_ != "the"
        or subj.lower_ in ROLE_NOUNS
        or subj.lemma_.lower() in _rules()["document_nouns"]
    ):
        return None
    lo = max(0, subj.idx - ROLE_WINDOW)
    for t in reversed(doc[: subj.i]):
        if t.idx < lo:
            break
        if t.lower_ != subj.lower_:
            continue
        head = t.head if t.dep_ in ("amod", "compound") and t.head.i > t.i else t
        owner = [c for c in head.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))]
        if owner:
            return _named(doc, head)
    return None


def _named(doc: Doc, tok: Token) -> tuple[str | None, str]:
    """(actor, words) of the phrase ``tok`` heads, without its article."""
    text = doc_text(doc)
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    hit = [m for m in doc._.cp_mentions or [] if lo <= m.span[0] < hi and m.kind != "pronoun"]
    own = [m for m in hit if m.span[0] <= tok.idx < m.span[1]]  # the head's own name first
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    if not own and tok.pos_ in ("NOUN", "PROPN") and hit and all(kinds.get(m.actor) == "country" for m in hit):
        hit = []  # "Thailand's foreign ministry": the ministry speaks, not its country
    hit = own + hit
    words = text[lo:hi].strip(" ,")
    for art in ("the ", "an ", "a "):
        if words.lower().startswith(art):
            words = words[len(art) :]
    return (hit[0].actor if hit else None), words


def _unnamed_role(doc: Doc, subj: Token) -> bool:
    """The nearest earlier mention of the role ``subj`` names is indefinite and names nobody
    ("a spokesman for the Indian forces said"): the definite role refers back to that unnamed one."""
    if any(c.dep_ == "appos" for c in subj.children):
        return False  # "said Iranian spokesperson, Abolfazl Shekarchi": this one is named
    role = subj.lemma_.lower()
    lo = max(0, subj.idx - ROLE_WINDOW)
    earlier = [t for t in doc[: subj.i] if t.idx >= lo and t.lemma_.lower() == role and t.pos_ == "NOUN"]
    if not earlier:
        return False
    t = earlier[-1]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children) and not any(
        c.dep_ == "appos" for c in t.children
    )


PRONOUN_BACK = 900  # characters before "it"/"they" searched for a document or a plural source


def _pronoun_source(doc: Doc, subj: Token) -> tuple[str | None, str] | None:
    """What "it" or "they" speaking stands for when the sentence before says: "it" for a
    document just named ("According to a Defence Ministry statement, ... It claimed") and
    "they" for a plural source ("Defence sources said ... “...,” they said")."""
    text = doc_text(doc)
    para = text.rfind("\n", 0, subj.idx)  # this paragraph and the one before it, at most
    while para > 0 and text[para - 1] in "\n\r \t":
        para -= 1
    lo = max(0, subj.idx - PRONOUN_BACK, text.rfind("\n", 0, para) + 1 if para > 0 else 0)
    quoted = [(a, b) for a, b in find_quote_spans(text[lo : subj.idx])]
    window = [t for t in doc[: subj.i] if t.idx >= lo and not any(a <= t.idx - lo < b for a, b in quoted)]
    if subj.lower_ == "it":
        docs = [t for t in window if t.lemma_.lower() in _rules()["document_nouns"] and t.pos_ == "NOUN"]
        issued = _issuer_of(doc, docs[-1]) if docs else None
        if issued is not None:
            return issued

    def reported(t: Token) -> bool:  # "said the army responded": "responded" is reported speech
        return any(
            a.lemma_.lower() in _speech_verbs() and a.pos_ == "VERB" and a.i < subj.i for a in t.ancestors
        )

    verbs = [t for t in window if t.lemma_.lower() in _speech_verbs() and t.pos_ == "VERB" and not reported(t)]
    verbs = [t for t in verbs if not (subj.idx > t.idx and subj.sent.start == t.sent.start and t.i > subj.i)]
    if not verbs:
        return None
    src = _subject(verbs[-1])
    if src is None or src.idx < lo or src.lower_ in ("it", "they", "he", "she", "i", "we"):
        return None
    if subj.lower_ == "they":
        return _named(doc, src) if src.tag_ in ("NNS", "NNPS") else None
    # "he"/"she": the person who last spoke in the sentences just before; "it": the organisation
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    actor, words = _named(doc, src)
    if subj.lower_ != "it" and kinds.get(actor) != "person":
        lo_s, hi_s = src.left_edge.idx, src.right_edge.idx + len(src.right_edge)
        people = [m for m in doc._.cp_mentions or [] if lo_s <= m.span[0] < hi_s and kinds.get(m.actor) == "person"]
        if people:  # "UN relief chief Tom Fletcher wrote": the person in the subject
            actor = people[-1].actor
    if actor is None:
        return None
    if subj.lower_ == "it":
        return (actor, words) if kinds.get(actor) in ("org", "group") else None
    if kinds.get(actor) == "person" or src.ent_type_ == "PERSON":
        return actor, words
    return None


def _issuer(doc: Doc, subj: Token) -> tuple[str | None, str] | None:
    """(actor, text) of whoever issued the document a definite document noun speaks for
    ("the statement said"), read from the nearest earlier mention of such a document, or None."""
    lo = max(0, subj.idx - ROLE_WINDOW)
    lemma = subj.lemma_.lower()
    same = [t for t in doc[: subj.i] if t.idx >= lo and t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN")]
    return _issuer_of(doc, same[-1]) if same else None


def _issuer_of(doc: Doc, t: Token) -> tuple[str | None, str] | None:
    """Who issued the document noun ``t`` names ("The IAF's statement", "an Indian Defence
    Ministry statement", "a report in Foreign Policy", "The Air Force released a statement",
    "X said in a statement"), or None when the text does not say there."""
    rules = _rules()
    text = doc_text(doc)
    mentions = doc._.cp_mentions or []
    poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    if poss:  # "The IAF's statement"
        return _named(doc, poss[0])
    comp = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if comp:  # "an Indian Defence Ministry statement"
        first, last = comp[0].left_edge, comp[-1]
        words = text[first.idx : last.idx + len(last)]
        hit = [m for m in mentions if first.idx <= m.span[0] <= last.idx and m.kind != "pronoun"]
        return (hit[-1].actor if hit else None), words
    for prep in t.children:  # "a report in Foreign Policy", "a statement by the ministry"
        if prep.dep_ == "prep" and prep.lower_ in rules["issue_preps"]:
            pobj = [
                c
                for c in prep.children
                if c.dep_ == "pobj"
                and any(x.pos_ == "PROPN" for x in c.subtree)
                and c.ent_type_ not in rules["not_issuer_entities"]
            ]
            if pobj:
                return _named(doc, pobj[0])
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "in":
        head = head.head  # "X said in a statement"
    if head.pos_ == "VERB" and t.dep_ in ("dobj", "pobj"):
        by = _subject(head)  # "The Air Force released a statement"
        if by is not None and by.lower_ not in ("it", "they", "he", "she"):
            return _named(doc, by)
    return None


def _governs(verb: Token, quote_start: int) -> bool:
    """The quote sits in the verb's reported clause ("said the deal was “a good start”", "labelled
    the offensive as “blatant aggression”")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "attr") or (child.dep_ == "prep" and child.lower_ == "as"):
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            if lo <= quote_start + 1 <= hi + 1:
                return True
    return False


def _speech_verb_before(doc: Doc, toks: list[Token], quote_start: int, colon: bool) -> Token | None:
    for tok in reversed(toks):
        lemma = tok.lemma_.lower()
        if _judging_verb(doc, tok, quote_start):
            return tok
        if lemma in _speech_verbs() and (tok.pos_ in ("VERB", "AUX") or (colon and tok.pos_ == "NOUN")):
            between = doc_text(doc)[tok.idx + len(tok) : quote_start]
            if not colon and next(find_quote_spans(between), None) is not None and not (
                tok.lemma_.lower() in _rules()["characterising_verbs"] and _governs(tok, quote_start)
            ):
                # "India Says Many 'Eliminated', 'Grave Aggression' Says Pakistan": the verb has its
                # own quote. A verb of characterising keeps its "as" phrase across a name quoted on
                # the way ("described the strikes — dubbed 'Rising Lion' — as '...'")
                continue
            if any(c in between for c in '“”"«»'):
                between = between[between.rfind(" ") :] if colon else "x"
            if colon or " that " in f" {between} " or between.strip() in ("", ","):
                return tok
            subj = _subject(tok)
            if (
                subj is not None
                and (subj.lower_ != "it" or _pronoun_source(doc, subj) is not None)
                and _governs(tok, quote_start)
            ):
                return tok
    return None


def _judging_verb(doc: Doc, tok: Token, open_at: int) -> bool:
    """A verb of judging or reporting nearer the quote than any speech verb, the first verb
    above the quoted words, with a named subject of its own: that subject's words are quoted,
    not those of the sentence's speaker ("He said the group blames the US for the attack, which
    the Qatari ministry condemned “in the strongest terms”": the ministry's words). A quoted
    name ("the strikes — dubbed “Rising Lion” — as ...") hangs from its own participle, and a
    one- or two-word label ("dismissed the claims as a “hoax”") stays a scare quote."""
    rules = _rules()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in rules["characterising_verbs"] | rules["reporting_verbs"]:
        return False
    close = _find_close(doc_text(doc), open_at)
    if close is None or len(doc_text(doc)[open_at + 1 : close].split()) < REPORTED_MIN_WORDS:
        return False
    inside = tokens_between(doc, open_at + 1, close)
    if not inside:
        return False
    above = inside[0]
    for _ in range(8):  # up from the quoted words to the first verb outside them
        if above.head.i == above.i or (above.pos_ == "VERB" and above.idx < open_at):
            break
        above = above.head
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return above.i == tok.i and bool(subj) and subj[0].pos_ in ("NOUN", "PROPN") and subj[0].idx < tok.idx


def _lead_in(text: str, open_at: int) -> tuple[int, str]:
    """(start, text) of the words before the opening mark in its sentence. A quote that opens
    its paragraph right after a paragraph ending in a colon ("Berg told reporters:" then the
    block quote) takes that introducing sentence as its lead-in."""
    para_start = text.rfind("\n", 0, open_at) + 1
    if not text[para_start:open_at].strip():
        k = para_start - 1
        while k >= 0 and text[k] in "\n\r \t":
            k -= 1
        if k >= 0 and text[k] == ":":
            para_start = text.rfind("\n", 0, k) + 1
    sent_start = para_start
    for m in SENT_END.finditer(text, para_start, open_at + 1):
        sent_start = m.end()
    return sent_start, text[sent_start:open_at].rstrip()


def _speaking_verb(verb: Token) -> Token:
    """For a participle ("..., saying “...”") parsed inside a reported clause ("indicated that the
    decisions would be delayed, saying"), the speech verb above it: its subject is the speaker."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return verb
    above = [a for a in verb.ancestors if a.lemma_.lower() in _speech_verbs() and a.pos_ == "VERB"]
    return above[-1] if above else verb


def _mention_head(doc: Doc, m: Mention) -> Token | None:
    """The syntactic head of a mention's words ("Ministry" of "The Polish Foreign Ministry"),
    whose dependency says the mention's role in its clause."""
    head = _tok_at(doc, m.span[0])
    while head is not None and head.head.i != head.i and m.span[0] <= head.head.idx < m.span[1]:
        head = head.head
    return head


def _bare_subject(doc: Doc, sent_start: int, verb: Token) -> Mention | None:
    """The speaker of a speech verb the parse left without a subject ("Tusk, at an emergency
    meeting of the council, convened after ..., stated that": the long aside made "stated" a
    conjunct of "convened" and Tusk a modifier): the first person, organisation or group named
    before the verb in its sentence that is not inside a prepositional phrase or a possessive,
    when it is the only such one. Only a finite verb has a subject to recover: a participle
    ("the plan, dubbed “...”") modifies a noun and names no speaker."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "conj"):
        return None
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    cands = []
    for m in doc._.cp_mentions or []:
        if not (sent_start <= m.span[0] < verb.idx) or m.kind == "pronoun":
            continue
        head = _mention_head(doc, m)
        if head is None or kinds.get(m.actor) not in ("person", "org", "group"):
            continue
        if head.dep_ in ("pobj", "poss", "dobj", "compound") or any(a.dep_ in ("pobj", "poss") for a in head.ancestors):
            continue
        cands.append(m)
    return cands[0] if len({m.actor for m in cands}) == 1 else None


def _in_subject(tok: Token) -> bool:
    """The token belongs to a clause subject ("Trump" in "Trump was blunt")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _speaker(doc: Doc, start: int, end: int) -> tuple[str | None, str | None, bool]:
    """(actor id, speaker text, embedded) for the quote whose inner span is ``start:end``."""
    text = doc_text(doc)
    open_at = start - 1
    sent_start, prefix = _lead_in(text, open_at)
    colon = prefix.endswith(":")
    embedded = bool(prefix) and not colon and not prefix.endswith(",") and not prefix.endswith(("—", "–"))
    pre_toks = tokens_between(doc, sent_start, open_at)
    verb = _speech_verb_before(doc, pre_toks, open_at, colon)
    if verb is not None:
        subj = _subject(_speaking_verb(verb))
        if subj is not None and subj.idx < sent_start:  # the parse ran across a heading
            first = [m for m in doc._.cp_mentions or [] if sent_start <= m.span[0] < verb.idx]
            if first:
                return first[0].actor, text[first[0].span[0] : verb.idx].strip(), embedded
        if subj is not None:
            actor, spk = _resolve(doc, subj, open_at, sent_start)
            return actor, spk, embedded
        bare = _bare_subject(doc, sent_start, verb)
        if bare is not None:
            return bare.actor, bare.text, embedded
    for t in pre_toks:  # "According to X"
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                actor, spk = _resolve(doc, objs[0], open_at)
                return actor, spk, embedded
    if not colon and (not embedded or (text[start:end].rstrip().endswith(",") and text[start].isupper())):
        # “...,” one EU diplomat admitted. / “...,” said Kellogg. A quote closing on a comma is
        # attributed after it even when a heading fused before it ("Ministry on X “...,” it said").
        close_at = end + 1
        stop = len(text)
        for mark in (". ", ".\n", "? ", "! ", "\n"):  # the attribution never runs into the next paragraph
            k = text.find(mark, close_at)
            if k >= 0:
                stop = min(stop, k + 1)
        stop = min(stop, close_at + 160)
        post = tokens_between(doc, close_at, stop)[:24]  # "..., UN relief chief Tom Fletcher wrote"
        for t in post:
            if t.lemma_.lower() in _speech_verbs() and (t.pos_ in ("VERB", "AUX") or t.lower_ in ("says", "said")):
                subj = _subject(t)
                if subj is not None and subj.idx < close_at:
                    # the parse gave the verb a second subject inside the quote ("“... Israel's
                    # attack on ...,” pope Leo told journalists"): the one after it speaks
                    later = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= close_at]
                    subj = later[0] if later else subj
                if subj is not None and subj.idx >= close_at:
                    actor, spk = _resolve(doc, subj, open_at)
                    return actor, spk, embedded and not text[start].isupper()
                after = [m for m in doc._.cp_mentions or [] if m.span[0] == t.idx + len(t) + 1 and m.kind != "pronoun"]
                if after and (subj is None or subj.idx < close_at):  # a headline's "..., 'Grave Aggression' Says Pakistan"
                    return after[0].actor, after[0].text, embedded and not text[start].isupper()
                break
    if colon:
        lead = [m for m in doc._.cp_mentions or [] if sent_start <= m.span[0] < open_at]
        subjects = [m for m in lead if (mt := _tok_at(doc, m.span[0])) is not None and _in_subject(mt)]
        for m in subjects + lead:  # "Pressed on Zelenskyy, Trump was blunt:": Trump
                mt = _tok_at(doc, m.span[0])
                if mt is not None and (mt.dep_ == "poss" or text[m.span[1] : m.span[1] + 2] in ("’s", "'s")):
                    continue
                return m.actor, m.text, embedded
        # "Later, his office issued a statement:" names no actor: the clause's subject speaks
        subj = next(
            (c for t in reversed(pre_toks) if t.pos_ == "VERB" for c in t.children
             if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.idx >= sent_start),
            None,
        )
        if subj is not None:
            actor, spk = _resolve(doc, subj, open_at, sent_start)
            return actor, spk, embedded
    return None, None, embedded


def _expression(doc: Doc, start: int, end: int) -> tuple[bool, Token | None]:
    """(is a formula, expression verb) for an embedded quote: offered its “heartfelt
    condolences”, expressed “deep sorrow”. Such words are the speaker's own, held up as said,
    not at a distance: a partial quote, never a scare quote."""
    rules = _rules()
    inside = tokens_between(doc, start, end)
    formula = any(t.lower_ in rules["formula_words"] or t.lemma_.lower() in rules["formula_words"] for t in inside)
    if not inside:
        return formula, None
    tok = inside[0]
    for _ in range(6):  # up from the quoted words to the first word outside them
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if not (start <= tok.idx < end):
            break
    verb = tok if tok.pos_ == "VERB" and tok.lemma_.lower() in rules["expression_verbs"] else None
    return formula or verb is not None, verb


REPORTED_MIN_WORDS = 3  # a quoted one- or two-word label in reported speech ("a “terrorist act”") stays a scare quote


def _reporter(doc: Doc, start: int, end: int) -> tuple[str | None, str] | None:
    """Who the clause around an embedded quote reports, or None: the subject of the nearest
    speech, characterising or reporting verb above the quoted words ("She accused Zelensky of
    being “unpleasant with everyone”", "..., the embassy wrote"), or the owner of a speech noun
    above them ("his past remarks that the war “would not have happened”"). A reporter of reported
    speech quotes the person it reports, so a phrase in that clause is that person's words."""
    inside = tokens_between(doc, start, end)
    if not inside:
        return None
    tok = inside[0]
    for _ in range(8):  # up from the quoted words to the first word outside them
        if not (start <= tok.idx < end):
            break
        if tok.head.i == tok.i:
            return None  # the quoted words hold the sentence's own verb
        tok = tok.head
    if start <= tok.idx < end:
        return None
    rules = _rules()
    verbs = _speech_verbs() | rules["reporting_verbs"] | rules["characterising_verbs"]
    for t in (tok, *tok.ancestors):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in verbs:
            subj = _subject(_speaking_verb(t))
            if subj is None or start <= subj.idx < end or subj.lower_ in ("it", "this", "that", "there"):
                return None  # "It is telling how people ...": an empty subject reports nobody
            return _resolve(doc, subj, start - 1)
        if t.pos_ == "NOUN" and lemma in rules["speech_nouns"]:
            owner = [c for c in t.children if c.dep_ == "poss"]
            if owner and not start <= owner[0].idx < end:
                return _resolve(doc, _clause_subject(owner[0]) or owner[0], start - 1)
    return None


def _clause_subject(pron: Token) -> Token | None:
    """The named subject a possessive pronoun refers to inside its own clause ("The Russian
    leader praised Trump, echoing his past remarks": "his" is the leader's, the subject of the
    clause the participle hangs from, not the nearest name), or None for anything but a
    possessive pronoun or when the clause's subject is itself a pronoun."""
    if pron.tag_ != "PRP$" or pron.lower_ not in ("his", "her", "its", "their"):
        return None
    verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = _subject(verb) if verb is not None else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > pron.i:
        return None
    return subj


def _according_after(doc: Doc, end: int) -> tuple[str | None, str] | None:
    """(actor, words) of "according to X" closing the quote's sentence ("support for “a just
    peace” in Ukraine, according to Downing Street"), or None."""
    text = doc_text(doc)
    stop = min(len(text), end + 300)
    m = SENT_END.search(text, end + 1, stop)
    line = text.find("\n", end + 1, stop)
    stop = min(x for x in (stop, m.end() if m else stop, line if line >= 0 else stop))
    post = tokens_between(doc, end + 1, stop)
    for t in post:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _resolve(doc, objs[0], end)
    return None


def _carried(doc: Doc, start: int, out: list[Quote]) -> tuple[str | None, str | None]:
    """See :func:`_carried_before`; ``start`` is the first character inside the quote."""
    return _carried_before(doc, start - 1, out)


def _carried_before(doc: Doc, before: int, out: list[Quote]) -> tuple[str | None, str | None]:
    """The speaker a quote with no attribution of its own carries over from the sentence just
    before it (in its paragraph or ending the previous one): the speaker of a quote there, or the
    subject of a speech verb there ("Berg spoke to reporters on Tuesday." then “We will ...”).
    Only when nothing after that speaker names another person or organisation, so a quote
    after "Berg met Novak." stays unattributed."""
    text = doc_text(doc)
    start = before + 1
    k = before - 1
    while k >= 0 and text[k] in "\n\r \t":
        k -= 1
    if k < 0 or "\n\n\n" in text[k:start]:
        return None, None
    last = _tok_at(doc, k)
    if last is None:
        return None, None
    sent = last.sent
    lo = sent.start_char
    if text.rfind("\n", 0, k) + 1 > lo:  # a heading or a paragraph fused into the parse
        lo = text.rfind("\n", 0, k) + 1
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    named = [
        m
        for m in doc._.cp_mentions or []
        if lo <= m.span[0] < start and m.kind != "pronoun" and kinds.get(m.actor) in ("person", "org", "group")
    ]

    def alone(actor: str | None, after: int, own: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
        """Nobody else is named after the speaker, except inside what the speaker said."""
        return not any(
            m.span[0] >= after and m.actor != actor and not any(a <= m.span[0] < b for a, b in own) for m in named
        )

    prev = [q for q in out if lo <= q.span[0] and q.span[1] < start and q.speaker_text and q.kind != "scare"]
    if prev and alone(prev[-1].speaker, prev[-1].span[1]):
        return prev[-1].speaker, prev[-1].speaker_text
    verbs = _speech_verbs() | _rules()["carry_verbs"]
    for tok in reversed([t for t in sent if lo <= t.idx < start]):
        if tok.lemma_.lower() in verbs and tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is None or subj.idx < lo or subj.lower_ in ("it", "they", "we", "i", "you"):
                return None, None
            actor, spk = _resolve(doc, subj, start - 1, lo)
            # the verb's own words ("told reporters that Novak lied") are not another speaker;
            # a second clause joined to it ("spoke, and Novak left") is
            said = [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in tok.children
                if c.dep_ not in ("conj", "cc", "nsubj", "nsubjpass")
            ]
            if alone(actor, subj.right_edge.idx + len(subj.right_edge), said):
                return actor, spk
            return None, None
    return None, None


def _has_predicate(doc: Doc, start: int, end: int) -> bool:
    """The quoted words hold a verb (reported words), not only a label ("political prisoners",
    "Soviet-style"), which an outlet may hold at a distance without anyone having said it."""
    toks = tokens_between(doc, start, end)
    return len(toks) > SCARE_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in toks)


def build_quotes(doc: Doc) -> list[Quote]:
    doc_id = doc._.cp_doc_id or ""
    out: list[Quote] = []
    for start, end in find_quote_spans(doc_text(doc)):
        qtext = doc_text(doc)[start:end]
        try:
            actor, spk, embedded = _speaker(doc, start, end)
        except (IndexError, ValueError):  # a pathological parse never loses the quote
            actor, spk, embedded = None, None, True
        words = len(qtext.split())
        prev = out[-1] if out else None
        if (
            spk is None
            and not embedded
            and prev is not None
            and prev.speaker_text
            and prev.kind == "direct"
            and "\n" not in doc_text(doc)[prev.span[1] : start]
            and start - prev.span[1] < 200
        ):
            # “We are ready,” the minister said. “But not today.” — the same speaker goes on
            actor, spk = prev.speaker, prev.speaker_text
        if spk is None and not embedded and not _lead_in(doc_text(doc), start - 1)[1]:
            try:
                actor, spk = _carried(doc, start, out)
            except (IndexError, ValueError):
                actor, spk = None, None
        if (
            spk is None
            and prev is not None
            and prev.speaker_text
            and prev.kind != "scare"
            and not SENT_END.search(doc_text(doc), max(0, prev.span[1] - 1), start)
            and "\n" not in doc_text(doc)[prev.span[1] : start]
        ):
            # It claimed “hitting infrastructure” in the region “from where attacks were planned.”
            actor, spk = prev.speaker, prev.speaker_text
        if (
            actor is None
            and spk is not None
            and spk.split()[-1].lower() in _rules()["document_nouns"]
            and spk.split()[0].lower() in ("the", "this", "that")
            and prev is not None
            and prev.speaker_text
            and prev.speaker_text.split()[-1].lower() not in _rules()["document_nouns"]
            and "\n\n" not in doc_text(doc)[prev.span[1] : start]
            and start - prev.span[1] < 600
        ):
            # “...,” the statement said — with no statement named before, it is the statement of
            # whoever was quoted just before ("India's Defence Ministry said ... “...”")
            actor, spk = prev.speaker, prev.speaker_text
        formula = False
        if spk is None and embedded:
            formula, verb = _expression(doc, start, end)
            subj = _subject(verb) if verb is not None else None
            if subj is not None:
                actor, spk = _resolve(doc, subj, start - 1)
        if spk is None and embedded and not formula and words >= REPORTED_MIN_WORDS:
            found = _according_after(doc, end) or _reporter(doc, start, end)
            if found is not None and found[1]:
                actor, spk = found
        if spk is None and embedded and not formula and _has_predicate(doc, start, end):
            # Peskov said no documents would be signed. The summit will discuss issues “related
            # to the settlement.” — reported words going on, with nobody else named in between
            sent_start, lead = _lead_in(doc_text(doc), start - 1)
            if not any(sent_start <= m.span[0] < start for m in doc._.cp_mentions or [] if m.kind != "pronoun"):
                try:
                    actor, spk = _carried_before(doc, sent_start, out)
                except (IndexError, ValueError):
                    actor, spk = None, None
        if spk is not None or formula:
            kind = "partial" if embedded else "direct"
        elif words <= SCARE_MAX_WORDS:
            kind = "scare"
            stripped = qtext.rstrip(",.;:")
            end = start + len(stripped)
            qtext = stripped
        else:
            kind = "partial" if embedded else "direct"
        out.append(Quote(make_id("q", doc_id, start, end), doc_id, actor, spk, kind, qtext, (start, end)))
    return out


@Language.factory("cp_quotes")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_quotes = build_quotes(doc)
        return doc
