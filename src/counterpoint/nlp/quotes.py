"""PLACEHOLDER component cp_quotes: owned by a helper, replaced during this session."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("cp_quotes")
def make_component(nlp: Language, name: str) -> "Component":
    return Component()


class Component:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_quotes = []
        return doc
