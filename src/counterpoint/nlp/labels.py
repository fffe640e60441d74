"""cp_labels: what a document calls each actor (appositions, titles, resolved descriptions).

How an outlet names someone is framing: "the country's President" vs "that country's leader".
The candidates come from ``nlp/appositions.py`` (anchored on person names) and, in addition,
every description cp_actors resolved to a single holder ("the special envoy", "the President
of Belarus") is a label too, and so is a described place's description (nlp/place_labels.py). Label text is kept as written (article and possessive included);
spans are exact character offsets.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.words import ORG_NOUNS
from ..records import Label
from . import extensions  # noqa: F401
from .actors import actor_at
from .appositions import find_label_candidates
from .gazetteer import doc_text, tokens_between
from .place_labels import place_label_candidates


def build_labels(doc: Doc) -> list[Label]:
    doc_id = doc._.cp_doc_id or ""
    mentions = doc._.cp_mentions or []
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    names = [m.span for m in mentions if m.kind == "name" and kinds.get(m.actor) == "person"]
    out: dict[tuple[int, int], Label] = {}
    text = doc_text(doc)
    # an organisation's name with its article ("its armed wing, the People's Defense Force")
    orgs = [
        (s - 4, e) if text[max(0, s - 4) : s].lower() == "the " else (s, e)
        for s, e in (m.span for m in mentions if m.kind == "name" and kinds.get(m.actor) == "org")
    ]
    cands = find_label_candidates(doc, names)
    # an apposition to a description already resolved to a person: "The Russian leader, a
    # former KGB officer, praised ..."
    titles = [m.span for m in mentions if m.kind == "title" and kinds.get(m.actor) == "person"]
    cands += [
        c
        for c in find_label_candidates(doc, titles)
        if c.span[0] >= c.name_span[1] and not any(s < c.span[1] and c.span[0] < e for s, e in names)
    ]
    taken = [c.span for c in cands]
    cands += [
        c
        for c in find_label_candidates(doc, orgs, ORG_NOUNS)
        if not any(s < c.span[1] and c.span[0] < e for s, e in taken + names)
    ]
    for span in _kind_after_name(doc, orgs):
        actor = actor_at(doc, *span)
        if actor is not None and not any(c.span[0] < span[1] and span[0] < c.span[1] for c in cands):
            out[span] = Label(doc_id, actor, text[span[0] : span[1]], span)
    for cand in cands:
        actor = actor_at(doc, *cand.name_span)
        if actor is not None:
            out[cand.span] = Label(doc_id, actor, cand.text, cand.span)
    # a described place (cp_actors made it an actor for its description): "Yangon, the
    # country's largest city"
    places = {m.span: m.actor for m in mentions if m.kind == "place"}
    for cand in place_label_candidates(doc, list(places)):
        if cand.name_span in places and not any(s < cand.span[1] and cand.span[0] < e for s, e in out):
            out[cand.span] = Label(doc_id, places[cand.name_span], cand.text, cand.span)
    for m in mentions:
        if m.kind == "title" and not any(s < m.span[1] and m.span[0] < e for s, e in out):
            out[m.span] = Label(doc_id, m.actor, m.text, m.span)
    return [out[k] for k in sorted(out)]


def _kind_after_name(doc: Doc, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of an organisation's name followed by the noun that says what kind of body it is
    ("the SBU security service", "the Wagner mercenary group"): the name modifies that noun,
    so the whole phrase describes the organisation the way a title describes a person."""
    out = []
    for s, e in orgs:
        toks = tokens_between(doc, s, e)
        if not toks:
            continue
        run = []
        for t in doc[toks[-1].i + 1 : toks[-1].i + 5]:
            if not t.is_lower or t.pos_ not in ("NOUN", "ADJ") or "\n" in t.whitespace_:
                break
            run.append(t)
        while run and run[-1].lower_ not in ORG_NOUNS:
            run.pop()
        if run and run[-1] in toks[-1].ancestors and (run[-1].i + 1 >= len(doc) or doc[run[-1].i + 1].pos_ != "NOUN"):
            out.append((s, run[-1].idx + len(run[-1])))
    return out


@Language.factory("cp_labels")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_labels``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_labels = build_labels(doc)
        return doc
