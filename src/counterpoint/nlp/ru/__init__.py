"""The Russian pipeline: the same records as the English spaCy pipeline (``DocAnalysis``:
actors, mentions, events, quotes, quantities, labels, framing, dates, sentences), built on
Natasha (``nlp/ru/base.py``) with rules and lexicons as data in ``data/ru/``.

Order, as in English (each step reads what the earlier ones found): parse -> actors and
mentions -> dates -> quantities -> labels -> descriptions -> quotes -> events -> facts (``nlp/ru/facts.py``) -> framing.
``nlp.pipeline.analyze_document`` and ``scale.workers.analyze_batch`` route documents whose
``language`` is "ru" here (see ``nlp/dispatch.py``).
"""

from __future__ import annotations

from ...records import DocAnalysis, Document
from .actors import build_actors
from .base import models, parse
from .dates import find_dates
from .events import find_events
from .facts import annotate_counts
from .framing import find_framing
from .labels import find_labels, resolve_descriptions
from .quantities import find_quantities
from .quotes import find_quotes

LANGUAGE = "ru"


def analyze_russian(document: Document) -> DocAnalysis:
    """Analyse one Russian document. Documents with an error or no text pass through."""
    if document.error or not document.text:
        return DocAnalysis(document=document)
    rd = parse(document.text, document.id, document.published)
    ra = build_actors(rd)
    dates = find_dates(rd)
    quantities = find_quantities(rd, [d.span for d in dates if d.span])
    labels = find_labels(rd, ra)
    resolve_descriptions(rd, ra, labels)  # "белорусский лидер" -> the one person titled so
    quotes = find_quotes(rd, ra)
    events = find_events(rd, ra, dates, quantities, quotes)
    annotate_counts(rd, ra, quantities, events)  # families, sources, denials; Event.counts
    framing = find_framing(rd, ra, quotes)
    return DocAnalysis(
        document=document,
        actors=ra.actors,
        mentions=ra.mentions,
        events=events,
        quotes=quotes,
        quantities=quantities,
        labels=labels,
        framing=framing,
        dates=dates,
        sentences=[(s.start, s.end) for s in rd.sents],
    )


__all__ = ["LANGUAGE", "analyze_russian", "models"]
