"""Turn an annotated ``Doc`` into plain records before anything leaves nlp/."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import DocAnalysis, Document
from .terms import document_terms


def doc_to_analysis(doc: Doc, document: Document) -> DocAnalysis:
    x = doc._
    return DocAnalysis(
        document=document,
        actors=list(x.cp_actors or []),
        mentions=list(x.cp_mentions or []),
        events=list(x.cp_events or []),
        quotes=list(x.cp_quotes or []),
        quantities=list(x.cp_quantities or []),
        labels=list(x.cp_labels or []),
        framing=list(x.cp_framing or []),
        dates=list(x.cp_dates or []),
        sentences=[(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [],
        terms=document_terms(doc, list(x.cp_quantities or []), list(x.cp_actors or []), list(x.cp_mentions or [])),
    )
