"""Claims denied by name: "called the allegations completely baseless", "rejected the report",
"the reports of two warplanes being shot down are fake news".

A denial often does not repeat the figure it denies: the claim ("Nordmark's air defence downed
two jets, an agency reported") comes first, and the denial names it by a claim noun ("the
allegations", "the report"). The denier then says none of the thing counted, a count of zero
that can be set against the claim (a dispute). Which claim is meant is read conservatively:

- the counts inside the claim noun's own phrase ("the reports of two warplanes being shot
  down"), when there are any;
- else, for a definite claim noun ("the allegations", "these reports"), the latest count a
  named source gave in the few sentences before it (``lookback_sentences``), when that source
  is not the denier.

A denial no named source makes is left out: its zero would read as the outlet's own figure.
Words and limits are data (``denials`` in ``data/facts/predicates.json``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Quantity
from .gazetteer import doc_tokens


def _rules() -> dict:
    from .facts import predicate_families

    return predicate_families()["denials"]


def _dismissive(tok: Token) -> bool:
    words = _rules().get("dismissive_words", ())
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tok.subtree)


def _denying_verb(noun: Token) -> Token | None:
    """The verb through which ``noun`` (a claim noun) is denied, or None: its verb of denial
    ("rejected the report"), a verb of calling with a dismissive complement ("called the
    allegations baseless", "dismissed the claims as propaganda"), or a copula with a dismissive
    predicate ("the reports ... are fake news")."""
    rules = _rules()
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj":
        if lemma in rules.get("verbs", ()):
            return verb
        if lemma in rules.get("calling_verbs", ()) and any(
                _dismissive(c) for c in verb.children if c.i > noun.i and c.dep_ not in ("punct", "cc", "conj")):
            return verb
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma == "be" and any(
            _dismissive(c) for c in verb.children if c.dep_ in ("attr", "acomp")):
        return verb
    return None


def dismissed_counts(doc: Doc, counts: list[Quantity], zeros: list[Quantity], doc_id: str) -> list[Quantity]:
    """Counts of zero for claims denied by name; ``counts`` are the document's counts with their
    predicate family and source already set (``facts.annotate_counts``), ``zeros`` the denials
    already read (a sentence that says "denied the claim and said no aircraft was lost" has its
    zero: the claim noun adds none)."""
    from .facts import _denier, _head_token, source_of

    rules = _rules()
    claims, definite = rules.get("claim_nouns", ()), rules.get("definite", ())
    lookback = int(rules.get("lookback_sentences", 0))
    sents = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    out: list[Quantity] = []
    for noun in doc_tokens(doc):  # the Doc's shared token list: no new Token per token
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in claims:
            continue
        verb = _denying_verb(noun)
        if verb is None:
            continue
        denier = source_of(verb) if verb.lemma_ == "be" else _denier(verb)
        if denier is None:
            continue  # a denial no named source makes would read as the outlet's own figure
        inside = [q for q in counts if q.predicate and q.value and not q.negated and (h := _head_token(doc, q)) is not None
                  and h.i != noun.i and noun.is_ancestor(h)]
        for q in inside:
            q.negated = True  # the claim the denier names, not what anyone in the sentence asserts
        if not inside:
            dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
            if not dets or dets[0].lower_ not in definite:
                continue
            first = sents[max(0, index[noun.sent.start] - lookback)].start_char
            before = [q for q in sorted(counts, key=lambda x: x.span) if q.predicate and q.value
                      and first <= q.span[0] < noun.sent.start_char]
            if not before or before[-1].negated or before[-1].attributed_to in (None, denier):
                continue  # the latest claim is already denied, or is nobody's, or the denier's own
            inside = before[-1:]
        sent = noun.sent
        if any(sent.start_char <= z.span[0] < sent.end_char and z.predicate in {q.predicate for q in inside}
               for z in zeros + out):
            continue
        for q in inside:
            out.append(Quantity(doc=doc_id, value=0, unit=q.unit, approximate=False, text=noun.text,
                                span=(noun.idx, noun.idx + len(noun)), qualifier="none", predicate=q.predicate,
                                attributed_to=denier))
    return out
