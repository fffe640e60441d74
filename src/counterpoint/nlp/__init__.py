"""Per-document analysis: spaCy components that put actors, dates, quantities, quotes, labels,
events and framing onto ``Doc._``, converted to :class:`~counterpoint.records.DocAnalysis`."""

from .pipeline import analyze_document, analyze_documents, build_pipeline, get_nlp

__all__ = ["analyze_document", "analyze_documents", "build_pipeline", "get_nlp"]
