"""The custom attributes nlp/ components put on ``Doc._``.

Every component reads what earlier ones wrote and adds its own list of records
(``counterpoint.records``) with character spans into ``doc.text``. ``nlp/convert.py`` turns
them into a :class:`~counterpoint.records.DocAnalysis` before anything leaves nlp/.

Order of the components (see ``nlp/pipeline.py``)::

    tok2vec tagger parser attribute_ruler lemmatizer ner
      -> cp_actors      doc._.cp_actors, doc._.cp_mentions
      -> cp_dates       doc._.cp_dates
      -> cp_quantities  doc._.cp_quantities
      -> cp_quotes      doc._.cp_quotes
      -> cp_labels      doc._.cp_labels
      -> cp_events      doc._.cp_events
      -> cp_facts       (sets Event.counts and each count's predicate, source, polarity)
      -> cp_framing     doc._.cp_framing
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default. Lists default to None because spaCy shares a mutable default between docs;
# components always assign a fresh list.
EXTENSIONS: dict[str, object] = {
    "cp_doc_id": "",  # Document.id, set before the pipeline runs
    "cp_published": None,  # ISO date (any precision) the document was published, or None
    "cp_actors": None,  # list[records.Actor], local ids
    "cp_mentions": None,  # list[records.Mention]
    "cp_dates": None,  # list[records.DateValue]
    "cp_quantities": None,  # list[records.Quantity]
    "cp_quotes": None,  # list[records.Quote]
    "cp_labels": None,  # list[records.Label]
    "cp_events": None,  # list[records.Event]
    "cp_framing": None,  # list[records.Framing]
}


def register_extensions() -> None:
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
